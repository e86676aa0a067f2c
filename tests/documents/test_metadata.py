"""What the documents say about themselves: properties, language, reproducible bytes."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from lxml import etree

from enforcement_desktop import __version__
from enforcement_desktop.documents.cmel8010 import render_cmel8010
from enforcement_desktop.documents.cmsf5571 import render_cmsf5571
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039
from enforcement_desktop.documents.samples import CASE_MANAGER
from enforcement_desktop.domain.enums import BailiffOutcome
from tests.documents.helpers import dvs_request, letter, referrals

CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
EP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

FORMS = {
    "CMEL8010 Referral to bailiff": lambda: render_cmel8010(referrals()[1]),
    "CMSF5571 Request for a DVS photograph": lambda: render_cmsf5571(dvs_request()),
}


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("title", FORMS)
def test_app_properties_name_this_program_and_no_template(title: str) -> None:
    app = etree.fromstring(_parts(FORMS[title]())["docProps/app.xml"])
    assert app.findtext(f"{EP}Application") == f"enforcement-desktop {__version__}"
    for stale in ("Template", "Words", "Characters", "Lines", "Pages", "TotalTime", "AppVersion"):
        assert app.find(f"{EP}{stale}") is None, stale
    assert b"Microsoft" not in etree.tostring(app)


@pytest.mark.parametrize("title", FORMS)
def test_core_properties_name_the_form_and_author_only(title: str) -> None:
    core = etree.fromstring(_parts(FORMS[title]())["docProps/core.xml"])
    assert core.findtext(f"{DC}title") == title
    assert core.findtext(f"{DC}creator") == "Morgan Testwell"
    assert core.findtext(f"{DCTERMS}created") == "2026-11-23T00:00:00Z"
    assert core.findtext(f"{DCTERMS}modified") == "2026-11-23T00:00:00Z"
    # Nothing else: no subject (it held the SCIN), last-modified-by, revision or keywords.
    names = sorted(etree.QName(child).localname for child in core)
    assert names == ["created", "creator", "modified", "title"]


@pytest.mark.parametrize("title", FORMS)
def test_forms_are_tagged_british_english(title: str) -> None:
    styles = etree.fromstring(_parts(FORMS[title]())["word/styles.xml"])
    lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
    assert lang is not None and lang.get(f"{W}val") == "en-GB"


@pytest.mark.parametrize("title", FORMS)
def test_forms_render_to_the_same_bytes_twice(title: str) -> None:
    first, second = FORMS[title](), FORMS[title]()
    assert _parts(first) == _parts(second)
    assert first == second


def test_form_author_follows_the_case_manager() -> None:
    other = replace(CASE_MANAGER, name="Alex Sample")
    data = render_cmel8010(replace(referrals()[0], case_manager=other))
    core = etree.fromstring(_parts(data)["docProps/core.xml"])
    assert core.findtext(f"{DC}creator") == "Alex Sample"


LETTERS = {"CMEL8011": build_cmel8011, "CMEL8039": build_cmel8039}


@pytest.mark.parametrize("code", LETTERS)
def test_letters_build_to_the_same_bytes_twice(tmp_path: Path, code: str) -> None:
    sample = letter(outcome=BailiffOutcome.SUCCESSFUL)
    first = LETTERS[code](sample, tmp_path / "a.pdf").read_bytes()
    second = LETTERS[code](sample, tmp_path / "b.pdf").read_bytes()
    assert first == second


@pytest.mark.parametrize("code", LETTERS)
def test_letters_dated_by_the_letter_tagged_en_gb(tmp_path: Path, code: str) -> None:
    sample = letter(outcome=BailiffOutcome.SUCCESSFUL, letter_date=date(2027, 2, 3))
    data = LETTERS[code](sample, tmp_path / "l.pdf").read_bytes()
    assert re.findall(rb"/CreationDate \(D:(\d{8})", data) == [b"20270203"]
    assert re.findall(rb"/ModDate \(D:(\d{8})", data) == [b"20270203"]
    catalog = re.search(rb"<<[^<>]*/Type /Catalog[^<>]*>>", data)
    assert catalog is not None and b"/Lang (en-GB)" in catalog.group()
    assert f"(enforcement-desktop {__version__})".encode() in data
