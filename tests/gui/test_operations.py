"""The operation runner on real threads: lanes, GUI-thread delivery, supersession, busy state."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.operations import Lane, Operation, OperationRunner
from enforcement_desktop.services.changes import Changes
from enforcement_desktop.services.context import ServiceContext

pytestmark = pytest.mark.gui

WAIT_MS = 5000


@pytest.fixture
def runner(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[OperationRunner]:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    made = OperationRunner(ctx)
    yield made
    assert made.wait(WAIT_MS)


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_work_runs_on_its_lane_and_the_result_comes_back_on_the_gui_thread(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    seen: dict[str, object] = {}

    def work(ctx: ServiceContext) -> str:
        seen["thread"] = threading.current_thread().name
        seen["ctx"] = ctx
        return "read"

    def done(result: str) -> None:
        seen["result"] = result
        seen["on_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()

    runner.run(Operation(owner, work, done))
    qtbot.waitUntil(lambda: "result" in seen, timeout=WAIT_MS)
    assert seen == {
        "thread": "database-data",
        "ctx": runner.ctx,
        "result": "read",
        "on_gui_thread": True,
    }


def test_a_failure_comes_back_to_the_failure_callback(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    failures: list[BaseException] = []

    def work(_ctx: ServiceContext) -> None:
        raise NotFoundError("client", 7)

    runner.run(Operation(owner, work, lambda _: pytest.fail("no result"), failures.append))
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert isinstance(failures[0], NotFoundError)


def test_a_newer_operation_with_the_same_key_supersedes_the_older(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    release = threading.Event()
    shown: list[str] = []

    def slow(_ctx: ServiceContext) -> str:
        release.wait(WAIT_MS / 1000)
        return "client A"

    runner.run(Operation(owner, slow, shown.append, key="client"))
    runner.run(Operation(owner, lambda _ctx: "client B", shown.append, key="client"))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert shown == ["client B"]


def test_results_for_a_deleted_owner_are_dropped(runner: OperationRunner, qtbot: QtBot) -> None:
    release = threading.Event()
    shown: list[str] = []
    owner = QWidget()
    runner.run(Operation(owner, lambda _ctx: release.wait(WAIT_MS / 1000), shown.append))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert shown == []


def _alive(obj: QWidget) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def test_the_owner_shows_it_is_busy_while_its_operations_run(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    release = threading.Event()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.run(Operation(owner, lambda _ctx: release.wait(WAIT_MS / 1000)))
    assert runner.busy
    assert owner.cursor().shape() == Qt.CursorShape.BusyCursor
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert states == [True, False]
    assert owner.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_a_search_does_not_queue_behind_the_data_lane(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    release = threading.Event()
    found: list[str] = []
    runner.run(Operation(owner, lambda _ctx: release.wait(WAIT_MS / 1000)))
    runner.run(Operation(owner, lambda _ctx: "hits", found.append, lane=Lane.SEARCH))
    qtbot.waitUntil(lambda: found == ["hits"], timeout=WAIT_MS)
    assert runner.busy  # the data lane is still held
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)


def test_operations_on_the_data_lane_never_overlap(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    events: list[str] = []
    lock = threading.Lock()

    def write(name: str) -> None:
        with lock:
            events.append(f"start {name}")
        threading.Event().wait(0.02)  # long enough for an overlap to show, on a worker thread
        with lock:
            events.append(f"end {name}")

    for name in "abc":
        runner.run(Operation(owner, lambda _ctx, n=name: write(n)))
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT_MS)
    assert events == ["start a", "end a", "start b", "end b", "start c", "end c"]


def test_a_write_says_which_tables_it_changed_and_a_read_says_nothing(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    from enforcement_desktop.domain.enums import ContactRole, Jurisdiction
    from enforcement_desktop.services import contacts

    changes: list[Changes] = []
    runner.changed.connect(changes.append)
    created: list[contacts.ContactDTO] = []

    def create(ctx: ServiceContext) -> contacts.ContactDTO:
        return contacts.create_contact(
            ctx,
            contacts.ContactInput(
                role=ContactRole.PAYING_PARENT,
                first_name="Pat",
                last_name="Testington",
                scin="121000000901",
                jurisdiction=Jurisdiction.ENGLAND,
            ),
        )

    runner.run(Operation(owner, create, created.append, lambda exc: pytest.fail(str(exc))))
    qtbot.waitUntil(lambda: bool(created), timeout=WAIT_MS)
    assert len(changes) == 1
    assert changes[0].touches({"contact"})
    assert not changes[0].touches({"asset", "enforcement_order"})

    read: list[object] = []
    runner.run(Operation(owner, lambda ctx: contacts.get_contact(ctx, created[0].id), read.append))
    qtbot.waitUntil(lambda: bool(read), timeout=WAIT_MS)
    assert len(changes) == 1


def test_run_and_wait_returns_the_result_and_raises_the_failure(
    runner: OperationRunner, owner: QWidget
) -> None:
    names: list[str] = []

    def work(_ctx: ServiceContext) -> int:
        names.append(threading.current_thread().name)
        return 42

    assert runner.run_and_wait(owner, work, "Counting…") == 42
    assert names == ["database-data"]

    def refused(_ctx: ServiceContext) -> int:
        raise NotFoundError("client", 7)

    with pytest.raises(NotFoundError):
        runner.run_and_wait(owner, refused, "Counting…")
    assert not runner.busy


def test_try_again_runs_an_operation_the_database_refused_once(
    runner: OperationRunner, owner: QWidget, qtbot: QtBot
) -> None:
    from enforcement_desktop.domain.errors import DatabaseUnavailable
    from tests.gui.boxes import AnswerBoxes

    attempts: list[int] = []
    results: list[str] = []

    def flaky(_ctx: ServiceContext) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise DatabaseUnavailable("The database is busy.", retryable=True)
        return "saved"

    answer = AnswerBoxes("Try again")
    runner.run(Operation(owner, flaky, results.append))
    qtbot.waitUntil(lambda: results == ["saved"], timeout=WAIT_MS)
    assert len(attempts) == 2
    assert answer.boxes[0][1] == ["Try again", "Cancel"]
