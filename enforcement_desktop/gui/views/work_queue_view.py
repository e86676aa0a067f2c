"""The work queue: the user's service requests, sorted and filtered in SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QWidget

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.gui.forms.ui_work_queue_view import Ui_WorkQueueView
from enforcement_desktop.gui.models.work_queue_model import (
    COL_AGE,
    COL_ATTENTION,
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
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets.client_banner import PvBadgeDelegate
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import QueueFilter

if TYPE_CHECKING:
    from enforcement_desktop.gui.dialogs.reassign_dialog import ReassignDialog
    from enforcement_desktop.services.service_requests import ServiceRequestDTO
    from enforcement_desktop.services.users import UserRecord, UsersScreen

#: Column widths in pixels at 96 dpi; fixed so a million rows are never measured.
_WIDTHS = {
    COL_ID: 60,
    COL_ATTENTION: 70,
    COL_CLIENT: 200,
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
#: What each choice of the "whose" combo shows.
_MINE, _EVERYONE, _TEAM = "mine", "everyone", "team"


def _current_user(ctx: ServiceContext) -> UserRecord | None:
    from enforcement_desktop.services.users import current_user

    return current_user(ctx)


def _reassign_read(ctx: ServiceContext, sr_id: int) -> tuple[ServiceRequestDTO, UsersScreen]:
    from enforcement_desktop.services.service_requests import get_service_request
    from enforcement_desktop.services.users import users_screen

    return get_service_request(ctx, sr_id), users_screen(ctx)


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
        # Visits and referrals are planned from here: the PV marker shows as in the banner.
        table.setItemDelegateForColumn(COL_CLIENT, PvBadgeDelegate(table))
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
        self._setup_users()

    # ----------------------------------------------------------------- users and teams

    def _setup_users(self) -> None:
        # Whose SRs: "Mine" and "Everyone's" from the form; a team leader also gets "My team"
        # (SRs owned by the team's users or assigned to the team) once their record is read.
        combo = self.ui.ownerCombo
        combo.setItemData(0, _MINE)
        combo.setItemData(1, _EVERYONE)
        #: The team whose queue "My team" shows (the team leader's own), once read.
        self.team: str | None = None
        #: The Reassign dialog while it is open.
        self.reassign_dialog: ReassignDialog | None = None
        table = self.ui.queueTable
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        self.reassign_action = QAction("&Reassign…", self)
        self.reassign_action.setToolTip("Give the selected service request to another user or team")
        self.reassign_action.triggered.connect(self.reassign_current)
        self.user_changed()

    def user_changed(self) -> None:
        """Read who is working again (start-up, or the login changed): "My team", own SRs."""
        runner_for(self.ctx).run(
            # On the search lane like the queue's own reads: the queue never waits behind a save.
            Operation(
                self,
                _current_user,
                self._user_read,
                lambda _exc: None,
                lane=Lane.SEARCH,
                key="user",
            )
        )

    def _user_read(self, user: UserRecord | None) -> None:
        combo = self.ui.ownerCombo
        team = user.team if user is not None and user.is_team_leader else None
        index = combo.findData(_TEAM)
        if team and index < 0:
            combo.addItem("My team", _TEAM)
        elif not team and index >= 0:
            combo.removeItem(index)
        if team:
            combo.setItemText(combo.findData(_TEAM), f"My team ({team})")
        self.team = team
        if self._current_filter() != self.model.queue_filter:
            self.apply_filter()

    def _context_menu(self, position: QPoint) -> None:
        table = self.ui.queueTable
        index = table.indexAt(position)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(self)
        open_action = menu.addAction("&Open activity plan")
        open_action.triggered.connect(self.open_current)
        menu.addAction(self.reassign_action)
        menu.popup(table.viewport().mapToGlobal(position))

    def reassign_current(self) -> None:
        """Reassign the selected service request (to a user or a team), then read again."""
        sr_id = self.model.sr_id_at(self.ui.queueTable.currentIndex().row())
        if sr_id is None:
            return
        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: _reassign_read(ctx, sr_id),
                self._open_reassign,
                key="reassign",
            )
        )

    def _open_reassign(self, read: tuple[ServiceRequestDTO, UsersScreen]) -> None:
        from enforcement_desktop.gui.dialogs.reassign_dialog import ReassignDialog

        sr, screen = read
        dialog = ReassignDialog(self.ctx, sr, screen.users, screen.teams, self)
        self.reassign_dialog = dialog

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.result_sr is not None:
                moved = dialog.result_sr
                where = moved.owner or f"team {moved.team}"
                self.status_message.emit(f"Service request {moved.id} reassigned to {where}")
            if result == QDialog.DialogCode.Accepted or dialog.needs_reload:
                self.refresh()
            self.reassign_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()

    # ----------------------------------------------------------------- filter

    def _current_filter(self) -> QueueFilter:
        statuses = tuple(s for s, check in self._status_checks.items() if check.isChecked())
        whose = self.ui.ownerCombo.currentData()
        team = getattr(self, "team", None) if whose == _TEAM else None
        return QueueFilter(
            owner=self.ctx.user if whose in (_MINE, None) and not team else None,
            team=team,
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
