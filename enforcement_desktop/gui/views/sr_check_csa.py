"""The Activity Plan's Check CSA action (seed 002, steps 6-7): Raise Set Up Legacy LO from an open
Check CSA SR (Transition / Legacy Case Data / Finalise Case), one per legacy (CSA) LO.

Whether the button is enabled, and the legacy LOs to choose from, come from
:func:`services.legacy.set_up_legacy_lo_state`, read on the data lane when a Check CSA SR is
shown; the panel decides nothing. With several legacy LOs still without their SR it asks which;
the new SR opens after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGroupBox, QInputDialog

from enforcement_desktop.domain.enums import Workflow
from enforcement_desktop.gui.forms.ui_check_csa_actions import Ui_CheckCsaActions
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import legacy
from enforcement_desktop.services.screens import ServiceRequestScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

_DOES = (
    "Raise a Transition / Set Up/Amend Residual Arrears / Set Up Legacy LO SR for the financial "
    "transition team, linked to this SR (Check CSA, steps 6-7)"
)


class CheckCsaActions(QObject):
    """The legacy LO group of the Activity Plan, in the row of action panels, shown for an
    open Check CSA SR.

    Args:
        view: The Activity Plan view whose SR it acts on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.group = QGroupBox(view.ui.srDetail)
        self.ui = ui = Ui_CheckCsaActions()
        ui.setupUi(self.group)
        self.group.setObjectName("checkCsaActionsGroup")
        row = view.ui.actionsRow
        row.insertWidget(row.indexOf(view.ui.bailiffActionsGroup) + 1, self.group, 2)
        self.group.setVisible(False)
        ui.raiseSetUpLegacyLoButton.clicked.connect(self.raise_set_up_legacy_lo)
        #: The state read for the SR shown (None: not a Check CSA SR, or not read yet).
        self.state: legacy.SetUpLegacyLoState | None = None
        self.sr_id: int | None = None

    def show(self, screen: ServiceRequestScreen | None) -> None:
        """Show the action for an open Check CSA SR (hidden for other SRs), then read whether
        it may be raised now."""
        sr = screen.service_request if screen is not None else None
        shown = sr is not None and sr.workflow == Workflow.CHECK_CSA and not sr.read_only
        self.group.setVisible(shown)
        button = self.ui.raiseSetUpLegacyLoButton
        if not shown or sr is None:
            self.sr_id = None
            self.state = None
            return
        if sr.id != self.sr_id:
            self.state = None
            button.setEnabled(False)
            button.setToolTip("")
            self.ui.checkCsaHintLabel.setText("")
        self.sr_id = sr.id
        sr_id = sr.id
        runner_for(self.view.ctx).run(
            Operation(
                self.group,
                lambda ctx: legacy.set_up_legacy_lo_state(ctx, sr_id),
                self._show_state,
                key="set_up_legacy_lo",
            )
        )

    def _show_state(self, state: legacy.SetUpLegacyLoState) -> None:
        if state.sr_id != self.sr_id:
            return
        self.state = state
        ui = self.ui
        button = ui.raiseSetUpLegacyLoButton
        verdict = state.verdict
        button.setEnabled(verdict.allowed)
        why_not = "; ".join(verdict.reasons)
        button.setToolTip(_DOES if verdict.allowed else f"Not now: {why_not}.")
        button.setAccessibleDescription(button.toolTip())
        count = len(state.legacy_los)
        if not verdict.allowed:
            hint = f"Not now: {why_not}."
        elif count == 0:
            hint = (
                "No legacy LO is recorded on this case: the SR goes to the financial transition "
                "team, who set it up (Check CSA, step 10)."
            )
        elif count == 1:
            hint = f"For the legacy LO {state.legacy_los[0].label}."
        else:
            hint = f"{count} legacy LOs still without their SR: you will be asked which."
        ui.checkCsaHintLabel.setText(hint)

    def choose_lo(self, choices: tuple[legacy.LegacyLoChoice, ...]) -> int | None:
        """Ask which legacy LO the SR is for (None: the user cancelled)."""
        ask = QInputDialog(self.view)
        ask.setWindowTitle("Raise Set Up Legacy LO")
        ask.setLabelText("&Legacy liability order this SR is for (one SR per LO):")
        ask.setComboBoxItems([c.label for c in choices])
        ask.setComboBoxEditable(False)
        ask.setOkButtonText("&Raise SR")
        accepted = forms.run_dialog(ask)
        chosen = ask.textValue()
        ask.deleteLater()
        if not accepted:
            return None
        return next((c.order_id for c in choices if c.label == chosen), None)

    def raise_set_up_legacy_lo(self) -> bool:
        """Raise Set Up Legacy LO from the Check CSA SR shown, asking which legacy LO when
        there are several, then show the new SR."""
        view = self.view
        state = self.state
        if state is None or not state.verdict.allowed:
            return False
        order_id: int | None = None
        if len(state.legacy_los) == 1:
            order_id = state.legacy_los[0].order_id
        elif state.legacy_los:
            order_id = self.choose_lo(state.legacy_los)
            if order_id is None:
                return False
        sr = view.act_on()
        if sr is None or sr.id != state.sr_id:
            return False

        def done(child: ServiceRequestDTO) -> None:
            view.status_message.emit(
                f"Set Up Legacy LO SR {child.id} raised from Check CSA SR {sr.id}"
            )
            view.show_service_request(child.id)

        return view.write_sr(
            sr.id,
            lambda ctx: legacy.raise_set_up_legacy_lo(ctx, sr.id, order_id),
            done,
            refused="Set Up Legacy LO SR not raised",
        )
