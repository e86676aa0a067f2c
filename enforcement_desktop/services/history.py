"""A client's case history: everything recorded about them and their cases, in words.

Complaints reach the Ombudsman years later, so the history must say what was done, by whom,
when, and from what to what (issue 10, "Case history"). It is read from what the application
already keeps: the append-only audit trail, notes and the documents written (with their
SHA-256). Nothing is summarised away: each audit event is one entry, except where the same fact
is kept twice (a note or a document is shown from its own row, which holds its text or file,
not from the event that says it was created).

One read, a fixed number of statements whatever the number of cases or events
(``tests/services/test_history.py`` counts them), so the History view and the CLI can read it on
a team server as cheaply as a client's screen.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean as SaBoolean
from sqlalchemy import Date as SaDate
from sqlalchemy import DateTime as SaDateTime
from sqlalchemy import Enum as SaEnum
from sqlalchemy import Numeric, and_, or_, select
from sqlalchemy.orm import Session

from enforcement_desktop.documents.history_pdf import (
    HistoryDocument,
    HistoryLine,
    build_history_pdf,
)
from enforcement_desktop.domain.diary import parse_key
from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.services.base import get_or_404
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import file_digest, record_file_written
from enforcement_desktop.storage.models import (
    ActivityStep,
    Address,
    Appeal,
    AppUser,
    Asset,
    AuditEvent,
    Base,
    Case,
    CaseReceivingParent,
    Contact,
    Document,
    EnforceForm,
    EnforcementDecision,
    EnforcementOrder,
    LegacyAction,
    Letter,
    MaintenancePayment,
    Note,
    OrderPayment,
    RdoInstalment,
    Reminder,
    ServiceRequest,
    SourceCheck,
    Vehicle,
)


class HistoryKind(StrEnum):
    """What sort of thing an entry records (the History view filters on it)."""

    CHANGE = "change"
    STATUS = "status"
    STEP = "step"
    OUTCOME = "outcome"
    DECISION = "decision"
    NOTE = "note"
    DOCUMENT = "document"
    LETTER = "letter"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]


_KIND_LABELS = {
    HistoryKind.CHANGE: "Change",
    HistoryKind.STATUS: "Status",
    HistoryKind.STEP: "Plan step",
    HistoryKind.OUTCOME: "Outcome",
    HistoryKind.DECISION: "Decision",
    HistoryKind.NOTE: "Note",
    HistoryKind.DOCUMENT: "Document",
    HistoryKind.LETTER: "Letter",
}


@dataclass(frozen=True, slots=True)
class HistoryLink:
    """The record an entry opens: ``entity`` is one of :data:`LINK_ENTITIES`, ``id`` its id."""

    entity: str
    id: int


#: What a link may point at: a service request, an order or appeal, a contact, an asset, a case.
LINK_ENTITIES = frozenset(
    {"service_request", "enforcement_order", "appeal", "contact", "asset", "case"}
)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One thing that happened.

    Attributes:
        at: When (UTC, as stored).
        user: The login that did it.
        who: Their name from the user records, else the login.
        kind: What sort of entry it is.
        case_id: The case it belongs to; None for the client's own records.
        case: How the case is named ("Case 12"), or "".
        what: One readable line ("Arrears balance: £1,200.00 → £950.00").
        link: The record to open, when there is one.
        old: The value before, as shown in ``what`` (changes only).
        new: The value after, as shown in ``what`` (changes only).
    """

    at: datetime
    user: str
    who: str
    kind: HistoryKind
    case_id: int | None
    case: str
    what: str
    link: HistoryLink | None
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True, slots=True)
class ClientHistory:
    """A client's history with who they are, for a heading."""

    contact_id: int
    scin: str | None
    name: str
    entries: tuple[HistoryEntry, ...]


# --------------------------------------------------------------------------- words

