"""Changing a case from the Contact view: Edit case, the wilful refusal finding, receiving parents.

Every change goes through the real dialogs and the case services on a real database; the
database is checked through the services afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import ContactRole, DeoDesire, OwningTeam, Power
from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog
from enforcement_desktop.gui.models.contact_models import CasePartiesModel
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.case_fields import NOT_LISTED
from enforcement_desktop.gui.widgets.forms import select_row, select_value
from enforcement_desktop.services import cases, contacts, options
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Case
from tests.gui.dataset import Dataset
from tests.gui.helpers import message_boxes
from tests.regions import TEST_REGIONS

pytestmark = pytest.mark.gui

Step = Callable[[QDialog], None]


def make_view(qtbot: QtBot, ctx: ServiceContext, contact_id: int) -> ContactView:
    view = ContactView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_client(contact_id)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def pat_view(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> ContactView:
    return make_view(qtbot, ctx, data.pat_id)


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return box.button(QDialogButtonBox.StandardButton.Save)


def drive(qtbot: QtBot, *steps: Step) -> Callable[[QDialog], bool]:
    """Stand in for exec(): each step fills the dialog, then Save is clicked (if still open)."""

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        for step in steps:
            step(dialog)
            if dialog.isVisible():
                qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def replace(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def audited_fields(ctx: ServiceContext, case_id: int) -> set[str | None]:
    with ctx.db.unit_of_work() as session:
        return set(
            session.scalars(
                select(AuditEvent.field).where(
                    AuditEvent.entity == "case",
                    AuditEvent.entity_id == case_id,
                    AuditEvent.action == "update",
                )
            )
        )


def last_resort_reasons(ctx: ServiceContext, case_id: int) -> str:
    found = {o.power: o for o in options.case_options(ctx, case_id)}
    return " ".join(found[Power.COMMITMENT].reasons).lower()


# --------------------------------------------------------------------------- Edit case


def test_edit_case_with_no_region_chosen_then_corrected(
    qtbot: QtBot,
    pat_view: ContactView,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = cases.get_case(ctx, data.pat_case_id)

    def bad(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        assert dialog.case.id == data.pat_case_id
        combo = dialog.ui.regionCombo
        # The regions list, read through the runner; the case's own region chosen.
        assert not combo.isEditable()
        assert [combo.itemText(i) for i in range(combo.count())] == list(TEST_REGIONS)
        assert combo.currentText() == "Midlands"
        assert dialog.ui.arrearsEdit.text() == "£2,400.00"
        combo.setCurrentIndex(-1)

    def good(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        assert dialog.isVisible(), "a field error keeps the dialog open"
        assert dialog.ui.regionError.isVisible()
        assert "Region is required" in dialog.ui.regionError.text()
        assert dialog.ui.regionCombo.accessibleDescription().startswith("Error:")
        assert cases.get_case(ctx, data.pat_case_id) == before, "nothing saved"
        select_value(dialog.ui.regionCombo, "North West")
        replace(qtbot, dialog.ui.arrearsEdit, "3,100.50")
        replace(qtbot, dialog.ui.caseManagerEdit, "a.caseworker")
        select_value(dialog.ui.owningTeamCombo, OwningTeam.MAINTENANCE)
        qtbot.keyClick(dialog.ui.segment5Check, Qt.Key.Key_Space)

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, bad, good))
    with (
        qtbot.waitSignal(pat_view.data_changed),
        qtbot.waitSignal(pat_view.status_message) as status,
    ):
        qtbot.mouseClick(pat_view.ui.editCaseButton, Qt.MouseButton.LeftButton)
    assert status.args == [f"Case {data.pat_case_id} saved"]

    saved = cases.get_case(ctx, data.pat_case_id)
    assert saved.region == "North West"
    assert saved.arrears_balance == Decimal("3100.50")
    assert saved.owning_team == OwningTeam.MAINTENANCE
    assert saved.case_manager == "a.caseworker"
    assert saved.segment_5
    assert saved.version == before.version + 1
    assert {"region", "arrears_balance", "owning_team", "case_manager", "segment_5"} <= (
        audited_fields(ctx, data.pat_case_id)
    )
    text = pat_view.ui.caseLabel.text()
    assert "North West" in text and "£3,100.50" in text and "Segment 5" in text


def test_a_region_no_longer_listed_is_kept_marked_and_refused_beside_the_combo(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    with ctx.db.unit_of_work() as session:
        case = session.get(Case, data.pat_case_id)
        assert case is not None
        case.region = "Atlantis"  # listed once, since taken off the list
    dialog = CaseDialog(ctx, cases.get_case(ctx, data.pat_case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.regionCombo
    qtbot.waitUntil(lambda: combo.count() == len(TEST_REGIONS) + 1)
    assert combo.currentText() == NOT_LISTED.format(name="Atlantis")
    assert combo.currentData() == "Atlantis"
    dialog.save()
    assert dialog.isVisible() and dialog.ui.regionError.isVisible()
    assert 'Unknown region "Atlantis"' in dialog.ui.regionError.text()
    select_value(combo, "Wales")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result_case is not None)
    assert cases.get_case(ctx, data.pat_case_id).region == "Wales"


def test_money_that_is_not_an_amount_is_reported_beside_the_field(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = CaseDialog(ctx, cases.get_case(ctx, data.pat_case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    replace(qtbot, dialog.ui.arrearsEdit, "lots")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "not an amount" in dialog.ui.arrearsBalanceError.text()
    replace(qtbot, dialog.ui.arrearsEdit, "")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.arrearsBalanceError.text().startswith("Enter the arrears balance")
    assert cases.get_case(ctx, data.pat_case_id).arrears_balance == Decimal("2400.00")


def test_a_deo_desire_needs_the_date_it_was_set(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = CaseDialog(ctx, cases.get_case(ctx, data.pat_case_id))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert not ui.deoDesireDateEdit.isEnabled(), "no desire: no date to give"
    select_value(ui.deoDesireCombo, DeoDesire.MANDATORY)
    assert ui.deoDesireDateEdit.isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert ui.deoDesireSetOnError.text() == "Give the date the Desire for DEO/DER flag was set"
    assert cases.get_case(ctx, data.pat_case_id).deo_desire == DeoDesire.NONE

    ui.deoDesireDateEdit.set_value(date(2026, 11, 2))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_case is not None
    saved = cases.get_case(ctx, data.pat_case_id)
    assert (saved.deo_desire, saved.deo_desire_set_on) == (DeoDesire.MANDATORY, date(2026, 11, 2))
    assert {"deo_desire", "deo_desire_set_on"} <= audited_fields(ctx, data.pat_case_id)


def test_every_input_has_a_label_with_a_mnemonic_and_an_accessible_name(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    case = cases.get_case(ctx, data.pat_case_id)
    for dialog in (CaseDialog(ctx, case), WilfulRefusalDialog(ctx, case)):
        qtbot.addWidget(dialog)
        labels = [
            label
            for label in dialog.findChildren(QLabel)
            if label.buddy() is not None and not label.objectName().endswith("Error")
        ]
        assert labels
        for label in labels:
            assert "&" in label.text(), label.objectName()
            assert label.buddy().accessibleName(), label.buddy().objectName()
        for check in dialog.findChildren(QCheckBox):
            assert "&" in check.text() and check.toolTip() and check.accessibleName()


# --------------------------------------------------------------------------- conflict


def test_a_case_changed_meanwhile_is_never_overwritten(
    qtbot: QtBot,
    pat_view: ContactView,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def change_behind_its_back(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        select_value(dialog.ui.regionCombo, "Wales")
        other = ServiceContext(ctx.db, "other.user", clock=ctx.clock)
        current = cases.get_case(other, data.pat_case_id)
        theirs = dialog.case_input()
        theirs.region = current.region
        theirs.arrears_balance = Decimal("999.99")
        cases.update_case(other, current.id, current.version, theirs)

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, change_behind_its_back))
    with message_boxes(monkeypatch) as boxes:
        pat_view.edit_case()
    assert len(boxes.shown) == 1
    assert "changed by other.user" in boxes.shown[0]
    assert "Nothing of yours was saved" in boxes.shown[0]
    saved = cases.get_case(ctx, data.pat_case_id)
    assert (saved.region, saved.arrears_balance) == ("Midlands", Decimal("999.99"))
    assert "£999.99" in pat_view.ui.caseLabel.text(), "the view reloaded their change"


# --------------------------------------------------------------------------- wilful refusal


def test_record_the_wilful_refusal_finding(
    qtbot: QtBot,
    pat_view: ContactView,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "no finding of wilful refusal" in last_resort_reasons(ctx, data.pat_case_id)

    def empty(dialog: QDialog) -> None:
        assert isinstance(dialog, WilfulRefusalDialog)
        assert not dialog.ui.existingLabel.isVisible()
        assert dialog.ui.foundOnEdit.value() == date(2026, 11, 23), "today by default"
        dialog.ui.foundOnEdit.set_value(date(2026, 12, 1))

    def evidence(dialog: QDialog) -> None:
        assert isinstance(dialog, WilfulRefusalDialog)
        assert dialog.ui.foundOnError.text().startswith("Cannot be in the future")
        assert dialog.ui.evidenceError.text() == "Evidence is required"
        assert cases.get_case(ctx, data.pat_case_id).wilful_refusal_found_on is None
        dialog.ui.foundOnEdit.set_value(date(2026, 10, 1))
        qtbot.keyClicks(dialog.ui.evidenceEdit, "Refused to pay despite means: £2,000 savings.")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, empty, evidence))
    with qtbot.waitSignal(pat_view.data_changed):
        qtbot.mouseClick(pat_view.ui.wilfulRefusalButton, Qt.MouseButton.LeftButton)

    saved = cases.get_case(ctx, data.pat_case_id)
    assert saved.wilful_refusal_found_on == date(2026, 10, 1)
    assert saved.wilful_refusal_evidence == "Refused to pay despite means: £2,000 savings."
    assert "wilful_refusal_evidence" in audited_fields(ctx, data.pat_case_id)
    text = pat_view.ui.caseLabel.text()
    assert "<b>Wilful refusal</b> found 01/10/2026" in text
    assert "“Refused to pay despite means: £2,00…”" in text  # cut to the box, in full below
    assert "Refused to pay despite means: £2,000 savings." in pat_view.ui.caseLabel.toolTip()
    assert "no finding of wilful refusal" not in last_resort_reasons(ctx, data.pat_case_id)

    # Opened again, it shows the finding so it can be corrected.
    def correct(dialog: QDialog) -> None:
        assert isinstance(dialog, WilfulRefusalDialog)
        assert dialog.ui.existingLabel.isVisible()
        assert "01/10/2026" in dialog.ui.existingLabel.text()
        assert dialog.ui.foundOnEdit.value() == date(2026, 10, 1)
        assert dialog.ui.evidenceEdit.toPlainText().startswith("Refused to pay")
        dialog.ui.foundOnEdit.set_value(date(2026, 9, 30))

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, correct))
    pat_view.record_wilful_refusal()
    assert cases.get_case(ctx, data.pat_case_id).wilful_refusal_found_on == date(2026, 9, 30)
    assert "30/09/2026" in pat_view.ui.caseLabel.text()


# --------------------------------------------------------------------------- receiving parents


def answer_scin(qtbot: QtBot, scin: str) -> Callable[[QDialog], bool]:
    """Stand in for exec() of the SCIN question: type ``scin`` and press the OK button."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, QInputDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        edit = dialog.findChild(QLineEdit)
        assert edit is not None
        qtbot.keyClicks(edit, scin)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def party_names(view: ContactView) -> list[str]:
    return [p.name for p in view.parties_model.rows()]


