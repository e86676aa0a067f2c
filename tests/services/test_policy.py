"""The office's pack encryption policy: a database_info key team leaders set, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import RuleViolation
from enforcement_desktop.services import policy
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser, AuditEvent, DatabaseInfo


def _user(ctx: ServiceContext, login: str, *roles: UserRole) -> ServiceContext:
    with ctx.unit_of_work() as session:
        session.add(
            AppUser(
                login=login,
                display_name=login.title(),
                roles=",".join(sorted(r.value for r in roles)),
            )
        )
    return ServiceContext(db=ctx.db, user=login, clock=ctx.clock)


def test_not_required_until_a_team_leader_says_so(ctx: ServiceContext) -> None:
    assert policy.pack_encryption_required(ctx) is False
    lead = _user(ctx, "lead", UserRole.TEAM_LEADER)
    assert policy.set_pack_encryption_required(lead, True) is False
    assert policy.pack_encryption_required(ctx) is True
    with ctx.unit_of_work() as session:
        stored = session.get(DatabaseInfo, policy.PACK_ENCRYPTION_KEY)
        assert stored is not None and stored.value == "yes"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.field == policy.PACK_ENCRYPTION_KEY)
        ).one()
    assert (event.user, event.old_value, event.new_value) == ("lead", "no", "yes")
    assert policy.set_pack_encryption_required(lead, False) is True
    assert policy.pack_encryption_required(ctx) is False


def test_only_a_team_leader_sets_it(ctx: ServiceContext) -> None:
    worker = _user(ctx, "worker", UserRole.CASE_MANAGER)
    with pytest.raises(RuleViolation, match="Only a team leader"):
        policy.set_pack_encryption_required(worker, True)
    assert policy.pack_encryption_required(ctx) is False
