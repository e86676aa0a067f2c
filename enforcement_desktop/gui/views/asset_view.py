"""The Asset view: the client's assets, an edit form, Disregard, and links to service requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import QWidget

from enforcement_desktop.domain.csa import AttentionVerdict
from enforcement_desktop.domain.enums import (
    AccountType,
    AssetFinding,
    AssetType,
    InformationSource,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.disregard_dialog import DisregardDialog
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_asset_view import Ui_AssetView
from enforcement_desktop.gui.models.assets_model import AssetsModel
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import (
    combo_enum,
    combo_value,
    fill_combo,
    fill_enum_combo,
    fit_wrapped_labels,
    select_row,
    select_value,
    selected_row,
    setup_table,
)
from enforcement_desktop.services import assets, legacy
from enforcement_desktop.services.assets import AssetDTO, AssetInput
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.screens import ClientScreen
from enforcement_desktop.services.service_requests import ServiceRequestDTO
from enforcement_desktop.services.users import UserNames


def sr_name(sr: ServiceRequestDTO) -> str:
    """How a service request is named in the link combo and tooltips."""
    return f"SR {sr.id} — {sr.sub_area} ({sr.status.label})"


class AssetView(ClientView):
    """The client's assets as a table, with a form to add or change one.

    "Disregard…" removes the details of an asset but keeps the record that the search was made
    (data protection, seed 000 step 12). The link row associates the selected asset to one of
    the client's open service requests (the Contact Asset link).

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    title = "Assets"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AssetView()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = AssetsModel(self)
        ui.assetsTable.setModel(self.model)
        setup_table(ui.assetsTable, stretch=AssetsModel.DESCRIPTION)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)

        fill_enum_combo(ui.typeCombo, AssetType, placeholder="Choose the type of asset")
        fill_enum_combo(ui.accountTypeCombo, AccountType, none_text="—")
        fill_enum_combo(
            ui.sourceCombo, InformationSource, placeholder="Where the information came from"
        )
        fill_enum_combo(
            ui.disposalSourceCombo, InformationSource, placeholder="Where it was learnt from"
        )
        # Disregarding goes through its own button: it also removes the details.
        fill_enum_combo(ui.findingCombo, (AssetFinding.UNASSESSED, AssetFinding.RELEVANT))

        self._errors = {
            "asset_type": ui.typeError,
            "account_type": ui.accountTypeError,
            "description": ui.descriptionError,
            "estimated_value": ui.valueError,
            "source": ui.sourceError,
            "recorded_on": ui.recordedError,
            "finding": ui.findingError,
            GENERAL_FIELD: ui.generalError,
        }
        self._link_errors = {
            "service_request_id": ui.linkError,
            "asset_id": ui.linkError,
            GENERAL_FIELD: ui.linkError,
        }
        self._disposal_errors = {
            "imminent_disposal_on": ui.imminentDisposalOnError,
            "imminent_disposal_source": ui.imminentDisposalSourceError,
            GENERAL_FIELD: ui.disposalError,
        }
        clear_field_errors(self._errors)
        fit_wrapped_labels(
            self,
            [
                *self._errors.values(),
                *self._link_errors.values(),
                *self._disposal_errors.values(),
            ],
        )
        clear_field_errors(self._link_errors)
        clear_field_errors(self._disposal_errors)

        self._current: AssetDTO | None = None
        self._dirty = False
        self._loading = False
        self._open_srs: list[ServiceRequestDTO] = []
        self._sr_names: dict[int, str] = {}
        #: The names of who last changed each asset (from the client's screen).
        self._user_names = UserNames()
        #: The client whose assets the table shows (the read model may still be on its way).
        self._shown_contact_id: int | None = None
        self._writing = False

        for combo in (ui.typeCombo, ui.accountTypeCombo, ui.sourceCombo, ui.findingCombo):
            combo.currentIndexChanged.connect(self._edited)
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)
        ui.disposedCheck.toggled.connect(self._edited)
        ui.descriptionEdit.textEdited.connect(self._edited)
        ui.valueEdit.textEdited.connect(self._edited)
        ui.recordedEdit.dateChanged.connect(self._edited)
        ui.assetsTable.selectionModel().selectionChanged.connect(self._selection_changed)
        ui.srCombo.currentIndexChanged.connect(self._update_link_buttons)
        ui.newButton.clicked.connect(self.start_new)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.discard_changes)
        ui.disregardButton.clicked.connect(self.disregard_selected)
        ui.linkButton.clicked.connect(self.link_selected)
        ui.unlinkButton.clicked.connect(self.unlink_selected)
        ui.flagDisposalButton.clicked.connect(self.flag_disposal)
        ui.clearDisposalButton.clicked.connect(self.clear_disposal)
        self.set_client(None)

    # ------------------------------------------------------------------ ClientView

    uses_screen = True

    def set_client(self, contact_id: int | None) -> None:
        self._show_client(contact_id)

    def open_screen(self, screen: ClientScreen) -> None:
        self._show_client(screen.contact.id, screen)

    def _show_client(self, contact_id: int | None, screen: ClientScreen | None = None) -> None:
        """Show a client: from ``screen`` when it is theirs, else read on the data lane."""
        super().set_client(contact_id)
        self._dirty = False
        clear_field_errors(self._link_errors)
        if contact_id is None:
            self._shown_contact_id = None
            self.model.set_rows([])
            self._open_srs = []
            self._fill_sr_combo()
            self._load_form(None)
            self.setEnabled(False)
            return
        if screen is not None and screen.contact.id == contact_id:
            self.show_screen(screen)
        else:
            self.load_screen()

    def show_screen(self, screen: ClientScreen) -> None:
        """Fill the table, the link row and the form from the client's read model."""
        contact_id = screen.contact.id
        if contact_id != self.contact_id:
            return
        same_client = contact_id == self._shown_contact_id
        keep = self._current.id if same_client and self._current is not None else None
        self._shown_contact_id = contact_id
        self.setEnabled(True)
        # Only the paying parent's assets can be associated to a case's SRs.
        srs = [
            sr
            for case in screen.cases
            if case.case.paying_parent_id == contact_id
            for sr in case.service_requests
        ]
        self._sr_names = {sr.id: sr_name(sr) for sr in srs}
        self._user_names = screen.names
        self._open_srs = [sr for sr in srs if not sr.read_only]
        self.model.set_rows(list(screen.assets))
        self.model.set_service_request_names(self._sr_names)
        self._fill_sr_combo()
        row = self.model.row_of_id(keep) if keep is not None else None
        if same_client and self._dirty:
            # The user typed while the screen was read: keep their edits in the form.
            self._mark_row(row)
            self._show_links(self._current)
            self._update_link_buttons()
            return
        # Edits typed meanwhile were in another client's form: the form now shows this one's.
        self._dirty = False
        if keep is None and screen.assets:
            row = 0
        if row is None:
            self._load_form(None)
        else:
            self._select(row)

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def discard_changes(self) -> None:
        self._dirty = False
        self.refresh()

    def save(self) -> bool:
        """Create the asset in the form, or save the changes to the selected one.

        The form is checked here; the service call runs on the data lane.

        Returns:
            False when the form or the service refused the asset (the reasons are under the
            fields). True when it was saved or there was nothing to save; when the database
            answers later (not in tests), True means the save started, and a refusal then
            appears under the fields.
        """
        if self.contact_id is None or self._writing:
            return True
        current = self._current
        if current is not None and current.is_disregarded:
            return True
        if not self._dirty:
            self.status_message.emit("Nothing to save")
            return True
        contact_id = self.contact_id
        clear_field_errors(self._errors)
        try:
            data = self._form_input()
        except ValidationError as exc:
            self._not_saved(exc)
            return False
        outcome: list[bool] = []

        def write(ctx: ServiceContext) -> AssetDTO:
            if current is None:
                return assets.create_asset(ctx, contact_id, data)
            return assets.update_asset(ctx, current.id, current.version, data)

        def saved(asset: AssetDTO) -> None:
            self._writing = False
            outcome.append(True)
            self._dirty = False
            self._current = asset
            self.load_screen()
            self.status_message.emit("Asset added" if current is None else "Asset saved")
            self.data_changed.emit()

        def refused(exc: BaseException) -> None:
            self._writing = False
            outcome.append(False)
            if isinstance(exc, ValidationError):
                self._not_saved(exc)
            elif not handle_service_error(self, exc, reload=self.discard_changes):
                raise exc

        self._write(write, saved, refused)
        return outcome[0] if outcome else True

    def _not_saved(self, exc: ValidationError) -> None:
        show_field_errors(self._errors, exc)
        self.status_message.emit("Asset not saved: correct the fields marked in red")

    def _write(
        self,
        fn: Callable[[ServiceContext], AssetDTO],
        on_success: Callable[[AssetDTO], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        # One write at a time: a second click while the first is on its way would save twice.
        self._writing = True
        runner_for(self.ctx).run(Operation(self, fn, on_success, on_failure))

    # ------------------------------------------------------------------ actions

    def start_new(self) -> None:
        """Clear the selection and the form to record a new asset."""
        if self._dirty and not self._confirm_discard():
            return
        self._dirty = False
        self.ui.assetsTable.selectionModel().blockSignals(True)
        self.ui.assetsTable.clearSelection()
        self.ui.assetsTable.selectionModel().blockSignals(False)
        self._load_form(None)
        self.ui.typeCombo.setFocus()

    def disregard_selected(self) -> None:
        """Ask why, confirm, then disregard the selected asset (its details are removed)."""
        asset = self._current
        if asset is None or asset.is_disregarded:
            return
        dialog = DisregardDialog(self.ctx, asset, self)
        accepted = forms.run_dialog(dialog)
        if accepted and dialog.result_asset is not None:
            self._dirty = False
            self.refresh()
            self.status_message.emit(
                "Asset disregarded: its details were removed; the record of the search is kept"
            )
            self.data_changed.emit()
        elif dialog.needs_reload:
            self.discard_changes()
        dialog.deleteLater()

    def link_selected(self) -> None:
        """Associate the selected asset to the service request chosen in the combo."""
        self._change_link(link=True)

    def unlink_selected(self) -> None:
        """Remove the association of the selected asset to the chosen service request."""
        self._change_link(link=False)

    def _change_link(self, *, link: bool) -> None:
        asset, sr_id = self._current, combo_value(self.ui.srCombo)
        if asset is None or sr_id is None or self._writing:
            return
        if self._dirty and not self._confirm_discard():
            return
        clear_field_errors(self._link_errors)
        asset_id = asset.id

        def write(ctx: ServiceContext) -> AssetDTO:
            if link:
                return assets.link_asset_to_sr(ctx, sr_id, asset_id)
            return assets.unlink_asset_from_sr(ctx, sr_id, asset_id)

        def changed(_asset: AssetDTO) -> None:
            self._writing = False
            self._dirty = False
            self.load_screen()
            verb = "linked to" if link else "unlinked from"
            self.status_message.emit(f"Asset {verb} SR {sr_id}")
            self.data_changed.emit()

        def refused(exc: BaseException) -> None:
            self._writing = False
            if isinstance(exc, ValidationError):
                show_field_errors(self._link_errors, exc)
            elif not handle_service_error(self, exc, reload=self.refresh):
                raise exc

        self._write(write, changed, refused)

    def flag_disposal(self) -> None:
        """Flag the selected asset as about to be disposed of (Check CSA: urgent)."""
        asset = self._current
        if asset is None or self._writing:
            return
        noted_on = self.ui.disposalDateEdit.value()
        source = combo_enum(self.ui.disposalSourceCombo, InformationSource)
        self._change_disposal(
            lambda ctx: legacy.flag_imminent_disposal(
                ctx, asset.id, asset.version, noted_on, source
            ),
            "Asset flagged as about to be disposed of",
        )

    def clear_disposal(self) -> None:
        """Clear the selected asset's about-to-be-disposed-of flag (the danger has passed)."""
        asset = self._current
        if asset is None or self._writing:
            return
        self._change_disposal(
            lambda ctx: legacy.clear_imminent_disposal(ctx, asset.id, asset.version),
            "About-to-be-disposed-of flag cleared",
        )

    def _change_disposal(
        self, fn: Callable[[ServiceContext], AttentionVerdict], done_message: str
    ) -> None:
        if self._dirty and not self._confirm_discard():
            return
        clear_field_errors(self._disposal_errors)

        def changed(verdict: AttentionVerdict) -> None:
            self._writing = False
            self._dirty = False
            self.load_screen()
            level = f": the client is now {verdict.label}" if verdict.label else ""
            self.status_message.emit(done_message + level)
            self.data_changed.emit()

        def refused(exc: BaseException) -> None:
            self._writing = False
            if isinstance(exc, ValidationError):
                show_field_errors(self._disposal_errors, exc)
            elif not handle_service_error(self, exc, reload=self.refresh):
                raise exc

        self._writing = True
        runner_for(self.ctx).run(Operation(self, fn, changed, refused))

    def _show_disposal(self, asset: AssetDTO | None) -> None:
        """The selected asset's about-to-be-disposed-of flag, and the inputs to set or clear it."""
        ui = self.ui
        clear_field_errors(self._disposal_errors)
        flagged = asset is not None and asset.imminent_disposal_on is not None
        usable = asset is not None and not asset.is_disregarded
        if asset is None:
            ui.disposalStateLabel.setText("Select an asset to flag it.")
        elif flagged:
            source = asset.imminent_disposal_source
            ui.disposalStateLabel.setText(
                f"<b>⚠ Urgent:</b> about to be disposed of, noted "
                f"{format_date(asset.imminent_disposal_on)}"
                f"{f', learnt from {source.label}' if source else ''}."
            )
        else:
            ui.disposalStateLabel.setText("Not flagged.")
        ui.disposalDateEdit.set_value(
            asset.imminent_disposal_on if flagged and asset else self.ctx.today()
        )
        if flagged and asset is not None:
            select_value(ui.disposalSourceCombo, asset.imminent_disposal_source)
        else:
            ui.disposalSourceCombo.setCurrentIndex(-1)
        for widget in (ui.disposalDateEdit, ui.disposalSourceCombo, ui.flagDisposalButton):
            widget.setEnabled(usable)
        ui.flagDisposalButton.setText(
            "Change the flag" if flagged else "Flag as about to be disposed of"
        )
        ui.clearDisposalButton.setEnabled(flagged)

    # ------------------------------------------------------------------ form

    def _fill_sr_combo(self) -> None:
        chosen = combo_value(self.ui.srCombo)
        fill_combo(
            self.ui.srCombo,
            ((sr_name(sr), sr.id) for sr in self._open_srs),
            placeholder="No open service request" if not self._open_srs else "Choose…",
        )
        if chosen is not None:
            select_value(self.ui.srCombo, chosen)
        elif self._open_srs:
            self.ui.srCombo.setCurrentIndex(0)
        self._update_link_buttons()

    def _select(self, row: int) -> None:
        self._mark_row(row)
        self._load_form(self.model.asset_at(row))

    def _mark_row(self, row: int | None) -> None:
        """Select a row of the table without loading it into the form."""
        selection = self.ui.assetsTable.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.ui.assetsTable.clearSelection()
        else:
            select_row(self.ui.assetsTable, row)
        selection.blockSignals(False)

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        row = selected_row(self.ui.assetsTable)
        asset = self.model.asset_at(row) if row is not None else None
        if asset is not None and self._current is not None and asset.id == self._current.id:
            return
        if self._dirty and not self._confirm_discard():
            # Go back to the asset being edited without reloading the form.
            back = self.model.row_of_id(self._current.id) if self._current else None
            self.ui.assetsTable.selectionModel().blockSignals(True)
            select_row(self.ui.assetsTable, back)
            self.ui.assetsTable.selectionModel().blockSignals(False)
            return
        self._dirty = False
        self._load_form(asset)

    def _confirm_discard(self) -> bool:
        return forms.confirm(
            self,
            "Unsaved changes",
            "The asset in the form has changes that are not saved. Discard them?",
            "&Discard changes",
        )

    def _load_form(self, asset: AssetDTO | None) -> None:
        ui = self.ui
        self._loading = True
        try:
            self._current = asset
            clear_field_errors(self._errors)
            if asset is None:
                ui.modeLabel.setText("New asset")
                ui.typeCombo.setCurrentIndex(-1)
                select_value(ui.accountTypeCombo, None)
                ui.descriptionEdit.clear()
                ui.valueEdit.clear()
                ui.sourceCombo.setCurrentIndex(-1)
                ui.recordedEdit.set_value(self.ctx.today())
                select_value(ui.findingCombo, AssetFinding.UNASSESSED)
                ui.disposedCheck.setChecked(False)
            else:
                ui.disposedCheck.setChecked(asset.disposed_to_third_party)
                ui.modeLabel.setText(f"Asset recorded {format_date(asset.recorded_on)}")
                select_value(ui.typeCombo, asset.asset_type)
                select_value(ui.accountTypeCombo, asset.account_type)
                ui.descriptionEdit.setText(asset.description or "")
                ui.valueEdit.set_value(asset.estimated_value)
                select_value(ui.sourceCombo, asset.source)
                ui.recordedEdit.set_value(asset.recorded_on)
                if asset.is_disregarded:
                    ui.findingCombo.setCurrentIndex(-1)
                    ui.findingCombo.setPlaceholderText(AssetFinding.DISREGARDED.label)
                else:
                    select_value(ui.findingCombo, asset.finding)
        finally:
            self._loading = False
        disregarded = asset is not None and asset.is_disregarded
        for widget in (
            ui.typeCombo,
            ui.descriptionEdit,
            ui.valueEdit,
            ui.sourceCombo,
            ui.recordedEdit,
            ui.findingCombo,
            ui.disposedCheck,
        ):
            widget.setEnabled(not disregarded)
        ui.descriptionEdit.setPlaceholderText("(details removed)" if disregarded else "")
        self._type_changed()
        ui.disregardedLabel.setVisible(disregarded)
        if asset is not None and disregarded:
            ui.disregardedLabel.setText(
                f"Disregarded on {format_date(asset.disregarded_on)} by "
                f"{self._user_names.of(asset.updated_by) or 'a user'}: "
                f"{asset.disregard_reason or ''}\n"
                "The details were removed; the record that the search was made is kept."
            )
        ui.saveButton.setEnabled(not disregarded)
        ui.revertButton.setEnabled(not disregarded)
        ui.disregardButton.setEnabled(asset is not None and not disregarded)
        self._show_links(asset)
        self._show_disposal(asset)
        self._update_link_buttons()

    def _type_changed(self) -> None:
        # An account type belongs to a bank or building society account only.
        asset_type = combo_enum(self.ui.typeCombo, AssetType)
        is_account = asset_type is not None and asset_type.has_account_type
        disregarded = self._current is not None and self._current.is_disregarded
        self.ui.accountTypeCombo.setEnabled(is_account and not disregarded)
        if not is_account and not self._loading:
            select_value(self.ui.accountTypeCombo, None)

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True

    def _form_input(self) -> AssetInput:
        """The values in the form.

        Raises:
            ValidationError: a choice is missing or the value is not an amount; nothing is
                sent to the service until these are put right.
        """
        ui = self.ui
        problems: dict[str, str] = {}
        asset_type = combo_enum(ui.typeCombo, AssetType)
        source = combo_enum(ui.sourceCombo, InformationSource)
        if asset_type is None:
            problems["asset_type"] = "Choose the type of asset"
        if source is None:
            problems["source"] = "Choose where the information came from"
        try:
            value = ui.valueEdit.value()
        except ValueError:
            problems["estimated_value"] = ui.valueEdit.parse_error() or "Not an amount"
            value = None
        if problems or asset_type is None or source is None:
            raise ValidationError(problems)
        recorded: date | None = ui.recordedEdit.value()
        return AssetInput(
            asset_type=asset_type,
            source=source,
            recorded_on=recorded,
            account_type=combo_enum(ui.accountTypeCombo, AccountType),
            description=ui.descriptionEdit.text(),
            estimated_value=value,
            finding=combo_enum(ui.findingCombo, AssetFinding) or AssetFinding.UNASSESSED,
            disposed_to_third_party=ui.disposedCheck.isChecked(),
        )

    # ------------------------------------------------------------------ links

    def _show_links(self, asset: AssetDTO | None) -> None:
        if asset is None:
            self.ui.linkedLabel.setText("")
            return
        if not asset.service_request_ids:
            self.ui.linkedLabel.setText("The selected asset is not linked to a service request.")
            return
        names = [self._sr_names.get(i, f"SR {i}") for i in asset.service_request_ids]
        self.ui.linkedLabel.setText("Linked to: " + "; ".join(names))

    def _update_link_buttons(self) -> None:
        sr_id = combo_value(self.ui.srCombo)
        sr = next((s for s in self._open_srs if s.id == sr_id), None)
        verdict = assets.link_verdict(
            self._current, sr.id if sr else None, sr.status if sr else None
        )
        for button, allowed in (
            (self.ui.linkButton, verdict.link),
            (self.ui.unlinkButton, verdict.unlink),
        ):
            button.setEnabled(allowed.allowed)
            # A disabled button says why, in the service's words.
            why = "" if allowed.allowed else "; ".join(allowed.reasons)
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self.ui.srCombo.setEnabled(bool(self._open_srs))
