"""The Activity Plan's Liability Order authorisation: raise a Review LO, ask for authorisation,
and Approve… / Reject… for a team leader who did not raise it (others see why not)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import OwningTeam, SrStatus, StepOutcome, UserRole
from enforcement_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog
from enforcement_desktop.gui.views.activity_plan_view import COL_OUTCOME, ActivityPlanView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import authorisation as auth
from enforcement_desktop.services import cases, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import ARREARS
from tests.services.builders import make_case
from tests.users import add_test_user

pytestmark = pytest.mark.gui

LEADER = frozenset({UserRole.CASE_MANAGER, UserRole.TEAM_LEADER})


@dataclass(frozen=True)
class Chain:
    contact_id: int
    arrears_id: int
    review_id: int
    cal: ServiceContext


def _chain(ctx: ServiceContext, *, ask: bool = True) -> Chain:
    """cal (a case manager) raises a Review LO, answers its checklist and (``ask``) asks for
    authorisation; ctx's user is a team leader who did not raise it."""
    add_test_user(ctx)
    users.add_user(ctx, "cal", users.UserInput("Cal Example", team="Enforcement Team 1"))
    cal = replace(ctx, user="cal")
    case = make_case(cal)
    arrears = srs.create_service_request(cal, case.id, *ARREARS)
    arrears = srs.change_status(cal, arrears.id, arrears.version, SrStatus.IN_PROGRESS)
    review = auth.raise_review_lo(cal, arrears.id, arrears.version)
    if ask:
        for step in review.steps[:7]:
            srs.update_step(cal, step.id, step.version, StepOutcome.DONE, f"Checked: {step.title}")
        review = srs.get_service_request(cal, review.id)
        auth.request_authorisation(cal, review.id, review.version)
    return Chain(case.paying_parent_id, arrears.id, review.id, cal)


def _view(qtbot: QtBot, ctx: ServiceContext, chain: Chain, sr_id: int) -> ActivityPlanView:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_client(chain.contact_id)
    view.show_service_request(sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr_id)
    return view


