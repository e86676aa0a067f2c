"""The contract every client view of the main window keeps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from enforcement_desktop.services.base import ServiceContext


class ClientView(QWidget):
    """A view of the current client (or, for the work queue, of the user's work).

    The main window calls :meth:`set_client` when the current client changes, asks
    :meth:`has_unsaved_changes` before leaving the view or closing, and calls :meth:`save` on
    Ctrl+S. Views never touch the database directly: they call services with ``ctx``.
    """

    #: A short sentence for the status bar ("Asset saved", "Nothing to save").
    status_message = Signal(str)
    #: Ask the main window to open this service request in the Activity Plan view.
    open_service_request = Signal(int)
    #: Ask the main window to make this contact the current client.
    open_client = Signal(int)
    #: Something this view saved changes what other views show (they refresh when shown).
    data_changed = Signal()

    title: str = ""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None

    def set_client(self, contact_id: int | None) -> None:
        """Show this client (None: no client chosen). Subclasses load and call super()."""
        self.contact_id = contact_id

    def refresh(self) -> None:
        """Reload from the database (F5, or after another view saved)."""
        self.set_client(self.contact_id)

    def has_unsaved_changes(self) -> bool:
        return False

    def save(self) -> bool:
        """Save pending edits; False when validation or a conflict stopped the save."""
        return True

    def discard_changes(self) -> None:
        """Drop pending edits (the user chose Discard when leaving)."""
        self.refresh()
