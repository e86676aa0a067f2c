"""The third-party letters as Word documents (Enforcement Action – Consider, step 9)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from enforcement_desktop.documents.data import CmsContact, PostalAddress
from enforcement_desktop.documents.letter_forms import build_letter, render_letter
from enforcement_desktop.documents.third_party_letters import (
    CouncilItem,
    CouncilRequest,
    InformationRequest,
    LetterHead,
    ReceivingParentQuestionnaire,
    ReceivingParentRequest,
)
from enforcement_desktop.domain.letters import Cmel9251Variant, LetterCode
from tests.documents.helpers import open_docx

MANAGER = CmsContact(
    name="Morgan Testwell",
    team="Enforcement Team 7",
    phone="0115 496 0123",
    office_address=("Fictional House", "1 Example Street", "Demoton"),
    office_postcode="ZZ99 1ZZ",
    opening_hours="Monday to Friday, 8am to 6pm",
)
EMPLOYER = LetterHead(
    date(2026, 11, 23),
    "121000000101",
    "Demoton Widgets Ltd",
    PostalAddress(("Unit 4 Example Park", "Demoton"), "ZZ99 2ZZ"),
    MANAGER,
)
RECEIVER = LetterHead(
    date(2026, 11, 23),
    "121000500101",
    "Robin Exampleton",
    PostalAddress(("2 Sample Road", "Demoton"), "ZZ99 3ZZ"),
    MANAGER,
)
REQUEST = InformationRequest(
    EMPLOYER,
    "Pat Testington",
    "their earnings and pension",
    Cmel9251Variant.FAILED_TO_SUPPLY,
    date(2026, 12, 7),
)


def _text(source: Path | bytes) -> str:
    document = open_docx(source)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    parts.extend(p.text for p in document.sections[0].header.paragraphs)
    parts.extend(p.text for p in document.sections[0].footer.paragraphs)
    return "\n".join(parts)


def test_cmel9251_without_the_optional_paragraphs(tmp_path: Path) -> None:
    path = build_letter(REQUEST, tmp_path / "cmel9251.docx")
    text = _text(path)
    assert "We have asked Pat Testington for this information" in text  # TM_01662_E
    assert "unable to trace" not in text
    for optional in ("National Insurance number", "Date of birth", "Last known address"):
        assert optional not in text
    assert "Dear Sir or Madam," in text and "Yours faithfully," in text
    assert "section 14A of the Child Support Act 1991" in text
    assert "CMEL9251 Information request with investigating officer warning" in text
    assert "Our reference 121000000101" in text


def test_cmel9251_with_every_optional_paragraph_and_the_trace_variant() -> None:
    letter = dataclasses.replace(
        REQUEST,
        variant=Cmel9251Variant.UNABLE_TO_TRACE,
        nino="QQ123456C",
        address=PostalAddress(("1 Fictional Street", "Demoton"), "B15 2TT"),
        date_of_birth=date(1980, 5, 1),
    )
    text = _text(render_letter(letter))
    assert "We have been unable to trace Pat Testington" in text  # TM_01663_E
    assert "QQ123456C" in text  # TM_10661_E
    assert "1 Fictional Street" in text  # TM_10659_E
    assert "01/05/1980" in text  # TM_10660_E


def test_same_letter_same_bytes_and_its_properties() -> None:
    first, second = render_letter(REQUEST), render_letter(REQUEST)
    assert first == second
    props = open_docx(first).core_properties
    assert props.title == "CMEL9251 Information request with investigating officer warning"
    assert props.author == "Morgan Testwell"
    assert props.created is not None and props.created.date() == date(2026, 11, 23)


def test_letters_are_left_open_to_edit_before_printing() -> None:
    document = open_docx(render_letter(REQUEST))
    settings = document.settings.element.xml
    assert "documentProtection" not in settings


def test_cmel9236_asks_the_receiving_parent_and_says_nothing_of_third_parties() -> None:
    letter = ReceivingParentQuestionnaire(
        RECEIVER, "Pat Testington", Decimal("2400.00"), date(2026, 12, 21)
    )
    text = _text(render_letter(letter))
    assert "Dear Robin Exampleton," in text and "Yours sincerely," in text
    assert "Pat Testington owes £2,400.00" in text
    assert "21 December 2026" in text
    assert "Do you know who the paying parent works for" in text
    # The data object has no field for anything else about the paying parent.
    fields = {f.name for f in dataclasses.fields(ReceivingParentQuestionnaire)}
    assert fields == {"head", "paying_parent_name", "arrears_balance", "reply_by"}
    fields = {f.name for f in dataclasses.fields(ReceivingParentRequest)}
    assert fields == {"head", "information_needed", "reason", "return_by"}


def test_cmel7183_prints_the_three_inputs() -> None:
    letter = ReceivingParentRequest(
        RECEIVER,
        "Copies of the payment receipts you told us about",
        "we are looking into an offence of giving false information",
        date(2026, 12, 7),
    )
    text = _text(render_letter(letter))
    assert "Copies of the payment receipts you told us about" in text
    assert "because we are looking into an offence of giving false information" in text
    assert "7 December 2026" in text
    assert "investigating officers may contact you or visit you" in text


@pytest.mark.parametrize("code", [LetterCode.CMEL9253, LetterCode.FT9253])
def test_council_letter_ticks_what_is_needed(code: LetterCode) -> None:
    letter = CouncilRequest(
        code,
        dataclasses.replace(EMPLOYER, recipient_name="Demoton Borough Council"),
        "Pat Testington",
        frozenset({CouncilItem.CURRENT_ADDRESS}),
        date(2026, 12, 7),
    )
    text = _text(render_letter(letter))
    assert "\u2612\tTheir current address" in text
    assert "\u2610\tAny previous addresses" in text
    assert f"{code.value} Urgent - we need some information" in text
    with pytest.raises(ValueError, match="CMEL9253 or FT9253"):
        dataclasses.replace(letter, code=LetterCode.CMEL9251)
