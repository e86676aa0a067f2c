"""The Users dialog (team leaders): the users and offices of this database, and adding or
changing one.

Everything goes through the operation runner: both lists are one read (``users.users_screen``),
each save one service call. Only a team leader may add or change users and offices; the services
refuse anyone else, and the dialog does not offer it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWhatsThis,
    QWidget,
)

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.gui import errors
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_office_edit_dialog import Ui_OfficeEditDialog
from enforcement_desktop.gui.forms.ui_user_edit_dialog import Ui_UserEditDialog
from enforcement_desktop.gui.forms.ui_users_dialog import Ui_UsersDialog
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.services import users
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.users import OfficeRecord, UserRecord, UsersScreen

#: Why the dialog's changes are not offered to someone who is not a team leader.
NOT_A_TEAM_LEADER = "Only a team leader can add or change users and offices."

_COLUMNS = ("Login", "Name", "Team", "Roles", "Office", "Active")
_OFFICE_COLUMNS = ("Name", "Address", "Phone", "Opening hours", "Users")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def roles_text(roles: frozenset[UserRole]) -> str:
    """The roles as users know them, in the usual order."""
    return ", ".join(role.label for role in UserRole if role in roles)


class UserEditDialog(ServiceDialog):
    """Add a user, change one, or (``first``) create the first user of a new database.

    The first user is the login at the keyboard and becomes the database's team leader: the
    login, the team leader role and "active" are fixed. After :meth:`exec` returns Accepted,
    :attr:`result_user` is the saved user.

    Args:
        ctx: Database, user and clock.
        user: The user to change; None to add one.
        offices: The offices to choose from.
        teams: The teams users already belong to (a new one may be typed).
        first: Create the first user of the database, for ``ctx.user``.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        user: UserRecord | None,
        offices: tuple[OfficeRecord, ...] = (),
        teams: tuple[str, ...] = (),
        *,
        first: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        self.user = user
        self.first = first
        self.result_user: UserRecord | None = None
        ui = self.ui
        self.role_checks: dict[UserRole, QCheckBox] = {
            UserRole.CASE_MANAGER: ui.caseManagerCheck,
            UserRole.TEAM_LEADER: ui.teamLeaderCheck,
            UserRole.DEDUCTION_ORDER_TEAM: ui.dotCheck,
            UserRole.FINANCIAL_INVESTIGATIONS_UNIT: ui.fiuCheck,
            UserRole.SPECIAL_CLIENT_RECORDS: ui.scrCheck,
        }
        ui.officeCombo.addItem("(no office)", None)
        for office in offices:
            ui.officeCombo.addItem(office.name, office.id)
        ui.teamCombo.addItems(list(teams))
        ui.teamCombo.setCurrentIndex(-1)
        if first:
            self.setWindowTitle("Create the first user")
            ui.introLabel.setText(
                "This database has no users yet. You are its first user, and its "
                "<b>team leader</b>: you add the others later from <i>File › Users…</i>"
            )
            ui.loginEdit.setText(ctx.user)
            ui.loginEdit.setReadOnly(True)
            ui.caseManagerCheck.setChecked(True)
            ui.teamLeaderCheck.setChecked(True)
            ui.teamLeaderCheck.setEnabled(False)
            ui.activeCheck.setEnabled(False)
        elif user is not None:
            self.setWindowTitle(f"User {user.login}")
            ui.introLabel.setText(f"<b>{escape(user.display_name)}</b> ({escape(user.login)})")
            ui.loginEdit.setText(user.login)
            ui.loginEdit.setReadOnly(True)
            ui.loginEdit.setToolTip("A login never changes: add a new user for a new login")
            ui.displayNameEdit.setText(user.display_name)
            ui.phoneEdit.setText(user.phone or "")
            ui.teamCombo.setCurrentText(user.team or "")
            if user.office is not None:
                ui.officeCombo.setCurrentIndex(max(0, ui.officeCombo.findData(user.office.id)))
            for role, check in self.role_checks.items():
                check.setChecked(role in user.roles)
            ui.activeCheck.setChecked(user.active)
        else:
            self.setWindowTitle("Add a user")
            ui.introLabel.setText("A new user of this database, known by their login.")
            ui.caseManagerCheck.setChecked(True)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save user" if not first else "&Create user")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            ("login", "display_name", "phone", "team", "office_id", "roles", "active")
        )
        (ui.displayNameEdit if ui.loginEdit.isReadOnly() else ui.loginEdit).setFocus()

    def user_input(self) -> users.UserInput:
        """The form as the service takes it."""
        ui = self.ui
        return users.UserInput(
            display_name=ui.displayNameEdit.text(),
            phone=ui.phoneEdit.text(),
            team=ui.teamCombo.currentText(),
            office_id=ui.officeCombo.currentData(),
            roles=frozenset(role for role, check in self.role_checks.items() if check.isChecked()),
            active=ui.activeCheck.isChecked(),
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], UserRecord]:
        data = self.user_input()
        login = self.ui.loginEdit.text().strip()
        if self.user is None:
            return lambda ctx: users.add_user(ctx, login, data)
        version = self.user.version
        return lambda ctx: users.update_user(ctx, login, data, expected_version=version)

    def _saved(self, user: UserRecord) -> None:
        self.result_user = user


