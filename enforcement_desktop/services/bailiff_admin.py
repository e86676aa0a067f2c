"""Bailiff admin over a whole pack or a whole batch (issue 13 item 8): what the "Record pack as
sent" dialog lists, and which clients "Build all packs" will build, read before anything is done.

The rules stay in :mod:`enforcement_desktop.services.bailiff` (whether an SR is ready, what the
pack holds, what recording it as sent checks); this module gathers what the two screens show.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import Case, Contact, EnforceForm


@dataclass(frozen=True, slots=True)
class PackSentRow:
    """One Bailiff SR whose pack is built and not yet recorded as sent.

    Attributes:
        sr_id: The Bailiff SR.
        reference: Its LO's reference.
        current_balance: The LO's current arrears balance.
        pack_prepared_on: When its pack was built.
    """

    sr_id: int
    reference: str | None
    current_balance: Decimal | None
    pack_prepared_on: date


@dataclass(frozen=True, slots=True)
class PackSentScreen:
    """What the "Record pack as sent" dialog shows.

    Attributes:
        scin: The client.
        rows: The client's Bailiff SRs whose pack is built and not sent, in collection
            priority (the pack's order).
        companies: The bailiff companies already recorded in this database, alphabetically.
    """

    scin: str
    rows: tuple[PackSentRow, ...]
    companies: tuple[str, ...]


def _prepared_on(ctx: ServiceContext, sr_ids: Iterable[int]) -> dict[int, date]:
    ids = list(sr_ids)
    if not ids:
        return {}
    with ctx.reading() as session:
        return {
            sr_id: prepared
            for sr_id, prepared in session.execute(
                select(EnforceForm.service_request_id, EnforceForm.pack_prepared_on).where(
                    EnforceForm.service_request_id.in_(ids),
                    EnforceForm.pack_prepared_on.is_not(None),
                    EnforceForm.bailiff_issue_date.is_(None),
                )
            )
            if prepared is not None
        }


def bailiff_companies(ctx: ServiceContext) -> list[str]:
    """The bailiff companies recorded on any SR, alphabetically (the dialog's suggestions)."""
    with ctx.reading() as session:
        names = session.scalars(
            select(func.trim(EnforceForm.bailiff_company))
            .where(EnforceForm.bailiff_company.is_not(None))
            .distinct()
        ).all()
    unique = {n for n in names if n}
    return sorted(unique, key=str.casefold)


def pack_sent_screen(
    ctx: ServiceContext, scin: str, sr_ids: Iterable[int] | None = None
) -> PackSentScreen:
    """The client's built, unsent Bailiff SRs (only ``sr_ids`` when given) and the companies.

    Raises:
        NotFoundError: No paying parent with that SCIN.
    """
    wanted = set(sr_ids) if sr_ids is not None else None
    candidates = [
        c for c in bailiff.pack_candidates(ctx, scin) if wanted is None or c.sr_id in wanted
    ]
    prepared = _prepared_on(ctx, (c.sr_id for c in candidates))
    ranked = sorted(
        (c for c in candidates if c.sr_id in prepared),
        key=lambda c: (c.position is None, c.position or 0, c.sr_id),
    )
    rows = tuple(
        PackSentRow(c.sr_id, c.reference, c.current_balance, prepared[c.sr_id]) for c in ranked
    )
    return PackSentScreen(scin, rows, tuple(bailiff_companies(ctx)))


# --------------------------------------------------------------------------- batch


@dataclass(frozen=True, slots=True)
class BatchClient:
    """One client a batch of packs covers, and whether its pack will be built.

    Attributes:
        scin: The paying parent.
        name: Their name.
        region: Their case's region (the zip is named SCIN + region).
        sr_ids: The user's Bailiff SRs of the client that are ready to pack.
        lo_count: How many LOs (CMEL8010s) the pack would hold.
        stop: Why no pack will be built for this client; None when one will.
    """

    scin: str
    name: str
    region: str
    sr_ids: tuple[int, ...]
    lo_count: int
    stop: str | None

    @property
    def will_build(self) -> bool:
        return self.stop is None


def batch_client(
    ctx: ServiceContext, scin: str, owned: Iterable[int]
) -> tuple[list[int], str | None]:
    """The ``owned`` SRs of the client that are ready to pack, and what stops the pack, if any.

    A client is stopped when none of the user's SRs is ready (the first problem is named), or
    when every ready SR already has a pack built and not sent (rebuilt from the client's
    Activity Plan, never silently by a batch).
    """
    mine = [c for c in bailiff.pack_candidates(ctx, scin) if c.sr_id in set(owned)]
    ready = [c.sr_id for c in mine if c.ready]
    if not ready:
        first = next((c for c in mine if c.problems), None)
        if first is None:
            return [], "no Bailiff SR of yours is waiting to be sent"
        return [], f"not ready: Bailiff SR {first.sr_id}: {first.problems[0]}"
    built = _prepared_on(ctx, ready)
    if len(built) == len(ready):
        return ready, (
            f"pack already built on {format_date(max(built.values()))} and not yet sent; "
            "rebuild it from the client's Activity Plan if it changed"
        )
    return ready, None


def batch_preview(ctx: ServiceContext, owner: str) -> list[BatchClient]:
    """The clients "Build all packs" covers for ``owner``, by SCIN, each with what stops it.

    Nothing is written.
    """
    clients = bailiff.clients_with_bailiff_srs(ctx, owner)
    if not clients:
        return []
    with ctx.reading() as session:
        people = {
            scin: (f"{first} {last}", region)
            for scin, first, last, region in session.execute(
                select(Contact.scin, Contact.first_name, Contact.last_name, Case.region)
                .join(Case, Case.paying_parent_id == Contact.id)
                .where(Contact.scin.in_(list(clients)))
                .order_by(Case.id)
            )
            if scin is not None
        }
    found = []
    for scin, owned in clients.items():
        ready, stop = batch_client(ctx, scin, owned)
        name, region = people.get(scin, ("", ""))
        found.append(BatchClient(scin, name, region, tuple(ready), len(ready), stop))
    return found
