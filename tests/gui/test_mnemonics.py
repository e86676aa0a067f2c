"""Keyboard: no two controls shown together share an Alt+letter (a clash makes Alt toggle)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QToolBar, QWidget

from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, VIEWS, WORK_QUEUE, MainWindow
from enforcement_desktop.gui.views.contact_view import ContactView
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _letter(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def all_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each Alt+letter of the menu bar and of the controls on screen, with their texts."""
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        letter = _letter(text)
        if letter:
            found[letter].append(text)

    menu_bar = window.findChild(QWidget, "menuBar")
    if menu_bar is not None:
        for action in menu_bar.actions():
            add(action.text())
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        labels_a_field = isinstance(widget, QLabel) and widget.buddy() is not None
        is_button = isinstance(widget, QAbstractButton) and not isinstance(
            widget.parent(), QToolBar
        )
        if isinstance(widget, (QLabel, QAbstractButton)) and (labels_a_field or is_button):
            add(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    add(widget.tabText(index))
    return found


def shown_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """The Alt+letters that two or more controls on screen share, with their texts."""
    return {k: v for k, v in all_mnemonics(window).items() if len(v) > 1}


@pytest.mark.parametrize("index", range(len(VIEWS)), ids=[v.key for v in VIEWS])
def test_no_alt_letter_is_shared_on_a_view(window: MainWindow, data: Dataset, index: int) -> None:
    if index == ACTIVITY_PLAN:
        assert window.open_service_request(data.open_sr_id)
    elif index != WORK_QUEUE:
        assert window.open_client(data.pat_id)
        assert window.show_view(index)
    clashes = shown_mnemonics(window)
    assert clashes == {}, f"{VIEWS[index].title}: shared Alt+letters {clashes}"


def test_no_alt_letter_is_shared_while_editing_the_contact(
    window: MainWindow, data: Dataset
) -> None:
    assert window.open_client(data.pat_id)
    view = window.current_view()
    assert isinstance(view, ContactView)
    view.start_editing()
    assert shown_mnemonics(window) == {}
    view.discard_changes()


#: The dataset's service requests, one of each panel the Activity Plan shows: an Arrears Review
#: (the arrears panel), a Bailiff SR in Wait (the bailiff panel and the Enforce form), an Arrears
#: Review whose wait has passed, a Closed Decide SR and an open one (the Decide tab).
PLAN_SRS = ("open_sr_id", "wait_sr_id", "overdue_sr_id", "closed_sr_id", "other_owner_sr_id")


@pytest.mark.parametrize("sr", PLAN_SRS)
def test_no_alt_letter_is_shared_on_any_tab_of_the_activity_plan(
    window: MainWindow, data: Dataset, sr: str
) -> None:
    """The header and panel of each kind of SR, with each of its detail tabs in front."""
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

    assert window.open_service_request(getattr(data, sr))
    view = window.current_view()
    assert isinstance(view, ActivityPlanView)
    tabs = view.ui.detailTabs
    found: dict[str, dict[str, list[str]]] = {}
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            clashes = shown_mnemonics(window)
            if clashes:
                found[tabs.tabText(index)] = clashes
    assert found == {}, f"shared Alt+letters by tab: {found}"


#: The action panels of the Activity Plan, by the SR of the dataset that shows them. A panel shows
#: only its present stage's buttons, so each of its buttons is checked whether shown or not.
PANELS = {
    "open_sr_id": ("arrearsActionsGroup", "reviewLoActionsGroup"),
    "wait_sr_id": ("bailiffActionsGroup",),
}


@pytest.mark.parametrize("sr", PANELS)
def test_no_action_of_a_panel_shares_an_alt_letter_in_any_stage(
    window: MainWindow, data: Dataset, sr: str
) -> None:
    """Every button a panel may show, against the header, the list, the menus and every tab."""
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

    assert window.open_service_request(getattr(data, sr))
    view = window.current_view()
    assert isinstance(view, ActivityPlanView)
    groups = [view.findChild(QGroupBox, name) for name in PANELS[sr]]
    assert all(groups)
    buttons = [b for g in groups if g is not None for b in g.findChildren(QAbstractButton)]
    panel_texts = {b.text() for b in buttons}
    others: dict[str, set[str]] = defaultdict(set)
    tabs = view.ui.detailTabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            for letter, texts in all_mnemonics(window).items():
                others[letter].update(t for t in texts if t not in panel_texts)
    clashes = {
        b.text(): sorted(others[key])
        for b in buttons
        if (key := _letter(b.text())) is not None and others[key]
    }
    assert clashes == {}, f"panel actions sharing an Alt+letter: {clashes}"
