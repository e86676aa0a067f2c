"""Sanctions orders over time: the terms the court set, and whether the payments keep to them.

A sanctions order sets terms: an amount per period (weekly, every four weeks or monthly) from a
first due date, up to the amount the order covers when one is given. Whether it is being
complied with is worked out here from the payments recorded against it, never ticked.

**The rule.** Payments are set against the instalments oldest first. An instalment is *missed*
when the payments made by the end of its last day to pay (its due date plus the grace) do not
cover it and every instalment before it, and they still do not today. Neither the procedures
(``shared/seeds/``) nor the domain notes give a grace period for a sanctions order's
instalments, so the grace is **none**: an instalment is due on its date and missed from the day
after (:data:`GRACE_DAYS` is 0). Payments made late that bring the order up to date end the
breach: the order is complied with again.

A breached order no longer blocks further enforcement (CMS practice, ``domain.md``): the rules
say so, the banner shows it, and the Diary asks for the order to be referred back to court.

Pure: no clock, ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from enforcement_desktop.domain.dates import add_months
from enforcement_desktop.domain.enums import LabelledEnum
from enforcement_desktop.domain.values import ZERO, format_date, format_money

__all__ = [
    "GRACE_DAYS",
    "Compliance",
    "Instalment",
    "SanctionsPeriod",
    "SanctionsTerms",
    "compliance",
    "instalments_due",
]

#: Days after an instalment's due date in which a payment still counts as on time. None is
#: given by the procedures or the domain notes, so none is allowed.
GRACE_DAYS = 0

#: Instalments worked out at most: 20 years of weekly payments. Terms running longer are a
#: typing error; the services refuse them before they get here.
MAX_INSTALMENTS = 20 * 53


class SanctionsPeriod(LabelledEnum):
    """How often a sanctions order's instalment falls due."""

    WEEKLY = "weekly"
    FOUR_WEEKLY = "four_weekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> str:
        return {"weekly": "Weekly", "four_weekly": "Every 4 weeks", "monthly": "Monthly"}[
            self.value
        ]

    def due_date(self, first: date, index: int) -> date:
        """The due date of instalment ``index`` (0 is the first)."""
        if self == SanctionsPeriod.WEEKLY:
            return first + timedelta(weeks=index)
        if self == SanctionsPeriod.FOUR_WEEKLY:
            return first + timedelta(weeks=4 * index)
        # Monthly on the first date's day, the month's last day in a shorter month.
        return add_months(first, index)


@dataclass(frozen=True, slots=True)
class SanctionsTerms:
    """The payment terms of a sanctions order.

    Attributes:
        amount: The amount due each period (over £0.00).
        period: How often it falls due.
        first_due_on: The first instalment's due date.
        total: The amount the order covers; the last instalment is what is left of it. None when
            the order runs until the court ends it.
    """

    amount: Decimal
    period: SanctionsPeriod
    first_due_on: date
    total: Decimal | None = None

    @property
    def text(self) -> str:
        """The terms in words: "£50.00 monthly from 01/03/2026"."""
        period = {
            SanctionsPeriod.WEEKLY: "a week",
            SanctionsPeriod.FOUR_WEEKLY: "every 4 weeks",
            SanctionsPeriod.MONTHLY: "a month",
        }[self.period]
        return f"{format_money(self.amount)} {period} from {format_date(self.first_due_on)}"


