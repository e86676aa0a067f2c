"""The checks on users and offices: logins, UK phone numbers, the last team leader."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.users import (
    check_login,
    check_phone,
    last_team_leader_problem,
    normalise_phone,
    office_errors,
)


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("02079460000", "020 7946 0000"),
        ("+44 20 7946 0000", "020 7946 0000"),
        ("0300 123 4567", "0300 123 4567"),
        ("07700900123", "07700 900123"),  # Ofcom's drama mobile range
        ("07911123456", "07911 123456"),
    ],
)
def test_uk_numbers_are_accepted_and_written_the_usual_way(typed: str, shown: str) -> None:
    assert check_phone(typed) is None
    assert normalise_phone(typed) == shown


@pytest.mark.parametrize("typed", ["12345", "020 7946", "+33 1 23 45 67 89", "phone me", "0"])
def test_other_numbers_are_refused(typed: str) -> None:
    assert check_phone(typed) is not None


def test_logins() -> None:
    assert check_login("jane.doe") is None
    assert check_login("DOMAIN\\jdoe") is None
    assert check_login("") == "Login is required"
    assert check_login("has space") is not None
    assert check_login("-leading") is not None
    assert check_login("x" * 65) is not None


def test_office_needs_a_name_an_address_and_a_postcode() -> None:
    errors = office_errors(
        name="", address_lines=["", " "], postcode="", phone=None, opening_hours=None
    )
    assert {k for k, v in errors.items() if v} == {"name", "address_lines", "postcode"}


def test_the_last_team_leader() -> None:
    assert last_team_leader_problem(
        is_team_leader_now=True, stays_team_leader=False, other_active_leaders=0
    )
    assert not last_team_leader_problem(
        is_team_leader_now=True, stays_team_leader=False, other_active_leaders=1
    )
    assert not last_team_leader_problem(
        is_team_leader_now=True, stays_team_leader=True, other_active_leaders=0
    )
