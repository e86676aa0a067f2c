#!/usr/bin/env python3
"""Render the Arrears letters tab and the Maintenance payments dialog (issue 11) to PNG.

    .venv/bin/python tools/render_arrears_letters_gui.py [--out DIR]

Builds a demo database in a temporary folder and grabs, at 1280×800,
arrears_letters_tab.png (121000000011's Arrears Review on its Arrears letters tab: CMSL6038
advised after 14 weeks of compliance and a missed payment) and maintenance_dialog.png (its
collections, the next week offered). DIR defaults to ``build/render_arrears_letters_gui``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.screenshots import SIZE, USER, build_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "render_arrears_letters_gui")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.domain.enums import Workflow
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.dialogs.maintenance_dialog import MaintenanceDialog
    from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, MainWindow
    from enforcement_desktop.services import contacts, screens
    from enforcement_desktop.services.base import ServiceContext
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
        review = next(
            sr
            for sr in screens.client_screen(ctx, client).service_requests
            if sr.workflow == Workflow.ARREARS_REVIEW
        )
        window.open_service_request(review.id)
        window.show_view(ACTIVITY_PLAN)
        settle()
        view = window.view(ACTIVITY_PLAN)
        panel = view.arrears_actions.letters  # type: ignore[attr-defined]
        view.ui.detailTabs.setCurrentWidget(panel.tab)  # type: ignore[attr-defined]
        settle()
        save(window, "arrears_letters_tab.png")

        dialog = MaintenanceDialog(ctx, review.case_id, window)
        dialog.show()
        settle()
        save(dialog, "maintenance_dialog.png")
        dialog.reject()
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
