"""Record a payment against an enforcement order."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from enforcement_desktop.services import orders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.orders import OrderDTO

#: Usual ways a paying parent pays (the field also takes any other text).
PAYMENT_METHODS = ("Bank transfer", "Debit card", "Cheque", "Bailiff collection", "Direct debit")


class PaymentDialog(ServiceDialog):
    """Add a payment against one order; the service checks it and lowers the balance.

    After :meth:`exec` returns Accepted, :attr:`result_order` is the order with its new balance.

    Args:
        ctx: Database, user and clock.
        order: The order paid against.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, order: OrderDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_PaymentDialog()
        self.ui.setupUi(self)
        self.order = order
        self.result_order: OrderDTO | None = None
        self.setWindowTitle(f"Add payment — {order.name}")
        self.ui.orderLabel.setText(
            f"<b>{order.name}</b><br>Current balance {format_money(order.current_balance)} "
            f"(amount {format_money(order.amount)} + costs {format_money(order.costs)} "
            f"− paid {format_money(order.payments_total)})"
        )
        self.ui.paidOnEdit.set_value(ctx.today())
        self.ui.methodCombo.addItems(list(PAYMENT_METHODS))
        self.ui.methodCombo.setCurrentIndex(-1)
        # The combo is editable (payment_dialog.ui): Qt draws its line edit's placeholder, never
        # the combo's own, which left the field blank.
        method_edit = self.ui.methodCombo.lineEdit()
        assert method_edit is not None
        method_edit.setPlaceholderText("Optional: choose or type one")
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save payment")
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("paid_on", "amount", "method"))
        self.ui.amountEdit.setFocus()

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._add_payment, self._saved)

    def _add_payment(self) -> Callable[[ServiceContext], OrderDTO]:
        try:
            amount = self.ui.amountEdit.value()
        except ValueError:
            raise ValidationError({"amount": self.ui.amountEdit.parse_error() or ""}) from None
        order_id = self.order.id
        paid_on = self.ui.paidOnEdit.value()
        paid = amount if amount is not None else Decimal("0.00")
        method = self.ui.methodCombo.currentText()
        return lambda ctx: orders.add_payment(ctx, order_id, paid_on, paid, method)

    def _saved(self, order: OrderDTO) -> None:
        self.result_order = order
