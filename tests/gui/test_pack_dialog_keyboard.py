"""The bailiff pack dialog by keyboard (issue 13 item 12).

Tab used never to reach the "Additional information" boxes (made after the dialog's tab chain,
they came at its end), and landed on the output folder with its path selected, so typing
overwrote it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
from enforcement_desktop.gui.preferences import output_folder_key
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui

PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path) -> Iterator[BailiffPackDialog]:
    # A database of its own: the demo writes only into an empty one.
    database = Database(f"sqlite:///{tmp_path / 'showcase.sqlite3'}")
    ctx = ServiceContext(db=database, user="test.user", clock=lambda: FIXED_NOW)
    demo.build_demo(database, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    QSettings().setValue(output_folder_key(database.url), str(tmp_path))
    widget = BailiffPackDialog(ctx, PREPARED)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: not widget.loading)
    yield widget
    QSettings().remove(output_folder_key(database.url))
    database.dispose()


def tab_chain(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets Tab visits from ``start``, one per press."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_reaches_each_additional_information_box_in_order(
    qtbot: QtBot, dialog: BailiffPackDialog
) -> None:
    ui = dialog.ui
    boxes = [w for w in ui.additionalContents.findChildren(QPlainTextEdit)]
    assert len(boxes) == 3
    chain = tab_chain(qtbot, ui.formsTable, 8)
    after_dvs = chain[chain.index(ui.dvsCheck) + 1 :] if ui.dvsCheck in chain else chain
    assert after_dvs[:4] == [*boxes, ui.chooseFolderButton]
    # Tab in a box moves on rather than typing a tab into it.
    assert all("\t" not in box.toPlainText() for box in boxes)


def test_output_folder_is_chosen_not_typed_over(qtbot: QtBot, dialog: BailiffPackDialog) -> None:
    ui = dialog.ui
    chain = tab_chain(qtbot, ui.formsTable, 12)
    assert ui.folderEdit not in chain
    assert ui.folderEdit.isReadOnly()
    before = ui.folderEdit.text()
    qtbot.keyClicks(ui.folderEdit, "oops")
    assert ui.folderEdit.text() == before
    # Its label's mnemonic leads to the Choose… button, the one way to change it.
    assert ui.folderLabel.buddy() is ui.chooseFolderButton
