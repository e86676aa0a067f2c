"""The bailiff procedure (seed 003) end to end: referral, pack, letters, monitoring, outcome.

Each public function is one user action: it opens one unit of work, validates through the domain
rules, writes, records the audit trail and returns plain dataclasses.

Files and the database are kept in step: a document is written first (atomically, by the
documents layer) and recorded in the same transaction that changes the service requests; if that
transaction fails the files are removed, and if building a file fails nothing is written to the
database. Logs name service requests by id only: no names, SCINs or addresses.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import Enum, StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.documents.atomic import make_private_folder
from enforcement_desktop.documents.data import (
    NOT_KNOWN,
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
    clean_text,
)
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039
from enforcement_desktop.documents.pack import (
    PackEntry,
    PackResult,
    build_pack,
    entry_names,
    pack_file_name,
)
from enforcement_desktop.domain import rules, workflows
from enforcement_desktop.domain.dates import (
    BAILIFF_HOLD_MAX_DAYS,
    BAILIFF_WAIT_DAYS,
    arrears_agreement_wait_until,
    bailiff_wait_until,
    check_bailiff_hold,
)
from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    AssetFinding,
    BailiffOutcome,
    BailiffOutcomeType,
    DocumentType,
    OrderOrigin,
    OrderStatus,
    OrderType,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.domain.facts import NOT_KNOWN_REGISTRATION, CaseFacts, OrderFacts
from enforcement_desktop.domain.values import (
    check_past_date,
    check_text,
    format_date,
    format_money,
    money,
    normalise_scin,
)
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    field_values,
    get_or_404,
    raise_if_errors,
    record_created,
    record_event,
    stamp,
)
from enforcement_desktop.services.files import (
    publish_new,
    record_file_written,
    record_pack_encrypted,
    stored_document_path,
    unused_names,
)
from enforcement_desktop.services.options import load_case_facts, order_facts
from enforcement_desktop.services.service_requests import (
    DocumentDTO,
    EnforceFormInput,
    ServiceRequestDTO,
    asset_label,
    check_bailiff_step,
    link_order,
    load_sr,
    record_document,
    require_editable,
    sr_dto,
    validate_enforce_form,
)
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import (
    ActivityStep,
    Address,
    Asset,
    Case,
    CaseReceivingParent,
    Contact,
    Document,
    EnforceForm,
    EnforcementOrder,
    Note,
    ServiceRequest,
    ServiceRequestAsset,
)

_log = logging.getLogger(__name__)

#: Sub statuses of a Bailiff SR (workflows.SUB_STATUSES).
AWAITING_BAILIFF = SrSubStatus.AWAITING_BAILIFF
ON_HOLD = SrSubStatus.ON_HOLD

#: The validation steps of the plan (seed 003 step 4) and the outcome each must have.
VALIDATION_STEPS: Mapping[str, StepOutcome] = {
    "check_lo_balance": StepOutcome.DONE,
    "validate_lo": StepOutcome.DONE,
    "validate_asset": StepOutcome.DONE,
    "notify_receiving_parent": StepOutcome.DONE,
    "welfare_of_child": StepOutcome.DONE,
    "decide_next_step": StepOutcome.CONTINUE,
}

DVS_REASON = (
    "Photograph requested for the bailiff to identify the paying parent "
    "(Bailiff procedure, step 14)"
)
DVS_REFUSED = (
    "CMSF5571 is offered only when the paying parent holds a driving licence or is suspected to "
    "(a vehicle is recorded against them) (Bailiff procedure, step 14)"
)
#: The enforce form's limit for "Additional information".
ADDITIONAL_INFORMATION_MAX = 4000

_NOT_KNOWN_REGISTRATION = NOT_KNOWN_REGISTRATION
_OTHER_NAMES_SPLIT = re.compile(r"[;,\n]+")
# Outcome types that mean the bailiff secured payment or an agreement (seed 003 step 26).
_SUCCESS_TYPES = frozenset({BailiffOutcomeType.PAID_IN_FULL, BailiffOutcomeType.ARREARS_AGREEMENT})
# Enforce form field -> record_outcome argument, for error messages.
_OUTCOME_ARGUMENTS = {
    "bailiff_outcome_date": "outcome_date",
    "bailiff_outcome": "outcome",
    "bailiff_outcome_type": "outcome_type",
    "bailiff_reason_return_code": "reason_return_code",
    "bailiff_return_code": "return_code",
    "nulla_bona_received": "nulla_bona_received_on",
}


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class ReferralCheck:
    """Whether one liability order may be referred to the bailiff, and why.

    Attributes:
        order_id: The order checked.
        reference: Its reference (or "order N" when it has none).
        allowed: True when every check passed.
        reasons: The failed checks when refused; every check made when allowed.
    """

    order_id: int
    reference: str
    allowed: bool
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PackCandidate:
    """A Bailiff SR of the client not yet sent to the bailiff, and whether it can be packed.

    Attributes:
        sr_id: The Bailiff SR.
        sr_version: Its version when read.
        case_id: Its case.
        order_id: The associated LO, if any.
        reference: The LO's reference.
        origin: CMS or CSA (collection priority).
        granted_on: The LO's grant date.
        position: k of "LO k of N" among the ready SRs; None when not ready.
        total: N, the number of ready SRs of the client.
        current_balance: The LO's amount + costs − payments, from the order.
        sum_applied_for: The enforce form's figure, or the current balance when none is recorded.
        problems: Why the SR cannot go in the pack yet; empty when it is ready.
    """

    sr_id: int
    sr_version: int
    case_id: int
    order_id: int | None
    reference: str | None
    origin: OrderOrigin | None
    granted_on: date | None
    position: int | None
    total: int
    current_balance: Decimal | None
    sum_applied_for: Decimal | None
    problems: tuple[str, ...]

    @property
    def ready(self) -> bool:
        return not self.problems

    @property
    def position_label(self) -> str:
        """ "LO k of N" for a ready SR, empty otherwise."""
        return f"LO {self.position} of {self.total}" if self.position else ""


@dataclass(frozen=True, slots=True)
class PackOutcome:
    """What :func:`build_bailiff_pack` wrote and recorded.

    Attributes:
        zip_path: The zip, named SCIN + region.
        sha256: The zip's SHA-256 (hex).
        entries: The documents inside, in zip order (CMEL8010s in priority order, then CMSF5571).
        sr_ids: The Bailiff SRs packed, in the same order as the CMEL8010 entries.
        documents: The Document rows recorded (CMEL8010s, CMSF5571, the zip).
    """

    zip_path: Path
    sha256: str
    entries: tuple[PackEntry, ...]
    sr_ids: tuple[int, ...]
    documents: tuple[DocumentDTO, ...]


# --------------------------------------------------------------------------- shared helpers


def _document_dto(d: Document) -> DocumentDTO:
    return DocumentDTO(d.id, d.doc_type, d.file_name, d.path, d.sha256, d.created_at, d.created_by)


def _load_bailiff(session: Session, sr_id: int) -> ServiceRequest:
    sr = load_sr(session, sr_id)
    if sr.workflow != Workflow.BAILIFF:
        raise RuleViolation(
            f"Service request {sr_id} is a {sr.workflow.label} SR, not a Bailiff SR"
        )
    return sr


def _form(sr: ServiceRequest) -> EnforceForm:
    form = sr.enforce_form
    if form is None:  # pragma: no cover - every Bailiff SR is created with its form
        raise RuleViolation(f"Bailiff SR {sr.id} has no enforce form")
    return form


def _save_form(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    changes: Mapping[str, Any],
) -> None:
    """Check the whole form with ``changes`` applied (the enforce form's rules), then save."""
    form = _form(sr)
    values = field_values(form, EnforceFormInput)
    values.update(changes)
    validate_enforce_form(EnforceFormInput(**values), ctx.today())
    apply_changes(session, ctx, form, changes, "enforce_form", case_id=sr.case_id)


def _step(sr: ServiceRequest, key: str) -> ActivityStep:
    step = next((s for s in sr.steps if s.step_key == key), None)
    if step is None:
        raise RuleViolation(
            f"Bailiff SR {sr.id} has no activity plan yet: set it to In Progress first "
            "(Bailiff procedure, step 3)"
        )
    return step


def _set_step(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    key: str,
    outcome: StepOutcome,
    reason: str | None,
) -> None:
    """Record a plan step through the same checks as the activity plan view."""
    step = _step(sr, key)
    workflows.check_step_outcome(sr.workflow, key, outcome)
    check_bailiff_step(sr, key)
    apply_changes(
        session,
        ctx,
        step,
        {
            "outcome": outcome,
            "reason": reason,
            "completed_by": ctx.user,
            "completed_at": ctx.now(),
        },
        "activity_step",
        case_id=sr.case_id,
    )


def _set_status(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    status: SrStatus,
    *,
    sub_status: str | None = None,
    wait_until: date | None = None,
) -> None:
    today = ctx.today()
    workflows.check_transition(sr.status, status, wait_date=wait_until, today=today)
    workflows.check_sub_status(sr.workflow, status, sub_status)
    values: dict[str, Any] = {
        "status": status,
        "sub_status": sub_status,
        "wait_until": wait_until if status == SrStatus.WAIT else None,
    }
    if status in workflows.FINAL_STATUSES:
        values["closed_on"] = today
    apply_changes(session, ctx, sr, values, "service_request", case_id=sr.case_id)


def _add_note(session: Session, ctx: ServiceContext, sr: ServiceRequest, text: str) -> None:
    # As notes.add_note does for an SR note: the SR owns it, the case is named in the audit.
    note = Note(service_request_id=sr.id, author=ctx.user, text=text, created_at=ctx.now())
    session.add(note)
    record_created(session, ctx, note, "note", case_id=sr.case_id)


def _usable_assets(sr: ServiceRequest) -> list[Asset]:
    """Assets associated to the SR whose details are still held (never a disregarded one)."""
    return [
        link.asset
        for link in sr.asset_links
        if link.asset.finding != AssetFinding.DISREGARDED and link.asset.description
    ]


#: The contact details each kind of document prints (CmsContact field names): the forms go to
#: the Bailiff SPOC, who calls the case manager back; the letters go to the receiving parent,
#: who calls or writes to the office.
FORM_CONTACT = ("name", "phone", "team")
LETTER_CONTACT = ("name", "phone", "office_address", "office_postcode", "opening_hours")
_CONTACT_GAPS = {
    "name": "no display name",
    "phone": "no direct phone number",
    "team": "no team",
}
_OFFICE_GAPS = {
    "office_address": "no address",
    "office_postcode": "no postcode",
    "opening_hours": "no opening hours",
}
_ASK = "ask a team leader to add it (Users…)"


def _contact_login(sr: ServiceRequest, ctx: ServiceContext) -> str:
    """Whose details a document about ``sr`` gives: the SR's owner, else whoever acts.

    The procedure names the case manager; the owner is the case manager of the referral, the one
    the bailiff and the receiving parent must reach while it runs (90 days or more), not a
    colleague who happens to build the pack. An SR assigned to a team and owned by no one is
    worked by whoever acts on it.
    """
    return sr.owner or ctx.user


def _cms_contact(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    needed: tuple[str, ...],
    problems: list[str],
) -> CmsContact:
    """The case manager's contact details for a document about ``sr``, from their user record.

    Anything in ``needed`` that is blank is added to ``problems`` (saying whose record lacks what
    and who can add it), so the caller refuses the document rather than print "Not Known".
    """
    login = _contact_login(sr, ctx)
    user = find_user(session, login)
    whose = "Your" if login == ctx.user else f"The owner of Bailiff SR {sr.id} ({login}):"
    if user is None:
        problems.append(
            f"{whose} login '{login}' has no user record, so no name, phone or office can be "
            "printed: ask a team leader to add it (Users…)"
            if login == ctx.user
            else f"{whose} no user record, so no name, phone or office can be printed: "
            "ask a team leader to add one (Users…)"
        )
        return CmsContact(name="", region=sr.case.region)
    office = user.office
    contact = CmsContact(
        name=user.display_name,
        team=user.team or "",
        region=sr.case.region,
        phone=user.phone or "",
        office_address=office.address_lines if office else (),
        office_postcode=office.postcode if office else "",
        opening_hours=office.opening_hours if office else "",
    )
    record = "Your user record" if login == ctx.user else f"{whose} user record"
    gaps = [f for f in contact.missing() if f in needed]
    for field in gaps:
        if field in _CONTACT_GAPS:
            problems.append(f"{record} has {_CONTACT_GAPS[field]}: {_ASK}")
    office_gaps = [f for f in gaps if f in _OFFICE_GAPS]
    if office_gaps and office is None:
        problems.append(f"{record} names no office: {_ASK}")
    elif office_gaps and office is not None:
        what = ", ".join(_OFFICE_GAPS[f] for f in office_gaps)
        problems.append(
            f"The office {office.name} has {what}: ask a team leader to add it (Users…)"
        )
    return contact


def _refuse_without_contact(code: str, problems: list[str]) -> None:
    if problems:
        raise RuleViolation(
            f"{code} cannot be printed without the case manager's contact details",
            list(dict.fromkeys(problems)),
        )


def _receiving_parents(case: Case) -> list[Contact]:
    links: list[CaseReceivingParent] = sorted(case.receiving_parent_links, key=lambda x: x.id)
    return [link.contact for link in links]


def _postal(address: Address | None) -> PostalAddress | None:
    if address is None:
        return None
    lines = tuple(x for x in (address.line1, address.line2, address.town) if x)
    return PostalAddress(lines, address.postcode or "")


def _current(contact: Contact, kind: AddressType) -> Address | None:
    return next((a for a in contact.addresses if a.is_current and a.address_type == kind), None)


def _visit_address(contact: Contact) -> Address | None:
    """Where the bailiff would find the paying parent: residential, else correspondence."""
    return _current(contact, AddressType.RESIDENTIAL) or _current(
        contact, AddressType.CORRESPONDENCE
    )


def _letter_address(contact: Contact) -> Address | None:
    """Where we write to a receiving parent: correspondence (unless DLO/NFA), else residential."""
    correspondence = _current(contact, AddressType.CORRESPONDENCE)
    if correspondence is not None and correspondence.marker == AddressMarker.NONE:
        return correspondence
    return _current(contact, AddressType.RESIDENTIAL)


def _order_label(order: EnforcementOrder) -> str:
    return order.reference or f"order {order.id}"


def _open_bailiff_sr(session: Session, order_id: int) -> int | None:
    return session.scalar(
        select(ServiceRequest.id).where(
            ServiceRequest.order_id == order_id,
            ServiceRequest.workflow == Workflow.BAILIFF,
            ServiceRequest.status.not_in(list(workflows.FINAL_STATUSES)),
        )
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _output_folder(out_dir: str | os.PathLike[str]) -> Path:
    """The folder for packs or letters; made (owner-only) when written to if it is missing."""
    folder = Path(out_dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise ValidationError({"out_dir": f"{folder} is a file, not a folder"})
    return folder


# --------------------------------------------------------------------------- 1-2 referral


def _check_orders(
    session: Session, ctx: ServiceContext, case_id: int, order_ids: Iterable[int]
) -> list[ReferralCheck]:
    wanted = list(dict.fromkeys(order_ids))
    if not wanted:
        raise ValidationError({"order_ids": "Choose at least one liability order to refer"})
    facts = load_case_facts(session, case_id)
    by_id = {o.id: o for o in facts.orders}
    today = ctx.today()
    checks: list[ReferralCheck] = []
    for order_id in wanted:
        of = by_id.get(order_id)
        if of is None:
            # Not an order of this case: the rule says so, from the order's own facts.
            of = order_facts(get_or_404(session, EnforcementOrder, order_id, "order"))
        verdict = rules.bailiff_referral_for_order(facts, of, today)
        allowed, reasons = verdict.allowed, list(verdict.messages)
        clash = _open_bailiff_sr(session, order_id)
        if clash is not None:
            message = (
                f"Liability order {of.display_name} is already with open Bailiff SR {clash}; "
                "one Bailiff SR per LO (Bailiff procedure, step 1)."
            )
            reasons = [message] if allowed else [*reasons, message]
            allowed = False
        checks.append(ReferralCheck(order_id, of.display_name, allowed, tuple(reasons)))
    return checks


def check_referral(ctx: ServiceContext, case_id: int, order_ids: list[int]) -> list[ReferralCheck]:
    """Check whether each liability order may be referred to the bailiff (seed 003 step 2).

    The checks of :func:`rules.bailiff_referral_for_order`: the blocks (a sanctions order in force
    and complied with, an open appeal), the paying parent living in England or Wales at a
    confident address not marked DLO/NFA, no Nulla Bona in the last 6 months, the order a granted
    liability order of the case with a balance. Bailiff action has no de minimis in the rules.
    An LO already with an open Bailiff SR is refused too (one SR per LO, seed 003 step 1).

    Args:
        ctx: Database, user and clock.
        case_id: The case.
        order_ids: The liability orders to check (duplicates are checked once).

    Returns:
        One check per order, in the order asked.

    Raises:
        NotFoundError: No such case or order.
        ValidationError: No order given.
    """
    with ctx.unit_of_work() as session:
        return _check_orders(session, ctx, case_id, order_ids)


def referable_orders(session: Session, ctx: ServiceContext, case_id: int) -> list[int]:
    """The case's orders :func:`check_referral` allows today, in the caller's transaction."""
    candidates = list(
        session.scalars(
            select(EnforcementOrder.id)
            .where(EnforcementOrder.case_id == case_id)
            .order_by(EnforcementOrder.id)
        )
    )
    if not candidates:
        return []
    return [c.order_id for c in _check_orders(session, ctx, case_id, candidates) if c.allowed]


def _priority_key(of: OrderFacts) -> tuple[bool, date, str]:
    # The documents layer checks the pack by (origin, granted, reference); sorting the domain's
    # collection_priority result stably by the same key keeps both in agreement on ties.
    return (of.origin != OrderOrigin.CMS, of.granted_on or date.max, of.reference)


def _prioritise(orders: Iterable[OrderFacts]) -> list[OrderFacts]:
    ranked = [p.order for p in rules.collection_priority(orders)]
    return sorted(ranked, key=_priority_key)


def refer_to_bailiff(
    ctx: ServiceContext, case_id: int, order_ids: list[int]
) -> list[ServiceRequestDTO]:
    """Open one Bailiff SR per liability order, each with its LO associated (seed 003 step 1).

    All or nothing, in one transaction: when any LO is refused by :func:`check_referral` nothing
    is created and the error lists every reason for every refused LO.

    Args:
        ctx: Database, user and clock.
        case_id: The case.
        order_ids: The liability orders to refer.

    Returns:
        The new SRs (status Open), in collection priority (CMS oldest to newest, then CSA).

    Raises:
        RuleViolation: An LO is refused; nothing was created.
        NotFoundError: No such case or order.
        ValidationError: No order given.
    """
    with ctx.unit_of_work() as session:
        created = open_bailiff_srs(session, ctx, case_id, order_ids)
        return [sr_dto(load_sr(session, sr.id)) for sr in created]


def open_bailiff_srs(
    session: Session,
    ctx: ServiceContext,
    case_id: int,
    order_ids: Iterable[int],
    *,
    parent_id: int | None = None,
) -> list[ServiceRequest]:
    """The inside of :func:`refer_to_bailiff`, in the caller's transaction.

    A caller that records more with the referral (a decision on a Decide SR) calls this in its
    own unit of work, so the Bailiff SRs and what it records commit or roll back together.

    Args:
        session: The caller's transaction.
        ctx: User and clock.
        case_id: The case.
        order_ids: The liability orders to refer.
        parent_id: The SR the new Bailiff SRs are children of (none by default).

    Returns:
        The new SRs (flushed), in collection priority.

    Raises:
        RuleViolation: An LO is refused; nothing was added to the session.
        NotFoundError: No such case or order.
        ValidationError: No order given.
    """
    checks = _check_orders(session, ctx, case_id, order_ids)
    refused = [c for c in checks if not c.allowed]
    if refused:
        raise RuleViolation(
            "Bailiff referral refused; no service request was created",
            [f"LO {c.reference}: {reason}" for c in refused for reason in c.reasons],
        )
    case = get_or_404(session, Case, case_id, "case")
    wanted = {c.order_id for c in checks}
    ordered = _prioritise(order_facts(o) for o in case.orders if o.id in wanted)
    category = workflows.category_for(Workflow.BAILIFF)
    created: list[ServiceRequest] = []
    for of in ordered:
        sr = ServiceRequest(
            case_id=case.id,
            workflow=Workflow.BAILIFF,
            process=category.process,
            area=category.area,
            sub_area=category.sub_area,
            status=SrStatus.OPEN,
            owner=ctx.user,
            raised_by=ctx.user,
            opened_on=ctx.today(),
            parent_id=parent_id,
            enforce_form=EnforceForm(),
        )
        session.add(sr)
        summary = Workflow.BAILIFF.value
        if parent_id is not None:
            summary += f" (child of SR {parent_id})"
        record_created(session, ctx, sr, "service_request", case_id=case.id, summary=summary)
        stamp(_form(sr), ctx)
        link_order(session, ctx, sr, of.id)
        created.append(sr)
    session.flush()
    _log.info("Bailiff referral: %d SR(s) opened on case %d", len(created), case.id)
    return created


# --------------------------------------------------------------------------- 3 pack candidates


def _client(session: Session, scin: str) -> Contact:
    wanted = normalise_scin(scin)
    contact = session.scalar(select(Contact).where(Contact.scin == wanted))
    if contact is None or not contact.paying_cases:
        raise NotFoundError("paying parent", f"SCIN {wanted}")
    return contact


def _unsent_bailiff_srs(session: Session, contact: Contact) -> list[ServiceRequest]:
    """The client's open Bailiff SRs whose pack has not been issued to the bailiff."""
    srs = session.scalars(
        select(ServiceRequest)
        .join(Case, Case.id == ServiceRequest.case_id)
        .where(
            Case.paying_parent_id == contact.id,
            ServiceRequest.workflow == Workflow.BAILIFF,
            ServiceRequest.status.not_in(list(workflows.FINAL_STATUSES)),
        )
        .options(
            selectinload(ServiceRequest.steps),
            selectinload(ServiceRequest.enforce_form),
            selectinload(ServiceRequest.asset_links).selectinload(ServiceRequestAsset.asset),
            selectinload(ServiceRequest.order).selectinload(EnforcementOrder.payments),
            selectinload(ServiceRequest.order).selectinload(EnforcementOrder.court),
        )
        .order_by(ServiceRequest.id)
    ).all()
    return [sr for sr in srs if is_unsent_bailiff_sr(sr)]


def is_unsent_bailiff_sr(sr: ServiceRequest) -> bool:
    """An open Bailiff SR whose pack has not been issued to the bailiff (a pack candidate)."""
    return (
        sr.workflow == Workflow.BAILIFF
        and not workflows.is_final(sr.status)
        and (sr.enforce_form is None or sr.enforce_form.bailiff_issue_date is None)
    )


def _sum_applied_for(form: EnforceForm | None, balance: Decimal) -> Decimal:
    if form is not None and form.sum_applied_for is not None:
        return form.sum_applied_for
    return balance


def _problems(sr: ServiceRequest, facts: CaseFacts, today: date) -> list[str]:
    """Why a Bailiff SR cannot go in the pack yet (empty when it can)."""
    problems: list[str] = []
    form = sr.enforce_form
    if sr.status == SrStatus.WAIT and sr.sub_status == ON_HOLD:
        problems.append(
            f"on hold until {format_date(sr.wait_until)}; resume it first "
            "(Bailiff procedure, step 13)"
        )
    elif sr.status != SrStatus.IN_PROGRESS:
        problems.append(
            f"status is {sr.status.label}; set it to In Progress and complete the activity plan "
            "(Bailiff procedure, step 3)"
        )
    order = sr.order
    if order is None:
        problems.append("no liability order associated (Bailiff procedure, step 5)")
    else:
        verdict = rules.bailiff_referral_for_order(facts, order_facts(order), today)
        problems += verdict.messages if not verdict.allowed else []
        if order.granted_on is None:
            problems.append(f"liability order {_order_label(order)} has no grant date")
    if not _usable_assets(sr):
        problems.append("no asset associated (Bailiff procedure, step 7)")
    if form is None or form.cmel8011_sent_on is None:
        problems.append("CMEL8011 not sent to the receiving parent (Bailiff procedure, step 8)")
    steps = {s.step_key: s for s in sr.steps}
    if steps:
        for key, expected in VALIDATION_STEPS.items():
            step = steps.get(key)
            if step is not None and step.outcome == StepOutcome.EXIT:
                problems.append(
                    "'Decide next step' is Exit: the decision was not to apply for bailiff action "
                    "(Bailiff procedure, step 9)"
                )
            elif step is None or step.outcome != expected:
                title = workflows.step_template(Workflow.BAILIFF, key).title
                problems.append(
                    f"activity plan step '{title}' is not {expected.label} "
                    "(Bailiff procedure, step 4)"
                )
    if order is not None:
        balance = order_facts(order).current_balance
        wanted = _sum_applied_for(form, balance)
        if wanted <= 0 < balance:
            problems.append("the sum applied for is £0.00; there is nothing to apply for")
        elif wanted > balance > 0:
            problems.append(
                f"the sum applied for ({format_money(wanted)}) is more than the LO's current "
                f"balance ({format_money(balance)}); correct it on the enforce form"
            )
    return problems


@dataclass(slots=True)
class _Assessed:
    sr: ServiceRequest
    facts: OrderFacts | None
    problems: list[str]


def _assess(session: Session, ctx: ServiceContext, srs: list[ServiceRequest]) -> list[_Assessed]:
    """Every unsent SR with its problems: the ready ones in collection priority, then the rest."""
    today = ctx.today()
    case_facts: dict[int, CaseFacts] = {}
    assessed: list[_Assessed] = []
    for sr in srs:
        if sr.case_id not in case_facts:
            case_facts[sr.case_id] = load_case_facts(session, sr.case_id)
        facts = order_facts(sr.order) if sr.order is not None else None
        assessed.append(_Assessed(sr, facts, _problems(sr, case_facts[sr.case_id], today)))
    ready = [a for a in assessed if not a.problems and a.facts is not None]
    rank = {of.id: i for i, of in enumerate(_prioritise(a.facts for a in ready if a.facts))}
    ordered = sorted(ready, key=lambda a: (rank[a.facts.id] if a.facts else 0, a.sr.id))
    rest = [a for a in assessed if a.problems]
    rest.sort(key=lambda a: (a.facts is None, _priority_key(a.facts) if a.facts else (), a.sr.id))
    return ordered + rest


def _candidate(a: _Assessed, position: int | None, total: int) -> PackCandidate:
    of = a.facts
    balance = of.current_balance if of is not None else None
    return PackCandidate(
        sr_id=a.sr.id,
        sr_version=a.sr.version,
        case_id=a.sr.case_id,
        order_id=of.id if of else None,
        reference=of.display_name if of else None,
        origin=of.origin if of else None,
        granted_on=of.granted_on if of else None,
        position=position,
        total=total,
        current_balance=balance,
        sum_applied_for=_sum_applied_for(a.sr.enforce_form, balance)
        if balance is not None
        else None,
        problems=tuple(a.problems),
    )


def _candidates(
    assessed: list[_Assessed], ranks: Mapping[int, int], total: int
) -> list[PackCandidate]:
    """The candidates numbered across all the client's LOs with a balance (``ranks``: LO id
    to k), so "LO k of N" does not change when a higher-priority LO is not ready (issue 12)."""
    return [
        _candidate(
            a,
            ranks.get(a.sr.order_id) if not a.problems and a.sr.order_id is not None else None,
            total,
        )
        for a in assessed
    ]


def pack_candidates(ctx: ServiceContext, scin: str) -> list[PackCandidate]:
    """The client's Bailiff SRs not yet sent to the bailiff, and which are ready to pack.

    Ready means: status In Progress, the LO associated and still referable under the rules, an
    asset associated, CMEL8011 sent, the validation steps of the plan done (Decide next step =
    Continue), and Bailiff Issue Date not yet set. Ready SRs come first, in collection priority
    (CMS LOs oldest to newest by grant date, then CSA), numbered "LO k of N"; the others follow
    with their ``problems``.

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN.

    Returns:
        The candidates (empty when the client has no unsent Bailiff SR).

    Raises:
        NotFoundError: No paying parent with that SCIN.
    """
    with ctx.unit_of_work() as session:
        contact = _client(session, scin)
        assessed = _assess(session, ctx, _unsent_bailiff_srs(session, contact))
        ready = {a.sr.id for a in assessed if not a.problems}
        entries = _priorities(session, ctx, contact, assessed, ready)
        ranks = {e.order_id: e.position for e in entries}
        return _candidates(assessed, ranks, len(entries))


def clients_with_bailiff_srs(ctx: ServiceContext, owner: str) -> dict[str, list[int]]:
    """The clients with In Progress Bailiff SRs owned by ``owner``: what a batch of packs covers.

    One query. Whether each SR is ready to pack is :func:`pack_candidates`'s to say.

    Args:
        ctx: Database, user and clock.
        owner: The user whose SRs are wanted.

    Returns:
        SCIN → the owner's In Progress Bailiff SR ids, by SCIN then SR id.
    """
    with ctx.unit_of_work() as session:
        rows = session.execute(
            select(Contact.scin, ServiceRequest.id)
            .join(Case, Case.id == ServiceRequest.case_id)
            .join(Contact, Contact.id == Case.paying_parent_id)
            .where(
                ServiceRequest.owner == owner,
                ServiceRequest.workflow == Workflow.BAILIFF,
                ServiceRequest.status == SrStatus.IN_PROGRESS,
            )
            .order_by(Contact.scin, ServiceRequest.id)
        ).all()
    found: dict[str, list[int]] = {}
    for scin, sr_id in rows:
        if scin:  # a paying parent always has one; the column allows NULL for other roles
            found.setdefault(scin, []).append(sr_id)
    return found


# --------------------------------------------------------------------------- 3b priority


class LoPlace(StrEnum):
    """Where one of the client's liability orders stands against a bailiff pack."""

    IN_PACK = "in_pack"
    WITH_BAILIFF = "with_bailiff"
    NOT_IN_PACK = "not_in_pack"
    NOT_REFERRED = "not_referred"

    @property
    def label(self) -> str:
        return {
            LoPlace.IN_PACK: "In this pack",
            LoPlace.WITH_BAILIFF: "With the bailiff",
            LoPlace.NOT_IN_PACK: "Not in this pack",
            LoPlace.NOT_REFERRED: "Not referred",
        }[self]


@dataclass(frozen=True, slots=True)
class PriorityEntry:
    """One of the client's liability orders with a balance, in collection priority.

    Attributes:
        order_id: The LO.
        reference: Its reference.
        origin: CMS or CSA.
        granted_on: Its grant date.
        current_balance: Amount + costs − payments.
        position: k of "LO k of N" across all the client's LOs with a balance.
        total: N, the number of those LOs.
        place: In this pack, with the bailiff, not in this pack (a Bailiff SR not ready or not
            chosen) or not referred.
        sr_id: Its open Bailiff SR, or the last closed one; None when never referred.
        bailiff_company: For an LO with the bailiff, the company.
        sent_on: For an LO with the bailiff, the date the pack was issued.
        reasons: Why it is not in this pack (empty when it is); for an LO with the bailiff, the
            outcome once received.
    """

    order_id: int
    reference: str
    origin: OrderOrigin
    granted_on: date | None
    current_balance: Decimal
    position: int
    total: int
    place: LoPlace
    sr_id: int | None
    bailiff_company: str | None
    sent_on: date | None
    reasons: tuple[str, ...]

    @property
    def position_label(self) -> str:
        return f"LO {self.position} of {self.total}"

    @property
    def detail(self) -> str:
        """What the user reads beside the LO: where it is, and why."""
        if self.place == LoPlace.WITH_BAILIFF:
            sent = f"Sent to {self.bailiff_company or 'the bailiff'} on {format_date(self.sent_on)}"
            return "; ".join((sent, *self.reasons))
        if self.place == LoPlace.IN_PACK:
            return f"Bailiff SR {self.sr_id}"
        return "; ".join(self.reasons)


def skipped_before(entries: Iterable[PriorityEntry]) -> list[PriorityEntry]:
    """The LOs left out of the pack that come before an LO in it (collection priority).

    An LO already with the bailiff is being collected and is not skipped.
    """
    listed = list(entries)
    packed = [e.position for e in listed if e.place == LoPlace.IN_PACK]
    if not packed:
        return []
    last = max(packed)
    return [
        e
        for e in listed
        if e.position < last and e.place in (LoPlace.NOT_IN_PACK, LoPlace.NOT_REFERRED)
    ]


def skip_question(skipped: Iterable[PriorityEntry]) -> str:
    """The question a pack that skips higher-priority LOs must answer (field ``skip_reason``)."""
    names = ", ".join(f"{e.reference} ({e.position_label})" for e in skipped)
    return (
        f"{names} must be collected before an LO in this pack and is not in it: give the reason "
        "for sending the pack without it (Bailiff procedure, step 10)"
    )


def _client_srs(session: Session, contact: Contact) -> list[ServiceRequest]:
    """Every Bailiff SR of the client, any status, with its enforce form (one query)."""
    return list(
        session.scalars(
            select(ServiceRequest)
            .join(Case, Case.id == ServiceRequest.case_id)
            .where(
                Case.paying_parent_id == contact.id,
                ServiceRequest.workflow == Workflow.BAILIFF,
            )
            .options(selectinload(ServiceRequest.enforce_form))
            .order_by(ServiceRequest.id)
        )
    )


def _priorities(
    session: Session,
    ctx: ServiceContext,
    contact: Contact,
    assessed: list[_Assessed],
    packed: set[int],
) -> list[PriorityEntry]:
    """All the client's granted LOs with a balance, in collection priority, each placed."""
    today = ctx.today()
    facts_of = {case.id: load_case_facts(session, case.id) for case in contact.paying_cases}
    los = [
        of
        for facts in facts_of.values()
        for of in facts.orders
        if of.order_type == OrderType.LIABILITY_ORDER
        and of.status == OrderStatus.GRANTED
        and of.current_balance > 0
    ]
    case_of = {of.id: case_id for case_id, facts in facts_of.items() for of in facts.orders}
    ranked = _prioritise(los)
    total = len(ranked)
    unsent = {a.sr.order_id: a for a in assessed if a.sr.order_id is not None}
    srs_by_order: dict[int, list[ServiceRequest]] = {}
    for sr in _client_srs(session, contact):
        if sr.order_id is not None:
            srs_by_order.setdefault(sr.order_id, []).append(sr)
    entries: list[PriorityEntry] = []
    for position, of in enumerate(ranked, start=1):
        place = LoPlace.NOT_REFERRED
        sr_id: int | None = None
        company: str | None = None
        sent_on: date | None = None
        reasons: list[str] = []
        candidate = unsent.get(of.id)
        open_sent = [
            s
            for s in srs_by_order.get(of.id, [])
            if not workflows.is_final(s.status)
            and s.enforce_form is not None
            and s.enforce_form.bailiff_issue_date is not None
        ]
        closed = [s for s in srs_by_order.get(of.id, []) if workflows.is_final(s.status)]
        if candidate is not None and candidate.sr.id in packed:
            place, sr_id = LoPlace.IN_PACK, candidate.sr.id
        elif candidate is not None:
            place, sr_id = LoPlace.NOT_IN_PACK, candidate.sr.id
            reasons = (
                [f"Bailiff SR {sr_id} not ready: " + "; ".join(candidate.problems)]
                if candidate.problems
                else [f"Bailiff SR {sr_id} is ready but was not chosen for this pack"]
            )
        elif open_sent:
            sr = open_sent[-1]
            form = _form(sr)
            place, sr_id = LoPlace.WITH_BAILIFF, sr.id
            company, sent_on = form.bailiff_company, form.bailiff_issue_date
            if form.bailiff_outcome_received and form.bailiff_outcome is not None:
                reasons = [
                    f"outcome {form.bailiff_outcome.label} received on "
                    f"{format_date(form.bailiff_outcome_date)}"
                ]
        else:
            if closed:
                last = closed[-1]
                sr_id = last.id
                outcome = last.enforce_form.bailiff_outcome if last.enforce_form else None
                ended = f"Bailiff SR {last.id} {last.status.label.lower()}"
                if last.closed_on is not None:
                    ended += f" on {format_date(last.closed_on)}"
                if outcome is not None:
                    ended += f" (outcome: {outcome.label})"
                reasons.append(ended)
            verdict = rules.bailiff_referral_for_order(facts_of[case_of[of.id]], of, today)
            if verdict.allowed:
                reasons.append("not referred to the bailiff (no open Bailiff SR)")
            else:
                reasons += [f"cannot be referred: {m}" for m in verdict.messages]
        entries.append(
            PriorityEntry(
                order_id=of.id,
                reference=of.display_name,
                origin=of.origin,
                granted_on=of.granted_on,
                current_balance=of.current_balance,
                position=position,
                total=total,
                place=place,
                sr_id=sr_id,
                bailiff_company=company,
                sent_on=sent_on,
                reasons=tuple(reasons),
            )
        )
    return entries


def lo_priorities(ctx: ServiceContext, scin: str) -> list[PriorityEntry]:
    """The client's LOs with a balance in collection priority, as a pack of every ready SR
    would place them (in the pack, with the bailiff, not in the pack, not referred, and why).

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN.

    Returns:
        One entry per granted liability order with a balance, numbered "LO k of N".

    Raises:
        NotFoundError: No paying parent with that SCIN.
    """
    with ctx.unit_of_work() as session:
        contact = _client(session, scin)
        assessed = _assess(session, ctx, _unsent_bailiff_srs(session, contact))
        ready = {a.sr.id for a in assessed if not a.problems}
        return _priorities(session, ctx, contact, assessed, ready)


# --------------------------------------------------------------------------- 4 pack data


@dataclass(frozen=True, slots=True)
class _PlanItem:
    sr_id: int
    sr_version: int
    form_version: int
    balance: Decimal
    sum_applied_for: Decimal
    additional_information: str | None


@dataclass(frozen=True, slots=True)
class _PackPlan:
    pack: BailiffPack
    items: tuple[_PlanItem, ...]
    dvs: bool
    priorities: tuple[PriorityEntry, ...]

    @property
    def skipped(self) -> list[PriorityEntry]:
        return skipped_before(self.priorities)


def _dvs_grounds(contact: Contact) -> str | None:
    """Why a DVS photograph may be asked for, or None when it may not (seed 003 step 14).

    The procedure asks whether "you know or suspect that the paying parent has a driving
    licence": a licence (the flag or its number) is knowing; a vehicle recorded against them,
    even one whose registration is not known, is reason to suspect.
    """
    if contact.holds_driving_licence or contact.driving_licence_number:
        return "The paying parent holds a driving licence."
    if contact.vehicles:
        count = len(contact.vehicles)
        vehicles = "a vehicle is" if count == 1 else f"{count} vehicles are"
        return (
            f"The paying parent is suspected to hold a driving licence: {vehicles} recorded "
            "against them."
        )
    return None


def _other_names(value: str | None) -> tuple[str, ...]:
    return tuple(n.strip() for n in _OTHER_NAMES_SPLIT.split(value or "") if n.strip())


def _vehicle(v: Any) -> VehicleDetails:
    registration = None if v.registration == _NOT_KNOWN_REGISTRATION else v.registration
    return VehicleDetails(registration, v.make, v.model, v.colour)


def _asset_line(asset: Asset) -> str:
    line = asset_label(asset)
    if asset.estimated_value is not None:
        line += f" (estimated value {format_money(asset.estimated_value)})"
    return line


def _order_date(order: EnforcementOrder) -> tuple[str, date | None]:
    if order.status == OrderStatus.GRANTED:
        return "granted", order.granted_on
    if order.status == OrderStatus.APPLIED:
        return "applied for", order.applied_on
    return order.status.label.lower(), order.ended_on or order.granted_on or order.applied_on


def _previous_enforcement(case: Case, referred: set[int]) -> tuple[str, ...]:
    """Every other order of the case, oldest first, one line each."""
    lines: list[tuple[date, int, str]] = []
    for order in case.orders:
        if order.id in referred:
            continue
        what, when = _order_date(order)
        line = f"{order.order_type.label} {_order_label(order)}: {what}"
        if when is not None:
            line += f" {format_date(when)}"
        lines.append((when or date.max, order.id, line))
    return tuple(line for _, _, line in sorted(lines))


def _paying_parent(contact: Contact) -> PersonDetails:
    return PersonDetails(
        full_name=contact.full_name,
        other_names=_other_names(contact.other_names),
        date_of_birth=contact.date_of_birth,
        ni_number=contact.nino or "",
        address=_postal(_visit_address(contact)),
        phone=contact.phone or "",
        employment_status=contact.employment_status.label,
        employer=contact.employer_name or "",
    )


def _liability_order(order: EnforcementOrder) -> LiabilityOrderDetails:
    of = order_facts(order)
    assert of.granted_on is not None  # a problem otherwise: never packed
    return LiabilityOrderDetails(
        reference=of.display_name,
        court=order.court.name if order.court is not None else "",
        applied_on=of.applied_on,
        granted_on=of.granted_on,
        period_from=of.period_from,
        period_to=of.period_to,
        amount=of.amount,
        costs=of.costs,
        payments=of.payments,
        current_balance=of.current_balance,
        origin=of.origin,
    )


def _clean_additional(
    given: Mapping[int, str] | None, selected: list[int]
) -> dict[int, str | None]:
    out: dict[int, str | None] = {}
    problems: list[str] = []
    for sr_id, text in (given or {}).items():
        if sr_id not in selected:
            problems.append(f"SR {sr_id} is not in this pack")
            continue
        # Control characters cannot go into a Word document: they are dropped, the rest kept.
        cleaned = clean_text(text).strip()
        if len(cleaned) > ADDITIONAL_INFORMATION_MAX:
            problems.append(
                f"SR {sr_id}: too long ({len(cleaned)} characters; at most "
                f"{ADDITIONAL_INFORMATION_MAX})"
            )
        out[sr_id] = cleaned or None
    if problems:
        raise ValidationError({"additional_information": "; ".join(problems)})
    return out


def _plan_pack(
    session: Session,
    ctx: ServiceContext,
    scin: str,
    *,
    dvs: bool,
    additional_information: Mapping[int, str] | None,
    sr_ids: list[int] | None,
) -> _PackPlan:
    contact = _client(session, scin)
    assessed = every = _assess(session, ctx, _unsent_bailiff_srs(session, contact))
    if sr_ids is not None:
        by_id = {a.sr.id: a for a in assessed}
        unknown = [i for i in dict.fromkeys(sr_ids) if i not in by_id]
        if unknown:
            raise ValidationError(
                {
                    "sr_ids": "Not an unsent Bailiff SR of this client: "
                    + ", ".join(str(i) for i in unknown)
                }
            )
        assessed = [a for a in assessed if a.sr.id in set(sr_ids)]
    chosen = [a for a in assessed if not a.problems]
    blocked = [a for a in assessed if a.problems]
    if not chosen or (sr_ids is not None and blocked):
        reasons = [f"Bailiff SR {a.sr.id}: {p}" for a in blocked for p in a.problems]
        if not assessed:
            reasons = [
                "the client has no Bailiff SR waiting to be sent (Bailiff procedure, step 1)"
            ]
        raise RuleViolation("Nothing can be packed for the bailiff", reasons)

    regions = sorted({a.sr.case.region for a in chosen})
    if len(regions) > 1:
        raise ValidationError(
            {
                "sr_ids": "The SRs belong to cases of different regions ("
                + ", ".join(regions)
                + "); pack each region separately"
            }
        )
    dvs_grounds = _dvs_grounds(contact)
    if dvs and dvs_grounds is None:
        raise ValidationError({"dvs": DVS_REFUSED})
    texts = _clean_additional(additional_information, [a.sr.id for a in chosen])

    today = ctx.today()
    priorities = _priorities(session, ctx, contact, every, {a.sr.id for a in chosen})
    # "LO k of N" counts every LO of the client with a balance, not only those in this pack: the
    # bailiff must see that an LO sent alone later still comes first (issue 12).
    ranks = {e.order_id: e.position for e in priorities}
    total = len(priorities)
    referred = {a.facts.id for a in chosen if a.facts is not None}
    person = _paying_parent(contact)
    vehicles = tuple(_vehicle(v) for v in contact.vehicles)
    referrals: list[BailiffReferral] = []
    items: list[_PlanItem] = []
    first_assets: tuple[str, ...] = ()
    first_previous: tuple[str, ...] = ()
    contact_problems: list[str] = []
    for index, a in enumerate(chosen):
        sr, form, order = a.sr, _form(a.sr), a.sr.order
        assert order is not None and a.facts is not None  # ready SRs have their LO
        position = ranks[order.id]
        case = sr.case
        lo = _liability_order(order)
        wanted = _sum_applied_for(form, lo.current_balance)
        text = texts.get(sr.id, form.additional_information)
        assets = tuple(_asset_line(x) for x in _usable_assets(sr))
        previous = _previous_enforcement(case, referred)
        complete = index == 0
        if complete:
            first_assets, first_previous = assets, previous
        referrals.append(
            BailiffReferral(
                referral_date=today,
                case_manager=_cms_contact(session, ctx, sr, FORM_CONTACT, contact_problems),
                scin=contact.scin or "",
                scheme=case.scheme.label,
                paying_parent=person,
                receiving_parent_names=tuple(c.full_name for c in _receiving_parents(case)),
                liability_order=lo,
                position=position,
                total=total,
                sum_applied_for=wanted,
                pv_marker=contact.pv_marker,
                pv_control_measures=contact.pv_control_measures or "",
                # Seed 003 step 10: later forms carry only what differs from the first one.
                vehicles=vehicles if complete else (),
                assets=assets if complete or assets != first_assets else (),
                previous_enforcement=previous if complete or previous != first_previous else (),
                additional_information=text or "",
                complete=complete,
                first_position=ranks[chosen[0].sr.order_id or 0],
            )
        )
        items.append(_PlanItem(sr.id, sr.version, form.version, lo.current_balance, wanted, text))

    dvs_request = None
    first_case = chosen[0].sr.case
    if dvs:
        registration = next(
            (v.registration for v in contact.vehicles if v.registration != _NOT_KNOWN_REGISTRATION),
            NOT_KNOWN,
        )
        dvs_request = DvsPhotoRequest(
            request_date=today,
            scin=contact.scin or "",
            case_manager=_cms_contact(session, ctx, chosen[0].sr, FORM_CONTACT, contact_problems),
            paying_parent_name=contact.full_name,
            address=person.address or PostalAddress(()),
            date_of_birth=contact.date_of_birth,
            vehicle_registration=registration,
            driving_licence_number=contact.driving_licence_number,
            reason=f"{DVS_REASON}. {dvs_grounds}",
            # Every vehicle: the photograph is matched to whichever one the bailiff finds.
            vehicles=vehicles,
        )
    _refuse_without_contact("The bailiff pack", contact_problems)
    pack = BailiffPack(
        scin=contact.scin or "",
        region=first_case.region,
        referrals=tuple(referrals),
        dvs_request=dvs_request,
    )
    return _PackPlan(pack, tuple(items), dvs, tuple(priorities))


def build_pack_data(
    ctx: ServiceContext,
    scin: str,
    *,
    dvs: bool,
    additional_information: dict[int, str] | None = None,
    sr_ids: list[int] | None = None,
) -> BailiffPack:
    """Read the pack for a client from the database, as the documents layer takes it.

    One CMEL8010 per ready Bailiff SR (see :func:`pack_candidates`), in collection priority; the
    first is complete and later ones carry what differs (seed 003 step 10). With ``dvs`` a
    CMSF5571 is added, only when the paying parent holds or is believed to hold a driving licence.

    Args:
        ctx: Database, user and clock (the referral date is today).
        scin: The paying parent's SCIN.
        dvs: Whether to request a DVS photograph (CMSF5571).
        additional_information: Free text per SR id for "Additional information"; control
            characters are dropped. An SR without an entry keeps the text saved on its form.
        sr_ids: Pack only these SRs (each must be ready); default every ready SR.

    Returns:
        The pack, ready for :func:`documents.pack.build_pack`.

    Raises:
        NotFoundError: No paying parent with that SCIN.
        RuleViolation: Nothing ready to pack, or a chosen SR is not ready; the reasons say why.
        ValidationError: ``dvs`` without a driving licence, additional information too long or
            for an SR not packed, unknown ``sr_ids``, or SRs of cases in different regions.
    """
    with ctx.unit_of_work() as session:
        return _plan_pack(
            session,
            ctx,
            scin,
            dvs=dvs,
            additional_information=additional_information,
            sr_ids=sr_ids,
        ).pack


@dataclass(frozen=True, slots=True)
class PackPreview:
    """What a client's pack would hold, read before anything is written.

    Attributes:
        pack: The pack data, with the CMSF5571 when one is offered.
        dvs_refusal: Why no CMSF5571 is offered (no driving licence), else None.
        zip_name: The zip's file name (SCIN + region), None when the region cannot name a file.
        zip_problem: Why the zip cannot be named, else None.
        entry_names: The zip's entries without the CMSF5571, in order.
        dvs_entry_name: The CMSF5571's entry, when one is offered.
        priorities: Every LO of the client with a balance, in collection priority, each placed
            (in this pack, with the bailiff, not in this pack, not referred) with the reason.
    """

    pack: BailiffPack
    dvs_refusal: str | None
    zip_name: str | None
    zip_problem: str | None
    entry_names: tuple[str, ...]
    dvs_entry_name: str | None
    priorities: tuple[PriorityEntry, ...] = ()

    @property
    def skipped(self) -> list[PriorityEntry]:
        """LOs left out that come before one in the pack: building asks for a reason."""
        return skipped_before(self.priorities)

    @property
    def skip_question(self) -> str | None:
        """What the user must answer before building, or None when nothing is skipped."""
        skipped = self.skipped
        return skip_question(skipped) if skipped else None

    def entries(self, dvs: bool) -> tuple[str, ...]:
        """The zip's entries in order, with the CMSF5571 last when ``dvs`` and it is offered."""
        if dvs and self.dvs_entry_name is not None:
            return (*self.entry_names, self.dvs_entry_name)
        return self.entry_names


def preview_pack(ctx: ServiceContext, scin: str) -> PackPreview:
    """Read the client's pack as :func:`build_bailiff_pack` would write it, writing nothing.

    The CMSF5571 is included when the service offers one; otherwise ``dvs_refusal`` says why.

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN.

    Returns:
        The pack data with the zip's name and entries.

    Raises:
        NotFoundError, RuleViolation, ValidationError: As :func:`build_pack_data`.
    """
    dvs_refusal: str | None = None
    with ctx.unit_of_work() as session:
        try:
            plan = _plan_pack(
                session, ctx, scin, dvs=True, additional_information=None, sr_ids=None
            )
        except ValidationError as exc:
            if set(exc.errors) != {"dvs"}:
                raise
            dvs_refusal = exc.errors["dvs"]
            plan = _plan_pack(
                session, ctx, scin, dvs=False, additional_information=None, sr_ids=None
            )
    pack = plan.pack
    zip_name: str | None = None
    zip_problem: str | None = None
    try:
        zip_name = pack_file_name(pack.scin, pack.region)
    except ValidationError as exc:
        zip_problem = "\n".join(exc.errors.values())
    names = entry_names(replace(pack, dvs_request=None))
    dvs_name = entry_names(pack)[-1] if pack.dvs_request is not None else None
    return PackPreview(
        pack, dvs_refusal, zip_name, zip_problem, tuple(names), dvs_name, plan.priorities
    )


# --------------------------------------------------------------------------- 5 the pack


def _record_pack(
    session: Session,
    ctx: ServiceContext,
    plan: _PackPlan,
    result: PackResult,
    zip_path: Path,
) -> list[Document]:
    """Record the documents and fill the enforce forms, refusing if an SR changed meanwhile."""
    # Relative to the folder it went to (the document store), never the absolute path.
    path = stored_document_path(zip_path, zip_path.parent)
    documents: list[Document] = []
    srs: list[ServiceRequest] = []
    for item in plan.items:
        sr = _load_bailiff(session, item.sr_id)
        check_version(sr, item.sr_version, "service request")
        check_version(_form(sr), item.form_version, "enforce form")
        srs.append(sr)

    def record(sr: ServiceRequest, doc_type: DocumentType, file_name: str, sha256: str) -> None:
        documents.append(
            record_document(
                session,
                ctx,
                case_id=sr.case_id,
                sr_id=sr.id,
                doc_type=doc_type,
                file_name=file_name,
                path=path,
                sha256=sha256,
            )
        )

    cmel8010s = [e for e in result.entries if e.doc_type == DocumentType.CMEL8010]
    for sr, entry in zip(srs, cmel8010s, strict=True):
        record(sr, DocumentType.CMEL8010, entry.name, entry.sha256)
    first = srs[0]
    for entry in result.entries:
        if entry.doc_type == DocumentType.CMSF5571:
            record(first, DocumentType.CMSF5571, entry.name, entry.sha256)
    record(first, DocumentType.BAILIFF_PACK, zip_path.name, result.sha256)
    contact = first.case.paying_parent
    # The pack as a whole, against the client (by id): the zip's name and its SHA-256.
    record_file_written(
        session,
        ctx,
        action="pack",
        entity="contact",
        entity_id=contact.id,
        case_id=first.case_id,
        name=zip_path.name,
        sha256=result.sha256,
    )
    for sr, item in zip(srs, plan.items, strict=True):
        _save_form(
            session,
            ctx,
            sr,
            {
                "lo_current_arrears_balance": money(item.balance),
                "arrears_balance_against_lo": money(item.balance),
                "sum_applied_for": money(item.sum_applied_for),
                "nrp_employment_status": contact.employment_status,
                "pack_prepared_on": ctx.today(),
                "dvs_requested": plan.dvs,
                "additional_information": item.additional_information,
            },
        )
    session.flush()
    return documents


def _check_skip_reason(plan: _PackPlan, given: str | None) -> str | None:
    """The reason for leaving out higher-priority LOs, required when some are left out."""
    skipped = plan.skipped
    if not skipped:
        return None
    problem = check_text(given, required=True, max_length=1000, label="Reason")
    if problem:
        raise ValidationError({"skip_reason": skip_question(skipped)})
    return (given or "").strip()


def _record_skip(session: Session, ctx: ServiceContext, plan: _PackPlan, reason: str) -> None:
    """Record on each SR packed which higher-priority LOs were left out, and why."""
    left_out = "; ".join(
        f"{e.reference} ({e.position_label}, {e.place.label.lower()}: {e.detail})"
        for e in plan.skipped
    )
    text = f"Bailiff pack built without {left_out}. Reason: {reason}"
    for item in plan.items:
        sr = _load_bailiff(session, item.sr_id)
        record_event(
            session,
            ctx,
            action="pack_skips_priority",
            entity="service_request",
            entity_id=sr.id,
            case_id=sr.case_id,
            new=text,
        )
        _add_note(session, ctx, sr, text)


def build_bailiff_pack(
    ctx: ServiceContext,
    scin: str,
    out_dir: str | os.PathLike[str],
    *,
    dvs: bool = False,
    additional_information: dict[int, str] | None = None,
    sr_ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
    skip_reason: str | None = None,
    passphrase: str | None = None,
) -> PackOutcome:
    """Write the zip for the Bailiff SPOC and record it against the SRs (seed 003 steps 10-16).

    The zip (SCIN + region) is built in a private folder inside ``out_dir``; then one transaction
    records a Document per CMEL8010 against its SR, the CMSF5571 and the zip against the first
    SR, and fills each SR's enforce form (LO Current Arrears Bal and Arrears Balance Against LO,
    Sum Applied For, NRP Empl Status, pack prepared today, DVS requested, additional
    information), and records a 'pack' audit event against the client with the zip's name and
    SHA-256. The zip is moved into ``out_dir`` just before that transaction commits: if
    building fails the database is unchanged, and if the database write fails no zip is left.

    The zip never replaces a file: when SCIN + region is taken (an earlier pack), it is dated
    (``121000000001Midlands 2026-12-05.zip``, then `` (2)``; see :func:`files.unused_names`).
    A pack that leaves out an LO coming before one in it (collection priority across all the
    client's LOs with a balance) needs ``skip_reason``; the reason and the LOs skipped are
    recorded on each SR packed (audit event and note).

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN.
        out_dir: The folder for the zip (made, owner-only, if missing).
        dvs: Add a CMSF5571 DVS photograph request.
        additional_information: Free text per SR id (see :func:`build_pack_data`).
        sr_ids: Pack only these SRs; default every ready SR of the client.
        progress: Called with (documents done, documents in all) while building.
        skip_reason: Why the pack goes without a higher-priority LO (required only then).
        passphrase: Encrypt the zip (AES-256) under it (documents.encrypted_zip); the
            passphrase is never stored or logged, its use is audited ('pack encrypted').

    Returns:
        The zip, its entries and the SRs packed.

    Raises:
        RuleViolation: Nothing to pack (with the problems), or a chosen SR not ready.
        ValidationError: See :func:`build_pack_data`; also a file where the folder should be,
            a region unsafe in a file name, or a higher-priority LO left out without
            ``skip_reason`` (field ``skip_reason``).
        ConflictError: An SR changed while the pack was being built; nothing is kept.
    """
    folder = _output_folder(out_dir)
    with ctx.unit_of_work() as session:
        plan = _plan_pack(
            session,
            ctx,
            scin,
            dvs=dvs,
            additional_information=additional_information,
            sr_ids=sr_ids,
        )
    reason = _check_skip_reason(plan, skip_reason)
    make_private_folder(folder)
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".bailiff-pack-"))
    try:
        result = build_pack(plan.pack, staging, progress=progress, passphrase=passphrase)
        published: Path | None = None
        try:
            with ctx.unit_of_work() as session:
                # An earlier pack is never replaced: it may have been sent, and its recorded
                # SHA-256 must keep naming a file that exists. The new zip takes a dated name
                # (files.unused_names says why not a refusal), claimed before it is recorded.
                published = publish_new(
                    result.zip_path,
                    folder.resolve(),
                    unused_names(result.zip_path.name, ctx.today()),
                )
                documents = _record_pack(session, ctx, plan, result, published)
                if reason is not None:
                    _record_skip(session, ctx, plan, reason)
                if result.encrypted:
                    record_pack_encrypted(
                        session,
                        ctx,
                        sr_id=plan.items[0].sr_id,
                        case_id=documents[0].case_id,
                        name=published.name,
                    )
                dtos = tuple(_document_dto(d) for d in documents)
        except BaseException:
            # The file was claimed by this call under a name no one else held: ours to remove.
            if published is not None:
                published.unlink(missing_ok=True)
            raise
        final = published
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    sr_ids_packed = tuple(item.sr_id for item in plan.items)
    _log.info(
        "Bailiff pack written for SRs %s: %d document(s), DVS request %s",
        sr_ids_packed,
        len(result.entries),
        "yes" if dvs else "no",
    )
    return PackOutcome(final, result.sha256, result.entries, sr_ids_packed, dtos)


# --------------------------------------------------------------------------- 6-7 monitoring


def record_sent(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    *,
    proceed_date: date | None,
    issue_date: date | None,
    company: str | None,
) -> ServiceRequestDTO:
    """Record that the Bailiff SPOC sent the referral (seed 003 steps 17-18).

    Fills Bailiff Proceed Date, Issue Date and Company; marks File Prepared Yes with "Referral
    sent to Bailiff on <issue date>"; sets the SR to Wait for 90 days from the issue date with sub
    status "Awaiting update from bailiff".

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        expected_version: The SR version the user read.
        proceed_date: The date bailiff action was decided.
        issue_date: The date the pack was issued to the bailiff.
        company: The bailiff company.

    Returns:
        The SR as it now stands.

    Raises:
        ValidationError: A date missing, in the future, or the issue date before the proceed
            date or the pack's preparation, or so long ago that the 90 days are over; no company.
        RuleViolation: The pack was not prepared, or the referral was already recorded as sent.
        ConflictError: The SR changed since it was read.
    """
    raise_if_errors(_sent_errors(proceed_date, issue_date, company, ctx.today()))
    assert proceed_date is not None and issue_date is not None and company is not None
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        check_version(sr, expected_version, "service request")
        _mark_sent(session, ctx, sr, proceed_date, issue_date, company)
        session.flush()
        return sr_dto(load_sr(session, sr.id))


def _sent_errors(
    proceed_date: date | None, issue_date: date | None, company: str | None, today: date
) -> dict[str, str | None]:
    """What :func:`record_sent` checks before reading the SR: the dates and the company."""
    errors: dict[str, str | None] = {
        "proceed_date": check_past_date(proceed_date, today, required=True),
        "issue_date": check_past_date(issue_date, today, required=True),
        "company": check_text(company, required=True, max_length=200, label="Bailiff company"),
    }
    if proceed_date and issue_date and not errors["issue_date"] and issue_date < proceed_date:
        errors["issue_date"] = (
            f"The issue date cannot be before the proceed date ({format_date(proceed_date)})"
        )
    return errors


def _mark_sent(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    proceed_date: date,
    issue_date: date,
    company: str,
) -> None:
    """The per-SR rule of :func:`record_sent`, in the caller's transaction (seed 003 17-18)."""
    today = ctx.today()
    wait = bailiff_wait_until(issue_date)
    require_editable(sr)
    form = _form(sr)
    if form.bailiff_issue_date is not None:
        raise RuleViolation(
            f"Bailiff SR {sr.id} was already recorded as sent on "
            f"{format_date(form.bailiff_issue_date)}"
        )
    if form.pack_prepared_on is None:
        raise RuleViolation(
            "Build the bailiff pack (CMEL8010) before recording it as sent "
            "(Bailiff procedure, steps "
            "10-17)"
        )
    if issue_date < form.pack_prepared_on:
        raise ValidationError(
            {
                "issue_date": "The issue date cannot be before the pack was prepared "
                f"({format_date(form.pack_prepared_on)})"
            }
        )
    if wait.until <= today:
        raise ValidationError(
            {
                "issue_date": f"{wait.explanation}, which has passed; check for the "
                "bailiff's update instead (Bailiff procedure, step 20)"
            }
        )
    _save_form(
        session,
        ctx,
        sr,
        {
            "bailiff_proceed_date": proceed_date,
            "bailiff_issue_date": issue_date,
            "bailiff_company": company.strip(),
            "on_hold_reason": None,
            "on_hold_until": None,
        },
    )
    _set_step(
        session,
        ctx,
        sr,
        "file_prepared",
        StepOutcome.YES,
        f"Referral sent to Bailiff on {format_date(issue_date)}",
    )
    _set_status(session, ctx, sr, SrStatus.WAIT, sub_status=AWAITING_BAILIFF, wait_until=wait.until)


def put_on_hold(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    *,
    reason: str,
    until: date | None,
) -> ServiceRequestDTO:
    """Hold the pack's preparation or the bailiff action (seed 003 steps 13, 21-22).

    Records the On Hold Reason on the enforce form and in a note, and sets the SR to Wait with sub
    status "On hold" until ``until``, at most 28 days from today.

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        expected_version: The SR version the user read.
        reason: Why the action is held (required).
        until: The end of the hold.

    Returns:
        The SR as it now stands.

    Raises:
        ValidationError: No reason, no date, or a hold ending today or more than 28 days away.
        RuleViolation: The outcome is already recorded, or the SR is closed.
        ConflictError: The SR changed since it was read.
    """
    today = ctx.today()
    errors: dict[str, str | None] = {
        "reason": check_text(reason, required=True, max_length=500, label="On hold reason"),
        "until": "Give the date the hold ends"
        if until is None
        else check_bailiff_hold(today, until),
    }
    raise_if_errors(errors)
    assert until is not None
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        if sr.status == SrStatus.OPEN:
            # Resuming goes back to In Progress; from Open that would skip the activity plan.
            raise RuleViolation(
                "Set the Bailiff SR to In Progress before putting it on hold "
                "(Bailiff procedure, step 13)"
            )
        form = _form(sr)
        if form.bailiff_outcome_received:
            raise RuleViolation(
                "The bailiff outcome is recorded; a hold is for bailiff action still under way"
            )
        text = reason.strip()
        _save_form(session, ctx, sr, {"on_hold_reason": text, "on_hold_until": until})
        _add_note(session, ctx, sr, f"Bailiff action on hold until {format_date(until)}: {text}")
        _set_status(session, ctx, sr, SrStatus.WAIT, sub_status=ON_HOLD, wait_until=until)
        session.flush()
        return sr_dto(load_sr(session, sr.id))


def resume(ctx: ServiceContext, sr_id: int, expected_version: int) -> ServiceRequestDTO:
    """End a hold: back to Wait until the 90-day date if the bailiff still has time, else In
    Progress (pack not yet sent, or the 90 days are over and the update is due).

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        expected_version: The SR version the user read.

    Returns:
        The SR as it now stands.

    Raises:
        RuleViolation: The SR is not on hold.
        ConflictError: The SR changed since it was read.
    """
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        if sr.sub_status != ON_HOLD:
            raise RuleViolation(f"Bailiff SR {sr.id} is not on hold")
        form = _form(sr)
        # The reason stays in the note; the form shows only a hold that is in force.
        _save_form(session, ctx, sr, {"on_hold_reason": None, "on_hold_until": None})
        issued = form.bailiff_issue_date
        until = bailiff_wait_until(issued).until if issued else None
        if until is not None and until > ctx.today():
            _set_status(
                session, ctx, sr, SrStatus.WAIT, sub_status=AWAITING_BAILIFF, wait_until=until
            )
            note = f"Hold ended; awaiting the bailiff's update until {format_date(until)}"
        else:
            _set_status(session, ctx, sr, SrStatus.IN_PROGRESS)
            note = "Hold ended; work on the SR resumed"
        _add_note(session, ctx, sr, note)
        session.flush()
        return sr_dto(load_sr(session, sr.id))


# --------------------------------------------------------------------------- 8 outcome


def record_outcome(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    *,
    outcome: BailiffOutcome,
    outcome_type: BailiffOutcomeType,
    outcome_date: date | None,
    reason_return_code: str | None = None,
    return_code: str | None = None,
    nulla_bona_received_on: date | None = None,
    arrears_agreement_final_payment_due: date | None = None,
) -> ServiceRequestDTO:
    """Record the bailiff's final outcome (seed 003 steps 23-28).

    Fills the enforce form (Bailiff Outcome Rcvd, date, outcome, type, return codes, Nulla Bona
    and its date, which the 6-month rule then reads) and the plan's Bailiff outcome step. An
    arrears agreement (Successful, type Arrears agreement) keeps the SR in Wait until 7 days after
    its final payment is due; any other outcome puts it In Progress, to apply costs and send
    CMEL8039.

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        expected_version: The SR version the user read.
        outcome: Successful, Not successful or NRP not located.
        outcome_type: Paid in full, Arrears agreement, Returned by bailiff, Recalled by CMEC.
        outcome_date: The date the outcome was received.
        reason_return_code: Bailiff Reason Ret Code (Returned by bailiff only).
        return_code: Bailiff Return Code (Recalled by CMEC only).
        nulla_bona_received_on: The date a Nulla Bona was received (Returned by bailiff only).
        arrears_agreement_final_payment_due: The agreement's final payment date (required for an
            arrears agreement, refused otherwise).

    Returns:
        The SR as it now stands.

    Raises:
        ValidationError: Missing or contradictory fields (see the enforce form's rules).
        RuleViolation: The referral was not recorded as sent, or the SR is closed.
        ConflictError: The SR changed since it was read.
    """
    errors: dict[str, str | None] = {}
    agreement = outcome_type == BailiffOutcomeType.ARREARS_AGREEMENT
    if outcome_type in _SUCCESS_TYPES and outcome != BailiffOutcome.SUCCESSFUL:
        errors["outcome"] = (
            f"{outcome_type.label} is recorded as Successful (Bailiff procedure, step 26), "
            f"not {outcome.label}"
        )
    if agreement and arrears_agreement_final_payment_due is None:
        errors["arrears_agreement_final_payment_due"] = (
            "Give the date the agreement's final payment is due (Bailiff procedure, step 28)"
        )
    if not agreement and arrears_agreement_final_payment_due is not None:
        errors["arrears_agreement_final_payment_due"] = (
            "Only when the outcome type is Arrears agreement"
        )
    changes: dict[str, Any] = {
        "bailiff_outcome_received": True,
        "bailiff_outcome_date": outcome_date,
        "bailiff_outcome": outcome,
        "bailiff_outcome_type": outcome_type,
        "bailiff_reason_return_code": (reason_return_code or "").strip() or None,
        "bailiff_return_code": (return_code or "").strip() or None,
        "nulla_bona_received": nulla_bona_received_on is not None,
        "nulla_bona_received_on": nulla_bona_received_on,
        "arrears_agreement_final_payment_due": arrears_agreement_final_payment_due,
        # An outcome ends any hold on the bailiff action.
        "on_hold_reason": None,
        "on_hold_until": None,
    }
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        form = _form(sr)
        issued = form.bailiff_issue_date
        if issued is None:
            raise RuleViolation(
                "Record the referral as sent to the bailiff before its outcome "
                "(Bailiff procedure, step 17)"
            )
        for name, value in (
            ("outcome_date", outcome_date),
            ("nulla_bona_received_on", nulla_bona_received_on),
        ):
            if value is not None and value < issued:
                errors[name] = f"Cannot be before the referral was issued ({format_date(issued)})"
        try:
            validate_enforce_form(
                EnforceFormInput(**{**field_values(form, EnforceFormInput), **changes}), ctx.today()
            )
        except ValidationError as exc:
            # The form names its own fields; say them as this function's arguments.
            for name, message in exc.errors.items():
                errors.setdefault(_OUTCOME_ARGUMENTS.get(name, name), message)
        raise_if_errors(errors)
        apply_changes(session, ctx, form, changes, "enforce_form", case_id=sr.case_id)
        assert outcome_date is not None
        reason = f"{outcome_type.label}; outcome received on {format_date(outcome_date)}"
        if nulla_bona_received_on is not None:
            reason += f"; Nulla Bona received on {format_date(nulla_bona_received_on)}"
        _set_step(session, ctx, sr, "bailiff_outcome", StepOutcome(outcome.value), reason)
        wait = (
            arrears_agreement_wait_until(arrears_agreement_final_payment_due)
            if agreement and arrears_agreement_final_payment_due is not None
            else None
        )
        if wait is not None and wait.until > ctx.today():
            _set_status(
                session, ctx, sr, SrStatus.WAIT, sub_status=AWAITING_BAILIFF, wait_until=wait.until
            )
        else:
            _set_status(session, ctx, sr, SrStatus.IN_PROGRESS)
        session.flush()
        return sr_dto(load_sr(session, sr.id))


# --------------------------------------------------------------------------- 9 letters


def _letter_order(order: EnforcementOrder) -> LetterOrder:
    """The LO as a letter to the receiving parent names it: reference and period, nothing else."""
    return LetterOrder(_order_label(order), order.period_from, order.period_to)


def _cmel8011_siblings(sr: ServiceRequest) -> list[ServiceRequest]:
    """The SRs one CMEL8011 about ``sr`` also covers: the referral it belongs to.

    The case's other Bailiff SRs being prepared now (not sent, not closed, not on hold) whose LO
    and asset are associated and whose receiving parents have not yet been told: a referral of
    three LOs is one letter to each receiving parent, not three (issue 12).
    """
    out: list[ServiceRequest] = []
    for other in sr.case.service_requests:
        form = other.enforce_form
        if (
            other.id == sr.id
            or not is_unsent_bailiff_sr(other)
            or other.sub_status == ON_HOLD
            or other.order is None
            or not _usable_assets(other)
            or form is None
            or form.cmel8011_sent_on is not None
        ):
            continue
        out.append(other)
    return out


def _in_priority(srs: list[ServiceRequest]) -> list[ServiceRequest]:
    ranked = _prioritise(order_facts(s.order) for s in srs if s.order is not None)
    rank = {of.id: i for i, of in enumerate(ranked)}
    return sorted(srs, key=lambda s: (rank.get(s.order_id or 0, len(rank)), s.id))


def _send_letters(
    ctx: ServiceContext,
    sr_id: int,
    out_dir: str | os.PathLike[str],
    doc_type: DocumentType,
    check: Callable[[ServiceRequest], BailiffOutcome | None],
    concerned: Callable[[ServiceRequest], list[ServiceRequest]],
    after: Callable[[Session, list[ServiceRequest]], None],
) -> list[DocumentDTO]:
    """Write one PDF per receiving parent about the SRs ``concerned``, then record it on each.

    A letter file never replaces an earlier one (a letter sent again gets a dated name, see
    :func:`files.unused_names`); the files are built in a staging folder, claimed under their
    names, then recorded; if recording fails they are removed.
    """
    folder = _output_folder(out_dir).resolve()
    builder = build_cmel8011 if doc_type == DocumentType.CMEL8011 else build_cmel8039
    code = doc_type.value.upper()
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        require_editable(sr)
        outcome = check(sr)
        group = _in_priority(concerned(sr))
        group_ids = [s.id for s in group]
        case = sr.case
        problems: list[str] = []
        manager = _cms_contact(session, ctx, sr, LETTER_CONTACT, problems)
        _refuse_without_contact(code, problems)
        about = tuple(_letter_order(s.order) for s in group if s.order is not None)
        letters: list[tuple[str, ReceivingParentLetter]] = []
        missing: list[str] = []
        for contact in _receiving_parents(case):
            address = _postal(_letter_address(contact))
            if address is None:
                missing.append(f"the receiving parent {contact.full_name} has no current address")
            if not contact.scin:
                # The letter asks them to quote their own reference; the paying parent's SCIN is
                # the paying parent's data and never goes to the receiving parent.
                missing.append(
                    f"the receiving parent {contact.full_name} has no SCIN to quote as their "
                    "reference"
                )
            if address is None or not contact.scin:
                continue
            letter = ReceivingParentLetter(
                letter_date=ctx.today(),
                scin=contact.scin,
                receiving_parent_name=contact.full_name,
                receiving_parent_address=address,
                case_manager=manager,
                outcome=outcome,
                liability_orders=about,
            )
            # Named by the recipient's own SCIN and the first SR's id, never a name or the
            # paying parent's SCIN: file names show in folder listings and e-mail attachments.
            letters.append((f"{contact.scin}_{code}_{group_ids[0]}.pdf", letter))
        if missing or not letters:
            raise RuleViolation(
                f"{code} cannot be sent", missing or ["the case has no receiving parent"]
            )
    make_private_folder(folder)
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".letters-"))
    written: list[Path] = []
    try:
        built = [(name, builder(letter, staging / name)) for name, letter in letters]
        for name, path in built:
            written.append(publish_new(path, folder, unused_names(name, ctx.today())))
        with ctx.unit_of_work() as session:
            sr = _load_bailiff(session, sr_id)
            require_editable(sr)
            check(sr)
            # The SRs as they are now, in the same order; one that changed meanwhile is refused.
            now = {s.id: s for s in concerned(sr)} | {sr.id: sr}
            changed = [i for i in group_ids if i not in now]
            if changed:
                raise RuleViolation(
                    f"{code} was not recorded: Bailiff SR {changed[0]} changed while the letters "
                    "were written; send it again"
                )
            current = [now[i] for i in group_ids]
            documents = [
                record_document(
                    session,
                    ctx,
                    case_id=s.case_id,
                    sr_id=s.id,
                    doc_type=doc_type,
                    file_name=path.name,
                    path=stored_document_path(path, path.parent),
                    sha256=_sha256(path),
                )
                for path in written
                for s in current
            ]
            after(session, current)
            session.flush()
            dtos = [_document_dto(d) for d in documents]
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _log.info("%s written for SR(s) %s: %d letter(s)", code, tuple(group_ids), len(written))
    return dtos


