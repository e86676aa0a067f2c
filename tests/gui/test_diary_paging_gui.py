"""The Diary shows a page of reminders and "Show more" (issue 11, review finding: a Diary of a
928,906-SR queue took 11 s to open, the data lane busy all the while)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.main_window import DIARY, MainWindow
from enforcement_desktop.gui.views import diary_view
from enforcement_desktop.gui.views.diary_view import COL_DUE, COL_WHAT, DiaryView
from enforcement_desktop.services import reminders
from enforcement_desktop.services.context import ServiceContext
from tests.conftest import FIXED_NOW
from tests.gui.dataset import Dataset
from tests.services.builders import add_case

pytestmark = pytest.mark.gui
TODAY = FIXED_NOW.date()


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def five_today(ctx: ServiceContext, data: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five reminders due today (the dataset adds one overdue): pages of three."""
    for n in range(1, 6):
        reminders.add_reminder(ctx, data.open_sr_id, TODAY, f"Call number {n}")
    monkeypatch.setattr(diary_view, "DIARY_PAGE", 3)


def _diary(window: MainWindow) -> DiaryView:
    assert window.show_view(DIARY)
    view = window.current_view()
    assert isinstance(view, DiaryView)
    return view


def test_the_first_page_shows_the_latest_due_and_says_how_many(
    window: MainWindow, five_today: None
) -> None:
    view = _diary(window)
    table = view.ui.remindersTable

    assert table.rowCount() == 3
    # Latest due first; the same day, the latest set first.
    assert [_text(table, r, COL_WHAT) for r in range(3)] == [
        "Call number 5",
        "Call number 4",
        "Call number 3",
    ]
    assert view.ui.countLabel.text() == "3 of 6 reminders due, 1 overdue"
    assert view.ui.diaryTabs.tabText(view.ui.diaryTabs.indexOf(view.ui.remindersTab)) == (
        "&Reminders due (6)"
    )
    assert view.ui.moreButton.isVisible() and view.ui.moreButton.isEnabled()


def test_show_more_adds_the_next_page_and_selects_its_first_line(
    qtbot: QtBot, window: MainWindow, five_today: None
) -> None:
    view = _diary(window)
    table = view.ui.remindersTable

    view.ui.moreButton.click()

    qtbot.waitUntil(lambda: table.rowCount() == 6)
    assert [_text(table, r, COL_WHAT) for r in range(5)] == [
        f"Call number {n}" for n in (5, 4, 3, 2, 1)
    ]
    assert _text(table, 5, COL_DUE).endswith("(overdue)")
    assert table.currentRow() == 3
    assert view.ui.countLabel.text() == "6 reminders due, 1 overdue"
    assert not view.ui.moreButton.isVisible()
    # Done on a line of the second page keeps both pages shown.
    view.ui.doneButton.click()
    qtbot.waitUntil(lambda: table.rowCount() == 5)
    assert view.ui.countLabel.text() == "5 reminders due, 1 overdue"


def test_past_the_cap_the_count_says_so(
    window: MainWindow, five_today: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(diary_view, "COUNT_CAP", 4)
    view = _diary(window)

    assert view.ui.remindersTable.rowCount() == 3
    assert view.ui.countLabel.text() == "3 of 4+ reminders due, latest first"
    assert view.ui.moreButton.isVisible()


def test_the_team_box_starts_again_from_the_first_page(
    qtbot: QtBot, window: MainWindow, five_today: None
) -> None:
    view = _diary(window)
    table = view.ui.remindersTable
    view.ui.moreButton.click()
    qtbot.waitUntil(lambda: table.rowCount() == 6)

    view.ui.teamCheck.setChecked(True)

    qtbot.waitUntil(lambda: view.diary is not None and view.diary.team is not None)
    assert table.rowCount() == 3 and view.pages == 1


def test_the_quiet_lists_are_capped_with_a_count(
    window: MainWindow, ctx: ServiceContext, data: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        add_case(ctx, data.sam_id, f"12100000051{n}")  # arrears, no service request
    monkeypatch.setattr(diary_view, "QUIET_PAGE", 2)
    view = _diary(window)
    assert view.diary is not None
    count = view.diary.quiet_case_count

    assert count.value >= 3 and not count.more
    assert view.ui.quietCasesTable.rowCount() == 2
    assert view.ui.quietCasesLabel.text() == (
        f"Cases with arrears and no open service request: {count.value}, the first 2 shown "
        "(Enter opens the client)"
    )
    quiet_tab = view.ui.diaryTabs.indexOf(view.ui.quietTab)
    total = count.value + view.diary.quiet_sr_count.value
    assert view.ui.diaryTabs.tabText(quiet_tab) == f"Gone &quiet ({total})"
