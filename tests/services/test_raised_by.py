"""Who raised an SR is on the SR itself (migration 0011), and older SRs get it from the audit
trail: a Review LO's raiser may not authorise it, wherever the SR has gone."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import Workflow
from enforcement_desktop.services import service_requests
from enforcement_desktop.services.authorisation import raised_by
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import alembic_config, current_revision
from enforcement_desktop.storage.models import ServiceRequest
from tests.services.builders import make_case


def _raise(ctx: ServiceContext) -> int:
    case = make_case(ctx)
    category = workflows.category_for(Workflow.ARREARS_REVIEW)
    return service_requests.create_service_request(ctx, case.id, *category).id


def test_a_new_sr_records_who_raised_it(ctx: ServiceContext) -> None:
    sr_id = _raise(ctx)
    with ctx.unit_of_work() as session:
        assert session.scalar(
            select(ServiceRequest.raised_by).where(ServiceRequest.id == sr_id)
        ) == ("test.user")
        assert raised_by(session, sr_id) == "test.user"


def test_migration_0011_fills_raised_by_from_the_audit_trail(ctx: ServiceContext) -> None:
    sr_id = _raise(ctx)
    with ctx.db.engine.begin() as conn:
        conn.execute(text("UPDATE service_request SET raised_by = NULL"))
        conn.execute(
            text(
                "UPDATE audit_event SET \"user\" = 'first.raiser' "
                "WHERE entity = 'service_request' AND entity_id = :i AND action = 'create'"
            ),
            {"i": sr_id},
        )
    config = alembic_config(ctx.db.engine)
    command.downgrade(config, "0010")
    command.upgrade(config, "0011")
    assert current_revision(ctx.db.engine) == "0011"
    command.stamp(config, "head")
    with ctx.unit_of_work() as session:
        assert raised_by(session, sr_id) == "first.raiser"
        assert session.scalar(select(ServiceRequest.raised_by)) == "first.raiser"
