"""The Activity Plan's header (what the SR is, where it stands, its LO) and its status controls."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.errors import ERROR_STYLE, GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.services.screens import ServiceRequestScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO
from enforcement_desktop.services.users import UserNames


def needs_wait_date(status: SrStatus | None) -> bool:
    """Whether moving to ``status`` asks for a wait date."""
    return status is not None and "wait_date" in workflows.required_fields_for(status)


class Header(QObject):
    """The SR's identity, status, wait date, owner and dates, and the LO it acts on.

    Args:
        ui: The view's form.
        parent: The view.
    """

    def __init__(self, ui: Ui_ActivityPlanView, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        ui.loError.setStyleSheet(ERROR_STYLE)
        ui.loError.setProperty("errorFor", ui.loCombo)
        #: Where a refused LO association is explained.
        self.lo_errors = {"order_id": ui.loError, GENERAL_FIELD: ui.loError}
        #: The SR shown (None: none), for the reminder button.
        self.sr: ServiceRequestDTO | None = None
        self.names = UserNames()
        self.add_reminder_button = QPushButton("Add re&minder…", ui.headerGroup)
        self.add_reminder_button.setObjectName("addReminderButton")
        self.add_reminder_button.setToolTip(
            "Set a reminder on this service request: it shows in the Diary on its date"
        )
        self.add_reminder_button.setEnabled(False)
        ui.headerLayout.addWidget(self.add_reminder_button, 0, ui.headerLayout.columnCount())
        self.add_reminder_button.clicked.connect(self.add_reminder)

    def show(self, screen: ServiceRequestScreen, today: date) -> None:
        ui = self.ui
        sr = screen.service_request
        self.sr = sr
        self.names = screen.names
        self.add_reminder_button.setEnabled(not sr.read_only)
        ui.headerGroup.setTitle(f"Service request {sr.id} — {sr.client_name} ({sr.client_scin})")
        ui.categoryValue.setText(f"<b>{sr.category}</b>")
        ui.srIdValue.setText(str(sr.id))
        ui.statusValue.setText(f"<b>{sr.status.label}</b>")
        ui.subStatusValue.setText(sr.sub_status or "—")
        wait = format_date(sr.wait_until) or "—"
        ui.waitValue.setText(
            f"<span style='color:#b00020'><b>{wait} (overdue)</b></span>"
            if sr.is_overdue(today)
            else wait
        )
        ui.ownerValue.setText(screen.names.of(sr.owner) or "—")
        ui.ownerValue.setToolTip(screen.names.tooltip(sr.owner))
        ui.openedValue.setText(format_date(sr.opened_on))
        ui.closedValue.setText(format_date(sr.closed_on) or "—")
        ui.loValue.setText(sr.order_reference or "None")
        combo = ui.loCombo
        combo.clear()
        los = screen.orders
        for order in los:
            combo.addItem(
                f"{order.reference or f'#{order.id}'} · {order.status.label} · balance "
                f"{format_money(order.current_balance)}",
                order.id,
            )
        if sr.order_id is not None:
            index = combo.findData(sr.order_id)
            if index >= 0:
                combo.setCurrentIndex(index)
        # Offer the choice only when there is one to make: no LO yet, or another LO to switch to.
        can_associate = not sr.read_only and ((sr.order_id is None and bool(los)) or len(los) > 1)
        combo.setVisible(can_associate)
        ui.associateLoButton.setVisible(can_associate)
        if not los:
            ui.loValue.setText(f"{sr.order_reference or 'None'} (no liability order on this case)")

    def add_reminder(self) -> bool:
        """Open the reminder dialog for the SR shown; True when a reminder was saved."""
        from enforcement_desktop.gui.dialogs.reminder_dialog import ReminderDialog
        from enforcement_desktop.gui.views.base import ClientView

        view = self.parent()
        sr = self.sr
        if sr is None or not isinstance(view, ClientView):
            return False
        label = (
            f"<b>Service request {sr.id}</b> — {escape(sr.category)}<br>"
            f"{escape(sr.client_name)} ({sr.client_scin})"
        )
        dialog = ReminderDialog(view.ctx, sr.id, label, view)
        if not dialog.exec() or dialog.result_reminder is None:
            return False
        saved = dialog.result_reminder
        view.status_message.emit(
            f"Reminder set for {format_date(saved.due_on)} in {self.names.of(saved.owner)}'s diary"
        )
        view.data_changed.emit()
        return True

    def chosen_order_id(self) -> int | None:
        data = self.ui.loCombo.currentData()
        return int(data) if data is not None else None


class StatusControls(QObject):
    """The statuses the SR may move to, with the sub statuses and wait date each asks for.

    Args:
        ui: The view's form.
        parent: The view.
    """

    def __init__(self, ui: Ui_ActivityPlanView, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.sr: ServiceRequestDTO | None = None
        for label, widget in (
            (ui.statusError, ui.statusCombo),
            (ui.subStatusError, ui.subStatusCombo),
            (ui.waitDateError, ui.waitDateEdit),
        ):
            label.setStyleSheet(ERROR_STYLE)
            label.setProperty("errorFor", widget)
        #: Where a refused status change is explained, by the service's field names.
        self.errors = {
            "status": ui.statusError,
            "sub_status": ui.subStatusError,
            "wait_date": ui.waitDateError,
            "resolution_code": ui.statusError,
            GENERAL_FIELD: ui.statusError,
        }
        ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        ui.subStatusCombo.currentIndexChanged.connect(self._sub_status_chosen)

    def show(self, sr: ServiceRequestDTO) -> None:
        self.sr = sr
        ui = self.ui
        combo = ui.statusCombo
        combo.blockSignals(True)
        combo.clear()
        allowed = sr.allowed_statuses
        combo.addItem("Choose…", None)
        for status in allowed:
            combo.addItem(status.label, status)
        combo.blockSignals(False)
        self._status_chosen()
        hint = ""
        if allowed:
            hint = f"Allowed from {sr.status.label}: " + ", ".join(s.label for s in allowed) + "."
            if sr.status == SrStatus.OPEN:
                hint += " In Progress generates the activity plan."
        ui.statusHintLabel.setText(hint)

    def chosen_status(self) -> SrStatus | None:
        # Qt hands a str-based enum back as a plain str: turn it back into the enum.
        data = self.ui.statusCombo.currentData()
        return SrStatus(data) if data is not None else None

    def chosen_sub_status(self) -> Any:
        return self.ui.subStatusCombo.currentData()

    def _status_chosen(self, *_: Any) -> None:
        ui = self.ui
        status = self.chosen_status()
        sub = ui.subStatusCombo
        sub.blockSignals(True)
        sub.clear()
        sub.addItem("", None)
        if self.sr is not None and isinstance(status, SrStatus):
            for name in workflows.sub_statuses_for(self.sr.workflow, status):
                sub.addItem(name, name)
            default = workflows.default_sub_status(status)
            if default is not None:
                sub.setCurrentIndex(max(sub.findData(default), 0))
        sub.blockSignals(False)
        needs_wait = needs_wait_date(status)
        ui.waitDateEdit.setEnabled(needs_wait)
        ui.waitDateLabel.setEnabled(needs_wait)
        if not needs_wait:
            ui.waitDateEdit.clear_value()
        ui.subStatusCombo.setEnabled(sub.count() > 1)
        ui.applyStatusButton.setEnabled(isinstance(status, SrStatus))
        ui.applyStatusButton.setDefault(isinstance(status, SrStatus))

    def _sub_status_chosen(self, *_: Any) -> None:
        """Suggest the wait date the procedure sets for this sub status (the user may change it)."""
        ui = self.ui
        if self.chosen_status() != SrStatus.WAIT or self.sr is None:
            return
        wait = self.sr.wait_for(ui.subStatusCombo.currentData())
        if wait is not None:
            ui.waitDateEdit.set_value(wait.period.until)
            ui.statusHintLabel.setText(wait.hint)
