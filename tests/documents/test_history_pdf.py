"""The case history PDF: a header on every page, page x of y, every line whole."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from enforcement_desktop.documents.history_pdf import (
    HistoryDocument,
    HistoryLine,
    build_history_pdf,
)

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(PDFTOTEXT is None, reason="needs poppler-utils (pdftotext)")

PRINTED = date(2026, 11, 23)
START = datetime(2026, 1, 5, 9, 0)
LONG = (
    "Note on SR 14 Bailiff: the paying parent phoned to say the vehicle recorded at the "
    "address belongs to a neighbour, and asked that the bailiff be told before any visit; "
    "the case manager explained the procedure and the end of the line is here: FINAL-WORD"
)


def pages(path: Path) -> list[str]:
    """The text of each page, as pdftotext reads it."""
    assert PDFTOTEXT is not None
    text = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def history(lines: int, name: str = "Pat Testington") -> HistoryDocument:
    return HistoryDocument(
        scin="121000000101",
        name=name,
        printed_on=PRINTED,
        lines=tuple(
            HistoryLine(
                at=START + timedelta(hours=n),
                who="Morgan Testwell",
                case="Case 3",
                what=f"Arrears balance: £{2400 - n:,}.00 → £{2399 - n:,}.00 (event {n + 1})",
            )
            for n in range(lines)
        ),
    )


def test_header_and_lines(tmp_path: Path) -> None:
    path = build_history_pdf(history(3), tmp_path / "history.pdf")

    (page,) = pages(path)
    flat = " ".join(page.split())
    assert "Case history: Pat Testington" in flat
    assert "SCIN 121000000101 · Pat Testington" in flat
    assert "Printed 23/11/2026" in flat
    assert "Page 1 of 1" in flat
    assert "05/01/2026 09:00" in flat
    assert "Morgan Testwell" in flat
    assert "Arrears balance: £2,400.00 → £2,399.00 (event 1)" in flat
    assert flat.index("(event 1)") < flat.index("(event 2)") < flat.index("(event 3)")


def test_every_page_has_the_header_and_page_x_of_y(tmp_path: Path) -> None:
    path = build_history_pdf(history(150), tmp_path / "history.pdf")

    texts = pages(path)
    assert len(texts) >= 3
    for number, page in enumerate(texts, start=1):
        flat = " ".join(page.split())
        assert "SCIN 121000000101 · Pat Testington" in flat
        assert "Printed 23/11/2026" in flat
        assert f"Page {number} of {len(texts)}" in flat
        assert "What was done" in flat  # the column headings repeat
    everything = " ".join(" ".join(texts).split())
    for n in (1, 75, 150):
        assert f"(event {n})" in everything


def test_a_long_line_wraps_and_is_kept_whole(tmp_path: Path) -> None:
    document = HistoryDocument(
        "121000000101", "Pat Testington", PRINTED, (HistoryLine(START, "test.user", "", LONG),)
    )
    (page,) = pages(build_history_pdf(document, tmp_path / "history.pdf"))

    assert LONG not in page  # not on one line: it wraps...
    assert LONG in " ".join(page.split())  # ...and every word of it is printed


def test_a_right_to_left_name_prints_in_reading_order(tmp_path: Path) -> None:
    name = "דנה כהן"
    path = build_history_pdf(history(1, name=name), tmp_path / "history.pdf")
    (page,) = pages(path)
    # Drawn in visual order, so pdftotext (which applies the bidirectional algorithm to what
    # it reads off the page) gives the name back as typed, in the header and the title.
    assert page.count(name) == 2
    assert "Pat Testington" not in page


def test_an_empty_history_says_so(tmp_path: Path) -> None:
    (page,) = pages(build_history_pdf(history(0), tmp_path / "history.pdf"))
    assert "Nothing is recorded for this client." in page
    assert "0 events" in page


def test_the_same_history_gives_the_same_bytes(tmp_path: Path) -> None:
    first = build_history_pdf(history(5), tmp_path / "a.pdf").read_bytes()
    second = build_history_pdf(history(5), tmp_path / "b.pdf").read_bytes()
    assert first == second
