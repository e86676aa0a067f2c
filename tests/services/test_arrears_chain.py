"""The Arrears Review chain on a real database (Arrears – Consider Action): the options an
Arrears Review shows, the Action Missed Payment SR, disclosure by the Deduction Order Team and
its outcome, and an RDO's schedule and compliance."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.arrears import DisclosureResult, RdoAction, ScheduledInstalment
from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    OrderStatus,
    OrderType,
    OwningTeam,
    SrStatus,
    StepOutcome,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.errors import ConflictError, RuleViolation, ValidationError
from enforcement_desktop.domain.rules import ArrearsAction
from enforcement_desktop.services import arrears, orders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Address, AuditEvent, Case, Note, RdoInstalment
from tests.services.builders import make_case

ARREARS = ("Arrears", "Arrears Management", "Arrears Review")
D = Decimal


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, ServiceContext]:
    """test.user (case manager, the first user) and dana (Deduction Order Team)."""
    users.add_user(ctx, "test.user", users.UserInput("Tess Example", team="Maintenance 2"))
    users.add_user(
        ctx,
        "dana",
        users.UserInput(
            "Dana Example",
            team="DOT North",
            roles=frozenset({UserRole.DEDUCTION_ORDER_TEAM}),
        ),
    )
    return {login: replace(ctx, user=login) for login in ("test.user", "dana")}


def _review(ctx: ServiceContext) -> srs.ServiceRequestDTO:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *ARREARS)
    return srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)


def _step(sr: srs.ServiceRequestDTO, key: str) -> srs.StepDTO:
    return next(s for s in sr.steps if s.step_key == key)


def _failed_amp(ctx: ServiceContext) -> srs.ServiceRequestDTO:
    review = _review(ctx)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    step = _step(amp, "negotiate")
    srs.update_step(ctx, step.id, step.version, StepOutcome.NOT_SUCCESSFUL, "Refused to pay")
    return srs.get_service_request(ctx, amp.id)


def _disclosure(people: dict[str, ServiceContext]) -> srs.ServiceRequestDTO:
    cm = people["test.user"]
    amp = _failed_amp(cm)
    return arrears.request_disclosure(cm, amp.id, amp.version)


def test_arrears_review_shows_the_options_in_order_with_reasons(ctx: ServiceContext) -> None:
    review = _review(ctx)
    state = arrears.get_arrears_state(ctx, review.id)
    assert state.advice is not None
    assert [o.action for o in state.advice.options] == list(ArrearsAction)
    assert all(o.verdict.reasons for o in state.advice.options)
    assert state.advice.close_and_cancel is None
    assert state.raise_amp is not None and state.raise_amp.allowed


def _mark_dlo(ctx: ServiceContext, case_id: int) -> None:
    with ctx.db.unit_of_work() as s:
        case = s.get(Case, case_id)
        assert case is not None
        s.add(
            Address(
                contact_id=case.paying_parent_id,
                address_type=AddressType.CORRESPONDENCE,
                line1="Dead Letter Office, Fictional Street",
                marker=AddressMarker.DLO,
            )
        )


def test_a_dlo_address_is_recorded_and_the_review_cancelled(ctx: ServiceContext) -> None:
    review = _review(ctx)
    with pytest.raises(RuleViolation, match="not marked DLO or NFA"):
        arrears.cancel_for_address(ctx, review.id, review.version)
    _mark_dlo(ctx, review.case_id)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    review = srs.get_service_request(ctx, review.id)
    with pytest.raises(RuleViolation, match=f"child SR {amp.id}"):
        arrears.cancel_for_address(ctx, review.id, review.version)
    srs.change_status(ctx, amp.id, amp.version, SrStatus.CANCELLED)
    cancelled = arrears.cancel_for_address(ctx, review.id, review.version)
    assert cancelled.status == SrStatus.CANCELLED and cancelled.closed_on == ctx.today()
    with ctx.db.reading() as s:
        texts = list(s.scalars(select(Note.text).where(Note.service_request_id == review.id)))
    assert any("marked DLO" in t and "SR cancelled" in t for t in texts)


def test_a_dlo_address_prompts_close_and_cancel(ctx: ServiceContext) -> None:
    review = _review(ctx)
    with ctx.db.unit_of_work() as s:
        case = s.get(Case, review.case_id)
        assert case is not None
        s.add(
            Address(
                contact_id=case.paying_parent_id,
                address_type=AddressType.CORRESPONDENCE,
                line1="Dead Letter Office, Fictional Street",
                marker=AddressMarker.DLO,
            )
        )
    state = arrears.get_arrears_state(ctx, review.id)
    assert state.advice is not None and state.advice.close_and_cancel is not None
    assert "DLO" in state.advice.close_and_cancel
    assert state.advice.recommended is None


def test_amp_is_a_child_of_the_arrears_review_in_progress(ctx: ServiceContext) -> None:
    review = _review(ctx)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    assert amp.workflow == Workflow.ACTION_MISSED_PAYMENT
    assert amp.parent_id == review.id
    assert amp.status == SrStatus.IN_PROGRESS
    assert [s.step_key for s in amp.steps] == ["negotiate", "request_disclosure", "dot_outcome"]
    again = srs.get_service_request(ctx, review.id)
    with pytest.raises(RuleViolation, match=f"Action Missed Payment SR {amp.id}"):
        arrears.raise_amp(ctx, review.id, again.version)
    state = arrears.get_arrears_state(ctx, review.id)
    assert [c.sr_id for c in state.children] == [amp.id]


def test_amp_from_another_sr_type_or_a_stale_version_is_refused(ctx: ServiceContext) -> None:
    review = _review(ctx)
    with pytest.raises(ConflictError):
        arrears.raise_amp(ctx, review.id, review.version - 1)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    with pytest.raises(RuleViolation, match="raised from an Arrears Review"):
        arrears.raise_amp(ctx, amp.id, amp.version)


def test_disclosure_waits_for_a_failed_negotiation(ctx: ServiceContext) -> None:
    review = _review(ctx)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    with pytest.raises(RuleViolation, match="record the negotiation"):
        arrears.request_disclosure(ctx, amp.id, amp.version)


def test_disclosure_sr_goes_to_the_deduction_order_team(
    people: dict[str, ServiceContext],
) -> None:
    cm = people["test.user"]
    amp = _failed_amp(cm)
    disclosure = arrears.request_disclosure(cm, amp.id, amp.version)
    assert disclosure.workflow == Workflow.DISCLOSURE
    assert disclosure.parent_id == amp.id
    assert disclosure.team == "DOT North"
    assert disclosure.owner is None
    assert disclosure.status == SrStatus.IN_PROGRESS
    amp_after = srs.get_service_request(cm, amp.id)
    assert _step(amp_after, "request_disclosure").outcome == StepOutcome.DONE
    # The AMP cannot close over its open Disclosure SR.
    with pytest.raises(RuleViolation, match=f"child SR {disclosure.id}"):
        srs.change_status(cm, amp.id, amp_after.version, SrStatus.CLOSED)


def test_only_the_deduction_order_team_records_the_outcome(
    people: dict[str, ServiceContext],
) -> None:
    disclosure = _disclosure(people)
    state = arrears.get_arrears_state(people["test.user"], disclosure.id)
    assert state.record_outcome is not None and not state.record_outcome.allowed
    with pytest.raises(RuleViolation, match="only a member of the Deduction Order Team"):
        arrears.record_dot_outcome(
            people["test.user"],
            disclosure.id,
            disclosure.version,
            result=DisclosureResult.RDO_APPROVED,
            reasons=None,
        )
    assert arrears.get_arrears_state(people["dana"], disclosure.id).record_outcome.allowed  # type: ignore[union-attr]


def test_a_refusal_without_reasons_saves_nothing(people: dict[str, ServiceContext]) -> None:
    disclosure = _disclosure(people)
    with pytest.raises(ValidationError) as raised:
        arrears.record_dot_outcome(
            people["dana"],
            disclosure.id,
            disclosure.version,
            result=DisclosureResult.NOT_APPROVED,
            reasons="  ",
        )
    assert "reasons" in raised.value.errors
    with pytest.raises(ValidationError) as raised:
        arrears.record_dot_outcome(
            people["dana"], disclosure.id, disclosure.version, result=None, reasons=None
        )
    assert "result" in raised.value.errors
    after = srs.get_service_request(people["dana"], disclosure.id)
    assert after.version == disclosure.version
    assert _step(after, "dot_decision").outcome == StepOutcome.PENDING


def test_approval_asks_for_set_up_within_48_hours(people: dict[str, ServiceContext]) -> None:
    dana = people["dana"]
    disclosure = _disclosure(people)
    outcome = arrears.record_dot_outcome(
        dana, disclosure.id, disclosure.version, result=DisclosureResult.RDO_APPROVED, reasons=None
    )
    assert outcome.result is DisclosureResult.RDO_APPROVED
    assert outcome.set_up_due is not None
    assert outcome.set_up_due.until == dana.today() + timedelta(days=2)
    after = srs.get_service_request(dana, disclosure.id)
    assert after.status == SrStatus.IN_PROGRESS
    assert after.resolution_code == "RDO approved"
    assert _step(after, "dot_decision").outcome == StepOutcome.APPROVED
    amp_state = arrears.get_arrears_state(people["test.user"], disclosure.parent_id or 0)
    assert amp_state.outcome is not None and amp_state.outcome.disclosure_id == disclosure.id
    assert amp_state.next_step is not None and "within 48 hours" in amp_state.next_step
    amp = srs.get_service_request(dana, disclosure.parent_id or 0)
    assert _step(amp, "dot_outcome").outcome == StepOutcome.DONE
    with pytest.raises(RuleViolation, match="already recorded"):
        arrears.record_dot_outcome(
            dana, disclosure.id, after.version, result=DisclosureResult.NOT_APPROVED, reasons="x"
        )
    with dana.db.unit_of_work() as s:
        events = s.scalars(select(AuditEvent.action).where(AuditEvent.action == "dot_outcome"))
        assert list(events) == ["dot_outcome"]


def test_refusal_closes_the_disclosure_and_offers_lo(people: dict[str, ServiceContext]) -> None:
    dana = people["dana"]
    disclosure = _disclosure(people)
    arrears.record_dot_outcome(
        dana,
        disclosure.id,
        disclosure.version,
        result=DisclosureResult.NOT_APPROVED,
        reasons="No account suitable for deductions",
    )
    after = srs.get_service_request(dana, disclosure.id)
    assert after.status == SrStatus.CLOSED
    assert after.resolution_code == "Not approved"
    assert _step(after, "set_up_order").outcome == StepOutcome.NOT_REQUIRED
    amp_state = arrears.get_arrears_state(people["test.user"], disclosure.parent_id or 0)
    assert amp_state.next_step is not None
    assert "Initiate LO arrears action" in amp_state.next_step
    with dana.db.unit_of_work() as s:
        texts = list(s.scalars(select(Note.text)))
    assert sum("No account suitable for deductions" in t for t in texts) == 2
    # The Arrears Review's disclosure option now says why it is not open.
    amp = srs.get_service_request(dana, disclosure.parent_id or 0)
    advice = arrears.get_arrears_state(people["test.user"], amp.parent_id or 0).advice
    assert advice is not None and not advice.options[1].verdict.allowed
    refused = [r.message for r in advice.options[1].verdict.reasons if not r.ok]
    assert any(f"Disclosure SR {disclosure.id}" in m for m in refused)


def _rdo(ctx: ServiceContext, case_id: int) -> orders.OrderDTO:
    return orders.create_order(
        ctx,
        case_id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/1",
            granted_on=date(2026, 9, 1),
            amount=D("300.00"),
        ),
    )


def test_an_rdo_schedule_with_no_instalments_is_refused(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    rdo = _rdo(ctx, case.id)
    with pytest.raises(ValidationError) as raised:
        arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, [])
    assert "at least one instalment" in raised.value.errors["instalments"]
    with ctx.db.unit_of_work() as s:
        assert s.scalars(select(RdoInstalment)).all() == []


def test_only_an_rdo_has_a_schedule(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lsdo = orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            OrderType.LSDO, OrderStatus.GRANTED, granted_on=date(2026, 9, 1), amount=D("600.00")
        ),
    )
    with pytest.raises(RuleViolation, match="only a regular deduction order"):
        arrears.set_rdo_schedule(
            ctx, lsdo.id, lsdo.version, [ScheduledInstalment(date(2026, 10, 1), D("1.00"))]
        )


def test_rdo_compliance_from_the_payments_recorded(ctx: ServiceContext) -> None:
    today = ctx.today()
    case = make_case(ctx)
    rdo = _rdo(ctx, case.id)
    schedule = [
        ScheduledInstalment(today - timedelta(days=60), D("100.00")),
        ScheduledInstalment(today - timedelta(days=30), D("100.00")),
        ScheduledInstalment(today + timedelta(days=1), D("100.00")),
    ]
    state = arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, schedule)
    assert len(state.schedule) == 3
    assert state.compliance is not None and state.compliance.review is not None
    orders.add_payment(ctx, rdo.id, today - timedelta(days=61), D("100.00"))
    orders.add_payment(ctx, rdo.id, today - timedelta(days=31), D("50.00"))
    review = srs.create_service_request(ctx, case.id, *ARREARS)
    review = srs.change_status(ctx, review.id, review.version, SrStatus.IN_PROGRESS)
    panel = arrears.get_arrears_state(ctx, review.id)
    (rdo_state,) = panel.rdos
    assert rdo_state.compliance is not None
    assert rdo_state.compliance.action == RdoAction.NEGOTIATE_AND_TELL_DOT
    # The negotiation on an Action Missed Payment SR fails: Initiate LO is offered.
    amp = arrears.raise_amp(ctx, review.id, panel.version)
    step = _step(amp, "negotiate")
    srs.update_step(ctx, step.id, step.version, StepOutcome.NOT_SUCCESSFUL, "Refused")
    (rdo_state,) = arrears.get_arrears_state(ctx, review.id).rdos
    assert rdo_state.compliance is not None
    assert rdo_state.compliance.action == RdoAction.INITIATE_LO


def test_a_schedule_edit_from_a_stale_version_conflicts(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    rdo = _rdo(ctx, case.id)
    one = [ScheduledInstalment(date(2026, 12, 1), D("10.00"))]
    arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, one)
    with pytest.raises(ConflictError):
        arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, one)


def test_a_compliant_case_returns_to_maintenance(ctx: ServiceContext) -> None:
    today = ctx.today()
    review = _review(ctx)
    rdo = orders.create_order(
        ctx,
        review.case_id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/3",
            granted_on=date(2026, 7, 1),
            amount=D("300.00"),
        ),
    )
    dues = [today - timedelta(days=d) for d in (90, 60, 30)]
    arrears.set_rdo_schedule(
        ctx, rdo.id, rdo.version, [ScheduledInstalment(d, D("100.00")) for d in dues]
    )
    for d in dues[:2]:
        orders.add_payment(ctx, rdo.id, d, D("100.00"))
    state = arrears.get_arrears_state(ctx, review.id)
    assert state.return_to_maintenance is not None
    assert not state.return_to_maintenance.allowed
    assert "no RDO has had its third full payment" in state.return_to_maintenance.reasons[-1]
    with pytest.raises(RuleViolation, match="third full payment"):
        arrears.return_to_maintenance(ctx, review.id, state.case_version or 0)
    orders.add_payment(ctx, rdo.id, dues[2], D("100.00"))
    state = arrears.get_arrears_state(ctx, review.id)
    assert state.return_to_maintenance is not None and state.return_to_maintenance.allowed
    with pytest.raises(ConflictError):
        arrears.return_to_maintenance(ctx, review.id, (state.case_version or 0) - 1)
    arrears.return_to_maintenance(ctx, review.id, state.case_version or 0)
    with ctx.db.reading() as s:
        owning = s.scalar(select(Case.owning_team).where(Case.id == review.case_id))
        texts = list(s.scalars(select(Note.text).where(Note.service_request_id == review.id)))
    assert owning == OwningTeam.MAINTENANCE
    assert any("returned to Maintenance" in t and "RDO/3" in t for t in texts)
    after = arrears.get_arrears_state(ctx, review.id).return_to_maintenance
    assert after is not None and "owned by Maintenance" in after.reasons[0]
