"""The demo's office and users: a case manager (the login the demo runs as), a team leader and a
Deduction Order Team user, all obviously fictional, owning the demo's service requests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import ServiceRequest


def test_demo_users_office_and_owners(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        demo.build_demo(database, today=date(2026, 11, 23), cases=40, user="me.here")
        ctx = ServiceContext(database, "me.here")
        found = {u.login: u for u in users.list_users(ctx)}
        assert set(found) == {"me.here", demo.COLLEAGUE, demo.DEMO_TEAM_LEADER, demo.DEMO_DOT_USER}
        assert found["me.here"].roles == {UserRole.CASE_MANAGER}
        assert found[demo.DEMO_TEAM_LEADER].is_team_leader
        assert found[demo.DEMO_DOT_USER].roles == {UserRole.DEDUCTION_ORDER_TEAM}
        assert all(u.display_name.endswith(" Example") for u in found.values())
        assert all(u.phone and u.phone.startswith("020 7946 0") for u in found.values())
        office = found["me.here"].office
        assert office is not None and office.name == demo.DEMO_OFFICE
        assert office.address_lines == ("Fictional House", "1 Example Street", "Testbury")
        assert (office.postcode, office.phone) == ("TE1 1ST", "020 7946 0000")
        check = users.who_is_working(ServiceContext(database, "stranger"))
        assert check.demo and not check.known and len(check.active_users) == 4
        with database.sessions() as session:
            owners = set(session.scalars(select(ServiceRequest.owner).distinct()))
        assert owners <= set(found) and "me.here" in owners
    finally:
        database.dispose()


def test_demo_run_as_a_fixed_login_keeps_one_record(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        demo.build_demo(database, today=date(2026, 11, 23), cases=0, user=demo.COLLEAGUE)
        logins = [u.login for u in users.list_users(ServiceContext(database, demo.COLLEAGUE))]
        assert sorted(logins) == sorted({demo.COLLEAGUE, demo.DEMO_TEAM_LEADER, demo.DEMO_DOT_USER})
    finally:
        database.dispose()
