"""The Contact view on a real database: summary, PV banner, editing, tabs and their actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from enforcement_desktop.domain.enums import AddressMarker, AddressType, Jurisdiction
from enforcement_desktop.gui import errors
from enforcement_desktop.gui.dialogs.address_dialog import AddressDialog
from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
from enforcement_desktop.gui.models.addresses_model import AddressesModel, VehiclesModel
from enforcement_desktop.gui.models.contact_models import (
    CasePartiesModel,
    ClientServiceRequestsModel,
    NotesModel,
    PartyRow,
)
from enforcement_desktop.gui.models.orders_model import OrdersModel
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import contacts, notes, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent
from tests.gui.builders import Client, build_client

pytestmark = pytest.mark.gui


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return build_client(ctx, pv_marker=True)


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext, client: Client) -> ContactView:
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_client(client.paying_parent_id)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def double_click(qtbot: QtBot, table: QTableView, row: int) -> None:
    column = next(c for c in range(table.model().columnCount()) if not table.isColumnHidden(c))
    index = table.model().index(row, column)
    table.scrollTo(index)
    point = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)


def replace(qtbot: QtBot, edit: object, text: str) -> None:
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # type: ignore[arg-type]
    qtbot.keyClicks(edit, text)  # type: ignore[arg-type]


def test_summary_shows_the_client_in_uk_formats(view: ContactView) -> None:
    ui = view.ui
    assert ui.scinEdit.text() == "121000000301"
    assert ui.firstNameEdit.text() == "Alex"
    assert ui.lastNameEdit.text() == "Fictionson"
    assert ui.dateOfBirthEdit.text() == "14/03/1982"
    assert ui.ninoEdit.text() == "QQ123456C"
    assert ui.roleCombo.currentText() == "Paying parent (NRP)"
    assert ui.jurisdictionCombo.currentText() == "England"
    assert ui.employmentCombo.currentText() == "Employed"
    assert ui.employerEdit.text() == "Demoton Logistics Ltd"
    assert ui.licenceCheck.isChecked() and not ui.passportCheck.isChecked()
    # View mode: nothing editable until Edit details.
    assert ui.firstNameEdit.isReadOnly()
    assert not ui.roleCombo.isEnabled()
    assert ui.editButton.isVisible() and not ui.saveButton.isVisible()
    assert ui.firstNameEdit.accessibleName() == "First name"
    assert ui.firstNameLabel.buddy() is ui.firstNameEdit


def test_pv_marker_is_a_red_banner_with_the_control_measures(view: ContactView) -> None:
    banner = view.ui.pvBanner
    assert banner.isVisible()
    assert "PV MARKER" in banner.text()
    assert "Two officers on any visit" in banner.text()
    assert "#b00020" in banner.styleSheet()


def test_no_banner_without_pv_marker(qtbot: QtBot, ctx: ServiceContext) -> None:
    other = build_client(ctx, scin="121000000302")
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.set_client(other.paying_parent_id)
    widget.show()
    assert not widget.ui.pvBanner.isVisible()


def test_edit_with_a_bad_field_then_correct_it(
    qtbot: QtBot, view: ContactView, ctx: ServiceContext, client: Client
) -> None:
    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    assert not view.ui.ninoEdit.isReadOnly()
    assert view.ui.saveButton.isVisible()
    replace(qtbot, view.ui.ninoEdit, "XX1")
    replace(qtbot, view.ui.firstNameEdit, "")
    assert view.has_unsaved_changes()

    assert view.save() is False
    assert view.ui.ninoError.isVisible()
    assert "National Insurance number" in view.ui.ninoError.text()
    assert view.ui.firstNameError.text() == "First name is required"
    assert contacts.get_contact(ctx, client.paying_parent_id).nino == "QQ123456C"

    replace(qtbot, view.ui.ninoEdit, "QQ 65 43 21 A")
    replace(qtbot, view.ui.firstNameEdit, "Alexander")
    select_value(view.ui.jurisdictionCombo, Jurisdiction.WALES)
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.saveButton, Qt.MouseButton.LeftButton)
    saved = contacts.get_contact(ctx, client.paying_parent_id)
    assert saved.nino == "QQ654321A"
    assert saved.first_name == "Alexander"
    assert saved.jurisdiction == Jurisdiction.WALES
    assert not view.has_unsaved_changes()
    assert view.ui.firstNameEdit.isReadOnly()
    assert not view.ui.ninoError.isVisible()
    assert view.ui.ninoEdit.text() == "QQ654321A"
    with ctx.db.unit_of_work() as session:
        fields = set(
            session.scalars(
                select(AuditEvent.field).where(
                    AuditEvent.entity == "contact",
                    AuditEvent.entity_id == client.paying_parent_id,
                    AuditEvent.action == "update",
                )
            )
        )
    assert {"nino", "first_name", "jurisdiction"} <= fields


def test_escape_cancels_editing(qtbot: QtBot, view: ContactView) -> None:
    view.start_editing()
    replace(qtbot, view.ui.lastNameEdit, "Changed")
    qtbot.keyClick(view.ui.lastNameEdit, Qt.Key.Key_Escape)
    assert not view.has_unsaved_changes()
    assert view.ui.lastNameEdit.text() == "Fictionson"
    assert view.ui.lastNameEdit.isReadOnly()


def test_a_conflict_never_overwrites(
    qtbot: QtBot,
    view: ContactView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view.start_editing()
    replace(qtbot, view.ui.phoneEdit, "07700 900999")
    # Someone else saves the client meanwhile.
    other = ServiceContext(ctx.db, "other.user", clock=ctx.clock)
    current = contacts.get_contact(other, client.paying_parent_id)
    data = current.to_input()
    data.phone = "07700 900111"
    contacts.update_contact(other, current.id, current.version, data)

    shown: list[str] = []

    def reload_chosen(_parent: object, error: Exception) -> bool:
        shown.append(str(error))
        return True

    monkeypatch.setattr(errors, "show_conflict", reload_chosen)
    assert view.save() is False
    assert "other.user" in shown[0]
    assert contacts.get_contact(ctx, client.paying_parent_id).phone == "07700 900111"
    assert view.ui.phoneEdit.text() == "07700 900111"
    assert not view.has_unsaved_changes()


def test_receiving_parents_shown_and_opened(
    qtbot: QtBot, view: ContactView, client: Client
) -> None:
    model = view.parties_model
    assert model.rowCount() == 1
    assert model.index(0, CasePartiesModel.NAME).data() == "Jamie Sampleford"
    assert model.index(0, CasePartiesModel.SCIN).data() == "121000000801"
    assert view.ui.partiesTable.isColumnHidden(CasePartiesModel.ROLE)
    assert "Midlands" in view.ui.caseLabel.text()
    assert "£4,250.00" in view.ui.caseLabel.text()
    with qtbot.waitSignal(view.open_client) as signal:
        double_click(qtbot, view.ui.partiesTable, 0)
    assert signal.args == [client.receiving_parent_id]


def test_a_receiving_parent_sees_the_paying_parent(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.set_client(client.receiving_parent_id)
    rows = widget.parties_model.rows()
    assert [(r.role, r.contact_id) for r in rows] == [("Paying parent", client.paying_parent_id)]
    assert not widget.ui.partiesTable.isColumnHidden(CasePartiesModel.ROLE)


def test_service_requests_tab_opens_the_activity_plan(
    qtbot: QtBot, view: ContactView, client: Client
) -> None:
    view.ui.tabs.setCurrentWidget(view.ui.srTab)
    model = view.srs_model
    assert model.rowCount() == 1
    assert model.index(0, ClientServiceRequestsModel.CATEGORY).data() == (
        "Enforcement / Take Enforcement Action / Bailiff"
    )
    assert model.index(0, ClientServiceRequestsModel.STATUS).data() == "Open"
    assert view.ui.tabs.tabText(view.ui.tabs.indexOf(view.ui.srTab)) == "Service Requests (1)"
    with qtbot.waitSignal(view.open_service_request) as signal:
        double_click(qtbot, view.ui.srTable, 0)
    assert signal.args == [client.sr_id]


def test_overdue_wait_date_stands_out(ctx: ServiceContext, client: Client) -> None:
    sr = srs.get_service_request(ctx, client.sr_id)
    model = ClientServiceRequestsModel(today=date(2026, 11, 23))
    late = sr.__class__(
        **{**{f: getattr(sr, f) for f in sr.__dataclass_fields__}, "wait_until": date(2026, 11, 1)}
    )
    model.set_rows([late])
    index = model.index(0, ClientServiceRequestsModel.WAIT)
    assert index.data() == "01/11/2026"
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "The wait date has passed"


def drive(qtbot: QtBot, *steps: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """Stand in for exec(): each step fills the dialog, then Save is pressed."""

    def run(dialog: QDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        for step in steps:
            step(dialog)
            button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result() == QDialog.DialogCode.Accepted

    return run


def test_add_an_address_with_an_error_then_corrected(
    qtbot: QtBot,
    view: ContactView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def bad(dialog: QDialog) -> None:
        assert isinstance(dialog, AddressDialog)
        select_value(dialog.ui.addressTypeCombo, AddressType.CORRESPONDENCE)
        dialog.ui.line1Edit.setText("PO Box 12")
        dialog.ui.postcodeEdit.setText("NOT A CODE")

    def good(dialog: QDialog) -> None:
        assert isinstance(dialog, AddressDialog)
        assert dialog.ui.postcodeError.text() == "Not a valid UK postcode (e.g. SW1A 1AA)"
        dialog.ui.postcodeEdit.setText("")
        select_value(dialog.ui.markerCombo, AddressMarker.DLO)

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, bad, good))
    with qtbot.waitSignal(view.data_changed):
        qtbot.mouseClick(view.ui.addAddressButton, Qt.MouseButton.LeftButton)
    model = view.addresses_model
    assert model.rowCount() == 2
    row = model.row_of(lambda a: a.line1 == "PO Box 12")
    assert row is not None
    assert model.index(row, AddressesModel.MARKER).data() == "DLO"
    assert model.index(row, AddressesModel.CONFIDENT).data() == "No"
    assert view.ui.tabs.tabText(0) == "Addresses (2)"
    assert len(contacts.get_contact(ctx, client.paying_parent_id).addresses) == 2


def test_vehicles_not_known_edit_and_remove(
    qtbot: QtBot,
    view: ContactView,
    ctx: ServiceContext,
    client: Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def unknown(dialog: QDialog) -> None:
        assert isinstance(dialog, VehicleDialog)
        dialog.ui.registrationEdit.setText("not known")
        dialog.ui.colourEdit.setText("Red")

    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, unknown))
    view.add_vehicle()
    model = view.vehicles_model
    assert model.rowCount() == 2
    row = model.row_of(lambda v: v.colour == "Red")
    assert row is not None
    assert [model.index(row, c).data() for c in range(3)] == ["Not Known"] * 3

    def recolour(dialog: QDialog) -> None:
        assert isinstance(dialog, VehicleDialog)
        assert dialog.ui.registrationEdit.text() == "Not Known"
        dialog.ui.colourEdit.setText("Maroon")

    forms.select_row(view.ui.vehiclesTable, row)
    monkeypatch.setattr(forms, "run_dialog", drive(qtbot, recolour))
    view.edit_vehicle()
    row = model.row_of(lambda v: v.colour == "Maroon")
    assert row is not None

    monkeypatch.setattr(forms, "confirm", lambda *_args: True)
    forms.select_row(view.ui.vehiclesTable, row)
    qtbot.mouseClick(view.ui.removeVehicleButton, Qt.MouseButton.LeftButton)
    assert model.rowCount() == 1
    assert len(contacts.get_contact(ctx, client.paying_parent_id).vehicles) == 1


def test_add_a_note(qtbot: QtBot, view: ContactView, ctx: ServiceContext, client: Client) -> None:
    view.ui.tabs.setCurrentWidget(view.ui.notesTab)
    qtbot.mouseClick(view.ui.addNoteButton, Qt.MouseButton.LeftButton)
    assert view.ui.noteError.text() == "Note is required"
    qtbot.keyClicks(view.ui.noteEdit, "Called the employer")
    qtbot.keyClick(view.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not view.ui.noteError.isVisible()
    assert view.notes_model.rowCount() == 1
    assert view.notes_model.index(0, NotesModel.TEXT).data() == "Called the employer"
    assert view.notes_model.index(0, NotesModel.WHEN).data() == "23/11/2026 09:30"
    assert [n.text for n in notes.list_notes(ctx, contact_id=client.paying_parent_id)] == [
        "Called the employer"
    ]
    assert view.ui.noteEdit.toPlainText() == ""


def test_assets_and_orders_tabs_are_summaries_that_lead_to_their_views(
    qtbot: QtBot, view: ContactView
) -> None:
    assert view.assets_model.rowCount() == 1
    assert view.orders_model.index(0, OrdersModel.BALANCE).data() == "£3,075.00"
    assert "1 recorded, 0 disregarded" in view.ui.assetsSummaryLabel.text()
    view.ui.tabs.setCurrentWidget(view.ui.assetsTab)
    with qtbot.waitSignal(view.open_asset_view):
        qtbot.mouseClick(view.ui.openAssetsButton, Qt.MouseButton.LeftButton)
    view.ui.tabs.setCurrentWidget(view.ui.ordersTab)
    with qtbot.waitSignal(view.open_orders_view):
        qtbot.mouseClick(view.ui.openOrdersButton, Qt.MouseButton.LeftButton)


def test_no_client(qtbot: QtBot, ctx: ServiceContext) -> None:
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    assert not widget.isEnabled()
    assert widget.save()
    assert not widget.has_unsaved_changes()


def test_models(qtmodeltester: ModelTester, ctx: ServiceContext, client: Client) -> None:
    notes.add_note(ctx, "First line\nsecond line", contact_id=client.paying_parent_id)
    contact = contacts.get_contact(ctx, client.paying_parent_id)
    for model, rows in (
        (AddressesModel(), contact.addresses),
        (VehiclesModel(), contact.vehicles),
        (
            ClientServiceRequestsModel(today=date(2026, 11, 23)),
            srs.list_for_case(ctx, client.case_id),
        ),
        (NotesModel(), notes.list_notes(ctx, contact_id=client.paying_parent_id)),
        (
            CasePartiesModel(),
            [PartyRow(client.receiving_parent_id, "Receiving parent", "J S", None, 1)],
        ),
    ):
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.sort(0, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)
        assert model.data(QModelIndex()) is None


def test_case_arrears_and_what_is_owed_under_los_side_by_side(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    """Issue 13 item 9: a payment against the LO moves both figures, each labelled."""
    orders.add_payment(ctx, client.lo_id, date(2026, 11, 2), Decimal("400.00"))
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.set_client(client.paying_parent_id)
    text = widget.ui.caseLabel.text()
    assert "Case arrears" in text and "£3,850.00" in text
    assert "Owed under liability orders" in text and "£2,675.00" in text
    assert "£4,250.00" not in text


def test_pasted_text_over_the_limit_is_kept_and_said_then_refused(
    qtbot: QtBot, view: ContactView, ctx: ServiceContext, client: Client
) -> None:
    """Issue 13 item 10: no silent cut of pasted text."""
    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    pasted = "Alexandra " * 31 + "Xy"  # 312 characters; Other names takes 200
    view.ui.otherNamesEdit.selectAll()
    view.ui.otherNamesEdit.insert(pasted)  # as a paste inserts it
    assert view.ui.otherNamesEdit.text() == pasted
    assert view.ui.otherNamesError.isVisible()
    assert view.ui.otherNamesError.text() == "312 characters; the limit is 200"
    assert view.save() is False
    assert view.ui.otherNamesError.text() == (
        "Other names is too long: 312 characters; the limit is 200"
    )
    assert view.ui.otherNamesEdit.text() == pasted
    replace(qtbot, view.ui.otherNamesEdit, "Alex")
    assert not view.ui.otherNamesError.isVisible()


def test_phone_must_be_a_uk_number(
    qtbot: QtBot, view: ContactView, ctx: ServiceContext, client: Client
) -> None:
    qtbot.mouseClick(view.ui.editButton, Qt.MouseButton.LeftButton)
    replace(qtbot, view.ui.phoneEdit, "phone?")
    assert view.save() is False
    assert "not a telephone number" in view.ui.phoneError.text()
    replace(qtbot, view.ui.phoneEdit, "+44 20 7946 0123")
    with qtbot.waitSignal(view.data_changed):
        assert view.save() is True
    assert contacts.get_contact(ctx, client.paying_parent_id).phone == "020 7946 0123"


def test_an_sr_raised_on_an_employer_is_in_the_employers_list(
    qtbot: QtBot, ctx: ServiceContext, client: Client
) -> None:
    from enforcement_desktop.domain.enums import ContactRole, CriminalOffence, SrStatus, StepOutcome
    from enforcement_desktop.services import decide

    employer = contacts.create_contact(
        ctx,
        contacts.ContactInput(role=ContactRole.EMPLOYER, first_name="Acme", last_name="Works Ltd"),
    )
    # The paying parent's record names the employer: a criminal referral may be raised on it.
    payer = contacts.get_contact(ctx, client.paying_parent_id)
    data = payer.to_input()
    data.employer_name = "Acme Works Ltd"
    contacts.update_contact(ctx, payer.id, payer.version, data)
    sr = srs.create_service_request(
        ctx, client.case_id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    step = next(s for s in sr.steps if s.step_key == "evidence_of_criminal_activity")
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES)
    child = decide.raise_criminal_action(
        ctx, sr.id, CriminalOffence.FAILURE_TO_COMPLY_WITH_DEO, employer.id
    )
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.set_client(employer.id)
    model = widget.srs_model
    assert model.rowCount() == 1
    assert model.index(0, ClientServiceRequestsModel.CATEGORY).data() == (
        "Enforcement / Criminal Action / Decide"
    )
    assert widget.ui.tabs.tabText(widget.ui.tabs.indexOf(widget.ui.srTab)) == (
        "Service Requests (1)"
    )
    widget.show()
    qtbot.waitExposed(widget)
    widget.ui.tabs.setCurrentWidget(widget.ui.srTab)
    with qtbot.waitSignal(widget.open_service_request) as signal:
        double_click(qtbot, widget.ui.srTable, 0)
    assert signal.args == [child.id]
