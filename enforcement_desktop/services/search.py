"""Find a client as the user types: SCIN, name (prefix or fragment), NI number, LO reference,
vehicle registration.

Each kind of match is an indexed range query (``col >= 'abc' AND col < 'abd'``), which both SQLite
and PostgreSQL answer from a plain b-tree index whatever the collation; only the name-fragment
match scans, and it stops at the first ``limit`` rows.

The queries use SQLAlchemy Core over :mod:`enforcement_desktop.storage.tables`, not the ORM
models: search is what the main window needs first, and it works before the ORM has loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, case, select

from enforcement_desktop.domain.enums import AddressType, ContactRole, OrderType, UserRole
from enforcement_desktop.domain.values import joined_name, strip_invisible
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.tables import (
    address,
    app_user,
    contact,
    enforcement_case,
    enforcement_order,
    vehicle,
)

MAX_QUERY_LENGTH = 60


@dataclass(frozen=True, slots=True)
class ClientHit:
    """One client found: enough to tell two people of the same name and birthday apart."""

    contact_id: int
    scin: str | None
    name: str
    date_of_birth: date | None
    role: ContactRole
    pv_marker: bool
    matched_on: str
    #: First line and postcode of the current address (residential, else correspondence);
    #: None for a sensitive case when the user is not in Special Client Records.
    address_line1: str | None = None
    postcode: str | None = None
    #: A sensitive case (Check CSA), shown like the PV marker.
    sensitive: bool = False
    address_hidden: bool = False
    #: Priority (1) or urgent (2) as last decided (domain.csa), and why, one reason a line.
    attention: int = 0
    attention_reasons: str | None = None


def search_text(text: str | None) -> str:
    """What is searched for: the text typed, without characters no record can hold.

    Invisible and unprintable characters (NUL, bidi controls, lone surrogates, noncharacters)
    are refused wherever text is saved, so no record holds one; removed here they cannot reach
    the database either (PostgreSQL refuses NUL, neither database takes a lone surrogate).
    """
    return strip_invisible((text or "")[: MAX_QUERY_LENGTH * 4]).strip()[:MAX_QUERY_LENGTH]


def _prefix_bounds(prefix: str) -> tuple[str, str]:
    """[prefix, next) so that ``col >= lo AND col < hi`` means "starts with prefix"."""
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _current_address_id() -> Any:
    """The id of the client's current address, residential before correspondence (as the
    Contact view's current address): a correlated subquery on the address's contact index,
    so each kind of match stays one query, whatever the number of hits."""
    a = address.alias("current_address").c
    return (
        select(a.id)
        .where(
            a.contact_id == contact.c.id,
            a.is_current.is_(True),
            a.address_type.in_([AddressType.RESIDENTIAL.value, AddressType.CORRESPONDENCE.value]),
        )
        .order_by(case((a.address_type == AddressType.RESIDENTIAL.value, 0), else_=1), a.id)
        .limit(1)
        .correlate(contact)
        .scalar_subquery()
    )


def _may_see_sensitive(login: str | None) -> Any:
    """Whether the user is in Special Client Records: an uncorrelated EXISTS riding along in
    each search query (no round trip of its own)."""
    u = app_user.c
    return (
        select(u.id)
        .where(
            u.login == (login or ""),
            u.active.is_(True),
            u.roles.like(f"%{UserRole.SPECIAL_CLIENT_RECORDS.value}%"),
        )
        .exists()
    )


def _contact_columns(login: str | None = None) -> Any:
    c = contact.c
    return select(
        c.id,
        c.scin,
        c.first_name,
        c.last_name,
        c.date_of_birth,
        c.role,
        c.pv_marker,
        address.c.line1,
        address.c.postcode,
        c.sensitive,
        c.attention,
        c.attention_reasons,
        _may_see_sensitive(login),
    )


def _run(conn: Connection, stmt: Any, matched_on: str, limit: int) -> list[ClientHit]:
    # The address joins last, onto whatever the kind of match joined to find the contact.
    stmt = stmt.outerjoin_from(
        contact,
        address,
        and_(address.c.contact_id == contact.c.id, address.c.id == _current_address_id()),
    )
    return [_hit(row, matched_on) for row in conn.execute(stmt.limit(limit))]


def _hit(row: Any, matched_on: str) -> ClientHit:
    hidden = bool(row[9]) and not row[12]
    return ClientHit(
        row[0],
        row[1],
        # An employer or third party has its whole name in last_name, first_name empty.
        joined_name(row[2], row[3]),
        row[4],
        ContactRole(row[5]),
        bool(row[6]),
        matched_on,
        None if hidden else row[7],
        None if hidden else row[8],
        sensitive=bool(row[9]),
        address_hidden=hidden,
        attention=int(row[10] or 0),
        attention_reasons=row[11],
    )


def search_clients(
    ctx: ServiceContext, text: str, limit: int = 50, *, role: ContactRole | None = None
) -> list[ClientHit]:
    """Clients matching ``text``, best kinds of match first, at most ``limit``, no duplicates.

    Args:
        role: Only clients of this role (filtered in the query, so ``limit`` counts only them).
    """
    with ctx.db.engine.connect() as conn:
        return search_in_connection(conn, text, limit, role=role, user=ctx.user)


def search_in_connection(
    conn: Connection,
    text: str,
    limit: int = 50,
    *,
    role: ContactRole | None = None,
    user: str | None = None,
) -> list[ClientHit]:
    """As :func:`search_clients`; ``user`` decides whether a sensitive case's address shows."""
    query = search_text(text)
    if not query:
        return []
    compact = re.sub(r"\s+", "", query)
    hits: list[ClientHit] = []
    seen: set[int] = set()

    def add(stmt: Any, matched_on: str) -> None:
        if role is not None:
            stmt = stmt.where(contact.c.role == role.value)
        for hit in _run(conn, stmt, matched_on, limit):
            if hit.contact_id not in seen and len(hits) < limit:
                seen.add(hit.contact_id)
                hits.append(hit)

    if re.fullmatch(r"[0-9]+", compact):
        lo, hi = _prefix_bounds(compact)
        stmt = (
            _contact_columns(user)
            .where(contact.c.scin >= lo, contact.c.scin < hi)
            .order_by(contact.c.scin)
        )
        add(stmt, "SCIN")
        return hits

    upper = compact.upper()
    if re.fullmatch(r"[A-Z]{2}[0-9]{0,6}[A-D]?", upper) and len(upper) >= 3:
        lo, hi = _prefix_bounds(upper)
        stmt = (
            _contact_columns(user)
            .where(contact.c.nino >= lo, contact.c.nino < hi)
            .order_by(contact.c.nino)
        )
        add(stmt, "NI number")

    if len(upper) >= 2 and re.fullmatch(r"[A-Z0-9/\-]+", upper):
        lo, hi = _prefix_bounds(upper)
        stmt = (
            _contact_columns(user)
            .join(enforcement_case, enforcement_case.c.paying_parent_id == contact.c.id)
            .join(enforcement_order, enforcement_order.c.case_id == enforcement_case.c.id)
            .where(
                enforcement_order.c.reference >= lo,
                enforcement_order.c.reference < hi,
                enforcement_order.c.order_type == OrderType.LIABILITY_ORDER.value,
            )
            .order_by(enforcement_order.c.reference)
        )
        add(stmt, "LO reference")
        if re.fullmatch(r"[A-Z0-9]+", upper) and re.search(r"[0-9]", upper):
            stmt = (
                _contact_columns(user)
                .join(vehicle, vehicle.c.contact_id == contact.c.id)
                .where(vehicle.c.registration >= lo, vehicle.c.registration < hi)
                .order_by(vehicle.c.registration)
            )
            add(stmt, "vehicle registration")

    lowered = query.lower()
    # Names hold letters, spaces, hyphens and apostrophes: a query with digits or slashes is a
    # reference or registration, and scanning every name for it would only cost time.
    looks_like_name = re.search(r"[a-z]", lowered) and not re.search(r"[0-9/]", lowered)
    if len(hits) < limit and looks_like_name:
        lo, hi = _prefix_bounds(lowered)
        stmt = (
            _contact_columns(user)
            .where(contact.c.surname_key >= lo, contact.c.surname_key < hi)
            .order_by(contact.c.surname_key, contact.c.id)
        )
        add(stmt, "surname")
        if len(hits) < limit and len(lowered) >= 2:
            escaped = lowered.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            stmt = _contact_columns(user).where(
                contact.c.name_key.like(f"%{escaped}%", escape="\\")
            )
            add(stmt, "name")
    return hits