class OfficeEditDialog(ServiceDialog):
    """Add an office, or change one. After :meth:`exec` returns Accepted, :attr:`result_office`
    is the saved office.

    Args:
        ctx: Database, user and clock.
        office: The office to change; None to add one.
        parent: The parent widget.
    """

    def __init__(
        self, ctx: ServiceContext, office: OfficeRecord | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_OfficeEditDialog()
        self.ui.setupUi(self)
        self.office = office
        self.result_office: OfficeRecord | None = None
        ui = self.ui
        if office is None:
            self.setWindowTitle("Add an office")
            ui.introLabel.setText("A new office users may work from.")
        else:
            self.setWindowTitle(f"Office {office.name}")
            ui.introLabel.setText(f"<b>{escape(office.name)}</b>")
            ui.nameEdit.setText(office.name)
            ui.addressLinesEdit.setPlainText("\n".join(office.address_lines))
            ui.postcodeEdit.setText(office.postcode)
            ui.phoneEdit.setText(office.phone or "")
            ui.openingHoursEdit.setText(office.opening_hours)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save office")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("name", "address_lines", "postcode", "phone", "opening_hours"))
        ui.nameEdit.setFocus()

    def office_input(self) -> users.OfficeInput:
        """The form as the service takes it."""
        ui = self.ui
        return users.OfficeInput(
            name=ui.nameEdit.text(),
            address_lines=tuple(ui.addressLinesEdit.toPlainText().splitlines()),
            postcode=ui.postcodeEdit.text(),
            phone=ui.phoneEdit.text(),
            opening_hours=ui.openingHoursEdit.text(),
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], OfficeRecord]:
        data = self.office_input()
        if self.office is None:
            return lambda ctx: users.add_office(ctx, data)
        office_id, version = self.office.id, self.office.version
        return lambda ctx: users.update_office(ctx, office_id, data, expected_version=version)

    def _saved(self, office: OfficeRecord) -> None:
        self.result_office = office


def office_address(office: OfficeRecord) -> str:
    """The office's address on one line, its postcode last."""
    return ", ".join((*office.address_lines, *((office.postcode,) if office.postcode else ())))


