"""Where the database is: bad --db values are one-line errors, and passwords are never shown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url

from enforcement_desktop import config
from enforcement_desktop.__main__ import main
from enforcement_desktop.config import Settings
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.storage.db import sqlite_url

SECRET = "S3cretPw"


@pytest.fixture(autouse=True)
def no_environment_database(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


BAD_VALUES = [
    pytest.param("", "give a database", id="empty"),
    pytest.param("   ", "give a database", id="blank"),
    pytest.param("mysql://x", "not supported", id="mysql"),
    pytest.param(f"postgresql://u:{SECRET}@host:99999/x", "port", id="port-too-large"),
    pytest.param(f"postgresql://u:{SECRET}@host:abc/x", "port", id="port-not-a-number"),
    pytest.param(f"postgresql+psycopg2://u:{SECRET}@host/x", "driver", id="unknown-driver"),
    pytest.param("sqlite+nosuchdriver:///x.sqlite3", "driver", id="unknown-sqlite-driver"),
    pytest.param("nosuchthing://x", "not supported", id="unknown-database"),
    pytest.param("/tmp/caf\udce9.sqlite3", "not valid text", id="undecodable-path"),
]


@pytest.mark.parametrize(("value", "expected"), BAD_VALUES)
def test_bad_database_values_are_refused(value: str, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        config.resolve_settings(db=value)
    assert list(caught.value.errors) == ["--db"]
    message = caught.value.errors["--db"]
    assert expected in message
    assert SECRET not in message


def test_a_folder_is_not_a_database_file(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        config.resolve_settings(db=str(tmp_path))
    assert "is a folder" in caught.value.errors["--db"]
    with pytest.raises(ValidationError) as caught:
        config.resolve_settings(db=sqlite_url(tmp_path))
    assert "is a folder" in caught.value.errors["--db"]


def test_the_environment_variable_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.DB_ENV, "mysql://x")
    with pytest.raises(ValidationError) as caught:
        config.resolve_settings()
    assert list(caught.value.errors) == [config.DB_ENV]


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.mark.parametrize(("value", "expected"), BAD_VALUES)
@pytest.mark.parametrize(
    "command", [["options", "121000000001"], ["demo", "--cases", "0"], []], ids=str
)
def test_cli_gives_one_line(
    value: str, expected: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    started: list[Settings] = []

    def launch_gui(settings: Settings) -> int:
        started.append(settings)
        return 0

    from enforcement_desktop import cli

    status = cli.main(["--db", value, *command], launch_gui=launch_gui)
    assert status in (1, 2)
    assert not started
    out, err = capsys.readouterr()
    line = _one_line(err)
    assert expected in line and SECRET not in out + err


def test_cli_folder_as_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path), "options", "121000000001"]) == 1
    assert "is a folder" in _one_line(capsys.readouterr().err)


# ---------------------------------------------------------------------------- passwords

#: Every URL form SQLAlchemy accepts a password in; the password always holds SECRET.
PASSWORD_URLS = [
    f"postgresql://u:{SECRET}@db.example/cases",
    f"postgresql+psycopg://u:{SECRET}@db.example:5432/cases",
    f"postgresql://u@db.example/cases?password={SECRET}",
    f"postgresql://u@db.example/cases?sslmode=require&password={SECRET}x",
    f"postgresql://u:{SECRET}%40more@db.example/cases",
    f"postgresql://u:{SECRET}@more@db.example/cases",
    f"postgresql://u:more@{SECRET}@db.example/cases",
    f"postgresql://u:{SECRET}:more@db.example/cases",
    f"postgresql://u:more:{SECRET}@db.example/cases",
    f"postgresql://u:{SECRET}/more@db.example/cases",
    f"postgresql://u:{SECRET}@db.example:abc/cases",
    f"postgresql://:{SECRET}@db.example/cases",
]


@pytest.mark.parametrize("url", PASSWORD_URLS)
def test_describe_url_masks_the_password(url: str) -> None:
    shown = config.describe_url(url)
    assert SECRET not in shown
    assert "more" not in shown
    assert "db.example" in shown


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql://u:{SECRET}@more@db.example/cases",
        f"postgresql://u:{SECRET}%40more@db.example/cases",
    ],
)
def test_a_password_with_an_at_sign_reaches_the_right_host(url: str) -> None:
    parsed = make_url(config.resolve_settings(db=url).db_url)
    assert parsed.host == "db.example"
    assert parsed.password == f"{SECRET}@more"
    assert SECRET not in config.describe_url(str(parsed.render_as_string(hide_password=False)))


def test_connection_failure_does_not_print_the_password() -> None:
    """A real process, as a user runs it: stderr carries no password, whatever fails."""
    url = f"postgresql://u:{SECRET}@127.0.0.1:1/x"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    env.pop(config.DB_ENV, None)
    for command in (["options", "121000000001"], ["demo", "--cases", "0"]):
        done = subprocess.run(
            [sys.executable, "-m", "enforcement_desktop", "--db", url, *command],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert done.returncode == 1, done.stderr
        assert SECRET not in done.stdout + done.stderr
        assert "could not be reached" in _one_line(done.stderr)
