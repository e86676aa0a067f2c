"""Users, their roles and their office: who is at the keyboard, and how CMS can be contacted.

The login (``ServiceContext.user``) is mapped to a user record here. Forms and letters take the
case manager's name, phone, team and office from it (issue 12): nothing prints the OS login.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation
from enforcement_desktop.domain.users import (
    UnknownLogin,
    check_login,
    last_team_leader_problem,
    normalise_phone,
    office_errors,
    unknown_login_message,
    user_errors,
)
from enforcement_desktop.domain.values import normalise_postcode
from enforcement_desktop.services.base import (
    apply_changes,
    check_version,
    get_or_404,
    raise_if_errors,
    record_created,
)
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import AppUser, DatabaseInfo, Office


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


@dataclass(frozen=True, slots=True)
class UserNames:
    """The display names of the users one screen mentions, by login (issue 11): a case manager
    reads "Jo Demo-Smith" where the database keeps "demo.user".

    A login with no user record (an old import, a user since renamed away) stays as the login.
    """

    by_login: Mapping[str, str] = field(default_factory=dict)

    def of(self, login: str | None) -> str:
        """The user's name, the login when it has no user record, "" for nobody."""
        if not login:
            return ""
        return self.by_login.get(login) or login

    def tooltip(self, login: str | None) -> str:
        """What a name's tooltip says: the login behind it ("" for nobody)."""
        return f"Login: {login}" if login else ""


def user_names(session: Session, logins: Iterable[str | None]) -> UserNames:
    """The display names of ``logins``, in one statement (none when there is no login)."""
    wanted = sorted({login for login in logins if login})
    if not wanted:
        return UserNames()
    rows = session.execute(
        select(AppUser.login, AppUser.display_name).where(AppUser.login.in_(wanted))
    )
    return UserNames({login: name for login, name in rows if name})


# --------------------------------------------------------------------------- who is at the keyboard

#: The DatabaseInfo key that marks generated demo data (``demo.DEMO_MARKER_KEY``; not imported
#: from there, which would load the whole demo generator to answer one question).
_DEMO_MARKER = "demo"


@dataclass(frozen=True, slots=True)
class KeyboardCheck:
    """Who the login at the keyboard is in this database, read once at start-up.

    Attributes:
        login: The login (``ServiceContext.user``).
        user: Its user record, or None when it has none.
        has_users: False for a database with no user records at all (the first one is made).
        demo: True when the database holds generated demo data.
        active_users: The active users, by name, whom a demo session may continue as.
    """

    login: str
    user: UserRecord | None
    has_users: bool
    demo: bool
    active_users: tuple[UserRecord, ...]

    @property
    def known(self) -> bool:
        """The login has an active user record: work may go ahead as it."""
        return self.user is not None and self.user.active

    def refusal(self) -> str:
        """The sentence that says why the login may not work here (when it is not known)."""
        return unknown_login_message(
            self.login,
            inactive=self.user is not None and not self.user.active,
            no_users=not self.has_users,
        )


def who_is_working(ctx: ServiceContext) -> KeyboardCheck:
    """Map the login at the keyboard to its user record (one read)."""
    with ctx.reading() as session:
        user = find_user(session, ctx.user)
        has_users = session.scalar(select(AppUser.id).limit(1)) is not None
        demo = (
            session.scalar(select(DatabaseInfo.value).where(DatabaseInfo.key == _DEMO_MARKER))
            == "1"
        )
        active: tuple[UserRecord, ...] = ()
        if user is None or not user.active:
            active = tuple(
                user_record(u)
                for u in session.scalars(
                    select(AppUser)
                    .where(AppUser.active.is_(True))
                    .options(selectinload(AppUser.office))
                    .order_by(AppUser.display_name, AppUser.login)
                )
            )
    return KeyboardCheck(ctx.user, user, has_users, demo, active)


def acting_user(session: Session, login: str) -> UserRecord:
    """The active user record of ``login``; refused (:class:`UnknownLogin`) when there is none."""
    user = find_user(session, login)
    if user is not None and user.active:
        return user
    no_users = user is None and session.scalar(select(AppUser.id).limit(1)) is None
    raise UnknownLogin(login, inactive=user is not None, no_users=no_users)


def require_user(ctx: ServiceContext) -> UserRecord:
    """The record of whoever is working; refused when the login has no active one."""
    with ctx.reading() as session:
        return acting_user(session, ctx.user)


