"""The Asset and Enforcement Orders views on real database threads (issue 9).

Reads and writes run on the data lane: the GUI thread never runs a statement, the view shows a
busy cursor meanwhile and is filled when the answer comes back.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from enforcement_desktop.domain.enums import AssetFinding
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.models.assets_model import AssetsModel
from enforcement_desktop.gui.models.orders_model import OrdersModel
from enforcement_desktop.gui.operations import runner_for
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services import assets, orders
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import Client, build_client
from tests.gui.dataset import Dataset
from tests.services.builders import make_lo

pytestmark = pytest.mark.gui

#: Statements of one read of a paying parent's screen (tests/services/test_screens.py).
SCREEN_STATEMENTS = 12


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch, ctx: ServiceContext) -> Iterator[None]:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    yield
    # No operation outlives the test's database, and the lanes' threads end with the test.
    runner = runner_for(ctx)
    assert runner.wait(5000)
    shiboken6.delete(runner)


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx)


@contextmanager
def statements(ctx: ServiceContext) -> Iterator[list[tuple[str, str]]]:
    """Every statement run meanwhile, with the name of the thread that ran it."""
    seen: list[tuple[str, str]] = []

    def record(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        seen.append((threading.current_thread().name, sql))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def settled(ctx: ServiceContext) -> bool:
    return not runner_for(ctx).busy


def replace_text(qtbot: QtBot, edit: MoneyEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def show(qtbot: QtBot, widget: AssetView | OrdersView) -> None:
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)


# ---------------------------------------------------------------------------------- assets


def test_the_asset_view_reads_the_client_off_the_gui_thread(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    view = AssetView(ctx)
    show(qtbot, view)
    with statements(ctx) as seen:
        view.set_client(client.paying_parent_id)
        # Nothing waited: the answer has not come back, and the view says it is busy.
        assert view.model.rowCount() == 0
        assert view.cursor().shape() == Qt.CursorShape.BusyCursor
        qtbot.waitUntil(lambda: view.model.rowCount() == 1 and settled(ctx))

    assert {thread for thread, _ in seen} == {"database-data"}
    assert len(seen) <= SCREEN_STATEMENTS
    assert view.cursor().shape() != Qt.CursorShape.BusyCursor
    assert view.ui.descriptionEdit.text() == "Current account, Example Bank"
    assert view.ui.srCombo.currentData() == client.sr_id
    assert view.ui.linkButton.isEnabled()


def test_the_asset_view_saves_off_the_gui_thread_and_shows_refusals(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    view = AssetView(ctx)
    show(qtbot, view)
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and settled(ctx))

    # A value the service refuses: the refusal comes back under the field.
    replace_text(qtbot, view.ui.valueEdit, "-50")
    with statements(ctx) as seen:
        assert view.save()  # started; the outcome comes later
        qtbot.waitUntil(lambda: view.ui.valueError.isVisible() and settled(ctx))
    assert view.ui.valueError.text() == "Must be £0.00 or more"
    assert view.has_unsaved_changes()
    assert {thread for thread, _ in seen} == {"database-data"}

    replace_text(qtbot, view.ui.valueEdit, "2,400")
    select_value(view.ui.findingCombo, AssetFinding.RELEVANT)
    with statements(ctx) as seen, qtbot.waitSignal(view.status_message) as message:
        assert view.save()
    assert message.args == ["Asset saved"]
    # The write, then the screen read again, both on the data lane.
    qtbot.waitUntil(
        lambda: view.model.index(0, AssetsModel.VALUE).data() == "£2,400.00" and settled(ctx)
    )
    assert {thread for thread, _ in seen} == {"database-data"}
    assert not view.ui.valueError.isVisible()
    assert not view.has_unsaved_changes()
    assert assets.get_asset(ctx, client.asset_id).estimated_value == Decimal("2400.00")
    assert view.ui.valueEdit.text() == "£2,400.00"


def test_the_asset_view_links_off_the_gui_thread(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    view = AssetView(ctx)
    show(qtbot, view)
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and settled(ctx))

    with statements(ctx) as seen:
        qtbot.mouseClick(view.ui.linkButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.ui.unlinkButton.isEnabled() and settled(ctx))
    assert {thread for thread, _ in seen} == {"database-data"}
    assert assets.get_asset(ctx, client.asset_id).service_request_ids == (client.sr_id,)
    assert view.model.index(0, AssetsModel.LINKED).data() == f"SR {client.sr_id}"
    assert not view.ui.linkButton.isEnabled()


def type_value(view: AssetView, text: str) -> None:
    """Type in the value field with no event processed meanwhile (the answer cannot slip in)."""
    view.ui.valueEdit.setText(text)
    view.ui.valueEdit.textEdited.emit(text)


def test_edits_typed_while_the_screen_is_read_again_are_kept(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    view = AssetView(ctx)
    show(qtbot, view)
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and settled(ctx))

    view.refresh()
    type_value(view, "999")
    qtbot.waitUntil(lambda: settled(ctx))
    assert view.ui.valueEdit.text() == "999"
    assert view.has_unsaved_changes()
    assert view.model.row_of_id(client.asset_id) == 0
    assert view.ui.assetsTable.selectionModel().isRowSelected(0)


def test_edits_typed_while_another_client_is_read_are_dropped(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, client: Client, data: Dataset
) -> None:
    view = AssetView(ctx)
    show(qtbot, view)
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and settled(ctx))

    view.set_client(data.pat_id)
    type_value(view, "999")  # still the form of the first client's asset
    qtbot.waitUntil(lambda: settled(ctx))
    assert view.ui.descriptionEdit.text() == "Household goods"
    assert view.ui.valueEdit.text() == "£1,250.00"
    assert not view.has_unsaved_changes()


# ---------------------------------------------------------------------------------- orders


def test_the_orders_view_reads_once_and_changes_case_without_a_read(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    first, second = data.sam_case_ids
    make_lo(ctx, second, "LO/2026/0777")
    view = OrdersView(ctx)
    show(qtbot, view)
    with statements(ctx) as seen:
        view.set_client(data.sam_id)
        assert view.case_id is None
        assert view.cursor().shape() == Qt.CursorShape.BusyCursor
        qtbot.waitUntil(lambda: view.case_id == first and settled(ctx))
    assert {thread for thread, _ in seen} == {"database-data"}
    assert len(seen) <= SCREEN_STATEMENTS
    assert view.orders_model.rowCount() == 0
    assert view.options_model.rowCount() > 0
    # Sam's Bailiff SR waits to be sent: the pack button says so from the same read.
    assert view.ui.packButton.isEnabled()

    with statements(ctx) as seen:
        select_value(view.ui.caseCombo, second)
    assert seen == []
    assert view.case_id == second
    assert view.orders_model.rowCount() == 1
    assert view.orders_model.index(0, OrdersModel.REFERENCE).data() == "LO/2026/0777"
    assert "North East" in view.ui.caseCombo.currentText()


def test_the_orders_view_removes_a_payment_off_the_gui_thread(
    threaded: None,
    qtbot: QtBot,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    orders.add_payment(ctx, client.lo_id, date(2026, 11, 2), Decimal("75.00"), "Cheque")
    view = OrdersView(ctx)
    show(qtbot, view)
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.payments_model.rowCount() == 1 and settled(ctx))
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,000.00"
    forms.select_row(view.ui.paymentsTable, 0)
    monkeypatch.setattr(forms, "confirm", lambda *_args: True)

    with statements(ctx) as seen:
        with qtbot.waitSignal(view.data_changed):
            qtbot.mouseClick(view.ui.removePaymentButton, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.payments_model.rowCount() == 0 and settled(ctx))
    assert {thread for thread, _ in seen} == {"database-data"}
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,075.00"
    assert "£3,075.00" in view.ui.balanceLabel.text()
    assert orders.get_order(ctx, client.lo_id).payments == ()
