#!/usr/bin/env python3
"""Render the Check CSA marks at 1280×800: the banner of an urgent and priority client, the work
queue with that client's row first, and the search results with the flags and a sensitive
client's address withheld.

    .venv/bin/python tools/render_csa.py [--out docs/screenshots]

Builds a fresh demo database in a temporary folder; showcase client 121000000010 is urgent and
priority, and is marked sensitive here through the service (the demo user is not in Special
Client Records, so its address is withheld).
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

USER = "demo.user"
SIZE = (1280, 800)
SCIN = "121000000010"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()

    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from enforcement_desktop import demo
    from enforcement_desktop.config import Settings
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.main_window import CONTACT, WORK_QUEUE, MainWindow
    from enforcement_desktop.services import contacts, legacy, screens
    from enforcement_desktop.services.base import ServiceContext
    from enforcement_desktop.storage.db import Database

    worker.SYNCHRONOUS = True
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = f"sqlite:///{folder / 'enforcement-demo.sqlite3'}"
        demo.create_demo_database(url, today=date.today(), user=USER)
        db = Database(url)
        ctx = ServiceContext(db, USER)
        client = contacts.find_contact_by_scin(ctx, SCIN)
        version = screens.client_screen(ctx, client.id).contact.version
        # Marked by the demo's team leader (Special Client Records or a team leader may).
        leader = ServiceContext(db, demo.DEMO_TEAM_LEADER)
        legacy.set_sensitive(leader, client.id, version, True)
        settings = Settings(db_url=url, demo=True, user=USER)
        store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ctx, settings, store)
        window.resize(*SIZE)
        window.show()

        def settle() -> None:
            for _ in range(8):
                app.processEvents()

        def grab(name: str) -> None:
            settle()
            path = args.out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path}")

        window.show_view(WORK_QUEUE)
        grab("csa_work_queue")

        window.ui.searchEdit.setText("Test")
        window.run_search()
        settle()
        picture = window.grab()
        popup = window.search_popup
        if popup.isVisible():
            painter = QPainter(picture)
            offset = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
            painter.drawPixmap(offset, popup.grab())
            painter.end()
        picture.save(str(args.out / "csa_search.png"))
        print(f"wrote {args.out / 'csa_search.png'}")
        popup.hide()
        window.ui.searchEdit.clear()

        window.open_client(client.id)
        window.show_view(CONTACT)
        grab("csa_banner")
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
