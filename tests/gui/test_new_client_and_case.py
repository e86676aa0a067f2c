"""File > New client… and New case…: the dialogs, their errors, and what the window does after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import (
    ContactRole,
    EmploymentStatus,
    Jurisdiction,
    OwningTeam,
    Scheme,
)
from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
from enforcement_desktop.gui.main_window import CONTACT, MainWindow
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import cases, contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.search import search_clients
from enforcement_desktop.storage.models import AuditEvent
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui

NEW_SCIN = "121000000777"
#: Receiving parent of Sam Sampleton's first case (tests/gui/dataset.py).
SAM_RECEIVER_SCIN = "121000000502"


def _drive(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    cls: type[QDialog],
    steps: Callable[[QDialog], None],
) -> list[QDialog]:
    """Run ``steps`` on each dialog of ``cls`` the code opens, in place of its modal exec."""
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        steps(dialog)
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", run)
    return opened


def _click(qtbot: QtBot, box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(box.button(which), Qt.MouseButton.LeftButton)


def _fill_client(dialog: NewClientDialog, *, last_name: str, scin: str) -> None:
    ui = dialog.ui
    ui.titleEdit.setText("Mx")
    ui.firstNameEdit.setText("Jordan")
    ui.lastNameEdit.setText(last_name)
    ui.scinEdit.setText(scin)
    ui.dateOfBirthEdit.set_value(date(1990, 6, 2))
    ui.ninoEdit.setText("qq 65 43 21 a")
    select_value(ui.jurisdictionCombo, Jurisdiction.WALES)
    select_value(ui.employmentCombo, EmploymentStatus.EMPLOYED)
    ui.employerEdit.setText("Demoton Logistics Ltd")
    ui.phoneEdit.setText("07700 900123")
    ui.pvCheck.setChecked(True)
    ui.controlMeasuresEdit.setPlainText("Visit in pairs")


def _contact_view(window: MainWindow) -> ContactView:
    view = window.view(CONTACT)
    assert isinstance(view, ContactView)
    return view


# --------------------------------------------------------------------------- new client


def test_new_client_errors_beside_fields_then_saved_audited_and_opened(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, NewClientDialog)
        ui = dialog.ui
        assert ui.roleCombo.currentData() == ContactRole.PAYING_PARENT.value
        roles = [ui.roleCombo.itemData(i) for i in range(ui.roleCombo.count())]
        assert roles == [ContactRole.PAYING_PARENT.value, ContactRole.RECEIVING_PARENT.value]
        assert not ui.controlMeasuresEdit.isEnabled()  # until the PV marker is ticked
        _fill_client(dialog, last_name="", scin="12345")
        assert ui.controlMeasuresEdit.isEnabled()
        _click(qtbot, ui.buttonBox, QDialogButtonBox.StandardButton.Save)
        assert dialog.isVisible() and dialog.result_contact is None
        assert ui.lastNameError.isVisible()
        assert ui.lastNameError.text() == "Last name is required"
        assert ui.scinError.isVisible() and "12 digits" in ui.scinError.text()
        assert ui.lastNameEdit.accessibleDescription() == "Error: Last name is required"
        assert not ui.firstNameError.isVisible()
        assert search_clients(ctx, "Jordan") == []  # nothing saved

        ui.lastNameEdit.setText("Lee")
        ui.scinEdit.setText(NEW_SCIN)
        qtbot.keyClick(ui.lastNameEdit, Qt.Key.Key_Return)  # Enter saves (the default button)

    opened = _drive(monkeypatch, qtbot, NewClientDialog, steps)
    contact_id = window.new_client()
    assert len(opened) == 1 and contact_id is not None

    created = contacts.get_contact(ctx, contact_id)
    assert (created.role, created.full_name, created.scin) == (
        ContactRole.PAYING_PARENT,
        "Jordan Lee",
        NEW_SCIN,
    )
    assert (created.nino, created.jurisdiction, created.employer_name) == (
        "QQ654321A",
        Jurisdiction.WALES,
        "Demoton Logistics Ltd",
    )
    assert created.pv_marker and created.pv_control_measures == "Visit in pairs"
    with ctx.db.unit_of_work() as session:
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity == "contact", AuditEvent.entity_id == contact_id
            )
        ).all()
        assert [(e.action, e.user, e.new_value) for e in events] == [
            ("create", "test.user", "Jordan Lee")
        ]

    # Opened in the window: the banner, the Contact view, and the status bar say so.
    assert window.contact_id == contact_id
    assert window.current_index() == CONTACT
    assert "Jordan Lee" in window.ui.clientNameLabel.text()
    assert NEW_SCIN in window.ui.clientScinLabel.text()
    assert window.ui.pvMarkerLabel.isVisible()
    assert "Jordan Lee" in window.last_status and "created and opened" in window.last_status
    assert _contact_view(window).contact is not None
    assert window.ui.actionNewCase.isEnabled()  # a paying parent


def test_new_client_with_their_address_saved_together(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, NewClientDialog)
        ui = dialog.ui
        _fill_client(dialog, last_name="Lee", scin=NEW_SCIN)
        assert ui.addressTypeCombo.currentText() == "Residential"
        ui.line1Edit.setText("4 Example Row")
        ui.townEdit.setText("Demoton")
        ui.postcodeEdit.setText("not a postcode")
        _click(qtbot, ui.buttonBox, QDialogButtonBox.StandardButton.Save)
        # The address's error is beside its field, and neither the client nor it is saved.
        assert dialog.isVisible() and ui.postcodeError.isVisible()
        assert not ui.lastNameError.isVisible()
        assert search_clients(ctx, NEW_SCIN) == []
        ui.postcodeEdit.setText("b15 2tt")
        ui.confidentCheck.setChecked(True)
        _click(qtbot, ui.buttonBox, QDialogButtonBox.StandardButton.Save)

    _drive(monkeypatch, qtbot, NewClientDialog, steps)
    contact_id = window.new_client()
    assert contact_id is not None
    (address,) = contacts.get_contact(ctx, contact_id).addresses
    assert (address.line1, address.town, address.postcode, address.confident) == (
        "4 Example Row",
        "Demoton",
        "B15 2TT",
        True,
    )
    assert "add their address" not in window.last_status
    view = _contact_view(window)
    assert view.addresses_model.rowCount() == 1


def test_duplicate_scin_is_refused_beside_the_scin(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset
) -> None:
    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    select_value(dialog.ui.roleCombo, ContactRole.RECEIVING_PARENT)
    dialog.ui.firstNameEdit.setText("Alex")
    dialog.ui.lastNameEdit.setText("Duplicate")
    dialog.ui.scinEdit.setText("1210 0000 0001")  # Pat Testington's SCIN, typed with spaces
    dialog.save()
    assert dialog.isVisible() and dialog.result_contact is None
    assert dialog.ui.scinError.isVisible()
    assert dialog.ui.scinError.text() == "SCIN 121000000001 already belongs to another client"
    assert not dialog.ui.jurisdictionError.isVisible()  # not required of a receiving parent
    assert [h.name for h in search_clients(ctx, "Duplicate")] == []


def test_cancel_saves_nothing(qtbot: QtBot, ctx: ServiceContext, data: Dataset) -> None:
    dialog = NewClientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_client(dialog, last_name="Lee", scin=NEW_SCIN)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result_contact is None
    assert search_clients(ctx, NEW_SCIN) == []


CLIENT_TAB_ORDER = [
    "roleCombo",
    "titleEdit",
    "firstNameEdit",
    "lastNameEdit",
    "otherNamesEdit",
    "scinEdit",
    "dateOfBirthEdit",
    "ninoEdit",
    "jurisdictionCombo",
    "employmentCombo",
    "employerEdit",
    "phoneEdit",
    "emailEdit",
    "pvCheck",
    "controlMeasuresEdit",
]
CASE_TAB_ORDER = [
    "schemeCombo",
    "regionCombo",
    "owningTeamCombo",
    "arrearsEdit",
    "caseManagerEdit",
    "teamEdit",
    "findEdit",
    "searchButton",
    "resultsList",
    "addButton",
    "chosenList",
    "removeButton",
    "newReceivingButton",
]


def _tab_chain(dialog: QDialog, first: str, count: int) -> list[str]:
    """The names of the next ``count`` named widgets Tab reaches from ``first``."""
    widget = dialog.findChild(QWidget, first)
    chain = [first]
    while len(chain) < count:
        assert widget is not None
        widget = widget.nextInFocusChain()
        assert widget is not None
        name = widget.objectName()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and name and not name.startswith("qt_"):
            chain.append(name)
    return chain


def _mnemonics(dialog: QDialog) -> list[str]:
    keys = []
    for widget in dialog.findChildren(QWidget):
        text = ""
        if isinstance(widget, QLabel | QAbstractButton) and (
            isinstance(widget, QAbstractButton) or widget.buddy() is not None
        ):
            text = widget.text()
        key = QKeySequence.mnemonic(text).toString()
        if key:
            keys.append(key)
    return keys


def test_dialogs_have_distinct_mnemonics_accessible_names_and_tab_order(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, window: MainWindow
) -> None:
    client_dialog = NewClientDialog(ctx)
    case_dialog = NewCaseDialog(ctx, contacts.get_contact(ctx, data.pat_id))
    for dialog, order in ((client_dialog, CLIENT_TAB_ORDER), (case_dialog, CASE_TAB_ORDER)):
        qtbot.addWidget(dialog)
        dialog.show()
        keys = _mnemonics(dialog)
        assert len(keys) >= len(order) - 3 and len(keys) == len(set(keys)), sorted(keys)
        assert _tab_chain(dialog, order[0], len(order)) == order
        for name in order:
            widget = dialog.findChild(QWidget, name)
            assert widget is not None and widget.accessibleName(), name
    # The File menu: no two items share a mnemonic.
    texts = [a.text() for a in window.ui.menuFile.actions() if not a.isSeparator()]
    keys = [QKeySequence.mnemonic(t).toString() for t in texts]
    assert len(keys) == len(set(keys)), texts
    assert window.ui.actionNewClient.shortcut().toString() == "Ctrl+Shift+N"


# --------------------------------------------------------------------------- new case


def test_new_case_needs_a_receiving_parent_then_one_found_by_scin(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, window: MainWindow, ctx: ServiceContext
) -> None:
    payer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Casey",
            last_name="Newcase",
            scin=NEW_SCIN,
            jurisdiction=Jurisdiction.ENGLAND,
        ),
    )
    receiver_id = search_clients(ctx, SAM_RECEIVER_SCIN)[0].contact_id

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        ui = dialog.ui
        assert "Casey Newcase" in ui.payingParentLabel.text()
        select_value(ui.regionCombo, "North West")
        select_value(ui.schemeCombo, Scheme.CSA)
        ui.arrearsEdit.setText("3250")
        ui.teamEdit.setText("Enforcement Team 7")
        _click(qtbot, ui.buttonBox, QDialogButtonBox.StandardButton.Ok)
        # Refused: no receiving parent. Said beside the list, nothing created.
        assert dialog.isVisible() and dialog.result_case is None
        assert ui.receivingParentError.isVisible()
        assert "at least one receiving parent" in ui.receivingParentError.text()
        assert cases.cases_for_contact(ctx, payer.id) == []

        # Find by SCIN: Enter searches (it does not create the case), Enter on the hit adds it.
        qtbot.keyClicks(ui.findEdit, SAM_RECEIVER_SCIN)
        qtbot.keyClick(ui.findEdit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert ui.resultsList.count() == 1
        assert "Robin Exampleton02" in ui.resultsList.item(0).text()
        qtbot.keyClick(ui.resultsList, Qt.Key.Key_Return)
        assert dialog.receiving_parent_ids() == [receiver_id]
        assert not ui.receivingParentError.isVisible()
        ui.addButton.click()  # twice is still once
        assert dialog.receiving_parent_ids() == [receiver_id]
        _click(qtbot, ui.buttonBox, QDialogButtonBox.StandardButton.Ok)

    window.open_client(payer.id)
    assert window.ui.actionNewCase.isEnabled()
    opened = _drive(monkeypatch, qtbot, NewCaseDialog, steps)
    window.ui.actionNewCase.trigger()
    assert len(opened) == 1

    created = cases.cases_for_contact(ctx, payer.id)
    assert len(created) == 1
    case = created[0]
    assert (case.scheme, case.region, case.owning_team, str(case.arrears_balance)) == (
        Scheme.CSA,
        "North West",
        OwningTeam.ENFORCEMENT,
        "3250.00",
    )
    assert [rp.contact_id for rp in case.receiving_parents] == [receiver_id]
    assert f"Case {case.id}" in window.last_status

    # Shown in the Contact view's case box, with the receiving parent among the parties.
    assert window.current_index() == CONTACT
    view = _contact_view(window)
    assert f"Case {case.id}" in view.ui.caseLabel.text()
    assert "North West" in view.ui.caseLabel.text()
    parties = view.parties_model
    names = [
        parties.index(row, column).data()
        for row in range(parties.rowCount())
        for column in range(parties.columnCount())
    ]
    assert "Robin Exampleton02" in names


def test_new_case_with_a_new_receiving_parent_made_in_the_flow(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    data: Dataset,
) -> None:
    def new_receiver(dialog: QDialog) -> None:
        assert isinstance(dialog, NewClientDialog)
        ui = dialog.ui
        assert ui.roleCombo.currentData() == ContactRole.RECEIVING_PARENT.value
        assert not ui.roleCombo.isEnabled()
        assert dialog.windowTitle() == "New receiving parent"
        assert ui.scinEdit.text() == NEW_SCIN  # from the search that found no one
        ui.firstNameEdit.setText("Morgan")
        ui.lastNameEdit.setText("Carewell")
        dialog.save()

    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, NewCaseDialog)
        ui = dialog.ui
        select_value(ui.regionCombo, "Midlands")
        ui.arrearsEdit.setText("two pounds")
        ui.findEdit.setText(NEW_SCIN)
        assert dialog.search()
        assert ui.resultsList.count() == 0
        assert "No receiving parent found" in ui.findStatusLabel.text()
        ui.findEdit.setText("Testington")  # a paying parent: not offered as a receiver
        assert dialog.search()
        assert ui.resultsList.count() == 0
        assert "No receiving parent found for “Testington”" in ui.findStatusLabel.text()
        ui.findEdit.setText(NEW_SCIN)
        qtbot.mouseClick(ui.newReceivingButton, Qt.MouseButton.LeftButton)
        assert len(dialog.receiving_parent_ids()) == 1
        assert "Morgan Carewell" in ui.chosenList.item(0).text()
        dialog.save()
        assert dialog.isVisible() and ui.arrearsBalanceError.isVisible()  # not an amount
        ui.arrearsEdit.setText("£1,200.50")
        dialog.save()

    receivers = _drive(monkeypatch, qtbot, NewClientDialog, new_receiver)
    window.open_client(data.pat_id)
    _drive(monkeypatch, qtbot, NewCaseDialog, steps)
    case_id = window.new_case()
    assert case_id is not None and len(receivers) == 1

    case = cases.get_case(ctx, case_id)
    assert case.paying_parent_id == data.pat_id
    assert [rp.name for rp in case.receiving_parents] == ["Morgan Carewell"]
    assert str(case.arrears_balance) == "1200.50"
    hit = search_clients(ctx, NEW_SCIN)[0]
    assert (hit.name, hit.role) == ("Morgan Carewell", ContactRole.RECEIVING_PARENT)
    assert len(cases.cases_for_contact(ctx, data.pat_id)) == 2
    assert window.contact_id == data.pat_id  # still the paying parent


def test_new_case_is_only_for_a_paying_parent(
    window: MainWindow, ctx: ServiceContext, data: Dataset
) -> None:
    assert not window.ui.actionNewCase.isEnabled()  # no client open
    receiver_id = search_clients(ctx, "121000000501")[0].contact_id
    window.open_client(receiver_id)
    assert window.client is not None and window.client.role == ContactRole.RECEIVING_PARENT
    assert not window.ui.actionNewCase.isEnabled()
    assert window.new_case() is None
    assert "paying parent" in window.last_status
    window.open_client(data.pat_id)
    assert window.ui.actionNewCase.isEnabled()
    window.close_client()
    assert not window.ui.actionNewCase.isEnabled()


def test_restarted_window_finds_the_new_client(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    window: MainWindow,
    open_window: Callable[[], MainWindow],
) -> None:
    def steps(dialog: QDialog) -> None:
        assert isinstance(dialog, NewClientDialog)
        select_value(dialog.ui.roleCombo, ContactRole.RECEIVING_PARENT)
        dialog.ui.firstNameEdit.setText("Riley")
        dialog.ui.lastNameEdit.setText("Restartson")
        dialog.ui.scinEdit.setText(NEW_SCIN)
        dialog.save()

    _drive(monkeypatch, qtbot, NewClientDialog, steps)
    contact_id = window.new_client()
    assert contact_id is not None and window.contact_id == contact_id
    assert not window.ui.actionNewCase.isEnabled()  # a receiving parent
    window.close()

    again = open_window()
    qtbot.keyClicks(again.ui.searchEdit, "Restartson")
    popup = again.search_popup
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 1)
    qtbot.keyClick(again.ui.searchEdit, Qt.Key.Key_Return)
    assert again.contact_id == contact_id
    assert "Riley Restartson" in again.ui.clientNameLabel.text()
    again.close()
