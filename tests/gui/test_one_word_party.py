"""An employer or third party with a one-word name ("Tesco"): edited and saved in the Contact
view, found by the search box and named whole in the banner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import ContactRole
from enforcement_desktop.gui.main_window import CONTACT, MainWindow
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui


def _party(ctx: ServiceContext, role: ContactRole, first: str, last: str) -> int:
    return contacts.create_contact(
        ctx, contacts.ContactInput(role=role, first_name=first, last_name=last)
    ).id


@pytest.fixture
def view(qtbot: QtBot, ctx: ServiceContext) -> ContactView:
    widget = ContactView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type_name(view: ContactView, text: str) -> None:
    view.ui.firstNameEdit.setText(text)
    view.ui.firstNameEdit.textEdited.emit(text)


def test_an_employer_edited_to_tesco_is_saved_whole(
    qtbot: QtBot, ctx: ServiceContext, view: ContactView
) -> None:
    employer_id = _party(ctx, ContactRole.EMPLOYER, "Acme", "Works Ltd")
    view.set_client(employer_id)
    ui = view.ui
    assert "one word or more" in ui.firstNameEdit.toolTip()
    assert "two words" not in ui.firstNameEdit.toolTip()
    statuses: list[str] = []
    view.status_message.connect(statuses.append)

    view.start_editing()
    _type_name(view, " Tesco ")
    with qtbot.waitSignal(view.data_changed):
        assert view.save() is True
    saved = contacts.get_contact(ctx, employer_id)
    assert (saved.first_name, saved.last_name, saved.full_name) == ("", "Tesco", "Tesco")
    assert ui.firstNameEdit.text() == "Tesco"
    assert not ui.firstNameError.isVisibleTo(view)
    assert statuses[-1] == "Details of Tesco saved"
    assert ui.detailsGroup.title() == "Employer details"


def test_a_third_partys_name_too_long_is_refused_beside_the_field(
    qtbot: QtBot, ctx: ServiceContext, view: ContactView
) -> None:
    party_id = _party(ctx, ContactRole.THIRD_PARTY, "", "Barclays")
    view.set_client(party_id)
    ui = view.ui
    assert ui.firstNameEdit.text() == "Barclays"
    view.start_editing()
    _type_name(view, "B" * 120)
    assert view.save() is False
    assert ui.firstNameError.text().startswith("Name is too long")
    assert ui.firstNameError.isVisibleTo(view)
    assert contacts.get_contact(ctx, party_id).full_name == "Barclays"


def test_a_one_word_employer_is_found_and_named_whole_in_the_banner(
    qtbot: QtBot, window: MainWindow, ctx: ServiceContext, data: Dataset
) -> None:
    tesco = _party(ctx, ContactRole.EMPLOYER, "", "Tesco")
    popup = window.search_popup
    qtbot.keyClicks(window.ui.searchEdit, "tesco")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.topLevelItemCount() == 1)
    item = popup.topLevelItem(0)
    assert item is not None and item.text(0) == "Tesco"
    qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.contact_id == tesco
    assert window.current_index() == CONTACT
    assert ">Tesco</b>" in window.ui.clientNameLabel.text()
    assert window.ui.clientBanner.accessibleDescription().startswith("Tesco, SCIN none")
    assert window.last_status == "Opened Tesco"
