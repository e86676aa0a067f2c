"""Disregard an asset: ask why, say what is removed and what is kept, then call the service."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_disregard_dialog import Ui_DisregardDialog
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services import assets
from enforcement_desktop.services.assets import AssetDTO
from enforcement_desktop.services.base import ServiceContext


def asset_summary(asset: AssetDTO) -> str:
    """One line naming an asset for a message: type, description, value, source and date."""
    parts = [asset.asset_type.label]
    if asset.description:
        parts.append(asset.description)
    if asset.estimated_value is not None:
        parts.append(format_money(asset.estimated_value))
    return (
        " — ".join(parts)
        + f" (from {asset.source.label}, recorded {format_date(asset.recorded_on)})"
    )


class DisregardDialog(QDialog):
    """Confirm disregarding an asset and give the reason; the service removes the details.

    After :meth:`exec` returns Accepted, :attr:`result_asset` is the asset as it now stands.

    Args:
        ctx: Database, user and clock.
        asset: The asset to disregard.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, asset: AssetDTO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DisregardDialog()
        self.ui.setupUi(self)
        self.ctx = ctx
        self.asset = asset
        self.result_asset: AssetDTO | None = None
        self.needs_reload = False
        self.ui.assetLabel.setText(asset_summary(asset))
        self.disregard_button: QPushButton = self.ui.buttonBox.addButton(
            "&Disregard details", QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.disregard_button.setAccessibleName("Disregard: remove the details of the asset")
        self.disregard_button.setAutoDefault(False)
        self.disregard_button.clicked.connect(self.disregard)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._errors = {
            "disregard_reason": self.ui.reasonError,
            "finding": self.ui.reasonError,
            GENERAL_FIELD: self.ui.reasonError,
        }
        clear_field_errors(self._errors)
        fit_wrapped_labels(self, self._errors.values())
        self.ui.reasonEdit.setFocus()

    def disregard(self) -> None:
        """Call the service; stay open with the error shown when it refuses."""
        clear_field_errors(self._errors)
        try:
            self.result_asset = assets.disregard_asset(
                self.ctx, self.asset.id, self.asset.version, self.ui.reasonEdit.toPlainText()
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
