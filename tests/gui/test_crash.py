"""Unexpected errors reach the user: a dialog with the log path, the traceback in the log (frames
only, no personal data), one dialog however many errors, and the application keeps running.

pytest-qt's own exception capture is off here (``qt_no_exception_capture``): the hooks under
test are the application's.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop import logs
from enforcement_desktop.app import run_gui
from enforcement_desktop.config import Settings
from enforcement_desktop.domain.errors import DatabaseUnavailable
from enforcement_desktop.gui.crash import CrashDialog, CrashReporter
from enforcement_desktop.storage.db import sqlite_url
from tests.gui.boxes import AnswerBoxes

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    yield logs.setup_logging()
    logs.stop_logging()


@pytest.fixture
def reporter(qtbot: QtBot, log_path: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter(log_path)
    reporter.install()
    yield reporter
    reporter.uninstall()
    if reporter.dialog is not None:
        reporter.dialog.close()


def fail_in_a_slot() -> None:
    raise ValueError("Jane Fictional")


def _log_text(path: Path) -> str:
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _dialog_shown(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible())
    assert reporter.dialog is not None
    return reporter.dialog


def _still_running(qtbot: QtBot) -> None:
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])


def test_an_error_in_a_slot_is_shown_logged_and_the_application_goes_on(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    QTimer.singleShot(0, fail_in_a_slot)
    dialog = _dialog_shown(qtbot, reporter)
    assert dialog.isModal()
    message = dialog.message_label.text()
    assert "unexpected error happened" in message
    assert "already saved are kept" in message and "was not saved" in message
    assert dialog.log_label.text() == f"Log file: {log_path}"

    text = _log_text(log_path)
    assert "Unexpected error in thread MainThread" in text
    assert "in fail_in_a_slot" in text and "ValueError" in text
    assert "Jane Fictional" not in text

    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    details = QGuiApplication.clipboard().text()
    assert "Enforcement Desktop" in details and "PySide6" in details
    assert "in fail_in_a_slot" in details and "ValueError" in details
    assert "Jane Fictional" not in details and str(log_path.parent) not in details
    assert dialog.isVisible(), "copying does not close the dialog"

    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    _still_running(qtbot)


def test_an_error_that_ends_a_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    def fail_in_a_thread() -> None:
        raise KeyError("12 Fictional Road")

    worker = threading.Thread(target=fail_in_a_thread, name="Import-1")
    worker.start()
    worker.join()
    dialog = _dialog_shown(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()
    assert dialog.report.thread == "Import-1"
    text = _log_text(log_path)
    assert "Unexpected error in thread Import-1" in text
    assert "in fail_in_a_thread" in text and "KeyError" in text
    assert "Fictional Road" not in text
    dialog.accept()
    _still_running(qtbot)


def test_many_errors_show_one_dialog_that_counts_them(
    qtbot: QtBot, reporter: CrashReporter, log_path: Path
) -> None:
    for _ in range(20):
        QTimer.singleShot(0, fail_in_a_slot)
    dialog = _dialog_shown(qtbot, reporter)
    qtbot.waitUntil(lambda: dialog.more == 19)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CrashDialog)]
    assert dialogs == [dialog]
    assert dialog.more_label.text() == (
        "19 more unexpected errors happened since; they are in the log file."
    )
    assert _log_text(log_path).count("Unexpected error in thread") == 20
    dialog.accept()
    qtbot.waitUntil(lambda: reporter.dialog is None)
    # The next error, after the dialog was closed, has a dialog of its own.
    QTimer.singleShot(0, fail_in_a_slot)
    again = _dialog_shown(qtbot, reporter)
    assert again.more == 0


def test_a_failure_meant_for_the_user_is_shown_as_such(
    qtbot: QtBot, reporter: CrashReporter
) -> None:
    message = "The database is busy: another user or program is saving to it."

    def fail() -> None:
        raise DatabaseUnavailable(message, retryable=True)

    answer = AnswerBoxes("OK")
    QTimer.singleShot(0, fail)
    qtbot.waitUntil(lambda: bool(answer.boxes))
    assert answer.boxes == [(message, ["OK"])]
    assert reporter.dialog is None


def test_uninstall_puts_the_previous_hooks_back(log_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter(log_path)
    reporter.install()
    assert (sys.excepthook, threading.excepthook) != before
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


@pytest.fixture
def application_names(qapp: QApplication) -> Iterator[None]:
    """run_gui names the application; the other GUI tests keep their isolated names."""
    names = (qapp.organizationName(), qapp.applicationName(), qapp.applicationDisplayName())
    desktop = qapp.desktopFileName()
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setApplicationDisplayName(names[2])
    qapp.setDesktopFileName(desktop)


@pytest.mark.usefixtures("application_names")
def test_run_gui_logs_to_the_file_and_installs_the_hooks_while_it_runs(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(tmp_path / "logs"))
    before = (sys.excepthook, threading.excepthook)
    seen: list[object] = []

    file_handlers_at_start: list[logging.Handler] = []

    def run_the_event_loop(app: QApplication) -> int:
        seen.extend([sys.excepthook, threading.excepthook])
        file_handlers_at_start.extend(
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logs._PrivateRotatingFileHandler)
        )
        for window in app.topLevelWidgets():
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_the_event_loop)
    settings = Settings(db_url=sqlite_url(tmp_path / "app.sqlite3"), demo=False, user="t.user")
    assert run_gui(settings) == 0
    hook, thread_hook = seen
    # The log is opened after the first paint (or at the first error, or at the end): not yet
    # when the event loop starts.
    assert file_handlers_at_start == []
    assert isinstance(getattr(hook, "__self__", None), CrashReporter)
    assert isinstance(getattr(thread_hook, "__self__", None), CrashReporter)
    assert (sys.excepthook, threading.excepthook) == before, "put back when the GUI ends"
    text = (tmp_path / "logs" / logs.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Enforcement Desktop" in text and "started" in text and "stopped" in text
