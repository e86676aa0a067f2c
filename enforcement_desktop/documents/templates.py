"""Where the Word templates and fonts are, and the form-filling helpers both Word builders share.

The top-level ``letters/`` and ``resources/`` folders are installed as the packages
``enforcement_desktop.letters`` and ``enforcement_desktop.resources`` (see pyproject); in a source
checkout those packages are not importable, so we fall back to the folders next to the package.

The helpers write the body of a form as WordprocessingML: a form is a few dozen small tables, and
building their XML in one pass is several times faster than python-docx's cell-by-cell API while
giving exact control of borders, shading and widths (which LibreOffice and Word both honour).
Style ids (``FormTitle``, ``SectionHeading``, ...) come from ``letters/make_templates.py``.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from enforcement_desktop import __version__
from enforcement_desktop.documents.atomic import atomic_write
from enforcement_desktop.documents.data import clean_text
from enforcement_desktop.documents.zips import restamp_zip

T = TypeVar("T")

_REPO_ROOT = Path(__file__).resolve().parents[2]

CMEL8010_TEMPLATE = "CMEL8010_template.docx"
CMSF5571_TEMPLATE = "CMSF5571_template.docx"

#: Header text in the templates that :func:`set_header_reference` replaces.
HEADER_PLACEHOLDER = "[SCIN and LO]"

NAVY = "1F3864"
RED = "C00000"
LABEL_FILL = "DCE3EE"
BORDER = "7F8FA6"


def _packaged_folder(package: str, fallback: str) -> Traversable:
    try:
        return resources.files(package)
    except ModuleNotFoundError:
        # Source checkout: ``letters/`` and ``resources/`` sit next to the package.
        return _REPO_ROOT / fallback


def letters_folder() -> Traversable:
    """The folder holding the Word templates (installed package data or ``<repo>/letters``)."""
    return _packaged_folder("enforcement_desktop.letters", "letters")


def resources_folder() -> Traversable:
    """The folder holding icons, fonts and demo inputs (installed or ``<repo>/resources``)."""
    return _packaged_folder("enforcement_desktop.resources", "resources")


def template_path(name: str) -> Traversable:
    """The template called ``name`` (e.g. ``CMEL8010_template.docx``).

    Raises:
        FileNotFoundError: When the template is not shipped.
    """
    path = letters_folder() / name
    if not path.is_file():
        raise FileNotFoundError(f"Word template {name} not found in {letters_folder()}")
    return path


@functools.lru_cache(maxsize=8)
def template_bytes(name: str) -> bytes:
    """The template's bytes, read from disk once per process (a batch builds hundreds of forms)."""
    return template_path(name).read_bytes()


def open_template(name: str) -> DocxDocument:
    """A fresh python-docx document parsed from the cached template bytes."""
    return Document(io.BytesIO(template_bytes(name)))


def render_form(template: str, fill: Callable[[DocxDocument, T], None], data: T) -> bytes:
    """Open ``template``, let ``fill`` write the body for ``data``; the .docx as bytes."""
    document = open_template(template)
    fill(document, data)
    buffer = io.BytesIO()
    document.save(buffer)
    # Fixed part times: the same data always renders to the same bytes (and SHA-256).
    return restamp_zip(buffer.getvalue())


