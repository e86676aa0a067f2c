"""Check CSA in the window: the urgent/priority chip and the sensitive-case marker in the
banner, a sensitive client's addresses withheld, and the work queue's Priority column."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.gui.main_window import CONTACT, WORK_QUEUE, MainWindow
from enforcement_desktop.gui.models.work_queue_model import COL_ATTENTION
from enforcement_desktop.gui.search_popup import ADDRESS, FLAGS, WITHHELD
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services import contacts, legacy, screens
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui

URGENT_SCIN = "121000000010"


@pytest.fixture
def ctx(gui_db: Database) -> ServiceContext:
    return ServiceContext(db=gui_db, user="test.user", clock=lambda: FIXED_NOW)


@pytest.fixture
def showcase_window(ctx: ServiceContext, open_window: Callable[[], MainWindow]) -> MainWindow:
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return open_window()


def _leader(ctx: ServiceContext) -> ServiceContext:
    """The demo's team leader: who may mark a sensitive case (with Special Client Records)."""
    return replace(ctx, user=demo.DEMO_TEAM_LEADER)


def _open(qtbot: QtBot, window: MainWindow, ctx: ServiceContext, scin: str) -> int:
    contact_id = contacts.find_contact_by_scin(ctx, scin).id
    window.open_client(contact_id)
    qtbot.waitUntil(lambda: window.contact_id == contact_id)
    return contact_id


def test_the_banner_shows_urgent_with_the_reasons_on_hover(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    _open(qtbot, window, ctx, URGENT_SCIN)
    chip = window.banner.marks.attention
    qtbot.waitUntil(chip.isVisible)
    assert chip.text() == "Urgent · Priority"
    assert "about to dispose of" in chip.toolTip()
    assert "order for sale under way" in chip.toolTip()
    assert "urgent" in window.ui.clientBanner.accessibleDescription()
    assert not window.banner.marks.sensitive.isVisible()
    # Another client: the chip goes.
    _open(qtbot, window, ctx, "121000000005")
    qtbot.waitUntil(lambda: not window.banner.marks.isVisible())


def test_a_sensitive_client_shows_the_marker_and_no_address(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    window = showcase_window
    contact_id = contacts.find_contact_by_scin(ctx, "121000000005").id
    version = screens.client_screen(ctx, contact_id).contact.version
    legacy.set_sensitive(_leader(ctx), contact_id, version, True)
    _open(qtbot, window, ctx, "121000000005")
    marker = window.banner.marks.sensitive
    qtbot.waitUntil(marker.isVisible)
    assert "Special Client Records" in marker.toolTip()
    window.show_view(CONTACT)
    view = window.view(CONTACT)
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.contact is not None and view.contact.id == contact_id)
    assert view.addresses_model.rowCount() == 0
    tabs = view.ui.tabs
    assert tabs.tabText(tabs.indexOf(view.ui.addressesTab)).startswith("Addresses withheld")
    assert not view.ui.addAddressButton.isEnabled()


def test_the_work_queue_lists_the_urgent_client_first_with_a_priority_column(
    qtbot: QtBot, showcase_window: MainWindow
) -> None:
    window = showcase_window
    window.show_view(WORK_QUEUE)
    view = window.view(WORK_QUEUE)
    assert isinstance(view, WorkQueueView)
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.row_at(0) is not None)
    first = model.index(0, COL_ATTENTION)
    assert model.data(first) == "Urgent"
    assert "about to dispose of" in model.data(first, Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(COL_ATTENTION, Qt.Orientation.Horizontal) == "Priority"


def test_search_results_show_the_flags_and_withhold_a_sensitive_address(
    qtbot: QtBot, showcase_window: MainWindow, ctx: ServiceContext
) -> None:
    from enforcement_desktop.gui.search_popup import ClientSearchPopup
    from enforcement_desktop.services.search import search_clients

    contact_id = contacts.find_contact_by_scin(ctx, URGENT_SCIN).id
    version = screens.client_screen(ctx, contact_id).contact.version
    legacy.set_sensitive(_leader(ctx), contact_id, version, True)
    window = showcase_window
    popup = ClientSearchPopup(window.ui.searchEdit)
    qtbot.addWidget(popup)
    popup.show_hits(search_clients(ctx, URGENT_SCIN), URGENT_SCIN)
    item = popup.topLevelItem(0)
    assert item is not None
    assert item.text(ADDRESS) == WITHHELD
    assert item.text(FLAGS) == "Urgent · Sensitive"
    assert "about to dispose of" in item.toolTip(FLAGS)
    popup.hide()
