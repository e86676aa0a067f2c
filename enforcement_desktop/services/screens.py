"""Read models: everything one screen shows, read in one transaction with a fixed set of queries.

A client's views (the banner, Contact, Assets, Enforcement Orders, the Activity Plan's list) are
filled from one :class:`ClientScreen`. It is read with the same number of statements whatever the
number of cases, orders or service requests the client has: each relationship is loaded for every
case at once (``selectinload``), never one query per case, so a team database some milliseconds
away costs a fixed number of round trips per client opened.

The Activity Plan's detail of one service request (its steps, enforce form, notes, the orders and
assets it may take, the bailiff actions) is one :class:`ServiceRequestScreen`, read the same way.

The rows are the very DTOs the single-purpose services return, in the same order, so a view shows
the same whether it was filled from here or from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.csa import NO_ATTENTION, AttentionVerdict, sensitive_marking
from enforcement_desktop.domain.enums import SrStatus, SrSubStatus, StepOutcome, Workflow
from enforcement_desktop.domain.facts import AppealFacts, PayingParentFacts
from enforcement_desktop.domain.holds import (
    Hold,
    HoldKind,
    bailiff_sr_hold,
    case_holds,
    held_step,
    merge_holds,
)
from enforcement_desktop.domain.rules import CaseFacts, enforcement_options
from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.services.appeals import AppealDTO, appeal_dto
from enforcement_desktop.services.arrears import ArrearsState, arrears_state
from enforcement_desktop.services.assets import AssetDTO, asset_dto, link_verdict
from enforcement_desktop.services.authorisation import (
    RaiseState,
    ReviewLoState,
    raise_state,
    review_lo_state,
)
from enforcement_desktop.services.bailiff import BailiffState, bailiff_state, is_unsent_bailiff_sr
from enforcement_desktop.services.base import ServiceContext, get_or_404
from enforcement_desktop.services.cases import CaseDTO, case_dto
from enforcement_desktop.services.contacts import ContactDTO, contact_dto
from enforcement_desktop.services.legacy import (
    LegacyActionDTO,
    contact_attention,
    legacy_action_dto,
    may_see_sensitive,
    roles_from,
    shown_contact,
    user_roles_column,
)
from enforcement_desktop.services.letters import LetterDTO, letter_dto
from enforcement_desktop.services.notes import NoteDTO, note_dto
from enforcement_desktop.services.options import (
    PowerOptionDTO,
    case_facts,
    covering,
    order_facts,
    unsuccessful_bailiff_dates,
)
from enforcement_desktop.services.orders import OrderDTO, order_dto
from enforcement_desktop.services.service_requests import ServiceRequestDTO, sr_dto
from enforcement_desktop.services.users import UserNames, user_names
from enforcement_desktop.storage.models import (
    Appeal,
    Asset,
    Case,
    CaseReceivingParent,
    Contact,
    EnforceForm,
    EnforcementOrder,
    Letter,
    Note,
    OrderCase,
    ServiceRequest,
    ServiceRequestAsset,
)


@dataclass(frozen=True, slots=True)
class CaseScreen:
    """One of the client's cases with what the views show of it."""

    case: CaseDTO
    #: Sorted as :func:`orders.list_orders` sorts them (date made, undated last).
    orders: tuple[OrderDTO, ...]
    #: Sorted by date lodged, as :func:`appeals.list_appeals`.
    appeals: tuple[AppealDTO, ...]
    #: Newest first, as :func:`service_requests.list_for_case`.
    service_requests: tuple[ServiceRequestDTO, ...]
    #: Every enforcement power with its verdict (for the case's paying parent).
    options: tuple[PowerOptionDTO, ...]
    #: A Bailiff SR of this case's paying parent is prepared and not yet sent.
    has_unsent_bailiff: bool
    #: Legacy bailiff, EJO and DCA action recorded against the case's CSA LOs (Check CSA,
    #: step 6), by order, each order's oldest first.
    legacy_actions: tuple[LegacyActionDTO, ...] = ()


