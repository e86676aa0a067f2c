#!/usr/bin/env python3
"""Render the arrears chain's screenshots (issue 11) to PNG.

    .venv/bin/python tools/render_arrears.py [--out docs/screenshots]

Builds a demo database in a temporary folder and grabs the window at 1280×800:
arrears_review_options.png (121000000011's Arrears Review, its Arrears options tab: the options
in order with their reasons, disclosure refused by the Deduction Order Team), arrears_amp.png
(its Action Missed Payment SR: the team's outcome and the way on to a Liability Order), and the
two dialogs:
dot_outcome_dialog.png (a refusal without reasons, refused beside the field) and
rdo_schedule_dialog.png (three monthly payments and the RDO payment review date).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.screenshots import SIZE, USER, build_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.domain.arrears import DisclosureResult
    from enforcement_desktop.domain.enums import Workflow
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.dialogs.arrears_dialogs import DotOutcomeDialog, RdoScheduleDialog
    from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, MainWindow
    from enforcement_desktop.services import contacts, screens
    from enforcement_desktop.services.arrears import RdoState
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.services.service_requests import ServiceRequestDTO
    from enforcement_desktop.storage.db import Database

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    worker.SYNCHRONOUS = True
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = build_database(folder)
        db = Database(url)
        ctx = ServiceContext(db, USER)
        settings = Settings(db_url=url, demo=True, user=USER)
        store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings, store)
        window.resize(*SIZE)
        window.show()
        settle()

        def save(widget: object, name: str) -> None:
            path = args.out / name
            widget.grab().save(str(path))  # type: ignore[attr-defined]
            print(f"wrote {path}")

        client = contacts.find_contact_by_scin(ctx, "121000000011").id
        chain: dict[Workflow, ServiceRequestDTO] = {
            sr.workflow: sr
            for sr in screens.client_screen(ctx, client).service_requests
            if sr.workflow in (Workflow.ARREARS_REVIEW, Workflow.ACTION_MISSED_PAYMENT)
        }
        for workflow, name in (
            (Workflow.ARREARS_REVIEW, "arrears_review_options.png"),
            (Workflow.ACTION_MISSED_PAYMENT, "arrears_amp.png"),
        ):
            window.open_service_request(chain[workflow].id)
            window.show_view(ACTIVITY_PLAN)
            settle()
            view = window.view(ACTIVITY_PLAN)
            if workflow == Workflow.ARREARS_REVIEW:
                panel = view.arrears_actions  # type: ignore[attr-defined]
                view.ui.detailTabs.setCurrentWidget(panel.tab)  # type: ignore[attr-defined]
            settle()
            save(window, name)

        dialog = DotOutcomeDialog(ctx, chain[Workflow.ACTION_MISSED_PAYMENT].id, 1, window)
        dialog.show()
        dialog.choose(DisclosureResult.NOT_APPROVED)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        settle()
        save(dialog, "dot_outcome_dialog.png")
        dialog.reject()

        schedule = RdoScheduleDialog(ctx, RdoState(0, 1, "RDO/2026/0042", (), None), window)
        schedule.ui.firstDueEdit.set_value(date(2026, 10, 16))
        schedule.ui.amountEdit.setText("125.00")
        schedule.show()
        settle()
        save(schedule, "rdo_schedule_dialog.png")
        schedule.reject()
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
