"""Appeals in the Enforcement Orders view: the dialog, the table, and the options they block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import AppealStatus, Power
from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
from enforcement_desktop.gui.models.appeals_model import OPEN_TEXT, AppealsModel
from enforcement_desktop.gui.models.options_model import ALLOWED_MARK, BLOCKED_MARK
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import appeals, notes
from enforcement_desktop.services.appeals import AppealDTO, AppealInput
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset
from tests.gui.helpers import message_boxes

pytestmark = pytest.mark.gui

#: What the rules say of a power while an appeal lodged on 02/11/2026 is open, and once decided.
OPEN_REASON = (
    "An appeal lodged on 02/11/2026 disputes the arrears and is still open, so enforcement on "
    "them waits for the tribunal's decision."
)
DECIDED_REASON = "The appeal lodged on 02/11/2026 is decided, so it no longer holds enforcement."

Step = Callable[[AppealDialog], None]


@dataclass(frozen=True)
class Ran:
    """What a dialog run ended with (read before the view deletes the dialog)."""

    editing: int | None
    accepted: bool
    needs_reload: bool
    result: AppealDTO | None


def ran(dialog: AppealDialog) -> Ran:
    return Ran(
        dialog.appeal.id if dialog.appeal else None,
        dialog.result() == QDialog.DialogCode.Accepted,
        dialog.needs_reload,
        dialog.result_appeal,
    )


def make_view(qtbot: QtBot, ctx: ServiceContext, contact_id: int) -> OrdersView:
    widget = OrdersView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(contact_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_save(qtbot: QtBot, dialog: AppealDialog) -> None:
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def drive(qtbot: QtBot, seen: list[Ran], *steps: Step) -> Callable[[QDialog], bool]:
    """Stand in for exec(): each step fills the dialog, then Save is clicked."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, AppealDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for step in steps:
            step(dialog)
            click_save(qtbot, dialog)
        seen.append(ran(dialog))
        return seen[-1].accepted

    return run


def option(view: OrdersView, power: Power) -> tuple[str, tuple[str, ...]]:
    """The verdict shown for a power, and its reasons."""
    model = view.options_model
    row = model.row_of(lambda o: o.power == power)
    assert row is not None
    shown = model.option_at(row)
    assert shown is not None
    return model.index(row, 1).data(), shown.reasons


