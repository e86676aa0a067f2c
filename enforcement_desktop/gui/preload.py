"""Load what the views need on a pool thread once the main window is on screen.

The first screen (window, client search) needs only Qt and SQLAlchemy Core. The ORM, the models,
the services and the rules take about a third of a second more to import; loading them after the
first paint keeps start-up close to a bare Qt window, and the window stays responsive meanwhile
(search works on Core). Anything on the GUI thread that needs those modules first calls
:meth:`Preloader.wait`, so two threads never import the same modules at once.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject

from enforcement_desktop.gui.worker import run_in_background

log = logging.getLogger(__name__)

#: What the views, the client banner and the dialogs import that the first screen does not.
MODULES: tuple[str, ...] = (
    "enforcement_desktop.services.search",  # first: the user may be typing already
    "sqlalchemy.orm",
    "enforcement_desktop.storage.models",
    "enforcement_desktop.domain.dates",
    "enforcement_desktop.domain.rules",
    "enforcement_desktop.services.base",
    "enforcement_desktop.services.contacts",
    "enforcement_desktop.services.cases",
    "enforcement_desktop.services.notes",
    "enforcement_desktop.services.assets",
    "enforcement_desktop.services.orders",
    "enforcement_desktop.services.options",
    "enforcement_desktop.services.service_requests",
    "enforcement_desktop.services.bailiff",
)


class Preloader:
    """Imports :data:`MODULES` once, off the GUI thread.

    Args:
        modules: The module names, imported in order.
    """

    def __init__(self, modules: Sequence[str] = MODULES) -> None:
        self.modules = tuple(modules)
        self._started = False
        self._done = threading.Event()

    @property
    def started(self) -> bool:
        return self._started

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def start(self, on_done: Callable[[], None], *, owner: QObject | None = None) -> None:
        """Begin loading; ``on_done`` runs on the GUI thread when it ends (once)."""
        if self._started:
            return
        self._started = True
        run_in_background(
            self._load, lambda _result: on_done(), self._failed_then(on_done), owner=owner
        )

    def wait(self) -> None:
        """Block until the loading ends, when it has started (the GUI thread's imports wait)."""
        if self._started:
            self._done.wait()

    def _load(self) -> None:
        try:
            for name in self.modules:
                importlib.import_module(name)
        finally:
            self._done.set()

    @staticmethod
    def _failed_then(on_done: Callable[[], None]) -> Callable[[BaseException], None]:
        def failed(exc: BaseException) -> None:
            # The GUI thread imports the module again when it needs it, and shows that error in
            # context; here it is only logged.
            log.warning("preloading the views' modules failed: %s", exc)
            on_done()

        return failed
