"""Showing service failures to the user: field errors, conflicts, refused rules.

The views and dialogs share these helpers so a failure looks the same everywhere:

* :func:`show_field_errors` puts each message of a :class:`ValidationError` in the red label
  under its input (and in the input's accessible description, for screen readers);
* :func:`handle_service_error` shows any other :class:`DomainError` (a conflict offers Reload);
* :func:`clear_field_errors` empties the labels before the next attempt.

and :func:`call_service` puts the three together around one service call. Typical use in a
view::

    self._error_labels = {"value": self.ui.valueError, "source": self.ui.sourceError}
    saved = call_service(self, self._error_labels, lambda: assets.update_asset(...),
                         reload=self.refresh)
    if saved is None:
        return False

Dialogs derive from :class:`enforcement_desktop.gui.dialogs.base.ServiceDialog`, which does the
same and closes the dialog on success.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from enforcement_desktop.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    DomainError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)

T = TypeVar("T")

#: Style of an error label under an input (also set on labels made by :func:`make_error_label`).
ERROR_STYLE = "color: #b00020;"
#: Key under which a message that belongs to no known field is shown (if a label is given for it).
GENERAL_FIELD = "__all__"


class InputError(ValidationError):
    """What was typed in one input cannot be read at all (e.g. a date that does not exist).

    Raised by an input's ``value()`` (see ``OptionalDateEdit``); it is a
    :class:`ValidationError`, so wherever a service call is wrapped the message is shown like
    the service's own, and :func:`show_field_errors` puts it under the label whose buddy is
    ``widget`` whatever that field is called.

    Args:
        widget: The input whose text could not be read.
        message: Why, as a sentence for the user ("Not a date: 31/02/2026 (...)").
    """

    def __init__(self, widget: QWidget, message: str) -> None:
        self.widget = widget
        super().__init__({GENERAL_FIELD: message})
        self.args = (message,)  # str() is the sentence, without the catch-all field's key


def make_error_label(parent: QWidget | None = None) -> QLabel:
    """A hidden, red, word-wrapped label to place under an input."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def _buddy(label: QLabel) -> QWidget | None:
    """The input the error label describes: its buddy, else an input named after it."""
    buddy = label.buddy()
    if buddy is not None:
        return buddy
    widget = label.property("errorFor")
    return widget if isinstance(widget, QWidget) else None


def _label_beside(labels: Mapping[str, QLabel], widget: QWidget) -> QLabel | None:
    """The error label (among ``labels``) that describes ``widget``, if there is one."""
    return next((label for label in labels.values() if _buddy(label) is widget), None)


def clear_field_errors(labels: Mapping[str, QLabel]) -> None:
    """Hide every error label and drop the error from its input's accessible description."""
    for label in labels.values():
        label.clear()
        label.setVisible(False)
        buddy = _buddy(label)
        if buddy is not None:
            buddy.setAccessibleDescription("")
            buddy.setProperty("invalid", False)


def show_field_errors(labels: Mapping[str, QLabel], error: ValidationError) -> None:
    """Show each message of ``error`` under its field; messages with no label go together.

    Messages for fields that have no label are shown in the ``GENERAL_FIELD`` label if there is
    one, else appended to the first shown label, so the user never loses a message. The first
    field in error gets the keyboard focus.
    """
    clear_field_errors(labels)
    leftovers: list[str] = []
    first_input: QWidget | None = None
    first_label: QLabel | None = None
    for field, message in error.errors.items():
        label = labels.get(field)
        if isinstance(error, InputError):
            label = _label_beside(labels, error.widget) or label
        if label is None:
            leftovers.append(message if field == GENERAL_FIELD else f"{field}: {message}")
            continue
        label.setText(message)
        label.setStyleSheet(ERROR_STYLE)
        label.setVisible(True)
        label.setAccessibleName(f"Error: {message}")
        first_label = first_label or label
        buddy = _buddy(label)
        if buddy is not None:
            buddy.setAccessibleDescription(f"Error: {message}")
            buddy.setProperty("invalid", True)
            first_input = first_input or buddy
    if leftovers:
        target = labels.get(GENERAL_FIELD) or first_label
        text = "\n".join(leftovers)
        if target is not None:
            existing = target.text()
            target.setText(f"{existing}\n{text}" if existing else text)
            target.setStyleSheet(ERROR_STYLE)
            target.setVisible(True)
        else:
            parent = next(iter(labels.values())).window() if labels else None
            QMessageBox.warning(parent, "Please correct", text)
    if first_input is not None:
        first_input.setFocus()


