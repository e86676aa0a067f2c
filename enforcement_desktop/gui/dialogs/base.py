"""The base of the dialogs that save through one service call, run as an operation."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWhatsThis,
    QWidget,
)

from enforcement_desktop.domain.errors import DatabaseUnavailable, DomainError, ValidationError
from enforcement_desktop.gui import errors
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels
from enforcement_desktop.services.context import ServiceContext

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


#: The button roles that start the dialog's action (held while it runs); Cancel and Close stay.
_ACTION_ROLES = (
    QDialogButtonBox.ButtonRole.AcceptRole,
    QDialogButtonBox.ButtonRole.YesRole,
    QDialogButtonBox.ButtonRole.ApplyRole,
    QDialogButtonBox.ButtonRole.ActionRole,
)


class ServiceDialog(QDialog):
    """A dialog whose default button calls a service; the dialog accepts when it succeeds.

    The call runs as an :class:`~enforcement_desktop.gui.operations.Operation` on the data lane,
    so the window never waits on the database. Typical ``save``::

        def save(self) -> None:
            self.submit(self._save_work, self._saved)

        def _save_work(self) -> Callable[[ServiceContext], XDTO]:
            data = self.x_input()  # read the form here, on the GUI thread
            return lambda ctx: service.save_x(ctx, self.x.id, self.x.version, data)

        def _saved(self, saved: XDTO) -> None:
            self.result_x = saved  # stored before accept(), so a slot on accepted sees it

    While the call runs the dialog is busy: its action buttons are disabled and it shows a busy
    cursor, but it keeps painting. Cancel (or Escape, or closing the window) then waits for the
    call: a save already on its way is not silently thrown away, and the dialog closes with its
    outcome. A :class:`ValidationError` is shown under its field and the dialog stays open. When
    the database is unavailable the dialog stays open with what was typed and offers Try again
    if trying may help. Any other refusal (a conflict, a rule, a record gone) is shown in words;
    by default the dialog then closes with :attr:`needs_reload` set, so the caller reloads what
    it shows.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    #: True when a save starts, False when it has ended (whatever its outcome).
    saving_changed = Signal(bool)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: True when a refusal closed the dialog: what the caller shows may be out of date.
        self.needs_reload = False
        self._errors: dict[str, QLabel] = {}
        self._saving = False
        self._close_when_saved = False
        self._held: list[QPushButton] = []
        # Shift+F1 then a click explains a field: a modal dialog blocks the main window's
        # What's This action, so each dialog carries its own.
        self.addAction(QWhatsThis.createAction(self))

    @property
    def saving(self) -> bool:
        """True while the dialog's service call runs."""
        return self._saving

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
        errors.clear_field_errors(self._errors)
        fit_wrapped_labels(self, self._errors.values())

    def submit(
        self,
        prepare: Callable[[], Callable[[ServiceContext], T]],
        on_saved: Callable[[T], None],
        *,
        close_on_refusal: bool = True,
        on_refused: Callable[[DomainError], None] | None = None,
    ) -> bool:
        """Read the form and run its service call on the data lane; accept when it succeeds.

        Args:
            prepare: Runs now, on the GUI thread: reads the form (a :class:`ValidationError`
                for what cannot be read is shown under its field) and returns the work, a
                function of the services' context that must not touch widgets.
            on_saved: Called with the work's result (on the GUI thread) just before the dialog
                accepts.
            close_on_refusal: Whether a refusal other than field errors closes the dialog.
            on_refused: Handles such a refusal instead (the dialog then stays open).

        Returns:
            True when the call started (in tests, with synchronous workers, it has also ended);
            False when the form could not be read or a call is already running.
        """
        if self._saving:
            return False
        errors.clear_field_errors(self._errors)
        try:
            work = prepare()
        except ValidationError as exc:
            errors.show_field_errors(self._errors, exc)
            return False

        def retry() -> None:
            self.submit(prepare, on_saved, close_on_refusal=close_on_refusal, on_refused=on_refused)

        def saved(result: T) -> None:
            self._set_saving(False)
            on_saved(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_saving(False)
            if self._close_when_saved:
                self._closed_while_saving(exc)
            elif isinstance(exc, ValidationError):
                errors.show_field_errors(self._errors, exc)
            elif isinstance(exc, DatabaseUnavailable):
                # Rolled back, so trying the same call again is safe; the form keeps its text.
                errors.handle_service_error(self, exc, retry=retry)
            elif isinstance(exc, DomainError):
                (on_refused or self._refused(close_on_refusal))(exc)
            else:
                raise exc

        self._set_saving(True)
        runner_for(self.ctx).run(Operation(self, work, saved, failed, lane=Lane.DATA))
        return True

    def read(
        self,
        fn: Callable[[ServiceContext], T],
        on_read: Callable[[T], None],
        *,
        key: str = "read",
        lane: Lane = Lane.DATA,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read what the dialog shows on a database lane; ``on_read`` fills it when it comes.

        A newer read with the same ``key`` supersedes an older one (its result is dropped).
        Without ``on_failure`` a refusal is shown in words, with Try again (the same read) when
        the database was busy or the connection lost.
        """

        def again() -> None:
            self.read(fn, on_read, key=key, lane=lane)

        def failed(exc: BaseException) -> None:
            if not errors.handle_service_error(self, exc, retry=again):
                raise exc

        operation = Operation(self, fn, on_read, on_failure or failed, lane=lane, key=key)
        runner_for(self.ctx).run(operation)

    def reject(self) -> None:
        """Cancel; while a save runs, close once it has ended (with its outcome)."""
        if self._saving:
            self._close_when_saved = True
            return
        super().reject()

    def _closed_while_saving(self, exc: BaseException) -> None:
        # The user asked to close while the call ran and it was refused: nothing was saved, so
        # close without a message; a refusal other than field errors or an unavailable database
        # (a conflict, a record gone) means what the caller shows is out of date.
        if isinstance(exc, DomainError) and not isinstance(
            exc, ValidationError | DatabaseUnavailable
        ):
            self.needs_reload = True
        super().reject()
        if not isinstance(exc, DomainError):
            raise exc

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        if saving:
            self._close_when_saved = False
            self._held = [
                button
                for box in self.findChildren(QDialogButtonBox)
                for button in box.buttons()
                if isinstance(button, QPushButton)
                and box.buttonRole(button) in _ACTION_ROLES
                and button.isEnabled()
            ]
            for button in self._held:
                button.setEnabled(False)
        else:
            for button in self._held:
                button.setEnabled(True)
            self._held = []
        self.saving_changed.emit(saving)

    def _refused(self, close: bool) -> Callable[[DomainError], None]:
        def refused(exc: DomainError) -> None:
            if close:
                self.needs_reload = True
            errors.handle_service_error(self, exc)
            if close:
                self.reject()

        return refused
