"""Third-party letters and their register (Enforcement Action – Consider, steps 9-11).

:func:`send_letter` writes a letter (Word, for the case manager to edit or tick before printing)
into the document store, records it as a document of the SR and registers it: code, recipient,
date sent, the reply's due date (the wait the case manager sets). The SR's "Letter Outbound
(Request 3rd Party)" step is marked Done with the first letter. :func:`record_reply` records the
reply: its date and, when given, the document received (copied into the store).

Refused, with nothing written or saved: a letter to a recipient it is not for, a letter to a bank
or building society by a user outside the Deduction Order Team and the Financial Investigations
Unit, a reply due on or before the day sent, a reply received before the letter was sent; the
DVLA request (CMEL9235 to the regional CSA SPOC, VQ615) when criminal action is not being
considered on the SR, and VQ615 while no vehicle is recorded for the paying parent or the
office's data protection registration (unexpired) or legislation is not recorded.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.documents.atomic import make_private_folder
from enforcement_desktop.documents.data import CmsContact, PostalAddress, VehicleDetails, clean_text
from enforcement_desktop.documents.dvla_letters import (
    AnyDvlaLetter,
    DvlaEnquiryRequest,
    Vq615Request,
)
from enforcement_desktop.documents.letter_forms import build_letter
from enforcement_desktop.documents.third_party_letters import (
    AnyLetter,
    CouncilItem,
    CouncilRequest,
    InformationRequest,
    LetterHead,
    ReceivingParentQuestionnaire,
    ReceivingParentRequest,
)
from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.dvla import NO_VEHICLE, dvla_letter_refusal, vq615_settings_problems
from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    DocumentType,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.domain.letters import (
    Cmel9251Variant,
    LetterCode,
    RecipientKind,
    bank_letter_refusal,
    recipient_problem,
    reply_date_problem,
    reply_due_problem,
)
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services.attachments import record_staged, remove_staged, stage_file
from enforcement_desktop.services.base import apply_changes, check_version, record_created
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import (
    file_digest,
    publish_new,
    stored_document_path,
    unused_names,
)
from enforcement_desktop.services.policy import read_dvla_settings
from enforcement_desktop.services.service_requests import (
    load_sr,
    record_document,
    require_editable,
)
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import (
    Address,
    Case,
    Contact,
    Document,
    Letter,
    ServiceRequest,
)

_log = logging.getLogger(__name__)

#: The plan step the first letter marks Done (seed 000 step 10).
LETTER_STEP = "letter_outbound"

#: The third-party letters drafted here (the arrears letters are services.arrears_letters').
DRAFTED = (
    LetterCode.CMEL9251,
    LetterCode.CMEL9236,
    LetterCode.CMEL7183,
    LetterCode.CMEL9253,
    LetterCode.FT9253,
    LetterCode.CMEL9235,
    LetterCode.VQ615,
)

#: The DVLA request: CMEL9235 to the regional CSA SPOC, who submits VQ615 to the DVLA.
DVLA_LETTERS = (LetterCode.CMEL9235, LetterCode.VQ615)

_DOC_TYPES = {code: DocumentType(code.value.lower()) for code in LetterCode}


@dataclass(frozen=True, slots=True)
class LetterDTO:
    """One letter of the register, as the screens and the command line show it."""

    id: int
    version: int
    service_request_id: int
    code: LetterCode
    recipient_kind: RecipientKind
    recipient_name: str
    sent_on: date
    sent_by: str
    reply_due: date | None
    reply_received_on: date | None
    #: The letter written (its path relative to the document store), if still recorded.
    document_path: str | None
    #: The reply received, if attached.
    reply_file_name: str | None
    reply_path: str | None

    def is_overdue(self, today: date) -> bool:
        """Whether the reply is due before ``today`` and has not come."""
        return (
            self.reply_received_on is None and self.reply_due is not None and self.reply_due < today
        )


@dataclass(frozen=True)
class LetterInput:
    """What the case manager chooses for a letter; the rest comes from the system.

    Args:
        code: Which letter.
        recipient: Who it goes to (must suit the letter).
        reply_due: The wait set for the reply (after today).
        recipient_name: An employer, third party, bank or council's name (an employer's
            defaults to the one recorded for the paying parent).
        recipient_address: Their address lines, the postcode last.
        information_about: CMEL9251: what the information relates to.
        variant: CMEL9251: approached but failed to supply, or unable to trace.
        include_nino, include_address, include_date_of_birth: CMEL9251 / CMEL9253: the optional
            paragraphs giving the paying parent's details.
        information_needed, reason: CMEL7183's free-text inputs; ``reason`` is also why the
            DVLA is asked (CMEL9235, VQ615).
        council_items: CMEL9253 / FT9253: the boxes ticked.
    """

    code: LetterCode
    recipient: RecipientKind
    reply_due: date | None
    recipient_name: str | None = None
    recipient_address: tuple[str, ...] = ()
    information_about: str | None = None
    variant: Cmel9251Variant | None = None
    include_nino: bool = False
    include_address: bool = False
    include_date_of_birth: bool = False
    information_needed: str | None = None
    reason: str | None = None
    council_items: frozenset[CouncilItem] = field(default_factory=frozenset)


def letter_dto(letter: Letter, documents: dict[int, Document]) -> LetterDTO:
    """The register row of ``letter``; ``documents`` holds its documents by id."""
    written = documents.get(letter.document_id) if letter.document_id else None
    reply = documents.get(letter.reply_document_id) if letter.reply_document_id else None
    return LetterDTO(
        id=letter.id,
        version=letter.version,
        service_request_id=letter.service_request_id,
        code=letter.code,
        recipient_kind=letter.recipient_kind,
        recipient_name=letter.recipient_name,
        sent_on=letter.sent_on,
        sent_by=letter.sent_by,
        reply_due=letter.reply_due,
        reply_received_on=letter.reply_received_on,
        document_path=written.path if written is not None else None,
        reply_file_name=reply.file_name if reply is not None else None,
        reply_path=reply.path if reply is not None else None,
    )


def letters_of(session: Session, sr_id: int) -> tuple[LetterDTO, ...]:
    """The SR's letters, newest first, in two statements (the letters, then their documents)."""
    rows = session.scalars(
        select(Letter)
        .where(Letter.service_request_id == sr_id)
        .order_by(Letter.sent_on.desc(), Letter.id.desc())
    ).all()
    ids = {i for r in rows for i in (r.document_id, r.reply_document_id) if i is not None}
    documents = (
        {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
        if ids
        else {}
    )
    return tuple(letter_dto(r, documents) for r in rows)


def list_letters(ctx: ServiceContext, sr_id: int) -> tuple[LetterDTO, ...]:
    """The register of one SR, newest first."""
    with ctx.reading() as session:
        load_sr(session, sr_id)
        return letters_of(session, sr_id)


# --------------------------------------------------------------------------- building


def _text(value: object) -> str:
    return clean_text(value).strip()


def _current(contact: Contact, kind: AddressType) -> Address | None:
    return next((a for a in contact.addresses if a.is_current and a.address_type == kind), None)


def _postal(address: Address | None) -> PostalAddress | None:
    if address is None:
        return None
    lines = tuple(x for x in (address.line1, address.line2, address.town) if x)
    return PostalAddress(lines, address.postcode or "")


def _where_to_write(contact: Contact) -> Address | None:
    """Correspondence address (unless DLO or NFA), else residential."""
    correspondence = _current(contact, AddressType.CORRESPONDENCE)
    if correspondence is not None and correspondence.marker == AddressMarker.NONE:
        return correspondence
    return _current(contact, AddressType.RESIDENTIAL)


def _where_they_live(contact: Contact) -> Address | None:
    return _current(contact, AddressType.RESIDENTIAL) or _current(
        contact, AddressType.CORRESPONDENCE
    )


def _case_manager(session: Session, ctx: ServiceContext, sr: ServiceRequest) -> CmsContact:
    """Who signs: the SR's owner, else the user; refused when their details are incomplete."""
    login = sr.owner or ctx.user
    user = find_user(session, login)
    if user is None:
        raise RuleViolation(
            "The letter cannot be signed",
            [f"the login '{login}' has no user record: ask a team leader to add it (Users…)"],
        )
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
    missing = [
        f for f in contact.missing() if f in ("name", "phone", "office_address", "office_postcode")
    ]
    if missing:
        from enforcement_desktop.documents.data import CMS_CONTACT_LABELS

        what = ", ".join(CMS_CONTACT_LABELS[f] for f in missing)
        raise RuleViolation(
            "The letter cannot be signed",
            [f"the user record of '{login}' has no {what}: ask a team leader to add it (Users…)"],
        )
    return contact


def _receiving_parent(case: Case) -> Contact:
    links = sorted(case.receiving_parent_links, key=lambda x: x.id)
    if not links:
        raise RuleViolation("The letter cannot be written", ["the case has no receiving parent"])
    return links[0].contact


def _input_errors(data: LetterInput, today: date) -> dict[str, str]:
    errors: dict[str, str | None] = {}
    errors["recipient"] = recipient_problem(data.code, data.recipient)
    if data.code not in DRAFTED:
        errors["code"] = (
            f"{data.code.value} is an arrears letter: it is sent from the Arrears letters tab of "
            "the Arrears Review (or 'letter CODE SCIN --sr N' on the command line)"
        )
    if data.reply_due is None:
        errors["reply_due"] = "Set the date the reply is due (the wait for it)"
    else:
        errors["reply_due"] = reply_due_problem(today, data.reply_due)
    third_party = data.recipient in (
        RecipientKind.THIRD_PARTY,
        RecipientKind.BANK,
        RecipientKind.COUNCIL,
    )
    if third_party and not _text(data.recipient_name):
        errors["recipient_name"] = f"Name the {data.recipient.label.lower()} written to"
    if data.code is LetterCode.CMEL9251:
        if data.variant is None:
            errors["variant"] = "Choose: approached but failed to supply, or unable to trace"
        if not _text(data.information_about):
            errors["information_about"] = "Say what the information relates to"
    if data.code is LetterCode.CMEL7183:
        if not _text(data.information_needed):
            errors["information_needed"] = "Say what information is needed"
        if not _text(data.reason):
            errors["reason"] = "Say why the information is needed"
    if data.code in DVLA_LETTERS and not _text(data.reason):
        errors["reason"] = "Say why the DVLA is asked (the reason the VQ615 gives)"
    if data.code in (LetterCode.CMEL9253, LetterCode.FT9253) and not data.council_items:
        errors["council_items"] = "Tick at least one piece of information needed"
    for name in ("recipient_name", "information_about", "information_needed", "reason"):
        value = getattr(data, name)
        if value is not None and len(value) > (200 if name == "recipient_name" else 2000):
            errors[name] = errors.get(name) or "Too long"
    return {k: v for k, v in errors.items() if v}


@dataclass(frozen=True)
class _Planned:
    letter: AnyLetter | AnyDvlaLetter
    recipient_name: str
    file_name: str


def criminal_action_considered(sr: ServiceRequest) -> bool:
    """Whether criminal action is being considered on ``sr``: a Criminal Action SR, or an SR
    whose form records evidence of criminal activity (the rule of the DVLA source, step 7)."""
    if sr.workflow is Workflow.CRIMINAL_ACTION:
        return True
    form = sr.enforce_form
    return form is not None and form.evidence_of_criminal_activity is True


def dvla_refusals(
    session: Session, ctx: ServiceContext, sr: ServiceRequest
) -> dict[LetterCode, str]:
    """Why CMEL9235 or VQ615 cannot be written from ``sr`` now, by letter (none: both can).

    Both need criminal action to be considered; VQ615 also needs a vehicle of the paying parent
    and the office's data protection registration (unexpired) and legislation.
    """
    refusal = dvla_letter_refusal(criminal_action_considered(sr))
    if refusal:
        return {code: refusal for code in DVLA_LETTERS}
    problems = vq615_settings_problems(read_dvla_settings(session), ctx.today())
    if not sr.case.paying_parent.vehicles:
        return {LetterCode.VQ615: NO_VEHICLE}
    if problems:
        return {LetterCode.VQ615: "VQ615 cannot be written: " + "; ".join(problems)}
    return {}


def _vehicles(payer: Contact) -> tuple[VehicleDetails, ...]:
    return tuple(
        VehicleDetails(v.registration, v.make, v.model, v.colour)
        for v in sorted(payer.vehicles, key=lambda v: v.id)
    )


def _plan_dvla(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    data: LetterInput,
    manager: CmsContact,
) -> _Planned:
    """CMEL9235 to the regional CSA SPOC, or the VQ615 they submit to the DVLA."""
    refusal = dvla_letter_refusal(criminal_action_considered(sr))
    if refusal:
        raise ValidationError({"code": refusal})
    case = sr.case
    payer = case.paying_parent
    today = ctx.today()
    assert data.reply_due is not None  # checked by _input_errors
    vehicles = _vehicles(payer)
    reference = payer.scin or str(case.id)
    # Named by the paying parent's SCIN, never a name: file names show in folder listings.
    file_name = f"{reference}_{data.code.value}_{sr.id}.docx"
    if data.code is LetterCode.CMEL9235:
        request = DvlaEnquiryRequest(
            request_date=today,
            scin=reference,
            region=case.region or "",
            case_manager=manager,
            paying_parent_name=payer.full_name,
            date_of_birth=payer.date_of_birth,
            address=_postal(_where_they_live(payer)),
            vehicles=vehicles,
            reason=_text(data.reason),
            reply_by=data.reply_due,
        )
        spoc = f"Regional CSA SPOC ({case.region})" if case.region else "Regional CSA SPOC"
        return _Planned(request, spoc, file_name)
    if not vehicles:
        raise ValidationError({"code": NO_VEHICLE})
    settings = read_dvla_settings(session)
    problems = vq615_settings_problems(settings, today)
    if problems:
        raise RuleViolation("VQ615 cannot be written", problems)
    assert settings.registration_number and settings.registration_expires
    assert settings.legislation
    form = Vq615Request(
        request_date=today,
        case_reference=reference,
        requester=manager,
        dp_registration_number=settings.registration_number,
        dp_registration_expires=settings.registration_expires,
        paying_parent_name=payer.full_name,
        vehicles=vehicles,
        reason=_text(data.reason),
        legislation=settings.legislation,
    )
    return _Planned(form, "DVLA", file_name)


def _plan(session: Session, ctx: ServiceContext, sr: ServiceRequest, data: LetterInput) -> _Planned:
    case = sr.case
    payer = case.paying_parent
    today = ctx.today()
    manager = _case_manager(session, ctx, sr)
    assert data.reply_due is not None  # checked by _input_errors
    if data.code in DVLA_LETTERS:
        return _plan_dvla(session, ctx, sr, data, manager)
    if data.recipient is RecipientKind.RECEIVING_PARENT:
        receiver = _receiving_parent(case)
        address = _postal(_where_to_write(receiver))
        problems = []
        if address is None:
            problems.append(f"the receiving parent {receiver.full_name} has no current address")
        if not receiver.scin:
            problems.append(
                f"the receiving parent {receiver.full_name} has no SCIN to quote as their reference"
            )
        if problems or address is None or not receiver.scin:
            raise RuleViolation(f"{data.code.value} cannot be written", problems)
        # Their own reference: the paying parent's SCIN is the paying parent's data.
        head = LetterHead(today, receiver.scin, receiver.full_name, address, manager)
        letter: AnyLetter
        if data.code is LetterCode.CMEL9236:
            letter = ReceivingParentQuestionnaire(
                head, payer.full_name, case.arrears_balance, data.reply_due
            )
        else:
            letter = ReceivingParentRequest(
                head, _text(data.information_needed), _text(data.reason), data.reply_due
            )
        return _Planned(
            letter, receiver.full_name, f"{receiver.scin}_{data.code.value}_{sr.id}.docx"
        )

    name = _text(data.recipient_name)
    if data.recipient is RecipientKind.EMPLOYER and not name:
        name = _text(payer.employer_name)
        if not name:
            raise ValidationError(
                {"recipient_name": "No employer is recorded for the paying parent: name them"}
            )
    lines = [_text(x) for x in data.recipient_address if _text(x)]
    address = PostalAddress(tuple(lines[:-1]), lines[-1]) if lines else PostalAddress(())
    head = LetterHead(today, payer.scin or "", name, address, manager)
    nino = (payer.nino or "") if data.include_nino else None
    lives = (
        (_postal(_where_they_live(payer)) or PostalAddress(())) if data.include_address else None
    )
    born = payer.date_of_birth if data.include_date_of_birth else None
    if data.include_date_of_birth and born is None:
        raise ValidationError(
            {"include_date_of_birth": "No date of birth is recorded for the paying parent"}
        )
    if data.code is LetterCode.CMEL9251:
        assert data.variant is not None
        letter = InformationRequest(
            head,
            payer.full_name,
            _text(data.information_about),
            data.variant,
            data.reply_due,
            nino=nino,
            address=lives,
            date_of_birth=born,
        )
    else:
        letter = CouncilRequest(
            data.code,
            head,
            payer.full_name,
            data.council_items,
            data.reply_due,
            nino=nino,
            address=lives,
            date_of_birth=born,
        )
    # Named by the paying parent's SCIN, never a name: file names show in folder listings.
    return _Planned(letter, name, f"{payer.scin or case.id}_{data.code.value}_{sr.id}.docx")


def _mark_letter_step(
    session: Session, ctx: ServiceContext, sr: ServiceRequest, reason: str
) -> None:
    """Mark "Letter Outbound (Request 3rd Party)" Done when the plan has it and it is pending."""
    step = next((s for s in sr.steps if s.step_key == LETTER_STEP), None)
    if step is None or step.outcome != StepOutcome.PENDING:
        return
    workflows.check_step_outcome(sr.workflow, LETTER_STEP, StepOutcome.DONE)
    apply_changes(
        session,
        ctx,
        step,
        {
            "outcome": StepOutcome.DONE,
            "reason": reason,
            "completed_by": ctx.user,
            "completed_at": ctx.now(),
        },
        "activity_step",
        case_id=sr.case_id,
    )


def _check_sender(session: Session, ctx: ServiceContext, kind: RecipientKind) -> None:
    user = find_user(session, ctx.user)
    refusal = bank_letter_refusal(kind, user.roles if user is not None else ())
    if refusal:
        raise RuleViolation("The letter was not written", [refusal])


def send_letter(ctx: ServiceContext, sr_id: int, data: LetterInput, store: Path) -> LetterDTO:
    """Write a letter into ``store``, record it on the SR and register it.

    Args:
        ctx: Database, user and clock.
        sr_id: The SR the letter is sent from (open for work).
        data: The letter and the case manager's choices.
        store: The document store (the database's output folder).

    Returns:
        The letter as registered.

    Raises:
        ValidationError: A choice missing or wrong, by field (``recipient``, ``reply_due``, ...).
        RuleViolation: A bank letter by a user outside DOT and FIU; the receiving parent has no
            address or reference; the signer's user record is incomplete; the SR is closed.
    """
    today = ctx.today()
    errors = _input_errors(data, today)
    if errors:
        raise ValidationError(errors)
    with ctx.reading() as session:
        _check_sender(session, ctx, data.recipient)
        sr = _load(session, sr_id)
        require_editable(sr)
        planned = _plan(session, ctx, sr, data)
    folder = make_private_folder(Path(store))
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".letter-"))
    written: Path | None = None
    try:
        target = staging / planned.file_name
        built = build_letter(planned.letter, target)
        written = publish_new(built, folder, unused_names(planned.file_name, today))
        _size, sha256 = file_digest(written)
        with ctx.unit_of_work() as session:
            _check_sender(session, ctx, data.recipient)
            sr = _load(session, sr_id)
            require_editable(sr)
            document = record_document(
                session,
                ctx,
                case_id=sr.case_id,
                sr_id=sr.id,
                doc_type=_DOC_TYPES[data.code],
                file_name=written.name,
                path=stored_document_path(written, folder),
                sha256=sha256,
            )
            letter = Letter(
                case_id=sr.case_id,
                service_request_id=sr.id,
                code=data.code,
                recipient_kind=data.recipient,
                recipient_name=planned.recipient_name[:200],
                sent_on=today,
                sent_by=ctx.user,
                reply_due=data.reply_due,
                document_id=document.id,
            )
            session.add(letter)
            record_created(
                session,
                ctx,
                letter,
                "letter",
                case_id=sr.case_id,
                summary=f"{data.code.value} to {data.recipient.label}: {letter.recipient_name}",
            )
            due = f"; reply due {format_date(data.reply_due)}" if data.reply_due else ""
            _mark_letter_step(
                session,
                ctx,
                sr,
                f"{data.code.value} sent to {letter.recipient_name} on {format_date(today)}{due}",
            )
            session.flush()
            dto = letter_dto(letter, {document.id: document})
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _log.info("%s written for SR %s", data.code.value, sr_id)
    return dto


