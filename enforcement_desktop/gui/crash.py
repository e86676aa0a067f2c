"""Unexpected errors reach the user, never only stderr.

:class:`CrashReporter` installs ``sys.excepthook`` (errors in slots and event handlers, which
PySide hands to it) and ``threading.excepthook`` (errors that end a thread). Each error is
logged (see :mod:`enforcement_desktop.logs`: frames, no personal data) and then shown on the
GUI thread, whatever thread it happened on, in a :class:`CrashDialog` that says what happened
to the user's work and where the log is. One dialog at a time: errors that follow while it is
open are counted in it. A :class:`DomainError` that escaped its caller is a message for the
user, so it is shown as the service's failures are, not as a crash.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, Qt, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from enforcement_desktop import __version__
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.logs import log_exception, python_and_platform, safe_traceback

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Report:
    """One unexpected error, as shown and copied (no personal data)."""

    error: BaseException
    thread: str
    at: datetime

    def details(self) -> str:
        """The technical details the Copy details button puts on the clipboard."""
        return "\n".join(
            [
                f"Enforcement Desktop {__version__}",
                f"{python_and_platform()}, PySide6 {pyside_version}, Qt {qVersion()}",
                f"Thread {self.thread}, {self.at:%d/%m/%Y %H:%M:%S}",
                "",
                safe_traceback(self.error),
            ]
        )


class CrashDialog(QDialog):
    """Says an unexpected error happened, what became of the user's work, and where the log is.

    Args:
        report: The error.
        log_path: The log file, shown so the user can send it to support (None: there is
            none, the log folder could not be written).
        parent: The window it belongs to.
    """

    def __init__(
        self, report: Report, log_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.report = report
        #: Errors that happened while this dialog was open (they are in the log too).
        self.more = 0
        self.setWindowTitle("Unexpected error")
        layout = QVBoxLayout(self)
        self.message_label = QLabel(
            "<b>An unexpected error happened.</b><br><br>Changes you had already saved are "
            "kept. The action you were doing when it happened was not saved: check it, then "
            "do it again. If the error comes back, send the log file and the details to your "
            "IT support.",
            self,
        )
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        where = f"Log file: {log_path}" if log_path else "No log file could be written."
        self.log_label = QLabel(where, self)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        self.more_label = QLabel(self)
        self.more_label.setWordWrap(True)
        self.more_label.setVisible(False)
        layout.addWidget(self.more_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.copy_button = buttons.addButton(
            "&Copy details", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip("Copy the technical details (no client data) to send them")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def add_another(self) -> None:
        """Count an error that happened while the dialog was open."""
        self.more += 1
        errors = "error" if self.more == 1 else "errors"
        self.more_label.setText(
            f"{self.more} more unexpected {errors} happened since; they are in the log file."
        )
        self.more_label.setVisible(True)

    def copy_details(self) -> None:
        details = self.report.details()
        if self.more:
            details += f"\n\n{self.more} more unexpected errors followed (see the log file)."
        QGuiApplication.clipboard().setText(details)
        self.copy_button.setText("Copied")


class CrashReporter(QObject):
    """Logs unexpected errors from any thread and shows them on the GUI thread.

    Create it on the GUI thread, then :meth:`install` it; :meth:`uninstall` puts the previous
    hooks back.

    Args:
        log_path: The log file named in the dialog (None when there is none).
        parent: The owner (the application).
    """

    # Emitted on the thread the error happened on; always queued to the GUI thread, so the
    # dialog opens after the hook returns, never inside it.
    _reported = Signal(object)

    def __init__(
        self,
        log_path: Path | None,
        parent: QObject | None = None,
        *,
        start_logging: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self._start_logging = start_logging
        #: The dialog shown now, if any.
        self.dialog: CrashDialog | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        """Become ``sys.excepthook`` and ``threading.excepthook``."""
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        """Put back the hooks found by :meth:`install`."""
        if sys.excepthook == self._excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self._thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def ensure_logging(self) -> Path | None:
        """Open the log file if it is not open yet (``start_logging``); its path."""
        if self.log_path is None and self._start_logging is not None:
            start, self._start_logging = self._start_logging, None
            self.log_path = start()
        return self.log_path

    def report(self, error: BaseException, thread: str) -> None:
        """Log ``error`` and show it on the GUI thread (callable from any thread)."""
        self.ensure_logging()
        log_exception(log, f"Unexpected error in thread {thread}", (type(error), error, None))
        self._reported.emit(Report(error, thread, datetime.now()))

    def _excepthook(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, traceback)
            return
        self._report_or_fall_back(error, threading.current_thread().name)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        thread = args.thread.name if args.thread is not None else "unknown"
        self._report_or_fall_back(args.exc_value, thread)

    def _report_or_fall_back(self, error: BaseException, thread: str) -> None:
        try:
            self.report(error, thread)
        except Exception:  # reporting failed (e.g. the reporter is gone): at least print it
            self._previous_hook(type(error), error, error.__traceback__)

    def _show(self, report: Report) -> None:
        parent = QApplication.activeWindow()
        if isinstance(report.error, DomainError):
            from enforcement_desktop.gui.errors import handle_service_error

            handle_service_error(parent, report.error)
            return
        if self.dialog is not None:
            self.dialog.add_another()
            return
        dialog = CrashDialog(report, self.log_path, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.show()

    def _closed(self) -> None:
        self.dialog = None
