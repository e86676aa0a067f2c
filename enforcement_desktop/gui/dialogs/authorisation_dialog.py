"""Approve or reject a Review LO: the team leader's decision on a Liability Order referral
(Arrears - Consider Action, Initiate LO arrears action, steps 6-12)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from enforcement_desktop.domain.enums import StepOutcome
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_authorisation_dialog import Ui_AuthorisationDialog
from enforcement_desktop.services import authorisation
from enforcement_desktop.services.authorisation import Approval, ReviewLoState
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import ServiceRequestDTO


class Decision(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"


class AuthorisationDialog(ServiceDialog):
    """The checklist the case manager answered, then the approval (the enforcement team the
    case goes to, a note) or the rejection (the reason and the recommended alternative).

    Whether the user may decide is the read model's verdict; the service checks it again. After
    :meth:`exec` returns Accepted, :attr:`approval` (approve) or :attr:`refusal` (reject) holds
    the outcome.

    Args:
        ctx: Database, user and clock.
        sr: The Review LO as last read.
        state: Its state from the same read.
        decision: Approve or reject.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        sr: ServiceRequestDTO,
        state: ReviewLoState,
        decision: Decision,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_AuthorisationDialog()
        ui.setupUi(self)
        self.sr = sr
        self.state = state
        self.decision = decision
        self.approval: Approval | None = None
        self.refusal: ServiceRequestDTO | None = None
        approving = decision is Decision.APPROVE
        verb = "Approve" if approving else "Reject"
        self.setWindowTitle(f"{verb} Liability Order referral — Review LO SR {sr.id}")
        raised = escape(state.raised_by_name or state.raised_by or "not recorded")
        ui.headerLabel.setText(
            f"<b>Review LO SR {sr.id}</b> · {escape(sr.client_name)} ({sr.client_scin or ''})"
            f"<br>Raised by {raised}"
            + (f" from Arrears Review SR {state.parent_id}" if state.parent_id else "")
            + f"; opened {format_date(sr.opened_on)}."
        )
        self._show_checklist()
        ui.approveGroup.setVisible(approving)
        ui.rejectGroup.setVisible(not approving)
        if approving:
            ui.enforcementTeamCombo.addItems(list(state.teams))
            if state.suggested_team is not None:
                ui.enforcementTeamCombo.setCurrentText(state.suggested_team)
            else:
                ui.enforcementTeamCombo.setCurrentIndex(-1)
            self.bind_error_labels(("enforcement_team", "note"))
        else:
            self.bind_error_labels(("reason", "alternative"))
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Approve" if approving else "&Reject")
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        (ui.enforcementTeamCombo if approving else ui.reasonEdit).setFocus()

    def _show_checklist(self) -> None:
        table = self.ui.checklistTable
        headers = ("Item", "Answer", "Recorded by")
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.setRowCount(len(self.state.checklist))
        for row, item in enumerate(self.state.checklist):
            answer = item.answer or ""
            if item.outcome is StepOutcome.PENDING:
                answer = "(not answered)"
            elif not answer:
                answer = item.outcome.label
            by = item.answered_by or ""
            if item.answered_at is not None:
                by = f"{by}, {format_date(item.answered_at.date())}"
            for column, text in enumerate((item.title, answer, by)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setColumnWidth(0, 260)
        table.verticalHeader().setVisible(False)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Wrapped answers take their height from the column widths, known once shown.
        self.ui.checklistTable.resizeRowsToContents()

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        if self.decision is Decision.APPROVE:
            self.submit(self._approve_work, self._approved)
        else:
            self.submit(self._reject_work, self._rejected)

    def _approve_work(self) -> Callable[[ServiceContext], Approval]:
        sr_id, version = self.sr.id, self.sr.version
        team = self.ui.enforcementTeamCombo.currentText()
        note = self.ui.noteEdit.toPlainText()
        return lambda ctx: authorisation.approve_review_lo(
            ctx, sr_id, version, enforcement_team=team, note=note
        )

    def _approved(self, approval: Approval) -> None:
        self.approval = approval

    def _reject_work(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        sr_id, version = self.sr.id, self.sr.version
        reason = self.ui.reasonEdit.toPlainText()
        alternative = self.ui.alternativeEdit.toPlainText()
        return lambda ctx: authorisation.reject_review_lo(
            ctx, sr_id, version, reason=reason, alternative=alternative
        )

    def _rejected(self, sr: ServiceRequestDTO) -> None:
        self.refusal = sr
