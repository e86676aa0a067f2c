"""Case files: a paying parent and all their cases, with everything hanging off them, as JSON.

A case file moves a paying parent's cases between databases (a case manager's own file and the
team's server, or a colleague's). :func:`export_case` reads them into plain JSON data;
:func:`import_case` checks every part of such data first, naming each bad part by its JSON path
(``cases[0].orders[2].amount: must be £0.00 or more``), and only then writes it, in one unit of
work, so a file with any fault writes nothing.

Format (``docs/case-file-format.md``): ``{"format": "enforcement-desktop-case", "version": 3,
...}``: the paying parent, the receiving parents, and a ``cases`` list (a sanctions order's or
an appeal's links to the other cases are refs to cases of the list). Version 1 and 2 files (one
case each) still import. Money is a string of pounds and pence ("1234.56"), never
a JSON number, so no amount is ever rounded through a float; dates are ISO (``2026-11-23``),
times ISO without a zone (UTC).
Records point at each other through file-local references (``"ref": "order-1"``), and at
clients through their SCIN; database ids never appear, so a file can be imported anywhere.

Users are named by login (an SR's owner, a reminder's, a letter's sender, who made a decision or
checked a source); import refuses a login the target database has no user for, naming it.
Documents travel as their metadata only (file name, SHA-256, path relative to the document
store): the files stay on the machine they were written on. Not carried: the audit trail (the
importing database records the import in its own), version counters and last-change stamps,
and what is derived again on import (a paying parent's priority and urgency).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from dataclasses import fields as dataclass_fields
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar, cast

from sqlalchemy import Boolean, Date, DateTime, Integer, Numeric, String, Text, func, select
from sqlalchemy import Enum as SqlEnum
from sqlalchemy.orm import Session, selectinload

import enforcement_desktop
from enforcement_desktop.domain import decide as rules_decide
from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.diary import MANUAL, ReminderKind
from enforcement_desktop.domain.enums import (
    ContactRole,
    OrderOrigin,
    OrderType,
    Power,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.domain.facts import stored_registration
from enforcement_desktop.domain.values import (
    PENNY,
    check_money,
    check_past_date,
    check_text,
    money,
    normalise_nino,
    normalise_postcode,
    normalise_scin,
)
from enforcement_desktop.services import (
    appeals,
    assets,
    cases,
    contacts,
    maintenance,
    notes,
    orders,
    service_requests,
)
from enforcement_desktop.services.base import ServiceContext, record_created, record_event
from enforcement_desktop.services.legacy import refresh_attention
from enforcement_desktop.services.regions import check_region_name, match_region, region_names
from enforcement_desktop.services.reminders import REMINDER_NOTE_MAX_LENGTH
from enforcement_desktop.storage.models import (
    ActivityStep,
    Address,
    Appeal,
    AppealCase,
    AppUser,
    Asset,
    Base,
    Case,
    CaseReceivingParent,
    Contact,
    Court,
    Document,
    EnforceForm,
    EnforcementDecision,
    EnforcementOrder,
    LegacyAction,
    Letter,
    MaintenancePayment,
    Note,
    OrderCase,
    OrderPayment,
    RdoInstalment,
    Reminder,
    ServiceRequest,
    ServiceRequestAsset,
    SourceCheck,
    Vehicle,
)

__all__ = [
    "FORMAT",
    "VERSION",
    "ImportSummary",
    "export_case",
    "import_case",
    "validate_case_file",
]

FORMAT = "enforcement-desktop-case"
#: The version export writes.
VERSION = 3
#: The versions import reads.
READABLE_VERSIONS = (1, 2, 3)

_MAX_TEXT = 20000
# ASCII digits only: \d would take look-alike digits from other scripts.
_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_RE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?"
)
InputT = TypeVar("InputT")


# --------------------------------------------------------------------------- fields


@dataclass(frozen=True, slots=True)
class _Field:
    """One plain field of a record, typed from its database column."""

    name: str
    kind: str  # text, bool, int, money, date, datetime, enum
    nullable: bool
    required: bool
    max_length: int = _MAX_TEXT
    enum: type[StrEnum] | None = None


def _fields(model: type[Base], names: Sequence[str]) -> tuple[_Field, ...]:
    """The fields of ``model`` named, in that order, typed from the table's columns."""
    table = model.__table__
    result = []
    for name in names:
        column = table.c[name]
        kind_type = column.type
        enum_cls: type[StrEnum] | None = None
        max_length = _MAX_TEXT
        # Enum before String, Text before String: each is a subclass of the next.
        if isinstance(kind_type, SqlEnum):
            kind, enum_cls = "enum", cast("type[StrEnum]", kind_type.enum_class)
        elif isinstance(kind_type, Text):
            kind = "text"
        elif isinstance(kind_type, String):
            kind, max_length = "text", kind_type.length or _MAX_TEXT
        elif isinstance(kind_type, Boolean):
            kind = "bool"
        elif isinstance(kind_type, DateTime):
            kind = "datetime"
        elif isinstance(kind_type, Date):
            kind = "date"
        elif isinstance(kind_type, Numeric):
            kind = "money"
        elif isinstance(kind_type, Integer):
            kind = "int"
        else:  # pragma: no cover - every exported column is one of the above
            raise TypeError(f"{model.__name__}.{name}: no case file type for {kind_type!r}")
        has_default = column.default is not None or column.server_default is not None
        result.append(
            _Field(
                name=name,
                kind=kind,
                nullable=bool(column.nullable),
                required=not column.nullable and not has_default,
                max_length=max_length,
                enum=enum_cls,
            )
        )
    return tuple(result)


_CONTACT = _fields(
    Contact,
    (
        "scin",
        "title",
        "first_name",
        "last_name",
        "other_names",
        "date_of_birth",
        "nino",
        "phone",
        "email",
        "jurisdiction",
        "employment_status",
        "employer_name",
        "pv_marker",
        "pv_control_measures",
        "holds_driving_licence",
        "driving_licence_number",
        "holds_passport",
        "depends_on_driving",
        "professional_body",
    ),
)
_ADDRESS = _fields(
    Address,
    (
        "address_type",
        "line1",
        "line2",
        "town",
        "postcode",
        "marker",
        "confident",
        "is_current",
        "from_date",
    ),
)
_VEHICLE = _fields(Vehicle, ("registration", "make", "model", "colour"))
_CASE = _fields(
    Case,
    (
        "scheme",
        "region",
        "owning_team",
        "arrears_balance",
        "case_manager",
        "team",
        "segment_5",
        "legacy_ongoing_enforcement",
        "disable_missed_payment_monitor",
        "deo_desire",
        "deo_desire_set_on",
        "wilful_refusal_found_on",
        "wilful_refusal_evidence",
    ),
)
_COURT = _fields(Court, ("name", "kind", "postcode_areas", "charging_order_de_minimis"))
_ASSET = _fields(
    Asset,
    (
        "asset_type",
        "account_type",
        "description",
        "estimated_value",
        "source",
        "recorded_on",
        "finding",
        "disposed_to_third_party",
        "disregarded_on",
        "disregard_reason",
    ),
)
_ORDER = _fields(
    EnforcementOrder,
    (
        "order_type",
        "status",
        "origin",
        "reference",
        "applied_on",
        "granted_on",
        "ended_on",
        "period_from",
        "period_to",
        "amount",
        "costs",
        "payment_terms",
        "complied",
        "notes",
        # A sanctions order's terms (issue 11); it covers the case of the file.
        "instalment_amount",
        "instalment_period",
        "first_due_on",
    ),
)
_PAYMENT = _fields(OrderPayment, ("paid_on", "amount", "method"))
_APPEAL = _fields(Appeal, ("lodged_on", "status", "decided_on", "hearing_on", "details"))
_SR = _fields(
    ServiceRequest,
    (
        "workflow",
        "process",
        "area",
        "sub_area",
        "status",
        "sub_status",
        "wait_until",
        "owner",
        "opened_on",
        "closed_on",
        "resolution_code",
    ),
)
_STEP = _fields(
    ActivityStep,
    ("position", "step_key", "title", "outcome", "reason", "completed_by", "completed_at"),
)
_FORM_SKIP = {"id", "version", "created_at", "updated_at", "updated_by", "service_request_id"}
_FORM = _fields(
    EnforceForm, tuple(c.name for c in EnforceForm.__table__.columns if c.name not in _FORM_SKIP)
)
_NOTE_FIELDS = (*_fields(Note, ("author", "text")), _Field("created_at", "datetime", False, True))

# Version 2 (issues 10 and 11): what version 1 did not carry.
_CONTACT_V2 = (*_CONTACT, *_fields(Contact, ("sensitive",)))
# An employer's or third party's name is one field, kept whole in last_name: its first_name may
# be empty (contacts.contact_errors requires the name).
_PARTY = (
    *(replace(f, required=False) if f.name == "first_name" else f for f in _CONTACT_V2),
    *_fields(Contact, ("role",)),
)
_ASSET_V2 = (*_ASSET, *_fields(Asset, ("imminent_disposal_on", "imminent_disposal_source")))
_SR_V2 = (*_SR, *_fields(ServiceRequest, ("team",)))
_LEGACY_ACTION = _fields(LegacyAction, ("kind", "started_on", "ended_on", "details"))
_INSTALMENT = _fields(RdoInstalment, ("due_on", "amount"))
_REMINDER = _fields(Reminder, ("due_on", "owner", "note", "done_on", "done_by"))
_SOURCE = _fields(SourceCheck, ("source", "checked_on", "checked_by", "result", "note"))
#: A verdict snapshot may be long: every power with its reasons.
_SNAPSHOT_MAX = 1_000_000
_DECISION = (
    *_fields(EnforcementDecision, ("welfare_statement", "decided_by", "decided_at")),
    _Field("snapshot", "text", False, True, max_length=_SNAPSHOT_MAX),
    *_fields(EnforcementDecision, ("snapshot_sha256",)),
)
_LETTER = _fields(
    Letter,
    (
        "code",
        "recipient_kind",
        "recipient_name",
        "sent_on",
        "sent_by",
        "reply_due",
        "reply_received_on",
    ),
)
_DOCUMENT = (
    *_fields(Document, ("doc_type", "file_name", "path", "sha256", "created_by")),
    _Field("created_at", "datetime", False, True),
)
# Version 3 (a paying parent's cases together): what version 2 did not carry.
_SR_V3 = (*_SR_V2, *_fields(ServiceRequest, ("raised_by",)))
_MAINTENANCE = _fields(MaintenancePayment, ("due_on", "amount_due", "amount_paid", "paid_on"))
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_PARTY_ROLES = (ContactRole.EMPLOYER, ContactRole.THIRD_PARTY)


@dataclass(frozen=True, slots=True)
class _Spec:
    """The fields and parts of one version of the format."""

    version: int
    contact: tuple[_Field, ...]
    asset: tuple[_Field, ...]
    sr: tuple[_Field, ...]

    @property
    def v2(self) -> bool:
        return self.version >= 2

    @property
    def v3(self) -> bool:
        return self.version >= 3


_SPECS = {
    1: _Spec(1, _CONTACT, _ASSET, _SR),
    2: _Spec(2, _CONTACT_V2, _ASSET_V2, _SR_V2),
    3: _Spec(3, _CONTACT_V2, _ASSET_V2, _SR_V3),
}


# --------------------------------------------------------------------------- export


def _out(value: Any, field: _Field) -> Any:
    if value is None:
        return None
    if field.kind == "money":
        return str(Decimal(value).quantize(PENNY))
    if field.kind == "date":
        return value.isoformat()
    if field.kind == "datetime":
        return value.replace(microsecond=0).isoformat()
    if field.kind == "enum":
        return value.value
    return value


def _record(obj: Any, fields: Iterable[_Field]) -> dict[str, Any]:
    return {f.name: _out(getattr(obj, f.name), f) for f in fields}


def _notes(notes: Iterable[Note]) -> list[dict[str, Any]]:
    ordered = sorted(notes, key=lambda n: (n.created_at, n.id))
    return [_record(n, _NOTE_FIELDS) for n in ordered]


def _topological(orders: Sequence[EnforcementOrder]) -> list[EnforcementOrder]:
    """Orders by id, but every order after the one it rests on (import writes them in turn)."""
    by_id = {o.id: o for o in orders}
    placed: set[int] = set()
    result: list[EnforcementOrder] = []

    def place(order: EnforcementOrder, seen: frozenset[int]) -> None:
        if order.id in placed or order.id in seen:
            return
        parent = by_id.get(order.parent_order_id) if order.parent_order_id else None
        if parent is not None:
            place(parent, seen | {order.id})
        placed.add(order.id)
        result.append(order)

    for order in sorted(orders, key=lambda o: o.id):
        place(order, frozenset())
    return result


