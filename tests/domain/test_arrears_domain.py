"""Arrears – Consider Action beyond the Review LO (domain.arrears): the Arrears Review's
options, the Deduction Order Team's outcome and an RDO's compliance over time."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.arrears import (
    DisclosureResult,
    RdoAction,
    ScheduledInstalment,
    can_raise_amp,
    can_record_dot_outcome,
    can_request_disclosure,
    disclosure_outcome_errors,
    dot_set_up_due,
    lsdo_paid_in_full,
    rdo_compliance,
    review_advice,
    schedule_errors,
)
from enforcement_desktop.domain.enums import (
    AddressMarker,
    EmploymentStatus,
    SrStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.rules import ArrearsAction
from tests.domain.test_rules import make_case

D = Decimal
#: Three monthly RDO payments of £100 (the third on Friday 18/12/2026: its review skips
#: Christmas Day and Boxing Day, observed on Monday 28/12).
SCHEDULE = [
    ScheduledInstalment(date(2026, 10, 16), D("100.00")),
    ScheduledInstalment(date(2026, 11, 16), D("100.00")),
    ScheduledInstalment(date(2026, 12, 18), D("100.00")),
]


def test_review_advice_lists_the_options_in_the_seeds_order_with_reasons() -> None:
    advice = review_advice(make_case(employment_status=EmploymentStatus.SELF_EMPLOYED))
    assert [o.action for o in advice.options] == [
        ArrearsAction.DEO_DER,
        ArrearsAction.DEDUCTION_ORDER_DISCLOSURE,
        ArrearsAction.LIABILITY_ORDER,
    ]
    assert advice.recommended is not None
    assert advice.recommended.action == ArrearsAction.DEDUCTION_ORDER_DISCLOSURE
    assert all(o.verdict.reasons for o in advice.options)
    assert advice.close_and_cancel is None


@pytest.mark.parametrize("marker", [AddressMarker.DLO, AddressMarker.NFA])
def test_review_advice_prompts_close_and_cancel_for_dlo_or_nfa(marker: AddressMarker) -> None:
    advice = review_advice(make_case(address_marker=marker))
    assert advice.close_and_cancel is not None
    assert marker.label in advice.close_and_cancel
    assert "close and cancel" in advice.close_and_cancel
    assert advice.recommended is None


def test_disclosure_refusal_needs_reasons_approval_does_not() -> None:
    assert disclosure_outcome_errors(None, None) == {
        "result": "Choose the Deduction Order Team's outcome"
    }
    assert "reasons" in disclosure_outcome_errors(DisclosureResult.NOT_APPROVED, "  ")
    assert disclosure_outcome_errors(DisclosureResult.NOT_APPROVED, "No suitable account") == {}
    assert disclosure_outcome_errors(DisclosureResult.RDO_APPROVED, None) == {}


def test_dot_set_up_is_due_48_hours_after_approval() -> None:
    period = dot_set_up_due(date(2026, 11, 30))
    assert period.until == date(2026, 12, 2)
    assert "48 hours" in period.rule and "30/11/2026" in period.explanation


def test_a_schedule_with_no_instalments_is_refused() -> None:
    assert "at least one instalment" in schedule_errors([])["instalments"]
    with pytest.raises(ValidationError) as raised:
        rdo_compliance([], [], date(2026, 11, 1))
    assert "instalments" in raised.value.errors


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ([ScheduledInstalment(date(2026, 1, 1), D("0"))], "amount over £0"),
        ([ScheduledInstalment(date(2026, 1, 1), D("1.005"))], "pounds and pence"),
        ([ScheduledInstalment(date(2026, 1, 1), D("5"))] * 2, "Two instalments"),
    ],
)
def test_bad_schedules_name_the_problem(schedule: list[ScheduledInstalment], message: str) -> None:
    assert message in schedule_errors(schedule)["instalments"]


def test_nothing_due_yet() -> None:
    result = rdo_compliance(SCHEDULE, [], date(2026, 10, 16))
    assert result.action == RdoAction.NOT_YET_DUE
    assert "16/10/2026" in result.summary


def test_review_date_is_third_payment_plus_five_working_days() -> None:
    result = rdo_compliance(SCHEDULE, [], date(2026, 10, 1))
    assert result.review is not None
    assert result.review.until == date(2026, 12, 29)
    assert "Christmas Day" in result.review.explanation
    assert rdo_compliance(SCHEDULE[:2], [], date(2026, 10, 1)).review is None


def test_ninety_percent_is_enough() -> None:
    result = rdo_compliance(SCHEDULE, [(date(2026, 10, 15), D("90.00"))], date(2026, 10, 20))
    assert result.action == RdoAction.COMPLYING
    assert not result.shortfalls


def test_one_shortfall_asks_to_negotiate_and_tell_dot() -> None:
    result = rdo_compliance(SCHEDULE, [(date(2026, 10, 15), D("89.99"))], date(2026, 10, 17))
    assert result.action == RdoAction.NEGOTIATE_AND_TELL_DOT
    assert [i.number for i in result.shortfalls] == [1]
    assert "£89.99 of £100.00 (89.9%)" in result.summary
    assert "Deduction Order Team" in result.summary


def test_a_failed_negotiation_after_one_shortfall_offers_lo() -> None:
    result = rdo_compliance(
        SCHEDULE, [(date(2026, 10, 15), D("50.00"))], date(2026, 10, 17), negotiation_failed=True
    )
    assert result.action == RdoAction.INITIATE_LO
    assert "negotiating the shortfall" in result.summary


def test_two_shortfalls_offer_lo() -> None:
    payments = [(date(2026, 10, 15), D("50.00")), (date(2026, 11, 10), D("20.00"))]
    result = rdo_compliance(SCHEDULE, payments, date(2026, 11, 17))
    assert result.action == RdoAction.INITIATE_LO
    assert [i.number for i in result.shortfalls] == [1, 2]


def test_a_payment_counts_towards_the_next_instalment_due() -> None:
    # Paid the day after the first date: it is the second instalment's, the first is short.
    result = rdo_compliance(SCHEDULE, [(date(2026, 10, 17), D("100.00"))], date(2026, 11, 17))
    assert [i.received for i in result.instalments] == [D("0"), D("100.00"), D("0")]
    assert result.action == RdoAction.NEGOTIATE_AND_TELL_DOT


def test_third_full_payment_returns_the_case_to_maintenance() -> None:
    payments = [(d.due_on, D("100.00")) for d in SCHEDULE] + [(date(2027, 1, 5), D("10.00"))]
    result = rdo_compliance(SCHEDULE, payments, date(2026, 12, 19))
    assert result.action == RdoAction.RETURN_TO_MAINTENANCE
    assert result.full_payments == 3
    assert result.unallocated == D("10.00")
    assert "Maintenance" in result.summary


def test_lsdo_paid_in_full() -> None:
    assert lsdo_paid_in_full(D("600.00"), [D("600.00")])[0] is True
    done, why = lsdo_paid_in_full(D("600.00"), [D("100.00")])
    assert done is False and "£100.00 of £600.00" in why


# --------------------------------------------------------------------------- the SR chain


def test_amp_is_raised_from_an_arrears_review_in_progress_once() -> None:
    assert can_raise_amp(Workflow.ARREARS_REVIEW, SrStatus.IN_PROGRESS, None).allowed
    refused = can_raise_amp(Workflow.BAILIFF, SrStatus.OPEN, 7)
    assert not refused.allowed
    assert any("Arrears Review SR, not a Bailiff" in r for r in refused.reasons)
    assert any("In Progress first" in r for r in refused.reasons)
    assert any("SR 7" in r for r in refused.reasons)


@pytest.mark.parametrize(
    ("negotiation", "allowed", "why"),
    [
        (StepOutcome.NOT_SUCCESSFUL, True, ""),
        (StepOutcome.SUCCESSFUL, False, "negotiation succeeded"),
        (StepOutcome.PENDING, False, "record the negotiation"),
    ],
)
def test_disclosure_follows_a_failed_negotiation(
    negotiation: StepOutcome, allowed: bool, why: str
) -> None:
    verdict = can_request_disclosure(
        Workflow.ACTION_MISSED_PAYMENT, SrStatus.IN_PROGRESS, negotiation, None
    )
    assert verdict.allowed is allowed
    assert why in " ".join(verdict.reasons)


def test_only_the_deduction_order_team_records_its_outcome_once() -> None:
    ok = can_record_dot_outcome(
        Workflow.DISCLOSURE, SrStatus.IN_PROGRESS, StepOutcome.PENDING, True
    )
    assert ok.allowed
    not_dot = can_record_dot_outcome(
        Workflow.DISCLOSURE, SrStatus.IN_PROGRESS, StepOutcome.PENDING, False
    )
    assert "only a member of the Deduction Order Team" in not_dot.reasons[0]
    twice = can_record_dot_outcome(
        Workflow.DISCLOSURE, SrStatus.IN_PROGRESS, StepOutcome.APPROVED, True
    )
    assert "already recorded" in twice.reasons[0]


def test_the_new_sr_types_have_plans_codes_and_are_raised_through_the_procedure() -> None:
    for workflow in (Workflow.ACTION_MISSED_PAYMENT, Workflow.DISCLOSURE):
        assert workflows.plan_template(workflow)
        assert workflows.resolution_codes_for(workflow)
        assert workflow in workflows.RAISED_THROUGH_PROCEDURE
        category = workflows.category_for(workflow)
        assert workflows.workflow_for(*category) is workflow
    assert [r.value for r in DisclosureResult] == list(
        workflows.resolution_codes_for(Workflow.DISCLOSURE)
    )


def test_a_refused_disclosure_moves_the_recommendation_to_a_liability_order() -> None:
    case = make_case(employment_status=EmploymentStatus.SELF_EMPLOYED)
    advice = review_advice(case, "The Deduction Order Team did not approve (Disclosure SR 5)")
    disclosure = advice.options[1]
    assert not disclosure.verdict.allowed
    assert any("Disclosure SR 5" in r.message for r in disclosure.verdict.reasons if not r.ok)
    assert advice.recommended is not None
    assert advice.recommended.action == ArrearsAction.LIABILITY_ORDER
