"""Add or edit an enforcement order (type, status, origin, court, lineage, dates, money)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from enforcement_desktop.domain.enums import OrderOrigin, OrderStatus, OrderType
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.domain.values import ZERO
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_order_dialog import Ui_OrderDialog
from enforcement_desktop.gui.models.orders_model import SHORT_TYPE
from enforcement_desktop.gui.widgets.forms import (
    combo_enum,
    combo_value,
    fill_combo,
    fill_enum_combo,
    select_value,
)
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services import orders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.orders import CaseChoice, CourtDTO, OrderDTO, OrderInput


def order_choice_text(order: OrderDTO) -> str:
    """How an order is named in the parent (lineage) combo."""
    reference = order.reference or f"#{order.id}"
    return f"{SHORT_TYPE.get(order.order_type, order.order_type.label)} {reference}"


class OrderDialog(ServiceDialog):
    """Add an order to a case (``order`` None) or change one; the service validates and saves.

    Enter saves, Escape cancels. Each message of the service's ValidationError is shown under
    its field and the dialog stays open; after Accepted, :attr:`result_order` is the saved order.

    Args:
        ctx: Database, user and clock.
        case_id: The case the order enforces.
        order: The order to change, or None to add one.
        case_orders: The other orders of the case (the choices for the parent order).
        courts: The courts to choose from. When None they are read (``orders.list_courts``) on
            the data lane: the court list says "Loading…" and Save waits until they are in.
        case_choices: The paying parent's cases a sanctions order may cover. When None they
            are read (``orders.covered_case_choices``) the same way.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        case_id: int,
        order: OrderDTO | None = None,
        case_orders: Sequence[OrderDTO] = (),
        courts: Sequence[CourtDTO] | None = None,
        case_choices: Sequence[CaseChoice] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_OrderDialog()
        self.ui.setupUi(self)
        self.case_id = case_id
        self.order = order
        self.result_order: OrderDTO | None = None
        self._cases_loaded = False
        self.setWindowTitle(f"Edit {order.name}" if order else "Add enforcement order")

        ui = self.ui
        fill_enum_combo(ui.typeCombo, OrderType)
        fill_enum_combo(ui.statusCombo, OrderStatus)
        fill_enum_combo(ui.originCombo, OrderOrigin)
        fill_combo(
            ui.parentCombo,
            (
                (order_choice_text(o), o.id)
                for o in case_orders
                if order is None or o.id != order.id
            ),
            none_text="(does not rest on another order)",
        )
        fill_enum_combo(ui.instalmentPeriodCombo, SanctionsPeriod, none_text="(choose)")
        ui.typeCombo.currentIndexChanged.connect(self._type_changed)

        data = (
            order.to_input()
            if order
            else OrderInput(OrderType.LIABILITY_ORDER, OrderStatus.APPLIED)
        )
        select_value(ui.typeCombo, data.order_type)
        select_value(ui.statusCombo, data.status)
        select_value(ui.originCombo, data.origin)
        ui.referenceEdit.setText(data.reference or "")
        self._court_id = data.court_id
        select_value(ui.parentCombo, data.parent_order_id)
        ui.appliedEdit.set_value(data.applied_on)
        ui.grantedEdit.set_value(data.granted_on)
        ui.endedEdit.set_value(data.ended_on)
        ui.periodFromEdit.set_value(data.period_from)
        ui.periodToEdit.set_value(data.period_to)
        if order is not None:
            ui.amountEdit.set_value(data.amount)
            ui.costsEdit.set_value(data.costs)
        ui.paymentTermsEdit.setText(data.payment_terms or "")
        # What was ticked on an order recorded before its terms were kept: carried, not asked.
        self._complied = data.complied
        if data.instalment_amount is not None:
            ui.instalmentAmountEdit.set_value(data.instalment_amount)
        select_value(ui.instalmentPeriodCombo, data.instalment_period)
        ui.firstDueOnEdit.set_value(data.first_due_on)
        # A new order covers its own case unless the user says otherwise.
        self._case_ids = set(data.case_ids) if order is not None else {case_id}
        ui.notesEdit.setPlainText(data.notes or "")
        self._asset_id = data.asset_id
        self._type_changed()

        self._save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save_button.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            (f.name for f in fields(OrderInput) if f.name not in ("asset_id", "complied")),
            # The asset an order charges is chosen in the Assets view, not here; whether a
            # sanctions order is complied with is worked out from its payments.
            shown_under={"asset_id": GENERAL_FIELD, "complied": GENERAL_FIELD},
        )
        ui.typeCombo.setFocus()
        if courts is None:
            # Saving before the courts are in would take the order's court for "no court".
            fill_combo(ui.courtCombo, (), none_text="Loading…")
            ui.courtCombo.setEnabled(False)
            self._save_button.setEnabled(False)
            self.read(orders.list_courts, self._show_courts, key="courts")
        else:
            self._show_courts(courts)
        if case_choices is None:
            ui.caseIdsList.addItem("Loading…")
            ui.caseIdsList.setEnabled(False)
            self._save_button.setEnabled(False)
            self.read(
                lambda c: orders.covered_case_choices(c, case_id), self._show_cases, key="cases"
            )
        else:
            self._show_cases(case_choices)

    @property
    def loaded(self) -> bool:
        """True once the courts and cases are in the form (Save is offered from then on)."""
        return self.ui.courtCombo.isEnabled() and self._cases_loaded

    def _show_cases(self, choices: Sequence[CaseChoice]) -> None:
        box = self.ui.caseIdsList
        box.clear()
        for choice in choices:
            item = QListWidgetItem(choice.label)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = choice.id in self._case_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            box.addItem(item)
        self._cases_loaded = True
        self._type_changed()
        self._save_button.setEnabled(self.loaded)

    def checked_case_ids(self) -> tuple[int, ...]:
        """The cases ticked in the list, in its order."""
        box = self.ui.caseIdsList
        return tuple(
            int(box.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        )

    def _show_courts(self, courts: Sequence[CourtDTO]) -> None:
        combo = self.ui.courtCombo
        fill_combo(
            combo, ((f"{c.name} ({c.kind.label})", c.id) for c in courts), none_text="(no court)"
        )
        select_value(combo, self._court_id)
        combo.setEnabled(True)
        self._save_button.setEnabled(self.loaded)

    def _type_changed(self) -> None:
        # The terms and the cases covered are asked of a sanctions order only.
        ui = self.ui
        is_sanctions = combo_enum(ui.typeCombo, OrderType) == OrderType.SANCTIONS_ORDER
        for widget in (ui.instalmentAmountEdit, ui.instalmentPeriodCombo, ui.firstDueOnEdit):
            widget.setEnabled(is_sanctions)
        ui.caseIdsList.setEnabled(is_sanctions and self._cases_loaded)
        ui.sanctionsGroup.setTitle(
            "Sanctions order: payment terms and the cases it covers"
            if is_sanctions
            else "Payment terms"
        )

    def _money(self, edit: MoneyEdit, name: str, problems: dict[str, str]) -> Decimal:
        try:
            value = edit.value()
        except ValueError:
            problems[name] = edit.parse_error() or "Not an amount"
            return ZERO
        return ZERO if value is None else value

    def order_input(self) -> OrderInput:
        """The values in the form (money that is not a number raises ValidationError).

        Raises:
            ValidationError: an amount could not be read as pounds and pence.
        """
        ui = self.ui
        problems: dict[str, str] = {}
        amount = self._money(ui.amountEdit, "amount", problems)
        costs = self._money(ui.costsEdit, "costs", problems)
        order_type = combo_enum(ui.typeCombo, OrderType) or OrderType.LIABILITY_ORDER
        sanctions = order_type == OrderType.SANCTIONS_ORDER
        instalment = None
        if sanctions and ui.instalmentAmountEdit.text().strip():
            instalment = self._money(ui.instalmentAmountEdit, "instalment_amount", problems)
        if problems:
            raise ValidationError(problems)
        return OrderInput(
            order_type=order_type,
            status=combo_enum(ui.statusCombo, OrderStatus) or OrderStatus.APPLIED,
            origin=combo_enum(ui.originCombo, OrderOrigin) or OrderOrigin.CMS,
            reference=ui.referenceEdit.text(),
            court_id=combo_value(ui.courtCombo),
            parent_order_id=combo_value(ui.parentCombo),
            asset_id=self._asset_id,
            applied_on=ui.appliedEdit.value(),
            granted_on=ui.grantedEdit.value(),
            ended_on=ui.endedEdit.value(),
            period_from=ui.periodFromEdit.value(),
            period_to=ui.periodToEdit.value(),
            amount=amount,
            costs=costs,
            payment_terms=ui.paymentTermsEdit.text(),
            complied=self._complied if sanctions else None,
            notes=ui.notesEdit.toPlainText(),
            instalment_amount=instalment,
            instalment_period=combo_enum(ui.instalmentPeriodCombo, SanctionsPeriod)
            if sanctions
            else None,
            first_due_on=ui.firstDueOnEdit.value() if sanctions else None,
            case_ids=self.checked_case_ids() if sanctions else (),
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        if self.loaded:
            self.submit(self._save_order, self._saved)

    def _save_order(self) -> Callable[[ServiceContext], OrderDTO]:
        data = self.order_input()
        order, case_id = self.order, self.case_id
        if order is None:
            return lambda ctx: orders.create_order(ctx, case_id, data)
        return lambda ctx: orders.update_order(ctx, order.id, order.version, data)

    def _saved(self, order: OrderDTO) -> None:
        self.result_order = order
