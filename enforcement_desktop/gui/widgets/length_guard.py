"""Text over a field's limit is kept and said, never cut (issue 13 item 10).

QLineEdit's ``maxLength`` cuts pasted text silently: a 312-character paste into a 200-character
field keeps 200 and says nothing, and what was lost is gone. :func:`guard_lengths` takes each
limit off the widget (the ``.ui`` files keep stating them) and watches the text instead: over the
limit, the field's error label says how far ("312 characters; the limit is 200", the words the
service's refusal uses) while the text stays whole for the user to shorten; the save is refused by
the service, which knows the same limits.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from enforcement_desktop.domain.values import too_long
from enforcement_desktop.gui.errors import ERROR_STYLE

#: QLineEdit's own default: no limit worth the name.
NO_LIMIT = 32767
#: The dynamic property holding a field's limit once it is off the widget.
LIMIT_PROPERTY = "lengthLimit"


def limit_of(edit: QLineEdit) -> int | None:
    """The limit :func:`guard_length` watches on ``edit``, if any."""
    limit = edit.property(LIMIT_PROPERTY)
    return limit if isinstance(limit, int) else None


def guard_length(edit: QLineEdit, error: QLabel) -> None:
    """Keep text over ``edit``'s maxLength and say so in ``error`` (its error label)."""
    limit = edit.maxLength()
    if limit >= NO_LIMIT:
        return
    edit.setProperty(LIMIT_PROPERTY, limit)
    edit.setMaxLength(NO_LIMIT)
    # Its own message and the service's refusal both end so; another message is left alone.
    ending = too_long(limit + 1, limit).split(";")[-1]

    def check(text: str) -> None:
        if len(text) > limit:
            message = too_long(len(text), limit)
            error.setText(message)
            error.setStyleSheet(ERROR_STYLE)
            error.setVisible(True)
            edit.setAccessibleDescription(f"Error: {message}")
        elif error.text().endswith(ending):
            error.clear()
            error.setVisible(False)
            edit.setAccessibleDescription("")

    edit.textChanged.connect(check)


def guard_lengths(root: QWidget) -> list[QLineEdit]:
    """Guard every line edit under ``root`` that has a limit and an error label named after it
    (``otherNamesEdit`` → ``otherNamesError``, as :func:`bind_error_labels` pairs them).

    Returns:
        The edits guarded.
    """
    guarded = []
    for edit in root.findChildren(QLineEdit):
        name = edit.objectName()
        if not name.endswith("Edit") or edit.maxLength() >= NO_LIMIT:
            continue
        error = root.findChild(QLabel, name[: -len("Edit")] + "Error")
        if error is None:
            continue
        guard_length(edit, error)
        guarded.append(edit)
    return guarded
