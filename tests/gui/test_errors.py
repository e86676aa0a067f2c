"""The shared error helpers: field errors next to their inputs, conflicts, refused rules."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.errors import (
    ConflictError,
    DatabaseUnavailable,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    InputError,
    call_service,
    clear_field_errors,
    handle_service_error,
    make_error_label,
    show_field_errors,
)
from enforcement_desktop.gui.worker import run_in_background
from enforcement_desktop.services.base import ServiceContext
from tests.gui.boxes import AnswerBoxes
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


# --------------------------------------------------------------------------- database unavailable


class _FailsFirst:
    """A service call that fails ``times`` times with DatabaseUnavailable, then succeeds."""

    def __init__(self, times: int, *, retryable: bool = True) -> None:
        self.times = times
        self.retryable = retryable
        self.calls = 0

    def __call__(self) -> str:
        self.calls += 1
        if self.calls <= self.times:
            raise DatabaseUnavailable(BUSY, retryable=self.retryable)
        return "saved"


BUSY = "The database is busy: another user or program is saving to it. Try again in a moment."


def test_try_again_runs_the_call_again(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    call = _FailsFirst(1)
    answer = AnswerBoxes("Try again")
    assert call_service(form, {}, call) == "saved"
    assert call.calls == 2
    assert answer.boxes == [(BUSY, ["Try again", "Cancel"])]


def test_try_again_can_fail_again_and_be_cancelled(qtbot: QtBot) -> None:
    call = _FailsFirst(5)
    answer = AnswerBoxes("Try again", "Cancel")
    assert call_service(None, {}, call) is None
    assert call.calls == 2, "tried again once, then cancelled"
    assert [buttons for _text, buttons in answer.boxes] == [["Try again", "Cancel"]] * 2


def test_a_failure_that_trying_again_cannot_mend_offers_only_ok(qtbot: QtBot) -> None:
    call = _FailsFirst(1, retryable=False)
    answer = AnswerBoxes("OK")
    assert call_service(None, {}, call) is None
    assert call.calls == 1
    assert answer.boxes == [(BUSY, ["OK"])]


def test_callers_give_handle_service_error_the_action_to_try_again(qtbot: QtBot) -> None:
    call = _FailsFirst(1)
    results: list[str] = []

    def action() -> None:
        try:
            results.append(call())
        except DatabaseUnavailable as exc:
            assert handle_service_error(None, exc, retry=action)

    answer = AnswerBoxes("Try again")
    action()
    assert results == ["saved"] and call.calls == 2
    assert answer.boxes[0][1] == ["Try again", "Cancel"]
    # Without an action to run again there is nothing to try: OK only.
    answer = AnswerBoxes("OK")
    assert handle_service_error(None, DatabaseUnavailable(BUSY, retryable=True))
    assert answer.boxes == [(BUSY, ["OK"])]


def test_a_dialog_stays_open_with_what_was_typed_when_the_database_is_unavailable(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    dialog = ServiceDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    call = _FailsFirst(1)
    saved: list[str] = []
    answer = AnswerBoxes("Cancel")
    assert dialog.submit(lambda: lambda _ctx: call(), saved.append)
    assert saved == [] and call.calls == 1
    assert dialog.isVisible() and not dialog.needs_reload
    assert answer.boxes[0][1] == ["Try again", "Cancel"]


def test_background_work_offers_try_again(qtbot: QtBot) -> None:
    call = _FailsFirst(1)
    results: list[str] = []
    answer = AnswerBoxes("Try again")
    run_in_background(call, results.append)
    qtbot.waitUntil(lambda: results == ["saved"])
    assert call.calls == 2
    assert answer.boxes[0] == (BUSY, ["Try again", "Cancel"])


def test_text_that_cannot_be_read_is_shown_beside_its_input(qtbot: QtBot) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    paid_on = QLineEdit(form)
    paid_on_error = make_error_label(form)
    paid_on_error.setBuddy(paid_on)
    general = make_error_label(form)
    labels = {"paid_on": paid_on_error, GENERAL_FIELD: general}
    form.show()
    error = InputError(paid_on, "Not a date: 31/02/2026 (February 2026 has 28 days)")
    assert str(error) == "Not a date: 31/02/2026 (February 2026 has 28 days)"

    def read_the_date() -> None:
        raise error

    assert call_service(form, labels, read_the_date) is None
    assert paid_on_error.isVisible() and paid_on_error.text() == str(error)
    assert not general.isVisible()
    assert paid_on.accessibleDescription() == f"Error: {error}"
