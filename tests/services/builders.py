"""Small builders for service tests: a paying parent with a case, an LO, an asset."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

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
from enforcement_desktop.storage.models import AppUser, Asset, Court, EnforcementOrder, Office


def make_paying_parent(
    ctx: ServiceContext,
    scin: str,
    first: str = "Pat",
    last: str = "Testington",
    *,
    date_of_birth: date | None = None,
    nino: str | None = None,
    pv: bool = False,
) -> int:
    """A paying parent in England, employed, at a confident address in Demoton; their id."""
    payer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name=first,
            last_name=last,
            scin=scin,
            nino=nino,
            date_of_birth=date_of_birth,
            jurisdiction=Jurisdiction.ENGLAND,
            employment_status=EmploymentStatus.EMPLOYED,
            pv_marker=pv,
            pv_control_measures=(
                "Two officers on any visit; no home visits after dark" if pv else None
            ),
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
    return payer.id


def add_case(
    ctx: ServiceContext,
    payer_id: int,
    receiver_scin: str,
    *,
    receiver_last: str = "Exampleton",
    region: str = "Midlands",
) -> cases.CaseDTO:
    """A CMS 2012 case (arrears £2,400) of ``payer_id`` with a new receiving parent, Robin."""
    receiver = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robin",
            last_name=receiver_last,
            scin=receiver_scin,
        ),
    )
    return cases.create_case(
        ctx,
        payer_id,
        cases.CaseInput(scheme=Scheme.CMS_2012, region=region, arrears_balance=Decimal("2400")),
        [receiver.id],
    )


def make_case(ctx: ServiceContext, scin: str = "121000000101") -> cases.CaseDTO:
    """Pat Testington (``scin``) with one case."""
    return add_case(ctx, make_paying_parent(ctx, scin), str(int(scin) + 500000))


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


def make_case_manager(
    ctx: ServiceContext,
    login: str | None = None,
    *,
    display_name: str = "Morgan Testwell",
    phone: str | None = "0115 496 0123",
    team: str | None = "Enforcement Team 7",
    opening_hours: str = "Monday to Friday, 8am to 6pm",
) -> int:
    """A user record for ``login`` (default the acting user) with a complete (fictional) office.

    Forms and letters print the case manager's name, direct phone, team and office, and are
    refused without them; pass ``phone=None`` (or a blank) to test the refusal. A login that
    already has a record keeps it. Returns the user's id.
    """
    with ctx.db.unit_of_work() as s:
        office = s.scalar(select(Office).where(Office.name == "Demoton Enforcement Office"))
        if office is None:
            office = Office(
                name="Demoton Enforcement Office",
                address="Fictional House\n1 Example Street\nDemoton",
                postcode="ZZ99 1ZZ",
                phone="0115 496 0000",
                opening_hours=opening_hours,
            )
            s.add(office)
        existing = s.scalar(select(AppUser).where(AppUser.login == (login or ctx.user)))
        if existing is not None:
            return existing.id
        user = AppUser(
            login=login or ctx.user,
            display_name=display_name,
            phone=phone,
            team=team,
            office=office,
            roles="case_manager",
        )
        s.add(user)
        s.flush()
        return user.id
