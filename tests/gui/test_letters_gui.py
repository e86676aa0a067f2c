"""Letters and documents on the Activity Plan (issue 10; Enforcement Action – Consider, steps
9-11): New letter…, Reply received…, Attach file…, and opening what the tab lists."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import DocumentType, SrStatus, StepOutcome
from enforcement_desktop.domain.letters import (
    MAX_ATTACHMENT_BYTES,
    Cmel9251Variant,
    LetterCode,
    RecipientKind,
)
from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog
from enforcement_desktop.gui.dialogs.reply_dialog import ReplyDialog
from enforcement_desktop.gui.preferences import remember_output_folder
from enforcement_desktop.gui.views import sr_attachments
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import letters
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Contact, Letter
from tests.services.builders import make_case, make_case_manager

pytestmark = pytest.mark.gui

SCIN = "121000000101"
TODAY = date(2026, 11, 23)


def _decide_sr(ctx: ServiceContext) -> tuple[int, int]:
    """A Decide on enforcement action SR In Progress; (paying parent id, SR id)."""
    make_case_manager(ctx)
    case = make_case(ctx, SCIN)
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == SCIN))
        assert payer is not None
        payer.employer_name = "Demoton Widgets Ltd"
        payer.nino = "QQ123456C"
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    return case.paying_parent_id, sr.id


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    return folder


def _view(
    qtbot: QtBot, ctx: ServiceContext, contact_id: int, sr_id: int, store: Path, tmp_path: Path
) -> ActivityPlanView:
    view = ActivityPlanView(ctx)
    qtbot.addWidget(view)
    settings = QSettings(str(tmp_path / "view.ini"), QSettings.Format.IniFormat)
    remember_output_folder(ctx.db.url, store, settings)
    view.output_settings = settings
    view.resize(1280, 800)
    view.show()
    view.set_client(contact_id)
    view.show_service_request(sr_id)
    qtbot.waitUntil(lambda: view.sr is not None and view.sr.id == sr_id)
    view.show_tab(view.ui.documentsTab)
    return view


def _drive(
    qtbot: QtBot, kind: type[QDialog], seen: list[QDialog], fill: Callable[[QDialog], None]
) -> Callable[[QDialog], bool]:
    """Stand in for exec(): fill the dialog (which may click its own buttons)."""

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, kind)
        dialog.show()
        qtbot.waitExposed(dialog)
        fill(dialog)
        seen.append(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def _choose(dialog: LetterDialog, code: LetterCode, to: RecipientKind) -> None:
    ui = dialog.ui
    ui.codeCombo.setCurrentIndex(ui.codeCombo.findData(code))
    ui.recipientCombo.setCurrentIndex(ui.recipientCombo.findData(to))


def _write(qtbot: QtBot, dialog: QDialog) -> None:
    box = dialog.ui.buttonBox  # type: ignore[attr-defined]
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _send_cmel9251(ctx: ServiceContext, sr_id: int, store: Path, due: date) -> letters.LetterDTO:
    data = letters.LetterInput(
        LetterCode.CMEL9251,
        RecipientKind.EMPLOYER,
        due,
        information_about="their earnings",
        variant=Cmel9251Variant.FAILED_TO_SUPPLY,
    )
    return letters.send_letter(ctx, sr_id, data, store)


def _row(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    item = tree.topLevelItem(index)
    assert item is not None
    return item


def _recorder(seen: list[object], answer: object = True) -> Callable[..., object]:
    """Stand in for a call: remember its last argument, give ``answer``."""

    def record(*args: object) -> object:
        seen.append(args[-1])
        return answer

    return record


def _letters(ctx: ServiceContext) -> int:
    with ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Letter)) or 0)


def test_a_cmel9251_to_the_employer_is_written_shown_and_opened(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)
    assert view.ui.newLetterButton.isEnabled()
    assert not view.ui.replyReceivedButton.isEnabled()  # no letter yet

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        ui = dialog.ui
        codes = [ui.codeCombo.itemData(i) for i in range(ui.codeCombo.count())]
        assert codes == [
            "CMEL9251", "CMEL9236", "CMEL7183", "CMEL9253", "FT9253", "CMEL9235", "VQ615"
        ]  # fmt: skip
        _choose(dialog, LetterCode.CMEL9251, RecipientKind.EMPLOYER)
        recipients = [ui.recipientCombo.itemText(i) for i in range(ui.recipientCombo.count())]
        assert recipients == ["Employer", "Other third party", "Bank or building society"]
        # CMEL9251's inputs only: no council boxes, no CMEL7183 texts.
        assert ui.informationAboutEdit.isVisible() and ui.variantCombo.isVisible()
        assert not ui.councilItemsList.isVisible() and not ui.reasonEdit.isVisible()
        assert "Demoton Widgets Ltd" in ui.recipientNameEdit.placeholderText()
        assert ui.replyDueEdit.value() == TODAY + timedelta(days=14)
        ui.recipientAddressEdit.setPlainText("Unit 4 Example Park\nDemoton\nZZ99 2ZZ")
        ui.informationAboutEdit.setText("their earnings and pension")
        ui.variantCombo.setCurrentIndex(ui.variantCombo.findData(Cmel9251Variant.UNABLE_TO_TRACE))
        ui.includeNinoCheck.setChecked(True)
        _write(qtbot, dialog)

    seen: list[QDialog] = []
    offered: list[object] = []
    opened: list[object] = []
    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, LetterDialog, seen, fill))
    monkeypatch.setattr(sr_attachments, "offer_to_open", _recorder(offered))
    monkeypatch.setattr(QDesktopServices, "openUrl", _recorder(opened))
    messages: list[str] = []
    view.status_message.connect(messages.append)

    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.newLetterButton, Qt.MouseButton.LeftButton)

    written = store / f"{SCIN}_CMEL9251_{sr_id}.docx"
    assert written.is_file()
    assert offered == [written]
    assert opened == [QUrl.fromLocalFile(str(written))]
    assert any(f"written to {written}" in m for m in messages)
    qtbot.waitUntil(lambda: view.ui.lettersTree.topLevelItemCount() == 1)
    row = _row(view.ui.lettersTree, 0)
    assert [row.text(c) for c in range(5)] == [
        "CMEL9251",
        "Demoton Widgets Ltd (Employer)",
        "23/11/2026",
        "07/12/2026",
        "—",
    ]
    assert view.ui.documentsTree.topLevelItemCount() == 1
    assert "Letters and documents (1)" in view.ui.detailTabs.tabText(
        view.ui.detailTabs.indexOf(view.ui.documentsTab)
    )
    sr = srs.get_service_request(ctx, sr_id)
    step = next(s for s in sr.steps if s.step_key == "letter_outbound")
    assert step.outcome is StepOutcome.DONE


def test_a_bank_letter_by_a_case_manager_is_refused_beside_the_recipient(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)
    shown: dict[str, str] = {}

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        ui = dialog.ui
        _choose(dialog, LetterCode.CMEL9251, RecipientKind.BANK)
        # The domain's verdict, before anything is written.
        assert ui.recipientError.isVisible()
        assert "Deduction Order Team" in ui.recipientError.text()
        # Missing inputs and a reply due today: each refused beside its field.
        ui.replyDueEdit.set_value(TODAY)
        _write(qtbot, dialog)
        assert ui.replyDueError.isVisible() and "after the letter is sent" in (
            ui.replyDueError.text()
        )
        assert ui.variantError.isVisible() and ui.informationAboutError.isVisible()
        assert ui.recipientNameError.isVisible()
        # Complete it: the service refuses the bank letter itself.
        ui.replyDueEdit.set_value(TODAY + timedelta(days=10))
        ui.recipientNameEdit.setText("Example Building Society")
        ui.informationAboutEdit.setText("their accounts")
        ui.variantCombo.setCurrentIndex(ui.variantCombo.findData(Cmel9251Variant.UNABLE_TO_TRACE))
        _write(qtbot, dialog)
        assert dialog.isVisible()
        assert not ui.replyDueError.isVisible()
        shown["recipient"] = ui.recipientError.text()
        dialog.reject()

    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, LetterDialog, [], fill))
    assert view.letter_actions.new_letter() is False
    assert "Financial Investigations Unit" in shown["recipient"]
    assert _letters(ctx) == 0
    assert list(store.iterdir()) == []


def test_a_reply_with_its_document_is_recorded_and_listed(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    sent = _send_cmel9251(ctx, sr_id, store, TODAY + timedelta(days=14))
    received = tmp_path / "reply from the employer.pdf"
    received.write_bytes(b"%PDF-1.4 fictional reply")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(received), "All files (*)")
    )
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)
    view.ui.lettersTree.setCurrentItem(_row(view.ui.lettersTree, 0))
    assert view.ui.replyReceivedButton.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReplyDialog)
        ui = dialog.ui
        assert "CMEL9251" in ui.introLabel.text()
        ui.receivedOnEdit.set_value(TODAY - timedelta(days=1))  # before it was sent
        _write(qtbot, dialog)
        assert ui.receivedOnError.isVisible() and "before the letter was sent" in (
            ui.receivedOnError.text()
        )
        ui.receivedOnEdit.set_value(TODAY)
        qtbot.mouseClick(ui.chooseFileButton, Qt.MouseButton.LeftButton)
        assert ui.fileEdit.text() == str(received)
        _write(qtbot, dialog)

    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, ReplyDialog, [], fill))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.replyReceivedButton, Qt.MouseButton.LeftButton)

    (registered,) = letters.list_letters(ctx, sr_id)
    assert registered.id == sent.id
    assert registered.reply_received_on == TODAY
    assert registered.reply_file_name == received.name
    qtbot.waitUntil(lambda: _row(view.ui.lettersTree, 0).text(4) == f"23/11/2026 · {received.name}")
    tree = view.ui.documentsTree
    names = {_row(tree, i).text(1): _row(tree, i) for i in range(2)}
    reply_row = names[received.name]
    assert reply_row.text(0) == DocumentType.RECEIVED.label
    assert "SHA-256 " in reply_row.toolTip(4)
    assert len(reply_row.toolTip(4).split()[-1]) == 64


def test_attach_file_refuses_a_file_over_50_mb_beside_the_list_then_attaches_one(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)
    big = tmp_path / "scan.tif"
    with big.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.truncate(MAX_ATTACHMENT_BYTES + 1)
    chosen = [str(big)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (chosen[0], ""))

    assert view.letter_actions.attach_file() is False
    assert view.ui.attachError.isVisible()
    assert "the limit is 50 MB" in view.ui.attachError.text()
    assert view.ui.documentsTree.topLevelItemCount() == 0

    payslip = tmp_path / "payslip.pdf"
    payslip.write_bytes(b"%PDF-1.4 fictional payslip")
    chosen[0] = str(payslip)
    with qtbot.waitSignal(view.data_changed):
        assert view.letter_actions.attach_file() is True
    assert not view.ui.attachError.isVisible()
    qtbot.waitUntil(lambda: view.ui.documentsTree.topLevelItemCount() == 1)
    assert _row(view.ui.documentsTree, 0).text(1) == "payslip.pdf"


def test_enter_on_a_letter_opens_its_document_and_an_overdue_reply_is_red(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    sent = _send_cmel9251(ctx, sr_id, store, TODAY + timedelta(days=7))
    assert sent.document_path is not None
    later = replace(ctx, clock=lambda: ctx.now() + timedelta(days=10))
    view = _view(qtbot, later, contact_id, sr_id, store, tmp_path)
    tree = view.ui.lettersTree
    item = _row(tree, 0)
    assert item.foreground(3).color().name() == sr_attachments.OVERDUE.name()
    assert "Overdue" in item.toolTip(3)

    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", _recorder(opened))
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened == [QUrl.fromLocalFile(str(store / sent.document_path))]
