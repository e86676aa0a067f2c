"""Reassigning a service request to a user or a team, and the team's work queue."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import SrStatus, UserRole
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent
from tests.services.builders import make_case

TODAY = date(2026, 11, 23)
ARREARS = ("Arrears", "Arrears Management", "Arrears Review")


@pytest.fixture
def team(ctx: ServiceContext) -> None:
    """test.user leads Enforcement A with ann; bob works in Enforcement B."""
    users.add_user(ctx, "test.user", users.UserInput("Tess Example", team="Enforcement A"))
    users.add_user(ctx, "ann", users.UserInput("Ann Example", team="Enforcement A"))
    users.add_user(ctx, "bob", users.UserInput("Bob Example", team="Enforcement B"))
    users.add_user(ctx, "old", users.UserInput("Old Example", team="Enforcement C", active=False))


def test_reassign_to_a_user_then_a_team_audited(ctx: ServiceContext, team: None) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *ARREARS)
    assert sr.owner == "test.user" and sr.team is None
    moved = srs.reassign_service_request(ctx, sr.id, sr.version, owner="bob")
    assert moved.owner == "bob" and moved.team is None
    to_team = srs.reassign_service_request(ctx, sr.id, moved.version, team="Enforcement A")
    assert to_team.owner is None and to_team.team == "Enforcement A"
    with ctx.reading() as session:
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "service_request", AuditEvent.entity_id == sr.id)
            .where(AuditEvent.field.in_(["owner", "team"]))
            .order_by(AuditEvent.id)
        ).all()
    assert [(e.field, e.old_value, e.new_value) for e in events] == [
        ("owner", "test.user", "bob"),
        ("owner", "bob", None),
        ("team", None, "Enforcement A"),
    ]


def test_reassign_refusals(ctx: ServiceContext, team: None) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *ARREARS)
    cases = [
        ({}, "owner", "Choose a user or a team"),
        ({"owner": "nobody"}, "owner", "No active user has the login 'nobody'"),
        ({"owner": "old"}, "owner", "No active user has the login 'old'"),
        ({"team": "Enforcement C"}, "team", "No active user is in the team 'Enforcement C'"),
        ({"owner": "test.user"}, "owner", "already"),
    ]
    for kwargs, field, message in cases:
        with pytest.raises(ValidationError) as refused:
            srs.reassign_service_request(ctx, sr.id, sr.version, **kwargs)
        assert message in refused.value.errors[field]
    cancelled = srs.change_status(ctx, sr.id, sr.version, SrStatus.CANCELLED)
    with pytest.raises(RuleViolation, match="read-only"):
        srs.reassign_service_request(ctx, sr.id, cancelled.version, owner="ann")


def test_team_queue_holds_the_team_members_srs_and_the_teams_own(
    ctx: ServiceContext, team: None
) -> None:
    case = make_case(ctx)
    mine = srs.create_service_request(ctx, case.id, *ARREARS)
    anns = srs.create_service_request(ctx, case.id, *ARREARS)
    anns = srs.reassign_service_request(ctx, anns.id, anns.version, owner="ann")
    bobs = srs.create_service_request(ctx, case.id, *ARREARS)
    bobs = srs.reassign_service_request(ctx, bobs.id, bobs.version, owner="bob")
    teams = srs.create_service_request(ctx, case.id, *ARREARS)
    teams = srs.reassign_service_request(ctx, teams.id, teams.version, team="Enforcement A")
    flt = srs.QueueFilter(team="Enforcement A")
    with ctx.reading() as session:
        assert srs.queue_count(session, flt, TODAY) == 3
        for sort in srs.QueueColumn:
            page = srs.queue_page(session, flt, TODAY, sort=sort)
            assert {r.id for r in page} == {mine.id, anns.id, teams.id}, sort
        assert srs.queue_count(session, srs.QueueFilter(team="Enforcement B"), TODAY) == 1
        assert srs.queue_count(session, srs.QueueFilter(owner="test.user"), TODAY) == 1
        texted = srs.QueueFilter(team="Enforcement A", text="arrears")
        assert srs.queue_count(session, texted, TODAY) == 3
    assert {UserRole.CASE_MANAGER} <= users.require_user(ctx).roles
