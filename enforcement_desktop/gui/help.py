"""The user guide (F1): HTML pages shipped in the package, shown in a :class:`QTextBrowser`.

The pages live in ``resources/help/`` (``enforcement_desktop.resources`` once installed): a
contents page, a page per view and a page per procedure, with screenshots in ``images/``. F1
opens the page of the current view; links move between pages, and Back/Forward (Alt+Left /
Alt+Right) go through the pages seen.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

#: The page of each view (by its key in the main window's VIEWS); anything else: the contents.
PAGES = {
    "work_queue": "work_queue.html",
    "contact": "contact.html",
    "assets": "assets.html",
    "orders": "orders.html",
    "activity_plan": "activity_plan.html",
    "diary": "diary.html",
    "history": "history.html",
}
CONTENTS = "index.html"
#: The procedures' pages, as the contents page links them.
PROCEDURES = ("enforcement_action.html", "arrears.html", "bailiff.html", "bailiff_pack.html")
#: Pages about the application rather than a view or a procedure.
OTHER_PAGES = ("users.html",)


def help_folder() -> Path:
    """The folder of the guide's pages (inside the installed package)."""
    return Path(str(resources.files("enforcement_desktop.resources").joinpath("help")))


class HelpWindow(QDialog):
    """The user guide beside the main window (not modal: read it while working).

    Args:
        parent: The main window.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.setWindowTitle("Enforcement Desktop — User guide")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.resize(820, 760)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName("User guide")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(help_folder())])
        self.back_button = QPushButton("&Back", self)
        self.back_button.setShortcut(QKeySequence.StandardKey.Back)
        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button = QPushButton("&Forward", self)
        self.forward_button.setShortcut(QKeySequence.StandardKey.Forward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.contents_button = QPushButton("&Contents", self)
        self.contents_button.clicked.connect(lambda: self.show_page(CONTENTS))
        close = QPushButton("Close", self)
        close.clicked.connect(self.close)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.contents_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser, 1)

    def show_page(self, page: str) -> None:
        """Show a page of the guide (a file name in the help folder)."""
        self.browser.setSource(QUrl.fromLocalFile(str(help_folder() / page)))

    def show_topic(self, view_key: str) -> None:
        """Show the page for a view (the contents when it has none) and bring the window up."""
        self.show_page(PAGES.get(view_key, CONTENTS))
        self.show()
        self.raise_()
        self.activateWindow()

    def current_page(self) -> str:
        """The file name of the page shown."""
        return Path(self.browser.source().toLocalFile()).name


__all__ = ["CONTENTS", "OTHER_PAGES", "PAGES", "PROCEDURES", "HelpWindow", "help_folder"]
