"""What hangs off a service request in the Activity Plan: its notes, assets, letters and
documents.

The "Letters and documents" tab lists the SR's letters register (code, recipient, sent, reply
due, in red when overdue, reply received) and its documents (letters written and files received,
the SHA-256 on hover). :class:`LetterActions` writes a new letter, records a reply and attaches a
received file, each through the operation runner (:meth:`ActivityPlanView.write_sr` or a
:class:`~enforcement_desktop.gui.dialogs.base.ServiceDialog`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.errors import ERROR_STYLE, GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.gui.preferences import output_folder
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services.attachments import attach_file
from enforcement_desktop.services.files import resolve_document_path
from enforcement_desktop.services.letters import LetterDTO
from enforcement_desktop.services.screens import ServiceRequestScreen
from enforcement_desktop.services.service_requests import DocumentDTO

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

#: The colour of a reply overdue (the error red of the forms).
OVERDUE = QColor("#b00020")


def set_tab_count(ui: Ui_ActivityPlanView, tab: QWidget, name: str, count: int) -> None:
    """Name a tab of the detail with the number of rows it holds."""
    tabs = ui.detailTabs
    tabs.setTabText(tabs.indexOf(tab), f"{name} ({count})" if count else name)


class Attachments(QObject):
    """The Notes, Assets and Documents tabs of one SR.

    Args:
        ui: The view's form.
        parent: The view.
    """

    def __init__(self, ui: Ui_ActivityPlanView, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        for label, widget in (
            (ui.newNoteError, ui.newNoteEdit),
            (ui.assetError, ui.assetCombo),
            (ui.attachError, ui.attachFileButton),
        ):
            label.setStyleSheet(ERROR_STYLE)
            label.setProperty("errorFor", widget)
        #: Where a refused note is explained.
        self.note_errors = {"text": ui.newNoteError, GENERAL_FIELD: ui.newNoteError}
        #: Where a refused association with an asset is explained.
        self.asset_errors = {
            "asset_id": ui.assetError,
            "service_request_id": ui.assetError,
            GENERAL_FIELD: ui.assetError,
        }
        #: Where a refused attachment is explained (over 50 MB, unreadable, ...).
        self.attach_errors = {"file": ui.attachError, GENERAL_FIELD: ui.attachError}
        ui.attachError.setVisible(False)
        #: The letters shown, in the order of the list.
        self.letters: tuple[LetterDTO, ...] = ()

    def show(self, screen: ServiceRequestScreen, today: date) -> None:
        self._show_notes(screen)
        self._show_assets(screen)
        self._show_letters(screen, today)
        self._show_documents(screen)

    def _show_notes(self, screen: ServiceRequestScreen) -> None:
        notes_list = self.ui.notesList
        notes_list.clear()
        names = screen.names
        for note in screen.notes:
            when = note.created_at.strftime("%d/%m/%Y %H:%M")
            item = QListWidgetItem(f"{when} · {names.of(note.author)}\n{note.text}")
            item.setToolTip(names.tooltip(note.author))
            notes_list.addItem(item)
        set_tab_count(self.ui, self.ui.notesTab, "Notes", len(screen.notes))

    def _show_assets(self, screen: ServiceRequestScreen) -> None:
        ui = self.ui
        sr = screen.service_request
        ui.linkedAssetsList.clear()
        for linked in sr.assets:
            item = QListWidgetItem(linked.description)
            item.setData(Qt.ItemDataRole.UserRole, linked.asset_id)
            ui.linkedAssetsList.addItem(item)
        ui.assetCombo.clear()
        available = screen.linkable_assets
        for asset in available:
            value = f" · {format_money(asset.estimated_value)}" if asset.estimated_value else ""
            ui.assetCombo.addItem(
                f"{asset.asset_type.label}: {asset.description or '—'}{value}", asset.id
            )
        editable = not sr.read_only
        ui.assetCombo.setEnabled(editable and bool(available))
        ui.linkAssetButton.setEnabled(editable and bool(available))
        ui.unlinkAssetButton.setEnabled(editable and bool(sr.assets))
        set_tab_count(ui, ui.assetsTab, "Assets", len(sr.assets))

    def chosen_asset_id(self) -> int | None:
        """The asset chosen to associate with the SR."""
        data = self.ui.assetCombo.currentData()
        return int(data) if data is not None else None

    def chosen_linked_asset_id(self) -> int | None:
        """The associated asset chosen to take off the SR."""
        item = self.ui.linkedAssetsList.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _show_letters(self, screen: ServiceRequestScreen, today: date) -> None:
        self.letters = screen.letters
        tree = self.ui.lettersTree
        current = self.chosen_letter()
        tree.clear()
        for letter in screen.letters:
            received = format_date(letter.reply_received_on)
            if letter.reply_file_name:
                received += f" · {letter.reply_file_name}"
            item = QTreeWidgetItem(
                [
                    letter.code.value,
                    f"{letter.recipient_name} ({letter.recipient_kind.label})",
                    format_date(letter.sent_on),
                    format_date(letter.reply_due) or "—",
                    received or "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, letter.id)
            item.setToolTip(0, letter.code.label)
            sender = screen.names.of(letter.sent_by)
            item.setToolTip(2, f"Sent by {sender} ({screen.names.tooltip(letter.sent_by)})")
            if letter.document_path:
                item.setToolTip(1, f"{letter.document_path} (Enter opens it)")
            if letter.reply_path:
                item.setToolTip(4, f"{letter.reply_path} (Enter on this column opens it)")
            if letter.is_overdue(today):
                item.setForeground(3, QBrush(OVERDUE))
                item.setToolTip(3, "Overdue: no reply recorded by the date it was due")
            tree.addTopLevelItem(item)
            if current is not None and letter.id == current.id:
                tree.setCurrentItem(item)
        _fit_columns(tree, stretch=1)
        self.ui.lettersLabel.setText(
            f"Letters sent ({len(screen.letters)}):" if screen.letters else "Letters sent: none"
        )

    def chosen_letter(self) -> LetterDTO | None:
        """The letter chosen in the list (the only one when there is one)."""
        tree = self.ui.lettersTree
        item = tree.currentItem()
        if item is None and tree.topLevelItemCount() == 1:
            item = tree.topLevelItem(0)
        if item is None:
            return None
        letter_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((x for x in self.letters if x.id == letter_id), None)

    def _show_documents(self, screen: ServiceRequestScreen) -> None:
        documents = screen.service_request.documents
        tree = self.ui.documentsTree
        tree.clear()
        for doc in documents:
            item = QTreeWidgetItem(
                [
                    doc.doc_type.label,
                    doc.file_name,
                    doc.created_at.strftime("%d/%m/%Y %H:%M"),
                    screen.names.of(doc.created_by),
                    doc.sha256[:12],
                ]
            )
            item.setToolTip(3, screen.names.tooltip(doc.created_by))
            item.setData(0, Qt.ItemDataRole.UserRole, doc.path)
            item.setToolTip(1, f"{doc.path}\nSHA-256 {doc.sha256}")
            item.setToolTip(4, f"SHA-256 {doc.sha256}")
            tree.addTopLevelItem(item)
        _fit_columns(tree, stretch=1)
        self.ui.openDocumentButton.setEnabled(bool(documents))
        # Each letter written is one of the documents: the count is the documents'.
        set_tab_count(self.ui, self.ui.documentsTab, "Letters and documents", len(documents))

    def open_document(self, store: Path) -> tuple[bool, str] | None:
        """Open the chosen document (else the first) with the desktop.

        Args:
            store: The document store (this database's output folder): documents are recorded
                relative to it, never with a local absolute path (issue 12 item 12).

        Returns:
            None when there is no document; else whether it opened, and a sentence saying so.
        """
        item = self.ui.documentsTree.currentItem() or self.ui.documentsTree.topLevelItem(0)
        if item is None:
            return None
        return open_stored(str(item.data(0, Qt.ItemDataRole.UserRole)), store)

    def open_letter(self, store: Path, column: int = 0) -> tuple[bool, str] | None:
        """Open the chosen letter's document (the reply's, from the Reply received column).

        Returns:
            None when no letter is chosen; else whether it opened, and a sentence saying so.
        """
        letter = self.chosen_letter()
        if letter is None:
            return None
        stored = letter.reply_path if column == 4 and letter.reply_path else letter.document_path
        if stored is None:
            return False, f"The document of {letter.code.value} is no longer recorded"
        return open_stored(stored, store)


def _fit_columns(tree: QTreeWidget, *, stretch: int) -> None:
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def open_stored(stored: str, store: Path) -> tuple[bool, str]:
    """Open a document recorded as ``stored`` (relative to the document store) with the desktop.

    Returns:
        Whether it opened, and a sentence saying so (or where it looked).
    """
    try:
        path = resolve_document_path(stored, store)
    except ValueError:
        return False, f"{stored} is not a path inside the document store"
    if not path.is_file():
        return False, f"{stored} is not in the document store ({store})"
    opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    return opened, f"Opened {path}" if opened else f"Could not open {path}"


def offer_to_open(parent: QWidget, path: Path) -> bool:
    """Say where a letter was written and ask whether to open it now (in Word) to check, edit
    or tick before printing; True when the user says yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Letter written")
    box.setText(f"The letter was written to:\n{path}")
    box.setInformativeText("Open it now to check, edit or tick it before printing?")
    box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    return box.exec() == QMessageBox.StandardButton.Open


