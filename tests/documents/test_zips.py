"""Zips with fixed entry times: valid archives, same content, same bytes every time."""

from __future__ import annotations

import io
import zipfile

from enforcement_desktop.documents.zips import ZIP_EPOCH, build_zip, restamp_zip


def _plain_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 50)
        archive.writestr(zipfile.ZipInfo("a/b.txt", date_time=(2026, 11, 23, 9, 30, 14)), b"x")
        archive.writestr("with comment.txt", b"y")
        archive.comment = b"archive comment"
    return buffer.getvalue()


def test_restamp_changes_only_the_times() -> None:
    original = _plain_zip()
    stamped = restamp_zip(original, (2026, 11, 23, 9, 30, 14))
    assert len(stamped) == len(original)
    with (
        zipfile.ZipFile(io.BytesIO(stamped)) as after,
        zipfile.ZipFile(io.BytesIO(original)) as before,
    ):
        assert after.testzip() is None  # every CRC still matches
        assert after.namelist() == before.namelist()
        for name in before.namelist():
            assert after.read(name) == before.read(name)
        assert {i.date_time for i in after.infolist()} == {(2026, 11, 23, 9, 30, 14)}
        assert after.comment == b"archive comment"


def test_restamp_is_idempotent_and_defaults_to_the_zip_epoch() -> None:
    once = restamp_zip(_plain_zip())
    assert restamp_zip(once) == once
    with zipfile.ZipFile(io.BytesIO(once)) as archive:
        assert {i.date_time for i in archive.infolist()} == {ZIP_EPOCH}


def test_build_zip_is_reproducible_and_owner_only() -> None:
    entries = [("1.docx", b"one"), ("2.docx", b"two")]
    assert build_zip(entries) == build_zip(entries)
    with zipfile.ZipFile(io.BytesIO(build_zip(entries, (2026, 1, 2, 0, 0, 0)))) as archive:
        assert archive.namelist() == ["1.docx", "2.docx"]
        assert all(i.external_attr >> 16 == 0o600 for i in archive.infolist())
        assert archive.infolist()[0].date_time == (2026, 1, 2, 0, 0, 0)
