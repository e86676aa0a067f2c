"""Add or edit an appeal against the arrears of a case (lodged, status, decided, hearing, the
other cases it covers, details)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from enforcement_desktop.domain.enums import AppealStatus
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_appeal_dialog import Ui_AppealDialog
from enforcement_desktop.gui.widgets.forms import (
    combo_enum,
    combo_value,
    fill_combo,
    fill_enum_combo,
    select_value,
)
from enforcement_desktop.services import appeals
from enforcement_desktop.services.appeals import AppealDTO, AppealInput
from enforcement_desktop.services.base import ServiceContext


class AppealDialog(ServiceDialog):
    """Record an appeal (``appeal`` None) or change one; the service validates and saves.

    The decision date is enabled once the status is not Open (or while it still holds a date,
    so a date left under an Open status can be cleared); whether the dates fit together is the
    service's to say, under the field. Enter saves, Escape cancels. After Accepted,
    :attr:`result_appeal` is the saved appeal.

    Args:
        ctx: Database, user and clock.
        cases: The cases the appeal may be against, as (case id, name) pairs. When adding with
            several, the user chooses (the one in ``case_id`` is offered first); the others may
            be ticked as covered too (the paying parent's cases only: the service says so).
        case_id: The case of the appeal (when editing, the appeal's own case).
        appeal: The appeal to change, or None to add one.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        cases: Sequence[tuple[int, str]],
        case_id: int | None,
        appeal: AppealDTO | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AppealDialog()
        self.ui.setupUi(self)
        self.appeal = appeal
        self.result_appeal: AppealDTO | None = None
        self._cases = tuple(cases)
        ui = self.ui
        self.setWindowTitle(
            f"Edit appeal lodged {format_date(appeal.lodged_on)}" if appeal else "Add appeal"
        )

        fill_combo(ui.caseCombo, ((name, cid) for cid, name in cases), placeholder="Choose a case")
        select_value(ui.caseCombo, appeal.case_id if appeal else case_id)
        # An appeal stays with its case; a new one may go on any case of the client.
        ui.caseCombo.setEnabled(appeal is None and len(cases) > 1)

        fill_enum_combo(ui.statusCombo, AppealStatus)
        data = appeal.to_input() if appeal else AppealInput(lodged_on=ctx.today())
        ui.lodgedEdit.set_value(data.lodged_on)
        select_value(ui.statusCombo, data.status)
        ui.decidedEdit.set_value(data.decided_on)
        ui.hearingEdit.set_value(data.hearing_on)
        self._covered = set(data.case_ids)
        self._fill_covered()
        ui.caseCombo.currentIndexChanged.connect(self._fill_covered)
        ui.detailsEdit.setPlainText(data.details or "")
        ui.statusCombo.currentIndexChanged.connect(self._sync_decided)
        ui.decidedEdit.dateChanged.connect(self._sync_decided)
        self._sync_decided()

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save appeal")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(
            ("case_id", "lodged_on", "status", "decided_on", "hearing_on", "case_ids", "details")
        )
        if ui.caseCombo.isEnabled() and ui.caseCombo.currentIndex() < 0:
            ui.caseCombo.setFocus()
        else:
            ui.lodgedEdit.setFocus()

    @property
    def case_id(self) -> int | None:
        """The case chosen in the dialog."""
        value = combo_value(self.ui.caseCombo)
        return int(value) if value is not None else None

    def _fill_covered(self) -> None:
        """The client's cases other than the appeal's own, to tick as covered too."""
        box = self.ui.caseIdsList
        own = self.case_id
        for i in range(box.count()):
            item = box.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                self._covered.add(int(item.data(Qt.ItemDataRole.UserRole)))
            else:
                self._covered.discard(int(item.data(Qt.ItemDataRole.UserRole)))
        box.clear()
        for cid, name in self._cases:
            if cid == own:
                continue
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = cid in self._covered
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.setEnabled(box.count() > 0)

    def covered_case_ids(self) -> tuple[int, ...]:
        """The appeal's own case and the others ticked."""
        box = self.ui.caseIdsList
        own = self.case_id
        others = [
            int(box.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(box.count())
            if box.item(i).checkState() == Qt.CheckState.Checked
        ]
        return tuple(sorted({own, *others})) if own is not None else tuple(sorted(others))

    def _sync_decided(self) -> None:
        open_ = combo_enum(self.ui.statusCombo, AppealStatus) == AppealStatus.OPEN
        # Never disable a field that holds a date: the user could not clear it.
        self.ui.decidedEdit.setEnabled(not open_ or self.ui.decidedEdit.is_set())

    def appeal_input(self) -> AppealInput:
        """The values in the form, as they are (the service checks them)."""
        ui = self.ui
        return AppealInput(
            lodged_on=ui.lodgedEdit.value(),
            status=combo_enum(ui.statusCombo, AppealStatus) or AppealStatus.OPEN,
            decided_on=ui.decidedEdit.value(),
            details=ui.detailsEdit.toPlainText(),
            hearing_on=ui.hearingEdit.value(),
            case_ids=self.covered_case_ids(),
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_appeal, self._saved)

    def _save_appeal(self) -> Callable[[ServiceContext], AppealDTO]:
        data = self.appeal_input()
        appeal = self.appeal
        if appeal is not None:
            return lambda ctx: appeals.update_appeal(ctx, appeal.id, appeal.version, data)
        case_id = self.case_id
        if case_id is None:
            # Not a rule of the service (it takes a case id) but a choice this dialog asks for.
            raise ValidationError({"case_id": "Choose the case the appeal is against"})
        return lambda ctx: appeals.create_appeal(ctx, case_id, data)

    def _saved(self, appeal: AppealDTO) -> None:
        self.result_appeal = appeal
