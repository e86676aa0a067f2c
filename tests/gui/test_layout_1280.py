"""The window at 1280×800 (issue 13 item 11): the Contact edit form's fields have usable widths,
the Enforcement options list and its reasons pane fit without both scrolling and the list opens
at its first row; the Activity Plan fits without the window growing, whatever SR it shows; and
the New client dialog keeps pasted text over a limit (item 10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import Power
from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, CONTACT, ORDERS, MainWindow
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.views.sr_steps import COL_TITLE
from enforcement_desktop.services import contacts, screens
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui

#: Room a line edit needs around its text (frame and text margins) and a combo box around its
#: text (frame, margins and the drop-down arrow), in pixels.
EDIT_PADDING = 12
COMBO_PADDING = 30
#: The narrowest a name field may be: a long name read at a glance.
NAME_WIDTH = 150

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def ctx(gui_db: Database) -> ServiceContext:
    """The services on an empty database: the demo lists its own regions."""
    return ServiceContext(db=gui_db, user="test.user", clock=lambda: FIXED_NOW)


@pytest.fixture
def demo_window(ctx: ServiceContext, open_window: Callable[[], MainWindow]) -> MainWindow:
    """The main window (1280×800) over the demo's showcase clients."""
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return open_window()


def _open(qtbot: QtBot, window: MainWindow, ctx: ServiceContext, scin: str, view: int) -> None:
    contact_id = contacts.find_contact_by_scin(ctx, scin).id
    window.open_client(contact_id)
    qtbot.waitUntil(lambda: window.contact_id == contact_id)
    window.show_view(view)
    qtbot.waitUntil(lambda: window.view(view).isVisible())


def _contact_editing(qtbot: QtBot, window: MainWindow, ctx: ServiceContext) -> ContactView:
    _open(qtbot, window, ctx, "121000000001", CONTACT)
    view = window.view(CONTACT)
    assert isinstance(view, ContactView)
    view.start_editing()
    qtbot.waitUntil(lambda: not view.ui.firstNameEdit.isReadOnly())
    return view


def _shown(root: QWidget, kind: type[W]) -> list[W]:
    return [w for w in root.findChildren(kind) if w.isVisible()]


def _text_fits(edit: QLineEdit, text: str) -> bool:
    return edit.width() >= edit.fontMetrics().horizontalAdvance(text) + EDIT_PADDING


# --------------------------------------------------------------------------- Contact edit form


