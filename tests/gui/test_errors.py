"""The shared error helpers: field errors next to their inputs, conflicts, refused rules."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    make_error_label,
    show_field_errors,
)
from tests.gui.helpers import message_boxes

pytestmark = pytest.mark.gui


def test_field_errors_go_under_their_inputs_and_clear(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    value = QLineEdit(form)
    value_error = make_error_label(form)
    value_error.setBuddy(value)
    general = QLabel(form)
    labels = {"value": value_error, GENERAL_FIELD: general}
    form.show()
    show_field_errors(
        labels, ValidationError({"value": "Enter an amount", "source": "Choose a source"})
    )
    assert value_error.isVisible() and value_error.text() == "Enter an amount"
    assert value.accessibleDescription() == "Error: Enter an amount"
    assert general.isVisible() and "source: Choose a source" in general.text()
    assert value.hasFocus() or not form.isActiveWindow()
    clear_field_errors(labels)
    assert not value_error.isVisible() and value.accessibleDescription() == ""


def test_service_errors_in_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    reloaded: list[bool] = []
    with message_boxes(monkeypatch) as boxes:
        assert handle_service_error(
            None,
            ConflictError("asset", 4, "j.bloggs", "23/11/2026 09:15"),
            reload=lambda: reloaded.append(True),
        )
        assert handle_service_error(None, RuleViolation("Refused", ["rule one", "rule two"]))
        assert handle_service_error(None, NotFoundError("asset", 9))
        assert not handle_service_error(None, KeyError("not ours"))
    assert "changed by j.bloggs at 23/11/2026 09:15" in boxes.shown[0]
    assert boxes.shown[1] == "Refused\n• rule one\n• rule two"
    assert "No asset found for 9" in boxes.shown[2]
    assert reloaded == []  # Cancel (the patched box's answer) does not reload