def send_cmel8011(
    ctx: ServiceContext, sr_id: int, out_dir: str | os.PathLike[str]
) -> list[DocumentDTO]:
    """Write CMEL8011 (the case is being referred to a bailiff) to each receiving parent
    (seed 003 step 8): one letter per referral and recipient.

    Refused until the LO and an asset are associated (sent earlier it would have to be
    re-issued). The letter covers this SR and the case's other Bailiff SRs being prepared now
    whose LO and asset are associated and whose receiving parents have not been told yet, and
    names each LO (reference and period). One A4 PDF per receiving parent, holding only their
    name and address, their own reference, the LOs and how to contact CMS: never the paying
    parent's address, employer or assets, nor third-party information. Records the letter on
    every SR it covers, sets CMEL8011 sent today on each enforce form and marks each plan's
    Notify PWC step Done.

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        out_dir: The folder for the PDFs (made, owner-only, if missing).

    Returns:
        The documents recorded (one per letter and SR covered).

    Raises:
        RuleViolation: No LO or asset associated, a receiving parent without an address, the case
            manager's contact details incomplete, or the SR is closed.
        ValidationError: A file where the folder should be.
    """

    def check(sr: ServiceRequest) -> None:
        workflows.can_send_cmel8011(sr.order_id is not None, bool(_usable_assets(sr))).require(
            "CMEL8011 cannot be sent yet"
        )

    def concerned(sr: ServiceRequest) -> list[ServiceRequest]:
        return [sr, *_cmel8011_siblings(sr)]

    def after(session: Session, srs_told: list[ServiceRequest]) -> None:
        today = ctx.today()
        for sr in srs_told:
            _save_form(session, ctx, sr, {"cmel8011_sent_on": today})
            if any(s.step_key == "notify_receiving_parent" for s in sr.steps):
                _set_step(
                    session,
                    ctx,
                    sr,
                    "notify_receiving_parent",
                    StepOutcome.DONE,
                    f"CMEL8011 sent to the receiving parent on {format_date(today)}",
                )

    return _send_letters(ctx, sr_id, out_dir, DocumentType.CMEL8011, check, concerned, after)


