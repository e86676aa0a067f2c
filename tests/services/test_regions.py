"""The regions reference list (issue 12 item 11): team leaders add regions, a case picks one."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import cases, regions
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser, AuditEvent
from tests.services.builders import add_case, make_case, make_paying_parent


def _user(ctx: ServiceContext, login: str, *roles: UserRole) -> None:
    with ctx.unit_of_work() as session:
        session.add(
            AppUser(
                login=login,
                display_name=login.title(),
                roles=",".join(sorted(r.value for r in roles)),
            )
        )


def _as(ctx: ServiceContext, login: str) -> ServiceContext:
    return ServiceContext(db=ctx.db, user=login, clock=ctx.clock)


def test_a_team_leader_adds_a_region_audited(ctx: ServiceContext) -> None:
    _user(ctx, "lead", UserRole.TEAM_LEADER)
    added = regions.add_region(_as(ctx, "lead"), "  Far   North ")
    assert added.name == "Far North"
    assert "Far North" in [r.name for r in regions.list_regions(ctx)]
    with ctx.db.unit_of_work() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "region", AuditEvent.action == "create")
        ).all()[-1]
    assert (event.user, event.entity_id) == ("lead", added.id)


def test_only_a_team_leader_adds_a_region(ctx: ServiceContext) -> None:
    _user(ctx, "worker", UserRole.CASE_MANAGER)
    for login in ("worker", "nobody.recorded"):
        with pytest.raises(RuleViolation, match="Only a team leader"):
            regions.add_region(_as(ctx, login), "Far North")
    assert "Far North" not in [r.name for r in regions.list_regions(ctx)]


@pytest.mark.parametrize(
    ("name", "message"),
    [("midlands", "already in the regions list"), ("Mid/lands", "letters"), ("", "required")],
)
def test_a_region_listed_or_badly_spelt_is_refused(
    ctx: ServiceContext, name: str, message: str
) -> None:
    _user(ctx, "lead", UserRole.TEAM_LEADER)
    with pytest.raises(ValidationError) as caught:
        regions.add_region(_as(ctx, "lead"), name)
    assert message in caught.value.errors["name"]


def test_an_unknown_region_suggests_the_closest(ctx: ServiceContext) -> None:
    contact_id = make_paying_parent(ctx, "121000000777")
    with pytest.raises(ValidationError) as caught:
        add_case(ctx, contact_id, "121000000778", region="Midlnads")
    assert caught.value.errors["region"] == 'Unknown region "Midlnads". Did you mean Midlands?'
    with pytest.raises(ValidationError) as caught:
        add_case(ctx, contact_id, "121000000779", region="Atlantis")
    message = caught.value.errors["region"]
    assert message.startswith('Unknown region "Atlantis". The regions are: East Midlands,')
    assert "Yorkshire" in message


def test_a_region_in_another_case_is_stored_as_listed(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    data = cases.CaseInput(scheme=case.scheme, region="  north   EAST ")
    assert cases.update_case(ctx, case.id, case.version, data).region == "North East"


def test_no_region_listed_says_who_adds_them(db_url: str) -> None:
    from enforcement_desktop.storage.db import Database
    from tests.conftest import FIXED_NOW

    empty = ServiceContext(Database(db_url), "test.user", clock=lambda: FIXED_NOW)
    try:
        with empty.unit_of_work() as session, pytest.raises(ValidationError) as caught:
            regions.resolve_region(session, "Midlands")
        assert "a team leader adds them" in caught.value.errors["region"]
    finally:
        empty.db.dispose()


def test_known_regions_for_the_dialogs(ctx: ServiceContext) -> None:
    names = cases.known_regions(ctx)
    assert names == sorted(names) and "Midlands" in names
