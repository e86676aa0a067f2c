"""Reassign a service request to another user, or to a team (audited: old and new owner/team)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_reassign_dialog import Ui_ReassignDialog
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.service_requests import ServiceRequestDTO
from enforcement_desktop.services.users import UserRecord


class ReassignDialog(ServiceDialog):
    """Choose the user or the team the SR goes to. The users and teams come from the caller's
    read (:func:`services.users.users_screen`); the service checks them again on save.

    After :meth:`exec` returns Accepted, :attr:`result_sr` is the reassigned SR.

    Args:
        ctx: Database, user and clock.
        sr: The SR as last read (its version goes with the save).
        people: The users it may go to (inactive ones are left out).
        teams: The teams it may go to.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        sr: ServiceRequestDTO,
        people: tuple[UserRecord, ...],
        teams: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReassignDialog()
        self.ui.setupUi(self)
        self.sr = sr
        self.result_sr: ServiceRequestDTO | None = None
        ui = self.ui
        now = sr.owner or "nobody"
        if sr.team:
            now += f", team {sr.team}"
        ui.srLabel.setText(
            f"<b>SR {sr.id}</b> · {escape(sr.category)} · {escape(sr.client_name)}<br>"
            f"Assigned now to: {escape(now)}"
        )
        ui.ownerCombo.addItem("(choose a user)", None)
        for user in people:
            if user.active:
                team = f", {user.team}" if user.team else ""
                ui.ownerCombo.addItem(f"{user.display_name} ({user.login}{team})", user.login)
        ui.teamCombo.addItem("(choose a team)", None)
        for team_name in teams:
            ui.teamCombo.addItem(team_name, team_name)
        ui.toUserRadio.toggled.connect(self._update_enabled)
        self._update_enabled()
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Reassign")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("owner", "team"))
        ui.ownerCombo.setFocus()

    def _update_enabled(self) -> None:
        to_user = self.ui.toUserRadio.isChecked()
        self.ui.ownerCombo.setEnabled(to_user)
        self.ui.teamCombo.setEnabled(not to_user)

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the choices."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        sr_id, version = self.sr.id, self.sr.version
        if self.ui.toUserRadio.isChecked():
            owner = self.ui.ownerCombo.currentData()
            return lambda ctx: srs.reassign_service_request(ctx, sr_id, version, owner=owner)
        team = self.ui.teamCombo.currentData()
        return lambda ctx: srs.reassign_service_request(ctx, sr_id, version, team=team)

    def _saved(self, sr: ServiceRequestDTO) -> None:
        self.result_sr = sr
