"""The work queue for a team leader: "My team", and reassigning a service request from it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.views.work_queue_view import WorkQueueView
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import ARREARS, Dataset

pytestmark = pytest.mark.gui


def whose(view: WorkQueueView) -> list[str]:
    combo = view.ui.ownerCombo
    return [combo.itemText(i) for i in range(combo.count())]


def select_whose(view: WorkQueueView, data: str) -> None:
    view.ui.ownerCombo.setCurrentIndex(view.ui.ownerCombo.findData(data))


def test_a_team_leader_sees_the_team_queue(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    # test.user leads Test Team (the dataset's first user); casey is in it, bob is not.
    users.add_user(ctx, "casey", users.UserInput("Casey Example", team="Test Team"))
    users.add_user(ctx, "bob", users.UserInput("Bob Example", team="Other Team"))
    caseys = srs.create_service_request(ctx, data.pat_case_id, *ARREARS)
    srs.reassign_service_request(ctx, caseys.id, caseys.version, owner="casey")
    bobs = srs.create_service_request(ctx, data.pat_case_id, *ARREARS)
    srs.reassign_service_request(ctx, bobs.id, bobs.version, owner="bob")
    teams = srs.create_service_request(ctx, data.pat_case_id, *ARREARS)
    srs.reassign_service_request(ctx, teams.id, teams.version, team="Test Team")

    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    assert whose(view) == ["Mine", "Everyone's", "My team (Test Team)"]
    mine = view.model.rowCount()
    assert mine == 3
    select_whose(view, "team")
    ids = {view.model.sr_id_at(row) for row in range(view.model.rowCount())}
    assert {caseys.id, teams.id} <= ids and bobs.id not in ids
    assert view.model.rowCount() == mine + 2
    assert view.model.queue_filter.team == "Test Team"


def test_others_have_no_team_queue(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example", team="Test Team"))
    view = WorkQueueView(ServiceContext(ctx.db, "casey", clock=ctx.clock))
    qtbot.addWidget(view)
    assert whose(view) == ["Mine", "Everyone's"]


def test_reassign_from_the_queue(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example", team="Test Team"))
    view = WorkQueueView(ctx)
    qtbot.addWidget(view)
    view.show()
    before = view.model.rowCount()
    view.ui.queueTable.selectRow(0)
    moved_id = view.model.sr_id_at(0)
    view.reassign_action.trigger()
    dialog = view.reassign_dialog
    assert dialog is not None and dialog.isVisible() and dialog.sr.id == moved_id
    dialog.ui.ownerCombo.setCurrentIndex(dialog.ui.ownerCombo.findData("casey"))
    with qtbot.waitSignal(view.status_message) as said:
        dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert said.args == [f"Service request {moved_id} reassigned to casey"]
    qtbot.waitUntil(lambda: view.model.rowCount() == before - 1)
    assert srs.get_service_request(ctx, moved_id).owner == "casey"
