"""Operations: the one way a widget reaches the database.

A widget describes what to read or do as an :class:`Operation` (a function of the services'
context) and hands it to the :class:`OperationRunner`, which runs it on a database thread and
delivers the result or the failure back on the GUI thread (Anki's ``CollectionOp`` / ``QueryOp``
and its task manager are the model). The GUI thread never waits on the database, so a team server
some milliseconds away costs no frozen window.

Lanes, each one thread with its own database connections:

* ``DATA``: client screens and every write. One thread, so two writes never interleave and a read
  asked for after a write sees it;
* ``SEARCH``: search as you type and the work queue's windows, so a search never queues behind a
  client being opened or a count over a million rows.

While an owner has operations running it shows a busy cursor and the runner says so
(:attr:`OperationRunner.busy_changed`); it stays usable: the user can search, open another client
or close the window. A newer operation with the same ``key`` for the same owner supersedes an
older one, whose result is dropped (opening B while A is still loading never shows A). Results
for an owner deleted meanwhile are dropped too.

Tests set ``worker.SYNCHRONOUS`` (the ``synchronous_workers`` fixture): operations then run inline
and their callbacks have run when :meth:`OperationRunner.run` returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from enum import Enum
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from enforcement_desktop.gui import worker
from enforcement_desktop.services.changes import Changes, recording
from enforcement_desktop.services.context import ServiceContext

T = TypeVar("T")

_local = threading.local()


def inside_operation() -> bool:
    """True while this thread runs an operation's work (tests check widgets use no other way)."""
    return bool(getattr(_local, "depth", 0))


class Lane(Enum):
    """Which database thread an operation runs on."""

    DATA = "data"
    SEARCH = "search"


