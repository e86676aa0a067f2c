"""CMEL8010 Referral to bailiff: every field, PV marker, subsequent forms, awkward text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx.oxml.ns import qn

from enforcement_desktop.documents import cmel8010, templates
from enforcement_desktop.documents.cmel8010 import build_cmel8010, render_cmel8010
from enforcement_desktop.documents.data import (
    NOT_KNOWN,
    PersonDetails,
    PostalAddress,
    VehicleDetails,
    clean_text,
)
from enforcement_desktop.domain.enums import OrderOrigin
from tests.documents.helpers import (
    ORDERS,
    docx_fields,
    docx_text,
    grid_rows,
    needs_libreoffice,
    open_docx,
    referral,
    referrals,
    rendered_pages,
)


def test_every_field_of_a_complete_form(tmp_path: Path) -> None:
    path = build_cmel8010(referral(ORDERS[0], 1, 3), tmp_path / "f.docx")
    document = open_docx(path)
    assert docx_fields(document) == {
        "SCIN": "121000000008",
        "Scheme": "CMS 2012",
        "Referral date": "23/11/2026",
        "Sum applied for": "£2,235.00",
        "Case manager": "Morgan Testwell",
        "Team": "Enforcement Team 7",
        "Region": "East Midlands",
        "Contact number": "0115 496 0123",
        "Full name": "Dafydd ap Gwilym",
        "Date of birth": "14/03/1984",
        "Other names": "Dai O'Brien",
        "Address": "Flat 2, 7 Example Street\nLlanfictional\nZZ99 3ZZ",
        "NI number": "QQ123456C",
        "Phone": "07700 900123",
        "Employment status": "Self-employed",
        "Employer": "Sampleson Joinery Ltd",
        "Name(s)": "Siân Ó Súilleabháin",
        "LO reference": "LO-CMS-2021-001",
        "Origin": "CMS",
        "Court": "Exampleton Magistrates' Court",
        "Date applied": "01/02/2021",
        "Date granted": "09/02/2021",
        "Period covered": "01/04/2019 to 31/03/2020",
        "Collection priority": "LO 1 of 3",
        "LO amount": "£2,450.00",
        "Costs awarded": "£85.00",
        "Payments made": "£300.00",
        "Current arrears balance": "£2,235.00",
        "Assets associated": (
            "Vehicle: Exampla Roadster ZZ11 ZZZ (source: DVLA)\nWorkshop tools at home address"
        ),
        "Previous enforcement": "DEO 2022: employment ended",
    }
    assert grid_rows(document, "Registration") == [
        ["ZZ11 ZZZ", "Exampla", "Roadster", "Blue"],
        [NOT_KNOWN, NOT_KNOWN, NOT_KNOWN, NOT_KNOWN],
    ]
    text = docx_text(document)
    assert "Referral to bailiff" in text
    assert "Works from a workshop behind the house." in text
    assert "Subsequent form" not in text


def test_title_form_code_and_lo_position_are_prominent(tmp_path: Path) -> None:
    document = open_docx(build_cmel8010(referral(ORDERS[1], 2, 3), tmp_path / "f.docx"))
    banner = document.tables[0]
    assert banner.cell(0, 0).paragraphs[0].text == "Referral to bailiff"
    assert banner.cell(0, 0).paragraphs[0].style.name == "Form Title"
    badge = banner.cell(0, 1).paragraphs[0]
    assert badge.text == "LO 2 of 3"
    assert badge.style.name == "LO Position"
    assert badge.style.font.size.pt >= 18
    header = document.sections[0].header.paragraphs[0].text
    assert "CMEL8010" in header and "OFFICIAL-SENSITIVE" in header
    assert "OFFICIAL-SENSITIVE" in document.sections[0].footer.paragraphs[0].text


def test_page_is_a4_from_the_template(tmp_path: Path) -> None:
    section = open_docx(build_cmel8010(referral(), tmp_path / "f.docx")).sections[0]
    # Stored in twips, so compare to the nearest tenth of a millimetre.
    assert (round(section.page_width.mm, 1), round(section.page_height.mm, 1)) == (210, 297)
    assert round(section.left_margin.mm, 1) == 18


def test_pv_marker_is_red_bold_and_boxed(tmp_path: Path) -> None:
    document = open_docx(build_cmel8010(referral(), tmp_path / "f.docx"))
    box = next(t for t in document.tables if "PV marker" in t.cell(0, 0).text)
    paragraphs = box.cell(0, 0).paragraphs
    assert paragraphs[0].text == "PV marker: potentially violent"
    assert paragraphs[0].style.name == "PV Warning"
    assert paragraphs[0].style.font.bold and paragraphs[0].style.font.all_caps
    assert str(paragraphs[0].style.font.color.rgb) == "C00000"
    assert paragraphs[2].text == "Visit in pairs only."
    assert all(run.bold and str(run.font.color.rgb) == "C00000" for run in paragraphs[2].runs)
    border = box._tbl.tblPr.find(f"{qn('w:tblBorders')}/{qn('w:top')}")
    assert border.get(qn("w:color")) == "C00000" and int(border.get(qn("w:sz"))) >= 18


def test_no_pv_marker_says_so(tmp_path: Path) -> None:
    form = referral(pv_marker=False, pv_control_measures="")
    text = docx_text(open_docx(build_cmel8010(form, tmp_path / "f.docx")))
    assert "No PV marker recorded" in text
    assert "potentially violent" not in text


def test_pv_marker_without_measures_still_shown(tmp_path: Path) -> None:
    text = docx_text(open_docx(build_cmel8010(referral(pv_control_measures=" "), tmp_path / "f")))
    assert "PV marker: potentially violent" in text
    assert "None recorded" in text


def test_subsequent_form_repeats_parents_and_lo_and_refers_to_the_first(tmp_path: Path) -> None:
    second = referrals()[1]
    document = open_docx(build_cmel8010(second, tmp_path / "f.docx"))
    found = docx_fields(document)
    assert found["Full name"] == "Dafydd ap Gwilym"
    assert found["Address"].startswith("Flat 2, 7 Example Street")
    assert found["Name(s)"] == "Siân Ó Súilleabháin"
    assert found["SCIN"] == "121000000008"
    assert found["LO reference"] == "LO-CMS-2023-042"
    assert found["Collection priority"] == "LO 2 of 3"
    assert found["Assets associated"] == "As CMEL8010 LO 1 of 3"
    assert found["Previous enforcement"] == "As CMEL8010 LO 1 of 3"
    text = docx_text(document)
    assert "Subsequent form" in text
    assert "PV marker: potentially violent" in text  # safety: on every form
    vehicles_box = next(t for t in document.tables if t.cell(0, 0).text.startswith("As CMEL"))
    assert vehicles_box.cell(0, 0).text == "As CMEL8010 LO 1 of 3"


def test_subsequent_form_prints_what_differs(tmp_path: Path) -> None:
    second = replace(referrals()[1], assets=("Second vehicle: Testmoto (source: DVLA)",))
    found = docx_fields(open_docx(build_cmel8010(second, tmp_path / "f.docx")))
    assert found["Assets associated"] == "Second vehicle: Testmoto (source: DVLA)"


def test_unknown_values_print_not_known(tmp_path: Path) -> None:
    person = PersonDetails(full_name="Ann Example")
    form = referral(paying_parent=person, vehicles=(VehicleDetails(" ", None, "", None),))
    document = open_docx(build_cmel8010(form, tmp_path / "f.docx"))
    found = docx_fields(document)
    for label in (
        "Date of birth",
        "Address",
        "NI number",
        "Phone",
        "Employment status",
        "Employer",
    ):
        assert found[label] == NOT_KNOWN, label
    assert found["Other names"] == "None known"
    assert grid_rows(document, "Registration") == [[NOT_KNOWN] * 4]


def test_no_vehicles_assets_or_history_on_a_complete_form(tmp_path: Path) -> None:
    form = referral(vehicles=(), assets=(), previous_enforcement=(), additional_information="")
    document = open_docx(build_cmel8010(form, tmp_path / "f.docx"))
    text = docx_text(document)
    assert "No vehicles recorded" in text
    assert docx_fields(document)["Assets associated"] == "None recorded"


NAMES = ["Siân", "Ó Súilleabháin", "Dafydd ap Gwilym", "O'Brien", "Gwenllïan Ŵyn-Prŷs"]


@pytest.mark.parametrize("name", NAMES)
def test_non_ascii_names_and_quotes_round_trip(tmp_path: Path, name: str) -> None:
    note = f'He said "call after 6pm" & <not> markup; it\'s {name}’s “home”.'
    person = PersonDetails(
        full_name=name,
        other_names=(name.upper(),),
        address=PostalAddress((f"1 {name} Street",), "ZZ99 1ZZ"),
    )
    form = referral(
        paying_parent=person, receiving_parent_names=(name,), additional_information=note
    )
    document = open_docx(build_cmel8010(form, tmp_path / "f.docx"))
    found = docx_fields(document)
    assert found["Full name"] == name
    assert found["Other names"] == name.upper()
    assert found["Address"] == f"1 {name} Street\nZZ99 1ZZ"
    assert found["Name(s)"] == name
    assert note in docx_text(document)


def test_control_characters_are_dropped_tabs_and_newlines_kept(tmp_path: Path) -> None:
    dirty = "Line\x00one\x07\x1b\tafter tab\r\nline two\rline three\x7f\x85\ufffe"
    form = referral(additional_information=dirty, pv_control_measures="Pairs\x0conly")
    document = open_docx(build_cmel8010(form, tmp_path / "f.docx"))
    box = next(t for t in document.tables if t.cell(0, 0).text.startswith("Lineone"))
    assert box.cell(0, 0).text == "Lineone\tafter tab\nline two\nline three"
    assert "Pairsonly" in docx_text(document)
    assert clean_text(dirty) == "Lineone\tafter tab\nline two\nline three"


def test_very_long_text_is_kept_whole(tmp_path: Path) -> None:
    long_text = ("Long note with many words. " * 3000).strip()
    unbroken = "X" * 5000
    form = referral(
        additional_information=f"{long_text}\n{unbroken}",
        assets=tuple(f"Asset number {i}" for i in range(200)),
    )
    document = open_docx(build_cmel8010(form, tmp_path / "f.docx"))
    text = docx_text(document)
    assert long_text in text and unbroken in text
    assert docx_fields(document)["Assets associated"].count("\n") == 199


def test_failure_while_building_leaves_no_file(tmp_path: Path, monkeypatch) -> None:
    def broken(*_args: object) -> None:
        raise RuntimeError("template damaged")

    monkeypatch.setattr(cmel8010, "fill_cmel8010", broken)
    with pytest.raises(RuntimeError):
        build_cmel8010(referral(), tmp_path / "f.docx")
    assert list(tmp_path.iterdir()) == []


def test_render_returns_a_valid_docx_and_is_independent_per_call() -> None:
    first = render_cmel8010(referral(ORDERS[0], 1, 2))
    second = render_cmel8010(referral(ORDERS[1], 2, 2))
    assert docx_fields(open_docx(first))["LO reference"] == "LO-CMS-2021-001"
    # The cached template must not carry the first form's body into the second.
    assert "LO-CMS-2021-001" not in docx_text(open_docx(second))
    assert templates.template_bytes.cache_info().currsize >= 1


def test_position_must_be_within_total() -> None:
    with pytest.raises(ValueError, match="position 4 of 3"):
        referral(position=4, total=3)
    with pytest.raises(ValueError):
        referral(position=0, total=0)


def test_lists_are_frozen_to_tuples() -> None:
    form = referral(assets=["a", "b"], receiving_parent_names=["X"])
    assert form.assets == ("a", "b") and form.receiving_parent_names == ("X",)
    assert form.liability_order.current_balance == Decimal("2235.00")
    assert form.referral_date == date(2026, 11, 23)


def test_origin_given_as_text_is_accepted() -> None:
    as_text = replace(ORDERS[2], origin="CSA")  # type: ignore[arg-type]
    assert as_text.origin == OrderOrigin.CSA


def test_templates_found_in_source_checkout_and_when_installed(tmp_path: Path, monkeypatch) -> None:
    # Source checkout: the letters package is not importable, so <repo>/letters is used.
    assert Path(str(templates.letters_folder())).name == "letters"
    assert templates.template_path(templates.CMEL8010_TEMPLATE).is_file()

    # Installed: importlib.resources answers.
    (tmp_path / templates.CMEL8010_TEMPLATE).write_bytes(b"x")
    monkeypatch.setattr(templates.resources, "files", lambda package: tmp_path)
    assert (
        templates.template_path(templates.CMEL8010_TEMPLATE) == tmp_path / "CMEL8010_template.docx"
    )
    with pytest.raises(FileNotFoundError):
        templates.template_path("CMEL9999_template.docx")


def test_header_names_scin_lo_and_page_on_every_page(tmp_path: Path) -> None:
    document = open_docx(build_cmel8010(referrals()[1], tmp_path / "f.docx"))
    section = document.sections[0]
    # One header for every page: no different first page, no even-page header.
    assert not section.different_first_page_header_footer
    assert document.settings.element.find(qn("w:evenAndOddHeaders")) is None
    header = section.header
    assert len(header.paragraphs) == 1
    assert header.paragraphs[0].text.startswith("SCIN 121000000008  |  LO 2 of 3\t")
    fields = [f.get(qn("w:instr")).strip() for f in header._element.iter(qn("w:fldSimple"))]
    assert fields == ["PAGE", "NUMPAGES"]
    assert "[SCIN" not in "".join(p.text for p in header.paragraphs)


@needs_libreoffice
def test_multi_page_form_identifies_every_page_when_laid_out(tmp_path: Path) -> None:
    long_text = "\n".join(f"Observation {i}: seen at the workshop." for i in range(160))
    form = replace(referrals()[1], additional_information=long_text)
    pages = rendered_pages(build_cmel8010(form, tmp_path / "f.docx"))
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        top = " ".join(page.strip().splitlines()[0].split())
        expected = f"SCIN 121000000008 | LO 2 of 3 OFFICIAL-SENSITIVE CMEL8010 | Page {number}"
        assert top == f"{expected} of {len(pages)}", top
