"""`pack --encrypt` and `pack --info LO-REF=TEXT` (issue 12, command line)."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
import pyzipper
from docx import Document

from enforcement_desktop.cli import main

SCIN = "121000000008"  # three Bailiff SRs prepared, not sent


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--cases", "0"]) == 0
    return path


def _text(docx_bytes: bytes) -> str:
    document = Document(BytesIO(docx_bytes))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def _lo_references(demo_db: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The LO references of the pack, read from a plain pack's entry names."""
    assert main(["--db", str(demo_db), "pack", SCIN, "--out", str(out)]) == 0
    zip_path = Path(capsys.readouterr().out.strip())
    with pyzipper.ZipFile(zip_path) as archive:
        return [re.sub(r"^.*_of_\d+_(.*)\.docx$", r"\1", n) for n in archive.namelist()]


def test_encrypt_prints_the_passphrase_once_and_the_zip_needs_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["--db", str(demo_db), "pack", SCIN, "--out", str(out), "--encrypt"]) == 0
    printed = capsys.readouterr().out.splitlines()
    zip_path = Path(printed[0])
    (passphrase,) = re.findall(r"^Passphrase: (\S+)$", "\n".join(printed), re.MULTILINE)
    assert "separately" in "\n".join(printed)
    with pyzipper.AESZipFile(zip_path) as archive:
        first = archive.namelist()[0]
        with pytest.raises(RuntimeError):
            archive.read(first)
        archive.setpassword(passphrase.encode())
        assert "LO 1 of" in _text(archive.read(first))
    assert passphrase.encode() not in (demo_db.read_bytes() + zip_path.read_bytes())


def test_info_sets_additional_information_per_lo(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The references as the entries spell them (safe characters only) match the LOs' own here.
    references = _lo_references(demo_db, tmp_path / "first", capsys)
    # The SRs are still unsent, so a second pack may be built with the texts.
    argv = ["--db", str(demo_db), "pack", SCIN, "--out", str(tmp_path / "second")]
    argv += ["--info", f"{references[0]}=Gate code 1234", "--info", f"{references[2]}=Dog"]
    assert main(argv) == 0
    zip_path = Path(capsys.readouterr().out.strip())
    with pyzipper.ZipFile(zip_path) as archive:
        texts = [_text(archive.read(n)) for n in archive.namelist()]
    assert "Gate code 1234" in texts[0] and "Gate code 1234" not in texts[1]
    assert "Dog" in texts[2]


def test_info_for_an_lo_not_in_the_pack_is_refused_in_one_line(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    argv = ["--db", str(demo_db), "pack", SCIN, "--out", str(out), "--info", "NOPE=x"]
    assert main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "No LO NOPE in this pack" in err
    assert not out.exists()
    assert main([*argv[:-1], "no-equals-sign"]) == 2
    assert "LO-REF=TEXT" in capsys.readouterr().err


def test_the_office_policy_encrypts_by_default_and_no_encrypt_opts_out(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As the pack dialog's check box: on by default once the office policy asks for it.
    monkeypatch.setenv("ENFORCEMENT_DESKTOP_USER", "team.leader")
    assert main(["--db", str(demo_db), "policy", "set", "pack-encryption", "on"]) == 0
    capsys.readouterr()
    out = tmp_path / "out"
    assert main(["--db", str(demo_db), "pack", SCIN, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert re.search(r"^Passphrase: \S+$", printed, re.MULTILINE)
    with pyzipper.AESZipFile(Path(printed.splitlines()[0])) as archive, pytest.raises(RuntimeError):
        archive.read(archive.namelist()[0])

    plain = tmp_path / "plain"
    assert main(["--db", str(demo_db), "pack", SCIN, "--out", str(plain), "--no-encrypt"]) == 0
    printed = capsys.readouterr().out
    assert "Passphrase" not in printed
    with pyzipper.ZipFile(Path(printed.strip())) as archive:
        assert SCIN in _text(archive.read(archive.namelist()[0]))  # no passphrase needed
