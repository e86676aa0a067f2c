"""A client for the Contact, Asset and Orders view tests, made only through the services.

Robin's paying parent (SCIN 121000000301) has a case with a receiving parent, a granted
liability order, an asset found through a credit reference agency and a Bailiff SR on the LO.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.enums import (
    AccountType,
    AddressType,
    AssetType,
    ContactRole,
    CourtKind,
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    OrderStatus,
    OrderType,
    Scheme,
)
from enforcement_desktop.services import assets, cases, contacts, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
DECIDE = ("Enforcement", "Decide On Enforcement Action", "Gather Information")


@dataclass(frozen=True)
class Client:
    paying_parent_id: int
    receiving_parent_id: int
    case_id: int
    magistrates_court_id: int
    county_court_id: int
    lo_id: int
    asset_id: int
    sr_id: int


def build_client(
    ctx: ServiceContext,
    *,
    scin: str = "121000000301",
    jurisdiction: Jurisdiction = Jurisdiction.ENGLAND,
    postcode: str = "CV1 2AB",
    pv_marker: bool = False,
) -> Client:
    """A paying parent with an address, a vehicle, a case, an LO, an asset and a Bailiff SR."""
    payer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            title="Mr",
            first_name="Alex",
            last_name="Fictionson",
            scin=scin,
            date_of_birth=date(1982, 3, 14),
            nino="QQ123456C",
            jurisdiction=jurisdiction,
            employment_status=EmploymentStatus.EMPLOYED,
            employer_name="Demoton Logistics Ltd",
            holds_driving_licence=True,
            pv_marker=pv_marker,
            pv_control_measures="Two officers on any visit" if pv_marker else None,
        ),
    )
    contacts.add_address(
        ctx,
        payer.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL,
            "14 Example Road",
            town="Coventry",
            postcode=postcode,
            confident=True,
        ),
    )
    contacts.add_vehicle(ctx, payer.id, contacts.VehicleInput("AB12CDE", "Ford", "Focus", "Blue"))
    receiver = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Jamie",
            last_name="Sampleford",
            scin=str(int(scin) + 500),
        ),
    )
    case = cases.create_case(
        ctx,
        payer.id,
        cases.CaseInput(
            scheme=Scheme.CMS_2012, region="Midlands", arrears_balance=Decimal("4250.00")
        ),
        [receiver.id],
    )
    magistrates = orders.create_court(
        ctx,
        orders.CourtInput(f"Coventry Magistrates' Court {scin}", CourtKind.MAGISTRATES, "CV"),
    )
    county = orders.create_court(
        ctx,
        orders.CourtInput(
            f"Coventry County Court {scin}", CourtKind.COUNTY, "CV", Decimal("600.00")
        ),
    )
    lo = orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            order_type=OrderType.LIABILITY_ORDER,
            status=OrderStatus.GRANTED,
            reference=f"LO/2026/{scin[-4:]}",
            court_id=magistrates.id,
            applied_on=date(2026, 6, 1),
            granted_on=date(2026, 7, 6),
            period_from=date(2025, 1, 1),
            period_to=date(2025, 12, 31),
            amount=Decimal("3000.00"),
            costs=Decimal("75.00"),
        ),
    )
    asset = assets.create_asset(
        ctx,
        payer.id,
        assets.AssetInput(
            asset_type=AssetType.BANK_ACCOUNT,
            account_type=AccountType.PERSONAL,
            source=InformationSource.CREDIT_REFERENCE_AGENCY,
            recorded_on=date(2026, 10, 12),
            description="Current account, Example Bank",
            estimated_value=Decimal("2150.00"),
        ),
    )
    sr = srs.create_service_request(ctx, case.id, *BAILIFF, order_id=lo.id)
    return Client(
        paying_parent_id=payer.id,
        receiving_parent_id=receiver.id,
        case_id=case.id,
        magistrates_court_id=magistrates.id,
        county_court_id=county.id,
        lo_id=lo.id,
        asset_id=asset.id,
        sr_id=sr.id,
    )
