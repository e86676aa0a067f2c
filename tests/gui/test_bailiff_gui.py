"""The bailiff procedure through the GUI, on the demo's showcase clients: referral from the
Enforcement Orders view, validation in the Activity Plan, CMEL8011, the pack preview and the zip,
record sent, hold, outcome, CMEL8039, close; and the batch of packs from the Bailiff menu.

The dialogs are real; ``forms.run_dialog`` (their ``exec``) is replaced by a driver that fills
them and presses their buttons, and message boxes are answered by ``tests.gui.helpers``.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.gui import worker
from enforcement_desktop.gui.bailiff_batch import BatchPackRunner, BatchReport
from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
    CloseBailiffDialog,
    HoldDialog,
    OutcomeDialog,
)
from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import (
    COL_BALANCE,
    COL_FILE,
    COL_FORM,
    COL_ORIGIN,
    COL_REFERENCE,
    BailiffPackDialog,
)
from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import (
    COL_ORDER,
    COL_VERDICT,
    BailiffReferralDialog,
)
from enforcement_desktop.gui.dialogs.batch_preview_dialog import (
    COL_LOS,
    COL_REGION,
    COL_SCIN,
    COL_STOP,
    BatchPreviewDialog,
)
from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
from enforcement_desktop.gui.main_window import ACTIVITY_PLAN, ORDERS, MainWindow
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.preferences import output_folder_key
from enforcement_desktop.gui.views.activity_plan_view import (
    COL_OUTCOME,
    ActivityPlanView,
)
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import bailiff, cases, contacts, notes, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW
from tests.documents.helpers import docx_text, open_docx
from tests.gui.helpers import message_boxes

pytestmark = pytest.mark.gui

TODAY = FIXED_NOW.date()
READY = "121000000001"  # two CMS LOs and a CSA LO, ready for referral
SCOTLAND = "121000000005"
PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built
ZIP_NAME = f"{READY}Midlands.zip"
#: The demo's LOs of 121000000001 in collection priority: CMS oldest, CMS newest, CSA.
PRIORITY = (
    ("LO-2023-000001", "CMS", "£1,400.00"),
    ("LO-2025-000002", "CMS", "£2,495.50"),
    ("CSALO-2020-000003", "CSA", "£960.00"),
)
COMPANY = "Example Enforcement Agents Ltd"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture
def showcase(ctx: ServiceContext) -> None:
    """The demo's eight showcase clients, owned by the test user, "today" 23/11/2026."""
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)


@pytest.fixture
def out(tmp_path: Path, ctx: ServiceContext) -> Iterator[Path]:
    """The output folder for packs and letters, as the user last chose it for this database."""
    folder = tmp_path / "bailiff out"
    folder.mkdir()
    QSettings().setValue(output_folder_key(ctx.db.url), str(folder))
    yield folder
    QSettings().remove(output_folder_key(ctx.db.url))


@pytest.fixture
def window(open_window: Callable[[], MainWindow], showcase: None, out: Path) -> MainWindow:
    """The main window over the showcase clients, packs and letters going to ``out``."""
    return open_window()


# --------------------------------------------------------------------------- helpers


