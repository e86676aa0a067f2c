"""What hangs off a service request in the Activity Plan: its notes, assets and documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem, QWidget

from enforcement_desktop.domain.values import format_money
from enforcement_desktop.gui.errors import ERROR_STYLE, GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.services.files import resolve_document_path
from enforcement_desktop.services.screens import ServiceRequestScreen


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
        for label, widget in ((ui.newNoteError, ui.newNoteEdit), (ui.assetError, ui.assetCombo)):
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

    def show(self, screen: ServiceRequestScreen) -> None:
        self._show_notes(screen)
        self._show_assets(screen)
        self._show_documents(screen)

    def _show_notes(self, screen: ServiceRequestScreen) -> None:
        notes_list = self.ui.notesList
        notes_list.clear()
        for note in screen.notes:
            when = note.created_at.strftime("%d/%m/%Y %H:%M")
            notes_list.addItem(QListWidgetItem(f"{when} · {note.author}\n{note.text}"))
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
                    doc.created_by,
                    doc.sha256[:12],
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, doc.path)
            item.setToolTip(1, f"{doc.path}\nSHA-256 {doc.sha256}")
            item.setToolTip(4, f"SHA-256 {doc.sha256}")
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.openDocumentButton.setEnabled(bool(documents))
        set_tab_count(self.ui, self.ui.documentsTab, "Documents", len(documents))

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
        stored = str(item.data(0, Qt.ItemDataRole.UserRole))
        try:
            path = resolve_document_path(stored, store)
        except ValueError:
            return False, f"{stored} is not a path inside the document store"
        if not path.is_file():
            return False, f"{stored} is not in the document store ({store})"
        opened = bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        return opened, f"Opened {path}" if opened else f"Could not open {path}"
