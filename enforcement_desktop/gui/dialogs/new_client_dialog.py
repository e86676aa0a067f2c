"""Record a new client: a paying or a receiving parent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.enums import (
    AddressType,
    ContactRole,
    EmploymentStatus,
)
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_new_client_dialog import Ui_NewClientDialog
from enforcement_desktop.gui.widgets.contact_fields import client_values, fill_choice_combos
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo, select_value
from enforcement_desktop.gui.widgets.length_guard import guard_length, guard_lengths
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.contacts import AddressInput, ContactDTO, ContactInput

#: The client's fields this form asks for (licence, passport and the like come later).
CLIENT_FIELDS = (
    "role",
    "title",
    "first_name",
    "last_name",
    "other_names",
    "scin",
    "date_of_birth",
    "nino",
    "jurisdiction",
    "employment_status",
    "employer_name",
    "phone",
    "email",
    "pv_control_measures",
)
#: The current address's fields this form asks for (as ``address.<field>``).
ADDRESS_FIELDS = ("address_type", "line1", "line2", "town", "postcode", "confident")


class NewClientDialog(ServiceDialog):
    """The details a case manager records when a client is first set up; Save creates them.

    The current address may be given too (it is saved in the same transaction as the client);
    vehicles, assets, licence and passport details are added in the Contact view afterwards.

    After :meth:`exec` returns Accepted, :attr:`result_contact` is the new client.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
        role: Create this kind of client only (e.g. a receiving parent for a new case); None
            lets the user choose, starting on paying parent.
        search_text: What the user searched for before asking for a new client: a SCIN goes
            into the SCIN field, a name into the name fields.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        parent: QWidget | None = None,
        *,
        role: ContactRole | None = None,
        search_text: str = "",
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_NewClientDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.result_contact: ContactDTO | None = None
        # Third parties and employers are not clients: they are recorded where they are used.
        fill_enum_combo(ui.roleCombo, contacts.CLIENT_ROLES)
        fill_choice_combos(ui)
        select_value(ui.roleCombo, role or ContactRole.PAYING_PARENT)
        select_value(ui.employmentCombo, EmploymentStatus.NO_EMPLOYMENT_DETAILS)
        fill_enum_combo(ui.addressTypeCombo, AddressType)
        select_value(ui.addressTypeCombo, AddressType.RESIDENTIAL)
        if role is not None:
            ui.roleCombo.setEnabled(False)
            # "receiving parent", without the legacy term the label carries in brackets.
            kind = role.value.replace("_", " ")
            self.setWindowTitle(f"New {kind}")
            ui.introLabel.setText(
                f"Record a new {kind}, and their current address if you have it (letters about "
                "the case go there)."
            )
        self._fill_from_search(search_text.strip())
        ui.pvCheck.toggled.connect(self._pv_toggled)
        self._pv_toggled(ui.pvCheck.isChecked())

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save client")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            (*CLIENT_FIELDS, *(f"address.{name}" for name in ADDRESS_FIELDS)),
            # This form offers no marker: a residential address has none.
            shown_under={"address.marker": "address.address_type"},
        )
        # Pasted text over a field's limit is kept and said, not cut by maxLength (the .ui
        # states the limits the contacts service checks). The employer's error label is named
        # after its field (employer_name), not after its edit.
        guard_lengths(self)
        guard_length(ui.employerEdit, ui.employerNameError)
        (ui.firstNameEdit if role is not None else ui.roleCombo).setFocus()

    def _fill_from_search(self, text: str) -> None:
        if not text:
            return
        compact = text.replace(" ", "")
        if compact.isdigit():
            self.ui.scinEdit.setText(compact)
            return
        first, _, last = text.rpartition(" ")
        self.ui.firstNameEdit.setText(first.strip())
        self.ui.lastNameEdit.setText(last)

    def _pv_toggled(self, checked: bool) -> None:
        self.ui.controlMeasuresEdit.setEnabled(checked)
        self.ui.controlMeasuresLabel.setEnabled(checked)

    def contact_input(self) -> ContactInput:
        """What the form holds, as the contacts service takes it (as the Contact view builds it)."""
        values = client_values(self.ui)
        if not values["pv_marker"]:
            # Measures typed and then un-ticked are not kept on a client with no PV marker.
            values["pv_control_measures"] = None
        return ContactInput(**values)

    def address_input(self) -> AddressInput | None:
        """The current address as the contacts service takes it; None when left empty."""
        ui = self.ui
        texts = (
            ui.line1Edit.text(),
            ui.line2Edit.text(),
            ui.townEdit.text(),
            ui.postcodeEdit.text(),
        )
        if not any(text.strip() for text in texts) and not ui.confidentCheck.isChecked():
            return None
        return AddressInput(
            address_type=combo_enum(ui.addressTypeCombo, AddressType) or AddressType.RESIDENTIAL,
            line1=ui.line1Edit.text(),
            line2=ui.line2Edit.text(),
            town=ui.townEdit.text(),
            postcode=ui.postcodeEdit.text(),
            confident=ui.confidentCheck.isChecked(),
        )

    def save(self) -> None:
        """Create the client (and address); stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved, close_on_refusal=False)

    def _save_work(self) -> Callable[[ServiceContext], ContactDTO]:
        # A date of birth that is not a date is a field error too (value() raises it).
        contact, address = self.contact_input(), self.address_input()
        return lambda ctx: contacts.create_contact(ctx, contact, address)

    def _saved(self, contact: ContactDTO) -> None:
        self.result_contact = contact
