"""Users, roles and offices: the checks on what a team leader types (issue 11, users and roles).

Pure: no database. Each check returns a message for the field, or None when the value is fine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.domain.values import (
    check_postcode,
    check_text,
    check_uk_phone,
    normalise_uk_phone,
)

#: A login as operating systems and directory services give them: letters, digits and . _ - @ \.
_LOGIN_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@\\-]{0,63}")

LOGIN_LENGTH = 64
DISPLAY_NAME_LENGTH = 120
TEAM_LENGTH = 100
OFFICE_NAME_LENGTH = 120
ADDRESS_LINE_LENGTH = 100
ADDRESS_LINES = 6
OPENING_HOURS_LENGTH = 200


class UnknownLogin(DomainError):
    """The login at the keyboard has no (active) user record in this database."""

    def __init__(self, login: str, *, inactive: bool = False, no_users: bool = False) -> None:
        self.login = login
        self.inactive = inactive
        self.no_users = no_users
        super().__init__(unknown_login_message(login, inactive=inactive, no_users=no_users))


def unknown_login_message(login: str, *, inactive: bool = False, no_users: bool = False) -> str:
    """The sentence that refuses an unknown login, the same in the window and the command line."""
    if no_users:
        return (
            f"Your login '{login}' has no user record in this database, which has no users yet: "
            f"add yourself first with `enforcement-desktop user add {login} --name NAME` "
            "(the first user becomes its team leader)."
        )
    if inactive:
        return (
            f"Your login '{login}' is marked inactive in this database; "
            "ask a team leader to make it active again."
        )
    return (
        f"Your login '{login}' has no user record in this database; ask a team leader to add you."
    )


def check_login(value: str | None) -> str | None:
    if value is None or not value.strip():
        return "Login is required"
    if len(value) > LOGIN_LENGTH:
        return f"Login is too long (at most {LOGIN_LENGTH} characters)"
    if not _LOGIN_RE.fullmatch(value):
        return "A login is letters, digits and . _ - @ \\, starting with a letter or digit"
    return None


def normalise_phone(value: str | None) -> str | None:
    """A UK number as it is written (``020 7946 0000``); the value itself when it is not one,
    None when there is none."""
    return normalise_uk_phone(value)


def check_phone(value: str | None, *, label: str = "Phone") -> str | None:
    """A UK telephone number (landline, mobile, 03 or 0800), or nothing."""
    return check_uk_phone(value, label=label)


def check_roles(roles: Iterable[UserRole]) -> str | None:
    if not set(roles):
        return "Give the user at least one role"
    return None


def user_errors(
    *,
    display_name: str | None,
    phone: str | None,
    team: str | None,
    roles: Iterable[UserRole],
) -> dict[str, str | None]:
    """What is wrong with a user's details, by field (login and office are checked apart)."""
    return {
        "display_name": check_text(
            display_name,
            required=True,
            max_length=DISPLAY_NAME_LENGTH,
            label="Name",
            single_line=True,
        ),
        "phone": check_phone(phone),
        "team": check_text(team, max_length=TEAM_LENGTH, label="Team", single_line=True),
        "roles": check_roles(roles),
    }


def office_errors(
    *,
    name: str | None,
    address_lines: Iterable[str],
    postcode: str | None,
    phone: str | None,
    opening_hours: str | None,
) -> dict[str, str | None]:
    """What is wrong with an office's details, by field."""
    lines = [line for line in address_lines if line.strip()]
    address: str | None = None
    if not lines:
        address = "Give at least the first line of the address"
    elif len(lines) > ADDRESS_LINES:
        address = f"An address has at most {ADDRESS_LINES} lines"
    else:
        for line in lines:
            address = check_text(
                line, max_length=ADDRESS_LINE_LENGTH, label="Each address line", single_line=True
            )
            if address:
                break
    return {
        "name": check_text(
            name, required=True, max_length=OFFICE_NAME_LENGTH, label="Name", single_line=True
        ),
        "address_lines": address,
        "postcode": check_postcode(postcode),
        "phone": check_phone(phone),
        "opening_hours": check_text(
            opening_hours,
            max_length=OPENING_HOURS_LENGTH,
            label="Opening hours",
            single_line=True,
        ),
    }


def last_team_leader_problem(
    *, is_team_leader_now: bool, stays_team_leader: bool, other_active_leaders: int
) -> str | None:
    """A database keeps at least one active team leader (someone must be able to manage users)."""
    if is_team_leader_now and not stays_team_leader and other_active_leaders == 0:
        return (
            "This is the last active team leader: give another user the team leader role "
            "before removing it here"
        )
    return None
