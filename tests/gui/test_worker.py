"""Work off the GUI thread: results and failures come back on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui import worker

pytestmark = pytest.mark.gui


@pytest.fixture
def threaded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)


@pytest.mark.usefixtures("threaded")
def test_run_in_background_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    gui_thread = threading.get_ident()
    seen: list[tuple[object, int]] = []
    ran_on: list[int] = []

    def work() -> int:
        ran_on.append(threading.get_ident())
        return 42

    signals = worker.run_in_background(work, lambda r: seen.append((r, threading.get_ident())))
    with qtbot.waitSignal(signals.finished):
        pass
    assert seen == [(42, gui_thread)]
    assert ran_on and ran_on[0] != gui_thread


@pytest.mark.usefixtures("threaded")
def test_failures_and_deleted_owners(qtbot: QtBot) -> None:
    failures: list[BaseException] = []

    def boom() -> None:
        raise ValueError("no")

    signals = worker.run_in_background(boom, lambda _r: None, failures.append)
    with qtbot.waitSignal(signals.failed):
        pass
    assert isinstance(failures[0], ValueError)

    owner = QObject()
    called: list[object] = []
    signals = worker.run_in_background(lambda: 1, called.append, owner=owner)
    shiboken6.delete(owner)  # the view went away before the work ended (delivery needs the loop)
    qtbot.waitUntil(lambda: not worker._live)
    assert called == []
    assert worker.wait_for_workers()


def test_synchronous_mode_runs_inline() -> None:
    results: list[int] = []
    worker.run_in_background(lambda: 7, results.append)
    assert results == [7]
