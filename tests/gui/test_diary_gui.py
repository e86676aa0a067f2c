"""The Diary view, the overdue count in the status bar and the Add reminder dialog."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.dialogs.reminder_dialog import ReminderDialog
from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, DIARY, MainWindow
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.diary_view import COL_DUE, COL_OWNER, COL_WHAT, DiaryView
from enforcement_desktop.services import reminders
from enforcement_desktop.services.context import ServiceContext
from tests.conftest import FIXED_NOW
from tests.gui.dataset import Dataset
from tests.services.builders import add_case
from tests.users import TEST_NAME

pytestmark = pytest.mark.gui
TODAY = FIXED_NOW.date()


@pytest.fixture
def reminded(ctx: ServiceContext, data: Dataset) -> int:
    """A reminder due today on the open arrears review (the dataset also has an SR whose wait
    date has passed: the procedure's reminder for it is overdue)."""
    return reminders.add_reminder(ctx, data.open_sr_id, TODAY, "Phone the employer back").id


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def _diary(window: MainWindow) -> DiaryView:
    assert window.show_view(DIARY)
    view = window.current_view()
    assert isinstance(view, DiaryView)
    return view


def test_the_diary_lists_todays_and_overdue_reminders_latest_first(
    window: MainWindow, data: Dataset, reminded: int
) -> None:
    view = _diary(window)
    table = view.ui.remindersTable

    assert table.rowCount() == 2
    assert _text(table, 0, COL_WHAT) == "Phone the employer back"
    assert _text(table, 0, COL_DUE) == "23/11/2026"
    assert _text(table, 1, COL_DUE).endswith("(overdue)")
    assert "reply is due" in _text(table, 1, COL_WHAT)
    assert view.ui.countLabel.text() == "2 reminders due, 1 overdue"
    # The owner by name, the login in the tooltip (issue 11: names, not logins).
    owner = table.item(0, COL_OWNER)
    assert owner is not None and owner.text() == TEST_NAME
    assert owner.toolTip() == "Login: test.user"
    # The dataset's user is a team leader: the team box and the quiet work are offered.
    assert view.ui.teamCheck.isVisible()
    assert view.ui.diaryTabs.isTabVisible(view.ui.diaryTabs.indexOf(view.ui.quietTab))


def test_enter_opens_the_service_request(
    qtbot: QtBot, window: MainWindow, data: Dataset, reminded: int
) -> None:
    view = _diary(window)
    table = view.ui.remindersTable
    table.setFocus()
    table.selectRow(0)

    qtbot.keyClick(table, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.current_index() == ACTIVITY_PLAN)
    plan = window.current_view()
    assert isinstance(plan, ActivityPlanView)
    qtbot.waitUntil(lambda: plan.sr is not None and plan.sr.id == data.open_sr_id)


def test_done_takes_the_reminder_out_and_the_overdue_count_follows(
    qtbot: QtBot, window: MainWindow, data: Dataset, reminded: int
) -> None:
    label = window.overdue_label
    qtbot.waitUntil(lambda: label.count == 1)
    assert label.isVisible() and "1 overdue" in label.text()
    view = _diary(window)
    view.ui.remindersTable.selectRow(1)
    assert "Set by the procedure" in view.ui.explanationLabel.text()

    view.ui.doneButton.click()

    qtbot.waitUntil(lambda: view.ui.remindersTable.rowCount() == 1)
    qtbot.waitUntil(lambda: label.count == 0)
    assert not label.isVisible()
    assert "done" in window.last_status


def test_the_overdue_count_opens_the_diary(
    qtbot: QtBot, window: MainWindow, data: Dataset, reminded: int
) -> None:
    qtbot.waitUntil(lambda: window.overdue_label.count == 1)

    window.overdue_label.linkActivated.emit("diary")

    assert window.current_index() == DIARY


def test_the_quiet_tab_opens_a_client(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, data: Dataset
) -> None:
    add_case(ctx, data.sam_id, "121000000504")  # arrears, no service request
    view = _diary(window)
    cases = view.ui.quietCasesTable
    assert view.diary is not None
    quiet = {c.contact_id for c in view.diary.quiet_cases}
    assert data.sam_id in quiet
    row = [c.contact_id for c in view.diary.quiet_cases].index(data.sam_id)
    view.ui.diaryTabs.setCurrentWidget(view.ui.quietTab)
    cases.setFocus()
    cases.selectRow(row)

    qtbot.keyClick(cases, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.contact_id == data.sam_id)


def test_a_reminder_set_from_the_activity_plan_reaches_the_diary(
    qtbot: QtBot, window: MainWindow, data: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _diary(window)
    assert view.ui.remindersTable.rowCount() == 1
    assert window.open_service_request(data.open_sr_id)
    plan = window.current_view()
    assert isinstance(plan, ActivityPlanView)
    qtbot.waitUntil(lambda: plan.sr is not None and plan.sr.id == data.open_sr_id)
    button = plan.header.add_reminder_button
    assert button.isVisible() and button.isEnabled()

    def fill_and_save(dialog: ReminderDialog) -> int:
        dialog.ui.noteEdit.setPlainText("Check the payment arrived")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(ReminderDialog, "exec", fill_and_save)
    button.click()

    assert window.last_status == f"Reminder set for 23/11/2026 in {TEST_NAME}'s diary"
    view = _diary(window)
    qtbot.waitUntil(lambda: view.ui.remindersTable.rowCount() == 2)


def test_a_reminder_in_the_past_is_refused_beside_its_date(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = ReminderDialog(ctx, data.open_sr_id, "Service request")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.ownerCombo.count() >= 1
    dialog.ui.dueOnEdit.set_value(TODAY - timedelta(days=1))
    dialog.ui.noteEdit.setPlainText("Too late")

    dialog.save()

    assert dialog.isVisible()
    assert "cannot be in the past" in dialog.ui.dueOnError.text()
    assert dialog.ui.dueOnError.isVisible()
    assert reminders.reminders_for_sr(ctx, data.open_sr_id) == []
