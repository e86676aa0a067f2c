"""Working days and the wait periods of the enforcement procedures (England and Wales).

Pure functions: "today" and every other date are passed in, nothing reads the clock. Each wait
period a case manager sees comes back as a :class:`WaitPeriod` that says which rule produced the
date and how, with dates in UK format (dd/mm/yyyy).

Bank holidays come from the ``holidays`` library for England (``GB``, subdivision ``ENG``), which
England and Wales share. The UK-wide list is deliberately not used: it holds only the days common
to all four nations, so it lacks Easter Monday, which is a bank holiday in England and Wales.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from enforcement_desktop.domain.enums import SrSubStatus
from enforcement_desktop.domain.errors import RuleViolation
from enforcement_desktop.domain.values import format_date

__all__ = [
    "ARREARS_AGREEMENT_WAIT_DAYS",
    "ARREARS_NOTICE_WAIT_DAYS",
    "BAILIFF_HOLD_MAX_DAYS",
    "BAILIFF_WAIT_DAYS",
    "DEO_DESIRE_REMINDER_WEEKS",
    "NULLA_BONA_WINDOW_MONTHS",
    "RDO_REVIEW_WORKING_DAYS",
    "SubStatusWait",
    "WaitPeriod",
    "add_months",
    "add_working_days",
    "arrears_agreement_wait_until",
    "arrears_notice_wait_until",
    "bailiff_hold_until",
    "bailiff_wait_until",
    "bank_holiday_name",
    "bank_holidays",
    "check_bailiff_hold",
    "check_wait_date",
    "deo_desire_reminder",
    "is_working_day",
    "rdo_payment_review",
    "six_months_before",
    "wait_date_for",
]

#: Bailiff procedure step 18: the bailiff has 90 days (2012 scheme) to complete their action.
BAILIFF_WAIT_DAYS = 90
#: Bailiff procedure step 21: a hold on bailiff action lasts no longer than 28 days.
BAILIFF_HOLD_MAX_DAYS = 28
#: Bailiff procedure step 28: wait until seven days after the final arrears agreement payment.
ARREARS_AGREEMENT_WAIT_DAYS = 7
#: Arrears - Consider Action step 5: seven days' wait after CMSL6031/CMSL6038.
ARREARS_NOTICE_WAIT_DAYS = 7
#: Arrears - Consider Action, Initiate DEO arrears action step 2: reminder 6 weeks after the flag.
DEO_DESIRE_REMINDER_WEEKS = 6
#: Arrears - Consider Action, Disclosure successful step 3: third payment plus five working days.
RDO_REVIEW_WORKING_DAYS = 5
#: Enforcement Action - Consider step 14: no Nulla Bona returned in the last 6 months.
NULLA_BONA_WINDOW_MONTHS = 6


@dataclass(frozen=True, slots=True)
class WaitPeriod:
    """A date the tool worked out, with the rule behind it, so the user can check it.

    Attributes:
        until: The date the wait ends (the SR's wait date or the reminder's due date).
        rule: The rule applied, naming the procedure and step it comes from.
        explanation: A sentence showing the figures, e.g. "90 days after the bailiff pack was
            sent on 01/09/2026: 30/11/2026".
    """

    until: date
    rule: str
    explanation: str


# --- bank holidays and working days ------------------------------------------------------------


@lru_cache(maxsize=32)
def bank_holidays(first_year: int, last_year: int) -> Mapping[date, str]:
    """England and Wales bank holidays in a range of years, including substitute days.

    Cached per year range because working-day arithmetic asks for the same years over and over;
    the result is read-only so a caller cannot change the cached table.

    Args:
        first_year: First calendar year wanted.
        last_year: Last calendar year wanted (inclusive).

    Returns:
        A read-only mapping of each bank holiday to its name, e.g. 29/03/2027 -> "Easter Monday";
        a substitute day is named like "Boxing Day (observed)".

    Raises:
        ValueError: If ``last_year`` is before ``first_year``.
    """
    if last_year < first_year:
        raise ValueError(f"last_year {last_year} is before first_year {first_year}")
    # Imported here: the library builds its country classes on import (~25 ms of every start-up),
    # and the first working-day sum is made after the window is up.
    import holidays

    # subdiv="ENG": the plain "GB" list is only the UK-wide days and has no Easter Monday.
    table = holidays.country_holidays("GB", subdiv="ENG", years=range(first_year, last_year + 1))
    return MappingProxyType(dict(table.items()))


def bank_holiday_name(d: date) -> str | None:
    """The name of the England and Wales bank holiday on ``d``, or None on an ordinary day.

    Args:
        d: The date to look up.

    Returns:
        The holiday's name, or None.
    """
    return bank_holidays(d.year, d.year).get(d)


def is_working_day(d: date) -> bool:
    """Whether ``d`` is a working day: Monday to Friday and not an England and Wales bank holiday.

    Args:
        d: The date to test.

    Returns:
        True on a working day.
    """
    return d.weekday() < 5 and bank_holiday_name(d) is None


def _walk_working_days(start: date, n: int) -> tuple[date, list[date]]:
    """Step ``n`` working days from ``start``; also return the weekday bank holidays skipped."""
    step = timedelta(days=1 if n >= 0 else -1)
    current = start
    skipped: list[date] = []
    remaining = abs(n)
    while remaining:
        current += step
        if is_working_day(current):
            remaining -= 1
        elif current.weekday() < 5:
            skipped.append(current)
    return current, skipped


def add_working_days(d: date, n: int) -> date:
    """The date ``n`` working days after ``d`` (before it when ``n`` is negative).

    ``d`` itself is never counted, so one working day after Friday is Monday, and one working
    day after a Saturday is also Monday. ``n == 0`` returns ``d`` unchanged even when it is not a
    working day, because no day has been counted.

    Args:
        d: The starting date.
        n: The number of working days to move.

    Returns:
        The resulting working day (or ``d`` when ``n`` is 0).
    """
    return _walk_working_days(d, n)[0]


# --- calendar months ---------------------------------------------------------------------------


def add_months(d: date, n: int) -> date:
    """Move ``d`` by ``n`` calendar months, clamping to the last day of a shorter month.

    For example 31/08/2026 minus 6 months is 28/02/2026, and 31/08/2028 minus 6 months is
    29/02/2028 (a leap year).

    Args:
        d: The starting date.
        n: Months to add (negative to go back).

    Returns:
        The same day of the month ``n`` months away, or that month's last day if it is shorter.
    """
    months = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(months, 12)
    month = month0 + 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def six_months_before(today: date) -> date:
    """The first day of the 6-month Nulla Bona window that ends on ``today``.

    A Nulla Bona dated on or after this day counts as "returned in the last 6 months"
    (Enforcement Action - Consider step 14), so the window includes both ends.

    Args:
        today: The date the check is made.

    Returns:
        ``today`` moved back six calendar months, clamped to month end.
    """
    return add_months(today, -NULLA_BONA_WINDOW_MONTHS)


# --- wait periods ------------------------------------------------------------------------------


def _wait_after(start: date, rule: str, event: str, *, days: int = 0, weeks: int = 0) -> WaitPeriod:
    """A fixed calendar wait after ``start``: "<n> days after <event> <start>: <until>"."""
    until = start + timedelta(days=days, weeks=weeks)
    length = f"{weeks} weeks" if weeks else f"{days} days"
    return WaitPeriod(
        until=until,
        rule=rule,
        explanation=f"{length} after {event} {format_date(start)}: {format_date(until)}",
    )


def bailiff_wait_until(sent_on: date) -> WaitPeriod:
    """Wait date for a bailiff referral: 90 calendar days after the pack was sent.

    Args:
        sent_on: The date the zipped pack was sent to the Bailiff SPOC (Bailiff Issue Date).

    Returns:
        The wait period to set with sub status "Awaiting update from bailiff".
    """
    return _wait_after(
        sent_on,
        "Bailiff action: wait 90 days for the bailiff to act (Bailiff, step 18)",
        "the bailiff pack was sent on",
        days=BAILIFF_WAIT_DAYS,
    )


def check_bailiff_hold(start: date, requested_until: date) -> str | None:
    """Check a hold on bailiff action: it must end after it starts and last at most 28 days.

    Args:
        start: The day the hold starts (normally today).
        requested_until: The wait date the case manager asked for.

    Returns:
        None when the hold is allowed, otherwise a sentence naming the dates.
    """
    latest = start + timedelta(days=BAILIFF_HOLD_MAX_DAYS)
    if requested_until <= start:
        return (
            f"A hold starting on {format_date(start)} must end after that day; "
            f"{format_date(requested_until)} was asked for"
        )
    if requested_until > latest:
        days = (requested_until - start).days
        return (
            f"A hold on bailiff action can last at most {BAILIFF_HOLD_MAX_DAYS} days "
            f"(Bailiff, step 21): {format_date(start)} to {format_date(requested_until)} is "
            f"{days} days; the latest allowed date is {format_date(latest)}"
        )
    return None


def bailiff_hold_until(start: date, requested_until: date) -> WaitPeriod:
    """Validate a hold on bailiff action and return it as a wait period.

    Args:
        start: The day the hold starts (normally today).
        requested_until: The wait date the case manager asked for.

    Returns:
        The wait period ending on ``requested_until``.

    Raises:
        RuleViolation: If the hold is longer than 28 days or does not end after ``start``.
    """
    problem = check_bailiff_hold(start, requested_until)
    if problem is not None:
        raise RuleViolation("The bailiff hold was refused", [problem])
    days = (requested_until - start).days
    return WaitPeriod(
        until=requested_until,
        rule="Bailiff hold: at most 28 days (Bailiff, step 21)",
        explanation=(
            f"Hold of {days} days from {format_date(start)} to {format_date(requested_until)} "
            f"(at most {BAILIFF_HOLD_MAX_DAYS} days, so no later than "
            f"{format_date(start + timedelta(days=BAILIFF_HOLD_MAX_DAYS))})"
        ),
    )


def arrears_agreement_wait_until(final_payment_due: date) -> WaitPeriod:
    """Wait date while a bailiff's arrears agreement runs: 7 days after the final payment is due.

    Args:
        final_payment_due: The due date of the agreement's final payment.

    Returns:
        The wait period for the Bailiff SR, which stays open until the arrears are paid.
    """
    return _wait_after(
        final_payment_due,
        "Arrears agreement made by the bailiff: wait 7 days after the final payment is due "
        "(Bailiff, step 28)",
        "the final payment due on",
        days=ARREARS_AGREEMENT_WAIT_DAYS,
    )


def arrears_notice_wait_until(issued_on: date) -> WaitPeriod:
    """Wait date after an arrears notice letter (CMSL6031 or CMSL6038): 7 days.

    Args:
        issued_on: The date the letter was issued.

    Returns:
        The wait period to set with sub status "Wait State Arrears Notice".
    """
    return _wait_after(
        issued_on,
        "Arrears notice (CMSL6031/CMSL6038): wait 7 days (Arrears - Consider Action, step 5)",
        "the arrears letter was issued on",
        days=ARREARS_NOTICE_WAIT_DAYS,
    )


def deo_desire_reminder(flag_set_on: date) -> WaitPeriod:
    """Due date of the reminder raised when the Desire for DEO/DER flag is set: 6 weeks later.

    Args:
        flag_set_on: The date the Desire for DEO/DER flag was set.

    Returns:
        The reminder's due date, when employment status is requested again.
    """
    return _wait_after(
        flag_set_on,
        "Desire for DEO/DER flag: reminder 6 weeks after it was set "
        "(Arrears - Consider Action, Initiate DEO arrears action, step 2)",
        "the flag was set on",
        weeks=DEO_DESIRE_REMINDER_WEEKS,
    )


def rdo_payment_review(third_payment_due: date) -> WaitPeriod:
    """Review date for RDO payment compliance: the third payment date plus five working days.

    Working days skip weekends and England and Wales bank holidays; the explanation names any
    bank holiday skipped, because those are the days a user is most likely to query.

    Args:
        third_payment_due: The due date of the third payment on the promise to pay schedule.

    Returns:
        The review date to set on the Review activity.
    """
    until, skipped = _walk_working_days(third_payment_due, RDO_REVIEW_WORKING_DAYS)
    skipped_text = ""
    if skipped:
        names = ", ".join(f"{bank_holiday_name(d)} {format_date(d)}" for d in skipped)
        skipped_text = f", skipping {names}"
    return WaitPeriod(
        until=until,
        rule="RDO payment review: third payment plus five working days "
        "(Arrears - Consider Action, Disclosure successful, step 3)",
        explanation=(
            f"{RDO_REVIEW_WORKING_DAYS} working days after the third payment due on "
            f"{format_date(third_payment_due)}{skipped_text}: {format_date(until)}"
        ),
    )


# --- the wait date that goes with a sub status --------------------------------------------------


@dataclass(frozen=True, slots=True)
class SubStatusWait:
    """The wait date a sub status comes with, for the user to accept or change.

    Attributes:
        sub_status: The sub status.
        period: The date and the rule behind it.
        is_limit: True when ``period.until`` is the latest date allowed (a hold lasts at most 28
            days), False when it is the date the procedure sets.
    """

    sub_status: SrSubStatus
    period: WaitPeriod
    is_limit: bool = False

    @property
    def hint(self) -> str:
        """One sentence saying where the date comes from."""
        lead = "Latest wait date" if self.is_limit else "Suggested wait date"
        return f"{lead}: {self.period.explanation}."


def wait_date_for(
    sub_status: SrSubStatus | str | None, today: date, *, bailiff_issue_date: date | None = None
) -> SubStatusWait | None:
    """The wait date the procedure sets, or the latest it allows, for an SR put in a sub status.

    Args:
        sub_status: The sub status the SR is to wait with.
        today: The day the SR is put in Wait.
        bailiff_issue_date: The Bailiff Issue Date on the enforce form, when recorded; a referral
            not yet recorded as sent counts from today.

    Returns:
        The wait, or None when the sub status sets no date of its own.
    """
    if sub_status == SrSubStatus.AWAITING_BAILIFF:
        sent = bailiff_issue_date or today
        return SubStatusWait(SrSubStatus.AWAITING_BAILIFF, bailiff_wait_until(sent))
    if sub_status == SrSubStatus.WAIT_STATE_ARREARS_NOTICE:
        return SubStatusWait(
            SrSubStatus.WAIT_STATE_ARREARS_NOTICE, arrears_notice_wait_until(today)
        )
    if sub_status == SrSubStatus.ON_HOLD:
        latest = today + timedelta(days=BAILIFF_HOLD_MAX_DAYS)
        period = WaitPeriod(
            until=latest,
            rule="Bailiff hold: at most 28 days (Bailiff, step 21)",
            explanation=(
                f"a hold on bailiff action lasts at most {BAILIFF_HOLD_MAX_DAYS} days, from "
                f"{format_date(today)} to {format_date(latest)}"
            ),
        )
        return SubStatusWait(SrSubStatus.ON_HOLD, period, is_limit=True)
    return None


def check_wait_date(
    sub_status: SrSubStatus | str | None, today: date, wait_until: date | None
) -> str | None:
    """Check a wait date against the limit its sub status sets (a hold: at most 28 days).

    Args:
        sub_status: The sub status the SR is to wait with.
        today: The day the SR is put in Wait.
        wait_until: The wait date asked for.

    Returns:
        None when the date is allowed, otherwise a sentence naming the dates.
    """
    if sub_status == SrSubStatus.ON_HOLD and wait_until is not None:
        return check_bailiff_hold(today, wait_until)
    return None
