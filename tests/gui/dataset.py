"""A small dataset for the GUI tests and the screenshot fallback, made through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
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
    SrStatus,
)
from enforcement_desktop.services import assets, cases, contacts, notes
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Court, EnforcementOrder

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
ARREARS = ("Arrears", "Arrears Management", "Arrears Review")
DECIDE = ("Enforcement", "Decide On Enforcement Action", "Gather Information")


@dataclass(frozen=True)
class Dataset:
    pat_id: int
    pat_case_id: int
    pat_lo_id: int
    pat_asset_id: int
    sam_id: int
    sam_case_ids: tuple[int, int]
    open_sr_id: int
    wait_sr_id: int
    overdue_sr_id: int
    closed_sr_id: int
    other_owner_sr_id: int


def _client(
    ctx: ServiceContext,
    scin: str,
    first: str,
    last: str,
    *,
    pv: bool = False,
    nino: str | None = None,
) -> int:
    contact = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name=first,
            last_name=last,
            scin=scin,
            nino=nino,
            date_of_birth=date(1984, 5, 17),
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
        contact.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL, "1 Fictional Street", town="Demoton", postcode="B15 2TT",
            confident=True,
        ),
    )
    return contact.id


def _case(ctx: ServiceContext, payer_id: int, receiver_scin: str, region: str = "Midlands") -> int:
    receiver = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robin",
            last_name=f"Exampleton{receiver_scin[-2:]}",
            scin=receiver_scin,
        ),
    )
    case = cases.create_case(
        ctx,
        payer_id,
        cases.CaseInput(scheme=Scheme.CMS_2012, region=region, arrears_balance=Decimal("2400")),
        [receiver.id],
    )
    return case.id


def _lo(ctx: ServiceContext, case_id: int, reference: str) -> int:
    with ctx.db.unit_of_work() as session:
        court = Court(name=f"Demoton Magistrates {reference}", kind=CourtKind.MAGISTRATES)
        order = EnforcementOrder(
            case_id=case_id,
            order_type=OrderType.LIABILITY_ORDER,
            status=OrderStatus.GRANTED,
            origin=OrderOrigin.CMS,
            reference=reference,
            court=court,
            applied_on=date(2024, 1, 10),
            granted_on=date(2024, 3, 1),
            amount=Decimal("1500.00"),
            costs=Decimal("75.00"),
        )
        session.add(order)
        session.flush()
        return order.id


def build(ctx: ServiceContext) -> Dataset:
    """Two paying parents, an LO, an asset and SRs in every state the views show.

    Pat Testington (121000000001, PV marker) has one case with a granted LO and an asset; Sam
    Sampleton (121000000002) has two cases. The SRs: an Open arrears review, a Bailiff SR in Wait,
    an arrears review whose wait date has passed, a Closed one and one owned by someone else.
    """
    pat = _client(ctx, "121000000001", "Pat", "Testington", pv=True, nino="QQ123456C")
    pat_case = _case(ctx, pat, "121000000501")
    lo_id = _lo(ctx, pat_case, "LO/2024/0001")
    asset = assets.create_asset(
        ctx,
        pat,
        assets.AssetInput(
            asset_type=AssetType.OTHER,
            source=InformationSource.THIRD_PARTY,
            recorded_on=date(2026, 10, 1),
            description="Household goods",
            estimated_value=Decimal("1250.00"),
            finding=AssetFinding.RELEVANT,
        ),
    )
    sam = _client(ctx, "121000000002", "Sam", "Sampleton")
    sam_case_1 = _case(ctx, sam, "121000000502", region="Wales")
    sam_case_2 = _case(ctx, sam, "121000000503", region="North East")

    open_sr = srs.create_service_request(ctx, pat_case, *ARREARS)
    notes.add_note(ctx, "Paying parent called about the arrears.", service_request_id=open_sr.id)

    wait_sr = srs.create_service_request(ctx, sam_case_1, *BAILIFF)
    wait_sr = srs.change_status(
        ctx, wait_sr.id, wait_sr.version, SrStatus.WAIT,
        sub_status="Awaiting update from bailiff", wait_until=date(2027, 2, 21),
    )

    # A wait date that has passed by "today" (23/11/2026): set it while the clock said earlier.
    earlier = ServiceContext(ctx.db, ctx.user, clock=lambda: datetime(2026, 11, 2, 9, 0))
    overdue = srs.create_service_request(earlier, sam_case_2, *ARREARS)
    srs.change_status(
        earlier, overdue.id, overdue.version, SrStatus.WAIT,
        sub_status="Wait State Arrears Notice", wait_until=date(2026, 11, 9),
    )

    closed = srs.create_service_request(ctx, sam_case_1, *DECIDE)
    closed = srs.change_status(ctx, closed.id, closed.version, SrStatus.IN_PROGRESS)
    srs.change_status(ctx, closed.id, closed.version, SrStatus.CLOSED)

    other = srs.create_service_request(ctx, pat_case, *DECIDE, owner="someone.else")
    return Dataset(
        pat_id=pat,
        pat_case_id=pat_case,
        pat_lo_id=lo_id,
        pat_asset_id=asset.id,
        sam_id=sam,
        sam_case_ids=(sam_case_1, sam_case_2),
        open_sr_id=open_sr.id,
        wait_sr_id=wait_sr.id,
        overdue_sr_id=overdue.id,
        closed_sr_id=closed.id,
        other_owner_sr_id=other.id,
    )
