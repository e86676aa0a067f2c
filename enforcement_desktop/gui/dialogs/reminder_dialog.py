"""Add a reminder to a service request: a date, what to do, and whose diary it goes in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_reminder_dialog import Ui_ReminderDialog
from enforcement_desktop.services import reminders, users
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.reminders import ReminderDTO


class ReminderDialog(ServiceDialog):
    """Set a reminder on one service request; it shows in the owner's Diary on its date.

    After :meth:`exec` returns Accepted, :attr:`result_reminder` is the reminder saved.

    Args:
        ctx: Database, user and clock.
        sr_id: The service request.
        sr_label: How the SR is named to the user ("Service request 12 — Bailiff, Pat ...").
        parent: The parent widget.
    """

    def __init__(
        self, ctx: ServiceContext, sr_id: int, sr_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReminderDialog()
        self.ui.setupUi(self)
        self.sr_id = sr_id
        self.result_reminder: ReminderDTO | None = None
        self.setWindowTitle(f"Add reminder — service request {sr_id}")
        self.ui.srLabel.setText(sr_label)
        self.ui.dueOnEdit.set_value(ctx.today())
        self.ui.noteEdit.setPlaceholderText(
            f"e.g. Phone the employer back (at most {reminders.REMINDER_NOTE_MAX_LENGTH} "
            "characters)"
        )
        # The working user first; the other active users come when read.
        self.ui.ownerCombo.addItem(f"Me ({ctx.user})", ctx.user)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save reminder")
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("due_on", "note", "owner"))
        self.read(users.list_users, self._fill_owners, key="users")
        self.ui.noteEdit.setFocus()

    def _fill_owners(self, listed: list[users.UserRecord]) -> None:
        combo = self.ui.ownerCombo
        for user in listed:
            if user.active and user.login != self.ctx.user:
                team = f", {user.team}" if user.team else ""
                combo.addItem(f"{user.display_name} ({user.login}{team})", user.login)

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._add, self._saved)

    def _add(self) -> Callable[[ServiceContext], ReminderDTO]:
        due_on = self.ui.dueOnEdit.value()
        note = self.ui.noteEdit.toPlainText()
        owner = self.ui.ownerCombo.currentData()
        sr_id = self.sr_id
        return lambda ctx: reminders.add_reminder(ctx, sr_id, due_on, note, owner=owner)

    def _saved(self, reminder: ReminderDTO) -> None:
        self.result_reminder = reminder