def send_cmel8039(
    ctx: ServiceContext, sr_id: int, out_dir: str | os.PathLike[str]
) -> list[DocumentDTO]:
    """Write CMEL8039 (the outcome of bailiff action) to each receiving parent (seed 003 step 30).

    One letter per outcome and recipient: each Bailiff SR has its own outcome, so the letter
    names its LO (reference and period). The wording follows the recorded outcome (successful,
    not successful, paying parent not located); like CMEL8011 it carries no third-party
    information, and a "not located" letter says nothing of where the paying parent lives.

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        out_dir: The folder for the PDFs (made, owner-only, if missing).

    Returns:
        The documents recorded.

    Raises:
        RuleViolation: No outcome recorded yet, a receiving parent without an address, the case
            manager's contact details incomplete, or the SR is closed.
        ValidationError: A file where the folder should be.
    """

    def check(sr: ServiceRequest) -> BailiffOutcome:
        form = _form(sr)
        if not form.bailiff_outcome_received or form.bailiff_outcome is None:
            raise RuleViolation(
                "CMEL8039 tells the receiving parent the outcome: record the bailiff outcome "
                "first (Bailiff procedure, step 23)"
            )
        return form.bailiff_outcome

    def after(session: Session, srs_told: list[ServiceRequest]) -> None:
        for sr in srs_told:
            record_event(
                session,
                ctx,
                action="letter",
                entity="service_request",
                entity_id=sr.id,
                case_id=sr.case_id,
                new="CMEL8039 sent",
            )

    return _send_letters(ctx, sr_id, out_dir, DocumentType.CMEL8039, check, lambda sr: [sr], after)


