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
