#!/usr/bin/env python3
"""Render the History view and the history PDF of a demo client to PNG.

    .venv/bin/python tools/render_history.py [--out docs/screenshots] [--scin 121000000008]

Builds a demo database in a temporary folder, records a few changes through the services (the
demo data itself is written without an audit trail): a status change, an arrears figure, a
note, a vehicle's colour; then grabs the History view at 1280×800 (history.png) and prints the
history PDF, whose first page is rendered with pdftoppm (history_pdf.png).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.screenshots import SIZE, USER, build_database  # noqa: E402


def record_some_work(ctx: object, contact_id: int) -> None:
    """Changes made as a case manager would, so the history has something to show."""
    from enforcement_desktop.domain.enums import SrStatus
    from enforcement_desktop.services import cases, contacts, notes
    from enforcement_desktop.services import service_requests as srs

    for case in cases.cases_for_contact(ctx, contact_id):  # type: ignore[arg-type]
        data = replace(
            cases.CaseInput(scheme=case.scheme, region=case.region),
            owning_team=case.owning_team,
            arrears_balance=case.arrears_balance - Decimal("250.00"),
            case_manager=case.case_manager,
            team=case.team,
            deo_desire=case.deo_desire,
            deo_desire_set_on=case.deo_desire_set_on,
        )
        cases.update_case(ctx, case.id, case.version, data)  # type: ignore[arg-type]
        for sr in srs.list_for_case(ctx, case.id):  # type: ignore[arg-type]
            if sr.status == SrStatus.OPEN:
                srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)  # type: ignore[arg-type]
                notes.add_note(
                    ctx,  # type: ignore[arg-type]
                    "Phoned the paying parent: says a payment of £250 was made at the bank "
                    "on Friday; asked for the receipt to be sent in.",
                    service_request_id=sr.id,
                )
                break
    payer = contacts.get_contact(ctx, contact_id)  # type: ignore[arg-type]
    contacts.update_contact(
        ctx,  # type: ignore[arg-type]
        payer.id,
        payer.version,
        replace(payer.to_input(), phone="07700 900123"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--scin", default="121000000008", help="the client to show")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.main_window import HISTORY, MainWindow
    from enforcement_desktop.services import contacts
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.services.history import write_history_pdf
    from enforcement_desktop.storage.db import Database

    worker.SYNCHRONOUS = True
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = build_database(folder)
        db = Database(url)
        ctx = ServiceContext(db, USER)
        client = contacts.find_contact_by_scin(ctx, args.scin)
        record_some_work(ctx, client.id)
        pdf = write_history_pdf(ctx, client.id, folder / "history.pdf")
        settings = Settings(db_url=url, demo=True, user=USER)
        store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings, store)
        window.resize(*SIZE)
        window.show()
        for _ in range(5):
            app.processEvents()
        window.open_client(client.id)
        window.show_view(HISTORY)
        for _ in range(5):
            app.processEvents()
        path = args.out / "history.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        db.dispose()
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            print("pdftoppm not found: history_pdf.png not rendered", file=sys.stderr)
            return 1
        stem = folder / "page"
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "80",
                "-png",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(pdf.path),
                str(stem),
            ],
            check=True,
        )
        shutil.copyfile(f"{stem}.png", args.out / "history_pdf.png")
        print(f"wrote {args.out / 'history_pdf.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
