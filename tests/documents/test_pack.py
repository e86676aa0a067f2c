"""The bailiff pack: file name, order and "k of N", checksums, refusal of bad input, atomicity."""

from __future__ import annotations

import hashlib
import io
import os
import random
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from enforcement_desktop.documents import pack as pack_module
from enforcement_desktop.documents.pack import (
    PackEntry,
    build_pack,
    entry_names,
    pack_file_name,
    priority_key,
)
from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.errors import ValidationError
from tests.documents.helpers import (
    ORDERS,
    docx_fields,
    docx_text,
    grid_rows,
    open_docx,
    pack,
    referrals,
)


@pytest.mark.parametrize(
    ("scin", "region", "expected"),
    [
        ("121000000001", "Midlands", "121000000001Midlands.zip"),
        ("121000000001", "East Midlands", "121000000001EastMidlands.zip"),
        ("121 000 000 001", "  North  East ", "121000000001NorthEast.zip"),
        ("121000000001", "Ynys Môn", "121000000001YnysMôn.zip"),
        ("121000000001", "Wales\u00a0South", "121000000001WalesSouth.zip"),
    ],
)
def test_pack_file_name(scin: str, region: str, expected: str) -> None:
    assert pack_file_name(scin, region) == expected


@pytest.mark.parametrize(
    "region",
    [
        "../Midlands",
        "..",
        "Mid/lands",
        "Mid\\lands",
        "/etc",
        "C:Midlands",
        "Mid*",
        "Mid?",
        'Mid"lands',
        "Mid<lands>",
        "Mid|lands",
        "Mid\x00lands",
        "Mid\nlands",
        "Mid\tlands",
        "Mid\x7flands",
        "Mid\u202elands",  # right-to-left override disguises extensions
        "",
        "   ",
        "M" * 61,
    ],
)
def test_unsafe_region_refused(region: str) -> None:
    with pytest.raises(ValidationError) as caught:
        pack_file_name("121000000001", region)
    assert set(caught.value.errors) == {"region"}


@pytest.mark.parametrize("scin", ["", "12100000000", "1210000000012", "12100000000A", "../x"])
def test_invalid_scin_refused(scin: str) -> None:
    with pytest.raises(ValidationError) as caught:
        pack_file_name(scin, "Midlands")
    assert "scin" in caught.value.errors


def test_priority_key_orders_cms_oldest_first_then_csa() -> None:
    shuffled = list(ORDERS)
    random.Random(4).shuffle(shuffled)
    assert [o.reference for o in sorted(shuffled, key=priority_key)] == [
        "LO-CMS-2021-001",
        "LO-CMS-2023-042",
        "CSA/LO/2017/7",
    ]


def test_pack_of_two_cms_and_one_csa_lo_with_dvs(tmp_path: Path) -> None:
    result = build_pack(pack(), tmp_path)
    assert result.zip_path == tmp_path / "121000000008EastMidlands.zip"
    assert [p.name for p in tmp_path.iterdir()] == ["121000000008EastMidlands.zip"]
    zip_bytes = result.zip_path.read_bytes()
    assert result.sha256 == hashlib.sha256(zip_bytes).hexdigest()

    expected_names = [
        "01_CMEL8010_LO_1_of_3_LO-CMS-2021-001.docx",
        "02_CMEL8010_LO_2_of_3_LO-CMS-2023-042.docx",
        "03_CMEL8010_LO_3_of_3_CSA-LO-2017-7.docx",
        "04_CMSF5571_DVS_photo_request.docx",
    ]
    assert [e.name for e in result.entries] == expected_names
    assert [e.doc_type for e in result.entries] == [DocumentType.CMEL8010] * 3 + [
        DocumentType.CMSF5571
    ]
    assert entry_names(pack()) == expected_names

    with zipfile.ZipFile(result.zip_path) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == expected_names
        contents = {name: archive.read(name) for name in expected_names}
    for entry in result.entries:
        assert entry.sha256 == hashlib.sha256(contents[entry.name]).hexdigest()

    expected = [
        ("LO 1 of 3", "LO-CMS-2021-001", "CMS", "09/02/2021"),
        ("LO 2 of 3", "LO-CMS-2023-042", "CMS", "20/06/2023"),
        ("LO 3 of 3", "CSA/LO/2017/7", "CSA", "03/10/2017"),
    ]
    for name, (position, reference, origin, granted) in zip(expected_names, expected, strict=False):
        document = open_docx(contents[name])
        found = docx_fields(document)
        assert document.tables[0].cell(0, 1).paragraphs[0].text == position
        assert found["Collection priority"] == position
        assert found["LO reference"] == reference
        assert found["Origin"] == origin
        assert found["Date granted"] == granted
        assert found["SCIN"] == "121000000008"
        assert found["Full name"] == "Dafydd ap Gwilym"
    first = docx_text(open_docx(contents[expected_names[0]]))
    later = docx_text(open_docx(contents[expected_names[2]]))
    assert "Subsequent form" not in first and "Subsequent form" in later
    dvs = open_docx(contents[expected_names[3]])
    assert [row[0] for row in grid_rows(dvs, "Registration")] == ["ZZ11 ZZZ", "ZZ22 ZZZ"]
    assert docx_fields(dvs)["Full name"] == "Dafydd ap Gwilym"


