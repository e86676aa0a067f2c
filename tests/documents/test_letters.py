"""CMEL8011 and CMEL8039 PDF letters to the receiving parent."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics

from enforcement_desktop.documents import letters
from enforcement_desktop.documents.data import (
    CmsContact,
    LetterOrder,
    PostalAddress,
    ReceivingParentLetter,
)
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039, letter_fonts
from enforcement_desktop.documents.samples import letter_order
from enforcement_desktop.domain.enums import BailiffOutcome
from enforcement_desktop.domain.errors import ValidationError
from tests.documents.helpers import (
    ASSETS,
    ORDERS,
    PAYING_PARENT,
    PAYING_PARENT_ADDRESS,
    flat,
    letter,
    pdf_text,
)


def test_cmel8011_content(tmp_path: Path) -> None:
    path = build_cmel8011(letter(), tmp_path / "cmel8011.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in data  # A4
    text = pdf_text(path)
    lines = text.splitlines()
    # Recipient block, line by line, and the sender block.
    for line in ("Siân Ó Súilleabháin", "12 Sample Road", "Fictionbury", "ZZ99 4ZZ"):
        assert line in lines
    assert "Child Maintenance Service" in lines
    assert "PO Box 0000" in lines
    assert "Date: 23 November 2026" in lines
    assert "Our reference: 121000001008" in lines
    body = flat(text)
    assert "Your child maintenance update: bailiff action" in body
    assert "Dear Siân Ó Súilleabháin," in body
    assert "It will be at least 90 days before we know the outcome." in body
    assert "call us on 0115 496 0123 and quote your reference number 121000001008" in body
    assert "Yours sincerely, Morgan Testwell Enforcement case manager" in body
    assert "CMEL8011" in lines


@pytest.mark.parametrize(
    ("outcome", "wording"),
    [
        (BailiffOutcome.SUCCESSFUL, "The bailiff action was successful."),
        (BailiffOutcome.NOT_SUCCESSFUL, "The bailiff action was not successful."),
        (BailiffOutcome.NRP_NOT_LOCATED, "The bailiff was not able to find the paying parent."),
    ],
)
def test_cmel8039_outcome_wording(tmp_path: Path, outcome: BailiffOutcome, wording: str) -> None:
    text = flat(pdf_text(build_cmel8039(letter(outcome=outcome), tmp_path / "cmel8039.pdf")))
    assert "Your child maintenance update: outcome of bailiff action" in text
    assert wording in text
    others = {
        "The bailiff action was successful.",
        "The bailiff action was not successful.",
        "The bailiff was not able to find the paying parent.",
    } - {wording}
    assert not any(other in text for other in others)
    assert "Dear Siân Ó Súilleabháin," in text
    assert "CMEL8039" in text


def test_cmel8039_outcome_given_as_text(tmp_path: Path) -> None:
    text = flat(pdf_text(build_cmel8039(letter(outcome="successful"), tmp_path / "x.pdf")))
    assert "The bailiff action was successful." in text


def test_cmel8039_without_outcome_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        build_cmel8039(letter(), tmp_path / "x.pdf")
    assert "outcome" in caught.value.errors
    assert list(tmp_path.iterdir()) == []


def test_letters_cannot_carry_paying_parent_or_third_party_details() -> None:
    names = {f.name for f in dataclasses.fields(ReceivingParentLetter)}
    assert names == {
        "letter_date",
        "scin",
        "receiving_parent_name",
        "receiving_parent_address",
        "case_manager",
        "outcome",
        "liability_orders",
    }
    # The LO is named by its reference and period only; the contact is CMS's own.
    assert {f.name for f in dataclasses.fields(LetterOrder)} == {
        "reference",
        "period_from",
        "period_to",
    }
    assert {f.name for f in dataclasses.fields(CmsContact)} == {
        "name",
        "team",
        "region",
        "phone",
        "office_address",
        "office_postcode",
        "opening_hours",
    }


def test_cmel8011_says_the_case_is_being_referred_and_names_the_los(tmp_path: Path) -> None:
    orders = (letter_order(ORDERS[0]), letter_order(ORDERS[1]))
    path = build_cmel8011(letter(liability_orders=orders), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    assert "Your case is being referred to a bailiff (also called an enforcement agent)" in text
    assert "We have asked a bailiff" not in text
    assert "LO-CMS-2021-001 (1 April 2019 to 31 March 2020)" in text
    assert "LO-CMS-2023-042 (1 April 2021 to 31 March 2022)" in text


@pytest.mark.parametrize("outcome", list(BailiffOutcome))
def test_cmel8039_names_the_lo_it_is_about(tmp_path: Path, outcome: BailiffOutcome) -> None:
    one = (LetterOrder("LO-CMS-2023-042", date(2021, 4, 1), date(2022, 3, 31)),)
    path = build_cmel8039(letter(outcome=outcome, liability_orders=one), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    assert (
        "This letter is about the arrears in liability order LO-CMS-2023-042, "
        "for the period 1 April 2021 to 31 March 2022."
    ) in text
    assert "LO-CMS-2021-001" not in text


def test_lo_period_not_known_is_left_out(tmp_path: Path) -> None:
    one = (LetterOrder("CSA/LO/2017/7"),)
    path = build_cmel8039(
        letter(outcome=BailiffOutcome.SUCCESSFUL, liability_orders=one), tmp_path / "l.pdf"
    )
    text = flat(pdf_text(path))
    assert "the arrears in liability order CSA/LO/2017/7." in text
    assert "Not Known" not in text


def test_not_located_letter_says_nothing_of_where_the_paying_parent_lives(
    tmp_path: Path,
) -> None:
    path = build_cmel8039(letter(outcome=BailiffOutcome.NRP_NOT_LOCATED), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    assert "The bailiff was not able to find the paying parent." in text
    for value in [*PAYING_PARENT_ADDRESS.as_lines(), "lives at", "moved to", "address"]:
        assert value not in text, value


@pytest.mark.parametrize("build", [build_cmel8011, build_cmel8039])
def test_letters_hold_no_paying_parent_address_employer_or_assets(tmp_path: Path, build) -> None:
    path = build(letter(outcome=BailiffOutcome.NRP_NOT_LOCATED), tmp_path / "l.pdf")
    text = flat(pdf_text(path))
    forbidden = [
        *PAYING_PARENT_ADDRESS.as_lines(),
        PAYING_PARENT.full_name,
        PAYING_PARENT.employer,
        PAYING_PARENT.ni_number,
        PAYING_PARENT.phone,
        *ASSETS,
        "Exampla",
        "Sampleson",
    ]
    for value in forbidden:
        assert value not in text, value


@pytest.mark.parametrize(
    "name", ["Siân", "Ó Súilleabháin", "Dafydd ap Gwilym", "O'Brien", "Gwenllïan Ŵyn-Prŷs"]
)
def test_non_ascii_names_and_quotes_round_trip(tmp_path: Path, name: str) -> None:
    address = PostalAddress((f"Tŷ {name}", 'Flat "B" & <Annexe>'), "ZZ99 4ZZ")
    path = build_cmel8011(
        letter(receiving_parent_name=name, receiving_parent_address=address),
        tmp_path / "l.pdf",
    )
    lines = pdf_text(path).splitlines()
    assert name in lines
    assert f"Tŷ {name}" in lines
    assert 'Flat "B" & <Annexe>' in lines
    assert f"Dear {name}," in lines


def test_control_characters_dropped_from_letter_text(tmp_path: Path) -> None:
    dirty = letter(
        receiving_parent_name="Siân\x00 Jones\x1b",
        receiving_parent_address=PostalAddress(("1 Road\x07", "\x0b"), "ZZ99\x00 4ZZ"),
    )
    lines = pdf_text(build_cmel8011(dirty, tmp_path / "l.pdf")).splitlines()
    assert "Siân Jones" in lines and "1 Road" in lines and "ZZ99 4ZZ" in lines


def test_very_long_name_and_address_wrap_without_error(tmp_path: Path) -> None:
    long_line = "Very long address line " * 40
    path = build_cmel8011(
        letter(
            receiving_parent_name="N" * 300,
            receiving_parent_address=PostalAddress(tuple([long_line] * 20), "ZZ99 4ZZ"),
        ),
        tmp_path / "l.pdf",
    )
    text = pdf_text(path)
    assert "N" * 300 in text.replace("\n", "")
    assert flat(long_line) in flat(text)


def test_font_prints_welsh_letters() -> None:
    fonts = letter_fonts()
    assert fonts.regular == "CMSSans"
    face = pdfmetrics.getFont(fonts.regular).face
    for char in "ŵŷâŴŶÂÓáïë":
        assert ord(char) in face.charToGlyph, char
    # The shipped copy is the one used, so installs without system fonts behave the same.
    assert (letters.resources_folder() / "fonts" / "DejaVuSans.ttf").is_file()
    assert (letters.resources_folder() / "fonts" / "LICENSE-DejaVu.txt").is_file()


def test_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object) -> list[object]:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(letters, "_story", broken)
    with pytest.raises(RuntimeError):
        build_cmel8011(letter(), tmp_path / "l.pdf")
    assert list(tmp_path.iterdir()) == []


# Right-to-left names. Expected strings are in visual order, as drawn from left to right: the
# Hebrew letters reversed, the Arabic ones reversed and joined (presentation forms).
HEBREW = "דוד כהן"
HEBREW_VISUAL = "ןהכ דוד"
ARABIC = "فاطمة الزهراء"
ARABIC_VISUAL = "ﺀﺍﺮﻫﺰﻟﺍ ﺔﻤﻃﺎﻓ"


@pytest.mark.parametrize(("name", "visual"), [(HEBREW, HEBREW_VISUAL), (ARABIC, ARABIC_VISUAL)])
def test_right_to_left_names_print_in_visual_order(tmp_path: Path, name: str, visual: str) -> None:
    address = PostalAddress((f"Flat 2, {name}", "12 Sample Road"), "ZZ99 4ZZ")
    path = build_cmel8011(
        letter(receiving_parent_name=name, receiving_parent_address=address), tmp_path / "l.pdf"
    )
    lines = pdf_text(path).splitlines()
    assert visual in lines
    assert f"Dear {visual}," in lines
    # Latin text keeps its order, alone or beside the right-to-left name.
    assert f"Flat 2, {visual}" in lines
    assert "12 Sample Road" in lines
    assert name not in lines
    assert "Your child maintenance update: bailiff action" in lines


def test_left_to_right_text_is_not_reordered(tmp_path: Path) -> None:
    lines = pdf_text(build_cmel8011(letter(), tmp_path / "l.pdf")).splitlines()
    assert "Siân Ó Súilleabháin" in lines
    assert "Dear Siân Ó Súilleabháin," in lines
