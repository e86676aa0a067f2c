"""The Activity Plan's bailiff actions: the panel showing the actions of the SR's stage (each
enabled or saying why not, and where the procedure has got to, in words), and what they do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton, QWidget

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
    CloseBailiffDialog,
    HoldDialog,
    OutcomeDialog,
)
from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.gui.operations import runner_for
from enforcement_desktop.gui.preferences import output_folder
from enforcement_desktop.gui.views.sr_enforce_form import label_of
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.bailiff import BailiffAction, BailiffStage, BailiffState
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.screens import ServiceRequestScreen, service_request_screen
from enforcement_desktop.services.service_requests import (
    DocumentDTO,
    EnforceFormInput,
    ServiceRequestDTO,
)

if TYPE_CHECKING:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView


class BailiffPanel(QObject):
    """Shows the bailiff state the SR's screen carries; the stage, which actions belong to it
    and why one cannot be taken yet are the service's to say, this panel only shows them.

    Args:
        ui: The view's form.
        parent: The view.
    """

    def __init__(self, ui: Ui_ActivityPlanView, parent: QObject) -> None:
        super().__init__(parent)
        self.ui = ui
        self.buttons: dict[BailiffAction, QPushButton] = {
            BailiffAction.SEND_CMEL8011: ui.cmel8011Button,
            BailiffAction.PREPARE_PACK: ui.preparePackButton,
            BailiffAction.RECORD_SENT: ui.recordSentButton,
            BailiffAction.HOLD: ui.holdButton,
            BailiffAction.RESUME: ui.resumeButton,
            BailiffAction.RECORD_OUTCOME: ui.recordOutcomeButton,
            BailiffAction.SEND_CMEL8039: ui.cmel8039Button,
            BailiffAction.CLOSE: ui.closeBailiffButton,
        }

    def show(self, screen: ServiceRequestScreen, folder: Path) -> None:
        """Show the actions of the SR's stage; ``folder`` is where packs and letters go."""
        group = self.ui.bailiffActionsGroup
        sr = screen.service_request
        state = screen.bailiff
        form = sr.enforce_form.values if sr.enforce_form is not None else None
        if state is None or form is None:
            group.setVisible(False)
            return
        # Where the files go is the view's to add: the folder is a setting of this desktop.
        into_folder = {
            BailiffAction.SEND_CMEL8011: f" into {folder}."
            + (
                f" CMEL8011 was sent on {format_date(form.cmel8011_sent_on)}; this writes it again."
                if form.cmel8011_sent_on
                else ""
            ),
            BailiffAction.SEND_CMEL8039: f" into {folder}",
        }
        for action, button in self.buttons.items():
            verdict = state.actions[action]
            button.setVisible(verdict.shown)
            button.setEnabled(verdict.allowed)
            button.setToolTip(
                verdict.description + into_folder.get(action, "")
                if verdict.allowed
                else verdict.reason or ""
            )
            button.setAccessibleDescription(button.toolTip())
        hints = _hints(sr, state, form)
        hints.append(f"Packs and letters are written to {folder}.")
        self.ui.bailiffHintLabel.setText(" ".join(hints))
        # Shown once its buttons are: shown first, its layout kept the width of all eight
        # buttons and the window grew past 1280 px wide when the view was next shown.
        group.setVisible(True)


def _hints(sr: ServiceRequestDTO, state: BailiffState, form: EnforceFormInput) -> list[str]:
    """Where the procedure has got to, and what comes next, in sentences."""
    hints: list[str] = []
    letter = state.actions[BailiffAction.SEND_CMEL8011]
    if state.stage.before_referral and not letter.allowed:
        hints.append(f"{letter.reason}.")
    if state.on_hold:
        reason = f": {form.on_hold_reason}" if form.on_hold_reason else ""
        hints.insert(0, f"On hold until {format_date(sr.wait_until)}{reason}.")
    if state.stage == BailiffStage.OUTCOME_RECEIVED:
        kind = f" ({label_of(form.bailiff_outcome_type)})" if form.bailiff_outcome_type else ""
        nulla = (
            f"; Nulla Bona received on {format_date(form.nulla_bona_received_on)}"
            if form.nulla_bona_received_on
            else ""
        )
        outcome = label_of(form.bailiff_outcome) if form.bailiff_outcome else "—"
        hints.append(
            f"Outcome {outcome}{kind} received on {format_date(form.bailiff_outcome_date)}"
            f"{nulla}. Send CMEL8039 to the receiving parent, then close the SR."
        )
    elif state.stage == BailiffStage.WITH_BAILIFF:
        company = f" to {form.bailiff_company}" if form.bailiff_company else ""
        hints.append(
            f"Referral sent{company} on {format_date(form.bailiff_issue_date)}"
            + (
                f"; awaiting the bailiff's update until {format_date(sr.wait_until)}."
                if sr.wait_until and not state.on_hold
                else "."
            )
        )
    elif state.stage == BailiffStage.PACK_PREPARED:
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
    return hints


