"""Build the arrears letters CMSL6031, CMSL6038 and CMSL5511 from fictional data and render
them to PNG, to look at them.

Usage::

    .venv/bin/python tools/render_arrears_letters.py [--out DIR]

Writes the three letters into DIR (default ``build/render_arrears_letters``), converts them to
PDF with LibreOffice and to PNG at 70 dpi with ``pdftoppm`` (:func:`render_documents.render`).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from enforcement_desktop.documents.arrears_letters import (  # noqa: E402
    ArrearsNotice,
    ContactRequest,
    MissedCollection,
    PayImmediately,
)
from enforcement_desktop.documents.data import CmsContact, PostalAddress  # noqa: E402
from enforcement_desktop.documents.letter_forms import build_letter  # noqa: E402
from enforcement_desktop.documents.third_party_letters import LetterHead  # noqa: E402
from tools.render_documents import render  # noqa: E402

MANAGER = CmsContact(
    name="Morgan Testwell",
    team="Enforcement Team 7",
    phone="0115 496 0123",
    office_address=("Fictional House", "1 Example Street", "Demoton"),
    office_postcode="ZZ99 1ZZ",
    opening_hours="Monday to Friday, 8am to 6pm",
)
TODAY = date(2026, 11, 23)
PAYER = LetterHead(
    TODAY,
    "121000000101",
    "Pat Testington",
    PostalAddress(("1 Fictional Street", "Demoton"), "B15 2TT"),
    MANAGER,
)
RECEIVER = LetterHead(
    TODAY,
    "121000500101",
    "Robin Exampleton",
    PostalAddress(("2 Sample Road", "Demoton"), "ZZ99 3ZZ"),
    MANAGER,
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "render_arrears_letters")
    args = parser.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    respond_by = date(2026, 11, 30)
    missed = MissedCollection(date(2026, 11, 9), Decimal("45"), Decimal("10"))
    paths = {
        "cmsl6031": build_letter(
            ArrearsNotice(PAYER, Decimal("2400"), respond_by), out / "cmsl6031.docx"
        ),
        "cmsl6038": build_letter(
            PayImmediately(PAYER, Decimal("2400"), respond_by, missed), out / "cmsl6038.docx"
        ),
        "cmsl5511": build_letter(ContactRequest(RECEIVER, respond_by), out / "cmsl5511.docx"),
    }
    for name, pages in render(paths, out).items():
        print(name, *pages)


if __name__ == "__main__":
    main()
