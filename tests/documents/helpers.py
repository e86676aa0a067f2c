"""Sample (fictional) inputs and readers for the generated documents.

``pdf_text`` is a small text extractor for the PDFs reportlab writes (no PDF library is a
dependency): it inflates the content streams and maps each font's codes back to Unicode through
the font's ToUnicode CMap, which is how non-ASCII letters in subset TrueType fonts are encoded.
"""

from __future__ import annotations

import base64
import io
import re
import zlib
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

from enforcement_desktop.documents.data import (
    BailiffPack,
    BailiffReferral,
    CaseManagerDetails,
    DvsPhotoRequest,
    LiabilityOrderDetails,
    PersonDetails,
    PostalAddress,
    ReceivingParentLetter,
    VehicleDetails,
)
from enforcement_desktop.domain.enums import OrderOrigin

SCIN = "121000000008"
TODAY = date(2026, 11, 23)
CASE_MANAGER = CaseManagerDetails(
    "Morgan Testwell", "Enforcement Team 7", "East Midlands", "0115 496 0123"
)
PAYING_PARENT_ADDRESS = PostalAddress(("Flat 2, 7 Example Street", "Llanfictional"), "ZZ99 3ZZ")
PAYING_PARENT = PersonDetails(
    full_name="Dafydd ap Gwilym",
    other_names=("Dai O'Brien",),
    date_of_birth=date(1984, 3, 14),
    ni_number="QQ123456C",
    address=PAYING_PARENT_ADDRESS,
    phone="07700 900123",
    employment_status="Self-employed",
    employer="Sampleson Joinery Ltd",
)
ASSETS = ("Vehicle: Exampla Roadster ZZ11 ZZZ (source: DVLA)", "Workshop tools at home address")
PREVIOUS = ("DEO 2022: employment ended",)


def lo(
    reference: str,
    origin: OrderOrigin,
    granted: date,
    amount: str = "1000.00",
    costs: str = "85.00",
    paid: str = "100.00",
) -> LiabilityOrderDetails:
    """A liability order granted on ``granted``; balance = amount + costs - payments."""
    a, c, p = Decimal(amount), Decimal(costs), Decimal(paid)
    return LiabilityOrderDetails(
        reference=reference,
        court="Exampleton Magistrates' Court",
        applied_on=date(granted.year, granted.month, 1),
        granted_on=granted,
        period_from=date(granted.year - 2, 4, 1),
        period_to=date(granted.year - 1, 3, 31),
        amount=a,
        costs=c,
        payments=p,
        current_balance=a + c - p,
        origin=origin,
    )


#: Collection priority: CMS oldest to newest, then CSA (granted earliest of all, yet last).
ORDERS = (
    lo("LO-CMS-2021-001", OrderOrigin.CMS, date(2021, 2, 9), "2450.00", "85.00", "300.00"),
    lo("LO-CMS-2023-042", OrderOrigin.CMS, date(2023, 6, 20), "1830.50", "85.00", "0.00"),
    lo("CSA/LO/2017/7", OrderOrigin.CSA, date(2017, 10, 3), "3120.00", "60.00", "1200.00"),
)


def referral(
    order: LiabilityOrderDetails = ORDERS[0], position: int = 1, total: int = 1, **changes: object
) -> BailiffReferral:
    """A complete CMEL8010 with a PV marker; keyword arguments replace fields."""
    base = BailiffReferral(
        referral_date=TODAY,
        case_manager=CASE_MANAGER,
        scin=SCIN,
        scheme="CMS 2012",
        paying_parent=PAYING_PARENT,
        receiving_parent_names=("Siân Ó Súilleabháin",),
        liability_order=order,
        position=position,
        total=total,
        sum_applied_for=order.current_balance,
        pv_marker=True,
        pv_control_measures="Visit in pairs only.",
        vehicles=(VehicleDetails("zz11 zzz", "Exampla", "Roadster", "Blue"), VehicleDetails()),
        assets=ASSETS,
        previous_enforcement=PREVIOUS,
        additional_information="Works from a workshop behind the house.",
        complete=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def referrals(orders: tuple[LiabilityOrderDetails, ...] = ORDERS) -> tuple[BailiffReferral, ...]:
    """One referral per order, numbered in the given order; later forms are subsequent ones."""
    return tuple(
        referral(
            order,
            position,
            len(orders),
            complete=position == 1,
            vehicles=() if position > 1 else referral().vehicles,
            assets=() if position > 1 else ASSETS,
            previous_enforcement=() if position > 1 else PREVIOUS,
        )
        for position, order in enumerate(orders, start=1)
    )


def dvs_request(**changes: object) -> DvsPhotoRequest:
    """A CMSF5571 for the sample paying parent."""
    base = DvsPhotoRequest(
        request_date=TODAY,
        scin=SCIN,
        case_manager=CASE_MANAGER,
        paying_parent_name="Dafydd ap Gwilym",
        address=PAYING_PARENT_ADDRESS,
        date_of_birth=date(1984, 3, 14),
        vehicle_registration="zz11 zzz",
        driving_licence_number="GWILY803144D99XY",
        reason="Holds a driving licence; a photograph will help the bailiff.",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def pack(**changes: object) -> BailiffPack:
    """2 CMS LOs (different years) + 1 CSA LO + a CMSF5571."""
    base = BailiffPack(SCIN, "East Midlands", referrals(), dvs_request())
    return replace(base, **changes)  # type: ignore[arg-type]


def letter(**changes: object) -> ReceivingParentLetter:
    """A letter to the sample receiving parent."""
    base = ReceivingParentLetter(
        letter_date=TODAY,
        scin=SCIN,
        receiving_parent_name="Siân Ó Súilleabháin",
        receiving_parent_address=PostalAddress(("12 Sample Road", "Fictionbury"), "ZZ99 4ZZ"),
        case_manager=CASE_MANAGER,
        office_address=("PO Box 0000", "Exampleton"),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


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
