"""The History view: everything recorded about the client and their cases, newest first.

It reads :func:`services.history.read_client_history` through the operation runner (never on the
GUI thread), filters what it holds by kind, case and text, opens the record an entry is about
(Enter or double-click), and prints the whole history to an A4 PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_history_view import Ui_HistoryView
from enforcement_desktop.gui.models.dto_table import MUTED, Column, DtoTableModel
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets.forms import combo_value, selected_row
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.history import (
    ClientHistory,
    HistoryEntry,
    HistoryKind,
    HistoryLink,
    PrintedHistory,
)

#: The case filter's choice for the client's own records (entries without a case).
OWN_RECORDS = -1
#: Where an entry's link opens: the key of the view (the main window's ``VIEWS``).
VIEW_OF_LINK = {
    "enforcement_order": "orders",
    "appeal": "orders",
    "asset": "assets",
    "contact": "contact",
    "case": "contact",
}


class HistoryModel(DtoTableModel):
    """One row per history entry: when, who, kind, case, what."""

    WHEN, WHO, KIND, CASE, WHAT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            columns=(
                Column(
                    "When (UTC)",
                    lambda e: f"{e.at:%d/%m/%Y %H:%M}",
                    sort_key=lambda e: e.at,
                ),
                Column("Who", lambda e: e.who, tooltip=lambda e: f"Login {e.user}"),
                Column("Kind", lambda e: e.kind.label, foreground=lambda _e: MUTED),
                Column("Case", lambda e: e.case, sort_key=lambda e: e.case_id or 0),
                Column("What", lambda e: e.what, tooltip=lambda e: e.what),
            ),
        )

    def entry_at(self, row: int) -> HistoryEntry | None:
        item = self.row_at(row)
        return item if isinstance(item, HistoryEntry) else None


class HistoryView(ClientView):
    """The client's case history with filters, links and printing."""

    title = "History"
    #: Ask the main window to show another view of this client (its key, e.g. "orders").
    open_view = Signal(str)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_HistoryView()
        self.ui.setupUi(self)
        self.history: ClientHistory | None = None
        self.model = HistoryModel(self)
        table = self.ui.historyTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        for column in (HistoryModel.WHEN, HistoryModel.WHO, HistoryModel.KIND, HistoryModel.CASE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(self._activated)
        table.installEventFilter(self)
        self.ui.kindCombo.currentIndexChanged.connect(self._apply_filters)
        self.ui.caseCombo.currentIndexChanged.connect(self._apply_filters)
        self.ui.filterEdit.textChanged.connect(self._apply_filters)
        self.ui.printButton.clicked.connect(self.print_history)
        self._fill_combos()

    # ------------------------------------------------------------------ reading

    def set_client(self, contact_id: int | None) -> None:
        super().set_client(contact_id)
        self.history = None
        self._fill_combos()
        self._apply_filters()
        if contact_id is None:
            return
        from enforcement_desktop.gui.operations import Operation, runner_for
        from enforcement_desktop.services.history import read_client_history

        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: read_client_history(ctx, contact_id),
                self.show_history,
                key="history",
            )
        )

    def show_history(self, history: ClientHistory) -> None:
        """Show a history just read (on the GUI thread)."""
        if history.contact_id != self.contact_id:
            return
        self.history = history
        self._fill_combos()
        self._apply_filters()

    def _fill_combos(self) -> None:
        kind, case = combo_value(self.ui.kindCombo), combo_value(self.ui.caseCombo)
        entries = self.history.entries if self.history is not None else ()
        combo = self.ui.kindCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All kinds", None)
        present = {e.kind for e in entries}
        for member in HistoryKind:
            if member in present:
                combo.addItem(member.label, member.value)
        combo.setCurrentIndex(max(0, combo.findData(kind)) if kind is not None else 0)
        combo.blockSignals(False)
        combo = self.ui.caseCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem("All cases", None)
        for case_id in sorted({e.case_id for e in entries if e.case_id is not None}):
            combo.addItem(f"Case {case_id}", case_id)
        if any(e.case_id is None for e in entries):
            combo.addItem("Client's own records", OWN_RECORDS)
        combo.setCurrentIndex(max(0, combo.findData(case)) if case is not None else 0)
        combo.blockSignals(False)
        self.ui.printButton.setEnabled(self.contact_id is not None)

    def _apply_filters(self) -> None:
        entries = list(self.history.entries) if self.history is not None else []
        kind = combo_value(self.ui.kindCombo)
        case = combo_value(self.ui.caseCombo)
        words = self.ui.filterEdit.text().casefold().split()
        shown = [
            e
            for e in entries
            if (kind is None or e.kind.value == kind)
            and (case is None or (e.case_id is None if case == OWN_RECORDS else e.case_id == case))
            and all(w in f"{e.who} {e.user} {e.what}".casefold() for w in words)
        ]
        self.model.set_rows(shown)
        if self.contact_id is None:
            text = "Open a client to see their history."
        elif self.history is None:
            text = "Reading the history…"
        elif len(shown) == len(entries):
            text = f"{len(entries):,} entries, newest first."
        else:
            text = f"{len(shown):,} of {len(entries):,} entries, newest first."
        self.ui.countLabel.setText(text)

    def refresh(self) -> None:
        self.set_client(self.contact_id)

    # ------------------------------------------------------------------ opening records

    def selected_entry(self) -> HistoryEntry | None:
        row = selected_row(self.ui.historyTable)
        return self.model.entry_at(row) if row is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # QTableView moves to the next row on Enter; in this table Enter opens the record.
        if (
            watched is self.ui.historyTable
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            entry = self.selected_entry()
            if entry is not None:
                self.open_entry(entry)
                return True
        return super().eventFilter(watched, event)

    def _activated(self, index: QModelIndex) -> None:
        entry = self.model.entry_at(index.row())
        if entry is not None:
            self.open_entry(entry)

    def open_entry(self, entry: HistoryEntry) -> bool:
        """Open what an entry links to; False (with a status message) when there is nothing."""
        link: HistoryLink | None = entry.link
        if link is None:
            self.status_message.emit("This entry's record no longer exists")
            return False
        if link.entity == "service_request":
            self.open_service_request.emit(link.id)
            return True
        if link.entity == "contact" and link.id != self.contact_id:
            self.open_client.emit(link.id)
            return True
        view = VIEW_OF_LINK.get(link.entity)
        if view is None:
            self.status_message.emit("The application has no view for this record")
            return False
        self.open_view.emit(view)
        return True

    # ------------------------------------------------------------------ printing

    def print_history(self) -> bool:
        """Ask where, then write the client's history to an A4 PDF."""
        if self.contact_id is None:
            return False
        from enforcement_desktop.gui.preferences import output_folder

        scin = self.history.scin if self.history is not None else None
        suggested = output_folder(self.ctx.db.url) / f"Case history {scin or ''}.pdf".replace(
            " .pdf", ".pdf"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Print the case history to", str(suggested), "PDF documents (*.pdf)"
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        return self.print_to(path) is not None

    def print_to(self, path: Path) -> PrintedHistory | None:
        """Write the history to ``path`` through the operation runner; None when refused."""
        from enforcement_desktop.gui.operations import runner_for
        from enforcement_desktop.services.history import write_history_pdf

        contact_id = self.contact_id
        if contact_id is None:
            return None
        try:
            printed = runner_for(self.ctx).run_and_wait(
                self,
                lambda ctx: write_history_pdf(ctx, contact_id, path),
                "Writing the case history…",
            )
        except DomainError as exc:
            handle_service_error(self, exc)
            return None
        except OSError as exc:
            QMessageBox.warning(
                self,
                "Case history not written",
                f"The case history could not be written to {path}:\n{exc.strerror or exc}",
            )
            return None
        self.status_message.emit(
            f"Case history written to {printed.path} ({printed.events:,} entries, "
            f"SHA-256 {printed.sha256[:12]}…)"
        )
        # The printing is recorded in the trail: show it.
        self.refresh()
        return printed
