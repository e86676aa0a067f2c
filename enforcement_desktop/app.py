"""Start the desktop application: Qt, the database (migrated), the main window.

Only what the first screen needs is imported here; the other views load when first shown.
"""

from __future__ import annotations

import sys

from enforcement_desktop.config import APP_AUTHOR, APP_NAME, Settings


def run_gui(settings: Settings) -> int:
    """Open the main window on ``settings.db_url`` and run until it closes.

    Args:
        settings: The database, user and demo flag resolved at start-up.

    Returns:
        The process exit status (0 on a normal close).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    # High-DPI screens: Qt 6 scales by the exact factor (rounding policy PassThrough) by default.
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationDisplayName("Enforcement Desktop")
    app.setDesktopFileName(APP_NAME)

    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.storage.db import Database

    try:
        db = Database(settings.db_url)
    except Exception as exc:  # any driver or migration failure: say so rather than crash
        QMessageBox.critical(
            None,
            "Cannot open the database",
            f"The database {settings.db_display} could not be opened:\n\n{exc}",
        )
        return 1
    ctx = ServiceContext(db, settings.user, scin_pattern=settings.scin_pattern)

    from enforcement_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    window.show()
    try:
        return int(app.exec())
    finally:
        from enforcement_desktop.gui.worker import wait_for_workers

        wait_for_workers()
        db.dispose()
