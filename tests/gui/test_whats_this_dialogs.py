"""What's This on every input of the dialogs that are not ServiceDialogs (the pack, the batch of
packs, preferences, the passphrase, the unknown login, the users): each is opened as the app
opens it (``tests/gui/test_idle.py``'s openers) and every input it shows must explain itself in
a sentence or two, naming the procedure step where one applies and never "seed"."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui import dialogs
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset
from tests.gui.test_idle import DIALOG_FORMS, dialog_openers

pytestmark = pytest.mark.gui

_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _is_input(widget: QWidget, dialog: QDialog) -> bool:
    """A field the user fills or picks from, or a choice they tick; not a push button."""
    if isinstance(widget, QAbstractButton):
        return widget.isCheckable() and not isinstance(widget.parent(), QDialogButtonBox)
    if not isinstance(widget, _INPUTS):
        return False
    # The line edit inside an editable combo or a spin box is part of it.
    parent = widget.parentWidget()
    return not (isinstance(widget, QLineEdit) and isinstance(parent, QComboBox | QAbstractSpinBox))


def _inputs(dialog: QDialog) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if _is_input(w, dialog) and w.objectName() and not w.objectName().startswith("qt_")
    ]


def dialog_name(form: str) -> str:
    """The class an opener of test_idle makes: its key up to a form's name in brackets."""
    return form.split(" (", 1)[0]


def _plain_dialogs() -> set[str]:
    """The dialog classes of ``gui/dialogs`` that do not derive from ServiceDialog."""
    found = set()
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"{dialogs.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            ours = cls.__module__ == module.__name__ and not name.startswith("_")
            if ours and issubclass(cls, QDialog) and not issubclass(cls, ServiceDialog):
                found.add(name)
    return found


PLAIN = _plain_dialogs()
#: Each form of those dialogs, as the app opens it (a new one without an opener fails in
#: test_idle's test_every_dialog_is_watched).
PLAIN_FORMS = [name for name in DIALOG_FORMS if dialog_name(name) in PLAIN]


def test_the_plain_dialogs_are_found() -> None:
    assert {"BailiffPackDialog", "PreferencesDialog", "UsersDialog"} <= PLAIN
    assert {dialog_name(name) for name in PLAIN_FORMS} == PLAIN


@pytest.mark.parametrize("name", PLAIN_FORMS)
def test_every_input_of_a_dialog_says_what_it_is(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, qsettings: QSettings, name: str
) -> None:
    dialog = dialog_openers()[name](ctx, data, qsettings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Shift+F1 works inside the (modal) dialog, as in a ServiceDialog.
    shift_f1 = QKeySequence(QKeySequence.StandardKey.WhatsThis)
    assert any(a.shortcut() == shift_f1 for a in dialog.actions()), name
    inputs = _inputs(dialog)
    assert inputs, f"{name}: no inputs found"
    missing = [w.objectName() for w in inputs if not w.whatsThis()]
    assert not missing, f"{name}: no What's This on {missing}"
    for widget in inputs:
        text = widget.whatsThis()
        assert len(text) > 40 and text.rstrip().endswith("."), (widget.objectName(), text)
        assert not re.search(r"\bseed", text, re.IGNORECASE), (widget.objectName(), text)
