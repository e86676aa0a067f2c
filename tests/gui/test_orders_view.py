"""The Enforcement Orders view on a real database: orders, payments and the options panel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import Jurisdiction, OrderStatus, OrderType, Power
from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
from enforcement_desktop.gui.models.options_model import BLOCKED_MARK, PowerOptionsModel
from enforcement_desktop.gui.models.orders_model import OrdersModel, PaymentsModel
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import orders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.options import case_options
from tests.gui.builders import Client, build_client

pytestmark = pytest.mark.gui

Driver = Callable[[QDialog], bool]


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx)


def make_view(qtbot: QtBot, ctx: ServiceContext, contact_id: int) -> OrdersView:
    widget = OrdersView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(contact_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, client: Client) -> OrdersView:
    return make_view(qtbot, ctx, client.paying_parent_id)


def save_button(dialog: OrderDialog | PaymentDialog) -> object:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def drive(qtbot: QtBot, *steps: Callable[[QDialog], None]) -> Driver:
    """Stand in for exec(): each step fills the dialog and presses Save; the last should save."""

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        for step in steps:
            step(dialog)
            qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def set_text(edit: object, text: str) -> None:
    edit.setText(text)  # type: ignore[attr-defined]


def test_orders_table_shows_the_lo_in_uk_formats(view: OrdersView, client: Client) -> None:
    model = view.orders_model
    assert model.rowCount() == 1
    cell = lambda column: model.index(0, column).data()  # noqa: E731
    assert cell(OrdersModel.TYPE) == "LO"
    assert cell(OrdersModel.REFERENCE) == "LO/2026/0301"
    assert cell(OrdersModel.COURT).startswith("Coventry Magistrates' Court")
    assert cell(OrdersModel.APPLIED) == "01/06/2026"
    assert cell(OrdersModel.GRANTED) == "06/07/2026"
    assert cell(OrdersModel.AMOUNT) == "£3,000.00"
    assert cell(OrdersModel.COSTS) == "£75.00"
    assert cell(OrdersModel.PAID) == "£0.00"
    assert cell(OrdersModel.BALANCE) == "£3,075.00"
    assert cell(OrdersModel.STATUS) == "Granted"
    assert cell(OrdersModel.ORIGIN) == "CMS"
    assert "£3,075.00" in view.ui.balanceLabel.text()
    assert view.ui.addPaymentButton.isEnabled()


def test_add_an_lo_then_a_payment_and_the_balance_updates(
    qtbot: QtBot,
    view: OrdersView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def bad_lo(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        ui = dialog.ui
        select_value(ui.typeCombo, OrderType.LIABILITY_ORDER)
        select_value(ui.statusCombo, OrderStatus.GRANTED)
        set_text(ui.referenceEdit, "LO/2026/0999")
        select_value(ui.courtCombo, client.magistrates_court_id)
        ui.appliedEdit.set_value(date(2026, 9, 1))
        ui.grantedEdit.set_value(date(2026, 10, 5))
        ui.periodFromEdit.set_value(date(2026, 1, 1))
        ui.periodToEdit.set_value(date(2026, 6, 30))
        set_text(ui.amountEdit, "one thousand")
        set_text(ui.costsEdit, "75")

    def service_error(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        # The first attempt was stopped before the service, with the error under the amount.
        assert dialog.ui.amountError.isVisible()
        assert "not an amount" in dialog.ui.amountError.text()
        set_text(dialog.ui.amountEdit, "0")

    def good(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        assert dialog.ui.amountError.text().startswith("A liability order needs the amount")
        set_text(dialog.ui.amountEdit, "1,200.00")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, bad_lo, service_error, good))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.addOrderButton, Qt.MouseButton.LeftButton)

    # The two refused attempts saved nothing: one order was added, the last one.
    saved = [o for o in orders.list_orders(ctx, client.case_id) if o.id != client.lo_id]
    assert len(saved) == 1
    assert saved[0].amount == Decimal("1200.00")
    assert saved[0].version == 1
    model = view.orders_model
    row = model.row_of_id(saved[0].id)
    assert row is not None
    assert model.index(row, OrdersModel.BALANCE).data() == "£1,275.00"
    assert view.selected_order is not None and view.selected_order.id == saved[0].id

    def payment(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        assert dialog.ui.paidOnEdit.text() == "23/11/2026"
        set_text(dialog.ui.amountEdit, "£200.00")
        dialog.ui.methodCombo.setCurrentText("Debit card")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, payment))
    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.ui.addPaymentButton, Qt.MouseButton.LeftButton)
    assert message.args == [
        "Payment recorded against Liability order LO/2026/0999: balance now £1,075.00"
    ]
    row = model.row_of_id(saved[0].id)
    assert row is not None
    assert model.index(row, OrdersModel.PAID).data() == "£200.00"
    assert model.index(row, OrdersModel.BALANCE).data() == "£1,075.00"
    assert view.payments_model.rowCount() == 1
    assert view.payments_model.index(0, PaymentsModel.AMOUNT).data() == "£200.00"
    assert view.payments_model.index(0, PaymentsModel.PAID_ON).data() == "23/11/2026"
    assert "£1,075.00" in view.ui.balanceLabel.text()


def test_a_payment_over_the_balance_is_refused_next_to_the_amount(
    qtbot: QtBot,
    view: OrdersView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[str] = []

    def too_much(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        set_text(dialog.ui.amountEdit, "5000")

    def check(dialog: QDialog) -> None:
        assert isinstance(dialog, PaymentDialog)
        seen.append(dialog.ui.amountError.text())
        dialog.reject()

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        too_much(dialog)
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
        check(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    view.add_payment()
    assert "below zero" in seen[0]
    assert "£3,075.00" in seen[0]
    assert orders.get_order(ctx, client.lo_id).payments == ()


def test_registration_needs_its_parent_lo_and_shows_the_lineage(
    qtbot: QtBot,
    view: OrdersView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def registration(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        select_value(dialog.ui.typeCombo, OrderType.LO_COUNTY_COURT)
        select_value(dialog.ui.statusCombo, OrderStatus.APPLIED)
        select_value(dialog.ui.courtCombo, client.county_court_id)
        dialog.ui.appliedEdit.set_value(date(2026, 11, 2))

    def parent(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        assert "must rest on" in dialog.ui.parentOrderIdError.text()
        select_value(dialog.ui.parentCombo, client.lo_id)

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, registration, parent))
    view.add_order()
    model = view.orders_model
    assert model.rowCount() == 2
    row = model.row_of(lambda o: o.order_type == OrderType.LO_COUNTY_COURT)
    assert row is not None
    assert model.index(row, OrdersModel.LINEAGE).data() == "← LO/2026/0301"
    assert model.index(row, OrdersModel.TYPE).data() == "LO reg. county court"


def test_edit_order_keeps_its_values_and_saves_changes(
    qtbot: QtBot,
    view: OrdersView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def change(dialog: QDialog) -> None:
        assert isinstance(dialog, OrderDialog)
        assert dialog.ui.referenceEdit.text() == "LO/2026/0301"
        assert dialog.ui.amountEdit.text() == "£3,000.00"
        assert dialog.ui.grantedEdit.text() == "06/07/2026"
        set_text(dialog.ui.costsEdit, "95.50")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, change))
    view.edit_order()
    assert orders.get_order(ctx, client.lo_id).costs == Decimal("95.50")
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,095.50"


def test_order_dialog_enter_saves_and_escape_cancels(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    order = orders.get_order(ctx, client.lo_id)
    dialog = OrderDialog(ctx, client.case_id, order, [order])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.ui.referenceEdit, Qt.Key.Key_Escape)

    dialog = OrderDialog(ctx, client.case_id, order, [order])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.notesEdit.setPlainText("Checked with the court")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.referenceEdit, Qt.Key.Key_Return)
    assert orders.get_order(ctx, client.lo_id).notes == "Checked with the court"
    # Its own lineage choices never include itself.
    assert dialog.ui.parentCombo.findData(order.id) < 0


def test_remove_payment_after_confirming(
    qtbot: QtBot, ctx: ServiceContext, client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    orders.add_payment(ctx, client.lo_id, date(2026, 11, 2), Decimal("75.00"), "Cheque")
    view = make_view(qtbot, ctx, client.paying_parent_id)
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,000.00"
    forms.select_row(view.ui.paymentsTable, 0)
    assert view.ui.removePaymentButton.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(forms, "confirm", lambda _p, _t, text, _a="": asked.append(text) or True)
    qtbot.mouseClick(view.ui.removePaymentButton, Qt.MouseButton.LeftButton)
    assert "£75.00" in asked[0]
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,075.00"
    assert view.payments_model.rowCount() == 0


def test_options_panel_shows_every_power_with_reasons(view: OrdersView) -> None:
    model = view.options_model
    assert model.rowCount() == len(Power)
    row = model.row_of(lambda o: o.power == Power.LIABILITY_ORDER)
    assert row is not None
    assert model.index(row, PowerOptionsModel.VERDICT).data() == "✔ Allowed"
    assert "£4,250.00" in model.index(row, PowerOptionsModel.REASONS).data()
    assert "allowed" in view.ui.optionsSummaryLabel.text()


def test_bailiff_blocked_in_scotland_with_the_reason(qtbot: QtBot, ctx: ServiceContext) -> None:
    scottish = build_client(
        ctx, scin="121000000777", jurisdiction=Jurisdiction.SCOTLAND, postcode="EH1 1AA"
    )
    view = make_view(qtbot, ctx, scottish.paying_parent_id)
    model = view.options_model
    row = model.row_of(lambda o: o.power == Power.BAILIFF)
    assert row is not None
    option = model.option_at(row)
    assert option is not None and not option.allowed
    assert model.index(row, PowerOptionsModel.VERDICT).data() == BLOCKED_MARK
    assert model.index(row, PowerOptionsModel.VERDICT).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Blocked"
    )
    assert "Scotland" in model.index(row, PowerOptionsModel.REASONS).data()
    forms.select_row(view.ui.optionsTable, row)
    detail = view.ui.optionsDetail.toPlainText()
    assert "Bailiff action" in detail and "Blocked" in detail and "Scotland" in detail


def test_options_follow_a_new_payment(
    qtbot: QtBot,
    view: OrdersView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = case_options(ctx, client.case_id)
    monkeypatch.setattr(
        forms,
        "run_dialog",
        drive(qtbot, lambda d: set_text(d.ui.amountEdit, "3075")),  # type: ignore[attr-defined]
    )
    view.add_payment()
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£0.00"
    # The options were read again: the bailiff reasons no longer quote the old balance.
    row = view.options_model.row_of(lambda o: o.power == Power.BAILIFF)
    assert row is not None
    now = view.options_model.option_at(row)
    old = next(o for o in before if o.power == Power.BAILIFF)
    assert now is not None and now.reasons != old.reasons


def test_models(qtmodeltester: ModelTester, ctx: ServiceContext, client: Client) -> None:
    orders.add_payment(ctx, client.lo_id, date(2026, 11, 2), Decimal("75.00"), "Cheque")
    orders_model = OrdersModel()
    orders_model.set_rows(orders.list_orders(ctx, client.case_id))
    qtmodeltester.check(orders_model)
    payments_model = PaymentsModel()
    payments_model.set_rows(orders.get_order(ctx, client.lo_id).payments)
    qtmodeltester.check(payments_model)
    options_model = PowerOptionsModel()
    options_model.set_rows(case_options(ctx, client.case_id))
    qtmodeltester.check(options_model)
    options_model.sort(PowerOptionsModel.VERDICT)
    first = options_model.option_at(0)
    assert first is not None and first.allowed
    qtmodeltester.check(options_model)


def test_no_client(qtbot: QtBot, ctx: ServiceContext) -> None:
    widget = OrdersView(ctx)
    qtbot.addWidget(widget)
    assert not widget.isEnabled()
    assert widget.case_id is None
