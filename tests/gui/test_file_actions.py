"""File ▸ Back up database…, Export client…, Import case file…, driven through the menus.

The file dialogs are replaced (every file goes under tmp_path); the result and refusal boxes are
real, answered by clicking their buttons (:class:`tests.gui.boxes.AnswerBoxes`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QProgressDialog
from pytestqt.qtbot import QtBot

from enforcement_desktop import config, demo
from enforcement_desktop.config import Settings
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.file_actions import human_size
from enforcement_desktop.gui.main_window import MainWindow
from enforcement_desktop.gui.preferences import Preferences
from enforcement_desktop.services import backup
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.exports import export_case_to_file
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW
from tests.gui.boxes import AnswerBoxes
from tests.gui.dataset import Dataset
from tests.regions import seed_test_regions
from tests.services.case_file_users import add_demo_users

PAT_SCIN = "121000000001"
SAM_SCIN = "121000000002"


@pytest.fixture(autouse=True)
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(config, "user_documents_path", lambda: folder)
    return folder


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path | None) -> list[str]:
    """Answer the next save dialogs with ``target`` (None: Cancel); the paths suggested."""
    suggested: list[str] = []

    def dialog(_parent: object, _title: str, start: str, *_: object) -> tuple[str, str]:
        suggested.append(start)
        return (str(target) if target is not None else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return suggested


def open_file(monkeypatch: pytest.MonkeyPatch, source: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_: (str(source), "")))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def file_events(db: Path, action: str) -> list[str]:
    con = sqlite3.connect(db)
    try:
        rows = con.execute(
            "SELECT new_value FROM audit_event WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    finally:
        con.close()
    return [str(row[0]) for row in rows]


def test_human_size() -> None:
    assert human_size(1) == "1 byte"
    assert human_size(812) == "812 bytes"
    assert human_size(1_432_576) == "1.4 MB (1,432,576 bytes)"
    assert human_size(2048) == "2.0 KB (2,048 bytes)"


# --------------------------------------------------------------------------- backup


def test_backup_from_the_file_menu_shows_the_file_size_and_hash(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    db_path: Path,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "backups" / "copy.sqlite3"
    suggested = save_as(monkeypatch, target)
    assert window.ui.actionBackup in window.ui.menuFile.actions()
    boxes = AnswerBoxes("Copy path")
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: not boxes.texts)
    # Suggested in Documents, named after the database and the day.
    assert suggested == [str(documents / "gui-backup-2026-11-23.sqlite3")]
    assert target.is_file()
    text, buttons = boxes.boxes[0]
    assert sorted(buttons) == ["Close", "Copy path", "Show in folder"]
    assert str(target) in text
    assert human_size(target.stat().st_size) in text
    assert digest(target) in text
    assert QGuiApplication.clipboard().text() == str(target)
    con = sqlite3.connect(target)
    try:
        assert con.execute("SELECT count(*) FROM contact").fetchone()[0] > 0
    finally:
        con.close()
    assert any(digest(target) in details for details in file_events(db_path, "backup"))
    # The next backup starts in the folder of this one.
    assert Preferences(ctx.db.url).backup_folder() == target.parent


def test_backup_over_the_database_itself_is_refused(
    qtbot: QtBot, window: MainWindow, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = digest(db_path)
    save_as(monkeypatch, db_path)
    boxes = AnswerBoxes("OK")
    window.ui.actionBackup.trigger()
    qtbot.waitUntil(lambda: not boxes.texts)
    text, _ = boxes.boxes[0]
    assert text == "The database was not backed up."
    assert window.last_status == "Database not backed up"
    assert digest(db_path) == before


def test_backup_cancelled_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_as(monkeypatch, None)
    assert window.back_up_database() is False
    assert not list(tmp_path.glob("**/*backup*"))


@pytest.fixture
def real_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    yield
    assert worker.wait_for_workers()


def test_backup_on_the_database_thread_shows_real_progress(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    real_threads: None,
) -> None:
    # One page a step, so the copy reports many steps.
    monkeypatch.setattr(backup, "STEP_PAGES", 1)
    values: list[tuple[int, int]] = []
    set_value = QProgressDialog.setValue

    def record(dialog: QProgressDialog, value: int) -> None:
        values.append((value, dialog.maximum()))
        set_value(dialog, value)

    monkeypatch.setattr(QProgressDialog, "setValue", record)
    target = tmp_path / "threaded.sqlite3"
    save_as(monkeypatch, target)
    boxes = AnswerBoxes("Close")
    assert window.back_up_database() is True
    qtbot.waitUntil(lambda: not boxes.texts, timeout=30_000)
    assert target.is_file()
    assert len(values) > 2
    pages = values[-1][1]
    assert pages > 2 and values[-1] == (pages, pages)  # every page, out of the real total
    assert window.runner.wait(10_000)


# --------------------------------------------------------------------------- export


def test_export_the_open_paying_parent(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    db_path: Path,
    data: Dataset,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_client(data.pat_id)
    target = tmp_path / "out" / "pat"
    suggested = save_as(monkeypatch, target)
    boxes = AnswerBoxes("Close")
    window.ui.actionExportClient.trigger()
    qtbot.waitUntil(lambda: not boxes.texts)
    # Suggested in the output folder of this database; .json added to a name without one.
    assert suggested == [str(documents / "Bailiff packs" / f"case-{PAT_SCIN}.json")]
    written = target.with_suffix(".json")
    assert json.loads(written.read_text(encoding="utf-8"))["paying_parent"]["scin"] == PAT_SCIN
    text, _ = boxes.boxes[0]
    assert str(written) in text and digest(written) in text
    assert human_size(written.stat().st_size) in text
    assert window.last_status == f"Cases of SCIN {PAT_SCIN} exported to {written}"
    assert any(digest(written) in details for details in file_events(db_path, "export"))


def test_export_asks_for_the_scin_when_no_paying_parent_is_open(
    qtbot: QtBot,
    window: MainWindow,
    data: Dataset,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def get_text(_parent: object, _title: str, label: str, *_: object) -> tuple[str, bool]:
        asked.append(label)
        return (f" {PAT_SCIN} ", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    target = tmp_path / "pat.json"
    save_as(monkeypatch, target)
    boxes = AnswerBoxes("Close")
    assert window.client is None
    assert window.export_client() is True
    qtbot.waitUntil(lambda: not boxes.texts)
    assert asked == ["SCIN of the paying parent whose case to export:"]
    assert json.loads(target.read_text(encoding="utf-8"))["paying_parent"]["scin"] == PAT_SCIN


def test_a_client_on_two_cases_is_exported_with_both(
    qtbot: QtBot,
    window: MainWindow,
    data: Dataset,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A case file holds every case of its paying parent (version 3)."""
    assert window.open_client(data.sam_id)
    target = tmp_path / "sam.json"
    save_as(monkeypatch, target)
    boxes = AnswerBoxes("Close")
    assert window.export_client() is True
    qtbot.waitUntil(lambda: not boxes.texts)
    written = json.loads(target.read_text(encoding="utf-8"))
    assert written["paying_parent"]["scin"] == SAM_SCIN
    assert len(written["cases"]) == 2


