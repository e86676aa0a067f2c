"""Backups of the SQLite database: owner-only, atomic (even when killed), and audited."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import UTC
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop.services import backup
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent
from tests.conftest import FIXED_NOW
from tests.regions import seed_test_regions
from tests.services.builders import make_case
from tests.services.child import KILLED, run_child

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def fctx(sqlite_db: Database) -> ServiceContext:
    """A small real database in a file, with one case in it."""
    context = seed_test_regions(
        ServiceContext(db=sqlite_db, user="test.user", clock=lambda: FIXED_NOW)
    )
    make_case(context)
    return context


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "backups"
    folder.mkdir()
    return folder


def backup_events(ctx: ServiceContext) -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "backup")))


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def check_copy(path: Path) -> set[str]:
    """The copy is a whole, self-contained database; the actions in its audit trail."""
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert con.execute("SELECT COUNT(*) FROM enforcement_case").fetchone() == (1,)
        return {row[0] for row in con.execute("SELECT action FROM audit_event")}
    finally:
        con.close()


def test_backup_is_a_whole_copy_audited_in_the_source_with_its_hash(
    fctx: ServiceContext, out: Path
) -> None:
    progress: list[tuple[int, int]] = []
    result = backup.backup_database(
        fctx, out / "copy.sqlite3", progress=lambda done, total: progress.append((done, total))
    )
    data = result.path.read_bytes()
    assert result.path == out / "copy.sqlite3"
    assert (result.size, result.sha256) == (len(data), hashlib.sha256(data).hexdigest())
    assert progress and progress[-1][0] == progress[-1][1] > 0
    (event,) = backup_events(fctx)
    assert (event.user, event.at) == ("test.user", FIXED_NOW)
    assert (event.entity, event.entity_id, event.case_id) == ("database", 0, None)
    assert event.new_value == f"copy.sqlite3; SHA-256 {result.sha256}"
    # Written after the copy was taken, so the copy does not hold its own event.
    assert "backup" not in check_copy(result.path)
    assert names(out) == ["copy.sqlite3"]


def test_backup_copies_what_is_committed_and_is_recorded_once_a_writer_lets_it(
    fctx: ServiceContext, out: Path
) -> None:
    source = backup.sqlite_source(fctx.db.url)
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO database_info (key, value) VALUES ('uncommitted', 'no')")

    def release_when_copied(done: int, total: int) -> None:
        if done == total and writer.in_transaction:
            writer.execute("ROLLBACK")

    try:
        result = backup.backup_database(fctx, out / "copy.sqlite3", progress=release_when_copied)
    finally:
        writer.close()
    con = sqlite3.connect(result.path)
    try:
        keys = {row[0] for row in con.execute("SELECT key FROM database_info")}
    finally:
        con.close()
    assert "uncommitted" not in keys
    assert len(backup_events(fctx)) == 1


def test_backup_into_a_folder_is_named_by_the_database_and_the_local_time(
    fctx: ServiceContext, out: Path
) -> None:
    result = backup.backup_database(fctx, out)
    local = FIXED_NOW.replace(tzinfo=UTC).astimezone()
    assert result.path == out / f"test-{local:%Y%m%d-%H%M%S}.sqlite3"
    check_copy(result.path)


@posix_only
def test_backup_and_the_folders_made_for_it_are_owner_only(
    fctx: ServiceContext, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    old_umask = os.umask(0o022)
    try:
        result = backup.backup_database(fctx, shared / "backups" / "weekly" / "copy.sqlite3")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(result.path.stat().st_mode) == 0o600
    assert stat.S_IMODE((shared / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "backups" / "weekly").stat().st_mode) == 0o700
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


def test_failed_backup_keeps_the_old_copy_and_leaves_no_temporary_file(
    fctx: ServiceContext, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "copy.sqlite3"
    target.write_bytes(b"last week's backup")
    monkeypatch.setattr(backup, "STEP_PAGES", 2)

    def interrupt(done: int, total: int) -> None:
        if done >= total // 2:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        backup.backup_database(fctx, target, progress=interrupt)
    assert target.read_bytes() == b"last week's backup"
    assert names(out) == ["copy.sqlite3"]  # neither the copy nor SQLite's journal of it
    assert backup_events(fctx) == []


def test_backup_that_cannot_be_audited_is_not_published(
    fctx: ServiceContext, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(backup, "record_file_written", fail)
    with pytest.raises(RuntimeError, match="audit trail unavailable"):
        backup.backup_database(fctx, out / "copy.sqlite3")
    assert names(out) == []


def test_backup_onto_the_database_itself_is_refused(fctx: ServiceContext) -> None:
    source = backup.sqlite_source(fctx.db.url)
    before = source.stat().st_size
    with pytest.raises(backup.BackupRefused, match="itself"):
        backup.backup_database(fctx, source)
    assert source.stat().st_size == before
    assert backup_events(fctx) == []


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://someone@db.example/enforcement", "pg_dump"),
        ("sqlite://", "not an SQLite file"),
        ("sqlite:///{tmp}/absent.sqlite3", "No database"),
        ("sqlite:///{tmp}/notes.sqlite3", "not an SQLite database"),
    ],
)
def test_what_cannot_be_backed_up_here_is_refused_in_one_sentence(
    tmp_path: Path, url: str, words: str
) -> None:
    (tmp_path / "notes.sqlite3").write_text("not a database at all " * 300)
    with pytest.raises(backup.BackupRefused, match=words) as info:
        backup.sqlite_source(url.format(tmp=tmp_path))
    assert "\n" not in str(info.value)
    assert "someone" not in str(info.value)


# --------------------------------------------------------------------------- killed midway


def _kill_backup(ctx: ServiceContext, target: Path) -> None:
    """Back up in a child that dies once half the pages are copied."""
    result = run_child(
        f"""
        import os
        from enforcement_desktop.services import backup
        from enforcement_desktop.services.context import ServiceContext
        from enforcement_desktop.storage.db import Database

        def die_halfway(done, total):
            if done >= total // 2:
                os._exit({KILLED})

        backup.STEP_PAGES = 2
        ctx = ServiceContext(Database({ctx.db.url!r}, migrate=False), "child.user")
        backup.backup_database(ctx, {str(target)!r}, progress=die_halfway)
        """
    )
    assert result.returncode == KILLED, result.stderr


def test_killed_backup_leaves_the_previous_backup_whole(fctx: ServiceContext, out: Path) -> None:
    target = out / "copy.sqlite3"
    previous = backup.backup_database(fctx, target)
    before = target.read_bytes()
    _kill_backup(fctx, target)
    assert target.read_bytes() == before
    check_copy(target)
    assert [e.new_value for e in backup_events(fctx)] == [
        f"copy.sqlite3; SHA-256 {previous.sha256}"
    ]
    # What the killed copy left can never be taken for a backup: a hidden temporary name.
    assert all(name.startswith(".copy.sqlite3.") for name in names(out) if name != "copy.sqlite3")


def test_killed_first_backup_leaves_nothing_under_the_name(fctx: ServiceContext, out: Path) -> None:
    _kill_backup(fctx, out / "copy.sqlite3")
    assert "copy.sqlite3" not in names(out)
    assert backup_events(fctx) == []