# --------------------------------------------------------------------------- 10 close


def close_bailiff_sr(
    ctx: ServiceContext, sr_id: int, expected_version: int, *, costs_applied: bool
) -> ServiceRequestDTO:
    """Close a Bailiff SR after its outcome (seed 003 steps 29 and 33).

    Records Cost applied (Applied / Not applied), then Closed with sub status Completed. Refused
    while the bailiff's arrears agreement runs: the SR stays open until 7 days after the final
    payment is due (seed 003 step 28).

    Args:
        ctx: Database, user and clock.
        sr_id: The Bailiff SR.
        expected_version: The SR version the user read.
        costs_applied: Whether costs were applied (see Apply Costs).

    Returns:
        The closed SR.

    Raises:
        RuleViolation: No outcome recorded, an arrears agreement still running, or already closed.
        ConflictError: The SR changed since it was read.
    """
    with ctx.unit_of_work() as session:
        sr = _load_bailiff(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        form = _form(sr)
        if not form.bailiff_outcome_received:
            raise RuleViolation(
                "Record the bailiff outcome before closing the Bailiff SR "
                "(Bailiff procedure, steps 23-33); "
                "to close without bailiff action, record Exit at 'Decide next step' and close it"
            )
        final_due = form.arrears_agreement_final_payment_due
        if form.bailiff_outcome_type == BailiffOutcomeType.ARREARS_AGREEMENT and final_due:
            wait = arrears_agreement_wait_until(final_due)
            if wait.until > ctx.today():
                raise RuleViolation(
                    "The bailiff's arrears agreement is still running: the SR stays open until "
                    f"{format_date(wait.until)}, 7 days after the final payment due on "
                    f"{format_date(final_due)} (Bailiff procedure, step 28)"
                )
        outcome = StepOutcome.APPLIED if costs_applied else StepOutcome.NOT_APPLIED
        _set_step(session, ctx, sr, "cost_applied", outcome, None)
        _set_status(session, ctx, sr, SrStatus.CLOSED, sub_status=workflows.COMPLETED)
        session.flush()
        return sr_dto(load_sr(session, sr.id))


__all__ = [
    "AWAITING_BAILIFF",
    "DVS_REASON",
    "ON_HOLD",
    "LoPlace",
    "PackCandidate",
    "PackOutcome",
    "PriorityEntry",
    "ReferralCheck",
    "build_bailiff_pack",
    "build_pack_data",
    "check_referral",
    "close_bailiff_sr",
    "lo_priorities",
    "pack_candidates",
    "put_on_hold",
    "record_outcome",
    "record_sent",
    "refer_to_bailiff",
    "resume",
    "send_cmel8011",
    "send_cmel8039",
    "skip_question",
    "skipped_before",
]


# --------------------------------------------------------------------------- what can be done now


class BailiffAction(StrEnum):
    """The steps of seed 003 a case manager can take on a Bailiff SR from its activity plan."""

    SEND_CMEL8011 = "send_cmel8011"
    PREPARE_PACK = "prepare_pack"
    RECORD_SENT = "record_sent"
    HOLD = "hold"
    RESUME = "resume"
    RECORD_OUTCOME = "record_outcome"
    SEND_CMEL8039 = "send_cmel8039"
    CLOSE = "close"


class BailiffStage(StrEnum):
    """Where a Bailiff SR is in seed 003, from what its enforce form records."""

    #: Steps 4-9: validating the SR (LO, asset, CMEL8011, welfare of the child, next step).
    PREPARING = "preparing"
    #: Steps 10-17: the pack is prepared and waits to be sent by the Bailiff SPOC.
    PACK_PREPARED = "pack_prepared"
    #: Steps 18-22: the referral is with the bailiff, who has 90 days to act.
    WITH_BAILIFF = "with_bailiff"
    #: Steps 23-33: the bailiff's outcome is in; CMEL8039, costs, then close.
    OUTCOME_RECEIVED = "outcome_received"

    @property
    def before_referral(self) -> bool:
        """Whether the referral has not been sent yet (the pack is being prepared)."""
        return self in (BailiffStage.PREPARING, BailiffStage.PACK_PREPARED)


@dataclass(frozen=True, slots=True)
class ActionState:
    """Whether an action belongs to the SR's stage (``shown``) and can be taken now."""

    shown: bool
    allowed: bool
    #: Why it cannot be taken yet, when shown but not allowed.
    reason: str | None = None
    #: What the action does, for its button's tooltip.
    description: str = ""


@dataclass(frozen=True, slots=True)
class BailiffState:
    """A Bailiff SR's stage, whether it is on hold, and what can be done in that stage."""

    stage: BailiffStage
    on_hold: bool
    actions: Mapping[BailiffAction, ActionState]


#: What each action does (seed 003), shown on its button.
_ACTION_DESCRIPTIONS: Mapping[BailiffAction, str] = {
    BailiffAction.SEND_CMEL8011: f"Write CMEL8011 (bailiff action, at least {BAILIFF_WAIT_DAYS} "
    "days) to each receiving parent: one letter naming this LO and the case's other LOs being "
    "referred with it",
    BailiffAction.PREPARE_PACK: "See what the pack for the Bailiff SPOC will hold, then build it",
    BailiffAction.RECORD_SENT: "Record Bailiff Proceed Date, Issue Date and Company once the "
    "SPOC has sent the pack",
    BailiffAction.HOLD: f"Hold the bailiff action for at most {BAILIFF_HOLD_MAX_DAYS} days, with "
    "a reason",
    BailiffAction.RESUME: "End the hold now",
    BailiffAction.RECORD_OUTCOME: "Record the outcome the bailiff reported",
    BailiffAction.SEND_CMEL8039: "Write CMEL8039 (the outcome) to each receiving parent",
    BailiffAction.CLOSE: "Record whether costs were applied and close the SR",
}


def bailiff_stage(form: EnforceFormInput) -> BailiffStage:
    """The stage a Bailiff SR has reached, from its enforce form."""
    if form.bailiff_outcome_received:
        return BailiffStage.OUTCOME_RECEIVED
    if form.bailiff_issue_date is not None:
        return BailiffStage.WITH_BAILIFF
    if form.pack_prepared_on is not None:
        return BailiffStage.PACK_PREPARED
    return BailiffStage.PREPARING


def bailiff_state(sr: ServiceRequestDTO) -> BailiffState | None:
    """A Bailiff SR's stage and the actions of that stage, each allowed or with the reason not.

    Stages follow seed 003: preparing (steps 4-17) until the referral is sent, then waiting for
    the bailiff (18-22) until the outcome is recorded (23-33).

    Returns:
        None for a closed or cancelled SR, or one that is not a Bailiff SR: it has no actions.
    """
    form = sr.enforce_form.values if sr.enforce_form is not None else None
    if sr.workflow != Workflow.BAILIFF or sr.read_only or form is None:
        return None
    stage = bailiff_stage(form)
    on_hold = sr.sub_status == SrSubStatus.ON_HOLD
    preparing = stage.before_referral
    outcome = stage == BailiffStage.OUTCOME_RECEIVED

    def state(action: BailiffAction, shown: bool, why_not: str | None = None) -> ActionState:
        return ActionState(shown, why_not is None, why_not, _ACTION_DESCRIPTIONS[action])

    letter = workflows.can_send_cmel8011(sr.order_id is not None, bool(sr.assets))
    actions = {
        BailiffAction.SEND_CMEL8011: state(
            BailiffAction.SEND_CMEL8011,
            preparing,
            None if letter.allowed else "CMEL8011 cannot be sent yet: " + "; ".join(letter.reasons),
        ),
        BailiffAction.PREPARE_PACK: state(
            BailiffAction.PREPARE_PACK,
            preparing,
            None if sr.client_scin else "The paying parent has no SCIN: the pack is named by it",
        ),
        BailiffAction.RECORD_SENT: state(
            BailiffAction.RECORD_SENT,
            preparing,
            None
            if stage == BailiffStage.PACK_PREPARED
            else "Build the bailiff pack first: a referral is recorded as sent only after its "
            "CMEL8010 is prepared (Bailiff procedure, steps 10-17)",
        ),
        BailiffAction.HOLD: state(
            BailiffAction.HOLD,
            not outcome and not on_hold,
            None
            if sr.status != SrStatus.OPEN
            else "Set the SR In Progress first: a hold pauses work under way "
            "(Bailiff procedure, steps 13, "
            "21-22)",
        ),
        BailiffAction.RESUME: state(BailiffAction.RESUME, on_hold),
        BailiffAction.RECORD_OUTCOME: state(
            BailiffAction.RECORD_OUTCOME, stage == BailiffStage.WITH_BAILIFF
        ),
        BailiffAction.SEND_CMEL8039: state(BailiffAction.SEND_CMEL8039, outcome),
        BailiffAction.CLOSE: state(BailiffAction.CLOSE, outcome),
    }
    return BailiffState(stage, on_hold, actions)


def bailiff_actions(sr: ServiceRequestDTO) -> dict[BailiffAction, ActionState]:
    """The actions of an SR's present stage (:func:`bailiff_state`); none when it has none."""
    state = bailiff_state(sr)
    return dict(state.actions) if state is not None else {}


# --------------------------------------------------------------------------- the pack sent


class PackBuilt(Enum):
    """:func:`record_pack_sent`'s Bailiff Proceed Date taken from each SR's pack build date."""

    EACH = "each"


def record_pack_sent(
    ctx: ServiceContext,
    sr_ids: list[int],
    company: str | None,
    sent_on: date | None,
    *,
    proceed_date: date | None | PackBuilt = PackBuilt.EACH,
) -> list[ServiceRequestDTO]:
    """Record a whole pack as sent by the Bailiff SPOC: every SR of it, in one transaction.

    Each SR goes through the rule of :func:`record_sent` (issue 13 item 8: one dialog, the
    company typed once). If any SR is refused, none is recorded.

    Args:
        ctx: Database, user and clock.
        sr_ids: The pack's Bailiff SRs.
        company: The bailiff company they went to.
        sent_on: The Bailiff Issue Date.
        proceed_date: The Bailiff Proceed Date (the day bailiff action was decided), not after
            ``sent_on``; :attr:`PackBuilt.EACH` takes each SR's pack preparation date; None
            (the form's field left empty) is refused as missing.

    Returns:
        The SRs as they now stand, in the order given.

    Raises:
        ValidationError: No SR chosen, a date or the company wrong (as :func:`record_sent`);
            an SR's own problem is named with its SR number under ``sr_ids``.
        RuleViolation: An SR's pack not built, or already recorded as sent (named).
        NotFoundError: An SR that does not exist.
    """
    ids = list(dict.fromkeys(sr_ids))
    today = ctx.today()
    if isinstance(proceed_date, PackBuilt):
        errors = _sent_errors(sent_on, sent_on, company, today)
        errors.pop("proceed_date")  # taken from each SR: only the issue date is the user's
        chosen: date | None = None
    else:
        errors = _sent_errors(proceed_date, sent_on, company, today)
        if errors["proceed_date"] is not None:
            errors["proceed_date"] = f"Bailiff Proceed Date: {errors['proceed_date']}"
        elif (
            sent_on
            and proceed_date
            and sent_on < proceed_date
            and not check_past_date(sent_on, today)
        ):
            # Said once, beside the date the user chose here (record_sent says it beside
            # the issue date): bailiff action is decided before the pack goes.
            errors["issue_date"] = None
            errors["proceed_date"] = (
                "The Bailiff Proceed Date cannot be after the date sent "
                f"({format_date(sent_on)}): bailiff action is decided before the pack is sent"
            )
        chosen = proceed_date
    if not ids:
        errors["sr_ids"] = "Choose at least one service request of the pack"
    raise_if_errors(errors)
    assert sent_on is not None and company is not None
    with ctx.unit_of_work() as session:
        for sr_id in ids:
            sr = _load_bailiff(session, sr_id)
            prepared = _form(sr).pack_prepared_on
            decided = chosen or (prepared if prepared and prepared <= sent_on else sent_on)
            try:
                _mark_sent(session, ctx, sr, decided, sent_on, company)
            except ValidationError as exc:
                raise ValidationError(
                    {f: f"Bailiff SR {sr_id}: {m}" for f, m in exc.errors.items()}
                ) from exc
        session.flush()
        return [sr_dto(load_sr(session, sr_id)) for sr_id in ids]
