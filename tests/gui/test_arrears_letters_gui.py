"""The Activity Plan's Arrears letters tab (Arrears – Consider Action, step 5): the advice, Send
CMSL6031 / CMSL6038, CMSL5511 to the receiving parent, and Maintenance payments…."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import AddressType, SrStatus, SrSubStatus
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.gui.dialogs.arrears_letter_dialog import ArrearsLetterDialog
from enforcement_desktop.gui.dialogs.maintenance_dialog import MaintenanceDialog
from enforcement_desktop.gui.preferences import remember_output_folder
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import contacts, maintenance
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.maintenance import PaymentInput
from enforcement_desktop.storage.models import Address, Contact
from tests.gui.dataset import ARREARS
from tests.services.builders import make_case, make_case_manager

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 23)


def _review(ctx: ServiceContext) -> tuple[int, int, int]:
    """Pat Testington's Arrears Review (In Progress), the receiving parent at an address;
    (contact, case, SR)."""
    make_case_manager(ctx)
    case = make_case(ctx)
    with ctx.reading() as s:
        receiver = s.scalar(select(Contact).where(Contact.scin == "121000500101"))
        assert receiver is not None
    contacts.add_address(
        ctx,
        receiver.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL, "9 Imaginary Road", town="Sampleton", postcode="B1 1AA"
        ),
    )
    review = srs.create_service_request(ctx, case.id, *ARREARS)
    review = srs.change_status(ctx, review.id, review.version, SrStatus.IN_PROGRESS)
    return case.paying_parent_id, case.id, review.id


def _view(
    qtbot: QtBot, ctx: ServiceContext, contact_id: int, sr_id: int, tmp_path: Path
) -> ActivityPlanView:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    store = tmp_path / "store"
    store.mkdir(exist_ok=True)
    settings = QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)
    remember_output_folder(ctx.db.url, store, settings)
    view.output_settings = settings
    view.resize(1280, 800)
    view.show()
    view.set_client(contact_id)
    view.show_service_request(sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr_id)
    panel = view.arrears_actions.letters
    # The tab reads its SR only while it is shown (choosing an SR stays one read).
    assert panel.screen is None
    view.ui.detailTabs.setCurrentWidget(panel.tab)
    qtbot.waitUntil(lambda: panel.screen is not None and panel.screen.sr_id == sr_id)
    return view


def test_send_the_advised_cmsl6031_then_wait(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path
) -> None:
    contact_id, _case, sr_id = _review(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, tmp_path)
    panel = view.arrears_actions.letters
    ui = panel.ui
    tabs = view.ui.detailTabs
    assert tabs.isTabVisible(tabs.indexOf(panel.tab))
    tabs.setCurrentWidget(panel.tab)
    assert "No arrears letter has been sent" in ui.adviceLabel.text()
    assert "Arrears – Consider Action, step 5" in ui.adviceLabel.text()
    assert ui.sendAdvisedButton.isVisible() and ui.sendAdvisedButton.text() == "Send CMSL60&31"
    assert ui.lettersTable.rowCount() == 0
    assert "No collections of ongoing maintenance" in ui.paymentsLabel.text()

    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.sendAdvisedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.lettersTable.rowCount() == 1)
    item = ui.lettersTable.item(0, 0)
    assert item is not None and item.text() == "CMSL6031 Arrears notice"
    assert view.sr is not None and view.sr.status == SrStatus.WAIT
    assert view.sr.sub_status == SrSubStatus.WAIT_STATE_ARREARS_NOTICE
    assert view.sr.wait_until == TODAY + timedelta(days=7)
    assert "wait for a response until 30/11/2026" in ui.adviceLabel.text()
    assert not ui.sendAdvisedButton.isVisible()
    assert list((tmp_path / "store").glob("**/*CMSL6031*.docx"))


def test_a_refusal_shows_beside_the_buttons(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path
) -> None:
    contact_id, _case, sr_id = _review(ctx)
    with ctx.unit_of_work() as s:
        receiver = s.scalar(select(Contact).where(Contact.scin == "121000500101"))
        assert receiver is not None
        for address in s.scalars(select(Address).where(Address.contact_id == receiver.id)):
            address.is_current = False
    view = _view(qtbot, ctx, contact_id, sr_id, tmp_path)
    ui = view.arrears_actions.letters.ui
    view.ui.detailTabs.setCurrentWidget(view.arrears_actions.letters.tab)
    assert ui.sendCmsl5511Button.isVisible()
    qtbot.mouseClick(ui.sendCmsl5511Button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.sendError.isVisible())
    assert ui.sendError.text().startswith("The receiving parent has no current address")
    assert ui.lettersTable.rowCount() == 0


def test_maintenance_payments_dialog_records_a_collection_and_cmsl6038_is_advised(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id, case_id, sr_id = _review(ctx)
    from enforcement_desktop.services import arrears_letters

    arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6031, tmp_path / "store")
    # Answered at once; then 12 weekly collections paid in full on time.
    with ctx.unit_of_work() as s:
        from enforcement_desktop.storage.models import Letter

        letter = s.scalar(select(Letter))
        assert letter is not None
        letter.sent_on = date(2026, 8, 1)
        letter.reply_received_on = date(2026, 8, 2)
    start = date(2026, 8, 10)
    for week in range(12):
        day = start + timedelta(weeks=week)
        maintenance.record_payment(ctx, case_id, PaymentInput(day, "45", "45", day))
    view = _view(qtbot, ctx, contact_id, sr_id, tmp_path)
    panel = view.arrears_actions.letters
    ui = panel.ui
    view.ui.detailTabs.setCurrentWidget(panel.tab)
    assert "No arrears letter is due" in ui.adviceLabel.text()
    assert "12 collections recorded, 0 missed" in ui.paymentsLabel.text()
    seen: list[MaintenanceDialog] = []
    missed_day = start + timedelta(weeks=12)

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, MaintenanceDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.waitUntil(lambda: dialog.payments is not None)
        d = dialog.ui
        assert d.paymentsTable.rowCount() == 12
        # The next week and the usual amount are offered.
        assert d.dueOnEdit.value() == missed_day
        save = d.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        d.amountPaidEdit.setText("10")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert d.paidOnError.text() == "Give the date the payment was received"
        d.paidOnEdit.set_value(missed_day)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    qtbot.mouseClick(ui.paymentsButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].saved is not None and seen[0].saved.due_on == missed_day
    qtbot.waitUntil(lambda: "complied for 12 weeks" in ui.adviceLabel.text())
    assert ui.sendAdvisedButton.text() == "Send CMSL60&38"
    assert "13 collections recorded, 1 missed" in ui.paymentsLabel.text()


def test_the_tab_is_hidden_on_other_srs(qtbot: QtBot, ctx: ServiceContext, tmp_path: Path) -> None:
    make_case_manager(ctx)
    case = make_case(ctx)
    decide = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    view.set_client(case.paying_parent_id)
    view.show_service_request(decide.id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == decide.id)
    tabs = view.ui.detailTabs
    assert not tabs.isTabVisible(tabs.indexOf(view.arrears_actions.letters.tab))


def test_a_letter_not_advised_is_sent_only_with_a_reason(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id, _case, sr_id = _review(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, tmp_path)
    panel = view.arrears_actions.letters
    ui = panel.ui
    view.ui.detailTabs.setCurrentWidget(panel.tab)
    assert ui.overrideButton.isVisible()
    seen: list[ArrearsLetterDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ArrearsLetterDialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        d = dialog.ui
        assert "No arrears letter has been sent" in d.adviceLabel.text()
        # The advised letter is the tab's own button; here only the other one.
        assert d.codeCombo.count() == 1 and d.codeCombo.currentData() == "CMSL6038"
        save = d.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert d.overrideReasonError.text().startswith("CMSL6038 is not advised now")
        d.overrideReasonEdit.setPlainText("CMSL6031 was sent from the old system in May")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(ui.overrideButton, Qt.MouseButton.LeftButton)
    assert seen and seen[0].sent is not None
    assert seen[0].sent.letter.code is LetterCode.CMSL6038
    qtbot.waitUntil(lambda: ui.lettersTable.rowCount() == 1)
    item = ui.lettersTable.item(0, 0)
    assert item is not None and item.text().startswith("CMSL6038")
