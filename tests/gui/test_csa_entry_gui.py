"""Entering the Check CSA facts in the window: an asset about to be disposed of (urgent), the
sensitive-case marker, a Set Up Legacy LO SR under its Check CSA SR, and legacy bailiff, EJO or
DCA action on a CSA liability order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import InformationSource, LegacyActionKind, OrderOrigin
from enforcement_desktop.gui.dialogs.legacy_action_dialog import LegacyActionDialog
from enforcement_desktop.gui.dialogs.new_service_request_dialog import NewServiceRequestDialog
from enforcement_desktop.gui.main_window import ASSETS, CONTACT, MainWindow
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import legacy, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser
from tests.gui.builders import Client, build_client
from tests.services.builders import make_lo

pytestmark = pytest.mark.gui


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx)


def _add_user(ctx: ServiceContext, login: str, roles: str) -> None:
    with ctx.db.unit_of_work() as s:
        s.add(AppUser(login=login, display_name=login.title(), roles=roles))


def _window(
    qtbot: QtBot, open_window: Callable[[], MainWindow], contact_id: int, view: int
) -> MainWindow:
    window = open_window()
    window.open_client(contact_id)
    qtbot.waitUntil(lambda: window.contact_id == contact_id)
    window.show_view(view)
    return window


def test_flagging_an_asset_about_to_be_disposed_of_makes_the_banner_urgent(
    qtbot: QtBot, open_window: Callable[[], MainWindow], client: Client
) -> None:
    window = _window(qtbot, open_window, client.paying_parent_id, ASSETS)
    view = window.view(ASSETS)
    assert isinstance(view, AssetView)
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    ui = view.ui
    assert ui.disposalStateLabel.text() == "Not flagged."
    assert not ui.clearDisposalButton.isEnabled()
    chip = window.banner.marks.attention
    assert not chip.isVisible()

    # No source: the service's reason beside the field, nothing flagged.
    ui.disposalSourceCombo.setCurrentIndex(-1)
    qtbot.mouseClick(ui.flagDisposalButton, Qt.MouseButton.LeftButton)
    assert ui.imminentDisposalSourceError.isVisible()
    assert "where the information came from" in ui.imminentDisposalSourceError.text()
    assert not chip.isVisible()

    ui.disposalDateEdit.set_value(date(2026, 11, 20))
    select_value(ui.disposalSourceCombo, InformationSource.LAND_REGISTRY)
    qtbot.mouseClick(ui.flagDisposalButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(chip.isVisible)
    assert chip.text() == "Urgent"
    assert "about to dispose of" in chip.toolTip()
    assert not ui.imminentDisposalSourceError.isVisible()
    qtbot.waitUntil(lambda: "Urgent" in ui.disposalStateLabel.text())
    assert "20/11/2026" in ui.disposalStateLabel.text()
    assert "Land registry" in ui.disposalStateLabel.text()

    # The danger has passed: clearing the flag takes the chip away.
    qtbot.waitUntil(ui.clearDisposalButton.isEnabled)
    qtbot.mouseClick(ui.clearDisposalButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not chip.isVisible())
    qtbot.waitUntil(lambda: ui.disposalStateLabel.text() == "Not flagged.")


def test_a_team_leader_marks_a_case_sensitive_and_a_case_manager_sees_no_address(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    ctx: ServiceContext,
    client: Client,
) -> None:
    _add_user(ctx, ctx.user, "case_manager,team_leader")
    window = _window(qtbot, open_window, client.paying_parent_id, CONTACT)
    view = window.view(CONTACT)
    assert isinstance(view, ContactView)
    qtbot.waitUntil(lambda: view.contact is not None)
    check = view.ui.sensitiveCheck
    assert check.isEnabled() and not check.isChecked()
    assert "Special Client Records" in check.whatsThis()
    assert view.addresses_model.rowCount() > 0

    check.click()
    qtbot.waitUntil(lambda: window.banner.marks.sensitive.isVisible())
    qtbot.waitUntil(lambda: view.contact is not None and view.contact.sensitive)
    assert check.isChecked()

    # A case manager: the addresses are withheld and the box is disabled, saying why.
    _add_user(ctx, "cm.user", "case_manager")
    cm = ContactView(replace(ctx, user="cm.user"))
    qtbot.addWidget(cm)
    cm.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: cm.contact is not None)
    assert cm.addresses_model.rowCount() == 0
    assert cm.ui.sensitiveCheck.isChecked()
    assert not cm.ui.sensitiveCheck.isEnabled()
    assert "team leaders" in cm.ui.sensitiveCheck.toolTip()


def test_set_up_legacy_lo_is_raised_under_the_check_csa_sr(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    check = srs.create_service_request(
        ctx, client.case_id, "Transition", "Legacy Case Data", "Finalise Case"
    )
    dialog = NewServiceRequestDialog(ctx, client.paying_parent_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.select("Transition", "Set Up/Amend Residual Arrears", "Set Up Legacy LO")
    parents = dialog.ui.parentCombo
    names = [parents.itemText(i) for i in range(parents.count())]
    assert any(f"SR {check.id}" in n and "Finalise Case" in n for n in names)
    assert any(f"SR {client.sr_id}" in n for n in names)

    # Without a parent: the service's refusal beside the Parent SR field.
    select_value(parents, None)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.ui.parentIdError.isVisible)
    assert "Check CSA" in dialog.ui.parentIdError.text()
    assert dialog.created is None

    select_value(parents, check.id)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    assert dialog.created.parent_id == check.id
    assert dialog.created.sub_area == "Set Up Legacy LO"


def test_an_ejo_is_recorded_on_a_csa_lo_and_listed_under_it(
    qtbot: QtBot,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    csa_lo = make_lo(ctx, client.case_id, "CSA/LO/7", origin=OrderOrigin.CSA)
    view = OrdersView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_client(client.paying_parent_id)
    qtbot.waitUntil(lambda: view.orders_model.rowCount() >= 2)
    button = view.ui.legacyActionButton

    # The CMS LO: no legacy action, and the button says why.
    view.ui.ordersTable.selectRow(view.orders_model.row_of_id(client.lo_id) or 0)
    assert not button.isEnabled()
    assert "not a CSA liability order" in button.toolTip()

    row = view.orders_model.row_of_id(csa_lo)
    assert row is not None
    view.ui.ordersTable.selectRow(row)
    assert button.isEnabled()
    assert "No legacy bailiff, EJO or DCA action" in view.ui.legacyActionsLabel.text()

    seen: list[LegacyActionDialog] = []

    def fill(dialog: QDialog) -> bool:
        assert isinstance(dialog, LegacyActionDialog)
        seen.append(dialog)
        dialog.show()
        ui = dialog.ui
        select_value(ui.kindCombo, LegacyActionKind.EJO)
        ui.startedOnEdit.set_value(None)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        # No start date: the reason beside the field, the dialog stays open.
        assert ui.startedOnError.isVisible()
        assert "date the action started" in ui.startedOnError.text()
        ui.startedOnEdit.set_value(date(2025, 5, 1))
        qtbot.keyClicks(ui.detailsEdit, "EJO instructed by CSA, Fictional Sheriffs")
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return True

    monkeypatch.setattr(forms, "run_dialog", fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen and seen[0].result_action is not None
    qtbot.waitUntil(lambda: "EJO" in view.ui.legacyActionsLabel.text())
    text = view.ui.legacyActionsLabel.text()
    assert "01/05/2025" in text and "Fictional Sheriffs" in text
    (case,) = screens.client_screen(ctx, client.paying_parent_id).cases
    assert [a.kind for a in case.legacy_actions] == [LegacyActionKind.EJO]
    assert [a.kind for a in legacy.legacy_actions(ctx, csa_lo)] == [LegacyActionKind.EJO]
