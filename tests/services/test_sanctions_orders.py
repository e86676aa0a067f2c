"""Sanctions orders and appeals over time, over every case they name (issues 10 and 11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import (
    AppealStatus,
    CourtKind,
    OrderStatus,
    OrderType,
    Power,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.holds import HoldKind
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.services import appeals, options, orders, reminders, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO
from enforcement_desktop.storage.models import AuditEvent, EnforcementOrder, OrderCase
from tests.conftest import FIXED_NOW
from tests.services.builders import add_case, make_case, make_case_manager, make_paying_parent

D = Decimal
TODAY = FIXED_NOW.date()


def sanctions_input(case_ids: tuple[int, ...], **changes: object) -> orders.OrderInput:
    data = orders.OrderInput(
        OrderType.SANCTIONS_ORDER,
        OrderStatus.GRANTED,
        reference="SO/2026/7",
        granted_on=date(2026, 5, 20),
        amount=D("1200.00"),
        instalment_amount=D("100.00"),
        instalment_period=SanctionsPeriod.MONTHLY,
        first_due_on=date(2026, 6, 1),
        case_ids=case_ids,
    )
    for name, value in changes.items():
        setattr(data, name, value)
    return data


def lo_application(ctx: ServiceContext) -> orders.OrderInput:
    court = orders.create_court(
        ctx, orders.CourtInput("Demoton Magistrates' Court", CourtKind.MAGISTRATES, "DT")
    )
    return orders.OrderInput(
        OrderType.LIABILITY_ORDER,
        OrderStatus.APPLIED,
        court_id=court.id,
        reference="LO/2026/99",
        applied_on=date(2026, 11, 2),
        period_from=date(2025, 1, 1),
        period_to=date(2025, 12, 31),
        amount=D("900.00"),
    )


@pytest.fixture
def two_cases(ctx: ServiceContext) -> tuple[CaseDTO, CaseDTO]:
    first = make_case(ctx, "121000000301")
    second = add_case(ctx, first.paying_parent_id, "121000000302", receiver_last="Otherton")
    return first, second


def _order_rows(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.db.unit_of_work() as s:
        return (
            s.scalar(select(func.count()).select_from(EnforcementOrder)) or 0,
            s.scalar(select(func.count()).select_from(OrderCase)) or 0,
        )


def _pay_monthly(ctx: ServiceContext, order_id: int, until: date) -> None:
    month = date(2026, 6, 1)
    while month <= until:
        orders.add_payment(ctx, order_id, month, D("100.00"))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _lo_option(ctx: ServiceContext, case_id: int) -> options.PowerOptionDTO:
    return next(o for o in options.case_options(ctx, case_id) if o.power == Power.LIABILITY_ORDER)


def test_a_sanctions_order_with_no_case_is_refused_and_nothing_saved(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, _ = two_cases
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, first.id, sanctions_input(()))
    assert info.value.errors == {
        "case_ids": "A sanctions order covers at least one case: choose the cases it names"
    }
    assert _order_rows(ctx) == (0, 0)


def test_cases_of_another_paying_parent_or_without_its_own_are_refused(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    stranger = add_case(ctx, make_paying_parent(ctx, "121000000399"), "121000000398")
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, first.id, sanctions_input((first.id, stranger.id)))
    assert "has another paying parent" in info.value.errors["case_ids"]
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, first.id, sanctions_input((second.id,)))
    assert info.value.errors["case_ids"] == (
        f"A sanctions order covers the case it is recorded on (case {first.id})"
    )
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, first.id, sanctions_input((first.id, 10**6)))
    assert info.value.errors["case_ids"] == f"No case {10**6}"
    assert _order_rows(ctx) == (0, 0)


def test_terms_are_checked_each_beside_its_field(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, _ = two_cases
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx,
            first.id,
            sanctions_input(
                (first.id,),
                instalment_amount=D("0"),
                instalment_period=None,
                first_due_on=date(2026, 5, 1),
            ),
        )
    assert info.value.errors == {
        "instalment_amount": "The amount due each period must be over £0.00",
        "instalment_period": "Say how often an instalment falls due",
        "first_due_on": "Cannot be before the order was granted (20/05/2026)",
    }
    assert _order_rows(ctx) == (0, 0)


def test_a_kept_order_blocks_every_case_it_names_and_refuses_an_lo_there(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    made = orders.create_order(ctx, first.id, sanctions_input((first.id, second.id)))
    assert made.case_ids == (first.id, second.id)
    _pay_monthly(ctx, made.id, date(2026, 11, 1))  # today is 23/11/2026: every instalment paid

    for case in (first, second):
        option = _lo_option(ctx, case.id)
        assert not option.allowed
        assert (
            "SO/2026/7 (granted 20/05/2026) is in force and being complied with"
            in (option.reasons[0])
        )
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, second.id, lo_application(ctx))
    assert info.value.errors["status"].startswith(
        f"A liability order cannot be applied for on case {second.id}: Sanctions order SO/2026/7"
    )
    assert _order_rows(ctx) == (1, 2)
    # Adding the other case is audited on the order.
    with ctx.db.unit_of_work() as s:
        added = s.scalars(
            select(AuditEvent.new_value).where(
                AuditEvent.entity == "enforcement_order", AuditEvent.field == "cases"
            )
        ).all()
    assert added == [f"case {second.id}"]


def test_a_breach_ends_the_block_on_every_case_and_shows_in_the_banner(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    made = orders.create_order(ctx, first.id, sanctions_input((first.id, second.id)))
    _pay_monthly(ctx, made.id, date(2026, 9, 1))  # stopped: October and November missed

    for case in (first, second):
        option = _lo_option(ctx, case.id)
        assert any("breached since 01/10/2026: 2 instalments missed" in r for r in option.reasons)
    lo = orders.create_order(ctx, second.id, lo_application(ctx))
    assert lo.status == OrderStatus.APPLIED

    screen = screens.client_screen(ctx, first.paying_parent_id)
    chips = [h for h in screen.holds if h.kind == HoldKind.SANCTIONS_BREACHED]
    assert [h.text for h in chips] == [
        "Sanctions order breached since 01/10/2026 — 2 instalments missed"
    ]
    assert all(h.kind != HoldKind.SANCTIONS_ORDER for h in screen.holds)


def test_changing_the_cases_of_an_order(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    made = orders.create_order(ctx, first.id, sanctions_input((first.id,)))
    data = made.to_input()
    data.case_ids = (first.id, second.id)
    changed = orders.update_order(ctx, made.id, made.version, data)
    assert changed.case_ids == (first.id, second.id)
    assert changed.version > made.version
    data = changed.to_input()
    data.case_ids = ()
    with pytest.raises(ValidationError):
        orders.update_order(ctx, made.id, changed.version, data)
    assert orders.get_order(ctx, made.id).case_ids == (first.id, second.id)


def test_an_appeal_over_two_cases_blocks_both_until_decided(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    appeal = appeals.create_appeal(
        ctx,
        first.id,
        appeals.AppealInput(
            lodged_on=date(2026, 10, 5),
            hearing_on=date(2026, 12, 14),
            case_ids=(first.id, second.id),
        ),
    )
    assert appeal.hearing_on == date(2026, 12, 14)
    assert appeal.case_ids == (first.id, second.id)
    for case in (first, second):
        assert not _lo_option(ctx, case.id).allowed
    application = lo_application(ctx)
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, second.id, application)
    assert "appeal lodged on 05/10/2026" in info.value.errors["status"]

    decided = appeal.to_input()
    decided.status = AppealStatus.DECIDED
    decided.decided_on = date(2026, 11, 20)
    appeals.update_appeal(ctx, appeal.id, appeal.version, decided)
    for case in (first, second):
        assert _lo_option(ctx, case.id).allowed
    assert orders.create_order(ctx, second.id, application).status == OrderStatus.APPLIED


def test_a_hearing_before_the_appeal_was_lodged_is_refused(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, _ = two_cases
    with pytest.raises(ValidationError) as info:
        appeals.create_appeal(
            ctx,
            first.id,
            appeals.AppealInput(lodged_on=date(2026, 10, 5), hearing_on=date(2026, 10, 1)),
        )
    assert info.value.errors == {
        "hearing_on": "Cannot be before the appeal was lodged (05/10/2026)"
    }
    assert appeals.list_appeals(ctx, first.id) == []


# --------------------------------------------------------------------------- the Diary

ARREARS = ("Arrears", "Arrears Management", "Arrears Review")


def test_a_breach_asks_in_the_diary_to_refer_the_order_back_to_court(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, second = two_cases
    make_case_manager(ctx)
    # The SR is on the other case the order covers: the reminder shows there.
    sr = srs.create_service_request(ctx, second.id, *ARREARS)
    made = orders.create_order(ctx, first.id, sanctions_input((first.id, second.id)))
    _pay_monthly(ctx, made.id, date(2026, 9, 1))

    (entry,) = [e for e in reminders.diary_screen(ctx).entries if e.kind == "sanctions_refer_back"]
    assert (entry.sr_id, entry.case_id, entry.due_on) == (sr.id, second.id, date(2026, 10, 2))
    assert entry.overdue
    assert entry.what.startswith("Sanctions order SO/2026/7 breached: refer it back to court")
    assert entry.explanation.startswith("2 instalments missed since 01/10/2026")

    reminders.complete_procedure_reminder(ctx, entry.key, sr.id)
    assert not [e for e in reminders.diary_screen(ctx).entries if e.key == entry.key]


def test_kept_terms_ask_nothing(ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]) -> None:
    first, _ = two_cases
    make_case_manager(ctx)
    srs.create_service_request(ctx, first.id, *ARREARS)
    made = orders.create_order(ctx, first.id, sanctions_input((first.id,)))
    _pay_monthly(ctx, made.id, date(2026, 11, 1))
    assert not [e for e in reminders.diary_screen(ctx).entries if "refer" in e.kind]


def test_an_appeal_hearing_is_a_diary_reminder_until_decided(
    ctx: ServiceContext, two_cases: tuple[CaseDTO, CaseDTO]
) -> None:
    first, _ = two_cases
    make_case_manager(ctx)
    sr = srs.create_service_request(ctx, first.id, *ARREARS)
    appeal = appeals.create_appeal(
        ctx, first.id, appeals.AppealInput(lodged_on=date(2026, 10, 5), hearing_on=TODAY)
    )
    (entry,) = [e for e in reminders.diary_screen(ctx).entries if e.kind == "appeal_hearing"]
    assert (entry.sr_id, entry.due_on, entry.overdue) == (sr.id, TODAY, False)
    assert "record the tribunal's decision" in entry.what
    # Not in the diary before the day; gone once decided.
    later = appeals.update_appeal(
        ctx,
        appeal.id,
        appeal.version,
        appeals.AppealInput(
            lodged_on=date(2026, 10, 5),
            status=AppealStatus.DECIDED,
            decided_on=TODAY,
            hearing_on=TODAY,
        ),
    )
    assert later.status == AppealStatus.DECIDED
    assert not [e for e in reminders.diary_screen(ctx).entries if e.kind == "appeal_hearing"]