def write_form(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write rendered .docx bytes to ``path`` atomically; returns the path."""
    with atomic_write(path) as handle:
        handle.write(data)
    return Path(path)


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>{application}</Application></Properties>"
)


def application_name() -> str:
    """What the documents name as the program that wrote them: ``enforcement-desktop 0.1.0``."""
    return f"enforcement-desktop {__version__}"


def set_app_properties(document: DocxDocument) -> None:
    """Replace ``docProps/app.xml`` with one naming this program and nothing else.

    python-docx's default claims "Microsoft Macintosh Word", the Normal.dotm template and zero
    pages and words; Word recounts those when it saves, so stating none is the honest choice.
    """
    for part in document.part.package.iter_parts():
        if part.partname == "/docProps/app.xml":
            # A generic python-docx Part keeps its content as bytes in ``_blob``.
            xml = _APP_XML.format(application=escape(application_name()))
            part._blob = xml.encode()
            return
    raise ValueError("the template has no docProps/app.xml")


def set_properties(document: DocxDocument, *, title: str, author: str, on: dt.date) -> None:
    """The document's title and author (the case manager), created and modified on ``on``.

    Nothing else: the template's subject, comments, revision and last-modified-by go, so the
    file's properties carry no personal data beyond the author's name. The template's own dates
    would otherwise show as the document's; no clock in this layer, so the same data gives the
    same bytes.
    """
    core = document.core_properties
    element = core._element
    for child in list(element):
        element.remove(child)
    core.title = title
    core.author = clean_text(author).strip()[:255]
    core.created = core.modified = dt.datetime.combine(on, dt.time(), dt.UTC)
    set_app_properties(document)


def set_header_reference(document: DocxDocument, text: str) -> None:
    """Write ``text`` (e.g. "SCIN 121000000001  |  LO 2 of 3") into the header of every page.

    Raises:
        ValueError: When the template's header has no placeholder (an outdated template).
    """
    header = document.sections[0].header._element
    for node in header.iter(qn("w:t")):
        if node.text == HEADER_PLACEHOLDER:
            node.text = clean_text(text)
            return
    raise ValueError(f"the template's header has no {HEADER_PLACEHOLDER} placeholder")


# --- WordprocessingML fragments -------------------------------------------------------------

Value = str | Sequence[str]


@dataclass(frozen=True)
class Field:
    """One labelled box: a shaded label cell and its value cell.

    ``value`` is text (newlines become line breaks) or a sequence of lines, each its own
    paragraph. ``wide`` gives the value the rest of the row in a four-column box. ``editable``
    lets the reader complete the value in the protected form.
    """

    label: str
    value: Value
    strong: bool = False
    wide: bool = False
    editable: bool = False


def _text_runs(text: str, *, bold: bool = False, color: str | None = None) -> str:
    """Runs for ``text``; tabs and newlines become Word tabs and line breaks."""
    rpr = ""
    if bold:
        rpr += "<w:b/>"
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    parts: list[str] = []
    for index, line in enumerate(clean_text(text).split("\n")):
        content = "<w:br/>" if index else ""
        for piece_index, piece in enumerate(line.split("\t")):
            if piece_index:
                content += "<w:tab/>"
            if piece:
                content += f'<w:t xml:space="preserve">{escape(piece)}</w:t>'
        parts.append(f"<w:r>{rpr_xml}{content}</w:r>")
    return "".join(parts)


def paragraph(
    text: str,
    style: str = "FieldValue",
    *,
    bold: bool = False,
    color: str | None = None,
    align: str | None = None,
) -> str:
    """A paragraph of ``text`` in ``style`` (a style id from the template), as XML.

    Args:
        text: Free text; cleaned of control characters, escaped, newlines kept as breaks.
        style: Paragraph style id, e.g. ``FieldValue`` or ``FormNote``.
        bold: Bold runs.
        color: Run colour as hex (``C00000``).
        align: Paragraph alignment (``center``).
    """
    ppr = f'<w:pStyle w:val="{style}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    return f"<w:p><w:pPr>{ppr}</w:pPr>{_text_runs(text, bold=bold, color=color)}</w:p>"


_EDGES = ("top", "left", "bottom", "right")


def _edges(color: str, size: int, edges: Sequence[str] = _EDGES) -> str:
    """Border elements; size 0 means no border at all."""
    if not size:
        return "".join(f'<w:{edge} w:val="nil"/>' for edge in edges)
    return "".join(
        f'<w:{edge} w:val="single" w:sz="{size}" w:space="0" w:color="{color}"/>' for edge in edges
    )


def _table(
    widths: Sequence[int],
    rows: Iterable[str],
    *,
    border_color: str = BORDER,
    border_size: int = 4,
) -> str:
    """A fixed-layout table of ``widths`` (twips) holding pre-built ``<w:tr>`` rows."""
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        "<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
        # Indent by the cell margin so the box's border, not its text, sits on the page margin
        # (Word 2010 layout, which the template's compatibility mode selects).
        '<w:tblInd w:w="100" w:type="dxa"/>'
        f"<w:tblBorders>{_edges(border_color, border_size, (*_EDGES, 'insideH', 'insideV'))}"
        "</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="35" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
        '<w:bottom w:w="35" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0"'
        ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _cell(width: int, content: str, *, fill: str | None = None, span: int = 1) -> str:
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    if fill:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    # A cell must hold at least one paragraph.
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{content or '<w:p/>'}</w:tc>"


def _row(cells: str, *, keep_together: bool = True, header: bool = False) -> str:
    trpr = ("<w:cantSplit/>" if keep_together else "") + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{trpr}</w:trPr>{cells}</w:tr>" if trpr else f"<w:tr>{cells}</w:tr>"


def _value_xml(value: Value, *, strong: bool) -> str:
    lines = [value] if isinstance(value, str) else list(value)
    return "".join(paragraph(line, "FieldValue", bold=strong) for line in lines)


def _long(value: Value) -> bool:
    text = value if isinstance(value, str) else "\n".join(value)
    return len(text) > 400 or text.count("\n") > 8


class FormWriter:
    """Accumulates the body of one form and inserts it into the document in one parse.

    Args:
        document: A document opened from a template; its body is expected to be empty.
    """

    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        section = document.sections[0]
        usable = (section.page_width or 0) - (section.left_margin or 0)
        usable -= section.right_margin or 0
        # EMU to twips (914400 EMU per inch, 1440 twips per inch).
        self.width = int(usable // 635)
        self._parts: list[str] = []
        self._ranges = 0

    def _editable(self, content: str) -> str:
        """``content`` (whole paragraphs) inside an editable range of the protected form.

        The template protects the document read-only (``w:documentProtection``); a range from
        the start of the first paragraph's text to the end of the last one's, open to
        everyone, is what Word leaves editable (its "Restrict Editing" exceptions).
        """
        self._ranges += 1
        start = f'<w:permStart w:id="{self._ranges}" w:edGrp="everyone"/>'
        end = f'<w:permEnd w:id="{self._ranges}"/>'
        # Every paragraph the writer builds opens with its properties (see ``paragraph``).
        first = content.index("</w:pPr>") + len("</w:pPr>")
        last = content.rindex("</w:p>")
        return content[:first] + start + content[first:last] + end + content[last:]

    def add(self, xml: str) -> None:
        """Append a raw WordprocessingML fragment (paragraphs or tables)."""
        self._parts.append(xml)

    def spacer(self) -> None:
        """A small gap between two boxes (Word would otherwise merge adjacent tables)."""
        self._parts.append('<w:p><w:pPr><w:pStyle w:val="FormNote"/></w:pPr></w:p>')

    def heading(self, text: str) -> None:
        """A section heading: a navy band kept with the box below it."""
        self._parts.append(paragraph(text, "SectionHeading"))

    def fields(self, fields: Sequence[Field], *, columns: int = 4) -> None:
        """A box of labelled fields, two pairs per row (``columns=4``) or one (``columns=2``)."""
        label_w = int(self.width * 0.19)
        if columns == 2:
            widths = [label_w, self.width - label_w]
        else:
            value_w = self.width // 2 - label_w
            widths = [label_w, value_w, label_w, self.width - 2 * label_w - value_w]
        rows: list[str] = []
        pending: list[Field] = []

        def flush() -> None:
            cells = ""
            for index, item in enumerate(pending):
                last = index == len(pending) - 1
                span = len(widths) - 1 - 2 * index if last else 1
                value_w = sum(widths[2 * index + 1 : 2 * index + 1 + span])
                label = paragraph(item.label, "FieldLabel")
                cells += _cell(widths[2 * index], label, fill=LABEL_FILL)
                value = _value_xml(item.value, strong=item.strong)
                if item.editable:
                    value = self._editable(value)
                cells += _cell(value_w, value, span=span)
            long_row = any(_long(item.value) for item in pending)
            rows.append(_row(cells, keep_together=not long_row))
            pending.clear()

        pairs_per_row = len(widths) // 2
        for item in fields:
            if item.wide and pending:
                flush()
            pending.append(item)
            if item.wide or len(pending) == pairs_per_row:
                flush()
        if pending:
            flush()
        self._parts.append(_table(widths, rows))

    def grid(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        """A box with a shaded heading row and one row per item (e.g. vehicles)."""
        width = self.width // len(headers)
        widths = [width] * (len(headers) - 1) + [self.width - width * (len(headers) - 1)]
        head = "".join(
            _cell(w, paragraph(h, "FieldLabel"), fill=LABEL_FILL)
            for w, h in zip(widths, headers, strict=True)
        )
        body = [
            _row("".join(_cell(w, paragraph(v)) for w, v in zip(widths, row, strict=True)))
            for row in rows
        ]
        self._parts.append(_table(widths, [_row(head, header=True), *body]))

    def box(
        self,
        content: str,
        *,
        border_color: str = BORDER,
        border_size: int = 4,
        fill: str | None = None,
        editable: bool = False,
    ) -> None:
        """A single boxed cell across the text width holding pre-built paragraphs.

        ``editable`` lets the reader change its text in the protected form.
        """
        cell = _cell(self.width, self._editable(content) if editable else content, fill=fill)
        self._parts.append(
            _table(
                [self.width],
                [_row(cell, keep_together=len(content) < 4000)],
                border_color=border_color,
                border_size=border_size,
            )
        )

    def banner(self, title_xml: str, badge_xml: str, *, badge_share: float = 0.3) -> None:
        """The title block: title on the left, a boxed badge (e.g. "LO 1 of 3") on the right."""
        badge_w = int(self.width * badge_share)
        title_w = self.width - badge_w
        title_cell = (
            f'<w:tc><w:tcPr><w:tcW w:w="{title_w}" w:type="dxa"/>'
            f'<w:vAlign w:val="center"/></w:tcPr>{title_xml}</w:tc>'
        )
        badge_cell = (
            f'<w:tc><w:tcPr><w:tcW w:w="{badge_w}" w:type="dxa"/>'
            f"<w:tcBorders>{_edges(NAVY, 18)}</w:tcBorders>"
            '<w:shd w:val="clear" w:color="auto" w:fill="EEF2F8"/>'
            f'<w:vAlign w:val="center"/></w:tcPr>{badge_xml}</w:tc>'
        )
        self._parts.append(
            _table([title_w, badge_w], [_row(title_cell + badge_cell)], border_size=0)
        )

    def finish(self) -> None:
        """Parse the accumulated body once and place it before the section properties."""
        body = self.document.element.body
        fragment = parse_xml(f"<w:body {nsdecls('w')}>{''.join(self._parts)}</w:body>")
        anchor = body.sectPr
        for child in list(fragment):
            if anchor is not None:
                anchor.addprevious(child)
            else:
                body.append(child)
        self._parts.clear()
