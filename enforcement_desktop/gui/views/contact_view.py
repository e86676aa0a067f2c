"""The Contact view: who the client is, the PV marker, their case, and tabs for everything recorded
on them."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from enforcement_desktop.domain.enums import (
    ContactRole,
)
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import joined_name
from enforcement_desktop.gui.dialogs.address_dialog import AddressDialog
from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_contact_view import Ui_ContactView
from enforcement_desktop.gui.models.addresses_model import AddressesModel, VehiclesModel
from enforcement_desktop.gui.models.assets_model import AssetsModel
from enforcement_desktop.gui.models.contact_models import (
    CasePartiesModel,
    ClientServiceRequestsModel,
    NotesModel,
)
from enforcement_desktop.gui.models.orders_model import OrdersModel
from enforcement_desktop.gui.views.contact_case import CaseBox, text_or_empty
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.contact_fields import (
    client_error_labels,
    client_values,
    fill_choice_combos,
    show_sensitive,
)
from enforcement_desktop.gui.widgets.forms import (
    fill_enum_combo,
    fit_wrapped_labels,
    select_value,
    selected_row,
    setup_table,
)
from enforcement_desktop.gui.widgets.length_guard import guard_lengths
from enforcement_desktop.services import contacts, legacy, notes, orders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO
from enforcement_desktop.services.contacts import ContactDTO, ContactInput
from enforcement_desktop.services.screens import ClientScreen

#: In view mode the summary reads as values, not as a form waiting for input.
VIEW_MODE_STYLE = """
QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {
    border: none; background: transparent;
}
QComboBox:disabled, OptionalDateEdit:disabled {
    color: #202124; border: none; background: transparent; padding-left: 1px;
}
QComboBox::drop-down:disabled { width: 0px; border: none; }
QComboBox::down-arrow:disabled { image: none; }
QCheckBox:disabled { color: #202124; }
"""


#: Why a sensitive client's addresses are not listed (the Special Client Records role sees them).
ADDRESSES_WITHHELD = (
    "A sensitive case: the addresses are shown only to users in Special Client Records (Check "
    "CSA, step 4)."
)


#: Contacts that are not clients: an organisation or a person outside the client records, on no
#: case, whose summary is a name, a phone and an email (the address in the Addresses tab).
PARTY_ROLES = (ContactRole.EMPLOYER, ContactRole.THIRD_PARTY)

#: The summary of each kind of contact, and what its name field is called.
_DETAILS_TITLE = {
    ContactRole.EMPLOYER: "Employer details",
    ContactRole.THIRD_PARTY: "Third party details",
}
_PARTY_NAME_LABEL = {
    ContactRole.EMPLOYER: "Organisation &name:",
    ContactRole.THIRD_PARTY: "&Name:",
}
_PARTY_NAME_TIP = (
    "The name in full, as on its letters: one word or more (e.g. 'Tesco', 'Acme Works Ltd')."
)
#: What only a parent (a client) has: hidden for an employer or third party.
_CLIENT_ONLY_FIELDS = (
    "titleEdit",
    "lastNameEdit",
    "otherNamesEdit",
    "dateOfBirthEdit",
    "ninoEdit",
    "scinEdit",
    "jurisdictionCombo",
    "pvCheck",
    "controlMeasuresEdit",
    "sensitiveCheck",
    "employmentCombo",
    "employerEdit",
    "professionalBodyEdit",
    "licenceCheck",
    "licenceNumberEdit",
    "passportCheck",
    "dependsCheck",
)


class ContactView(CaseBox):
    """Summary of the client (editable through Edit details / Save), the PV marker banner, the
    Case box, and tabs for addresses, vehicles, assets, service requests, enforcement orders and
    notes.

    The Case box shows one case of the client (a chooser above it when they have several) and
    its other parties. When the client is that case's paying parent, the case can be changed
    here: Edit case… (scheme, region, team, arrears, flags), Wilful refusal… (the finding the
    last-resort sanctions need), and adding or removing receiving parents (Insert and Delete in
    the parties table, or its context menu). A receiving parent sees the case read-only: the
    case and its enforcement belong to the paying parent, whom they can open from the table, so
    changes are made there and never from the other side by mistake.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    title = "Contact"
    #: Ask the main window to show the Asset view of this client.
    open_asset_view = Signal()
    #: Ask the main window to show the Enforcement Orders view of this client.
    open_orders_view = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ContactView()
        self.ui.setupUi(self)
        ui = self.ui
        self.contact: ContactDTO | None = None
        self._cases: list[CaseDTO] = []
        self._owed_under_los: dict[int, Decimal] = {}
        #: The case chosen in the Case box, kept while the same client is reloaded.
        self._case_id: int | None = None
        self._editing = False
        self._dirty = False
        self._loading = False
        #: The role of the contact shown when an employer or third party (None: a parent).
        self._party_role: ContactRole | None = None

        self.addresses_model = AddressesModel(self)
        self.vehicles_model = VehiclesModel(self)
        self.assets_model = AssetsModel(self)
        self.srs_model = ClientServiceRequestsModel(self, today=ctx.today())
        self.orders_model = OrdersModel(self)
        self.notes_model = NotesModel(self)
        self.parties_model = CasePartiesModel(self)
        for table, model, stretch in (
            (ui.addressesTable, self.addresses_model, AddressesModel.ADDRESS),
            (ui.vehiclesTable, self.vehicles_model, VehiclesModel.COLOUR),
            (ui.assetsTable, self.assets_model, AssetsModel.DESCRIPTION),
            (ui.srTable, self.srs_model, ClientServiceRequestsModel.CATEGORY),
            (ui.ordersTable, self.orders_model, OrdersModel.COURT),
            (ui.notesTable, self.notes_model, NotesModel.TEXT),
            (ui.partiesTable, self.parties_model, CasePartiesModel.NAME),
        ):
            table.setModel(model)
            setup_table(table, stretch=stretch)
        ui.notesSplitter.setStretchFactor(0, 3)
        ui.notesSplitter.setStretchFactor(1, 2)

        fill_enum_combo(ui.roleCombo, ContactRole)
        fill_choice_combos(ui)
        self._errors = {
            **client_error_labels(ui),
            "professional_body": ui.professionalBodyError,
            "driving_licence_number": ui.licenceNumberError,
            GENERAL_FIELD: ui.generalError,
        }
        self._note_errors = {"text": ui.noteError, GENERAL_FIELD: ui.noteError}
        self._sensitive_errors = {"sensitive": ui.sensitiveError, GENERAL_FIELD: ui.sensitiveError}
        # Pasted text over a field's limit is kept and said, not cut by maxLength.
        guard_lengths(self)
        clear_field_errors(self._errors)
        fit_wrapped_labels(
            self,
            [*self._errors.values(), *self._note_errors.values(), ui.sensitiveError],
        )
        clear_field_errors(self._note_errors)
        clear_field_errors(self._sensitive_errors)
        ui.detailsGroup.setStyleSheet(VIEW_MODE_STYLE)
        self._line_edits = (
            ui.titleEdit,
            ui.firstNameEdit,
            ui.lastNameEdit,
            ui.otherNamesEdit,
            ui.ninoEdit,
            ui.scinEdit,
            ui.phoneEdit,
            ui.emailEdit,
            ui.employerEdit,
            ui.professionalBodyEdit,
            ui.licenceNumberEdit,
        )
        self._choosers: tuple[QWidget, ...] = (
            ui.roleCombo,
            ui.jurisdictionCombo,
            ui.employmentCombo,
            ui.dateOfBirthEdit,
            ui.pvCheck,
            ui.licenceCheck,
            ui.passportCheck,
            ui.dependsCheck,
        )
        for edit in self._line_edits:
            edit.textEdited.connect(self._edited)
        for combo in (ui.roleCombo, ui.jurisdictionCombo, ui.employmentCombo):
            combo.currentIndexChanged.connect(self._edited)
        for check in (ui.pvCheck, ui.licenceCheck, ui.passportCheck, ui.dependsCheck):
            check.toggled.connect(self._edited)
        ui.dateOfBirthEdit.dateChanged.connect(self._edited)
        ui.controlMeasuresEdit.textChanged.connect(self._edited)

        # Saved at once through its own service, not with Edit details: who may change it is
        # not who may edit the details.
        ui.sensitiveCheck.clicked.connect(self.set_sensitive)
        ui.editButton.clicked.connect(self.start_editing)
        ui.cancelButton.clicked.connect(self.discard_changes)
        ui.saveButton.clicked.connect(self.save)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), ui.detailsGroup)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(self._escape)

        ui.partiesTable.activated.connect(self._open_party)
        ui.partiesTable.doubleClicked.connect(self._open_party)
        ui.partiesTable.selectionModel().selectionChanged.connect(self._update_case_actions)
        ui.caseCombo.currentIndexChanged.connect(self._case_chosen)
        ui.editCaseButton.clicked.connect(self.edit_case)
        ui.wilfulRefusalButton.clicked.connect(self.record_wilful_refusal)
        ui.addReceivingParentButton.clicked.connect(self.add_receiving_parent)
        ui.removeReceivingParentButton.clicked.connect(self.remove_receiving_parent)
        self.add_receiving_parent_action = self._table_action(
            ui.partiesTable, Qt.Key.Key_Insert, self.add_receiving_parent
        )
        self.add_receiving_parent_action.setText("&Add receiving parent…")
        self.remove_receiving_parent_action = self._table_action(
            ui.partiesTable, Qt.Key.Key_Delete, self.remove_receiving_parent
        )
        self.remove_receiving_parent_action.setText("&Remove receiving parent…")
        ui.partiesTable.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        ui.srTable.activated.connect(self._open_service_request)
        ui.srTable.doubleClicked.connect(self._open_service_request)
        ui.addressesTable.activated.connect(lambda _index: self.edit_address())
        ui.vehiclesTable.activated.connect(lambda _index: self.edit_vehicle())
        ui.addressesTable.doubleClicked.connect(lambda _index: self.edit_address())
        ui.vehiclesTable.doubleClicked.connect(lambda _index: self.edit_vehicle())
        ui.addAddressButton.clicked.connect(self.add_address)
        ui.editAddressButton.clicked.connect(self.edit_address)
        ui.addVehicleButton.clicked.connect(self.add_vehicle)
        ui.editVehicleButton.clicked.connect(self.edit_vehicle)
        ui.removeVehicleButton.clicked.connect(self.remove_vehicle)
        ui.openAssetsButton.clicked.connect(self.open_asset_view)
        ui.openOrdersButton.clicked.connect(self.open_orders_view)
        ui.assetsTable.activated.connect(lambda _index: self.open_asset_view.emit())
        ui.ordersTable.activated.connect(lambda _index: self.open_orders_view.emit())
        ui.addNoteButton.clicked.connect(self.add_note)
        self._table_action(ui.addressesTable, Qt.Key.Key_Insert, self.add_address)
        self._table_action(ui.vehiclesTable, Qt.Key.Key_Insert, self.add_vehicle)
        self._table_action(ui.vehiclesTable, Qt.Key.Key_Delete, self.remove_vehicle)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(key), ui.noteEdit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        self.set_client(None)

    @staticmethod
    def _table_action(table: QAbstractItemView, key: Qt.Key, slot: Callable[[], None]) -> QAction:
        action = QAction(table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        table.addAction(action)
        return action

    # ------------------------------------------------------------------ ClientView

    uses_screen = True

    def set_client(self, contact_id: int | None) -> None:
        self._show_client(contact_id)

    def open_screen(self, screen: ClientScreen) -> None:
        self._show_client(screen.contact.id, screen)

    def _show_client(
        self,
        contact_id: int | None,
        screen: ClientScreen | None = None,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Show a client: from ``screen`` when it is theirs, else read on the data lane."""
        if contact_id != self.contact_id:
            self._case_id = None
        super().set_client(contact_id)
        self._editing = False
        self._dirty = False
        clear_field_errors(self._errors)
        clear_field_errors(self._note_errors)
        if contact_id is None:
            self.contact = None
            for model in (
                self.addresses_model,
                self.vehicles_model,
                self.assets_model,
                self.srs_model,
                self.orders_model,
                self.notes_model,
                self.parties_model,
            ):
                model.set_rows([])
            self.ui.pvBanner.setVisible(False)
            self._cases = []
            self.ui.caseCombo.clear()
            self.ui.caseLabel.setText("")
            self._update_case_actions()
            self._set_editing(False)
            self.setEnabled(False)
            return
        if screen is not None and screen.contact.id == contact_id:
            self.show_screen(screen)
            if then is not None:
                then()
            return
        self.load_screen(then)

    def refresh(self) -> None:
        self._show_client(self.contact_id)

    def show_screen(self, screen: ClientScreen) -> None:
        """Fill every part of the view from the client's read model."""
        if screen.contact.id != self.contact_id:
            return
        contact = screen.contact
        client_cases = [c.case for c in screen.cases]
        client_srs = list(screen.service_requests)
        self.setEnabled(True)
        self.contact = contact
        self._owed_under_los = {
            c.case.id: orders.owed_under_liability_orders(c.orders) for c in screen.cases
        }
        self._names = screen.names
        self._show_contact(contact)
        clear_field_errors(self._sensitive_errors)
        show_sensitive(self.ui.sensitiveCheck, contact.sensitive, screen.sensitive_marking)
        self._show_cases(contact, client_cases)
        self.addresses_model.set_rows(
            sorted(contact.addresses, key=lambda a: (not a.is_current, a.address_type.value))
        )
        # The read model left a sensitive case's addresses out for this user (Check CSA).
        withheld = contact.addresses_hidden
        self.ui.addressesTable.setToolTip(ADDRESSES_WITHHELD if withheld else "")
        self.ui.addAddressButton.setEnabled(not withheld)
        self.vehicles_model.set_rows(contact.vehicles)
        self.assets_model.set_rows(list(screen.assets))
        self.assets_model.set_service_request_names(
            {sr.id: f"SR {sr.id} — {sr.sub_area} ({sr.status.label})" for sr in client_srs}
        )
        self.srs_model.today = self.ctx.today()
        # SRs raised on this contact on a case they are not a parent on (a criminal referral
        # on an employer or a third party) are theirs to see too.
        self.srs_model.names = screen.names
        self.srs_model.set_rows(client_srs + list(screen.subject_service_requests))
        self.orders_model.set_rows([o for c in screen.cases for o in c.orders])
        self.notes_model.names = screen.names
        self.notes_model.set_rows(list(screen.notes))
        self._update_tab_titles()
        self._set_editing(False)

    def has_unsaved_changes(self) -> bool:
        return self._editing and self._dirty

    def discard_changes(self) -> None:
        self._editing = False
        self._dirty = False
        self.refresh()

    def save(self) -> bool:
        """Save the client's details (Edit details mode); errors appear next to the fields."""
        contact = self.contact
        if contact is None or not self._editing:
            return True
        if not self._dirty:
            self._set_editing(False)
            self.status_message.emit("Nothing to save")
            return True
        saved = self.save_through(
            self._errors,
            lambda: contacts.update_contact(self.ctx, contact.id, contact.version, self._input()),
            not_saved="Details not saved",
        )
        if saved is None:
            return False
        self._editing = False
        self._dirty = False
        self.refresh()
        self.status_message.emit(f"Details of {saved.full_name} saved")
        self.data_changed.emit()
        return True

    # ------------------------------------------------------------------ summary

    def start_editing(self) -> None:
        """Make the summary editable (Save or Cancel ends it)."""
        if self.contact is None:
            return
        self._set_editing(True)
        self.ui.firstNameEdit.setFocus()

    def _escape(self) -> None:
        if self._editing:
            self.discard_changes()

    def _set_editing(self, editing: bool) -> None:
        self._editing = editing
        ui = self.ui
        for edit in self._line_edits:
            edit.setReadOnly(not editing)
        ui.controlMeasuresEdit.setReadOnly(not editing)
        for widget in self._choosers:
            widget.setEnabled(editing)
        ui.editButton.setVisible(not editing)
        ui.saveButton.setVisible(editing)
        ui.cancelButton.setVisible(editing)
        role = self._party_role
        title = _DETAILS_TITLE[role] if role is not None else "Client details"
        ui.detailsGroup.setTitle(f"{title} — editing" if editing else title)
        for widget in (*self._line_edits, ui.controlMeasuresEdit):
            # The style sheet selects on readOnly, which Qt reads only when polishing.
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def _edited(self) -> None:
        if not self._loading and self._editing:
            self._dirty = True

    def _show_contact(self, c: ContactDTO) -> None:
        ui = self.ui
        self._show_kind(c.role if c.role in PARTY_ROLES else None)
        self._loading = True
        try:
            self._fill_fields(c.to_input())
        finally:
            self._loading = False
        for edit in self._line_edits:
            edit.setCursorPosition(0)  # show the start of a long value, not its end
        changed_by = self._names.of(c.updated_by)
        ui.updatedLabel.setText(f"Last changed by {changed_by}" if changed_by else "")
        ui.updatedLabel.setToolTip(self._names.tooltip(c.updated_by))
        ui.pvBanner.setVisible(c.pv_marker)
        if c.pv_marker:
            measures = escape(c.pv_control_measures or "none recorded")
            ui.pvBanner.setText(
                f"<b>⚠ PV MARKER — {escape(c.full_name)} is potentially violent.</b> "
                f"Control measures: {measures}"
            )
            ui.pvBanner.setAccessibleDescription(
                f"PV marker: potentially violent. Control measures: {c.pv_control_measures or ''}"
            )

    def _show_kind(self, party_role: ContactRole | None) -> None:
        """Lay the summary out for a parent, or for an employer or third party (party_role):
        their name in one field, role, phone and email; no personal or enforcement fields, no
        vehicles, assets, orders or case, which are a paying parent's."""
        self._party_role = party_role
        ui = self.ui
        party = party_role is not None
        for name in _CLIENT_ONLY_FIELDS:
            widget = getattr(ui, name)
            for form in (ui.leftForm, ui.middleForm, ui.rightForm):
                if form.indexOf(widget) >= 0:
                    form.setRowVisible(widget, not party)
        for tab in (ui.vehiclesTab, ui.assetsTab, ui.ordersTab):
            ui.tabs.setTabVisible(ui.tabs.indexOf(tab), not party)
        ui.caseGroup.setVisible(not party)
        if party_role is not None:
            ui.firstNameLabel.setText(_PARTY_NAME_LABEL[party_role])
            ui.firstNameEdit.setAccessibleName(_PARTY_NAME_LABEL[party_role].strip(":&"))
            ui.firstNameEdit.setToolTip(_PARTY_NAME_TIP)
            # An older record's two parts and the space between them show whole; the service
            # says beside the field when a name is too long to save.
            ui.firstNameEdit.setMaxLength(201)
            self._errors["last_name"] = ui.firstNameError
        else:
            ui.firstNameLabel.setText("Fi&rst name:")
            ui.firstNameEdit.setAccessibleName("First name")
            ui.firstNameEdit.setToolTip("")
            ui.firstNameEdit.setMaxLength(100)
            self._errors["last_name"] = ui.lastNameError
        self._set_editing(self._editing)

    def _input(self) -> ContactInput:
        ui = self.ui
        values = client_values(ui)
        if self._party_role is not None:
            # One field, one word or more: the service keeps it whole (contacts.PARTY_ROLES).
            values["first_name"], values["last_name"] = "", ui.firstNameEdit.text()
        return ContactInput(
            **values,
            holds_driving_licence=ui.licenceCheck.isChecked(),
            driving_licence_number=ui.licenceNumberEdit.text(),
            holds_passport=ui.passportCheck.isChecked(),
            depends_on_driving=ui.dependsCheck.isChecked(),
            professional_body=ui.professionalBodyEdit.text(),
        )

    def _addresses_title(self) -> str:
        withheld = self.contact is not None and self.contact.addresses_hidden
        return "Addresses withheld" if withheld else "Addresses"

    def _update_tab_titles(self) -> None:
        ui = self.ui
        disregarded = sum(1 for a in self.assets_model.rows() if a.is_disregarded)
        for tab, name, count in (
            (ui.addressesTab, self._addresses_title(), self.addresses_model.rowCount()),
            (ui.vehiclesTab, "Vehicles", self.vehicles_model.rowCount()),
            (ui.assetsTab, "Assets", self.assets_model.rowCount()),
            (ui.srTab, "Service Requests", self.srs_model.rowCount()),
            (ui.ordersTab, "Enforcement Orders", self.orders_model.rowCount()),
            (ui.notesTab, "Notes", self.notes_model.rowCount()),
        ):
            ui.tabs.setTabText(ui.tabs.indexOf(tab), f"{name} ({count})")
        ui.assetsSummaryLabel.setText(
            f"{self.assets_model.rowCount()} recorded, {disregarded} disregarded. "
            "Add, change, disregard or link them in the Asset view."
        )
        ui.ordersSummaryLabel.setText(
            "Add orders and payments, and see the enforcement options, in the Enforcement "
            "Orders view."
        )

    # ------------------------------------------------------------------ tables

    def _open_party(self, index: QModelIndex) -> None:
        party = self.parties_model.party_at(index.row()) if index.isValid() else None
        if party is not None:
            self.open_client.emit(party.contact_id)

    def _open_service_request(self, index: QModelIndex) -> None:
        sr = self.srs_model.service_request_at(index.row()) if index.isValid() else None
        if sr is not None:
            self.open_service_request.emit(sr.id)

    def add_address(self) -> None:
        """Add an address to the client."""
        self._address_dialog(None)

    def edit_address(self) -> None:
        """Change the selected address."""
        row = selected_row(self.ui.addressesTable)
        address = self.addresses_model.address_at(row) if row is not None else None
        if address is not None:
            self._address_dialog(address)

    def _address_dialog(self, address: contacts.AddressDTO | None) -> None:
        if self.contact is None:
            return
        dialog = AddressDialog(self.ctx, self.contact.id, address, self)
        if forms.run_dialog(dialog):
            self._reload_keeping_edits()
            self.status_message.emit("Address saved" if address else "Address added")
            self.data_changed.emit()
        elif dialog.needs_reload:
            self._reload_keeping_edits()
        dialog.deleteLater()

    def add_vehicle(self) -> None:
        """Add a vehicle to the client."""
        self._vehicle_dialog(None)

    def edit_vehicle(self) -> None:
        """Change the selected vehicle."""
        row = selected_row(self.ui.vehiclesTable)
        vehicle = self.vehicles_model.vehicle_at(row) if row is not None else None
        if vehicle is not None:
            self._vehicle_dialog(vehicle)

    def _vehicle_dialog(self, vehicle: contacts.VehicleDTO | None) -> None:
        if self.contact is None:
            return
        dialog = VehicleDialog(self.ctx, self.contact.id, vehicle, self)
        if forms.run_dialog(dialog):
            self._reload_keeping_edits()
            self.status_message.emit("Vehicle saved" if vehicle else "Vehicle added")
            self.data_changed.emit()
        elif dialog.needs_reload:
            self._reload_keeping_edits()
        dialog.deleteLater()

    def remove_vehicle(self) -> None:
        """Remove the selected vehicle, after asking."""
        row = selected_row(self.ui.vehiclesTable)
        vehicle = self.vehicles_model.vehicle_at(row) if row is not None else None
        if vehicle is None:
            return
        if not forms.confirm(
            self,
            "Remove vehicle",
            f"Remove vehicle {vehicle.registration} from this client?",
            "&Remove vehicle",
        ):
            return

        def removed(_: object) -> None:
            self._reload_keeping_edits()
            self.status_message.emit(f"Vehicle {vehicle.registration} removed")
            self.data_changed.emit()

        def refused(exc: DomainError) -> None:
            handle_service_error(self, exc, reload=self._reload_keeping_edits)

        self.write(
            lambda ctx: contacts.remove_vehicle(ctx, vehicle.id, vehicle.version),
            removed,
            on_refused=refused,
        )

    def set_sensitive(self, sensitive: bool) -> None:
        """Mark or unmark the client as a sensitive case (Check CSA, step 4); the service decides
        whether this user may, and its refusal is shown beside the box."""
        contact = self.contact
        if contact is None:
            return
        check = self.ui.sensitiveCheck

        def done(_: object) -> None:
            self.status_message.emit(
                f"{contact.full_name} marked as a sensitive case"
                if sensitive
                else f"{contact.full_name} is no longer a sensitive case"
            )
            self._reload_keeping_edits()
            self.data_changed.emit()

        def refused(exc: DomainError) -> None:
            check.blockSignals(True)
            check.setChecked(contact.sensitive)
            check.blockSignals(False)
            if isinstance(exc, ValidationError):
                show_field_errors(self._sensitive_errors, exc)
            else:
                handle_service_error(self, exc, reload=self._reload_keeping_edits)

        clear_field_errors(self._sensitive_errors)
        self.write(
            lambda ctx: legacy.set_sensitive(ctx, contact.id, contact.version, sensitive),
            done,
            on_refused=refused,
        )

    def add_note(self) -> None:
        """Add the note typed in the Notes tab to the client."""
        if self.contact is None:
            return
        contact_id = self.contact.id
        text = self.ui.noteEdit.toPlainText()

        def added(_: object) -> None:
            self.ui.noteEdit.clear()
            self.status_message.emit("Note added")
            self._reload_keeping_edits()
            self.data_changed.emit()

        self.write(
            lambda ctx: notes.add_note(ctx, text, contact_id=contact_id),
            added,
            labels=self._note_errors,
        )

    def _reload_keeping_edits(self) -> None:
        """Reload after a dialog saved, without losing details being edited in the summary."""
        if self._editing and self._dirty:
            pending = self._input()

            def restore_edits() -> None:
                self._set_editing(True)
                self._loading = True
                try:
                    self._fill_fields(pending)
                finally:
                    self._loading = False
                self._dirty = True

            self._show_client(self.contact_id, then=restore_edits)
        else:
            self.refresh()

    def _fill_fields(self, data: ContactInput) -> None:
        ui = self.ui
        ui.titleEdit.setText(text_or_empty(data.title))
        if self._party_role is not None:
            ui.firstNameEdit.setText(joined_name(data.first_name, data.last_name))
        else:
            ui.firstNameEdit.setText(data.first_name)
        ui.lastNameEdit.setText(data.last_name)
        ui.otherNamesEdit.setText(text_or_empty(data.other_names))
        ui.dateOfBirthEdit.set_value(data.date_of_birth)
        ui.ninoEdit.setText(text_or_empty(data.nino))
        ui.scinEdit.setText(text_or_empty(data.scin))
        select_value(ui.roleCombo, data.role)
        select_value(ui.jurisdictionCombo, data.jurisdiction)
        ui.phoneEdit.setText(text_or_empty(data.phone))
        ui.emailEdit.setText(text_or_empty(data.email))
        ui.pvCheck.setChecked(data.pv_marker)
        ui.controlMeasuresEdit.setPlainText(text_or_empty(data.pv_control_measures))
        select_value(ui.employmentCombo, data.employment_status)
        ui.employerEdit.setText(text_or_empty(data.employer_name))
        ui.professionalBodyEdit.setText(text_or_empty(data.professional_body))
        ui.licenceCheck.setChecked(data.holds_driving_licence)
        ui.licenceNumberEdit.setText(text_or_empty(data.driving_licence_number))
        ui.passportCheck.setChecked(data.holds_passport)
        ui.dependsCheck.setChecked(data.depends_on_driving)