#: Field names as users know them (the Enforce form's names are the CMS form's own).
FIELD_LABELS: dict[str, str] = {
    # contact
    "scin": "SCIN",
    "role": "Role",
    "title": "Title",
    "first_name": "First name",
    "last_name": "Last name",
    "other_names": "Other names",
    "date_of_birth": "Date of birth",
    "nino": "National Insurance number",
    "phone": "Phone",
    "email": "Email",
    "jurisdiction": "Jurisdiction",
    "employment_status": "Employment status",
    "employer_name": "Employer",
    "pv_marker": "PV marker (potentially violent)",
    "pv_control_measures": "PV control measures",
    "holds_driving_licence": "Holds a driving licence",
    "driving_licence_number": "Driving licence number",
    "holds_passport": "Holds a passport",
    "depends_on_driving": "Depends on driving for a living",
    "professional_body": "Professional body",
    "sensitive": "Sensitive case (Special Client Records)",
    # address, vehicle
    "address_type": "Address type",
    "line1": "Address line 1",
    "line2": "Address line 2",
    "town": "Town",
    "postcode": "Postcode",
    "marker": "Marker",
    "confident": "Confident address",
    "is_current": "Current address",
    "from_date": "From",
    "registration": "Registration",
    "make": "Make",
    "model": "Model",
    "colour": "Colour",
    # case
    "scheme": "Scheme",
    "region": "Region",
    "owning_team": "Owning team",
    "arrears_balance": "Arrears balance",
    "case_manager": "Case manager",
    "team": "Team",
    "segment_5": "Segment 5",
    "legacy_ongoing_enforcement": "Legacy Ongoing Enforcement Indicator",
    "disable_missed_payment_monitor": "Disable Missed Payment Monitor",
    "deo_desire": "Desire for DEO/DER",
    "deo_desire_set_on": "Desire for DEO/DER set on",
    "wilful_refusal_found_on": "Wilful refusal or culpable neglect found on",
    "wilful_refusal_evidence": "Evidence of wilful refusal or culpable neglect",
    # asset
    "asset_type": "Asset type",
    "account_type": "Account type",
    "description": "Description",
    "estimated_value": "Estimated value",
    "source": "Source",
    "recorded_on": "Recorded on",
    "finding": "Finding",
    "disposed_to_third_party": "Disposed of to a third party",
    "disregarded_on": "Disregarded on",
    "disregard_reason": "Reason disregarded",
    "imminent_disposal_on": "About to be disposed of (noted on)",
    "imminent_disposal_source": "Source of the disposal information",
    # orders, payments, appeals
    "order_type": "Order type",
    "origin": "Origin",
    "reference": "Reference",
    "court_id": "Court",
    "parent_order_id": "Relies on order",
    "asset_id": "Asset",
    "applied_on": "Applied on",
    "granted_on": "Granted on",
    "ended_on": "Ended on",
    "period_from": "Period from",
    "period_to": "Period to",
    "amount": "Amount",
    "costs": "Costs awarded",
    "payment_terms": "Payment terms",
    "complied": "Complied with",
    "instalment_amount": "Instalment amount",
    "instalment_period": "Instalment period",
    "first_due_on": "First instalment due",
    "cases": "Cases covered",
    "notes": "Notes",
    "paid_on": "Paid on",
    "method": "Method",
    "lodged_on": "Lodged on",
    "decided_on": "Decided on",
    "hearing_on": "Hearing date",
    "details": "Details",
    # service requests and their plans
    "status": "Status",
    "sub_status": "Sub status",
    "wait_until": "Wait date",
    "owner": "Owner",
    "closed_on": "Closed on",
    "resolution_code": "Resolution code",
    "parent_id": "Parent SR",
    "order_id": "LO",
    "outcome": "Outcome",
    "reason": "Reason",
    "subject_contact_id": "Raised on",
    # reminders, the letters register, the sources log, RDO instalments
    "due_on": "Due on",
    "done_on": "Done on",
    "done_by": "Done by",
    "reply_due": "Reply due",
    "reply_received_on": "Reply received on",
    "reply_document_id": "Reply document",
    "checked_on": "Checked on",
    "result": "Result",
    # the Enforce form
    "lo_current_arrears_balance": "LO Current Arrears Bal",
    "arrears_balance_against_lo": "Arrears Balance Against LO",
    "sum_applied_for": "Sum Applied For",
    "nrp_employment_status": "NRP Empl Status",
    "on_hold_reason": "On Hold Reason",
    "on_hold_until": "On hold until",
    "cmel8011_sent_on": "CMEL8011 sent on",
    "welfare_of_child_decision": "Welfare of the child",
    "pack_prepared_on": "Pack prepared on",
    "dvs_requested": "DVS photo requested",
    "additional_information": "Additional information",
    "bailiff_proceed_date": "Bailiff Proceed Date",
    "bailiff_issue_date": "Bailiff Issue Date",
    "bailiff_company": "Bailiff Company",
    "bailiff_outcome_received": "Bailiff Outcome Rcvd",
    "bailiff_outcome_date": "Bailiff Outcome Date",
    "bailiff_outcome": "Bailiff outcome",
    "bailiff_outcome_type": "Bailiff Outcome Type",
    "bailiff_reason_return_code": "Bailiff Reason Ret Code",
    "bailiff_return_code": "Bailiff Return Code",
    "nulla_bona_received": "Nulla Bona received",
    "nulla_bona_received_on": "Nulla Bona received on",
    "arrears_agreement_final_payment_due": "Arrears agreement final payment due",
    "appeal_details": "Appeal Details",
    "evidence_of_criminal_activity": "Evidence of criminal activity",
    "criminal_offence": "Criminal offence",
    "continue_data_gathering": "Continue data gathering",
    "chosen_power": "Chosen enforcement power",
}

