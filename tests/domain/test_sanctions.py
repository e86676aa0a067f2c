"""Sanctions orders over time: compliance worked out from the payments, not ticked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.sanctions import (
    GRACE_DAYS,
    SanctionsPeriod,
    SanctionsTerms,
    compliance,
    instalments_due,
)

D = Decimal
MONTHLY = SanctionsTerms(D("50.00"), SanctionsPeriod.MONTHLY, date(2026, 1, 31))


def test_no_grace_is_given_by_the_procedures() -> None:
    assert GRACE_DAYS == 0


def test_monthly_instalments_keep_the_day_or_the_months_last_day() -> None:
    due = [i.due_on for i in instalments_due(MONTHLY, date(2026, 4, 30))]
    assert due == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]


def test_weekly_and_four_weekly_instalments() -> None:
    weekly = SanctionsTerms(D("10"), SanctionsPeriod.WEEKLY, date(2026, 3, 2))
    four = SanctionsTerms(D("10"), SanctionsPeriod.FOUR_WEEKLY, date(2026, 3, 2))
    assert [i.due_on for i in instalments_due(weekly, date(2026, 3, 16))] == [
        date(2026, 3, 2),
        date(2026, 3, 9),
        date(2026, 3, 16),
    ]
    assert [i.due_on for i in instalments_due(four, date(2026, 4, 27))] == [
        date(2026, 3, 2),
        date(2026, 3, 30),
        date(2026, 4, 27),
    ]


def test_the_total_ends_the_instalments_with_what_is_left() -> None:
    terms = SanctionsTerms(D("40.00"), SanctionsPeriod.WEEKLY, date(2026, 3, 2), D("100.00"))
    found = instalments_due(terms, date(2027, 1, 1))
    assert [i.amount for i in found] == [D("40.00"), D("40.00"), D("20.00")]


def test_paid_on_every_due_date_is_complied_with() -> None:
    payments = [(date(2026, 1, 31), D("50")), (date(2026, 2, 27), D("50"))]
    result = compliance(MONTHLY, payments, date(2026, 3, 10))
    assert result.complied
    assert result.breached_since is None
    assert result.due == D("100.00") and result.paid == D("100")
    assert result.next_due is not None and result.next_due.due_on == date(2026, 3, 31)
    assert result.summary.startswith("Complied with: £100.00 paid, £100.00 due by 10/03/2026")


def test_an_instalment_is_missed_from_the_day_after_its_due_date() -> None:
    # Due 31/01: on the day itself it is not yet missed; on 01/02 it is.
    assert compliance(MONTHLY, [], date(2026, 1, 31)).complied
    result = compliance(MONTHLY, [], date(2026, 2, 1))
    assert not result.complied
    assert result.breached_since == date(2026, 1, 31)
    assert [(i.number, i.unpaid) for i in result.missed] == [(1, D("50.00"))]


def test_payments_that_stopped_list_every_instalment_missed_since() -> None:
    payments = [(date(2026, 1, 30), D("50")), (date(2026, 2, 28), D("50"))]
    result = compliance(MONTHLY, payments, date(2026, 5, 15))
    assert result.breached_since == date(2026, 3, 31)
    assert [i.due_on for i in result.missed] == [date(2026, 3, 31), date(2026, 4, 30)]
    assert result.shortfall == D("100.00")
    assert result.summary == "Breached since 31/03/2026 — 2 instalments missed (£100.00 unpaid)"
    assert result.missed_text == "31/03/2026 £50.00, 30/04/2026 £50.00"


def test_a_part_payment_leaves_the_instalment_missed_for_what_is_unpaid() -> None:
    result = compliance(MONTHLY, [(date(2026, 1, 31), D("30"))], date(2026, 2, 10))
    assert [(i.due_on, i.unpaid) for i in result.missed] == [(date(2026, 1, 31), D("20.00"))]
    assert result.summary.endswith("1 instalment missed (£20.00 unpaid)")


def test_catching_up_ends_the_breach() -> None:
    payments = [(date(2026, 3, 20), D("100"))]
    assert not compliance(MONTHLY, payments, date(2026, 3, 10)).complied
    assert compliance(MONTHLY, payments, date(2026, 3, 20)).complied


def test_payments_after_today_do_not_count() -> None:
    result = compliance(MONTHLY, [(date(2026, 3, 1), D("50"))], date(2026, 2, 15))
    assert not result.complied
    assert result.paid == D("0.00")


def test_a_grace_moves_the_last_day_to_pay() -> None:
    late = [(date(2026, 2, 3), D("50"))]
    assert compliance(MONTHLY, late, date(2026, 2, 4), grace_days=3).complied
    assert compliance(MONTHLY, [], date(2026, 2, 3), grace_days=3).complied
    assert not compliance(MONTHLY, [], date(2026, 2, 4), grace_days=3).complied


def test_terms_in_words() -> None:
    assert MONTHLY.text == "£50.00 a month from 31/01/2026"
    assert SanctionsPeriod.FOUR_WEEKLY.label == "Every 4 weeks"