class LetterActions(QObject):
    """New letter…, Reply received… and Attach file… on the Letters and documents tab.

    Args:
        view: The Activity Plan view whose SR they act on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        ui = view.ui
        ui.newLetterButton.clicked.connect(self.new_letter)
        ui.replyReceivedButton.clicked.connect(self.reply_received)
        ui.attachFileButton.clicked.connect(self.attach_file)
        ui.lettersTree.itemActivated.connect(lambda _item, column: self.open_letter(column))
        ui.lettersTree.currentItemChanged.connect(lambda *_: self._enable())

    def _store(self) -> Path:
        view = self.view
        return output_folder(view.ctx.db.url, view.output_settings)

    def show(self, screen: ServiceRequestScreen | None) -> None:
        """Enable the actions the SR shown allows (a closed SR sends no letter)."""
        self._enable()

    def _enable(self) -> None:
        ui = self.view.ui
        sr = self.view.sr
        open_sr = sr is not None and not sr.read_only
        ui.newLetterButton.setEnabled(open_sr)
        chosen = self.view.attachments.chosen_letter()
        ui.replyReceivedButton.setEnabled(open_sr and chosen is not None)
        ui.attachFileButton.setEnabled(sr is not None)

    def new_letter(self) -> bool:
        """Write a letter from the SR shown; True when one was written and registered."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog

        store = self._store()
        label = f"Service request {sr.id} — {sr.sub_area}"
        dialog = LetterDialog(view.ctx, sr.id, label, store, view)
        accepted = forms.run_dialog(dialog) and dialog.result_letter is not None
        sent = dialog.result_letter
        reload = dialog.needs_reload
        dialog.deleteLater()
        if not accepted or sent is None:
            if reload:
                view.refresh()
            return False
        view.data_changed.emit()
        view.show_service_request(sr.id)
        view.show_tab(view.ui.documentsTab)
        path = store / (sent.document_path or "")
        view.status_message.emit(
            f"{sent.code.value} to {sent.recipient_name} written to {path} and registered"
        )
        if sent.document_path and offer_to_open(view, path):
            view.status_message.emit(open_stored(sent.document_path, store)[1])
        return True

    def reply_received(self) -> bool:
        """Record the reply to the letter chosen; True when recorded."""
        view = self.view
        letter = view.attachments.chosen_letter()
        sr = view.act_on()
        if sr is None or letter is None:
            if letter is None:
                view.status_message.emit("Choose the letter whose reply came first")
            return False
        from enforcement_desktop.gui.dialogs.reply_dialog import ReplyDialog

        dialog = ReplyDialog(view.ctx, letter, self._store(), view)
        accepted = forms.run_dialog(dialog) and dialog.result_letter is not None
        done = dialog.result_letter
        reload = dialog.needs_reload
        dialog.deleteLater()
        if not accepted or done is None:
            if reload:
                view.refresh()
            return False
        view.data_changed.emit()
        view.show_service_request(sr.id)
        attached = f", {done.reply_file_name} attached" if done.reply_file_name else ""
        view.status_message.emit(
            f"Reply to {done.code.value} received on {format_date(done.reply_received_on)}"
            f"{attached}"
        )
        return True

    def attach_file(self) -> bool:
        """Attach a file received to the SR shown (copied into the document store)."""
        view = self.view
        sr = view.sr
        if sr is None:
            return False
        from enforcement_desktop.gui.dialogs.reply_dialog import choose_file

        source = choose_file(view, f"Attach a file to service request {sr.id}")
        if source is None:
            return False
        store = self._store()

        def attached(document: DocumentDTO) -> None:
            view.status_message.emit(
                f"{document.file_name} attached to service request {sr.id} "
                f"(SHA-256 {document.sha256[:12]}…)"
            )

        return view.write_sr(
            sr.id,
            lambda ctx: attach_file(ctx, sr.id, source, store),
            attached,
            labels=view.attachments.attach_errors,
            tab=view.ui.documentsTab,
            invalid="File not attached: see the message under the list",
        )

    def open_letter(self, column: int = 0) -> bool:
        """Open the chosen letter (or, from the Reply received column, its reply)."""
        view = self.view
        opened = view.attachments.open_letter(self._store(), column)
        if opened is None:
            return False
        view.status_message.emit(opened[1])
        return opened[0]
