"""The user's remembered choices (QSettings), some kept per database.

Desktop choices live in ``QSettings``, not in the database (``architecture.md``). A choice that
depends on the data, the folder packs, letters and case files go to, is kept **per database**
under ``databases/<key>/`` where the key is :func:`config.database_key` of the database's URL: the
folder chosen while trying the demo data is never offered for real cases, and two team servers
keep theirs apart.

Keys the application uses:

* ``databases/<key>/output_folder``: packs, letters and exported case files (default
  Documents/Bailiff packs, :func:`config.default_output_folder`);
* ``databases/<key>/backup_folder``: where the last backup went (default Documents);
* ``main_window/geometry``, ``main_window/state``, ``main_window/splitter``: the window;
* ``main_window/last_view`` and ``main_window/reopen_last_view``: the view to open at start-up;
* ``views/<view>/<splitter>``: where the user put each view's splitters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from enforcement_desktop import config
from enforcement_desktop.config import database_key, default_output_folder

#: Window keys :meth:`Preferences.forget_layout` removes (plus the ``views`` group).
LAYOUT_KEYS = ("main_window/geometry", "main_window/state", "main_window/splitter")
VIEWS_GROUP = "views"
REOPEN_LAST_VIEW_KEY = "main_window/reopen_last_view"


def database_prefix(db_url: str) -> str:
    """The QSettings group of one database's choices."""
    return f"databases/{database_key(db_url)}"


def output_folder_key(db_url: str) -> str:
    """The QSettings key of the output folder for ``db_url``."""
    return f"{database_prefix(db_url)}/output_folder"


def _truthy(value: object, default: bool) -> bool:
    # INI files give back "true"/"false" strings; native stores give bools.
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


class Preferences:
    """The remembered choices for one database.

    Args:
        db_url: The database the choices belong to (only its key is stored).
        store: Where they are kept (default: the user's QSettings for the application).
    """

    def __init__(self, db_url: str, store: QSettings | None = None) -> None:
        self.db_url = db_url
        self.store = store if store is not None else QSettings()
        self._prefix = database_prefix(db_url)

    # ----------------------------------------------------------------- output folder

    def chosen_output_folder(self) -> Path | None:
        """The folder the user chose for this database, or None (the default is used)."""
        value = self.store.value(f"{self._prefix}/output_folder")
        return Path(value) if isinstance(value, str) and value else None

    def output_folder(self) -> Path:
        """Where packs, letters and case files go: the folder chosen, else the default.

        A chosen folder that no longer exists (a USB stick removed, a share not mounted) falls
        back to the default, so a build does not fail on a folder that is gone.
        """
        chosen = self.chosen_output_folder()
        if chosen is not None and chosen.is_dir():
            return chosen
        return default_output_folder()

    def set_output_folder(self, folder: Path | None) -> None:
        """Keep ``folder`` for this database; None goes back to the default."""
        key = f"{self._prefix}/output_folder"
        if folder is None:
            self.store.remove(key)
        else:
            self.store.setValue(key, str(folder))

    # ----------------------------------------------------------------- backups

    def backup_folder(self) -> Path:
        """The folder of the last backup of this database, else the user's Documents."""
        value = self.store.value(f"{self._prefix}/backup_folder")
        if isinstance(value, str) and value and Path(value).is_dir():
            return Path(value)
        return config.user_documents_path()

    def set_backup_folder(self, folder: Path) -> None:
        self.store.setValue(f"{self._prefix}/backup_folder", str(folder))


class WindowChoices:
    """How the window comes back at start-up (kept in the window's own store).

    Args:
        store: The main window's QSettings.
    """

    def __init__(self, store: QSettings) -> None:
        self.store = store

    def reopen_last_view(self) -> bool:
        """Open the view last used at start-up (True), or always the Work Queue."""
        return _truthy(self.store.value(REOPEN_LAST_VIEW_KEY), True)

    def set_reopen_last_view(self, reopen: bool) -> None:
        self.store.setValue(REOPEN_LAST_VIEW_KEY, reopen)

    def forget_layout(self) -> None:
        """Forget the window's size and where the panels were put (default layout next time)."""
        for key in LAYOUT_KEYS:
            self.store.remove(key)
        self.store.remove(VIEWS_GROUP)
        self.store.sync()


def output_folder(db_url: str, store: QSettings | None = None) -> Path:
    """Where packs and letters of ``db_url`` go (see :meth:`Preferences.output_folder`)."""
    return Preferences(db_url, store).output_folder()


def remember_output_folder(db_url: str, folder: Path, store: QSettings | None = None) -> None:
    """Keep ``folder`` as the place for the next pack or letter of ``db_url``."""
    Preferences(db_url, store).set_output_folder(folder)


__all__ = [
    "LAYOUT_KEYS",
    "Preferences",
    "WindowChoices",
    "database_prefix",
    "output_folder",
    "output_folder_key",
    "remember_output_folder",
]