def export_case(ctx: ServiceContext, scin: str) -> dict[str, Any]:
    """The cases of the paying parent with this SCIN, as case file data (JSON-ready).

    Args:
        ctx: Service context.
        scin: The paying parent's SCIN (spaces ignored).

    Returns:
        A dict ready for ``json.dumps``: the format marker, version, the paying parent, the
        receiving parents and every case the client pays on.

    Raises:
        NotFoundError: No client has the SCIN, or they pay on no case.
        RuleViolation: The SCIN belongs to a receiving parent, or a record of a case points at
            one the file cannot name.
    """
    wanted = normalise_scin(scin)
    with ctx.unit_of_work() as session:
        contact = session.scalar(select(Contact).where(Contact.scin == wanted))
        if contact is None:
            raise NotFoundError("client", f"SCIN {wanted}")
        if contact.role != ContactRole.PAYING_PARENT:
            raise RuleViolation(
                f"SCIN {wanted} is a {contact.role.label.lower()}; export the case by the "
                "paying parent's SCIN"
            )
        cases = session.scalars(
            select(Case)
            .where(Case.paying_parent_id == contact.id)
            .order_by(Case.id)
            .options(
                selectinload(Case.receiving_parent_links).selectinload(CaseReceivingParent.contact),
                selectinload(Case.orders).selectinload(EnforcementOrder.payments),
                selectinload(Case.orders).selectinload(EnforcementOrder.court),
                selectinload(Case.orders).selectinload(EnforcementOrder.case_links),
                selectinload(Case.appeals).selectinload(Appeal.case_links),
                selectinload(Case.maintenance_payments),
                selectinload(Case.service_requests).selectinload(ServiceRequest.steps),
                selectinload(Case.service_requests).selectinload(ServiceRequest.enforce_form),
                selectinload(Case.service_requests).selectinload(ServiceRequest.asset_links),
                selectinload(Case.service_requests).selectinload(ServiceRequest.notes),
            )
        ).all()
        if not cases:
            raise NotFoundError("case with paying parent", f"SCIN {wanted}")
        return _export(session, ctx, contact, cases)


@dataclass(frozen=True, slots=True)
class _Shared:
    """The refs of what the cases of a file share: the clients, assets, courts, the cases."""

    scin_of: Mapping[int, str | None]
    asset_ref: Mapping[int, str]
    court_ref: Mapping[int, str]
    party_ref: Mapping[int, str]
    case_ref: Mapping[int, str]


def _export(
    session: Session, ctx: ServiceContext, payer: Contact, cases: Sequence[Case]
) -> dict[str, Any]:
    receiving: list[Contact] = []
    for case in cases:
        for link in sorted(case.receiving_parent_links, key=lambda x: x.id):
            if link.contact not in receiving:
                receiving.append(link.contact)
    contacts = [payer, *receiving]
    contact_ids = [c.id for c in contacts]

    def contact_data(contact: Contact, fields: Sequence[_Field]) -> dict[str, Any]:
        data = _record(contact, fields)
        data["addresses"] = [_record(a, _ADDRESS) for a in contact.addresses]
        data["vehicles"] = [_record(v, _VEHICLE) for v in contact.vehicles]
        data["notes"] = _notes(
            session.scalars(
                select(Note).where(Note.contact_id == contact.id, Note.case_id.is_(None))
            )
        )
        return data

    assets = session.scalars(
        select(Asset).where(Asset.contact_id.in_(contact_ids)).order_by(Asset.id)
    ).all()
    scin_of = {c.id: c.scin for c in contacts}
    courts: list[Court] = []
    for case in cases:
        for order in _topological(case.orders):
            if order.court is not None and order.court not in courts:
                courts.append(order.court)
    # Who an SR is about when not a parent: anyone else (an employer, a third party) is a third
    # party of the file.
    subject_ids = sorted(
        {s.subject_contact_id for c in cases for s in c.service_requests if s.subject_contact_id}
        - set(scin_of)
    )
    parties = [p for p in (session.get(Contact, i) for i in subject_ids) if p is not None]
    shared = _Shared(
        scin_of=scin_of,
        asset_ref={a.id: f"asset-{i}" for i, a in enumerate(assets, start=1)},
        court_ref={c.id: f"court-{i}" for i, c in enumerate(courts, start=1)},
        party_ref={c.id: f"party-{i}" for i, c in enumerate(parties, start=1)},
        case_ref={c.id: f"case-{i}" for i, c in enumerate(cases, start=1)},
    )
    spec = _SPECS[VERSION]
    asset_data = []
    for asset in assets:
        item: dict[str, Any] = {
            "ref": shared.asset_ref[asset.id],
            "contact": scin_of[asset.contact_id],
        }
        item.update(_record(asset, spec.asset))
        asset_data.append(item)
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": ctx.now().replace(microsecond=0).isoformat(),
        "exported_by_program": f"enforcement-desktop {enforcement_desktop.__version__}",
        "paying_parent": contact_data(payer, spec.contact),
        "receiving_parents": [contact_data(c, spec.contact) for c in receiving],
        "third_parties": [
            {"ref": shared.party_ref[c.id], **contact_data(c, _PARTY)} for c in parties
        ],
        "courts": [{"ref": shared.court_ref[c.id], **_record(c, _COURT)} for c in courts],
        "assets": asset_data,
        "cases": [_export_case(session, case, shared) for case in cases],
    }


def _links_of(
    links: Iterable[OrderCase] | Iterable[AppealCase], home: Case, shared: _Shared, what: str
) -> list[str]:
    """The refs of the cases a sanctions order or an appeal covers (its own when none is
    recorded, as the services read it)."""
    case_ids = sorted({link.case_id for link in links}) or [home.id]
    outside = [i for i in case_ids if i not in shared.case_ref]
    if outside:  # pragma: no cover - the services link only cases of the same paying parent
        raise RuleViolation(
            f"{what} of case {home.id} covers case {outside[0]}, which is not one of the paying "
            "parent's cases, so the client cannot be exported"
        )
    return [shared.case_ref[i] for i in case_ids]


def _export_case(session: Session, case: Case, shared: _Shared) -> dict[str, Any]:
    """One case of the file: its fields, receiving parents, orders, appeals, SRs and the rest.

    Orders, appeals, SRs and documents are named by refs that hold within the case.
    """
    spec = _SPECS[VERSION]
    orders = _topological(case.orders)
    order_ref = {o.id: f"order-{i}" for i, o in enumerate(orders, start=1)}
    appeals = sorted(case.appeals, key=lambda a: a.id)
    appeal_ref = {a.id: f"appeal-{i}" for i, a in enumerate(appeals, start=1)}
    srs = sorted(case.service_requests, key=lambda s: s.id)
    sr_ref = {s.id: f"sr-{i}" for i, s in enumerate(srs, start=1)}
    sr_ids = [s.id for s in srs]
    documents = session.scalars(
        select(Document).where(Document.case_id == case.id).order_by(Document.id)
    ).all()
    document_ref = {d.id: f"doc-{i}" for i, d in enumerate(documents, start=1)}

    def rows_by_sr(model: Any) -> dict[int, list[Any]]:
        grouped: dict[int, list[Any]] = {}
        if sr_ids:
            found = session.scalars(
                select(model).where(model.service_request_id.in_(sr_ids)).order_by(model.id)
            )
            for row in found:
                grouped.setdefault(row.service_request_id, []).append(row)
        return grouped

    reminders = rows_by_sr(Reminder)
    sources = rows_by_sr(SourceCheck)
    decisions = rows_by_sr(EnforcementDecision)
    letters = rows_by_sr(Letter)
    about_ref: dict[str, dict[int, str]] = {
        "case": {case.id: "case"},
        "sr": sr_ref,
        "order": order_ref,
        "appeal": appeal_ref,
    }

    def order_data(order: EnforcementOrder) -> dict[str, Any]:
        data: dict[str, Any] = {"ref": order_ref[order.id]}
        data.update(_record(order, _ORDER))
        data["court"] = shared.court_ref.get(order.court_id) if order.court_id else None
        data["parent"] = order_ref.get(order.parent_order_id) if order.parent_order_id else None
        data["asset"] = shared.asset_ref.get(order.asset_id) if order.asset_id else None
        data["cases"] = (
            _links_of(order.case_links, case, shared, "A sanctions order")
            if order.order_type == OrderType.SANCTIONS_ORDER
            else []
        )
        payments = sorted(order.payments, key=lambda p: (p.paid_on, p.id))
        data["payments"] = [_record(p, _PAYMENT) for p in payments]
        ordered = sorted(order.instalments, key=lambda x: (x.due_on, x.id))
        data["instalments"] = [_record(x, _INSTALMENT) for x in ordered]
        actions = sorted(order.legacy_actions, key=lambda x: (x.started_on, x.id))
        data["legacy_actions"] = [_record(x, _LEGACY_ACTION) for x in actions]
        return data

    def reminder_data(row: Reminder) -> dict[str, Any]:
        data = _record(row, _REMINDER)
        if row.kind == MANUAL:
            return {"kind": MANUAL, "about": None, **data}
        kind, record_id = _procedure_key(row.kind)
        found = about_ref[_ABOUT[kind]].get(record_id) if kind is not None else None
        if kind is None or found is None:
            raise RuleViolation(
                f"A reminder of service request {row.service_request_id} ({row.kind!r}) is "
                "about a record outside its case, so the client cannot be exported"
            )
        return {"kind": kind.value, "about": found, **data}

    def decision_data(row: EnforcementDecision) -> dict[str, Any]:
        data = _record(row, _DECISION)
        data["powers"] = [p for p in row.powers.split(",") if p]
        opened = [int(v) for v in row.opened_sr_ids.split(",") if v]
        data["opened"] = [sr_ref[i] for i in opened if i in sr_ref]
        return data

    def letter_data(row: Letter) -> dict[str, Any]:
        data = _record(row, _LETTER)
        data["document"] = document_ref.get(row.document_id) if row.document_id else None
        data["reply_document"] = (
            document_ref.get(row.reply_document_id) if row.reply_document_id else None
        )
        return data

    def subject_of(sr: ServiceRequest) -> str | None:
        if sr.subject_contact_id is None:
            return None
        return shared.scin_of.get(sr.subject_contact_id) or shared.party_ref.get(
            sr.subject_contact_id
        )

    def sr_data(sr: ServiceRequest) -> dict[str, Any]:
        data: dict[str, Any] = {"ref": sr_ref[sr.id]}
        data.update(_record(sr, spec.sr))
        data["parent"] = sr_ref.get(sr.parent_id) if sr.parent_id else None
        data["order"] = order_ref.get(sr.order_id) if sr.order_id else None
        links = sorted(sr.asset_links, key=lambda x: x.id)
        data["assets"] = [
            shared.asset_ref[x.asset_id] for x in links if x.asset_id in shared.asset_ref
        ]
        data["steps"] = [_record(s, _STEP) for s in sr.steps]
        form = sr.enforce_form
        data["enforce_form"] = _record(form, _FORM) if form is not None else None
        data["notes"] = _notes(sr.notes)
        data["subject"] = subject_of(sr)
        data["reminders"] = [reminder_data(r) for r in reminders.get(sr.id, [])]
        data["sources"] = [_record(r, _SOURCE) for r in sources.get(sr.id, [])]
        decided = decisions.get(sr.id)
        data["decision"] = decision_data(decided[0]) if decided else None
        data["letters"] = [letter_data(r) for r in letters.get(sr.id, [])]
        return data

    def appeal_data(appeal: Appeal) -> dict[str, Any]:
        data: dict[str, Any] = {"ref": appeal_ref[appeal.id], **_record(appeal, _APPEAL)}
        data["cases"] = _links_of(appeal.case_links, case, shared, "An appeal")
        return data

    case_notes = session.scalars(
        select(Note).where(Note.case_id == case.id, Note.service_request_id.is_(None))
    )
    receiving = sorted(case.receiving_parent_links, key=lambda x: x.id)
    payments = sorted(case.maintenance_payments, key=lambda p: p.due_on)
    return {
        "ref": shared.case_ref[case.id],
        **_record(case, _CASE),
        "receiving_parents": [shared.scin_of[link.contact_id] for link in receiving],
        "maintenance_payments": [_record(p, _MAINTENANCE) for p in payments],
        "orders": [order_data(o) for o in orders],
        "appeals": [appeal_data(a) for a in appeals],
        "service_requests": [sr_data(s) for s in srs],
        "notes": _notes(case_notes),
        "documents": [
            {
                "ref": document_ref[d.id],
                "service_request": sr_ref.get(d.service_request_id)
                if d.service_request_id
                else None,
                **_record(d, _DOCUMENT),
            }
            for d in documents
        ],
    }


