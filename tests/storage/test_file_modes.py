"""On POSIX the database is the user's alone: folders the application makes are 0700, the
database file and its -wal and -shm files 0600; folders the user already had keep their mode."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from enforcement_desktop import config
from enforcement_desktop.storage.db import Database, sqlite_file, sqlite_url

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask, under which files come out readable by everyone unless made otherwise."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def _open_and_write(path: Path, key: str = "k") -> Database:
    db = Database(sqlite_url(path))
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO database_info (key, value) VALUES (:k, 'v')"), {"k": key})
    return db


def test_new_folders_and_files_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "made" / "by the app" / "enforcement.sqlite3"
    db = _open_and_write(path)
    try:
        # While it is open, the -wal and -shm files exist beside it.
        for name in (path.name, f"{path.name}-wal", f"{path.name}-shm"):
            assert mode(path.parent / name) == 0o600, name
        assert mode(tmp_path / "made") == 0o700
        assert mode(tmp_path / "made" / "by the app") == 0o700
    finally:
        db.dispose()
    assert mode(path) == 0o600


def test_a_folder_the_user_had_keeps_its_mode(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o755)
    db = _open_and_write(shared / "x.sqlite3")
    db.dispose()
    assert mode(shared) == 0o755
    assert mode(shared / "x.sqlite3") == 0o600


def test_an_existing_database_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "team.sqlite3"
    _open_and_write(path).dispose()
    path.chmod(0o640)  # the user shared it with their group on purpose
    _open_and_write(path, key="again").dispose()
    assert mode(path) == 0o640


def test_the_data_folder_is_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / ".local" / "share"))
    (tmp_path / "home").mkdir()
    settings = config.resolve_settings()
    Database(settings.db_url).dispose()
    assert mode(config.data_dir()) == 0o700
    path = sqlite_file(settings.db_url)
    assert path is not None and mode(path) == 0o600
    assert mode(tmp_path / "home") == 0o755  # the user's own folder is left as it was
