"""The guide's pages for the Diary, History, Users and offices and the bailiff pack (issue 13)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.help import CONTENTS, OTHER_PAGES, PROCEDURES, HelpWindow, help_folder
from enforcement_desktop.gui.main_window import DIARY, HISTORY, MainWindow


def test_f1_opens_the_diary_and_history_pages(qtbot: QtBot, window: MainWindow) -> None:
    for index, page, heading in (
        (DIARY, "diary.html", "Gone quiet"),
        (HISTORY, "history.html", "Print"),
    ):
        window.show_view(index)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        help_window = window.findChild(HelpWindow)
        assert help_window is not None and help_window.isVisible()
        assert help_window.current_page() == page
        assert heading in help_window.browser.toPlainText()
        help_window.close()


def test_the_contents_link_every_new_page_and_the_pages_say_what_was_asked() -> None:
    folder = help_folder()
    contents = (folder / CONTENTS).read_text(encoding="utf-8")
    for page in ("diary.html", "history.html", *OTHER_PAGES, *PROCEDURES):
        assert f'href="{page}"' in contents, page

    def text(page: str) -> str:
        return re.sub(
            r"\s+", " ", re.sub(r"<[^>]+>", "", (folder / page).read_text(encoding="utf-8"))
        )

    diary = text("diary.html")
    for words in ("overdue", "My team", "Gone quiet", "no open service request", "6 weeks"):
        assert words in diary, words
    history = text("history.html")
    for words in ("Show", "Case", "Find", "Enter", "Print", "A4 PDF"):
        assert words in history, words
    users = text("users.html")
    for words in ("File ▸ Users…", "only a team leader", "first user", "no user record"):
        assert words in users, words
    pack = text("bailiff_pack.html")
    for words in (
        "CMS orders oldest first",
        "reason for leaving out",
        "passphrase",
        "once",
        "Record pack as sent",
        "Build packs for all prepared clients",
    ):
        assert words in pack, words
