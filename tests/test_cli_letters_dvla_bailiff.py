"""`letter CMEL9235|VQ615 SCIN --to dvla` (the DVLA request) and `letter CMEL8011|CMEL8039 SCIN
--sr N` (the Bailiff SR's letters), on the demo data: 121000000008's three prepared Bailiff SRs,
121000000009's Decide SR with evidence of criminal activity (no vehicle recorded), 121000000001's
Decide SR without."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop import config
from enforcement_desktop.cli import main
from enforcement_desktop.config import current_user
from enforcement_desktop.domain.enums import BailiffOutcome, BailiffOutcomeType, DocumentType
from enforcement_desktop.services import bailiff, contacts
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.letters import decide_sr_for, list_letters
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import Contact
from tests.documents.helpers import open_docx

PACKED = "121000000008"
CRIMINAL = "121000000009"
CIVIL = "121000000001"


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    return path


def _ctx(path: Path) -> tuple[Database, ServiceContext]:
    database = Database(f"sqlite:///{path}")
    return database, ServiceContext(database, current_user())


def _bailiff_sr(path: Path) -> int:
    database, ctx = _ctx(path)
    try:
        return next(c.sr_id for c in bailiff.pack_candidates(ctx, PACKED) if c.ready)
    finally:
        database.dispose()


def _documents(path: Path, sr_id: int, kind: DocumentType) -> list[str]:
    database, ctx = _ctx(path)
    try:
        sr = srs.get_service_request(ctx, sr_id)
        return [d.file_name for d in sr.documents if d.doc_type is kind]
    finally:
        database.dispose()


def _one_error(capsys: pytest.CaptureFixture[str]) -> str:
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def _letter(path: Path, *argv: str) -> int:
    return main(["--db", str(path), "letter", *argv])


# --------------------------------------------------------------------------- CMEL8011 / CMEL8039


def test_cmel8011_from_a_bailiff_sr_is_written_recorded_and_printed(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sr_id = _bailiff_sr(demo_db)
    before = _documents(demo_db, sr_id, DocumentType.CMEL8011)
    out = tmp_path / "letters"
    capsys.readouterr()

    assert _letter(demo_db, "cmel8011", PACKED, "--sr", str(sr_id), "--out", str(out)) == 0

    lines = capsys.readouterr().out.splitlines()
    paths = [Path(line) for line in lines if not line.startswith(" ")]
    assert paths and all(p.parent == out and p.is_file() and p.suffix == ".pdf" for p in paths)
    assert all(p.name.endswith(f"_CMEL8011_{sr_id}.pdf") for p in paths)
    assert f"recorded on Bailiff SR {sr_id}" in lines[-1]
    after = _documents(demo_db, sr_id, DocumentType.CMEL8011)
    assert len(after) == len(before) + len(paths)
    assert {p.name for p in paths} <= set(after)


def test_cmel8039_waits_for_the_outcome_then_is_written(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sr_id = _bailiff_sr(demo_db)
    out = tmp_path / "letters"
    capsys.readouterr()
    assert _letter(demo_db, "CMEL8039", PACKED, "--sr", str(sr_id), "--out", str(out)) == 1
    assert "record the bailiff outcome first" in _one_error(capsys)
    assert not out.exists() or not list(out.iterdir())

    database, ctx = _ctx(demo_db)
    try:
        today = ctx.today()
        pack = bailiff.build_bailiff_pack(ctx, PACKED, tmp_path / "packs")
        assert sr_id in pack.sr_ids
        bailiff.record_pack_sent(ctx, list(pack.sr_ids), "Example Enforcement Agents Ltd", today)
        sr = srs.get_service_request(ctx, sr_id)
        bailiff.record_outcome(
            ctx,
            sr.id,
            sr.version,
            outcome=BailiffOutcome.NOT_SUCCESSFUL,
            outcome_type=BailiffOutcomeType.RETURNED_BY_BAILIFF,
            outcome_date=today,
            reason_return_code="No goods of sufficient value to remove",
        )
    finally:
        database.dispose()

    assert _letter(demo_db, "CMEL8039", PACKED, "--sr", str(sr_id), "--out", str(out)) == 0
    first = Path(capsys.readouterr().out.splitlines()[0])
    assert first.is_file() and first.name.endswith(f"_CMEL8039_{sr_id}.pdf")
    assert first.name in _documents(demo_db, sr_id, DocumentType.CMEL8039)


def test_bailiff_letters_refused_in_one_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sr_id = _bailiff_sr(demo_db)
    database, ctx = _ctx(demo_db)
    try:
        decide = decide_sr_for(ctx, CRIMINAL, None)
    finally:
        database.dispose()
    out = str(tmp_path / "letters")
    capsys.readouterr()

    assert _letter(demo_db, "CMEL8011", PACKED, "--out", out) == 1
    assert "written from a Bailiff SR: name it with --sr N" in _one_error(capsys)
    assert _letter(demo_db, "CMEL8011", CRIMINAL, "--sr", str(decide), "--out", out) == 1
    assert "not a Bailiff SR" in _one_error(capsys)
    assert _letter(demo_db, "CMEL8011", CIVIL, "--sr", str(sr_id), "--out", out) == 1
    assert f"is not one of SCIN {CIVIL}'s" in _one_error(capsys)
    command = ["CMEL8011", PACKED, "--sr", str(sr_id), "--to", "employer", "--out", out]
    assert _letter(demo_db, *command) == 1
    assert "leave out --to" in _one_error(capsys)
    assert _letter(demo_db, "CMEL8012", PACKED, "--sr", str(sr_id), "--out", out) == 2
    assert "CMEL8011, CMEL8039" in _one_error(capsys)
    assert not Path(out).exists()


# --------------------------------------------------------------------------- CMEL9235 / VQ615


def test_the_dvla_request_from_the_command_line(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "letters"
    reason = "Criminal referral raised: we need the keeper's address"
    capsys.readouterr()
    assert _letter(demo_db, "CMEL9235", CRIMINAL, "--to", "dvla", "--out", str(out)) == 1
    assert "Say why the DVLA is asked" in _one_error(capsys)
    assert _letter(demo_db, "VQ615", CRIMINAL, "--reason", reason, "--out", str(out)) == 1
    assert "--to: say who VQ615 goes to" in _one_error(capsys)

    command = ["--to", "dvla", "--reason", reason, "--out", str(out)]
    assert _letter(demo_db, "CMEL9235", CRIMINAL, *command) == 0
    first, second = capsys.readouterr().out.splitlines()
    assert Path(first).is_file() and "CMEL9235" in Path(first).name
    assert "to Regional CSA SPOC" in second

    # No vehicle recorded for 121000000009: VQ615 says what to do.
    assert _letter(demo_db, "VQ615", CRIMINAL, *command) == 1
    assert "Vehicles tab" in _one_error(capsys)
    database, ctx = _ctx(demo_db)
    try:
        with ctx.reading() as s:
            payer_id = s.scalar(select(Contact.id).where(Contact.scin == CRIMINAL))
        assert payer_id is not None
        contacts.add_vehicle(ctx, payer_id, contacts.VehicleInput("ZZ33XXX", model="Estate"))
    finally:
        database.dispose()
    # The office settings missing: named.
    assert _letter(demo_db, "VQ615", CRIMINAL, *command) == 1
    error = _one_error(capsys)
    assert "data protection registration" in error and "legislation" in error

    monkeypatch.setenv(config.USER_ENV, "team.leader")
    expires = date(date.today().year + 2, 3, 31)
    policy = ["--db", str(demo_db), "policy", "set"]
    assert main([*policy, "dp-registration", "Z7654321", "--expires", expires.isoformat()]) == 0
    assert main([*policy, "dvla-legislation", "Section 14 of the Child Support Act 1991"]) == 0
    monkeypatch.delenv(config.USER_ENV)
    capsys.readouterr()

    assert _letter(demo_db, "vq615", CRIMINAL, *command) == 0
    written = Path(capsys.readouterr().out.splitlines()[0])
    document = open_docx(written)
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    text = "\n".join([p.text for p in document.paragraphs] + cells)
    for expected in ("Z7654321", expires.strftime("%d/%m/%Y"), CRIMINAL, "ZZ33XXX", reason):
        assert expected in text, expected
    assert "Section 14 of the Child Support Act 1991" in text
    assert "Estate" in text and "Not Known" in text  # the make not known

    database, ctx = _ctx(demo_db)
    try:
        registered = list_letters(ctx, decide_sr_for(ctx, CRIMINAL, None))
    finally:
        database.dispose()
    assert [x.code.value for x in registered[:2]] == ["VQ615", "CMEL9235"]


def test_the_dvla_request_without_criminal_action_is_refused(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letters"
    capsys.readouterr()
    command = ["--to", "dvla", "--reason", "To trace them", "--out", str(out)]
    assert _letter(demo_db, "CMEL9235", CIVIL, *command) == 1
    assert "only when criminal action is being considered" in _one_error(capsys)
    assert not out.exists() or not list(out.iterdir())
