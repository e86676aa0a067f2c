"""Holds as banner chips and on plan steps, the PV marker in lists, look-alikes told apart in
search, and the DEMO strip (issue 13, items 1, 2, 3 and 7)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.config import Settings
from enforcement_desktop.domain.enums import ContactRole, Workflow
from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, WORK_QUEUE, MainWindow
from enforcement_desktop.gui.models.work_queue_model import COL_CLIENT
from enforcement_desktop.gui.search_popup import ADDRESS, BORN, NAME, ROLE
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.sr_steps import COL_TITLE
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.gui.widgets.client_banner import (
    DEMO_TEXT,
    PV_COLOUR,
    PV_TEXT,
    PvBadgeDelegate,
    PvMarkerRole,
)
from enforcement_desktop.services import contacts, screens
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui


@pytest.fixture
def ctx(gui_db: Database) -> ServiceContext:
    """The services on an empty database: the demo lists its own regions."""
    return ServiceContext(db=gui_db, user="test.user", clock=lambda: FIXED_NOW)


@pytest.fixture
def showcase_window(ctx: ServiceContext, open_window: Callable[[], MainWindow]) -> MainWindow:
    """The main window over the demo's showcase clients, owned by the test user."""
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return open_window()


def _open(qtbot: QtBot, window: MainWindow, ctx: ServiceContext, scin: str) -> int:
    contact_id = contacts.find_contact_by_scin(ctx, scin).id
    window.open_client(contact_id)
    qtbot.waitUntil(lambda: window.contact_id == contact_id)
    return contact_id


def _chips(window: MainWindow) -> list[QLabel]:
    return [chip for chip in window.banner.chips.chips if chip.isVisible()]


