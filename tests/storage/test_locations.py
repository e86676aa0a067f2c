"""Databases live wherever users keep them: accents, spaces, #, @, %, : and Windows-style paths."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import select

from enforcement_desktop import config
from enforcement_desktop.__main__ import main
from enforcement_desktop.domain.enums import CourtKind
from enforcement_desktop.storage.db import Database, current_revision, head_revision, sqlite_file

POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="not a valid Windows file name")
#: SQLAlchemy 2.0 cannot carry a "?" in an SQLite URL's path (2.1 percent-quotes it).
SQLALCHEMY_2_1 = pytest.mark.skipif(
    sqlalchemy.__version__.startswith("2.0."), reason="SQLAlchemy 2.0 cannot carry it"
)

#: Folder names users have, each a trap for a URL (%-quoting, fragment, user info, port, drive).
FOLDERS = [
    pytest.param("Zoë Éléonore", id="accents"),
    pytest.param("with spaces", id="spaces"),
    pytest.param("case #12", id="hash"),
    pytest.param("me@home", id="at"),
    pytest.param("100% sure", id="percent"),
    pytest.param("%41", id="percent-escape"),
    pytest.param("?query", id="question", marks=[POSIX_ONLY, SQLALCHEMY_2_1]),
    pytest.param("a:b", id="colon", marks=POSIX_ONLY),
    # On POSIX the backslashes are ordinary characters: one folder shaped like Windows' default.
    pytest.param(
        "C:\\Users\\Zoë Test\\AppData\\Local\\CMG\\enforcement-desktop",
        id="windows-shaped",
        marks=POSIX_ONLY,
    ),
]


@pytest.fixture(autouse=True)
def no_environment_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture(params=FOLDERS)
def db_path(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / request.param / "enforcement.sqlite3"


def _court_names(db: Database) -> list[str]:
    from enforcement_desktop.storage.models import Court

    with db.unit_of_work() as session:
        return list(session.scalars(select(Court.name)))


def test_url_round_trips_the_path(db_path: Path) -> None:
    url = config.to_url(str(db_path))
    assert sqlite_file(url) == db_path
    assert config.describe_url(url) == str(db_path)
    settings = config.resolve_settings(db=str(db_path))
    assert settings.db_url == url
    assert settings.db_display == str(db_path)


def test_create_migrate_write_and_reopen(db_path: Path) -> None:
    from enforcement_desktop.storage.models import Court

    url = config.resolve_settings(db=str(db_path)).db_url
    db = Database(url)
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        with db.unit_of_work() as session:
            session.add(
                Court(
                    name="Demoton County Court",
                    kind=CourtKind.COUNTY,
                    charging_order_de_minimis=Decimal("1000.00"),
                )
            )
    finally:
        db.dispose()
    # The file is where the user asked, not at a path decoded from the URL.
    assert db_path.is_file()
    assert sorted(p.name for p in db_path.parent.iterdir() if p.suffix == ".sqlite3") == [
        db_path.name
    ]
    again = Database(url)
    try:
        assert _court_names(again) == ["Demoton County Court"]
    finally:
        again.dispose()


def test_cli_demo_then_options(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo", "--cases", "0"]) == 0
    out = capsys.readouterr().out
    assert str(db_path) in out
    assert db_path.is_file()
    assert main(["--db", str(db_path), "options", "121000000001"]) == 0
    options = json.loads(capsys.readouterr().out)
    assert any(option["allowed"] for option in options)


def test_database_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default location, found through platformdirs, under a home folder with an accent."""
    monkeypatch.setenv("HOME", str(tmp_path / "Zoë Test"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "Zoë Test" / ".local" / "share"))
    settings = config.resolve_settings()
    path = sqlite_file(settings.db_url)
    assert path is not None
    assert path.is_relative_to(tmp_path)
    db = Database(settings.db_url)
    db.dispose()
    assert path.is_file()
    assert os.path.samefile(path.parent, config.data_dir())


@pytest.mark.skipif(not sqlalchemy.__version__.startswith("2.0."), reason="2.1 carries a ?")
@POSIX_ONLY
def test_a_path_a_url_cannot_carry_is_refused_not_opened_elsewhere(tmp_path: Path) -> None:
    from enforcement_desktop.domain.errors import ValidationError

    with pytest.raises(ValidationError) as caught:
        config.resolve_settings(db=str(tmp_path / "?query" / "enforcement.sqlite3"))
    assert "cannot be used" in caught.value.errors["--db"]
    assert not list(tmp_path.iterdir())