def test_add_then_decide_an_appeal_blocks_then_frees_enforcement(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = make_view(qtbot, ctx, data.pat_id)
    messages: list[str] = []
    view.status_message.connect(messages.append)
    assert view.appeals_model.rowCount() == 0
    assert "No open appeal" in view.ui.appealsSummaryLabel.text()
    # One case: no case column.
    assert view.ui.appealsTable.isColumnHidden(AppealsModel.CASE)
    assert not view.ui.editAppealButton.isEnabled()
    assert option(view, Power.BAILIFF)[0] == ALLOWED_MARK

    def decided_date_while_open(dialog: AppealDialog) -> None:
        ui = dialog.ui
        assert dialog.windowTitle() == "Add appeal"
        assert ui.lodgedEdit.value() == date(2026, 11, 23)  # today
        assert ui.statusCombo.currentText() == "Open"
        assert not ui.decidedEdit.isEnabled()
        ui.lodgedEdit.set_value(date(2026, 11, 2))
        select_value(ui.statusCombo, AppealStatus.DECIDED)
        assert ui.decidedEdit.isEnabled()
        ui.decidedEdit.set_value(date(2026, 11, 20))
        select_value(ui.statusCombo, AppealStatus.OPEN)
        # It still holds a date, so it stays enabled: the user can clear it.
        assert ui.decidedEdit.isEnabled()
        ui.detailsEdit.setPlainText("Disputes the arrears calculation; tribunal ref SC123/26/0001")

    def clear_the_date(dialog: AppealDialog) -> None:
        ui = dialog.ui
        assert ui.decidedOnError.isVisible()
        assert ui.decidedOnError.text() == (
            "An open appeal has no decision date; set the status to Decided"
        )
        assert dialog.isVisible()
        ui.decidedEdit.setFocus()
        ui.decidedEdit.lineEdit().selectAll()
        qtbot.keyClick(ui.decidedEdit, Qt.Key.Key_Delete)
        assert ui.decidedEdit.value() is None
        assert not ui.decidedEdit.isEnabled()

    seen: list[Ran] = []
    monkeypatch.setattr(
        forms, "run_dialog", drive(qtbot, seen, decided_date_while_open, clear_the_date)
    )
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.addAppealButton, Qt.MouseButton.LeftButton)

    # The refused first attempt saved nothing: one appeal, created once.
    (saved,) = appeals.list_appeals(ctx, data.pat_case_id)
    assert saved.version == 1
    assert saved.status == AppealStatus.OPEN
    assert saved.lodged_on == date(2026, 11, 2)
    assert saved.decided_on is None
    assert saved.details == "Disputes the arrears calculation; tribunal ref SC123/26/0001"
    trail = notes.audit_trail(ctx, data.pat_case_id)
    assert any(
        e.entity == "appeal" and e.entity_id == saved.id and e.action == "create" for e in trail
    )
    assert messages[-1].startswith("Appeal lodged 02/11/2026 on case")
    assert "enforcement on the arrears waits" in messages[-1]

    model = view.appeals_model
    assert model.rowCount() == 1
    assert model.index(0, AppealsModel.LODGED).data() == "02/11/2026"
    assert model.index(0, AppealsModel.STATUS).data() == OPEN_TEXT
    assert model.index(0, AppealsModel.STATUS).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, AppealsModel.DECIDED).data() == ""
    assert "Open appeal lodged 02/11/2026" in view.ui.appealsSummaryLabel.text()
    assert view.selected_appeal is not None and view.selected_appeal.id == saved.id
    # The options were read again: the bailiff (and the LO) now wait for the tribunal.
    verdict, reasons = option(view, Power.BAILIFF)
    assert verdict == BLOCKED_MARK
    assert OPEN_REASON in reasons
    assert option(view, Power.LIABILITY_ORDER)[0] == BLOCKED_MARK

    def decided_before_lodged(dialog: AppealDialog) -> None:
        ui = dialog.ui
        assert dialog.windowTitle() == "Edit appeal lodged 02/11/2026"
        assert not ui.caseCombo.isEnabled()
        assert ui.lodgedEdit.value() == date(2026, 11, 2)
        select_value(ui.statusCombo, AppealStatus.DECIDED)
        ui.decidedEdit.set_value(date(2026, 10, 1))

    def valid_decision(dialog: AppealDialog) -> None:
        ui = dialog.ui
        assert ui.decidedOnError.isVisible()
        assert ui.decidedOnError.text() == "Cannot be before the appeal was lodged (02/11/2026)"
        ui.decidedEdit.set_value(date(2026, 11, 20))

    monkeypatch.setattr(
        forms, "run_dialog", drive(qtbot, seen, decided_before_lodged, valid_decision)
    )
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.editAppealButton, Qt.MouseButton.LeftButton)

    decided = appeals.get_appeal(ctx, saved.id)
    # The refused decision saved nothing: the appeal was changed once.
    assert decided.version == saved.version + 1
    assert decided.status == AppealStatus.DECIDED
    assert decided.decided_on == date(2026, 11, 20)
    assert any(
        e.entity == "appeal" and e.action == "update" and e.field == "status"
        for e in notes.audit_trail(ctx, data.pat_case_id)
    )
    assert model.index(0, AppealsModel.STATUS).data() == "Decided"
    assert model.index(0, AppealsModel.DECIDED).data() == "20/11/2026"
    assert "No open appeal" in view.ui.appealsSummaryLabel.text()
    assert "no longer holds enforcement" in messages[-1]
    verdict, reasons = option(view, Power.BAILIFF)
    assert verdict == ALLOWED_MARK
    assert DECIDED_REASON in reasons
    assert OPEN_REASON not in reasons