#: What a procedure reminder's record is, by its kind (``domain.diary.reminder_key``).
_ABOUT: dict[ReminderKind, str] = {
    ReminderKind.DEO_DESIRE: "case",
    ReminderKind.BAILIFF_WAIT: "sr",
    ReminderKind.AGREEMENT_WAIT: "sr",
    ReminderKind.HOLD_END: "sr",
    ReminderKind.ARREARS_NOTICE: "sr",
    ReminderKind.WAIT_END: "sr",
    ReminderKind.DOT_SET_UP: "sr",
    ReminderKind.RDO_REVIEW: "order",
    ReminderKind.SANCTIONS_REFER_BACK: "order",
    ReminderKind.APPEAL_HEARING: "appeal",
}


def _procedure_key(key: str) -> tuple[ReminderKind | None, int]:
    """The kind and record id of a done procedure reminder's key (kind:record:date)."""
    parts = key.split(":")
    try:
        return ReminderKind(parts[0]), int(parts[1])
    except (ValueError, IndexError):
        return None, 0


# --------------------------------------------------------------------------- validation
#
# Two layers. The first reads the JSON: types, formats, references within the file, each fault
# under its JSON path. The second applies to each record the very checks the services apply
# when the GUI saves it (contacts.contact_errors, orders.order_errors, ...), so a case that
# imports can always be saved again unchanged, and nothing the forms refuse gets in by file.

#: Keys of the top level, and of each kind of record beyond its plain fields.
_TOP_KEYS = {
    "format",
    "version",
    "exported_at",
    "exported_by_program",
    "case",
    "paying_parent",
    "receiving_parents",
    "courts",
    "assets",
    "orders",
    "appeals",
    "service_requests",
    "notes",
}
_TOP_KEYS_V2 = _TOP_KEYS | {"third_parties", "documents"}
#: Version 3: the case's parts move into each case of ``cases``.
_TOP_KEYS_V3 = (_TOP_KEYS_V2 | {"cases"}) - {
    "case",
    "orders",
    "appeals",
    "service_requests",
    "notes",
    "documents",
}
#: The parts of a case of version 3 beyond its fields.
_CASE_PARTS = (
    "ref",
    "receiving_parents",
    "maintenance_payments",
    "orders",
    "appeals",
    "service_requests",
    "notes",
    "documents",
)
_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,59}")
_INT_MAX = 2**31 - 1
#: The services' names of the fields that a case file writes as references.
_ORDER_REFS = {
    "court_id": "court",
    "parent_order_id": "parent",
    "asset_id": "asset",
    "case_ids": "cases",
}


class _Errors:
    """Problems found, by JSON path; the first problem at a path is kept."""

    def __init__(self) -> None:
        self.by_path: dict[str, str] = {}

    def add(self, path: str, message: str) -> None:
        self.by_path.setdefault(path or "(file)", message)

    def apply(
        self,
        path: str,
        problems: Mapping[str, str | None],
        rename: Mapping[str, str] | None = None,
    ) -> None:
        """Add a service's problems (by its field names) under the record at ``path``."""
        for name, message in problems.items():
            if message:
                self.add(_join(path, (rename or {}).get(name, name)), _lower_first(message))

    def __len__(self) -> int:
        return len(self.by_path)

    def __bool__(self) -> bool:
        return bool(self.by_path)


def _lower_first(message: str) -> str:
    return message[:1].lower() + message[1:] if message else message


def _brief(value: Any) -> str:
    """A value quoted in a message: escaped (repr) and cut short."""
    if isinstance(value, str) and len(value) > 40:
        return f"{value[:40]!r}…"
    return repr(value) if isinstance(value, str) else _json_type(value)


def _parse_value(value: Any, field: _Field, path: str, errors: _Errors) -> Any:
    """Check one JSON value against its field; return it as Python (Decimal, date, enum)."""
    if value is None:
        if field.required or not field.nullable:
            errors.add(path, "is required" if field.required else "must not be null")
        return None
    kind = field.kind
    if kind == "text":
        if not isinstance(value, str):
            errors.add(path, f"must be text, not {_json_type(value)}")
            return None
        problem = check_text(value, max_length=field.max_length, label="Text")
        if problem:
            errors.add(path, _lower_first(problem))
            return None
        if field.required and not value.strip():
            errors.add(path, "is required")
            return None
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            errors.add(path, f"must be true or false, not {_json_type(value)}")
            return None
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            errors.add(path, f"must be a whole number, not {_json_type(value)}")
            return None
        if not 0 <= value <= _INT_MAX:
            errors.add(path, f"must be a whole number from 0 to {_INT_MAX:,}")
            return None
        return value
    if kind == "money":
        return _parse_money(value, path, errors)
    if kind == "date":
        if not isinstance(value, str) or not _DATE_RE.fullmatch(value):
            errors.add(path, "must be a date written YYYY-MM-DD (e.g. 2026-11-23)")
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            errors.add(path, f"{value!r} is not a real date")
            return None
    if kind == "datetime":
        if not isinstance(value, str) or not _DATETIME_RE.fullmatch(value):
            errors.add(path, "must be a date and time written YYYY-MM-DDTHH:MM:SS (UTC)")
            return None
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            errors.add(path, f"{value!r} is not a real date and time")
            return None
    assert field.enum is not None
    allowed = [m.value for m in field.enum]
    if not isinstance(value, str) or value not in allowed:
        errors.add(path, f"{_brief(value)} is not one of: {', '.join(allowed)}")
        return None
    return field.enum(value)


def _parse_money(value: Any, path: str, errors: _Errors) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, str):
        # A JSON number may already have been rounded through a binary float by whoever wrote
        # the file, so amounts must be strings.
        found = _json_type(value)
        errors.add(path, f'money must be a string of pounds and pence like "1234.56", not {found}')
        return None
    problem = check_money(value)
    if problem:
        errors.add(path, _lower_first(problem))
        return None
    return money(value)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _object(
    value: Any,
    path: str,
    fields: Sequence[_Field],
    errors: _Errors,
    extra: Iterable[str] = (),
) -> dict[str, Any] | None:
    """Check an object's keys and plain fields; extra (relation) keys are returned raw."""
    if not isinstance(value, dict):
        errors.add(path, f"must be an object, not {_json_type(value)}")
        return None
    known = {f.name for f in fields} | set(extra)
    for key in value:
        if key not in known:
            errors.add(_join(path, _key(key)), "is not a field of this record")
    parsed: dict[str, Any] = {}
    for field in fields:
        if field.name not in value:
            if field.required:
                errors.add(_join(path, field.name), "is required")
            continue
        parsed[field.name] = _parse_value(value[field.name], field, _join(path, field.name), errors)
    for key in extra:
        parsed[key] = value.get(key)
    return parsed


def _key(key: Any) -> str:
    """A key of the file as it is named in a path (an odd key is quoted, escaped and cut)."""
    if isinstance(key, str) and _KEY_RE.fullmatch(key):
        return key
    return f"[{_brief(key) if isinstance(key, str) else repr(key)[:40]}]"


def _list(value: Any, path: str, errors: _Errors, *, required: bool = False) -> list[Any]:
    if value is None:
        if required:
            errors.add(path, "is required")
        return []
    if not isinstance(value, list):
        errors.add(path, f"must be a list, not {_json_type(value)}")
        return []
    return value


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _ref(value: Any, path: str, known: Mapping[str, Any], what: str, errors: _Errors) -> str | None:
    """A reference to another record of the file (or None)."""
    if value is None:
        return None
    if not isinstance(value, str):
        errors.add(path, f"must be the ref of {what} (text), not {_json_type(value)}")
        return None
    if value not in known:
        errors.add(path, f"refers to {what} {_brief(value)}, which is not in the file")
        return None
    return value


def _refs_declared(
    items: Sequence[dict[str, Any] | None], path: str, errors: _Errors
) -> dict[str, int]:
    """The ``ref`` of each record of a list, which must be unique text."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        if item is None:
            continue
        ref = item.get("ref")
        where = f"{path}[{i}].ref"
        if not isinstance(ref, str) or not ref.strip():
            errors.add(where, "is required (text naming this record within the file)")
        elif (problem := check_text(ref, max_length=60, label="Ref", single_line=True)) is not None:
            errors.add(where, _lower_first(problem))
        elif ref in seen:
            errors.add(where, f"{_brief(ref)} is used twice (also {path}[{seen[ref]}])")
        else:
            seen[ref] = i
    return seen


def _values_for(cls: type[InputT], record: Mapping[str, Any], **more: Any) -> InputT:
    """A service's input dataclass from a checked record (its fields of the same names)."""
    names = {f.name for f in dataclass_fields(cast("Any", cls))}
    values = {k: v for k, v in record.items() if k in names}
    return cls(**values, **more)


#: The ref a version 1 or 2 file's one case goes by (those files have no ``cases`` list).
_ONLY_CASE = "case"


@dataclass
class _ParsedCase:
    """One checked case of a file, its records' relations still as file references."""

    path: str  # where its fields are: "case" (versions 1 and 2) or "cases[0]"
    ref: str
    case: dict[str, Any]
    receiving: list[str]  # the receiving parents' SCINs
    orders: list[dict[str, Any]]
    appeals: list[dict[str, Any]]
    service_requests: list[dict[str, Any]]
    notes: list[dict[str, Any]]
    documents: list[dict[str, Any]] = dc_field(default_factory=list)
    maintenance_payments: list[dict[str, Any]] = dc_field(default_factory=list)


@dataclass
class _Parsed:
    """A checked case file: Python values, relations still as file references."""

    contacts: list[tuple[ContactRole, str, dict[str, Any]]]  # role, JSON path, fields
    courts: list[tuple[str, dict[str, Any]]]  # JSON path, fields
    assets: list[dict[str, Any]]
    cases: list[_ParsedCase]
    version: int = VERSION
    third_parties: list[tuple[str, dict[str, Any]]] = dc_field(default_factory=list)
    #: Every login the file names where a user is meant, with its place in the file.
    logins: list[tuple[str, str]] = dc_field(default_factory=list)


def _check_contact(
    raw: Any,
    path: str,
    role: ContactRole | None,
    ctx: ServiceContext,
    errors: _Errors,
    fields: Sequence[_Field] = _CONTACT,
) -> dict[str, Any] | None:
    """A contact with its addresses, vehicles and notes; ``role`` None: the record says it."""
    before = len(errors)
    extra = ("addresses", "vehicles", "notes") + (("ref",) if role is None else ())
    contact = _object(raw, path, fields, errors, extra=extra)
    if contact is None:
        return None
    today = ctx.today()
    if role is None and contact.get("role") not in (None, *_PARTY_ROLES):
        errors.add(f"{path}.role", "a third party of the file is an employer or a third party")
    if len(errors) == before:
        if role is not None:
            contact["role"] = role
        data = _values_for(contacts.ContactInput, contact)
        errors.apply(path, contacts.contact_errors(data, today, ctx.scin_pattern))
    addresses = []
    for i, item in enumerate(_list(contact["addresses"], f"{path}.addresses", errors)):
        where = f"{path}.addresses[{i}]"
        before = len(errors)
        address = _object(item, where, _ADDRESS, errors)
        if address is None:
            continue
        if len(errors) == before:
            address_data = _values_for(contacts.AddressInput, address)
            errors.apply(where, contacts.address_errors(address_data, today))
        addresses.append(address)
    vehicles = []
    for i, item in enumerate(_list(contact["vehicles"], f"{path}.vehicles", errors)):
        where = f"{path}.vehicles[{i}]"
        before = len(errors)
        vehicle = _object(item, where, _VEHICLE, errors)
        if vehicle is None:
            continue
        if len(errors) == before:
            vehicle_data = _values_for(contacts.VehicleInput, vehicle)
            errors.apply(where, contacts.vehicle_errors(vehicle_data))
        vehicles.append(vehicle)
    contact["addresses"] = addresses
    contact["vehicles"] = vehicles
    contact["notes"] = _check_notes(contact["notes"], f"{path}.notes", today, errors)
    return contact


def _check_notes(raw: Any, path: str, today: date, errors: _Errors) -> list[dict[str, Any]]:
    """Notes as :func:`notes.add_note` writes them: its text, an author, a time not ahead."""
    result = []
    for i, item in enumerate(_list(raw, path, errors)):
        where = f"{path}[{i}]"
        before = len(errors)
        note = _object(item, where, _NOTE_FIELDS, errors)
        if note is None:
            continue
        if len(errors) == before:
            errors.apply(where, notes.note_errors(note["text"]))
            errors.apply(
                where,
                {
                    "author": check_text(
                        note["author"], max_length=64, label="Author", single_line=True
                    ),
                    "created_at": check_past_date(note["created_at"].date(), today),
                },
            )
        result.append(note)
    return result