def test_add_and_remove_receiving_parents(
    qtbot: QtBot,
    pat_view: ContactView,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jo = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Jo",
            last_name="Sampleford",
            scin="121000000999",
        ),
    )
    asked: list[str] = []

    def go_ahead(_parent: object, _title: str, text: str, _action: str = "OK") -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(forms, "confirm", go_ahead)
    ui = pat_view.ui
    assert party_names(pat_view) == ["Robin Exampleton01"]
    assert not ui.removeReceivingParentButton.isEnabled(), "nothing selected"

    # A SCIN nobody has, and a paying parent's SCIN: refused in words, nothing added.
    with message_boxes(monkeypatch) as boxes:
        monkeypatch.setattr(forms, "run_dialog", answer_scin(qtbot, "999999999999"))
        pat_view.add_receiving_parent()
        monkeypatch.setattr(forms, "run_dialog", answer_scin(qtbot, "121000000002"))
        pat_view.add_receiving_parent()
    assert boxes.shown[0] == "No client found for SCIN 999999999999."
    assert boxes.shown[1] == "Sam Sampleton is not recorded as a receiving parent"

    monkeypatch.setattr(forms, "run_dialog", answer_scin(qtbot, "1210 0000 0999"))
    with qtbot.waitSignal(pat_view.data_changed):
        qtbot.mouseClick(ui.addReceivingParentButton, Qt.MouseButton.LeftButton)
    assert "Add Jo Sampleford (SCIN 121000000999" in asked[-1]
    assert party_names(pat_view) == ["Robin Exampleton01", "Jo Sampleford"]
    stored = cases.get_case(ctx, data.pat_case_id).receiving_parents
    assert [r.contact_id for r in stored][-1] == jo.id

    # Remove the first one with the Delete key in the table.
    select_row(ui.partiesTable, 0)
    assert ui.removeReceivingParentButton.isEnabled()
    ui.partiesTable.setFocus()
    with qtbot.waitSignal(pat_view.data_changed):
        qtbot.keyClick(ui.partiesTable, Qt.Key.Key_Delete)
    assert "Remove Robin Exampleton01" in asked[-1]
    assert party_names(pat_view) == ["Jo Sampleford"]
    stored = cases.get_case(ctx, data.pat_case_id).receiving_parents
    assert [r.contact_id for r in stored] == [jo.id]

    # The last one cannot go: the service's reason is shown, and nothing changes.
    select_row(ui.partiesTable, 0)
    with message_boxes(monkeypatch) as boxes:
        qtbot.mouseClick(ui.removeReceivingParentButton, Qt.MouseButton.LeftButton)
    assert boxes.shown == ["A case needs at least one receiving parent"]
    assert party_names(pat_view) == ["Jo Sampleford"]
    assert len(cases.get_case(ctx, data.pat_case_id).receiving_parents) == 1