def test_export_of_an_unknown_scin_is_refused_and_writes_nothing(
    qtbot: QtBot,
    window: MainWindow,
    data: Dataset,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_: ("121999999999", True)))
    target = tmp_path / "nobody.json"
    save_as(monkeypatch, target)
    boxes = AnswerBoxes("OK")
    assert window.export_client() is False
    qtbot.waitUntil(lambda: not boxes.texts)
    assert boxes.boxes[0][0] == "The cases of SCIN 121999999999 were not exported."
    assert not target.exists()


# --------------------------------------------------------------------------- import


@pytest.fixture
def case_file(tmp_path: Path) -> Iterator[Path]:
    """The case of the demo's first showcase client, exported from a database of its own."""
    database = Database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    source = ServiceContext(db=database, user="test.user", clock=lambda: FIXED_NOW)
    demo.build_demo(database, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user="test.user")
    path = tmp_path / "pat.json"
    export_case_to_file(source, PAT_SCIN, path)
    database.dispose()
    yield path


@pytest.fixture
def empty_window(
    qtbot: QtBot, tmp_path: Path, qsettings: object
) -> Iterator[Callable[[], MainWindow]]:
    """A window over a second database with no clients (where a case file is imported).

    It has the users the case file names (case files name users by login, and import refuses a
    login the database has no user for), as a team adds its colleagues before importing.
    """
    database = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    other = add_demo_users(
        seed_test_regions(ServiceContext(db=database, user="test.user", clock=lambda: FIXED_NOW))
    )
    settings = Settings(db_url=database.url, demo=False, user="test.user")

    def open_() -> MainWindow:
        window = MainWindow(other, settings, qsettings)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.started)
        return window

    yield open_
    database.dispose()


def test_import_a_case_file_and_open_the_client(
    qtbot: QtBot,
    case_file: Path,
    empty_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = empty_window()
    open_file(monkeypatch, case_file)
    boxes = AnswerBoxes("Open client")
    window.ui.actionImportCaseFile.trigger()
    qtbot.waitUntil(lambda: not boxes.texts)
    assert boxes.boxes[0][0].startswith("Imported case ")
    assert f"(SCIN {PAT_SCIN})" in boxes.boxes[0][0]
    qtbot.waitUntil(lambda: window.client is not None)
    assert window.client is not None and window.client.scin == PAT_SCIN


def test_a_case_file_already_imported_is_refused_with_nothing_written(
    qtbot: QtBot,
    case_file: Path,
    tmp_path: Path,
    empty_window: Callable[[], MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = empty_window()
    open_file(monkeypatch, case_file)
    boxes = AnswerBoxes("Close")
    assert window.import_case_file() is True
    qtbot.waitUntil(lambda: not boxes.texts)
    before = file_events(tmp_path / "other.sqlite3", "import")
    boxes = AnswerBoxes("OK")
    assert window.import_case_file() is False
    qtbot.waitUntil(lambda: not boxes.texts)
    assert boxes.boxes[0][0] == "pat.json was not imported; nothing was written."
    assert window.last_status == "pat.json not imported"
    assert file_events(tmp_path / "other.sqlite3", "import") == before


def test_a_file_that_is_not_json_is_refused(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("{not json", encoding="utf-8")
    open_file(monkeypatch, bad)
    boxes = AnswerBoxes("OK")
    assert window.import_case_file() is False
    qtbot.waitUntil(lambda: not boxes.texts)
    assert boxes.boxes[0][0] == "notes.json was not imported; nothing was written."