def _check_case(
    raw: Any, path: str, today: date, errors: _Errors, extra: Iterable[str] = ()
) -> dict[str, Any] | None:
    before = len(errors)
    case = _object(raw, path, _CASE, errors, extra=extra)
    if case is not None and len(errors) == before:
        errors.apply(path, cases.case_errors(_values_for(cases.CaseInput, case), today))
        found_on, evidence = case["wilful_refusal_found_on"], case["wilful_refusal_evidence"]
        if found_on is not None or evidence is not None:
            errors.apply(
                path,
                cases.wilful_refusal_errors(found_on, evidence, today),
                {"found_on": "wilful_refusal_found_on", "evidence": "wilful_refusal_evidence"},
            )
    return case


def _check_courts(raw: Any, errors: _Errors) -> tuple[list[dict[str, Any] | None], dict[str, int]]:
    courts: list[dict[str, Any] | None] = []
    names: dict[str, int] = {}
    for i, item in enumerate(_list(raw, "courts", errors)):
        where = f"courts[{i}]"
        before = len(errors)
        court = _object(item, where, _COURT, errors, extra=("ref",))
        courts.append(court)
        if court is None or len(errors) != before:
            continue
        errors.apply(where, orders.court_errors(_values_for(orders.CourtInput, court)))
        name = court["name"].strip().lower()
        if name in names:
            errors.add(f"{where}.name", f"names the same court as courts[{names[name]}]")
        names.setdefault(name, i)
    return courts, _refs_declared(courts, "courts", errors)


def _check_assets(
    raw: Any, scins: Mapping[str, str], today: date, errors: _Errors, spec: _Spec
) -> tuple[list[dict[str, Any] | None], dict[str, int]]:
    assets_: list[dict[str, Any] | None] = []
    for i, item in enumerate(_list(raw, "assets", errors)):
        where = f"assets[{i}]"
        before = len(errors)
        asset = _object(item, where, spec.asset, errors, extra=("ref", "contact"))
        assets_.append(asset)
        if asset is None:
            continue
        owner = asset.get("contact")
        if not isinstance(owner, str) or normalise_scin(owner) not in scins:
            errors.add(
                f"{where}.contact",
                "must be the SCIN of the paying parent or a receiving parent in the file",
            )
        if len(errors) == before:
            data = _values_for(assets.AssetInput, asset)
            problems = assets.asset_record_errors(
                data, today, asset["disregarded_on"], asset["disregard_reason"]
            )
            errors.apply(where, problems)
            if spec.v2:
                _check_disposal(asset, where, today, errors)
    return assets_, _refs_declared(assets_, "assets", errors)


def _check_disposal(asset: dict[str, Any], where: str, today: date, errors: _Errors) -> None:
    """An asset about to be disposed of (Check CSA): the date learnt and the source, together."""
    on, source = asset.get("imminent_disposal_on"), asset.get("imminent_disposal_source")
    if (on is None) != (source is None):
        missing = "imminent_disposal_source" if source is None else "imminent_disposal_on"
        errors.add(
            f"{where}.{missing}",
            "an imminent disposal is recorded with both the date it was learnt and its source",
        )
    elif on is not None:
        errors.apply(where, {"imminent_disposal_on": check_past_date(on, today)})


def _check_orders(
    raw: Any,
    paying_scin: str | None,
    courts: Sequence[dict[str, Any] | None],
    court_refs: Mapping[str, int],
    assets_: Sequence[dict[str, Any] | None],
    asset_refs: Mapping[str, int],
    today: date,
    errors: _Errors,
    spec: _Spec,
    base: str = "",
    case_refs: Mapping[str, int] | None = None,
    own_ref: str = _ONLY_CASE,
) -> tuple[list[dict[str, Any] | None], dict[str, int]]:
    """The orders of one case (at ``base``); ``case_refs`` the file's cases (version 3)."""
    extra: tuple[str, ...] = ("ref", "court", "parent", "asset", "payments")
    if spec.v2:
        extra += ("instalments", "legacy_actions")
    if spec.v3:
        extra += ("cases",)
    parsed: list[tuple[dict[str, Any] | None, bool]] = []
    for i, item in enumerate(_list(raw, _join(base, "orders"), errors)):
        before = len(errors)
        order = _object(item, _join(base, f"orders[{i}]"), _ORDER, errors, extra=extra)
        parsed.append((order, order is not None and len(errors) == before))
    orders_ = [order for order, _ in parsed]
    order_refs = _refs_declared(orders_, _join(base, "orders"), errors)
    for i, (order, clean) in enumerate(parsed):
        if order is None:
            continue
        where = _join(base, f"orders[{i}]")
        sanctions = order.get("order_type") == OrderType.SANCTIONS_ORDER
        if case_refs is None:
            # Versions 1 and 2 hold one case: a sanctions order covers it.
            order["cases"] = None
            covered: tuple[int, ...] = (1,) if sanctions else ()
        else:
            order["cases"] = _check_case_links(
                order["cases"], f"{where}.cases", case_refs, own_ref, errors, "A sanctions order"
            )
            if order["cases"] and not sanctions and order.get("order_type") is not None:
                errors.add(f"{where}.cases", "only a sanctions order covers other cases: []")
            covered = tuple(range(1, len(order["cases"]) + 1))
        court_ref = _ref(order["court"], f"{where}.court", court_refs, "court", errors)
        asset_ref = _ref(order["asset"], f"{where}.asset", asset_refs, "asset", errors)
        parent_ref = _ref(order["parent"], f"{where}.parent", order_refs, "order", errors)
        if parent_ref is not None and parent_ref == order.get("ref"):
            errors.add(f"{where}.parent", "an order cannot rest on itself")
        elif parent_ref is not None and _lineage_loops(
            order.get("ref"), parent_ref, orders_, order_refs
        ):
            errors.add(f"{where}.parent", "the orders rest on each other in a loop")
        if spec.v2:
            order["instalments"] = _check_instalments(order, where, errors)
            order["legacy_actions"] = _check_legacy_actions(order, where, today, errors)
        else:
            order["instalments"], order["legacy_actions"] = [], []
        if not clean:
            order["payments"] = []
            continue
        # The references stand for ids: order_errors only asks whether each is given.
        data = _values_for(
            orders.OrderInput,
            order,
            court_id=1 if order["court"] is not None else None,
            parent_order_id=1 if order["parent"] is not None else None,
            asset_id=1 if order["asset"] is not None else None,
            case_ids=covered,
        )
        problems = orders.order_errors(data, today)
        parent = orders_[order_refs[parent_ref]] if parent_ref is not None else None
        if order["parent"] is None or parent is not None:
            parent_type = parent.get("order_type") if parent is not None else None
            problems["parent_order_id"] = problems.get("parent_order_id") or orders.parent_problem(
                data.order_type, parent_type
            )
        court = courts[court_refs[court_ref]] if court_ref is not None else None
        if court is not None and court.get("kind") is not None:
            problems["court_id"] = problems.get("court_id") or orders.court_problem(
                data.order_type, court["kind"]
            )
        asset = assets_[asset_refs[asset_ref]] if asset_ref is not None else None
        if asset is not None and asset.get("finding") is not None:
            owner = asset.get("contact")
            problems["asset_id"] = orders.asset_problem(
                isinstance(owner, str) and normalise_scin(owner) == paying_scin,
                asset["finding"],
                asset.get("disregarded_on"),
            )
        for j in range(i):
            other, other_clean = parsed[j]
            if (
                other_clean
                and other is not None
                and other["order_type"] == data.order_type
                and orders.same_reference(other["reference"], data.reference)
            ):
                problems["reference"] = problems.get("reference") or orders.reference_clash(
                    data.order_type, (data.reference or "").strip()
                )
        errors.apply(where, problems, _ORDER_REFS)
        order["payments"] = _check_payments(order, where, data, problems, today, errors)
    return orders_, order_refs


def _check_payments(
    order: dict[str, Any],
    where: str,
    data: orders.OrderInput,
    problems: Mapping[str, str | None],
    today: date,
    errors: _Errors,
) -> list[dict[str, Any]]:
    """Each payment as :func:`orders.add_payment` takes it, against the balance left so far."""
    balance = (
        data.amount + data.costs
        if not problems.get("amount") and not problems.get("costs")
        else None
    )
    name = f"{data.order_type.label} {(data.reference or '').strip() or order.get('ref')}"
    payments = []
    for j, item in enumerate(_list(order["payments"], f"{where}.payments", errors)):
        path = f"{where}.payments[{j}]"
        before = len(errors)
        payment = _object(item, path, _PAYMENT, errors)
        if payment is None:
            continue
        payments.append(payment)
        if len(errors) != before or balance is None:
            continue
        found = orders.payment_errors(
            payment["paid_on"], payment["amount"], payment.get("method"), balance, name, today
        )
        errors.apply(path, found)
        if not found["amount"]:
            balance -= payment["amount"]
    return payments


def _check_instalments(order: dict[str, Any], where: str, errors: _Errors) -> list[dict[str, Any]]:
    """A regular deduction order's payment schedule: amounts over £0.00, one a day."""
    result = []
    days: dict[date, int] = {}
    raw = _list(order.get("instalments"), f"{where}.instalments", errors)
    if raw and order.get("order_type") not in (None, OrderType.RDO):
        errors.add(f"{where}.instalments", "only a regular deduction order has a payment schedule")
    for j, item in enumerate(raw):
        path = f"{where}.instalments[{j}]"
        before = len(errors)
        instalment = _object(item, path, _INSTALMENT, errors)
        if instalment is None or len(errors) != before:
            continue
        if instalment["amount"] <= 0:
            errors.add(f"{path}.amount", "an instalment must be over £0.00")
        due = instalment["due_on"]
        if due in days:
            errors.add(f"{path}.due_on", f"{where}.instalments[{days[due]}] is due that day too")
        days.setdefault(due, j)
        result.append(instalment)
    return result


def _check_legacy_actions(
    order: dict[str, Any], where: str, today: date, errors: _Errors
) -> list[dict[str, Any]]:
    """Bailiff, EJO or DCA action on the CSA systems: against a CSA LO, dates in order."""
    result = []
    raw = _list(order.get("legacy_actions"), f"{where}.legacy_actions", errors)
    is_csa_lo = order.get("order_type") in (None, OrderType.LIABILITY_ORDER) and order.get(
        "origin"
    ) in (None, OrderOrigin.CSA)
    if raw and not is_csa_lo:
        errors.add(
            f"{where}.legacy_actions",
            "legacy bailiff, EJO and DCA action is recorded against a CSA liability order",
        )
    for j, item in enumerate(raw):
        path = f"{where}.legacy_actions[{j}]"
        before = len(errors)
        action = _object(item, path, _LEGACY_ACTION, errors)
        if action is None or len(errors) != before:
            continue
        started, ended = action["started_on"], action["ended_on"]
        problems = {
            "started_on": check_past_date(started, today, required=True),
            "ended_on": check_past_date(ended, today),
            "details": check_text(action.get("details"), max_length=500, label="Details"),
        }
        if ended is not None and started is not None and ended < started:
            problems["ended_on"] = problems["ended_on"] or "the action cannot end before it started"
        errors.apply(path, problems)
        result.append(action)
    return result


