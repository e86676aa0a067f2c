"""The base of the dialogs that save through one service call."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    call_service,
    clear_field_errors,
    handle_service_error,
)
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services.base import ServiceContext

T = TypeVar("T")


def error_label_name(field: str) -> str:
    """The object name of the label that shows ``field``'s errors: ``paid_on`` → ``paidOnError``.

    A dotted field belongs to a part of the form (``address.line1`` → ``line1Error``); messages
    that belong to no field (:data:`GENERAL_FIELD`) go to ``generalError``.
    """
    if field == GENERAL_FIELD:
        return "generalError"
    first, *rest = field.rpartition(".")[2].split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest) + "Error"


def find_error_labels(
    form: QWidget, fields: Iterable[str], shown_under: Mapping[str, str] | None = None
) -> dict[str, QLabel]:
    """The error label of each of the service's ``fields`` (and of :data:`GENERAL_FIELD`), by name.

    Each label is the child of ``form`` named by :func:`error_label_name`, and its buddy (set in
    the .ui file) is the input it describes. A field with no input of its own in this form is
    shown under another field's label: ``shown_under`` maps it to that field.

    Raises:
        LookupError: a label is missing, or a field's label has no buddy (a mistake in the form).
    """
    redirect = dict(shown_under or {})
    labels: dict[str, QLabel] = {}
    for field in dict.fromkeys([*fields, GENERAL_FIELD, *redirect]):
        target = redirect.get(field, field)
        name = error_label_name(target)
        label = form.findChild(QLabel, name)
        if label is None:
            raise LookupError(f"{type(form).__name__} has no label {name} for the field {field}")
        if target != GENERAL_FIELD and label.buddy() is None:
            raise LookupError(f"{type(form).__name__}.{name} has no buddy (the input it describes)")
        labels[field] = label
    return labels


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

    def bind_error_labels(
        self, fields: Iterable[str], *, shown_under: Mapping[str, str] | None = None
    ) -> None:
        """Show the service's errors for ``fields`` under the labels named after them.

        See :func:`find_error_labels`: field ``paid_on`` is shown in ``paidOnError``, beside the
        input that label is the buddy of.
        """
        self.set_error_labels(find_error_labels(self, fields, shown_under))

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
