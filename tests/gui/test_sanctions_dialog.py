"""The order dialog asks a sanctions order for its terms and the cases it covers, the appeal
dialog for the hearing date and the other cases it covers (issues 10 and 11)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import OrderStatus, OrderType
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import appeals, orders
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import Client, build_client
from tests.services.builders import add_case


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx)


@pytest.fixture
def second_case_id(ctx: ServiceContext, client: Client) -> int:
    return add_case(ctx, client.paying_parent_id, "121000000399", receiver_last="Otherton").id


def _open(qtbot: QtBot, dialog: OrderDialog) -> OrderDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def _tick(dialog: OrderDialog, case_id: int, on: bool) -> None:
    box = dialog.ui.caseIdsList
    for i in range(box.count()):
        if box.item(i).data(Qt.ItemDataRole.UserRole) == case_id:
            box.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"case {case_id} is not listed")


def _save(qtbot: QtBot, dialog: OrderDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _sanctions_orders(ctx: ServiceContext, case_id: int) -> list[orders.OrderDTO]:
    return [
        o for o in orders.list_orders(ctx, case_id) if o.order_type == OrderType.SANCTIONS_ORDER
    ]


def test_terms_and_cases_of_a_sanctions_order(
    qtbot: QtBot, ctx: ServiceContext, client: Client, second_case_id: int
) -> None:
    dialog = _open(qtbot, OrderDialog(ctx, client.case_id))
    ui = dialog.ui
    # The paying parent's cases, this one first and ticked; the terms wait for the type.
    labels = [ui.caseIdsList.item(i).text() for i in range(ui.caseIdsList.count())]
    assert labels[0].startswith(f"Case {client.case_id} (this case): ")
    assert labels[1].startswith(f"Case {second_case_id}: Robin Otherton, arrears £2,400.00")
    assert dialog.checked_case_ids() == (client.case_id,)
    assert not ui.instalmentAmountEdit.isEnabled()

    select_value(ui.typeCombo, OrderType.SANCTIONS_ORDER)
    assert ui.instalmentAmountEdit.isEnabled() and ui.caseIdsList.isEnabled()
    select_value(ui.statusCombo, OrderStatus.GRANTED)
    ui.grantedEdit.set_value(date(2026, 5, 20))
    ui.instalmentAmountEdit.setText("120")
    select_value(ui.instalmentPeriodCombo, SanctionsPeriod.MONTHLY)
    ui.firstDueOnEdit.set_value(date(2026, 6, 1))

    # A sanctions order with no case: refused beside the list, nothing saved.
    _tick(dialog, client.case_id, False)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.caseIdsError.isVisible())
    assert "covers at least one case" in ui.caseIdsError.text()
    assert dialog.isVisible()
    assert _sanctions_orders(ctx, client.case_id) == []

    _tick(dialog, client.case_id, True)
    _tick(dialog, second_case_id, True)
    with qtbot.waitSignal(dialog.accepted):
        _save(qtbot, dialog)
    (saved,) = _sanctions_orders(ctx, client.case_id)
    assert saved.case_ids == (client.case_id, second_case_id)
    assert (saved.instalment_amount, saved.instalment_period, saved.first_due_on) == (
        Decimal("120.00"),
        SanctionsPeriod.MONTHLY,
        date(2026, 6, 1),
    )

    # Opened again, it shows its terms and both cases ticked.
    again = _open(qtbot, OrderDialog(ctx, client.case_id, saved, [saved]))
    assert again.ui.instalmentAmountEdit.text() == "£120.00"
    assert again.ui.instalmentPeriodCombo.currentText() == "Monthly"
    assert again.ui.firstDueOnEdit.value() == date(2026, 6, 1)
    assert again.checked_case_ids() == (client.case_id, second_case_id)


def test_terms_errors_show_beside_their_fields(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    dialog = _open(qtbot, OrderDialog(ctx, client.case_id))
    ui = dialog.ui
    select_value(ui.typeCombo, OrderType.SANCTIONS_ORDER)
    _save(qtbot, dialog)
    qtbot.waitUntil(lambda: ui.instalmentAmountError.isVisible())
    assert ui.instalmentAmountError.text() == "A sanctions order needs the amount due each period"
    assert ui.instalmentPeriodError.text() == "Say how often an instalment falls due"
    assert "first instalment" in ui.firstDueOnError.text()
    assert not ui.caseIdsError.isVisible()
    assert _sanctions_orders(ctx, client.case_id) == []


def test_an_appeal_with_its_hearing_date_over_two_cases(
    qtbot: QtBot, ctx: ServiceContext, client: Client, second_case_id: int
) -> None:
    cases = [(client.case_id, "Case A"), (second_case_id, "Case B")]
    dialog = AppealDialog(ctx, cases, client.case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    # Only the other case is offered to tick: the appeal's own case is always covered.
    assert [ui.caseIdsList.item(i).text() for i in range(ui.caseIdsList.count())] == ["Case B"]
    ui.lodgedEdit.set_value(date(2026, 10, 5))
    ui.hearingEdit.set_value(date(2026, 10, 1))
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.hearingOnError.isVisible())
    assert ui.hearingOnError.text() == "Cannot be before the appeal was lodged (05/10/2026)"
    assert appeals.list_appeals(ctx, client.case_id) == []

    ui.hearingEdit.set_value(date(2026, 12, 14))
    ui.caseIdsList.item(0).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    (saved,) = appeals.list_appeals(ctx, client.case_id)
    assert saved.hearing_on == date(2026, 12, 14)
    assert saved.case_ids == (client.case_id, second_case_id)
