"""The New letter dialog's DVLA request (Enforcement Action – Consider, step 9): CMEL9235 to the
regional CSA SPOC and VQ615, offered with the reason they cannot go when they cannot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import StepOutcome, UserRole
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog
from enforcement_desktop.gui.views import sr_attachments
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import contacts, policy
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser, Contact
from tests.gui.test_letters_gui import _choose, _decide_sr, _drive, _letters, _view, _write

pytestmark = pytest.mark.gui


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    return folder


def _criminal(ctx: ServiceContext, sr_id: int) -> None:
    step = next(
        s
        for s in srs.get_service_request(ctx, sr_id).steps
        if s.step_key == "evidence_of_criminal_activity"
    )
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES)


def _vehicle_and_settings(ctx: ServiceContext) -> None:
    with ctx.unit_of_work() as s:
        payer_id = s.scalar(select(Contact.id).where(Contact.scin == "121000000101"))
        s.add(AppUser(login="lead", display_name="Lead", roles=UserRole.TEAM_LEADER.value))
    assert payer_id is not None
    contacts.add_vehicle(ctx, payer_id, contacts.VehicleInput("ZZ11ZZZ"))
    lead = ServiceContext(db=ctx.db, user="lead", clock=ctx.clock)
    policy.set_dp_registration(lead, "Z1234567", date(2027, 3, 31))
    policy.set_dvla_legislation(lead, "Section 14 of the Child Support Act 1991")


def test_vq615_is_written_when_criminal_action_is_considered(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    _criminal(ctx, sr_id)
    _vehicle_and_settings(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        ui = dialog.ui
        codes = [ui.codeCombo.itemData(i) for i in range(ui.codeCombo.count())]
        assert "CMEL9235" in codes and "VQ615" in codes
        _choose(dialog, LetterCode.CMEL9235, RecipientKind.DVLA)
        assert [ui.recipientCombo.itemText(i) for i in range(ui.recipientCombo.count())] == [
            "DVLA (through the regional CSA SPOC)"
        ]
        assert not ui.codeError.isVisible()
        _choose(dialog, LetterCode.VQ615, RecipientKind.DVLA)
        assert not ui.codeError.isVisible()
        # The reason only: the vehicles and the office's settings come from the system.
        assert ui.reasonEdit.isVisible()
        assert not ui.informationAboutEdit.isVisible() and not ui.councilItemsList.isVisible()
        assert not ui.recipientNameEdit.isVisible()
        _write(qtbot, dialog)  # no reason yet: refused beside it
        assert dialog.isVisible() and ui.reasonError.isVisible()
        ui.reasonEdit.setPlainText("Criminal referral: we need the keeper's address")
        _write(qtbot, dialog)

    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, LetterDialog, [], fill))
    monkeypatch.setattr(sr_attachments, "offer_to_open", lambda *args: False)
    with qtbot.waitSignal(view.data_changed):
        assert view.letter_actions.new_letter() is True

    assert (store / f"121000000101_VQ615_{sr_id}.docx").is_file()
    qtbot.waitUntil(lambda: view.ui.lettersTree.topLevelItemCount() == 1)
    item = view.ui.lettersTree.topLevelItem(0)
    assert item is not None and item.text(0) == "VQ615" and "DVLA" in item.text(1)


def test_without_criminal_action_the_dvla_request_is_refused_beside_the_letter(
    qtbot: QtBot,
    ctx: ServiceContext,
    store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    contact_id, sr_id = _decide_sr(ctx)
    view = _view(qtbot, ctx, contact_id, sr_id, store, tmp_path)
    shown: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LetterDialog)
        ui = dialog.ui
        _choose(dialog, LetterCode.CMEL9235, RecipientKind.DVLA)
        # The verdict, before anything is written.
        assert ui.codeError.isVisible()
        assert "only when criminal action is being considered" in ui.codeError.text()
        _choose(dialog, LetterCode.CMEL9251, RecipientKind.EMPLOYER)
        assert not ui.codeError.isVisible()
        _choose(dialog, LetterCode.CMEL9235, RecipientKind.DVLA)
        ui.reasonEdit.setPlainText("To trace them")
        _write(qtbot, dialog)
        assert dialog.isVisible() and ui.codeError.isVisible()
        shown.append(ui.codeError.text())
        dialog.reject()

    monkeypatch.setattr(forms, "run_dialog", _drive(qtbot, LetterDialog, [], fill))
    assert view.letter_actions.new_letter() is False
    assert shown and "criminal action" in shown[0]
    assert _letters(ctx) == 0
    assert list(store.iterdir()) == []
