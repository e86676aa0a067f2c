"""`enforcement-desktop pack`: demo client 121000000008 packs to three CMEL8010 and a CMSF5571."""

from __future__ import annotations

import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document

from enforcement_desktop.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pack") / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    return path


def _text(docx_bytes: bytes) -> str:
    document = Document(BytesIO(docx_bytes))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_pack_with_dvs(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["--db", str(demo_db), "pack", "121000000008", "--out", str(tmp_path), "--dvs"]) == 0
    )
    zip_path = Path(capsys.readouterr().out.strip())
    assert zip_path.parent == tmp_path
    assert zip_path.name.startswith("121000000008") and zip_path.suffix == ".zip"
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert [n.split("_")[1] for n in names] == ["CMEL8010"] * 3 + ["CMSF5571"]
        texts = [_text(archive.read(n)) for n in names]
    for k, text in enumerate(texts[:3], start=1):
        assert f"LO {k} of 3" in text
        assert "121000000008" in text
    # Collection priority: CMS oldest, CMS newest, then CSA.
    origins = ["CSA" if "CSA" in names[i] else "CMS" for i in range(3)]
    assert origins == ["CMS", "CMS", "CSA"]
    assert "121000000008" in texts[3]
    assert list(tmp_path.iterdir()) == [zip_path], "no stray files beside the zip"


def test_pack_bad_arguments_one_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x").write_text("a file, not a folder")
    assert main(["--db", str(demo_db), "pack", "121000000008", "--out", str(tmp_path / "x")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not a folder" in err
    (tmp_path / "x").unlink()
    # A client with nothing prepared: refused with the reason, nothing written.
    assert main(["--db", str(demo_db), "pack", "121000000005", "--out", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip()
    assert list(tmp_path.iterdir()) == []


def test_pack_leaving_out_a_higher_priority_lo_needs_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from enforcement_desktop.config import current_user
    from enforcement_desktop.domain.enums import StepOutcome
    from enforcement_desktop.services import bailiff
    from enforcement_desktop.services import service_requests as srs
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.storage.db import Database

    db_path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(db_path), "demo", "--cases", "0"]) == 0
    database = Database(f"sqlite:///{db_path}")
    try:
        ctx = ServiceContext(database, current_user())
        first = next(c for c in bailiff.pack_candidates(ctx, "121000000008") if c.ready)
        welfare = next(
            s
            for s in srs.get_service_request(ctx, first.sr_id).steps
            if s.step_key == "welfare_of_child"
        )
        srs.update_step(ctx, welfare.id, welfare.version, StepOutcome.PENDING)
    finally:
        database.dispose()
    out = tmp_path / "packs"
    capsys.readouterr()
    command = ["--db", str(db_path), "pack", "121000000008", "--out", str(out)]
    assert main(command) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert f"{first.reference} (LO 1 of 3)" in err and "give the reason" in err
    assert not out.exists() or list(out.iterdir()) == []

    assert main([*command, "--skip-reason", "Oldest LO waits for the welfare decision"]) == 0
    zip_path = Path(capsys.readouterr().out.strip())
    with zipfile.ZipFile(zip_path) as archive:
        assert [n[:22] for n in archive.namelist()] == [
            "01_CMEL8010_LO_2_of_3_",
            "02_CMEL8010_LO_3_of_3_",
        ]
    # Built again: the first zip stays, the second takes a dated name.
    assert main([*command, "--skip-reason", "Rebuilt with the same LOs"]) == 0
    again = Path(capsys.readouterr().out.strip())
    assert again != zip_path and again.name.startswith(zip_path.stem + " ")
    assert sorted(p.name for p in out.iterdir()) == sorted([zip_path.name, again.name])
