"""`enforcement-desktop letter CODE SCIN --to KIND --out DIR [--sr N]`."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from enforcement_desktop.cli import main
from enforcement_desktop.config import current_user
from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import Letter
from tests.documents.helpers import open_docx
from tests.regions import seed_test_regions
from tests.services.builders import make_case, make_case_manager

SCIN = "121000000101"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A client with an open Decide on enforcement action SR, worked by the command's login."""
    path = tmp_path / "letters.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        ctx = seed_test_regions(ServiceContext(database, current_user()))
        make_case_manager(ctx)
        case = make_case(ctx, SCIN)
        sr = srs.create_service_request(
            ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
        )
        srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    finally:
        database.dispose()
    return path


def _letters(db_path: Path) -> int:
    database = Database(f"sqlite:///{db_path}")
    try:
        with database.unit_of_work() as s:
            return int(s.scalar(select(func.count()).select_from(Letter)) or 0)
    finally:
        database.dispose()


def test_writes_registers_and_prints_the_path(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    code = main(
        [
            "--db", str(db_path), "letter", "cmel9251", SCIN, "--to", "third-party",
            "--out", str(out), "--name", "Demoton Pensions Trust", "--address", "PO Box 1",
            "--address", "ZZ99 5ZZ", "--about", "their pension", "--variant", "unable-to-trace",
            "--include", "nino", "--reply-due", "2026-12-31",
        ]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    first, second = printed.out.splitlines()
    written = Path(first)
    assert written.parent == out and written.suffix == ".docx"
    text = "\n".join(p.text for p in open_docx(written).paragraphs)
    assert "Demoton Pensions Trust" in text and "their pension" in text
    assert "reply due 31/12/2026" in second
    assert _letters(db_path) == 1


def test_a_bank_letter_by_a_case_manager_is_one_line_exit_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    code = main(
        [
            "--db", str(db_path), "letter", "CMEL9251", SCIN, "--to", "bank",
            "--out", str(out), "--name", "Demoton Bank", "--about", "accounts",
            "--variant", "failed-to-supply",
        ]
    )  # fmt: skip
    err = capsys.readouterr().err.strip()
    assert code == 1
    assert len(err.splitlines()) == 1
    assert "Deduction Order Team or the Financial Investigations Unit" in err
    assert _letters(db_path) == 0
    assert not out.exists() or not list(out.glob("*.docx"))


def test_a_letter_to_the_wrong_recipient_is_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["--db", str(db_path), "letter", "CMEL9236", SCIN, "--to", "council", "--out",
         str(tmp_path / "x")]
    )  # fmt: skip
    assert code == 1
    assert "CMEL9236 is not sent to the council" in capsys.readouterr().err
    assert _letters(db_path) == 0
