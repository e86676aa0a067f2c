"""Add or edit an address of a client (DLO/NFA marker, confident, current)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from enforcement_desktop.domain.enums import AddressMarker, AddressType
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_address_dialog import Ui_AddressDialog
from enforcement_desktop.gui.widgets.forms import (
    combo_enum,
    fill_enum_combo,
    select_value,
)
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.contacts import AddressDTO, AddressInput


class AddressDialog(ServiceDialog):
    """Add an address (``address`` None) or change one; the service validates and saves.

    Args:
        ctx: Database, user and clock.
        contact_id: The client the address belongs to.
        address: The address to change, or None to add one.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        contact_id: int,
        address: AddressDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AddressDialog()
        self.ui.setupUi(self)
        self.contact_id = contact_id
        self.address = address
        self.result_address: AddressDTO | None = None
        self.setWindowTitle("Edit address" if address else "Add address")
        fill_enum_combo(self.ui.addressTypeCombo, AddressType)
        fill_enum_combo(self.ui.markerCombo, AddressMarker)
        if address is not None:
            select_value(self.ui.addressTypeCombo, address.address_type)
            self.ui.line1Edit.setText(address.line1)
            self.ui.line2Edit.setText(address.line2 or "")
            self.ui.townEdit.setText(address.town or "")
            self.ui.postcodeEdit.setText(address.postcode or "")
            select_value(self.ui.markerCombo, address.marker)
            self.ui.confidentCheck.setChecked(address.confident)
            self.ui.currentCheck.setChecked(address.is_current)
            self.ui.fromDateEdit.set_value(address.from_date)
        else:
            self.ui.currentCheck.setChecked(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            (
                "address_type",
                "line1",
                "line2",
                "town",
                "postcode",
                "marker",
                "confident",
                "from_date",
            )
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], AddressDTO]:
        # A from date that is not a date is a field error too (value() raises it).
        data = AddressInput(
            address_type=combo_enum(self.ui.addressTypeCombo, AddressType)
            or AddressType.RESIDENTIAL,
            line1=self.ui.line1Edit.text(),
            line2=self.ui.line2Edit.text(),
            town=self.ui.townEdit.text(),
            postcode=self.ui.postcodeEdit.text(),
            marker=combo_enum(self.ui.markerCombo, AddressMarker) or AddressMarker.NONE,
            confident=self.ui.confidentCheck.isChecked(),
            is_current=self.ui.currentCheck.isChecked(),
            from_date=self.ui.fromDateEdit.value(),
        )
        address, contact_id = self.address, self.contact_id
        if address is None:
            return lambda ctx: contacts.add_address(ctx, contact_id, data)
        return lambda ctx: contacts.update_address(ctx, address.id, address.version, data)

    def _saved(self, address: AddressDTO) -> None:
        self.result_address = address
