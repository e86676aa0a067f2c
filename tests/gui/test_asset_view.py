"""The Asset view on a real database: add with a bad value, correct it, disregard, link to an SR."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import AccountType, AssetFinding, AssetType, InformationSource
from enforcement_desktop.gui.dialogs.disregard_dialog import DisregardDialog
from enforcement_desktop.gui.models.assets_model import AssetsModel
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services import assets
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent
from tests.gui.builders import Client, build_client

pytestmark = pytest.mark.gui


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx)


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, client: Client) -> AssetView:
    widget = AssetView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(client.paying_parent_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def replace_text(qtbot: QtBot, edit: MoneyEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def fill_new_asset(qtbot: QtBot, view: AssetView, value: str) -> None:
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    select_value(view.ui.typeCombo, AssetType.PROPERTY)
    select_value(view.ui.sourceCombo, InformationSource.LAND_REGISTRY)
    qtbot.keyClicks(view.ui.descriptionEdit, "Flat 2, 8 Sample Row, Coventry")
    replace_text(qtbot, view.ui.valueEdit, value)


def test_shows_the_clients_assets_in_uk_formats(view: AssetView) -> None:
    model = view.model
    assert model.rowCount() == 1
    assert model.index(0, AssetsModel.VALUE).data() == "£2,150.00"
    assert model.index(0, AssetsModel.RECORDED).data() == "12/10/2026"
    assert model.index(0, AssetsModel.TYPE).data() == "Bank account"
    align = Qt.AlignmentFlag(
        model.index(0, AssetsModel.VALUE).data(Qt.ItemDataRole.TextAlignmentRole)
    )
    assert align & Qt.AlignmentFlag.AlignRight
    # The first asset is selected and in the form.
    assert view.ui.descriptionEdit.text() == "Current account, Example Bank"
    assert view.ui.valueEdit.text() == "£2,150.00"
    assert view.ui.recordedEdit.text() == "12/10/2026"


def test_bad_value_is_shown_next_to_the_field_and_nothing_is_saved(
    qtbot: QtBot, view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    fill_new_asset(qtbot, view, "twelve pounds")
    assert view.has_unsaved_changes()
    assert view.save() is False
    assert view.ui.valueError.isVisible()
    assert "not an amount" in view.ui.valueError.text()
    assert len(assets.list_assets(ctx, client.paying_parent_id)) == 1

    # A number the service refuses: its message is shown under the same field.
    replace_text(qtbot, view.ui.valueEdit, "-50")
    qtbot.mouseClick(view.ui.saveButton, Qt.MouseButton.LeftButton)
    assert view.ui.valueError.isVisible()
    assert view.ui.valueError.text() == "Must be £0.00 or more"
    assert view.ui.valueEdit.accessibleDescription() == "Error: Must be £0.00 or more"
    assert len(assets.list_assets(ctx, client.paying_parent_id)) == 1


def test_corrected_value_is_saved_and_audited(
    qtbot: QtBot, view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    fill_new_asset(qtbot, view, "12.345")
    assert view.save() is False
    assert view.ui.valueError.text() == "At most two decimal places (pounds and pence)"

    replace_text(qtbot, view.ui.valueEdit, "£187,500.50")
    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.ui.saveButton, Qt.MouseButton.LeftButton)
    assert message.args == ["Asset added"]
    assert not view.ui.valueError.isVisible()
    assert not view.has_unsaved_changes()

    saved = [a for a in assets.list_assets(ctx, client.paying_parent_id) if a.id != client.asset_id]
    assert len(saved) == 1
    asset = saved[0]
    assert asset.estimated_value == Decimal("187500.50")
    assert asset.asset_type == AssetType.PROPERTY
    assert asset.recorded_on == date(2026, 11, 23)  # today by default
    with ctx.db.unit_of_work() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.entity == "asset", AuditEvent.entity_id == asset.id)
        ).all()
    assert [e.action for e in events] == ["create"]
    assert events[0].user == "test.user"
    # The new asset is selected in the table and shown in the form.
    assert view.ui.valueEdit.text() == "£187,500.50"
    row = view.model.row_of_id(asset.id)
    assert row is not None
    assert view.model.index(row, AssetsModel.VALUE).data() == "£187,500.50"


def test_missing_choices_are_reported_without_calling_the_service(
    qtbot: QtBot, view: AssetView
) -> None:
    qtbot.mouseClick(view.ui.newButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.ui.descriptionEdit, "Something")
    assert view.save() is False
    assert view.ui.typeError.text() == "Choose the type of asset"
    assert view.ui.sourceError.text() == "Choose where the information came from"


def test_changing_an_asset_saves_it(
    qtbot: QtBot, view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    replace_text(qtbot, view.ui.valueEdit, "2,400")
    select_value(view.ui.findingCombo, AssetFinding.RELEVANT)
    assert view.save()
    asset = assets.get_asset(ctx, client.asset_id)
    assert asset.estimated_value == Decimal("2400.00")
    assert asset.finding == AssetFinding.RELEVANT
    assert view.model.index(0, AssetsModel.FINDING).data() == "Relevant"


def test_disposed_to_third_party_unlocks_set_aside_disposition(
    view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    from enforcement_desktop.domain.enums import Power
    from enforcement_desktop.services.options import case_options

    def set_aside_allowed() -> bool:
        return next(
            o
            for o in case_options(ctx, client.case_id)
            if o.power == Power.SET_ASIDE_DISPOSITION_ORDER
        ).allowed

    assert not view.ui.disposedCheck.isChecked()
    assert not set_aside_allowed()
    view.ui.disposedCheck.setChecked(True)
    assert view.has_unsaved_changes()
    assert view.save()
    assert assets.get_asset(ctx, client.asset_id).disposed_to_third_party
    assert set_aside_allowed()


def test_account_type_only_for_bank_accounts(view: AssetView) -> None:
    assert view.ui.accountTypeCombo.isEnabled()
    select_value(view.ui.typeCombo, AssetType.VEHICLE)
    assert not view.ui.accountTypeCombo.isEnabled()
    assert view.ui.accountTypeCombo.currentData() is None
    select_value(view.ui.typeCombo, AssetType.BANK_ACCOUNT)
    assert view.ui.accountTypeCombo.isEnabled()
    select_value(view.ui.accountTypeCombo, AccountType.JOINT)
    assert view.ui.accountTypeCombo.currentData() == AccountType.JOINT.value


def test_revert_drops_changes(qtbot: QtBot, view: AssetView) -> None:
    replace_text(qtbot, view.ui.valueEdit, "1")
    assert view.has_unsaved_changes()
    qtbot.mouseClick(view.ui.revertButton, Qt.MouseButton.LeftButton)
    assert not view.has_unsaved_changes()
    assert view.ui.valueEdit.text() == "£2,150.00"


def drive_disregard(qtbot: QtBot, reasons: list[str]) -> Callable[[QDialog], bool]:
    """Stand in for exec(): type each reason and press Disregard until the dialog closes."""

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, DisregardDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        assert "a record that the search was made is kept" in dialog.ui.warningLabel.text()
        for reason in reasons:
            dialog.ui.reasonEdit.setPlainText(reason)
            qtbot.mouseClick(dialog.disregard_button, Qt.MouseButton.LeftButton)
            if dialog.result() != QDialog.DialogCode.Accepted:
                assert dialog.ui.disregardReasonError.isVisible()
        return dialog.result() == QDialog.DialogCode.Accepted

    return drive


def test_disregard_removes_the_details_and_keeps_the_search(
    qtbot: QtBot,
    view: AssetView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(forms, "run_dialog", drive_disregard(qtbot, ["", "Account closed in 2019"]))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.disregardButton, Qt.MouseButton.LeftButton)

    asset = assets.get_asset(ctx, client.asset_id)
    assert asset.finding == AssetFinding.DISREGARDED
    assert asset.description is None
    assert asset.estimated_value is None
    assert asset.account_type is None
    # The record that the search was made is kept.
    assert asset.source == InformationSource.CREDIT_REFERENCE_AGENCY
    assert asset.recorded_on == date(2026, 10, 12)
    assert asset.disregard_reason == "Account closed in 2019"

    assert view.model.index(0, AssetsModel.DESCRIPTION).data() == "(details removed)"
    assert view.model.index(0, AssetsModel.VALUE).data() == ""
    assert view.ui.disregardedLabel.isVisible()
    assert "Account closed in 2019" in view.ui.disregardedLabel.text()
    assert not view.ui.disregardButton.isEnabled()
    assert not view.ui.saveButton.isEnabled()
    assert not view.ui.valueEdit.isEnabled()
    assert not view.ui.linkButton.isEnabled()


def test_cancelled_disregard_changes_nothing(
    qtbot: QtBot,
    view: AssetView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def cancel(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        assert isinstance(dialog, DisregardDialog)
        dialog.ui.reasonEdit.setPlainText("Not needed")
        qtbot.mouseClick(
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
            Qt.MouseButton.LeftButton,
        )
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", cancel)
    view.disregard_selected()
    assert assets.get_asset(ctx, client.asset_id).description == "Current account, Example Bank"


def test_link_and_unlink_asset_to_an_open_service_request(
    qtbot: QtBot, view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    assert view.ui.srCombo.currentData() == client.sr_id
    assert f"SR {client.sr_id}" in view.ui.srCombo.currentText()
    assert view.ui.linkButton.isEnabled()
    assert not view.ui.unlinkButton.isEnabled()

    with qtbot.waitSignal(view.status_message) as message:
        qtbot.mouseClick(view.ui.linkButton, Qt.MouseButton.LeftButton)
    assert message.args == [f"Asset linked to SR {client.sr_id}"]
    assert assets.get_asset(ctx, client.asset_id).service_request_ids == (client.sr_id,)
    assert view.model.index(0, AssetsModel.LINKED).data() == f"SR {client.sr_id}"
    assert f"Linked to: SR {client.sr_id}" in view.ui.linkedLabel.text()
    assert view.ui.unlinkButton.isEnabled()
    assert not view.ui.linkButton.isEnabled()

    qtbot.mouseClick(view.ui.unlinkButton, Qt.MouseButton.LeftButton)
    assert assets.get_asset(ctx, client.asset_id).service_request_ids == ()
    assert "not linked" in view.ui.linkedLabel.text()


def test_refused_link_is_shown_next_to_the_link_row(
    qtbot: QtBot, view: AssetView, ctx: ServiceContext, client: Client
) -> None:
    # Someone else links it first: the service refuses the second link, and says why.
    assets.link_asset_to_sr(ctx, client.sr_id, client.asset_id)
    view.link_selected()
    assert view.ui.linkError.isVisible()
    assert "already associated" in view.ui.linkError.text()


def test_no_client_disables_the_view(qtbot: QtBot, ctx: ServiceContext) -> None:
    widget = AssetView(ctx)
    qtbot.addWidget(widget)
    assert not widget.isEnabled()
    assert widget.model.rowCount() == 0
    assert widget.save()


def test_assets_model(qtmodeltester: ModelTester, ctx: ServiceContext, client: Client) -> None:
    assets.create_asset(
        ctx,
        client.paying_parent_id,
        assets.AssetInput(AssetType.SHARES, InformationSource.COMPANIES_HOUSE, date(2026, 1, 5)),
    )
    model = AssetsModel()
    model.set_rows(assets.list_assets(ctx, client.paying_parent_id))
    model.set_service_request_names({client.sr_id: "SR 1 — Bailiff"})
    qtmodeltester.check(model)
    model.sort(AssetsModel.VALUE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, AssetsModel.VALUE).data() == "£2,150.00"
    assert model.index(1, AssetsModel.VALUE).data() == ""  # no value: last either way
    model.sort(AssetsModel.VALUE, Qt.SortOrder.AscendingOrder)
    assert model.index(1, AssetsModel.VALUE).data() == ""
    qtmodeltester.check(model)


# ---------------------------------------------------------------------- input widgets


def test_money_edit_reads_uk_amounts_without_floats(qtbot: QtBot) -> None:
    edit = MoneyEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None
    for text, expected in (("1,234.56", "1234.56"), ("£1234.56", "1234.56"), ("12", "12")):
        edit.setText(text)
        assert edit.value() == Decimal(expected)
        assert isinstance(edit.value(), Decimal)
    edit.setText("abc")
    with pytest.raises(ValueError):
        edit.value()
    assert edit.parse_error() == (
        "'abc' is not an amount in pounds and pence: write it as 1234.56, 1,234.56 or £1,234.56"
    )
    edit.setText("1e3")  # not read as £1,000.00
    assert edit.parse_error() is not None
    edit.setText("1234.5")
    edit.editingFinished.emit()
    assert edit.text() == "£1,234.50"
    edit.setText("1.005")  # left as typed: the service says what is wrong with it
    edit.editingFinished.emit()
    assert edit.text() == "1.005"
    edit.set_value(Decimal("0.5"))
    assert edit.text() == "£0.50"