# --------------------------------------------------------------------------- managing users


@dataclass(slots=True)
class UserInput:
    """What a team leader sets on a user (the login is given apart: it never changes)."""

    display_name: str
    phone: str | None = None
    team: str | None = None
    office_id: int | None = None
    roles: frozenset[UserRole] = frozenset({UserRole.CASE_MANAGER})
    active: bool = True


@dataclass(slots=True)
class OfficeInput:
    name: str
    address_lines: tuple[str, ...] = ()
    postcode: str = ""
    phone: str | None = None
    opening_hours: str = ""


@dataclass(frozen=True, slots=True)
class UsersScreen:
    """Everything the Users dialog shows, in one read."""

    me: UserRecord | None
    users: tuple[UserRecord, ...]
    offices: tuple[OfficeRecord, ...]
    teams: tuple[str, ...]

    @property
    def may_manage(self) -> bool:
        return self.me is not None and self.me.active and self.me.is_team_leader


def _roles_text(roles: frozenset[UserRole]) -> str:
    return ",".join(sorted(role.value for role in roles))


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


def _may_administer(session: Session, login: str, what: str) -> bool:
    """Whether ``login`` may add or change users and offices.

    Only an active team leader may, except in a database with no users yet: whoever creates
    it sets it up (the first user becomes its team leader). Returns True for that first set-up.
    """
    me = find_user(session, login)
    if me is not None and me.active and me.is_team_leader:
        return False
    if session.scalar(select(AppUser.id).limit(1)) is None:
        return True
    raise RuleViolation(f"Only a team leader can {what}")


def _office_or_error(session: Session, office_id: int | None) -> tuple[Office | None, str | None]:
    if office_id is None:
        return None, None
    office = session.get(Office, office_id)
    return office, None if office is not None else "That office no longer exists"


def _teams(session: Session) -> tuple[str, ...]:
    names = session.scalars(
        select(AppUser.team).where(AppUser.team.is_not(None)).distinct().order_by(AppUser.team)
    )
    return tuple(name for name in names if name)


def add_user(ctx: ServiceContext, login: str, data: UserInput) -> UserRecord:
    """Add a user. Only a team leader may, except the first user of a new database, who becomes
    its team leader (whoever creates it).

    Raises:
        ValidationError: A field is wrong (message per field), or the login is taken.
        RuleViolation: The acting login is not a team leader.
    """
    login = (login or "").strip()
    with ctx.unit_of_work() as session:
        first = _may_administer(session, ctx.user, "add users")
        roles = frozenset(data.roles) | ({UserRole.TEAM_LEADER} if first else frozenset())
        office, office_problem = _office_or_error(session, data.office_id)
        errors = {
            "login": check_login(login),
            **user_errors(
                display_name=data.display_name, phone=data.phone, team=data.team, roles=roles
            ),
            "office_id": office_problem,
        }
        if not errors["login"] and find_user(session, login) is not None:
            errors["login"] = f"There is already a user with the login '{login}'"
        raise_if_errors(errors)
        user = AppUser(
            login=login,
            display_name=data.display_name.strip(),
            phone=normalise_phone(data.phone),
            team=_clean(data.team),
            office=office,
            roles=_roles_text(roles),
            active=True if first else data.active,
        )
        session.add(user)
        summary = f"{login}: {user.roles}" + (" (first user of this database)" if first else "")
        record_created(session, ctx, user, "app_user", summary=summary)
        session.flush()
        return user_record(user)


