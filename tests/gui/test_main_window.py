"""The main window: search, navigation, the client banner, actions, unsaved changes, state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from enforcement_desktop.config import Settings
from enforcement_desktop.domain.enums import SrStatus, StepOutcome
from enforcement_desktop.gui.dialogs.new_service_request_dialog import NewServiceRequestDialog
from enforcement_desktop.gui.main_window import (
    ACTIVITY_PLAN,
    CONTACT,
    ORDERS,
    WORK_QUEUE,
    MainWindow,
)
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.gui.widgets.client_banner import PvMarkerRole
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW
from tests.gui.dataset import Dataset
from tests.gui.helpers import message_boxes

pytestmark = pytest.mark.gui


def _plan(window: MainWindow) -> ActivityPlanView:
    view = window.view(ACTIVITY_PLAN)
    assert isinstance(view, ActivityPlanView)
    return view


def test_title_status_bar_and_first_view(window: MainWindow, settings: Settings) -> None:
    assert window.windowTitle() == f"Enforcement Desktop — {settings.db_display}"
    assert settings.db_display in window.db_label.text()
    assert window.user_label.text() == "User: Test Example · Test Team"
    assert window.current_index() == WORK_QUEUE
    assert isinstance(window.current_view(), WorkQueueView)
    assert window.ui.clientNameLabel.text() == "No client open"


def test_demo_title(qtbot: QtBot, ctx: ServiceContext, db_path: Path, qsettings: QSettings) -> None:
    demo = Settings(db_url=f"sqlite:///{db_path}", demo=True, user="test.user")
    win = MainWindow(ctx, demo, qsettings)
    qtbot.addWidget(win)
    assert win.windowTitle().endswith("[DEMO]")
    assert win.db_label.text().startswith("DEMO")


def test_actions_have_standard_shortcuts(window: MainWindow) -> None:
    ui = window.ui
    assert ui.actionSave.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert ui.actionSave.shortcut().toString() == "Ctrl+S"
    assert ui.actionNewServiceRequest.shortcut().toString() == "Ctrl+N"
    assert ui.actionRefresh.shortcut().toString() == "F5"
    assert ui.actionFind.shortcut().toString() == "Ctrl+F"
    assert ui.actionCloseClient.shortcut().toString() == "Ctrl+W"
    assert ui.actionQuit.shortcut().toString() == "Ctrl+Q"


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.ui.navList.setFocus()
    qtbot.waitUntil(lambda: window.ui.navList.hasFocus())
    qtbot.keyClick(window.ui.navList, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.ui.searchEdit.hasFocus())


def test_search_as_you_type_then_enter_opens_the_client(
    qtbot: QtBot, window: MainWindow, data: Dataset
) -> None:
    popup = window.search_popup
    qtbot.keyClicks(window.ui.searchEdit, "testi")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 1)
    item = popup.topLevelItem(0)
    assert item is not None
    assert [item.text(c) for c in range(item.columnCount())] == [
        "Pat Testington",
        "121000000001",
        "17/05/1984",
        "Paying parent (NRP)",
        "1 Fictional Street, B15 2TT",
        "surname",
        "",  # flags: neither urgent nor priority, not sensitive
    ]
    # The PV marker is a badge beside the name, as in the banner (test_holds_and_markers).
    assert item.data(0, PvMarkerRole) is True
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert window.contact_id == data.pat_id
    assert window.current_index() == CONTACT  # opened from the work queue: the Contact view
    ui = window.ui
    assert "Pat Testington" in ui.clientNameLabel.text()
    assert "121000000001" in ui.clientScinLabel.text()
    assert ui.pvMarkerLabel.isVisible()
    assert "Two officers" in ui.pvMarkerLabel.toolTip()
    assert window.last_status == "Opened Pat Testington"


def test_search_by_scin_fragment_and_click(qtbot: QtBot, window: MainWindow, data: Dataset) -> None:
    popup = window.search_popup
    qtbot.keyClicks(window.ui.searchEdit, "12100000000")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 2)
    assert window.last_status == "2 clients found for “12100000000”"
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Down)
    item = popup.currentItem()
    assert item is not None and item.text(1) == "121000000002"
    rect = popup.visualItemRect(item)
    # A click (or double click) in the list opens the client, as in any suggestion list.
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.contact_id == data.sam_id
    assert not window.ui.pvMarkerLabel.isVisible()


def test_search_with_no_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.ui.searchEdit, "zzzz")
    qtbot.waitUntil(lambda: window.search_popup.isVisible())
    assert window.search_popup.topLevelItem(0).text(0) == "No client found for “zzzz”"  # type: ignore[union-attr]
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Escape)
    assert not window.search_popup.isVisible()
    assert window.contact_id is None


def test_enter_on_an_exact_scin_opens_at_once(
    qtbot: QtBot, window: MainWindow, data: Dataset
) -> None:
    window.ui.searchEdit.setText("121000000002")
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.contact_id == data.sam_id


def test_work_queue_row_opens_its_activity_plan(
    qtbot: QtBot, window: MainWindow, data: Dataset
) -> None:
    queue = window.current_view()
    assert isinstance(queue, WorkQueueView)
    ids = [queue.model.sr_id_at(r) for r in range(queue.model.rowCount())]
    row = ids.index(data.wait_sr_id)
    queue.ui.queueTable.selectRow(row)
    qtbot.keyClick(queue.ui.queueTable, Qt.Key.Key_Return)
    assert window.current_index() == ACTIVITY_PLAN
    assert window.contact_id == data.sam_id
    plan = _plan(window)
    assert plan.sr is not None and plan.sr.id == data.wait_sr_id
    assert window.ui.navList.currentRow() == ACTIVITY_PLAN


def test_navigation_list_and_go_actions(window: MainWindow, data: Dataset) -> None:
    window.open_client(data.pat_id)
    window.ui.navList.setCurrentRow(ORDERS)
    assert window.current_index() == ORDERS
    window.ui.actionGoActivityPlan.trigger()
    assert window.current_index() == ACTIVITY_PLAN
    assert _plan(window).contact_id == data.pat_id
    window.ui.actionCloseClient.trigger()
    assert window.contact_id is None
    assert window.current_index() == WORK_QUEUE


def _make_unsaved(window: MainWindow, data: Dataset) -> ActivityPlanView:
    window.open_service_request(data.open_sr_id)
    plan = _plan(window)
    plan.ui.newNoteEdit.setPlainText("A note not yet added")
    assert plan.has_unsaved_changes()
    return plan


def test_leaving_with_unsaved_changes_asks_and_cancel_stays(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, data: Dataset
) -> None:
    plan = _make_unsaved(window, data)
    with message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel) as boxes:
        window.ui.navList.setCurrentRow(WORK_QUEUE)
    assert len(boxes.questions) == 1 and "not saved" in boxes.questions[0]
    assert window.current_index() == ACTIVITY_PLAN
    assert window.ui.navList.currentRow() == ACTIVITY_PLAN
    assert plan.has_unsaved_changes()


def test_leaving_with_unsaved_changes_discard(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, data: Dataset
) -> None:
    plan = _make_unsaved(window, data)
    with message_boxes(monkeypatch, QMessageBox.StandardButton.Discard):
        window.ui.navList.setCurrentRow(WORK_QUEUE)
    assert window.current_index() == WORK_QUEUE
    assert not plan.has_unsaved_changes()
    assert len(srs.get_service_request(window.ctx, data.open_sr_id).steps) == 0


def test_leaving_with_unsaved_changes_save(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, data: Dataset
) -> None:
    from enforcement_desktop.services import notes

    _make_unsaved(window, data)
    with message_boxes(monkeypatch, QMessageBox.StandardButton.Save):
        window.open_client(data.sam_id)
    assert window.contact_id == data.sam_id
    texts = [n.text for n in notes.list_notes(window.ctx, service_request_id=data.open_sr_id)]
    assert "A note not yet added" in texts


def test_closing_with_unsaved_changes_can_be_cancelled(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, data: Dataset
) -> None:
    _make_unsaved(window, data)
    with message_boxes(monkeypatch, QMessageBox.StandardButton.Cancel) as boxes:
        assert window.close() is False
    assert boxes.questions and window.isVisible()
    with message_boxes(monkeypatch, QMessageBox.StandardButton.Discard):
        assert window.close() is True


def test_save_action_with_nothing_to_save(window: MainWindow) -> None:
    window.ui.actionSave.trigger()
    assert window.last_status == "Nothing to save"


def test_window_state_and_last_view_are_kept(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, settings: Settings, qsettings: QSettings
) -> None:
    first = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(first)
    first.resize(1111, 777)
    first.show()
    first.ui.mainSplitter.setSizes([222, 888])
    first.open_client(data.pat_id)
    first.show_view(ORDERS)
    first.close()
    assert qsettings.value("main_window/last_view") == "orders"
    second = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(second)
    second.show()
    assert second.current_index() == ORDERS
    # The offscreen screen clamps restored geometry, so check that it was kept, not its pixels.
    assert qsettings.value("main_window/geometry") and qsettings.value("main_window/state")
    assert second.ui.mainSplitter.sizes()[0] == 222


def test_new_service_request_dialog_then_restart_finds_it_all(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    window: MainWindow,
    data: Dataset,
    settings: Settings,
    qsettings: QSettings,
    db_path: Path,
) -> None:
    def run_dialog(dialog: NewServiceRequestDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.ui.caseCombo.isVisible()  # Pat has one case: no case to choose
        dialog.ui.processCombo.setCurrentText("Enforcement")
        assert dialog.ui.areaCombo.count() == 2
        dialog.ui.areaCombo.setCurrentText("Take Enforcement Action")
        sub_areas = dialog.ui.subAreaCombo
        assert [sub_areas.itemText(i) for i in range(sub_areas.count())] == ["Bailiff"]
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter creates (the default button)
        return int(dialog.result())

    monkeypatch.setattr(NewServiceRequestDialog, "exec", run_dialog)
    window.open_client(data.pat_id)
    sr_id = window.new_service_request()
    assert sr_id is not None
    assert window.current_index() == ACTIVITY_PLAN
    plan = _plan(window)
    assert plan.sr is not None and plan.sr.id == sr_id and plan.sr.sub_area == "Bailiff"
    plan.ui.statusCombo.setCurrentIndex(plan.ui.statusCombo.findData(SrStatus.IN_PROGRESS))
    qtbot.mouseClick(plan.ui.applyStatusButton, Qt.MouseButton.LeftButton)
    assert plan.ui.stepsTable.rowCount() == 9, window.last_status
    combo = plan.ui.stepsTable.cellWidget(0, 2)
    notes = plan.ui.stepsTable.cellWidget(0, 3)
    assert isinstance(combo, QComboBox) and isinstance(notes, QLineEdit)
    combo.setCurrentIndex(combo.findData(StepOutcome.DONE))
    notes.setText("Balance £1,575.00 checked")
    window.ui.actionSave.trigger()
    assert not plan.has_unsaved_changes()
    window.close()

    # A new window on a new connection to the same file: everything is there.
    db = Database(f"sqlite:///{db_path}")
    try:
        ctx2 = ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)
        again = MainWindow(ctx2, settings, qsettings)
        qtbot.addWidget(again)
        again.show()
        assert again.current_index() == ACTIVITY_PLAN  # the last view
        queue = again.view(WORK_QUEUE)
        assert isinstance(queue, WorkQueueView)
        assert sr_id in [queue.model.sr_id_at(r) for r in range(queue.model.rowCount())]
        again.open_service_request(sr_id)
        plan2 = _plan(again)
        assert plan2.sr is not None and plan2.sr.status == SrStatus.IN_PROGRESS
        step = plan2.sr.steps[0]
        assert (step.outcome, step.reason, step.completed_by) == (
            StepOutcome.DONE,
            "Balance £1,575.00 checked",
            "test.user",
        )
        assert plan2.ui.stepsTable.item(0, 5).text() == "23/11/2026"  # type: ignore[union-attr]
        again.close()
    finally:
        db.dispose()


def test_new_service_request_needs_a_client_or_a_queue_row(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, data: Dataset
) -> None:
    assert window.new_service_request() is None
    assert "Open a client" in window.last_status
    queue = window.current_view()
    assert isinstance(queue, WorkQueueView)
    # Pat Testington's arrears review: the SR with no wait date, so the last row.
    queue.ui.queueTable.selectRow(queue.ui.queueTable.model().rowCount() - 1)

    def run_dialog(dialog: NewServiceRequestDialog) -> int:
        assert dialog.contact_id == data.pat_id
        dialog.select("Arrears", "Arrears Management", "Arrears Review")
        dialog.create_service_request()
        return int(dialog.result())

    monkeypatch.setattr(NewServiceRequestDialog, "exec", run_dialog)
    sr_id = window.new_service_request()
    assert sr_id is not None and window.contact_id == data.pat_id
    assert window.current_index() == ACTIVITY_PLAN


def test_new_service_request_dialog_chooses_among_several_cases(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = NewServiceRequestDialog(ctx, data.sam_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.caseCombo.isVisible() and dialog.ui.caseCombo.count() == 2
    assert "£2,400.00" in dialog.ui.caseCombo.itemText(0)
    dialog.select("Enforcement", "Take Enforcement Action", "Bailiff")
    dialog.select_case(data.sam_case_ids[1])
    dialog.create_service_request()
    assert dialog.created is not None and dialog.created.case_id == data.sam_case_ids[1]
    again = NewServiceRequestDialog(ctx, data.sam_id)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.rejected):
        qtbot.keyClick(again, Qt.Key.Key_Escape)  # Escape cancels
    assert again.created is None


def test_the_splitters_of_every_view_are_kept(
    qtbot: QtBot, open_window: Callable[[], MainWindow], data: Dataset
) -> None:
    from PySide6.QtWidgets import QSplitter

    first = open_window()
    first.open_client(data.pat_id)
    moved: dict[tuple[int, str], list[int]] = {}
    for index in (CONTACT, ORDERS, ACTIVITY_PLAN):
        first.show_view(index)
        for splitter in first.view(index).findChildren(QSplitter):
            if splitter.isVisible():
                # As a drag of the first handle does: splitterMoved tells the view the user
                # placed it (the Enforcement options' powers list stops fitting its rows).
                sizes = splitter.sizes()
                with qtbot.waitSignal(splitter.splitterMoved):
                    splitter.moveSplitter(sizes[0] + 40, 1)
                assert splitter.sizes() != sizes, splitter.objectName()
                moved[(index, splitter.objectName())] = splitter.sizes()
    assert any(index == ORDERS for index, _ in moved)
    first.close()

    second = open_window()
    second.open_client(data.pat_id)
    for (index, name), sizes in moved.items():
        second.show_view(index)
        kept = second.view(index).findChild(QSplitter, name)
        assert kept is not None and kept.sizes() == sizes, name


def test_a_powers_list_never_dragged_is_not_kept(
    open_window: Callable[[], MainWindow], data: Dataset, qsettings: QSettings
) -> None:
    """Unless the user placed its handle, the Enforcement options' powers list fits its rows in
    the next session too: its splitter is not kept (the view's other splitters are)."""
    from PySide6.QtWidgets import QSplitter

    first = open_window()
    first.open_client(data.pat_id)
    first.show_view(ORDERS)
    names = {s.objectName() for s in first.view(ORDERS).findChildren(QSplitter)}
    assert "optionsSplitter" in names
    first.close()

    kept = {name for name in names if qsettings.contains(f"views/orders/{name}")}
    assert kept == names - {"optionsSplitter"}
