"""Find a client as the user types: SCIN, name (prefix or fragment), NI number, LO reference,
vehicle registration.

Each kind of match is an indexed range query (``col >= 'abc' AND col < 'abd'``), which both SQLite
and PostgreSQL answer from a plain b-tree index whatever the collation; only the name-fragment
match scans, and it stops at the first ``limit`` rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.enums import ContactRole, OrderType
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Case, Contact, EnforcementOrder, Vehicle

MAX_QUERY_LENGTH = 60


@dataclass(frozen=True, slots=True)
class ClientHit:
    contact_id: int
    scin: str | None
    name: str
    date_of_birth: date | None
    role: ContactRole
    pv_marker: bool
    matched_on: str


def _prefix_bounds(prefix: str) -> tuple[str, str]:
    """[prefix, next) so that ``col >= lo AND col < hi`` means "starts with prefix"."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _contact_columns() -> Any:
    return select(
        Contact.id,
        Contact.scin,
        Contact.first_name,
        Contact.last_name,
        Contact.date_of_birth,
        Contact.role,
        Contact.pv_marker,
    )


def _run(session: Session, stmt: Any, matched_on: str, limit: int) -> list[ClientHit]:
    return [
        ClientHit(row[0], row[1], f"{row[2]} {row[3]}", row[4], row[5], row[6], matched_on)
        for row in session.execute(stmt.limit(limit))
    ]


def search_clients(ctx: ServiceContext, text: str, limit: int = 50) -> list[ClientHit]:
    """Clients matching ``text``, best kinds of match first, at most ``limit``, no duplicates."""
    with ctx.unit_of_work() as session:
        return search_in_session(session, text, limit)


def search_in_session(session: Session, text: str, limit: int = 50) -> list[ClientHit]:
    query = (text or "").strip()[:MAX_QUERY_LENGTH]
    if not query:
        return []
    compact = re.sub(r"\s+", "", query)
    hits: list[ClientHit] = []
    seen: set[int] = set()

    def add(found: list[ClientHit]) -> None:
        for hit in found:
            if hit.contact_id not in seen and len(hits) < limit:
                seen.add(hit.contact_id)
                hits.append(hit)

    if compact.isdigit():
        lo, hi = _prefix_bounds(compact)
        stmt = (
            _contact_columns().where(Contact.scin >= lo, Contact.scin < hi).order_by(Contact.scin)
        )
        add(_run(session, stmt, "SCIN", limit))
        return hits

    upper = compact.upper()
    if re.fullmatch(r"[A-Z]{2}\d{0,6}[A-D]?", upper) and len(upper) >= 3:
        lo, hi = _prefix_bounds(upper)
        stmt = (
            _contact_columns().where(Contact.nino >= lo, Contact.nino < hi).order_by(Contact.nino)
        )
        add(_run(session, stmt, "NI number", limit))

    if len(upper) >= 2 and re.fullmatch(r"[A-Z0-9/\-]+", upper):
        lo, hi = _prefix_bounds(upper)
        stmt = (
            _contact_columns()
            .join(Case, Case.paying_parent_id == Contact.id)
            .join(EnforcementOrder, EnforcementOrder.case_id == Case.id)
            .where(
                EnforcementOrder.reference >= lo,
                EnforcementOrder.reference < hi,
                EnforcementOrder.order_type == OrderType.LIABILITY_ORDER,
            )
            .order_by(EnforcementOrder.reference)
        )
        add(_run(session, stmt, "LO reference", limit))
        if re.fullmatch(r"[A-Z0-9]+", upper) and any(ch.isdigit() for ch in upper):
            stmt = (
                _contact_columns()
                .join(Vehicle, Vehicle.contact_id == Contact.id)
                .where(Vehicle.registration >= lo, Vehicle.registration < hi)
                .order_by(Vehicle.registration)
            )
            add(_run(session, stmt, "vehicle registration", limit))

    lowered = query.lower()
    # Names hold letters, spaces, hyphens and apostrophes: a query with digits or slashes is a
    # reference or registration, and scanning every name for it would only cost time.
    looks_like_name = re.search(r"[a-z]", lowered) and not re.search(r"[\d/]", lowered)
    if len(hits) < limit and looks_like_name:
        lo, hi = _prefix_bounds(lowered)
        stmt = (
            _contact_columns()
            .where(Contact.surname_key >= lo, Contact.surname_key < hi)
            .order_by(Contact.surname_key, Contact.id)
        )
        add(_run(session, stmt, "surname", limit))
        if len(hits) < limit and len(lowered) >= 2:
            escaped = lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = _contact_columns().where(Contact.name_key.like(f"%{escaped}%", escape="\\"))
            add(_run(session, stmt, "name", limit))
    return hits
