"""Asset services on a real database: validation, disregard (data protection), SR associations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import (
    AccountType,
    AssetFinding,
    AssetType,
    ContactRole,
    InformationSource,
    Jurisdiction,
    OwningTeam,
    Scheme,
    SrStatus,
    Workflow,
)
from enforcement_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from enforcement_desktop.services import assets, contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import (
    Asset,
    AuditEvent,
    Case,
    ServiceRequest,
    ServiceRequestAsset,
)

TODAY = date(2026, 11, 23)
SECRET = "Flat 3, 12 Hidden Lane, Coventry"
SECRET_VALUE = Decimal("187654.32")


@dataclass(frozen=True)
class World:
    paying_parent_id: int
    case_id: int
    sr_id: int


def make_paying_parent(ctx: ServiceContext, scin: str) -> int:
    return contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Testy",
            last_name="McTestface",
            scin=scin,
            jurisdiction=Jurisdiction.ENGLAND,
        ),
    ).id


def make_case(ctx: ServiceContext, paying_parent_id: int) -> int:
    # The case service belongs to another module; insert the row directly.
    with ctx.db.unit_of_work() as s:
        case = Case(
            paying_parent_id=paying_parent_id,
            scheme=Scheme.CMS_2012,
            region="Midlands",
            owning_team=OwningTeam.ENFORCEMENT,
        )
        s.add(case)
        s.flush()
        return case.id


def make_sr(ctx: ServiceContext, case_id: int, status: SrStatus = SrStatus.IN_PROGRESS) -> int:
    with ctx.db.unit_of_work() as s:
        sr = ServiceRequest(
            case_id=case_id,
            workflow=Workflow.BAILIFF,
            process="Enforcement",
            area="Take Enforcement Action",
            sub_area="Bailiff",
            status=status,
            opened_on=TODAY,
        )
        s.add(sr)
        s.flush()
        return sr.id


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    parent_id = make_paying_parent(ctx, "121000000099")
    case_id = make_case(ctx, parent_id)
    return World(parent_id, case_id, make_sr(ctx, case_id))


def property_asset(**overrides: object) -> assets.AssetInput:
    values: dict[str, object] = dict(
        asset_type=AssetType.PROPERTY,
        source=InformationSource.LAND_REGISTRY,
        recorded_on=date(2026, 11, 2),
        description=SECRET,
        estimated_value=SECRET_VALUE,
        finding=AssetFinding.RELEVANT,
    )
    values.update(overrides)
    return assets.AssetInput(**values)  # type: ignore[arg-type]


def audit_rows(ctx: ServiceContext, entity: str = "asset") -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
        )


# --------------------------------------------------------------------------- create and update


def test_create_asset_saves_and_audits_without_details(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    assert created.contact_id == world.paying_parent_id
    assert (created.description, created.estimated_value) == (SECRET, SECRET_VALUE)
    assert created.finding == AssetFinding.RELEVANT
    assert created.version == 1
    assert created.service_request_ids == ()
    events = audit_rows(ctx)
    assert [(e.action, e.entity_id, e.user, e.new_value) for e in events] == [
        ("create", created.id, "test.user", "Property (Land registry)")
    ]


def test_bank_account_needs_account_type(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(
        ctx,
        world.paying_parent_id,
        property_asset(
            asset_type=AssetType.BANK_ACCOUNT,
            source=InformationSource.CREDIT_REFERENCE_AGENCY,
            account_type=AccountType.JOINT,
            estimated_value=None,
        ),
    )
    assert created.account_type == AccountType.JOINT
    assert created.estimated_value is None


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"asset_type": AssetType.BANK_ACCOUNT}, "account_type", "required"),
        ({"account_type": AccountType.PERSONAL}, "account_type", "only for bank"),
        ({"estimated_value": Decimal("-1.00")}, "estimated_value", "£0.00 or more"),
        ({"estimated_value": Decimal("10.005")}, "estimated_value", "two decimal places"),
        ({"recorded_on": date(2026, 11, 24)}, "recorded_on", "future"),
        ({"recorded_on": None}, "recorded_on", "required"),
        ({"description": "x" * 501}, "description", "too long"),
        ({"finding": AssetFinding.DISREGARDED}, "finding", "Disregard"),
    ],
)
def test_bad_asset_is_refused_and_nothing_saved(
    ctx: ServiceContext, world: World, overrides: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        assets.create_asset(ctx, world.paying_parent_id, property_asset(**overrides))
    assert words in info.value.errors[field]
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(Asset.id)) is None
    assert audit_rows(ctx) == []


def test_validation_names_every_bad_field(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        assets.create_asset(
            ctx,
            world.paying_parent_id,
            property_asset(
                asset_type=AssetType.BANK_ACCOUNT, estimated_value=Decimal("-5"), recorded_on=None
            ),
        )
    assert set(info.value.errors) == {"account_type", "estimated_value", "recorded_on"}


def test_asset_for_unknown_contact_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        assets.create_asset(ctx, 999, property_asset())


def test_update_audits_search_fields_with_values_and_details_without(
    ctx: ServiceContext, world: World
) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    data = created.to_input()
    data.source = InformationSource.HMRC
    data.description = "Semi-detached house"
    updated = assets.update_asset(ctx, created.id, created.version, data)
    assert updated.version == 2
    assert (updated.source, updated.description) == (InformationSource.HMRC, "Semi-detached house")
    changes = {e.field: (e.old_value, e.new_value) for e in audit_rows(ctx) if e.action == "update"}
    assert changes["source"] == ("land_registry", "hmrc")
    # The trail is append-only: a detail written into it could never be removed on disregard.
    assert changes["description"] == ("(removed)", None)


def test_stale_version_raises_conflict(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    colleague = ServiceContext(db=ctx.db, user="colleague", clock=ctx.clock)
    data = created.to_input()
    data.finding = AssetFinding.UNASSESSED
    assets.update_asset(colleague, created.id, created.version, data)
    data.estimated_value = Decimal("1.00")
    with pytest.raises(ConflictError) as info:
        assets.update_asset(ctx, created.id, created.version, data)
    assert "colleague" in str(info.value)
    assert assets.get_asset(ctx, created.id).estimated_value == SECRET_VALUE


# --------------------------------------------------------------------------- disregard


def test_disregard_keeps_the_search_and_drops_the_details(
    ctx: ServiceContext, world: World
) -> None:
    created = assets.create_asset(
        ctx,
        world.paying_parent_id,
        property_asset(
            asset_type=AssetType.BANK_ACCOUNT,
            account_type=AccountType.BUSINESS,
            source=InformationSource.CREDIT_REFERENCE_AGENCY,
        ),
    )
    gone = assets.disregard_asset(ctx, created.id, created.version, "  Account closed in 2019 ")
    assert (gone.asset_type, gone.source, gone.recorded_on) == (
        AssetType.BANK_ACCOUNT,
        InformationSource.CREDIT_REFERENCE_AGENCY,
        date(2026, 11, 2),
    )
    assert (gone.description, gone.estimated_value, gone.account_type) == (None, None, None)
    assert gone.finding == AssetFinding.DISREGARDED
    assert (gone.disregarded_on, gone.disregard_reason) == (TODAY, "Account closed in 2019")
    assert gone.version == created.version + 1
    assert assets.get_asset(ctx, created.id) == gone

    events = audit_rows(ctx)
    fields = {e.field for e in events if e.action == "update"}
    assert fields == {
        "description",
        "estimated_value",
        "account_type",
        "finding",
        "disregarded_on",
        "disregard_reason",
    }
    finding = next(e for e in events if e.field == "finding")
    assert (finding.old_value, finding.new_value) == ("relevant", "disregarded")


def test_no_audit_row_keeps_a_disregarded_detail(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    data = created.to_input()
    data.description = SECRET + " (rear flat)"
    edited = assets.update_asset(ctx, created.id, created.version, data)
    assets.disregard_asset(ctx, edited.id, edited.version, "Not the paying parent's property")
    with ctx.db.unit_of_work() as s:
        texts = [
            text
            for e in s.scalars(select(AuditEvent))
            for text in (e.old_value, e.new_value)
            if text
        ]
    assert texts, "the disregard must still be audited"
    assert not [t for t in texts if "Hidden Lane" in t or "187654" in t]


def test_disregard_needs_a_reason_and_changes_nothing_without(
    ctx: ServiceContext, world: World
) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    with pytest.raises(ValidationError) as info:
        assets.disregard_asset(ctx, created.id, created.version, "  ")
    assert "required" in info.value.errors["disregard_reason"]
    assert assets.get_asset(ctx, created.id) == created


def test_disregarded_asset_cannot_be_updated_or_disregarded_again(
    ctx: ServiceContext, world: World
) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    gone = assets.disregard_asset(ctx, created.id, created.version, "Sold before the search")
    with pytest.raises(ValidationError) as info:
        assets.update_asset(ctx, gone.id, gone.version, created.to_input())
    assert "disregarded on 23/11/2026" in info.value.errors["finding"]
    with pytest.raises(ValidationError) as info:
        assets.disregard_asset(ctx, gone.id, gone.version, "again")
    assert "23/11/2026" in info.value.errors["finding"]
    assert assets.get_asset(ctx, gone.id) == gone


def test_disregard_on_stale_version_is_a_conflict(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    assets.update_asset(ctx, created.id, created.version, property_asset(description="Changed"))
    with pytest.raises(ConflictError):
        assets.disregard_asset(ctx, created.id, created.version, "Not relevant")
    assert assets.get_asset(ctx, created.id).description == "Changed"


def test_list_assets_newest_first_including_disregarded(ctx: ServiceContext, world: World) -> None:
    older = assets.create_asset(
        ctx, world.paying_parent_id, property_asset(recorded_on=date(2026, 1, 5))
    )
    newer = assets.create_asset(
        ctx,
        world.paying_parent_id,
        property_asset(
            asset_type=AssetType.VEHICLE, source=InformationSource.DVLA, estimated_value=None
        ),
    )
    assets.disregard_asset(ctx, older.id, older.version, "Sold")
    other_parent = make_paying_parent(ctx, "121000000100")
    assets.create_asset(ctx, other_parent, property_asset())
    listed = assets.list_assets(ctx, world.paying_parent_id)
    assert [a.id for a in listed] == [newer.id, older.id]
    assert listed[1].is_disregarded
    with pytest.raises(NotFoundError):
        assets.list_assets(ctx, 999)


# --------------------------------------------------------------------------- SR associations


def test_link_and_unlink_asset_are_audited(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    linked = assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    assert linked.service_request_ids == (world.sr_id,)
    assert assets.list_assets(ctx, world.paying_parent_id)[0].service_request_ids == (world.sr_id,)
    unlinked = assets.unlink_asset_from_sr(ctx, world.sr_id, created.id)
    assert unlinked.service_request_ids == ()
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(ServiceRequestAsset.id)) is None
    events = audit_rows(ctx, "service_request_asset")
    assert [(e.action, e.case_id) for e in events] == [
        ("create", world.case_id),
        ("delete", world.case_id),
    ]


def test_duplicate_link_refused(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    with pytest.raises(ValidationError) as info:
        assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    assert "already associated" in info.value.errors["asset_id"]
    assert len(audit_rows(ctx, "service_request_asset")) == 1


def test_disregarded_asset_cannot_be_linked(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    assets.disregard_asset(ctx, created.id, created.version, "Not relevant")
    with pytest.raises(ValidationError) as info:
        assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    assert "disregarded on 23/11/2026" in info.value.errors["asset_id"]


def test_asset_of_someone_else_cannot_be_linked(ctx: ServiceContext, world: World) -> None:
    other_parent = make_paying_parent(ctx, "121000000100")
    created = assets.create_asset(ctx, other_parent, property_asset())
    with pytest.raises(ValidationError) as info:
        assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    assert "someone other than the paying parent" in info.value.errors["asset_id"]
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(ServiceRequestAsset.id)) is None


@pytest.mark.parametrize("status", [SrStatus.CLOSED, SrStatus.CANCELLED])
def test_read_only_sr_refuses_link_and_unlink(
    ctx: ServiceContext, world: World, status: SrStatus
) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    closed_sr = make_sr(ctx, world.case_id, status)
    with pytest.raises(ValidationError) as info:
        assets.link_asset_to_sr(ctx, closed_sr, created.id)
    assert "read-only" in info.value.errors["service_request_id"]
    # An association made while the SR was open stays part of its record once it is closed.
    assets.link_asset_to_sr(ctx, world.sr_id, created.id)
    with ctx.db.unit_of_work() as s:
        sr = s.get(ServiceRequest, world.sr_id)
        assert sr is not None
        sr.status = status
    with pytest.raises(ValidationError) as info:
        assets.unlink_asset_from_sr(ctx, world.sr_id, created.id)
    assert "read-only" in info.value.errors["service_request_id"]
    assert assets.get_asset(ctx, created.id).service_request_ids == (world.sr_id,)


def test_unlink_of_missing_association_is_not_found(ctx: ServiceContext, world: World) -> None:
    created = assets.create_asset(ctx, world.paying_parent_id, property_asset())
    with pytest.raises(NotFoundError):
        assets.unlink_asset_from_sr(ctx, world.sr_id, created.id)
    with pytest.raises(NotFoundError):
        assets.link_asset_to_sr(ctx, 999, created.id)
