"""Sample (fictional) inputs and readers for the generated documents.

The inputs live in :mod:`enforcement_desktop.documents.samples` and are re-exported here.

``pdf_text`` is a small text extractor for the PDFs reportlab writes (no PDF library is a
dependency): it inflates the content streams and maps each font's codes back to Unicode through
the font's ToUnicode CMap, which is how non-ASCII letters in subset TrueType fonts are encoded.
"""

from __future__ import annotations

import base64
import io
import re
import shutil
import subprocess
import tempfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from enforcement_desktop.documents.samples import (  # noqa: F401  (re-exported for the tests)
    ASSETS,
    ORDERS,
    PAYING_PARENT,
    PAYING_PARENT_ADDRESS,
    dvs_request,
    letter,
    pack,
    referral,
    referrals,
)

# --- readers ---------------------------------------------------------------------------------


def open_docx(source: Path | bytes) -> DocxDocument:
    return docx.Document(io.BytesIO(source) if isinstance(source, bytes) else str(source))


def _is_label(cell: object) -> bool:
    shd = cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}")  # type: ignore[attr-defined]
    return shd is not None and shd.get(qn("w:fill")) == "DCE3EE"


def docx_fields(document: DocxDocument) -> dict[str, str]:
    """Label -> value of every labelled box (a shaded label cell followed by its value cell)."""
    fields: dict[str, str] = {}
    for table in document.tables:
        for row in table.rows:
            cells = []
            for cell in row.cells:  # a spanned cell repeats once per grid column
                if not cells or cell._tc is not cells[-1]._tc:
                    cells.append(cell)
            for label, value in zip(cells, cells[1:], strict=False):
                if _is_label(label) and not _is_label(value):
                    assert label.text not in fields, f"label {label.text!r} appears twice"
                    fields[label.text] = value.text
    return fields


def docx_text(document: DocxDocument) -> str:
    """All text of the body, paragraphs and table cells, in order."""
    parts: list[str] = []
    for element in document.element.body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in element.iter(qn("w:t"))))
    return "\n".join(parts)


def grid_rows(document: DocxDocument, first_header: str) -> list[list[str]]:
    """The rows (after the heading row) of the grid whose first heading is ``first_header``."""
    for table in document.tables:
        if table.rows[0].cells[0].text == first_header:
            return [[c.text for c in row.cells] for row in table.rows[1:]]
    raise AssertionError(f"no grid headed {first_header!r}")


_OBJ = re.compile(rb"(\d+) 0 obj\s*(.*?)endobj", re.S)


def _stream(body: bytes) -> bytes:
    head, _, rest = body.partition(b"stream")
    rest = rest[2:] if rest.startswith(b"\r\n") else rest[1:]
    length = re.search(rb"/Length (\d+)", head)
    assert length is not None
    raw = rest[: int(length.group(1))]
    for name in re.findall(rb"/(ASCII85Decode|FlateDecode)", head):
        if name == b"ASCII85Decode":
            raw = base64.a85decode(raw.strip().removesuffix(b"~>"))
        else:
            raw = zlib.decompress(raw)
    return raw


def _cmap(data: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(src, 16)] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    return mapping


_ESCAPES = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}


def _literal(data: bytes, i: int) -> tuple[bytes, int]:
    """The PDF literal string starting after '(' at ``i``; returns bytes and the next index."""
    depth, out = 1, bytearray()
    while True:
        c = data[i]
        if c == 0x5C:  # backslash
            n = data[i + 1]
            octal = re.match(rb"[0-7]{1,3}", data[i + 1 : i + 4])
            if n in _ESCAPES:
                out.append(_ESCAPES[n])
                i += 2
            elif octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i += 1 + len(octal.group())
            else:
                out.append(n)
                i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if not depth:
                return bytes(out), i + 1
        out.append(c)
        i += 1


_TOKEN = re.compile(rb"/([^\s/\[\]()<>]+)\s+[\d.]+\s+Tf|\(|T\*|Td|TD|ET")


def pdf_text(path: Path) -> str:
    """The text shown on every page, line by line (words joined by single spaces)."""
    data = path.read_bytes()
    objects = {int(m.group(1)): m.group(2) for m in _OBJ.finditer(data)}
    fonts: dict[bytes, dict[int, str] | None] = {}
    for body in objects.values():
        name = re.search(rb"/Name /(\S+)", body)
        if b"/Type /Font" in body and name:
            ref = re.search(rb"/ToUnicode (\d+) 0 R", body)
            fonts[name.group(1)] = _cmap(_stream(objects[int(ref.group(1))])) if ref else None
    out: list[str] = []
    for match in re.finditer(rb"/Contents (\d+) 0 R", data):
        stream = _stream(objects[int(match.group(1))])
        cmap: dict[int, str] | None = None
        i = 0
        while token := _TOKEN.search(stream, i):
            i = token.end()
            if token.group(1):
                cmap = fonts.get(token.group(1))
            elif token.group() == b"(":
                raw, i = _literal(stream, i)
                out.append("".join(cmap.get(b, "") for b in raw) if cmap else raw.decode("cp1252"))
            else:
                out.append("\n")
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def flat(text: str) -> str:
    """Text with all line breaks and runs of spaces made single spaces (wrapped paragraphs)."""
    return " ".join(text.split())


# --- rendering through LibreOffice (the tests that need it are skipped without it) -----------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None or PDFTOTEXT is None,
    reason="needs LibreOffice (soffice) and poppler-utils (pdftotext)",
)


def rendered_pages(docx_path: Path) -> list[str]:
    """The text of each page of ``docx_path`` as LibreOffice lays it out (via ``pdftotext``)."""
    assert SOFFICE is not None and PDFTOTEXT is not None
    out = docx_path.parent
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(docx_path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    pdf = out / f"{docx_path.stem}.pdf"
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]