#: Words kept in capitals when a column name is made readable.
_ACRONYMS = {
    word: word.upper()
    for word in ("lo", "nrp", "pwc", "pv", "deo", "der", "sr", "dvs", "csa", "cms", "ni", "id")
}


def field_label(field: str) -> str:
    """A field's name as users know it; an unknown one made readable from the column name."""
    known = FIELD_LABELS.get(field)
    if known is not None:
        return known
    words = [_ACRONYMS.get(word, word) for word in field.split("_") if word]
    if not words:
        return field
    first = words[0]
    return " ".join([first[:1].upper() + first[1:], *words[1:]])


_ENTITY_LABELS = {
    "case": "Case",
    "contact": "Client record",
    "address": "Address",
    "vehicle": "Vehicle",
    "asset": "Asset",
    "enforcement_order": "Order",
    "order_payment": "Payment",
    "appeal": "Appeal",
    "service_request": "Service request",
    "activity_step": "Plan step",
    "enforce_form": "Enforce form",
    "service_request_asset": "Asset link",
    "case_receiving_parent": "Receiving parent",
    "note": "Note",
    "document": "Document",
    "reminder": "Reminder",
    "letter": "Letter",
    "source_check": "Sources log",
    "enforcement_decision": "Decision",
    "legacy_action": "Legacy action",
    "rdo_instalment": "RDO instalment",
    "maintenance_payment": "Maintenance collection",
}

#: The audit trail names a case "case"; every other entity by its table.
_MODELS: dict[str, type[Base]] = {
    "case": Case,
    "contact": Contact,
    "address": Address,
    "vehicle": Vehicle,
    "asset": Asset,
    "enforcement_order": EnforcementOrder,
    "order_payment": OrderPayment,
    "appeal": Appeal,
    "service_request": ServiceRequest,
    "activity_step": ActivityStep,
    "enforce_form": EnforceForm,
    "reminder": Reminder,
    "letter": Letter,
    "source_check": SourceCheck,
    "enforcement_decision": EnforcementDecision,
    "legacy_action": LegacyAction,
    "rdo_instalment": RdoInstalment,
    "maintenance_payment": MaintenancePayment,
}
#: Fields holding a login: shown as the user's name, as the "who" of an entry is.
_LOGIN_FIELDS = frozenset({"done_by"})
#: Created events whose summary reads as it is after these words.
_CREATED_WORDS = {
    "letter": "Letter sent",
    "source_check": "Sources log",
    "enforcement_decision": "Decision recorded",
    "legacy_action": "Legacy action recorded",
}

_SR_STATUS_FIELDS = frozenset(
    {"status", "sub_status", "wait_until", "closed_on", "resolution_code"}
)
_OUTCOME_FIELDS = frozenset(
    {
        "bailiff_outcome_received",
        "bailiff_outcome_date",
        "bailiff_outcome",
        "bailiff_outcome_type",
        "bailiff_reason_return_code",
        "bailiff_return_code",
        "nulla_bona_received",
        "nulla_bona_received_on",
        "arrears_agreement_final_payment_due",
    }
)
_DECISION_FIELDS = frozenset(
    {
        "welfare_of_child_decision",
        "chosen_power",
        "evidence_of_criminal_activity",
        "criminal_offence",
        "continue_data_gathering",
        "wilful_refusal_found_on",
        "wilful_refusal_evidence",
    }
)
#: Set with a step's outcome, and already in the entry's who and when.
_STEP_STAMP_FIELDS = frozenset({"completed_by", "completed_at"})
#: Actions that record a discretionary decision.
_DECISION_ACTIONS = frozenset({"pack_skips_priority", "approve", "reject", "decision"})
#: Actions that record a file written (the text names the file and its SHA-256).
_FILE_ACTIONS = {"pack": "Bailiff pack written", "export": "Case file exported",
                 "pack encrypted": "Bailiff pack encrypted",
                 "history printed": "Case history printed"}  # fmt: skip
#: Forms and packs; every other document type is a letter.
_FORM_TYPES = frozenset(
    {DocumentType.CMEL8010, DocumentType.CMSF5571, DocumentType.BAILIFF_PACK, DocumentType.OTHER}
)

