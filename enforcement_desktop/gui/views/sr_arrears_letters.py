"""The Activity Plan's Arrears letters tab (Arrears – Consider Action, step 5): on an Arrears
Review, the letter the procedure advises with the reason, a button to send it (CMSL6031 or
CMSL6038) and the arrears letters sent so far; on it and on the Action Missed Payment and
Disclosure SRs raised from it, CMSL5511 to a receiving parent who cannot be reached by phone;
and Maintenance payments…, the collections the advice is worked out from.

What it shows comes from one read (:func:`services.arrears_letters.arrears_letter_advice`) run
through the operation runner; the advice is the domain's, this tab decides nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QWidget

from enforcement_desktop.domain.enums import Workflow
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.arrears_letter_dialog import ArrearsLetterDialog
from enforcement_desktop.gui.dialogs.maintenance_dialog import MaintenanceDialog
from enforcement_desktop.gui.errors import clear_field_errors
from enforcement_desktop.gui.forms.ui_arrears_letters_tab import Ui_ArrearsLettersTab
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import output_folder
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import arrears_letters
from enforcement_desktop.services.arrears_letters import ArrearsLetterSent, ArrearsLettersScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

#: The SRs whose Activity Plan has the tab.
_WORKFLOWS = (Workflow.ARREARS_REVIEW, Workflow.ACTION_MISSED_PAYMENT, Workflow.DISCLOSURE)

#: The advised letter's button, with its Alt letter.
_SEND_TEXT = {
    LetterCode.CMSL6031: "Send CMSL60&31",
    LetterCode.CMSL6038: "Send CMSL60&38",
}


class ArrearsLettersPanel(QObject):
    """The Arrears letters tab of the Activity Plan.

    Args:
        view: The Activity Plan view whose SR it acts on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.tab = QWidget()
        self.ui = ui = Ui_ArrearsLettersTab()
        ui.setupUi(self.tab)
        self.tab.setObjectName("arrearsLettersTab")
        tabs = view.ui.detailTabs
        tabs.insertTab(2, self.tab, "Arrears letters")
        tabs.setTabVisible(tabs.indexOf(self.tab), False)
        tabs.currentChanged.connect(self._tab_changed)
        header = ui.lettersTable.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.sendAdvisedButton.clicked.connect(self.send_advised)
        ui.sendCmsl5511Button.clicked.connect(self.send_cmsl5511)
        ui.paymentsButton.clicked.connect(self.maintenance_payments)
        ui.overrideButton.clicked.connect(self.send_not_advised)
        #: Where the sending refusals show: beside the buttons.
        self.errors: dict[str, QLabel] = {
            field: ui.sendError for field in ("code", "override_reason", "address")
        }
        clear_field_errors(self.errors)
        self.sr: ServiceRequestDTO | None = None
        self.screen: ArrearsLettersScreen | None = None

    # ----------------------------------------------------------------- showing

    def show_sr(self, sr: ServiceRequestDTO | None) -> None:
        """Show the tab for an SR of the arrears chain, and read what it shows; else hide it."""
        tabs = self.view.ui.detailTabs
        shown = sr is not None and sr.workflow in _WORKFLOWS
        if not shown and tabs.currentWidget() is self.tab:
            tabs.setCurrentIndex(0)
        tabs.setTabVisible(tabs.indexOf(self.tab), shown)
        changed = sr is None or self.sr is None or self.sr.id != sr.id
        self.sr = sr if shown else None
        if changed:
            clear_field_errors(self.errors)
        if sr is None or not shown:
            self.screen = None
            return
        if changed:
            self.screen = None
        if tabs.currentWidget() is self.tab:
            self._read()

    def _tab_changed(self, _index: int) -> None:
        if self.view.ui.detailTabs.currentWidget() is self.tab and self.sr is not None:
            self._read()

    def _read(self) -> None:
        """Read the tab's SR (only while the tab is shown: choosing an SR stays one read)."""
        if self.sr is None:
            return
        sr_id = self.sr.id
        runner_for(self.view.ctx).run(
            Operation(
                self,
                lambda ctx: arrears_letters.arrears_letter_advice(ctx, sr_id),
                self._show,
                key="arrears_letters",
            )
        )

    def _show(self, screen: ArrearsLettersScreen) -> None:
        if self.sr is None or screen.sr_id != self.sr.id:
            return
        self.screen = screen
        ui = self.ui
        editable = not screen.read_only
        advice = screen.advice
        if advice is not None:
            ui.adviceLabel.setText(advice.reason)
        else:
            ui.adviceLabel.setText(
                "The arrears notices (CMSL6031, CMSL6038) are sent from the Arrears Review. "
                "From this service request: CMSL5511, when the receiving parent cannot be "
                "reached by phone."
            )
        advised = advice.code if advice is not None else None
        button = ui.sendAdvisedButton
        button.setVisible(advised is not None and editable)
        if advised is not None:
            button.setText(_SEND_TEXT[advised])
            button.setToolTip(
                f"Write {advised.value} to the paying parent, register it and put this Arrears "
                "Review in Wait State Arrears Notice for 7 days"
            )
        ui.sendCmsl5511Button.setVisible(editable and LetterCode.CMSL5511 in screen.sendable)
        ui.overrideButton.setVisible(editable and advice is not None)
        table = ui.lettersTable
        table.setRowCount(len(screen.letters))
        for row, letter in enumerate(screen.letters):
            cells = (
                letter.code.label,
                letter.recipient_kind.label,
                format_date(letter.sent_on),
                format_date(letter.reply_due),
                format_date(letter.reply_received_on) or "—",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        ui.paymentsLabel.setText(self._payments_text(screen))

    def _payments_text(self, screen: ArrearsLettersScreen) -> str:
        payments = screen.payments
        if not payments:
            return (
                "No collections of ongoing maintenance are recorded on this case "
                "(Maintenance payments…)."
            )
        latest = payments[0]
        count = len(payments)
        missed = sum(1 for p in payments if p.facts.missed(self.view.ctx.today()))
        return (
            f"{count} collection{'s' if count != 1 else ''} recorded, {missed} missed; the latest "
            f"due {format_date(latest.due_on)}: {latest.describe(self.view.ctx.today())}."
        )

    # ----------------------------------------------------------------- actions

    def send_advised(self) -> bool:
        """Send the letter the procedure advises (CMSL6031 or CMSL6038)."""
        screen = self.screen
        if screen is None or screen.advice is None or screen.advice.code is None:
            return False
        return self._send(screen.advice.code)

    def send_cmsl5511(self) -> bool:
        """Send CMSL5511 to the receiving parent."""
        return self._send(LetterCode.CMSL5511)

    def _send(self, code: LetterCode) -> bool:
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        folder = output_folder(view.ctx.db.url, view.output_settings)
        sr_id = sr.id

        def done(sent: ArrearsLetterSent) -> None:
            if sent.wait_until is not None:
                then = f"; the SR waits until {format_date(sent.wait_until)}"
            elif sent.reminder_due is not None:
                then = f"; reminder set for {format_date(sent.reminder_due)}"
            else:
                then = ""
            view.status_message.emit(f"{code.value} written into {folder}{then}")

        return view.write_sr(
            sr_id,
            lambda ctx: arrears_letters.send_arrears_letter(ctx, sr_id, code, folder),
            done,
            labels=self.errors,
            tab=self.tab,
            invalid=f"{code.value} not sent",
        )

    def send_not_advised(self) -> bool:
        """Open the dialog that sends CMSL6031 or CMSL6038 against the advice, with a reason;
        True when a letter was sent."""
        view = self.view
        screen = self.screen
        if screen is None or screen.advice is None:
            return False
        sr = view.act_on()
        if sr is None:
            return False
        folder = output_folder(view.ctx.db.url, view.output_settings)
        dialog = ArrearsLetterDialog(view.ctx, sr.id, screen.advice, folder, view)
        accepted = forms.run_dialog(dialog)
        sent, reload = dialog.sent, dialog.needs_reload
        dialog.deleteLater()
        if accepted and sent is not None:
            view.data_changed.emit()
            view.status_message.emit(
                f"{sent.letter.code.value} written into {folder}; the reason is in the SR notes"
            )
            view.refresh()
            return True
        if reload:
            view.refresh()
        return False

    def maintenance_payments(self) -> bool:
        """Open Maintenance payments… for the SR's case; True when a collection was recorded."""
        screen = self.screen
        if screen is None:
            return False
        dialog = MaintenanceDialog(self.view.ctx, screen.case_id, self.view)
        accepted = forms.run_dialog(dialog)
        saved = dialog.saved
        dialog.deleteLater()
        if accepted and saved is not None and self.sr is not None:
            self.view.status_message.emit(
                f"Collection due {format_date(saved.due_on)} recorded on case {saved.case_id}"
            )
            self.show_sr(self.sr)
            return True
        return False
