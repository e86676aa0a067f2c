"""`enforcement-desktop region list|add`: the regions list, kept by team leaders."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop.cli import main
from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AppUser


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    database = Database(f"sqlite:///{path}")
    try:
        with ServiceContext(database, "setup").unit_of_work() as session:
            session.add(
                AppUser(login="lead", display_name="Lee Lead", roles=UserRole.TEAM_LEADER.value)
            )
            session.add(
                AppUser(login="ecm", display_name="Ed Case", roles=UserRole.CASE_MANAGER.value)
            )
    finally:
        database.dispose()
    return path


def test_list_shows_the_demo_regions(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(demo_db), "region", "list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "Midlands" in listed and listed == sorted(listed)


def test_a_team_leader_adds_a_region(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENFORCEMENT_DESKTOP_USER", "lead")
    assert main(["--db", str(demo_db), "region", "add", "Far  North"]) == 0
    assert capsys.readouterr().out.strip() == "Added the region Far North"
    assert main(["--db", str(demo_db), "region", "list"]) == 0
    assert "Far North" in capsys.readouterr().out.splitlines()


def test_a_case_manager_cannot_add_one(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENFORCEMENT_DESKTOP_USER", "ecm")
    assert main(["--db", str(demo_db), "region", "add", "Far North"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Only a team leader" in err


def test_a_misspelt_duplicate_is_refused_in_one_line(
    demo_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ENFORCEMENT_DESKTOP_USER", "lead")
    assert main(["--db", str(demo_db), "region", "add", "midlands"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Midlands is already in the regions list" in err