BLANK = "—"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def shown_value(entity: str, field: str | None, stored: str | None) -> str:
    """How an audit value reads: labels for choices, £ for money, UK dates, Yes/No.

    The trail stores what :func:`services.base.audit_text` wrote (enum values, ``1200.00``,
    ISO dates, ``yes``/``no``); the column's type says how to read it back.
    """
    if stored is None or stored == "":
        return BLANK
    model = _MODELS.get(entity)
    column = model.__table__.columns.get(field) if model is not None and field else None
    kind = column.type if column is not None else None
    try:
        if isinstance(kind, SaEnum) and kind.enum_class is not None:
            member: Any = kind.enum_class(stored)
            return str(getattr(member, "label", member.value))
        if isinstance(kind, SaDateTime):
            return datetime.fromisoformat(stored).strftime("%d/%m/%Y %H:%M")
        if isinstance(kind, SaDate):
            return format_date(date.fromisoformat(stored))
        if isinstance(kind, SaBoolean):
            return {"yes": "Yes", "no": "No"}.get(stored, stored)
        if isinstance(kind, Numeric):
            return format_money(Decimal(stored))
    except (ValueError, InvalidOperation):
        pass
    return _one_line(stored)


def _shown(names: _Names, entity: str, field: str | None, stored: str | None) -> str:
    """:func:`shown_value`, with what needs the names read: a login as the user's name, the
    other cases an order or appeal covers as "Case 12", the contact an SR was raised on."""
    if stored and field in _LOGIN_FIELDS:
        return _who(names, stored)
    if stored and field == "cases" and stored.startswith("case "):
        return "Case " + stored.removeprefix("case ")
    if stored and field == "reply_document_id":
        return f"Document {stored}"
    if stored and field == "subject_contact_id":
        return f"Contact #{_one_line(stored)}"  # "12 (Employer); offence …"
    return shown_value(entity, field, stored)


def _lower_first(label: str) -> str:
    """ "Status" → "status" inside a sentence; "LO Current Arrears Bal" stays as it is."""
    if len(label) > 1 and label[0].isupper() and label[1].islower():
        return label[0].lower() + label[1:]
    return label


# --------------------------------------------------------------------------- reading


@dataclass
class _Names:
    """What the entries need to name and link the records the events are about."""

    contact_id: int
    contact_name: str
    case_ids: set[int]
    srs: dict[int, tuple[str, int]]  # id -> ("SR 14 Bailiff", case id)
    steps: dict[int, tuple[int, str]]  # id -> (SR id, title)
    forms: dict[int, int]  # id -> SR id
    orders: dict[int, str]  # id -> "Liability order LO/2024/0001"
    payments: dict[int, int]  # id -> order id
    appeals: dict[int, str]  # id -> "Appeal lodged 01/02/2026"
    addresses: dict[int, str]
    vehicles: dict[int, str]
    assets: dict[int, str]
    users: dict[str, str]  # login -> display name

    def sr(self, sr_id: int | None) -> str:
        if sr_id is None:
            return "SR"
        return self.srs.get(sr_id, (f"SR {sr_id}", 0))[0]


def _case_name(case_id: int | None) -> str:
    return f"Case {case_id}" if case_id is not None else ""


def client_history(ctx: ServiceContext, contact_id: int) -> list[HistoryEntry]:
    """Everything recorded about a client and their cases, newest first.

    Args:
        ctx: The services' context.
        contact_id: The client (a paying parent: their cases; a receiving parent: the cases they
            receive on), and their own records (contact, addresses, vehicles, assets).

    Returns:
        The entries, newest first.

    Raises:
        NotFoundError: No such client.
    """
    return list(read_client_history(ctx, contact_id).entries)


def read_client_history(ctx: ServiceContext, contact_id: int) -> ClientHistory:
    """:func:`client_history` with the client's SCIN and name (for a heading)."""
    with ctx.reading() as session:
        contact = get_or_404(session, Contact, contact_id, "contact")
        scin, name = contact.scin, contact.full_name
        entries = _read(session, contact_id, name)
    return ClientHistory(contact_id, scin, name, tuple(entries))


