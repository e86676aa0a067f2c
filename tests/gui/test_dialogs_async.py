"""Dialogs, search and the work queue on real database threads: the GUI thread never waits.

Each test turns the synchronous workers off, so operations run on the runner's lanes as in the
application, and waits on conditions. The statements run are recorded with the thread that ran
them: none may run on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from enforcement_desktop.domain.errors import DatabaseUnavailable
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.dialogs.new_service_request_dialog import NewServiceRequestDialog
from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
from enforcement_desktop.gui.main_window import MainWindow
from enforcement_desktop.gui.models import work_queue_model as wqm
from enforcement_desktop.gui.models.work_queue_model import COL_ID, LOADING_TEXT
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services import contacts
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.service_requests import QueueFilter
from tests.gui.boxes import AnswerBoxes
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)


@pytest.fixture
def threads(ctx: ServiceContext) -> Iterator[list[str]]:
    """The name of the thread that ran each statement, in order."""
    seen: list[str] = []

    def record(*_args: object) -> None:
        seen.append(threading.current_thread().name)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    yield seen
    event.remove(ctx.db.engine, "before_cursor_execute", record)


def _vehicle_dialog(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> VehicleDialog:
    dialog = VehicleDialog(ctx, data.pat_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _registrations(ctx: ServiceContext, contact_id: int) -> list[str]:
    return [v.registration for v in contacts.get_contact(ctx, contact_id).vehicles]


# --------------------------------------------------------------------------- a dialog's save


def test_a_save_with_a_field_error_then_a_good_one_runs_on_the_data_lane(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, data: Dataset, threads: list[str]
) -> None:
    before = _registrations(ctx, data.pat_id)
    threads.clear()
    dialog = _vehicle_dialog(qtbot, ctx, data)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    dialog.save()  # no registration: the service refuses it
    # Started, not finished: the dialog is busy and cannot be saved twice meanwhile.
    assert dialog.saving and not save.isEnabled()
    assert not dialog.submit(lambda: lambda _ctx: None, lambda _result: None)
    qtbot.waitUntil(lambda: not dialog.saving)
    assert save.isEnabled()
    assert dialog.isVisible() and dialog.result_vehicle is None
    assert dialog.ui.registrationError.isVisible()
    assert "Registration is required" in dialog.ui.registrationError.text()

    dialog.ui.registrationEdit.setText("AB12 CDE")
    dialog.ui.makeEdit.setText("Demoton")
    dialog.save()
    assert dialog.saving
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.result_vehicle is not None
    assert dialog.result_vehicle.registration == "AB12CDE"
    assert not dialog.ui.registrationError.isVisible()
    assert threads and set(threads) == {"database-data"}
    assert _registrations(ctx, data.pat_id) == [*before, "AB12CDE"]


def _held_add_vehicle(
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[threading.Event, threading.Event]:
    """Make the vehicle service wait (on its database thread) until released."""
    started, release = threading.Event(), threading.Event()
    add_vehicle = contacts.add_vehicle

    def held(*args: object, **kwargs: object) -> object:
        started.set()
        assert release.wait(10)
        return add_vehicle(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contacts, "add_vehicle", held)
    return started, release


def test_the_dialog_stays_responsive_and_cancel_waits_for_the_save(
    threaded: None,
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started, release = _held_add_vehicle(monkeypatch)
    dialog = _vehicle_dialog(qtbot, ctx, data)
    dialog.ui.registrationEdit.setText("CD34 EFG")
    try:
        dialog.save()
        qtbot.waitUntil(started.is_set)
        # The save is held on the data lane: the dialog still takes typing, and Cancel (or
        # Escape, or closing the window) does not throw away a save already on its way.
        dialog.ui.makeEdit.setText("Typed while saving")
        assert dialog.ui.makeEdit.text() == "Typed while saving"
        dialog.reject()
        assert dialog.isVisible() and dialog.saving
    finally:
        release.set()
    # The save went through, so the dialog closes as saved and the caller reloads.
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_vehicle is not None
    assert "CD34EFG" in _registrations(ctx, data.pat_id)


def test_an_unavailable_database_keeps_the_dialog_open_and_try_again_saves(
    threaded: None,
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_vehicle = contacts.add_vehicle
    calls: list[str] = []

    def busy_once(*args: object, **kwargs: object) -> object:
        calls.append(threading.current_thread().name)
        if len(calls) == 1:
            raise DatabaseUnavailable("The database is busy.", retryable=True)
        return add_vehicle(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(contacts, "add_vehicle", busy_once)
    dialog = _vehicle_dialog(qtbot, ctx, data)
    dialog.ui.registrationEdit.setText("EF56 GHJ")
    answer = AnswerBoxes("Try again")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert answer.boxes == [("The database is busy.", ["Try again", "Cancel"])]
    assert calls == ["database-data", "database-data"]
    assert "EF56GHJ" in _registrations(ctx, data.pat_id)


# --------------------------------------------------------------------------- a dialog's load


def test_the_new_sr_dialog_reads_the_cases_then_fills_in(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, data: Dataset, threads: list[str]
) -> None:
    dialog = NewServiceRequestDialog(ctx, data.sam_id)
    qtbot.addWidget(dialog)
    create = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.loaded and not create.isEnabled()
    assert dialog.ui.clientLabel.text() == "Loading the client's cases…"
    qtbot.waitUntil(lambda: dialog.loaded)
    assert create.isEnabled()
    assert dialog.ui.caseCombo.count() == 2  # Sam has two cases: the user chooses
    assert "2 cases found" in dialog.ui.clientLabel.text()
    assert set(threads) == {"database-data"}


# --------------------------------------------------------------------------- search


def test_search_runs_on_the_search_lane_and_the_last_text_wins(
    threaded: None, window: MainWindow, qtbot: QtBot, threads: list[str]
) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy)
    threads.clear()
    window.ui.searchEdit.setText("zzzz")
    window.run_search()
    window.ui.searchEdit.setText("Testington")
    window.run_search()
    popup = window.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and not window.runner.busy)
    names = [popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())]  # type: ignore[union-attr]
    assert names and all("Testington" in name for name in names)
    assert window.last_status.endswith("found for “Testington”")
    assert threads and set(threads) <= {"database-search"}


def test_enter_in_the_search_box_opens_the_one_client_found(
    threaded: None, window: MainWindow, qtbot: QtBot, data: Dataset
) -> None:
    window.ui.searchEdit.setText("121000000002")
    window._search_return_pressed()
    assert window.contact_id is None  # the search is on its way, the window not waiting
    qtbot.waitUntil(lambda: window.contact_id == data.sam_id and not window.runner.busy)


# --------------------------------------------------------------------------- work queue


def test_the_work_queue_counts_then_reads_its_first_page_on_the_search_lane(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, data: Dataset, threads: list[str]
) -> None:
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 500)
    assert view.ui.countLabel.text() == "Counting…"
    view.show()
    qtbot.waitUntil(lambda: view.ui.countLabel.text() == "3 service requests")
    first = view.model.index(0, COL_ID)
    qtbot.waitUntil(lambda: view.model.is_loaded(0))
    assert first.data() != LOADING_TEXT
    assert first.data() == str(data.overdue_sr_id)
    assert threads and set(threads) == {"database-search"}


def test_a_filter_changed_before_the_count_started_runs_no_query(
    threaded: None,
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted: list[QueueFilter] = []
    fetch_count = wqm._fetch_count

    def spy(ctx: ServiceContext, queue_filter: QueueFilter, as_of: date) -> int:
        counted.append(queue_filter)
        return fetch_count(ctx, queue_filter, as_of)

    monkeypatch.setattr(wqm, "_fetch_count", spy)
    hold, release = threading.Event(), threading.Event()
    # The search lane is busy (a long search, say) while the user changes the filter twice.
    owner = QDialog()
    runner_for(ctx).run(
        Operation(owner, lambda _ctx: (hold.set(), release.wait(10)), lane=Lane.SEARCH)
    )
    qtbot.waitUntil(hold.is_set)
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    view.ui.overdueCheck.setChecked(True)
    view.ui.overdueCheck.setChecked(False)
    release.set()
    qtbot.waitUntil(lambda: not view.model.counting)
    assert view.model.rowCount() == 3
    # Three counts were asked for; the two made useless before they started ran no query.
    assert counted == [view.model.queue_filter]
