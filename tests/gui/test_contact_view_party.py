"""The Contact view of an employer or a third party: what applies to an organisation (its name,
address, phone, the SRs raised on it, notes), not a parent's personal fields."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import AddressType, ContactRole
from enforcement_desktop.gui.models.addresses_model import AddressesModel
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from tests.gui.builders import Client, build_client

pytestmark = pytest.mark.gui


def _employer(ctx: ServiceContext) -> int:
    return contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.EMPLOYER,
            first_name="Acme",
            last_name="Works Ltd",
            phone="020 7946 0991",
            email="payroll@acme.example.com",
        ),
        contacts.AddressInput(
            AddressType.CORRESPONDENCE,
            "Unit 4, Fictional Trading Estate",
            town="Demoton",
            postcode="B15 2TT",
            confident=True,
        ),
    ).id


def _shown(view: ContactView, widget: QWidget) -> bool:
    return widget.isVisibleTo(view)


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext) -> ContactView:
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _person_fields(view: ContactView) -> list[QWidget]:
    ui = view.ui
    return [
        ui.titleEdit,
        ui.lastNameEdit,
        ui.otherNamesEdit,
        ui.dateOfBirthEdit,
        ui.ninoEdit,
        ui.scinEdit,
        ui.jurisdictionCombo,
        ui.pvCheck,
        ui.controlMeasuresEdit,
        ui.sensitiveCheck,
        ui.employmentCombo,
        ui.employerEdit,
        ui.professionalBodyEdit,
        ui.licenceCheck,
        ui.licenceNumberEdit,
        ui.passportCheck,
        ui.dependsCheck,
    ]


def test_an_employer_shows_its_organisation_fields_not_a_parents(
    qtbot: QtBot, ctx: ServiceContext, view: ContactView
) -> None:
    employer_id = _employer(ctx)
    view.set_client(employer_id)
    ui = view.ui
    assert ui.detailsGroup.title() == "Employer details"
    assert ui.firstNameLabel.text().replace("&", "") == "Organisation name:"
    assert ui.firstNameEdit.text() == "Acme Works Ltd"
    assert ui.roleCombo.currentText() == "Employer"
    assert ui.phoneEdit.text() == "020 7946 0991"
    assert ui.emailEdit.text() == "payroll@acme.example.com"
    for field in (ui.firstNameEdit, ui.roleCombo, ui.phoneEdit, ui.emailEdit):
        assert _shown(view, field), field.objectName()
    for widget in _person_fields(view):
        assert not _shown(view, widget), widget.objectName()
        # Its label goes with it (check boxes carry their own text).
        label_name = re.sub(r"(Edit|Combo)$", "Label", widget.objectName())
        if label_name != widget.objectName():
            label = ui.detailsGroup.findChild(QWidget, label_name)
            assert label is not None and not _shown(view, label), label_name
    # The address is the organisation's; vehicles, assets and orders are a paying parent's.
    tabs = ui.tabs
    assert tabs.isTabVisible(tabs.indexOf(ui.addressesTab))
    assert view.addresses_model.rowCount() == 1
    street = view.addresses_model.index(0, AddressesModel.ADDRESS).data()
    assert "Unit 4, Fictional Trading Estate" in street
    for tab in (ui.vehiclesTab, ui.assetsTab, ui.ordersTab):
        assert not tabs.isTabVisible(tabs.indexOf(tab))
    for tab in (ui.srTab, ui.notesTab):
        assert tabs.isTabVisible(tabs.indexOf(tab))
    assert not _shown(view, ui.caseGroup)


def test_an_employers_name_is_edited_whole(
    qtbot: QtBot, ctx: ServiceContext, view: ContactView
) -> None:
    employer_id = _employer(ctx)
    view.set_client(employer_id)
    ui = view.ui
    view.start_editing()
    assert ui.detailsGroup.title() == "Employer details — editing"
    ui.firstNameEdit.setText("  ")
    ui.firstNameEdit.textEdited.emit("  ")
    assert view.save() is False
    assert ui.firstNameError.text() == "Organisation name is required"
    assert _shown(view, ui.firstNameError)
    assert contacts.get_contact(ctx, employer_id).full_name == "Acme Works Ltd"

    ui.firstNameEdit.setText("  Acme   Works (Demoton) Ltd ")
    ui.firstNameEdit.textEdited.emit(ui.firstNameEdit.text())
    with qtbot.waitSignal(view.data_changed):
        assert view.save() is True
    saved = contacts.get_contact(ctx, employer_id)
    # Kept whole in one part (a one-word name is one too: test_one_word_party).
    assert (saved.first_name, saved.last_name) == ("", "Acme Works (Demoton) Ltd")
    assert saved.role is ContactRole.EMPLOYER
    assert saved.phone == "020 7946 0991"
    assert ui.firstNameEdit.text() == "Acme Works (Demoton) Ltd"


def test_a_third_party_reads_name_and_a_parent_gets_every_field_back(
    qtbot: QtBot, ctx: ServiceContext, view: ContactView
) -> None:
    third = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.THIRD_PARTY, first_name="Pat", last_name="Neighbourly"
        ),
    )
    view.set_client(third.id)
    ui = view.ui
    assert ui.detailsGroup.title() == "Third party details"
    assert ui.firstNameLabel.text().replace("&", "") == "Name:"
    assert ui.firstNameEdit.text() == "Pat Neighbourly"
    assert not _shown(view, ui.ninoEdit)

    client: Client = build_client(ctx)
    view.set_client(client.paying_parent_id)
    assert ui.detailsGroup.title() == "Client details"
    assert ui.firstNameLabel.text().replace("&", "") == "First name:"
    assert ui.firstNameEdit.text() == "Alex"
    for widget in _person_fields(view):
        assert _shown(view, widget), widget.objectName()
    tabs = ui.tabs
    for tab in (ui.vehiclesTab, ui.assetsTab, ui.ordersTab):
        assert tabs.isTabVisible(tabs.indexOf(tab))
    assert _shown(view, ui.caseGroup)
