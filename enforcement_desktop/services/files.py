"""What the services that write files share: the file's digest, and how the audit names it.

An export, a backup or a bailiff pack leaves one audit event naming the file by its name only
(never the folder, which may say whose machine or share it is on) and its SHA-256, so a copy
found later can be shown to be the one written.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from enforcement_desktop.services.base import record_event
from enforcement_desktop.services.context import ServiceContext

_CHUNK = 1 << 20


def file_digest(path: Path) -> tuple[int, str]:
    """The size in bytes and the SHA-256 (hex) of a file, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def file_summary(name: str, sha256: str) -> str:
    """How a written file appears in the audit trail: its name and its SHA-256."""
    return f"{name}; SHA-256 {sha256}"


def record_file_written(
    session: Session,
    ctx: ServiceContext,
    *,
    action: str,
    entity: str,
    entity_id: int,
    name: str,
    sha256: str,
    case_id: int | None = None,
) -> None:
    """One audit event for a file written: who and when (from ``ctx``), what, which file."""
    record_event(
        session,
        ctx,
        action=action,
        entity=entity,
        entity_id=entity_id,
        case_id=case_id,
        new=file_summary(name, sha256),
    )
