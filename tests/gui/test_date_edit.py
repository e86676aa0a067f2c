"""OptionalDateEdit keeps what the user typed: the date typed is the date saved, or the field
says why the text is not a date. Driven with real key and mouse events."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    LegacyActionKind,
    SrStatus,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.gui.dialogs.bailiff_dialogs import OutcomeDialog
from enforcement_desktop.gui.dialogs.legacy_action_dialog import LegacyActionDialog
from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.widgets.date_edit import NOT_SET, OptionalDateEdit
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset
from tests.gui.test_idle import DIALOG_FORMS, _dialog_name, dialog_openers

pytestmark = pytest.mark.gui


@dataclass
class Form:
    window: QWidget
    before: QLineEdit
    edit: OptionalDateEdit
    after: QLineEdit


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[Form]:
    """A line edit, the date edit and another line edit, in that tab order, in an active window."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before, edit, after = QLineEdit(window), OptionalDateEdit(window), QLineEdit(window)
    for widget in (before, edit, after):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield Form(window, before, edit, after)


def _focus(qtbot: QtBot, form: Form, how: str) -> None:
    """Give the date edit the keyboard focus the way a user does."""
    if how == "shift_tab":
        form.after.setFocus()
        qtbot.waitUntil(form.after.hasFocus)
        qtbot.keyClick(form.after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    elif how == "tab":
        form.before.setFocus()
        qtbot.waitUntil(form.before.hasFocus)
        qtbot.keyClick(form.before, Qt.Key.Key_Tab)
    else:
        qtbot.mouseClick(form.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.edit.hasFocus)


def _leave(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not form.edit.hasFocus())


def test_set_shown_and_cleared(qtbot: QtBot) -> None:
    """(Was test_asset_view.test_optional_date_edit; typing into an empty field no longer
    starts from today's date: what is typed is what is kept.)"""
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and not edit.is_set()
    assert (edit.text(), edit.placeholderText()) == ("", "Not set")
    assert edit.date() == NOT_SET
    edit.set_value(date(2026, 11, 23))
    assert edit.text() == "23/11/2026"
    assert edit.value() == date(2026, 11, 23) and edit.date() == QDate(2026, 11, 23)
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_1)
    assert edit.text() == "1" and edit.is_set()
    assert edit.parse_error() == "Not a date: 1 (type it as dd/mm/yyyy, e.g. 23/11/2026)"
    assert not edit.date().isValid()
    edit.clear_value()
    assert not edit.is_set() and edit.value() is None


@pytest.mark.parametrize("typed", ["01/01/2030", "1/1/2030", "01012030", "01.01.2030"])
@pytest.mark.parametrize("start", [None, date(2026, 11, 23), date(2026, 4, 4)])
@pytest.mark.parametrize("how", ["shift_tab", "tab", "click"])
def test_the_date_typed_is_the_date_kept(
    qtbot: QtBot, form: Form, how: str, start: date | None, typed: str
) -> None:
    form.edit.set_value(start)
    _focus(qtbot, form, how)
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    assert form.edit.value() == date(2030, 1, 1), "read as typed, before leaving the field"
    _leave(qtbot, form)
    assert form.edit.value() == date(2030, 1, 1)
    assert form.edit.text() == "01/01/2030"


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31/02/2026", "February 2026 has 28 days"),
        ("29/02/2027", "February 2027 has 28 days"),
        ("12/13/2026", "there is no month 13"),
        ("1/1/30", "type the year in full"),
        ("tomorrow", "type it as dd/mm/yyyy"),
    ],
)
def test_text_that_is_not_a_date_stays_and_says_why(
    qtbot: QtBot, form: Form, typed: str, reason: str
) -> None:
    form.edit.set_value(date(2026, 11, 23))
    _focus(qtbot, form, "shift_tab")
    qtbot.keyClicks(QApplication.focusWidget(), typed)
    _leave(qtbot, form)
    assert form.edit.text() == typed, "never put back to the date it held before"
    assert form.edit.is_set()
    message = form.edit.parse_error()
    assert message is not None
    assert message.startswith(f"Not a date: {typed}") and reason in message
    with pytest.raises(ValidationError) as raised:
        form.edit.value()
    assert list(raised.value.errors.values()) == [message]


def test_a_date_that_exists_is_kept_even_if_february(qtbot: QtBot, form: Form) -> None:
    _focus(qtbot, form, "tab")
    qtbot.keyClicks(form.edit, "29/02/2028")
    _leave(qtbot, form)
    assert form.edit.value() == date(2028, 2, 29)
    assert form.edit.parse_error() is None


def test_delete_on_the_selected_date_leaves_it_not_set(qtbot: QtBot, form: Form) -> None:
    form.edit.set_value(date(2026, 11, 23))
    _focus(qtbot, form, "tab")  # the keyboard selects the whole date
    qtbot.keyClick(form.edit, Qt.Key.Key_Delete)
    assert form.edit.value() is None
    assert not form.edit.is_set()
    assert form.edit.placeholderText() == "Not set"
    _leave(qtbot, form)
    assert form.edit.value() is None and form.edit.text() == ""


