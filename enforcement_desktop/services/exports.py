"""Case files written out of the database: atomically, owner-only, and audited.

:func:`enforcement_desktop.services.case_file.export_case` reads a case into JSON data; the
functions here write that data where the user asked (a file, or a stream such as the command
line's standard output) and record the export in the audit trail: who, when, which client (the
paying parent's id and the case), and which file with its SHA-256. Personal data leaving the
database is always recorded, so an export to a stream is recorded too.

The audit event is committed before a file is published under its final name: if it cannot be
written, no file appears. The reverse failure (the event saved, then the rename fails, or the
machine stops between the two) leaves an event for a file that is not there, never a file that
left without an event.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from enforcement_desktop.documents.atomic import atomic_write, make_private_folder
from enforcement_desktop.domain.enums import ContactRole
from enforcement_desktop.domain.errors import NotFoundError, ValidationError
from enforcement_desktop.domain.values import normalise_scin
from enforcement_desktop.services.case_file import export_case
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import record_file_written
from enforcement_desktop.storage.models import Case, Contact

#: The name recorded in the audit trail for an export written to a stream.
STREAM_NAME = "(standard output)"


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote.

    Attributes:
        path: The case file; None when it went to a stream.
        size: Its size in bytes (UTF-8).
        sha256: Its SHA-256 (hex).
        contact_id: The paying parent exported.
        case_id: Their case.
    """

    path: Path | None
    size: int
    sha256: str
    contact_id: int
    case_id: int


def case_file_text(data: Any, *, ascii_only: bool = False) -> str:
    """Case file data as the JSON text written: indented, with real characters unless asked.

    Args:
        data: From :func:`export_case`.
        ascii_only: Escape every non-ASCII character (for a stream that cannot take them).
    """
    return json.dumps(data, indent=2, ensure_ascii=ascii_only) + "\n"


def export_case_to_file(
    ctx: ServiceContext, scin: str, path: str | os.PathLike[str]
) -> ExportResult:
    """Write the case of the paying parent with this SCIN to a case file, and audit it.

    The file (UTF-8 JSON) is written through the documents' atomic writer: owner-only, fsynced,
    then renamed over ``path``, so an existing file is replaced only once the new one is whole.
    Missing folders are made owner-only.

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN (spaces ignored).
        path: The case file to write.

    Returns:
        The file, its size and SHA-256, and who was exported.

    Raises:
        NotFoundError: No client has the SCIN, or they pay on no case.
        RuleViolation: See :func:`export_case`.
        ValidationError: ``path`` is a folder.
        OSError: The file cannot be written (nothing is recorded then).
    """
    target = Path(path).expanduser()
    if target.is_dir():
        raise ValidationError({"path": f"{target} is a folder; give the case file's name"})
    payload = case_file_text(export_case(ctx, scin)).encode("utf-8")
    digest = hashlib.sha256(payload).hexdigest()
    make_private_folder(target.parent)
    with atomic_write(target) as handle:
        handle.write(payload)
        contact_id, case_id = _record_export(ctx, scin, target.name, digest)
    return ExportResult(target, len(payload), digest, contact_id, case_id)


def export_case_to_stream(
    ctx: ServiceContext, scin: str, stream: IO[str], *, name: str = STREAM_NAME
) -> ExportResult:
    """Write the case of the paying parent with this SCIN to a text stream, and audit it.

    Non-ASCII characters are escaped unless the stream's encoding is UTF-8, so the text can be
    written whatever the console; the SHA-256 is of the bytes as UTF-8.

    Args:
        ctx: Database, user and clock.
        scin: The paying parent's SCIN (spaces ignored).
        stream: Where to write (e.g. standard output).
        name: How the audit trail names the destination.

    Returns:
        The size and SHA-256 of what was written (``path`` None), and who was exported.

    Raises:
        NotFoundError: No client has the SCIN, or they pay on no case.
        RuleViolation: See :func:`export_case`.
    """
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    text = case_file_text(export_case(ctx, scin), ascii_only=encoding != "utf8")
    payload = text.encode("utf-8")
    digest = hashlib.sha256(payload).hexdigest()
    # Recorded first: data that reached the stream must never be missing from the trail.
    contact_id, case_id = _record_export(ctx, scin, name, digest)
    stream.write(text)
    stream.flush()
    return ExportResult(None, len(payload), digest, contact_id, case_id)


def _record_export(ctx: ServiceContext, scin: str, name: str, sha256: str) -> tuple[int, int]:
    """The 'export' event against the paying parent (by id) and their case."""
    wanted = normalise_scin(scin)
    with ctx.unit_of_work() as session:
        row = session.execute(
            select(Contact.id, Case.id)
            .join(Case, Case.paying_parent_id == Contact.id)
            .where(Contact.scin == wanted, Contact.role == ContactRole.PAYING_PARENT)
            .order_by(Case.id)
            .limit(1)
        ).first()
        if row is None:  # removed since it was read: the export must not go out unrecorded
            raise NotFoundError("case with paying parent", f"SCIN {wanted}")
        contact_id, case_id = row
        record_file_written(
            session,
            ctx,
            action="export",
            entity="contact",
            entity_id=contact_id,
            case_id=case_id,
            name=name,
            sha256=sha256,
        )
    return contact_id, case_id


__all__ = [
    "STREAM_NAME",
    "ExportResult",
    "case_file_text",
    "export_case_to_file",
    "export_case_to_stream",
]