def _drive(
    qtbot: QtBot, seen: list[AuthorisationDialog], *steps: Callable[[AuthorisationDialog], None]
) -> Callable[[QDialog], bool]:
    """Stand in for exec(): each step fills the dialog, then OK is clicked."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, AuthorisationDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for step in steps:
            step(dialog)
            ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_a_team_leader_approves_from_the_dialog_showing_the_checklist(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = _chain(ctx)
    view = _view(qtbot, ctx, chain, chain.review_id)
    actions = view.review_lo_actions
    assert actions.group.isVisible()
    assert actions.ui.approveButton.isEnabled() and actions.ui.rejectButton.isEnabled()
    assert not actions.ui.requestAuthorisationButton.isVisible()
    assert "Raised by Cal Example" in actions.ui.reviewLoHintLabel.text()

    def check_and_approve(dialog: AuthorisationDialog) -> None:
        table = dialog.ui.checklistTable
        assert table.rowCount() == 7
        row = [(table.item(3, c) or QTableWidgetItem()).text() for c in range(3)]
        assert row[:2] == ["Welfare of the child", "Checked: Welfare of the child"]
        assert row[2].startswith("cal")
        assert dialog.ui.enforcementTeamCombo.currentText() == "Enforcement Team 1"
        assert not dialog.ui.rejectGroup.isVisible()
        dialog.ui.noteEdit.setPlainText("Checklist complete; agreed.")

    seen: list[AuthorisationDialog] = []
    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, seen, check_and_approve))
    messages: list[str] = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(actions.ui.approveButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].approval is not None
    assert any("Liability Order referral authorised" in m for m in messages)
    review = srs.get_service_request(ctx, chain.review_id)
    assert (review.status, review.resolution_code) == (SrStatus.CLOSED, "Action Authorised")
    case = cases.get_case(ctx, review.case_id)
    assert case.owning_team == OwningTeam.ENFORCEMENT
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.read_only)
    assert not actions.group.isVisible()


def test_the_raiser_and_a_case_manager_see_why_they_cannot_decide(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    chain = _chain(ctx)
    view = _view(qtbot, chain.cal, chain, chain.review_id)
    ui = view.review_lo_actions.ui
    assert ui.approveButton.isVisible() and not ui.approveButton.isEnabled()
    assert not ui.rejectButton.isEnabled()
    tip = ui.approveButton.toolTip()
    assert "only a team leader can authorise a Liability Order referral" in tip
    assert "you raised this Review LO: another team leader must decide it" in tip
    assert "You cannot decide it" in ui.reviewLoHintLabel.text()
    # The decision steps are the team leader's: not editable in the plan.
    decision = view.ui.stepsTable.cellWidget(7, COL_OUTCOME)
    answer = view.ui.stepsTable.cellWidget(0, COL_OUTCOME)
    assert decision is not None and not decision.isEnabled()
    assert answer is not None and answer.isEnabled()


def test_a_rejection_without_reason_is_refused_beside_the_fields(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = _chain(ctx)
    view = _view(qtbot, ctx, chain, chain.review_id)

    def empty(dialog: AuthorisationDialog) -> None:
        assert not dialog.ui.approveGroup.isVisible()

    def then_filled(dialog: AuthorisationDialog) -> None:
        assert dialog.isVisible()
        assert dialog.ui.reasonError.text() == "The reason is required"
        assert dialog.ui.alternativeError.text() == "The recommended alternative is required"
        dialog.ui.reasonEdit.setPlainText("Address not confident")
        dialog.ui.alternativeEdit.setPlainText("Disclosure for an RDO")

    seen: list[AuthorisationDialog] = []
    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, seen, empty, then_filled))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.review_lo_actions.ui.rejectButton, Qt.MouseButton.LeftButton)
    assert seen[0].refusal is not None
    arrears = srs.get_service_request(ctx, chain.arrears_id)
    assert (arrears.status, arrears.sub_status) == (SrStatus.IN_PROGRESS, None)


def test_raise_and_ask_from_the_activity_plan(qtbot: QtBot, ctx: ServiceContext) -> None:
    chain = _chain(ctx, ask=False)
    cal = chain.cal
    arrears = srs.get_service_request(cal, chain.arrears_id)
    # A second Review LO cannot be raised while this one is open: the button says why.
    view = _view(qtbot, cal, chain, arrears.id)
    ui = view.review_lo_actions.ui
    assert ui.raiseReviewLoButton.isVisible() and not ui.raiseReviewLoButton.isEnabled()
    assert f"Review LO SR {chain.review_id} raised from it is still open" in (
        ui.raiseReviewLoButton.toolTip()
    )
    # On the Review LO, asking is refused until the checklist is answered, naming the items.
    view.show_service_request(chain.review_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == chain.review_id)
    assert ui.requestAuthorisationButton.isVisible()
    assert not ui.requestAuthorisationButton.isEnabled()
    assert "checklist item 'Welfare of the child' is pending" in (
        ui.requestAuthorisationButton.toolTip()
    )
    for step in view.sr.steps[:7] if view.sr else ():
        srs.update_step(cal, step.id, step.version, StepOutcome.DONE, "Checked")
    view.show_service_request(chain.review_id)
    qtbot.waitUntil(lambda: ui.requestAuthorisationButton.isEnabled())
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.requestAuthorisationButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.approveButton.isVisible())
    assert view.sr is not None and view.sr.sub_status == "Awaiting LO authorisation"
    assert not ui.approveButton.isEnabled()  # cal is not a team leader


def test_raise_review_lo_button_opens_the_new_sr(qtbot: QtBot, ctx: ServiceContext) -> None:
    add_test_user(ctx)
    case = make_case(ctx)
    arrears = srs.create_service_request(ctx, case.id, *ARREARS)
    arrears = srs.change_status(ctx, arrears.id, arrears.version, SrStatus.IN_PROGRESS)
    chain = Chain(case.paying_parent_id, arrears.id, 0, ctx)
    view = _view(qtbot, ctx, chain, arrears.id)
    ui = view.review_lo_actions.ui
    assert ui.raiseReviewLoButton.isEnabled()
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.raiseReviewLoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.sub_area == "Review LO")
    assert view.sr is not None and view.sr.parent_id == arrears.id
    assert view.ui.stepsTable.rowCount() == 9
