#!/usr/bin/env python3
"""Render the Contact, Asset and Enforcement Orders views at 1280×800 to PNG (offscreen).

    .venv/bin/python tools/render_views.py            # demo client 121000000001, temporary database
    .venv/bin/python tools/render_views.py --db sqlite:///demo.sqlite3 --scin 121000000008

Without --db the demo data (``enforcement_desktop.demo``, as tools/screenshots.py uses) is built
in a temporary folder.

Writes docs/screenshots/contact_view.png, asset_view.png and orders_view.png. Look at them as a
case manager would: truncated labels, cramped columns, money not aligned to the right.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from enforcement_desktop import demo  # noqa: E402
from enforcement_desktop.services import contacts  # noqa: E402
from enforcement_desktop.services.base import ServiceContext  # noqa: E402
from enforcement_desktop.storage.db import Database  # noqa: E402

SIZE = (1280, 800)
NOW = datetime(2026, 11, 23, 9, 30)
USER = "a.caseworker"


def _load_fonts() -> None:
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))


def render(widget: QWidget, path: Path) -> None:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        QApplication.processEvents()
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="database URL (default: a temporary demo database)")
    parser.add_argument("--scin", default="121000000001", help="SCIN of the client to show")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    _load_fonts()
    from PySide6.QtGui import QFont

    app.setFont(QFont("DejaVu Sans", 9))

    from enforcement_desktop.gui.views.asset_view import AssetView
    from enforcement_desktop.gui.views.contact_view import ContactView
    from enforcement_desktop.gui.views.orders_view import OrdersView

    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            ctx = ServiceContext(Database(args.db), user="screenshot")
        else:
            url = f"sqlite:///{tmp}/views.sqlite3"
            demo.create_demo_database(url, today=NOW.date(), user=USER)
            ctx = ServiceContext(Database(url), USER, lambda: NOW)
        contact_id = contacts.find_contact_by_scin(ctx, args.scin).id
        args.out.mkdir(parents=True, exist_ok=True)
        for name, cls in (
            ("contact_view", ContactView),
            ("asset_view", AssetView),
            ("orders_view", OrdersView),
        ):
            view = cls(ctx)
            view.setWindowTitle(f"{cls.title} — Enforcement Desktop")
            view.set_client(contact_id)
            render(view, args.out / f"{name}.png")
            view.close()
            view.deleteLater()
        ctx.db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
