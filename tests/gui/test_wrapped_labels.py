"""fit_wrapped_labels: a word-wrapped label is as tall as its text, also when the text changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.widgets.forms import fit_label, fit_wrapped_labels

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


class _CountingLabel(QLabel):
    """A label that counts the height changes asked of it."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.height_calls = 0

    def setMinimumHeight(self, height: int) -> None:  # noqa: N802 (Qt's name)
        self.height_calls += 1
        super().setMinimumHeight(height)

    def setFixedHeight(self, height: int) -> None:  # noqa: N802 (Qt's name)
        self.height_calls += 1
        super().setFixedHeight(height)


def test_fit_label_changes_nothing_when_neither_text_nor_width_changed(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QFormLayout(form)
    label = _CountingLabel(LONG)
    label.setWordWrap(True)
    layout.addRow("", label)
    fit_wrapped_labels(form, [label])
    form.resize(260, 400)
    form.show()
    qtbot.waitExposed(form)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    long_height = label.height()
    label.height_calls = 0
    for _ in range(3):
        fit_label(label)
        label.repaint()
    qtbot.wait(50)
    assert label.height_calls == 0
    label.setText("Short")
    qtbot.waitUntil(lambda: label.height() < long_height)
    assert label.height_calls > 0


def test_a_shown_label_at_rest_asks_for_no_layout(qtbot: QtBot) -> None:
    form, label = _form(qtbot)
    label.setText(LONG)
    qtbot.waitUntil(lambda: label.height() == label.heightForWidth(label.width()))
    qtbot.wait(100)  # let the fitting settle
    requests: list[QObject] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(watched)
            return False

    counter = Counter()
    form.installEventFilter(counter)
    for _ in range(5):
        label.repaint()
        form.repaint()
    qtbot.wait(200)
    form.removeEventFilter(counter)
    assert requests == []
