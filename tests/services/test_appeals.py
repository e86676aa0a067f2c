"""Appeal services on a real database: validation, audit, conflicts."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import (
    AppealStatus,
    ContactRole,
    Jurisdiction,
    OwningTeam,
    Scheme,
)
from enforcement_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from enforcement_desktop.services import appeals, contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Appeal, AuditEvent, Case


def make_case(ctx: ServiceContext, scin: str) -> int:
    parent = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Testy",
            last_name="McTestface",
            scin=scin,
            jurisdiction=Jurisdiction.ENGLAND,
        ),
    )
    # The case service belongs to another module; insert the row directly.
    with ctx.db.unit_of_work() as s:
        case = Case(
            paying_parent_id=parent.id,
            scheme=Scheme.CSA,
            region="Wales",
            owning_team=OwningTeam.ENFORCEMENT,
        )
        s.add(case)
        s.flush()
        return case.id


@pytest.fixture
def case_id(ctx: ServiceContext) -> int:
    return make_case(ctx, "121000000099")


def appeal_input(**overrides: Any) -> appeals.AppealInput:
    values: dict[str, Any] = dict(
        lodged_on=date(2026, 9, 14), details="Disputes the arrears for 2024"
    )
    values.update(overrides)
    return appeals.AppealInput(**values)


def audit_rows(ctx: ServiceContext) -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.entity == "appeal").order_by(AuditEvent.id)
            )
        )


def test_create_appeal_is_open_and_audited(ctx: ServiceContext, case_id: int) -> None:
    created = appeals.create_appeal(ctx, case_id, appeal_input(details="  Disputes 2024  "))
    assert (created.status, created.decided_on, created.details) == (
        AppealStatus.OPEN,
        None,
        "Disputes 2024",
    )
    assert created.is_open and created.version == 1
    assert appeals.get_appeal(ctx, created.id) == created
    assert [(e.action, e.entity_id, e.case_id, e.new_value) for e in audit_rows(ctx)] == [
        ("create", created.id, case_id, "lodged 14/09/2026")
    ]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"lodged_on": None}, "lodged_on", "required"),
        ({"lodged_on": date(2026, 11, 24)}, "lodged_on", "future"),
        ({"status": AppealStatus.DECIDED}, "decided_on", "date of the decision"),
        (
            {"status": AppealStatus.DECIDED, "decided_on": date(2026, 9, 13)},
            "decided_on",
            "before the appeal was lodged (14/09/2026)",
        ),
        (
            {"status": AppealStatus.DECIDED, "decided_on": date(2026, 11, 24)},
            "decided_on",
            "future",
        ),
        ({"decided_on": date(2026, 10, 1)}, "decided_on", "open appeal"),
        ({"details": "x\x00y"}, "details", "invisible character (U+0000"),
    ],
)
def test_bad_appeal_is_refused_and_nothing_saved(
    ctx: ServiceContext, case_id: int, overrides: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        appeals.create_appeal(ctx, case_id, appeal_input(**overrides))
    assert words in info.value.errors[field]
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(Appeal.id)) is None
    assert audit_rows(ctx) == []


def test_decided_on_the_day_it_was_lodged_is_fine(ctx: ServiceContext, case_id: int) -> None:
    decided = appeals.create_appeal(
        ctx,
        case_id,
        appeal_input(status=AppealStatus.DECIDED, decided_on=date(2026, 9, 14)),
    )
    assert decided.decided_on == date(2026, 9, 14)
    assert not decided.is_open


def test_appeal_for_unknown_case_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        appeals.create_appeal(ctx, 999, appeal_input())
    with pytest.raises(NotFoundError):
        appeals.list_appeals(ctx, 999)


def test_recording_the_decision_audits_each_field(ctx: ServiceContext, case_id: int) -> None:
    created = appeals.create_appeal(ctx, case_id, appeal_input())
    data = created.to_input()
    data.status = AppealStatus.DECIDED
    data.decided_on = date(2026, 11, 20)
    decided = appeals.update_appeal(ctx, created.id, created.version, data)
    assert (decided.version, decided.status, decided.decided_on) == (
        2,
        AppealStatus.DECIDED,
        date(2026, 11, 20),
    )
    changes = {e.field: (e.old_value, e.new_value) for e in audit_rows(ctx) if e.action == "update"}
    assert changes == {
        "status": ("open", "decided"),
        "decided_on": (None, "2026-11-20"),
    }
    assert all(e.case_id == case_id for e in audit_rows(ctx))


def test_update_validates_and_saves_nothing_when_wrong(ctx: ServiceContext, case_id: int) -> None:
    created = appeals.create_appeal(ctx, case_id, appeal_input())
    data = created.to_input()
    data.status = AppealStatus.DECIDED
    with pytest.raises(ValidationError) as info:
        appeals.update_appeal(ctx, created.id, created.version, data)
    assert "decided_on" in info.value.errors
    assert appeals.get_appeal(ctx, created.id) == created


def test_stale_version_raises_conflict(ctx: ServiceContext, case_id: int) -> None:
    created = appeals.create_appeal(ctx, case_id, appeal_input())
    colleague = ServiceContext(db=ctx.db, user="colleague", clock=ctx.clock)
    data = created.to_input()
    data.status = AppealStatus.WITHDRAWN
    appeals.update_appeal(colleague, created.id, created.version, data)
    data.details = "mine"
    with pytest.raises(ConflictError) as info:
        appeals.update_appeal(ctx, created.id, created.version, data)
    assert "colleague" in str(info.value)
    assert appeals.get_appeal(ctx, created.id).status == AppealStatus.WITHDRAWN


def test_list_appeals_oldest_first_for_the_case_only(ctx: ServiceContext, case_id: int) -> None:
    later = appeals.create_appeal(ctx, case_id, appeal_input(lodged_on=date(2026, 10, 1)))
    earlier = appeals.create_appeal(ctx, case_id, appeal_input(lodged_on=date(2025, 2, 3)))
    appeals.create_appeal(ctx, make_case(ctx, "121000000100"), appeal_input())
    assert [a.id for a in appeals.list_appeals(ctx, case_id)] == [earlier.id, later.id]
