"""Maintenance payments: a case's collections of ongoing maintenance, and recording one.

The collections decide whether CMSL6038 is due (Arrears – Consider Action, step 5): a missed
payment after 12 weeks or more of payments in full and on time since the last arrears letter.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_maintenance_dialog import Ui_MaintenanceDialog
from enforcement_desktop.services import maintenance
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.maintenance import MaintenancePaymentDTO, PaymentInput

_MISSED = QColor("#b00020")


class MaintenanceDialog(ServiceDialog):
    """The case's collections, newest first, and a form to record one more.

    After :meth:`exec` returns Accepted, :attr:`saved` is the collection recorded.

    Args:
        ctx: Database, user and clock.
        case_id: The case.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_MaintenanceDialog()
        ui.setupUi(self)
        self.case_id = case_id
        self.saved: MaintenancePaymentDTO | None = None
        self.payments: tuple[MaintenancePaymentDTO, ...] | None = None
        self.setWindowTitle(f"Maintenance payments — case {case_id}")
        ui.caseLabel.setText(
            f"Collections of ongoing maintenance on case {case_id}. A collection paid in full "
            "by its due date is complied with; a missed one after 12 weeks of compliance since "
            "the last arrears letter calls for CMSL6038 (Arrears – Consider Action, step 5)."
        )
        header = ui.paymentsTable.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Record collection")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("due_on", "amount_due", "amount_paid", "paid_on"))
        self.read(lambda c: maintenance.list_payments(c, case_id), self._fill, key="payments")
        ui.dueOnEdit.setFocus()

    def _fill(self, payments: tuple[MaintenancePaymentDTO, ...]) -> None:
        self.payments = payments
        table = self.ui.paymentsTable
        today = self.ctx.today()
        table.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            cells = (
                format_date(payment.due_on),
                format_money(payment.amount_due),
                format_money(payment.amount_paid),
                format_date(payment.paid_on),
                payment.describe(today),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4 and payment.facts.missed(today):
                    item.setForeground(QBrush(_MISSED))
                table.setItem(row, column, item)
        offered = maintenance.next_collection(payments)
        if offered is not None and not self.ui.dueOnEdit.text():
            self.ui.dueOnEdit.set_value(offered[0])
            self.ui.amountDueEdit.set_value(offered[1])

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._record, self._saved)

    def _record(self) -> Callable[[ServiceContext], MaintenancePaymentDTO]:
        ui = self.ui
        errors: dict[str, str] = {}
        amounts: dict[str, Decimal | None] = {}
        for field, edit in (("amount_due", ui.amountDueEdit), ("amount_paid", ui.amountPaidEdit)):
            problem = edit.parse_error()
            if problem:
                errors[field] = problem
            else:
                amounts[field] = edit.value()
        if errors:
            raise ValidationError(errors)
        due_on = ui.dueOnEdit.value()
        paid_on = ui.paidOnEdit.value()
        data = PaymentInput(
            due_on,
            amounts["amount_due"] if amounts["amount_due"] is not None else "",
            amounts["amount_paid"] if amounts["amount_paid"] is not None else "0",
            paid_on,
        )
        case_id = self.case_id
        return lambda ctx: maintenance.record_payment(ctx, case_id, data)

    def _saved(self, payment: MaintenancePaymentDTO) -> None:
        self.saved = payment
