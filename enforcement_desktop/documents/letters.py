"""CMEL8011 and CMEL8039: A4 PDF letters to the receiving parent about bailiff action.

Both letters are built from :class:`ReceivingParentLetter`, which has no field for the paying
parent's address, employer or assets, nor for anything learnt from the bailiff or another third
party (seed 003: third-party information is never disclosed to clients).
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
import unicodedata
from pathlib import Path
from typing import Any, NamedTuple
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from enforcement_desktop.documents.atomic import atomic_write
from enforcement_desktop.documents.data import LetterOrder, ReceivingParentLetter, clean_text
from enforcement_desktop.documents.templates import application_name, resources_folder
from enforcement_desktop.domain.enums import BailiffOutcome
from enforcement_desktop.domain.errors import ValidationError

NAVY = colors.HexColor("#1F3864")
GREY = colors.HexColor("#404040")

CMEL8011 = "CMEL8011"
CMEL8039 = "CMEL8039"

_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
# Only consulted when the shipped fonts are missing (e.g. a trimmed install) on Linux.
_SYSTEM_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))

# Not strftime("%B"): Qt sets the C locale from the desktop, which could change the month names.
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Fonts(NamedTuple):
    """The regular and bold font names registered with reportlab."""

    regular: str
    bold: str


@functools.cache
def letter_fonts() -> Fonts:
    """Register DejaVu Sans once per process and return the names to use.

    DejaVu Sans prints Welsh and Irish letters (ŵ ŷ â Ó á); reportlab's built-in Helvetica
    cannot print ŵ or ŷ. The copy shipped in ``resources/fonts`` is used first, then the usual
    Linux folders; Helvetica is the last resort only if no copy is found.
    """
    for folder in (resources_folder() / "fonts", *_SYSTEM_FONT_DIRS):
        regular, bold = (folder / name for name in _FONT_FILES)
        if regular.is_file() and bold.is_file():
            # Bytes rather than a path: an installed package may live inside a zip.
            pdfmetrics.registerFont(TTFont("CMSSans", io.BytesIO(regular.read_bytes())))
            pdfmetrics.registerFont(TTFont("CMSSans-Bold", io.BytesIO(bold.read_bytes())))
            pdfmetrics.registerFontFamily(
                "CMSSans",
                normal="CMSSans",
                bold="CMSSans-Bold",
                italic="CMSSans",
                boldItalic="CMSSans-Bold",
            )
            return Fonts("CMSSans", "CMSSans-Bold")
    return Fonts("Helvetica", "Helvetica-Bold")


def long_date(value: dt.date) -> str:
    """Letter style date: 23 November 2026."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(char) in ("R", "AL") for char in text)


def visual_order(text: str) -> str:
    """``text`` as reportlab must draw it, left to right, line by line.

    reportlab draws characters in the order given, so a Hebrew or Arabic name would print back
    to front with its Arabic letters unjoined. A line holding right-to-left letters is shaped
    (arabic-reshaper: each Arabic letter takes its joined form) then reordered by the Unicode
    bidirectional algorithm (python-bidi), its direction taken from its first strong letter;
    any other line is returned unchanged.
    """
    return "\n".join(
        get_display(arabic_reshaper.reshape(line)) if _has_rtl(line) else line
        for line in text.split("\n")
    )


def _markup(text: object) -> str:
    """Escape free text for a reportlab Paragraph; newlines become line breaks.

    Right-to-left text is put in visual order first (:func:`visual_order`).
    """
    return escape(visual_order(clean_text(text))).replace("\t", " ").replace("\n", "<br/>")


class _Styles:
    def __init__(self, fonts: Fonts) -> None:
        self.body = ParagraphStyle(
            "LetterBody", fontName=fonts.regular, fontSize=11, leading=15, spaceAfter=8
        )
        self.small = ParagraphStyle(
            "LetterSmall", parent=self.body, fontSize=9.5, leading=13, spaceAfter=0
        )
        self.sender = ParagraphStyle(
            "Sender",
            parent=self.small,
            fontName=fonts.bold,
            fontSize=13,
            leading=16,
            textColor=NAVY,
            spaceAfter=2,
        )
        self.heading = ParagraphStyle(
            "LetterHeading",
            parent=self.body,
            fontName=fonts.bold,
            fontSize=13.5,
            leading=17,
            textColor=NAVY,
            spaceBefore=4,
            spaceAfter=10,
        )
        self.address = ParagraphStyle("Address", parent=self.body, spaceAfter=0)
        self.footer_font = fonts.regular


