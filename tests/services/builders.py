"""Small builders for service tests: a paying parent with a case, an LO, an asset."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.enums import (
    AddressType,
    AssetFinding,
    AssetType,
    ContactRole,
    CourtKind,
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
)
from enforcement_desktop.services import cases, contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Asset, Court, EnforcementOrder


def make_case(ctx: ServiceContext, scin: str = "121000000101") -> cases.CaseDTO:
    payer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Pat",
            last_name="Testington",
            scin=scin,
            jurisdiction=Jurisdiction.ENGLAND,
            employment_status=EmploymentStatus.EMPLOYED,
        ),
    )
    contacts.add_address(
        ctx,
        payer.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL,
            "1 Fictional Street",
            town="Demoton",
            postcode="B15 2TT",
            confident=True,
        ),
    )
    receiver = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robin",
            last_name="Exampleton",
            scin=str(int(scin) + 500000),
        ),
    )
    return cases.create_case(
        ctx,
        payer.id,
        cases.CaseInput(scheme=Scheme.CMS_2012, region="Midlands", arrears_balance=Decimal("2400")),
        [receiver.id],
    )


def make_lo(
    ctx: ServiceContext,
    case_id: int,
    reference: str = "LO/2024/0001",
    granted_on: date = date(2024, 3, 1),
    origin: OrderOrigin = OrderOrigin.CMS,
) -> int:
    with ctx.db.unit_of_work() as s:
        court = Court(name=f"Demoton Magistrates {reference}", kind=CourtKind.MAGISTRATES)
        order = EnforcementOrder(
            case_id=case_id,
            order_type=OrderType.LIABILITY_ORDER,
            status=OrderStatus.GRANTED,
            origin=origin,
            reference=reference,
            court=court,
            applied_on=date(granted_on.year, 1, 10),
            granted_on=granted_on,
            amount=Decimal("1500.00"),
            costs=Decimal("75.00"),
        )
        s.add(order)
        s.flush()
        return order.id


def make_asset(ctx: ServiceContext, contact_id: int) -> int:
    with ctx.db.unit_of_work() as s:
        asset = Asset(
            contact_id=contact_id,
            asset_type=AssetType.OTHER,
            description="Household goods",
            source=InformationSource.THIRD_PARTY,
            recorded_on=date(2026, 10, 1),
            finding=AssetFinding.RELEVANT,
        )
        s.add(asset)
        s.flush()
        return asset.id
