"""Record legacy bailiff, EJO or DCA action against a CSA liability order (Check CSA, step 6)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.enums import LegacyActionKind
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_legacy_action_dialog import Ui_LegacyActionDialog
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo
from enforcement_desktop.services import legacy
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.legacy import LegacyActionDTO
from enforcement_desktop.services.orders import OrderDTO


class LegacyActionDialog(ServiceDialog):
    """Record enforcement the CSA systems started against a legacy LO; the service checks it.

    After :meth:`exec` returns Accepted, :attr:`result_action` is the action recorded. A date
    in the future, an end before the start or an order that is not a CSA LO is refused beside
    its field.

    Args:
        ctx: Database, user and clock.
        order: The CSA liability order the action is against.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, order: OrderDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_LegacyActionDialog()
        self.ui.setupUi(self)
        self.order = order
        self.result_action: LegacyActionDTO | None = None
        self.setWindowTitle(f"Record legacy action — {order.name}")
        self.ui.orderLabel.setText(
            f"<b>{order.name}</b> (CSA) · current balance {format_money(order.current_balance)}"
            "<br>Bailiff, EJO or DCA action started on the CSA systems against this order."
        )
        fill_enum_combo(self.ui.kindCombo, LegacyActionKind, placeholder="Choose the action")
        self.ui.startedOnEdit.set_value(None)
        self.ui.endedOnEdit.set_value(None)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Record action")
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            ("kind", "started_on", "ended_on", "details"),
            shown_under={"order_id": "kind"},
        )
        self.ui.kindCombo.setFocus()

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._record, self._saved)

    def _record(self) -> Callable[[ServiceContext], LegacyActionDTO]:
        kind = combo_enum(self.ui.kindCombo, LegacyActionKind)
        if kind is None:
            raise ValidationError({"kind": "Choose the action: bailiff, EJO or DCA"})
        order_id = self.order.id
        started_on = self.ui.startedOnEdit.value()
        ended_on = self.ui.endedOnEdit.value()
        details = self.ui.detailsEdit.text()
        return lambda ctx: legacy.record_legacy_action(
            ctx, order_id, kind, started_on, details, ended_on
        )

    def _saved(self, action: LegacyActionDTO) -> None:
        self.result_action = action
