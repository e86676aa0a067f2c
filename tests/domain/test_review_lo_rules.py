"""Review LO authorisation and closing rules (Arrears - Consider Action, Initiate LO arrears
action, steps 2-12)."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.enums import SrStatus, SrSubStatus, Workflow
from enforcement_desktop.domain.workflows import (
    ACTION_AUTHORISED,
    LIABILITY_ORDER_CODE,
    NO_ACTION_APPROPRIATE,
    OpenChild,
    PendingStep,
    can_authorise,
    can_close,
    can_raise_review_lo,
    can_request_authorisation,
    check_sub_status,
    rejection_errors,
    resolution_codes_for,
)

AWAITING = SrSubStatus.AWAITING_LO_AUTHORISATION


def test_an_sr_does_not_close_over_open_children_and_names_them() -> None:
    verdict = can_close(
        Workflow.ARREARS_REVIEW,
        SrStatus.CLOSED,
        open_children=[
            OpenChild(15, Workflow.REVIEW_LO, SrStatus.IN_PROGRESS),
            OpenChild(12, Workflow.BAILIFF, SrStatus.WAIT),
        ],
    )
    assert not verdict.allowed
    assert verdict.reasons == (
        "child SR 12 (Bailiff) is still Wait: close it first",
        "child SR 15 (Review LO (team leader authorisation)) is still In Progress: close it first",
    )
    # Cancelling leaves no orphan either.
    assert not can_close(
        Workflow.BAILIFF,
        SrStatus.CANCELLED,
        open_children=[OpenChild(3, Workflow.BAILIFF, SrStatus.OPEN)],
    ).allowed


def test_pending_steps_block_closing_where_the_procedure_says_so() -> None:
    pending = [PendingStep(4, "Welfare of the child"), PendingStep(2, "Contact")]
    verdict = can_close(Workflow.REVIEW_LO, SrStatus.CLOSED, pending_steps=pending)
    assert verdict.reasons == (
        "step 2 'Contact' is pending: record Done or Not Required",
        "step 4 'Welfare of the child' is pending: record Done or Not Required",
    )
    # Arrears Review: every activity Done or Not Required first (steps 3, L11).
    assert not can_close(Workflow.ARREARS_REVIEW, SrStatus.CLOSED, pending_steps=pending).allowed
    # Cancelling (close and cancel a duplicate) does not need the plan done.
    assert can_close(Workflow.ARREARS_REVIEW, SrStatus.CANCELLED, pending_steps=pending).allowed
    # The Bailiff procedure closes early without an asset (step 7): its plan may stay pending.
    assert can_close(Workflow.BAILIFF, SrStatus.CLOSED, pending_steps=pending).allowed
    # Only closing is checked.
    assert can_close(Workflow.REVIEW_LO, SrStatus.WAIT, pending_steps=pending).allowed


def test_a_review_lo_is_raised_from_an_open_arrears_review_once() -> None:
    assert can_raise_review_lo(Workflow.ARREARS_REVIEW, SrStatus.IN_PROGRESS, None).allowed
    # The usual way: from the Action Missed Payment SR of the final negotiation.
    assert can_raise_review_lo(Workflow.ACTION_MISSED_PAYMENT, SrStatus.IN_PROGRESS, None).allowed
    verdict = can_raise_review_lo(Workflow.BAILIFF, SrStatus.CLOSED, 9)
    assert verdict.reasons == (
        "a Review LO is raised from an Arrears Review or Action Missed Payment SR, not a "
        "Bailiff SR",
        "this SR is Closed",
        "Review LO SR 9 raised from it is still open",
    )
    assert can_raise_review_lo(Workflow.ARREARS_REVIEW, SrStatus.OPEN, None).reasons == (
        "set this SR In Progress first: its plan records the step",
    )


def test_authorisation_is_asked_for_once_the_checklist_is_answered() -> None:
    assert can_request_authorisation(SrStatus.IN_PROGRESS, None, [], SrStatus.IN_PROGRESS).allowed
    verdict = can_request_authorisation(
        SrStatus.IN_PROGRESS,
        None,
        [PendingStep(4, "Welfare of the child"), PendingStep(1, "Confident address")],
        SrStatus.IN_PROGRESS,
    )
    assert verdict.reasons == (
        "checklist item 'Confident address' is pending",
        "checklist item 'Welfare of the child' is pending",
    )
    assert can_request_authorisation(SrStatus.OPEN, None, [], None).reasons == (
        "the Review LO is Open: set it In Progress and complete its checklist",
        "the Review LO was not raised from an Arrears Review or Action Missed Payment SR",
    )
    assert can_request_authorisation(SrStatus.IN_PROGRESS, AWAITING, [], SrStatus.WAIT).reasons == (
        "authorisation has already been asked for",
    )


@pytest.mark.parametrize(
    ("login", "leader", "raised_by", "reason"),
    [
        ("terry", True, "casey", None),
        ("terry", True, "terry", "you raised this Review LO: another team leader must decide it"),
        ("casey", False, "morgan", "only a team leader can authorise a Liability Order referral"),
        (
            "nobody",
            None,
            "casey",
            "the login 'nobody' has no user record; only a team leader can decide",
        ),
        (
            "terry",
            True,
            None,
            "who raised this Review LO is not recorded, so it cannot be decided here",
        ),
    ],
)
def test_only_a_team_leader_who_did_not_raise_it_decides(
    login: str, leader: bool | None, raised_by: str | None, reason: str | None
) -> None:
    verdict = can_authorise(
        SrStatus.IN_PROGRESS, AWAITING, login=login, is_team_leader=leader, raised_by=raised_by
    )
    assert verdict.reasons == ((reason,) if reason else ())


def test_a_review_lo_not_awaiting_authorisation_cannot_be_decided() -> None:
    verdict = can_authorise(
        SrStatus.IN_PROGRESS, None, login="terry", is_team_leader=True, raised_by="casey"
    )
    assert verdict.reasons == (
        "this Review LO is not awaiting authorisation: the case manager asks for it once the "
        "checklist is complete",
    )
    closed = can_authorise(
        SrStatus.CLOSED, AWAITING, login="terry", is_team_leader=True, raised_by="casey"
    )
    assert closed.reasons == ("this Review LO is Closed",)


def test_a_rejection_needs_a_reason_and_an_alternative() -> None:
    assert rejection_errors("Address not confident", "Disclosure for an RDO") == {
        "reason": None,
        "alternative": None,
    }
    errors = rejection_errors("  ", None)
    assert errors == {
        "reason": "The reason is required",
        "alternative": "The recommended alternative is required",
    }


def test_resolution_codes_match_the_arrears_action() -> None:
    assert resolution_codes_for(Workflow.ARREARS_REVIEW)[0] == NO_ACTION_APPROPRIATE
    assert LIABILITY_ORDER_CODE in resolution_codes_for(Workflow.ARREARS_REVIEW)
    assert ACTION_AUTHORISED in resolution_codes_for(Workflow.REVIEW_LO)


def test_a_review_lo_waits_on_the_team_leader_in_progress() -> None:
    check_sub_status(Workflow.REVIEW_LO, SrStatus.IN_PROGRESS, AWAITING)