# --- the letters' wording -------------------------------------------------------------------

_CMEL8011_HEADING = "Your child maintenance update: bailiff action"
_CMEL8011_REFERRED = (
    "Your case is being referred to a bailiff (also called an enforcement agent) to collect the "
    "child maintenance arrears that the paying parent owes. The court has already granted a "
    "liability order for these arrears."
)
_CMEL8011_BODY = (
    "The bailiff will contact the paying parent and ask them to pay. If they do not pay or agree "
    "to pay, the bailiff may visit them and take goods that can be sold to pay the debt.",
    "<b>Bailiff action takes time. It will be at least 90 days before we know the outcome.</b> "
    "We will write to you again when the bailiff has finished.",
    "While the bailiff is acting, the paying parent must keep paying any regular child "
    "maintenance to us.",
)

_CMEL8039_HEADING = "Your child maintenance update: outcome of bailiff action"
_CMEL8039_INTRO = (
    "We asked a bailiff (also called an enforcement agent) to collect the child maintenance "
    "arrears that the paying parent owes. The bailiff has now finished."
)
_CMEL8039_OUTCOME = {
    BailiffOutcome.SUCCESSFUL: (
        "<b>The bailiff action was successful.</b> The bailiff has collected the arrears, or "
        "the paying parent has agreed to pay them. We will pay you any money collected in the "
        "usual way. If the paying parent has agreed to pay in instalments, we will check that "
        "the payments are made."
    ),
    BailiffOutcome.NOT_SUCCESSFUL: (
        "<b>The bailiff action was not successful.</b> The bailiff was not able to collect the "
        "arrears. We understand this may be disappointing. We will look again at what further "
        "action we can take to collect the arrears, and we will keep you updated."
    ),
    BailiffOutcome.NRP_NOT_LOCATED: (
        "<b>The bailiff was not able to find the paying parent.</b> We will try to find where "
        "the paying parent now lives and look again at what further action we can take to "
        "collect the arrears. We will keep you updated."
    ),
}

_PRIVACY = (
    "To protect everyone's personal information, we cannot tell you about the paying parent's "
    "circumstances or about the bailiff's enquiries."
)


def _period(order: LetterOrder) -> str:
    """ "1 April 2019 to 31 March 2020", or "" when either end is not known."""
    if order.period_from is None or order.period_to is None:
        return ""
    # No-break spaces keep each date on one line ("1 April" / "2019" reads badly).
    start, end = (long_date(d).replace(" ", "\u00a0") for d in (order.period_from, order.period_to))
    return f"{start} to {end}"


def _orders_sentence(letter: ReceivingParentLetter, opening: str) -> list[str]:
    """The sentence naming the liability orders the letter is about (none when not given)."""
    orders = [o for o in letter.liability_orders if clean_text(o.reference).strip()]
    if not orders:
        return []
    if len(orders) == 1:
        order = orders[0]
        period = _period(order)
        text = f"{opening} liability order {_markup(order.reference)}"
        return [text + (f", for the period {period}." if period else ".")]
    named = [_markup(o.reference) + (f" ({_period(o)})" if _period(o) else "") for o in orders]
    return [f"{opening} liability orders {', '.join(named[:-1])} and {named[-1]}."]


def _contact(letter: ReceivingParentLetter) -> list[str]:
    """The closing "How to contact us" paragraphs; a blank detail is left out, never guessed."""
    contact = letter.case_manager
    phone = _markup(contact.phone).strip()
    hours = _markup(contact.opening_hours).strip()
    reference = _markup(letter.scin).strip()
    if phone:
        ask = (
            f"If you have any questions, please call us on {phone} and quote your reference "
            f"number {reference}."
        )
        if hours:
            ask += f" Our phone lines are open {hours}."
    else:
        ask = (
            f"If you have any questions, please contact us and quote your reference number "
            f"{reference}."
        )
    out = ["<b>How to contact us</b>", ask]
    office = contact.office_lines()
    if office:
        lines = ", ".join(_markup(line) for line in ["Child Maintenance Service", *office])
        out.append(f"You can also write to us at {lines}.")
    return out


