"""Users and roles in the window: the Users dialog, the first user, an unknown login, reassigning
a service request. Real dialogs on a real database, through the operation runner."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.gui.dialogs.choose_user_dialog import UnknownLoginDialog, settle_login
from enforcement_desktop.gui.dialogs.reassign_dialog import ReassignDialog
from enforcement_desktop.gui.dialogs.users_dialog import (
    NOT_A_TEAM_LEADER,
    UserEditDialog,
    UsersDialog,
)
from enforcement_desktop.gui.main_window import MainWindow
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services import users
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset
from tests.users import add_test_user

pytestmark = pytest.mark.gui


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None
    return item.text()


def as_user(ctx: ServiceContext, login: str) -> ServiceContext:
    return ServiceContext(ctx.db, login, clock=ctx.clock)


@pytest.fixture
def leader(ctx: ServiceContext) -> users.UserRecord:
    """test.user: the first user, so the team leader of Test Team (as the dataset makes it)."""
    return users.user_by_login(ctx, ctx.user) or add_test_user(ctx)


def test_a_team_leader_adds_a_user_errors_beside_the_fields(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    users.add_office(
        ctx,
        users.OfficeInput("CMS Enforcement Testbury", ("Fictional House",), "TE1 1ST"),
    )
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.screen_read is not None)
    table = dialog.ui.usersTable
    assert table.rowCount() == 1 and cell(table, 0, 0) == "test.user"
    assert cell(table, 0, 3) == "Case manager, Team leader"
    assert dialog.ui.addButton.isEnabled() and not dialog.ui.editButton.isEnabled()

    add = dialog.edit_dialog(None)
    qtbot.addWidget(add)
    ui = add.ui
    assert ui.caseManagerCheck.isChecked()
    ui.loginEdit.setText("casey")
    ui.displayNameEdit.setText("Casey Example")
    ui.phoneEdit.setText("12345")
    ui.dotCheck.setChecked(True)
    ui.teamCombo.setCurrentText("Test Team")
    ui.officeCombo.setCurrentIndex(1)
    add.show()
    add.save()
    assert add.isVisible()
    assert "UK telephone number" in ui.phoneError.text() and ui.phoneError.isVisible()
    ui.phoneEdit.setText("020 7946 0001")
    add.save()
    assert add.result() == QDialog.DialogCode.Accepted
    saved = add.result_user
    assert saved is not None and saved.office is not None
    assert saved.roles == {UserRole.CASE_MANAGER, UserRole.DEDUCTION_ORDER_TEAM}
    assert (saved.team, saved.phone) == ("Test Team", "020 7946 0001")

    dialog.reload()
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    assert cell(table, 0, 0) == "casey"
    table.selectRow(0)
    assert dialog.ui.editButton.isEnabled()
    edit = dialog.edit_dialog(dialog.selected_user())
    qtbot.addWidget(edit)
    assert edit.ui.loginEdit.isReadOnly() and edit.ui.dotCheck.isChecked()
    edit.ui.activeCheck.setChecked(False)
    edit.save()
    assert edit.result_user is not None and not edit.result_user.active


def test_the_last_team_leader_cannot_drop_the_role_in_the_dialog(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    edit = UserEditDialog(ctx, leader)
    qtbot.addWidget(edit)
    edit.show()
    edit.ui.teamLeaderCheck.setChecked(False)
    edit.save()
    assert edit.isVisible()
    assert "last active team leader" in edit.ui.rolesError.text()


def test_others_see_the_users_but_may_not_change_them(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example"))
    dialog = UsersDialog(as_user(ctx, "casey"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.screen_read is not None)
    assert dialog.ui.usersTable.rowCount() == 2
    dialog.ui.usersTable.selectRow(0)
    assert not dialog.ui.addButton.isEnabled() and not dialog.ui.editButton.isEnabled()
    assert dialog.ui.addButton.toolTip() == NOT_A_TEAM_LEADER
    assert NOT_A_TEAM_LEADER in dialog.ui.summaryLabel.text()


def test_the_first_user_of_a_new_database_is_made_team_leader(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    settled: list[str] = []
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = settle_login(
        parent,
        ctx,
        users.who_is_working(ctx),
        on_settled=settled.append,
        on_refused=lambda: settled.append("refused"),
    )
    assert isinstance(dialog, UserEditDialog) and dialog.first
    ui = dialog.ui
    assert ui.loginEdit.text() == "test.user" and ui.loginEdit.isReadOnly()
    assert ui.teamLeaderCheck.isChecked() and not ui.teamLeaderCheck.isEnabled()
    ui.displayNameEdit.setText("Tess Example")
    dialog.save()
    assert settled == ["test.user"]
    record = users.require_user(ctx)
    assert record.is_team_leader and record.display_name == "Tess Example"


def test_an_unknown_login_on_real_data_may_only_quit(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    check = users.who_is_working(as_user(ctx, "stranger"))
    dialog = UnknownLoginDialog(check)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Your login <b>'stranger'</b> has no user record in this database." in (
        dialog.ui.messageLabel.text()
    )
    assert "Ask a team leader to add you" in dialog.ui.adviceLabel.text()
    assert not dialog.ui.usersList.isVisible() and dialog.continue_button is None
    assert [b.text() for b in dialog.ui.buttonBox.buttons()] == ["&Quit"]
    dialog.quit_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_an_unknown_login_on_the_demo_may_continue_as_a_demo_user(
    qtbot: QtBot, ctx: ServiceContext, leader: users.UserRecord
) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example"))
    check = replace(users.who_is_working(as_user(ctx, "stranger")), demo=True)
    settled: list[str] = []
    parent = QDialog()
    qtbot.addWidget(parent)
    dialog = settle_login(
        parent, ctx, check, on_settled=settled.append, on_refused=lambda: settled.append("no")
    )
    assert isinstance(dialog, UnknownLoginDialog)
    assert dialog.ui.usersList.count() == 2
    assert dialog.ui.usersList.item(0).text().startswith("Casey Example (casey)")
    dialog.ui.usersList.setCurrentRow(1)
    assert dialog.continue_button is not None
    dialog.continue_button.click()
    assert settled == ["test.user"]


def test_reassign_a_service_request(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, leader: users.UserRecord
) -> None:
    users.add_user(ctx, "casey", users.UserInput("Casey Example", team="Other Team"))
    screen = users.users_screen(ctx)
    sr = srs.get_service_request(ctx, data.open_sr_id)
    dialog = ReassignDialog(ctx, sr, screen.users, screen.teams)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.ownerCombo.isEnabled() and not dialog.ui.teamCombo.isEnabled()
    dialog.save()  # nobody chosen
    assert dialog.isVisible() and "Choose a user or a team" in dialog.ui.ownerError.text()
    dialog.ui.ownerCombo.setCurrentIndex(dialog.ui.ownerCombo.findData("casey"))
    dialog.save()
    assert dialog.result_sr is not None and dialog.result_sr.owner == "casey"

    again = ReassignDialog(ctx, dialog.result_sr, screen.users, screen.teams)
    qtbot.addWidget(again)
    again.show()
    again.ui.toTeamRadio.setChecked(True)
    again.ui.teamCombo.setCurrentIndex(again.ui.teamCombo.findData("Test Team"))
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert again.result_sr is not None
    assert (again.result_sr.owner, again.result_sr.team) == (None, "Test Team")


def test_the_window_names_the_user_and_offers_users_to_team_leaders_only(
    open_window: Callable[[], MainWindow], ctx: ServiceContext, leader: users.UserRecord
) -> None:
    window = open_window()
    assert window.current_user.check is not None  # read once started (synchronous here)
    assert window.user_label.text() == "User: Test Example · Test Team"
    action = window.current_user.action
    assert action.isEnabled() and action in window.ui.menuFile.actions()
    users.add_user(ctx, "casey", users.UserInput("Casey Example"))
    window.current_user.switch_to("casey")
    assert ctx.user == "casey"
    assert window.user_label.text() == "User: Casey Example"
    assert not action.isEnabled() and "Only a team leader" in action.toolTip()


def test_the_window_says_when_the_login_has_no_record(
    open_window: Callable[[], MainWindow], ctx: ServiceContext, leader: users.UserRecord
) -> None:
    ctx.user = "stranger"
    seen: list[users.KeyboardCheck] = []
    window = open_window()
    window.current_user.checked.connect(seen.append)
    window.current_user.read()
    assert seen and not seen[0].known
    assert window.user_label.text() == "User: stranger (no user record)"
    assert "ask a team leader to add you" in window.user_label.toolTip()
    assert not window.current_user.action.isEnabled()


def test_the_users_action_opens_the_dialog(
    qtbot: QtBot, open_window: Callable[[], MainWindow], leader: users.UserRecord
) -> None:
    window = open_window()
    window.current_user.action.trigger()
    dialog = window.findChild(UsersDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.usersTable.rowCount() == 1)
    dialog.reject()