def _read(session: Session, contact_id: int, contact_name: str) -> list[HistoryEntry]:
    receives_on = select(CaseReceivingParent.case_id).where(
        CaseReceivingParent.contact_id == contact_id
    )
    case_ids = set(
        session.scalars(
            select(Case.id).where(
                or_(Case.paying_parent_id == contact_id, Case.id.in_(receives_on))
            )
        )
    )
    cases = sorted(case_ids)
    own_addresses = select(Address.id).where(Address.contact_id == contact_id)
    own_vehicles = select(Vehicle.id).where(Vehicle.contact_id == contact_id)
    own_assets = select(Asset.id).where(Asset.contact_id == contact_id)
    own_notes = select(Note.id).where(Note.contact_id == contact_id)
    events = list(
        session.scalars(
            select(AuditEvent)
            .where(
                or_(
                    AuditEvent.case_id.in_(cases),
                    and_(AuditEvent.entity == "contact", AuditEvent.entity_id == contact_id),
                    and_(AuditEvent.entity == "address", AuditEvent.entity_id.in_(own_addresses)),
                    and_(AuditEvent.entity == "vehicle", AuditEvent.entity_id.in_(own_vehicles)),
                    and_(AuditEvent.entity == "asset", AuditEvent.entity_id.in_(own_assets)),
                    and_(AuditEvent.entity == "note", AuditEvent.entity_id.in_(own_notes)),
                )
            )
            .order_by(AuditEvent.id)
        )
    )
    srs_of_cases = select(ServiceRequest.id).where(ServiceRequest.case_id.in_(cases))
    notes = list(
        session.execute(
            select(Note, ServiceRequest.case_id)
            .outerjoin(ServiceRequest, ServiceRequest.id == Note.service_request_id)
            .where(
                or_(
                    Note.case_id.in_(cases),
                    Note.contact_id == contact_id,
                    Note.service_request_id.in_(srs_of_cases),
                )
            )
            .order_by(Note.id)
        )
    )
    documents = list(
        session.scalars(select(Document).where(Document.case_id.in_(cases)).order_by(Document.id))
    )
    names = _Names(
        contact_id=contact_id,
        contact_name=contact_name,
        case_ids=case_ids,
        srs={
            sr_id: (f"SR {sr_id} {sub_area}", case_id)
            for sr_id, sub_area, case_id in session.execute(
                select(ServiceRequest.id, ServiceRequest.sub_area, ServiceRequest.case_id).where(
                    ServiceRequest.case_id.in_(cases)
                )
            )
        },
        steps={
            step_id: (sr_id, title)
            for step_id, sr_id, title in session.execute(
                select(ActivityStep.id, ActivityStep.service_request_id, ActivityStep.title).where(
                    ActivityStep.service_request_id.in_(srs_of_cases)
                )
            )
        },
        forms={
            key: value
            for key, value in session.execute(
                select(EnforceForm.id, EnforceForm.service_request_id).where(
                    EnforceForm.service_request_id.in_(srs_of_cases)
                )
            )
        },
        orders={
            order_id: f"{order_type.label} {reference or f'#{order_id}'}"
            for order_id, order_type, reference in session.execute(
                select(
                    EnforcementOrder.id, EnforcementOrder.order_type, EnforcementOrder.reference
                ).where(EnforcementOrder.case_id.in_(cases))
            )
        },
        payments={
            key: value
            for key, value in session.execute(
                select(OrderPayment.id, OrderPayment.order_id)
                .join(EnforcementOrder, EnforcementOrder.id == OrderPayment.order_id)
                .where(EnforcementOrder.case_id.in_(cases))
            )
        },
        appeals={
            appeal_id: f"Appeal lodged {format_date(lodged)}"
            for appeal_id, lodged in session.execute(
                select(Appeal.id, Appeal.lodged_on).where(Appeal.case_id.in_(cases))
            )
        },
        addresses={
            address_id: f"Address {line1}"
            for address_id, line1 in session.execute(
                select(Address.id, Address.line1).where(Address.contact_id == contact_id)
            )
        },
        vehicles={
            vehicle_id: f"Vehicle {registration}"
            for vehicle_id, registration in session.execute(
                select(Vehicle.id, Vehicle.registration).where(Vehicle.contact_id == contact_id)
            )
        },
        assets={
            asset_id: f"Asset {asset_id} ({asset_type.label.lower()})"
            for asset_id, asset_type in session.execute(
                select(Asset.id, Asset.asset_type).where(Asset.contact_id == contact_id)
            )
        },
        users={},
    )
    logins = {e.user for e in events} | {n.author for n, _ in notes}
    logins |= {d.created_by for d in documents}
    names.users = {
        key: value
        for key, value in session.execute(
            select(AppUser.login, AppUser.display_name).where(AppUser.login.in_(sorted(logins)))
        )
    }
    return _entries(names, events, notes, documents)


def _entries(
    names: _Names,
    events: Iterable[AuditEvent],
    notes: Iterable[tuple[Note, int | None]],
    documents: Iterable[Document],
) -> list[HistoryEntry]:
    # Times are kept to the second, so several entries often share one: they are put in the
    # order they were recorded (the audit event's id; for a note or a document, the id of the
    # event that recorded its creation).
    keyed: list[tuple[datetime, int, HistoryEntry]] = []
    events = list(events)
    created = {
        (e.entity, e.entity_id): e.id
        for e in events
        if e.action == "create" and e.entity in ("note", "document")
    }
    documents = list(documents)
    written = {(d.service_request_id, d.created_at, d.doc_type.value.upper()) for d in documents}
    for event in events:
        if event.action == "letter" and _letter_already_shown(event, written):
            continue
        entry = _event_entry(names, event)
        if entry is not None:
            keyed.append((entry.at, event.id, entry))
    for note, sr_case in notes:
        entry = _note_entry(names, note, sr_case)
        keyed.append((entry.at, created.get(("note", note.id), 0), entry))
    for document in documents:
        entry = _document_entry(names, document)
        keyed.append((entry.at, created.get(("document", document.id), 0), entry))
    keyed.sort(key=lambda item: item[:2], reverse=True)
    return [entry for *_, entry in keyed]