def test_date_changed_follows_what_is_typed(qtbot: QtBot, form: Form) -> None:
    seen: list[QDate] = []
    form.edit.dateChanged.connect(seen.append)
    _focus(qtbot, form, "tab")
    qtbot.keyClicks(form.edit, "02/11/2026")
    # Something not yet a date (an invalid QDate), then the date once it is complete.
    assert seen[0] == QDate() and seen[-1] == QDate(2026, 11, 2)
    seen.clear()
    _leave(qtbot, form)
    assert seen == [], "tidying the text on leaving is not a change"
    form.edit.set_value(None)
    assert seen == [NOT_SET]


def test_up_and_down_move_a_day(qtbot: QtBot, form: Form) -> None:
    form.edit.set_value(date(2026, 12, 31))
    _focus(qtbot, form, "tab")
    qtbot.keyClick(form.edit, Qt.Key.Key_Up)
    assert form.edit.value() == date(2027, 1, 1)
    qtbot.keyClick(form.edit, Qt.Key.Key_Down)
    qtbot.keyClick(form.edit, Qt.Key.Key_Down)
    assert form.edit.value() == date(2026, 12, 30)
    assert form.edit.text() == "30/12/2026"


def test_the_calendar_picks_a_date(qtbot: QtBot, form: Form) -> None:
    _focus(qtbot, form, "tab")
    qtbot.keyClick(form.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = form.edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    # An empty field opens on today.
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.setSelectedDate(QDate(2026, 3, 14))
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert form.edit.value() == date(2026, 3, 14)
    assert form.edit.hasFocus()


def test_today_and_clear_from_the_context_menu(qtbot: QtBot, form: Form) -> None:
    actions = {action.text(): action for action in form.edit.date_actions()}
    actions["&Today"].trigger()
    assert form.edit.date() == QDate.currentDate()
    actions["&Clear (not set)"].trigger()
    assert form.edit.value() is None


# --------------------------------------------------------------------------- in a dialog


def _error_label_of(form: QWidget, edit: QWidget) -> QLabel:
    """The error label beside ``edit`` (its buddy or, in the enforce form, its errorFor)."""
    labels = [
        label
        for label in form.findChildren(QLabel)
        if edit in (label.buddy(), label.property("errorFor"))
        and label.objectName().lower().endswith("error")
    ]
    assert len(labels) == 1
    return labels[0]


def _next_in_tab_order(edit: QWidget) -> QWidget:
    widget = edit.nextInFocusChain()
    while (
        widget is edit
        or edit.isAncestorOf(widget)
        or not widget.isVisible()
        or not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    ):
        widget = widget.nextInFocusChain()
    return widget


@pytest.fixture
def payment(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> PaymentDialog:
    dialog = PaymentDialog(ctx, orders.get_order(ctx, data.pat_lo_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClicks(dialog.ui.amountEdit, "10.00")
    return dialog


def _type_paid_on(qtbot: QtBot, dialog: PaymentDialog, text: str) -> None:
    """Shift+Tab into the date from the field after it, then type the whole date."""
    edit = dialog.ui.paidOnEdit
    following = _next_in_tab_order(edit)
    following.setFocus()
    qtbot.waitUntil(following.hasFocus)
    qtbot.keyClick(following, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_a_date_typed_after_shift_tab_is_the_date_saved(
    qtbot: QtBot, payment: PaymentDialog, ctx: ServiceContext, data: Dataset
) -> None:
    _type_paid_on(qtbot, payment, "02/11/2026")  # over today's date, 23/11/2026
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert payment.result() == PaymentDialog.DialogCode.Accepted
    paid = orders.get_order(ctx, data.pat_lo_id).payments
    assert [(p.paid_on, p.amount) for p in paid] == [(date(2026, 11, 2), Decimal("10.00"))]


def test_a_date_that_does_not_exist_is_reported_beside_the_field(
    qtbot: QtBot, payment: PaymentDialog, ctx: ServiceContext, data: Dataset
) -> None:
    _type_paid_on(qtbot, payment, "31/02/2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert payment.isVisible(), "nothing saved: the dialog stays open"
    error = _error_label_of(payment, payment.ui.paidOnEdit)
    assert error.isVisible()
    assert error.text().startswith("Not a date: 31/02/2026")
    assert payment.ui.paidOnEdit.text() == "31/02/2026"
    assert orders.get_order(ctx, data.pat_lo_id).payments == ()


# --------------------------------------------------------------------------- in a view


def test_an_enforce_form_date_is_kept_or_reported_in_the_activity_plan(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    issue = view.findChild(OptionalDateEdit, "ef_bailiff_issue_date")
    assert issue is not None
    view.ui.detailTabs.setCurrentWidget(view.ui.formTab)
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(issue, "31/02/2026")  # each key asks whether the form has changed
    assert view.has_unsaved_changes()
    assert view.save() is False
    error = _error_label_of(view, issue)
    assert error.isVisible() and error.text().startswith("Not a date: 31/02/2026")
    stored = srs.get_service_request(ctx, data.wait_sr_id).enforce_form
    assert stored is not None and stored.values.bailiff_issue_date is None

    issue.selectAll()
    qtbot.keyClicks(issue, "20/11/2026")
    assert view.save() is True
    stored = srs.get_service_request(ctx, data.wait_sr_id).enforce_form
    assert stored is not None and stored.values.bailiff_issue_date == date(2026, 11, 20)


# --------------------------------------------------------------------------- every user


def _choose_outcome(dialog: QDialog) -> None:
    # The outcome dialog asks for its two choices before it reads any date.
    assert isinstance(dialog, OutcomeDialog)
    select_value(dialog.ui.outcomeCombo, BailiffOutcome.NOT_SUCCESSFUL)
    select_value(dialog.ui.outcomeTypeCombo, BailiffOutcomeType.RETURNED_BY_BAILIFF)
    dialog.ui.nullaBonaCheck.setChecked(True)


def _choose_legacy_action(dialog: QDialog) -> None:
    # Record legacy action asks which action before it reads the dates.
    assert isinstance(dialog, LegacyActionDialog)
    select_value(dialog.ui.kindCombo, LegacyActionKind.EJO)


#: What a dialog needs filled before its save reads the dates.
_PREPARE: dict[str, Callable[[QDialog], None]] = {
    "OutcomeDialog": _choose_outcome,
    "LegacyActionDialog": _choose_legacy_action,
}


def test_every_date_field_of_every_dialog_reports_text_that_is_not_a_date(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, qsettings: QSettings
) -> None:
    """Each date the user can type in, in turn: saving says why beside it, and stays open."""
    openers = dialog_openers()
    fields: list[tuple[str, str]] = []
    for name in DIALOG_FORMS:  # each form of each dialog (see test_idle.dialog_openers)
        probe = openers[name](ctx, data, qsettings)
        qtbot.addWidget(probe)
        _PREPARE.get(_dialog_name(name), lambda _d: None)(probe)
        fields += [(name, e.objectName()) for e in probe.findChildren(OptionalDateEdit)]
    assert len(fields) >= 15
    checked = []
    for name, edit_name in fields:
        dialog = openers[name](ctx, data, qsettings)
        qtbot.addWidget(dialog)
        _PREPARE.get(_dialog_name(name), lambda _d: None)(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        edit = dialog.findChild(OptionalDateEdit, edit_name)
        assert edit is not None
        if not edit.isEnabled():
            continue  # e.g. the decision date of an open appeal: not read
        default = next((b for b in dialog.findChildren(QPushButton) if b.isDefault()), None)
        if default is not None and not default.isEnabled():
            # Nothing to save, so no date is read: Record pack sent for a client with no pack
            # built.
            continue
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "31/02/2026")
        qtbot.keyClick(edit, Qt.Key.Key_Return)  # the dialog's default button
        where = f"{name}.{edit_name}"
        assert dialog.isVisible(), f"{where}: nothing saved, the dialog stays open"
        error = _error_label_of(dialog, edit)
        assert error.isVisible(), where
        assert error.text().startswith("Not a date: 31/02/2026"), where
        dialog.close()
        checked.append(where)
    assert len(checked) >= 12, checked


def test_a_wait_date_that_is_not_a_date_is_shown_under_it(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    select_value(view.ui.statusCombo, SrStatus.WAIT)
    edit = view.ui.waitDateEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "31/11/2026")
    assert view.apply_status() is False
    assert view.ui.waitDateError.isVisible()
    assert view.ui.waitDateError.text() == "Not a date: 31/11/2026 (November 2026 has 30 days)"
    assert srs.get_service_request(ctx, data.open_sr_id).status == SrStatus.OPEN


def test_a_nulla_bona_date_is_offered_even_when_the_outcome_date_is_not_a_date(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = OutcomeDialog(ctx, srs.get_service_request(ctx, data.wait_sr_id))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.outcomeDateEdit.selectAll()
    qtbot.keyClicks(ui.outcomeDateEdit, "31/02/2026")
    select_value(ui.outcomeTypeCombo, BailiffOutcomeType.RETURNED_BY_BAILIFF)
    ui.nullaBonaCheck.setChecked(True)
    assert ui.nullaBonaEdit.value() == ctx.today()
    assert ui.outcomeDateEdit.text() == "31/02/2026"


def test_no_calendar_button_on_a_date_that_cannot_be_changed(qtbot: QtBot, form: Form) -> None:
    calendar_action = form.edit.date_actions()[-1]
    assert calendar_action.isVisible()
    form.edit.setReadOnly(True)
    assert not calendar_action.isVisible()
    qtbot.keyClick(form.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert not form.edit.calendarWidget().isVisible()
    form.edit.setReadOnly(False)
    form.edit.setEnabled(False)
    assert not calendar_action.isVisible()
    form.edit.setEnabled(True)
    assert calendar_action.isVisible()
