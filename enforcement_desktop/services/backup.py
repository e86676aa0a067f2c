"""A consistent copy of the SQLite database, even while it is in use: atomic, owner-only, audited.

SQLite's online backup copies a snapshot of the database (including what is still only in its
WAL file) into an owner-only temporary file beside the target; the copy is made self-contained
(no WAL), checked, fsynced and only then renamed over the target, so the target is either the
old file or the whole new copy, never half of one. A PostgreSQL database is refused: the server
has its own backups.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from enforcement_desktop.documents.atomic import atomic_path, make_private_folder
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import file_digest, record_file_written
from enforcement_desktop.storage.db import sqlite_file

#: Pages copied per step of the online backup (4 MB at SQLite's default page size); progress is
#: reported after each step.
STEP_PAGES = 1024
#: Files SQLite may keep beside a database while it is open.
_SIDECARS = ("-journal", "-wal", "-shm")


class BackupRefused(DomainError):
    """The backup cannot be made, for a reason the user can act on."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    """What :func:`backup_database` wrote.

    Attributes:
        path: The copy.
        size: Its size in bytes.
        sha256: Its SHA-256 (hex).
    """

    path: Path
    size: int
    sha256: str


def sqlite_source(url: str) -> Path:
    """The SQLite file behind ``url``, checked to be an SQLite database.

    Args:
        url: The database's SQLAlchemy URL.

    Returns:
        The file.

    Raises:
        BackupRefused: The database is not an SQLite file (a server: use its own backups), or
            the file is missing or not an SQLite database.
    """
    source = sqlite_file(url)
    if source is None:
        raise BackupRefused(
            "This database is not an SQLite file on this computer, so it cannot be copied "
            "here; back it up with the database server's own tools (for PostgreSQL, pg_dump or "
            "the server's scheduled backups)."
        )
    if not source.is_file():
        raise BackupRefused(f"No database at {source}.")
    con = sqlite3.connect(source, timeout=30)
    try:
        con.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupRefused(f"{source} is not an SQLite database ({exc}).") from None
    finally:
        con.close()
    return source


def backup_database(
    ctx: ServiceContext,
    target: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> BackupResult:
    """Copy the context's SQLite database to ``target`` and record the backup in its audit trail.

    Args:
        ctx: The database to copy, the user and the clock.
        target: The copy to write; an existing folder gets a time-stamped file inside it.
            Missing folders are made owner-only; an existing file is replaced only by a whole,
            checked copy.
        progress: Called with (pages copied, pages in all) after each step of the copy.

    Returns:
        The copy, its size and SHA-256.

    Raises:
        BackupRefused: Not an SQLite database, the target is the database itself, or the copy
            fails its integrity check.
        OSError: The copy cannot be written.
        sqlite3.Error: SQLite cannot read the database.
    """
    source = sqlite_source(ctx.db.url)
    final = Path(target).expanduser()
    if final.is_dir():
        local = ctx.now().replace(tzinfo=UTC).astimezone()
        final = final / f"{source.stem}-{local:%Y%m%d-%H%M%S}{source.suffix or '.sqlite3'}"
    if final.exists() and os.path.samefile(final, source):
        raise BackupRefused("The backup would overwrite the database itself; choose another path.")
    make_private_folder(final.parent)
    with atomic_path(final) as tmp:
        try:
            _copy(source, tmp, progress)
        finally:
            # SQLite's own files for the copy: gone after a clean close, left after a failure.
            for suffix in _SIDECARS:
                with contextlib.suppress(OSError):
                    Path(f"{tmp}{suffix}").unlink()
        size, digest = file_digest(tmp)
        # Recorded in the source once the copy is whole and checked, and before it is published:
        # a backup that cannot be audited is not kept. So a backup never holds its own event.
        with ctx.unit_of_work() as session:
            record_file_written(
                session,
                ctx,
                action="backup",
                entity="database",
                entity_id=0,
                name=final.name,
                sha256=digest,
            )
    return BackupResult(final, size, digest)


def _copy(source: Path, tmp: Path, progress: Callable[[int, int], None] | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    src = sqlite3.connect(source, timeout=30)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst, pages=STEP_PAGES, progress=step)
            # A single self-contained file: no -wal beside the copy is needed to read it.
            dst.execute("PRAGMA journal_mode=DELETE")
            check = dst.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise BackupRefused(f"The copy failed its integrity check ({check}).")
        finally:
            dst.close()
    finally:
        src.close()


__all__ = ["STEP_PAGES", "BackupRefused", "BackupResult", "backup_database", "sqlite_source"]
