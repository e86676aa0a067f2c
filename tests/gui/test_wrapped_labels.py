"""fit_wrapped_labels: a word-wrapped label is as tall as its text, also when the text changes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.widgets.forms import fit_wrapped_labels

pytestmark = pytest.mark.gui

LONG = "A message long enough to wrap onto several lines under a narrow field, " * 3


def _form(qtbot: QtBot) -> tuple[QWidget, QLabel]:
    form = QWidget()
    layout = QFormLayout(form)
    layout.addRow("Field:", QLineEdit())
    label = QLabel("Short")
    label.setWordWrap(True)
    layout.addRow("", label)
    fit_wrapped_labels(form, [label])
    qtbot.addWidget(form)
    form.resize(260, 400)
    form.show()
    qtbot.waitExposed(form)
    return form, label


def test_label_fits_its_text_when_shown(qtbot: QtBot) -> None:
    _owner, label = _form(qtbot)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))


def test_label_follows_a_text_changed_while_it_is_shown(qtbot: QtBot) -> None:
    _owner, label = _form(qtbot)
    short_height = label.heightForWidth(label.width())
    qtbot.waitUntil(lambda: label.height() == short_height)
    label.setText(LONG)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    assert label.height() > 2 * short_height
    label.setText("Short again")
    qtbot.waitUntil(lambda: label.height() == short_height)
