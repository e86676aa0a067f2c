"""Collections of ongoing maintenance on a case: what was due and what was paid.

The arrears letters of Arrears – Consider Action, step 5 depend on them: CMSL6038 follows a
missed payment after 12 or more weeks of compliance since the last arrears letter
(:mod:`domain.arrears_letters`). :func:`record_payment` records one collection, audited;
:func:`list_payments` reads a case's.

Refused, with nothing saved (each a field error): no due date, an amount due of £0.00 or less,
a negative amount paid, a payment date in the future or with nothing paid, an amount paid with
no date, a second collection on the same due date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.arrears_letters import PaymentFacts
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation
from enforcement_desktop.domain.values import (
    ZERO,
    check_date_range,
    check_money,
    format_date,
    format_money,
    money,
)
from enforcement_desktop.services.base import get_or_404, raise_if_errors, record_created
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import Case, Contact, MaintenancePayment

__all__ = [
    "MaintenancePaymentDTO",
    "PaymentInput",
    "case_for_scin",
    "list_payments",
    "next_collection",
    "payment_errors",
    "payments_of",
    "record_payment",
]


@dataclass(frozen=True)
class PaymentInput:
    """One collection as the case manager enters it (amounts as typed, or Decimal)."""

    due_on: date | None
    amount_due: object
    amount_paid: object = "0"
    paid_on: date | None = None


@dataclass(frozen=True, slots=True)
class MaintenancePaymentDTO:
    """One collection, as the screens and the command line show it."""

    id: int
    version: int
    case_id: int
    due_on: date
    amount_due: Decimal
    amount_paid: Decimal
    paid_on: date | None

    @property
    def facts(self) -> PaymentFacts:
        return PaymentFacts(self.due_on, self.amount_due, self.amount_paid, self.paid_on)

    @property
    def complied(self) -> bool:
        """Paid in full by the due date."""
        return self.facts.complied

    def describe(self, today: date) -> str:
        """Complied, missed (how), or not yet due, in words."""
        facts = self.facts
        if facts.complied:
            return "Paid in full on time"
        if facts.missed(today):
            return "Missed: " + facts.shortfall_text()
        return "Not yet due" if self.due_on > today else "Due today"


def _dto(row: MaintenancePayment) -> MaintenancePaymentDTO:
    return MaintenancePaymentDTO(
        row.id,
        row.version,
        row.case_id,
        row.due_on,
        row.amount_due,
        row.amount_paid,
        row.paid_on,
    )


def payment_errors(data: PaymentInput, today: date) -> dict[str, str | None]:
    """What :func:`record_payment` checks of the input alone, by field."""
    errors: dict[str, str | None] = {
        "due_on": check_date_range(data.due_on, required=True)
        if data.due_on is not None
        else "Give the date the collection was due",
        "amount_due": check_money(data.amount_due)
        if data.amount_due not in (None, "")
        else "Give the amount that was due",
        "amount_paid": check_money(data.amount_paid if data.amount_paid not in (None, "") else "0"),
        "paid_on": check_date_range(data.paid_on),
    }
    if errors["amount_due"] is None and money(data.amount_due) <= ZERO:
        errors["amount_due"] = "The amount due must be more than £0.00"
    paid = (
        money(data.amount_paid or "0")
        if errors["amount_paid"] is None and data.amount_paid not in (None, "")
        else ZERO
    )
    if data.paid_on is not None and errors["paid_on"] is None:
        if data.paid_on > today:
            errors["paid_on"] = (
                f"A payment cannot be recorded as made in the future: {format_date(data.paid_on)} "
                f"is after today, {format_date(today)}"
            )
        elif errors["amount_paid"] is None and paid <= ZERO:
            errors["paid_on"] = "Nothing was paid: leave the date paid empty, or give the amount"
    if data.paid_on is None and errors["amount_paid"] is None and paid > ZERO:
        errors["paid_on"] = "Give the date the payment was received"
    return errors


def next_collection(
    payments: tuple[MaintenancePaymentDTO, ...],
) -> tuple[date, Decimal] | None:
    """What the next collection usually is: a week after the latest recorded, for the same
    amount (the Maintenance payments dialog offers it); None when none is recorded."""
    if not payments:
        return None
    latest = max(payments, key=lambda p: p.due_on)
    return latest.due_on + timedelta(days=7), latest.amount_due


def payments_of(session: Session, case_id: int) -> tuple[MaintenancePaymentDTO, ...]:
    """The case's collections, newest due date first, in one statement."""
    rows = session.scalars(
        select(MaintenancePayment)
        .where(MaintenancePayment.case_id == case_id)
        .order_by(MaintenancePayment.due_on.desc())
    ).all()
    return tuple(_dto(r) for r in rows)


