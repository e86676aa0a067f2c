"""`user` and `office` on the command line, and the refusal of an unknown login."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop import config
from enforcement_desktop.cli import main


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv(config.USER_ENV, "tess.lead")


def run(db: Path, *argv: str, user: str | None = None) -> int:
    if user is None:
        return main(["--db", str(db), *argv])
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(config.USER_ENV, user)
        return main(["--db", str(db), *argv])


def one_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_set_up_a_database_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "team.sqlite3"
    assert run(db, "user", "list") == 1  # no database yet: not created by a listing
    assert "No database" in one_error(capsys)
    office = ["--address", "Fictional House", "--address", "1 Example Street"]
    assert run(db, "office", "add", "Testbury", *office, "--postcode", "te11st") == 0
    assert run(db, "user", "add", "tess.lead", "--name", "Tess Example", "--team", "A") == 0
    assert "tess.lead (Tess Example): case_manager, team_leader" in capsys.readouterr().out
    assert (
        run(
            db,
            "user",
            "add",
            "casey",
            "--name",
            "Casey Example",
            "--phone",
            "02079460001",
            "--team",
            "A",
            "--office",
            "Testbury",
            "--role",
            "case-manager",
            "--role",
            "dot",
        )
        == 0
    )
    capsys.readouterr()
    assert run(db, "user", "list") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == ["LOGIN", "NAME", "TEAM", "ROLES", "OFFICE"]
    assert listing[1].startswith("casey") and "case_manager, deduction_order_team" in listing[1]
    assert listing[1].rstrip().endswith("Testbury")
    assert listing[2].startswith("tess.lead")
    assert run(db, "user", "set", "casey", "--inactive", "--team", "B") == 0
    capsys.readouterr()
    assert run(db, "user", "list") == 0
    assert "Casey Example (inactive)  B" in capsys.readouterr().out
    assert run(db, "office", "set", "Testbury", "--phone", "020 7946 0000") == 0
    capsys.readouterr()
    assert run(db, "office", "list") == 0
    assert "Fictional House, 1 Example Street, TE1 1ST  020 7946 0000" in capsys.readouterr().out


def test_refusals_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "team.sqlite3"
    assert run(db, "user", "add", "tess.lead", "--name", "Tess Example") == 0
    assert run(db, "user", "add", "casey", "--name", "Casey Example") == 0
    capsys.readouterr()
    assert run(db, "user", "add", "someone", "--name", "Some Example", user="casey") == 1
    assert one_error(capsys) == "enforcement-desktop: error: Only a team leader can add users"
    assert run(db, "user", "set", "tess.lead", "--role", "case_manager") == 1
    assert "--role: This is the last active team leader" in one_error(capsys)
    assert run(db, "user", "add", "x", "--name", "X Example", "--phone", "12") == 1
    assert "--phone: Phone is not a valid UK telephone number" in one_error(capsys)
    assert run(db, "user", "add", "y", "--name", "Y Example", "--office", "Nowhere") == 1
    assert "--office: There is no office called 'Nowhere'" in one_error(capsys)
    assert run(db, "user", "set", "nobody", "--team", "A") == 1
    assert "There is no user with the login 'nobody'" in one_error(capsys)
    assert run(db, "user", "add", "z", "--name", "Z", "--role", "boss") == 2
    assert "'boss' is not a role" in one_error(capsys)


def test_an_unknown_login_may_read_but_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db), "demo", "--cases", "0"]) == 0  # as tess.lead: a case manager
    capsys.readouterr()
    assert run(db, "options", "121000000001", user="stranger") == 0
    capsys.readouterr()
    refusal = (
        "enforcement-desktop: error: Your login 'stranger' has no user record in this "
        "database; ask a team leader to add you."
    )
    out = tmp_path / "out"
    for argv in (
        ["export", "121000000001", "--out", str(out / "case.json")],
        ["pack", "121000000008", "--out", str(out)],
        ["backup", str(out / "copy.sqlite3")],
    ):
        assert run(db, *argv, user="stranger") == 1, argv
        assert one_error(capsys) == refusal, argv
    assert not out.exists()
    assert run(db, "export", "121000000001", "--out", str(out / "case.json")) == 0
    capsys.readouterr()
    assert run(db, "import", str(out / "case.json"), user="stranger") == 1
    assert one_error(capsys) == refusal
    empty = tmp_path / "empty.sqlite3"
    capsys.readouterr()
    assert run(empty, "import", str(out / "case.json")) == 1
    assert "has no users yet: add yourself first" in one_error(capsys)
