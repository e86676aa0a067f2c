"""The Activity Plan view: status changes, the plan and its bailiff rules, the enforce form,
notes, assets, documents and read-only closed SRs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import DocumentType, SrStatus, StepOutcome
from enforcement_desktop.domain.errors import DatabaseUnavailable
from enforcement_desktop.gui.views.activity_plan_view import (
    COL_OUTCOME,
    COL_REASON,
    ActivityPlanView,
)
from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services import notes
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.boxes import AnswerBoxes
from tests.gui.dataset import BAILIFF, Dataset
from tests.gui.helpers import message_boxes

pytestmark = pytest.mark.gui

T = TypeVar("T")


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> ActivityPlanView:
    widget = ActivityPlanView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def _set_step(view: ActivityPlanView, key: str, outcome: StepOutcome, reason: str = "") -> None:
    assert view.sr is not None
    row = [s.step_key for s in view.sr.steps].index(key)
    combo = view.ui.stepsTable.cellWidget(row, COL_OUTCOME)
    line = view.ui.stepsTable.cellWidget(row, COL_REASON)
    assert isinstance(combo, QComboBox) and isinstance(line, QLineEdit)
    index = combo.findData(outcome)
    assert index >= 0, f"{outcome} not offered for {key}"
    combo.setCurrentIndex(index)
    if reason:
        line.setText(reason)


def _choose_status(view: ActivityPlanView, status: SrStatus) -> None:
    index = view.ui.statusCombo.findData(status)
    assert index >= 0, f"{status} not offered"
    view.ui.statusCombo.setCurrentIndex(index)


def _offered(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_client_list_and_picking_an_sr(view: ActivityPlanView, data: Dataset) -> None:
    assert view.ui.emptyLabel.isVisible()
    view.set_client(data.sam_id)
    texts = [view.ui.srList.item(i).text() for i in range(view.ui.srList.count())]  # type: ignore[union-attr]
    assert len(texts) == 3 and any("Bailiff" in t for t in texts)
    # The first SR in the list still open for work is shown at once.
    assert view.sr is not None and view.sr.id == data.wait_sr_id
    assert not view.ui.emptyLabel.isVisible()
    item = next(
        view.ui.srList.item(i)
        for i in range(view.ui.srList.count())
        if view.ui.srList.item(i).data(Qt.ItemDataRole.UserRole) == data.overdue_sr_id  # type: ignore[union-attr]
    )
    view.ui.srList.setCurrentItem(item)
    assert view.sr is not None and view.sr.id == data.overdue_sr_id
    assert view.ui.srDetail.isVisible()
    assert "09/11/2026 (overdue)" in view.ui.waitValue.text()
    assert view.ui.subStatusValue.text() == "Wait State Arrears Notice"


def test_only_allowed_transitions_are_offered(view: ActivityPlanView, data: Dataset) -> None:
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    assert _offered(view.ui.statusCombo) == [
        "Choose…",
        "In Progress",
        "Wait",
        "Closed",
        "Cancelled",
    ]
    assert not view.ui.applyStatusButton.isEnabled()
    _choose_status(view, SrStatus.WAIT)
    assert view.ui.waitDateEdit.isEnabled()
    assert _offered(view.ui.subStatusCombo) == [
        "",
        "Wait State Arrears Notice",
        "Awaiting LO authorisation",
    ]
    view.ui.subStatusCombo.setCurrentIndex(1)
    # The view suggests the procedure's 7-day wait, with the figures.
    assert view.ui.waitDateEdit.value() == date(2026, 11, 30)
    assert "7 days" in view.ui.statusHintLabel.text()
    _choose_status(view, SrStatus.CLOSED)
    assert not view.ui.waitDateEdit.isEnabled()
    assert view.ui.subStatusCombo.currentText() == "Completed"


def test_wait_without_a_date_shows_the_error_under_the_field(
    view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    _choose_status(view, SrStatus.WAIT)
    assert view.apply_status() is False
    assert view.ui.waitDateError.isVisible()
    assert "wait date" in view.ui.waitDateError.text().lower()
    assert "Error" in view.ui.waitDateEdit.accessibleDescription()
    assert srs.get_service_request(ctx, data.open_sr_id).status == SrStatus.OPEN
    view.ui.waitDateEdit.set_value(date(2026, 12, 7))
    assert view.apply_status() is True
    assert not view.ui.waitDateError.isVisible()
    assert srs.get_service_request(ctx, data.open_sr_id).wait_until == date(2026, 12, 7)


def test_bailiff_sr_plan_with_its_rules(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    view: ActivityPlanView,
    data: Dataset,
    ctx: ServiceContext,
) -> None:
    sr = srs.create_service_request(ctx, data.pat_case_id, *BAILIFF)
    view.set_client(data.pat_id)
    view.show_service_request(sr.id)
    assert view.ui.stepsTable.rowCount() == 0
    assert "In Progress" in view.ui.planHintLabel.text()
    _choose_status(view, SrStatus.IN_PROGRESS)
    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.ui.applyStatusButton, Qt.MouseButton.LeftButton)
    assert "activity plan of 9 steps generated" in message.args[0]
    assert view.ui.stepsTable.rowCount() == 9
    assert view.ui.statusValue.text() == "<b>In Progress</b>"

    # Each step offers only its own outcomes; validate_asset is refused until an asset is linked.
    decide = view.ui.stepsTable.cellWidget(5, COL_OUTCOME)
    assert isinstance(decide, QComboBox)
    assert _offered(decide) == ["Pending", "Continue", "Exit"]
    _set_step(view, "check_lo_balance", StepOutcome.DONE, "LO balance £1,575.00")
    _set_step(view, "validate_asset", StepOutcome.DONE)
    assert view.has_unsaved_changes()
    assert view.ui.unsavedLabel.text() == "Unsaved changes"
    with message_boxes(monkeypatch) as boxes:
        assert view.save() is False
    assert any("An asset must be associated" in text for text in boxes.shown)
    saved = srs.get_service_request(ctx, sr.id)
    assert saved.steps[0].outcome == StepOutcome.DONE  # the step before the refusal is saved
    assert saved.steps[2].outcome == StepOutcome.PENDING
    assert view.has_unsaved_changes()  # the refused edit is still on screen

    # Associate the LO and the asset from the view, then the same save goes through.
    view.ui.loCombo.setCurrentIndex(view.ui.loCombo.findData(data.pat_lo_id))
    assert view.associate_lo()
    assert view.ui.loValue.text() == "LO/2024/0001"
    view.ui.assetCombo.setCurrentIndex(view.ui.assetCombo.findData(data.pat_asset_id))
    assert view.link_asset()
    assert view.ui.linkedAssetsList.count() == 1
    assert view.has_unsaved_changes()  # linking kept the pending step edit
    _set_step(view, "validate_lo", StepOutcome.DONE)
    with qtbot.waitSignal(view.data_changed):
        assert view.save() is True
    saved = srs.get_service_request(ctx, sr.id)
    assert [s.outcome for s in saved.steps[:3]] == [StepOutcome.DONE] * 3
    assert saved.steps[0].reason == "LO balance £1,575.00"
    assert not view.has_unsaved_changes()
    assert "3 of 9 steps recorded" in view.ui.planHintLabel.text()


def test_enforce_form_bad_value_shown_next_to_the_field_nothing_saved(
    view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    form = view.sr.enforce_form  # type: ignore[union-attr]
    assert form is not None
    assert view.ui.detailTabs.isTabVisible(view.ui.detailTabs.indexOf(view.ui.formTab))
    balance = view.findChild(MoneyEdit, "ef_lo_current_arrears_balance")
    against = view.findChild(MoneyEdit, "ef_arrears_balance_against_lo")
    company = view.findChild(QLineEdit, "ef_bailiff_company")
    issue = view.findChild(OptionalDateEdit, "ef_bailiff_issue_date")
    assert balance and against and company and issue
    balance.setText("1,575.00")
    against.setText("1,500.00")  # must be the same figure (seed 003 step 11)
    company.setText("Demo Enforcement Ltd")
    assert view.has_unsaved_changes()
    assert view.save() is False
    error = view.findChild(type(view.ui.loError), "ef_arrears_balance_against_lo_error")
    assert error is not None and error.isVisible()
    assert "same figure" in error.text()
    assert view.ui.detailTabs.currentWidget() is view.ui.formTab
    stored = srs.get_service_request(ctx, data.wait_sr_id).enforce_form
    assert stored is not None and stored.values.bailiff_company is None  # nothing saved

    against.setText("abc")
    assert view.save() is False
    assert error.isVisible() and error.text()

    against.setText("£1,575")
    issue.set_value(date(2026, 11, 20))
    assert view.save() is True
    assert not error.isVisible()
    stored = srs.get_service_request(ctx, data.wait_sr_id).enforce_form
    assert stored is not None
    assert stored.values.arrears_balance_against_lo == Decimal("1575.00")
    assert stored.values.bailiff_company == "Demo Enforcement Ltd"
    assert stored.values.bailiff_issue_date == date(2026, 11, 20)
    assert balance.text() == "£1,575.00"  # shown back in UK format
    assert not view.has_unsaved_changes()


def test_closed_sr_is_read_only(view: ActivityPlanView, data: Dataset) -> None:
    view.set_client(data.sam_id)
    view.show_service_request(data.closed_sr_id)
    ui = view.ui
    assert ui.readOnlyLabel.isVisible()
    assert "Closed" in ui.readOnlyLabel.text() and "read-only" in ui.readOnlyLabel.text()
    assert not ui.statusGroup.isVisible()
    assert ui.stepsTable.rowCount() == 7
    assert not ui.stepsTable.cellWidget(0, COL_OUTCOME).isEnabled()  # type: ignore[union-attr]
    assert ui.stepsTable.cellWidget(0, COL_REASON).isReadOnly()  # type: ignore[union-attr]
    chosen = view.findChild(QComboBox, "ef_chosen_power")
    assert chosen is not None and not chosen.isEnabled()
    assert not ui.saveButton.isVisible()
    assert not ui.loCombo.isVisible()
    assert view.save() is True and not view.has_unsaved_changes()


def test_add_a_note(view: ActivityPlanView, data: Dataset, ctx: ServiceContext) -> None:
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    assert view.ui.notesList.count() == 1
    assert view.ui.detailTabs.tabText(view.ui.detailTabs.indexOf(view.ui.notesTab)) == "Notes (1)"
    assert view.add_note() is False  # empty: the error is shown under the box
    assert view.ui.newNoteError.isVisible()
    view.ui.newNoteEdit.setPlainText("Called the paying parent; no answer.")
    assert view.has_unsaved_changes()
    assert view.add_note() is True
    assert view.ui.notesList.count() == 2
    assert not view.ui.newNoteError.isVisible()
    assert not view.has_unsaved_changes()
    texts = [n.text for n in notes.list_notes(ctx, service_request_id=data.open_sr_id)]
    assert "Called the paying parent; no answer." in texts


def test_documents_open_with_the_desktop(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    view: ActivityPlanView,
    data: Dataset,
    ctx: ServiceContext,
) -> None:
    letter = tmp_path / "CMEL8010_1_of_1.docx"
    letter.write_bytes(b"demo")
    with ctx.unit_of_work() as session:
        srs.record_document(
            session,
            ctx,
            case_id=data.sam_case_ids[0],
            sr_id=data.wait_sr_id,
            doc_type=DocumentType.CMEL8010,
            file_name=letter.name,
            path=str(letter),
            sha256="0" * 64,
        )
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    tree = view.ui.documentsTree
    assert tree.topLevelItemCount() == 1
    assert tree.topLevelItem(0).text(0) == "CMEL8010 Referral to bailiff"  # type: ignore[union-attr]
    assert view.open_document() is True
    assert opened == [QUrl.fromLocalFile(str(letter))]


def test_conflict_offers_reload(
    monkeypatch: pytest.MonkeyPatch, view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    # Someone else moves the SR on after this view read it.
    other = ServiceContext(ctx.db, "other.user", clock=lambda: datetime(2026, 11, 23, 10, 0))
    current = srs.get_service_request(other, data.open_sr_id)
    srs.change_status(other, current.id, current.version, SrStatus.CANCELLED)
    _choose_status(view, SrStatus.IN_PROGRESS)
    with message_boxes(monkeypatch) as boxes:
        assert view.apply_status() is False
    assert any("other.user" in text for text in boxes.shown)
    assert srs.get_service_request(ctx, data.open_sr_id).status == SrStatus.CANCELLED


BUSY = "The database is busy: another user or program is saving to it. Try again in a moment."


def _busy_once(real: Callable[..., T]) -> Callable[..., T]:
    """``real``, failing the first time as a database out of reach for a moment does."""
    calls: list[int] = []

    def call(*args: Any, **kwargs: Any) -> T:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseUnavailable(BUSY, retryable=True)
        return real(*args, **kwargs)

    return call


def test_try_again_adds_the_note_the_database_was_too_busy_for(
    monkeypatch: pytest.MonkeyPatch, view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.pat_id)
    view.show_service_request(data.open_sr_id)
    monkeypatch.setattr(notes, "add_note", _busy_once(notes.add_note))
    view.ui.newNoteEdit.setPlainText("Wrote while the server was busy.")
    answer = AnswerBoxes("Try again")
    assert view.add_note() is True
    assert answer.boxes == [(BUSY, ["Try again", "Cancel"])]
    assert view.ui.notesList.count() == 2 and view.ui.newNoteEdit.toPlainText() == ""
    texts = [n.text for n in notes.list_notes(ctx, service_request_id=data.open_sr_id)]
    assert texts.count("Wrote while the server was busy.") == 1


def test_try_again_saves_the_plan_the_database_was_too_busy_for(
    monkeypatch: pytest.MonkeyPatch, view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    company = view.findChild(QLineEdit, "ef_bailiff_company")
    assert company is not None
    company.setText("Demo Enforcement Ltd")
    monkeypatch.setattr(srs, "update_enforce_form", _busy_once(srs.update_enforce_form))
    answer = AnswerBoxes("Try again")
    assert view.save() is True
    assert answer.boxes == [(BUSY, ["Try again", "Cancel"])]
    assert not view.has_unsaved_changes()
    stored = srs.get_service_request(ctx, data.wait_sr_id).enforce_form
    assert stored is not None and stored.values.bailiff_company == "Demo Enforcement Ltd"


def test_reload_after_a_conflict_shows_their_change_not_the_edit(
    view: ActivityPlanView, data: Dataset, ctx: ServiceContext
) -> None:
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    company = view.findChild(QLineEdit, "ef_bailiff_company")
    assert company is not None
    company.setText("Mine Enforcement Ltd")
    # Someone else saves the form after this view read it.
    other = ServiceContext(ctx.db, "other.user", clock=lambda: datetime(2026, 11, 23, 10, 0))
    form = srs.get_service_request(other, data.wait_sr_id).enforce_form
    assert form is not None
    theirs = replace(form.values, bailiff_company="Theirs Enforcement Ltd")
    srs.update_enforce_form(other, data.wait_sr_id, form.version, theirs)
    answer = AnswerBoxes("Reload")
    assert view.save() is False
    assert answer.boxes[0][1] == ["Reload", "Cancel"]
    assert company.text() == "Theirs Enforcement Ltd"
    assert not view.has_unsaved_changes()
