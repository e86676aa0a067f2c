"""Working days and wait periods (England and Wales bank holidays)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from enforcement_desktop.domain import dates
from enforcement_desktop.domain.dates import (
    WaitPeriod,
    add_months,
    add_working_days,
    arrears_agreement_wait_until,
    arrears_notice_wait_until,
    bailiff_hold_until,
    bailiff_wait_until,
    bank_holiday_name,
    bank_holidays,
    check_bailiff_hold,
    deo_desire_reminder,
    is_working_day,
    rdo_payment_review,
    six_months_before,
)
from enforcement_desktop.domain.enums import SrSubStatus
from enforcement_desktop.domain.errors import RuleViolation


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2027, 3, 29), False),  # Easter Monday: England and Wales only, not UK-wide
        (date(2027, 3, 26), False),  # Good Friday
        (date(2027, 3, 30), True),  # Tuesday after Easter
        (date(2027, 12, 24), True),  # Christmas Eve is a working day
        (date(2027, 12, 25), False),  # Saturday (Christmas Day)
        (date(2027, 12, 26), False),  # Sunday (Boxing Day)
        (date(2027, 12, 27), False),  # substitute for Christmas Day
        (date(2027, 12, 28), False),  # substitute for Boxing Day
        (date(2027, 12, 29), True),
        (date(2026, 12, 28), False),  # 2026: Boxing Day on Saturday, substitute Monday 28th
        (date(2026, 12, 29), True),
        (date(2026, 8, 31), False),  # late summer bank holiday
        (date(2026, 8, 3), True),  # Scotland's summer bank holiday, not England's
        (date(2026, 9, 1), True),  # ordinary Tuesday
        (date(2026, 9, 5), False),  # Saturday
        (date(2026, 9, 6), False),  # Sunday
        (date(2027, 1, 1), False),  # New Year's Day (Friday)
        (date(2027, 1, 4), True),  # no 2 January holiday in England (Scotland has one)
    ],
)
def test_is_working_day(day: date, expected: bool) -> None:
    assert is_working_day(day) is expected


def test_easter_monday_is_named_and_uk_wide_list_would_miss_it() -> None:
    assert bank_holiday_name(date(2027, 3, 29)) == "Easter Monday"
    assert bank_holiday_name(date(2027, 3, 30)) is None


def test_substitute_days_are_named() -> None:
    assert bank_holiday_name(date(2027, 12, 27)) == "Christmas Day (observed)"
    assert bank_holiday_name(date(2027, 12, 28)) == "Boxing Day (observed)"


def test_bank_holidays_cached_per_range_and_read_only() -> None:
    first = bank_holidays(2030, 2031)
    assert bank_holidays(2030, 2031) is first
    assert len(first) == 16  # eight a year in England and Wales (no coronation/jubilee extras)
    with pytest.raises(TypeError):
        first[date(2030, 6, 1)] = "Made up"  # type: ignore[index]


def test_bank_holidays_rejects_reversed_range() -> None:
    with pytest.raises(ValueError, match="before first_year"):
        bank_holidays(2028, 2027)


def test_repeated_lookups_do_not_rebuild_the_table() -> None:
    dates.bank_holidays.cache_clear()
    for _ in range(500):
        is_working_day(date(2027, 3, 29))
    info = dates.bank_holidays.cache_info()
    assert info.misses == 1
    assert info.hits == 499


@pytest.mark.parametrize(
    ("start", "n", "expected"),
    [
        (date(2026, 9, 1), 0, date(2026, 9, 1)),
        (date(2026, 9, 5), 0, date(2026, 9, 5)),  # n=0 leaves even a Saturday alone
        (date(2026, 9, 1), 1, date(2026, 9, 2)),
        (date(2026, 9, 4), 1, date(2026, 9, 7)),  # Friday + 1 = Monday
        (date(2026, 9, 5), 1, date(2026, 9, 7)),  # Saturday + 1 = Monday
        (date(2026, 9, 1), 5, date(2026, 9, 8)),
        # Late summer bank holiday weekend: Fri 28/08/2026 + 1 skips Sat, Sun, Mon 31/08.
        (date(2026, 8, 28), 1, date(2026, 9, 1)),
        # Easter 2027: Thu 25/03 + 1 skips Good Friday, the weekend and Easter Monday.
        (date(2027, 3, 25), 1, date(2027, 3, 30)),
        # Christmas 2027 with both substitute days.
        (date(2027, 12, 24), 1, date(2027, 12, 29)),
        # Across the year end: New Year's Day 2027 is a Friday.
        (date(2026, 12, 31), 1, date(2027, 1, 4)),
        # Backwards.
        (date(2027, 3, 30), -1, date(2027, 3, 25)),
        (date(2026, 9, 7), -1, date(2026, 9, 4)),
        (date(2027, 1, 4), -2, date(2026, 12, 30)),
    ],
)
def test_add_working_days(start: date, n: int, expected: date) -> None:
    assert add_working_days(start, n) == expected


def test_add_working_days_lands_on_a_working_day() -> None:
    start = date(2026, 1, 1)
    for n in range(1, 400, 7):
        assert is_working_day(add_working_days(start, n))


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (date(2026, 8, 31), -6, date(2026, 2, 28)),
        (date(2028, 8, 31), -6, date(2028, 2, 29)),  # leap year
        (date(2027, 8, 31), -6, date(2027, 2, 28)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 10, 31), 1, date(2026, 11, 30)),
        (date(2026, 3, 15), -6, date(2025, 9, 15)),  # across a year boundary
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 5, 10), 24, date(2028, 5, 10)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 2, 29), -48, date(2020, 2, 29)),
    ],
)
def test_add_months(day: date, n: int, expected: date) -> None:
    assert add_months(day, n) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 8, 31), date(2026, 2, 28)),
        (date(2028, 8, 31), date(2028, 2, 29)),
        (date(2026, 9, 1), date(2026, 3, 1)),
        (date(2027, 2, 15), date(2026, 8, 15)),
    ],
)
def test_six_months_before(today: date, expected: date) -> None:
    assert six_months_before(today) == expected


@pytest.mark.parametrize(
    ("sent_on", "expected"),
    [
        (date(2026, 9, 1), date(2026, 11, 30)),
        (date(2026, 12, 1), date(2027, 3, 1)),
        (date(2027, 12, 1), date(2028, 2, 29)),  # leap year
        # Calendar days: a wait date on a bank holiday is not moved.
        (date(2026, 12, 28), date(2027, 3, 28)),
    ],
)
def test_bailiff_wait_is_90_calendar_days(sent_on: date, expected: date) -> None:
    period = bailiff_wait_until(sent_on)
    assert period.until == expected
    assert (period.until - sent_on).days == 90


def test_bailiff_wait_explains_itself() -> None:
    period = bailiff_wait_until(date(2026, 9, 1))
    assert period == WaitPeriod(
        until=date(2026, 11, 30),
        rule=period.rule,
        explanation="90 days after the bailiff pack was sent on 01/09/2026: 30/11/2026",
    )
    assert "90 days" in period.rule
    assert "step 18" in period.rule


@pytest.mark.parametrize(
    ("start", "until", "allowed"),
    [
        (date(2026, 9, 1), date(2026, 9, 2), True),  # one day
        (date(2026, 9, 1), date(2026, 9, 29), True),  # exactly 28 days
        (date(2026, 9, 1), date(2026, 9, 30), False),  # 29 days
        (date(2026, 2, 1), date(2026, 3, 1), True),  # 28 days across February
        (date(2028, 2, 1), date(2028, 3, 1), False),  # 29 days in a leap February
        (date(2026, 9, 1), date(2026, 9, 1), False),  # ends the day it starts
        (date(2026, 9, 1), date(2026, 8, 31), False),  # ends before it starts
    ],
)
def test_bailiff_hold_limit(start: date, until: date, allowed: bool) -> None:
    assert (check_bailiff_hold(start, until) is None) is allowed
    if allowed:
        assert bailiff_hold_until(start, until).until == until
    else:
        with pytest.raises(RuleViolation):
            bailiff_hold_until(start, until)


def test_bailiff_hold_refusal_names_the_dates() -> None:
    with pytest.raises(RuleViolation) as caught:
        bailiff_hold_until(date(2026, 9, 1), date(2026, 9, 30))
    message = str(caught.value)
    assert "01/09/2026" in message
    assert "30/09/2026" in message
    assert "29 days" in message
    assert "29/09/2026" in message  # the latest allowed date
    assert caught.value.reasons


def test_bailiff_hold_explanation() -> None:
    period = bailiff_hold_until(date(2026, 9, 1), date(2026, 9, 29))
    assert "28 days" in period.explanation
    assert "01/09/2026" in period.explanation
    assert "29/09/2026" in period.explanation
    assert "step 21" in period.rule


@pytest.mark.parametrize(
    ("function", "start", "expected", "rule_fragment"),
    [
        (arrears_agreement_wait_until, date(2026, 9, 1), date(2026, 9, 8), "step 28"),
        (arrears_agreement_wait_until, date(2026, 12, 28), date(2027, 1, 4), "final payment"),
        (arrears_notice_wait_until, date(2026, 9, 1), date(2026, 9, 8), "CMSL6031/CMSL6038"),
        (arrears_notice_wait_until, date(2027, 3, 25), date(2027, 4, 1), "step 5"),
        (deo_desire_reminder, date(2026, 9, 1), date(2026, 10, 13), "6 weeks"),
        (deo_desire_reminder, date(2027, 12, 1), date(2028, 1, 12), "DEO/DER"),
    ],
)
def test_calendar_wait_periods(
    function: Callable[[date], WaitPeriod], start: date, expected: date, rule_fragment: str
) -> None:
    period = function(start)
    assert isinstance(period, WaitPeriod)
    assert period.until == expected
    assert rule_fragment in period.rule + period.explanation
    assert start.strftime("%d/%m/%Y") in period.explanation
    assert expected.strftime("%d/%m/%Y") in period.explanation


@pytest.mark.parametrize(
    ("third_payment_due", "expected"),
    [
        (date(2026, 9, 1), date(2026, 9, 8)),  # plain week
        (date(2026, 9, 4), date(2026, 9, 11)),  # Friday
        # Easter 2027: Good Friday 26/03 and Easter Monday 29/03 are skipped.
        (date(2027, 3, 25), date(2027, 4, 5)),
        (date(2027, 3, 26), date(2027, 4, 5)),  # due on Good Friday itself
        # Christmas 2027 with both substitute days.
        (date(2027, 12, 23), date(2028, 1, 4)),
        # Late summer bank holiday 2026.
        (date(2026, 8, 27), date(2026, 9, 4)),
    ],
)
def test_rdo_payment_review(third_payment_due: date, expected: date) -> None:
    assert rdo_payment_review(third_payment_due).until == expected


def test_rdo_payment_review_explains_skipped_holidays() -> None:
    period = rdo_payment_review(date(2027, 3, 25))
    assert "Good Friday 26/03/2027" in period.explanation
    assert "Easter Monday 29/03/2027" in period.explanation
    assert period.explanation.endswith("05/04/2027")
    assert "five working days" in period.rule


def test_rdo_payment_review_without_holidays_mentions_none() -> None:
    period = rdo_payment_review(date(2026, 9, 1))
    assert "skipping" not in period.explanation
    assert (
        period.explanation == "5 working days after the third payment due on 01/09/2026: 08/09/2026"
    )


# --- the wait date of a sub status ----------------------------------------------------------------


def test_wait_date_for_each_sub_status() -> None:
    today = date(2026, 11, 23)
    sent = dates.wait_date_for(
        SrSubStatus.AWAITING_BAILIFF, today, bailiff_issue_date=date(2026, 11, 2)
    )
    assert sent is not None and not sent.is_limit
    assert sent.period == dates.bailiff_wait_until(date(2026, 11, 2))
    assert sent.hint == (
        "Suggested wait date: 90 days after the bailiff pack was sent on 02/11/2026: 31/01/2027."
    )
    # Not recorded as sent yet: the 90 days count from today.
    unsent = dates.wait_date_for(SrSubStatus.AWAITING_BAILIFF, today)
    assert unsent is not None and unsent.period.until == date(2027, 2, 21)
    notice = dates.wait_date_for(SrSubStatus.WAIT_STATE_ARREARS_NOTICE, today)
    assert notice is not None and notice.period.until == date(2026, 11, 30)
    hold = dates.wait_date_for(SrSubStatus.ON_HOLD, today)
    assert hold is not None and hold.is_limit
    assert hold.period.until == date(2026, 12, 21)
    assert hold.hint == (
        "Latest wait date: a hold on bailiff action lasts at most 28 days, from 23/11/2026 to "
        "21/12/2026."
    )
    for other in (SrSubStatus.COMPLETED, SrSubStatus.GATHER_ADDITIONAL_INFO, None):
        assert dates.wait_date_for(other, today) is None


def test_check_wait_date_holds_a_hold_to_28_days() -> None:
    today = date(2026, 11, 23)
    assert dates.check_wait_date(SrSubStatus.ON_HOLD, today, date(2026, 12, 21)) is None
    problem = dates.check_wait_date(SrSubStatus.ON_HOLD, today, date(2026, 12, 22))
    assert problem is not None and "at most 28 days" in problem
    # The other sub statuses set no limit of their own.
    assert dates.check_wait_date(SrSubStatus.AWAITING_BAILIFF, today, date(2027, 6, 1)) is None
    assert dates.check_wait_date(None, today, date(2027, 6, 1)) is None
