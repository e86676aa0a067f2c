"""The Activity Plan's arrears panel (Arrears – Consider Action): on an Arrears Review, the
compliance options in the procedure's order with their reasons and the close-and-cancel prompt
for a DLO/NFA address, and Raise Action Missed Payment; on an Action Missed Payment SR, Request
disclosure for the Deduction Order Team and the team's outcome; on a Disclosure SR, Record DOT
outcome…; and on each, the case's RDOs and LSDOs with their compliance and RDO schedule….

Each button is enabled, or disabled with the reasons as its tooltip, from the verdicts the SR's
screen carries (:class:`services.arrears.ArrearsState`); this panel decides nothing.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QHeaderView, QPushButton, QTreeWidgetItem, QWidget

from enforcement_desktop.domain.arrears import RdoAction
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.gui.dialogs.arrears_dialogs import DotOutcomeDialog, RdoScheduleDialog
from enforcement_desktop.gui.forms.ui_arrears_actions import Ui_ArrearsActions
from enforcement_desktop.gui.forms.ui_arrears_options_tab import Ui_ArrearsOptionsTab
from enforcement_desktop.gui.views.sr_arrears_letters import ArrearsLettersPanel
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import arrears
from enforcement_desktop.services.arrears import ArrearsState
from enforcement_desktop.services.screens import ServiceRequestScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO
from enforcement_desktop.services.users import UserNames

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

_REFUSED = QColor("#b00020")
_RECOMMENDED = QColor("#1e6b30")
_WARN = {RdoAction.NEGOTIATE_AND_TELL_DOT, RdoAction.INITIATE_LO}


def _why_not(verdict: GuardResult) -> str:
    reasons = "; ".join(verdict.reasons)
    return f"Not now: {reasons}." if reasons else ""


class ArrearsActions(QObject):
    """The arrears group of the Activity Plan, in the row of action panels (after the
    authorisation group).

    Args:
        view: The Activity Plan view whose SR it acts on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.group = QGroupBox(view.ui.srDetail)
        self.ui = ui = Ui_ArrearsActions()
        ui.setupUi(self.group)
        self.group.setObjectName("arrearsActionsGroup")
        # Side by side with the other action panels: stacked, they left the plan no height
        # at 1280x800. This one is the wider: its hint names the recommended option and the chain.
        row = view.ui.actionsRow
        row.insertWidget(row.indexOf(view.ui.bailiffActionsGroup) + 1, self.group, 3)
        self.group.setVisible(False)
        # The options and the deduction orders take a tab beside the plan: the SR's detail has
        # no height to spare at 1280x800.
        self.tab = QWidget()
        self.tab_ui = tab_ui = Ui_ArrearsOptionsTab()
        tab_ui.setupUi(self.tab)
        self.tab.setObjectName("arrearsOptionsTab")
        tabs = view.ui.detailTabs
        tabs.insertTab(1, self.tab, "Arrears opt&ions")
        tabs.setTabVisible(tabs.indexOf(self.tab), False)
        header = tab_ui.optionsTree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.cancelForAddressButton.clicked.connect(self.cancel_for_address)
        ui.raiseAmpButton.clicked.connect(self.raise_amp)
        ui.requestDisclosureButton.clicked.connect(self.request_disclosure)
        ui.recordOutcomeButton.clicked.connect(self.record_outcome)
        ui.rdoScheduleButton.clicked.connect(self.rdo_schedule)
        ui.returnToMaintenanceButton.clicked.connect(self.return_to_maintenance)
        self.state: ArrearsState | None = None
        #: Who recorded the team's outcome, by name (from the SR's screen).
        self.names = UserNames()
        #: The Arrears letters tab (CMSL6031, CMSL6038, CMSL5511 and the maintenance payments).
        self.letters = ArrearsLettersPanel(view)

    def _buttons(self) -> tuple[QPushButton, ...]:
        ui = self.ui
        return (
            ui.cancelForAddressButton,
            ui.raiseAmpButton,
            ui.requestDisclosureButton,
            ui.recordOutcomeButton,
            ui.rdoScheduleButton,
            ui.returnToMaintenanceButton,
        )

    # ----------------------------------------------------------------- showing

    def show(self, screen: ServiceRequestScreen | None) -> None:
        """Show what the SR's screen carries (hidden for SRs outside the chain)."""
        state = screen.arrears if screen is not None else None
        sr = screen.service_request if screen is not None else None
        self.state = state
        self.names = screen.names if screen is not None else UserNames()
        self.letters.show_sr(sr)
        # Each SR shows only the buttons it has, hidden before the group shows: all six in one
        # row are wider than the window, and the group's layout kept that width.
        for button in self._buttons():
            button.setVisible(False)
        self.group.setVisible(state is not None)
        tabs = self.view.ui.detailTabs
        shown = state is not None and bool(state.advice or state.rdos or state.lsdos)
        if not shown and tabs.currentWidget() is self.tab:
            tabs.setCurrentIndex(0)  # back to the plan, not whichever tab comes next
        tabs.setTabVisible(tabs.indexOf(self.tab), shown)
        if state is None or sr is None:
            return
        ui, tab_ui = self.ui, self.tab_ui
        editable = not sr.read_only
        advice = state.advice
        ui.closeCancelLabel.setVisible(advice is not None and advice.close_and_cancel is not None)
        ui.closeCancelLabel.setText(advice.close_and_cancel or "" if advice is not None else "")
        tab_ui.optionsTree.setVisible(advice is not None)
        tab_ui.optionsTree.clear()
        if advice is not None:
            for option in advice.options:
                verdict = (
                    "Recommended"
                    if option.recommended
                    else ("May be considered" if option.verdict.allowed else "Not now")
                )
                item = QTreeWidgetItem([f"{option.rank}. {option.action.label}", verdict])
                colour = (
                    _RECOMMENDED
                    if option.recommended
                    else (None if option.verdict.allowed else _REFUSED)
                )
                if colour is not None:
                    item.setForeground(1, QBrush(colour))
                tab_ui.optionsTree.addTopLevelItem(item)
                for reason in option.verdict.reasons:
                    child = QTreeWidgetItem([("✓ " if reason.ok else "✗ ") + reason.message])
                    child.setToolTip(0, reason.message)
                    item.addChild(child)
                    child.setFirstColumnSpanned(True)
                item.setExpanded(True)
        if editable and advice is not None and advice.close_and_cancel:
            ui.cancelForAddressButton.setVisible(True)
            ui.cancelForAddressButton.setEnabled(True)
            ui.cancelForAddressButton.setToolTip(
                "Write the address marker in the SR notes and cancel this Arrears Review"
            )
        if editable and state.raise_amp is not None:
            self._set(
                ui.raiseAmpButton,
                state.raise_amp,
                "Raise a child Action Missed Payment SR: the paying parent's final chance to "
                "negotiate before disclosure or a Liability Order",
            )
        if editable and state.request_disclosure is not None:
            self._set(
                ui.requestDisclosureButton,
                state.request_disclosure,
                "Raise a Disclosure SR for the Deduction Order Team (the case stays with you)",
            )
        if editable and state.record_outcome is not None:
            self._set(
                ui.recordOutcomeButton,
                state.record_outcome,
                "Record whether the Deduction Order Team approves an RDO or LSDO",
            )
        if editable and state.return_to_maintenance is not None:
            self._set(
                ui.returnToMaintenanceButton,
                state.return_to_maintenance,
                "Give the compliant case back to the maintenance team (the reason goes in the "
                "SR notes)",
            )
        if state.rdos:
            ui.rdoScheduleButton.setVisible(True)
            ui.rdoScheduleButton.setEnabled(True)
            ui.rdoScheduleButton.setToolTip(
                f"Set the payment schedule of {state.rdos[0].reference or 'the RDO'}"
            )
        ui.arrearsHintLabel.setText(self._hint(state))
        tab_ui.deductionOrdersLabel.setText(self._orders(state))
        tab_ui.deductionOrdersLabel.setVisible(bool(state.rdos or state.lsdos))

    def _hint(self, state: ArrearsState) -> str:
        parts: list[str] = []
        advice = state.advice
        if advice is not None and not advice.close_and_cancel:
            chosen = advice.recommended
            parts.append(
                f"Recommended: {chosen.rank}. {chosen.action.label} (every option's reasons are "
                "on the Arrears options tab)."
                if chosen is not None
                else "No option may be considered now: the Arrears options tab says why."
            )
            if not state.children:
                parts.append(
                    "For disclosure or a Liability Order, first give the paying parent a final "
                    "chance to negotiate through an Action Missed Payment SR."
                )
        if state.children:
            listed = ", ".join(
                f"{c.workflow.label} SR {c.sr_id} ({c.status.label}"
                + (f", {c.resolution_code})" if c.resolution_code else ")")
                for c in state.children
            )
            parts.append(f"Raised from this SR: {listed}.")
        outcome = state.outcome
        if outcome is not None:
            by = f" by {self.names.of(outcome.decided_by)}" if outcome.decided_by else ""
            when = f" on {format_date(outcome.decided_at.date())}" if outcome.decided_at else ""
            reasons = f": {outcome.reasons.rstrip('.')}" if outcome.reasons else ""
            parts.append(
                f"Deduction Order Team outcome (Disclosure SR {outcome.disclosure_id}){by}{when}: "
                f"{outcome.result.label}{reasons}."
            )
        if state.next_step:
            parts.append(state.next_step)
        if state.rdos or state.lsdos:
            parts.append("Deduction orders and their compliance: on the Arrears options tab.")
        return " ".join(parts)

    def _orders(self, state: ArrearsState) -> str:
        lines: list[str] = []
        for rdo in state.rdos:
            name = escape(rdo.reference or f"RDO {rdo.order_id}")
            if rdo.compliance is None:
                lines.append(f"<b>{name}</b>: no payment schedule recorded yet (RDO schedule…).")
                continue
            c = rdo.compliance
            colour = "#b00020" if c.action in _WARN else "#1e6b30"
            review = f" RDO payment review: {format_date(c.review.until)}." if c.review else ""
            lines.append(
                f"<b>{name}</b>: <span style='color:{colour}'>{escape(c.action.label)}</span> — "
                f"{escape('; '.join(c.reasons))}.{escape(review)}"
            )
        for order_id, reference, _full, text in state.lsdos:
            lines.append(f"<b>{escape(reference or f'LSDO {order_id}')}</b>: {escape(text)}.")
        return "<br>".join(lines)

    def _set(self, button: QPushButton, verdict: GuardResult, does: str) -> None:
        button.setVisible(True)
        button.setEnabled(verdict.allowed)
        button.setToolTip(does if verdict.allowed else _why_not(verdict))
        button.setAccessibleDescription(button.toolTip())

    # ----------------------------------------------------------------- actions

    def cancel_for_address(self) -> bool:
        """Record the DLO/NFA address in the notes and cancel the Arrears Review shown."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        return view.write_sr(
            sr.id,
            lambda ctx: arrears.cancel_for_address(ctx, sr.id, sr.version),
            lambda cancelled: view.status_message.emit(
                f"Arrears Review SR {cancelled.id} cancelled: the address marker is in its notes"
            ),
        )

    def raise_amp(self) -> bool:
        """Raise an Action Missed Payment SR from the Arrears Review shown, then show it."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False

        def done(amp: ServiceRequestDTO) -> None:
            view.status_message.emit(
                f"Action Missed Payment SR {amp.id} raised from Arrears Review SR {sr.id}: "
                "record the negotiation"
            )
            view.show_service_request(amp.id)

        return view.write_sr(sr.id, lambda ctx: arrears.raise_amp(ctx, sr.id, sr.version), done)

    def request_disclosure(self) -> bool:
        """Raise a Disclosure SR for the Deduction Order Team from the SR shown."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        return view.write_sr(
            sr.id,
            lambda ctx: arrears.request_disclosure(ctx, sr.id, sr.version),
            lambda disclosure: view.status_message.emit(
                f"Disclosure SR {disclosure.id} raised for "
                + (disclosure.team or "the Deduction Order Team")
            ),
        )

    def record_outcome(self) -> bool:
        """Open the outcome dialog; True when an outcome was recorded."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        dialog = DotOutcomeDialog(view.ctx, sr.id, sr.version, view)
        accepted = forms.run_dialog(dialog)
        outcome, reload = dialog.outcome, dialog.needs_reload
        dialog.deleteLater()
        if accepted and outcome is not None:
            view.data_changed.emit()
            view.status_message.emit(
                f"Deduction Order Team outcome recorded on Disclosure SR {sr.id}: "
                f"{outcome.result.label}"
            )
            view.refresh()
            return True
        if reload:
            view.refresh()
        return False

    def return_to_maintenance(self) -> bool:
        """Return the compliant case to the maintenance team."""
        view = self.view
        state = self.state
        sr = view.act_on()
        if sr is None or state is None or state.case_version is None:
            return False
        version = state.case_version
        return view.write_sr(
            sr.id,
            lambda ctx: arrears.return_to_maintenance(ctx, sr.id, version),
            lambda _sr: view.status_message.emit("Compliant case returned to Maintenance"),
        )

    def rdo_schedule(self) -> bool:
        """Open the schedule dialog for the case's first RDO; True when it was saved."""
        view = self.view
        state = self.state
        if state is None or not state.rdos:
            return False
        dialog = RdoScheduleDialog(view.ctx, state.rdos[0], view)
        accepted = forms.run_dialog(dialog)
        saved, reload = dialog.saved_state, dialog.needs_reload
        dialog.deleteLater()
        if accepted and saved is not None:
            view.data_changed.emit()
            view.status_message.emit(
                f"Payment schedule saved for {saved.reference or 'the RDO'}: "
                f"{len(saved.schedule)} payments"
            )
            view.refresh()
            return True
        if reload:
            view.refresh()
        return False