@dataclass(frozen=True, slots=True)
class ClientScreen:
    """A client and everything the client views show, as it was at ``read_at``."""

    contact: ContactDTO
    #: The cases they pay on, then those they receive on (as :func:`cases.cases_for_contact`).
    cases: tuple[CaseScreen, ...]
    #: Newest first, as :func:`assets.list_assets`.
    assets: tuple[AssetDTO, ...]
    #: Notes on the contact, newest first, as :func:`notes.list_notes`.
    notes: tuple[NoteDTO, ...]
    read_at: datetime
    #: What holds enforcement against the client as paying parent, as the domain decided it on
    #: the day of the read (:mod:`enforcement_desktop.domain.holds`): the banner's chips.
    holds: tuple[Hold, ...] = ()
    #: Priority and urgency of the client as paying parent (Check CSA), with the reasons.
    attention: AttentionVerdict = NO_ATTENTION
    #: Whether the reader may mark or unmark the client as a sensitive case, with why not.
    sensitive_marking: GuardResult = GuardResult(False)
    #: SRs raised on this contact as their subject (a criminal referral on an employer or a
    #: third party, Enforcement Action – Consider step 4) on cases the contact is not a parent
    #: on, newest first; those on their own cases are among the cases' SRs.
    subject_service_requests: tuple[ServiceRequestDTO, ...] = ()
    #: The names of the people the screen mentions (case managers, SR owners, note authors).
    names: UserNames = field(default_factory=UserNames)

    @property
    def service_requests(self) -> tuple[ServiceRequestDTO, ...]:
        """The SRs of all the client's cases, in case order, each case's newest first."""
        return tuple(sr for c in self.cases for sr in c.service_requests)

    def case(self, case_id: int | None) -> CaseScreen | None:
        return next((c for c in self.cases if c.case.id == case_id), None)


def client_screen(ctx: ServiceContext, contact_id: int) -> ClientScreen:
    """Read everything the client views show of one client, in one transaction.

    Raises:
        NotFoundError: no such contact.
    """
    with ctx.reading() as session:
        return _client_screen(session, ctx, contact_id)


