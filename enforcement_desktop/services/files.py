"""What the services that write files share: the file's digest, and how the audit names it.

An export, a backup or a bailiff pack leaves one audit event naming the file by its name only
(never the folder, which may say whose machine or share it is on) and its SHA-256, so a copy
found later can be shown to be the one written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from datetime import date
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


#: How many dated names (``name 2026-12-05.zip``, then `` (2)`` to `` (99)``) are tried.
_MAX_COPIES = 99


def unused_names(name: str, today: date) -> Iterator[str]:
    """The names a new file may take so that it never replaces one already written.

    First ``name`` itself (a bailiff pack's zip is named SCIN + region, Bailiff procedure,
    step 12), then the same name dated ``name 2026-12-05.zip``, then ``name 2026-12-05 (2).zip``
    and so on. The dated names keep SCIN + region at the front, so the Bailiff SPOC still files
    the zip under the client and region; the date says which pack is which. Refusing instead
    would leave the case manager to move or rename a recorded file by hand, and the recorded
    SHA-256 would then name a file that is no longer where the record says.

    Args:
        name: The file name the convention gives.
        today: The day the file is written.

    Yields:
        Candidate names, in the order they are to be tried.
    """
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    ending = f".{suffix}" if dot else ""
    yield name
    dated = f"{stem} {today.isoformat()}"
    yield dated + ending
    for copy in range(2, _MAX_COPIES + 1):
        yield f"{dated} ({copy}){ending}"


def publish_new(source: Path, folder: Path, names: Iterable[str]) -> Path:
    """Move ``source`` into ``folder`` under the first of ``names`` no file holds yet.

    Never replaces a file: the new name is claimed with a hard link, which fails when the name is
    taken (even if another program wrote it a moment ago), then ``source`` is removed. Where the
    file system has no hard links, a name is used only when nothing holds it when looked at.

    Args:
        source: The finished file (in a staging folder on the same file system).
        folder: Where it goes.
        names: Candidate names, in order (see :func:`unused_names`).

    Returns:
        The file's new path.

    Raises:
        FileExistsError: Every candidate name is taken.
    """
    for name in names:
        target = folder / name
        try:
            os.link(source, target)
        except FileExistsError:
            continue
        except OSError:
            if target.exists() or target.is_symlink():
                continue
            os.replace(source, target)
            return target
        source.unlink()
        return target
    raise FileExistsError(f"Every file name for {source.name} in {folder} is taken")


#: The audit action of a pack written encrypted.
PACK_ENCRYPTED = "pack encrypted"


def record_pack_encrypted(
    session: Session, ctx: ServiceContext, *, sr_id: int, case_id: int, name: str
) -> None:
    """One audit event saying a pack was written AES-256 encrypted: who, when, which zip.

    The passphrase itself is never recorded (nor logged): whoever holds the trail must not be
    able to open the pack with it.
    """
    record_event(
        session,
        ctx,
        action=PACK_ENCRYPTED,
        entity="service_request",
        entity_id=sr_id,
        case_id=case_id,
        new=f"{name}; AES-256, passphrase shown once to {ctx.user}, not stored",
    )


def stored_document_path(file: Path, store: Path) -> str:
    """How a document's file is recorded: its path relative to the document store, "/"-separated.

    Never an absolute path: on Windows that names the user's login folder, and the database is
    shared with the team (issue 12 item 12). Each user opens documents from their own store (the
    output folder chosen for the database).

    Args:
        file: The file written.
        store: The folder it was written into (the document store for that write).

    Raises:
        ValueError: ``file`` is not inside ``store``.
    """
    return file.resolve().relative_to(store.resolve()).as_posix()


def resolve_document_path(stored: str, store: Path) -> Path:
    """Where a recorded document is in ``store`` (the user's document store).

    A path recorded before paths were relative (an absolute one) is returned as it is.

    Raises:
        ValueError: ``stored`` climbs out of the store ("..").
    """
    if Path(stored).is_absolute():
        return Path(stored)
    relative = Path(*stored.split("/"))
    if ".." in relative.parts:
        raise ValueError(f"{stored!r} is not inside the document store")
    return store / relative
