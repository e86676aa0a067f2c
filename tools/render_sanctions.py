#!/usr/bin/env python3
"""Render the sanctions order screenshots of issue 11 to PNG.

    .venv/bin/python tools/render_sanctions.py [--out docs/screenshots]

Builds a demo database in a temporary folder and grabs, at 1280×800: banner_sanctions_breached.png
(121000000012 in the Enforcement Orders view, the breach chip in the banner and the liability
order no longer blocked), sanctions_order_dialog.png (its order dialog: the terms and the two
cases it covers), appeal_dialog_hearing.png (a new appeal on it, a hearing date and the other case
ticked) and diary_refer_back.png (the Diary asking for the order to be referred back to court).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tools.screenshots import SIZE, USER, build_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    from enforcement_desktop.config import Settings
    from enforcement_desktop.domain.enums import OrderType
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
    from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
    from enforcement_desktop.gui.main_window import DIARY, ORDERS, MainWindow
    from enforcement_desktop.services import cases, contacts, orders
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

        client = contacts.find_contact_by_scin(ctx, "121000000012").id
        window.open_client(client)
        window.show_view(ORDERS)
        settle()
        save(window, "banner_sanctions_breached.png")

        first = cases.cases_for_contact(ctx, client)[0]
        case_orders = orders.list_orders(ctx, first.id)
        sanctions = next(o for o in case_orders if o.order_type == OrderType.SANCTIONS_ORDER)
        dialog = OrderDialog(ctx, first.id, sanctions, case_orders, parent=window)
        dialog.show()
        settle()
        dialog.ui.caseIdsList.setFocus()
        settle()
        save(dialog, "sanctions_order_dialog.png")
        dialog.reject()

        both = [(c.id, f"Case {c.id}") for c in cases.cases_for_contact(ctx, client)]
        appeal = AppealDialog(ctx, both, first.id, parent=window)
        appeal.show()
        appeal.ui.hearingEdit.set_value(ctx.today() + timedelta(days=21))
        appeal.ui.caseIdsList.item(0).setCheckState(Qt.CheckState.Checked)
        appeal.ui.detailsEdit.setPlainText("Disputes the arrears of both cases.")
        settle()
        save(appeal, "appeal_dialog_hearing.png")
        appeal.reject()

        window.show_view(DIARY)
        settle()
        table = window.view(DIARY).ui.remindersTable  # type: ignore[attr-defined]
        for row in range(table.rowCount()):
            if table.item(row, table.columnCount() - 1).text().startswith("Sanctions order"):
                table.selectRow(row)
                break
        settle()
        save(window, "diary_refer_back.png")
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