def _story(
    letter: ReceivingParentLetter, heading: str, body: list[str], s: _Styles, width: float
) -> list[Flowable]:
    # Puts the address about 50 mm from the top edge, where a window envelope shows it.
    recipient = [Spacer(1, 26 * mm)] + [
        Paragraph(_markup(line), s.address)
        for line in [letter.receiving_parent_name, *letter.receiving_parent_address.as_lines()]
        if clean_text(line).strip()
    ]
    sender = [Paragraph("Child Maintenance Service", s.sender)]
    sender += [Paragraph(_markup(line), s.small) for line in letter.case_manager.office_lines()]
    if clean_text(letter.case_manager.phone).strip():
        sender.append(Paragraph(f"Phone: {_markup(letter.case_manager.phone)}", s.small))
    sender += [
        Spacer(1, 5 * mm),
        Paragraph(f"<b>Date:</b> {long_date(letter.letter_date)}", s.small),
        Paragraph(f"<b>Our reference:</b> {_markup(letter.scin)}", s.small),
    ]
    # splitInRow: a very long name or address may run on to the next page instead of failing.
    top = Table(
        [[recipient, sender]], colWidths=[92 * mm, width - 92 * mm], hAlign="LEFT", splitInRow=1
    )
    top.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    name = _markup(letter.receiving_parent_name).strip() or "Sir or Madam"
    story: list[Flowable] = [
        top,
        Spacer(1, 14 * mm),
        Paragraph(heading, s.heading),
        Paragraph(f"Dear {name},", s.body),
    ]
    story += [Paragraph(text, s.body) for text in body]
    story += [
        Paragraph(_PRIVACY, s.body),
        *(Paragraph(text, s.body) for text in _contact(letter)),
        Spacer(1, 4 * mm),
        Paragraph("Yours sincerely,", s.body),
        Spacer(1, 6 * mm),
        Paragraph(f"<b>{_markup(letter.case_manager.name)}</b>", s.address),
        Paragraph("Enforcement case manager", s.address),
        Paragraph("Child Maintenance Service", s.address),
    ]
    return story


def _dated_canvas(on: dt.date) -> type[Canvas]:
    """A canvas class whose PDF creation and modification dates are ``on`` (the letter's date).

    reportlab's invariant mode would otherwise stamp 1 January 2000.
    """
    stamp = f"D:{on:%Y%m%d}000000+00'00'"

    class DatedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_parts: stamp)

    return DatedCanvas


def _write_pdf(
    letter: ReceivingParentLetter,
    path: str | os.PathLike[str],
    form_code: str,
    heading: str,
    body: list[str],
) -> Path:
    fonts = letter_fonts()
    styles = _Styles(fonts)

    def footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(doc.leftMargin, 12 * mm, form_code)
        canvas.drawRightString(A4[0] - doc.rightMargin, 12 * mm, f"Page {doc.page}")
        canvas.restoreState()

    with atomic_write(path) as handle:
        doc = SimpleDocTemplate(
            handle,
            pagesize=A4,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=22 * mm,
            title=f"{form_code} {heading}",
            author="Child Maintenance Service",
            creator=application_name(),
            lang="en-GB",
            # No clock and no random document id: the same letter always has the same bytes.
            invariant=1,
        )
        doc.build(
            # The frame keeps 6 pt of padding on each side inside the margins.
            _story(letter, heading, body, styles, doc.width - 12),
            onFirstPage=footer,
            onLaterPages=footer,
            canvasmaker=_dated_canvas(letter.letter_date),
        )
    return Path(path)


def build_cmel8011(letter: ReceivingParentLetter, path: str | os.PathLike[str]) -> Path:
    """Write CMEL8011 (the case is being referred for bailiff action) as a PDF, atomically.

    Args:
        letter: Recipient, reference, date and case manager; ``outcome`` is ignored.
        path: The .pdf file to create or replace.

    Returns:
        The path written.
    """
    referred = _CMEL8011_REFERRED + "".join(
        f" {text}" for text in _orders_sentence(letter, "The arrears are those in")
    )
    body = [referred, *_CMEL8011_BODY]
    return _write_pdf(letter, path, CMEL8011, _CMEL8011_HEADING, body)


def build_cmel8039(letter: ReceivingParentLetter, path: str | os.PathLike[str]) -> Path:
    """Write CMEL8039 (the outcome of bailiff action) as a PDF, atomically.

    Args:
        letter: Recipient, reference, date, case manager and the ``outcome``.
        path: The .pdf file to create or replace.

    Returns:
        The path written.

    Raises:
        ValidationError: When the letter has no outcome.
    """
    if letter.outcome is None:
        raise ValidationError({"outcome": "Record the bailiff outcome before sending CMEL8039"})
    about = _orders_sentence(letter, "This letter is about the arrears in")
    body = [_CMEL8039_INTRO, *about, _CMEL8039_OUTCOME[letter.outcome]]
    return _write_pdf(letter, path, CMEL8039, _CMEL8039_HEADING, body)
