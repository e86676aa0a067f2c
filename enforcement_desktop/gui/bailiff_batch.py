"""Build the bailiff pack of every client whose prepared Bailiff SRs the user owns, in one go.

First a preview (:class:`BatchPreviewDialog`, issue 13 item 8) lists the clients it covers
(:func:`bailiff_admin.batch_preview`: SCIN, name, region, LOs, what stops one) with check boxes,
then the folder is asked for, starting from the Preferences folder. Each client's pack comes
from the same services as the pack dialog: :func:`bailiff_admin.batch_client` says which SRs are
ready (and what stops the pack), :func:`bailiff.build_bailiff_pack` writes the zip. The work
runs as one operation on the data lane (:mod:`gui.operations`); a
:class:`QProgressDialog` shows how far it got and Cancel stops it between two packs (a pack
being written is finished, never cut in half).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import output_folder, remember_output_folder
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import bailiff, bailiff_admin
from enforcement_desktop.services.base import ServiceContext


@dataclass
class BatchReport:
    """What a batch did: packs written, clients skipped and why, whether it was cancelled."""

    folder: Path
    clients: int = 0
    written: list[tuple[str, Path]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def summary(self) -> str:
        packs = len(self.written)
        text = (
            f"{packs} pack{'s' if packs != 1 else ''} written, {len(self.skipped)} client"
            f"{'s' if len(self.skipped) != 1 else ''} skipped"
        )
        if self.cancelled:
            done = packs + len(self.skipped)
            text += f"; cancelled after {done} of {self.clients} clients"
        return text


class BatchPackRunner(QObject):
    """The batch itself; :meth:`run` is an operation's work (on the data lane, never on the GUI
    thread), its progress signal reaches the GUI thread.

    Args:
        ctx: Database, user and clock.
        folder: An existing folder for the zips.
        parent: Owner of the runner.
        scins: Build only these clients (those ticked in the preview); default every one.
    """

    #: (clients done, clients in all, SCIN just done); total 0 while the clients are found.
    progress = Signal(int, int, str)

    def __init__(
        self,
        ctx: ServiceContext,
        folder: Path,
        parent: QObject | None = None,
        *,
        scins: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.scins = set(scins) if scins is not None else None
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop before the next pack (the one being written is finished)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> BatchReport:
        """Build each client's pack in turn; a refused client is skipped with the reason."""
        report = BatchReport(self.folder)
        clients = bailiff.clients_with_bailiff_srs(self.ctx, self.ctx.user)
        if self.scins is not None:
            clients = {scin: srs for scin, srs in clients.items() if scin in self.scins}
        report.clients = len(clients)
        self.progress.emit(0, report.clients, "")
        for done, (scin, owned) in enumerate(clients.items(), start=1):
            if self._cancel.is_set():
                report.cancelled = True
                break
            try:
                reason = self._build_one(scin, set(owned), report)
            except DomainError as exc:
                reason = str(exc)
            if reason is not None:
                report.skipped.append((scin, reason))
            self.progress.emit(done, report.clients, scin)
        return report

    def _build_one(self, scin: str, owned: set[int], report: BatchReport) -> str | None:
        """Build one client's pack; the reason it was skipped, or None when it was written."""
        # Checked again: the client may have changed since the preview.
        ready, stop = bailiff_admin.batch_client(self.ctx, scin, owned)
        if stop is not None:
            return stop
        outcome = bailiff.build_bailiff_pack(self.ctx, scin, self.folder, sr_ids=ready)
        report.written.append((scin, outcome.zip_path))
        return None


class BatchPacks(QObject):
    """Ask for the folder, run :class:`BatchPackRunner` with a progress dialog, report.

    Args:
        ctx: Database, user and clock.
        parent: The window the dialogs belong to.
    """

    #: The batch ended (the :class:`BatchReport`), or failed (None).
    finished = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.runner: BatchPackRunner | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.report: BatchReport | None = None
        #: The clients ticked in the preview.
        self.scins: list[str] | None = None

    def start(self) -> bool:
        """Show which clients will be built, then choose the folder and start; False when the
        user cancelled either."""
        from enforcement_desktop.gui.dialogs.batch_preview_dialog import BatchPreviewDialog

        preview = BatchPreviewDialog(self.ctx, self.window)
        accepted = forms.run_dialog(preview)
        scins = preview.chosen_scins()
        preview.deleteLater()
        if not accepted or not scins:
            return False
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            "Folder for the bailiff packs",
            str(output_folder(self.ctx.db.url)),
        )
        if not chosen:
            return False
        self._run(Path(chosen), scins)
        return True

    def _run(self, folder: Path, scins: list[str] | None = None) -> None:
        self.scins = scins
        self.runner = BatchPackRunner(self.ctx, folder, self, scins=scins)
        dialog = QProgressDialog(
            "Finding the clients with prepared Bailiff SRs…", "&Cancel", 0, 0, self.window
        )
        dialog.setWindowTitle("Building bailiff packs")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.runner.cancel)
        dialog.canceled.connect(
            lambda: dialog.setLabelText("Cancelling: finishing the pack being written…")
        )
        self.progress_dialog = dialog
        self.runner.progress.connect(self._progress)
        dialog.show()
        runner = self.runner
        runner_for(self.ctx).run(
            Operation(self, lambda _ctx: runner.run(), self._done, self._failed)
        )

    def _progress(self, done: int, total: int, scin: str) -> None:
        dialog = self.progress_dialog
        if dialog is None or (self.runner is not None and self.runner.cancelled):
            return
        if dialog.maximum() != total:
            dialog.setMaximum(total)
        dialog.setValue(done)
        if total == 0:
            dialog.setLabelText("No client has Bailiff SRs of yours in progress.")
        elif done < total:
            last = f" (last: {scin})" if scin else ""
            dialog.setLabelText(f"Building pack {done + 1} of {total}{last}…")

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.hide()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, report: BatchReport) -> None:
        self._close_progress()
        self.report = report
        if report.written:
            remember_output_folder(self.ctx.db.url, report.folder)
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle("Bailiff packs")
        box.setText(f"{report.summary}.")
        lines = [f"Written to {report.folder}:"] if report.written else []
        lines += [f"• {scin}: {path.name}" for scin, path in report.written]
        if report.skipped:
            lines.append("Skipped:")
            lines += [f"• {scin}: {reason}" for scin, reason in report.skipped]
        if not report.clients:
            lines.append("No client has Bailiff SRs of yours In Progress.")
        shown = lines[:25]
        if len(lines) > len(shown):
            shown.append(f"… and {len(lines) - len(shown)} more (see Show Details).")
            box.setDetailedText("\n".join(lines))
        box.setInformativeText("\n".join(shown))
        box.exec()
        self.finished.emit(report)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        folder = self.runner.folder if self.runner is not None else None
        again: list[bool] = []
        # Try again (a busy database) starts the batch over: the packs already written are
        # then skipped as built and not sent.
        retry = (lambda: again.append(True)) if folder is not None else None
        if not handle_service_error(self.window, exc, retry=retry):
            self.finished.emit(None)
            raise exc
        if again and folder is not None:
            self._run(folder, self.scins)
            return
        self.finished.emit(None)
