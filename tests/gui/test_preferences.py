"""File ▸ Preferences: the output folder per database, and the other remembered choices.

In the File menu, not an Edit menu: Alt+E already edits the contact's details and an appeal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from enforcement_desktop import config
from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
from enforcement_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
from enforcement_desktop.gui.main_window import CONTACT, WORK_QUEUE, MainWindow
from enforcement_desktop.gui.preferences import Preferences, output_folder
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import sqlite_url
from tests.gui import dataset

#: Pat Testington, a paying parent of the GUI dataset.
PAT_SCIN = "121000000001"


@pytest.fixture(autouse=True)
def documents(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The user's Documents folder, inside the test's folder."""
    folder = tmp_path / "Documents"
    folder.mkdir()
    monkeypatch.setattr(config, "user_documents_path", lambda: folder)
    return folder


def drive(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, step: Callable[[PreferencesDialog], None]
) -> list[PreferencesDialog]:
    """Stand in for exec(): show the dialog, let ``step`` work it (and close it)."""
    seen: list[PreferencesDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PreferencesDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        step(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    return seen


def press(qtbot: QtBot, dialog: PreferencesDialog, which: QDialogButtonBox.StandardButton) -> None:
    button = dialog.ui.buttonBox.button(which)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_output_folder_is_kept_per_database(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "team share" / "packs"
    chosen.mkdir(parents=True)
    asked: list[str] = []

    def choose(_parent: object, _title: str, start: str, *_: object) -> str:
        asked.append(start)
        return str(chosen)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))

    def set_folder(dialog: PreferencesDialog) -> None:
        # Until a folder is chosen: Bailiff packs under Documents, never the home folder.
        assert dialog.ui.folderEdit.text() == str(documents / "Bailiff packs")
        assert dialog.ui.folderEdit.isReadOnly()
        assert window.settings.db_display in dialog.ui.databaseLabel.text()
        qtbot.mouseClick(dialog.ui.chooseFolderButton, Qt.MouseButton.LeftButton)
        assert dialog.ui.folderEdit.text() == str(chosen)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    seen = drive(qtbot, monkeypatch, set_folder)
    assert window.ui.actionPreferences in window.ui.menuFile.actions()
    window.ui.actionPreferences.trigger()
    assert len(seen) == 1 and seen[0].result() == QDialog.DialogCode.Accepted
    assert asked == [str(documents / "Bailiff packs")]
    assert output_folder(ctx.db.url) == chosen

    # The pack dialog starts from it ...
    pack = BailiffPackDialog(ctx, PAT_SCIN)
    qtbot.addWidget(pack)
    assert pack.ui.folderEdit.text() == str(chosen)
    # ... and another database (the demo file beside it, say) does not get it.
    other = sqlite_url(tmp_path / "enforcement-demo.sqlite3")
    assert output_folder(other) == documents / "Bailiff packs"


def test_use_default_and_cancel(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = tmp_path / "elsewhere"
    chosen.mkdir()
    Preferences(ctx.db.url).set_output_folder(chosen)

    def cancel(dialog: PreferencesDialog) -> None:
        assert dialog.ui.folderEdit.text() == str(chosen)
        qtbot.mouseClick(dialog.ui.defaultFolderButton, Qt.MouseButton.LeftButton)
        assert dialog.ui.folderEdit.text() == str(documents / "Bailiff packs")
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    drive(qtbot, monkeypatch, cancel)
    window.show_preferences()
    assert output_folder(ctx.db.url) == chosen  # Cancel keeps what was there

    def default(dialog: PreferencesDialog) -> None:
        qtbot.mouseClick(dialog.ui.defaultFolderButton, Qt.MouseButton.LeftButton)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(qtbot, monkeypatch, default)
    window.show_preferences()
    assert Preferences(ctx.db.url).chosen_output_folder() is None
    assert output_folder(ctx.db.url) == documents / "Bailiff packs"


def test_a_file_is_refused_as_the_folder(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a_file = tmp_path / "not a folder.txt"
    a_file.write_text("x", encoding="utf-8")

    def refuse(dialog: PreferencesDialog) -> None:
        dialog.ui.folderEdit.setText(str(a_file))
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
        assert dialog.isVisible()
        assert dialog.ui.outputFolderError.isVisible()
        assert "is a file" in dialog.ui.outputFolderError.text()
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    drive(qtbot, monkeypatch, refuse)
    window.show_preferences()
    assert Preferences(ctx.db.url).chosen_output_folder() is None


def test_start_view_and_layout_choices(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    data: dataset.Dataset,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window()
    window.show_view(CONTACT)

    def change(dialog: PreferencesDialog) -> None:
        assert dialog.ui.reopenLastViewCheck.isChecked()  # the default
        dialog.ui.reopenLastViewCheck.setChecked(False)
        dialog.ui.forgetLayoutCheck.setChecked(True)
        press(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    drive(qtbot, monkeypatch, change)
    window.show_preferences()
    window.close()
    # The layout is forgotten (and not written again at close); the last view is still kept.
    assert qsettings.value("main_window/geometry") is None
    assert qsettings.value("main_window/splitter") is None
    assert qsettings.value("main_window/last_view") == "contact"
    again = open_window()
    assert again.current_index() == WORK_QUEUE  # not the Contact view left open last time
    again.show_view(CONTACT)
    again.close()
    assert qsettings.value("main_window/geometry") is not None  # remembered again from now on
