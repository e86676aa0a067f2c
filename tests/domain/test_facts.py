"""The named values of domain.facts that replace literals repeated across layers."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.facts import (
    NOT_KNOWN,
    NOT_KNOWN_REGISTRATION,
    shown_registration,
    stored_registration,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("not known", "NOT KNOWN"),
        ("  Not Known ", "NOT KNOWN"),
        ("NOT KNOWN", "NOT KNOWN"),
        ("ab12 cde", "AB12CDE"),
    ],
)
def test_stored_registration(typed: str, stored: str) -> None:
    assert stored_registration(typed) == stored


def test_shown_registration_reads_not_known_for_the_unknown_one() -> None:
    assert (NOT_KNOWN, NOT_KNOWN_REGISTRATION) == ("Not Known", "NOT KNOWN")
    assert shown_registration(NOT_KNOWN_REGISTRATION) == "Not Known"
    assert shown_registration(None) == "Not Known"
    assert shown_registration("AB12CDE") == "AB12CDE"