class BailiffActions(QObject):
    """What the bailiff actions panel's buttons do to the view's SR: the letters, the pack, the
    record sent / hold / outcome / close dialogs, and resume. Pending edits are saved first.

    Args:
        view: The Activity Plan view whose SR they act on.
    """

    def __init__(self, view: ActivityPlanView) -> None:
        super().__init__(view)
        self.view = view
        ui = view.ui
        ui.cmel8011Button.clicked.connect(self.send_cmel8011)
        ui.preparePackButton.clicked.connect(self.prepare_pack)
        ui.recordSentButton.clicked.connect(self.record_sent)
        ui.holdButton.clicked.connect(self.put_on_hold)
        ui.resumeButton.clicked.connect(self.resume)
        ui.recordOutcomeButton.clicked.connect(self.record_outcome)
        ui.cmel8039Button.clicked.connect(self.send_cmel8039)
        ui.closeBailiffButton.clicked.connect(self.close)

    def send_cmel8011(self) -> bool:
        """Write CMEL8011 to each receiving parent (refused until the LO and an asset are in)."""
        return self._send_letters("CMEL8011", bailiff.send_cmel8011)

    def send_cmel8039(self) -> bool:
        """Write CMEL8039 (the outcome) to each receiving parent."""
        return self._send_letters("CMEL8039", bailiff.send_cmel8039)

    def _send_letters(
        self, code: str, send: Callable[[ServiceContext, int, Path], list[DocumentDTO]]
    ) -> bool:
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        folder = output_folder(view.ctx.db.url, view.output_settings)
        try:
            # Waited for, with a busy dialog past half a second: the user asked for the letters.
            documents, screen = runner_for(view.ctx).run_and_wait(
                view,
                lambda ctx: (send(ctx, sr.id, folder), service_request_screen(ctx, sr.id)),
                f"Writing {code}…",
            )
        except DomainError as exc:
            again: list[bool] = []

            def retry() -> None:  # Try again, when the database was out of reach
                again.append(self._send_letters(code, send))

            handle_service_error(view, exc, reload=view.reload, retry=retry)
            if again:
                return again[0]
            view.status_message.emit(f"{code} not sent")
            return False
        view.show_written(screen)
        # One letter per receiving parent, recorded on every SR of the referral it covers.
        letters = len({d.file_name for d in documents})
        covered = len(documents) // letters if letters else 0
        plural = "s" if letters != 1 else ""
        also = f", covering {covered} Bailiff SRs of this referral" if covered > 1 else ""
        view.status_message.emit(
            f"{code} written for {letters} receiving parent{plural}{also} into {folder}"
        )
        view.show_tab(view.ui.documentsTab)
        return True

    def prepare_pack(self) -> bool:
        """Open the pack dialog for this SR's client; True when a pack was written."""
        view = self.view
        sr = view.act_on()
        if sr is None or not sr.client_scin:
            return False
        from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog

        dialog = BailiffPackDialog(view.ctx, sr.client_scin, view, settings=view.output_settings)
        forms.run_dialog(dialog)
        built = dialog.outcome
        dialog.deleteLater()
        if built is None:
            view.refresh()
            return False
        # A pack holds every prepared Bailiff SR of the client: their list is read again too.
        self._done_in_dialog(sr.id, f"Bailiff pack written: {built.zip_path}", whole_client=True)
        return True

    def record_sent(self) -> bool:
        """Record the whole pack this SR went in as sent (one dialog, the company asked for
        once): each SR ticked waits 90 days. True when it was recorded."""
        view = self.view
        sr = view.act_on()
        if sr is None or not sr.client_scin:
            return False
        dialog = RecordPackSentDialog(view.ctx, sr.client_scin, view)
        accepted = forms.run_dialog(dialog) and bool(dialog.result_srs)
        done = dialog.result_srs
        reload = dialog.needs_reload
        dialog.deleteLater()
        if not accepted:
            if reload:
                view.refresh()
            return False
        ids = ", ".join(str(d.id) for d in done)
        plural = "s" if len(done) != 1 else ""
        self._done_in_dialog(
            sr.id,
            f"Bailiff SR{plural} {ids} sent to the bailiff: waiting until "
            f"{format_date(done[0].wait_until)}",
            whole_client=True,
        )
        return True

    def put_on_hold(self) -> bool:
        """Hold the bailiff action (at most 28 days, with a reason)."""
        return self._run_dialog(
            HoldDialog,
            lambda done: f"Service request {done.id} on hold until {format_date(done.wait_until)}",
        )

    def resume(self) -> bool:
        """End the hold."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        return view.write_sr(
            sr.id,
            lambda ctx: bailiff.resume(ctx, sr.id, sr.version),
            lambda updated: view.status_message.emit(
                f"Service request {updated.id} resumed: now {updated.status.label}"
            ),
        )

    def record_outcome(self) -> bool:
        """Record the bailiff's outcome."""
        return self._run_dialog(
            OutcomeDialog,
            lambda done: f"Bailiff outcome recorded on service request {done.id}",
        )

    def close(self) -> bool:
        """Record whether costs were applied and close the SR."""
        return self._run_dialog(
            CloseBailiffDialog, lambda done: f"Service request {done.id} closed"
        )

    def _run_dialog(
        self,
        make_dialog: Callable[[ServiceContext, ServiceRequestDTO, QWidget], Any],
        message: Callable[[ServiceRequestDTO], str],
    ) -> bool:
        """Open a Bailiff SR dialog on the view's SR (saved first); True when it was done."""
        view = self.view
        sr = view.act_on()
        if sr is None:
            return False
        dialog = make_dialog(view.ctx, sr, view)
        accepted = forms.run_dialog(dialog) and dialog.result_sr is not None
        result: ServiceRequestDTO | None = dialog.result_sr
        reload = dialog.needs_reload
        dialog.deleteLater()
        if accepted and result is not None:
            self._done_in_dialog(result.id, message(result))
            return True
        if reload:
            view.refresh()
        return False

    def _done_in_dialog(self, sr_id: int, message: str, *, whole_client: bool = False) -> None:
        """A dialog wrote to the SR (``whole_client``: to the client's other SRs too): say so,
        and read the SR (and the client's list) again."""
        view = self.view
        view.data_changed.emit()
        view.status_message.emit(message)
        if whole_client:
            view.refresh()
        else:
            view.show_service_request(sr_id)
