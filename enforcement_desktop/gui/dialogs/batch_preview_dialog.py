"""Bailiff ▸ Build all packs, first: which clients will be built, and what stops any of them
(issue 13 item 8), read through the operation runner before a folder is asked for."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWhatsThis,
    QWidget,
)

from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_batch_preview_dialog import Ui_BatchPreviewDialog
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.services.bailiff_admin import BatchClient, batch_preview
from enforcement_desktop.services.context import ServiceContext

COL_SCIN, COL_NAME, COL_REGION, COL_LOS, COL_STOP = range(5)
_HEADERS = ("SCIN", "Name", "Region", "LOs", "What stops it")


class BatchPreviewDialog(QDialog):
    """The clients "Build all packs" covers for the user, ticked when their pack will be built.

    A client something stops (no SR ready, a pack built and not sent) is listed with the
    reason, unticked and cannot be ticked. OK ("Choose folder and build…") accepts; then
    :meth:`chosen_scins` says which clients to build.

    Args:
        ctx: Database, user and clock.
        parent: The window.
    """

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BatchPreviewDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains an input: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        self.ctx = ctx
        self.clients: list[BatchClient] | None = None
        ui = self.ui
        table = ui.clientsTable
        table.setColumnCount(len(_HEADERS))
        table.setHorizontalHeaderLabels(list(_HEADERS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STOP, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        table.verticalHeader().setVisible(False)
        table.itemChanged.connect(lambda _item: self._update_ok())
        ui.captionLabel.setText("Reading which clients have Bailiff SRs of yours in progress…")
        ui.hintLabel.setText(
            "Each pack is built as from the client's Activity Plan, without a CMSF5571 DVS "
            "request; the zips go into the folder you choose next."
        )
        ui.hintLabel.setStyleSheet("color: palette(placeholder-text);")
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Choose folder and build…")
        self.ok_button.setEnabled(False)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(900, 440)
        self.load()

    @property
    def loading(self) -> bool:
        return self.clients is None

    def load(self) -> None:
        """Read the clients (on the data lane; nothing is written)."""
        owner = self.ctx.user

        def failed(exc: BaseException) -> None:
            self.ui.captionLabel.setText("The clients could not be read.")
            if not handle_service_error(self, exc, retry=self.load):
                raise exc

        runner_for(self.ctx).run(
            Operation(self, lambda c: batch_preview(c, owner), self._show, failed, key="read")
        )

    def _show(self, clients: list[BatchClient]) -> None:
        self.clients = clients
        ui = self.ui
        building = sum(1 for c in clients if c.will_build)
        if clients:
            ui.captionLabel.setText(
                f"<b>{len(clients)}</b> client{'s' if len(clients) != 1 else ''} "
                f"with Bailiff SRs of yours in progress; <b>{building}</b> pack"
                f"{'s' if building != 1 else ''} can be built. Untick a client to leave it out."
            )
        else:
            ui.captionLabel.setText(
                "No client has Bailiff SRs of yours in progress: there is nothing to build."
            )
        table = ui.clientsTable
        table.blockSignals(True)
        table.setRowCount(len(clients))
        stopped = QColor("#8a4b00")
        for row, client in enumerate(clients):
            scin = QTableWidgetItem(client.scin)
            scin.setData(Qt.ItemDataRole.UserRole, client.scin)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if client.will_build:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            scin.setFlags(flags)
            scin.setCheckState(
                Qt.CheckState.Checked if client.will_build else Qt.CheckState.Unchecked
            )
            los = QTableWidgetItem(str(client.lo_count))
            los.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            stop = QTableWidgetItem(client.stop or "—")
            if client.stop:
                stop.setForeground(stopped)
                stop.setToolTip(client.stop)
            for column, item in (
                (COL_SCIN, scin),
                (COL_NAME, QTableWidgetItem(client.name)),
                (COL_REGION, QTableWidgetItem(client.region)),
                (COL_LOS, los),
                (COL_STOP, stop),
            ):
                table.setItem(row, column, item)
        table.blockSignals(False)
        if clients:
            table.setCurrentCell(0, COL_SCIN)
        self._update_ok()
        ui.clientsTable.setFocus()

    def chosen_scins(self) -> list[str]:
        """The clients ticked, by SCIN."""
        table = self.ui.clientsTable
        found = []
        for row in range(table.rowCount()):
            item = table.item(row, COL_SCIN)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                found.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def _update_ok(self) -> None:
        chosen = len(self.chosen_scins())
        self.ok_button.setEnabled(chosen > 0)
        self.ok_button.setToolTip("" if chosen else "No client is ticked: nothing would be built")
        self.ok_button.setAccessibleDescription(self.ok_button.toolTip())
