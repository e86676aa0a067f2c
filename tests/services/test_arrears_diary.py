"""The arrears chain's reminders in the Diary (Arrears – Consider Action): an RDO or LSDO the
Deduction Order Team approved is to be set up within 48 hours; an RDO's payment review falls on
its third payment plus five working days. Both are worked out from the records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from enforcement_desktop.domain.arrears import DisclosureResult, ScheduledInstalment
from enforcement_desktop.domain.enums import OrderStatus, OrderType, SrStatus, StepOutcome, UserRole
from enforcement_desktop.domain.errors import RuleViolation
from enforcement_desktop.services import arrears, orders, reminders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.services.builders import make_case

ARREARS = ("Arrears", "Arrears Management", "Arrears Review")
D = Decimal


@pytest.fixture
def dana(ctx: ServiceContext) -> ServiceContext:
    """test.user leads Team A (the first user); dana is in the Deduction Order Team."""
    users.add_user(ctx, "test.user", users.UserInput("Tess Example", team="Team A"))
    users.add_user(
        ctx,
        "dana",
        users.UserInput(
            "Dana Example",
            team="Deduction Order Team",
            roles=frozenset({UserRole.DEDUCTION_ORDER_TEAM, UserRole.TEAM_LEADER}),
        ),
    )
    return replace(ctx, user="dana")


def _review(ctx: ServiceContext, case_id: int) -> srs.ServiceRequestDTO:
    sr = srs.create_service_request(ctx, case_id, *ARREARS)
    return srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)


def _approved(ctx: ServiceContext, dana: ServiceContext) -> int:
    case = make_case(ctx)
    review = _review(ctx, case.id)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    step = next(s for s in amp.steps if s.step_key == "negotiate")
    srs.update_step(ctx, step.id, step.version, StepOutcome.NOT_SUCCESSFUL, "Refused")
    amp = srs.get_service_request(ctx, amp.id)
    disclosure = arrears.request_disclosure(ctx, amp.id, amp.version)
    arrears.record_dot_outcome(
        dana, disclosure.id, disclosure.version, result=DisclosureResult.LSDO_APPROVED, reasons=None
    )
    return disclosure.id


def test_an_approval_asks_the_team_to_set_up_the_order_within_48_hours(
    ctx: ServiceContext, dana: ServiceContext
) -> None:
    sr_id = _approved(ctx, dana)
    due = ctx.today() + timedelta(days=2)
    assert not [e for e in reminders.diary_screen(dana, team=True).entries if e.sr_id == sr_id]
    screen = reminders.diary_screen(dana, team=True, due_by=due)
    (entry,) = [e for e in screen.entries if e.kind == "dot_set_up"]
    assert entry.sr_id == sr_id and entry.due_on == due
    assert "LSDO approved: set it up within 48 hours" in entry.what
    # Marking it done keeps it done.
    reminders.complete_procedure_reminder(dana, entry.key, sr_id)
    again = reminders.diary_screen(dana, team=True, due_by=due)
    assert not [e for e in again.entries if e.kind == "dot_set_up"]


def test_recording_the_set_up_ends_the_reminder(ctx: ServiceContext, dana: ServiceContext) -> None:
    sr_id = _approved(ctx, dana)
    sr = srs.get_service_request(dana, sr_id)
    step = next(s for s in sr.steps if s.step_key == "set_up_order")
    srs.update_step(dana, step.id, step.version, StepOutcome.DONE, "LSDO set up")
    screen = reminders.diary_screen(dana, team=True, due_by=ctx.today() + timedelta(days=10))
    assert not [e for e in screen.entries if e.kind == "dot_set_up"]
    with pytest.raises(RuleViolation, match="no longer ask"):
        reminders.complete_procedure_reminder(
            dana, f"dot_set_up:{sr_id}:{(ctx.today() + timedelta(days=2)).isoformat()}", sr_id
        )


def test_the_rdo_payment_review_falls_on_the_third_payment_plus_five_working_days(
    ctx: ServiceContext, dana: ServiceContext
) -> None:
    case = make_case(ctx)
    review = _review(ctx, case.id)
    rdo = orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/9",
            granted_on=date(2026, 9, 1),
            amount=D("300.00"),
        ),
    )
    schedule = [
        ScheduledInstalment(date(2026, 10, 16), D("100.00")),
        ScheduledInstalment(date(2026, 11, 16), D("100.00")),
        ScheduledInstalment(date(2026, 12, 18), D("100.00")),
    ]
    arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, schedule)
    screen = reminders.diary_screen(ctx, due_by=date(2026, 12, 31))
    (entry,) = [e for e in screen.entries if e.kind == "rdo_review"]
    assert entry.due_on == date(2026, 12, 29)
    assert entry.sr_id == review.id
    assert "RDO payment review (RDO/9)" in entry.what
    assert "Christmas Day" in entry.explanation
    reminders.complete_procedure_reminder(ctx, entry.key, review.id)
    done = reminders.diary_screen(ctx, due_by=date(2026, 12, 31))
    assert not [e for e in done.entries if e.kind == "rdo_review"]


def test_an_rdo_payment_below_90_percent_asks_to_negotiate_and_tell_dot(
    ctx: ServiceContext, dana: ServiceContext
) -> None:
    today = ctx.today()
    case = make_case(ctx)
    review = _review(ctx, case.id)
    rdo = orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/10",
            granted_on=date(2026, 9, 1),
            amount=D("300.00"),
        ),
    )
    short_on = today - timedelta(days=10)
    schedule = [
        ScheduledInstalment(short_on, D("100.00")),
        ScheduledInstalment(today + timedelta(days=20), D("100.00")),
    ]
    arrears.set_rdo_schedule(ctx, rdo.id, rdo.version, schedule)
    orders.add_payment(ctx, rdo.id, short_on, D("60.00"))
    screen = reminders.diary_screen(ctx)
    (entry,) = [e for e in screen.entries if e.kind == "rdo_shortfall"]
    assert entry.sr_id == review.id
    assert entry.due_on == short_on + timedelta(days=1) and entry.overdue
    assert "RDO RDO/10 below 90% of a payment: negotiate the shortfall" in entry.what
    assert "£60.00 of £100.00 (60.0%)" in entry.explanation
    # Paid up: the records no longer ask for it.
    orders.add_payment(ctx, rdo.id, short_on, D("40.00"))
    assert not [e for e in reminders.diary_screen(ctx).entries if e.kind == "rdo_shortfall"]
    with pytest.raises(RuleViolation, match="no longer ask"):
        reminders.complete_procedure_reminder(ctx, entry.key, review.id)
