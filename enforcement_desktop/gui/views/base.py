"""The contract every client view of the main window keeps."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar, TypeVar

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QWidget

from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.gui.errors import (
    call_service,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from enforcement_desktop.services.screens import ClientScreen

T = TypeVar("T")


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
    #: The view is filled from the client's read model (:class:`services.screens.ClientScreen`):
    #: the main window hands it the screen it read for the banner, and the view reads one
    #: itself (on the data lane, see :mod:`gui.operations`) only when it has none.
    uses_screen: ClassVar[bool] = False

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None

    def set_client(self, contact_id: int | None) -> None:
        """Show this client (None: no client chosen). Subclasses load and call super()."""
        self.contact_id = contact_id

    def open_screen(self, screen: ClientScreen) -> None:
        """Show the client of a read model the caller has just read.

        Views with :attr:`uses_screen` fill themselves from it; the others read for themselves.
        """
        self.set_client(screen.contact.id)

    def show_screen(self, screen: ClientScreen) -> None:
        """Fill the view from the client's read model (views with :attr:`uses_screen`)."""
        raise NotImplementedError(f"{type(self).__name__} does not use the client's screen")

    def load_screen(self, then: Callable[[], None] | None = None) -> None:
        """Read the current client's screen on the data lane, then :meth:`show_screen` it.

        Args:
            then: Called after the screen is shown (on the GUI thread).
        """
        from enforcement_desktop.gui.operations import Operation, runner_for
        from enforcement_desktop.services.screens import client_screen

        contact_id = self.contact_id
        if contact_id is None:
            return

        def shown(screen: ClientScreen) -> None:
            self.show_screen(screen)
            if then is not None:
                then()

        runner_for(self.ctx).run(
            Operation(self, lambda ctx: client_screen(ctx, contact_id), shown, key="screen")
        )

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

    def save_ui_state(self, store: QSettings, prefix: str) -> None:
        """Keep where the user put the view's splitters (the main window calls it on close)."""
        for splitter in self.findChildren(QSplitter):
            if splitter.objectName():
                store.setValue(f"{prefix}/{splitter.objectName()}", splitter.saveState())

    def restore_ui_state(self, store: QSettings, prefix: str) -> None:
        """Put the splitters back where :meth:`save_ui_state` found them."""
        for splitter in self.findChildren(QSplitter):
            state = store.value(f"{prefix}/{splitter.objectName()}")
            if splitter.objectName() and isinstance(state, QByteArray | bytes):
                splitter.restoreState(state)

    def save_through(
        self, labels: Mapping[str, QLabel], call: Callable[[], T], *, not_saved: str
    ) -> T | None:
        """Save the view's edits with one service call; its result, or None when refused.

        The call runs as an operation on the data lane and is waited for (the window keeps
        painting): saving is what the user asked for, and callers such as "save before leaving"
        need the outcome. Field errors go under their fields and the status bar says
        ``not_saved``; any other refusal is shown in words (Reload after a conflict discards
        the edits).

        Args:
            labels: The error labels by field name.
            call: The service call.
            not_saved: What was not saved, e.g. "Asset not saved".
        """
        from enforcement_desktop.gui.operations import runner_for

        runner = runner_for(self.ctx)
        return call_service(
            self,
            labels,
            lambda: runner.run_and_wait(self, lambda _ctx: call(), "Saving…"),
            reload=self.discard_changes,
            on_invalid=lambda _: self.status_message.emit(
                f"{not_saved}: correct the fields marked in red"
            ),
        )

    def write(
        self,
        fn: Callable[[ServiceContext], T],
        on_done: Callable[[T], None],
        *,
        labels: Mapping[str, QLabel] | None = None,
        on_refused: Callable[[DomainError], None] | None = None,
    ) -> None:
        """Run a service call that writes as an operation; ``on_done`` gets its result.

        Args:
            fn: The service call, given the services' context (runs on the data lane).
            on_done: Called on the GUI thread with the result, once saved.
            labels: Error labels by field name: a ValidationError is shown under its fields.
            on_refused: Handles any other refusal instead of the usual message (Reload after a
                conflict reloads the view).
        """
        from enforcement_desktop.gui.operations import Operation, runner_for

        if labels is not None:
            clear_field_errors(labels)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and labels is not None:
                show_field_errors(labels, exc)
            elif isinstance(exc, DomainError):
                if on_refused is not None:
                    on_refused(exc)
                else:
                    handle_service_error(self, exc, reload=self.refresh)
            else:
                raise exc

        runner_for(self.ctx).run(Operation(self, fn, on_done, failed))