def test_pack_without_dvs_request(tmp_path: Path) -> None:
    result = build_pack(pack(dvs_request=None), tmp_path)
    assert [e.doc_type for e in result.entries] == [DocumentType.CMEL8010] * 3
    with zipfile.ZipFile(result.zip_path) as archive:
        assert len(archive.namelist()) == 3


def test_entries_are_name_sha_type_tuples(tmp_path: Path) -> None:
    result = build_pack(pack(), tmp_path)
    name, sha, doc_type = result.entries[0]
    assert isinstance(result.entries[0], PackEntry)
    assert (name, len(sha), doc_type) == (result.entries[0].name, 64, DocumentType.CMEL8010)


def test_progress_reported_per_document(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    build_pack(pack(), tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_reference_with_unsafe_characters_is_sanitised_in_entry_names() -> None:
    order = replace(ORDERS[0], reference="../../evil\\ref:*?<>|")
    names = entry_names(pack(referrals=referrals((order,)), dvs_request=None))
    assert names == ["01_CMEL8010_LO_1_of_1_evil-ref.docx"]


def test_out_of_priority_order_refused_and_nothing_written(tmp_path: Path) -> None:
    wrong = referrals((ORDERS[2], ORDERS[0], ORDERS[1]))  # CSA first
    with pytest.raises(ValidationError) as caught:
        build_pack(pack(referrals=wrong), tmp_path)
    assert "CMS LOs oldest to newest" in caught.value.errors["referrals"]
    assert list(tmp_path.iterdir()) == []


def test_newer_cms_lo_before_older_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        build_pack(pack(referrals=referrals((ORDERS[1], ORDERS[0]))), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_misnumbered_or_foreign_referrals_refused(tmp_path: Path) -> None:
    forms = list(referrals())
    forms[1] = replace(forms[1], position=1)
    forms[2] = replace(forms[2], scin="121000000009")
    with pytest.raises(ValidationError) as caught:
        build_pack(pack(referrals=tuple(forms)), tmp_path)
    message = caught.value.errors["referrals"]
    assert "form 2 is numbered LO 1 of 3; expected a number after LO 1 of 3" in message
    assert "121000000009" in message
    assert list(tmp_path.iterdir()) == []


def test_a_pack_may_leave_out_a_higher_priority_lo(tmp_path: Path) -> None:
    # "LO k of N" counts all the client's LOs with a balance: LO 1 of 3 is not in this pack.
    _, second, third = referrals()
    first = replace(second, complete=True, vehicles=referrals()[0].vehicles, first_position=2)
    later = replace(third, first_position=2)
    result = build_pack(pack(referrals=(first, later), dvs_request=None), tmp_path)
    assert [e.name[:22] for e in result.entries] == [
        "01_CMEL8010_LO_2_of_3_",
        "02_CMEL8010_LO_3_of_3_",
    ]
    with zipfile.ZipFile(result.zip_path) as archive:
        texts = [docx_text(open_docx(archive.read(e.name))) for e in result.entries]
    assert "Collect after LO 1" in texts[0]
    assert "As CMEL8010 LO 2 of 3" in texts[1] and "As CMEL8010 LO 1 of 3" not in texts[1]
    with pytest.raises(ValidationError, match="refer to the first form, LO 2 of 3"):
        build_pack(pack(referrals=(first, third), dvs_request=None), tmp_path)


def test_first_form_must_be_complete_and_pack_not_empty(tmp_path: Path) -> None:
    forms = referrals()
    with pytest.raises(ValidationError, match="must be complete"):
        build_pack(pack(referrals=(replace(forms[0], complete=False), *forms[1:])), tmp_path)
    with pytest.raises(ValidationError, match="at least one"):
        build_pack(pack(referrals=()), tmp_path)


def test_dvs_request_for_another_client_refused(tmp_path: Path) -> None:
    other = replace(pack().dvs_request, scin="121000000009")
    with pytest.raises(ValidationError) as caught:
        build_pack(pack(dvs_request=other), tmp_path)
    assert "dvs_request" in caught.value.errors


def test_unsafe_region_refused_before_anything_is_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[object] = []
    monkeypatch.setattr(pack_module, "render_cmel8010", lambda r: built.append(r) or b"")
    with pytest.raises(ValidationError) as caught:
        build_pack(pack(region="../../Midlands"), tmp_path / "sub")
    assert "region" in caught.value.errors
    assert built == [] and list(tmp_path.iterdir()) == []


def test_missing_output_folder_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        build_pack(pack(), tmp_path / "missing")
    assert "out_dir" in caught.value.errors


def test_failure_on_second_form_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pack_module.render_cmel8010
    calls: list[int] = []

    def flaky(referral: object) -> bytes:
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("failed on the 2nd form")
        return real(referral)  # type: ignore[arg-type]

    monkeypatch.setattr(pack_module, "render_cmel8010", flaky)
    with pytest.raises(RuntimeError, match="2nd form"):
        build_pack(pack(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_failure_while_zipping_leaves_no_file_and_keeps_an_older_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = build_pack(pack(), tmp_path)
    before = older.zip_path.read_bytes()
    real_writestr = zipfile.ZipFile.writestr
    written: list[str] = []

    def failing_writestr(self: zipfile.ZipFile, info: object, data: bytes, *a: object) -> None:
        written.append(str(info))
        if len(written) == 3:
            raise OSError("disk full")
        real_writestr(self, info, data, *a)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_writestr)
    with pytest.raises(OSError, match="disk full"):
        build_pack(pack(), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [older.zip_path.name]
    assert older.zip_path.read_bytes() == before


def test_failure_while_writing_the_zip_file_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_rename(*_args: object) -> None:
        raise PermissionError("file is open in another program")

    # The last step of atomic_write: e.g. Windows refusing to replace a zip open in WinZip.
    monkeypatch.setattr(os, "replace", no_rename)
    with pytest.raises(PermissionError):
        build_pack(pack(), tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_rebuilding_replaces_the_zip(tmp_path: Path) -> None:
    first = build_pack(pack(), tmp_path)
    second = build_pack(pack(dvs_request=None), tmp_path)
    assert first.zip_path == second.zip_path
    with zipfile.ZipFile(second.zip_path) as archive:
        assert len(archive.namelist()) == 3
    assert len(list(tmp_path.iterdir())) == 1


def test_the_same_pack_always_has_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = build_pack(pack(), tmp_path / "a")
    # A later build (python-docx would stamp its parts with the new time) gives the same zip.
    import time as time_module

    later = time_module.time() + 3 * 3600
    monkeypatch.setattr(time_module, "time", lambda: later)
    second = build_pack(pack(), tmp_path / "b")
    assert first.sha256 == second.sha256
    assert first.zip_path.read_bytes() == second.zip_path.read_bytes()
    with zipfile.ZipFile(first.zip_path) as archive:
        referral_date = pack().referrals[0].referral_date
        for info in archive.infolist():
            assert info.date_time[:3] == (
                referral_date.year,
                referral_date.month,
                referral_date.day,
            )
            with zipfile.ZipFile(io.BytesIO(archive.read(info))) as docx:
                assert {part.date_time for part in docx.infolist()} == {(1980, 1, 1, 0, 0, 0)}