def test_contact_edit_form_labels_are_whole_at_1280x800(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    view = _contact_editing(qtbot, demo_window, ctx)
    labels = [label for label in _shown(view.ui.detailsGroup, QLabel) if label.text()]
    assert len(labels) >= 12
    clipped = [
        (label.objectName(), label.width(), label.sizeHint().width())
        for label in labels
        if not label.wordWrap() and label.width() < label.sizeHint().width()
    ]
    assert clipped == []


def test_contact_edit_form_fields_have_usable_widths_at_1280x800(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    view = _contact_editing(qtbot, demo_window, ctx)
    ui = view.ui
    edits = _shown(ui.detailsGroup, QLineEdit)
    assert len(edits) >= 10
    narrow = [(e.objectName(), e.width()) for e in edits if e.width() < NAME_WIDTH]
    assert narrow == []
    # What the fields hold is read whole: the NI number, the names, the phone, the SCIN.
    for edit in (ui.ninoEdit, ui.firstNameEdit, ui.lastNameEdit, ui.scinEdit, ui.phoneEdit):
        assert edit.text()
        assert _text_fits(edit, edit.text()), edit.objectName()
    assert _text_fits(ui.ninoEdit, "QQ 12 34 56 C")
    # "Paying parent (NRP)" and every other choice is shown whole in its combo.
    combos = _shown(ui.detailsGroup, QComboBox)
    assert ui.roleCombo in combos
    for combo in combos:
        widest = max(
            combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())
        )
        assert combo.width() >= widest + COMBO_PADDING, combo.objectName()


def test_contact_view_address_table_is_not_a_half_empty_block_of_the_width(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    """The client's details get the window's width; the case box sits beside the tabs below
    them, so the address table is as tall as what is left and the details are never squeezed."""
    view = _contact_editing(qtbot, demo_window, ctx)
    ui = view.ui
    details, case, tabs = ui.detailsGroup, ui.caseGroup, ui.tabs
    assert details.width() >= details.sizeHint().width()
    assert details.height() >= details.sizeHint().height()
    # The case box is beside the tabs, not beside the details.
    assert case.geometry().top() >= details.geometry().bottom()
    assert case.geometry().left() >= tabs.geometry().right()
    # Every tab's title is in view (no scroll arrows hiding Notes).
    assert tabs.tabBar().width() >= tabs.tabBar().sizeHint().width()
    # The address table shows its header and at least five rows.
    table = ui.addressesTable
    rows = table.viewport().height() // max(table.verticalHeader().defaultSectionSize(), 1)
    assert rows >= 5


def test_contact_view_not_editing_shows_names_and_ni_number_whole(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    _open(qtbot, demo_window, ctx, "121000000001", CONTACT)
    view = demo_window.view(CONTACT)
    assert isinstance(view, ContactView)
    ui = view.ui
    for edit in (ui.ninoEdit, ui.firstNameEdit, ui.lastNameEdit, ui.employerEdit):
        assert _text_fits(edit, edit.text()), edit.objectName()


# --------------------------------------------------------------------------- Enforcement options


def _orders(qtbot: QtBot, window: MainWindow, ctx: ServiceContext, scin: str) -> OrdersView:
    _open(qtbot, window, ctx, scin, ORDERS)
    view = window.view(ORDERS)
    assert isinstance(view, OrdersView)
    qtbot.waitUntil(lambda: view.options_model.rowCount() > 0)
    return view


def _scrolls(area: QAbstractScrollArea) -> bool:
    return area.verticalScrollBar().maximum() > 0


@pytest.mark.parametrize("scin", ["121000000001", "121000000002", "121000000004"])
def test_options_list_opens_at_its_first_row(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext, scin: str
) -> None:
    view = _orders(qtbot, demo_window, ctx, scin)
    table = view.ui.optionsTable
    model = view.options_model
    assert model.option_at(0) is not None
    assert model.option_at(0).power is Power.LIABILITY_ORDER  # type: ignore[union-attr]
    assert table.verticalScrollBar().value() == 0
    first = table.visualRect(model.index(0, 0))
    assert first.top() >= 0 and table.viewport().rect().contains(first)
    # The power selected first (the first blocked one) is shown too.
    selected = table.selectionModel().selectedRows()
    assert selected
    assert table.viewport().rect().contains(table.visualRect(selected[0]))


@pytest.mark.parametrize("scin", ["121000000001", "121000000002", "121000000004"])
def test_options_list_and_reasons_pane_do_not_both_scroll(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext, scin: str
) -> None:
    view = _orders(qtbot, demo_window, ctx, scin)
    table = view.ui.optionsTable
    # Every power is in view: the list has its rows' height.
    assert not _scrolls(table)
    last = table.visualRect(view.options_model.index(view.options_model.rowCount() - 1, 0))
    assert table.viewport().rect().contains(last)
    # The reasons of the power selected first fit their pane.
    assert not _scrolls(view.ui.optionsDetail)


# --------------------------------------------------------------------------- Activity Plan

#: The SRs whose Activity Plan must fit, by client and sub area: a Bailiff SR under way (its
#: action buttons), a Decide SR with letters (the Decide tab, the letters), an Arrears Review
#: (the authorisation and arrears panels), the Review LO awaiting authorisation, and an Arrears
#: Review under a sanctions order (the holds line above, a held step).
ACTIVITY_PLAN_SRS = [
    ("121000000008", "Bailiff"),
    ("121000000009", "Gather Information"),
    ("121000000011", "Arrears Review"),
    ("121000000011", "Review LO"),
    ("121000000002", "Arrears Review"),
]
#: Rows of the plan in view at the least: a plan read without scrolling at every step.
PLAN_ROWS = 6
#: Room a table cell needs around its text (its margins), in pixels.
CELL_PADDING = 8


def _activity_plan(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, scin: str, sub_area: str
) -> ActivityPlanView:
    contact_id = contacts.find_contact_by_scin(ctx, scin).id
    sr = next(
        sr
        for sr in screens.client_screen(ctx, contact_id).service_requests
        if sr.sub_area == sub_area
    )
    window.open_service_request(sr.id)
    view = window.view(ACTIVITY_PLAN)
    assert isinstance(view, ActivityPlanView)
    qtbot.waitUntil(lambda: view.isVisible() and view.sr is not None and view.sr.id == sr.id)
    return view


def _needed_height(widget: QWidget) -> int:
    """The height a widget needs to show all it holds at its width (wrapped labels too)."""
    needed = widget.minimumSizeHint().height()
    if widget.hasHeightForWidth():
        needed = max(needed, widget.heightForWidth(widget.width()))
    return needed


def _action_groups(view: ActivityPlanView) -> list[QGroupBox]:
    row = view.ui.actionsRow
    items = [row.itemAt(i) for i in range(row.count())]
    groups = [item.widget() for item in items if item is not None]
    return [g for g in groups if isinstance(g, QGroupBox) and g.isVisible()]


@pytest.mark.parametrize(("scin", "sub_area"), ACTIVITY_PLAN_SRS)
def test_activity_plan_fits_1280x800_without_the_window_growing(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext, scin: str, sub_area: str
) -> None:
    view = _activity_plan(qtbot, demo_window, ctx, scin, sub_area)
    # The layouts are brought up to date as the event loop would: the window grows here when
    # what the view shows needs more than 1280x800.
    QApplication.processEvents()
    hint = demo_window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    assert demo_window.size().toTuple() == (1280, 800)
    ui = view.ui
    # Each part has the height it needs at its width: no wrapped hint cut off, no tab squeezed.
    parts = [ui.headerGroup, ui.statusGroup, *_action_groups(view), ui.detailTabs]
    squeezed = [
        (part.objectName(), part.height(), _needed_height(part))
        for part in parts
        if part.height() < _needed_height(part)
    ]
    assert squeezed == []
    for group in _action_groups(view):
        for label in group.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.objectName()
    # Every tab's title is in view (no scroll arrows), and each tab has the height it needs.
    tabs = ui.detailTabs
    assert tabs.tabBar().width() >= tabs.tabBar().sizeHint().width()
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            page = tabs.currentWidget()
            assert page.height() >= page.minimumSizeHint().height(), tabs.tabText(index)
    tabs.setCurrentWidget(ui.planTab)
    # The plan shows its first six steps (all of a shorter plan) without scrolling.
    table = ui.stepsTable
    rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
    assert rows >= min(PLAN_ROWS, table.rowCount())
    assert table.rowCount() >= PLAN_ROWS
    # The Save and Discard buttons are in view, under the tabs.
    assert ui.saveButton.isVisible()
    assert ui.saveButton.mapTo(demo_window, ui.saveButton.rect().bottomLeft()).y() < 800


def test_activity_plan_shows_a_held_steps_title_whole(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    view = _activity_plan(qtbot, demo_window, ctx, "121000000002", "Arrears Review")
    table = view.ui.stepsTable
    titles = [table.item(row, COL_TITLE) for row in range(table.rowCount())]
    held = [item.text() for item in titles if item is not None and "[held:" in item.text()]
    assert "Initiate LO arrears action  [held: sanctions order]" in held
    widest = max(table.fontMetrics().horizontalAdvance(text) for text in held)
    assert table.columnWidth(COL_TITLE) >= widest + CELL_PADDING
    # The columns fit the table: nothing to scroll sideways to.
    assert table.horizontalScrollBar().maximum() == 0


def test_activity_plan_decide_tab_scrolls_to_the_decision(
    qtbot: QtBot, demo_window: MainWindow, ctx: ServiceContext
) -> None:
    view = _activity_plan(qtbot, demo_window, ctx, "121000000009", "Gather Information")
    tabs = view.ui.detailTabs
    scroll = view.decide_tab
    assert isinstance(scroll, QScrollArea) and scroll.widget() is view.decide_panel
    index = tabs.indexOf(scroll)
    assert tabs.isTabVisible(index) and tabs.tabText(index) == "Decide"
    # The panel's read (every power's verdict) waits until its tab is shown.
    assert view.decide_panel.panel_screen is None
    tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.decide_panel.panel_screen is not None)
    assert view.sr is not None and view.decide_panel.panel_screen.sr_id == view.sr.id
    decision = view.decide_panel.ui.decisionBox
    scroll.ensureWidgetVisible(decision)
    top_left = decision.mapTo(scroll.viewport(), decision.rect().topLeft())
    assert scroll.viewport().rect().contains(top_left)


# --------------------------------------------------------------------------- New client dialog


@pytest.mark.parametrize(
    ("field", "error", "limit"),
    [
        ("otherNamesEdit", "otherNamesError", 200),
        ("line1Edit", "line1Error", 200),
        ("employerEdit", "employerNameError", 200),
        ("townEdit", "townError", 100),
    ],
)
def test_new_client_dialog_keeps_pasted_text_over_a_limit_and_says_it(
    qtbot: QtBot, ctx: ServiceContext, field: str, error: str, limit: int
) -> None:
    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = getattr(dialog.ui, field)
    label = getattr(dialog.ui, error)
    pasted = "Alexandra " * 31 + "Xy"  # 312 characters
    edit.selectAll()
    edit.insert(pasted)  # as a paste inserts it
    assert edit.text() == pasted
    assert label.isVisible()
    assert label.text() == f"312 characters; the limit is {limit}"
    edit.selectAll()
    edit.insert("Short")
    assert not label.isVisible()


def test_new_client_dialog_refuses_the_long_text_on_save_and_keeps_it(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    ui.firstNameEdit.setText("Jordan")
    ui.lastNameEdit.setText("Testleigh")
    pasted = "Alexandra " * 31 + "Xy"
    ui.otherNamesEdit.insert(pasted)
    dialog.save()
    assert dialog.result_contact is None and dialog.isVisible()
    assert ui.otherNamesError.text() == "Other names is too long: 312 characters; the limit is 200"
    assert ui.otherNamesEdit.text() == pasted