def test_removing_needs_a_yes(
    qtbot: QtBot,
    pat_view: ContactView,
    ctx: ServiceContext,
    data: Dataset,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(forms, "confirm", lambda *_args: False)
    select_row(pat_view.ui.partiesTable, 0)
    qtbot.mouseClick(pat_view.ui.removeReceivingParentButton, Qt.MouseButton.LeftButton)
    assert len(cases.get_case(ctx, data.pat_case_id).receiving_parents) == 1
    assert party_names(pat_view) == ["Robin Exampleton01"]


# --------------------------------------------------------------------------- several cases


def test_a_client_with_two_cases_chooses_which_one(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = make_view(qtbot, ctx, data.sam_id)
    ui = view.ui
    first, second = data.sam_case_ids
    assert ui.caseCombo.isVisible() and ui.caseCombo.count() == 2
    assert ui.caseCombo.itemText(1) == f"Case {second}: CMS 2012, North East"
    assert f"Case {first}</b>" in ui.caseLabel.text() and "Wales" in ui.caseLabel.text()
    assert party_names(view) == ["Robin Exampleton02"]

    select_value(ui.caseCombo, second)
    assert "North East" in ui.caseLabel.text() and "Wales" not in ui.caseLabel.text()
    assert party_names(view) == ["Robin Exampleton03"]

    def rename(dialog: QDialog) -> None:
        assert isinstance(dialog, CaseDialog)
        assert dialog.case.id == second
        select_value(dialog.ui.regionCombo, "Yorkshire")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, rename))
    qtbot.mouseClick(ui.editCaseButton, Qt.MouseButton.LeftButton)
    assert cases.get_case(ctx, second).region == "Yorkshire"
    assert cases.get_case(ctx, first).region == "Wales"
    assert ui.caseCombo.currentData() == second, "the chosen case stays chosen after the reload"
    assert "Yorkshire" in ui.caseLabel.text()


def test_one_case_needs_no_chooser(pat_view: ContactView) -> None:
    assert not pat_view.ui.caseCombo.isVisible()
    assert pat_view.ui.editCaseButton.isEnabled()
    assert pat_view.ui.wilfulRefusalButton.isEnabled()


def test_a_receiving_parent_sees_the_case_read_only(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    receiver = cases.get_case(ctx, data.pat_case_id).receiving_parents[0].contact_id
    view = make_view(qtbot, ctx, receiver)
    ui = view.ui
    assert "Midlands" in ui.caseLabel.text()
    assert "Changed from the paying parent's view" in ui.caseLabel.text()
    for button in (
        ui.editCaseButton,
        ui.wilfulRefusalButton,
        ui.addReceivingParentButton,
        ui.removeReceivingParentButton,
    ):
        assert not button.isEnabled()
        assert "Open the paying parent, Pat Testington" in button.toolTip()
    assert [(p.role, p.contact_id) for p in view.parties_model.rows()] == [
        ("Paying parent", data.pat_id)
    ]
    assert not ui.partiesTable.isColumnHidden(CasePartiesModel.ROLE)
    view.edit_case()  # no case of theirs to edit: nothing opens