def test_a_conflict_is_shown_and_overwrites_nothing(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    appeal = appeals.create_appeal(
        ctx, data.pat_case_id, AppealInput(date(2026, 11, 2), details="First details")
    )
    view = make_view(qtbot, ctx, data.pat_id)
    # Someone else saves the appeal after the view read it, before the user edits it.
    other = ServiceContext(ctx.db, "other.user", ctx.clock)
    appeals.update_appeal(
        other, appeal.id, appeal.version, AppealInput(date(2026, 11, 2), details="Theirs")
    )

    def mine(dialog: AppealDialog) -> None:
        assert dialog.ui.detailsEdit.toPlainText() == "First details"
        dialog.ui.detailsEdit.setPlainText("Mine")

    seen: list[Ran] = []
    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, seen, mine))
    with message_boxes(monkeypatch) as boxes:
        qtbot.mouseClick(view.ui.editAppealButton, Qt.MouseButton.LeftButton)
    assert len(boxes.shown) == 1
    assert "changed by other.user" in boxes.shown[0]
    assert "Nothing of yours was saved" in boxes.shown[0]
    assert seen == [Ran(appeal.id, accepted=False, needs_reload=True, result=None)]
    assert appeals.get_appeal(ctx, appeal.id).details == "Theirs"
    # The view read the appeal again.
    assert view.appeals_model.index(0, AppealsModel.DETAILS).data() == "Theirs"


