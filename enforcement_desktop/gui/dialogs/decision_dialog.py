"""Decide the civil enforcement power(s) of a Decide On Enforcement Action SR (steps 14-17).

Every power is listed with the verdict the rules gave when the panel was read: a blocked power
cannot be ticked and its reasons show when it is selected. The welfare-of-the-child statement is
required. Saving records the decision with a snapshot of every verdict and closes the SR.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from enforcement_desktop.domain.enums import Power
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_decision_dialog import Ui_DecisionDialog
from enforcement_desktop.services import decide
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.options import PowerOptionDTO


class DecisionDialog(ServiceDialog):
    """Choose the powers and record the welfare-of-the-child statement.

    After :meth:`exec` returns Accepted, :attr:`result_decision` is the decision recorded.

    Args:
        ctx: Database, user and clock.
        sr_id: The Decide SR.
        sr_version: The SR's version as read (a change meanwhile is refused as a conflict).
        options: Every power's verdict, from the read model.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        sr_id: int,
        sr_version: int,
        options: tuple[PowerOptionDTO, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_DecisionDialog()
        self.ui.setupUi(self)
        self.sr_id = sr_id
        self.sr_version = sr_version
        self.options = {o.power: o for o in options}
        self.result_decision: decide.DecisionDTO | None = None
        self.setWindowTitle(f"Decide the enforcement power — service request {sr_id}")
        self.ui.introLabel.setText(
            "Enforcement Action – Consider, steps 14–17. Blocked powers cannot be chosen; select "
            "one to read why. Saving records the decision with what the rules say today and "
            "closes the service request (Closed, Completed)."
        )
        for option in options:
            mark = "✓ may be considered" if option.allowed else "✗ blocked"
            item = QListWidgetItem(f"{option.label} — {mark}")
            item.setData(Qt.ItemDataRole.UserRole, option.power)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if option.allowed:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setCheckState(Qt.CheckState.Unchecked)
            item.setFlags(flags)
            item.setToolTip("\n".join(option.reasons))
            self.ui.powersList.addItem(item)
        self.ui.powersList.currentItemChanged.connect(self._show_reasons)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Record decision and close SR")
        save.setDefault(True)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("powers", "welfare_statement"))
        self.ui.powersList.setCurrentRow(0)

    def _show_reasons(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.ui.reasonsLabel.clear()
            return
        option = self.options[Power(item.data(Qt.ItemDataRole.UserRole))]
        head = "May be considered:" if option.allowed else "Blocked:"
        self.ui.reasonsLabel.setText(f"{option.label}. {head} " + " ".join(option.reasons))

    def chosen(self) -> list[Power]:
        """The powers ticked, in the list's order."""
        found: list[Power] = []
        for row in range(self.ui.powersList.count()):
            item = self.ui.powersList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                found.append(Power(item.data(Qt.ItemDataRole.UserRole)))
        return found

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._decide, self._saved)

    def _decide(self) -> Callable[[ServiceContext], decide.DecisionDTO]:
        powers = self.chosen()
        statement = self.ui.welfareStatementEdit.toPlainText()
        sr_id, version = self.sr_id, self.sr_version
        return lambda ctx: decide.make_decision(ctx, sr_id, version, powers, statement)

    def _saved(self, decision: decide.DecisionDTO) -> None:
        self.result_decision = decision
