"""Offices in the Users dialog (issue 11): list, add and change them, as a team leader only.

Real dialogs on a real database, through the operation runner; what the service refuses is shown
beside its field and nothing is saved.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.dialogs.users_dialog import (
    NOT_A_TEAM_LEADER,
    OfficeEditDialog,
    UsersDialog,
)
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from tests.users import add_test_user

pytestmark = pytest.mark.gui


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


@pytest.fixture
def leader(ctx: ServiceContext) -> users.UserRecord:
    """test.user: the first user, so a team leader."""
    return users.user_by_login(ctx, ctx.user) or add_test_user(ctx)


@pytest.fixture
def testbury(ctx: ServiceContext, leader: users.UserRecord) -> users.OfficeRecord:
    return users.add_office(
        ctx,
        users.OfficeInput(
            "CMS Enforcement Testbury",
            ("Fictional House", "1 Example Street", "Testbury"),
            "TE1 1ST",
            "0800 171 2345",
            "Monday to Friday, 8am to 6pm",
        ),
    )


def opened(qtbot: QtBot, ctx: ServiceContext) -> UsersDialog:
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.screen_read is not None)
    return dialog


def test_the_offices_tab_lists_the_offices_with_their_users(
    qtbot: QtBot, ctx: ServiceContext, testbury: users.OfficeRecord
) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example", office_id=testbury.id))
    dialog = opened(qtbot, ctx)
    ui = dialog.ui
    ui.tabs.setCurrentWidget(ui.officesTab)
    table = ui.officesTable
    assert table.rowCount() == 1
    headers = [table.horizontalHeaderItem(c) for c in range(table.columnCount())]
    assert [h.text() if h is not None else "" for h in headers] == [
        "Name",
        "Address",
        "Phone",
        "Opening hours",
        "Users",
    ]
    assert cell(table, 0, 0) == "CMS Enforcement Testbury"
    assert cell(table, 0, 1) == "Fictional House, 1 Example Street, Testbury, TE1 1ST"
    assert cell(table, 0, 2) == "0800 171 2345"
    assert cell(table, 0, 3) == "Monday to Friday, 8am to 6pm"
    assert cell(table, 0, 4) == "1"
    assert ui.addOfficeButton.isEnabled() and not ui.editOfficeButton.isEnabled()
    table.selectRow(0)
    assert ui.editOfficeButton.isEnabled()
    assert dialog.selected_office() == testbury


def test_a_team_leader_adds_an_office_errors_beside_the_fields_nothing_saved(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    dialog = opened(qtbot, ctx)
    assert dialog.ui.officesTable.rowCount() == 0
    add = dialog.office_dialog(None)
    qtbot.addWidget(add)
    add.show()
    ui = add.ui
    assert add.windowTitle() == "Add an office"
    ui.postcodeEdit.setText("not a postcode")
    ui.phoneEdit.setText("12345")
    add.save()
    assert add.isVisible()
    assert ui.nameError.isVisible() and ui.nameError.text()
    assert "first line of the address" in ui.addressLinesError.text()
    assert ui.postcodeError.isVisible() and ui.postcodeError.text()
    assert "UK telephone number" in ui.phoneError.text()
    assert not ui.openingHoursError.isVisible()
    assert users.list_offices(ctx) == []

    ui.nameEdit.setText("CMS Enforcement Exampleton")
    ui.addressLinesEdit.setPlainText("Pretend Tower\n\n  2 Sample Road  \nExampleton")
    ui.postcodeEdit.setText("ex1 2ab")
    ui.phoneEdit.setText("020 7946 0002")
    ui.openingHoursEdit.setText("Monday to Friday, 9am to 5pm")
    add.save()
    assert add.result() == QDialog.DialogCode.Accepted
    saved = add.result_office
    assert saved is not None
    assert saved.address_lines == ("Pretend Tower", "2 Sample Road", "Exampleton")
    assert (saved.postcode, saved.phone) == ("EX1 2AB", "020 7946 0002")
    assert users.list_offices(ctx) == [saved]


def test_a_saved_office_shows_in_the_list_and_the_user_forms_office_combo(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    dialog = opened(qtbot, ctx)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.officesTab)
    dialog.ui.addOfficeButton.click()
    add = dialog.findChild(OfficeEditDialog)
    assert add is not None and add.isVisible()
    add.ui.nameEdit.setText("CMS Enforcement Exampleton")
    add.ui.addressLinesEdit.setPlainText("Pretend Tower")
    add.ui.postcodeEdit.setText("EX1 2AB")
    add.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.ui.officesTable.rowCount() == 1)
    assert cell(dialog.ui.officesTable, 0, 0) == "CMS Enforcement Exampleton"
    assert cell(dialog.ui.officesTable, 0, 4) == "0"

    edit = dialog.edit_dialog(dialog.screen_read.users[0] if dialog.screen_read else None)
    qtbot.addWidget(edit)
    combo = edit.ui.officeCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(no office)",
        "CMS Enforcement Exampleton",
    ]
    combo.setCurrentIndex(1)
    edit.save()
    assert edit.result_user is not None and edit.result_user.office is not None
    assert edit.result_user.office.name == "CMS Enforcement Exampleton"


def test_a_team_leader_changes_an_office_a_refused_save_changes_nothing(
    qtbot: QtBot, ctx: ServiceContext, testbury: users.OfficeRecord
) -> None:
    other = users.add_office(
        ctx, users.OfficeInput("CMS Enforcement Exampleton", ("Tower",), "EX1 2AB")
    )
    dialog = opened(qtbot, ctx)
    table = dialog.ui.officesTable
    assert [cell(table, r, 0) for r in range(2)] == [other.name, testbury.name]
    table.selectRow(1)
    edit = dialog.office_dialog(dialog.selected_office())
    qtbot.addWidget(edit)
    edit.show()
    ui = edit.ui
    assert edit.windowTitle() == "Office CMS Enforcement Testbury"
    assert ui.nameEdit.text() == testbury.name
    assert ui.addressLinesEdit.toPlainText() == "Fictional House\n1 Example Street\nTestbury"
    assert (ui.postcodeEdit.text(), ui.phoneEdit.text()) == ("TE1 1ST", "0800 171 2345")
    assert ui.openingHoursEdit.text() == "Monday to Friday, 8am to 6pm"

    ui.nameEdit.setText(other.name)  # taken
    ui.phoneEdit.setText("0300 123 4567")
    edit.save()
    assert edit.isVisible()
    assert "already an office called" in ui.nameError.text()
    assert users.list_offices(ctx) == [other, testbury]

    ui.nameEdit.setText("CMS Enforcement Testbury North")
    edit.save()
    assert edit.result() == QDialog.DialogCode.Accepted
    changed = edit.result_office
    assert changed is not None and changed.version == testbury.version + 1
    assert (changed.name, changed.phone) == ("CMS Enforcement Testbury North", "0300 123 4567")
    assert changed.address_lines == testbury.address_lines


def test_others_see_the_offices_but_may_not_change_them(
    qtbot: QtBot, ctx: ServiceContext, testbury: users.OfficeRecord
) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example"))
    dialog = opened(qtbot, ServiceContext(ctx.db, "casey", clock=ctx.clock))
    ui = dialog.ui
    assert ui.officesTable.rowCount() == 1
    ui.officesTable.selectRow(0)
    assert not ui.addOfficeButton.isEnabled() and not ui.editOfficeButton.isEnabled()
    assert ui.addOfficeButton.toolTip() == NOT_A_TEAM_LEADER
    dialog.add_office()
    dialog.edit_office()
    assert dialog.findChild(OfficeEditDialog) is None
