"""Case files written to disk: owner-only, atomic (even when killed), and audited with a hash."""

from __future__ import annotations

import hashlib
import io
import json
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.errors import NotFoundError, ValidationError
from enforcement_desktop.services import exports
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.case_file import export_case
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent
from tests.conftest import FIXED_NOW
from tests.regions import seed_test_regions
from tests.services.builders import make_case
from tests.services.child import KILLED, run_child

SCIN = "121000000101"
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def export_events(ctx: ServiceContext) -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == "export")))


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_export_is_written_whole_and_audited_with_its_hash(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    case = make_case(ctx, SCIN)
    target = tmp_path / "case.json"

    result = exports.export_case_to_file(ctx, "1210 0000 0101", target)

    data = target.read_bytes()
    assert json.loads(data) == export_case(ctx, SCIN)
    assert "\n  " in data.decode("utf-8")  # indented, as the command line always wrote it
    assert result.path == target
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert (result.contact_id, result.case_id) == (case.paying_parent_id, case.id)
    (event,) = export_events(ctx)
    assert (event.user, event.at) == ("test.user", FIXED_NOW)
    assert (event.entity, event.entity_id) == ("contact", case.paying_parent_id)
    assert event.case_id == case.id
    assert event.new_value == f"case.json; SHA-256 {hashlib.sha256(data).hexdigest()}"
    # The folder is not recorded: it may say whose machine or share the file went to.
    assert str(tmp_path) not in (event.new_value or "")
    assert leftovers(tmp_path) == []


@posix_only
def test_export_file_and_the_folders_made_for_it_are_owner_only(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    make_case(ctx, SCIN)
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    old_umask = os.umask(0o022)
    try:
        target = shared / "exports" / "november" / "case.json"
        exports.export_case_to_file(ctx, SCIN, target)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(target.parent.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755  # there before: left as it was


def test_a_failed_export_leaves_the_old_file_and_records_nothing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    make_case(ctx, SCIN)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.json"
    target.write_text("the earlier export")
    with pytest.raises(NotFoundError):
        exports.export_case_to_file(ctx, "121999999999", target)
    assert target.read_text() == "the earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["case.json"]
    assert export_events(ctx) == []


def test_an_export_that_cannot_be_audited_is_not_published(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_case(ctx, SCIN)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.json"
    target.write_text("the earlier export")

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("audit trail unavailable")

    monkeypatch.setattr(exports, "record_file_written", fail)
    with pytest.raises(RuntimeError, match="audit trail unavailable"):
        exports.export_case_to_file(ctx, SCIN, target)
    assert target.read_text() == "the earlier export"
    assert sorted(p.name for p in folder.iterdir()) == ["case.json"]


def test_export_onto_a_folder_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    make_case(ctx, SCIN)
    with pytest.raises(ValidationError) as info:
        exports.export_case_to_file(ctx, SCIN, tmp_path)
    assert "is a folder" in info.value.errors["path"]
    assert export_events(ctx) == []


@pytest.mark.parametrize("encoding", ["utf-8", "ascii"])
def test_export_to_a_stream_is_audited_too(ctx: ServiceContext, encoding: str) -> None:
    make_case(ctx, SCIN)
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, newline="")
    result = exports.export_case_to_stream(ctx, SCIN, stream)
    written = buffer.getvalue()
    assert result.path is None
    assert json.loads(written) == export_case(ctx, SCIN)
    assert (result.size, result.sha256) == (len(written), hashlib.sha256(written).hexdigest())
    (event,) = export_events(ctx)
    assert event.new_value == f"{exports.STREAM_NAME}; SHA-256 {result.sha256}"


# --------------------------------------------------------------------------- killed midway


@pytest.fixture
def file_db(sqlite_db: Database) -> ServiceContext:
    context = seed_test_regions(
        ServiceContext(db=sqlite_db, user="test.user", clock=lambda: FIXED_NOW)
    )
    make_case(context, SCIN)
    return context


def _kill_export(ctx: ServiceContext, target: Path, *, when: str) -> None:
    """Export in a child that dies halfway through writing, or once the event is saved."""
    result = run_child(
        f"""
        import contextlib, os
        from enforcement_desktop.services import exports
        from enforcement_desktop.services.context import ServiceContext
        from enforcement_desktop.storage.db import Database

        real_write, real_record = exports.atomic_write, exports._record_export

        class HalfThenDie:
            def __init__(self, handle):
                self.handle = handle

            def write(self, data):
                self.handle.write(data[: len(data) // 2])
                self.handle.flush()
                os.fsync(self.handle.fileno())
                os._exit({KILLED})

        @contextlib.contextmanager
        def dying_write(path):
            with real_write(path) as handle:
                yield HalfThenDie(handle)

        def record_then_die(*args):
            real_record(*args)
            os._exit({KILLED})

        if {when!r} == "writing":
            exports.atomic_write = dying_write
        else:
            exports._record_export = record_then_die
        ctx = ServiceContext(Database({ctx.db.url!r}), "child.user")
        exports.export_case_to_file(ctx, {SCIN!r}, {str(target)!r})
        """
    )
    assert result.returncode == KILLED, result.stderr


@pytest.mark.parametrize("when", ["writing", "recorded"])
def test_killed_export_leaves_the_old_file_whole(
    file_db: ServiceContext, tmp_path: Path, when: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "case.json"
    target.write_text("the earlier export")
    _kill_export(file_db, target, when=when)
    assert target.read_text() == "the earlier export"
    # Only the temporary file of the killed writer remains, under a name no reader opens.
    assert len(leftovers(folder)) == 1 and leftovers(folder)[0].startswith(".case.json.")
    # Killed before the event: none. Killed after it: the trail over-reports a file that never
    # appeared, which is the safe side (an export never leaves unrecorded).
    assert len(export_events(file_db)) == (0 if when == "writing" else 1)


def test_killed_first_export_leaves_no_file_under_the_name(
    file_db: ServiceContext, tmp_path: Path
) -> None:
    target = tmp_path / "case.json"
    _kill_export(file_db, target, when="writing")
    assert not target.exists()
    assert export_events(file_db) == []