def _letter_already_shown(
    event: AuditEvent, written: set[tuple[int | None, datetime, str]]
) -> bool:
    """A 'CMEL8039 sent' event whose letter is shown from its document row (file, SHA-256)."""
    code = (event.new_value or "").split(" ", 1)[0].upper()
    return (event.entity_id, event.at, code) in written


def _who(names: _Names, login: str) -> str:
    return names.users.get(login) or login


def _make(
    names: _Names,
    *,
    at: datetime,
    user: str,
    kind: HistoryKind,
    case_id: int | None,
    what: str,
    link: HistoryLink | None,
    old: str | None = None,
    new: str | None = None,
) -> HistoryEntry:
    return HistoryEntry(
        at=at,
        user=user,
        who=_who(names, user),
        kind=kind,
        case_id=case_id,
        case=_case_name(case_id),
        what=what,
        link=link,
        old=old,
        new=new,
    )


def _subject(names: _Names, entity: str, entity_id: int) -> str | None:
    """How the record an event is about is named in its line; None: the case or the client."""
    if entity == "service_request":
        return names.sr(entity_id)
    if entity == "activity_step":
        sr_id, title = names.steps.get(entity_id, (None, f"#{entity_id}"))
        return f"{names.sr(sr_id)}, step “{title}”"
    if entity == "enforce_form":
        form_sr = names.forms.get(entity_id)
        return f"{names.sr(form_sr)} Enforce form" if form_sr is None else names.sr(form_sr)
    if entity == "enforcement_order":
        return names.orders.get(entity_id, f"Order #{entity_id}")
    if entity == "order_payment":
        order = names.payments.get(entity_id)
        return f"Payment against {names.orders[order]}" if order in names.orders else "Payment"
    if entity == "appeal":
        return names.appeals.get(entity_id, f"Appeal #{entity_id}")
    if entity == "address":
        return names.addresses.get(entity_id, f"Address #{entity_id}")
    if entity == "vehicle":
        return names.vehicles.get(entity_id, f"Vehicle #{entity_id}")
    if entity == "asset":
        return names.assets.get(entity_id, f"Asset {entity_id}")
    if entity in ("case", "case_receiving_parent"):
        return None
    if entity == "contact":
        return None if entity_id == names.contact_id else f"Contact #{entity_id}"
    return _ENTITY_LABELS.get(entity, field_label(entity))


def _link(names: _Names, entity: str, entity_id: int, case_id: int | None) -> HistoryLink | None:
    sr_id: int | None = None
    if entity == "service_request":
        sr_id = entity_id
    elif entity == "activity_step":
        sr_id = names.steps.get(entity_id, (None, ""))[0]
    elif entity == "enforce_form":
        sr_id = names.forms.get(entity_id)
    if sr_id is not None and sr_id in names.srs:
        return HistoryLink("service_request", sr_id)
    if entity == "enforcement_order" and entity_id in names.orders:
        return HistoryLink("enforcement_order", entity_id)
    if entity == "order_payment" and entity_id in names.payments:
        return HistoryLink("enforcement_order", names.payments[entity_id])
    if entity == "appeal" and entity_id in names.appeals:
        return HistoryLink("appeal", entity_id)
    if entity == "asset" and entity_id in names.assets:
        return HistoryLink("asset", entity_id)
    if entity in ("contact", "address", "vehicle"):
        return HistoryLink("contact", names.contact_id)
    if case_id is not None and case_id in names.case_ids:
        return HistoryLink("case", case_id)
    return None


def _update_kind(entity: str, field: str | None) -> HistoryKind:
    if entity == "service_request" and field in _SR_STATUS_FIELDS:
        return HistoryKind.STATUS
    if entity in ("enforcement_order", "appeal") and field == "status":
        return HistoryKind.STATUS
    if entity == "activity_step":
        return HistoryKind.STEP
    if field in _OUTCOME_FIELDS:
        return HistoryKind.OUTCOME
    if field in _DECISION_FIELDS:
        return HistoryKind.DECISION
    return HistoryKind.CHANGE


