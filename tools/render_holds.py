#!/usr/bin/env python3
"""Render the holds, PV and DEMO screenshots of issue 13 (items 1, 2, 3, 7) to PNG.

    .venv/bin/python tools/render_holds.py [--out docs/screenshots]

Builds a demo database in a temporary folder and grabs the window at 1280×800:
banner_hold_sanctions.png (121000000002, its Activity Plan with the held LO step),
banner_hold_nulla_bona.png (121000000004), search_lookalikes.png (the two Exampletons, the popup
over the window), work_queue_pv.png (the work queue sorted by client, a PV row in view) and
demo_strip.png (no client open, the strip across the window).
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
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.domain.enums import Workflow
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.main_window import (
        ACTIVITY_PLAN,
        CONTACT,
        WORK_QUEUE,
        MainWindow,
    )
    from enforcement_desktop.gui.models.work_queue_model import COL_CLIENT
    from enforcement_desktop.gui.widgets.client_banner import PvMarkerRole
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

        def save(name: str) -> None:
            path = args.out / name
            window.grab().save(str(path))
            print(f"wrote {path}")

        save("demo_strip.png")

        sanctions = contacts.find_contact_by_scin(ctx, "121000000002").id
        review = next(
            sr
            for sr in screens.client_screen(ctx, sanctions).service_requests
            if sr.workflow == Workflow.ARREARS_REVIEW
        )
        window.open_service_request(review.id)
        window.show_view(ACTIVITY_PLAN)
        settle()
        save("banner_hold_sanctions.png")

        nulla_bona = contacts.find_contact_by_scin(ctx, "121000000004").id
        window.open_client(nulla_bona)
        window.show_view(CONTACT)
        settle()
        save("banner_hold_nulla_bona.png")

        window.show_view(WORK_QUEUE)
        settle()
        queue = window.view(WORK_QUEUE)
        table = queue.ui.queueTable  # type: ignore[attr-defined]
        table.sortByColumn(COL_CLIENT, Qt.SortOrder.AscendingOrder)
        settle()
        model = table.model()
        for row in range(model.rowCount()):
            if model.index(row, COL_CLIENT).data(PvMarkerRole):
                table.selectRow(row)
                table.scrollTo(model.index(row, COL_CLIENT))
                break
        settle()
        save("work_queue_pv.png")

        window.focus_search()
        window.ui.searchEdit.setText("Exampleton")
        window.run_search()
        settle()
        popup = window.search_popup
        image = window.grab().toImage()
        painter = QPainter(image)
        at = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
        painter.drawPixmap(at, popup.grab())
        painter.end()
        path = args.out / "search_lookalikes.png"
        image.save(str(path))
        print(f"wrote {path}")
        popup.hide()
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
