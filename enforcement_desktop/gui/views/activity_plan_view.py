"""Activity Plan: one service request's header, status, steps, enforce form, notes, assets and
documents, and the list of the client's service requests to pick from.

The list comes from the client's screen (:class:`services.screens.ClientScreen`); the SR chosen
is one read, :func:`services.screens.service_request_screen`, on the data lane. Every write runs
as an operation that reads the SR's screen again in the same go, so the view shows the SR as the
write left it, with the user's other edits kept. The parts of the view live in ``sr_*.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QScrollArea, QWidget

from enforcement_desktop.domain.enums import SrStatus, Workflow
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.errors import (
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_activity_plan_view import Ui_ActivityPlanView
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import output_folder
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.views.sr_arrears import ArrearsActions
from enforcement_desktop.gui.views.sr_attachments import Attachments, LetterActions
from enforcement_desktop.gui.views.sr_bailiff import BailiffActions, BailiffPanel
from enforcement_desktop.gui.views.sr_check_csa import CheckCsaActions
from enforcement_desktop.gui.views.sr_enforce_form import EnforceFormEditor
from enforcement_desktop.gui.views.sr_header import Header, StatusControls, needs_wait_date
from enforcement_desktop.gui.views.sr_list import ServiceRequestList
from enforcement_desktop.gui.views.sr_review_lo import ReviewLoActions
from enforcement_desktop.gui.views.sr_save import Edits, Saved, save_edits
from enforcement_desktop.gui.views.sr_sources import DecidePanel
from enforcement_desktop.gui.views.sr_steps import COL_OUTCOME, COL_REASON, StepEdit, StepsEditor
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import assets, notes, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.screens import ClientScreen, ServiceRequestScreen

__all__ = ["COL_OUTCOME", "COL_REASON", "ActivityPlanView"]

T = TypeVar("T")


class ActivityPlanView(ClientView):
    """The activity plan of one service request, chosen from the client's list or opened from the
    work queue (:meth:`show_service_request`)."""

    title = "Activity Plan"
    uses_screen = True

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_ActivityPlanView()
        ui.setupUi(self)
        #: The SR shown and everything read with it (None: no SR shown).
        self.sr_screen: ServiceRequestScreen | None = None
        #: The SR the user asked for last: the one shown, or one being read.
        self._wanted: int | None = None
        self._loading = False
        #: Where packs and letters go is remembered here (None: the user's QSettings).
        self.output_settings: QSettings | None = None

        self.sr_list = ServiceRequestList(ui.srList)
        self.header = Header(ui, self)
        self.status = StatusControls(ui, self)
        self.steps = StepsEditor(ui.stepsTable, ui.planHintLabel)
        self.form = EnforceFormEditor(self, ui.formHintLabel)
        self.attachments = Attachments(ui, self)
        self.letter_actions = LetterActions(self)
        self.bailiff_panel = BailiffPanel(ui, self)
        self.bailiff_actions = BailiffActions(self)
        self.arrears_actions = ArrearsActions(self)
        self.review_lo_actions = ReviewLoActions(self)
        # Check CSA: Raise Set Up Legacy LO, one per legacy LO (seed 002, steps 6-7).
        self.check_csa_actions = CheckCsaActions(self)
        # Decide On Enforcement Action: sources log, criminal referral, decision (seed 000).
        self.decide_panel = DecidePanel(ctx, self)
        # Scrolled within its tab: the sources log, the referral and the decision stacked are
        # taller than the tab is at 1280x800, and the tallest tab sets the window's least height.
        self.decide_tab = QScrollArea()
        self.decide_tab.setObjectName("decideTab")
        self.decide_tab.setWidgetResizable(True)
        self.decide_tab.setFrameShape(QFrame.Shape.NoFrame)
        self.decide_tab.setWidget(self.decide_panel)
        ui.detailTabs.insertTab(ui.detailTabs.indexOf(ui.formTab) + 1, self.decide_tab, "Decide")
        self.decide_panel.changed.connect(self.refresh)
        #: The Decide SR whose panel is read when its tab is next shown: the panel's read (the
        #: verdict of every power: ~20 statements) waits until someone looks at it.
        self._decide_sr_id: int | None = None
        ui.detailTabs.currentChanged.connect(self._read_decide_panel_if_shown)

        self.sr_list.chosen.connect(self._sr_chosen)
        self.steps.edited.connect(self._edited)
        self.form.edited.connect(self._edited)
        ui.newNoteEdit.textChanged.connect(self._edited)
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
        ui.planSplitter.setStretchFactor(0, 0)
        ui.planSplitter.setStretchFactor(1, 1)
        ui.planSplitter.setSizes([230, 870])
        self._show(None)

    @property
    def sr(self) -> srs.ServiceRequestDTO | None:
        """The service request shown."""
        return self.sr_screen.service_request if self.sr_screen is not None else None

    # ----------------------------------------------------------------- ClientView

    def set_client(self, contact_id: int | None) -> None:
        self._show_client(contact_id, None)

    def open_screen(self, screen: ClientScreen) -> None:
        self._show_client(screen.contact.id, screen)

    def _show_client(self, contact_id: int | None, screen: ClientScreen | None) -> None:
        """List a client's SRs: from ``screen`` when it is theirs, else read on the data lane."""
        super().set_client(contact_id)
        self.ui.newSrButton.setEnabled(contact_id is not None)
        if contact_id is None:
            self.sr_list.show_client(None)
            self._show(None)
        elif screen is not None and screen.contact.id == contact_id:
            self.show_screen(screen)
        else:
            self.load_screen()

    def show_screen(self, screen: ClientScreen) -> None:
        """List the client's SRs; show their first SR still open, or read the one shown again."""
        if screen.contact.id != self.contact_id:
            return
        another_client = screen.contact.id != self.sr_list.contact_id
        self.sr_list.show_client(screen)
        sr = self.sr
        if another_client or (sr is not None and sr.case_id not in self.sr_list.case_ids):
            first_open = self.sr_list.first_open_id()
            if first_open is not None:
                self.show_service_request(first_open)
            else:
                self._show(None)
        elif self._wanted is not None:
            self.show_service_request(self._wanted)  # it may have changed since it was read

    def refresh(self) -> None:
        if self.contact_id is not None:
            self.load_screen()
        elif self._wanted is not None:
            self.show_service_request(self._wanted)

    def has_unsaved_changes(self) -> bool:
        if self.sr is None:
            return False
        return bool(
            self.steps.changed() or self.form.changed() or self.ui.newNoteEdit.toPlainText().strip()
        )

    def discard_changes(self) -> None:
        self._loading = True
        self.ui.newNoteEdit.clear()
        self._loading = False
        self.reload()

    def reload(self) -> None:
        """Drop the edits to the steps and the form, and read the SR and the list again
        (Reload after a conflict: the user sees the other person's changes, not their own)."""
        self._show(self.sr_screen)  # the edits go now, not when the read comes
        self.refresh()

    def save(self) -> bool:
        """Save the enforce form, then each changed step, then the note typed; stop at the first
        refusal.

        The saving is waited for (the window keeps painting): Ctrl+S and "save before leaving"
        need its outcome.
        """
        sr = self.sr
        if sr is None or sr.read_only:
            return True
        clear_field_errors(self.form.errors)
        form: tuple[int, srs.EnforceFormInput] | None = None
        if self.form.changed():
            data, problems = self.form.read()
            if problems:
                self._form_refused(ValidationError(problems))
                return False
            assert sr.enforce_form is not None  # a changed form is a loaded one
            form = (sr.enforce_form.version, data)
        note = self.ui.newNoteEdit.toPlainText()
        edits = Edits(sr.id, form, tuple(self.steps.changed()), note)
        if not edits:
            self.status_message.emit("Nothing to save")
            return True
        try:
            saved = runner_for(self.ctx).run_and_wait(
                self, lambda ctx: save_edits(ctx, edits), "Saving…"
            )
        except ValidationError as exc:
            self._form_refused(exc)  # only the form, saved first, raises one: nothing was saved
            return False
        except DomainError as exc:
            again: list[bool] = []

            def retry() -> None:  # Try again, when the database was out of reach
                again.append(self.save())

            handle_service_error(self, exc, reload=self.reload, retry=retry)
            return bool(again and again[0])
        self._shown(saved.screen, keep_edits=True)
        if saved.note:
            self._clear_note(note)
        if saved.what:
            self.data_changed.emit()
        if saved.error is not None:
            self._save_refused(saved)
            return False
        self.status_message.emit(f"Service request {sr.id}: saved " + ", ".join(saved.what))
        return True

    def _form_refused(self, exc: ValidationError) -> None:
        self.show_tab(self.ui.formTab)
        show_field_errors(self.form.errors, exc)
        self.status_message.emit("Enforce form not saved: correct the fields shown in red")

    def _save_refused(self, saved: Saved) -> None:
        assert saved.error is not None
        if saved.refused_step is None:  # the note
            if isinstance(saved.error, ValidationError):
                self.show_tab(self.ui.notesTab)
                show_field_errors(self.attachments.note_errors, saved.error)
            else:
                handle_service_error(self, saved.error, reload=self.reload)
            return
        step = saved.refused_step
        self.steps.mark(step.id, str(saved.error))
        handle_service_error(self, saved.error, reload=self.reload)
        before = f"; {saved.steps} saved before it" if saved.steps else ""
        self.status_message.emit(f"Step “{step.title}” not saved{before}")

    # ----------------------------------------------------------------- choosing an SR

    def show_service_request(self, sr_id: int) -> None:
        """Read one service request on the data lane and show it (its client's list stays on
        the left); a later choice supersedes one still being read."""
        self._wanted = sr_id
        self.sr_list.select(sr_id)

        def failed(exc: BaseException) -> None:
            self._wanted = self.sr.id if self.sr is not None else None
            self.sr_list.select(self._wanted)
            if not isinstance(exc, DomainError):
                raise exc
            handle_service_error(self, exc, retry=lambda: self.show_service_request(sr_id))

        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: screens.service_request_screen(ctx, sr_id),
                # Read again, the SR keeps what the user typed meanwhile; another SR does not.
                partial(self._shown, keep_edits=True),
                failed,
                key="sr",
            )
        )

    def _sr_chosen(self, sr_id: int) -> None:
        if sr_id == self._wanted:
            return
        if self.has_unsaved_changes() and not self._confirm_leave_sr():
            self.sr_list.select(self._wanted)
            return
        self.show_service_request(sr_id)

    def _confirm_leave_sr(self) -> bool:
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

    # ----------------------------------------------------------------- showing one SR

    def _shown(self, screen: ServiceRequestScreen, *, keep_edits: bool = False) -> None:
        """Show an SR just read, unless the user has asked for another meanwhile.

        Args:
            screen: The SR's screen.
            keep_edits: When it is the SR shown, put back the steps and form fields the user
                has changed (a write of one thing, or a read again, loses no other edit).
        """
        sr = screen.service_request
        self.sr_list.update(sr)
        if self._wanted != sr.id:
            return
        same = self.sr is not None and self.sr.id == sr.id
        steps, form = (self.steps.edits(), self.form.edits()) if keep_edits and same else ({}, {})
        self._show(screen)
        if steps or form:
            self._restore(steps, form)
        self.sr_list.select(sr.id)

    def _show(self, screen: ServiceRequestScreen | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            self.sr_screen = screen
            sr = screen.service_request if screen is not None else None
            self._wanted = sr.id if sr is not None else None
            ui.srDetail.setVisible(sr is not None)
            ui.emptyLabel.setVisible(sr is None)
            if screen is None or sr is None:
                ui.emptyLabel.setText(
                    "Choose a service request from the list, or open one from the work queue."
                    if self.contact_id is not None
                    else "No client open. Find a client, or open a service request from the "
                    "work queue."
                )
                self.steps.show(None)
                self.form.loaded = None
                self.arrears_actions.show(None)
                self.review_lo_actions.show(None)
                self.check_csa_actions.show(None)
                self.decide_panel.show_sr(None)
                self._decide_sr_id = None
                return
            for labels in (
                self.status.errors,
                self.attachments.note_errors,
                self.header.lo_errors,
                self.attachments.asset_errors,
                self.attachments.attach_errors,
                self.form.errors,
            ):
                clear_field_errors(labels)
            self.header.show(screen, self.ctx.today())
            self.status.show(sr)
            self.steps.show(sr, screen.held_steps, screen.names)
            has_form = self.form.show(sr)
            ui.detailTabs.setTabVisible(ui.detailTabs.indexOf(ui.formTab), has_form)
            self.attachments.show(screen, self.ctx.today())
            self.letter_actions.show(screen)
            self.bailiff_panel.show(screen, output_folder(self.ctx.db.url, self.output_settings))
            self.arrears_actions.show(screen)
            self.review_lo_actions.show(screen)
            self.check_csa_actions.show(screen)
            deciding = sr.workflow == Workflow.DECIDE_ENFORCEMENT
            ui.detailTabs.setTabVisible(ui.detailTabs.indexOf(self.decide_tab), deciding)
            self._decide_sr_id = sr.id if deciding else None
            if not deciding:
                self.decide_panel.show_sr(None)
            elif ui.detailTabs.currentWidget() is self.decide_tab:
                self.decide_panel.show_sr(sr.id)
            elif self.decide_panel.sr_id != sr.id:
                self.decide_panel.show_sr(None)  # another SR's panel: read when shown
            else:
                self.decide_panel.panel_screen = None  # this SR's: stale, read when shown
            self._apply_read_only(sr)
        finally:
            self._loading = False
        self._edited()

    def _read_decide_panel_if_shown(self, _index: int) -> None:
        shown = self.ui.detailTabs.currentWidget() is self.decide_tab
        if shown and self._decide_sr_id is not None and self.decide_panel.panel_screen is None:
            self.decide_panel.show_sr(self._decide_sr_id)

    def _restore(self, steps: dict[int, StepEdit], form: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.steps.restore(steps)
            self.form.restore(form)
        finally:
            self._loading = False
        self._edited()

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
        self.steps.set_read_only(read_only)
        self.form.set_read_only(read_only)
        ui.saveButton.setVisible(not read_only)
        ui.discardButton.setVisible(not read_only)

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        dirty = self.has_unsaved_changes()
        self.ui.unsavedLabel.setText("Unsaved changes" if dirty else "")
        self.ui.saveButton.setEnabled(dirty)
        self.ui.discardButton.setEnabled(dirty)

    def show_written(self, screen: ServiceRequestScreen) -> None:
        """Show the SR as a write of this view left it, keeping the user's other edits, and
        say the data changed."""
        self._shown(screen, keep_edits=True)
        self.data_changed.emit()

    def show_tab(self, tab: QWidget) -> None:
        self.ui.detailTabs.setCurrentWidget(tab)

    def _clear_note(self, added: str) -> None:
        """Empty the note box after ``added`` was saved, unless the user has typed on since."""
        if self.ui.newNoteEdit.toPlainText() == added:
            self._loading = True
            self.ui.newNoteEdit.clear()
            self._loading = False
            self._edited()

    # ----------------------------------------------------------------- writes

    def write_sr(
        self,
        sr_id: int,
        call: Callable[[ServiceContext], T],
        done: Callable[[T], None],
        *,
        labels: Mapping[str, QLabel] | None = None,
        tab: QWidget | None = None,
        invalid: str | None = None,
        refused: str | None = None,
    ) -> bool:
        """Run a write on SR ``sr_id`` as an operation that reads the SR's screen after it; show
        that (keeping the user's other edits), say the data changed, then ``done(result)``.

        Args:
            sr_id: The SR written to.
            call: The service call (runs on the data lane).
            done: Called on the GUI thread with the call's result, once shown.
            labels: Where a ValidationError is shown, by field name.
            tab: The tab to bring forward for those errors.
            invalid: What the status bar says after a ValidationError.
            refused: What it says after any other refusal.

        Returns:
            The outcome when operations run inline (tests); else True: the write has started,
            and its outcome is shown when it comes.
        """
        if labels is not None:
            clear_field_errors(labels)
        outcome: list[bool] = []

        def work(ctx: ServiceContext) -> tuple[T, ServiceRequestScreen]:
            return call(ctx), screens.service_request_screen(ctx, sr_id)

        def written(found: tuple[T, ServiceRequestScreen]) -> None:
            outcome.append(True)
            self.show_written(found[1])
            done(found[0])

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and labels is not None:
                if tab is not None:
                    self.show_tab(tab)
                show_field_errors(labels, exc)
                if invalid:
                    self.status_message.emit(invalid)
            elif isinstance(exc, DomainError):
                # Try again (the database was out of reach) runs the same write again; its
                # outcome is this one's.
                again = partial(
                    self.write_sr, sr_id, call, done, labels=labels, tab=tab, invalid=invalid
                )
                handle_service_error(
                    self, exc, reload=self.reload, retry=lambda: outcome.append(again())
                )
                if refused and not outcome:
                    self.status_message.emit(refused)
            else:
                outcome.append(False)
                raise exc
            outcome.append(False)

        runner_for(self.ctx).run(Operation(self, work, written, failed))
        return outcome[0] if outcome else True

    def apply_status(self) -> bool:
        """Move the SR to the status chosen (saving pending edits first)."""
        sr = self.sr
        status = self.status.chosen_status()
        if sr is None or status is None:
            return False
        not_changed = "Status not changed: see the message under the field"
        clear_field_errors(self.status.errors)
        sub_status = self.status.chosen_sub_status()
        try:
            # Read before anything is saved: a wait date that is not a date is shown under it.
            wait = self.ui.waitDateEdit.value() if needs_wait_date(status) else None
        except ValidationError as exc:
            show_field_errors(self.status.errors, exc)
            self.status_message.emit(not_changed)
            return False
        if (self.steps.changed() or self.form.changed()) and not self.save():
            return False
        sr = self.sr
        assert sr is not None
        had_plan = bool(sr.steps)

        def changed(updated: srs.ServiceRequestDTO) -> None:
            message = f"Service request {updated.id} is now {updated.status.label}"
            if status == SrStatus.IN_PROGRESS and updated.steps and not had_plan:
                message += f": activity plan of {len(updated.steps)} steps generated"
                self.show_tab(self.ui.planTab)
            self.status_message.emit(message)

        return self.write_sr(
            sr.id,
            lambda ctx: srs.change_status(
                ctx, sr.id, sr.version, status, sub_status=sub_status, wait_until=wait
            ),
            changed,
            labels=self.status.errors,
            invalid=not_changed,
            refused="Status not changed",
        )

    def associate_lo(self) -> bool:
        sr = self.sr
        order_id = self.header.chosen_order_id()
        if sr is None or order_id is None:
            return False
        return self.write_sr(
            sr.id,
            lambda ctx: srs.associate_order(ctx, sr.id, sr.version, order_id),
            lambda updated: self.status_message.emit(
                f"LO {updated.order_reference} associated with SR {updated.id}"
            ),
            labels=self.header.lo_errors,
        )

    def add_note(self) -> bool:
        sr = self.sr
        if sr is None:
            return False
        text = self.ui.newNoteEdit.toPlainText()

        def added(_note: notes.NoteDTO) -> None:
            self._clear_note(text)
            self.status_message.emit(f"Note added to service request {sr.id}")

        return self.write_sr(
            sr.id,
            lambda ctx: notes.add_note(ctx, text, service_request_id=sr.id),
            added,
            labels=self.attachments.note_errors,
            tab=self.ui.notesTab,
        )

    def link_asset(self) -> bool:
        sr = self.sr
        asset_id = self.attachments.chosen_asset_id()
        if sr is None or asset_id is None:
            return False
        return self.write_sr(
            sr.id,
            lambda ctx: assets.link_asset_to_sr(ctx, sr.id, asset_id),
            lambda _asset: self.status_message.emit(
                f"Asset associated with service request {sr.id}"
            ),
            labels=self.attachments.asset_errors,
            tab=self.ui.assetsTab,
        )

    def unlink_asset(self) -> bool:
        sr = self.sr
        asset_id = self.attachments.chosen_linked_asset_id()
        if sr is None or asset_id is None:
            self.status_message.emit("Choose an associated asset to remove first")
            return False
        return self.write_sr(
            sr.id,
            lambda ctx: assets.unlink_asset_from_sr(ctx, sr.id, asset_id),
            lambda _asset: self.status_message.emit(
                f"Asset no longer associated with service request {sr.id}"
            ),
            labels=self.attachments.asset_errors,
            tab=self.ui.assetsTab,
        )

    def open_document(self) -> bool:
        opened = self.attachments.open_document(
            output_folder(self.ctx.db.url, self.output_settings)
        )
        if opened is None:
            return False
        self.status_message.emit(opened[1])
        return opened[0]

    def act_on(self) -> srs.ServiceRequestDTO | None:
        """The SR to act on, with pending edits saved first (None: nothing to act on)."""
        if self.sr is None:
            return None
        if self.has_unsaved_changes() and not self.save():
            return None
        return self.sr
