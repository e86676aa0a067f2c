"""A small dataset for the GUI tests and the screenshot fallback, made through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from enforcement_desktop.domain.enums import (
    AssetFinding,
    AssetType,
    InformationSource,
    SrStatus,
)
from enforcement_desktop.services import assets, notes
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import BAILIFF, DECIDE
from tests.services.builders import add_case, make_lo, make_paying_parent
from tests.users import add_test_user

__all__ = ["ARREARS", "BAILIFF", "DECIDE", "Dataset", "build"]

ARREARS = ("Arrears", "Arrears Management", "Arrears Review")
DATE_OF_BIRTH = date(1984, 5, 17)


def _case(ctx: ServiceContext, payer_id: int, receiver_scin: str, region: str = "Midlands") -> int:
    last = f"Exampleton{receiver_scin[-2:]}"
    return add_case(ctx, payer_id, receiver_scin, receiver_last=last, region=region).id


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


def build(ctx: ServiceContext) -> Dataset:
    """Two paying parents, an LO, an asset and SRs in every state the views show.

    Pat Testington (121000000001, PV marker) has one case with a granted LO and an asset; Sam
    Sampleton (121000000002) has two cases. The SRs: an Open arrears review, a Bailiff SR in Wait,
    an arrears review whose wait date has passed, a Closed one and one owned by someone else.
    The login at work (``ctx.user``) is the first user, a team leader.
    """
    add_test_user(ctx)
    pat = make_paying_parent(
        ctx, "121000000001", date_of_birth=DATE_OF_BIRTH, nino="QQ123456C", pv=True
    )
    pat_case = _case(ctx, pat, "121000000501")
    lo_id = make_lo(ctx, pat_case, "LO/2024/0001")
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
    sam = make_paying_parent(ctx, "121000000002", "Sam", "Sampleton", date_of_birth=DATE_OF_BIRTH)
    sam_case_1 = _case(ctx, sam, "121000000502", region="Wales")
    sam_case_2 = _case(ctx, sam, "121000000503", region="North East")

    open_sr = srs.create_service_request(ctx, pat_case, *ARREARS)
    notes.add_note(ctx, "Paying parent called about the arrears.", service_request_id=open_sr.id)

    wait_sr = srs.create_service_request(ctx, sam_case_1, *BAILIFF)
    wait_sr = srs.change_status(
        ctx,
        wait_sr.id,
        wait_sr.version,
        SrStatus.WAIT,
        sub_status="Awaiting update from bailiff",
        wait_until=date(2027, 2, 21),
    )

    # A wait date that has passed by "today" (23/11/2026): set it while the clock said earlier.
    earlier = ServiceContext(ctx.db, ctx.user, clock=lambda: datetime(2026, 11, 2, 9, 0))
    overdue = srs.create_service_request(earlier, sam_case_2, *ARREARS)
    srs.change_status(
        earlier,
        overdue.id,
        overdue.version,
        SrStatus.WAIT,
        sub_status="Wait State Arrears Notice",
        wait_until=date(2026, 11, 9),
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
