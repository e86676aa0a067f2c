#!/usr/bin/env python3
"""Leave the bailiff pack dialog open and idle, and measure what it costs (issue 8).

    python tools/idle_check.py --db demo.sqlite3 [--seconds 20] [--budget 0.5] [--scin SCIN]

Runs on whatever ``enforcement_desktop`` the interpreter imports (CI runs it in a fresh
``pip install .``, not the lock). The database must hold the demo data
(``enforcement-desktop --db demo.sqlite3 demo``). The dialog is shown on the offscreen platform
unless QT_QPA_PLATFORM says otherwise, left to settle for two seconds, then left idle for
``--seconds`` while the process's CPU time (every thread) and the paint and layout events are
counted. Exits 1 when the CPU time exceeds ``--budget`` seconds; a crash ends the process, which
the caller sees as a failure too.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SETTLE_MS = 2000


class _EventCounter(QObject):
    """Counts paints and layout requests anywhere in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.paints = 0
        self.layouts = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        elif event.type() == QEvent.Type.LayoutRequest:
            self.layouts += 1
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="an SQLite file or database URL with demo data")
    parser.add_argument("--scin", default="121000000008", help="the client whose pack is shown")
    parser.add_argument("--seconds", type=float, default=20.0, help="idle time measured")
    parser.add_argument("--budget", type=float, default=0.5, help="CPU seconds allowed")
    args = parser.parse_args(argv)

    app = QApplication(sys.argv[:1])
    import PySide6

    from enforcement_desktop.config import current_user, to_url
    from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.storage.db import Database

    db = Database(to_url(args.db))
    ctx = ServiceContext(db, current_user())
    dialog = BailiffPackDialog(ctx, args.scin)
    dialog.show()

    # One run of the event loop: a second app.exec() would not show a loop that the first one
    # started and quitting ended.
    counter = _EventCounter()
    start: dict[str, float] = {}

    def start_measuring() -> None:
        app.installEventFilter(counter)
        start.update(cpu=time.process_time(), wall=time.perf_counter())

    QTimer.singleShot(SETTLE_MS, start_measuring)
    QTimer.singleShot(SETTLE_MS + int(args.seconds * 1000), app.quit)
    app.exec()
    cpu = time.process_time() - start["cpu"]
    wall = time.perf_counter() - start["wall"]
    app.removeEventFilter(counter)

    verdict = "PASS" if cpu <= args.budget else "FAIL"
    print(
        f"PySide6 {PySide6.__version__}, Python {sys.version.split()[0]}: pack dialog idle "
        f"{wall:.1f} s: {cpu:.3f} CPU s (budget {args.budget} s), {counter.paints} paints, "
        f"{counter.layouts} layout requests: {verdict}"
    )
    dialog.close()
    db.dispose()
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