def drive(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    drivers: dict[type[QDialog], Callable[[Any], None]],
) -> list[QDialog]:
    """Replace ``forms.run_dialog``: show the dialog, let its driver work it, report Accepted."""
    seen: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        if dialog.parent() is None:  # one with a parent is its parent's to delete
            qtbot.addWidget(dialog)
        dialog.show()
        seen.append(dialog)
        drivers[type(dialog)](dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(forms, "run_dialog", run)
    return seen


def click(qtbot: QtBot, button: QPushButton | None) -> None:
    assert button is not None
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok_button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> QPushButton:
    button = box.button(which)
    assert button is not None
    return button


def contact_id(ctx: ServiceContext, scin: str) -> int:
    return contacts.find_contact_by_scin(ctx, scin).id


def set_step(view: ActivityPlanView, key: str, outcome: StepOutcome) -> None:
    assert view.sr is not None
    row = [s.step_key for s in view.sr.steps].index(key)
    combo = view.ui.stepsTable.cellWidget(row, COL_OUTCOME)
    assert isinstance(combo, QComboBox)
    index = combo.findData(outcome)
    assert index >= 0, f"{outcome} not offered for {key}"
    combo.setCurrentIndex(index)


def documents(view: ActivityPlanView) -> list[tuple[str, str, str, str]]:
    tree = view.ui.documentsTree
    rows = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        assert item is not None
        rows.append((item.text(0), item.text(1), item.text(2), item.text(4)))
    return rows


def table_column(dialog: BailiffPackDialog, column: int) -> list[str]:
    table = dialog.ui.formsTable
    return [table.item(r, column).text() for r in range(table.rowCount())]  # type: ignore[union-attr]


def plan_of(window: MainWindow) -> ActivityPlanView:
    view = window.view(ACTIVITY_PLAN)
    assert isinstance(view, ActivityPlanView)
    return view


def orders_of(window: MainWindow) -> OrdersView:
    view = window.view(ORDERS)
    assert isinstance(view, OrdersView)
    return view


def visible_actions(view: ActivityPlanView) -> list[str]:
    group = view.ui.bailiffActionsGroup
    if not group.isVisible():
        return []
    return [b.objectName() for b in group.findChildren(QPushButton) if b.isVisible()]


# --------------------------------------------------------------------------- the whole workflow


def test_bailiff_workflow_through_the_gui(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 1. Enforcement Orders → Refer to bailiff: the three granted LOs, each allowed.
    assert window.open_client(contact_id(ctx, READY))
    assert window.show_view(ORDERS)
    orders_view = orders_of(window)
    assert orders_view.ui.referButton.isEnabled()
    assert not orders_view.ui.packButton.isEnabled()
    assert "No Bailiff SR" in orders_view.ui.packButton.toolTip()

    def refer(dialog: BailiffReferralDialog) -> None:
        table = dialog.ui.ordersTable
        assert table.rowCount() == 3
        verdicts = [table.item(r, COL_VERDICT).text() for r in range(3)]  # type: ignore[union-attr]
        assert verdicts == ["✔ Allowed"] * 3
        assert len(dialog.ticked_ids()) == 3
        checks = dialog.ui.checksBrowser.toPlainText()
        assert "lives in England" in checks and "current balance of £960.00" in checks
        ok = ok_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "&Refer 3 LOs to bailiff"
        click(qtbot, ok)

    drive(monkeypatch, qtbot, {BailiffReferralDialog: refer})
    with (
        message_boxes(monkeypatch, QMessageBox.StandardButton.Open) as boxes,
        qtbot.waitSignal(orders_view.open_service_request) as opened,
    ):
        click(qtbot, orders_view.ui.referButton)
    assert "3 Bailiff service requests opened" in boxes.questions[0]
    # One SR per LO, in collection priority; the first is open in the Activity Plan.
    assert window.current_index() == ACTIVITY_PLAN
    plan = plan_of(window)
    first_id = opened.args[0]
    assert plan.sr is not None and plan.sr.id == first_id
    case_srs = [s for s in srs.list_for_case(ctx, plan.sr.case_id) if s.sub_area == "Bailiff"]
    created = sorted(s.id for s in case_srs if s.status == SrStatus.OPEN)
    assert len(created) == 3
    assert [srs.get_service_request(ctx, i).order_reference for i in created] == [
        ref for ref, _, _ in PRIORITY
    ]
    assert orders_view.ui.packButton.isEnabled()  # the view reloaded after the referral

    # 2. Each SR: In Progress, link the vehicle, validate, CMEL8011, welfare, decide.
    for sr_id in created:
        plan.show_service_request(sr_id)
        assert plan.sr is not None and plan.sr.order_reference is not None
        assert visible_actions(plan) == [
            "cmel8011Button",
            "preparePackButton",
            "recordSentButton",
            "holdButton",
        ]
        letter = plan.ui.cmel8011Button
        assert not letter.isEnabled()
        assert "asset must be associated" in letter.toolTip()
        assert "asset must be associated" in plan.ui.bailiffHintLabel.text()
        assert not plan.ui.recordSentButton.isEnabled()
        assert "Build the bailiff pack first" in plan.ui.recordSentButton.toolTip()
        assert not plan.ui.holdButton.isEnabled()
        assert "In Progress first" in plan.ui.holdButton.accessibleDescription()

        plan.ui.statusCombo.setCurrentIndex(plan.ui.statusCombo.findData(SrStatus.IN_PROGRESS))
        click(qtbot, plan.ui.applyStatusButton)
        assert plan.sr.status == SrStatus.IN_PROGRESS and len(plan.sr.steps) == 9
        vehicle = next(
            i
            for i in range(plan.ui.assetCombo.count())
            if plan.ui.assetCombo.itemText(i).startswith("Vehicle")
        )
        plan.ui.assetCombo.setCurrentIndex(vehicle)
        plan.ui.detailTabs.setCurrentWidget(plan.ui.assetsTab)
        click(qtbot, plan.ui.linkAssetButton)
        assert len(plan.sr.assets) == 1
        for key in ("check_lo_balance", "validate_lo", "validate_asset"):
            set_step(plan, key, StepOutcome.DONE)
        click(qtbot, plan.ui.saveButton)

        assert letter.isEnabled()
        click(qtbot, letter)
        letters = [d for d in documents(plan) if d[0].startswith("CMEL8011")]
        assert len(letters) == 2  # one per receiving parent
        for _type, name, created_at, sha in letters:
            assert name.endswith(".pdf") and created_at == "23/11/2026 09:30"
            assert len(sha) == 12
            assert (out / name).read_bytes().startswith(b"%PDF")
        assert plan.ui.detailTabs.currentWidget() is plan.ui.documentsTab
        step = next(s for s in plan.sr.steps if s.step_key == "notify_receiving_parent")
        assert step.outcome == StepOutcome.DONE
        set_step(plan, "welfare_of_child", StepOutcome.DONE)
        set_step(plan, "decide_next_step", StepOutcome.CONTINUE)
        click(qtbot, plan.ui.saveButton)
        assert not plan.has_unsaved_changes()

    # 3. The pack: preview first (LO 1 of 3 … 3 of 3, CMS old, CMS new, CSA), then build.
    note = "Siân says: the van is usually parked on O'Brien Road"
    folder_urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        folder_urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)

    def pack(dialog: BailiffPackDialog) -> None:
        assert ZIP_NAME in dialog.ui.zipLabel.text()
        assert table_column(dialog, COL_FORM) == [
            "CMEL8010 · LO 1 of 3",
            "CMEL8010 · LO 2 of 3",
            "CMEL8010 · LO 3 of 3",
        ]
        assert table_column(dialog, COL_REFERENCE) == [ref for ref, _, _ in PRIORITY]
        assert table_column(dialog, COL_ORIGIN) == [origin for _, origin, _ in PRIORITY]
        assert table_column(dialog, COL_BALANCE) == [money for _, _, money in PRIORITY]
        assert not dialog.ui.notReadyLabel.isVisible()
        dvs = dialog.ui.dvsCheck
        assert dvs.isEnabled() and not dvs.isChecked()
        assert "driving licence" in dialog.ui.dvsReasonLabel.text()
        dvs.setChecked(True)
        assert table_column(dialog, COL_FILE)[-1] == "04_CMSF5571_DVS_photo_request.docx"
        assert Path(dialog.ui.folderEdit.text()) == out
        first_text = next(iter(dialog._texts.values()))
        first_text.setPlainText(note)
        assert not out.joinpath(ZIP_NAME).exists()  # nothing written by the preview
        click(qtbot, dialog.build_button)
        assert dialog.outcome is not None
        assert dialog.ui.resultLabel.isVisible()
        assert str(out / ZIP_NAME) in dialog.ui.resultLabel.text()
        click(qtbot, dialog.ui.openFolderButton)
        assert folder_urls == [QUrl.fromLocalFile(str(out))]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    drive(monkeypatch, qtbot, {BailiffPackDialog: pack})
    plan.show_service_request(created[0])
    click(qtbot, plan.ui.preparePackButton)
    with zipfile.ZipFile(out / ZIP_NAME) as packed:
        names = packed.namelist()
        assert names == [
            "01_CMEL8010_LO_1_of_3_LO-2023-000001.docx",
            "02_CMEL8010_LO_2_of_3_LO-2025-000002.docx",
            "03_CMEL8010_LO_3_of_3_CSALO-2020-000003.docx",
            "04_CMSF5571_DVS_photo_request.docx",
        ]
        first_form = docx_text(open_docx(packed.read(names[0])))
        assert "LO 1 of 3" in first_form and note in first_form
        assert "LO 3 of 3" in docx_text(open_docx(packed.read(names[2])))
    assert [p.name for p in out.iterdir() if p.suffix == ".zip"] == [ZIP_NAME]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no staging left
    assert plan.sr is not None and plan.sr.id == created[0]
    kinds = [d[0] for d in documents(plan)]
    assert "CMEL8010 Referral to bailiff" in kinds and "Bailiff pack (zip)" in kinds
    assert plan.ui.recordSentButton.isEnabled()
    assert "Pack prepared on 23/11/2026 with a CMSF5571" in plan.ui.bailiffHintLabel.text()

    # 4. Record the whole pack sent, from this SR (Enter presses Record sent): the pack's three
    # SRs listed and ticked, the company typed once; each waits 90 days.
    def sent(dialog: RecordPackSentDialog) -> None:
        qtbot.waitUntil(lambda: not dialog.loading)
        assert dialog.checked_sr_ids() == created
        combo = dialog.ui.companyCombo
        combo.setEditText("")
        qtbot.keyClicks(combo, COMPANY)
        qtbot.keyClick(combo, Qt.Key.Key_Return)

    drive(monkeypatch, qtbot, {RecordPackSentDialog: sent})
    click(qtbot, plan.ui.recordSentButton)
    for sr_id in created:
        other = srs.get_service_request(ctx, sr_id)
        assert other.enforce_form is not None
        assert other.enforce_form.values.bailiff_company == COMPANY
        assert other.status == SrStatus.WAIT
    sr = plan.sr
    assert sr is not None
    assert (sr.status, sr.sub_status, sr.wait_until) == (
        SrStatus.WAIT,
        "Awaiting update from bailiff",
        TODAY + timedelta(days=90),
    )
    assert plan.ui.waitValue.text() == "21/02/2027"
    assert plan.ui.subStatusValue.text() == "Awaiting update from bailiff"
    assert visible_actions(plan) == ["holdButton", "recordOutcomeButton"]
    assert COMPANY in plan.ui.bailiffHintLabel.text()

    # 5. Outcome: Not successful, returned by the bailiff with a Nulla Bona.
    def outcome(dialog: OutcomeDialog) -> None:
        ui = dialog.ui
        assert not ui.reasonCodeEdit.isEnabled() and not ui.nullaBonaCheck.isEnabled()
        forms.select_value(ui.outcomeCombo, BailiffOutcome.NOT_SUCCESSFUL)
        forms.select_value(ui.outcomeTypeCombo, BailiffOutcomeType.RETURNED_BY_BAILIFF)
        assert ui.reasonCodeEdit.isEnabled() and not ui.returnCodeEdit.isEnabled()
        ui.reasonCodeEdit.setText("Nulla Bona")
        ui.nullaBonaCheck.setChecked(True)
        assert ui.nullaBonaEdit.value() == TODAY
        click(qtbot, ok_button(ui.buttonBox, QDialogButtonBox.StandardButton.Save))

    drive(monkeypatch, qtbot, {OutcomeDialog: outcome})
    click(qtbot, plan.ui.recordOutcomeButton)
    sr = plan.sr
    assert sr is not None and sr.status == SrStatus.IN_PROGRESS
    assert sr.enforce_form is not None
    assert sr.enforce_form.values.nulla_bona_received_on == TODAY
    assert visible_actions(plan) == ["cmel8039Button", "closeBailiffButton"]
    assert "Nulla Bona received on 23/11/2026" in plan.ui.bailiffHintLabel.text()

    # 6. CMEL8039 to each receiving parent, recorded in Documents.
    click(qtbot, plan.ui.cmel8039Button)
    outcome_letters = [d for d in documents(plan) if d[0].startswith("CMEL8039")]
    assert len(outcome_letters) == 2
    assert all((out / d[1]).is_file() for d in outcome_letters)

    # 7. Close with costs not applied: Closed, Completed, read-only, no bailiff actions.
    def close(dialog: CloseBailiffDialog) -> None:
        save = ok_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)
        click(qtbot, save)  # nothing chosen yet: the error is shown, the dialog stays open
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert "Choose whether costs were applied" in dialog._errors["costs_applied"].text()
        dialog.ui.notAppliedRadio.setChecked(True)
        click(qtbot, save)

    drive(monkeypatch, qtbot, {CloseBailiffDialog: close})
    click(qtbot, plan.ui.closeBailiffButton)
    sr = plan.sr
    assert sr is not None
    assert (sr.status, sr.sub_status, sr.closed_on) == (SrStatus.CLOSED, "Completed", TODAY)
    costs = next(s for s in sr.steps if s.step_key == "cost_applied")
    assert costs.outcome == StepOutcome.NOT_APPLIED
    assert plan.ui.readOnlyLabel.isVisible()
    assert visible_actions(plan) == []
    assert window.last_status == f"Service request {sr.id} closed"


