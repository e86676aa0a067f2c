"""Collections of ongoing maintenance: recording, listing, refusals (issue 11, arrears letters)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.services import maintenance
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.maintenance import PaymentInput
from enforcement_desktop.storage.models import AuditEvent, MaintenancePayment
from tests.services.builders import add_case, make_case, make_paying_parent

TODAY = date(2026, 11, 23)


def _count(ctx: ServiceContext) -> int:
    with ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(MaintenancePayment)) or 0)


def test_record_and_list_collections_newest_first(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    first = maintenance.record_payment(
        ctx, case.id, PaymentInput(date(2026, 11, 2), "50", "50", date(2026, 11, 2))
    )
    maintenance.record_payment(
        ctx, case.id, PaymentInput(date(2026, 11, 9), "50.00", "20.5", date(2026, 11, 10))
    )
    listed = maintenance.list_payments(ctx, case.id)
    assert [p.due_on for p in listed] == [date(2026, 11, 9), date(2026, 11, 2)]
    assert first.complied and first.amount_due == Decimal("50.00")
    assert listed[0].amount_paid == Decimal("20.50") and listed[0].paid_on == date(2026, 11, 10)
    assert listed[0].describe(TODAY) == "Missed: £20.50 paid of £50.00"
    assert listed[1].describe(TODAY) == "Paid in full on time"
    with ctx.reading() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == "maintenance_payment")
        ).all()
    assert len(events) == 2
    assert events[0].new_value == "due 02/11/2026: £50.00, £50.00 paid on 02/11/2026"


def test_amount_paid_without_date_is_refused(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as caught:
        maintenance.record_payment(ctx, case.id, PaymentInput(date(2026, 11, 9), "50", "50"))
    assert caught.value.errors == {"paid_on": "Give the date the payment was received"}


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (PaymentInput(None, "50"), "due_on", "Give the date the collection was due"),
        (PaymentInput(TODAY, "-1"), "amount_due", "Must be £0.00 or more"),
        (PaymentInput(TODAY, "0"), "amount_due", "The amount due must be more than £0.00"),
        (PaymentInput(TODAY, "50", "-5", TODAY), "amount_paid", "Must be £0.00 or more"),
        (
            PaymentInput(TODAY, "50", "50", TODAY + timedelta(days=1)),
            "paid_on",
            "A payment cannot be recorded as made in the future: 24/11/2026 is after today, "
            "23/11/2026",
        ),
        (
            PaymentInput(TODAY, "50", "0", TODAY),
            "paid_on",
            "Nothing was paid: leave the date paid empty, or give the amount",
        ),
    ],
)
def test_bad_input_is_refused_by_field(
    ctx: ServiceContext, data: PaymentInput, field: str, message: str
) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as caught:
        maintenance.record_payment(ctx, case.id, data)
    assert caught.value.errors[field] == message
    assert _count(ctx) == 0


def test_second_collection_on_the_same_due_date_is_refused(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    maintenance.record_payment(ctx, case.id, PaymentInput(TODAY, "50"))
    with pytest.raises(ValidationError) as caught:
        maintenance.record_payment(ctx, case.id, PaymentInput(TODAY, "60"))
    assert caught.value.errors == {
        "due_on": "A collection due on 23/11/2026 is already recorded on this case"
    }
    assert _count(ctx) == 1


def test_unknown_case_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        maintenance.record_payment(ctx, 999, PaymentInput(TODAY, "50"))
    with pytest.raises(NotFoundError):
        maintenance.list_payments(ctx, 999)


def test_case_for_scin(ctx: ServiceContext) -> None:
    case = make_case(ctx, "121000000101")
    assert maintenance.case_for_scin(ctx, "121000000101") == case.id
    with pytest.raises(NotFoundError):
        maintenance.case_for_scin(ctx, "121000000999")
    payer = make_paying_parent(ctx, "121000000202")
    one = add_case(ctx, payer, "121000000702")
    two = add_case(ctx, payer, "121000000703", receiver_last="Sampleford")
    with pytest.raises(RuleViolation, match="has 2 cases"):
        maintenance.case_for_scin(ctx, "121000000202")
    assert maintenance.case_for_scin(ctx, "121000000202", two.id) == two.id
    with pytest.raises(RuleViolation, match="not one of"):
        maintenance.case_for_scin(ctx, "121000000101", one.id)
