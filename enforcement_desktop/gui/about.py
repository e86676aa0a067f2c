"""Help ▸ About: the version, the database, where every kind of file goes, how to back up, and
the open-source licences of the bundled libraries."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from enforcement_desktop import __version__
from enforcement_desktop.config import Settings
from enforcement_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from enforcement_desktop.gui.preferences import Preferences
from enforcement_desktop.licences import bundled_libraries
from enforcement_desktop.storage.db import sqlite_file

COL_NAME, COL_VERSION, COL_LICENCE = range(3)


def _html(text: object) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def about_html(settings: Settings, user: str, window_store: QSettings) -> str:
    """What the About box says above the licences (the database never with its password)."""
    from enforcement_desktop.logs import log_dir

    database = _html(settings.db_display)  # a server's address is shown without the password
    demo = " (demo data, not real cases)" if settings.demo else ""
    on_server = sqlite_file(settings.db_url) is None
    output = Preferences(settings.db_url).output_folder()
    if on_server:
        backup = (
            "The database is on a server: it is backed up with the server's own tools "
            "(for PostgreSQL, pg_dump or the server's scheduled backups)."
        )
    else:
        backup = (
            "<b>File ▸ Back up database…</b> writes a consistent copy of the database, even "
            "while it is in use (the same as <tt>enforcement-desktop backup PATH</tt>). Keep the "
            "copy somewhere safe and readable by you only; to restore it, close the application "
            "and open the copy with <tt>--db PATH</tt>, or copy it over the database file."
        )
    rows = [
        ("Database", f"{database}{demo}"),
        ("Recorded as", _html(user)),
        ("Packs, letters and case files", f"{_html(output)} (File ▸ Preferences… to change)"),
        ("Letter templates", "inside the application (the <tt>letters</tt> folder)"),
        ("Settings", _html(window_store.fileName())),
        ("Logs", f"{_html(log_dir())} (no personal data is written to them)"),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{name}</b></td><td>{value}</td></tr>"
        for name, value in rows
    )
    return (
        f"<h2>Enforcement Desktop {_html(__version__)}</h2>"
        "<p>Casework for Child Maintenance Service enforcement case managers in England and "
        "Wales.</p>"
        f"<table cellspacing='2'>{table}</table>"
        f"<h3>Backing up</h3><p>{backup}</p>"
        "<p>Press <b>F1</b> in any view for its page of the user guide.</p>"
    )


class AboutDialog(QDialog):
    """The About box.

    Args:
        settings: The database and demo flag the application runs on.
        user: Who the audit trail records.
        window_store: The main window's QSettings (its file is named).
        parent: The main window.
    """

    def __init__(
        self,
        settings: Settings,
        user: str,
        window_store: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.aboutBrowser.setHtml(about_html(settings, user, window_store))
        ui.buttonBox.rejected.connect(self.reject)
        libraries = bundled_libraries()
        table = ui.licencesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Library", "Version", "Licence"])
        table.setRowCount(len(libraries))
        for row, library in enumerate(libraries):
            for column, text in enumerate((library.name, library.version, library.licence)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_VERSION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_LICENCE, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)


__all__ = ["AboutDialog", "about_html"]
