"""`enforcement-desktop diary`: the Diary, printed from the same read model."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from enforcement_desktop import config
from enforcement_desktop.cli import main
from enforcement_desktop.domain.enums import SrStatus, SrSubStatus
from enforcement_desktop.services import reminders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import ServiceRequest
from tests.regions import seed_test_regions
from tests.services.builders import make_case


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(config.USER_ENV, "tess.lead")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Tess leads Team A; Casey works in it. Casey has a reminder due today and an SR whose
    wait ended yesterday; Tess's team has a case with arrears and no open SR."""
    path = tmp_path / "team.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        lead = seed_test_regions(ServiceContext(database, "tess.lead"))
        users.add_user(lead, "tess.lead", users.UserInput("Tess Example", team="Team A"))
        users.add_user(lead, "casey", users.UserInput("Casey Example", team="Team A"))
        casey = ServiceContext(database, "casey", clock=lead.clock)
        today = casey.today()
        case = make_case(casey)
        bailiff = ("Enforcement", "Take Enforcement Action", "Bailiff")
        first = srs.create_service_request(casey, case.id, *bailiff).id
        second = srs.create_service_request(casey, case.id, *bailiff).id
        reminders.add_reminder(casey, first, today, "Phone the employer back")
        with database.unit_of_work() as s:
            s.execute(
                update(ServiceRequest)
                .where(ServiceRequest.id == second)
                .values(
                    status=SrStatus.WAIT,
                    sub_status=SrSubStatus.AWAITING_BAILIFF,
                    wait_until=today - timedelta(days=1),
                )
            )
        reminders.add_reminder(casey, second, today + timedelta(days=10), "Ring the SPOC")
        srs.create_service_request(casey, case.id, *bailiff)  # nothing asks anyone to act
        make_case(lead, "121000000102")
    finally:
        database.dispose()
    return path


def test_a_case_manager_sees_todays_and_overdue_reminders(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(config.USER_ENV, "casey")
        assert main(["--db", str(db), "diary"]) == 0
    out = capsys.readouterr().out.splitlines()

    assert out[0].startswith("Diary of Casey Example (casey), due by ")
    assert out[0].endswith(": 2 reminders, 1 overdue")
    assert out[1].split() == ["Due", "SCIN", "Client", "SR", "Owner", "What"]
    assert "Phone the employer back" in out[2] and "overdue" not in out[2]
    assert "121000000101" in out[2] and "Pat Testington" in out[2]
    assert "overdue" in out[3] and "The bailiff's 90 days end" in out[3]
    assert len(out) == 4  # not a team leader: no quiet work


def test_due_by_and_another_users_diary(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    later = "31/12/2099"
    assert main(["--db", str(db), "diary", "--user", "casey", "--due-by", later]) == 0
    out = capsys.readouterr().out.splitlines()

    assert out[0].endswith("due by 31/12/2099: 3 reminders, 1 overdue")
    assert "Ring the SPOC" in out[2]


def test_a_team_leader_sees_the_team_and_quiet_work(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db), "diary", "--team"]) == 0
    out = capsys.readouterr().out

    assert "Diary of Team A (Tess Example's team)" in out
    assert "Phone the employer back" in out
    assert "Cases with arrears and no open service request: 1" in out
    assert "£2,400.00" in out
    assert "Open service requests that ask nobody to act: 1" in out


def test_refusals_are_one_line(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "diary", "--due-by", "tomorrow"]) == 2
    assert "is not a date: write it as 2026-11-23 or 23/11/2026" in capsys.readouterr().err
    assert main(["--db", str(db), "diary", "--user", "nobody"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["enforcement-desktop: error: No user found for nobody."]
    assert main(["--db", str(db), "diary", "--user", "casey", "--team"]) == 1
    assert "Only a team leader sees a team's diary" in capsys.readouterr().err


def test_limit_prints_the_first_lines_and_how_many_there_are(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = "31/12/2099"
    assert (
        main(["--db", str(db), "diary", "--user", "casey", "--due-by", later, "--limit", "2"]) == 0
    )
    out = capsys.readouterr().out.splitlines()

    assert out[0].endswith("due by 31/12/2099: 2 of 3 reminders, 1 overdue")
    assert "Ring the SPOC" in out[2]
    assert len(out) == 4

    assert main(["--db", str(db), "diary", "--user", "casey", "--limit", "0"]) == 2
    assert "'0' is not a number of lines: give 1 or more" in capsys.readouterr().err
