"""Which arrears letter is due (Arrears – Consider Action, step 5): CMSL6031, CMSL6038, none."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from enforcement_desktop.domain.arrears_letters import (
    PaymentFacts,
    SentLetter,
    next_arrears_letter,
)
from enforcement_desktop.domain.letters import LetterCode

TODAY = date(2026, 11, 23)
DUE = Decimal("50.00")


def weekly(start: date, complied: int, *, miss: PaymentFacts | None = None) -> list[PaymentFacts]:
    """``complied`` weekly collections paid in full on the day, then ``miss`` the week after."""
    rows = [
        PaymentFacts(start + timedelta(weeks=i), DUE, DUE, start + timedelta(weeks=i))
        for i in range(complied)
    ]
    if miss is not None:
        rows.append(miss)
    return rows


def missed_at(day: date, paid: str = "0", paid_on: date | None = None) -> PaymentFacts:
    return PaymentFacts(day, DUE, Decimal(paid), paid_on)


def test_no_letter_ever_sent_advises_cmsl6031() -> None:
    advice = next_arrears_letter([], [], TODAY)
    assert advice.code is LetterCode.CMSL6031
    assert "No arrears letter has been sent" in advice.reason
    assert "Arrears – Consider Action, step 5" in advice.reason


def test_other_letters_do_not_count_as_arrears_letters() -> None:
    sent = [SentLetter(LetterCode.CMEL9236, date(2026, 1, 5))]
    assert next_arrears_letter(sent, [], TODAY).code is LetterCode.CMSL6031


def test_cmsl6031_unanswered_after_seven_days_advises_cmsl6038() -> None:
    sent = [SentLetter(LetterCode.CMSL6031, TODAY - timedelta(days=7))]
    advice = next_arrears_letter(sent, [], TODAY)
    assert advice.code is LetterCode.CMSL6038
    assert "no response is recorded after 7 days" in advice.reason
    assert "16/11/2026" in advice.reason


def test_cmsl6031_within_its_seven_days_advises_waiting() -> None:
    sent = [SentLetter(LetterCode.CMSL6031, TODAY - timedelta(days=6))]
    advice = next_arrears_letter(sent, [], TODAY)
    assert advice.code is None
    assert "wait for a response until 24/11/2026" in advice.reason


def test_cmsl6031_answered_and_no_payments_recorded_advises_none() -> None:
    sent = [SentLetter(LetterCode.CMSL6031, date(2026, 6, 1), date(2026, 6, 3))]
    advice = next_arrears_letter(sent, [], TODAY)
    assert advice.code is None
    assert "answered on 03/06/2026" in advice.reason
    assert "no collection due since then is recorded" in advice.reason


def test_exactly_twelve_weeks_of_compliance_then_a_miss_advises_cmsl6038() -> None:
    start = date(2026, 6, 1)
    sent = [SentLetter(LetterCode.CMSL6031, start - timedelta(days=1), start)]
    payments = weekly(start, 12, miss=missed_at(start + timedelta(weeks=12)))
    advice = next_arrears_letter(sent, payments, TODAY)
    assert advice.code is LetterCode.CMSL6038
    assert "complied for 12 weeks" in advice.reason
    assert "missed the collection due 24/08/2026 (nothing paid of £50.00)" in advice.reason


def test_eleven_weeks_of_compliance_then_a_miss_is_not_enough() -> None:
    start = date(2026, 6, 1)
    sent = [SentLetter(LetterCode.CMSL6038, start - timedelta(days=1))]
    payments = weekly(start, 11, miss=missed_at(start + timedelta(weeks=11)))
    advice = next_arrears_letter(sent, payments, TODAY)
    assert advice.code is None
    assert "No arrears letter is due" in advice.reason
    assert "12 collections recorded" in advice.reason


def test_a_partial_payment_is_a_miss() -> None:
    start = date(2026, 6, 1)
    sent = [SentLetter(LetterCode.CMSL6038, start - timedelta(days=1))]
    partial = missed_at(start + timedelta(weeks=12), "49.99", start + timedelta(weeks=12))
    advice = next_arrears_letter(sent, weekly(start, 12, miss=partial), TODAY)
    assert advice.code is LetterCode.CMSL6038
    assert "£49.99 paid of £50.00" in advice.reason


def test_a_partial_payment_breaks_the_period_of_compliance() -> None:
    start = date(2026, 6, 1)
    sent = [SentLetter(LetterCode.CMSL6038, start - timedelta(days=1))]
    payments = weekly(start, 12)
    payments[5] = missed_at(payments[5].due_on, "25.00", payments[5].due_on)
    payments.append(missed_at(start + timedelta(weeks=12)))
    # Weeks 6-11 complied (six weeks), then the miss: the partial payment broke the run.
    assert next_arrears_letter(sent, payments, TODAY).code is None


def test_a_full_payment_made_late_is_a_miss() -> None:
    start = date(2026, 6, 1)
    sent = [SentLetter(LetterCode.CMSL6038, start - timedelta(days=1))]
    day = start + timedelta(weeks=13)
    late = missed_at(day, "50.00", day + timedelta(days=2))
    advice = next_arrears_letter(sent, weekly(start, 13, miss=late), TODAY)
    assert advice.code is LetterCode.CMSL6038
    assert "paid in full but late" in advice.reason


def test_compliance_before_the_last_arrears_letter_does_not_count() -> None:
    start = date(2026, 6, 1)
    payments = weekly(start, 12, miss=missed_at(start + timedelta(weeks=12)))
    # CMSL6038 went after the miss: the period of compliance was before it.
    sent = [SentLetter(LetterCode.CMSL6038, start + timedelta(weeks=12, days=1))]
    assert next_arrears_letter(sent, payments, TODAY).code is None


def test_a_collection_due_today_and_unpaid_is_not_yet_missed() -> None:
    start = TODAY - timedelta(weeks=12)
    sent = [SentLetter(LetterCode.CMSL6038, start - timedelta(days=1))]
    payments = weekly(start, 12, miss=missed_at(TODAY))
    assert next_arrears_letter(sent, payments, TODAY).code is None
    tomorrow = TODAY + timedelta(days=1)
    assert next_arrears_letter(sent, payments, tomorrow).code is LetterCode.CMSL6038


@pytest.mark.parametrize("months", [2, 3])
def test_monthly_collections_count_by_the_weeks_they_span(months: int) -> None:
    # Monthly collections: three complied months span 13 weeks (enough), two span 8-9.
    days = [date(2026, m, 1) for m in range(3, 3 + months + 1)]
    sent = [SentLetter(LetterCode.CMSL6038, date(2026, 2, 20))]
    payments = [PaymentFacts(d, DUE, DUE, d) for d in days[:-1]] + [missed_at(days[-1])]
    expected = LetterCode.CMSL6038 if months == 3 else None
    assert next_arrears_letter(sent, payments, TODAY).code is expected
