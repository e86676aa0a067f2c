"""The History view on a real database: filters, Enter opens the record, Print… writes the PDF."""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, CONTACT, HISTORY, MainWindow
from enforcement_desktop.gui.views.history_view import OWN_RECORDS, HistoryView
from enforcement_desktop.gui.widgets.forms import select_row
from enforcement_desktop.services import notes, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.history import HistoryKind
from tests.gui.builders import Client, build_client
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    client = build_client(ctx)
    sr = srs.get_service_request(ctx, client.sr_id)
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    notes.add_note(ctx, "Spoke to the employer about the arrears", case_id=client.case_id)
    orders.add_payment(ctx, client.lo_id, ctx.today(), Decimal("25.00"))
    return client


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, client: Client) -> HistoryView:
    widget = HistoryView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(client.paying_parent_id)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.history is not None)
    return widget


def rows(view: HistoryView) -> list[str]:
    return [e.what for e in view.model.rows()]


def test_the_model_and_newest_first(view: HistoryView, qtmodeltester: ModelTester) -> None:
    qtmodeltester.check(view.model)
    shown = view.model.rows()
    assert shown
    assert [e.at for e in shown] == sorted((e.at for e in shown), reverse=True)
    assert view.ui.countLabel.text() == f"{len(shown):,} entries, newest first."


def test_filter_by_kind_case_and_text(view: HistoryView, client: Client) -> None:
    everything = len(view.model.rows())
    combo = view.ui.kindCombo
    combo.setCurrentIndex(combo.findData(HistoryKind.NOTE.value))
    assert rows(view) == ["Note on the case: Spoke to the employer about the arrears"]
    assert view.ui.countLabel.text() == f"1 of {everything:,} entries, newest first."

    combo.setCurrentIndex(0)
    cases = view.ui.caseCombo
    cases.setCurrentIndex(cases.findData(OWN_RECORDS))
    own = view.model.rows()
    assert own and all(e.case_id is None for e in own)
    cases.setCurrentIndex(cases.findData(client.case_id))
    assert all(e.case_id == client.case_id for e in view.model.rows())

    view.ui.filterEdit.setText("status")
    assert all("status" in e.what.lower() for e in view.model.rows())
    assert view.model.rows()


def _select(view: HistoryView, test: object) -> None:
    row = view.model.row_of(test)  # type: ignore[arg-type]
    assert row is not None, rows(view)
    select_row(view.ui.historyTable, row)
    view.ui.historyTable.setFocus()


def test_enter_on_an_sr_entry_opens_the_sr(qtbot: QtBot, view: HistoryView, client: Client) -> None:
    _select(view, lambda e: e.kind == HistoryKind.STATUS and "status" in e.what)
    with qtbot.waitSignal(view.open_service_request) as opened:
        qtbot.keyClick(view.ui.historyTable, Qt.Key.Key_Return)
    assert opened.args == [client.sr_id]


def test_enter_on_a_payment_opens_the_orders_view(qtbot: QtBot, view: HistoryView) -> None:
    _select(view, lambda e: e.what.startswith("Payment recorded"))
    with qtbot.waitSignal(view.open_view) as opened:
        qtbot.keyClick(view.ui.historyTable, Qt.Key.Key_Enter)
    assert opened.args == ["orders"]


def test_enter_on_a_contact_change_opens_the_contact_view(qtbot: QtBot, view: HistoryView) -> None:
    _select(view, lambda e: e.what == "Client record created")
    with qtbot.waitSignal(view.open_view) as opened:
        qtbot.keyClick(view.ui.historyTable, Qt.Key.Key_Return)
    assert opened.args == ["contact"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_print_writes_the_pdf_and_the_printing_shows(
    qtbot: QtBot, view: HistoryView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "history.pdf"
    monkeypatch.setattr(
        "enforcement_desktop.gui.views.history_view.QFileDialog.getSaveFileName",
        lambda *_args, **_kwargs: (str(tmp_path / "history"), "PDF documents (*.pdf)"),
    )
    with qtbot.waitSignal(view.status_message) as said:
        qtbot.mouseClick(view.ui.printButton, Qt.MouseButton.LeftButton)
    assert str(said.args[0]).startswith(f"Case history written to {target}")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    flat = " ".join(text.split())
    assert "SCIN 121000000301" in flat
    assert "Note on the case: Spoke to the employer about the arrears" in flat
    qtbot.waitUntil(lambda: rows(view)[0].startswith("Case history printed: history.pdf"))


def test_in_the_window_enter_opens_the_sr_and_an_order_in_their_views(
    qtbot: QtBot, window: MainWindow, data: Dataset
) -> None:
    window.open_client(data.sam_id)
    assert window.show_view(HISTORY)
    view = window.view(HISTORY)
    assert isinstance(view, HistoryView)
    qtbot.waitUntil(lambda: view.history is not None and view.model.rowCount() > 0)
    _select(view, lambda e: e.link is not None and e.link.entity == "service_request")
    sr_id = view.selected_entry().link.id  # type: ignore[union-attr]
    qtbot.keyClick(view.ui.historyTable, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_index() == ACTIVITY_PLAN)
    plan = window.view(ACTIVITY_PLAN)
    assert getattr(plan, "sr", None) is not None and plan.sr.id == sr_id  # type: ignore[attr-defined]

    assert window.show_view(HISTORY)
    _select(view, lambda e: e.what == "Client record created")
    qtbot.keyClick(view.ui.historyTable, Qt.Key.Key_Return)
    assert window.current_index() == CONTACT
