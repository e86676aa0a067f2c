"""Flagged assets stand out in the assets table: a "Flags" column names each flag in words (an
about-to-be-disposed-of asset in bold, with a warning icon and what was learnt when), so the
mark is read by a screen reader and in greyscale, not carried by colour."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import AssetType, InformationSource
from enforcement_desktop.gui.models.assets_model import AssetsModel
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.services import assets, legacy
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import Client, build_client

pytestmark = pytest.mark.gui

NOTED = date(2026, 11, 20)


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    built = build_client(ctx)
    # The bank account of build_client, about to be emptied; a house already sold on.
    account = assets.get_asset(ctx, built.asset_id)
    legacy.flag_imminent_disposal(
        ctx, account.id, account.version, NOTED, InformationSource.THIRD_PARTY
    )
    sold = assets.AssetInput(
        asset_type=AssetType.PROPERTY,
        description="14 Imaginary Lane, Demoton",
        estimated_value=Decimal("150000.00"),
        source=InformationSource.LAND_REGISTRY,
        recorded_on=date(2026, 10, 1),
        disposed_to_third_party=True,
    )
    assets.create_asset(ctx, built.paying_parent_id, sold)
    plain = assets.AssetInput(
        asset_type=AssetType.VEHICLE,
        description="Blue hatchback",
        source=InformationSource.DVLA,
        recorded_on=date(2026, 10, 2),
    )
    assets.create_asset(ctx, built.paying_parent_id, plain)
    return built


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, client: Client) -> AssetView:
    widget = AssetView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(client.paying_parent_id)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def flags_cell(view: AssetView, description_start: str) -> int:
    model = view.model
    row = model.row_of(lambda a: (a.description or "").startswith(description_start))
    assert row is not None
    return row


def test_flagged_assets_name_their_flags_in_words(view: AssetView) -> None:
    model = view.model
    assert model.headerData(AssetsModel.FLAGS, Qt.Orientation.Horizontal) == "Flags"
    account = model.index(flags_cell(view, "Current account"), AssetsModel.FLAGS)
    assert account.data() == "Imminent disposal"
    font = account.data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    icon = account.data(Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    spoken = account.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Urgent" in spoken and "about to be disposed of" in spoken
    tip = account.data(Qt.ItemDataRole.ToolTipRole)
    assert "20/11/2026" in tip and "Third party" in tip and "Check CSA" in tip

    sold = model.index(flags_cell(view, "14 Imaginary Lane"), AssetsModel.FLAGS)
    assert sold.data() == "Disposed to third party"
    assert sold.data(Qt.ItemDataRole.DecorationRole) is None
    assert "third party" in sold.data(Qt.ItemDataRole.AccessibleTextRole)

    plain = model.index(flags_cell(view, "Blue hatchback"), AssetsModel.FLAGS)
    assert plain.data() == ""
    assert plain.data(Qt.ItemDataRole.FontRole) is None
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None


def test_the_flags_column_is_in_view_and_sorts_flagged_first(
    view: AssetView, qtbot: QtBot, tmp_path: Path
) -> None:
    table = view.ui.assetsTable
    rect = table.visualRect(view.model.index(0, AssetsModel.FLAGS))
    assert rect.isValid() and table.viewport().rect().contains(rect)
    view.model.sort(AssetsModel.FLAGS, Qt.SortOrder.AscendingOrder)
    assert view.model.index(0, AssetsModel.FLAGS).data() == "Imminent disposal"
    assert view.grab().save(str(tmp_path / "assets.png"))


def test_assets_model_with_flags(
    qtmodeltester: ModelTester, ctx: ServiceContext, client: Client
) -> None:
    model = AssetsModel()
    model.set_rows(assets.list_assets(ctx, client.paying_parent_id))
    qtmodeltester.check(model)
