"""`export`, `backup` and `pack` on the command line: what they print, and what they record."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from enforcement_desktop import config
from enforcement_desktop.cli import main


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("files") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        # The demo's case manager is the login it is built as: the one these tests run as.
        patch.setenv(config.USER_ENV, "cli.user")
        assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for each test, as each one writes to it."""
    path = tmp_path / "db" / "demo.sqlite3"
    path.parent.mkdir()
    source, copy = sqlite3.connect(demo_template), sqlite3.connect(path)
    try:
        source.backup(copy)
    finally:
        source.close()
        copy.close()
    return path


@pytest.fixture(autouse=True)
def no_environment_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(config.USER_ENV, "cli.user")


def events(db: Path, action: str) -> list[tuple[str, str, int, int | None, str]]:
    """(user, entity, entity id, case id, new value) of each event of ``action``."""
    con = sqlite3.connect(db)
    try:
        return con.execute(
            "SELECT user, entity, entity_id, case_id, new_value FROM audit_event "
            "WHERE action = ? ORDER BY id",
            (action,),
        ).fetchall()
    finally:
        con.close()


def payer_id(db: Path, scin: str) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT id FROM contact WHERE scin = ?", (scin,)).fetchone()[0])
    finally:
        con.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_prints_the_file_its_size_and_hash_and_is_audited(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "exports" / "case.json"
    assert main(["--db", str(demo_db), "export", "121000000008", "--out", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    size = out.stat().st_size
    assert printed == [
        f"Exported the cases of SCIN 121000000008 to {out}",
        f"  {size:,} bytes, SHA-256 {digest(out)}",
    ]
    ((user, entity, entity_id, case_id, value),) = events(demo_db, "export")
    assert (user, entity, entity_id) == ("cli.user", "contact", payer_id(demo_db, "121000000008"))
    assert case_id is not None
    assert value == f"case.json; SHA-256 {digest(out)}"


def test_export_to_standard_output_stays_pure_json_and_is_audited(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(demo_db), "export", "121000000008"]) == 0
    text = capsys.readouterr().out
    assert json.loads(text)["paying_parent"]["scin"] == "121000000008"
    ((user, _entity, _id, _case, value),) = events(demo_db, "export")
    assert user == "cli.user"
    assert value == f"(standard output); SHA-256 {hashlib.sha256(text.encode()).hexdigest()}"


def test_backup_prints_the_copy_its_size_and_hash_and_is_audited(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "backups" / "monday.sqlite3"
    assert main(["--db", str(demo_db), "backup", str(target)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [
        f"Backed up {demo_db} to {target}",
        f"  {target.stat().st_size:,} bytes, SHA-256 {digest(target)}",
    ]
    assert events(demo_db, "backup") == [
        ("cli.user", "database", 0, None, f"monday.sqlite3; SHA-256 {digest(target)}")
    ]
    assert events(target, "backup") == []  # taken before its own event was written


def test_pack_is_audited_with_the_zip_hash(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "packs"
    assert main(["--db", str(demo_db), "pack", "121000000008", "--out", str(folder)]) == 0
    zip_path = Path(capsys.readouterr().out.strip())
    assert zip_path.parent == folder
    ((user, entity, entity_id, _case, value),) = events(demo_db, "pack")
    assert (user, entity, entity_id) == ("cli.user", "contact", payer_id(demo_db, "121000000008"))
    assert value == f"{zip_path.name}; SHA-256 {digest(zip_path)}"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_export_and_backup_are_owner_only_whatever_the_umask(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export, copy = tmp_path / "case.json", tmp_path / "copy.sqlite3"
    old_umask = os.umask(0o022)
    try:
        assert main(["--db", str(demo_db), "export", "121000000008", "--out", str(export)]) == 0
        assert main(["--db", str(demo_db), "backup", str(copy)]) == 0
    finally:
        os.umask(old_umask)
    capsys.readouterr()
    assert stat.S_IMODE(export.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
