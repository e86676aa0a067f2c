"""Enforcement options for a case: the database read into rule facts, then the rules applied."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    BailiffOutcome,
    OrderType,
    Power,
    Workflow,
)
from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.domain.facts import (
    AppealFacts,
    AssetFacts,
    CaseFacts,
    CourtFacts,
    OrderFacts,
    PayingParentFacts,
)
from enforcement_desktop.domain.rules import enforcement_options, options_as_json
from enforcement_desktop.domain.sanctions import SanctionsTerms
from enforcement_desktop.domain.values import normalise_scin
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import (
    Address,
    Case,
    Contact,
    Court,
    EnforceForm,
    EnforcementOrder,
    ServiceRequest,
)


@dataclass(frozen=True, slots=True)
class PowerOptionDTO:
    power: Power
    label: str
    allowed: bool
    #: What to tell the user: the failed checks when blocked, every check made when allowed.
    reasons: tuple[str, ...]


def _court_facts(court: Court | None) -> CourtFacts | None:
    if court is None:
        return None
    return CourtFacts(
        name=court.name,
        kind=court.kind,
        postcode_areas=tuple(court.postcode_areas.replace(",", " ").upper().split()),
        charging_order_de_minimis=court.charging_order_de_minimis,
    )


def _current(addresses: list[Address], kind: AddressType) -> Address | None:
    return next((a for a in addresses if a.is_current and a.address_type == kind), None)


def paying_parent_facts(contact: Contact) -> PayingParentFacts:
    residential = _current(contact.addresses, AddressType.RESIDENTIAL)
    correspondence = _current(contact.addresses, AddressType.CORRESPONDENCE)
    # The address the bailiff would visit: the residential one, else where we write to.
    address = residential or correspondence
    marker = correspondence.marker if correspondence is not None else AddressMarker.NONE
    return PayingParentFacts(
        jurisdiction=contact.jurisdiction,
        address_confident=bool(address and address.confident),
        address_marker=marker,
        residential_postcode=residential.postcode if residential else None,
        employment_status=contact.employment_status,
        holds_driving_licence=contact.holds_driving_licence,
        holds_passport=contact.holds_passport,
        depends_on_driving_for_livelihood=contact.depends_on_driving,
        professional_body_member=bool(contact.professional_body),
        vehicles_count=len(contact.vehicles),
    )


def order_facts(order: EnforcementOrder) -> OrderFacts:
    paid = sum((p.amount for p in order.payments), Decimal("0.00"))
    return OrderFacts(
        id=order.id,
        order_type=order.order_type,
        status=order.status,
        origin=order.origin,
        reference=order.reference or "",
        court=_court_facts(order.court),
        applied_on=order.applied_on,
        granted_on=order.granted_on,
        period_from=order.period_from,
        period_to=order.period_to,
        amount=order.amount,
        costs=order.costs,
        payments=paid,
        parent_order_id=order.parent_order_id,
        complied=order.complied,
        asset_id=order.asset_id,
        terms=sanctions_terms(order),
        paid=tuple((p.paid_on, p.amount) for p in order.payments),
    )


def sanctions_terms(order: EnforcementOrder) -> SanctionsTerms | None:
    """A sanctions order's terms when they were recorded (None before they were kept)."""
    if (
        order.order_type != OrderType.SANCTIONS_ORDER
        or order.instalment_amount is None
        or order.instalment_period is None
        or order.first_due_on is None
    ):
        return None
    total = order.amount + order.costs
    return SanctionsTerms(
        order.instalment_amount,
        order.instalment_period,
        order.first_due_on,
        total if total > 0 else None,
    )


def covering(own: Iterable[Any], linked: Iterable[Any]) -> list[Any]:
    """A case's own records and those of another case linked to it, once each."""
    found = {r.id: r for r in own}
    for r in linked:
        found.setdefault(r.id, r)
    return [found[k] for k in sorted(found)]


