#!/usr/bin/env python3
"""Render the About box, the user guide window and File ▸ Preferences to PNG.

    .venv/bin/python tools/render_help.py [--out docs/screenshots] [--help-images]

Builds a small demo database in a temporary folder; nothing touches the user's own settings.
``--help-images`` also copies the view screenshots the guide shows from ``--out`` into
``resources/help/images/`` (run tools/screenshots.py first to refresh them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

USER = "demo.user"
#: The screenshots the user guide shows (resources/help/images/).
HELP_IMAGES = (
    "work_queue",
    "search",
    "contact",
    "assets",
    "orders",
    "activity_plan_bailiff",
    "bailiff_referral",
    "bailiff_pack",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--help-images", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    from enforcement_desktop import demo
    from enforcement_desktop.config import Settings
    from enforcement_desktop.gui import worker
    from enforcement_desktop.gui.about import AboutDialog
    from enforcement_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
    from enforcement_desktop.gui.help import HelpWindow
    from enforcement_desktop.gui.preferences import Preferences, WindowChoices
    from enforcement_desktop.storage.db import Database

    worker.SYNCHRONOUS = True
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        QCoreApplication.setOrganizationName("CMG-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        url = f"sqlite:///{folder / 'enforcement-demo.sqlite3'}"
        db = Database(url)
        demo.build_demo(db, today=date.today(), cases=len(demo.SHOWCASE), user=USER)
        settings = Settings(db_url=url, demo=True, user=USER)
        store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)

        def grab(widget: QWidget, name: str) -> None:
            widget.show()
            for _ in range(5):
                app.processEvents()
            path = args.out / f"{name}.png"
            widget.grab().save(str(path))
            print(f"wrote {path}")
            widget.close()

        grab(AboutDialog(settings, USER, store), "about")
        help_window = HelpWindow()
        help_window.show_page("orders.html")
        grab(help_window, "help_orders")
        help_window.show_page("index.html")
        grab(help_window, "help_contents")
        grab(PreferencesDialog(settings, Preferences(url), WindowChoices(store)), "preferences")
        db.dispose()

    if args.help_images:
        images = ROOT / "resources" / "help" / "images"
        for name in HELP_IMAGES:
            shutil.copy2(args.out / f"{name}.png", images / f"{name}.png")
            print(f"copied {name}.png to {images}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
