"""The case history as an A4 PDF: what was done, by whom and when, oldest first.

A reviewer (a team leader, the Independent Case Examiner, the Ombudsman) reads it on paper, so
every page carries the client's SCIN and name, the date printed and "page x of y", and each
event keeps its whole line: long lines wrap, never cut.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from enforcement_desktop.documents.atomic import atomic_write
from enforcement_desktop.documents.data import clean_text
from enforcement_desktop.documents.letters import letter_fonts, visual_order
from enforcement_desktop.documents.templates import application_name

GREY = colors.HexColor("#404040")
RULE = colors.HexColor("#BFBFBF")
HEADING_FILL = colors.HexColor("#E7ECF4")

TITLE = "Case history"


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One event as printed: when, who, which case ("" for the client's own records), what."""

    at: dt.datetime
    who: str
    case: str
    what: str


@dataclass(frozen=True, slots=True)
class HistoryDocument:
    """What the PDF prints: the client, the day it is printed and the events, in print order."""

    scin: str | None
    name: str
    printed_on: dt.date
    lines: tuple[HistoryLine, ...]


def _text(value: object) -> str:
    return escape(visual_order(" ".join(clean_text(value).split())))


def _numbered_canvas(
    document: HistoryDocument, font: str, margin: float, on: dt.date
) -> type[Canvas]:
    """A canvas that writes the running header and "Page x of y" once the page count is known.

    The PDF's creation date is the day printed, so the same history printed on the same day
    gives the same bytes (reportlab's invariant mode would otherwise stamp 1 January 2000).
    """
    stamp = f"D:{on:%Y%m%d}000000+00'00'"
    who = f"SCIN {document.scin or 'none'} · {document.name}"
    printed = f"Printed {on:%d/%m/%Y}"

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_parts: stamp)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._furniture(number, total)
                super().showPage()
            super().save()

        def _furniture(self, number: int, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFillColor(GREY)
            self.setFont(font, 8.5)
            self.drawString(margin, height - 12 * mm, visual_order(who))
            self.drawRightString(width - margin, height - 12 * mm, printed)
            self.setStrokeColor(RULE)
            self.line(margin, height - 14 * mm, width - margin, height - 14 * mm)
            self.drawString(margin, 10 * mm, f"{TITLE} · {application_name()}")
            self.drawRightString(width - margin, 10 * mm, f"Page {number} of {total}")
            self.restoreState()

    return NumberedCanvas


def build_history_pdf(document: HistoryDocument, path: str | os.PathLike[str]) -> Path:
    """Write the case history as an A4 PDF, atomically.

    Args:
        document: The client, the day printed and the events in the order to print them.
        path: The .pdf file to create or replace.

    Returns:
        The path written.
    """
    fonts = letter_fonts()
    margin = 15 * mm
    body = ParagraphStyle("HistoryBody", fontName=fonts.regular, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("HistoryHead", parent=body, fontName=fonts.bold)
    title = ParagraphStyle(
        "HistoryTitle", parent=body, fontName=fonts.bold, fontSize=14, leading=18
    )
    intro = ParagraphStyle("HistoryIntro", parent=body, fontSize=9.5, leading=12.5)

    count = len(document.lines)
    story: list[Any] = [
        Paragraph(f"{TITLE}: {_text(document.name)}", title),
        Paragraph(
            f"SCIN <b>{_text(document.scin or 'none')}</b> · printed "
            f"{document.printed_on:%d/%m/%Y} · {count} event{'s' if count != 1 else ''}, "
            "oldest first. Times are UTC, as recorded.",
            intro,
        ),
        Spacer(0, 4 * mm),
    ]
    rows: list[list[Any]] = [
        [Paragraph(text, head) for text in ("Date", "User", "Case", "What was done")]
    ]
    for line in document.lines:
        rows.append(
            [
                Paragraph(f"{line.at:%d/%m/%Y}\u00a0{line.at:%H:%M}", body),
                Paragraph(_text(line.who), body),
                Paragraph(_text(line.case), body),
                Paragraph(_text(line.what), body),
            ]
        )
    if not document.lines:
        rows.append([Paragraph("Nothing is recorded for this client.", body), "", "", ""])
    width = A4[0] - 2 * margin
    table = LongTable(
        rows,
        colWidths=[31 * mm, 30 * mm, 16 * mm, width - 77 * mm],
        repeatRows=1,
    )
    table.setStyle(
        TableStyle(
            [
                *([("SPAN", (0, 1), (-1, 1))] if not document.lines else []),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEADING_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    story.append(table)

    with atomic_write(path) as handle:
        doc = SimpleDocTemplate(
            handle,
            pagesize=A4,
            leftMargin=margin,
            rightMargin=margin,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=f"{TITLE} SCIN {document.scin or 'none'}",
            author="Child Maintenance Service",
            creator=application_name(),
            lang="en-GB",
            invariant=1,
        )
        doc.build(
            story,
            canvasmaker=_numbered_canvas(document, fonts.regular, margin, document.printed_on),
        )
    return Path(path)
