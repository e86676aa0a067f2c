"""The forms are protected: only the boxes meant to be completed can be edited in Word."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from enforcement_desktop.documents.cmel8010 import render_cmel8010
from enforcement_desktop.documents.cmsf5571 import render_cmsf5571
from tests.documents.helpers import dvs_request, referrals

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def _text(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def _editable_cells(body: etree._Element) -> list[etree._Element]:
    """The cells holding an editable range, checking each range covers its whole cell."""
    cells = []
    starts = list(body.iter(f"{W}permStart"))
    ends = {end.get(f"{W}id"): end for end in body.iter(f"{W}permEnd")}
    assert len(ends) == len(starts), "every range is closed"
    for start in starts:
        assert start.get(f"{W}edGrp") == "everyone"
        end = ends[start.get(f"{W}id")]
        cell = next(start.iterancestors(f"{W}tc"))
        assert next(end.iterancestors(f"{W}tc")) is cell, "a range stays within its cell"
        paragraphs = cell.findall(f"{W}p")
        # From the start of the first paragraph's text to the end of the last one's.
        assert start.getparent() is paragraphs[0] and end.getparent() is paragraphs[-1]
        assert start.getprevious() is None or start.getprevious().tag == f"{W}pPr"
        assert end.getnext() is None
        cells.append(cell)
    assert len({id(c) for c in cells}) == len(cells), "one range per cell"
    return cells


def _label_of(cell: etree._Element) -> str:
    previous = cell.getprevious()
    return _text(previous) if previous is not None and previous.tag == f"{W}tc" else ""


@pytest.mark.parametrize(
    "data",
    [render_cmel8010(referrals()[0]), render_cmsf5571(dvs_request())],
    ids=["CMEL8010", "CMSF5571"],
)
def test_form_is_protected_read_only(data: bytes) -> None:
    settings = _part(data, "word/settings.xml")
    protection = settings.findall(f"{W}documentProtection")
    assert len(protection) == 1
    assert protection[0].get(f"{W}edit") == "readOnly"
    assert protection[0].get(f"{W}enforcement") == "1"
    # Schema order: protection comes before the default tab stop, or Word rejects the file.
    names = [etree.QName(child).localname for child in settings]
    assert names.index("documentProtection") < names.index("defaultTabStop")


def test_cmel8010_only_additional_information_is_editable() -> None:
    for referral in referrals():
        body = _part(render_cmel8010(referral), "word/document.xml")
        cells = _editable_cells(body)
        assert len(cells) == 1
        heading = cells[0].getparent().getparent().getprevious()  # tr -> tbl -> heading
        assert _text(heading) == "Additional information"
        assert _text(cells[0]) == referral.additional_information


def test_cmsf5571_only_the_bailiff_spoc_boxes_are_editable() -> None:
    body = _part(render_cmsf5571(dvs_request()), "word/document.xml")
    cells = _editable_cells(body)
    assert [_label_of(cell) for cell in cells] == [
        "Date requested from DVS",
        "Photograph received",
        "Date sent to bailiff (SEM)",
        "Sent by",
    ]
    assert all(_text(cell) == "" for cell in cells)