class Operation(Generic[T]):
    """What to read or do, and what to do with the outcome on the GUI thread.

    Args:
        owner: The widget asking; callbacks are dropped once it is deleted, and it shows a busy
            cursor while the operation runs.
        fn: The work, given the services' context; runs on a database thread, so it must not
            touch widgets.
        on_success: Called on the GUI thread with what ``fn`` returned.
        on_failure: Called on the GUI thread with what ``fn`` raised; without it a user-facing
            failure (``DomainError``) is shown by :func:`gui.errors.handle_service_error` and any
            other exception goes to the application's error handler.
        lane: The database thread (see :class:`Lane`).
        key: Operations of one owner with the same key supersede each other (the newest wins).
    """

    def __init__(
        self,
        owner: QObject,
        fn: Callable[[ServiceContext], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        lane: Lane = Lane.DATA,
        key: str | None = None,
    ) -> None:
        self.owner = owner
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.lane = lane
        self.key = key


class OperationRunner(QObject):
    """Runs operations on the database threads; one per services' context.

    Args:
        ctx: The services' context every operation is given.
    """

    #: True when the first operation starts, False when the last one ends.
    busy_changed = Signal(bool)
    #: What an operation's writes changed (a :class:`services.changes.Changes`), emitted on the
    #: GUI thread before its success callback, so views showing those records can reload.
    changed = Signal(object)

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pools: dict[Lane, QThreadPool] = {}
        for lane in Lane:
            pool = QThreadPool(self)
            pool.setObjectName(f"database-{lane.value}")
            # One thread a lane, kept while the application runs: operations of a lane run one
            # after another, in the order asked.
            pool.setMaxThreadCount(1)
            pool.setExpiryTimeout(-1)
            self._pools[lane] = pool
        self._running = 0
        self._per_owner: dict[int, int] = {}
        self._generation: dict[tuple[int, str], int] = {}

    @property
    def busy(self) -> bool:
        return self._running > 0

    def run(self, op: Operation[T]) -> None:
        """Start ``op`` on its lane; its callbacks run later on the GUI thread."""
        owner_key = id(op.owner)
        generation = 0
        if op.key is not None:
            generation = self._generation.get((owner_key, op.key), 0) + 1
            self._generation[(owner_key, op.key)] = generation
        self._started(op.owner)
        lane_name = f"database-{op.lane.value}"
        ctx = self.ctx

        def work() -> tuple[T, Changes]:
            if not worker.SYNCHRONOUS:
                threading.current_thread().name = lane_name
            _local.depth = getattr(_local, "depth", 0) + 1
            try:
                with recording() as tables:
                    result = op.fn(ctx)
                return result, Changes(frozenset(tables))
            finally:
                _local.depth -= 1

        def current() -> bool:
            if not shiboken6.isValid(op.owner):
                return False
            return op.key is None or self._generation.get((owner_key, op.key)) == generation

        def succeeded(outcome: tuple[Any, Changes]) -> None:
            self._ended(op.owner, owner_key)
            result, changes = outcome
            if changes:
                self.changed.emit(changes)
            if current() and op.on_success is not None:
                op.on_success(result)

        def failed(exc: BaseException) -> None:
            self._ended(op.owner, owner_key)
            if not current():
                return
            if op.on_failure is not None:
                op.on_failure(exc)
            else:
                # Try again (a lock, a lost connection) runs the same operation again.
                _show_failure(op.owner, exc, retry=lambda: self.run(op))

        worker.run_in_background(work, succeeded, failed, pool=self._pools[op.lane])

    def run_and_wait(
        self,
        owner: QWidget,
        fn: Callable[[ServiceContext], T],
        label: str,
        *,
        lane: Lane = Lane.DATA,
    ) -> T:
        """Run ``fn`` on its lane and wait for it, for actions the user waits on anyway.

        The window keeps painting (a local event loop runs), and a busy dialog saying ``label``
        appears if the work takes more than half a second (building a pack, a long import). It
        cannot cancel: half-done database work is rolled back by its unit of work anyway.

        Returns:
            What ``fn`` returned.

        Raises:
            Whatever ``fn`` raised.
        """
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(result: T) -> None:
            outcome["result"] = result
            loop.quit()

        def failed(exc: BaseException) -> None:
            outcome["error"] = exc
            loop.quit()

        dialog = None
        if not worker.SYNCHRONOUS:
            dialog = QProgressDialog(label, "", 0, 0, owner)
            dialog.setWindowTitle("Please wait")
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.setMinimumDuration(worker.PROGRESS_DELAY_MS)
        self.run(Operation(owner, fn, done, failed, lane=lane))
        if "result" not in outcome and "error" not in outcome:
            loop.exec()
        if dialog is not None:
            dialog.cancel()
            dialog.hide()
            dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Wait for every lane to finish (at close: no thread outlives the window)."""
        return all(pool.waitForDone(timeout_ms) for pool in self._pools.values())

    def _started(self, owner: QObject) -> None:
        self._running += 1
        count = self._per_owner.get(id(owner), 0) + 1
        self._per_owner[id(owner)] = count
        if count == 1 and isinstance(owner, QWidget):
            owner.setCursor(Qt.CursorShape.BusyCursor)
        if self._running == 1:
            self.busy_changed.emit(True)

    def _ended(self, owner: QObject, owner_key: int) -> None:
        self._running -= 1
        count = self._per_owner.get(owner_key, 1) - 1
        if count <= 0:
            self._per_owner.pop(owner_key, None)
            if isinstance(owner, QWidget) and shiboken6.isValid(owner):
                owner.unsetCursor()
        else:
            self._per_owner[owner_key] = count
        if self._running == 0:
            self.busy_changed.emit(False)


def _show_failure(
    owner: QObject, exc: BaseException, *, retry: Callable[[], object] | None = None
) -> None:
    from enforcement_desktop.domain.errors import DomainError
    from enforcement_desktop.gui.errors import handle_service_error

    if isinstance(exc, DomainError) and isinstance(owner, QWidget):
        handle_service_error(owner, exc, retry=retry)
        return
    raise exc


_runners: dict[int, OperationRunner] = {}


def runner_for(ctx: ServiceContext) -> OperationRunner:
    """The runner of a services' context (made on first use, kept while the context lives)."""
    runner = _runners.get(id(ctx))
    if runner is None or not shiboken6.isValid(runner) or runner.ctx is not ctx:
        runner = OperationRunner(ctx)
        _runners[id(ctx)] = runner
    return runner
