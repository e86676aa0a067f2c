"""Received documents: any file attached to a service request (seed 000, step 11).

The file is copied into the document store (the ``documents/`` folder of the database's output
folder) under a name that says nothing about whom it concerns (``sr-14/<sha256 prefix>.pdf``),
and recorded on the SR with the name it came with, its path relative to the store and its
SHA-256. A file that is not a readable regular file, or is over 50 MB, is refused with the
reason and nothing is copied or recorded.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from enforcement_desktop.documents.atomic import make_private_folder
from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import attachment_size_problem
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import publish_new, stored_document_path
from enforcement_desktop.services.service_requests import (
    DocumentDTO,
    load_sr,
    record_document,
)
from enforcement_desktop.storage.models import Document

#: The store's folder for received documents.
RECEIVED_FOLDER = "documents"
_CHUNK = 1 << 20


@dataclass(frozen=True)
class StagedFile:
    """A received file copied into the store, not yet recorded (see :func:`stage_file`)."""

    path: Path
    original_name: str
    sha256: str
    size: int


def check_source(source: Path) -> int:
    """The size of ``source`` when it may be attached.

    Raises:
        ValidationError: (field ``file``) not found, not a regular file, not readable, or over
            50 MB (the message says its size).
    """
    name = source.name or str(source)
    try:
        info = source.stat()
    except FileNotFoundError:
        raise ValidationError({"file": f"{name} was not found"}) from None
    except OSError as exc:
        raise ValidationError({"file": f"{name} cannot be read ({exc.strerror})"}) from None
    if not stat.S_ISREG(info.st_mode):
        raise ValidationError({"file": f"{name} is not a file (a folder or a device)"})
    problem = attachment_size_problem(info.st_size)
    if problem:
        raise ValidationError({"file": f"{name}: {problem}"})
    if not os.access(source, os.R_OK):
        raise ValidationError({"file": f"{name} cannot be read (no permission)"})
    return info.st_size


def stage_file(source: Path, store: Path, sr_id: int) -> StagedFile:
    """Copy ``source`` into the store for SR ``sr_id`` and hash it on the way.

    Never replaces a file already stored: the same file attached twice gets a second name.

    Raises:
        ValidationError: As :func:`check_source`, also when the file shrinks or grows past the
            limit while it is copied.
    """
    check_source(source)
    folder = make_private_folder(store / RECEIVED_FOLDER / f"sr-{sr_id}")
    digest = hashlib.sha256()
    size = 0
    handle, temp_name = tempfile.mkstemp(dir=folder, prefix=".attach-")
    temp = Path(temp_name)
    try:
        try:
            with open(source, "rb") as reader, os.fdopen(handle, "wb") as writer:
                while chunk := reader.read(_CHUNK):
                    size += len(chunk)
                    problem = attachment_size_problem(size)
                    if problem:
                        raise ValidationError({"file": f"{source.name}: {problem}"})
                    digest.update(chunk)
                    writer.write(chunk)
        except OSError as exc:
            raise ValidationError(
                {"file": f"{source.name} cannot be read ({exc.strerror})"}
            ) from None
        sha256 = digest.hexdigest()
        suffix = "".join(source.suffixes[-1:]).lower()[:10]
        stem = sha256[:16]
        names = [f"{stem}{suffix}", *(f"{stem}-{n}{suffix}" for n in range(2, 100))]
        path = publish_new(temp, folder, names)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return StagedFile(path, source.name, sha256, size)


def record_staged(
    session: Session,
    ctx: ServiceContext,
    staged: StagedFile,
    store: Path,
    *,
    case_id: int,
    sr_id: int,
) -> Document:
    """Record a staged file on its SR inside the caller's unit of work."""
    return record_document(
        session,
        ctx,
        case_id=case_id,
        sr_id=sr_id,
        doc_type=DocumentType.RECEIVED,
        file_name=staged.original_name[:255],
        path=stored_document_path(staged.path, store),
        sha256=staged.sha256,
    )


def attach_file(ctx: ServiceContext, sr_id: int, source: Path, store: Path) -> DocumentDTO:
    """Attach a received file to an SR: copied into the store, recorded with its SHA-256.

    Args:
        ctx: Database, user and clock.
        sr_id: The service request.
        source: The file received (any type).
        store: The document store (the database's output folder).

    Returns:
        The document recorded.

    Raises:
        ValidationError: The file is missing, not a regular file, not readable or over 50 MB.
        NotFoundError: No such service request.
    """
    with ctx.reading() as session:
        load_sr(session, sr_id)  # refuse an unknown SR before copying anything
    staged = stage_file(source, store, sr_id)
    try:
        with ctx.unit_of_work() as session:
            sr = load_sr(session, sr_id)
            document = record_staged(session, ctx, staged, store, case_id=sr.case_id, sr_id=sr.id)
            session.flush()
            return _dto(document)
    except BaseException:
        staged.path.unlink(missing_ok=True)
        raise


def _dto(d: Document) -> DocumentDTO:
    return DocumentDTO(d.id, d.doc_type, d.file_name, d.path, d.sha256, d.created_at, d.created_by)


def remove_staged(staged: StagedFile) -> None:
    """Take back a staged file whose recording failed."""
    staged.path.unlink(missing_ok=True)


__all__ = [
    "RECEIVED_FOLDER",
    "StagedFile",
    "attach_file",
    "check_source",
    "record_staged",
    "remove_staged",
    "stage_file",
]
