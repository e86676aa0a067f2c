"""Notes on a case, a contact or a service request, and the audit trail to read back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from enforcement_desktop.domain.values import check_text
from enforcement_desktop.services.base import (
    ServiceContext,
    get_or_404,
    raise_if_errors,
    record_created,
)
from enforcement_desktop.storage.models import AuditEvent, Case, Contact, Note, ServiceRequest


@dataclass(frozen=True, slots=True)
class NoteDTO:
    id: int
    author: str
    created_at: datetime
    text: str
    case_id: int | None
    contact_id: int | None
    service_request_id: int | None


@dataclass(frozen=True, slots=True)
class AuditDTO:
    at: datetime
    user: str
    action: str
    entity: str
    entity_id: int
    field: str | None
    old_value: str | None
    new_value: str | None


def note_dto(n: Note) -> NoteDTO:
    return NoteDTO(
        n.id, n.author, n.created_at, n.text, n.case_id, n.contact_id, n.service_request_id
    )


#: The longest note, in characters.
NOTE_MAX_LENGTH = 20000


def note_errors(text: str | None) -> dict[str, str | None]:
    """What :func:`add_note` checks of a note's text (shared with the case-file import)."""
    return {"text": check_text(text, required=True, max_length=NOTE_MAX_LENGTH, label="Note")}


def add_note(
    ctx: ServiceContext,
    text: str,
    *,
    case_id: int | None = None,
    contact_id: int | None = None,
    service_request_id: int | None = None,
) -> NoteDTO:
    """Add a note to exactly one of a case, a contact or a service request."""
    targets = [t for t in (case_id, contact_id, service_request_id) if t is not None]
    errors = note_errors(text)
    if len(targets) != 1:
        errors["target"] = "A note belongs to one case, contact or service request"
    raise_if_errors(errors)
    with ctx.unit_of_work() as session:
        owning_case = case_id
        if case_id is not None:
            get_or_404(session, Case, case_id, "case")
        if contact_id is not None:
            get_or_404(session, Contact, contact_id, "contact")
        if service_request_id is not None:
            sr = get_or_404(session, ServiceRequest, service_request_id, "service_request")
            owning_case = sr.case_id
        note = Note(
            case_id=case_id,
            contact_id=contact_id,
            service_request_id=service_request_id,
            author=ctx.user,
            text=text.strip(),
            created_at=ctx.now(),
        )
        session.add(note)
        record_created(session, ctx, note, "note", case_id=owning_case)
        return note_dto(note)


def list_notes(
    ctx: ServiceContext,
    *,
    case_id: int | None = None,
    contact_id: int | None = None,
    service_request_id: int | None = None,
) -> list[NoteDTO]:
    with ctx.unit_of_work() as session:
        stmt = select(Note).order_by(Note.created_at.desc(), Note.id.desc())
        if case_id is not None:
            stmt = stmt.where(Note.case_id == case_id)
        if contact_id is not None:
            stmt = stmt.where(Note.contact_id == contact_id)
        if service_request_id is not None:
            stmt = stmt.where(Note.service_request_id == service_request_id)
        return [note_dto(n) for n in session.scalars(stmt)]


def audit_trail(ctx: ServiceContext, case_id: int, limit: int = 500) -> list[AuditDTO]:
    with ctx.unit_of_work() as session:
        rows = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_id == case_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        )
        return [
            AuditDTO(
                e.at, e.user, e.action, e.entity, e.entity_id, e.field, e.old_value, e.new_value
            )
            for e in rows
        ]
