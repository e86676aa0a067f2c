"""F1 opens the user guide at the current view's page; About names the version, the database,
where files go, how to back up and the bundled libraries' licences."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser
from pytestqt.qtbot import QtBot

from enforcement_desktop import __version__
from enforcement_desktop.config import Settings
from enforcement_desktop.gui.about import AboutDialog, about_html
from enforcement_desktop.gui.help import CONTENTS, PAGES, PROCEDURES, HelpWindow, help_folder
from enforcement_desktop.gui.main_window import ASSETS, CONTACT, MainWindow
from enforcement_desktop.gui.widgets import forms


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(str(values["href"]))
        if tag == "img" and values.get("src"):
            self.images.append(str(values["src"]))


def _parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def test_every_page_exists_links_resolve_and_images_ship() -> None:
    folder = help_folder()
    contents = _parse(folder / CONTENTS)
    # The contents page links a page per view and per procedure.
    for page in (*PAGES.values(), *PROCEDURES):
        assert page in contents.links
    for page in folder.glob("*.html"):
        parsed = _parse(page)
        for link in parsed.links:
            assert (folder / link).is_file(), f"{page.name} links to missing {link}"
        for image in parsed.images:
            assert (folder / image).is_file(), f"{page.name} shows missing {image}"
        text = page.read_text(encoding="utf-8")
        # Users know the procedures by name, not by the seed files behind them.
        assert not re.search(r"\bseed", text, re.IGNORECASE), page.name
    for page in PAGES.values():
        assert _parse(folder / page).images, f"{page} has no screenshot"


def test_f1_opens_the_page_of_the_current_view(qtbot: QtBot, window: MainWindow) -> None:
    action = window.ui.actionHelpContents
    assert action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
    assert action in window.ui.menuHelp.actions()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    help_window = window.findChild(HelpWindow)
    assert help_window is not None and help_window.isVisible()
    assert help_window.current_page() == "work_queue.html"
    assert "Work Queue" in help_window.browser.toPlainText()

    window.show_view(ASSETS)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert help_window.current_page() == "assets.html"
    assert window.findChildren(HelpWindow) == [help_window]  # one window, reused

    # Links move between pages, and Back returns.
    help_window.show_page(CONTENTS)
    browser = help_window.findChild(QTextBrowser, "helpBrowser")
    assert browser is not None
    assert "Bailiff procedure" in browser.toPlainText()
    help_window.show_page("bailiff.html")
    assert "One Bailiff SR per liability order" in browser.toPlainText()
    qtbot.mouseClick(help_window.back_button, Qt.MouseButton.LeftButton)
    assert help_window.current_page() == CONTENTS
    help_window.close()


def test_whats_this_is_in_the_help_menu(window: MainWindow) -> None:
    names = [a.objectName() for a in window.ui.menuHelp.actions()]
    assert "actionWhatsThis" in names


def test_about_from_the_menu(
    qtbot: QtBot, window: MainWindow, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[AboutDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, AboutDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        return False

    monkeypatch.setattr(forms, "run_dialog", run)
    window.show_view(CONTACT)
    window.ui.actionAbout.trigger()
    assert len(seen) == 1
    text = seen[0].ui.aboutBrowser.toPlainText()
    assert f"Enforcement Desktop {__version__}" in text
    assert settings.db_display in text
    assert "Back up database" in text
    assert "Logs" in text and "Settings" in text and "Packs, letters and case files" in text
    table = seen[0].ui.licencesTable
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Python"] == "PSF-2.0"
    assert "SQLAlchemy" in rows and rows["SQLAlchemy"]
    assert any(name.lower().startswith("pyside6") for name in rows)
    assert all(licence for licence in rows.values())


def test_about_never_shows_a_server_password(qsettings: object, tmp_path: Path) -> None:
    settings = Settings(
        db_url="postgresql://case.manager:S3cretPw@db.example:5432/cms", demo=False, user="u"
    )
    html = about_html(settings, "u", qsettings)  # type: ignore[arg-type]
    assert "S3cretPw" not in html
    assert "db.example" in html
    assert "server's own tools" in html
