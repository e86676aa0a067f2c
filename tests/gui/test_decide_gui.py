"""The Decide panel (sources log, criminal referral) and the decision dialog, on real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import (
    CriminalOffence,
    InformationSource,
    SourceResult,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.gui.dialogs.decision_dialog import DecisionDialog
from enforcement_desktop.gui.views.sr_sources import DecidePanel
from enforcement_desktop.services import decide
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from tests.services.builders import make_case


@pytest.fixture
def decide_sr(ctx: ServiceContext) -> int:
    case = make_case(ctx, "121000000901")
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    return srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS).id


def _choose(combo: object, data: object) -> None:
    index = combo.findData(data)  # type: ignore[attr-defined]
    assert index >= 0, data
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_the_sources_log_adds_entries_and_refuses_beside_the_field(
    qtbot: QtBot, ctx: ServiceContext, decide_sr: int
) -> None:
    panel = DecidePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_sr(decide_sr)
    qtbot.waitUntil(lambda: panel.panel_screen is not None)
    ui = panel.ui
    # Civil action only: DVLA is not offered, and says why.
    assert ui.sourceCombo.findData(InformationSource.DVLA) == -1
    assert "criminal action" in ui.sourceCombo.toolTip()
    assert "Still to check: CIS" in ui.missingLabel.text()
    # No result chosen: refused beside the field, nothing saved.
    _choose(ui.sourceCombo, InformationSource.CIS)
    qtbot.mouseClick(ui.addSourceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.resultError.isVisibleTo(panel))
    assert ui.resultError.text() == "Choose what the check found"
    assert ui.sourcesTable.rowCount() == 0
    # A nil result is an entry.
    _choose(ui.resultCombo, SourceResult.NOTHING_FOUND)
    ui.noteEdit.setText("No record on CIS")
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(ui.addSourceButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.sourcesTable.rowCount() == 1)
    cells = [ui.sourcesTable.item(0, c).text() for c in range(5)]
    assert cells[0] == "CIS" and cells[2] == "test.user"
    assert cells[3:] == ["Nothing found", "No record on CIS"]
    assert not ui.resultError.isVisibleTo(panel)
    assert "CIS" not in ui.missingLabel.text().split(":", 1)[1]
    assert ui.noteEdit.text() == ""


def test_the_criminal_referral_opens_the_child_sr(
    qtbot: QtBot, ctx: ServiceContext, decide_sr: int
) -> None:
    step = next(
        s
        for s in srs.get_service_request(ctx, decide_sr).steps
        if s.step_key == "evidence_of_criminal_activity"
    )
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES)
    panel = DecidePanel(ctx)
    qtbot.addWidget(panel)
    panel.show_sr(decide_sr)
    qtbot.waitUntil(lambda: panel.panel_screen is not None)
    ui = panel.ui
    assert ui.sourceCombo.findData(InformationSource.DVLA) >= 0
    assert ui.raiseCriminalButton.isEnabled()
    qtbot.mouseClick(ui.raiseCriminalButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.criminalOffenceError.isVisibleTo(panel))
    assert ui.criminalOffenceError.text() == "Choose the offence (step 4)"
    _choose(ui.criminalOffenceCombo, CriminalOffence.FAILURE_TO_COMPLY_WITH_DEO)
    ui.subjectCombo.setCurrentIndex(1)  # the paying parent
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(ui.raiseCriminalButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Criminal action SR" in ui.criminalSrsLabel.text())
    assert "Pat Testington: Open" in ui.criminalSrsLabel.text()


def test_the_decision_dialog_needs_the_statement_then_records_the_decision(
    qtbot: QtBot, ctx: ServiceContext, decide_sr: int
) -> None:
    screen = decide.decide_screen(ctx, decide_sr)
    dialog = DecisionDialog(ctx, decide_sr, screen.sr_version, screen.options)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    items = [ui.powersList.item(r) for r in range(ui.powersList.count())]
    blocked = [i for i in items if not i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
    allowed = [i for i in items if i.flags() & Qt.ItemFlag.ItemIsUserCheckable]
    assert blocked and allowed
    # A blocked power cannot be ticked; selecting it shows why.
    ui.powersList.setCurrentItem(blocked[0])
    assert "Blocked:" in ui.reasonsLabel.text()
    allowed[0].setCheckState(Qt.CheckState.Checked)
    save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ui.welfareStatementError.isVisibleTo(dialog))
    assert "welfare of the child statement" in ui.welfareStatementError.text()
    assert decide.decide_screen(ctx, decide_sr).decision is None
    ui.welfareStatementEdit.setPlainText("Verbatim welfare of the child statement.")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.result_decision is not None
    assert dialog.result_decision.snapshot_intact
    assert srs.get_service_request(ctx, decide_sr).status == SrStatus.CLOSED