def _load(session: Session, sr_id: int) -> ServiceRequest:
    sr = load_sr(session, sr_id)
    # The case, its parents and addresses: the letter's data.
    session.scalars(
        select(Case)
        .where(Case.id == sr.case_id)
        .options(
            selectinload(Case.paying_parent).selectinload(Contact.addresses),
            selectinload(Case.paying_parent).selectinload(Contact.vehicles),
            selectinload(Case.receiving_parent_links),
        )
    ).one()
    return sr


def record_reply(
    ctx: ServiceContext,
    letter_id: int,
    expected_version: int,
    received_on: date,
    store: Path,
    attachment: Path | None = None,
) -> LetterDTO:
    """Record the reply to a letter: the day it came and, if given, the document received.

    Raises:
        ValidationError: ``received_on`` before the letter was sent or in the future
            (``received_on``); the attachment missing, unreadable or over 50 MB (``file``).
        ConflictError: The letter changed since it was read.
        NotFoundError: No such letter.
    """
    with ctx.reading() as session:
        found = session.get(Letter, letter_id)
        if found is None:
            raise NotFoundError("letter", letter_id)
        problem = reply_date_problem(found.sent_on, received_on, ctx.today())
        sr_id = found.service_request_id
    if problem:
        raise ValidationError({"received_on": problem})
    staged = stage_file(attachment, Path(store), sr_id) if attachment is not None else None
    try:
        with ctx.unit_of_work() as session:
            letter = session.get(Letter, letter_id)
            if letter is None:
                raise NotFoundError("letter", letter_id)
            check_version(letter, expected_version, "letter")
            changes: dict[str, object] = {"reply_received_on": received_on}
            documents: dict[int, Document] = {}
            if staged is not None:
                reply = record_staged(
                    session, ctx, staged, Path(store), case_id=letter.case_id, sr_id=sr_id
                )
                changes["reply_document_id"] = reply.id
                documents[reply.id] = reply
            apply_changes(session, ctx, letter, changes, "letter", case_id=letter.case_id)
            session.flush()
            if letter.document_id is not None:
                written = session.get(Document, letter.document_id)
                if written is not None:
                    documents[written.id] = written
            return letter_dto(letter, documents)
    except BaseException:
        if staged is not None:
            remove_staged(staged)
        raise