def test_a_complied_sanctions_order_is_a_chip_with_its_reasons_on_hover(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    _open(qtbot, window, ctx, "121000000002")
    qtbot.waitUntil(lambda: window.banner.chips.isVisible())
    (chip,) = _chips(window)
    assert chip.text().startswith("Sanctions order SANCTION-")
    assert "complied with since" in chip.text()
    assert "in force and being complied with" in chip.toolTip()
    assert "1 hold" in window.ui.clientBanner.accessibleDescription()


def test_a_recent_nulla_bona_chip_says_when_bailiff_action_may_start_again(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    _open(qtbot, window, ctx, "121000000004")
    qtbot.waitUntil(lambda: len(_chips(window)) == 1)
    (chip,) = _chips(window)
    assert chip.text().startswith("Nulla Bona ")
    assert " — bailiff allowed again from " in chip.text()
    assert "within the last 6 months" in chip.toolTip()


@pytest.mark.parametrize(
    ("scin", "starts"),
    [("121000000003", "Appeal lodged "), ("121000000005", "Lives in Scotland")],
)
def test_an_open_appeal_and_scotland_are_chips_too(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext, scin: str, starts: str
) -> None:
    _open(qtbot, showcase_window, ctx, scin)
    qtbot.waitUntil(lambda: len(_chips(showcase_window)) == 1)
    assert _chips(showcase_window)[0].text().startswith(starts)


def test_the_chips_go_with_the_client(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    _open(qtbot, window, ctx, "121000000002")
    qtbot.waitUntil(lambda: window.banner.chips.isVisible())
    _open(qtbot, window, ctx, "121000000001")
    assert not window.banner.chips.isVisible() and window.banner.chips.chips == []
    _open(qtbot, window, ctx, "121000000002")
    qtbot.waitUntil(lambda: window.banner.chips.isVisible())
    assert window.close_client()
    assert not window.banner.chips.isVisible()


def test_the_activity_plan_marks_the_lo_step_a_sanctions_order_makes_pointless(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    contact_id = contacts.find_contact_by_scin(ctx, "121000000002").id
    review = next(
        sr
        for sr in screens.client_screen(ctx, contact_id).service_requests
        if sr.workflow == Workflow.ARREARS_REVIEW
    )
    window.open_service_request(review.id)
    qtbot.waitUntil(lambda: window.current_index() == ACTIVITY_PLAN)
    view = window.view(ACTIVITY_PLAN)
    assert isinstance(view, ActivityPlanView)
    qtbot.waitUntil(lambda: view.sr_screen is not None and view.sr_screen.held_steps != ())
    table = view.ui.stepsTable
    titles = {}
    for row in range(table.rowCount()):
        item = table.item(row, COL_TITLE)
        assert item is not None
        titles[item.text().split("  [held:")[0]] = item
    held = titles["Initiate LO arrears action"]
    assert held.text() == "Initiate LO arrears action  [held: sanctions order]"
    assert held.toolTip().startswith("Pointless while this hold lasts: Sanctions order")
    assert "[held:" not in titles["Review case details"].text()
    assert "held: pointless while the hold lasts" in view.ui.planHintLabel.text()


def test_the_work_queue_marks_a_pv_client_as_the_banner_does(
    qtbot: QtBot, showcase_window: MainWindow
) -> None:
    window = showcase_window
    view = window.view(WORK_QUEUE)
    assert isinstance(view, WorkQueueView)
    model = view.model
    qtbot.waitUntil(lambda: not model.counting and model.rowCount() > 0)
    marked = [r for r in range(model.rowCount()) if model.index(r, COL_CLIENT).data(PvMarkerRole)]
    assert marked, "the showcase's first client carries the PV marker"
    for row in range(model.rowCount()):
        found = model.row_at(row)
        assert found is not None
        assert bool(model.index(row, COL_CLIENT).data(PvMarkerRole)) == found.pv_marker
    index = model.index(marked[0], COL_CLIENT)
    assert index.data() == "Morgan Testington"
    assert PV_TEXT in index.data(0x0003)  # ToolTipRole
    assert isinstance(view.ui.queueTable.itemDelegateForColumn(COL_CLIENT), PvBadgeDelegate)
    # The badge is painted in the banner's colour.
    view.ui.queueTable.scrollTo(index)
    image = view.ui.queueTable.viewport().grab().toImage()
    rect = view.ui.queueTable.visualRect(index)
    colours = {
        image.pixelColor(x, rect.center().y()).name()
        for x in range(rect.right() - 30, rect.right())
    }
    assert PV_COLOUR in colours


def test_search_tells_two_look_alikes_apart_by_address_and_role(
    qtbot: QtBot, showcase_window: MainWindow
) -> None:
    window = showcase_window
    popup = window.search_popup
    qtbot.keyClicks(window.ui.searchEdit, "Exampleton")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 2)
    rows = [popup.topLevelItem(i) for i in range(2)]
    assert all(row is not None for row in rows)
    born = {row.text(BORN) for row in rows if row is not None}
    addresses = {row.text(ADDRESS) for row in rows if row is not None}
    # Same surname (and, as the issue found them, the same birthday: the demo's random stream
    # has moved since), told apart by where they live.
    assert all(born)
    assert len(addresses) == 2
    for row in rows:
        assert row is not None
        assert row.text(ROLE) == ContactRole.PAYING_PARENT.label
        line, postcode = row.text(ADDRESS).rsplit(", ", 1)
        assert line and postcode[:1].isalpha()


def test_search_marks_a_pv_client_as_the_banner_does(
    qtbot: QtBot, showcase_window: MainWindow
) -> None:
    window = showcase_window
    popup = window.search_popup
    qtbot.keyClicks(window.ui.searchEdit, "Testington")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 1)
    item = popup.topLevelItem(0)
    assert item is not None
    assert item.text(NAME) == "Morgan Testington"
    assert item.data(NAME, PvMarkerRole) is True
    assert PV_TEXT in item.toolTip(NAME)
    assert isinstance(popup.itemDelegateForColumn(NAME), PvBadgeDelegate)


def test_demo_data_has_a_strip_across_the_window_and_real_data_none(
    qtbot: QtBot, ctx: ServiceContext, db_path: Path, qsettings: QSettings, settings: Settings
) -> None:
    demo_settings = Settings(db_url=f"sqlite:///{db_path}", demo=True, user="test.user")
    on_demo = MainWindow(ctx, demo_settings, qsettings)
    qtbot.addWidget(on_demo)
    on_demo.resize(1280, 800)
    on_demo.show()
    qtbot.waitExposed(on_demo)
    strip = on_demo.findChild(QLabel, "demoStrip")
    assert strip is not None and strip.isVisible()
    assert strip.text() == DEMO_TEXT
    # Across the window, above the client banner.
    assert strip.width() >= on_demo.ui.clientBanner.width()
    assert strip.geometry().bottom() < on_demo.ui.clientBanner.geometry().top()

    on_real = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(on_real)
    assert on_real.findChild(QLabel, "demoStrip") is None