def load_case_facts(session: Session, case_id: int) -> CaseFacts:
    """Read one case and everything the rules look at, in a handful of indexed queries."""
    case = session.scalar(
        select(Case)
        .where(Case.id == case_id)
        .options(
            selectinload(Case.paying_parent).selectinload(Contact.addresses),
            selectinload(Case.paying_parent).selectinload(Contact.vehicles),
            selectinload(Case.paying_parent).selectinload(Contact.assets),
            selectinload(Case.orders).selectinload(EnforcementOrder.payments),
            selectinload(Case.orders).selectinload(EnforcementOrder.court),
            selectinload(Case.appeals),
            selectinload(Case.linked_orders).selectinload(EnforcementOrder.payments),
            selectinload(Case.linked_orders).selectinload(EnforcementOrder.court),
            selectinload(Case.linked_appeals),
        )
    )
    if case is None:
        raise NotFoundError("case", case_id)
    # Seed 000 step 14: a Nulla Bona returned for the paying parent, on any of their cases; and
    # a bailiff outcome Not successful, with or without one (last resort, issue 10).
    returns = session.execute(
        select(
            EnforceForm.nulla_bona_received,
            EnforceForm.nulla_bona_received_on,
            EnforceForm.bailiff_outcome,
            EnforceForm.bailiff_outcome_date,
        )
        .join(ServiceRequest, ServiceRequest.id == EnforceForm.service_request_id)
        .join(Case, Case.id == ServiceRequest.case_id)
        .where(
            Case.paying_parent_id == case.paying_parent_id,
            ServiceRequest.workflow == Workflow.BAILIFF,
            or_(
                EnforceForm.nulla_bona_received.is_(True),
                EnforceForm.bailiff_outcome == BailiffOutcome.NOT_SUCCESSFUL,
            ),
        )
        .order_by(EnforceForm.id)
    ).all()
    return case_facts(
        case,
        tuple(
            r.nulla_bona_received_on
            for r in returns
            if r.nulla_bona_received and r.nulla_bona_received_on
        ),
        unsuccessful_bailiff_dates((r.bailiff_outcome, r.bailiff_outcome_date) for r in returns),
    )


def unsuccessful_bailiff_dates(
    outcomes: Iterable[tuple[BailiffOutcome | None, date | None]],
) -> tuple[date, ...]:
    """The dates of the Bailiff SRs' outcomes Not successful, from (outcome, date) pairs."""
    return tuple(
        on
        for outcome, on in outcomes
        if outcome is BailiffOutcome.NOT_SUCCESSFUL and on is not None
    )


def case_facts(
    case: Case,
    nulla_bona_dates: Iterable[date],
    unsuccessful_bailiff_dates: Iterable[date] = (),
) -> CaseFacts:
    """The rules' view of a case already loaded with its paying parent, orders and appeals.

    Args:
        case: The case, its paying parent's addresses, vehicles and assets, its orders'
            payments and courts, and its appeals loaded, and the sanctions orders and appeals
            linked to it (``linked_orders`` with their payments, ``linked_appeals``); a
            relationship not loaded is read here.
        nulla_bona_dates: Nulla Bona dates returned for the paying parent on any of their cases.
        unsuccessful_bailiff_dates: The dates bailiff outcomes Not successful were received for
            the paying parent on any of their cases (bailiff action tried, for the last resort).
    """
    contact = case.paying_parent
    return CaseFacts(
        scin=contact.scin or "",
        scheme=case.scheme,
        arrears_balance=case.arrears_balance,
        paying_parent=paying_parent_facts(contact),
        # A sanctions order or appeal of another of the paying parent's cases that covers this
        # one blocks here too (issue 10).
        orders=tuple(order_facts(o) for o in covering(case.orders, case.linked_orders)),
        assets=tuple(
            AssetFacts(
                id=a.id,
                asset_type=a.asset_type,
                account_type=a.account_type,
                estimated_value=a.estimated_value,
                finding=a.finding,
                description=a.description or "",
                disposed_to_third_party=a.disposed_to_third_party,
            )
            for a in contact.assets
        ),
        appeals=tuple(
            AppealFacts(status=a.status, lodged_on=a.lodged_on)
            for a in covering(case.appeals, case.linked_appeals)
        ),
        nulla_bona_dates=tuple(nulla_bona_dates),
        unsuccessful_bailiff_dates=tuple(unsuccessful_bailiff_dates),
        wilful_refusal_found_on=case.wilful_refusal_found_on,
        wilful_refusal_evidence=case.wilful_refusal_evidence,
    )


def case_options(ctx: ServiceContext, case_id: int) -> list[PowerOptionDTO]:
    """Every enforcement power for the case, allowed or blocked, with the reasons."""
    with ctx.unit_of_work() as session:
        facts = load_case_facts(session, case_id)
    return [
        PowerOptionDTO(
            power=option.power,
            label=option.power.label,
            allowed=option.allowed,
            reasons=tuple(option.verdict.messages),
        )
        for option in enforcement_options(facts, ctx.today())
    ]


def case_id_for_scin(session: Session, scin: str) -> int:
    """The (first) case on which the client with this SCIN is the paying parent."""
    case_id = session.scalar(
        select(Case.id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(Contact.scin == normalise_scin(scin))
        .order_by(Case.id)
        .limit(1)
    )
    if case_id is None:
        raise NotFoundError("case with paying parent", f"SCIN {scin}")
    return case_id


def options_for_scin(ctx: ServiceContext, scin: str) -> list[dict[str, object]]:
    """The CLI's form: a list of {"power", "allowed", "reasons"}."""
    with ctx.unit_of_work() as session:
        facts = load_case_facts(session, case_id_for_scin(session, scin))
    return options_as_json(enforcement_options(facts, ctx.today()))
