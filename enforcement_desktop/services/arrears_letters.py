"""The arrears letters of Arrears – Consider Action: which is due, and sending it.

:func:`arrears_letter_advice` is the read of the Arrears letters panel: the letter step 5 advises
(:func:`domain.arrears_letters.next_arrears_letter`, from the case's arrears letters and its
collections of maintenance), the arrears letters sent so far and the collections recorded.

:func:`send_arrears_letter` writes the letter (Word) into the document store, records it as a
document of the SR and registers it in the letters register (reply due 7 days after it is sent).
CMSL6031 and CMSL6038 put the Arrears Review in Wait, sub status Wait State Arrears Notice, for
7 days (step 5); CMSL5511 sets a reminder 7 days on (the Deduction Order Team's and the LO team's
steer before referral). The advice of the moment goes in the SR notes with the letter, so what the
tool said can be read back later; a letter the rule does not advise is sent only with a reason,
recorded there too.

Refused, by field, with nothing written or saved: a letter not advised without a reason, a letter
this SR does not send, a parent with no address to write to, a closed SR.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.documents.arrears_letters import (
    AnyArrearsLetter,
    ArrearsNotice,
    ContactRequest,
    MissedCollection,
    PayImmediately,
)
from enforcement_desktop.documents.atomic import make_private_folder
from enforcement_desktop.documents.letter_forms import build_letter
from enforcement_desktop.documents.third_party_letters import LetterHead
from enforcement_desktop.domain import dates, workflows
from enforcement_desktop.domain.arrears_letters import (
    ARREARS_LETTERS,
    ArrearsLetterAdvice,
    SentLetter,
    next_arrears_letter,
)
from enforcement_desktop.domain.diary import MANUAL
from enforcement_desktop.domain.enums import DocumentType, SrStatus, SrSubStatus, Workflow
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.domain.values import check_text, format_date
from enforcement_desktop.services.base import apply_changes, get_or_404, record_created
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import (
    file_digest,
    publish_new,
    stored_document_path,
    unused_names,
)
from enforcement_desktop.services.letters import (
    LetterDTO,
    _case_manager,
    _postal,
    _where_to_write,
    letter_dto,
)
from enforcement_desktop.services.maintenance import MaintenancePaymentDTO, payments_of
from enforcement_desktop.services.service_requests import load_sr, record_document
from enforcement_desktop.storage.models import (
    Case,
    CaseReceivingParent,
    Contact,
    Document,
    Letter,
    Note,
    Reminder,
    ServiceRequest,
)

_log = logging.getLogger(__name__)

__all__ = [
    "ARREARS_LETTER_CODES",
    "REPLY_DAYS",
    "ArrearsLetterSent",
    "ArrearsLettersScreen",
    "arrears_letter_advice",
    "send_arrears_letter",
]

#: The arrears letters, in the order the panel lists them.
ARREARS_LETTER_CODES = (LetterCode.CMSL6031, LetterCode.CMSL6038, LetterCode.CMSL5511)

#: The wait for a response to an arrears letter, and the CMSL5511 steer (7 days both).
REPLY_DAYS = dates.ARREARS_NOTICE_WAIT_DAYS

#: Which SRs send each letter: the arrears notices from the Arrears Review (step 5); CMSL5511
#: from the Arrears Review and the SRs raised from it on the way to disclosure.
_SENT_FROM: dict[LetterCode, tuple[Workflow, ...]] = {
    LetterCode.CMSL6031: (Workflow.ARREARS_REVIEW,),
    LetterCode.CMSL6038: (Workflow.ARREARS_REVIEW,),
    LetterCode.CMSL5511: (
        Workflow.ARREARS_REVIEW,
        Workflow.ACTION_MISSED_PAYMENT,
        Workflow.DISCLOSURE,
    ),
}

_REASON_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class ArrearsLettersScreen:
    """Everything the Arrears letters panel shows for one SR."""

    sr_id: int
    case_id: int
    workflow: Workflow
    read_only: bool
    #: What step 5 advises (None on an SR that does not send the arrears notices).
    advice: ArrearsLetterAdvice | None
    #: The case's arrears letters (CMSL6031, CMSL6038, CMSL5511), newest first.
    letters: tuple[LetterDTO, ...]
    #: The case's collections of maintenance, newest due first.
    payments: tuple[MaintenancePaymentDTO, ...]
    #: The letters this SR may send.
    sendable: tuple[LetterCode, ...]


@dataclass(frozen=True, slots=True)
class ArrearsLetterSent:
    """What sending did: the letter registered, the SR's new wait date or the reminder's date."""

    letter: LetterDTO
    wait_until: date | None
    reminder_due: date | None


def _letters(session: Session, case_id: int) -> tuple[LetterDTO, ...]:
    rows = session.scalars(
        select(Letter)
        .where(Letter.case_id == case_id, Letter.code.in_(ARREARS_LETTER_CODES))
        .order_by(Letter.sent_on.desc(), Letter.id.desc())
    ).all()
    ids = {r.document_id for r in rows if r.document_id is not None}
    documents = (
        {d.id: d for d in session.scalars(select(Document).where(Document.id.in_(ids)))}
        if ids
        else {}
    )
    return tuple(letter_dto(r, documents) for r in rows)


def _advice(
    letters: tuple[LetterDTO, ...], payments: tuple[MaintenancePaymentDTO, ...], today: date
) -> ArrearsLetterAdvice:
    sent = [
        SentLetter(x.code, x.sent_on, x.reply_received_on)
        for x in letters
        if x.code in ARREARS_LETTERS
    ]
    return next_arrears_letter(sent, [p.facts for p in payments], today)


def _sendable(workflow: Workflow) -> tuple[LetterCode, ...]:
    return tuple(c for c in ARREARS_LETTER_CODES if workflow in _SENT_FROM[c])


def _screen(session: Session, sr: ServiceRequest, today: date) -> ArrearsLettersScreen:
    letters = _letters(session, sr.case_id)
    payments = payments_of(session, sr.case_id)
    sendable = _sendable(sr.workflow)
    advice = _advice(letters, payments, today) if LetterCode.CMSL6031 in sendable else None
    return ArrearsLettersScreen(
        sr_id=sr.id,
        case_id=sr.case_id,
        workflow=sr.workflow,
        read_only=workflows.is_final(sr.status),
        advice=advice,
        letters=letters,
        payments=payments,
        sendable=sendable,
    )


def arrears_letter_advice(ctx: ServiceContext, sr_id: int) -> ArrearsLettersScreen:
    """The Arrears letters panel of SR ``sr_id``, in one transaction of four statements at most
    (the SR, its case's arrears letters, their documents, the collections), however many.

    Raises:
        NotFoundError: No such service request.
    """
    with ctx.reading() as session:
        sr = get_or_404(session, ServiceRequest, sr_id, "service_request")
        return _screen(session, sr, ctx.today())


# --------------------------------------------------------------------------- sending


@dataclass(frozen=True)
class _Planned:
    letter: AnyArrearsLetter
    recipient: RecipientKind
    recipient_name: str
    file_name: str
    advice: ArrearsLetterAdvice | None


def _load_case(session: Session, sr: ServiceRequest) -> Case:
    return session.scalars(
        select(Case)
        .where(Case.id == sr.case_id)
        .options(
            selectinload(Case.paying_parent).selectinload(Contact.addresses),
            selectinload(Case.receiving_parent_links)
            .selectinload(CaseReceivingParent.contact)
            .selectinload(Contact.addresses),
        )
    ).one()


def _plan(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    code: LetterCode,
    override_reason: str | None,
) -> _Planned:
    """Check everything and build the letter's data; raises ValidationError by field."""
    today = ctx.today()
    if workflows.is_final(sr.status):
        raise ValidationError(
            {
                "code": f"Service request {sr.id} is {sr.status.label.lower()}: letters are sent "
                "from a service request still being worked"
            }
        )
    if sr.workflow not in _SENT_FROM[code]:
        where = " or ".join(w.label for w in _SENT_FROM[code])
        raise ValidationError({"code": f"{code.value} is sent from an {where} SR"})
    screen = _screen(session, sr, today)
    errors: dict[str, str | None] = {}
    reason = (override_reason or "").strip()
    advice = screen.advice
    if code in ARREARS_LETTERS and advice is not None and advice.code is not code and not reason:
        errors["override_reason"] = (
            f"{code.value} is not advised now: {advice.reason.rstrip('.')}. To send it "
            "anyway, give the reason"
        )
    if reason:
        errors["override_reason"] = errors.get("override_reason") or check_text(
            reason, max_length=_REASON_LENGTH, label="The reason"
        )
    case = _load_case(session, sr)
    respond_by = today + timedelta(days=REPLY_DAYS)
    if code is LetterCode.CMSL5511:
        links = sorted(case.receiving_parent_links, key=lambda x: x.id)
        person = links[0].contact if links else None
        kind = RecipientKind.RECEIVING_PARENT
    else:
        person = case.paying_parent
        kind = RecipientKind.PAYING_PARENT
    who = "receiving parent" if kind is RecipientKind.RECEIVING_PARENT else "paying parent"
    address = _postal(_where_to_write(person)) if person is not None else None
    if person is None:
        errors["address"] = "The case has no receiving parent to write to"
    elif address is None:
        errors["address"] = (
            f"The {who} has no current address to write to (a DLO or NFA correspondence "
            "address is not one): record their address first"
        )
    elif not person.scin:
        errors["address"] = f"The {who} has no SCIN to quote as their reference"
    if any(errors.values()):
        raise ValidationError({k: v for k, v in errors.items() if v})
    assert person is not None and address is not None and person.scin
    manager = _case_manager(session, ctx, sr)
    # Their own reference: each parent quotes their own SCIN, never the other parent's.
    head = LetterHead(today, person.scin, person.full_name, address, manager)
    letter: AnyArrearsLetter
    if code is LetterCode.CMSL6031:
        letter = ArrearsNotice(head, case.arrears_balance, respond_by)
    elif code is LetterCode.CMSL6038:
        miss = advice.missed if advice is not None and advice.code is code else None
        missed = MissedCollection(miss.due_on, miss.amount_due, miss.amount_paid) if miss else None
        letter = PayImmediately(head, case.arrears_balance, respond_by, missed)
    else:
        letter = ContactRequest(head, respond_by)
    # Named by the recipient's SCIN, never a name: file names show in folder listings.
    file_name = f"{person.scin}_{code.value}_{sr.id}.docx"
    return _Planned(letter, kind, person.full_name, file_name, advice)


def _wait(session: Session, ctx: ServiceContext, sr: ServiceRequest, sent_on: date) -> date:
    """Put the Arrears Review in Wait State Arrears Notice for 7 days (step 5)."""
    period = dates.arrears_notice_wait_until(sent_on)
    workflows.check_transition(sr.status, SrStatus.WAIT, wait_date=period.until, today=sent_on)
    workflows.check_sub_status(sr.workflow, SrStatus.WAIT, SrSubStatus.WAIT_STATE_ARREARS_NOTICE)
    apply_changes(
        session,
        ctx,
        sr,
        {
            "status": SrStatus.WAIT,
            "sub_status": SrSubStatus.WAIT_STATE_ARREARS_NOTICE,
            "wait_until": period.until,
        },
        "service_request",
        case_id=sr.case_id,
    )
    return period.until


def _remind(session: Session, ctx: ServiceContext, sr: ServiceRequest, sent_on: date) -> date:
    """The CMSL5511 steer: a reminder 7 days on to go on with disclosure or the LO."""
    due = sent_on + timedelta(days=REPLY_DAYS)
    reminder = Reminder(
        service_request_id=sr.id,
        due_on=due,
        owner=ctx.user,
        note=(
            f"CMSL5511 sent to the receiving parent on {format_date(sent_on)}: if they have not "
            "contacted us, go on with disclosure or the Liability Order (the 7-day steer before "
            "referral, Arrears – Consider Action)"
        ),
        kind=MANUAL,
    )
    session.add(reminder)
    record_created(
        session,
        ctx,
        reminder,
        "reminder",
        case_id=sr.case_id,
        summary=f"due {due.isoformat()} for {ctx.user}",
    )
    return due


def _note_text(code: LetterCode, planned: _Planned, today: date, reason: str | None) -> str:
    to = "paying parent" if planned.recipient is RecipientKind.PAYING_PARENT else "receiving parent"
    text = f"{code.value} sent to the {to} on {format_date(today)}."
    advice = planned.advice
    if advice is not None:
        text += f" The tool advised: {advice.reason}"
    if reason:
        text += f" Sent against the advice, because: {reason}"
    return text


def send_arrears_letter(
    ctx: ServiceContext,
    sr_id: int,
    code: LetterCode,
    store: Path,
    *,
    override_reason: str | None = None,
) -> ArrearsLetterSent:
    """Write an arrears letter into ``store``, record it on the SR and register it.

    Args:
        ctx: Database, user and clock.
        sr_id: The SR it is sent from: an Arrears Review (any of the three letters), or an
            Action Missed Payment or Disclosure SR (CMSL5511).
        code: CMSL6031, CMSL6038 or CMSL5511.
        store: The document store (the database's output folder).
        override_reason: Why a letter step 5 does not advise is sent anyway.

    Returns:
        The letter registered, and the wait date or reminder set.

    Raises:
        ValidationError: ``code`` (not from this SR, or the SR is closed), ``override_reason``
            (not advised and no reason given), ``address`` (the parent has no address to write
            to or no reference).
        RuleViolation: The signer's user record is incomplete.
        NotFoundError: No such SR.
    """
    if code not in ARREARS_LETTER_CODES:
        raise ValidationError({"code": f"{code.value} is not an arrears letter"})
    today = ctx.today()
    with ctx.reading() as session:
        planned = _plan(session, ctx, load_sr(session, sr_id), code, override_reason)
    reason = (override_reason or "").strip() or None
    if planned.advice is not None and planned.advice.code is code:
        reason = None  # advised: no override to record
    folder = make_private_folder(Path(store))
    staging = Path(tempfile.mkdtemp(dir=folder, prefix=".letter-"))
    written: Path | None = None
    try:
        built = build_letter(planned.letter, staging / planned.file_name)
        written = publish_new(built, folder, unused_names(planned.file_name, today))
        _size, sha256 = file_digest(written)
        with ctx.unit_of_work() as session:
            sr = load_sr(session, sr_id)
            if workflows.is_final(sr.status):
                raise ValidationError(
                    {"code": f"Service request {sr.id} was closed meanwhile: nothing was sent"}
                )
            document = record_document(
                session,
                ctx,
                case_id=sr.case_id,
                sr_id=sr.id,
                doc_type=DocumentType(code.value.lower()),
                file_name=written.name,
                path=stored_document_path(written, folder),
                sha256=sha256,
            )
            letter = Letter(
                case_id=sr.case_id,
                service_request_id=sr.id,
                code=code,
                recipient_kind=planned.recipient,
                recipient_name=planned.recipient_name[:200],
                sent_on=today,
                sent_by=ctx.user,
                reply_due=today + timedelta(days=REPLY_DAYS),
                document_id=document.id,
            )
            session.add(letter)
            override = " (not advised; reason in the SR notes)" if reason else ""
            record_created(
                session,
                ctx,
                letter,
                "letter",
                case_id=sr.case_id,
                summary=f"{code.value} to {planned.recipient.label}{override}",
            )
            note = Note(
                service_request_id=sr.id,
                author=ctx.user,
                text=_note_text(code, planned, today, reason),
                created_at=ctx.now(),
            )
            session.add(note)
            record_created(session, ctx, note, "note", case_id=sr.case_id)
            wait_until = reminder_due = None
            if code in ARREARS_LETTERS:
                wait_until = _wait(session, ctx, sr, today)
            else:
                reminder_due = _remind(session, ctx, sr, today)
            session.flush()
            dto = letter_dto(letter, {document.id: document})
    except BaseException:
        if written is not None:
            written.unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    _log.info("%s written for SR %s", code.value, sr_id)
    return ArrearsLetterSent(dto, wait_until, reminder_due)
