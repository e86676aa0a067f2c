"""Field validators: money in the forms a case manager writes, ASCII identifiers, visible text."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from enforcement_desktop.domain.values import (
    check_date_range,
    check_money,
    check_nino,
    check_past_date,
    check_postcode,
    check_registration,
    check_scin,
    check_text,
    format_money,
    invisible_character,
    parse_money,
    strip_invisible,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1234.56", "1234.56"),
        ("1,234.56", "1234.56"),
        ("£1,234.56", "1234.56"),
        ("£1234.5", "1234.5"),
        ("12", "12"),
        ("0.5", "0.5"),
        ("  £7.00 ", "7.00"),
        ("1,000,000", "1000000"),
        ("-5.00", "-5.00"),
        ("-£1,234.56", "-1234.56"),  # what format_money writes for a negative amount
    ],
)
def test_parse_money_accepts_the_written_forms(text: str, expected: str) -> None:
    assert parse_money(text) == Decimal(expected)


@pytest.mark.parametrize(
    "text",
    [
        "1e3",
        "2E5",
        "12,50",  # a decimal comma, not £1,250
        "1,00",
        "1,2345.00",
        ",123",
        "1,234,56",
        "NaN",
        "Infinity",
        "-Infinity",
        "sNaN",
        "0x10",
        "1_000",
        "١٢٣",  # Arabic-Indic digits
        "１２３",  # full-width digits
        "12.",
        ".5",
        "£",
        "££5",
        "5£",
        "+5",
        "--5",
        "1 234",
        "12\x00",
        "abc",
    ],
)
def test_parse_money_refuses_other_forms_naming_the_accepted_ones(text: str) -> None:
    with pytest.raises(ValueError, match="1,234.56") as caught:
        parse_money(text)
    assert "£1,234.56" in str(caught.value)
    assert check_money(text) is not None


def test_money_with_more_than_two_decimals_says_so() -> None:
    assert check_money("12.345") == "At most two decimal places (pounds and pence)"
    assert check_money(Decimal("1.005")) == "At most two decimal places (pounds and pence)"


def test_money_values_that_are_not_text() -> None:
    assert parse_money(Decimal("12.50")) == Decimal("12.50")
    assert parse_money(12) == Decimal(12)
    assert check_money(10**5000) == "Amount is too large"  # no int-to-text conversion limit
    assert check_money(Decimal("1e400")) == "Amount is too large"
    for bad in (1.5, True, None, Decimal("NaN"), Decimal("Infinity"), [1]):
        assert check_money(bad) is not None, bad


def test_negative_zero_is_zero() -> None:
    amount = parse_money("-0")
    assert amount == 0 and not amount.is_signed()
    assert check_money("-0.00") is None


def test_format_money_reads_back() -> None:
    for amount in ("0.00", "1234.56", "-1234.56", "1000000.00"):
        assert parse_money(format_money(Decimal(amount))) == Decimal(amount)


def test_a_long_value_is_not_repeated_in_the_message() -> None:
    problem = check_money("9" * 100_000 + "x")
    assert problem is not None and len(problem) < 200


@pytest.mark.parametrize(
    "scin",
    [
        "١٢١٠٠٠٠٠٠٠٠١",  # Arabic-Indic
        "１２１０００００００００１",  # full-width
        "121٠٠٠٠٠٠٠٠١",  # look-alike after an ASCII 121
        "121000000\x1c01",
    ],
)
def test_scin_takes_only_ascii_digits(scin: str) -> None:
    assert check_scin(scin) is not None


def test_scin_takes_spaces_and_no_break_spaces() -> None:
    assert check_scin("1210 0000 0005") is None
    assert check_scin("1210\u00a00000\u00a00005") is None


@pytest.mark.parametrize("nino", ["QQ١٢٣٤٥٦C", "QQ１２３４５６C", "ſA123456A", "QQ123456\u0421"])
def test_nino_takes_only_ascii(nino: str) -> None:
    assert check_nino(nino) is not None


def test_postcode_and_registration_take_only_ascii() -> None:
    assert check_postcode("SW1A 1AA") is None
    assert check_postcode("ſW1A 1AA") is not None
    assert check_postcode("B１5 2TT") is not None
    assert check_registration("AB12 CDE") is None
    assert check_registration("AB１2CDE") is not None
    assert check_registration("ſB12CDE") is not None


@pytest.mark.parametrize(
    ("char", "named"),
    [
        ("\u202e", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u202a", "U+202A LEFT-TO-RIGHT EMBEDDING"),
        ("\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("\u2069", "U+2069 POP DIRECTIONAL ISOLATE"),
        ("\u200e", "U+200E LEFT-TO-RIGHT MARK"),
        ("\u200f", "U+200F RIGHT-TO-LEFT MARK"),
        ("\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\u200d", "U+200D ZERO WIDTH JOINER"),
        ("\ufeff", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("\x00", "U+0000"),
        ("\x1b", "U+001B"),
        ("\x7f", "U+007F"),
        ("\x85", "U+0085"),
        ("\x9f", "U+009F"),
        ("\ud800", "U+D800"),
        ("\udfff", "U+DFFF"),
        ("\ufffe", "U+FFFE"),
        ("\uffff", "U+FFFF"),
        ("\U0010ffff", "U+10FFFF"),
        ("\ue000", "U+E000"),
    ],
)
def test_text_refuses_invisible_characters_naming_them(char: str, named: str) -> None:
    problem = check_text(f"Test{char}ington", label="Surname")
    assert problem is not None
    assert problem.startswith("Surname contains")
    assert named in problem and problem.endswith("retype it")
    assert invisible_character(f"ab{char}") == char


def test_the_message_reads_as_the_brief_says() -> None:
    assert check_text("Smith\u202e", label="Surname") == (
        "Surname contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE); retype it"
    )


@pytest.mark.parametrize(
    "name",
    ["Zoë", "Ó Briain", "Nguyễn", "O'Neill", "Smith-Jones", "D’Arcy", "Siân", "Zoe\u0308", "李"],
)
def test_ordinary_names_are_accepted(name: str) -> None:
    assert check_text(name, label="Surname", single_line=True) is None


def test_multi_line_text_keeps_tabs_and_newlines_single_line_does_not() -> None:
    note = "Called twice.\r\n\tNo answer."
    assert check_text(note, label="Note") is None
    problem = check_text("Smith\nJones", label="Surname", single_line=True)
    assert problem == "Surname must be on one line"
    assert check_text("Smith\u2028Jones", label="Surname", single_line=True) is not None


def test_strip_invisible_leaves_visible_text() -> None:
    assert strip_invisible("Te\x00st\u202eing\ud800\U0010ffff") == "Testing"
    assert strip_invisible("Zoë Nguyễn") == "Zoë Nguyễn"


def test_past_dates_have_a_floor_and_a_ceiling() -> None:
    assert check_past_date(date(9999, 12, 31), TODAY) is not None
    assert check_past_date(date(1, 1, 1), TODAY) == "Date is before 1900"
    assert check_past_date(date(1900, 1, 1), TODAY) is None


def test_date_range_for_dates_that_may_be_ahead() -> None:
    assert check_date_range(date(2030, 1, 1)) is None
    assert check_date_range(date(9999, 12, 31)) is not None
    assert check_date_range(date(1, 1, 1)) is not None
    assert check_date_range(None) is None