def _client_screen(session: Session, ctx: ServiceContext, contact_id: int) -> ClientScreen:
    # Every round trip counts on a team server 10-40 ms away: small collections ride along in
    # their parent's query (joinedload; a few addresses times a few vehicles is a few rows), and
    # each larger collection is one query for all its parents at once (selectinload).
    # Whether the reader may see a sensitive case's address rides along too (Check CSA).
    found_contact = (
        session.execute(
            select(Contact, may_see_sensitive(ctx.user), user_roles_column(ctx.user))
            .where(Contact.id == contact_id)
            .options(
                joinedload(Contact.addresses),
                joinedload(Contact.vehicles),
                selectinload(Contact.assets).joinedload(Asset.service_request_links),
            )
        )
        .unique()
        .one_or_none()
    )
    if found_contact is None:
        get_or_404(session, Contact, contact_id, "contact")
        raise AssertionError("unreachable")
    contact, may_see, reader_roles = found_contact
    receiving_case_ids = select(CaseReceivingParent.case_id).where(
        CaseReceivingParent.contact_id == contact_id
    )
    # The cases of SRs raised on the contact ride along in the same statements (their SRs are
    # loaded with the cases'), then are set apart: the contact is not a party to them.
    subject_case_ids = select(ServiceRequest.case_id).where(
        ServiceRequest.subject_contact_id == contact_id
    )
    found_cases = (
        session.scalars(
            select(Case)
            .where(
                or_(
                    Case.paying_parent_id == contact_id,
                    Case.id.in_(receiving_case_ids),
                    Case.id.in_(subject_case_ids),
                )
            )
            .options(
                joinedload(Case.receiving_parent_links).joinedload(CaseReceivingParent.contact),
                joinedload(Case.appeals).joinedload(Appeal.case_links),
                selectinload(Case.orders).joinedload(EnforcementOrder.court),
                selectinload(Case.orders).joinedload(EnforcementOrder.parent_order),
                selectinload(Case.orders).joinedload(EnforcementOrder.payments),
                selectinload(Case.orders).joinedload(EnforcementOrder.case_links),
                selectinload(Case.orders).joinedload(EnforcementOrder.legacy_actions),
                # Sanctions orders and appeals of another case that cover this one (issue 10).
                selectinload(Case.linked_orders).joinedload(EnforcementOrder.payments),
                joinedload(Case.linked_appeals),
                selectinload(Case.service_requests).joinedload(ServiceRequest.order),
                selectinload(Case.service_requests).joinedload(ServiceRequest.enforce_form),
            )
            .order_by(Case.id)
        )
        .unique()
        .all()
    )
    cases = [c for c in found_cases if _is_party(c, contact_id)]
    subject_srs = sorted(
        (
            sr
            for c in found_cases
            if not _is_party(c, contact_id)
            for sr in c.service_requests
            if sr.subject_contact_id == contact_id
        ),
        key=lambda sr: (sr.opened_on, sr.id),
        reverse=True,
    )
    # As cases_for_contact: the cases they pay on first.
    cases = sorted(cases, key=lambda c: (c.paying_parent_id != contact_id, c.id))
    # The client's own paying parent is in the session already (case.paying_parent then needs
    # no query); the paying parents of the cases they receive on are read together, and kept
    # referenced here: the session holds them weakly, and once collected each case would read
    # its paying parent again, four statements a paying parent.
    other_payers = sorted({c.paying_parent_id for c in found_cases} - {contact_id})
    held: list[Contact] = []
    if other_payers:
        held += session.scalars(
            select(Contact)
            .where(Contact.id.in_(other_payers))
            .options(
                selectinload(Contact.addresses),
                selectinload(Contact.vehicles),
                selectinload(Contact.assets),
            )
        ).all()
    notes = session.scalars(
        select(Note)
        .where(Note.contact_id == contact_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
    ).all()
    bailiff_srs = _bailiff_srs_by_payer(session, contact_id, cases)
    today = ctx.today()
    screens = []
    holds: list[Hold] = []
    paid_on = sum(1 for c in cases if c.paying_parent_id == contact_id)
    for case in cases:
        payer_bailiff_srs = bailiff_srs.get(case.paying_parent_id, [])
        facts: CaseFacts = case_facts(
            case,
            _nulla_bona_dates(payer_bailiff_srs),
            unsuccessful_bailiff_dates(
                (sr.enforce_form.bailiff_outcome, sr.enforce_form.bailiff_outcome_date)
                for sr in payer_bailiff_srs
                if sr.enforce_form is not None
            ),
        )
        if case.paying_parent_id == contact_id:
            holds += _named_holds(case_holds(facts, today), case.id, paid_on > 1)
        options = tuple(
            PowerOptionDTO(o.power, o.power.label, o.allowed, tuple(o.verdict.messages))
            for o in enforcement_options(facts, today)
        )
        srs = sorted(case.service_requests, key=lambda sr: (sr.opened_on, sr.id), reverse=True)
        screens.append(
            CaseScreen(
                case=case_dto(case),
                orders=tuple(order_dto(o) for o in sorted(case.orders, key=_order_made)),
                appeals=tuple(
                    appeal_dto(a) for a in sorted(case.appeals, key=lambda a: (a.lodged_on, a.id))
                ),
                service_requests=tuple(sr_dto(sr, full=False) for sr in srs),
                options=options,
                has_unsent_bailiff=any(is_unsent_bailiff_sr(sr) for sr in payer_bailiff_srs),
                legacy_actions=tuple(
                    legacy_action_dto(a)
                    for o in sorted(case.orders, key=_order_made)
                    for a in sorted(o.legacy_actions, key=lambda a: (a.started_on, a.id))
                ),
            )
        )
    holds += _bailiff_holds(bailiff_srs.get(contact_id, []))
    # One statement for every name the client's views show (issue 11), the reader's too: what
    # they save next is shown by name.
    names = user_names(
        session,
        [
            ctx.user,
            contact.updated_by,
            *(a.updated_by for a in contact.assets),
            *(c.case_manager for c in cases),
            *(sr.owner for c in found_cases for sr in c.service_requests),
            *(n.author for n in notes),
        ],
    )
    assets = sorted(contact.assets, key=lambda a: (a.recorded_on, a.id), reverse=True)
    return ClientScreen(
        contact=shown_contact(contact_dto(contact), bool(may_see)),
        sensitive_marking=sensitive_marking(roles_from(reader_roles)),
        attention=contact_attention(
            [c for c in cases if c.paying_parent_id == contact_id], list(contact.assets)
        ),
        cases=tuple(screens),
        assets=tuple(asset_dto(a) for a in assets),
        notes=tuple(note_dto(n) for n in notes),
        read_at=ctx.now(),
        holds=merge_holds(holds),
        subject_service_requests=tuple(sr_dto(sr, full=False) for sr in subject_srs),
        names=names,
    )


def _is_party(case: Case, contact_id: int) -> bool:
    """Whether the contact pays or receives on the case."""
    return case.paying_parent_id == contact_id or any(
        link.contact_id == contact_id for link in case.receiving_parent_links
    )


#: Holds that belong to one case (its orders, its appeals), not to the person.
_CASE_HOLDS = frozenset({HoldKind.SANCTIONS_ORDER, HoldKind.APPEAL})


def _named_holds(holds: Sequence[Hold], case_id: int, several: bool) -> list[Hold]:
    """A case's holds; with several cases, those of one case say which."""
    if not several:
        return list(holds)
    return [
        replace(h, text=f"{h.text} (case {case_id})") if h.kind in _CASE_HOLDS else h for h in holds
    ]


def _bailiff_holds(bailiff_srs: Sequence[ServiceRequest]) -> list[Hold]:
    """The paying parent's Bailiff SRs put on hold (Bailiff, steps 13 and 21-22)."""
    return [
        bailiff_sr_hold(
            sr.id,
            sr.enforce_form.on_hold_until if sr.enforce_form else sr.wait_until,
            sr.enforce_form.on_hold_reason if sr.enforce_form else None,
        )
        for sr in sorted(bailiff_srs, key=lambda sr: sr.id)
        if sr.status == SrStatus.WAIT and sr.sub_status == SrSubStatus.ON_HOLD
    ]


def _order_made(order: EnforcementOrder) -> tuple[bool, date, int]:
    """As orders.list_orders sorts: by the date granted, else applied; undated orders last."""
    made_on = order.granted_on or order.applied_on
    return (made_on is None, made_on or date.min, order.id)


def _bailiff_srs_by_payer(
    session: Session, contact_id: int, cases: Sequence[Case]
) -> dict[int, list[ServiceRequest]]:
    """The Bailiff SRs of each paying parent of the client's cases, on any of their cases.

    Every case of the client as paying parent is loaded already, with its SRs' enforce forms;
    the other paying parents (of the cases the client receives on) have cases the client is not
    on, so their Bailiff SRs are read with one query for all of them.
    """
    found: dict[int, list[ServiceRequest]] = {}
    for case in cases:
        if case.paying_parent_id == contact_id:
            found.setdefault(contact_id, []).extend(
                sr for sr in case.service_requests if sr.workflow == Workflow.BAILIFF
            )
    others = {c.paying_parent_id for c in cases} - {contact_id}
    if others:
        rows = session.execute(
            select(ServiceRequest, Case.paying_parent_id)
            .join(Case, Case.id == ServiceRequest.case_id)
            .where(
                Case.paying_parent_id.in_(sorted(others)),
                ServiceRequest.workflow == Workflow.BAILIFF,
            )
            .options(joinedload(ServiceRequest.enforce_form))
            .order_by(ServiceRequest.id)
        ).all()
        for sr, parent_id in rows:
            found.setdefault(parent_id, []).append(sr)
    return found


def _nulla_bona_dates(bailiff_srs: Sequence[ServiceRequest]) -> tuple[date, ...]:
    """The dates Nulla Bona returns were received on these Bailiff SRs."""
    return tuple(
        sr.enforce_form.nulla_bona_received_on
        for sr in bailiff_srs
        if sr.enforce_form is not None
        and sr.enforce_form.nulla_bona_received
        and sr.enforce_form.nulla_bona_received_on is not None
    )


# --------------------------------------------------------------------------- one service request


@dataclass(frozen=True, slots=True)
class ServiceRequestScreen:
    """One service request and everything the Activity Plan shows of it, as at ``read_at``."""

    #: The SR in full (as :func:`service_requests.get_service_request`): steps, enforce form,
    #: linked assets, documents and the wait date of each sub status it may wait with.
    service_request: ServiceRequestDTO
    #: Notes on the SR, newest first, as :func:`notes.list_notes`.
    notes: tuple[NoteDTO, ...]
    #: The case's orders the SR may be associated with (liability orders), in the order
    #: :func:`orders.list_orders` gives them.
    orders: tuple[OrderDTO, ...]
    #: The paying parent's assets that may be associated with the SR now, newest first.
    linkable_assets: tuple[AssetDTO, ...]
    #: The bailiff stage and what can be done in it; None for an SR that has no bailiff actions.
    bailiff: BailiffState | None
    read_at: datetime
    #: The pending steps a hold on the paying parent makes pointless, with the hold, in plan
    #: order (:func:`enforcement_desktop.domain.holds.held_step`).
    held_steps: tuple[HeldStep, ...] = ()
    #: The arrears panel of an Arrears Review, Action Missed Payment or Disclosure SR: the
    #: options with their reasons, what may be raised or recorded now, the DOT outcome and the
    #: case's deduction orders' compliance; None for another SR type.
    arrears: ArrearsState | None = None
    #: A Review LO's checklist answers and who may ask for or give authorisation; None for
    #: another SR type.
    review_lo: ReviewLoState | None = None
    #: Whether a Review LO may be raised from this SR; None unless it is an Arrears Review.
    raise_review_lo: RaiseState | None = None
    #: The SR's letters register (third-party letters), newest first, as
    #: :func:`letters.list_letters`; their documents are among the SR's documents.
    letters: tuple[LetterDTO, ...] = ()
    #: The names of the people the screen mentions (owner, who did each step, note authors,
    #: who made each document or sent each letter, who recorded the DOT outcome).
    names: UserNames = field(default_factory=UserNames)

    def hold_on(self, step_id: int) -> Hold | None:
        """The hold that makes a step pointless, if any."""
        return next((h.hold for h in self.held_steps if h.step_id == step_id), None)


@dataclass(frozen=True, slots=True)
class HeldStep:
    """A step of the activity plan that a hold makes pointless."""

    step_id: int
    hold: Hold


def service_request_screen(ctx: ServiceContext, sr_id: int) -> ServiceRequestScreen:
    """Read everything the Activity Plan shows of one service request, in one transaction.

    The number of statements is the same whatever the number of steps, notes, documents, orders
    or assets: each collection is one query.

    Raises:
        NotFoundError: no such service request.
    """
    with ctx.reading() as session:
        return _service_request_screen(session, ctx, sr_id)


def _service_request_screen(
    session: Session, ctx: ServiceContext, sr_id: int
) -> ServiceRequestScreen:
    # As for the client's screen, every round trip counts: the steps and documents (tens of
    # rows at most) and the case's appeals (one or two) ride along with the SR, and so does
    # the paying parent's latest Nulla Bona (the rule looks at the latest only).
    found_row = (
        session.execute(
            select(ServiceRequest, _latest_nulla_bona())
            .where(ServiceRequest.id == sr_id)
            .options(
                joinedload(ServiceRequest.case).joinedload(Case.paying_parent),
                joinedload(ServiceRequest.case).joinedload(Case.appeals),
                joinedload(ServiceRequest.case).joinedload(Case.linked_appeals),
                joinedload(ServiceRequest.order),
                joinedload(ServiceRequest.enforce_form),
                joinedload(ServiceRequest.steps),
                joinedload(ServiceRequest.documents),
                selectinload(ServiceRequest.asset_links).joinedload(ServiceRequestAsset.asset),
            )
        )
        .unique()
        .one_or_none()
    )
    if found_row is None:
        get_or_404(session, ServiceRequest, sr_id, "service request")
        raise AssertionError("unreachable")
    sr, latest_nulla_bona = found_row
    today = ctx.today()
    found = sr_dto(sr, today=today)
    notes = session.scalars(
        select(Note)
        .where(Note.service_request_id == sr_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
    ).all()
    orders = (
        session.scalars(
            select(EnforcementOrder)
            .where(
                or_(
                    EnforcementOrder.case_id == sr.case_id,
                    # A sanctions order of another case that covers this one (issue 10).
                    EnforcementOrder.id.in_(
                        select(OrderCase.order_id).where(OrderCase.case_id == sr.case_id)
                    ),
                )
            )
            .options(
                joinedload(EnforcementOrder.court),
                joinedload(EnforcementOrder.parent_order),
                joinedload(EnforcementOrder.payments),
                joinedload(EnforcementOrder.case_links),
            )
        )
        .unique()
        .all()
    )
    order_rows = (order_dto(o) for o in sorted(orders, key=_order_made) if o.case_id == sr.case_id)
    assets = (
        session.scalars(
            select(Asset)
            .where(Asset.contact_id == sr.case.paying_parent_id)
            .options(joinedload(Asset.service_request_links))
            .order_by(Asset.recorded_on.desc(), Asset.id.desc())
        )
        .unique()
        .all()
    )
    asset_rows = (asset_dto(a) for a in assets)
    hold_facts = _hold_facts(sr.case, orders, latest_nulla_bona)
    holds = case_holds(hold_facts, today)
    # The letters register: one statement; the letters' documents are the SR's, read above.
    letters = session.scalars(
        select(Letter)
        .where(Letter.service_request_id == sr_id)
        .order_by(Letter.sent_on.desc(), Letter.id.desc())
    ).all()
    documents = {d.id: d for d in sr.documents}
    arrears = arrears_state(session, ctx, sr, facts=hold_facts, orders=orders)
    # One statement for every name the Activity Plan shows of the SR (issue 11), the reader's
    # too: what they record next is shown by name.
    names = user_names(
        session,
        [
            ctx.user,
            sr.owner,
            *(s.completed_by for s in sr.steps),
            *(d.created_by for d in sr.documents),
            *(n.author for n in notes),
            *(x.sent_by for x in letters),
            arrears.outcome.decided_by if arrears and arrears.outcome else None,
        ],
    )
    return ServiceRequestScreen(
        service_request=found,
        notes=tuple(note_dto(n) for n in notes),
        orders=tuple(o for o in order_rows if o.sr_association.allowed),
        linkable_assets=tuple(
            a for a in asset_rows if link_verdict(a, found.id, found.status).link.allowed
        ),
        bailiff=bailiff_state(found),
        read_at=ctx.now(),
        held_steps=_held_steps(found, holds),
        arrears=arrears,
        review_lo=review_lo_state(session, ctx, sr),
        raise_review_lo=raise_state(session, sr),
        letters=tuple(letter_dto(x, documents) for x in letters),
        names=names,
    )


def _latest_nulla_bona() -> Any:
    """The latest Nulla Bona returned for the SR's paying parent, on any of their cases."""
    other_case = aliased(Case)
    other_sr = aliased(ServiceRequest)
    this_payer = (
        select(Case.paying_parent_id)
        .where(Case.id == ServiceRequest.case_id)
        .correlate(ServiceRequest)
    )
    return (
        select(func.max(EnforceForm.nulla_bona_received_on))
        .join(other_sr, other_sr.id == EnforceForm.service_request_id)
        .join(other_case, other_case.id == other_sr.case_id)
        .where(
            other_case.paying_parent_id == this_payer.scalar_subquery(),
            other_sr.workflow == Workflow.BAILIFF,
            EnforceForm.nulla_bona_received.is_(True),
            EnforceForm.nulla_bona_received_on.is_not(None),
        )
        .correlate(ServiceRequest)
        .scalar_subquery()
    )


def _hold_facts(
    case: Case, orders: Sequence[EnforcementOrder], latest_nulla_bona: date | None
) -> CaseFacts:
    """What :func:`~enforcement_desktop.domain.holds.case_holds` reads of a case: its orders
    and appeals, where the paying parent lives, and their latest Nulla Bona. The rest (address,
    assets, employment) holds nothing and is not read here."""
    payer = case.paying_parent
    return CaseFacts(
        scin=payer.scin or "",
        scheme=case.scheme,
        arrears_balance=case.arrears_balance,
        # The address is not read: no hold depends on it.
        paying_parent=PayingParentFacts(jurisdiction=payer.jurisdiction, address_confident=False),
        orders=tuple(order_facts(o) for o in orders),
        appeals=tuple(
            AppealFacts(status=a.status, lodged_on=a.lodged_on)
            for a in covering(case.appeals, case.linked_appeals)
        ),
        nulla_bona_dates=(latest_nulla_bona,) if latest_nulla_bona else (),
    )


def _held_steps(sr: ServiceRequestDTO, holds: Sequence[Hold]) -> tuple[HeldStep, ...]:
    if not holds or workflows.is_final(sr.status):
        return ()
    found = []
    for step in sr.steps:
        if step.outcome != StepOutcome.PENDING:
            continue  # recorded already: nothing left to spare
        hold = held_step(sr.workflow, step.step_key, holds)
        if hold is not None:
            found.append(HeldStep(step.id, hold))
    return tuple(found)
