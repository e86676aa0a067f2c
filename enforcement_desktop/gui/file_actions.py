"""File ▸ Back up database…, Export client…, Import case file…: the command line's services.

Each action asks where (a file dialog starting from the folder kept for this database), runs the
same service as ``enforcement-desktop backup`` / ``export`` / ``import`` through the operation
runner, then shows what happened: the file written, its size and SHA-256, with Show in folder and
Copy path; or why nothing was written. The services write atomically (a whole file or none) and
record every file in the audit trail.

The backup reports its progress (SQLite's online backup copies the database in steps), shown in a
progress dialog; export and import wait through :meth:`OperationRunner.run_and_wait`, whose busy
dialog appears after half a second.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import Preferences
from enforcement_desktop.storage.db import sqlite_file

if TYPE_CHECKING:
    from enforcement_desktop.gui.main_window import MainWindow
    from enforcement_desktop.services.backup import BackupResult
    from enforcement_desktop.services.case_file import ImportSummary
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.services.exports import ExportResult

T = TypeVar("T")

#: Problems of a refused case file listed in the message before the rest are counted.
MAX_LISTED_PROBLEMS = 30
CASE_FILE_FILTER = "Case files (*.json);;All files (*)"
BACKUP_FILTER = "SQLite database (*.sqlite3 *.db);;All files (*)"


def human_size(size: int) -> str:
    """A size as people read it: "812 bytes", "1.4 MB (1,432,576 bytes)"."""
    if size < 1024:
        return f"{size:,} byte{'s' if size != 1 else ''}"
    value = float(size)
    for unit in ("KB", "MB", "GB", "TB"):
        value /= 1024
        if value < 1024 or unit == "TB":
            break
    return f"{value:,.1f} {unit} ({size:,} bytes)"


def _html(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def show_file_written(
    parent: MainWindow, title: str, intro: str, path: Path, size: int, sha256: str
) -> str:
    """Say which file was written, its size and SHA-256; offer Show in folder and Copy path.

    Returns:
        The button the user pressed ("Show in folder", "Copy path" or "Close").
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(
        f"<p>{_html(intro)}</p><table cellspacing='4'>"
        f"<tr><td>File:</td><td><b>{_html(path)}</b></td></tr>"
        f"<tr><td>Size:</td><td>{_html(human_size(size))}</td></tr>"
        f"<tr><td>SHA-256:</td><td><tt>{sha256}</tt></td></tr></table>"
        "<p>The file holds personal data and is readable by you only; the audit trail records "
        "it with its SHA-256.</p>"
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    show = box.addButton("&Show in folder", QMessageBox.ButtonRole.ActionRole)
    copy = box.addButton("C&opy path", QMessageBox.ButtonRole.ActionRole)
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(close)
    box.setEscapeButton(close)
    box.exec()
    clicked = box.clickedButton()
    if clicked is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        return "Show in folder"
    if clicked is copy:
        QGuiApplication.clipboard().setText(str(path))
        parent.show_status(f"Copied {path}")
        return "Copy path"
    return "Close"


def _refused(parent: MainWindow, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.exec()


def _why(exc: BaseException) -> str | None:
    """The sentence for a failure the user can act on; None for a bug (raised on)."""
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"The file could not be written or read{where}: {exc.strerror or exc}."
    if isinstance(exc, sqlite3.Error):
        return f"SQLite could not read the database ({type(exc).__name__}: {exc})."
    return None


class _Progress(QObject):
    """Carries the backup's progress from the database thread to the GUI thread."""

    changed = Signal(int, int)


class FileActions(QObject):
    """The File menu's backup, export and import for one main window.

    Args:
        window: The main window (its context, settings, status bar and current client).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: ServiceContext = window.ctx
        self.preferences = Preferences(self.ctx.db.url)
        self.progress_dialog: QProgressDialog | None = None

    # ----------------------------------------------------------------- backup

    def back_up(self) -> bool:
        """Ask for the file and start the backup; False when cancelled or refused at once."""
        window = self.window
        if sqlite_file(self.ctx.db.url) is None:
            _refused(
                window,
                "Back up database",
                "This database is on a database server, so it cannot be copied from here.",
                "Back it up with the server's own tools (for PostgreSQL, pg_dump or the "
                "server's scheduled backups); ask whoever runs the server.",
            )
            return False
        source = sqlite_file(self.ctx.db.url)
        assert source is not None
        stem = source.stem or "enforcement"
        suggested = self.preferences.backup_folder() / (
            f"{stem}-backup-{self.ctx.today():%Y-%m-%d}.sqlite3"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            window, "Back up the database to", str(suggested), BACKUP_FILTER
        )
        if not chosen:
            return False
        target = Path(chosen)
        window.preloader.wait()
        from enforcement_desktop.services.backup import backup_database

        progress = _Progress(self)
        dialog = QProgressDialog("Backing up the database…", "", 0, 0, window)
        dialog.setWindowTitle("Back up database")
        dialog.setCancelButton(None)  # SQLite's backup cannot stop half way; it is quick
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(500)
        self.progress_dialog = dialog
        progress.changed.connect(self._backup_progress)

        def copy(ctx: ServiceContext) -> BackupResult:
            return backup_database(ctx, target, progress=progress.changed.emit)

        def done(result: BackupResult) -> None:
            self._close_progress()
            self.preferences.set_backup_folder(result.path.parent)
            window.show_status(f"Database backed up to {result.path}")
            show_file_written(
                window,
                "Database backed up",
                "A consistent copy of the database was written. Keep it somewhere safe: "
                "restore it by opening it with --db, or by copying it over the database "
                "while the application is closed.",
                result.path,
                result.size,
                result.sha256,
            )

        def failed(exc: BaseException) -> None:
            self._close_progress()
            why = _why(exc)
            if why is None:
                raise exc
            window.show_status("Database not backed up")
            _refused(window, "Back up database", "The database was not backed up.", why)

        runner_for(self.ctx).run(Operation(window, copy, done, failed))
        return True

    def _backup_progress(self, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is None:
            return
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"Backing up the database… {100 * done // max(total, 1)} %")

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    # ----------------------------------------------------------------- export

    def export_client(self) -> Path | None:
        """Write the case of a paying parent (the one open, else asked for) to a case file."""
        window = self.window
        scin = self._scin_to_export()
        if not scin:
            return None
        suggested = self.preferences.output_folder() / f"case-{scin}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            window, f"Export the case of SCIN {scin} to", str(suggested), CASE_FILE_FILTER
        )
        if not chosen:
            return None
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(".json")
        window.preloader.wait()
        from enforcement_desktop.services.exports import export_case_to_file

        result: ExportResult | None = self._wait(
            "Export client",
            f"The cases of SCIN {scin} were not exported.",
            lambda ctx: export_case_to_file(ctx, scin, target),
            "Exporting the cases…",
        )
        if result is None or result.path is None:
            window.show_status(f"Cases of SCIN {scin} not exported")
            return None
        window.show_status(f"Cases of SCIN {scin} exported to {result.path}")
        show_file_written(
            window,
            "Client exported",
            f"The paying parent {scin} and all their cases were written to a case file.",
            result.path,
            result.size,
            result.sha256,
        )
        return result.path

    def _scin_to_export(self) -> str | None:
        client = self.window.client
        if client is not None and client.scin and self.window._client_is_paying_parent():
            return client.scin
        text, ok = QInputDialog.getText(
            self.window,
            "Export client",
            "SCIN of the paying parent whose case to export:",
        )
        return text.strip() if ok and text.strip() else None

    # ----------------------------------------------------------------- import

    def import_case_file(self) -> int | None:
        """Read a case file and add its case; the new case's id, or None when not imported."""
        window = self.window
        chosen, _ = QFileDialog.getOpenFileName(
            window, "Import a case file", str(self.preferences.output_folder()), CASE_FILE_FILTER
        )
        if not chosen:
            return None
        path = Path(chosen)
        window.preloader.wait()
        from enforcement_desktop.services.case_file import import_case
        from enforcement_desktop.services.case_file_io import read_case_file

        summary: ImportSummary | None = self._wait(
            "Import case file",
            f"{path.name} was not imported; nothing was written.",
            lambda ctx: import_case(ctx, read_case_file(path)),
            "Importing the case file…",
        )
        if summary is None:
            window.show_status(f"{path.name} not imported")
            return None
        window.show_status(summary.describe())
        box = QMessageBox(window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Case file imported")
        box.setText(summary.describe())
        open_button = box.addButton("&Open client", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_button)
        box.exec()
        if box.clickedButton() is open_button:
            self._open_paying_parent(summary.case_id)
        return summary.case_id

    def _open_paying_parent(self, case_id: int) -> None:
        from enforcement_desktop.services import cases

        self.window.runner.run(
            Operation(
                self.window,
                lambda ctx: cases.get_case(ctx, case_id).paying_parent_id,
                lambda contact_id: None if self.window.open_client(contact_id) else None,
            )
        )

    # ----------------------------------------------------------------- shared

    def _wait(
        self, title: str, not_done: str, fn: Callable[[ServiceContext], T], label: str
    ) -> T | None:
        """Run ``fn`` through the runner, waited for; a refusal is shown, None returned."""
        try:
            return runner_for(self.ctx).run_and_wait(self.window, fn, label)
        except ValidationError as exc:
            problems = [
                f"{field}: {message}" if field != "__all__" else message
                for field, message in exc.errors.items()
            ]
            listed = problems[:MAX_LISTED_PROBLEMS]
            if len(problems) > len(listed):
                listed.append(f"… and {len(problems) - len(listed)} more")
            _refused(self.window, title, not_done, "\n".join(listed))
        except Exception as exc:
            why = _why(exc)
            if why is None:
                raise
            _refused(self.window, title, not_done, why)
        return None


__all__ = ["FileActions", "human_size", "show_file_written"]
