"""CMS contact details: who the Bailiff SPOC and the parents contact back, on every document."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from enforcement_desktop.documents.cmel8010 import build_cmel8010
from enforcement_desktop.documents.cmsf5571 import build_cmsf5571
from enforcement_desktop.documents.data import CMS_CONTACT_LABELS, NOT_KNOWN, CmsContact
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039
from enforcement_desktop.documents.samples import CASE_MANAGER
from enforcement_desktop.domain.enums import BailiffOutcome
from tests.documents.helpers import (
    docx_fields,
    docx_text,
    dvs_request,
    flat,
    letter,
    open_docx,
    pdf_text,
    referral,
)


def test_missing_names_every_blank_detail_in_order() -> None:
    assert CASE_MANAGER.missing() == []
    assert CmsContact(name="Morgan Testwell").missing() == [
        "phone",
        "team",
        "office_address",
        "office_postcode",
        "opening_hours",
    ]
    blanks = CmsContact(
        name=" ",
        team="Team 7",
        phone="\x00",
        office_address=("", "  "),
        office_postcode="ZZ99 9ZZ",
        opening_hours="9 to 5",
    )
    assert blanks.missing() == ["name", "phone", "office_address"]
    # Every name missing() can give has a label a message can use.
    assert set(CmsContact(name="").missing()) == set(CMS_CONTACT_LABELS)


def test_office_lines_and_frozen_lists() -> None:
    contact = CmsContact(name="A", office_address=["PO Box 0000", " ", "Exampleton"])
    assert contact.office_address == ("PO Box 0000", " ", "Exampleton")
    assert replace(contact, office_postcode="ZZ99 9ZZ").office_lines() == [
        "PO Box 0000",
        "Exampleton",
        "ZZ99 9ZZ",
    ]


def test_cmel8010_prints_name_phone_and_team(tmp_path: Path) -> None:
    found = docx_fields(open_docx(build_cmel8010(referral(), tmp_path / "f.docx")))
    assert found["Case manager"] == "Morgan Testwell"
    assert found["Contact number"] == "0115 496 0123"
    assert found["Team"] == "Enforcement Team 7"


def test_cmsf5571_prints_name_phone_and_team(tmp_path: Path) -> None:
    found = docx_fields(open_docx(build_cmsf5571(dvs_request(), tmp_path / "f.docx")))
    assert found["Requesting case manager"] == "Morgan Testwell"
    assert found["Contact number"] == "0115 496 0123"
    assert found["Team"] == "Enforcement Team 7"


def test_forms_never_print_not_known_for_contact_details(tmp_path: Path) -> None:
    bare = CmsContact(name="Morgan Testwell", region="East Midlands")
    form = open_docx(build_cmel8010(referral(case_manager=bare), tmp_path / "a.docx"))
    dvs = open_docx(build_cmsf5571(dvs_request(case_manager=bare), tmp_path / "b.docx"))
    for found, name in ((docx_fields(form), "Case manager"), (docx_fields(dvs), "Requesting")):
        assert found["Contact number"] == ""
        assert found["Team"] == ""
        assert next(v for k, v in found.items() if k.startswith(name)) == "Morgan Testwell"
        assert NOT_KNOWN not in (found["Contact number"], found["Team"])


@pytest.mark.parametrize("build", [build_cmel8011, build_cmel8039])
def test_letters_end_with_how_to_contact_us(tmp_path: Path, build) -> None:
    path = build(letter(outcome=BailiffOutcome.SUCCESSFUL), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    contact = text[text.index("How to contact us") : text.index("Yours sincerely")]
    assert "0115 496 0123" in contact
    assert "Monday to Friday, 8am to 6pm" in contact
    assert "PO Box 0000, Exampleton, ZZ99 9ZZ" in contact
    assert "quote your reference number 121000001008" in contact


@pytest.mark.parametrize("build", [build_cmel8011, build_cmel8039])
def test_letters_leave_out_blank_contact_details_never_not_known(tmp_path: Path, build) -> None:
    bare = CmsContact(name="Morgan Testwell")
    path = build(letter(case_manager=bare, outcome=BailiffOutcome.SUCCESSFUL), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    assert NOT_KNOWN not in text
    assert "call us on" not in text and "lines are open" not in text
    assert "quote your reference number 121000001008" in text


def test_contact_details_reach_the_form_text_not_the_subsequent_note(tmp_path: Path) -> None:
    text = docx_text(open_docx(build_cmel8010(referral(), tmp_path / "f.docx")))
    assert "prepared by Morgan Testwell" in text