def update_user(
    ctx: ServiceContext, login: str, data: UserInput, expected_version: int | None = None
) -> UserRecord:
    """Change a user's name, phone, team, office, roles or whether they are active.

    Raises:
        ValidationError: A field is wrong, or the change would leave no active team leader.
        RuleViolation: The acting login is not a team leader.
        NotFoundError: No user has that login.
        ConflictError: The user was changed since ``expected_version`` was read.
    """
    with ctx.unit_of_work() as session:
        _may_administer(session, ctx.user, "change users")
        user = session.scalars(
            select(AppUser).where(AppUser.login == login).options(selectinload(AppUser.office))
        ).one_or_none()
        if user is None:
            raise NotFoundError("user", login)
        check_version(user, expected_version, "user")
        roles = frozenset(data.roles)
        office, office_problem = _office_or_error(session, data.office_id)
        errors = {
            **user_errors(
                display_name=data.display_name, phone=data.phone, team=data.team, roles=roles
            ),
            "office_id": office_problem,
        }
        if user.active and UserRole.TEAM_LEADER in user.role_set:
            others = session.scalar(
                select(func.count())
                .select_from(AppUser)
                .where(
                    AppUser.active.is_(True),
                    AppUser.id != user.id,
                    AppUser.roles.like(f"%{UserRole.TEAM_LEADER.value}%"),
                )
            )
            field = "roles" if UserRole.TEAM_LEADER not in roles else "active"
            errors.setdefault(field, None)
            errors[field] = errors[field] or last_team_leader_problem(
                is_team_leader_now=True,
                stays_team_leader=UserRole.TEAM_LEADER in roles and data.active,
                other_active_leaders=int(others or 0),
            )
        raise_if_errors(errors)
        apply_changes(
            session,
            ctx,
            user,
            {
                "display_name": data.display_name.strip(),
                "phone": normalise_phone(data.phone),
                "team": _clean(data.team),
                "office_id": office.id if office is not None else None,
                "roles": _roles_text(roles),
                "active": data.active,
            },
            "app_user",
        )
        session.flush()
        session.refresh(user)
        return user_record(user)


def users_screen(ctx: ServiceContext) -> UsersScreen:
    """The Users dialog's read: who is asking, every user, the offices and the teams."""
    with ctx.reading() as session:
        users = tuple(
            user_record(u)
            for u in session.scalars(
                select(AppUser)
                .options(selectinload(AppUser.office))
                .order_by(AppUser.display_name, AppUser.login)
            )
        )
        offices = tuple(
            office_record(o) for o in session.scalars(select(Office).order_by(Office.name))
        )
        me = next((u for u in users if u.login == ctx.user), None)
        return UsersScreen(me, users, offices, _teams(session))


def list_teams(ctx: ServiceContext) -> list[str]:
    """The teams users belong to, by name."""
    with ctx.reading() as session:
        return list(_teams(session))


# --------------------------------------------------------------------------- offices


def _office_values(data: OfficeInput) -> dict[str, object]:
    return {
        "name": data.name.strip(),
        "address": "\n".join(line.strip() for line in data.address_lines if line.strip()),
        "postcode": normalise_postcode(data.postcode),
        "phone": normalise_phone(data.phone),
        "opening_hours": data.opening_hours.strip(),
    }


def _office_errors(
    session: Session, data: OfficeInput, office_id: int | None
) -> dict[str, str | None]:
    errors = office_errors(
        name=data.name,
        address_lines=data.address_lines,
        postcode=data.postcode,
        phone=data.phone,
        opening_hours=data.opening_hours,
    )
    if not errors["name"]:
        clash = session.scalar(select(Office.id).where(Office.name == data.name.strip()))
        if clash is not None and clash != office_id:
            errors["name"] = f"There is already an office called '{data.name.strip()}'"
    return errors


def add_office(ctx: ServiceContext, data: OfficeInput) -> OfficeRecord:
    """Add an office (team leaders; anyone setting up a database with no users yet)."""
    with ctx.unit_of_work() as session:
        _may_administer(session, ctx.user, "add offices")
        raise_if_errors(_office_errors(session, data, None))
        office = Office(**_office_values(data))
        session.add(office)
        record_created(session, ctx, office, "office", summary=office.name)
        return office_record(office)


def update_office(
    ctx: ServiceContext, office_id: int, data: OfficeInput, expected_version: int | None = None
) -> OfficeRecord:
    """Change an office's name, address, phone or opening hours (team leaders)."""
    with ctx.unit_of_work() as session:
        _may_administer(session, ctx.user, "change offices")
        office = get_or_404(session, Office, office_id, "office")
        check_version(office, expected_version, "office")
        raise_if_errors(_office_errors(session, data, office.id))
        apply_changes(session, ctx, office, _office_values(data), "office")
        session.flush()
        session.refresh(office)
        return office_record(office)


def list_offices(ctx: ServiceContext) -> list[OfficeRecord]:
    with ctx.reading() as session:
        return [office_record(o) for o in session.scalars(select(Office).order_by(Office.name))]


def office_by_name(ctx: ServiceContext, name: str) -> OfficeRecord | None:
    with ctx.reading() as session:
        office = session.scalars(select(Office).where(Office.name == name.strip())).one_or_none()
        return office_record(office) if office is not None else None
