"""`enforcement-desktop history SCIN [--out FILE.pdf]`: the case history, oldest first."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop.cli import main
from enforcement_desktop.config import current_user
from enforcement_desktop.services import cases, contacts, notes
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent
from tests.regions import seed_test_regions
from tests.services.builders import make_case
from tests.users import add_test_user

SCIN = "121000000101"
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database with one client: case opened, a note, then the arrears reduced."""
    path = tmp_path / "history.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        ctx = seed_test_regions(ServiceContext(database, current_user()))
        add_test_user(ctx, name="Morgan Testwell")
        case = make_case(ctx, SCIN)
        notes.add_note(ctx, "Phoned the paying parent\nabout the arrears", case_id=case.id)
        data = cases.CaseInput(
            scheme=case.scheme, region=case.region, arrears_balance=Decimal("950.00")
        )
        cases.update_case(ctx, case.id, cases.get_case(ctx, case.id).version, data)
        payer = contacts.get_contact(ctx, case.paying_parent_id)
        contacts.update_contact(
            ctx, payer.id, payer.version, replace(payer.to_input(), first_name="Patricia")
        )
    finally:
        database.dispose()
    return path


def test_prints_oldest_first_with_date_user_and_what(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "history", SCIN]) == 0

    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        f"Case history of Patricia Testington, SCIN {SCIN} (oldest first; times UTC)"
    )
    body = lines[1:]
    assert body[0].endswith("Client record created")
    note = next(i for i, line in enumerate(body) if "Note on the case" in line)
    arrears = next(i for i, line in enumerate(body) if "Arrears balance" in line)
    name = next(i for i, line in enumerate(body) if "First name" in line)
    assert note < arrears < name
    assert body[arrears].endswith("Arrears balance: £2,400.00 → £950.00")
    assert "Morgan Testwell" in body[arrears]
    assert "Case 1" in body[arrears]
    # A note's line breaks do not break the listing's lines.
    assert body[note].endswith("Note on the case: Phoned the paying parent about the arrears")
    assert body[name].endswith("First name: Pat → Patricia")


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs poppler-utils (pdftotext)")
def test_out_writes_the_pdf_and_records_it(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "history.pdf"

    assert main(["--db", str(db_path), "history", SCIN, "--out", str(target)]) == 0

    said = capsys.readouterr().out.splitlines()
    assert said[0] == f"Wrote the case history of SCIN {SCIN} to {target}"
    assert PDFTOTEXT is not None
    text = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert f"SCIN {SCIN} · Patricia Testington" in flat
    assert "Page 1 of 1" in flat
    assert "Arrears balance: £2,400.00 → £950.00" in flat
    assert flat.index("Client record created") < flat.index("Arrears balance")
    database = Database(f"sqlite:///{db_path}")
    try:
        with database.reading() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "history printed")
            ).one()
            assert event.new_value is not None
            assert event.new_value.startswith("history.pdf; SHA-256 ")
            assert said[1].endswith(event.new_value.rsplit(" ", 1)[1])
    finally:
        database.dispose()
    # The next history says it was printed.
    assert main(["--db", str(db_path), "history", SCIN]) == 0
    assert (
        capsys.readouterr()
        .out.splitlines()[-1]
        .endswith("Case history printed: history.pdf; SHA-256 " + event.new_value.rsplit(" ", 1)[1])
    )


def test_an_unknown_scin_is_one_line_and_exit_1(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "history", "999999999999"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "999999999999" in err


def test_not_a_scin_is_refused_by_the_parser(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "history", "12345"]) == 2
    assert "is not a SCIN" in capsys.readouterr().err


def test_writing_the_pdf_needs_a_user_record(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ENFORCEMENT_DESKTOP_USER", "nobody.known")
    target = tmp_path / "history.pdf"
    assert main(["--db", str(db_path), "history", SCIN, "--out", str(target)]) == 1
    assert not target.exists()
    assert capsys.readouterr().err.strip().count("\n") == 0
