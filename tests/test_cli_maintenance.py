"""`enforcement-desktop maintenance add|list SCIN`: collections of ongoing maintenance."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from enforcement_desktop import config
from enforcement_desktop.cli import main
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services import users
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.regions import seed_test_regions
from tests.services.builders import make_case


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(config.USER_ENV, "casey")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Casey, and Pat Testington (121000000101) with one case."""
    path = tmp_path / "team.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        ctx = seed_test_regions(ServiceContext(database, "casey"))
        users.add_user(ctx, "casey", users.UserInput("Casey Example", team="Team A"))
        make_case(ctx)
    finally:
        database.dispose()
    return path


def test_add_then_list(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today()
    first, second = today - timedelta(days=14), today - timedelta(days=7)
    base = ["--db", str(db), "maintenance", "add", "121000000101"]
    assert main([*base, "--due", first.isoformat(), "--amount-due", "45"]) == 0
    out = capsys.readouterr().out
    assert f"due {format_date(first)} £45.00, paid £0.00 (missed: nothing paid of £45.00)" in out
    paid = ["--paid", "45.00", "--paid-on", format_date(second)]
    assert main([*base, "--due", format_date(second), "--amount-due", "45", *paid]) == 0
    assert "(paid in full on time)" in capsys.readouterr().out

    assert main(["--db", str(db), "maintenance", "list", "121000000101"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(": 2 collections recorded")
    assert out[1].split() == ["Due", "Amount", "due", "Paid", "Paid", "on"]
    assert out[2].startswith(format_date(second)) and out[2].endswith("Paid in full on time")
    assert out[3].startswith(format_date(first))
    assert out[3].endswith("Missed: nothing paid of £45.00")


def test_refusals_are_one_line_each(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    args = ["--db", str(db), "maintenance", "add", "121000000101", "--due", tomorrow]
    assert main([*args, "--amount-due", "-3", "--paid", "3", "--paid-on", tomorrow]) == 1
    err = capsys.readouterr().err
    assert "error: amount_due: Must be £0.00 or more" in err
    assert "error: paid_on: A payment cannot be recorded as made in the future" in err
    assert main(["--db", str(db), "maintenance", "list", "121000000999"]) == 1
    assert "121000000999" in capsys.readouterr().err