def list_payments(ctx: ServiceContext, case_id: int) -> tuple[MaintenancePaymentDTO, ...]:
    """A case's collections, newest due date first.

    Raises:
        NotFoundError: No such case.
    """
    with ctx.reading() as session:
        get_or_404(session, Case, case_id, "case")
        return payments_of(session, case_id)


def record_payment(ctx: ServiceContext, case_id: int, data: PaymentInput) -> MaintenancePaymentDTO:
    """Record one collection of ongoing maintenance on a case, audited.

    Raises:
        ValidationError: By field (``due_on``, ``amount_due``, ``amount_paid``, ``paid_on``),
            including a second collection on the same due date (``due_on``).
        NotFoundError: No such case.
    """
    errors = payment_errors(data, ctx.today())
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        if data.due_on is not None and errors["due_on"] is None:
            existing = session.scalar(
                select(MaintenancePayment.id).where(
                    MaintenancePayment.case_id == case.id,
                    MaintenancePayment.due_on == data.due_on,
                )
            )
            if existing is not None:
                errors["due_on"] = (
                    f"A collection due on {format_date(data.due_on)} is already recorded on "
                    "this case"
                )
        raise_if_errors(errors)
        assert data.due_on is not None
        paid = money(data.amount_paid) if data.amount_paid not in (None, "") else ZERO
        row = MaintenancePayment(
            case_id=case.id,
            due_on=data.due_on,
            amount_due=money(data.amount_due),
            amount_paid=paid,
            paid_on=data.paid_on,
        )
        session.add(row)
        paid_text = (
            f", {format_money(paid)} paid on {format_date(data.paid_on)}"
            if data.paid_on is not None
            else ", nothing paid"
        )
        record_created(
            session,
            ctx,
            row,
            "maintenance_payment",
            case_id=case.id,
            summary=(f"due {format_date(data.due_on)}: {format_money(row.amount_due)}{paid_text}"),
        )
        return _dto(row)


def case_for_scin(ctx: ServiceContext, scin: str, case_id: int | None = None) -> int:
    """The case of the paying parent ``scin``: ``case_id`` when it is theirs, else their one case.

    Raises:
        NotFoundError: No client with that SCIN.
        RuleViolation: ``case_id`` is another client's; they have no case, or several (name one).
    """
    with ctx.reading() as session:
        payer = session.scalar(select(Contact).where(Contact.scin == scin))
        if payer is None:
            raise NotFoundError("client with SCIN", scin)
        ids = list(
            session.scalars(
                select(Case.id).where(Case.paying_parent_id == payer.id).order_by(Case.id)
            )
        )
    if case_id is not None:
        if case_id not in ids:
            raise RuleViolation(f"Case {case_id} is not one of SCIN {scin}'s cases")
        return case_id
    if len(ids) != 1:
        listed = ", ".join(str(i) for i in ids)
        raise RuleViolation(
            f"SCIN {scin} has no case as paying parent"
            if not ids
            else f"SCIN {scin} has {len(ids)} cases ({listed}): give one with --case"
        )
    return ids[0]
