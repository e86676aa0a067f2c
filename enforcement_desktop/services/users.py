"""Users, their roles and their office: who is at the keyboard, and how CMS can be contacted.

The login (``ServiceContext.user``) is mapped to a user record here. Forms and letters take the
case manager's name, phone, team and office from it (issue 12): nothing prints the OS login.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import AppUser, Office


@dataclass(frozen=True, slots=True)
class OfficeRecord:
    id: int
    name: str
    address_lines: tuple[str, ...]
    postcode: str
    phone: str | None
    opening_hours: str
    version: int


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    login: str
    display_name: str
    phone: str | None
    team: str | None
    office: OfficeRecord | None
    roles: frozenset[UserRole]
    active: bool
    version: int

    def has_role(self, role: UserRole) -> bool:
        return role in self.roles

    @property
    def is_team_leader(self) -> bool:
        return UserRole.TEAM_LEADER in self.roles


def office_record(office: Office) -> OfficeRecord:
    return OfficeRecord(
        id=office.id,
        name=office.name,
        address_lines=tuple(line for line in office.address.splitlines() if line.strip()),
        postcode=office.postcode,
        phone=office.phone,
        opening_hours=office.opening_hours,
        version=office.version,
    )


def user_record(user: AppUser) -> UserRecord:
    return UserRecord(
        id=user.id,
        login=user.login,
        display_name=user.display_name,
        phone=user.phone,
        team=user.team,
        office=office_record(user.office) if user.office is not None else None,
        roles=user.role_set,
        active=user.active,
        version=user.version,
    )


def find_user(session: Session, login: str) -> UserRecord | None:
    """The user record of a login, in an open session (None when there is none)."""
    user = session.scalars(
        select(AppUser).where(AppUser.login == login).options(selectinload(AppUser.office))
    ).one_or_none()
    return user_record(user) if user is not None else None


def user_by_login(ctx: ServiceContext, login: str) -> UserRecord | None:
    with ctx.reading() as session:
        return find_user(session, login)


def current_user(ctx: ServiceContext) -> UserRecord | None:
    """The record of whoever is working (``ctx.user``), or None when the login has none."""
    return user_by_login(ctx, ctx.user)


def list_users(ctx: ServiceContext) -> list[UserRecord]:
    with ctx.reading() as session:
        users = session.scalars(
            select(AppUser).options(selectinload(AppUser.office)).order_by(AppUser.display_name)
        )
        return [user_record(user) for user in users]
