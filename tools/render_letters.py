#!/usr/bin/env python3
"""Render the Activity Plan's Letters and documents tab and the New letter dialog to PNG.

On a demo database (fictional data) the Decide On Enforcement Action SR of client 121000000009
sends three letters (one three weeks ago whose reply is overdue, one answered with a document
attached), then the tab and the dialog are grabbed:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_letters.py --out docs/screenshots
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "demo.user"
SCIN = "121000000009"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop import demo
    from enforcement_desktop.config import Settings
    from enforcement_desktop.documents.third_party_letters import CouncilItem
    from enforcement_desktop.domain.letters import Cmel9251Variant, LetterCode, RecipientKind
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog
    from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, MainWindow
    from enforcement_desktop.gui.preferences import remember_output_folder
    from enforcement_desktop.services import cases, contacts, letters
    from enforcement_desktop.services import service_requests as srs
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.storage.db import Database

    worker.SYNCHRONOUS = True
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'enforcement-demo.sqlite3'}"
        demo.create_demo_database(url, today=datetime.now().date(), user=USER)
        db = Database(url)
        ctx = ServiceContext(db, USER)
        store = folder / "store"
        store.mkdir()
        client = contacts.find_contact_by_scin(ctx, SCIN)
        sr_id = next(
            sr.id
            for case in cases.cases_for_contact(ctx, client.id)
            for sr in srs.list_for_case(ctx, case.id)
            if sr.sub_area == "Gather Information" and not sr.read_only
        )
        earlier = replace(ctx, clock=lambda: datetime.now() - timedelta(days=21))
        letters.send_letter(
            earlier,
            sr_id,
            letters.LetterInput(
                LetterCode.CMEL9253,
                RecipientKind.COUNCIL,
                earlier.today() + timedelta(days=14),
                recipient_name="Demoton Borough Council",
                recipient_address=("Council Offices", "Demoton", "ZZ99 3ZZ"),
                council_items=frozenset({CouncilItem.CURRENT_ADDRESS, CouncilItem.COUNCIL_TAX}),
            ),
            store,
        )
        answered = letters.send_letter(
            earlier,
            sr_id,
            letters.LetterInput(
                LetterCode.CMEL9251,
                RecipientKind.EMPLOYER,
                earlier.today() + timedelta(days=14),
                recipient_name="Example Widgets Ltd",
                information_about="their earnings",
                variant=Cmel9251Variant.FAILED_TO_SUPPLY,
            ),
            store,
        )
        reply = folder / "employer reply.pdf"
        reply.write_bytes(b"%PDF-1.4 fictional reply")
        letters.record_reply(
            ctx, answered.id, answered.version, ctx.today() - timedelta(days=2), store, reply
        )
        letters.send_letter(
            ctx,
            sr_id,
            letters.LetterInput(
                LetterCode.CMEL9251,
                RecipientKind.THIRD_PARTY,
                ctx.today() + timedelta(days=14),
                recipient_name="Example Lettings Agency",
                information_about="their tenancy",
                variant=Cmel9251Variant.UNABLE_TO_TRACE,
            ),
            store,
        )

        settings = Settings(db_url=url, demo=True, user=USER)
        qsettings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        remember_output_folder(url, store, qsettings)
        window = MainWindow(ctx, settings, qsettings)
        window.resize(1280, 800)
        window.show()
        window.open_service_request(sr_id)
        plan = window.view(ACTIVITY_PLAN)
        plan.output_settings = qsettings  # type: ignore[attr-defined]
        plan.show_tab(plan.ui.documentsTab)  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        path = args.out / "letters_and_documents.png"
        window.grab().save(str(path))
        print(f"wrote {path}")

        dialog = LetterDialog(ctx, sr_id, f"Service request {sr_id} — Gather Information", store)
        ui = dialog.ui
        ui.codeCombo.setCurrentIndex(ui.codeCombo.findData(LetterCode.CMEL9251))
        ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData(RecipientKind.BANK))
        dialog.show()
        for _ in range(5):
            app.processEvents()
        path = args.out / "new_letter_dialog.png"
        dialog.grab().save(str(path))
        print(f"wrote {path}")
        dialog.close()

        # The DVLA request: VQ615 chosen on a client with no vehicle recorded, its refusal
        # shown beside the letter before anything is written.
        dialog = LetterDialog(ctx, sr_id, f"Service request {sr_id} — Gather Information", store)
        ui = dialog.ui
        ui.codeCombo.setCurrentIndex(ui.codeCombo.findData(LetterCode.VQ615))
        ui.reasonEdit.setPlainText("A criminal referral is being considered: to trace them")
        dialog.show()
        for _ in range(5):
            app.processEvents()
        path = args.out / "new_letter_dialog_vq615.png"
        dialog.grab().save(str(path))
        print(f"wrote {path}")
        dialog.close()
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
