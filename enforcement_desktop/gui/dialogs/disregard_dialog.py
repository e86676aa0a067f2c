"""Disregard an asset: ask why, say what is removed and what is kept, then call the service."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_disregard_dialog import Ui_DisregardDialog
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


class DisregardDialog(ServiceDialog):
    """Confirm disregarding an asset and give the reason; the service removes the details.

    After :meth:`exec` returns Accepted, :attr:`result_asset` is the asset as it now stands.

    Args:
        ctx: Database, user and clock.
        asset: The asset to disregard.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, asset: AssetDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DisregardDialog()
        self.ui.setupUi(self)
        self.asset = asset
        self.result_asset: AssetDTO | None = None
        self.ui.assetLabel.setText(asset_summary(asset))
        self.disregard_button: QPushButton = self.ui.buttonBox.addButton(
            "&Disregard details", QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.disregard_button.setAccessibleName("Disregard: remove the details of the asset")
        self.disregard_button.setAutoDefault(False)
        self.disregard_button.clicked.connect(self.disregard)
        self.ui.buttonBox.rejected.connect(self.reject)
        # One message at a time, under the reason: the only thing the user can change here.
        self.bind_error_labels(
            ("disregard_reason",),
            shown_under={"finding": "disregard_reason", GENERAL_FIELD: "disregard_reason"},
        )
        self.ui.reasonEdit.setFocus()

    def disregard(self) -> None:
        """Call the service; stay open with the error shown when it refuses."""
        self.submit(self._disregard_work, self._saved)

    def _disregard_work(self) -> Callable[[ServiceContext], AssetDTO]:
        asset_id, version = self.asset.id, self.asset.version
        reason = self.ui.reasonEdit.toPlainText()
        return lambda ctx: assets.disregard_asset(ctx, asset_id, version, reason)

    def _saved(self, asset: AssetDTO) -> None:
        self.result_asset = asset