def test_enter_on_a_row_edits_and_escape_cancels(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    appeal = appeals.create_appeal(ctx, data.pat_case_id, AppealInput(date(2026, 11, 2)))
    view = make_view(qtbot, ctx, data.pat_id)
    seen: list[Ran] = []

    def escape(dialog: QDialog) -> bool:
        assert isinstance(dialog, AppealDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.ui.detailsEdit.setPlainText("Not to be saved")
        with qtbot.waitSignal(dialog.rejected):
            qtbot.keyClick(dialog.ui.lodgedEdit, Qt.Key.Key_Escape)
        seen.append(ran(dialog))
        return seen[-1].accepted

    monkeypatch.setattr(forms, "run_dialog", escape)
    table = view.ui.appealsTable
    table.setFocus()
    forms.select_row(table, 0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert seen == [Ran(appeal.id, accepted=False, needs_reload=False, result=None)]
    assert appeals.get_appeal(ctx, appeal.id).details is None

    # A double-click edits too; there, Enter saves.
    def enter(dialog: QDialog) -> bool:
        assert isinstance(dialog, AppealDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.ui.detailsEdit.setPlainText("Tribunal hearing set")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.keyClick(dialog.ui.lodgedEdit, Qt.Key.Key_Return)
        seen.append(ran(dialog))
        return seen[-1].accepted

    monkeypatch.setattr(forms, "run_dialog", enter)
    rect = table.visualRect(view.appeals_model.index(0, AppealsModel.LODGED))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 2 and seen[1].editing == appeal.id and seen[1].accepted
    assert appeals.get_appeal(ctx, appeal.id).details == "Tribunal hearing set"


def test_several_cases_show_the_case_and_let_the_user_choose_it(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = data.sam_case_ids
    appeals.create_appeal(ctx, first, AppealInput(date(2026, 10, 5), AppealStatus.WITHDRAWN))
    view = make_view(qtbot, ctx, data.sam_id)
    assert view.case_id == first
    table = view.ui.appealsTable
    assert not table.isColumnHidden(AppealsModel.CASE)
    assert view.appeals_model.index(0, AppealsModel.CASE).data() == f"Case {first}"
    assert view.appeals_model.index(0, AppealsModel.STATUS).data() == "Withdrawn"

    def on_the_second_case(dialog: AppealDialog) -> None:
        combo = dialog.ui.caseCombo
        assert combo.isEnabled()
        assert [combo.itemData(i) for i in range(combo.count())] == [first, second]
        # The case shown in the view is offered, in plain sight; the user picks the other.
        assert combo.currentData() == first
        select_value(combo, second)
        dialog.ui.lodgedEdit.set_value(date(2026, 11, 2))

    seen: list[Ran] = []
    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, seen, on_the_second_case))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.addAppealButton, Qt.MouseButton.LeftButton)

    assert appeals.list_appeals(ctx, first)[0].status == AppealStatus.WITHDRAWN
    (added,) = appeals.list_appeals(ctx, second)
    assert added.is_open
    assert view.appeals_model.rowCount() == 2
    row = view.appeals_model.row_of_id(added.id)
    assert row is not None
    assert view.appeals_model.index(row, AppealsModel.CASE).data() == f"Case {second}"
    assert f"of case {second}" in view.ui.appealsSummaryLabel.text()
    # The view moved to that case, whose powers the appeal now blocks.
    assert view.case_id == second
    assert any(OPEN_REASON in o.reasons for o in view.options_model.rows())
    assert all(not o.allowed for o in view.options_model.rows())


def test_adding_without_a_case_asks_for_one(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    first, second = data.sam_case_ids
    dialog = AppealDialog(ctx, [(first, "Case A"), (second, "Case B")], None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.ui.caseCombo.currentIndex() < 0
    assert dialog.focusWidget() is dialog.ui.caseCombo
    click_save(qtbot, dialog)
    assert dialog.ui.caseIdError.text() == "Choose the case the appeal is against"
    assert dialog.isVisible()
    assert appeals.list_appeals(ctx, first) == appeals.list_appeals(ctx, second) == []


def test_dialog_labels_have_mnemonics_and_inputs_accessible_names(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = AppealDialog(ctx, [(data.pat_case_id, "Case")], data.pat_case_id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    pairs = (
        (ui.caseLabel, ui.caseCombo),
        (ui.lodgedLabel, ui.lodgedEdit),
        (ui.statusLabel, ui.statusCombo),
        (ui.decidedLabel, ui.decidedEdit),
        (ui.detailsLabel, ui.detailsEdit),
    )
    keys = [label.text()[label.text().index("&") + 1].lower() for label, _ in pairs]
    assert len(set(keys)) == len(keys)
    for label, widget in pairs:
        assert label.buddy() is widget
        assert widget.accessibleName()
    assert [ui.statusCombo.itemText(i) for i in range(ui.statusCombo.count())] == [
        s.label for s in AppealStatus
    ]


def test_appeals_model(qtmodeltester: ModelTester, ctx: ServiceContext, data: Dataset) -> None:
    first, second = data.sam_case_ids
    appeals.create_appeal(ctx, first, AppealInput(date(2026, 10, 5), details="One\nTwo lines"))
    appeals.create_appeal(
        ctx,
        second,
        AppealInput(date(2026, 9, 1), AppealStatus.DECIDED, decided_on=date(2026, 10, 1)),
    )
    model = AppealsModel()
    model.set_case_names({first: "Case A"})
    model.set_rows([*appeals.list_appeals(ctx, first), *appeals.list_appeals(ctx, second)])
    qtmodeltester.check(model)
    assert model.index(0, AppealsModel.CASE).data() == "Case A"
    assert model.index(1, AppealsModel.CASE).data() == f"Case {second}"
    assert model.index(0, AppealsModel.DETAILS).data() == "One Two lines"
    assert model.index(0, AppealsModel.DETAILS).data(Qt.ItemDataRole.ToolTipRole) == (
        "One\nTwo lines"
    )
    assert model.index(0, AppealsModel.STATUS).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Open, holds enforcement"
    )
    assert model.index(1, AppealsModel.STATUS).data(Qt.ItemDataRole.FontRole) is None
    assert [a.case_id for a in model.open_appeals()] == [first]
    model.sort(AppealsModel.LODGED)
    assert model.index(0, AppealsModel.LODGED).data() == "01/09/2026"
    model.sort(AppealsModel.STATUS)
    assert model.index(0, AppealsModel.STATUS).data() == OPEN_TEXT
    qtmodeltester.check(model)
