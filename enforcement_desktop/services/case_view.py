"""Everything one client's case view shows, read in one unit of work with a few indexed queries."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from enforcement_desktop.domain.rules import enforcement_options
from enforcement_desktop.services.appeals import AppealDTO, appeal_dto
from enforcement_desktop.services.assets import AssetDTO, asset_dto
from enforcement_desktop.services.base import ServiceContext, get_or_404
from enforcement_desktop.services.cases import CaseDTO, case_dto
from enforcement_desktop.services.contacts import ContactDTO, contact_dto
from enforcement_desktop.services.notes import NoteDTO, note_dto
from enforcement_desktop.services.options import PowerOptionDTO, load_case_facts
from enforcement_desktop.services.orders import OrderDTO, order_dto
from enforcement_desktop.services.service_requests import ServiceRequestDTO, sr_dto
from enforcement_desktop.storage.models import (
    Asset,
    Case,
    CaseReceivingParent,
    Contact,
    EnforcementOrder,
    Note,
    ServiceRequest,
)


@dataclass(frozen=True, slots=True)
class CaseView:
    """A client with their case (the first on which they pay), ready for every tab."""

    contact: ContactDTO
    cases: tuple[CaseDTO, ...]
    case: CaseDTO | None
    assets: tuple[AssetDTO, ...]
    orders: tuple[OrderDTO, ...]
    appeals: tuple[AppealDTO, ...]
    service_requests: tuple[ServiceRequestDTO, ...]
    notes: tuple[NoteDTO, ...]
    options: tuple[PowerOptionDTO, ...]


def load_case_view(ctx: ServiceContext, contact_id: int) -> CaseView:
    with ctx.unit_of_work() as session:
        contact = session.scalar(
            select(Contact)
            .where(Contact.id == contact_id)
            .options(
                selectinload(Contact.addresses),
                selectinload(Contact.vehicles),
                selectinload(Contact.assets).selectinload(Asset.service_request_links),
            )
        )
        if contact is None:
            get_or_404(session, Contact, contact_id, "contact")
            raise AssertionError("unreachable")
        # Two indexed lookups: an OR across the outer join would scan every case.
        case_ids = set(
            session.scalars(select(Case.id).where(Case.paying_parent_id == contact_id))
        ) | set(
            session.scalars(
                select(CaseReceivingParent.case_id).where(
                    CaseReceivingParent.contact_id == contact_id
                )
            )
        )
        cases = session.scalars(
            select(Case)
            .where(Case.id.in_(sorted(case_ids)))
            .options(
                selectinload(Case.paying_parent),
                selectinload(Case.receiving_parent_links).selectinload(CaseReceivingParent.contact),
                selectinload(Case.orders).selectinload(EnforcementOrder.payments),
                selectinload(Case.orders).selectinload(EnforcementOrder.court),
                selectinload(Case.orders).selectinload(EnforcementOrder.parent_order),
                selectinload(Case.appeals),
                selectinload(Case.service_requests).selectinload(ServiceRequest.order),
            )
            .order_by(Case.id)
        ).all()
        # The case view is about the paying side when the client pays on any case.
        main = next((c for c in cases if c.paying_parent_id == contact_id), None)
        # Two indexed queries merged here: SQLite scans the table for the OR of both.
        notes = sorted(
            {
                *session.scalars(select(Note).where(Note.contact_id == contact_id).limit(200)),
                *session.scalars(select(Note).where(Note.case_id.in_(sorted(case_ids))).limit(200)),
            },
            key=lambda n: (n.created_at, n.id),
            reverse=True,
        )[:200]
        power_options: tuple[PowerOptionDTO, ...] = ()
        if main is not None:
            facts = load_case_facts(session, main.id)
            power_options = tuple(
                PowerOptionDTO(o.power, o.power.label, o.allowed, tuple(o.verdict.messages))
                for o in enforcement_options(facts, ctx.today())
            )
        srs = [sr for c in cases for sr in c.service_requests]
        srs.sort(key=lambda sr: (sr.opened_on, sr.id), reverse=True)
        return CaseView(
            contact=contact_dto(contact),
            cases=tuple(case_dto(c) for c in cases),
            case=case_dto(main) if main is not None else None,
            assets=tuple(asset_dto(a) for a in contact.assets),
            orders=tuple(order_dto(o) for o in (main.orders if main is not None else [])),
            appeals=tuple(appeal_dto(a) for a in (main.appeals if main is not None else [])),
            service_requests=tuple(sr_dto(sr, full=False) for sr in srs),
            notes=tuple(note_dto(n) for n in notes),
            options=power_options,
        )