def show_conflict(parent: QWidget | None, error: ConflictError) -> bool:
    """Say who changed the record and when; True when the user chose Reload."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Changed by someone else")
    who = error.changed_by or "another user"
    when = f" at {error.changed_at}" if error.changed_at else ""
    box.setText(f"This {error.entity.replace('_', ' ')} was changed by {who}{when}.")
    box.setInformativeText(
        "Nothing of yours was saved. Reload to see their changes, then make yours again."
    )
    reload_button = box.addButton("&Reload", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(reload_button)
    box.exec()
    return box.clickedButton() is reload_button


def ask_try_again(parent: QWidget | None, error: DatabaseUnavailable, *, can_retry: bool) -> bool:
    """Say the database could not be used; True when the user chose Try again.

    Try again is offered only when trying may help (``error.retryable``: a lock, a lost
    connection) and the caller can run the action again (``can_retry``); otherwise only OK.
    The message already says that nothing of the action was saved.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Database unavailable")
    box.setText(str(error))
    try_again = None
    if error.retryable and can_retry:
        try_again = box.addButton("&Try again", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(try_again)
    else:
        box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return try_again is not None and box.clickedButton() is try_again


def handle_service_error(
    parent: QWidget | None,
    exc: BaseException,
    reload: Callable[[], None] | None = None,
    retry: Callable[[], object] | None = None,
) -> bool:
    """Show a user-facing failure from a service; False when ``exc`` is not one (re-raise it).

    * :class:`ConflictError`: "changed by X at Y", Reload (calls ``reload``) or Cancel;
    * :class:`RuleViolation`: a warning with the rule's reasons, one per line;
    * :class:`NotFoundError`: a warning, then ``reload`` (the record went away);
    * :class:`ValidationError` with no field labels at hand: the messages in a warning;
    * :class:`DatabaseUnavailable`: its message, and Try again (calls ``retry``, the action
      that failed) when trying again may help.
    """
    if isinstance(exc, DatabaseUnavailable):
        if ask_try_again(parent, exc, can_retry=retry is not None) and retry is not None:
            retry()
        return True
    if isinstance(exc, ConflictError):
        if show_conflict(parent, exc) and reload is not None:
            reload()
        return True
    if isinstance(exc, RuleViolation):
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Not allowed")
        message = str(exc.args[0]) if exc.args else str(exc)
        if exc.reasons and message.endswith(": " + "; ".join(exc.reasons)):
            message = message[: -len(": " + "; ".join(exc.reasons))]
        box.setText(message)
        if exc.reasons:
            box.setInformativeText("\n".join(f"• {reason}" for reason in exc.reasons))
        box.exec()
        return True
    if isinstance(exc, NotFoundError):
        QMessageBox.warning(parent, "Not found", str(exc))
        if reload is not None:
            reload()
        return True
    if isinstance(exc, ValidationError):
        QMessageBox.warning(
            parent,
            "Please correct",
            "\n".join(f"{field}: {message}" for field, message in exc.errors.items()),
        )
        return True
    if isinstance(exc, DomainError):
        QMessageBox.warning(parent, "Could not complete", str(exc))
        return True
    return False


def call_service(
    parent: QWidget | None,
    labels: Mapping[str, QLabel],
    call: Callable[[], T],
    *,
    reload: Callable[[], None] | None = None,
    on_invalid: Callable[[ValidationError], None] | None = None,
    on_refused: Callable[[DomainError], None] | None = None,
) -> T | None:
    """Run one service call with its field errors shown; its result, or None when refused.

    The labels are cleared first. A :class:`ValidationError` is shown under its fields (then
    ``on_invalid`` runs, e.g. to say so in the status bar). When the database is unavailable
    (:class:`DatabaseUnavailable`) the user may Try again, which runs ``call`` again, as often
    as they like; the form is left as it was, so nothing typed is lost. Any other
    :class:`DomainError` goes to ``on_refused`` when given, else to :func:`handle_service_error`
    with ``reload``. Every service called this way returns a value, so None always means "not
    done".

    Args:
        parent: The window a message box belongs to.
        labels: The error labels by field name (see :func:`show_field_errors`).
        call: The service call, e.g. ``lambda: assets.update_asset(ctx, ...)``.
        reload: Passed to :func:`handle_service_error` (Reload after a conflict).
        on_invalid: Runs after the field errors are shown.
        on_refused: Handles a refusal instead of :func:`handle_service_error`.
    """
    while True:
        clear_field_errors(labels)
        try:
            return call()
        except ValidationError as exc:
            show_field_errors(labels, exc)
            if on_invalid is not None:
                on_invalid(exc)
        except DatabaseUnavailable as exc:
            # The unit of work rolled back: running the same call again is safe.
            if ask_try_again(parent, exc, can_retry=True):
                continue
        except DomainError as exc:
            if on_refused is not None:
                on_refused(exc)
            else:
                handle_service_error(parent, exc, reload=reload)
        return None