def decide_sr_for(ctx: ServiceContext, scin: str, sr_id: int | None) -> int:
    """The SR a letter for client ``scin`` is sent from: ``sr_id`` when it is theirs, else their
    one open Decide on enforcement action SR.

    Raises:
        NotFoundError: No client with that SCIN, or no such SR.
        RuleViolation: The SR is another client's; none or several open Decide SRs (name one).
    """
    from enforcement_desktop.domain.enums import SrStatus, Workflow

    with ctx.reading() as session:
        payer = session.scalar(select(Contact).where(Contact.scin == scin))
        if payer is None:
            raise NotFoundError("client with SCIN", scin)
        case_ids = set(
            session.scalars(select(Case.id).where(Case.paying_parent_id == payer.id)).all()
        )
        if sr_id is not None:
            sr = session.get(ServiceRequest, sr_id)
            if sr is None:
                raise NotFoundError("service request", sr_id)
            if sr.case_id not in case_ids:
                raise RuleViolation(f"Service request {sr_id} is not one of SCIN {scin}'s")
            return sr_id
        open_ids = session.scalars(
            select(ServiceRequest.id).where(
                ServiceRequest.case_id.in_(case_ids),
                ServiceRequest.workflow == Workflow.DECIDE_ENFORCEMENT,
                ServiceRequest.status.not_in([SrStatus.CLOSED, SrStatus.CANCELLED]),
            )
        ).all()
    if len(open_ids) != 1:
        what = "no open" if not open_ids else f"{len(open_ids)} open"
        raise RuleViolation(
            f"SCIN {scin} has {what} Decide on enforcement action service requests: "
            "give one with --sr"
        )
    return int(open_ids[0])
