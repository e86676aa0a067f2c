"""The bailiff pack's GUI (issues 12 and 13 item 8): the zip encrypted when the office says so,
its passphrase shown once; the whole pack recorded as sent in one dialog; the batch preview."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import pyzipper
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
from enforcement_desktop.gui.dialogs.pack_sent_dialog import COL_REFERENCE, RecordPackSentDialog
from enforcement_desktop.gui.dialogs.passphrase_dialog import ADVICE, PassphraseDialog
from enforcement_desktop.gui.preferences import output_folder_key
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.services import bailiff, policy
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui

TODAY = FIXED_NOW.date()
PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built
COMPANY = "Example Enforcement Agents Ltd"


@pytest.fixture
def showcase(ctx: ServiceContext) -> None:
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)


@pytest.fixture
def out(tmp_path: Path, ctx: ServiceContext) -> Iterator[Path]:
    folder = tmp_path / "packs"
    folder.mkdir()
    QSettings().setValue(output_folder_key(ctx.db.url), str(folder))
    yield folder
    QSettings().remove(output_folder_key(ctx.db.url))


def require_encryption(ctx: ServiceContext, required: bool = True) -> None:
    leader = ServiceContext(db=ctx.db, user=demo.DEMO_TEAM_LEADER, clock=ctx.clock)
    policy.set_pack_encryption_required(leader, required)


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


def open_pack_dialog(qtbot: QtBot, ctx: ServiceContext) -> BailiffPackDialog:
    dialog = BailiffPackDialog(ctx, PREPARED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    return dialog


# --------------------------------------------------------------------------- encryption


def test_encrypted_by_default_when_the_office_requires_it_passphrase_shown_once(
    qtbot: QtBot,
    ctx: ServiceContext,
    showcase: None,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_encryption(ctx)
    dialog = open_pack_dialog(qtbot, ctx)
    check = dialog.ui.encryptCheck
    assert check.isChecked() and check.isEnabled()
    assert "requires bailiff packs to be encrypted" in dialog.ui.encryptHintLabel.text()

    shown: list[str] = []

    def passphrase(box: PassphraseDialog) -> None:
        edit = box.ui.passphraseEdit
        assert edit.isReadOnly() and edit.hasSelectedText()
        assert QFontInfo(edit.font()).fixedPitch() or edit.font().styleHint() in (
            QFont.StyleHint.Monospace,
            QFont.StyleHint.TypeWriter,
        )
        assert box.ui.adviceLabel.text() == ADVICE
        click(qtbot, box.ui.copyButton)
        assert QGuiApplication.clipboard().text() == edit.text()
        shown.append(edit.text())
        box.reject()

    drive(monkeypatch, qtbot, {PassphraseDialog: passphrase})
    click(qtbot, dialog.build_button)
    assert dialog.outcome is not None and dialog.encrypted
    (secret,) = shown
    assert "encrypted (AES-256)" in dialog.ui.resultLabel.text()
    assert secret not in dialog.ui.resultLabel.text()

    # The zip opens with the passphrase shown, and not without it.
    zip_path = dialog.outcome.zip_path
    with pyzipper.AESZipFile(zip_path) as sealed:
        names = sealed.namelist()
        with pytest.raises(RuntimeError):
            sealed.read(names[0])
        sealed.setpassword(secret.encode())
        first = sealed.read(names[0])
    with zipfile.ZipFile(zip_path) as plain, pytest.raises(RuntimeError):
        plain.read(names[0])
    assert first.startswith(b"PK")  # a .docx inside
    assert len(names) == 3


def test_not_encrypted_unless_asked_when_the_office_does_not_require_it(
    qtbot: QtBot,
    ctx: ServiceContext,
    showcase: None,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_encryption(ctx, False)
    dialog = open_pack_dialog(qtbot, ctx)
    assert not dialog.ui.encryptCheck.isChecked()
    assert "will not be encrypted" in dialog.ui.encryptHintLabel.text()
    seen = drive(monkeypatch, qtbot, {})
    click(qtbot, dialog.build_button)
    assert dialog.outcome is not None and not dialog.encrypted and seen == []
    with zipfile.ZipFile(dialog.outcome.zip_path) as plain:
        assert plain.read(plain.namelist()[0]).startswith(b"PK")


# --------------------------------------------------------------------------- record pack sent


def rows_of(dialog: RecordPackSentDialog) -> list[tuple[str, str, bool]]:
    table = dialog.ui.srTable
    found = []
    for row in range(table.rowCount()):
        sr_item, ref_item = table.item(row, 0), table.item(row, COL_REFERENCE)
        assert sr_item is not None and ref_item is not None
        found.append(
            (sr_item.text(), ref_item.text(), sr_item.checkState() == Qt.CheckState.Checked)
        )
    return found


def save_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    return button


def test_the_whole_pack_recorded_as_sent_from_the_pack_dialog(
    qtbot: QtBot,
    ctx: ServiceContext,
    showcase: None,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_pack_dialog(qtbot, ctx)
    assert not dialog.ui.recordSentButton.isVisible()
    click(qtbot, dialog.build_button)
    assert dialog.outcome is not None
    packed = list(dialog.outcome.sr_ids)
    references = [c.reference for c in bailiff.pack_candidates(ctx, PREPARED)]

    def record(sent: RecordPackSentDialog) -> None:
        qtbot.waitUntil(lambda: not sent.loading)
        rows = rows_of(sent)
        assert [r[0] for r in rows] == [f"SR {i}" for i in packed]
        assert all(checked for *_, checked in rows)
        assert sorted(r[1] for r in rows) == sorted(r for r in references if r)
        combo = sent.ui.companyCombo
        assert combo.isEditable() and combo.count() > 0  # the companies already used
        # No company: refused beside the field, the dialog stays open.
        combo.setEditText("")
        click(qtbot, save_button(sent))
        assert sent.ui.companyError.isVisible() and sent.isVisible()
        # Untick the last SR (the SPOC held it back), name the company once, save.
        last = sent.ui.srTable.item(len(rows) - 1, 0)
        assert last is not None
        last.setCheckState(Qt.CheckState.Unchecked)
        combo.setEditText(COMPANY)
        click(qtbot, save_button(sent))
        qtbot.waitUntil(lambda: not sent.isVisible())

    drive(monkeypatch, qtbot, {RecordPackSentDialog: record})
    with qtbot.waitSignal(dialog.pack_sent):
        click(qtbot, dialog.ui.recordSentButton)
    assert "Recorded as sent" in dialog.ui.resultLabel.text()
    assert not dialog.ui.recordSentButton.isEnabled()
    for sr_id in packed[:-1]:
        sr = srs.get_service_request(ctx, sr_id)
        assert sr.status == SrStatus.WAIT
        assert sr.enforce_form is not None
        assert sr.enforce_form.values.bailiff_company == COMPANY
        assert sr.enforce_form.values.bailiff_issue_date == TODAY
    held = srs.get_service_request(ctx, packed[-1])
    assert held.enforce_form is not None and held.enforce_form.values.bailiff_issue_date is None


def test_a_refused_sr_is_named_and_none_is_recorded(
    qtbot: QtBot, ctx: ServiceContext, showcase: None, out: Path
) -> None:
    outcome = bailiff.build_bailiff_pack(ctx, PREPARED, out)
    first, *rest = outcome.sr_ids
    dialog = RecordPackSentDialog(ctx, PREPARED)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.loading)
    assert dialog.checked_sr_ids() == list(outcome.sr_ids)
    # Someone records the first SR as sent meanwhile.
    bailiff.record_pack_sent(ctx, [first], "Another Agency", TODAY)
    dialog.ui.companyCombo.setEditText(COMPANY)
    click(qtbot, save_button(dialog))
    error = dialog.ui.generalError
    qtbot.waitUntil(error.isVisible)
    assert f"Bailiff SR {first}" in error.text() and dialog.isVisible()
    for sr_id in rest:
        sr = srs.get_service_request(ctx, sr_id)
        assert sr.enforce_form is not None and sr.enforce_form.values.bailiff_issue_date is None
