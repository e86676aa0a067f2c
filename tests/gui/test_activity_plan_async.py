"""The Activity Plan on real database threads: the GUI thread never waits on the database, an SR
is one read, the last SR asked for wins, and writes come back with the SR read again."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from enforcement_desktop.domain.enums import SrStatus, StepOutcome
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.operations import runner_for
from enforcement_desktop.gui.views.activity_plan_view import COL_OUTCOME, ActivityPlanView
from enforcement_desktop.services import notes
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import BAILIFF, Dataset

pytestmark = pytest.mark.gui

#: What one read of an SR's screen costs at most (tests/services/test_screens.py pins it; the
#: 10th: the names of the people it mentions, issue 11).
SR_STATEMENTS = 10
#: What one read of a client's screen costs at most.
CLIENT_STATEMENTS = 12


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch, ctx: ServiceContext) -> Iterator[None]:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    yield
    # No operation outlives the test's database, and the lanes' threads end with the test.
    runner = runner_for(ctx)
    assert runner.wait(5000)
    shiboken6.delete(runner)


@pytest.fixture
def view(
    threaded: None, qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> Iterator[ActivityPlanView]:
    widget = ActivityPlanView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    yield widget
    # No operation outlives the test (its owner is about to be deleted).
    qtbot.waitUntil(lambda: not runner_for(ctx).busy)


@contextmanager
def statements(ctx: ServiceContext) -> Iterator[list[tuple[str, str]]]:
    """Each statement run meanwhile, with the name of the thread that ran it."""
    seen: list[tuple[str, str]] = []

    def record(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        seen.append((threading.current_thread().name, sql))

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def _idle(qtbot: QtBot, ctx: ServiceContext) -> None:
    qtbot.waitUntil(lambda: not runner_for(ctx).busy)


def _open_client(qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, client: int) -> None:
    view.set_client(client)
    qtbot.waitUntil(lambda: view.sr is not None)
    _idle(qtbot, ctx)


def test_a_client_and_their_first_open_sr_are_read_off_the_gui_thread(
    qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    with statements(ctx) as seen:
        view.set_client(data.sam_id)
        assert view.sr is None  # nothing waited on: the reads come later
        qtbot.waitUntil(lambda: view.sr is not None)
        _idle(qtbot, ctx)
    assert view.sr is not None and view.sr.id == data.wait_sr_id
    assert view.ui.srList.count() == 3
    assert {thread for thread, _sql in seen} == {"database-data"}
    # The client's screen for the list, then one read of the SR.
    assert len(seen) <= CLIENT_STATEMENTS + SR_STATEMENTS, "\n\n".join(s for _t, s in seen)


def test_choosing_an_sr_in_the_list_is_one_read_on_the_data_lane(
    qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    _open_client(qtbot, view, ctx, data.sam_id)
    item = next(
        view.ui.srList.item(i)
        for i in range(view.ui.srList.count())
        if view.ui.srList.item(i).data(Qt.ItemDataRole.UserRole) == data.overdue_sr_id
    )
    with statements(ctx) as seen:
        view.ui.srList.setCurrentItem(item)
        assert view.sr is not None and view.sr.id == data.wait_sr_id  # still the one shown
        qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == data.overdue_sr_id)
        _idle(qtbot, ctx)
    assert {thread for thread, _sql in seen} == {"database-data"}
    assert len(seen) <= SR_STATEMENTS, "\n\n".join(s for _t, s in seen)
    assert "09/11/2026 (overdue)" in view.ui.waitValue.text()
    assert view.ui.srList.currentItem() is item


def test_arrowing_through_the_list_shows_only_the_last_sr(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    view: ActivityPlanView,
    ctx: ServiceContext,
    data: Dataset,
) -> None:
    _open_client(qtbot, view, ctx, data.sam_id)
    shown: list[int] = []
    show = view._show

    def record(screen: object) -> None:
        sr = getattr(screen, "service_request", None)
        if sr is not None:
            shown.append(sr.id)
        show(screen)  # type: ignore[arg-type]

    monkeypatch.setattr(view, "_show", record)
    for sr_id in (data.overdue_sr_id, data.closed_sr_id, data.overdue_sr_id, data.closed_sr_id):
        view.show_service_request(sr_id)
    _idle(qtbot, ctx)
    assert shown == [data.closed_sr_id]
    assert view.sr is not None and view.sr.id == data.closed_sr_id
    assert view.ui.readOnlyLabel.isVisible()


def test_a_note_is_added_on_the_data_lane_and_comes_back_with_the_sr(
    qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    _open_client(qtbot, view, ctx, data.pat_id)
    view.show_service_request(data.open_sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == data.open_sr_id)
    _idle(qtbot, ctx)
    view.ui.newNoteEdit.setPlainText("Left a voicemail for the paying parent.")
    with statements(ctx) as seen, qtbot.waitSignal(view.data_changed):
        assert view.add_note() is True  # started; the outcome is shown when it comes
        assert view.ui.notesList.count() == 1
    _idle(qtbot, ctx)
    assert {thread for thread, _sql in seen} == {"database-data"}
    assert view.ui.notesList.count() == 2
    assert view.ui.newNoteEdit.toPlainText() == ""
    assert not view.has_unsaved_changes()
    texts = [n.text for n in notes.list_notes(ctx, service_request_id=data.open_sr_id)]
    assert "Left a voicemail for the paying parent." in texts


def test_a_status_change_and_a_save_on_real_threads(
    qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    sr = srs.create_service_request(ctx, data.pat_case_id, *BAILIFF)
    _open_client(qtbot, view, ctx, data.pat_id)
    view.show_service_request(sr.id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr.id)
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData(SrStatus.IN_PROGRESS))
    with statements(ctx) as seen, qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.ui.applyStatusButton, Qt.MouseButton.LeftButton)
    assert "activity plan of 9 steps generated" in message.args[0]
    assert view.ui.stepsTable.rowCount() == 9
    _idle(qtbot, ctx)

    # Save waits on its operation (the window keeps painting): the outcome is there at once.
    combo = view.ui.stepsTable.cellWidget(0, COL_OUTCOME)
    assert combo is not None
    combo.setCurrentIndex(combo.findData(StepOutcome.DONE))  # type: ignore[attr-defined]
    with statements(ctx) as saving:
        assert view.save() is True
    assert not view.has_unsaved_changes()
    assert "1 of 9 steps recorded" in view.ui.planHintLabel.text()
    assert srs.get_service_request(ctx, sr.id).steps[0].outcome == StepOutcome.DONE
    writes = [*seen, *saving]
    assert {thread for thread, _sql in writes} == {"database-data"}


def test_edits_typed_while_the_sr_is_read_again_are_kept(
    qtbot: QtBot, view: ActivityPlanView, ctx: ServiceContext, data: Dataset
) -> None:
    _open_client(qtbot, view, ctx, data.sam_id)
    assert view.sr is not None and view.sr.id == data.wait_sr_id
    company = view.findChild(QLineEdit, "ef_bailiff_company")
    assert company is not None
    view.refresh()  # as after another view saved: the list and the SR are read again
    company.setText("Typed Meanwhile Ltd")
    _idle(qtbot, ctx)
    assert company.text() == "Typed Meanwhile Ltd"
    assert view.has_unsaved_changes()
