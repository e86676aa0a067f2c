"""The Bailiff Proceed Date in "Record pack as sent" (Bailiff procedure, step 17): shown with the
pack's build date (the day bailiff action was decided), saved on each SR's Enforce form, and
refused beside its field when it is missing or after the date sent."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
from enforcement_desktop.services import bailiff
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui

TODAY = FIXED_NOW.date()
BUILT = TODAY - timedelta(days=3)
PREPARED = "121000000008"  # showcase: three Bailiff SRs validated, pack not built
COMPANY = "Example Enforcement Agents Ltd"


@pytest.fixture
def built(ctx: ServiceContext, tmp_path: Path) -> list[int]:
    """The showcase client's pack, built three days ago; its SRs."""
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)
    earlier = ServiceContext(db=ctx.db, user=ctx.user, clock=lambda: FIXED_NOW - timedelta(days=3))
    folder = tmp_path / "packs"
    folder.mkdir()
    return list(bailiff.build_bailiff_pack(earlier, PREPARED, folder).sr_ids)


def open_dialog(qtbot: QtBot, ctx: ServiceContext) -> RecordPackSentDialog:
    dialog = RecordPackSentDialog(ctx, PREPARED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


def save(qtbot: QtBot, dialog: RecordPackSentDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_proceed_date_defaults_to_the_pack_build_date_and_is_saved(
    qtbot: QtBot, ctx: ServiceContext, built: list[int]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    edit = dialog.ui.proceedDateEdit
    assert edit.value() == BUILT
    assert dialog.ui.issueDateEdit.value() == TODAY
    assert "Bailiff Proceed Date" in edit.whatsThis()
    assert "step 17" in edit.whatsThis()
    decided = TODAY - timedelta(days=2)
    edit.set_value(decided)
    dialog.ui.companyCombo.setEditText(COMPANY)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    for sr_id in built:
        form = srs.get_service_request(ctx, sr_id).enforce_form
        assert form is not None
        assert form.values.bailiff_proceed_date == decided
        assert form.values.bailiff_issue_date == TODAY


def test_proceed_date_after_the_date_sent_is_refused_beside_the_dates(
    qtbot: QtBot, ctx: ServiceContext, built: list[int]
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.companyCombo.setEditText(COMPANY)
    dialog.ui.issueDateEdit.set_value(BUILT)
    dialog.ui.proceedDateEdit.set_value(BUILT + timedelta(days=1))
    save(qtbot, dialog)
    error = dialog.ui.proceedDateError
    qtbot.waitUntil(error.isVisible)
    assert format_date(BUILT) in error.text() and "after the date sent" in error.text()
    assert dialog.isVisible()
    for sr_id in built:
        form = srs.get_service_request(ctx, sr_id).enforce_form
        assert form is not None and form.values.bailiff_issue_date is None


def test_proceed_date_is_required(qtbot: QtBot, ctx: ServiceContext, built: list[int]) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.ui.companyCombo.setEditText(COMPANY)
    dialog.ui.proceedDateEdit.clear_value()
    save(qtbot, dialog)
    error = dialog.ui.proceedDateError
    qtbot.waitUntil(error.isVisible)
    assert "Bailiff Proceed Date" in error.text()
    assert dialog.isVisible()
