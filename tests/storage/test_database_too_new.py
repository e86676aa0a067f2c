"""A database upgraded by a newer copy of the application is refused with a sentence, unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from enforcement_desktop import config
from enforcement_desktop.__main__ import main
from enforcement_desktop.domain.errors import DatabaseTooNew
from enforcement_desktop.storage.db import (
    Database,
    _newest_file_revision,
    current_revision,
    sqlite_url,
)

#: A revision no copy of this application has.
FUTURE = "0099"


def make_too_new(url: str) -> None:
    """A database at the newest schema this copy knows, then marked as upgraded beyond it."""
    db = Database(url)
    try:
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})
    finally:
        db.dispose()


def test_too_new_is_refused_and_left_alone(new_db_url: str) -> None:
    make_too_new(new_db_url)
    with pytest.raises(DatabaseTooNew) as caught:
        Database(new_db_url)
    assert caught.value.found == FUTURE
    assert caught.value.newest_known == _newest_file_revision()
    assert FUTURE in str(caught.value) and "newer version" in str(caught.value)
    probe = Database(new_db_url, migrate=False)
    try:
        assert current_revision(probe.engine) == FUTURE
    finally:
        probe.dispose()


def test_cli_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    path = tmp_path / "newer.sqlite3"
    make_too_new(sqlite_url(path))
    assert main(["--db", str(path), "options", "121000000001"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert f"schema version {FUTURE}, newer than this copy" in err
