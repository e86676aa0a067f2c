"""The work queue: the user's service requests, sorted and filtered in SQL."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.gui.forms.ui_work_queue_view import Ui_WorkQueueView
from enforcement_desktop.gui.models.work_queue_model import (
    COL_AGE,
    COL_CATEGORY,
    COL_CLIENT,
    COL_ID,
    COL_OPENED,
    COL_OWNER,
    COL_SCIN,
    COL_STATUS,
    COL_SUB_STATUS,
    COL_WAIT,
    WorkQueueModel,
)
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import QueueFilter

#: Column widths in pixels at 96 dpi; fixed so a million rows are never measured.
_WIDTHS = {
    COL_ID: 60,
    COL_CLIENT: 170,
    COL_SCIN: 105,
    COL_CATEGORY: 130,
    COL_STATUS: 85,
    COL_SUB_STATUS: 180,
    COL_WAIT: 85,
    COL_OPENED: 85,
    COL_AGE: 75,
    COL_OWNER: 100,
}
TEXT_FILTER_DELAY_MS = 250


class WorkQueueView(ClientView):
    """The user's service requests; opening a row asks for its activity plan."""

    title = "Work Queue"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_WorkQueueView()
        self.ui.setupUi(self)
        self._status_checks = {
            SrStatus.OPEN: self.ui.statusOpenCheck,
            SrStatus.IN_PROGRESS: self.ui.statusInProgressCheck,
            SrStatus.WAIT: self.ui.statusWaitCheck,
            SrStatus.CLOSED: self.ui.statusClosedCheck,
            SrStatus.CANCELLED: self.ui.statusCancelledCheck,
        }
        self.model = WorkQueueModel(ctx, self._current_filter(), self)
        table = self.ui.queueTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        # The view calls model.sort(), which orders in SQL (never a proxy over Python rows).
        table.setSortingEnabled(True)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.doubleClicked.connect(self._open_index)
        table.installEventFilter(self)
        self.ui.openButton.clicked.connect(self.open_current)

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_FILTER_DELAY_MS)
        self._text_timer.timeout.connect(self.apply_filter)
        self.ui.textFilterEdit.textChanged.connect(self._text_timer.start)
        self.ui.textFilterEdit.returnPressed.connect(self.apply_filter)
        for check in self._status_checks.values():
            check.toggled.connect(self.apply_filter)
        self.ui.overdueCheck.toggled.connect(self.apply_filter)
        self.ui.ownerCombo.currentIndexChanged.connect(self.apply_filter)
        self.model.modelReset.connect(self._update_count)
        self.model.load_failed.connect(self.status_message)
        self._update_count()

    # ----------------------------------------------------------------- filter

    def _current_filter(self) -> QueueFilter:
        statuses = tuple(s for s, check in self._status_checks.items() if check.isChecked())
        mine = self.ui.ownerCombo.currentIndex() == 0
        return QueueFilter(
            owner=self.ctx.user if mine else None,
            statuses=statuses,
            text=self.ui.textFilterEdit.text().strip() or None,
            overdue_only=self.ui.overdueCheck.isChecked(),
        )

    def apply_filter(self) -> None:
        """Read the queue again with the filter as the controls now show it."""
        self._text_timer.stop()
        self.model.set_filter(self._current_filter())

    def _update_count(self) -> None:
        if self.model.counting:
            self.ui.countLabel.setText("Counting…")
            return
        count = self.model.rowCount()
        noun = "service request" if count == 1 else "service requests"
        self.ui.countLabel.setText(f"{count:,} {noun}")

    # ----------------------------------------------------------------- opening

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.queueTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        sr_id = self.model.sr_id_at(index.row()) if index.isValid() else None
        if sr_id is not None:
            self.open_service_request.emit(sr_id)

    def selected_contact_id(self) -> int | None:
        """The client of the selected row, if a row is selected."""
        index = self.ui.queueTable.currentIndex()
        found = self.model.row_at(index.row()) if index.isValid() else None
        return found.contact_id if found else None

    def open_current(self) -> None:
        """Open the selected service request's activity plan."""
        self._open_index(self.ui.queueTable.currentIndex())

    # ----------------------------------------------------------------- ClientView

    def set_client(self, contact_id: int | None) -> None:
        # The queue is the user's work, whoever the current client is.
        super().set_client(contact_id)

    def refresh(self) -> None:
        current = self.ui.queueTable.currentIndex()
        row = current.row() if current.isValid() else -1
        self.model.reload()
        if self.model.counting:
            # Select the same row again once the count is in.
            def reselect(count: int) -> None:
                self.model.counted.disconnect(reselect)
                if 0 <= row < count:
                    self.ui.queueTable.selectRow(row)
                self.status_message.emit(f"Work queue refreshed: {count:,} shown")

            self.model.counted.connect(reselect)
            return
        if 0 <= row < self.model.rowCount():
            self.ui.queueTable.selectRow(row)
        self.status_message.emit(f"Work queue refreshed: {self.model.rowCount():,} shown")
