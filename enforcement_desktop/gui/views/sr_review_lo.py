"""The Activity Plan's Liability Order authorisation actions (Arrears - Consider Action,
Initiate LO arrears action): Raise Review LO on an Arrears Review; on a Review LO, ask the team
leader to authorise, and Approve… / Reject… while it awaits them.

Each button is enabled, or disabled with the reasons as its tooltip, from the verdicts the SR's
screen carries (:class:`services.authorisation.ReviewLoState`); this panel decides nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGroupBox, QPushButton

from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog, Decision
from enforcement_desktop.gui.forms.ui_review_lo_actions import Ui_ReviewLoActions
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import authorisation
from enforcement_desktop.services.screens import ServiceRequestScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView


def _why_not(verdict: GuardResult) -> str:
    reasons = "; ".join(verdict.reasons)
    return f"Not now: {reasons}." if reasons else ""


class ReviewLoActions(QObject):
    """The authorisation group of the Activity Plan, in the row of action panels (before the
    arrears group).

    Args:
        view: The Activity Plan view whose SR it acts on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        self.group = QGroupBox(view.ui.srDetail)
        self.ui = ui = Ui_ReviewLoActions()
        ui.setupUi(self.group)
        self.group.setObjectName("reviewLoActionsGroup")
        # Side by side with the other action panels: stacked, they left the plan no height
        # at 1280x800.
        row = view.ui.actionsRow
        row.insertWidget(row.indexOf(view.ui.bailiffActionsGroup) + 1, self.group, 2)
        self.group.setVisible(False)
        ui.raiseReviewLoButton.clicked.connect(self.raise_review_lo)
        ui.requestAuthorisationButton.clicked.connect(self.request_authorisation)
        ui.approveButton.clicked.connect(self.approve)
        ui.rejectButton.clicked.connect(self.reject)
        self.screen: ServiceRequestScreen | None = None

    # ----------------------------------------------------------------- showing

    def show(self, screen: ServiceRequestScreen | None) -> None:
        """Show the actions the SR's screen allows (hidden for other SR types)."""
        self.screen = screen
        ui = self.ui
        state = screen.review_lo if screen is not None else None
        raising = screen.raise_review_lo if screen is not None else None
        sr = screen.service_request if screen is not None else None
        shown = sr is not None and not sr.read_only and (state is not None or raising is not None)
        for button in (  # hidden before the group shows, so its layout never has all four
            ui.raiseReviewLoButton,
            ui.requestAuthorisationButton,
            ui.approveButton,
            ui.rejectButton,
        ):
            button.setVisible(False)
        self.group.setVisible(shown)
        if not shown:
            return
        if raising is not None:
            self._set(
                ui.raiseReviewLoButton,
                raising.verdict,
                "Raise a child Review LO with the checklist the team leader reads before "
                "authorising a Liability Order referral",
            )
            ui.reviewLoHintLabel.setText(
                "When disclosure is not appropriate or failed, raise a Review LO for team "
                "leader authorisation (Arrears – Consider Action, Initiate LO arrears action)."
                if raising.verdict.allowed
                else _why_not(raising.verdict)
            )
            return
        assert state is not None
        raised = state.raised_by_name or state.raised_by or "someone not recorded"
        if state.awaiting:
            self._set(ui.approveButton, state.decide, "Authorise the Liability Order referral")
            self._set(
                ui.rejectButton, state.decide, "Refuse it, with the reason and an alternative"
            )
            hint = f"Raised by {raised}; awaiting the team leader's authorisation."
            if not state.decide.allowed:
                hint += f" You cannot decide it: {'; '.join(state.decide.reasons)}."
        else:
            self._set(
                ui.requestAuthorisationButton,
                state.request,
                "Set Awaiting LO authorisation on this Review LO and its Arrears Review",
            )
            hint = (
                f"Raised by {raised}. Answer each checklist item (its reason is the answer), "
                "then ask the team leader to authorise."
            )
            if not state.request.allowed:
                hint += f" {_why_not(state.request)}"
        ui.reviewLoHintLabel.setText(hint)

    def _set(self, button: QPushButton, verdict: GuardResult, does: str) -> None:
        button.setVisible(True)
        button.setEnabled(verdict.allowed)
        button.setToolTip(does if verdict.allowed else _why_not(verdict))
        button.setAccessibleDescription(button.toolTip())

    # ----------------------------------------------------------------- actions

    def raise_review_lo(self) -> bool:
        """Raise a Review LO from the Arrears Review shown, then show it."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False

        def done(review: ServiceRequestDTO) -> None:
            view.status_message.emit(
                f"Review LO SR {review.id} raised from Arrears Review SR {sr.id}: answer its "
                "checklist"
            )
            view.show_service_request(review.id)

        return view.write_sr(
            sr.id, lambda ctx: authorisation.raise_review_lo(ctx, sr.id, sr.version), done
        )

    def request_authorisation(self) -> bool:
        """Ask the team leader to authorise the Review LO shown."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        return view.write_sr(
            sr.id,
            lambda ctx: authorisation.request_authorisation(ctx, sr.id, sr.version),
            lambda updated: view.status_message.emit(
                f"Review LO SR {updated.id} is awaiting the team leader's authorisation"
            ),
        )

    def approve(self) -> bool:
        """Open the approval dialog; True when the referral was authorised."""
        return self._decide(Decision.APPROVE)

    def reject(self) -> bool:
        """Open the rejection dialog; True when the referral was refused."""
        return self._decide(Decision.REJECT)

    def _decide(self, decision: Decision) -> bool:
        view = self.view
        sr = view.act_on()
        screen = self.screen
        if sr is None or screen is None or screen.review_lo is None:
            return False
        dialog = AuthorisationDialog(view.ctx, sr, screen.review_lo, decision, view)
        accepted = forms.run_dialog(dialog)
        approval, refusal, reload = dialog.approval, dialog.refusal, dialog.needs_reload
        dialog.deleteLater()
        if accepted and approval is not None:
            message = (
                f"Liability Order referral authorised: Recommend LO SR {approval.recommend_lo_id} "
                f"and Review Case and Decide Next Action SR {approval.review_case_id} created"
            )
            if approval.left_open:
                message += "; " + "; ".join(approval.left_open)
        elif accepted and refusal is not None:
            message = f"Review LO SR {refusal.id} not authorised: the case manager is told why"
        else:
            if reload:
                view.refresh()
            return False
        view.data_changed.emit()
        view.status_message.emit(message)
        view.refresh()
        return True
