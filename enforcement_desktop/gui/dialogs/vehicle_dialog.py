"""Add or edit a vehicle of a client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from enforcement_desktop.domain.facts import shown_registration
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_vehicle_dialog import Ui_VehicleDialog
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.contacts import VehicleDTO, VehicleInput


class VehicleDialog(ServiceDialog):
    """Add a vehicle (``vehicle`` None) or change one; the service validates and saves.

    Args:
        ctx: Database, user and clock.
        contact_id: The client the vehicle belongs to.
        vehicle: The vehicle to change, or None to add one.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        contact_id: int,
        vehicle: VehicleDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_VehicleDialog()
        self.ui.setupUi(self)
        self.contact_id = contact_id
        self.vehicle = vehicle
        self.result_vehicle: VehicleDTO | None = None
        self.setWindowTitle("Edit vehicle" if vehicle else "Add vehicle")
        if vehicle is not None:
            self.ui.registrationEdit.setText(shown_registration(vehicle.registration))
            self.ui.makeEdit.setText(vehicle.make or "")
            self.ui.modelEdit.setText(vehicle.model or "")
            self.ui.colourEdit.setText(vehicle.colour or "")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("registration", "make", "model", "colour"))

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], VehicleDTO]:
        data = VehicleInput(
            registration=self.ui.registrationEdit.text(),
            make=self.ui.makeEdit.text(),
            model=self.ui.modelEdit.text(),
            colour=self.ui.colourEdit.text(),
        )
        vehicle, contact_id = self.vehicle, self.contact_id
        if vehicle is None:
            return lambda ctx: contacts.add_vehicle(ctx, contact_id, data)
        return lambda ctx: contacts.update_vehicle(ctx, vehicle.id, vehicle.version, data)

    def _saved(self, vehicle: VehicleDTO) -> None:
        self.result_vehicle = vehicle
