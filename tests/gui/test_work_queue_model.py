"""The work queue model: SQL windows, sorting and filtering in SQL, qtmodeltester."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.gui.models import work_queue_model as wqm
from enforcement_desktop.gui.models.work_queue_model import (
    COL_AGE,
    COL_ID,
    COL_STATUS,
    COL_WAIT,
    ContactIdRole,
    OverdueRole,
    SrIdRole,
    WorkQueueModel,
)
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import QueueFilter
from tests.gui.dataset import ARREARS, Dataset

pytestmark = pytest.mark.gui


def _ids(model: WorkQueueModel) -> list[int]:
    return [model.index(r, COL_ID).data(SrIdRole) for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_without_a_view(
    qtmodeltester: object, ctx: ServiceContext, data: Dataset
) -> None:
    model = WorkQueueModel(ctx)
    assert model.rowCount() == 3  # the user's Open, Wait and overdue SRs
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_passes_qtmodeltester_with_everything_shown(
    qtmodeltester: object, ctx: ServiceContext, data: Dataset
) -> None:
    model = WorkQueueModel(ctx, QueueFilter(owner=None, statuses=tuple(SrStatus)))
    assert model.rowCount() == 5
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(COL_STATUS, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_default_order_is_wait_date_and_overdue_stands_out(
    ctx: ServiceContext, data: Dataset
) -> None:
    model = WorkQueueModel(ctx)
    # Overdue first, then later wait dates, then SRs with no wait date (on every database).
    assert _ids(model) == [data.overdue_sr_id, data.wait_sr_id, data.open_sr_id]
    row = _ids(model).index(data.overdue_sr_id)
    wait = model.index(row, COL_WAIT)
    assert wait.data() == "09/11/2026"
    assert wait.data(OverdueRole) is True
    assert wait.data(Qt.ItemDataRole.ForegroundRole) == wqm.OVERDUE_COLOUR
    assert wait.data(Qt.ItemDataRole.FontRole).bold()
    assert "Overdue" in wait.data(Qt.ItemDataRole.ToolTipRole)
    future = model.index(_ids(model).index(data.wait_sr_id), COL_WAIT)
    assert future.data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(row, 0).data(ContactIdRole) == data.sam_id
    assert model.index(row, COL_AGE).data() == "21"  # opened 02/11/2026, today 23/11/2026


def test_sort_and_filter_in_sql(ctx: ServiceContext, data: Dataset) -> None:
    model = WorkQueueModel(ctx)
    model.sort(COL_ID, Qt.SortOrder.DescendingOrder)
    assert _ids(model) == sorted(_ids(model), reverse=True)
    model.sort(COL_AGE, Qt.SortOrder.DescendingOrder)  # oldest first
    assert _ids(model)[0] == data.overdue_sr_id
    model.update_filter(overdue_only=True)
    assert _ids(model) == [data.overdue_sr_id]
    model.update_filter(overdue_only=False, owner=None, statuses=(SrStatus.CLOSED,))
    assert _ids(model) == [data.closed_sr_id]
    model.update_filter(statuses=(), owner=None)
    assert model.rowCount() == 0
    model.update_filter(statuses=tuple(SrStatus), text="testington")
    assert sorted(_ids(model)) == sorted([data.open_sr_id, data.other_owner_sr_id])


def test_pages_are_read_on_demand_and_from_the_end(
    ctx: ServiceContext, data: Dataset, monkeypatch: pytest.MonkeyPatch, qtmodeltester: object
) -> None:
    # 23 SRs more, read in pages of 4: every row in the same order as one big query.
    for _ in range(23):
        srs.create_service_request(ctx, data.pat_case_id, *ARREARS)
    monkeypatch.setattr(wqm, "PAGE_SIZE", 4)
    monkeypatch.setattr(wqm, "MAX_CACHED_PAGES", 2)
    for column in range(len(wqm.COLUMNS)):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model = WorkQueueModel(ctx)
            model.sort(column, order)
            assert model.rowCount() == 26
            last = model.index(25, COL_ID).data(SrIdRole)
            assert model.page_loads == 1  # the last page only
            with ctx.db.sessions() as session:
                col = wqm.COLUMNS[column]
                expected = [
                    r.id
                    for r in srs.queue_page(
                        session,
                        model.queue_filter,
                        date(2026, 11, 23),
                        sort=col.sort_key,
                        descending=(order == Qt.SortOrder.DescendingOrder) != col.inverted,
                        limit=1000,
                    )
                ]
            assert last == expected[-1]
            assert _ids(model) == expected, (column, order)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_view_opens_a_row_with_enter_and_double_click(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    view.show()
    assert view.ui.countLabel.text() == "3 service requests"
    table = view.ui.queueTable
    table.selectRow(1)
    with qtbot.waitSignal(view.open_service_request) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [view.model.sr_id_at(1)]
    rect = table.visualRect(view.model.index(0, 1))
    # Qt 6 item views act on a double click only after the press that starts it.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_service_request) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [view.model.sr_id_at(0)]


def test_view_filters_from_its_controls(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> None:
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    view.ui.ownerCombo.setCurrentIndex(1)
    assert view.model.rowCount() == 4
    view.ui.statusClosedCheck.setChecked(True)
    assert view.model.rowCount() == 5
    view.ui.overdueCheck.setChecked(True)
    assert view.ui.countLabel.text() == "1 service request"
    view.ui.overdueCheck.setChecked(False)
    qtbot.keyClicks(view.ui.textFilterEdit, "sampleton")
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    header = view.ui.queueTable.horizontalHeader()
    header.setSortIndicator(COL_ID, Qt.SortOrder.DescendingOrder)
    assert view.model.sort_column == COL_ID
    assert _ids(view.model) == sorted(_ids(view.model), reverse=True)


def test_view_refresh_sees_new_rows(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> None:
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    srs.create_service_request(ctx, data.pat_case_id, *ARREARS)
    with qtbot.waitSignal(view.status_message):
        view.refresh()
    assert view.model.rowCount() == 4
    assert isinstance(view, QWidget)


def test_background_reads_show_placeholders_then_rows(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: object,
) -> None:
    """With real worker threads: the count arrives by signal, rows show "…" until read."""
    from enforcement_desktop.gui import worker

    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    model = WorkQueueModel(ctx)
    if model.counting:
        with qtbot.waitSignal(model.counted, timeout=5000):
            pass
    assert model.rowCount() == 3 and not model.counting
    first = model.index(0, COL_ID)
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        assert first.data() == wqm.LOADING_TEXT
    assert first.data() == str(data.overdue_sr_id)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    # A sort while reading: the old read is dropped, the new order arrives.
    model.sort(COL_ID, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_ID).data() in (wqm.LOADING_TEXT, str(data.overdue_sr_id))
    qtbot.waitUntil(lambda: model.is_loaded(0))
    assert model.index(0, COL_ID).data(SrIdRole) == data.overdue_sr_id
