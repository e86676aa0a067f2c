"""Fictional sample inputs for the document builders: one client with three liability orders.

One source for the document tests, ``tools/render_documents.py`` and ``bench/bench_pack.py``.
Every name, address and reference is invented: the NI number uses the QQ prefix that is never
issued, phone numbers are from Ofcom's drama ranges and postcodes use the unused ZZ area.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from enforcement_desktop.documents.data import (
    BailiffPack,
    BailiffReferral,
    CmsContact,
    DvsPhotoRequest,
    LetterOrder,
    LiabilityOrderDetails,
    PersonDetails,
    PostalAddress,
    ReceivingParentLetter,
    VehicleDetails,
)
from enforcement_desktop.domain.enums import OrderOrigin

SCIN = "121000000008"
#: The sample receiving parent's own SCIN: the reference their letters quote.
RECEIVING_PARENT_SCIN = "121000001008"
TODAY = date(2026, 11, 23)
CASE_MANAGER = CmsContact(
    name="Morgan Testwell",
    team="Enforcement Team 7",
    region="East Midlands",
    phone="0115 496 0123",
    office_address=("PO Box 0000", "Exampleton"),
    office_postcode="ZZ99 9ZZ",
    opening_hours="Monday to Friday, 8am to 6pm",
)
PAYING_PARENT_ADDRESS = PostalAddress(("Flat 2, 7 Example Street", "Llanfictional"), "ZZ99 3ZZ")
PAYING_PARENT = PersonDetails(
    full_name="Dafydd ap Gwilym",
    other_names=("Dai O'Brien",),
    date_of_birth=date(1984, 3, 14),
    ni_number="QQ123456C",
    address=PAYING_PARENT_ADDRESS,
    phone="07700 900123",
    employment_status="Self-employed",
    employer="Sampleson Joinery Ltd",
)
ASSETS = ("Vehicle: Exampla Roadster ZZ11 ZZZ (source: DVLA)", "Workshop tools at home address")
PREVIOUS = ("DEO 2022: employment ended",)
#: The vehicles a CMSF5571 lists: every one known, not only the first.
DVS_VEHICLES = (
    VehicleDetails("zz11 zzz", "Exampla", "Roadster", "Blue"),
    VehicleDetails("ZZ22 ZZZ", "Testmoto", "Van", "White"),
)


def lo(
    reference: str,
    origin: OrderOrigin,
    granted: date,
    amount: str = "1000.00",
    costs: str = "85.00",
    paid: str = "100.00",
) -> LiabilityOrderDetails:
    """A liability order granted on ``granted``; balance = amount + costs - payments."""
    a, c, p = Decimal(amount), Decimal(costs), Decimal(paid)
    return LiabilityOrderDetails(
        reference=reference,
        court="Exampleton Magistrates' Court",
        applied_on=date(granted.year, granted.month, 1),
        granted_on=granted,
        period_from=date(granted.year - 2, 4, 1),
        period_to=date(granted.year - 1, 3, 31),
        amount=a,
        costs=c,
        payments=p,
        current_balance=a + c - p,
        origin=origin,
    )


#: Collection priority: CMS oldest to newest, then CSA (granted earliest of all, yet last).
ORDERS = (
    lo("LO-CMS-2021-001", OrderOrigin.CMS, date(2021, 2, 9), "2450.00", "85.00", "300.00"),
    lo("LO-CMS-2023-042", OrderOrigin.CMS, date(2023, 6, 20), "1830.50", "85.00", "0.00"),
    lo("CSA/LO/2017/7", OrderOrigin.CSA, date(2017, 10, 3), "3120.00", "60.00", "1200.00"),
)


def referral(
    order: LiabilityOrderDetails = ORDERS[0], position: int = 1, total: int = 1, **changes: object
) -> BailiffReferral:
    """A complete CMEL8010 with a PV marker; keyword arguments replace fields."""
    base = BailiffReferral(
        referral_date=TODAY,
        case_manager=CASE_MANAGER,
        scin=SCIN,
        scheme="CMS 2012",
        paying_parent=PAYING_PARENT,
        receiving_parent_names=("Siân Ó Súilleabháin",),
        liability_order=order,
        position=position,
        total=total,
        sum_applied_for=order.current_balance,
        pv_marker=True,
        pv_control_measures="Visit in pairs only.",
        vehicles=(VehicleDetails("zz11 zzz", "Exampla", "Roadster", "Blue"), VehicleDetails()),
        assets=ASSETS,
        previous_enforcement=PREVIOUS,
        additional_information="Works from a workshop behind the house.",
        complete=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def referrals(orders: tuple[LiabilityOrderDetails, ...] = ORDERS) -> tuple[BailiffReferral, ...]:
    """One referral per order, numbered in the given order; later forms are subsequent ones."""
    return tuple(
        referral(
            order,
            position,
            len(orders),
            complete=position == 1,
            vehicles=() if position > 1 else referral().vehicles,
            assets=() if position > 1 else ASSETS,
            previous_enforcement=() if position > 1 else PREVIOUS,
        )
        for position, order in enumerate(orders, start=1)
    )


def dvs_request(**changes: object) -> DvsPhotoRequest:
    """A CMSF5571 for the sample paying parent."""
    base = DvsPhotoRequest(
        request_date=TODAY,
        scin=SCIN,
        case_manager=CASE_MANAGER,
        paying_parent_name="Dafydd ap Gwilym",
        address=PAYING_PARENT_ADDRESS,
        date_of_birth=date(1984, 3, 14),
        vehicle_registration="zz11 zzz",
        driving_licence_number="GWILY803144D99XY",
        reason="Holds a driving licence; a photograph will help the bailiff.",
        vehicles=DVS_VEHICLES,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def pack(**changes: object) -> BailiffPack:
    """2 CMS LOs (different years) + 1 CSA LO + a CMSF5571."""
    base = BailiffPack(SCIN, "East Midlands", referrals(), dvs_request())
    return replace(base, **changes)  # type: ignore[arg-type]


def letter_order(order: LiabilityOrderDetails) -> LetterOrder:
    """How a letter to the receiving parent names ``order``: reference and period."""
    return LetterOrder(order.reference, order.period_from, order.period_to)


def letter(**changes: object) -> ReceivingParentLetter:
    """A letter to the sample receiving parent."""
    base = ReceivingParentLetter(
        letter_date=TODAY,
        scin=RECEIVING_PARENT_SCIN,
        receiving_parent_name="Siân Ó Súilleabháin",
        receiving_parent_address=PostalAddress(("12 Sample Road", "Fictionbury"), "ZZ99 4ZZ"),
        case_manager=CASE_MANAGER,
        liability_orders=(letter_order(ORDERS[0]),),
    )
    return replace(base, **changes)  # type: ignore[arg-type]