def _check_appeals(
    raw: Any,
    today: date,
    errors: _Errors,
    spec: _Spec,
    base: str = "",
    case_refs: Mapping[str, int] | None = None,
    own_ref: str = _ONLY_CASE,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    result: list[dict[str, Any]] = []
    listed: list[dict[str, Any] | None] = []
    for i, item in enumerate(_list(raw, _join(base, "appeals"), errors)):
        where = _join(base, f"appeals[{i}]")
        before = len(errors)
        extra: tuple[str, ...] = ("ref",) if spec.v2 else ()
        extra += ("cases",) if spec.v3 else ()
        appeal = _object(item, where, _APPEAL, errors, extra=extra)
        listed.append(appeal)
        if appeal is None:
            continue
        if len(errors) == before:
            problems = appeals.appeal_errors(_values_for(appeals.AppealInput, appeal), today)
            errors.apply(where, problems)
        appeal["cases"] = (
            None
            if case_refs is None
            else _check_case_links(
                appeal["cases"], f"{where}.cases", case_refs, own_ref, errors, "An appeal"
            )
        )
        if appeal["cases"] == [] and f"{where}.cases" not in errors.by_path:
            errors.add(
                f"{where}.cases", f"an appeal covers at least its own case ({_brief(own_ref)})"
            )
        result.append(appeal)
    refs = _refs_declared(listed, _join(base, "appeals"), errors) if spec.v2 else {}
    return result, refs


def _check_case_links(
    raw: Any,
    path: str,
    case_refs: Mapping[str, int],
    own_ref: str,
    errors: _Errors,
    what: str,
) -> list[str]:
    """The cases a sanctions order or an appeal covers: refs of the file's cases, its own among
    them (as the services' ``cases_problem`` requires), each once."""
    refs: list[str] = []
    items = _list(raw, path, errors)
    for k, item in enumerate(items):
        ref = _ref(item, f"{path}[{k}]", case_refs, "case", errors)
        if ref is None:
            continue
        if ref in refs:
            errors.add(f"{path}[{k}]", f"names case {_brief(ref)} twice")
        else:
            refs.append(ref)
    if refs and own_ref not in refs and path not in errors.by_path:
        errors.add(
            path, f"{_lower_first(what)} covers the case it is recorded on ({_brief(own_ref)})"
        )
    return refs


def _check(data: Any, ctx: ServiceContext, errors: _Errors) -> _Parsed | None:
    """Every check that needs no database; relations are checked within the file."""
    if not isinstance(data, dict):
        errors.add("", f"a case file is a JSON object, not {_json_type(data)}")
        return None
    if data.get("format") != FORMAT:
        errors.add("format", f'must be "{FORMAT}" (this is not an enforcement-desktop case file)')
        return None
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        errors.add("version", "must be a whole number")
        return None
    readable = ", ".join(str(v) for v in READABLE_VERSIONS[:-1])
    readable += f" and {READABLE_VERSIONS[-1]}"
    if version not in READABLE_VERSIONS:
        if 0 < version < 1000:
            newer = "newer than" if version > VERSION else "not one"
            message = f"case file version {version} is {newer} this program reads ({readable})"
        else:
            message = f"is not a case file version this program reads ({readable})"
        errors.add("version", message)
        return None
    spec = _SPECS[version]
    top_keys = _TOP_KEYS_V3 if spec.v3 else _TOP_KEYS_V2 if spec.v2 else _TOP_KEYS
    for key in data:
        if key not in top_keys:
            errors.add(_key(key), "is not a part of a case file")
    today = ctx.today()
    logins: list[tuple[str, str]] = []

    contacts_: list[tuple[ContactRole, str, dict[str, Any]]] = []
    paying = _check_contact(
        data.get("paying_parent"),
        "paying_parent",
        ContactRole.PAYING_PARENT,
        ctx,
        errors,
        spec.contact,
    )
    if paying is not None:
        contacts_.append((ContactRole.PAYING_PARENT, "paying_parent", paying))
    receiving_raw = _list(data.get("receiving_parents"), "receiving_parents", errors, required=True)
    if "receiving_parents" not in errors.by_path and not receiving_raw:
        errors.add("receiving_parents", "a case needs at least one receiving parent")
    for i, item in enumerate(receiving_raw):
        where = f"receiving_parents[{i}]"
        rp = _check_contact(item, where, ContactRole.RECEIVING_PARENT, ctx, errors, spec.contact)
        if rp is not None:
            contacts_.append((ContactRole.RECEIVING_PARENT, where, rp))
    scins: dict[str, str] = {}
    for _, where, contact in contacts_:
        scin = contact.get("scin")
        if not isinstance(scin, str):
            continue
        scin = normalise_scin(scin)
        if scin in scins:
            errors.add(f"{where}.scin", f"SCIN {_brief(scin)} is also used by {scins[scin]}")
        scins[scin] = where
    receiving_scins = {
        normalise_scin(c["scin"]): where
        for role, where, c in contacts_
        if role == ContactRole.RECEIVING_PARENT and isinstance(c.get("scin"), str)
    }
    paying_scin = normalise_scin(paying["scin"]) if paying and paying.get("scin") else None
    parties: list[tuple[str, dict[str, Any]]] = []
    party_list: list[dict[str, Any] | None] = []
    for i, item in enumerate(_list(data.get("third_parties"), "third_parties", errors)):
        where = f"third_parties[{i}]"
        party = _check_contact(item, where, None, ctx, errors, _PARTY)
        party_list.append(party)
        if party is None:
            continue
        parties.append((where, party))
        scin = party.get("scin")
        if isinstance(scin, str) and scin.strip():
            scin = normalise_scin(scin)
            if scin in scins:
                errors.add(f"{where}.scin", f"SCIN {_brief(scin)} is also used by {scins[scin]}")
            scins.setdefault(scin, where)
    party_refs = _refs_declared(party_list, "third_parties", errors)

    courts, court_refs = _check_courts(data.get("courts"), errors)
    assets_, asset_refs = _check_assets(data.get("assets"), scins, today, errors, spec)
    shared = _FileParts(
        spec=spec,
        paying_scin=paying_scin,
        receiving_scins=receiving_scins,
        subjects=frozenset(scins) | frozenset(party_refs),
        courts=courts,
        court_refs=court_refs,
        assets=assets_,
        asset_refs=asset_refs,
        logins=logins,
    )

    # Version 3 lists the paying parent's cases; versions 1 and 2 hold one, whose fields are
    # under "case" and whose records are at the top level.
    parsed_cases: list[_ParsedCase] = []
    if spec.v3:
        raw_cases = _list(data.get("cases"), "cases", errors, required=True)
        if "cases" not in errors.by_path and not raw_cases:
            errors.add("cases", "a case file holds at least one case")
        listed: list[dict[str, Any] | None] = []
        for i, item in enumerate(raw_cases):
            listed.append(_check_case(item, f"cases[{i}]", today, errors, extra=_CASE_PARTS))
        case_refs = _refs_declared(listed, "cases", errors)
        used: set[str] = set()
        for i, case in enumerate(listed):
            if case is None:
                continue
            body = _check_case_body(
                case, f"cases[{i}]", f"cases[{i}]", case, shared, case_refs, today, errors
            )
            if body is not None:
                parsed_cases.append(body)
                used.update(body.receiving)
        for scin, where in receiving_scins.items():
            if scin not in used and not any(c is None for c in listed):
                errors.add(f"{where}.scin", "is a receiving parent on none of the file's cases")
    else:
        case = _check_case(data.get("case"), "case", today, errors)
        if case is not None:
            body = _check_case_body(data, "", "case", case, shared, None, today, errors)
            if body is not None:
                parsed_cases.append(body)
    if errors or paying is None or not parsed_cases:
        return None
    return _Parsed(
        contacts=contacts_,
        courts=[(f"courts[{i}]", c) for i, c in enumerate(courts) if c is not None],
        assets=[a for a in assets_ if a is not None],
        cases=parsed_cases,
        version=version,
        third_parties=parties,
        logins=[(path, login) for path, login in logins if login],
    )


@dataclass(frozen=True, slots=True)
class _FileParts:
    """What every case of a file may refer to: its clients, courts and assets."""

    spec: _Spec
    paying_scin: str | None
    #: The receiving parents' SCINs, with where each is in the file.
    receiving_scins: Mapping[str, str]
    #: SCINs of the file's contacts and refs of its third parties (an SR's subject).
    subjects: frozenset[str]
    courts: Sequence[dict[str, Any] | None]
    court_refs: Mapping[str, int]
    assets: Sequence[dict[str, Any] | None]
    asset_refs: Mapping[str, int]
    #: Logins found, with their places (appended to while the cases are checked).
    logins: list[tuple[str, str]]


def _check_case_body(
    container: Mapping[str, Any],
    base: str,
    case_path: str,
    case: dict[str, Any],
    shared: _FileParts,
    case_refs: Mapping[str, int] | None,
    today: date,
    errors: _Errors,
) -> _ParsedCase | None:
    """A case's records: its receiving parents (version 3), maintenance payments, orders,
    appeals, SRs, notes and documents. ``container`` holds them (the case of version 3, the
    file of versions 1 and 2) and ``base`` is its path; ``case_refs`` are the file's cases
    (None: a file of one case)."""
    spec = shared.spec
    own_ref = case.get("ref") if case_refs is not None else _ONLY_CASE
    if not isinstance(own_ref, str):
        own_ref = ""
    shared.logins.append((_join(case_path, "case_manager"), case.get("case_manager") or ""))
    if case_refs is None:
        receiving = list(shared.receiving_scins)
        maintenance: list[dict[str, Any]] = []
    else:
        receiving = _check_receiving(
            container.get("receiving_parents"), _join(base, "receiving_parents"), shared, errors
        )
        maintenance = _check_maintenance(
            container.get("maintenance_payments"),
            _join(base, "maintenance_payments"),
            today,
            errors,
        )
    orders_, order_refs = _check_orders(
        container.get("orders"),
        shared.paying_scin,
        shared.courts,
        shared.court_refs,
        shared.assets,
        shared.asset_refs,
        today,
        errors,
        spec,
        base=base,
        case_refs=case_refs,
        own_ref=own_ref,
    )
    appeals_, appeal_refs = _check_appeals(
        container.get("appeals"),
        today,
        errors,
        spec,
        base=base,
        case_refs=case_refs,
        own_ref=own_ref,
    )
    srs_raw = _list(container.get("service_requests"), _join(base, "service_requests"), errors)
    srs_parsed: list[tuple[dict[str, Any] | None, bool]] = []
    sr_extra: tuple[str, ...] = ("ref", "parent", "order", "assets", "steps", "enforce_form")
    sr_extra += ("notes",)
    if spec.v2:
        sr_extra += ("subject", "reminders", "sources", "decision", "letters")
    for i, item in enumerate(srs_raw):
        before = len(errors)
        sr = _object(item, _join(base, f"service_requests[{i}]"), spec.sr, errors, extra=sr_extra)
        srs_parsed.append((sr, sr is not None and len(errors) == before))
    srs = [sr for sr, _ in srs_parsed]
    sr_refs = _refs_declared(srs, _join(base, "service_requests"), errors)
    documents, document_refs = (
        _check_documents(container.get("documents"), sr_refs, today, errors, base)
        if spec.v2
        else ([], {})
    )
    files = _SrFile(
        srs,
        sr_refs,
        orders_,
        order_refs,
        shared.assets,
        shared.asset_refs,
        shared.paying_scin,
        spec=spec,
        subjects=shared.subjects,
        appeal_refs=appeal_refs,
        document_refs=document_refs,
        logins=shared.logins,
    )
    for i, (sr, clean) in enumerate(srs_parsed):
        if sr is not None:
            where = _join(base, f"service_requests[{i}]")
            shared.logins.append((f"{where}.owner", sr.get("owner") or ""))
            if spec.v3:
                shared.logins.append((f"{where}.raised_by", sr.get("raised_by") or ""))
            _check_sr(sr, where, clean, files, today, errors)
            if spec.v2:
                _check_sr_v2(sr, where, files, today, errors)
    notes_ = _check_notes(container.get("notes"), _join(base, "notes"), today, errors)
    return _ParsedCase(
        path=case_path,
        ref=own_ref,
        case=case,
        receiving=receiving,
        orders=[o for o in orders_ if o is not None],
        appeals=appeals_,
        service_requests=[s for s in srs if s is not None],
        notes=notes_,
        documents=documents,
        maintenance_payments=maintenance,
    )


def _check_receiving(raw: Any, path: str, shared: _FileParts, errors: _Errors) -> list[str]:
    """A case's receiving parents: SCINs of receiving parents of the file, at least one."""
    result: list[str] = []
    items = _list(raw, path, errors, required=True)
    if path not in errors.by_path and not items:
        errors.add(path, "a case needs at least one receiving parent")
    for k, item in enumerate(items):
        where = f"{path}[{k}]"
        scin = normalise_scin(item) if isinstance(item, str) else None
        if scin is None or scin not in shared.receiving_scins:
            errors.add(where, "must be the SCIN of one of the file's receiving_parents")
        elif scin in result:
            errors.add(where, f"names SCIN {scin} twice")
        else:
            result.append(scin)
    return result


def _check_maintenance(raw: Any, path: str, today: date, errors: _Errors) -> list[dict[str, Any]]:
    """Ongoing maintenance due and paid on a case, each as :func:`maintenance.record_payment`
    takes it (an amount due over £0.00, a date paid exactly when something was paid, not in
    the future), one a due date."""
    result = []
    days: dict[date, int] = {}
    for j, item in enumerate(_list(raw, path, errors)):
        where = f"{path}[{j}]"
        before = len(errors)
        payment = _object(item, where, _MAINTENANCE, errors)
        if payment is None or len(errors) != before:
            continue
        due = payment["due_on"]
        if due in days:
            errors.add(f"{where}.due_on", f"{path}[{days[due]}] is due that day too")
        days.setdefault(due, j)
        data = _values_for(
            maintenance.PaymentInput,
            payment,
            **({} if "amount_paid" in payment else {"amount_paid": Decimal("0.00")}),
        )
        errors.apply(where, maintenance.payment_errors(data, today))
        result.append(payment)
    return result


def _lineage_loops(
    start: Any, parent_ref: str, items: Sequence[dict[str, Any] | None], refs: Mapping[str, int]
) -> bool:
    """Whether following parents from ``parent_ref`` comes back to ``start``."""
    seen: set[str] = set()
    current: Any = parent_ref
    while isinstance(current, str) and current in refs and current not in seen:
        if current == start:
            return True
        seen.add(current)
        item = items[refs[current]]
        current = item.get("parent") if item is not None else None
    return isinstance(current, str) and current in seen


@dataclass(frozen=True, slots=True)
class _SrFile:
    """What an SR of the file may refer to."""

    srs: Sequence[dict[str, Any] | None]
    sr_refs: Mapping[str, int]
    orders: Sequence[dict[str, Any] | None]
    order_refs: Mapping[str, int]
    assets: Sequence[dict[str, Any] | None]
    asset_refs: Mapping[str, int]
    paying_scin: str | None
    spec: _Spec = _SPECS[1]
    #: SCINs of the file's contacts and refs of its third parties (an SR's subject).
    subjects: frozenset[str] = frozenset()
    appeal_refs: Mapping[str, int] = dc_field(default_factory=dict)
    document_refs: Mapping[str, int] = dc_field(default_factory=dict)
    #: Logins found, with their places (appended to while the SRs are checked).
    logins: list[tuple[str, str]] = dc_field(default_factory=list)


def _check_sr(
    sr: dict[str, Any], where: str, clean: bool, file: _SrFile, today: date, errors: _Errors
) -> None:
    workflow = sr.get("workflow")
    category = (sr.get("process"), sr.get("area"), sr.get("sub_area"))
    if workflow is not None and all(isinstance(p, str) for p in category):
        try:
            found = workflows.workflow_for(*category)  # type: ignore[arg-type]
        except ValidationError:
            found = None
        if found != workflow:
            expected = workflows.category_for(workflow)
            given = " / ".join(category)  # type: ignore[arg-type]
            errors.add(f"{where}.sub_area", f"a {workflow.label} SR is {expected}, not {given}")
    if clean and workflow is not None:
        errors.apply(
            where,
            service_requests.sr_record_errors(
                workflow,
                sr["status"],
                sub_status=sr.get("sub_status"),
                wait_until=sr.get("wait_until"),
                resolution_code=sr.get("resolution_code"),
                owner=sr.get("owner"),
                opened_on=sr.get("opened_on"),
                closed_on=sr.get("closed_on"),
                today=today,
            ),
        )
    parent_ref = _ref(sr["parent"], f"{where}.parent", file.sr_refs, "service request", errors)
    if parent_ref is not None and (
        parent_ref == sr.get("ref")
        or _lineage_loops(sr.get("ref"), parent_ref, file.srs, file.sr_refs)
    ):
        errors.add(f"{where}.parent", "a service request cannot be its own parent (or loop)")
    order_ref = _ref(sr["order"], f"{where}.order", file.order_refs, "order", errors)
    order = file.orders[file.order_refs[order_ref]] if order_ref is not None else None
    if order is not None and order.get("order_type") not in (None, OrderType.LIABILITY_ORDER):
        errors.add(f"{where}.order", f"{order['order_type'].label} is not a liability order")
    if order_ref is not None and workflow == Workflow.BAILIFF and not _is_final(sr):
        # Seed 003 step 1: one open Bailiff SR per LO, as link_order refuses a second.
        for other in file.srs:
            if other is sr:
                break
            if (
                other is not None
                and other.get("workflow") == Workflow.BAILIFF
                and other.get("order") == order_ref
                and not _is_final(other)
            ):
                errors.add(f"{where}.order", "this LO is already with another open Bailiff SR")
    links = _list(sr["assets"], f"{where}.assets", errors)
    for j, link in enumerate(links):
        asset_ref = _ref(link, f"{where}.assets[{j}]", file.asset_refs, "asset", errors)
        asset = file.assets[file.asset_refs[asset_ref]] if asset_ref is not None else None
        owner = asset.get("contact") if asset is not None else None
        if isinstance(owner, str) and normalise_scin(owner) != file.paying_scin:
            errors.add(
                f"{where}.assets[{j}]",
                "this asset belongs to someone other than the paying parent of the case",
            )
    if len({x for x in links if isinstance(x, str)}) != len(links):
        errors.add(f"{where}.assets", "names the same asset twice")
    form_raw = sr["enforce_form"]
    form = None
    form_path = f"{where}.enforce_form"
    if form_raw is not None:
        before = len(errors)
        form = _object(form_raw, form_path, _FORM, errors)
        if form is not None and len(errors) == before:
            data = _values_for(service_requests.EnforceFormInput, form)
            problems = service_requests.enforce_form_errors(
                data, today, saved_hold=data.on_hold_until
            )
            errors.apply(form_path, problems)
    if workflow is not None:
        has_form = workflow in service_requests.FORM_WORKFLOWS
        if has_form and form_raw is None:
            errors.add(form_path, f"a {workflow.label} SR has an enforce form")
        elif not has_form and form_raw is not None:
            errors.add(form_path, f"a {workflow.label} SR has no enforce form")
    sr["enforce_form"] = form
    sr["steps"] = _check_steps(sr, where, clean, bool(links), today, errors)
    sr["notes"] = _check_notes(sr["notes"], f"{where}.notes", today, errors)
    sr["assets"] = links


def _is_final(sr: Mapping[str, Any]) -> bool:
    status = sr.get("status")
    return status is not None and workflows.is_final(status)


def _check_steps(
    sr: dict[str, Any], where: str, clean: bool, has_asset: bool, today: date, errors: _Errors
) -> list[dict[str, Any]]:
    workflow = sr.get("workflow")
    form = sr.get("enforce_form")
    steps = []
    positions: set[int] = set()
    keys: set[str] = set()
    for j, item in enumerate(_list(sr["steps"], f"{where}.steps", errors)):
        step_path = f"{where}.steps[{j}]"
        before = len(errors)
        step = _object(item, step_path, _STEP, errors)
        if step is None:
            continue
        steps.append(step)
        if len(errors) != before or workflow is None:
            continue
        key, outcome, position = step["step_key"], step["outcome"], step["position"]
        problems = service_requests.step_record_errors(
            workflow,
            key,
            outcome,
            title=step.get("title"),
            reason=step.get("reason"),
            completed_by=step.get("completed_by"),
            completed_at=step.get("completed_at"),
            today=today,
        )
        errors.apply(step_path, problems, {"step": "step_key"})
        if key in keys:
            errors.add(f"{step_path}.step_key", f"step {_brief(key)} appears twice")
        if position in positions:
            errors.add(f"{step_path}.position", f"position {position} appears twice")
        keys.add(key)
        positions.add(position)
        if (
            clean
            and workflow == Workflow.BAILIFF
            and not _is_final(sr)
            and outcome != StepOutcome.PENDING
        ):
            # The step could not be saved again (update_step) without what it relies on.
            refusal = service_requests.bailiff_step_refusal(
                key,
                sr.get("order") is not None,
                has_asset,
                bool(form and form.get("cmel8011_sent_on")),
            )
            if refusal is not None:
                errors.add(f"{step_path}.outcome", _lower_first(str(refusal)))
    return steps


def _check_documents(
    raw: Any, sr_refs: Mapping[str, int], today: date, errors: _Errors, base: str = ""
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Documents' metadata: the files themselves stay where they were written."""
    listed: list[dict[str, Any] | None] = []
    for i, item in enumerate(_list(raw, _join(base, "documents"), errors)):
        where = _join(base, f"documents[{i}]")
        before = len(errors)
        document = _object(item, where, _DOCUMENT, errors, extra=("ref", "service_request"))
        listed.append(document)
        if document is None:
            continue
        _ref(
            document["service_request"],
            f"{where}.service_request",
            sr_refs,
            "service request",
            errors,
        )
        if len(errors) != before:
            continue
        problems: dict[str, str | None] = {
            "file_name": check_text(
                document["file_name"], max_length=255, label="File name", single_line=True
            ),
            "path": _stored_path_problem(document["path"]),
            "created_by": check_text(
                document["created_by"], max_length=64, label="Who", single_line=True
            ),
            "created_at": check_past_date(document["created_at"].date(), today),
        }
        if not _SHA256_RE.fullmatch(document["sha256"]):
            problems["sha256"] = "must be 64 lower-case hexadecimal digits (a SHA-256)"
        errors.apply(where, problems)
    refs = _refs_declared(listed, _join(base, "documents"), errors)
    return [d for d in listed if d is not None], refs


def _stored_path_problem(path: str) -> str | None:
    """A document's path must stay inside the document store it is opened from."""
    parts = path.split("/")
    if (
        not path.strip()
        or path.startswith("/")
        or "\\" in path
        or ":" in path
        or any(part in ("", ".", "..") for part in parts)
    ):
        return (
            "must be a path inside the document store, written with '/' (e.g. "
            "documents/sr-12/letter.docx): no drive, no leading '/', no '..'"
        )
    return check_text(path, max_length=1000, label="Path", single_line=True)


def _check_sr_v2(
    sr: dict[str, Any], where: str, file: _SrFile, today: date, errors: _Errors
) -> None:
    """What version 2 adds to an SR: its subject, reminders, sources log, decision, letters."""
    workflow = sr.get("workflow")
    subject = sr.get("subject")
    if subject is not None:
        if not isinstance(subject, str):
            found = _json_type(subject)
            errors.add(f"{where}.subject", f"must be a SCIN or a third party's ref, not {found}")
        elif subject not in file.subjects and normalise_scin(subject) not in file.subjects:
            errors.add(
                f"{where}.subject",
                f"refers to {_brief(subject)}, which is neither a parent's SCIN in the file nor "
                "a third party of it",
            )
    sr["reminders"] = _check_reminders(sr, where, file, today, errors)
    decide = workflow is None or workflow == Workflow.DECIDE_ENFORCEMENT
    form = sr.get("enforce_form") or {}
    sources = []
    raw_sources = _list(sr.get("sources"), f"{where}.sources", errors)
    if raw_sources and not decide:
        errors.add(f"{where}.sources", "only a Decide On Enforcement Action SR has a sources log")
    for j, item in enumerate(raw_sources):
        path = f"{where}.sources[{j}]"
        before = len(errors)
        source = _object(item, path, _SOURCE, errors)
        if source is None:
            continue
        file.logins.append((f"{path}.checked_by", source.get("checked_by") or ""))
        if len(errors) == before:
            problems = rules_decide.source_entry_errors(
                source["source"],
                source["result"],
                source["checked_on"],
                source.get("note"),
                today=today,
                criminal=bool(form.get("evidence_of_criminal_activity")),
            )
            errors.apply(path, problems)
        sources.append(source)
    sr["sources"] = sources
    sr["decision"] = _check_decision(sr, where, decide, file, errors)
    sr["letters"] = _check_letters(sr, where, file, today, errors)


def _check_reminders(
    sr: dict[str, Any], where: str, file: _SrFile, today: date, errors: _Errors
) -> list[dict[str, Any]]:
    result = []
    for j, item in enumerate(_list(sr.get("reminders"), f"{where}.reminders", errors)):
        path = f"{where}.reminders[{j}]"
        before = len(errors)
        reminder = _object(item, path, _REMINDER, errors, extra=("kind", "about"))
        if reminder is None:
            continue
        file.logins.append((f"{path}.owner", reminder.get("owner") or ""))
        file.logins.append((f"{path}.done_by", reminder.get("done_by") or ""))
        kind, about = reminder["kind"], reminder["about"]
        kinds = [MANUAL, *(k.value for k in ReminderKind)]
        if kind not in kinds:
            errors.add(f"{path}.kind", f"{_brief(kind)} is not one of: {', '.join(kinds)}")
        elif kind == MANUAL:
            if about is not None:
                errors.add(f"{path}.about", "a reminder set by hand is about its own SR: null")
            note = reminder.get("note")
            errors.apply(
                path,
                {
                    "note": check_text(
                        note,
                        required=True,
                        max_length=REMINDER_NOTE_MAX_LENGTH,
                        label="What to do",
                    )
                },
            )
        else:
            what = _ABOUT[ReminderKind(kind)]
            known: Mapping[str, Any] = {
                "case": {"case": 0},
                "sr": file.sr_refs,
                "order": file.order_refs,
                "appeal": file.appeal_refs,
            }[what]
            if about is None:
                errors.add(f"{path}.about", f"a {kind} reminder names its {what} (a ref)")
            else:
                _ref(about, f"{path}.about", known, what, errors)
            if reminder.get("done_on") is None and len(errors) == before:
                # The procedures' reminders are worked out again from the records; only the
                # row that keeps one done is stored.
                errors.add(f"{path}.done_on", f"a {kind} reminder is carried only once done")
        done_on, done_by = reminder.get("done_on"), reminder.get("done_by")
        if (done_on is None) != (done_by is None) and len(errors) == before:
            errors.add(f"{path}.done_by", "a reminder done says when and by whom, together")
        if done_on is not None:
            errors.apply(path, {"done_on": check_past_date(done_on, today)})
        result.append(reminder)
    return result


def _check_decision(
    sr: dict[str, Any], where: str, decide: bool, file: _SrFile, errors: _Errors
) -> dict[str, Any] | None:
    raw = sr.get("decision")
    if raw is None:
        return None
    path = f"{where}.decision"
    if not decide:
        errors.add(path, "only a Decide On Enforcement Action SR has a decision")
        return None
    before = len(errors)
    decision = _object(raw, path, _DECISION, errors, extra=("powers", "opened"))
    if decision is None:
        return None
    file.logins.append((f"{path}.decided_by", decision.get("decided_by") or ""))
    powers = _list(decision["powers"], f"{path}.powers", errors, required=True)
    allowed = [p.value for p in Power]
    if not powers and f"{path}.powers" not in errors.by_path:
        errors.add(f"{path}.powers", "a decision names at least one power")
    for k, power in enumerate(powers):
        if power not in allowed:
            errors.add(
                f"{path}.powers[{k}]", f"{_brief(power)} is not one of: {', '.join(allowed)}"
            )
    opened = _list(decision["opened"], f"{path}.opened", errors)
    for k, ref in enumerate(opened):
        _ref(ref, f"{path}.opened[{k}]", file.sr_refs, "service request", errors)
    if len(errors) == before:
        if not decision["welfare_statement"].strip():
            errors.add(
                f"{path}.welfare_statement", "the welfare-of-the-child statement is required"
            )
        worked_out = rules_decide.DecisionSnapshot.of(decision["snapshot"]).sha256
        if decision["snapshot_sha256"] != worked_out:
            errors.add(
                f"{path}.snapshot_sha256",
                f"does not match the snapshot (its SHA-256 is {worked_out}): the snapshot was "
                "changed after the decision",
            )
    return decision


def _check_letters(
    sr: dict[str, Any], where: str, file: _SrFile, today: date, errors: _Errors
) -> list[dict[str, Any]]:
    result = []
    for j, item in enumerate(_list(sr.get("letters"), f"{where}.letters", errors)):
        path = f"{where}.letters[{j}]"
        before = len(errors)
        letter = _object(item, path, _LETTER, errors, extra=("document", "reply_document"))
        if letter is None:
            continue
        file.logins.append((f"{path}.sent_by", letter.get("sent_by") or ""))
        for key in ("document", "reply_document"):
            _ref(letter[key], f"{path}.{key}", file.document_refs, "document", errors)
        if len(errors) == before:
            sent, received = letter["sent_on"], letter.get("reply_received_on")
            problems = {
                "recipient_name": check_text(
                    letter["recipient_name"], max_length=200, label="Recipient", single_line=True
                ),
                "sent_on": check_past_date(sent, today, required=True),
                "reply_received_on": check_past_date(received, today),
            }
            if received is not None and received < sent:
                problems["reply_received_on"] = (
                    problems["reply_received_on"] or "a reply cannot come before the letter went"
                )
            due = letter.get("reply_due")
            if due is not None and due <= sent:
                problems["reply_due"] = "the reply is due after the letter was sent"
            errors.apply(path, problems)
        result.append(letter)
    return result


def validate_case_file(ctx: ServiceContext, data: Any) -> None:
    """Check case file data without writing anything.

    Args:
        ctx: Service context (its database is read to check the SCINs are new).
        data: The parsed JSON.

    Raises:
        ValidationError: Each problem under its JSON path.
    """
    errors = _Errors()
    parsed = _check(data, ctx, errors)
    if parsed is not None:
        with ctx.unit_of_work() as session:
            _check_database(session, parsed, errors)
    if errors:
        raise ValidationError(errors.by_path)


#: Where the one message naming everything the target database lacks is filed.
MISSING_PATH = "(this database)"


def _check_database(session: Session, parsed: _Parsed, errors: _Errors) -> None:
    """The checks that read the target database: the clients are new to it, each case's region
    is in its regions list (the listed spelling is kept), a court it already knows by the
    name (whose figures are kept) is of the kind the file says, and each login the file names
    is one of its users. What it lacks (regions, users) is also said in one message, first,
    with the commands that add it."""
    regions = region_names(session)
    missing_regions: list[str] = []
    for case in parsed.cases:
        name = case.case["region"]
        listed, problem = match_region(name, regions)
        if listed is None:
            errors.add(_join(case.path, "region"), problem or "Region is required")
            # A misspelling of a listed region is to be corrected in the file, not added.
            close = problem is not None and "Did you mean" in problem
            if (
                check_region_name(name) is None
                and not close
                and name.strip() not in missing_regions
            ):
                missing_regions.append(name.strip())
        else:
            case.case["region"] = listed
    scinned = [(where, c) for _, where, c in parsed.contacts] + [
        (where, c) for where, c in parsed.third_parties if (c.get("scin") or "").strip()
    ]
    for where, contact in scinned:
        scin = normalise_scin(contact["scin"])
        if session.scalar(select(Contact.id).where(Contact.scin == scin)) is not None:
            errors.add(f"{where}.scin", f"SCIN {scin} is already in this database")
    # Users by login: each must be a user of this database (an SR owned by a login nobody has
    # would be in no one's work queue). Refused rather than given to the importer, so that who
    # did what stays true; the importer adds the user first.
    wanted = {login for _, login in parsed.logins}
    users = (
        set(session.scalars(select(AppUser.login).where(AppUser.login.in_(sorted(wanted)))))
        if wanted
        else set()
    )
    missing_logins: list[str] = []
    for where, login in parsed.logins:
        if login not in users:
            errors.add(
                where,
                f"no user of this database has the login {_brief(login)}: add them as a user "
                "first (Users), then import again",
            )
            if login not in missing_logins:
                missing_logins.append(login)
    for where, court in parsed.courts:
        known = session.scalar(
            select(Court).where(func.lower(Court.name) == court["name"].strip().lower())
        )
        if known is not None and known.kind != court["kind"]:
            errors.add(
                f"{where}.kind",
                f"this database already has {known.name} as a {known.kind.label} court",
            )
    if missing_regions or missing_logins:
        message = missing_message(missing_regions, missing_logins)
        errors.by_path = {MISSING_PATH: message, **errors.by_path}


def missing_message(regions: Sequence[str], logins: Sequence[str]) -> str:
    """One message naming the regions and users a database lacks, and the commands adding them.

    Args:
        regions: Region names the file gives that the regions list lacks.
        logins: Logins the file names that no user has.

    Returns:
        E.g. ``this database lacks the region 'Midlands' and the user 'test.user' the file
        names: add them, then import again: enforcement-desktop region add Midlands (a team
        leader); enforcement-desktop user add test.user --name "NAME" (...)``.
    """
    lacks: list[str] = []
    commands: list[str] = []
    if regions:
        word = "region" if len(regions) == 1 else "regions"
        lacks.append(f"the {word} {', '.join(_brief(r) for r in regions)}")
        commands += [f"enforcement-desktop region add {shlex.quote(r)}" for r in regions]
    if logins:
        word = "user" if len(logins) == 1 else "users"
        lacks.append(f"the {word} {', '.join(_brief(x) for x in logins)}")
        commands += [f'enforcement-desktop user add {shlex.quote(x)} --name "NAME"' for x in logins]
    who = []
    if regions:
        who.append("regions are added by a team leader")
    if logins:
        who.append(
            "users by a team leader (the first user of a new database becomes its team "
            "leader), or in the application under Users"
        )
    them = "it" if len(commands) == 1 else "them"
    return (
        f"this database lacks {' and '.join(lacks)} that the file names: add {them}, then "
        f"import again: {'; '.join(commands)} ({'; '.join(who)})"
    )


# --------------------------------------------------------------------------- import


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import wrote."""

    scin: str
    #: The first case of the file (the one a user is shown).
    case_id: int
    contacts: int
    assets: int
    orders: int
    payments: int
    appeals: int
    service_requests: int
    notes: int
    courts_created: int
    courts_matched: int
    #: Every case written, in the file's order.
    case_ids: tuple[int, ...] = ()
    maintenance_payments: int = 0

    def describe(self) -> str:
        """One line for the user, e.g. "Imported case 12 (SCIN 121000000001): ..."."""
        ids = self.case_ids or (self.case_id,)
        if len(ids) == 1:
            which = f"case {ids[0]}"
        else:
            which = f"cases {', '.join(str(i) for i in ids[:-1])} and {ids[-1]}"
        maintenance = (
            f", {self.maintenance_payments} maintenance payments"
            if self.maintenance_payments
            else ""
        )
        return (
            f"Imported {which} (SCIN {self.scin}): {self.contacts} contacts, "
            f"{self.assets} assets, {self.orders} orders with {self.payments} payments, "
            f"{self.appeals} appeals, {self.service_requests} service requests, {self.notes} "
            f"notes{maintenance}; courts: {self.courts_created} added, {self.courts_matched} "
            "already known."
        )


def import_case(ctx: ServiceContext, data: Any) -> ImportSummary:
    """Check case file data completely, then write it in one unit of work.

    A version 3 file writes every case of its paying parent, with the sanctions orders' and
    appeals' links between them; a version 1 or 2 file writes its one case.

    Courts are matched by name (case-insensitive) with the courts already known, whose figures
    are kept; courts not known are added. Every record written gets a "create" audit event, and
    each case one "import" event.

    Args:
        ctx: Service context.
        data: The parsed JSON of a case file.

    Returns:
        What was written.

    Raises:
        ValidationError: Each problem under its JSON path (and, when the database lacks
            regions or users the file names, one message naming them all under
            ``(this database)``); nothing was written.
    """
    errors = _Errors()
    parsed = _check(data, ctx, errors)
    if parsed is None:
        raise ValidationError(errors.by_path)
    with ctx.unit_of_work() as session:
        _check_database(session, parsed, errors)
        if errors:
            raise ValidationError(errors.by_path)
        return _write(session, ctx, parsed)


@dataclass
class _Written:
    """Counts and ids of what an import wrote, gathered as it goes."""

    contact_ids: dict[str, int]
    party_ids: dict[str, int]
    court_ids: dict[str, int]
    asset_ids: dict[str, int]
    case_ids: dict[str, int] = dc_field(default_factory=dict)
    #: Sanctions orders and appeals with the refs of the cases they cover (None: their own).
    links: list[tuple[EnforcementOrder | Appeal, int, list[str] | None]] = dc_field(
        default_factory=list
    )
    notes: int = 0
    payments: int = 0
    maintenance: int = 0


def _write(session: Session, ctx: ServiceContext, parsed: _Parsed) -> ImportSummary:
    contact_ids: dict[str, int] = {}
    paying_id = 0
    pending_contact_notes: list[tuple[int, list[dict[str, Any]]]] = []
    for role, _, data in parsed.contacts:
        contact = _write_contact(session, ctx, role, data)
        contact_ids[contact.scin or ""] = contact.id
        pending_contact_notes.append((contact.id, data["notes"]))
        if role == ContactRole.PAYING_PARENT:
            paying_id = contact.id
    party_ids: dict[str, int] = {}
    for _, data in parsed.third_parties:
        party = _write_contact(session, ctx, data["role"], data)
        party_ids[data["ref"]] = party.id
        pending_contact_notes.append((party.id, data["notes"]))
    payer_scin = normalise_scin(parsed.contacts[0][2]["scin"])

    cases_written: list[Case] = []
    for parsed_case in parsed.cases:
        case = Case(
            paying_parent_id=paying_id,
            **{k: v for k, v in _present(parsed_case.case).items() if k not in _CASE_PARTS},
        )
        session.add(case)
        record_created(session, ctx, case, "case", summary=payer_scin)
        cases_written.append(case)
    first_case = cases_written[0].id
    contact_notes_written = 0
    for contact_id, contact_notes in pending_contact_notes:
        contact_notes_written += _write_notes(
            session, ctx, contact_notes, first_case, contact_id=contact_id
        )

    court_ids: dict[str, int] = {}
    created = matched = 0
    for _, data in parsed.courts:
        existing = session.scalar(
            select(Court).where(func.lower(Court.name) == data["name"].strip().lower())
        )
        if existing is not None:
            court_ids[data["ref"]] = existing.id
            matched += 1
            continue
        court = Court(**_present({k: v for k, v in data.items() if k != "ref"}))
        court.name = court.name.strip()
        session.add(court)
        record_created(session, ctx, court, "court", summary=court.name)
        court_ids[data["ref"]] = court.id
        created += 1

    asset_ids: dict[str, int] = {}
    for data in parsed.assets:
        values = {k: v for k, v in data.items() if k not in ("ref", "contact")}
        asset = Asset(contact_id=contact_ids[normalise_scin(data["contact"])], **_present(values))
        session.add(asset)
        record_created(session, ctx, asset, "asset", case_id=first_case)
        asset_ids[data["ref"]] = asset.id

    written = _Written(contact_ids, party_ids, court_ids, asset_ids)
    written.notes = contact_notes_written
    for parsed_case, case in zip(parsed.cases, cases_written, strict=True):
        written.case_ids[parsed_case.ref] = case.id
        _write_case(session, ctx, parsed_case, case, written)
    # The links last: a sanctions order or appeal may cover a case listed after its own.
    for record, home, refs in written.links:
        targets = [written.case_ids[ref] for ref in refs] if refs is not None else [home]
        for case_id in targets:
            if isinstance(record, EnforcementOrder):
                link: OrderCase | AppealCase = OrderCase(order_id=record.id, case_id=case_id)
                entity = "order_case"
            else:
                link = AppealCase(appeal_id=record.id, case_id=case_id)
                entity = "appeal_case"
            session.add(link)
            record_created(session, ctx, link, entity, case_id=home)
    session.flush()
    # Priority and urgency are derived from the orders and assets just written.
    refresh_attention(session, paying_id)
    for case in cases_written:
        record_event(
            session,
            ctx,
            action="import",
            entity="case",
            entity_id=case.id,
            case_id=case.id,
            new=f"case file version {parsed.version}",
        )
    return ImportSummary(
        scin=payer_scin,
        case_id=first_case,
        contacts=len(parsed.contacts),
        assets=len(parsed.assets),
        orders=sum(len(c.orders) for c in parsed.cases),
        payments=written.payments,
        appeals=sum(len(c.appeals) for c in parsed.cases),
        service_requests=sum(len(c.service_requests) for c in parsed.cases),
        notes=written.notes,
        courts_created=created,
        courts_matched=matched,
        case_ids=tuple(c.id for c in cases_written),
        maintenance_payments=written.maintenance,
    )


def _write_case(
    session: Session,
    ctx: ServiceContext,
    parsed: _ParsedCase,
    case: Case,
    written: _Written,
) -> None:
    """One case's receiving parent links, maintenance payments, orders, appeals, SRs,
    documents and notes (the clients, courts and assets are written already)."""
    for scin in parsed.receiving:
        link = CaseReceivingParent(case_id=case.id, contact_id=written.contact_ids[scin])
        session.add(link)
        record_created(session, ctx, link, "case_receiving_parent", case_id=case.id)
    for data in parsed.maintenance_payments:
        maintenance = MaintenancePayment(case_id=case.id, **_present(data))
        session.add(maintenance)
        record_created(session, ctx, maintenance, "maintenance_payment", case_id=case.id)
        written.maintenance += 1

    order_ids: dict[str, int] = {}
    orders: list[tuple[EnforcementOrder, dict[str, Any]]] = []
    for data in parsed.orders:
        values = {
            k: v
            for k, v in data.items()
            if k not in ("ref", "court", "parent", "asset", "payments", "cases")
            and k not in ("instalments", "legacy_actions")
        }
        order = EnforcementOrder(
            case_id=case.id,
            court_id=written.court_ids[data["court"]] if data["court"] else None,
            asset_id=written.asset_ids[data["asset"]] if data["asset"] else None,
            **_present(values),
        )
        session.add(order)
        record_created(
            session, ctx, order, "enforcement_order", case_id=case.id, summary=order.reference
        )
        if order.order_type == OrderType.SANCTIONS_ORDER:
            written.links.append((order, case.id, data.get("cases")))
        order_ids[data["ref"]] = order.id
        orders.append((order, data))
        for payment_data in data["payments"]:
            payment = OrderPayment(order_id=order.id, **_present(payment_data))
            session.add(payment)
            record_created(session, ctx, payment, "order_payment", case_id=case.id)
            written.payments += 1
        for instalment_data in data["instalments"]:
            instalment = RdoInstalment(order_id=order.id, **instalment_data)
            session.add(instalment)
            record_created(session, ctx, instalment, "rdo_instalment", case_id=case.id)
        for action_data in data["legacy_actions"]:
            action = LegacyAction(order_id=order.id, **action_data)
            session.add(action)
            record_created(session, ctx, action, "legacy_action", case_id=case.id)
    # Parents second: the file may list an order before the one it rests on.
    for order, data in orders:
        if data["parent"]:
            order.parent_order_id = order_ids[data["parent"]]

    appeal_ids: dict[str, int] = {}
    for data in parsed.appeals:
        appeal = Appeal(
            case_id=case.id, **{k: v for k, v in data.items() if k not in ("ref", "cases")}
        )
        session.add(appeal)
        record_created(session, ctx, appeal, "appeal", case_id=case.id)
        written.links.append((appeal, case.id, data.get("cases")))
        if data.get("ref"):
            appeal_ids[data["ref"]] = appeal.id

    sr_ids: dict[str, int] = {}
    srs: list[tuple[ServiceRequest, dict[str, Any]]] = []
    for data in parsed.service_requests:
        values = {
            k: v
            for k, v in data.items()
            if k not in ("ref", "parent", "order", "assets", "steps", "enforce_form", "notes")
            and k not in ("subject", "reminders", "sources", "decision", "letters")
        }
        subject = data.get("subject")
        sr = ServiceRequest(
            case_id=case.id,
            order_id=order_ids[data["order"]] if data["order"] else None,
            subject_contact_id=(
                (written.party_ids.get(subject) or written.contact_ids[normalise_scin(subject)])
                if subject
                else None
            ),
            **_present(values),
        )
        session.add(sr)
        record_created(
            session, ctx, sr, "service_request", case_id=case.id, summary=sr.workflow.value
        )
        sr_ids[data["ref"]] = sr.id
        srs.append((sr, data))
        for step_data in data["steps"]:
            step = ActivityStep(service_request_id=sr.id, **_present(step_data))
            session.add(step)
            record_created(session, ctx, step, "activity_step", case_id=case.id)
        if data["enforce_form"] is not None:
            form = EnforceForm(service_request_id=sr.id, **_present(data["enforce_form"]))
            session.add(form)
            record_created(session, ctx, form, "enforce_form", case_id=case.id)
        for asset_ref in data["assets"]:
            link_asset = ServiceRequestAsset(
                service_request_id=sr.id, asset_id=written.asset_ids[asset_ref]
            )
            session.add(link_asset)
            record_created(session, ctx, link_asset, "service_request_asset", case_id=case.id)
        written.notes += _write_notes(
            session, ctx, data["notes"], case.id, service_request_id=sr.id
        )
    for sr, data in srs:
        if data["parent"]:
            sr.parent_id = sr_ids[data["parent"]]
    ids = _Ids(case.id, sr_ids, order_ids, appeal_ids, {})
    for data in parsed.documents:
        document = Document(
            case_id=case.id,
            service_request_id=sr_ids[data["service_request"]] if data["service_request"] else None,
            **{k: v for k, v in data.items() if k not in ("ref", "service_request")},
        )
        session.add(document)
        record_created(session, ctx, document, "document", case_id=case.id)
        ids.documents[data["ref"]] = document.id
    for sr, data in srs:
        _write_sr_v2(session, ctx, sr, data, ids)
    written.notes += _write_notes(session, ctx, parsed.notes, case.id, case_note=True)


@dataclass(frozen=True, slots=True)
class _Ids:
    """The ids the import gave the file's records, by their refs."""

    case: int
    srs: dict[str, int]
    orders: dict[str, int]
    appeals: dict[str, int]
    documents: dict[str, int]

    def about(self, kind: ReminderKind, ref: str) -> int:
        what = _ABOUT[kind]
        if what == "case":
            return self.case
        return {"sr": self.srs, "order": self.orders, "appeal": self.appeals}[what][ref]


def _write_sr_v2(
    session: Session, ctx: ServiceContext, sr: ServiceRequest, data: Mapping[str, Any], ids: _Ids
) -> None:
    """An SR's reminders, sources log, decision and letters (version 2), once every SR, order,
    appeal and document of the file has its id."""
    case_id = ids.case
    for item in data.get("reminders") or ():
        kind = item["kind"]
        if kind != MANUAL:
            # The procedure reminder's key names its record by id: the new one.
            procedure = ReminderKind(kind)
            record_id = ids.about(procedure, item["about"])
            kind = f"{procedure.value}:{record_id}:{item['due_on'].isoformat()}"
        values = {k: v for k, v in item.items() if k not in ("kind", "about")}
        reminder = Reminder(service_request_id=sr.id, kind=kind, **values)
        session.add(reminder)
        record_created(session, ctx, reminder, "reminder", case_id=case_id)
    for item in data.get("sources") or ():
        source = SourceCheck(service_request_id=sr.id, **item)
        session.add(source)
        record_created(session, ctx, source, "source_check", case_id=case_id)
    decision = data.get("decision")
    if decision is not None:
        values = {k: v for k, v in decision.items() if k not in ("powers", "opened")}
        row = EnforcementDecision(
            service_request_id=sr.id,
            powers=",".join(decision["powers"]),
            opened_sr_ids=",".join(str(ids.srs[ref]) for ref in decision["opened"]),
            **values,
        )
        session.add(row)
        record_created(session, ctx, row, "enforcement_decision", case_id=case_id)
    for item in data.get("letters") or ():
        values = {k: v for k, v in item.items() if k not in ("document", "reply_document")}
        letter = Letter(
            case_id=case_id,
            service_request_id=sr.id,
            document_id=ids.documents[item["document"]] if item["document"] else None,
            reply_document_id=(
                ids.documents[item["reply_document"]] if item["reply_document"] else None
            ),
            **values,
        )
        session.add(letter)
        record_created(session, ctx, letter, "letter", case_id=case_id)


def _write_contact(
    session: Session, ctx: ServiceContext, role: ContactRole, data: Mapping[str, Any]
) -> Contact:
    """A contact with its addresses and vehicles (its notes are written with the case's)."""
    values: dict[str, Any] = {f.name: data[f.name] for f in _CONTACT_V2 if f.name in data}
    first, last = str(data["first_name"]).strip(), str(data["last_name"]).strip()
    scin = normalise_scin(data["scin"]) if (data.get("scin") or "").strip() else None
    values.update(scin=scin, first_name=first, last_name=last)
    if data.get("nino"):
        values["nino"] = normalise_nino(data["nino"])
    contact = Contact(role=role, **contacts.name_keys(first, last), **values)
    session.add(contact)
    record_created(session, ctx, contact, "contact", summary=contact.full_name)
    for address_data in data["addresses"]:
        address = Address(contact_id=contact.id, **_present(address_data))
        if address.postcode:
            address.postcode = normalise_postcode(address.postcode)
        session.add(address)
        record_created(session, ctx, address, "address", summary=address.line1)
    for vehicle_data in data["vehicles"]:
        values_v = _present(vehicle_data)
        reg = values_v["registration"].strip()
        values_v["registration"] = stored_registration(reg)
        vehicle = Vehicle(contact_id=contact.id, **values_v)
        session.add(vehicle)
        record_created(session, ctx, vehicle, "vehicle", summary=vehicle.registration)
    return contact


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    """Fields given in the file; absent ones keep the model's default."""
    return {k: v for k, v in values.items() if k not in ("addresses", "vehicles", "notes")}


def _write_notes(
    session: Session,
    ctx: ServiceContext,
    notes: Iterable[dict[str, Any]],
    case_id: int,
    *,
    contact_id: int | None = None,
    service_request_id: int | None = None,
    case_note: bool = False,
) -> int:
    count = 0
    for data in notes:
        note = Note(
            case_id=case_id if case_note else None,
            contact_id=contact_id,
            service_request_id=service_request_id,
            author=data["author"],
            text=data["text"],
            created_at=data["created_at"],
        )
        session.add(note)
        record_created(session, ctx, note, "note", case_id=case_id)
        count += 1
    return count
