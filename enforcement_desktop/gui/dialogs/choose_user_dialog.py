"""Who is at the keyboard: the login is mapped to a user record when the window opens.

* A login with an active user record works as that user.
* A database with no users at all: the login becomes its first user and team leader
  (:class:`~enforcement_desktop.gui.dialogs.users_dialog.UserEditDialog` in its "first" form),
  or the application closes.
* Any other login is told it has no user record here. On the demo database it may continue as
  one of the demo users; on real data it is refused (a team leader must add it). Never a silent
  "root".
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QPushButton,
    QWhatsThis,
    QWidget,
)

from enforcement_desktop.gui.forms.ui_unknown_login_dialog import Ui_UnknownLoginDialog
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.users import KeyboardCheck


class UnknownLoginDialog(QDialog):
    """Says the login has no user record here; offers Quit, and on the demo a demo user.

    After it closes Accepted, :attr:`chosen_login` is the demo user chosen.

    Args:
        check: What the start-up read found for the login.
        parent: The parent widget (the main window).
    """

    def __init__(self, check: KeyboardCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnknownLoginDialog()
        self.ui.setupUi(self)
        # Shift+F1 then a click explains an input: a modal dialog blocks the main window's
        # What's This action, so the dialog carries its own (as ServiceDialog does).
        self.addAction(QWhatsThis.createAction(self))
        self.check = check
        self.chosen_login: str | None = None
        ui = self.ui
        inactive = check.user is not None and not check.user.active
        if inactive:
            ui.messageLabel.setText(
                f"Your login <b>'{escape(check.login)}'</b> is marked inactive in this database."
            )
        else:
            ui.messageLabel.setText(
                f"Your login <b>'{escape(check.login)}'</b> has no user record in this database."
            )
        choosing = check.demo and bool(check.active_users)
        if choosing:
            ui.adviceLabel.setText(
                "This is the demo database: you may continue as one of its fictional users. "
                "On real data, a team leader has to add you first."
            )
            for user in check.active_users:
                roles = ", ".join(role.label for role in sorted(user.roles))
                item = QListWidgetItem(f"{user.display_name} ({user.login}) — {roles}")
                item.setData(Qt.ItemDataRole.UserRole, user.login)
                ui.usersList.addItem(item)
            ui.usersList.setCurrentRow(0)
            ui.usersList.itemDoubleClicked.connect(lambda _item: self.continue_as_selected())
        else:
            ui.adviceLabel.setText(
                "Ask a team leader to make it active again."
                if inactive
                else "Ask a team leader to add you (File › Users…), then start again."
            )
        ui.usersLabel.setVisible(choosing)
        ui.usersList.setVisible(choosing)
        self.quit_button: QPushButton = ui.buttonBox.addButton(
            "&Quit", QDialogButtonBox.ButtonRole.RejectRole
        )
        self.continue_button: QPushButton | None = None
        if choosing:
            self.continue_button = ui.buttonBox.addButton(
                "&Continue as this user", QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.continue_button.setDefault(True)
            self.continue_button.clicked.connect(self.continue_as_selected)
            ui.usersList.setFocus()
        else:
            self.quit_button.setDefault(True)
        self.quit_button.clicked.connect(self.reject)
        if not choosing:
            # Without the list, the two sentences and Quit: no room left to fill.
            self.setMinimumWidth(460)
            self.resize(self.width(), self.minimumSizeHint().height())

    def continue_as_selected(self) -> None:
        item = self.ui.usersList.currentItem()
        if item is None:
            return
        self.chosen_login = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()


def settle_login(
    parent: QWidget,
    ctx: ServiceContext,
    check: KeyboardCheck,
    *,
    on_settled: Callable[[str], None],
    on_refused: Callable[[], None],
) -> QDialog | None:
    """Ask what the start-up read of the login calls for; None when it is known.

    Args:
        parent: The main window.
        ctx: Database, user and clock.
        check: The read (:func:`services.users.who_is_working`).
        on_settled: Called with the login to work as (the first user made, or a demo user).
        on_refused: Called when the user quits instead.

    Returns:
        The dialog opened (window-modal, already shown), or None when nothing was asked.
    """
    if check.known:
        return None
    dialog: QDialog
    if not check.has_users:
        from enforcement_desktop.gui.dialogs.users_dialog import UserEditDialog

        first = UserEditDialog(ctx, None, first=True, parent=parent)

        def first_done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and first.result_user is not None:
                on_settled(first.result_user.login)
            else:
                on_refused()

        first.finished.connect(first_done)
        dialog = first
    else:
        unknown = UnknownLoginDialog(check, parent)

        def unknown_done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and unknown.chosen_login is not None:
                on_settled(unknown.chosen_login)
            else:
                on_refused()

        unknown.finished.connect(unknown_done)
        dialog = unknown
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
