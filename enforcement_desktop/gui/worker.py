"""Running work off the GUI thread, with the result handed back on the GUI thread.

:func:`run_in_background` starts ``fn`` on a ``QThreadPool`` and calls ``on_success`` or
``on_failure`` on the GUI thread when it ends (Picard's ``run_task`` is the model). Database work
goes through :mod:`gui.operations`, which runs on it; work the user waits on goes through
:meth:`gui.operations.OperationRunner.run_and_wait` (a busy dialog after
:data:`PROGRESS_DELAY_MS`).

``fn`` must open its own database session (services do: each opens a unit of work); a Session is
never shared across threads.

Tests set :data:`SYNCHRONOUS` (the ``synchronous_workers`` fixture) so work runs inline and
results arrive before the call returns, which keeps them deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

T = TypeVar("T")

#: When true, work runs inline on the calling thread (tests).
SYNCHRONOUS = False
#: Work shorter than this (milliseconds) shows no progress dialog.
PROGRESS_DELAY_MS = 500

_live: set[TaskSignals] = set()


class TaskSignals(QObject):
    """Signals of one task; lives on the GUI thread so its slots run there."""

    #: The function's return value (emitted on the GUI thread).
    finished = Signal(object)
    #: The exception it raised (emitted on the GUI thread).
    failed = Signal(object)
    # Emitted on the worker thread; queued to this object's thread (the GUI thread).
    _done = Signal(object)
    _error = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._done.connect(self._deliver_result, Qt.ConnectionType.QueuedConnection)
        self._error.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        _live.discard(self)
        self.finished.emit(result)

    @Slot(object)
    def _deliver_error(self, exc: object) -> None:
        _live.discard(self)
        self.failed.emit(exc)


class _Task(QRunnable, Generic[T]):
    def __init__(self, fn: Callable[[], T], signals: TaskSignals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.signals._error.emit(exc)
        else:
            self.signals._done.emit(result)


def run_in_background(
    fn: Callable[[], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    *,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> TaskSignals:
    """Run ``fn()`` on a pool thread; the callbacks run on the GUI thread.

    Args:
        fn: The work; opens its own session if it needs the database.
        on_success: Called with the result.
        on_failure: Called with the exception. Without it a user-facing failure
            (``DomainError``) is shown by :func:`gui.errors.handle_service_error`, where Try
            again (a database that was busy) runs ``fn`` again with the same callbacks, and any
            other exception is re-raised on the GUI thread, so it reaches the excepthook rather
            than vanishing.
        pool: The thread pool (default: the global one).
        owner: The object the callbacks belong to; when it has been deleted by the time the work
            ends (a view closed meanwhile), the callbacks are not called.

    Returns:
        The task's signals (``finished``/``failed``), for callers that prefer to connect.
    """
    signals = TaskSignals()
    if on_failure is None:
        again_on_success = on_success

        def on_failure(exc: BaseException) -> None:
            _show_failure(
                exc,
                owner,
                lambda: run_in_background(fn, again_on_success, pool=pool, owner=owner),
            )

    if owner is not None:
        on_success = _while_alive(owner, on_success)
        on_failure = _while_alive(owner, on_failure)
    if on_success is not None:
        signals.finished.connect(on_success)
    if on_failure is not None:
        signals.failed.connect(on_failure)
    if SYNCHRONOUS:
        try:
            result = fn()
        except BaseException as exc:
            signals.failed.emit(exc)
        else:
            signals.finished.emit(result)
        return signals
    _live.add(signals)
    (pool or QThreadPool.globalInstance()).start(_Task(fn, signals))
    return signals


def _while_alive(
    owner: QObject, callback: Callable[[Any], None] | None
) -> Callable[[Any], None] | None:
    if callback is None:
        return None

    def call(value: Any) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return call


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Wait for running work to end (at exit, so no thread outlives the application)."""
    return bool(QThreadPool.globalInstance().waitForDone(timeout_ms))


def _show_failure(exc: BaseException, owner: QObject | None, retry: Callable[[], object]) -> None:
    from enforcement_desktop.domain.errors import DomainError
    from enforcement_desktop.gui.errors import handle_service_error

    if isinstance(exc, DomainError):
        handle_service_error(owner if isinstance(owner, QWidget) else None, exc, retry=retry)
        return
    raise exc
