"""GUI test fixtures: a small database made through the services, synchronous workers,
isolated QSettings, and Qt warnings turned into failures unless whitelisted with a reason."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QtMsgType
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from enforcement_desktop.config import Settings
from enforcement_desktop.gui import operations, worker
from enforcement_desktop.gui.main_window import MainWindow
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW
from tests.gui import dataset

#: Qt messages that may appear without failing a test: (substring, why it is harmless).
QT_WARNING_WHITELIST: tuple[tuple[str, str], ...] = (
    (
        "This plugin does not support propagateSizeHints()",
        "the offscreen platform plugin cannot resize native windows; nothing to fix in our code",
    ),
    (
        "This plugin does not support raise()",
        "the offscreen platform has no window stacking",
    ),
    (
        "This plugin does not support grabbing the keyboard",
        "the search results pop-up asks for a keyboard grab, which the offscreen platform lacks",
    ),
    (
        "QFont::setPointSizeF: Point size <= 0",
        "offscreen platform has no screen DPI on some CI images; fonts fall back to defaults",
    ),
)


@pytest.fixture(scope="session", autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Nothing in the tests reads or writes the real user's QSettings."""
    folder = tmp_path_factory.mktemp("qsettings")
    QCoreApplication.setOrganizationName("CMG-tests")
    QCoreApplication.setApplicationName("enforcement-desktop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


@pytest.fixture(autouse=True)
def _fail_on_qt_warnings(qtlog: object, request: pytest.FixtureRequest) -> Iterator[None]:
    """A Qt warning (or worse) fails the test unless it is whitelisted above with a reason."""
    yield
    records = getattr(qtlog, "records", [])
    bad = [
        r.message
        for r in records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(text in r.message for text, _why in QT_WARNING_WHITELIST)
    ]
    if bad:
        pytest.fail("Qt warnings during the test:\n" + "\n".join(bad), pytrace=False)


@pytest.fixture(autouse=True)
def synchronous_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Background work runs inline, so results are there when the call returns (Picard)."""
    monkeypatch.setattr(worker, "SYNCHRONOUS", True)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "gui.sqlite3"


@pytest.fixture
def gui_db(db_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def ctx(gui_db: Database) -> ServiceContext:
    """The services on a fresh SQLite file, "today" fixed at Monday 23/11/2026."""
    from tests.regions import seed_test_regions

    return seed_test_regions(ServiceContext(db=gui_db, user="test.user", clock=lambda: FIXED_NOW))


@pytest.fixture
def data(ctx: ServiceContext) -> dataset.Dataset:
    return dataset.build(ctx)


@pytest.fixture
def settings(db_path: Path) -> Settings:
    return Settings(db_url=f"sqlite:///{db_path}", demo=False, user="test.user")


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def discard_all(window: MainWindow) -> None:
    """Drop edits a test left, so closing the window after it does not stop on the prompt."""
    for view in window._views.values():
        if isinstance(view, ClientView) and view.has_unsaved_changes():
            view.discard_changes()


@pytest.fixture
def open_window(
    qtbot: QtBot, ctx: ServiceContext, settings: Settings, qsettings: QSettings
) -> Callable[[], MainWindow]:
    """Open a main window on the test database at 1280×800, shown (call again to "restart")."""

    def open_() -> MainWindow:
        window = MainWindow(ctx, settings, qsettings)
        qtbot.addWidget(window, before_close_func=discard_all)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.started)  # the first view follows the first paint
        return window

    return open_


@pytest.fixture
def window(open_window: Callable[[], MainWindow], data: dataset.Dataset) -> MainWindow:
    """The main window over the GUI test dataset."""
    return open_window()


#: The package's GUI modules: a statement run below one of their frames, outside an operation,
#: is the GUI waiting on the database (issue 9). The operation runner is the way through.
_GUI_DIR = str(Path(operations.__file__).parent)
_THE_WAY_THROUGH = {operations.__file__}
_TESTS_DIR = str(Path(__file__).parent.parent)
#: "strict" (the default) fails the test; "collect" writes each offending call site to the file
#: named by ENFORCEMENT_OPERATIONS_REPORT instead; "off" skips the check.
OPERATIONS_CHECK = os.environ.get("ENFORCEMENT_OPERATIONS_CHECK", "strict")


def _gui_caller() -> str | None:
    """The innermost GUI frame running this statement, unless an operation is running it."""
    if operations.inside_operation():
        return None
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_code.co_filename
        if name in _THE_WAY_THROUGH or name.startswith(_TESTS_DIR):
            # Through the runner, or the test's own call (e.g. inside a dialog driver).
            return None
        if name.startswith(_GUI_DIR) and "/forms/" not in name:
            return f"{os.path.relpath(name)}:{frame.f_lineno} {frame.f_code.co_name}"
        frame = frame.f_back
    return None


@pytest.fixture(autouse=True)
def _database_only_through_operations() -> Iterator[None]:
    """Widgets, models and dialogs reach the database only through the operation runner."""
    if OPERATIONS_CHECK == "off":
        yield
        return
    seen: list[str] = []

    def check(*_args: object) -> None:
        caller = _gui_caller()
        if caller is not None:
            seen.append(caller)
            if OPERATIONS_CHECK == "strict":
                raise AssertionError(f"database used outside an operation: {caller}")

    event.listen(Engine, "before_cursor_execute", check)
    try:
        yield
    finally:
        event.remove(Engine, "before_cursor_execute", check)
        report = os.environ.get("ENFORCEMENT_OPERATIONS_REPORT")
        if report and seen:
            with open(report, "a", encoding="utf-8") as out:
                out.writelines(f"{line}\n" for line in seen)
