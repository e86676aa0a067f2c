"""The views name people, not logins (issue 11): the Activity Plan's owner, steps, notes and
documents, the Case box's case manager, the client's SR list, the work queue's owners, who last
changed a client and who disregarded an asset show the user's display name, with the login in
the tooltip; a login with no user record is shown as it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from enforcement_desktop.domain.enums import DocumentType, SrStatus, StepOutcome
from enforcement_desktop.gui.models.contact_models import ClientServiceRequestsModel
from enforcement_desktop.gui.models.work_queue_model import (
    COL_ID,
    COL_OWNER,
    SrIdRole,
    WorkQueueModel,
)
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.sr_steps import COL_BY
from enforcement_desktop.services import assets
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import QueueFilter
from enforcement_desktop.storage.models import ActivityStep, Case
from tests.gui.dataset import Dataset
from tests.users import TEST_NAME

pytestmark = pytest.mark.gui


@pytest.fixture
def worked_sr(ctx: ServiceContext, data: Dataset) -> int:
    """The open Arrears Review in progress, its first step done by test.user and its second
    by a login with no user record, and a document made."""
    sr = srs.get_service_request(ctx, data.open_sr_id)
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    with ctx.unit_of_work() as session:
        steps = sorted(
            session.query(ActivityStep).filter_by(service_request_id=sr.id),
            key=lambda s: s.position,
        )
        for step, login in zip(steps, ("test.user", "gone.away"), strict=False):
            step.outcome = StepOutcome.DONE
            step.completed_by = login
        srs.record_document(
            session,
            ctx,
            case_id=sr.case_id,
            sr_id=sr.id,
            doc_type=DocumentType.CMEL8011,
            file_name="letter.pdf",
            path="letters/letter.pdf",
            sha256="0" * 64,
        )
    return sr.id


def test_the_activity_plan_names_the_owner_steps_notes_and_documents(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, worked_sr: int
) -> None:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.show_service_request(worked_sr)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == worked_sr)
    ui = view.ui
    assert ui.ownerValue.text() == TEST_NAME
    assert ui.ownerValue.toolTip() == "Login: test.user"

    by = [ui.stepsTable.item(row, COL_BY) for row in range(2)]
    assert [item.text() if item else None for item in by] == [TEST_NAME, "gone.away"]
    assert by[0] is not None and by[0].toolTip() == "Login: test.user"

    note = ui.notesList.item(0)
    assert note is not None and f"· {TEST_NAME}\n" in note.text()
    assert "Login: test.user" in note.toolTip()

    document = ui.documentsTree.topLevelItem(0)
    assert document is not None and document.text(3) == TEST_NAME
    assert document.toolTip(3) == "Login: test.user"


def test_the_case_box_and_the_sr_list_name_the_case_manager_and_owners(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    with ctx.unit_of_work() as session:
        session.execute(
            update(Case).where(Case.id == data.pat_case_id).values(case_manager="test.user")
        )
    view = ContactView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.set_client(data.pat_id)
    view.show()
    qtbot.waitUntil(lambda: view.contact is not None)
    assert f"Case manager: {TEST_NAME}" in view.ui.caseLabel.text()
    assert "test.user" not in view.ui.caseLabel.text()
    assert f"Case manager: {TEST_NAME} (login test.user)" in view.ui.caseLabel.toolTip()

    model = view.srs_model
    owners = {
        model.index(row, ClientServiceRequestsModel.ID).data(): (
            model.index(row, ClientServiceRequestsModel.OWNER).data(),
            model.index(row, ClientServiceRequestsModel.OWNER).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(model.rowCount())
    }
    assert owners[str(data.open_sr_id)] == (TEST_NAME, "Login: test.user")
    # No user record for someone.else: the login, as it is.
    assert owners[str(data.other_owner_sr_id)] == ("someone.else", "Login: someone.else")


def test_the_work_queue_names_the_owner(ctx: ServiceContext, data: Dataset) -> None:
    model = WorkQueueModel(ctx, QueueFilter(owner=None, statuses=tuple(SrStatus)))
    owners = {
        model.index(row, COL_ID).data(SrIdRole): (
            model.index(row, COL_OWNER).data(),
            model.index(row, COL_OWNER).data(Qt.ItemDataRole.ToolTipRole),
        )
        for row in range(model.rowCount())
    }
    assert owners[data.open_sr_id] == (TEST_NAME, "Login: test.user")
    assert owners[data.other_owner_sr_id] == ("someone.else", "Login: someone.else")


def test_the_contact_view_names_who_last_changed_the_client(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    view = ContactView(ctx)
    qtbot.addWidget(view)
    view.set_client(data.pat_id)
    view.show()
    qtbot.waitUntil(lambda: view.contact is not None)
    assert view.ui.updatedLabel.text() == f"Last changed by {TEST_NAME}"
    assert view.ui.updatedLabel.toolTip() == "Login: test.user"


def test_a_disregarded_asset_names_who_disregarded_it(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    asset = assets.get_asset(ctx, data.pat_asset_id)
    assets.disregard_asset(ctx, asset.id, asset.version, "Not relevant to the arrears")
    view = AssetView(ctx)
    qtbot.addWidget(view)
    view.set_client(data.pat_id)
    view.show()
    qtbot.waitUntil(lambda: view.ui.disregardedLabel.isVisible())
    assert f"by {TEST_NAME}: Not relevant to the arrears" in view.ui.disregardedLabel.text()
