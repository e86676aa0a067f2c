"""Dialogs of the Arrears Review chain (Arrears – Consider Action): the Deduction Order Team's
outcome of a disclosure request, and a regular deduction order's payment schedule."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from enforcement_desktop.domain.arrears import (
    DisclosureResult,
    ScheduledInstalment,
    disclosure_outcome_errors,
)
from enforcement_desktop.domain.dates import rdo_payment_review
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.domain.values import format_date, format_money, parse_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_dot_outcome_dialog import Ui_DotOutcomeDialog
from enforcement_desktop.gui.forms.ui_rdo_schedule_dialog import Ui_RdoScheduleDialog
from enforcement_desktop.services import arrears
from enforcement_desktop.services.arrears import DotOutcome, RdoState
from enforcement_desktop.services.base import ServiceContext


class DotOutcomeDialog(ServiceDialog):
    """Record the Deduction Order Team's outcome on a Disclosure SR.

    The service refuses a user outside the team, an outcome already recorded and a refusal
    without reasons; field errors show beside the field. After Accepted, :attr:`outcome` holds
    what was recorded.

    Args:
        ctx: Database, user and clock.
        sr_id: The Disclosure SR.
        version: Its version as last read.
        parent: The parent widget.
    """

    def __init__(
        self, ctx: ServiceContext, sr_id: int, version: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_DotOutcomeDialog()
        ui.setupUi(self)
        self.sr_id, self.version = sr_id, version
        self.outcome: DotOutcome | None = None
        self.setWindowTitle(f"Deduction Order Team outcome — Disclosure SR {sr_id}")
        ui.resultCombo.addItem("Choose…", None)
        for result in DisclosureResult:
            ui.resultCombo.addItem(result.label, result.value)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Record outcome")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("result", "reasons"))
        ui.resultCombo.setFocus()

    def choose(self, result: DisclosureResult) -> None:
        """Select an outcome (as the user would in the list)."""
        self.ui.resultCombo.setCurrentIndex(self.ui.resultCombo.findData(result.value))

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._work, self._saved)

    def _work(self) -> Callable[[ServiceContext], DotOutcome]:
        data = self.ui.resultCombo.currentData()
        result = DisclosureResult(data) if data else None
        reasons = self.ui.reasonsEdit.toPlainText()
        problems = disclosure_outcome_errors(result, reasons)
        if problems:
            raise ValidationError(problems)
        sr_id, version = self.sr_id, self.version
        return lambda ctx: arrears.record_dot_outcome(
            ctx, sr_id, version, result=result, reasons=reasons
        )

    def _saved(self, outcome: DotOutcome) -> None:
        self.outcome = outcome


class RdoScheduleDialog(ServiceDialog):
    """Set a regular deduction order's payment schedule: the first due date, the amount, how
    often and how many; the payments are listed as they are typed, with the RDO payment review
    date (third payment plus five working days). No payments is refused beside the count.

    Args:
        ctx: Database, user and clock.
        rdo: The order's schedule as last read.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, rdo: RdoState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = ui = Ui_RdoScheduleDialog()
        ui.setupUi(self)
        self.rdo = rdo
        self.saved_state: RdoState | None = None
        self.setWindowTitle(f"RDO payment schedule — {rdo.reference or f'order {rdo.order_id}'}")
        for period in SanctionsPeriod:
            ui.periodCombo.addItem(period.label, period.value)
        ui.periodCombo.setCurrentIndex(ui.periodCombo.findData(SanctionsPeriod.MONTHLY.value))
        first = rdo.schedule[0] if rdo.schedule else None
        ui.firstDueEdit.set_value(first.due_on if first is not None else ctx.today())
        ui.amountEdit.setText(f"{first.amount:.2f}" if first is not None else "")
        ui.countSpin.setValue(len(rdo.schedule) if rdo.schedule else 3)
        header = ui.previewTable.horizontalHeader()
        header.setStretchLastSection(True)
        ui.previewTable.verticalHeader().setVisible(False)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save schedule")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.firstDueEdit.dateChanged.connect(self._preview)
        ui.amountEdit.textChanged.connect(self._preview)
        ui.periodCombo.currentIndexChanged.connect(self._preview)
        ui.countSpin.valueChanged.connect(self._preview)
        self.bind_error_labels(("instalments", "first_due_on"))
        self._preview()

    def instalments(self) -> list[ScheduledInstalment]:
        """The schedule as typed.

        Raises:
            ValidationError: Under ``first_due_on`` for a missing date (a date that is not one
                is shown beside it too), under ``instalments`` for an unreadable amount.
        """
        ui = self.ui
        first = ui.firstDueEdit.value()
        count = ui.countSpin.value()
        if count == 0:
            return []
        if first is None:
            raise ValidationError({"first_due_on": "Give the first payment's due date"})
        try:
            amount = parse_money(ui.amountEdit.text())
        except ValueError as exc:
            raise ValidationError({"instalments": f"Amount each: {exc}"}) from exc
        period = SanctionsPeriod(ui.periodCombo.currentData())
        return [ScheduledInstalment(period.due_date(first, n), amount) for n in range(count)]

    def _preview(self) -> None:
        table = self.ui.previewTable
        try:
            items = self.instalments()
        except ValidationError:
            items = []
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate(
                (str(row + 1), format_date(item.due_on), format_money(item.amount))
            ):
                table.setItem(row, column, QTableWidgetItem(text))
        total = sum((i.amount for i in items), Decimal("0"))
        review = (
            f"RDO payment review: {format_date(rdo_payment_review(items[2].due_on).until)} "
            "(third payment plus five working days). "
            if len(items) >= 3
            else ""
        )
        self.ui.reviewLabel.setText(f"{review}{len(items)} payments, {format_money(total)} in all.")

    def save(self) -> None:
        """Call the service; stay open with the errors shown beside the count."""
        self.submit(self._work, self._saved)

    def _work(self) -> Callable[[ServiceContext], RdoState]:
        items = self.instalments()
        order_id, version = self.rdo.order_id, self.rdo.version
        return lambda ctx: arrears.set_rdo_schedule(ctx, order_id, version, items)

    def _saved(self, state: RdoState) -> None:
        self.saved_state = state
