"""Documents open from the document store (issue 12 item 12): a recorded path is relative to
this database's output folder, so each user finds the file in their own store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.gui.preferences import remember_output_folder
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui


def _record(ctx: ServiceContext, data: Dataset, path: str) -> None:
    with ctx.unit_of_work() as session:
        srs.record_document(
            session,
            ctx,
            case_id=data.sam_case_ids[0],
            sr_id=data.wait_sr_id,
            doc_type=DocumentType.CMEL8010,
            file_name=Path(path).name,
            path=path,
            sha256="0" * 64,
        )


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, data: Dataset, tmp_path: Path) -> ActivityPlanView:
    widget = ActivityPlanView(ctx)
    (tmp_path / "store").mkdir()
    widget.output_settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    remember_output_folder(ctx.db.url, tmp_path / "store", widget.output_settings)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_relative_path_opens_from_the_store(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    view: ActivityPlanView,
    ctx: ServiceContext,
    data: Dataset,
) -> None:
    (tmp_path / "store" / "121000000001Midlands.zip").write_bytes(b"zip")
    _record(ctx, data, "121000000001Midlands.zip")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    assert view.open_document() is True
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "store" / "121000000001Midlands.zip"))]


def test_a_document_missing_from_the_store_says_where_it_was_looked_for(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    view: ActivityPlanView,
    ctx: ServiceContext,
    data: Dataset,
) -> None:
    _record(ctx, data, "gone.zip")
    opened: list[QUrl] = []
    messages: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view.status_message.connect(messages.append)
    view.set_client(data.sam_id)
    view.show_service_request(data.wait_sr_id)
    assert view.open_document() is False
    assert opened == []
    assert messages == [f"gone.zip is not in the document store ({tmp_path / 'store'})"]