# --------------------------------------------------------------------------- refusals


def test_blocked_referral_shows_the_reason(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_client(contact_id(ctx, SCOTLAND))
    assert window.show_view(ORDERS)
    view = orders_of(window)

    def refer(dialog: BailiffReferralDialog) -> None:
        table = dialog.ui.ordersTable
        assert table.rowCount() == 1
        assert table.item(0, COL_VERDICT).text() == "✘ Blocked (1 reason)"  # type: ignore[union-attr]
        assert "lives in Scotland" in dialog.ui.checksBrowser.toPlainText()
        ok = ok_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a blocked LO starts unticked
        table.item(0, COL_ORDER).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
        click(qtbot, ok)
        # Refused, with the reason, and the dialog stays open.
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.ui.generalError.isVisible()
        assert "no service request was created" in dialog.ui.generalError.text()
        assert "lives in Scotland" in dialog.ui.generalError.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    drive(monkeypatch, qtbot, {BailiffReferralDialog: refer})
    with message_boxes(monkeypatch) as boxes:
        click(qtbot, view.ui.referButton)
    assert boxes.questions == []
    case_id = view.case_id
    assert case_id is not None
    assert not [s for s in srs.list_for_case(ctx, case_id) if s.sub_area == "Bailiff"]


def test_hold_of_29_days_shows_the_error_next_to_the_date(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    candidate = bailiff.pack_candidates(ctx, PREPARED)[0]
    assert window.open_service_request(candidate.sr_id)
    plan = plan_of(window)
    assert visible_actions(plan) == [
        "cmel8011Button",
        "preparePackButton",
        "recordSentButton",
        "holdButton",
    ]

    def escape(dialog: HoldDialog) -> None:
        qtbot.keyClicks(dialog.ui.reasonEdit, "Typed, then thought better of it")
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    drive(monkeypatch, qtbot, {HoldDialog: escape})
    click(qtbot, plan.ui.holdButton)
    assert srs.get_service_request(ctx, candidate.sr_id).status == SrStatus.IN_PROGRESS

    def hold(dialog: HoldDialog) -> None:
        dialog.ui.reasonEdit.setPlainText("Paying parent in hospital")
        dialog.ui.untilEdit.set_value(TODAY + timedelta(days=29))
        save = ok_button(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)
        click(qtbot, save)
        error = dialog._errors["until"]
        assert dialog.isVisible() and error.isVisible()
        assert "at most 28 days" in error.text()
        assert error.buddy() is dialog.ui.untilEdit
        assert "Error" in dialog.ui.untilEdit.accessibleDescription()
        assert not dialog._errors["reason"].isVisible()
        dialog.ui.untilEdit.set_value(TODAY + timedelta(days=28))
        click(qtbot, save)

    drive(monkeypatch, qtbot, {HoldDialog: hold})
    click(qtbot, plan.ui.holdButton)
    sr = plan.sr
    assert sr is not None
    assert (sr.status, sr.sub_status, sr.wait_until) == (
        SrStatus.WAIT,
        "On hold",
        date(2026, 12, 21),
    )
    assert visible_actions(plan) == [
        "cmel8011Button",
        "preparePackButton",
        "recordSentButton",
        "resumeButton",
    ]
    assert "On hold until 21/12/2026: Paying parent in hospital" in plan.ui.bailiffHintLabel.text()
    click(qtbot, plan.ui.resumeButton)
    assert plan.sr is not None and plan.sr.status == SrStatus.IN_PROGRESS
    assert "holdButton" in visible_actions(plan)


def test_pack_dialog_says_why_the_dvs_request_is_not_offered(
    qtbot: QtBot, ctx: ServiceContext, showcase: None, out: Path
) -> None:
    payer = contacts.find_contact_by_scin(ctx, PREPARED)
    values = {name: getattr(payer, name) for name in contacts.ContactInput.__dataclass_fields__}
    values.update(holds_driving_licence=False, driving_licence_number=None)
    contacts.update_contact(ctx, payer.id, payer.version, contacts.ContactInput(**values))
    # A vehicle is reason to suspect a licence (Bailiff procedure, step 14): none is recorded.
    for vehicle in contacts.get_contact(ctx, payer.id).vehicles:
        contacts.remove_vehicle(ctx, vehicle.id, vehicle.version)
    dialog = BailiffPackDialog(ctx, PREPARED)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.dvsCheck.isEnabled()
    assert dialog.ui.dvsReasonLabel.text() == f"Not offered: {bailiff.DVS_REFUSED}."
    assert dialog.ui.dvsCheck.toolTip() == dialog.ui.dvsReasonLabel.text()
    assert dialog.build_button.isEnabled()
    assert table_column(dialog, COL_FORM)[-1] == "CMEL8010 · LO 3 of 3"


def test_pack_dialog_lists_srs_not_ready_and_writes_nothing(
    qtbot: QtBot, ctx: ServiceContext, showcase: None, out: Path, tmp_path: Path
) -> None:
    payer = contact_id(ctx, READY)
    case = cases.cases_for_contact(ctx, payer)[0]
    bailiff.refer_to_bailiff(ctx, case.id, [o.id for o in orders.list_orders(ctx, case.id)])
    dialog = BailiffPackDialog(ctx, READY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.build_button.isEnabled()
    assert dialog.ui.notReadyLabel.isVisible()
    text = dialog.ui.notReadyLabel.text()
    assert "Not ready, so not in this pack (3)" in text
    assert "no asset associated" in text and "CMEL8011 not sent" in text
    assert dialog.ui.formsTable.rowCount() == 0
    assert not dialog.ui.dvsCheck.isEnabled()
    assert list(out.iterdir()) == []


def test_pack_from_the_orders_view_built_on_a_worker_thread(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    client = contact_id(ctx, PREPARED)
    assert window.open_client(client)
    # The client is read on the data lane: the banner and the view follow when it comes.
    qtbot.waitUntil(lambda: window.contact_id == client and not window.runner.busy)
    assert window.show_view(ORDERS)
    view = orders_of(window)
    assert view.ui.packButton.isEnabled()

    def pack(dialog: BailiffPackDialog) -> None:
        # The preview is read on the data lane: the dialog says so, then fills in.
        assert dialog.loading and not dialog.build_button.isEnabled()
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        assert table_column(dialog, COL_FORM) == [
            "CMEL8010 · LO 1 of 3",
            "CMEL8010 · LO 2 of 3",
            "CMEL8010 · LO 3 of 3",
        ]
        assert table_column(dialog, COL_ORIGIN) == ["CMS", "CMS", "CSA"]
        with qtbot.waitSignal(dialog.pack_built, timeout=30_000):
            qtbot.keyClick(dialog.ui.folderEdit, Qt.Key.Key_Return)  # Enter builds
        assert dialog.close_button.isDefault()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # then Enter closes

    seen = drive(monkeypatch, qtbot, {BailiffPackDialog: pack})
    with qtbot.waitSignal(view.data_changed):
        click(qtbot, view.ui.packButton)
    assert seen and seen[0].result() == QDialog.DialogCode.Rejected
    assert window.last_status == f"Bailiff pack written: {out / (PREPARED + 'Midlands.zip')}"
    with zipfile.ZipFile(out / f"{PREPARED}Midlands.zip") as packed:
        assert [n[:23] for n in packed.namelist()] == [
            "01_CMEL8010_LO_1_of_3_L",
            "02_CMEL8010_LO_2_of_3_L",
            "03_CMEL8010_LO_3_of_3_C",
        ]


# --------------------------------------------------------------------------- batch


def test_batch_builds_every_prepared_client_and_reports(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    out: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    batch_dir = tmp_path / "batch"
    batch_dir.mkdir()
    asked: list[str] = []

    def choose(_parent: object, _title: str, start: str, *_: object) -> str:
        asked.append(start)
        return str(batch_dir)

    previews: list[list[list[str]]] = []

    def preview(dialog: BatchPreviewDialog) -> None:
        # Which clients will be built comes first, read through the runner, before any folder.
        qtbot.waitUntil(lambda: not dialog.loading)
        table = dialog.ui.clientsTable
        previews.append(
            [
                [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
                for r in range(table.rowCount())
            ]
        )
        if dialog.ok_button.isEnabled():
            click(qtbot, dialog.ok_button)
        else:
            dialog.reject()

    drive(monkeypatch, qtbot, {BatchPreviewDialog: preview})
    # Cancelling the folder choice after the preview builds nothing.
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_: ""))
    assert window.build_all_packs() is False
    assert list(batch_dir.iterdir()) == [] and len(previews) == 1
    previews.clear()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(choose))
    with message_boxes(monkeypatch) as boxes:
        window.ui.actionBuildAllPacks.trigger()
    ((row,),) = previews
    assert row[COL_SCIN] == PREPARED and row[COL_REGION] == "Midlands"
    assert (row[COL_LOS], row[COL_STOP]) == ("3", "—")
    assert asked == [str(out)]
    assert boxes.shown[0].startswith("1 pack written, 0 clients skipped.")
    assert f"{PREPARED}Midlands.zip" in boxes.shown[0]
    assert [p.name for p in batch_dir.iterdir()] == [f"{PREPARED}Midlands.zip"]
    assert window.last_status == "Bailiff packs: 1 pack written, 0 clients skipped"
    with zipfile.ZipFile(batch_dir / f"{PREPARED}Midlands.zip") as packed:
        assert len(packed.namelist()) == 3  # no CMSF5571 in a batch

    # Again: the pack is already built and not sent, so the preview says so, leaves the client
    # unticked and builds nothing (no folder asked for).
    with message_boxes(monkeypatch) as boxes:
        assert window.build_all_packs() is False
    assert boxes.shown == []
    assert previews[-1][0][COL_STOP].startswith("pack already built on 23/11/2026")
    assert len(asked) == 1


def test_batch_on_worker_threads_with_progress(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worker, "SYNCHRONOUS", False)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_: str(tmp_path)))

    def preview(dialog: BatchPreviewDialog) -> None:
        # Read on the data lane's thread: the window keeps painting meanwhile.
        qtbot.waitUntil(lambda: not dialog.loading, timeout=30_000)
        assert dialog.chosen_scins() == [PREPARED]
        click(qtbot, dialog.ok_button)

    drive(monkeypatch, qtbot, {BatchPreviewDialog: preview})
    # With real threads a work-queue refresh may report after the batch, so keep every message.
    statuses: list[str] = []
    show_status = window.show_status

    def record(message: str) -> None:
        statuses.append(message)
        show_status(message)

    monkeypatch.setattr(window, "show_status", record)
    with message_boxes(monkeypatch) as boxes:
        assert window.build_all_packs() is True
        assert statuses[0] == "Building bailiff packs…"
        qtbot.waitUntil(lambda: bool(boxes.shown), timeout=30_000)
    assert boxes.shown[0].startswith("1 pack written, 0 clients skipped.")
    assert (tmp_path / f"{PREPARED}Midlands.zip").is_file()
    qtbot.waitUntil(
        lambda: "Bailiff packs: 1 pack written, 0 clients skipped" in statuses, timeout=30_000
    )
    assert worker.wait_for_workers()


def test_batch_cancel_stops_before_the_next_pack(
    qtbot: QtBot, ctx: ServiceContext, showcase: None, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    runner = BatchPackRunner(ctx, folder)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _scin: str) -> None:
        seen.append((done, total))
        runner.cancel()

    runner.progress.connect(progress)
    reports: list[BatchReport] = []
    # The batch is an operation's work: it reaches the database only through the runner.
    runner_for(ctx).run(Operation(runner, lambda _ctx: runner.run(), reports.append))
    (report,) = reports
    assert seen == [(0, 1)]
    assert report.cancelled and report.clients == 1
    assert report.written == [] and report.skipped == []
    assert report.summary == "0 packs written, 0 clients skipped; cancelled after 0 of 1 clients"
    assert list(folder.iterdir()) == []


def test_pack_dialog_lists_every_lo_and_asks_why_a_higher_one_is_left_out(
    qtbot: QtBot, ctx: ServiceContext, showcase: None, out: Path
) -> None:
    first, *_ = [c for c in bailiff.pack_candidates(ctx, PREPARED) if c.ready]
    sr = srs.get_service_request(ctx, first.sr_id)
    welfare = next(s for s in sr.steps if s.step_key == "welfare_of_child")
    srs.update_step(ctx, welfare.id, welfare.version, StepOutcome.PENDING)
    dialog = BailiffPackDialog(ctx, PREPARED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)

    table = dialog.ui.prioritiesTable
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]
    assert [(row[0], row[5]) for row in rows] == [
        ("LO 1 of 3", "Not in this pack"),
        ("LO 2 of 3", "In this pack"),
        ("LO 3 of 3", "In this pack"),
    ]
    assert rows[0][1] == first.reference
    assert "Consider the welfare of the child" in rows[0][6]
    # The forms keep their place among all three LOs.
    assert table_column(dialog, COL_FORM) == ["CMEL8010 · LO 2 of 3", "CMEL8010 · LO 3 of 3"]
    question = dialog.ui.skipQuestionLabel
    assert question.isVisible() and f"{first.reference} (LO 1 of 3)" in question.text()
    assert dialog.ui.skipReasonEdit.isVisible()

    # Build without a reason: refused beside the reason box, nothing written.
    click(qtbot, dialog.build_button)
    assert dialog.outcome is None
    assert dialog.ui.skipReasonError.isVisible()
    assert dialog.ui.skipReasonError.text() == question.text()
    assert list(out.iterdir()) == []

    reason = "The oldest LO waits for the welfare decision; these two go now"
    dialog.ui.skipReasonEdit.setPlainText(reason)
    click(qtbot, dialog.build_button)
    assert dialog.outcome is not None
    assert [e.name[:22] for e in dialog.outcome.entries] == [
        "01_CMEL8010_LO_2_of_3_",
        "02_CMEL8010_LO_3_of_3_",
    ]
    for sr_id in dialog.outcome.sr_ids:
        assert any(reason in n.text for n in notes.list_notes(ctx, service_request_id=sr_id))
