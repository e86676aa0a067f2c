"""`letter CMSL6031|CMSL6038|CMSL5511 SCIN --sr N`: the arrears letters on the command line, on
the demo's 121000000011 (an Arrears Review advising CMSL6038 after 14 weeks of compliance and a
missed collection)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop.cli import main
from enforcement_desktop.config import current_user
from enforcement_desktop.domain.enums import SrStatus, SrSubStatus, Workflow
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.services import screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.contacts import find_contact_by_scin
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.documents.helpers import open_docx

ARREARS = "121000000011"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    return path


def _review(path: Path) -> int:
    database = Database(f"sqlite:///{path}")
    try:
        ctx = ServiceContext(database, current_user())
        client = find_contact_by_scin(ctx, ARREARS).id
        return next(
            sr.id
            for sr in screens.client_screen(ctx, client).service_requests
            if sr.workflow == Workflow.ARREARS_REVIEW
        )
    finally:
        database.dispose()


def test_the_advised_cmsl6038_is_written_registered_and_the_review_waits(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sr_id = _review(demo_db)
    out = tmp_path / "letters"
    code = main(["--db", str(demo_db), "letter", "CMSL6038", ARREARS, "--sr", str(sr_id),
                 "--out", str(out)])  # fmt: skip
    printed = capsys.readouterr().out.splitlines()
    assert code == 0, printed
    written = Path(printed[0])
    assert written.parent == out and written.exists()
    assert "Wait State Arrears Notice" in printed[1]
    text = "\n".join(p.text for p in open_docx(written).paragraphs)
    assert ARREARS in text
    database = Database(f"sqlite:///{demo_db}")
    try:
        sr = srs.get_service_request(ServiceContext(database, current_user()), sr_id)
    finally:
        database.dispose()
    assert sr.status == SrStatus.WAIT
    assert sr.sub_status == SrSubStatus.WAIT_STATE_ARREARS_NOTICE


def test_a_letter_not_advised_needs_a_reason_and_writes_nothing(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sr_id = _review(demo_db)
    out = tmp_path / "letters"
    code = main(["--db", str(demo_db), "letter", "CMSL6031", ARREARS, "--sr", str(sr_id),
                 "--out", str(out)])  # fmt: skip
    captured = capsys.readouterr()
    assert code == 1
    assert len(captured.err.strip().splitlines()) == 1
    assert not out.exists() or not any(p.suffix == ".docx" for p in out.iterdir())
    assert LetterCode.CMSL6031.value not in captured.out


def test_without_sr_it_says_where_the_letter_is_sent_from(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--db", str(demo_db), "letter", "CMSL5511", ARREARS, "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "--sr N" in err and "Arrears Review" in err
