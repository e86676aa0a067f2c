"""UK phone numbers through the phonenumbers library, and the words for text over its limit
(issue 13 item 10)."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.values import (
    check_text,
    check_uk_phone,
    normalise_uk_phone,
    too_long,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("020 7946 0000", "020 7946 0000"),
        ("+44 20 7946 0000", "020 7946 0000"),
        ("0044 20 7946 0000", "020 7946 0000"),
        ("02079460000", "020 7946 0000"),
        ("07700 900123", "07700 900123"),
        ("+447700900123", "07700 900123"),
        ("01632 960000", "01632 960000"),  # the demo's Ofcom drama landline range
        ("0113 496 0999", "0113 496 0999"),
        ("0800 123 4567", "0800 123 4567"),
    ],
)
def test_uk_numbers_accepted_and_stored_in_national_format(typed: str, stored: str) -> None:
    assert check_uk_phone(typed) is None
    assert normalise_uk_phone(typed) == stored


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("phone?", "not a telephone number"),
        ("020 7946 000", "not a valid UK telephone number"),
        ("07700 9001234", "not a valid UK telephone number"),
        ("+33 1 23 45 67 89", "not a valid UK telephone number"),
        ("07800 000000 ext 12345678901234567", "limit is 30"),
    ],
)
def test_not_a_uk_number_refused_with_an_example(typed: str, words: str) -> None:
    message = check_uk_phone(typed)
    assert message is not None and words in message


def test_no_phone_is_fine() -> None:
    assert check_uk_phone(None) is None and check_uk_phone("  ") is None
    assert normalise_uk_phone("  ") is None


def test_too_long_says_how_long_and_the_limit() -> None:
    assert too_long(312, 200) == "312 characters; the limit is 200"
    message = check_text("x" * 312, max_length=200, label="Other names")
    assert message == "Other names is too long: 312 characters; the limit is 200"