@dataclass(frozen=True, slots=True)
class Instalment:
    """One instalment of the terms.

    Attributes:
        number: 1 for the first.
        due_on: Its due date.
        amount: What falls due on it.
        unpaid: What of it the payments made so far do not cover (0 when paid).
    """

    number: int
    due_on: date
    amount: Decimal
    unpaid: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class Compliance:
    """Whether a sanctions order's terms are kept, on a day.

    Attributes:
        today: The day of the reading.
        due: What had fallen due and passed its last day to pay by ``today``.
        paid: What was paid by ``today``.
        missed: The instalments missed and still not made up, oldest first.
        next_due: The next instalment to pay, if any is left.
    """

    today: date
    due: Decimal
    paid: Decimal
    missed: tuple[Instalment, ...]
    next_due: Instalment | None

    @property
    def complied(self) -> bool:
        """Kept to: no instalment missed."""
        return not self.missed

    @property
    def breached_since(self) -> date | None:
        """The due date of the oldest instalment missed, when breached."""
        return self.missed[0].due_on if self.missed else None

    @property
    def shortfall(self) -> Decimal:
        """What the missed instalments leave unpaid."""
        return sum((i.unpaid for i in self.missed), ZERO)

    @property
    def summary(self) -> str:
        """One line: "Breached since 01/10/2026 — 2 instalments missed (£100.00 unpaid)"."""
        if self.complied:
            return (
                f"Complied with: {format_money(self.paid)} paid, "
                f"{format_money(self.due)} due by {format_date(self.today)}"
            )
        count = len(self.missed)
        return (
            f"Breached since {format_date(self.breached_since)} — {count} "
            f"{'instalment' if count == 1 else 'instalments'} missed "
            f"({format_money(self.shortfall)} unpaid)"
        )

    @property
    def missed_text(self) -> str:
        """The missed instalments, e.g. "01/10/2026 £50.00, 01/11/2026 £50.00"."""
        return ", ".join(f"{format_date(i.due_on)} {format_money(i.unpaid)}" for i in self.missed)


def instalments_due(terms: SanctionsTerms, up_to: date) -> list[Instalment]:
    """Every instalment of the terms falling due on or before ``up_to``, oldest first.

    Args:
        terms: The order's terms.
        up_to: The last due date to include.

    Returns:
        The instalments; the last one is smaller when the order's total runs out.
    """
    found: list[Instalment] = []
    remaining = terms.total
    for index in range(MAX_INSTALMENTS):
        due_on = terms.period.due_date(terms.first_due_on, index)
        if due_on > up_to or (remaining is not None and remaining <= 0):
            break
        amount = terms.amount if remaining is None else min(terms.amount, remaining)
        found.append(Instalment(index + 1, due_on, amount))
        if remaining is not None:
            remaining -= amount
    return found


def _next_instalment(terms: SanctionsTerms, after: list[Instalment]) -> Instalment | None:
    index = len(after)
    owed = sum((i.amount for i in after), ZERO)
    if terms.total is not None and owed >= terms.total:
        return None
    amount = terms.amount if terms.total is None else min(terms.amount, terms.total - owed)
    return Instalment(index + 1, terms.period.due_date(terms.first_due_on, index), amount)


def compliance(
    terms: SanctionsTerms,
    payments: Iterable[tuple[date, Decimal]],
    today: date,
    *,
    grace_days: int = GRACE_DAYS,
) -> Compliance:
    """Work out from the payments whether the terms are kept on ``today``.

    Args:
        terms: The order's terms.
        payments: (date paid, amount) of each payment recorded against the order.
        today: The day of the reading; payments after it are not counted.
        grace_days: Days after a due date a payment still counts as on time.

    Returns:
        Complied, or breached since the oldest missed instalment, with the missed ones listed.
    """
    paid = sum((amount for paid_on, amount in payments if paid_on <= today), ZERO)
    # Only instalments whose last day to pay is over count as missed.
    closed = instalments_due(terms, today - timedelta(days=grace_days + 1))
    left = paid
    missed: list[Instalment] = []
    for instalment in closed:
        covered = min(left, instalment.amount)
        left -= covered
        if covered < instalment.amount:
            missed.append(
                Instalment(
                    instalment.number,
                    instalment.due_on,
                    instalment.amount,
                    instalment.amount - covered,
                )
            )
    due = sum((i.amount for i in closed), ZERO)
    return Compliance(today, due, paid, tuple(missed), _next_instalment(terms, closed))
