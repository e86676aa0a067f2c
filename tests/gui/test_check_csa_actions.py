"""The Activity Plan's Raise Set Up Legacy LO on a Check CSA SR (Check CSA, steps 6-7): enabled
when the service allows it, asking which legacy LO when there are several, opening the new SR;
disabled with the reason once every legacy LO has its SR."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QInputDialog
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import OrderOrigin, SrStatus, Workflow
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import ServiceRequest
from tests.gui.test_mnemonics import all_mnemonics
from tests.services.builders import make_case, make_lo
from tests.users import add_test_user

pytestmark = pytest.mark.gui

CHECK_CSA = ("Transition", "Legacy Case Data", "Finalise Case")


def _view(qtbot: QtBot, ctx: ServiceContext, contact_id: int, sr_id: int) -> ActivityPlanView:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_client(contact_id)
    view.show_service_request(sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr_id)
    return view


def _choose(qtbot: QtBot, label: str, offered: list[list[str]]) -> Callable[[QDialog], bool]:
    """Stand in for exec() of the question: pick ``label`` in its list and press Raise SR."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, QInputDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        offered.append([combo.itemText(i) for i in range(combo.count())])
        combo.setCurrentIndex(combo.findText(f"{label},", Qt.MatchFlag.MatchStartsWith))
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        ok = box.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "&Raise SR"
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_raise_set_up_legacy_lo_asks_which_lo_and_opens_the_new_sr(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_test_user(ctx)
    case = make_case(ctx)
    first = make_lo(ctx, case.id, "CSA/LO/1", origin=OrderOrigin.CSA)
    second = make_lo(ctx, case.id, "CSA/LO/2", origin=OrderOrigin.CSA)
    make_lo(ctx, case.id, "CMS/LO/3", origin=OrderOrigin.CMS)
    check = srs.create_service_request(ctx, case.id, *CHECK_CSA)
    check = srs.change_status(ctx, check.id, check.version, SrStatus.IN_PROGRESS)
    view = _view(qtbot, ctx, case.paying_parent_id, check.id)
    group = view.check_csa_actions.group
    ui = view.check_csa_actions.ui
    button = ui.raiseSetUpLegacyLoButton
    qtbot.waitUntil(button.isEnabled)
    assert group.isVisible() and button.isVisible()
    assert button.text() == "Ra&ise Set Up Legacy LO"
    assert "Check CSA, steps 6-7" in button.whatsThis()
    assert "2 legacy LOs" in ui.checkCsaHintLabel.text()
    # Alt+I is the button's alone, whichever detail tab is in front.
    tabs = view.ui.detailTabs
    for index in range(tabs.count()):
        if tabs.isTabVisible(index):
            tabs.setCurrentIndex(index)
            assert all_mnemonics(view)["i"] == ["Ra&ise Set Up Legacy LO"], tabs.tabText(index)
    tabs.setCurrentIndex(0)

    offered: list[list[str]] = []
    monkeypatch.setattr(forms, "run_dialog", _choose(qtbot, "CSA/LO/2", offered))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.sub_area == "Set Up Legacy LO")
    assert len(offered) == 1 and [t.split(",")[0] for t in offered[0]] == ["CSA/LO/1", "CSA/LO/2"]
    assert view.sr is not None and view.sr.parent_id == check.id
    assert view.sr.workflow is Workflow.SET_UP_LEGACY_LO
    with ctx.db.unit_of_work() as s:
        assert s.get_one(ServiceRequest, view.sr.id).order_id == second
    assert not group.isVisible()  # not a Check CSA SR

    # Back on the Check CSA SR: one LO left, raised without asking.
    view.show_service_request(check.id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == check.id)
    qtbot.waitUntil(lambda: "For the legacy LO CSA/LO/1" in ui.checkCsaHintLabel.text())

    def never(_dialog: QDialog) -> bool:
        raise AssertionError("asked which LO with only one left")

    monkeypatch.setattr(forms, "run_dialog", never)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id != check.id)
    with ctx.db.unit_of_work() as s:
        assert view.sr is not None
        assert s.get_one(ServiceRequest, view.sr.id).order_id == first

    # Every legacy LO has its SR: the button is disabled and says why.
    view.show_service_request(check.id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == check.id)
    qtbot.waitUntil(lambda: "has its Set Up Legacy LO SR" in button.toolTip())
    assert button.isVisible() and not button.isEnabled()
    assert button.toolTip().startswith("Not now:")


def test_cancelling_the_question_raises_nothing(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_test_user(ctx)
    case = make_case(ctx)
    make_lo(ctx, case.id, "CSA/LO/1", origin=OrderOrigin.CSA)
    make_lo(ctx, case.id, "CSA/LO/2", origin=OrderOrigin.CSA)
    check = srs.create_service_request(ctx, case.id, *CHECK_CSA)
    view = _view(qtbot, ctx, case.paying_parent_id, check.id)
    button = view.check_csa_actions.ui.raiseSetUpLegacyLoButton
    qtbot.waitUntil(button.isEnabled)
    monkeypatch.setattr(forms, "run_dialog", lambda _dialog: False)
    assert view.check_csa_actions.raise_set_up_legacy_lo() is False
    assert view.sr is not None and view.sr.id == check.id
    with ctx.db.unit_of_work() as s:
        children = s.query(ServiceRequest).filter(ServiceRequest.parent_id == check.id).count()
    assert children == 0
