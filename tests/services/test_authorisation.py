"""The Review LO chain on a real database: raise, ask for authorisation, approve or reject
(Arrears - Consider Action, Initiate LO arrears action, steps 2-12), and the closing rule."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import (
    OwningTeam,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import authorisation as auth
from enforcement_desktop.services import cases, notes, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Note, ServiceRequest
from tests.services.builders import make_case

ARREARS = ("Arrears", "Arrears Management", "Arrears Review")
AWAITING = SrSubStatus.AWAITING_LO_AUTHORISATION
LEADER = frozenset({UserRole.CASE_MANAGER, UserRole.TEAM_LEADER})


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, ServiceContext]:
    """test.user (the database's first user: a team leader), terry (a team leader) and cal (a
    case manager) of Enforcement Team 1."""
    users.add_user(ctx, "test.user", users.UserInput("Tess Example", team="Maintenance 2"))
    users.add_user(
        ctx, "terry", users.UserInput("Terry Example", team="Enforcement Team 1", roles=LEADER)
    )
    users.add_user(ctx, "cal", users.UserInput("Cal Example", team="Enforcement Team 1"))
    return {login: replace(ctx, user=login) for login in ("test.user", "terry", "cal")}


def _answer_checklist(ctx: ServiceContext, sr: srs.ServiceRequestDTO) -> srs.ServiceRequestDTO:
    for step in sr.steps:
        if step.step_key in ("team_leader_decision", "recommend_lo"):
            continue
        srs.update_step(ctx, step.id, step.version, StepOutcome.DONE, f"Answer to {step.title}")
    return srs.get_service_request(ctx, sr.id)


def _arrears_review(ctx: ServiceContext) -> srs.ServiceRequestDTO:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *ARREARS)
    return srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)


def _awaiting(cm: ServiceContext) -> tuple[srs.ServiceRequestDTO, srs.ServiceRequestDTO]:
    parent = _arrears_review(cm)
    review = auth.raise_review_lo(cm, parent.id, parent.version)
    review = _answer_checklist(cm, review)
    review = auth.request_authorisation(cm, review.id, review.version)
    return srs.get_service_request(cm, parent.id), review


def _counts(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(ServiceRequest)) or 0,
            s.scalar(select(func.count()).select_from(Note)) or 0,
            s.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def test_raise_a_review_lo_with_the_checklist(people: dict[str, ServiceContext]) -> None:
    cm = people["cal"]
    parent = _arrears_review(cm)
    review = auth.raise_review_lo(cm, parent.id, parent.version)
    assert (review.workflow, review.status, review.parent_id, review.owner) == (
        Workflow.REVIEW_LO,
        SrStatus.IN_PROGRESS,
        parent.id,
        "cal",
    )
    assert [s.title for s in review.steps][:7] == [
        "Confident address held for the paying parent",
        "Inbound/outbound contact with the paying parent and the receiving parent/s",
        "Arrears, current balance and agreements in place",
        "Welfare of the child",
        "Case effective dates are correct",
        "Other enforcement methods: DEO/DER, disclosure for RDO and LSDO",
        "Caseworker notes",
    ]
    parent = srs.get_service_request(cm, parent.id)
    step = next(s for s in parent.steps if s.step_key == "review_lo_initiated")
    assert step.outcome == StepOutcome.REVIEW_LO_INITIATED
    with cm.reading() as s:
        assert auth.raised_by(s, review.id) == "cal"
    # One open Review LO per Arrears Review.
    with pytest.raises(RuleViolation, match=f"Review LO SR {review.id} raised from it"):
        auth.raise_review_lo(cm, parent.id, parent.version)


def test_a_review_lo_is_not_opened_by_hand(people: dict[str, ServiceContext]) -> None:
    case = make_case(people["cal"])
    with pytest.raises(ValidationError, match="raised from its Arrears Review"):
        srs.create_service_request(
            people["cal"], case.id, "Arrears", "Arrears Management", "Review LO"
        )


def test_request_refused_while_checklist_items_are_pending(
    people: dict[str, ServiceContext],
) -> None:
    cm = people["cal"]
    parent = _arrears_review(cm)
    review = auth.raise_review_lo(cm, parent.id, parent.version)
    first = review.steps[0]
    srs.update_step(cm, first.id, first.version, StepOutcome.DONE, "12 Fictional Street")
    review = srs.get_service_request(cm, review.id)
    with pytest.raises(RuleViolation) as info:
        auth.request_authorisation(cm, review.id, review.version)
    assert info.value.reasons == [
        "checklist item 'Inbound/outbound contact with the paying parent and the receiving "
        "parent/s' is pending",
        "checklist item 'Arrears, current balance and agreements in place' is pending",
        "checklist item 'Welfare of the child' is pending",
        "checklist item 'Case effective dates are correct' is pending",
        "checklist item 'Other enforcement methods: DEO/DER, disclosure for RDO and LSDO' is "
        "pending",
        "checklist item 'Caseworker notes' is pending",
    ]
    assert srs.get_service_request(cm, review.id).sub_status is None


def test_request_sets_awaiting_on_both(people: dict[str, ServiceContext]) -> None:
    parent, review = _awaiting(people["cal"])
    assert review.sub_status == AWAITING and parent.sub_status == AWAITING
    state = auth.get_review_lo_state(people["terry"], review.id)
    assert state.awaiting and state.decide.allowed
    assert state.raised_by == "cal" and state.raised_by_name == "Cal Example"
    assert [a.answer for a in state.checklist][0] == (
        "Answer to Confident address held for the paying parent"
    )
    assert state.suggested_team == "Enforcement Team 1"


def test_the_decision_steps_are_not_set_by_hand(people: dict[str, ServiceContext]) -> None:
    _parent, review = _awaiting(people["cal"])
    step = next(s for s in review.steps if s.step_key == "team_leader_decision")
    with pytest.raises(RuleViolation, match="recorded when a team leader approves or rejects"):
        srs.update_step(people["cal"], step.id, step.version, StepOutcome.APPROVED)


@pytest.mark.parametrize(
    ("login", "reason"),
    [
        ("cal", "only a team leader can authorise a Liability Order referral"),
        ("terry", "you raised this Review LO: another team leader must decide it"),
    ],
)
def test_approval_by_the_raiser_or_a_non_leader_saves_nothing(
    people: dict[str, ServiceContext], login: str, reason: str
) -> None:
    # terry raises it in the second case, so terry may not decide it; in the first, cal (not a
    # team leader) did not raise it.
    raiser = people["terry"] if login == "terry" else people["test.user"]
    _parent, review = _awaiting(raiser)
    before = _counts(raiser)
    with pytest.raises(RuleViolation) as info:
        auth.approve_review_lo(
            people[login], review.id, review.version, enforcement_team="Enforcement Team 1"
        )
    assert info.value.reasons == [reason]
    with pytest.raises(RuleViolation) as info:
        auth.reject_review_lo(
            people[login], review.id, review.version, reason="No", alternative="DEO"
        )
    assert info.value.reasons == [reason]
    assert _counts(raiser) == before
    state = auth.get_review_lo_state(people[login], review.id)
    assert state.decide.reasons == (reason,)


def test_rejection_without_a_reason_saves_nothing(people: dict[str, ServiceContext]) -> None:
    _parent, review = _awaiting(people["cal"])
    before = _counts(people["cal"])
    with pytest.raises(ValidationError) as info:
        auth.reject_review_lo(
            people["terry"], review.id, review.version, reason=" ", alternative=""
        )
    assert info.value.errors == {
        "reason": "The reason is required",
        "alternative": "The recommended alternative is required",
    }
    assert _counts(people["cal"]) == before


def test_approval_makes_the_chain_and_moves_the_case(people: dict[str, ServiceContext]) -> None:
    cm, leader = people["cal"], people["terry"]
    parent, review = _awaiting(cm)
    done = auth.approve_review_lo(
        leader, review.id, review.version, enforcement_team="Enforcement Team 1", note="Agreed"
    )
    closed = done.review_lo
    assert (closed.status, closed.sub_status, closed.resolution_code) == (
        SrStatus.CLOSED,
        SrSubStatus.COMPLETED,
        "Action Authorised",
    )
    decision = {s.step_key: s for s in closed.steps}
    assert decision["team_leader_decision"].outcome == StepOutcome.APPROVED
    assert decision["team_leader_decision"].completed_by == "terry"
    assert decision["recommend_lo"].outcome == StepOutcome.DONE
    recommend = srs.get_service_request(cm, done.recommend_lo_id)
    routing = srs.get_service_request(cm, done.review_case_id)
    assert (recommend.sub_area, recommend.team, recommend.owner) == (
        "Recommend LO",
        "Enforcement Team 1",
        None,
    )
    assert (routing.category, routing.team) == (
        "Case Routing / Enforcement / Review Case and Decide Next Action",
        "Enforcement Team 1",
    )
    arrears = srs.get_service_request(cm, parent.id)
    assert done.arrears_review_closed
    assert (arrears.status, arrears.resolution_code) == (SrStatus.CLOSED, "Liability Order")
    assert all(s.outcome != StepOutcome.PENDING for s in arrears.steps)
    case = cases.get_case(cm, arrears.case_id)
    assert (case.owning_team, case.team) == (OwningTeam.ENFORCEMENT, "Enforcement Team 1")
    texts = [n.text for n in notes.list_notes(cm, service_request_id=review.id)]
    assert texts and texts[0].startswith("Liability Order referral authorised by Terry Example")
    with cm.reading() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(
                AuditEvent.entity_id == review.id, AuditEvent.user == "terry"
            )
        ).all()
    assert "authorise" in actions


def test_approval_needs_a_team_with_people(people: dict[str, ServiceContext]) -> None:
    _parent, review = _awaiting(people["cal"])
    before = _counts(people["cal"])
    with pytest.raises(ValidationError) as info:
        auth.approve_review_lo(people["terry"], review.id, review.version, enforcement_team="Nope")
    assert info.value.errors == {"enforcement_team": "No active user is in the team 'Nope'"}
    assert _counts(people["cal"]) == before


def test_rejection_records_reason_and_alternative(people: dict[str, ServiceContext]) -> None:
    cm, leader = people["cal"], people["terry"]
    parent, review = _awaiting(cm)
    rejected = auth.reject_review_lo(
        leader,
        review.id,
        review.version,
        reason="Address not confident",
        alternative="Disclosure for an RDO first",
    )
    assert (rejected.status, rejected.resolution_code) == (
        SrStatus.CLOSED,
        "Action Not Authorised",
    )
    step = next(s for s in rejected.steps if s.step_key == "team_leader_decision")
    assert step.outcome == StepOutcome.REJECTED
    assert (
        step.reason == "Address not confident\nRecommended alternative: Disclosure for an RDO first"
    )
    arrears = srs.get_service_request(cm, parent.id)
    assert (arrears.status, arrears.sub_status) == (SrStatus.IN_PROGRESS, None)
    for sr_id in (review.id, parent.id):
        text = notes.list_notes(cm, service_request_id=sr_id)[0].text
        assert "not authorised by Terry Example: Address not confident" in text
        assert "Recommended alternative arrears action: Disclosure for an RDO first" in text
    case = cases.get_case(cm, arrears.case_id)
    assert case.owning_team != OwningTeam.ENFORCEMENT or case.team != "Enforcement Team 1"


def test_an_sr_cannot_close_over_open_children_or_pending_steps(
    people: dict[str, ServiceContext],
) -> None:
    cm = people["cal"]
    parent = _arrears_review(cm)
    review = auth.raise_review_lo(cm, parent.id, parent.version)
    parent = srs.get_service_request(cm, parent.id)
    with pytest.raises(RuleViolation) as info:
        srs.change_status(cm, parent.id, parent.version, SrStatus.CLOSED)
    assert info.value.reasons[0] == (
        f"child SR {review.id} (Review LO (team leader authorisation)) is still In Progress: "
        "close it first"
    )
    assert any("'Review case details' is pending" in r for r in info.value.reasons)
    with pytest.raises(RuleViolation, match="step 1 'Confident address"):
        srs.change_status(cm, review.id, review.version, SrStatus.CLOSED)
    assert srs.get_service_request(cm, parent.id).status == SrStatus.IN_PROGRESS


def test_raised_from_the_action_missed_payment_the_chain_closes_in_order(
    people: dict[str, ServiceContext],
) -> None:
    """The usual way (Initiate LO arrears action, steps 1-2, 10-11): Arrears Review → Action
    Missed Payment → Review LO; approval closes the AMP, then the Arrears Review."""
    cm, leader = people["cal"], people["terry"]
    arrears = _arrears_review(cm)
    with cm.unit_of_work() as s:
        parent = srs.load_sr(s, arrears.id)
        amp_row = srs.open_sr(
            s, cm, parent.case, Workflow.ACTION_MISSED_PAYMENT, owner="cal", parent_id=parent.id
        )
        amp_row.status = SrStatus.IN_PROGRESS
        srs.generate_plan(s, cm, amp_row)
        amp_id = amp_row.id
    amp = srs.get_service_request(cm, amp_id)
    review = auth.raise_review_lo(cm, amp.id, amp.version)
    assert review.parent_id == amp.id
    step = next(
        s
        for s in srs.get_service_request(cm, arrears.id).steps
        if s.step_key == "review_lo_initiated"
    )
    assert step.outcome == StepOutcome.REVIEW_LO_INITIATED
    review = _answer_checklist(cm, review)
    auth.request_authorisation(cm, review.id, review.version)
    assert srs.get_service_request(cm, arrears.id).sub_status == AWAITING
    review = srs.get_service_request(cm, review.id)
    done = auth.approve_review_lo(
        leader, review.id, review.version, enforcement_team="Enforcement Team 1"
    )
    assert done.arrears_review_closed and done.left_open == ()
    for sr_id in (amp.id, arrears.id):
        closed = srs.get_service_request(cm, sr_id)
        assert (closed.status, closed.resolution_code) == (SrStatus.CLOSED, "Liability Order")
