"""Activity Plan: one service request's header, status, steps, enforce form, notes, assets and
documents, and the list of the client's service requests to pick from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    CriminalOffence,
    EmploymentStatus,
    Power,
    SrStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
    CloseBailiffDialog,
    HoldDialog,
    OutcomeDialog,
    RecordSentDialog,
    output_folder,
)
from enforcement_desktop.gui.errors import (
    ERROR_STYLE,
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services import assets, bailiff, cases, notes, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext

COL_POSITION, COL_TITLE, COL_OUTCOME, COL_REASON, COL_BY, COL_AT = range(6)
_STEP_HEADERS = ("#", "Step", "Outcome", "Reason / notes", "Completed by", "Completed on")

#: Enumerations behind the enforce form's drop-downs.
_FORM_ENUMS: dict[str, type[Enum]] = {
    "nrp_employment_status": EmploymentStatus,
    "bailiff_outcome": BailiffOutcome,
    "bailiff_outcome_type": BailiffOutcomeType,
    "criminal_offence": CriminalOffence,
    "chosen_power": Power,
}
#: Yes / No / not answered fields.
_FORM_TRISTATE = ("evidence_of_criminal_activity", "continue_data_gathering")
#: Which groups of the enforce form each kind of SR shows.
_BAILIFF_GROUPS = ("bailiffPrepGroup", "onHoldGroup", "sentGroup", "outcomeGroup", "appealGroup")
_DECIDE_GROUPS = ("decideGroup", "appealGroup")
_ALL_GROUPS = (*_BAILIFF_GROUPS, "decideGroup")


def _label(value: Any) -> str:
    return str(getattr(value, "label", value))


def _needs_wait_date(status: SrStatus | None) -> bool:
    return status is not None and "wait_date" in workflows.required_fields_for(status)


class ActivityPlanView(ClientView):
    """The activity plan of one service request, chosen from the client's list or opened from the
    work queue (:meth:`show_service_request`)."""

    title = "Activity Plan"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ActivityPlanView()
        self.ui.setupUi(self)
        self.sr: srs.ServiceRequestDTO | None = None
        self._steps: dict[int, srs.StepDTO] = {}
        self._step_widgets: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._form_loaded: srs.EnforceFormInput | None = None
        self._loading = False

        self._setup_steps_table()
        self._setup_form()
        self._setup_status_controls()
        ui = self.ui
        for label in (
            ui.loError,
            ui.statusError,
            ui.subStatusError,
            ui.waitDateError,
            ui.newNoteError,
            ui.assetError,
        ):
            label.setStyleSheet(ERROR_STYLE)
        ui.statusError.setProperty("errorFor", ui.statusCombo)
        ui.subStatusError.setProperty("errorFor", ui.subStatusCombo)
        ui.waitDateError.setProperty("errorFor", ui.waitDateEdit)
        ui.newNoteError.setProperty("errorFor", ui.newNoteEdit)
        ui.loError.setProperty("errorFor", ui.loCombo)
        ui.assetError.setProperty("errorFor", ui.assetCombo)
        self._status_errors = {
            "status": ui.statusError,
            "sub_status": ui.subStatusError,
            "wait_date": ui.waitDateError,
            "resolution_code": ui.statusError,
            GENERAL_FIELD: ui.statusError,
        }
        self._note_errors = {"text": ui.newNoteError, GENERAL_FIELD: ui.newNoteError}
        self._lo_errors = {"order_id": ui.loError, GENERAL_FIELD: ui.loError}
        self._asset_errors = {
            "asset_id": ui.assetError,
            "service_request_id": ui.assetError,
            GENERAL_FIELD: ui.assetError,
        }

        ui.srList.currentItemChanged.connect(self._sr_list_changed)
        ui.newSrButton.clicked.connect(self._new_service_request)
        ui.associateLoButton.clicked.connect(self.associate_lo)
        ui.applyStatusButton.clicked.connect(self.apply_status)
        ui.addNoteButton.clicked.connect(self.add_note)
        ui.linkAssetButton.clicked.connect(self.link_asset)
        ui.unlinkAssetButton.clicked.connect(self.unlink_asset)
        ui.openDocumentButton.clicked.connect(self.open_document)
        ui.documentsTree.itemActivated.connect(lambda *_: self.open_document())
        ui.saveButton.clicked.connect(self.save)
        ui.discardButton.clicked.connect(self.discard_changes)
        ui.cmel8011Button.clicked.connect(self.send_cmel8011)
        ui.preparePackButton.clicked.connect(self.prepare_pack)
        ui.recordSentButton.clicked.connect(self.record_sent)
        ui.holdButton.clicked.connect(self.put_on_hold)
        ui.resumeButton.clicked.connect(self.resume_bailiff)
        ui.recordOutcomeButton.clicked.connect(self.record_outcome)
        ui.cmel8039Button.clicked.connect(self.send_cmel8039)
        ui.closeBailiffButton.clicked.connect(self.close_bailiff)
        #: Where packs and letters go is remembered here (None: the user's QSettings).
        self.output_settings: QSettings | None = None
        ui.newNoteEdit.textChanged.connect(self._edited)
        ui.planSplitter.setStretchFactor(0, 0)
        ui.planSplitter.setStretchFactor(1, 1)
        ui.planSplitter.setSizes([230, 870])
        self._show_sr(None)

    # ----------------------------------------------------------------- set-up

    def _setup_steps_table(self) -> None:
        table = self.ui.stepsTable
        table.setColumnCount(len(_STEP_HEADERS))
        table.setHorizontalHeaderLabels(list(_STEP_HEADERS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_POSITION, 30),
            (COL_OUTCOME, 150),
            (COL_REASON, 230),
            (COL_BY, 100),
            (COL_AT, 100),
        ):
            table.setColumnWidth(column, width)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)

    def _setup_form(self) -> None:
        self._form_widgets: dict[str, QWidget] = {}
        self._form_errors: dict[str, QLabel] = {}
        for f in fields(srs.EnforceFormInput):
            widget = self.findChild(QWidget, f"ef_{f.name}")
            error = self.findChild(QLabel, f"ef_{f.name}_error")
            assert widget is not None and error is not None, f.name  # the .ui defines them all
            self._form_widgets[f.name] = widget
            self._form_errors[f.name] = error
            error.setStyleSheet(ERROR_STYLE)
            error.setProperty("errorFor", widget)
            if f.name in _FORM_ENUMS and isinstance(widget, QComboBox):
                widget.addItem("", None)
                for member in _FORM_ENUMS[f.name]:
                    widget.addItem(_label(member), member)
                widget.currentIndexChanged.connect(self._edited)
            elif f.name in _FORM_TRISTATE and isinstance(widget, QComboBox):
                widget.addItem("", None)
                widget.addItem("Yes", True)
                widget.addItem("No", False)
                widget.currentIndexChanged.connect(self._edited)
            elif isinstance(widget, OptionalDateEdit):
                widget.dateChanged.connect(self._edited)
            elif isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(self._edited)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self._edited)
        self._form_errors[GENERAL_FIELD] = self.ui.formHintLabel

    def _setup_status_controls(self) -> None:
        ui = self.ui
        ui.statusCombo.currentIndexChanged.connect(self._status_choice_changed)
        ui.subStatusCombo.currentIndexChanged.connect(self._sub_status_choice_changed)

    # ----------------------------------------------------------------- ClientView

    def set_client(self, contact_id: int | None) -> None:
        changed = contact_id != self.contact_id
        super().set_client(contact_id)
        self._fill_sr_list()
        if changed or (self.sr is not None and self.sr.case_id not in self._case_ids):
            # Start on the client's most recent service request still open for work.
            first_open = self._first_open_sr_id()
            if first_open is not None:
                self.show_service_request(first_open)
            else:
                self._show_sr(None)

    def refresh(self) -> None:
        sr_id = self.sr.id if self.sr else None
        self._fill_sr_list()
        if sr_id is not None:
            self.show_service_request(sr_id)

    def has_unsaved_changes(self) -> bool:
        if self.sr is None:
            return False
        return bool(
            self._changed_steps()
            or self._form_changed()
            or self.ui.newNoteEdit.toPlainText().strip()
        )

    def discard_changes(self) -> None:
        self.ui.newNoteEdit.clear()
        self.refresh()

    def save(self) -> bool:
        """Save the enforce form, then each changed step; stop at the first refusal."""
        sr = self.sr
        if sr is None or sr.read_only:
            return True
        saved: list[str] = []
        clear_field_errors(self._form_errors)
        if self._form_changed():
            if not self._save_form():
                return False
            saved.append("enforce form")
        count = 0
        for step, outcome, reason in self._changed_steps():
            try:
                updated = srs.update_step(self.ctx, step.id, step.version, outcome, reason)
            except DomainError as exc:
                self._mark_step(step.id, str(exc))
                if count:
                    self.data_changed.emit()
                handle_service_error(self, exc, reload=self.refresh)
                self.status_message.emit(
                    f"Step “{step.title}” not saved"
                    + (f"; {count} saved before it" if count else "")
                )
                return False
            self._steps[updated.id] = updated
            self._mark_step(step.id, None)
            count += 1
        if count:
            saved.append(f"{count} step{'s' if count != 1 else ''}")
        if self.ui.newNoteEdit.toPlainText().strip():
            if not self.add_note():
                return False
            saved.append("note")
        self.show_service_request(sr.id)
        if saved:
            self.data_changed.emit()
            self.status_message.emit(f"Service request {sr.id}: saved " + ", ".join(saved))
        else:
            self.status_message.emit("Nothing to save")
        return True

    # ----------------------------------------------------------------- the SR list

    def _fill_sr_list(self) -> None:
        self._case_ids: list[int] = []
        self._open_sr_ids: list[int] = []
        self._loading = True
        srlist = self.ui.srList
        srlist.clear()
        if self.contact_id is None:
            self._loading = False
            self.ui.newSrButton.setEnabled(False)
            return
        self.ui.newSrButton.setEnabled(True)
        for case in cases.cases_for_contact(self.ctx, self.contact_id):
            self._case_ids.append(case.id)
            for sr in srs.list_for_case(self.ctx, case.id):
                wait = f" · wait {format_date(sr.wait_until)}" if sr.wait_until else ""
                item = QListWidgetItem(
                    f"SR {sr.id} · {sr.sub_area}\n{sr.status.label}"
                    f"{' · ' + sr.sub_status if sr.sub_status else ''}{wait}"
                )
                item.setData(Qt.ItemDataRole.UserRole, sr.id)
                item.setToolTip(
                    f"{sr.category}\nOpened {format_date(sr.opened_on)}, case "
                    f"{case.id} ({case.region})"
                )
                if sr.read_only:
                    item.setForeground(self.palette().placeholderText())
                else:
                    self._open_sr_ids.append(sr.id)
                srlist.addItem(item)
                if self.sr is not None and sr.id == self.sr.id:
                    srlist.setCurrentItem(item)
        if srlist.count() == 0:
            item = QListWidgetItem("No service requests yet")
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            srlist.addItem(item)
        self._loading = False

    def _first_open_sr_id(self) -> int | None:
        return next(iter(self._open_sr_ids), None)

    def _sr_list_changed(self, current: QListWidgetItem | None, previous: Any) -> None:
        if self._loading or current is None:
            return
        sr_id = current.data(Qt.ItemDataRole.UserRole)
        if sr_id is None or (self.sr is not None and self.sr.id == sr_id):
            return
        if self.has_unsaved_changes() and not self._confirm_leave_sr():
            self._select_in_list(self.sr.id if self.sr else None)
            return
        self.show_service_request(int(sr_id))

    def _confirm_leave_sr(self) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Service request {self.sr.id if self.sr else ''} has changes that are not saved.\n\n"
            "Save them before you open another?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.ui.newNoteEdit.clear()
            return True
        return False

    def _select_in_list(self, sr_id: int | None) -> None:
        self._loading = True
        for row in range(self.ui.srList.count()):
            item = self.ui.srList.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == sr_id:
                self.ui.srList.setCurrentItem(item)
                break
        else:
            self.ui.srList.clearSelection()
        self._loading = False

    def _new_service_request(self) -> None:
        if self.contact_id is None:
            return
        from enforcement_desktop.gui.dialogs.new_service_request_dialog import (
            NewServiceRequestDialog,
        )

        dialog = NewServiceRequestDialog(self.ctx, self.contact_id, self)
        if forms.run_dialog(dialog) and dialog.created is not None:
            self.data_changed.emit()
            self.status_message.emit(
                f"Service request {dialog.created.id} ({dialog.created.sub_area}) opened"
            )
            self.open_service_request.emit(dialog.created.id)

    # ----------------------------------------------------------------- one SR

    def show_service_request(self, sr_id: int) -> None:
        """Load and show one service request (its client's list stays on the left)."""
        sr = srs.get_service_request(self.ctx, sr_id)
        self._show_sr(sr)
        self._select_in_list(sr.id)

    def _show_sr(self, sr: srs.ServiceRequestDTO | None) -> None:
        self._loading = True
        try:
            self.sr = sr
            ui = self.ui
            ui.srDetail.setVisible(sr is not None)
            ui.emptyLabel.setVisible(sr is None)
            if sr is None:
                ui.emptyLabel.setText(
                    "Choose a service request from the list, or open one from the work queue."
                    if self.contact_id is not None
                    else "No client open. Find a client, or open a service request from the "
                    "work queue."
                )
                self._steps = {}
                self._form_loaded = None
                return
            for labels in (
                self._status_errors,
                self._note_errors,
                self._lo_errors,
                self._asset_errors,
                self._form_errors,
            ):
                clear_field_errors(labels)
            self._show_header(sr)
            self._show_status_controls(sr)
            self._show_steps(sr)
            self._show_form(sr)
            self._show_notes(sr)
            self._show_assets(sr)
            self._show_documents(sr)
            self._show_bailiff_actions(sr)
            self._apply_read_only(sr)
        finally:
            self._loading = False
        self._edited()

    def _show_header(self, sr: srs.ServiceRequestDTO) -> None:
        ui = self.ui
        ui.headerGroup.setTitle(f"Service request {sr.id} — {sr.client_name} ({sr.client_scin})")
        ui.categoryValue.setText(f"<b>{sr.category}</b>")
        ui.srIdValue.setText(str(sr.id))
        ui.statusValue.setText(f"<b>{sr.status.label}</b>")
        ui.subStatusValue.setText(sr.sub_status or "—")
        overdue = sr.is_overdue(self.ctx.today())
        wait = format_date(sr.wait_until) or "—"
        ui.waitValue.setText(
            f"<span style='color:#b00020'><b>{wait} (overdue)</b></span>" if overdue else wait
        )
        ui.ownerValue.setText(sr.owner or "—")
        ui.openedValue.setText(format_date(sr.opened_on))
        ui.closedValue.setText(format_date(sr.closed_on) or "—")
        ui.loValue.setText(sr.order_reference or "None")
        combo = ui.loCombo
        combo.clear()
        los = [o for o in orders.list_orders(self.ctx, sr.case_id) if o.sr_association.allowed]
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

    def _show_status_controls(self, sr: srs.ServiceRequestDTO) -> None:
        ui = self.ui
        combo = ui.statusCombo
        combo.blockSignals(True)
        combo.clear()
        allowed = sr.allowed_statuses
        combo.addItem("Choose…", None)
        for status in allowed:
            combo.addItem(status.label, status)
        combo.blockSignals(False)
        self._status_choice_changed()
        if allowed:
            hint = (
                "Allowed from " + sr.status.label + ": " + ", ".join(s.label for s in allowed) + "."
            )
            if sr.status == SrStatus.OPEN:
                hint += " In Progress generates the activity plan."
        else:
            hint = ""
        ui.statusHintLabel.setText(hint)

    def _status_choice_changed(self, *_: Any) -> None:
        ui = self.ui
        status = self._chosen_status()
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
        needs_wait = _needs_wait_date(status)
        ui.waitDateEdit.setEnabled(needs_wait)
        ui.waitDateLabel.setEnabled(needs_wait)
        if not needs_wait:
            ui.waitDateEdit.clear_value()
        ui.subStatusCombo.setEnabled(sub.count() > 1)
        ui.applyStatusButton.setEnabled(isinstance(status, SrStatus))
        ui.applyStatusButton.setDefault(isinstance(status, SrStatus))

    def _chosen_status(self) -> SrStatus | None:
        # Qt hands a str-based enum back as a plain str: turn it back into the enum.
        data = self.ui.statusCombo.currentData()
        return SrStatus(data) if data is not None else None

    def _sub_status_choice_changed(self, *_: Any) -> None:
        """Suggest the wait date the procedure sets for this sub status (the user may change it)."""
        ui = self.ui
        if self._chosen_status() != SrStatus.WAIT or self.sr is None:
            return
        wait = self.sr.wait_for(ui.subStatusCombo.currentData())
        if wait is not None:
            ui.waitDateEdit.set_value(wait.period.until)
            ui.statusHintLabel.setText(wait.hint)

    def _show_steps(self, sr: srs.ServiceRequestDTO) -> None:
        table = self.ui.stepsTable
        table.clearContents()
        table.setRowCount(len(sr.steps))
        self._steps = {s.id: s for s in sr.steps}
        self._step_widgets = {}
        for row, step in enumerate(sr.steps):
            position = QTableWidgetItem(str(step.position))
            position.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, COL_POSITION, position)
            title = QTableWidgetItem(step.title)
            title.setToolTip(step.guidance)
            table.setItem(row, COL_TITLE, title)
            outcome = QComboBox()
            outcome.setAccessibleName(f"Outcome of step {step.position}: {step.title}")
            outcome.setToolTip(step.guidance)
            outcome.addItem(StepOutcome.PENDING.label, StepOutcome.PENDING)
            for choice in step.allowed_outcomes:
                outcome.addItem(choice.label, choice)
            if outcome.findData(step.outcome) < 0:
                outcome.addItem(step.outcome.label, step.outcome)
            outcome.setCurrentIndex(outcome.findData(step.outcome))
            outcome.currentIndexChanged.connect(self._edited)
            table.setCellWidget(row, COL_OUTCOME, outcome)
            reason = QLineEdit(step.reason or "")
            reason.setAccessibleName(f"Reason for step {step.position}: {step.title}")
            reason.setPlaceholderText("reason or notes")
            reason.setFrame(False)
            reason.textChanged.connect(self._edited)
            table.setCellWidget(row, COL_REASON, reason)
            table.setItem(row, COL_BY, QTableWidgetItem(step.completed_by or ""))
            table.setItem(
                row,
                COL_AT,
                QTableWidgetItem(
                    format_date(step.completed_at.date()) if step.completed_at else ""
                ),
            )
            self._step_widgets[step.id] = (outcome, reason)
        if sr.steps:
            done = sum(1 for s in sr.steps if s.outcome != StepOutcome.PENDING)
            self.ui.planHintLabel.setText(
                f"{done} of {len(sr.steps)} steps recorded. Hover over a step for guidance; "
                "Ctrl+S saves."
            )
        elif sr.status == SrStatus.OPEN:
            self.ui.planHintLabel.setText(
                "No activity plan yet: set the status to In Progress to generate it."
            )
        else:
            self.ui.planHintLabel.setText("This service request has no activity plan.")

    def _changed_steps(self) -> list[tuple[srs.StepDTO, StepOutcome, str | None]]:
        changed = []
        for step_id, (combo, line) in self._step_widgets.items():
            step = self._steps[step_id]
            outcome = StepOutcome(combo.currentData())
            reason = line.text().strip() or None
            if outcome != step.outcome or reason != (step.reason or None):
                changed.append((step, outcome, reason))
        return sorted(changed, key=lambda c: c[0].position)

    def _mark_step(self, step_id: int, error: str | None) -> None:
        widgets = self._step_widgets.get(step_id)
        if widgets is None:
            return
        combo, line = widgets
        combo.setStyleSheet("QComboBox { border: 2px solid #b00020; }" if error else "")
        combo.setToolTip(f"Not saved: {error}" if error else self._steps[step_id].guidance)
        combo.setAccessibleDescription(f"Error: {error}" if error else "")

    # ----------------------------------------------------------------- enforce form

    def _show_form(self, sr: srs.ServiceRequestDTO) -> None:
        ui = self.ui
        form = sr.enforce_form
        ui.detailTabs.setTabVisible(ui.detailTabs.indexOf(ui.formTab), form is not None)
        if form is None:
            self._form_loaded = None
            return
        visible = _BAILIFF_GROUPS if sr.workflow == Workflow.BAILIFF else _DECIDE_GROUPS
        for name in _ALL_GROUPS:
            group = self.findChild(QWidget, name)
            if group is not None:
                group.setVisible(name in visible)
        ui.formHintLabel.setText(
            f"The {sr.workflow.label} enforce form. Money as £1,234.56, dates as dd/mm/yyyy. "
            "Saved with the plan (Ctrl+S)."
        )
        ui.formHintLabel.setStyleSheet("")
        self._form_loaded = form.values
        for name, widget in self._form_widgets.items():
            self._set_form_value(widget, getattr(form.values, name))

    @staticmethod
    def _set_form_value(widget: QWidget, value: Any) -> None:
        if isinstance(widget, MoneyEdit | OptionalDateEdit):
            widget.set_value(value)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            widget.setCurrentIndex(index if index >= 0 else 0)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")

    def _read_form(self) -> tuple[srs.EnforceFormInput, dict[str, str]]:
        """The form as typed, and the fields whose text is not a value at all."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, widget in self._form_widgets.items():
            if isinstance(widget, MoneyEdit | OptionalDateEdit):
                problem = widget.parse_error()
                if problem:
                    problems[name] = problem
                    values[name] = None
                else:
                    values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                enum_cls = _FORM_ENUMS.get(name)
                values[name] = enum_cls(data) if enum_cls is not None and data is not None else data
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip() or None
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip() or None
        return srs.EnforceFormInput(**values), problems

    def _form_changed(self) -> bool:
        if self._form_loaded is None:
            return False
        current, problems = self._read_form()
        if problems:
            return True
        return _normalised(current) != _normalised(self._form_loaded)

    def _save_form(self) -> bool:
        sr = self.sr
        assert sr is not None and sr.enforce_form is not None
        data, problems = self._read_form()
        if problems:
            show_field_errors(self._form_errors, ValidationError(problems))
            self._show_tab(self.ui.formTab)
            self.status_message.emit("Enforce form not saved: correct the fields shown in red")
            return False
        try:
            srs.update_enforce_form(self.ctx, sr.id, sr.enforce_form.version, data)
        except ValidationError as exc:
            show_field_errors(self._form_errors, exc)
            self._show_tab(self.ui.formTab)
            self.status_message.emit("Enforce form not saved: correct the fields shown in red")
            return False
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            return False
        return True

    def _show_tab(self, tab: QWidget) -> None:
        self.ui.detailTabs.setCurrentWidget(tab)

    # ----------------------------------------------------------------- status

    def apply_status(self) -> bool:
        """Move the SR to the status chosen (saving pending edits first)."""
        sr = self.sr
        ui = self.ui
        status = self._chosen_status()
        if sr is None or status is None:
            return False
        pending = bool(self._changed_steps() or self._form_changed())
        if pending and not self.save():
            return False
        sr = self.sr
        assert sr is not None
        clear_field_errors(self._status_errors)
        try:
            # Read inside the try: a wait date that is not a date is shown under the field.
            wait = ui.waitDateEdit.value() if _needs_wait_date(status) else None
            updated = srs.change_status(
                self.ctx,
                sr.id,
                sr.version,
                status,
                sub_status=ui.subStatusCombo.currentData(),
                wait_until=wait,
            )
        except ValidationError as exc:
            show_field_errors(self._status_errors, exc)
            self.status_message.emit("Status not changed: see the message under the field")
            return False
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            self.status_message.emit("Status not changed")
            return False
        message = f"Service request {updated.id} is now {updated.status.label}"
        if status == SrStatus.IN_PROGRESS and updated.steps and not sr.steps:
            message += f": activity plan of {len(updated.steps)} steps generated"
            self._show_tab(ui.planTab)
        self._fill_sr_list()
        self._show_sr(updated)
        self._select_in_list(updated.id)
        self.data_changed.emit()
        self.status_message.emit(message)
        return True

    # ----------------------------------------------------------------- LO, notes, assets, docs

    def associate_lo(self) -> bool:
        sr = self.sr
        order_id = self.ui.loCombo.currentData()
        if sr is None or order_id is None:
            return False
        clear_field_errors(self._lo_errors)
        try:
            updated = srs.associate_order(self.ctx, sr.id, sr.version, int(order_id))
        except ValidationError as exc:
            show_field_errors(self._lo_errors, exc)
            return False
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            return False
        self._keep_edits_and_reload(updated.id)
        self.data_changed.emit()
        self.status_message.emit(f"LO {updated.order_reference} associated with SR {updated.id}")
        return True

    def _keep_edits_and_reload(self, sr_id: int) -> None:
        """Reload the SR after a change made elsewhere on it, keeping unsaved step edits."""
        edits = {sid: (c.currentData(), ln.text()) for sid, (c, ln) in self._step_widgets.items()}
        note = self.ui.newNoteEdit.toPlainText()
        form, problems = self._read_form() if self._form_loaded is not None else (None, {})
        self.show_service_request(sr_id)
        self._loading = True
        for sid, (outcome, reason) in edits.items():
            widgets = self._step_widgets.get(sid)
            if widgets:
                widgets[0].setCurrentIndex(max(widgets[0].findData(outcome), 0))
                widgets[1].setText(reason)
        if form is not None and not problems and self._form_loaded is not None:
            for name, widget in self._form_widgets.items():
                self._set_form_value(widget, getattr(form, name))
        self.ui.newNoteEdit.setPlainText(note)
        self._loading = False
        self._edited()

    def _show_notes(self, sr: srs.ServiceRequestDTO) -> None:
        notes_list = self.ui.notesList
        notes_list.clear()
        found = notes.list_notes(self.ctx, service_request_id=sr.id)
        for note in found:
            when = note.created_at.strftime("%d/%m/%Y %H:%M")
            notes_list.addItem(QListWidgetItem(f"{when} · {note.author}\n{note.text}"))
        self._set_tab_count(self.ui.notesTab, "Notes", len(found))

    def add_note(self) -> bool:
        sr = self.sr
        if sr is None:
            return False
        clear_field_errors(self._note_errors)
        try:
            notes.add_note(self.ctx, self.ui.newNoteEdit.toPlainText(), service_request_id=sr.id)
        except ValidationError as exc:
            self._show_tab(self.ui.notesTab)
            show_field_errors(self._note_errors, exc)
            return False
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            return False
        self._loading = True
        self.ui.newNoteEdit.clear()
        self._loading = False
        self._show_notes(sr)
        self._edited()
        self.status_message.emit(f"Note added to service request {sr.id}")
        return True

    def _show_assets(self, sr: srs.ServiceRequestDTO) -> None:
        ui = self.ui
        ui.linkedAssetsList.clear()
        for linked in sr.assets:
            item = QListWidgetItem(linked.description)
            item.setData(Qt.ItemDataRole.UserRole, linked.asset_id)
            ui.linkedAssetsList.addItem(item)
        ui.assetCombo.clear()
        client = self.contact_id
        available = []
        if client is not None:
            try:
                case = cases.get_case(self.ctx, sr.case_id)
                available = [
                    a
                    for a in assets.list_assets(self.ctx, case.paying_parent_id)
                    if assets.link_verdict(a, sr.id, sr.status).link.allowed
                ]
            except DomainError:
                available = []
        for asset in available:
            value = f" · {format_money(asset.estimated_value)}" if asset.estimated_value else ""
            ui.assetCombo.addItem(
                f"{asset.asset_type.label}: {asset.description or '—'}{value}", asset.id
            )
        editable = not sr.read_only
        ui.assetCombo.setEnabled(editable and bool(available))
        ui.linkAssetButton.setEnabled(editable and bool(available))
        ui.unlinkAssetButton.setEnabled(editable and bool(sr.assets))
        self._set_tab_count(ui.assetsTab, "Assets", len(sr.assets))

    def link_asset(self) -> bool:
        sr = self.sr
        asset_id = self.ui.assetCombo.currentData()
        if sr is None or asset_id is None:
            return False
        clear_field_errors(self._asset_errors)
        return self._change_asset_link(
            sr.id,
            lambda: assets.link_asset_to_sr(self.ctx, sr.id, int(asset_id)),
            "Asset associated with",
        )

    def unlink_asset(self) -> bool:
        sr = self.sr
        item = self.ui.linkedAssetsList.currentItem()
        if sr is None or item is None:
            self.status_message.emit("Choose an associated asset to remove first")
            return False
        asset_id = int(item.data(Qt.ItemDataRole.UserRole))
        return self._change_asset_link(
            sr.id,
            lambda: assets.unlink_asset_from_sr(self.ctx, sr.id, asset_id),
            "Asset no longer associated with",
        )

    def _change_asset_link(self, sr_id: int, call: Callable[[], object], done: str) -> bool:
        """Run a link or unlink; a field error shows on the Assets tab, a refusal in words."""
        try:
            call()
        except ValidationError as exc:
            self._show_tab(self.ui.assetsTab)
            show_field_errors(self._asset_errors, exc)
            return False
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            return False
        self._keep_edits_and_reload(sr_id)
        self.data_changed.emit()
        self.status_message.emit(f"{done} service request {sr_id}")
        return True

    def _show_documents(self, sr: srs.ServiceRequestDTO) -> None:
        tree = self.ui.documentsTree
        tree.clear()
        for doc in sr.documents:
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
        self.ui.openDocumentButton.setEnabled(bool(sr.documents))
        self._set_tab_count(self.ui.documentsTab, "Documents", len(sr.documents))

    def open_document(self) -> bool:
        item = self.ui.documentsTree.currentItem() or self.ui.documentsTree.topLevelItem(0)
        if item is None:
            return False
        path = str(item.data(0, Qt.ItemDataRole.UserRole))
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(path))
        self.status_message.emit(f"Opened {path}" if opened else f"Could not open {path}")
        return bool(opened)

    # ----------------------------------------------------------------- bailiff actions

    def _show_bailiff_actions(self, sr: srs.ServiceRequestDTO) -> None:
        """Show the bailiff actions that can work in the SR's present state; explain the rest."""
        ui = self.ui
        group = ui.bailiffActionsGroup
        # The stage, and which actions belong to it and why one cannot be taken yet, are the
        # service's to say; this view only shows them.
        state = bailiff.bailiff_state(sr)
        form = sr.enforce_form.values if sr.enforce_form is not None else None
        if state is None or form is None:
            group.setVisible(False)
            return
        group.setVisible(True)
        actions = state.actions
        buttons = {
            bailiff.BailiffAction.SEND_CMEL8011: ui.cmel8011Button,
            bailiff.BailiffAction.PREPARE_PACK: ui.preparePackButton,
            bailiff.BailiffAction.RECORD_SENT: ui.recordSentButton,
            bailiff.BailiffAction.HOLD: ui.holdButton,
            bailiff.BailiffAction.RESUME: ui.resumeButton,
            bailiff.BailiffAction.RECORD_OUTCOME: ui.recordOutcomeButton,
            bailiff.BailiffAction.SEND_CMEL8039: ui.cmel8039Button,
            bailiff.BailiffAction.CLOSE: ui.closeBailiffButton,
        }
        folder = output_folder(self.output_settings)
        # Where the files go is the view's to add: the folder is a setting of this desktop.
        into_folder = {
            bailiff.BailiffAction.SEND_CMEL8011: f" into {folder}."
            + (
                f" CMEL8011 was sent on {format_date(form.cmel8011_sent_on)}; this writes it again."
                if form.cmel8011_sent_on
                else ""
            ),
            bailiff.BailiffAction.SEND_CMEL8039: f" into {folder}",
        }
        for action, button in buttons.items():
            verdict = actions[action]
            button.setVisible(verdict.shown)
            button.setEnabled(verdict.allowed)
            button.setToolTip(
                verdict.description + into_folder.get(action, "")
                if verdict.allowed
                else verdict.reason or ""
            )
            button.setAccessibleDescription(button.toolTip())

        hints: list[str] = []
        letter = actions[bailiff.BailiffAction.SEND_CMEL8011]
        if state.stage.before_referral and not letter.allowed:
            hints.append(f"{letter.reason}.")
        if state.on_hold:
            reason = f": {form.on_hold_reason}" if form.on_hold_reason else ""
            hints.insert(0, f"On hold until {format_date(sr.wait_until)}{reason}.")
        if state.stage == bailiff.BailiffStage.OUTCOME_RECEIVED:
            kind = f" ({_label(form.bailiff_outcome_type)})" if form.bailiff_outcome_type else ""
            nulla = (
                f"; Nulla Bona received on {format_date(form.nulla_bona_received_on)}"
                if form.nulla_bona_received_on
                else ""
            )
            hints.append(
                f"Outcome {_label(form.bailiff_outcome) if form.bailiff_outcome else '—'}{kind} "
                f"received on {format_date(form.bailiff_outcome_date)}{nulla}. Send CMEL8039 to "
                "the receiving parent, then close the SR."
            )
        elif state.stage == bailiff.BailiffStage.WITH_BAILIFF:
            company = f" to {form.bailiff_company}" if form.bailiff_company else ""
            hints.append(
                f"Referral sent{company} on {format_date(form.bailiff_issue_date)}"
                + (
                    f"; awaiting the bailiff's update until {format_date(sr.wait_until)}."
                    if sr.wait_until and not state.on_hold
                    else "."
                )
            )
        elif state.stage == bailiff.BailiffStage.PACK_PREPARED:
            dvs = " with a CMSF5571 DVS photo request" if form.dvs_requested else ""
            hints.append(
                f"Pack prepared on {format_date(form.pack_prepared_on)}{dvs}. Send it to the "
                "Bailiff SPOC, then record it as sent."
            )
        else:
            hints.append(
                "Validate the SR (LO, asset, CMEL8011, welfare of the child, decide next step), "
                "then prepare the pack."
            )
        hints.append(f"Packs and letters are written to {folder}.")
        ui.bailiffHintLabel.setText(" ".join(hints))

    def _before_bailiff_action(self) -> srs.ServiceRequestDTO | None:
        """The SR to act on, with pending edits saved first (None: nothing to act on)."""
        if self.sr is None:
            return None
        pending = bool(
            self._changed_steps()
            or self._form_changed()
            or self.ui.newNoteEdit.toPlainText().strip()
        )
        if pending and not self.save():
            return None
        return self.sr

    def _after_bailiff_action(self, sr_id: int, message: str) -> None:
        self._fill_sr_list()
        self.show_service_request(sr_id)
        self.data_changed.emit()
        self.status_message.emit(message)

    def _send_letters(self, code: str, send: Any) -> bool:
        sr = self._before_bailiff_action()
        if sr is None:
            return False
        folder = output_folder(self.output_settings)
        ctx = self.ctx
        try:
            documents = worker.run_with_progress(
                self, lambda: send(ctx, sr.id, folder), f"Writing {code}…"
            )
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            self.status_message.emit(f"{code} not sent")
            return False
        self._after_bailiff_action(
            sr.id,
            f"{code} written for {len(documents)} receiving parent"
            f"{'s' if len(documents) != 1 else ''} into {folder}",
        )
        self._show_tab(self.ui.documentsTab)
        return True

    def send_cmel8011(self) -> bool:
        """Write CMEL8011 to each receiving parent (refused until the LO and an asset are in)."""
        return self._send_letters("CMEL8011", bailiff.send_cmel8011)

    def send_cmel8039(self) -> bool:
        """Write CMEL8039 (the outcome) to each receiving parent."""
        return self._send_letters("CMEL8039", bailiff.send_cmel8039)

    def prepare_pack(self) -> bool:
        """Open the pack dialog for this SR's client; True when a pack was written."""
        sr = self._before_bailiff_action()
        if sr is None or not sr.client_scin:
            return False
        from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog

        dialog = BailiffPackDialog(self.ctx, sr.client_scin, self, settings=self.output_settings)
        forms.run_dialog(dialog)
        built = dialog.outcome
        dialog.deleteLater()
        if built is None:
            self.refresh()
            return False
        self._after_bailiff_action(sr.id, f"Bailiff pack written: {built.zip_path}")
        return True

    def _run_sr_dialog(
        self,
        make_dialog: Callable[[ServiceContext, srs.ServiceRequestDTO, QWidget], Any],
        message: Callable[[srs.ServiceRequestDTO], str],
    ) -> bool:
        """Open a Bailiff SR dialog on the current SR (saved first); True when it was done."""
        sr = self._before_bailiff_action()
        if sr is None:
            return False
        dialog = make_dialog(self.ctx, sr, self)
        accepted = forms.run_dialog(dialog) and dialog.result_sr is not None
        result: srs.ServiceRequestDTO | None = dialog.result_sr
        reload = dialog.needs_reload
        dialog.deleteLater()
        if accepted and result is not None:
            self._after_bailiff_action(result.id, message(result))
            return True
        if reload:
            self.refresh()
        return False

    def record_sent(self) -> bool:
        """Record the pack as sent to the bailiff: the SR waits 90 days."""
        return self._run_sr_dialog(
            RecordSentDialog,
            lambda done: (
                f"Service request {done.id} sent to the bailiff: waiting until "
                f"{format_date(done.wait_until)}"
            ),
        )

    def put_on_hold(self) -> bool:
        """Hold the bailiff action (at most 28 days, with a reason)."""
        return self._run_sr_dialog(
            HoldDialog,
            lambda done: f"Service request {done.id} on hold until {format_date(done.wait_until)}",
        )

    def resume_bailiff(self) -> bool:
        """End the hold."""
        sr = self._before_bailiff_action()
        if sr is None:
            return False
        try:
            updated = bailiff.resume(self.ctx, sr.id, sr.version)
        except DomainError as exc:
            handle_service_error(self, exc, reload=self.refresh)
            return False
        self._after_bailiff_action(
            updated.id, f"Service request {updated.id} resumed: now {updated.status.label}"
        )
        return True

    def record_outcome(self) -> bool:
        """Record the bailiff's outcome."""
        return self._run_sr_dialog(
            OutcomeDialog,
            lambda done: f"Bailiff outcome recorded on service request {done.id}",
        )

    def close_bailiff(self) -> bool:
        """Record whether costs were applied and close the SR."""
        return self._run_sr_dialog(
            CloseBailiffDialog,
            lambda done: f"Service request {done.id} closed",
        )

    def _set_tab_count(self, tab: QWidget, name: str, count: int) -> None:
        tabs = self.ui.detailTabs
        tabs.setTabText(tabs.indexOf(tab), f"{name} ({count})" if count else name)

    # ----------------------------------------------------------------- read-only, dirty state

    def _apply_read_only(self, sr: srs.ServiceRequestDTO) -> None:
        ui = self.ui
        read_only = sr.read_only
        ui.readOnlyLabel.setVisible(read_only)
        if read_only:
            ui.readOnlyLabel.setText(
                f"<b>This service request is {sr.status.label}</b>"
                f"{' (on ' + format_date(sr.closed_on) + ')' if sr.closed_on else ''} and "
                "read-only: its status, activity plan, enforce form and associations can no "
                "longer be changed. You can still add notes."
            )
        ui.statusGroup.setEnabled(not read_only)
        ui.statusGroup.setVisible(not read_only)
        for combo, line in self._step_widgets.values():
            combo.setEnabled(not read_only)
            line.setReadOnly(read_only)
        for widget in self._form_widgets.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        ui.saveButton.setVisible(not read_only)
        ui.discardButton.setVisible(not read_only)

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        dirty = self.has_unsaved_changes()
        self.ui.unsavedLabel.setText("Unsaved changes" if dirty else "")
        self.ui.saveButton.setEnabled(dirty)
        self.ui.discardButton.setEnabled(dirty)


def _normalised(form: srs.EnforceFormInput) -> dict[str, Any]:
    """Form values as compared for "changed": money to the penny, blank text as None."""
    out: dict[str, Any] = {}
    for f in fields(form):
        value = getattr(form, f.name)
        if isinstance(value, Decimal):
            value = value.quantize(Decimal("0.01"))
        elif isinstance(value, str) and not isinstance(value, Enum):
            value = value.strip() or None
        elif isinstance(value, date):
            value = value.isoformat()
        out[f.name] = value
    return out