def _event_entry(names: _Names, event: AuditEvent) -> HistoryEntry | None:
    entity, action = event.entity, event.action
    if action == "create" and entity in ("note", "document"):
        return None  # shown from the note's or the document's own row
    if entity == "activity_step" and event.field in _STEP_STAMP_FIELDS:
        return None
    case_id = event.case_id if event.case_id in names.case_ids else None
    subject = _subject(names, entity, event.entity_id)
    link = _link(names, entity, event.entity_id, case_id)

    def make(
        kind: HistoryKind, what: str, old: str | None = None, new: str | None = None
    ) -> HistoryEntry:
        return _make(
            names,
            at=event.at,
            user=event.user,
            kind=kind,
            case_id=case_id,
            what=what,
            link=link,
            old=old,
            new=new,
        )

    summary = _one_line(event.new_value) if event.new_value else ""
    if action == "update":
        label = field_label(event.field or "")
        old = _shown(names, entity, event.field, event.old_value)
        new = _shown(names, entity, event.field, event.new_value)
        what = (
            f"{label}: {old} → {new}"
            if subject is None
            else f"{subject}: {_lower_first(label)} {old} → {new}"
        )
        return make(_update_kind(entity, event.field), what, old, new)
    if action == "create":
        return make(_created_kind(entity), _created(names, event))
    if action == "delete":
        removed = _one_line(event.old_value) if event.old_value else ""
        named = subject or _ENTITY_LABELS.get(entity, field_label(entity))
        what = f"{named} removed" + (f": {removed}" if removed else "")
        return make(HistoryKind.CHANGE, what)
    if action == "plan":
        what = f"{subject}: activity plan made" + (f" ({summary})" if summary else "")
        return make(HistoryKind.STEP, what)
    if action == "letter":
        return make(HistoryKind.LETTER, f"{subject}: {summary}")
    if action in _FILE_ACTIONS:
        what = _FILE_ACTIONS[action] + (f": {summary}" if summary else "")
        return make(HistoryKind.DOCUMENT, what)
    if action == "rdo_schedule":
        what = f"{subject}: RDO schedule set" + (f": {_schedule(summary)}" if summary else "")
        return make(HistoryKind.CHANGE, what)
    if action == "import":
        what = "Case imported from a case file" + (f" ({summary})" if summary else "")
        return make(HistoryKind.CHANGE, what)
    kind = HistoryKind.DECISION if action in _DECISION_ACTIONS else HistoryKind.CHANGE
    named = subject or _ENTITY_LABELS.get(entity, field_label(entity))
    what = f"{named}: {field_label(action).lower()}" + (f": {summary}" if summary else "")
    return make(kind, what)


def _created_kind(entity: str) -> HistoryKind:
    if entity == "service_request":
        return HistoryKind.STATUS
    if entity == "letter":
        return HistoryKind.LETTER
    if entity == "enforcement_decision":
        return HistoryKind.DECISION
    return HistoryKind.CHANGE


def _schedule(summary: str) -> str:
    """An RDO schedule as audited ("2026-12-01 120.00; …") in dates and pounds."""
    shown = []
    for part in summary.split(";"):
        due, _, amount = part.strip().partition(" ")
        try:
            shown.append(f"{format_date(date.fromisoformat(due))} {format_money(Decimal(amount))}")
        except (ValueError, InvalidOperation):
            shown.append(part.strip())
    return "; ".join(shown)


def _reminder_created(names: _Names, summary: str) -> str:
    """A reminder set by hand ("due 2026-12-01 for login") or a procedure reminder marked done
    ("done <key>"), in words."""
    if summary.startswith("done "):
        parsed = parse_key(summary.removeprefix("done "))
        due = f" (due {format_date(parsed[2])})" if parsed is not None else ""
        return f"Procedure reminder marked done{due}"
    due, _, login = summary.removeprefix("due ").partition(" for ")
    try:
        when = format_date(date.fromisoformat(due))
    except ValueError:
        return f"Reminder set: {summary}" if summary else "Reminder set"
    return f"Reminder set: due {when}" + (f" for {_who(names, login)}" if login else "")


def _created(names: _Names, event: AuditEvent) -> str:
    entity, summary = event.entity, _one_line(event.new_value or "")
    if entity == "service_request":
        return f"{names.sr(event.entity_id)} opened"
    if entity == "case":
        return f"Case {event.entity_id} opened"
    if entity == "contact":
        return (
            "Client record created"
            if event.entity_id == names.contact_id
            else (f"Contact created: {summary}")
        )
    if entity == "enforcement_order":
        return f"{summary or names.orders.get(event.entity_id, 'Order')} recorded"
    if entity == "order_payment":
        return f"Payment recorded: {summary}" if summary else "Payment recorded"
    if entity == "activity_step":
        return f"{_subject(names, entity, event.entity_id)} added"
    if entity == "enforce_form":
        return f"{_subject(names, entity, event.entity_id)}: Enforce form started"
    if entity == "reminder":
        return _reminder_created(names, summary)
    if entity in _CREATED_WORDS:
        return _CREATED_WORDS[entity] + (f": {summary}" if summary else "")
    label = _ENTITY_LABELS.get(entity, field_label(entity))
    return f"{label} added" + (f": {summary}" if summary else "")


