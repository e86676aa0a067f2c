"""CMSF5571 DVS photograph request: every field, unknowns, awkward text, atomic writing."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop.documents import cmsf5571
from enforcement_desktop.documents.cmsf5571 import build_cmsf5571
from enforcement_desktop.documents.data import NOT_KNOWN, PostalAddress
from tests.documents.helpers import docx_fields, docx_text, dvs_request, grid_rows, open_docx


def test_every_field(tmp_path: Path) -> None:
    document = open_docx(build_cmsf5571(dvs_request(), tmp_path / "dvs.docx"))
    assert docx_fields(document) == {
        "SCIN": "121000000008",
        "Date of request": "23/11/2026",
        "Requesting case manager": "Morgan Testwell",
        "Team": "Enforcement Team 7",
        "Region": "East Midlands",
        "Contact number": "0115 496 0123",
        "Full name": "Dafydd ap Gwilym",
        "Date of birth": "14/03/1984",
        "Address": "Flat 2, 7 Example Street\nLlanfictional\nZZ99 3ZZ",
        "Driving licence number": "GWILY803144D99XY",
        # Left blank for the Bailiff SPOC to complete.
        "Date requested from DVS": "",
        "Photograph received": "",
        "Date sent to bailiff (SEM)": "",
        "Sent by": "",
    }
    # Every vehicle, not only the first.
    assert grid_rows(document, "Registration") == [
        ["ZZ11 ZZZ", "Exampla", "Roadster", "Blue"],
        ["ZZ22 ZZZ", "Testmoto", "Van", "White"],
    ]
    text = docx_text(document)
    assert "Request for a DVS photograph" in text
    assert "Holds a driving licence; a photograph will help the bailiff." in text
    assert "Secure Email (SEM) within 24 hours" in text
    header = document.sections[0].header.paragraphs[0].text
    assert "CMSF5571" in header and "OFFICIAL-SENSITIVE" in header
    # Every page says whose request it is, and which page.
    assert header.startswith("SCIN 121000000008\t")


def test_unknown_licence_registration_and_birth_date(tmp_path: Path) -> None:
    request = dvs_request(
        driving_licence_number=None,
        vehicle_registration="",
        vehicles=(),
        date_of_birth=None,
        address=PostalAddress(()),
        reason="",
    )
    document = open_docx(build_cmsf5571(request, tmp_path / "dvs.docx"))
    found = docx_fields(document)
    for label in ("Driving licence number", "Date of birth", "Address"):
        assert found[label] == NOT_KNOWN, label
    assert grid_rows(document, "Registration") == [[NOT_KNOWN] * 4]
    assert "To help the bailiff identify the paying parent." in docx_text(document)


def test_registration_alone_when_no_vehicle_list_is_given(tmp_path: Path) -> None:
    request = dvs_request(vehicles=(), vehicle_registration="zz33 zzz")
    document = open_docx(build_cmsf5571(request, tmp_path / "dvs.docx"))
    assert grid_rows(document, "Registration") == [["ZZ33 ZZZ", NOT_KNOWN, NOT_KNOWN, NOT_KNOWN]]


@pytest.mark.parametrize("name", ["Siân", "Ó Súilleabháin", "Dafydd ap Gwilym", "O'Brien"])
def test_names_and_reason_round_trip(tmp_path: Path, name: str) -> None:
    reason = f'Seen driving "{name}’s" van\x00 & <b>often</b>\x1b\r\nat weekends'
    request = dvs_request(paying_parent_name=name, reason=reason)
    document = open_docx(build_cmsf5571(request, tmp_path / "dvs.docx"))
    assert docx_fields(document)["Full name"] == name
    box = next(t for t in document.tables if t.cell(0, 0).text.startswith("Seen driving"))
    assert box.cell(0, 0).text == f'Seen driving "{name}’s" van & <b>often</b>\nat weekends'


def test_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(cmsf5571, "fill_cmsf5571", broken)
    with pytest.raises(RuntimeError):
        build_cmsf5571(dvs_request(), tmp_path / "dvs.docx")
    assert list(tmp_path.iterdir()) == []