class UsersDialog(QDialog):
    """The users and offices of this database; a team leader adds or changes them from here.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains a list: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        self.screen_read: UsersScreen | None = None
        ui = self.ui
        table = ui.usersTable
        table.setColumnCount(len(_COLUMNS))
        table.setHorizontalHeaderLabels(list(_COLUMNS))
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ui.addButton.clicked.connect(self.add_user)
        ui.editButton.clicked.connect(self.edit_user)
        table.itemDoubleClicked.connect(lambda _item: self.edit_user())
        table.itemSelectionChanged.connect(self._update_buttons)
        offices = ui.officesTable
        offices.setColumnCount(len(_OFFICE_COLUMNS))
        offices.setHorizontalHeaderLabels(list(_OFFICE_COLUMNS))
        offices.verticalHeader().setVisible(False)
        header = offices.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.addOfficeButton.clicked.connect(self.add_office)
        ui.editOfficeButton.clicked.connect(self.edit_office)
        offices.itemDoubleClicked.connect(lambda _item: self.edit_office())
        offices.itemSelectionChanged.connect(self._update_buttons)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        self._update_buttons()
        self.reload()

    @property
    def may_manage(self) -> bool:
        return self.screen_read is not None and self.screen_read.may_manage

    def reload(self) -> None:
        """Read the users again (after a change)."""
        runner_for(self.ctx).run(
            Operation(
                self,
                users.users_screen,
                self._show,
                lambda exc: self._read_failed(exc),
                lane=Lane.DATA,
                key="users",
            )
        )

    def _read_failed(self, exc: BaseException) -> None:
        if not errors.handle_service_error(self, exc, retry=self.reload):
            raise exc

    def _show(self, screen: UsersScreen) -> None:
        self.screen_read = screen
        table = self.ui.usersTable
        selected = self.selected_user()
        table.setRowCount(len(screen.users))
        for row, user in enumerate(screen.users):
            values = (
                user.login,
                user.display_name,
                user.team or "",
                roles_text(user.roles),
                user.office.name if user.office else "",
                "Yes" if user.active else "No",
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, user.login)
                table.setItem(row, column, item)
            if selected is not None and user.login == selected.login:
                table.selectRow(row)
        active = sum(1 for u in screen.users if u.active)
        leaders = sum(1 for u in screen.users if u.active and u.is_team_leader)
        summary = (
            f"{_count(len(screen.users), 'user')}, {active} active; "
            f"{_count(leaders, 'active team leader')}."
        )
        summary = summary[:-1] + f"; {_count(len(screen.offices), 'office')}."
        if not screen.may_manage:
            summary += f" {NOT_A_TEAM_LEADER}"
        self.ui.summaryLabel.setText(summary)
        self._show_offices(screen)
        self._update_buttons()

    def _show_offices(self, screen: UsersScreen) -> None:
        table = self.ui.officesTable
        selected = self.selected_office()
        table.setRowCount(len(screen.offices))
        for row, office in enumerate(screen.offices):
            working = sum(
                1 for u in screen.users if u.office is not None and u.office.id == office.id
            )
            address = office_address(office)
            values = (office.name, address, office.phone or "", office.opening_hours, str(working))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, office.id)
                if column == 1:
                    item.setToolTip("\n".join((*office.address_lines, office.postcode)))
                if column == 4:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    item.setToolTip("Active and inactive users whose office this is")
                table.setItem(row, column, item)
            if selected is not None and office.id == selected.id:
                table.selectRow(row)

    def selected_user(self) -> UserRecord | None:
        if self.screen_read is None:
            return None
        rows = self.ui.usersTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.usersTable.item(rows[0].row(), 0)
        login = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((u for u in self.screen_read.users if u.login == login), None)

    def selected_office(self) -> OfficeRecord | None:
        if self.screen_read is None:
            return None
        rows = self.ui.officesTable.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.ui.officesTable.item(rows[0].row(), 0)
        office_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return next((o for o in self.screen_read.offices if o.id == office_id), None)

    def _update_buttons(self) -> None:
        manage = self.may_manage
        ui = self.ui
        ui.addButton.setEnabled(manage)
        ui.editButton.setEnabled(manage and self.selected_user() is not None)
        ui.addOfficeButton.setEnabled(manage)
        ui.editOfficeButton.setEnabled(manage and self.selected_office() is not None)
        tip = "" if manage or self.screen_read is None else NOT_A_TEAM_LEADER
        for button in (ui.addButton, ui.editButton, ui.addOfficeButton, ui.editOfficeButton):
            button.setToolTip(tip or button.toolTip())

    def edit_dialog(self, user: UserRecord | None) -> UserEditDialog:
        """The dialog that adds (``user`` None) or changes a user, over this one."""
        screen = self.screen_read
        assert screen is not None
        return UserEditDialog(self.ctx, user, screen.offices, screen.teams, parent=self)

    def add_user(self) -> None:
        if not self.may_manage:
            return
        self._run(self.edit_dialog(None))

    def edit_user(self) -> None:
        user = self.selected_user()
        if not self.may_manage or user is None:
            return
        self._run(self.edit_dialog(user))

    def office_dialog(self, office: OfficeRecord | None) -> OfficeEditDialog:
        """The dialog that adds (``office`` None) or changes an office, over this one."""
        return OfficeEditDialog(self.ctx, office, parent=self)

    def add_office(self) -> None:
        if not self.may_manage:
            return
        self._run(self.office_dialog(None))

    def edit_office(self) -> None:
        office = self.selected_office()
        if not self.may_manage or office is None:
            return
        self._run(self.office_dialog(office))

    def _run(self, dialog: ServiceDialog) -> None:
        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted or dialog.needs_reload:
                self.reload()
            dialog.deleteLater()

        dialog.finished.connect(done)
        dialog.open()
