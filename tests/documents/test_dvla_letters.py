"""CMEL9235 and VQ615, the DVLA request (Enforcement Action – Consider, step 9; "VQ615")."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from enforcement_desktop.documents.data import CmsContact, PostalAddress, VehicleDetails
from enforcement_desktop.documents.dvla_letters import (
    DvlaEnquiryRequest,
    Vq615Request,
)
from enforcement_desktop.documents.letter_forms import build_letter, render_letter
from tests.documents.helpers import open_docx

MANAGER = CmsContact(
    name="Morgan Testwell",
    team="Enforcement Team 7",
    region="Midlands",
    phone="0115 496 0123",
    office_address=("Fictional House", "1 Example Street", "Demoton"),
    office_postcode="ZZ99 1ZZ",
    opening_hours="Monday to Friday, 8am to 6pm",
)
VEHICLES = (
    VehicleDetails("ZZ11 ZZZ", "Exampla", "Roadster", "Blue"),
    VehicleDetails("ZZ22 YYY", None, "  ", None),
)
VQ615 = Vq615Request(
    request_date=date(2026, 11, 23),
    case_reference="121000000101",
    requester=MANAGER,
    dp_registration_number="Z1234567",
    dp_registration_expires=date(2027, 3, 31),
    paying_parent_name="Pat Testington",
    vehicles=VEHICLES,
    reason="The paying parent has moved and we need their address for a criminal referral",
    legislation="Section 14 of the Child Support Act 1991",
)
CMEL9235 = DvlaEnquiryRequest(
    request_date=date(2026, 11, 23),
    scin="121000000101",
    region="Midlands",
    case_manager=MANAGER,
    paying_parent_name="Pat Testington",
    date_of_birth=date(1980, 5, 1),
    address=PostalAddress(("1 Fictional Street", "Demoton"), "B15 2TT"),
    vehicles=VEHICLES,
    reason="Moved without telling us; criminal referral under way",
    reply_by=date(2026, 12, 7),
)


def _rows(source: Path | bytes) -> list[list[str]]:
    """Every table row of the document, as its cells' texts (merged cells once)."""
    document = open_docx(source)
    rows = []
    for table in document.tables:
        for row in table.rows:
            cells: list[str] = []
            seen: list[object] = []
            for cell in row.cells:
                if cell._tc not in seen:  # a merged cell repeats
                    seen.append(cell._tc)
                    cells.append(cell.text)
            rows.append(cells)
    return rows


def _text(source: Path | bytes) -> str:
    document = open_docx(source)
    parts = [p.text for p in document.paragraphs]
    parts += [" | ".join(r) for r in _rows(source)]
    parts += [p.text for p in document.sections[0].header.paragraphs]
    return "\n".join(parts)


def _value(rows: list[list[str]], label: str) -> str:
    """The text of the cell after the one labelled ``label``."""
    for row in rows:
        for i, cell in enumerate(row[:-1]):
            if cell.strip() == label:
                return row[i + 1]
    raise AssertionError(f"no box labelled {label!r} in {rows}")


def test_vq615_prints_every_field_the_procedure_lists(tmp_path: Path) -> None:
    path = build_letter(VQ615, tmp_path / "vq615.docx")
    rows = _rows(path)
    text = _text(path)
    # Your contact details.
    assert _value(rows, "Organisation") == "Child Maintenance Service"
    assert _value(rows, "Name") == "Morgan Testwell"
    assert _value(rows, "Team") == "Enforcement Team 7"
    assert _value(rows, "Phone") == "0115 496 0123"
    assert "Fictional House" in _value(rows, "Office address")
    assert "ZZ99 1ZZ" in _value(rows, "Office address")
    # Data protection registration number and expiry date.
    assert _value(rows, "Registration number") == "Z1234567"
    assert _value(rows, "Expiry date") == "31/03/2027"
    # Case reference number; the paying parent's full name.
    assert _value(rows, "Case reference number") == "121000000101"
    assert _value(rows, "Full name of the paying parent (NRP)") == "Pat Testington"
    # Vehicle details and registration number, make and model "Not Known" when unknown.
    assert ["Registration number", "Make", "Model", "Colour"] in rows
    assert ["ZZ11 ZZZ", "Exampla", "Roadster", "Blue"] in rows
    assert ["ZZ22 YYY", "Not Known", "Not Known", "Not Known"] in rows
    # The reason; the legislation.
    assert "The reason for the request" in text
    assert "we need their address for a criminal referral" in text
    assert "The legislation under which the information is requested" in text
    assert "Section 14 of the Child Support Act 1991" in text
    assert "Case reference 121000000101" in text  # the page header
    assert "We need your help to trace someone" in text


def test_vq615_needs_a_vehicle() -> None:
    with pytest.raises(ValueError, match="at least one vehicle"):
        dataclasses.replace(VQ615, vehicles=())


def test_vq615_same_data_same_bytes_and_its_properties() -> None:
    first, second = render_letter(VQ615), render_letter(VQ615)
    assert first == second
    props = open_docx(first).core_properties
    assert props.title == "VQ615 We need your help to trace someone"
    assert props.author == "Morgan Testwell"
    assert props.created is not None and props.created.date() == date(2026, 11, 23)


def test_cmel9235_asks_the_regional_spoc_for_a_vq615() -> None:
    data = render_letter(CMEL9235)
    rows = _rows(data)
    text = _text(data)
    assert "To the regional CSA SPOC, Midlands" in text
    assert "complete form VQ615" in text and "submit it to the DVLA" in text
    assert "Criminal action is being considered" in text
    assert _value(rows, "SCIN") == "121000000101"
    assert _value(rows, "Region") == "Midlands"
    assert _value(rows, "Reply wanted by") == "07/12/2026"
    assert _value(rows, "Full name") == "Pat Testington"
    assert _value(rows, "Date of birth") == "01/05/1980"
    assert "B15 2TT" in _value(rows, "Last known address")
    assert ["ZZ22 YYY", "Not Known", "Not Known", "Not Known"] in rows
    assert "criminal referral under way" in text
    assert "VQ615 sent to the DVLA on" in text
    assert open_docx(data).core_properties.title == (
        "CMEL9235 Request for a DVLA enquiry (VQ615) to the regional CSA SPOC"
    )
    assert "documentProtection" not in open_docx(data).settings.element.xml


def test_cmel9235_without_a_vehicle_asks_for_a_trace_by_name_and_date_of_birth() -> None:
    text = _text(render_letter(dataclasses.replace(CMEL9235, vehicles=(), address=None)))
    assert "No vehicle is recorded for the paying parent" in text
    assert "Not Known" in text  # the address
