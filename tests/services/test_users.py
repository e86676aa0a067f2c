"""Users, roles and offices: who may manage them, what is checked, what is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.domain.users import UnknownLogin
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent

LEADER = frozenset({UserRole.TEAM_LEADER, UserRole.CASE_MANAGER})
CASEWORK = frozenset({UserRole.CASE_MANAGER})


def as_user(ctx: ServiceContext, login: str) -> ServiceContext:
    return ServiceContext(db=ctx.db, user=login, clock=ctx.clock)


def office_input(name: str = "CMS Enforcement Testbury") -> users.OfficeInput:
    return users.OfficeInput(
        name=name,
        address_lines=("Fictional House", "1 Example Street", "Testbury"),
        postcode="te1 1st",
        phone="02079460000",
        opening_hours="Monday to Friday, 8am to 6pm",
    )


@pytest.fixture
def leader(ctx: ServiceContext) -> users.UserRecord:
    """test.user, the first user of the database: its team leader."""
    return users.add_user(
        ctx, "test.user", users.UserInput("Tess Example", team="Enforcement A", roles=CASEWORK)
    )


def test_the_first_user_becomes_team_leader_whoever_creates_it(ctx: ServiceContext) -> None:
    check = users.who_is_working(ctx)
    assert not check.has_users and not check.known
    assert "has no users yet" in check.refusal()
    first = users.add_user(
        ctx, "first.person", users.UserInput("Firstname Example", roles=CASEWORK)
    )
    assert first.roles == LEADER
    assert first.active
    # Once there is a user, only a team leader may add one: test.user has no record.
    with pytest.raises(RuleViolation, match="Only a team leader can add users"):
        users.add_user(ctx, "second.person", users.UserInput("Second Example"))


def test_a_team_leader_adds_and_changes_users_audited(
    ctx: ServiceContext, leader: users.UserRecord
) -> None:
    office = users.add_office(ctx, office_input())
    assert office.address_lines == ("Fictional House", "1 Example Street", "Testbury")
    assert office.postcode == "TE1 1ST" and office.phone == "020 7946 0000"
    added = users.add_user(
        ctx,
        "case.worker",
        users.UserInput(
            " Casey Example ",
            phone="07700 900123",
            team="Enforcement A",
            office_id=office.id,
            roles=CASEWORK,
        ),
    )
    assert added.display_name == "Casey Example"
    assert added.office == office
    assert added.phone == "07700 900123"
    changed = users.update_user(
        ctx,
        "case.worker",
        users.UserInput(
            "Casey Example",
            team="Enforcement B",
            office_id=office.id,
            roles=frozenset({UserRole.CASE_MANAGER, UserRole.DEDUCTION_ORDER_TEAM}),
            active=False,
        ),
        expected_version=added.version,
    )
    assert changed.team == "Enforcement B" and not changed.active and changed.phone is None
    assert changed.roles == {UserRole.CASE_MANAGER, UserRole.DEDUCTION_ORDER_TEAM}
    with ctx.reading() as session:
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "app_user", AuditEvent.entity_id == added.id
            )
        ).all()
    fields = {(e.action, e.field): (e.old_value, e.new_value) for e in events}
    assert fields[("update", "team")] == ("Enforcement A", "Enforcement B")
    assert fields[("update", "active")] == ("yes", "no")
    assert fields[("update", "roles")] == ("case_manager", "case_manager,deduction_order_team")
    assert ("create", None) in fields
    assert all(e.user == "test.user" for e in events)
    listed = [u.login for u in users.list_users(ctx)]
    assert listed == ["case.worker", "test.user"]  # by display name


def test_only_a_team_leader_manages_users_and_offices(
    ctx: ServiceContext, leader: users.UserRecord
) -> None:
    users.add_user(ctx, "case.worker", users.UserInput("Casey Example", roles=CASEWORK))
    worker = as_user(ctx, "case.worker")
    with pytest.raises(RuleViolation, match="Only a team leader can add users"):
        users.add_user(worker, "someone", users.UserInput("Some Example"))
    with pytest.raises(RuleViolation, match="Only a team leader can change users"):
        users.update_user(worker, "case.worker", users.UserInput("Casey", roles=LEADER))
    with pytest.raises(RuleViolation, match="Only a team leader can add offices"):
        users.add_office(worker, office_input())
    with pytest.raises(RuleViolation, match="Only a team leader"):
        users.add_user(as_user(ctx, "stranger"), "x.y", users.UserInput("X Example"))


def test_the_last_active_team_leader_keeps_the_role(
    ctx: ServiceContext, leader: users.UserRecord
) -> None:
    with pytest.raises(ValidationError) as refused:
        users.update_user(ctx, "test.user", users.UserInput("Tess Example", roles=CASEWORK))
    assert "last active team leader" in refused.value.errors["roles"]
    with pytest.raises(ValidationError) as refused:
        users.update_user(ctx, "test.user", users.UserInput("Tess", roles=LEADER, active=False))
    assert "last active team leader" in refused.value.errors["active"]
    # With a second team leader, the first may step down.
    users.add_user(ctx, "second.leader", users.UserInput("Sam Example", roles=LEADER))
    after = users.update_user(ctx, "test.user", users.UserInput("Tess Example", roles=CASEWORK))
    assert not after.is_team_leader
    with pytest.raises(RuleViolation):
        users.add_user(ctx, "third", users.UserInput("Third Example"))


def test_bad_input_is_refused_field_by_field_nothing_saved(
    ctx: ServiceContext, leader: users.UserRecord
) -> None:
    with pytest.raises(ValidationError) as refused:
        users.add_user(
            ctx,
            "bad login!",
            users.UserInput("  ", phone="12345", team="x" * 101, roles=frozenset()),
        )
    errors = refused.value.errors
    assert set(errors) == {"login", "display_name", "phone", "team", "roles"}
    assert "UK telephone number" in errors["phone"]
    with pytest.raises(ValidationError) as refused:
        users.add_user(ctx, "test.user", users.UserInput("Again Example"))
    assert "already a user" in refused.value.errors["login"]
    with pytest.raises(ValidationError) as refused:
        users.add_user(ctx, "new.one", users.UserInput("New Example", office_id=999))
    assert "office" in refused.value.errors["office_id"]
    with pytest.raises(ValidationError) as refused:
        users.add_office(
            ctx, users.OfficeInput(name="", address_lines=(), postcode="nope", phone="1")
        )
    assert set(refused.value.errors) == {"name", "address_lines", "postcode", "phone"}
    users.add_office(ctx, office_input())
    with pytest.raises(ValidationError, match="already an office"):
        users.add_office(ctx, office_input())
    with pytest.raises(NotFoundError):
        users.update_user(ctx, "nobody", users.UserInput("No Example"))
    assert [u.login for u in users.list_users(ctx)] == ["test.user"]


def test_update_office(ctx: ServiceContext, leader: users.UserRecord) -> None:
    office = users.add_office(ctx, office_input())
    changed = users.update_office(
        ctx,
        office.id,
        users.OfficeInput(
            name="CMS Enforcement Testbury",
            address_lines=("Fictional House", "2 Example Street", "Testbury"),
            postcode="TE1 1ST",
            phone="020 7946 0001",
            opening_hours="Monday to Friday, 9am to 5pm",
        ),
        expected_version=office.version,
    )
    assert changed.address_lines[1] == "2 Example Street"
    assert changed.opening_hours == "Monday to Friday, 9am to 5pm"
    assert users.office_by_name(ctx, "CMS Enforcement Testbury") == changed


def test_who_is_working_and_the_refusals(ctx: ServiceContext, leader: users.UserRecord) -> None:
    check = users.who_is_working(ctx)
    assert check.known and check.user == leader and not check.demo
    assert check.active_users == ()
    stranger = as_user(ctx, "stranger")
    check = users.who_is_working(stranger)
    assert not check.known and check.has_users
    assert check.refusal() == (
        "Your login 'stranger' has no user record in this database; ask a team leader to add you."
    )
    assert [u.login for u in check.active_users] == ["test.user"]
    with pytest.raises(UnknownLogin, match="no user record"):
        users.require_user(stranger)
    users.add_user(ctx, "gone", users.UserInput("Gone Example", active=False))
    with pytest.raises(UnknownLogin, match="inactive"):
        users.require_user(as_user(ctx, "gone"))
    assert users.require_user(ctx) == leader
    screen = users.users_screen(ctx)
    assert screen.may_manage and screen.me == leader
    assert screen.teams == ("Enforcement A",)
    assert not users.users_screen(stranger).may_manage
