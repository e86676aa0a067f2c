"""The base of the dialogs that save through one service call."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.gui.errors import call_service, clear_field_errors, handle_service_error
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services.base import ServiceContext

T = TypeVar("T")


class ServiceDialog(QDialog):
    """A dialog whose default button calls a service; the dialog accepts when it succeeds.

    Typical ``save``::

        self.result_x = self.call_service(lambda: service.save_x(self.ctx, ...))
        if self.result_x is not None:
            self.accept()

    (Stored before :meth:`accept`, so a slot on ``accepted`` sees it.) A :class:`ValidationError`
    is shown under its field and the dialog stays open. Any other refusal (a conflict, a rule, a
    record gone) is shown in words; by default the dialog then closes with :attr:`needs_reload`
    set, so the caller reloads what it shows.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: True when a refusal closed the dialog: what the caller shows may be out of date.
        self.needs_reload = False
        self._errors: dict[str, QLabel] = {}

    def set_error_labels(self, labels: Mapping[str, QLabel]) -> None:
        """Use these labels for the service's field errors (hidden until there is one)."""
        self._errors = dict(labels)
        clear_field_errors(self._errors)
        fit_wrapped_labels(self, self._errors.values())

    def call_service(
        self,
        call: Callable[[], T],
        *,
        close_on_refusal: bool = True,
        on_refused: Callable[[DomainError], None] | None = None,
    ) -> T | None:
        """Run ``call()`` with the field errors shown; its result, or None when refused.

        Args:
            call: The service call.
            close_on_refusal: Whether a refusal other than field errors closes the dialog.
            on_refused: Handles a refusal instead (the dialog then stays open).
        """
        return call_service(
            self, self._errors, call, on_refused=on_refused or self._refused(close_on_refusal)
        )

    def _refused(self, close: bool) -> Callable[[DomainError], None]:
        def refused(exc: DomainError) -> None:
            if close:
                self.needs_reload = True
            handle_service_error(self, exc)
            if close:
                self.reject()

        return refused
