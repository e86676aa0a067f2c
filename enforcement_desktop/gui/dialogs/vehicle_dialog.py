"""Add or edit a vehicle of a client."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_vehicle_dialog import Ui_VehicleDialog
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.contacts import VehicleDTO, VehicleInput


class VehicleDialog(QDialog):
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
        super().__init__(parent)
        self.ui = Ui_VehicleDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.contact_id = contact_id
        self.vehicle = vehicle
        self.result_vehicle: VehicleDTO | None = None
        self.needs_reload = False
        self.setWindowTitle("Edit vehicle" if vehicle else "Add vehicle")
        if vehicle is not None:
            self.ui.registrationEdit.setText(
                "Not Known" if vehicle.registration == "NOT KNOWN" else vehicle.registration
            )
            self.ui.makeEdit.setText(vehicle.make or "")
            self.ui.modelEdit.setText(vehicle.model or "")
            self.ui.colourEdit.setText(vehicle.colour or "")
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._errors = {
            "registration": self.ui.registrationError,
            "make": self.ui.makeError,
            "model": self.ui.modelError,
            "colour": self.ui.colourError,
            GENERAL_FIELD: self.ui.generalError,
        }
        clear_field_errors(self._errors)
        fit_wrapped_labels(self, self._errors.values())

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        clear_field_errors(self._errors)
        data = VehicleInput(
            registration=self.ui.registrationEdit.text(),
            make=self.ui.makeEdit.text(),
            model=self.ui.modelEdit.text(),
            colour=self.ui.colourEdit.text(),
        )
        try:
            if self.vehicle is None:
                self.result_vehicle = contacts.add_vehicle(self.ctx, self.contact_id, data)
            else:
                self.result_vehicle = contacts.update_vehicle(
                    self.ctx, self.vehicle.id, self.vehicle.version, data
                )
        except ValidationError as exc:
            show_field_errors(self._errors, exc)
            return
        except DomainError as exc:
            self.needs_reload = True
            handle_service_error(self, exc)
            self.reject()
            return
        self.accept()
