"""Start-up: the window opens and searches on SQLAlchemy Core, the rest loads after first paint."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from enforcement_desktop.config import Settings
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.main_window import ORDERS, WORK_QUEUE, MainWindow
from enforcement_desktop.gui.operations import Operation
from enforcement_desktop.gui.preload import MODULES, Preloader
from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui


@pytest.fixture
def threaded_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Preloading on a real pool thread, as in the application."""
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)


def test_the_first_view_is_created_once_the_modules_have_loaded(
    qtbot: QtBot,
    threaded_workers: None,
    ctx: ServiceContext,
    data: Dataset,
    settings: Settings,
    qsettings: QSettings,
) -> None:
    window = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(window)
    # Before it is shown, the work queue's page says it is opening; nothing heavy was made.
    page = window.ui.viewStack.widget(WORK_QUEUE)
    assert isinstance(page, QLabel) and page.text() == "Opening Work Queue…"
    assert window._views == {}
    window.show()
    qtbot.waitUntil(lambda: WORK_QUEUE in window._views, timeout=10_000)
    assert window.preloader.done
    assert isinstance(window.ui.viewStack.currentWidget(), WorkQueueView)
    assert window.ui.navList.currentRow() == WORK_QUEUE
    worker.wait_for_workers()


def test_the_last_view_opens_at_start_and_a_view_asked_for_early_wins(
    qtbot: QtBot,
    threaded_workers: None,
    ctx: ServiceContext,
    data: Dataset,
    settings: Settings,
    qsettings: QSettings,
) -> None:
    qsettings.setValue("main_window/last_view", "orders")
    window = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(window)
    assert window.current_index() == ORDERS
    window.show()
    # The user goes to the work queue before the preloading ends: it waits for the modules,
    # and the restored view is not forced on them afterwards.
    assert window.show_view(WORK_QUEUE)
    qtbot.waitUntil(lambda: window.preloader.done, timeout=10_000)
    qtbot.waitUntil(lambda: not worker._live, timeout=10_000)
    assert window.current_index() == WORK_QUEUE
    assert ORDERS not in window._views
    worker.wait_for_workers()


def test_preloader_waits_only_once_started_and_reports_a_failure(
    qtbot: QtBot, threaded_workers: None
) -> None:
    loader = Preloader(["json", "enforcement_desktop.no_such_module"])
    loader.wait()  # not started: returns at once
    assert not loader.started
    finished: list[bool] = []
    loader.start(lambda: finished.append(True))
    qtbot.waitUntil(lambda: finished == [True], timeout=10_000)
    assert loader.done
    loader.wait()


def test_every_preloaded_module_exists() -> None:
    import importlib.util

    for name in MODULES:
        assert importlib.util.find_spec(name) is not None, name


def test_window_shown_and_searching_without_the_orm(data: Dataset, db_path: Path) -> None:
    # A fresh process, as at start-up: the window is shown and a search answers before the ORM,
    # the models and the services are imported.
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from enforcement_desktop.config import Settings
        from enforcement_desktop.gui.main_window import MainWindow
        from enforcement_desktop.services.context import ServiceContext
        from enforcement_desktop.storage.db import Database

        app = QApplication([])
        url = {f"sqlite:///{db_path}"!r}
        settings = Settings(db_url=url, demo=False, user="test.user")
        window = MainWindow(ServiceContext(Database(url), "test.user"), settings)
        window.preloader.start = lambda *args, **kwargs: None  # hold the preloading back
        window.show()
        while not window.windowHandle().isExposed():
            app.processEvents()
        app.processEvents()
        # The search box's own way: an operation on the runner's search lane.
        window.ui.searchEdit.setText("Testington")
        window.run_search()
        while window._search_popup is None or not window._search_popup.isVisible():
            app.processEvents()
        hits = window._search_popup.hits
        heavy = [m for m in ("sqlalchemy.orm", "enforcement_desktop.storage.models",
                             "enforcement_desktop.services.base") if m in sys.modules]
        window.runner.wait()
        print(len(hits), ",".join(heavy) or "none")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out[-1] == "none", f"loaded before the first search: {out[-1]}"
    assert int(out[0]) >= 1


def test_a_search_is_not_queued_behind_long_work(
    qtbot: QtBot, threaded_workers: None, window: MainWindow
) -> None:
    import threading

    from PySide6.QtCore import QThreadPool

    qtbot.waitUntil(lambda: WORK_QUEUE in window._views, timeout=10_000)
    # Every thread of the shared pool is busy with long work (a count over a large queue, say).
    release = threading.Event()
    pool = QThreadPool.globalInstance()
    busy = [
        worker.run_in_background(lambda: release.wait(10)) for _ in range(pool.maxThreadCount())
    ]
    # So is the data lane (a client being opened, a pack being written).
    window.runner.run(Operation(window, lambda _ctx: release.wait(10), lambda _done: None))
    try:
        window.ui.searchEdit.setText("Testington")
        window.run_search()
        qtbot.waitUntil(lambda: window.search_popup.isVisible(), timeout=5_000)
        assert window.search_popup.topLevelItemCount() >= 1
        assert not release.is_set()  # found while the shared pool was still busy
    finally:
        release.set()
        assert busy
        worker.wait_for_workers()
        assert window.runner.wait()


def test_the_preloading_starts_only_once_the_window_is_on_screen(
    qtbot: QtBot,
    threaded_workers: None,
    ctx: ServiceContext,
    data: Dataset,
    settings: Settings,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Imports on another thread hold the GIL: begun before the first paint, they delay it.
    exposed_at_start: list[bool] = []
    real_start = Preloader.start

    def start(self: Preloader, *args: object, **kwargs: object) -> None:
        exposed_at_start.append(window.windowHandle().isExposed())
        real_start(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Preloader, "start", start)
    window = MainWindow(ctx, settings, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: WORK_QUEUE in window._views, timeout=10_000)
    assert exposed_at_start == [True]
    worker.wait_for_workers()


def test_the_command_line_parser_loads_no_document_library() -> None:
    # The window starts through the command line's parser: python-docx, reportlab and the
    # letter builders once came with it (cli_letters), 300 ms of every start.
    script = textwrap.dedent(
        """
        import sys
        from enforcement_desktop.cli import build_parser
        build_parser()
        heavy = [m for m in ("docx", "reportlab", "bidi", "enforcement_desktop.documents.letters",
                             "enforcement_desktop.documents.third_party_letters")
                 if m in sys.modules]
        print(",".join(heavy) or "none")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out[-1] == "none", f"loaded with the parser: {out[-1]}"