def _note_entry(names: _Names, note: Note, sr_case: int | None) -> HistoryEntry:
    case_id = note.case_id if note.case_id is not None else sr_case
    if note.service_request_id is not None and note.service_request_id in names.srs:
        where = f"Note on {names.sr(note.service_request_id)}"
        link: HistoryLink | None = HistoryLink("service_request", note.service_request_id)
    elif note.contact_id is not None:
        where, link = "Note on the client", HistoryLink("contact", note.contact_id)
    else:
        where = "Note on the case"
        link = HistoryLink("case", case_id) if case_id is not None else None
    return _make(
        names,
        at=note.created_at,
        user=note.author,
        kind=HistoryKind.NOTE,
        case_id=case_id if case_id in names.case_ids else None,
        what=f"{where}: {_one_line(note.text)}",
        link=link,
    )


def _document_entry(names: _Names, document: Document) -> HistoryEntry:
    letter = document.doc_type not in _FORM_TYPES
    sr_id = document.service_request_id
    on = f" for {names.sr(sr_id)}" if sr_id is not None and sr_id in names.srs else ""
    link = (
        HistoryLink("service_request", sr_id)
        if sr_id is not None and sr_id in names.srs
        else HistoryLink("case", document.case_id)
    )
    return _make(
        names,
        at=document.created_at,
        user=document.created_by,
        kind=HistoryKind.LETTER if letter else HistoryKind.DOCUMENT,
        case_id=document.case_id,
        what=f"{document.doc_type.label} written{on}: {document.file_name}; "
        f"SHA-256 {document.sha256}",
        link=link,
    )


# --------------------------------------------------------------------------- printing

#: The audit action of a history written to a PDF.
HISTORY_PRINTED = "history printed"


@dataclass(frozen=True, slots=True)
class PrintedHistory:
    """A history PDF written: where, its SHA-256 and how many events it lists."""

    path: Path
    sha256: str
    events: int


def history_for_scin(ctx: ServiceContext, scin: str) -> ClientHistory:
    """:func:`read_client_history` of the client with this SCIN.

    Raises:
        NotFoundError: No client has the SCIN.
    """
    from enforcement_desktop.services.contacts import find_contact_by_scin

    return read_client_history(ctx, find_contact_by_scin(ctx, scin).id)


def history_document(history: ClientHistory, printed_on: date) -> HistoryDocument:
    """What the PDF prints: the client and their events, oldest first."""
    return HistoryDocument(
        scin=history.scin,
        name=history.name,
        printed_on=printed_on,
        lines=tuple(
            HistoryLine(at=e.at, who=e.who, case=e.case, what=e.what)
            for e in reversed(history.entries)
        ),
    )


def write_history_pdf(
    ctx: ServiceContext, contact_id: int, path: str | os.PathLike[str]
) -> PrintedHistory:
    """Write a client's history as an A4 PDF and record that it was printed (with its SHA-256).

    The PDF holds personal data, so who printed which file is kept in the audit trail, as for a
    case file export; the printing shows in the next history read, not in the PDF itself.

    Args:
        ctx: The services' context.
        contact_id: The client.
        path: The .pdf file to create or replace (atomically).

    Returns:
        Where it was written, its SHA-256 and the number of events.

    Raises:
        NotFoundError: No such client.
    """
    history = read_client_history(ctx, contact_id)
    target = build_history_pdf(history_document(history, ctx.today()), path)
    _size, digest = file_digest(target)
    try:
        with ctx.unit_of_work() as session:
            record_file_written(
                session,
                ctx,
                action=HISTORY_PRINTED,
                entity="contact",
                entity_id=contact_id,
                name=target.name,
                sha256=digest,
            )
    except BaseException:
        # A copy of personal data nobody can account for must not be left behind.
        target.unlink(missing_ok=True)
        raise
    return PrintedHistory(target, digest, len(history.entries))


def kinds_present(entries: Iterable[HistoryEntry]) -> list[HistoryKind]:
    """The kinds that occur, in the enum's order (for a filter's choices)."""
    present = {e.kind for e in entries}
    return [kind for kind in HistoryKind if kind in present]
