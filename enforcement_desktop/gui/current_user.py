"""Who is working, for the main window: the status bar's user, the Users… action, a login change.

The login (``ctx.user``) is mapped to its user record once the window has started (one read on
the data lane); the status bar then names the user, and the Users… action is enabled for a
team leader only (others are told why). :attr:`CurrentUser.checked` carries each read, so the
start-up (``app.py``) can ask an unknown login who they are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QWidget

from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from enforcement_desktop.services.users import KeyboardCheck, UserRecord

#: The Users… action's tooltips.
USERS_TIP = "Add or change the users of this database and their roles"
NOT_A_TEAM_LEADER_TIP = "Only a team leader can manage users: you are not one in this database"
NO_RECORD_TIP = "Your login has no user record in this database: a team leader must add you"


def _who_is_working(ctx: ServiceContext) -> KeyboardCheck:
    from enforcement_desktop.services.users import who_is_working

    return who_is_working(ctx)


class CurrentUser(QObject):
    """The window's knowledge of who is working.

    Args:
        window: The main window (its ``ctx``, status bar label and views).
        ctx: The services' context; :meth:`switch_to` changes its ``user``.
        label: The status bar label that names the user.
        menu: The menu the Users… action goes in, before ``before``.
        before: The action it is inserted before (None: at the end).
    """

    #: Emitted with each read (:class:`services.users.KeyboardCheck`).
    checked = Signal(object)
    #: Emitted after :meth:`switch_to` changed the login.
    login_changed = Signal(str)

    def __init__(
        self,
        window: QWidget,
        ctx: ServiceContext,
        label: QLabel,
        menu: QMenu,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.label = label
        self.check: KeyboardCheck | None = None
        self.action = QAction("&Users…", window)
        self.action.setObjectName("actionUsers")
        self.action.setEnabled(False)
        self.action.setToolTip("Reading who you are…")
        self.action.setStatusTip(USERS_TIP)
        self.action.triggered.connect(self.show_users)
        if before is not None:
            menu.insertAction(before, self.action)
        else:
            menu.addAction(self.action)
        self._dialog: QDialog | None = None

    @property
    def record(self) -> UserRecord | None:
        """The active user record of the login, once read (None when it has none)."""
        return self.check.user if self.check is not None and self.check.known else None

    def read(self) -> None:
        """Map the login to its user record (on the data lane)."""
        runner_for(self.ctx).run(
            Operation(self, _who_is_working, self._read, self._failed, lane=Lane.DATA, key="user")
        )

    def _failed(self, exc: BaseException) -> None:
        if not handle_service_error(self.window, exc, retry=self.read):
            raise exc

    def _read(self, check: KeyboardCheck) -> None:
        self.check = check
        user = self.record
        if user is None:
            self.label.setText(f"User: {check.login} (no user record)")
            self.label.setToolTip(check.refusal())
            self.action.setEnabled(False)
            self.action.setToolTip(NO_RECORD_TIP)
        else:
            roles = ", ".join(role.label for role in sorted(user.roles))
            team = f" · {user.team}" if user.team else ""
            self.label.setText(f"User: {user.display_name}{team}")
            self.label.setToolTip(f"{user.display_name} ({user.login}): {roles}")
            self.action.setEnabled(user.is_team_leader)
            self.action.setToolTip(USERS_TIP if user.is_team_leader else NOT_A_TEAM_LEADER_TIP)
        self.checked.emit(check)

    def switch_to(self, login: str) -> None:
        """Work as ``login`` from now on (the first user just made, or a demo user chosen)."""
        self.ctx.user = login
        self.read()
        self.login_changed.emit(login)

    def show_users(self) -> None:
        """Open the Users dialog; read the user again when it closes (roles may have changed)."""
        from enforcement_desktop.gui.dialogs.users_dialog import UsersDialog

        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        dialog = UsersDialog(self.ctx, self.window)
        self._dialog = dialog

        def closed(_result: int) -> None:
            self._dialog = None
            dialog.deleteLater()
            self.read()

        dialog.finished.connect(closed)
        dialog.open()
