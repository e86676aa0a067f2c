"""The Activity Plan's arrears panel (Arrears – Consider Action): the Arrears Review's options
with their reasons, Raise Action Missed Payment, Request disclosure for the Deduction Order Team,
and Record DOT outcome… (only for the team; a refusal needs its reasons)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.arrears import DisclosureResult, ScheduledInstalment
from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    OrderStatus,
    OrderType,
    OwningTeam,
    SrStatus,
    StepOutcome,
    UserRole,
    Workflow,
)
from enforcement_desktop.gui.dialogs.arrears_dialogs import DotOutcomeDialog, RdoScheduleDialog
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import arrears, cases, orders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Address, Case
from tests.gui.dataset import ARREARS
from tests.services.builders import make_case
from tests.users import add_test_user

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Chain:
    contact_id: int
    case_id: int
    review_id: int
    dana: ServiceContext


def _chain(ctx: ServiceContext) -> Chain:
    add_test_user(ctx)
    users.add_user(
        ctx,
        "dana",
        users.UserInput(
            "Dana Example",
            team="Deduction Order Team",
            roles=frozenset({UserRole.DEDUCTION_ORDER_TEAM}),
        ),
    )
    case = make_case(ctx)
    review = srs.create_service_request(ctx, case.id, *ARREARS)
    review = srs.change_status(ctx, review.id, review.version, SrStatus.IN_PROGRESS)
    return Chain(case.paying_parent_id, case.id, review.id, replace(ctx, user="dana"))


def _view(qtbot: QtBot, ctx: ServiceContext, chain: Chain, sr_id: int) -> ActivityPlanView:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_client(chain.contact_id)
    view.show_service_request(sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr_id)
    return view


def _failed_amp(ctx: ServiceContext, chain: Chain) -> srs.ServiceRequestDTO:
    review = srs.get_service_request(ctx, chain.review_id)
    amp = arrears.raise_amp(ctx, review.id, review.version)
    step = next(s for s in amp.steps if s.step_key == "negotiate")
    srs.update_step(ctx, step.id, step.version, StepOutcome.NOT_SUCCESSFUL, "Refused")
    return srs.get_service_request(ctx, amp.id)


def test_arrears_review_lists_the_options_and_raises_an_amp(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    chain = _chain(ctx)
    view = _view(qtbot, ctx, chain, chain.review_id)
    panel = view.arrears_actions
    ui = panel.ui
    assert panel.group.isVisible()
    assert not ui.closeCancelLabel.isVisible()
    tree = panel.tab_ui.optionsTree
    tabs = view.ui.detailTabs
    assert tabs.isTabVisible(tabs.indexOf(panel.tab))
    assert "Recommended: 1. Deduction from earnings" in ui.arrearsHintLabel.text()
    assert tree.topLevelItemCount() == 3
    items = [tree.topLevelItem(n) for n in range(3)]
    titles = [item.text(0) if item is not None else "" for item in items]
    assert titles[0] == "1. Deduction from earnings order or request (DEO/DER)"
    assert titles[2].startswith("3. Liability")
    assert all(item is not None and item.childCount() > 0 for item in items)
    assert ui.raiseAmpButton.isVisible() and ui.raiseAmpButton.isEnabled()
    assert not ui.recordOutcomeButton.isVisible()

    tabs.setCurrentWidget(panel.tab)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.raiseAmpButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.sr is not None and view.sr.workflow == Workflow.ACTION_MISSED_PAYMENT
    )
    assert view.sr is not None and view.sr.parent_id == chain.review_id
    assert panel.tab_ui.optionsTree.isHidden()
    assert not tabs.isTabVisible(tabs.indexOf(panel.tab))  # no options, no deduction orders
    assert tabs.currentWidget() is view.ui.planTab  # not whichever tab came next
    assert ui.requestDisclosureButton.isVisible()
    assert not ui.requestDisclosureButton.isEnabled()
    assert "record the negotiation" in ui.requestDisclosureButton.toolTip()


def test_disclosure_is_requested_and_the_team_records_a_refusal(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = _chain(ctx)
    amp = _failed_amp(ctx, chain)
    view = _view(qtbot, ctx, chain, amp.id)
    ui = view.arrears_actions.ui
    assert ui.requestDisclosureButton.isEnabled()
    messages: list[str] = []
    view.status_message.connect(messages.append)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.requestDisclosureButton, Qt.MouseButton.LeftButton)
    assert any("raised for Deduction Order Team" in m for m in messages)
    (disclosure,) = [
        c
        for c in arrears.get_arrears_state(ctx, amp.id).children
        if c.workflow == Workflow.DISCLOSURE
    ]

    # The case manager sees why they cannot record the team's outcome.
    view.show_service_request(disclosure.sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == disclosure.sr_id)
    assert ui.recordOutcomeButton.isVisible() and not ui.recordOutcomeButton.isEnabled()
    assert "only a member of the Deduction Order Team" in ui.recordOutcomeButton.toolTip()

    # The team's member: a refusal without reasons is refused beside the field, then saved.
    dot_view = _view(qtbot, chain.dana, chain, disclosure.sr_id)
    dot_ui = dot_view.arrears_actions.ui
    assert dot_ui.recordOutcomeButton.isEnabled()
    seen: list[DotOutcomeDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, DotOutcomeDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        dialog.choose(DisclosureResult.NOT_APPROVED)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "reasons" in dialog.ui.reasonsError.text()
        assert dialog.ui.reasonsError.isVisible()
        dialog.ui.reasonsEdit.setPlainText("No account suitable for deductions")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    with qtbot.waitSignal(dot_view.data_changed):
        qtbot.mouseClick(dot_ui.recordOutcomeButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].outcome is not None
    assert seen[0].outcome.result is DisclosureResult.NOT_APPROVED
    assert srs.get_service_request(ctx, disclosure.sr_id).status == SrStatus.CLOSED

    # Back on the Action Missed Payment SR: the outcome and the way on to a Liability Order.
    view.show_service_request(amp.id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == amp.id)
    hint = ui.arrearsHintLabel.text()
    assert "Not approved: No account suitable for deductions" in hint
    assert "by Dana Example on" in hint and "dana" not in hint  # a name, not a login
    assert "Initiate LO arrears action" in hint
    assert f"a Review LO from Action Missed Payment SR {amp.id}" in hint
    # Raised from here, as the procedure says (the Review LO panel offers it).
    assert view.review_lo_actions.ui.raiseReviewLoButton.isVisible()


def test_rdo_schedule_dialog_refuses_no_payments_and_saves_a_schedule(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    chain = _chain(ctx)
    orders.create_order(
        ctx,
        chain.case_id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/7",
            granted_on=date(2026, 9, 1),
            amount=Decimal("300.00"),
        ),
    )
    view = _view(qtbot, ctx, chain, chain.review_id)
    ui = view.arrears_actions.ui
    assert (
        "no payment schedule recorded yet"
        in view.arrears_actions.tab_ui.deductionOrdersLabel.text()
    )
    steps: list[Callable[[RdoScheduleDialog], None]] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, RdoScheduleDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        dialog.ui.countSpin.setValue(0)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "at least one instalment" in dialog.ui.instalmentsError.text()
        dialog.ui.firstDueEdit.set_value(date(2026, 10, 16))
        dialog.ui.amountEdit.setText("100.00")
        dialog.ui.countSpin.setValue(3)
        assert dialog.ui.previewTable.rowCount() == 3
        assert "29/12/2026" not in dialog.ui.reviewLabel.text()  # monthly: third on 16/12
        assert "RDO payment review: 23/12/2026" in dialog.ui.reviewLabel.text()
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        steps.append(lambda d: None)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.rdoScheduleButton, Qt.MouseButton.LeftButton)
    assert steps
    qtbot.waitUntil(
        lambda: (
            "Complying" in view.arrears_actions.tab_ui.deductionOrdersLabel.text()
            or "below 90%" in view.arrears_actions.tab_ui.deductionOrdersLabel.text()
        )
    )
    assert "RDO/7" in view.arrears_actions.tab_ui.deductionOrdersLabel.text()


def test_a_dlo_address_offers_record_and_cancel(qtbot: QtBot, ctx: ServiceContext) -> None:
    chain = _chain(ctx)
    with ctx.db.unit_of_work() as s:
        case = s.get(Case, chain.case_id)
        assert case is not None
        s.add(
            Address(
                contact_id=case.paying_parent_id,
                address_type=AddressType.CORRESPONDENCE,
                line1="1 Fictional Street",
                marker=AddressMarker.NFA,
            )
        )
    view = _view(qtbot, ctx, chain, chain.review_id)
    ui = view.arrears_actions.ui
    assert ui.closeCancelLabel.isVisible()
    assert "close and cancel" in ui.closeCancelLabel.text()
    assert ui.cancelForAddressButton.isVisible() and ui.cancelForAddressButton.isEnabled()
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.cancelForAddressButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.status == SrStatus.CANCELLED)
    assert not ui.cancelForAddressButton.isVisible()


def test_a_compliant_case_is_returned_to_maintenance_from_the_panel(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    chain = _chain(ctx)
    rdo = orders.create_order(
        ctx,
        chain.case_id,
        orders.OrderInput(
            OrderType.RDO,
            OrderStatus.GRANTED,
            reference="RDO/8",
            granted_on=date(2026, 7, 1),
            amount=Decimal("300.00"),
        ),
    )
    dues = [date(2026, 8, 14), date(2026, 9, 14), date(2026, 10, 14)]
    arrears.set_rdo_schedule(
        ctx, rdo.id, rdo.version, [ScheduledInstalment(d, Decimal("100.00")) for d in dues]
    )
    for d in dues:
        orders.add_payment(ctx, rdo.id, d, Decimal("100.00"))
    view = _view(qtbot, ctx, chain, chain.review_id)
    ui = view.arrears_actions.ui
    assert ui.returnToMaintenanceButton.isVisible() and ui.returnToMaintenanceButton.isEnabled()
    assert "Return the compliant case to Maintenance" in (
        view.arrears_actions.tab_ui.deductionOrdersLabel.text()
    )
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.returnToMaintenanceButton, Qt.MouseButton.LeftButton)
    assert cases.get_case(ctx, chain.case_id).owning_team == OwningTeam.MAINTENANCE
    qtbot.waitUntil(lambda: not ui.returnToMaintenanceButton.isEnabled())
    assert "owned by Maintenance" in ui.returnToMaintenanceButton.toolTip()
