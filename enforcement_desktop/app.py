"""Start the desktop application: Qt, the database (migrated), the main window.

Only what the first screen needs is imported here; the other views load when first shown.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from enforcement_desktop import __version__
from enforcement_desktop.config import APP_AUTHOR, APP_NAME, Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from enforcement_desktop.gui.crash import CrashReporter
    from enforcement_desktop.gui.main_window import MainWindow
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.services.users import KeyboardCheck

log = logging.getLogger(__name__)
#: The log file is set up this long after the window is shown, once it has painted.
LOGGING_DELAY_MS = 500
#: For checks of a build (tests/test_bundle.py, .ci/run): when set to a number of seconds, the
#: application prints READY once its window is on screen, then closes the window that long after.
QUIT_AFTER_ENV = "ENFORCEMENT_DESKTOP_QUIT_AFTER"


def run_gui(settings: Settings) -> int:
    """Open the main window on ``settings.db_url`` and run until it closes.

    Args:
        settings: The database, user and demo flag resolved at start-up.

    Returns:
        The process exit status (0 on a normal close).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from enforcement_desktop.logs import setup_logging, stop_logging

    try:
        quit_after = _quit_after()
    except ValueError as exc:
        print(f"{APP_NAME}: error: {exc}", file=sys.stderr)
        return 2

    def start_logging() -> Path | None:
        try:
            path = setup_logging()
        except OSError as exc:  # no log folder (read-only profile, full disk): run without one
            print(f"Enforcement Desktop: no log file ({type(exc).__name__})", file=sys.stderr)
            return None
        log.info("Enforcement Desktop %s started", __version__)
        return path

    # High-DPI screens: Qt 6 scales by the exact factor (rounding policy PassThrough) by default.
    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationDisplayName("Enforcement Desktop")
    app.setDesktopFileName(APP_NAME)

    from enforcement_desktop.gui.crash import CrashReporter

    # From here on an error nobody caught is logged and shown, whatever thread it happens on.
    # The log file is opened just after the first paint (its set-up costs start-up time the
    # user would see); an error before then opens it first.
    reporter = CrashReporter(None, app, start_logging=start_logging)
    reporter.install()
    try:
        return _open_and_run(app, settings, reporter, quit_after)
    finally:
        reporter.uninstall()
        reporter.ensure_logging()  # a session shorter than the delay still leaves its lines
        reporter.deleteLater()
        log.info("Enforcement Desktop stopped")
        stop_logging()


def _quit_after() -> float | None:
    value = os.environ.get(QUIT_AFTER_ENV)
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < 86_400:  # also NaN
        raise ValueError(f"{QUIT_AFTER_ENV} must be a number of seconds, not {value!r}")
    return seconds


def _report_shown_then_close(window: QWidget, seconds: float) -> None:
    """Print READY once ``window`` is on screen and has painted, and close it ``seconds`` later.

    The window closes the way a user closes it, so the whole shutdown path is what a check of
    the build sees. "On screen" is what bench/bench_gui.py times: the window is exposed.
    """
    from PySide6.QtCore import QTimer

    handle = window.windowHandle()
    poll = QTimer(window)
    poll.setInterval(1)

    def check() -> None:
        if handle is None or not handle.isExposed():
            return
        poll.stop()
        # One more turn of the event loop: the first paint happens before READY.
        QTimer.singleShot(0, lambda: print("READY", flush=True))
        QTimer.singleShot(int(seconds * 1000), window.close)

    poll.timeout.connect(check)
    poll.start()


def _settle_login(window: MainWindow, ctx: ServiceContext, check: KeyboardCheck) -> None:
    from enforcement_desktop.gui.dialogs.choose_user_dialog import settle_login

    if check.known:
        return

    def quit_() -> None:
        window.close()  # the application ends with its only window

    log.info("the login has no active user record in this database; asking")
    settle_login(window, ctx, check, on_settled=window.current_user.switch_to, on_refused=quit_)


def _open_and_run(
    app: QApplication, settings: Settings, reporter: CrashReporter, quit_after: float | None
) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from enforcement_desktop.domain.errors import DomainError
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.storage.db import Database

    try:
        db = Database(settings.db_url)
    except Exception as exc:  # any driver or migration failure: say so rather than crash
        if isinstance(exc, DomainError):
            # Written for the user (too new, unavailable): the sentence says what to do.
            reason = str(exc)
        else:
            # A driver's own text may hold a host, a path or SQL: the log has the frames.
            reporter.ensure_logging()
            log.error("the database could not be opened", exc_info=exc)
            reason = (
                f"An unexpected error ({type(exc).__name__}) stopped it; details are in the log."
            )
        QMessageBox.critical(
            None,
            "Cannot open the database",
            f"The database {settings.db_display} could not be opened.\n\n{reason}",
        )
        return 1
    ctx = ServiceContext(db, settings.user, scin_pattern=settings.scin_pattern)

    from enforcement_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx, settings)
    # The login is mapped to a user record once the window has started: a login with no record
    # is asked (the first user of a new database) or refused, never run as "root" unasked.
    window.current_user.checked.connect(lambda check: _settle_login(window, ctx, check))
    window.show()
    QTimer.singleShot(LOGGING_DELAY_MS, reporter.ensure_logging)
    if quit_after is not None:
        _report_shown_then_close(window, quit_after)
    try:
        return int(app.exec())
    finally:
        from enforcement_desktop.gui.worker import wait_for_workers

        wait_for_workers()
        db.dispose()
