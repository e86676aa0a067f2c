"""Opening a client reads it on the data lane: the GUI thread never waits on the database."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from enforcement_desktop.gui import worker
from enforcement_desktop.gui.main_window import CONTACT, MainWindow
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services.context import ServiceContext

from . import dataset

pytestmark = pytest.mark.gui


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)


def test_the_client_is_read_off_the_gui_thread_in_one_transaction(
    threaded: None, window: MainWindow, data: dataset.Dataset, ctx: ServiceContext, qtbot: QtBot
) -> None:
    threads: set[str] = set()
    statements: list[str] = []
    # The work queue shown at start reads its count and first page on the search lane: let it
    # settle first, so only the client's reads are recorded.
    queue = window.current_view()
    assert isinstance(queue, WorkQueueView)
    qtbot.waitUntil(lambda: not queue.model.counting and queue.model.is_loaded(0))
    qtbot.waitUntil(lambda: not window.runner.busy)

    def record(*_args: object) -> None:
        threads.add(threading.current_thread().name)
        statements.append(str(_args[2]))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        assert window.open_client(data.pat_id)
        qtbot.waitUntil(lambda: window.contact_id == data.pat_id and not window.runner.busy)
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)

    assert threads == {"database-data"}
    assert window.current_index() == CONTACT
    view = window.current_view()
    assert isinstance(view, ContactView)
    assert view.contact is not None and view.contact.id == data.pat_id
    assert window.ui.clientNameLabel.text().count(view.contact.last_name) == 1
    # The banner and the Contact view came from one read of the client's screen (a second
    # read by the view would double it).
    assert len(statements) <= 12


def test_opening_another_client_while_one_loads_shows_the_last_asked(
    threaded: None, window: MainWindow, data: dataset.Dataset, qtbot: QtBot
) -> None:
    assert window.open_client(data.pat_id)
    assert window.open_client(data.sam_id)
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert window.contact_id == data.sam_id
    view = window.current_view()
    assert isinstance(view, ContactView)
    assert view.contact is not None and view.contact.id == data.sam_id


def test_after_a_write_only_the_views_showing_what_changed_reload(
    window: MainWindow, data: dataset.Dataset, ctx: ServiceContext
) -> None:
    from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, ASSETS, ORDERS
    from enforcement_desktop.gui.operations import Operation
    from enforcement_desktop.services import notes

    assert window.open_client(data.pat_id)
    for index in (ASSETS, ORDERS, ACTIVITY_PLAN, CONTACT):
        assert window.show_view(index)
    window.runner.run(
        Operation(window, lambda c: notes.add_note(c, "Phoned; no answer", contact_id=data.pat_id))
    )
    window._data_changed(CONTACT)
    assert window._stale == {ACTIVITY_PLAN}  # Assets and Orders show no notes

    # A write the runner did not see (made outside it) still reloads every other view.
    notes.add_note(ctx, "Letter returned", contact_id=data.pat_id)
    window._data_changed(CONTACT)
    assert window._stale >= {ASSETS, ORDERS, ACTIVITY_PLAN}
