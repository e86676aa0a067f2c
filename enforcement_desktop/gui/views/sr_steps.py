"""The Activity Plan's steps table: each step's outcome and reason, edited in place."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
)

from enforcement_desktop.domain.enums import SrStatus, StepOutcome
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services.service_requests import ServiceRequestDTO, StepDTO
from enforcement_desktop.services.users import UserNames

if TYPE_CHECKING:
    from enforcement_desktop.domain.holds import Hold
    from enforcement_desktop.services.screens import HeldStep

COL_POSITION, COL_TITLE, COL_OUTCOME, COL_REASON, COL_BY, COL_AT = range(6)
#: "By" and "On" (their tooltips say more): "Completed by" and "Completed on" took the width a
#: held step's title needs at 1280x800.
_HEADERS = ("#", "Step", "Outcome", "Reason / notes", "By", "On")
_HEADER_TIPS = {
    COL_BY: "Who recorded the step's outcome",
    COL_AT: "When the step's outcome was recorded",
}
#: The narrowest the reason column gets when a long step title takes width from it, and the
#: narrowest the title column gets in a narrow window, in pixels.
REASON_MIN_WIDTH = 110
TITLE_MIN_WIDTH = 180
#: The widest the "By" column gets (a longer login is elided; its tooltip has it whole).
BY_MAX_WIDTH = 120
#: Room a cell needs around its text (the item's margins), in pixels.
CELL_MARGIN = 12

#: A step's outcome and reason as typed: what :meth:`StepsEditor.edits` keeps over a reload.
StepEdit = tuple[StepOutcome, str]
#: The background of a step a hold makes pointless: the banner's hold chips' colour.
HELD_BACKGROUND = QColor("#fff4e5")
HELD_FOREGROUND = QColor("#5f3700")


def held_title(title: str, hold: Hold) -> str:
    """A held step's title: the step, then what holds it (the tooltip has the whole hold)."""
    return f"{title}  [held: {hold.kind.label}]"


class StepsEditor(QObject):
    """The SR's activity plan as a table whose outcome and reason cells are editable.

    Args:
        table: The table it fills.
        hint: The label under it that says how far the plan has got.
    """

    #: An outcome or a reason was changed by the user.
    edited = Signal()

    def __init__(self, table: QTableWidget, hint: QLabel) -> None:
        super().__init__(table)
        self.table = table
        self.hint = hint
        self._steps: dict[int, StepDTO] = {}
        #: Who did each step, by name (from the SR's screen).
        self._names = UserNames()
        self._widgets: dict[int, tuple[QComboBox, QLineEdit]] = {}
        #: The holds that make steps pointless, by step id, as the read model says.
        self.held: dict[int, Hold] = {}
        table.setColumnCount(len(_HEADERS))
        table.setHorizontalHeaderLabels(list(_HEADERS))
        for column, tip in _HEADER_TIPS.items():
            item = table.horizontalHeaderItem(column)
            assert item is not None
            item.setToolTip(tip)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The titles get the width they need (a held step's is long), the reason the rest.
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(COL_POSITION, 30)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        #: Watched for its resizes (compared by identity: it may be going when an event comes).
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def show(
        self,
        sr: ServiceRequestDTO | None,
        held: Sequence[HeldStep] = (),
        names: UserNames | None = None,
    ) -> None:
        """Show the SR's plan; ``held`` marks the steps a hold makes pointless; ``names`` names
        who did each step (else their login shows)."""
        self._names = names or UserNames()
        table = self.table
        table.clearContents()
        steps = sr.steps if sr is not None else ()
        table.setRowCount(len(steps))
        self._steps = {s.id: s for s in steps}
        self._widgets = {}
        self.held = {h.step_id: h.hold for h in held}
        for row, step in enumerate(steps):
            self._show_step(row, step)
        self.fit_columns()
        if sr is None:
            return
        if steps:
            done = sum(1 for s in steps if s.outcome != StepOutcome.PENDING)
            marked = ""
            if self.held:
                count = len(self.held)
                marked = (
                    f" {count} {'step is' if count == 1 else 'steps are'} held: pointless while "
                    "the hold lasts (see the banner)."
                )
            self.hint.setText(
                f"{done} of {len(steps)} steps recorded.{marked} Hover over a step for guidance; "
                "Ctrl+S saves."
            )
        elif sr.status == SrStatus.OPEN:
            self.hint.setText("No activity plan yet: set the status to In Progress to generate it.")
        else:
            self.hint.setText("This service request has no activity plan.")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return False

    def fit_columns(self) -> None:
        """Size the columns to what they show: the step titles whole when the reason can spare
        the width (else elided, the tooltip whole), the reason taking what is left."""
        table = self.table
        for column in (COL_OUTCOME, COL_BY, COL_AT):
            table.resizeColumnToContents(column)
        table.setColumnWidth(COL_BY, min(table.columnWidth(COL_BY), BY_MAX_WIDTH))
        metrics = table.fontMetrics()
        titles = [_HEADERS[COL_TITLE]]
        for row in range(table.rowCount()):
            item = table.item(row, COL_TITLE)
            if item is not None:
                titles.append(item.text())
        wanted = max(metrics.horizontalAdvance(title) for title in titles) + CELL_MARGIN
        header = table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in (COL_POSITION, COL_OUTCOME, COL_BY, COL_AT))
        room = table.viewport().width() - others - REASON_MIN_WIDTH
        table.setColumnWidth(COL_TITLE, max(min(wanted, room), TITLE_MIN_WIDTH))

    def _show_step(self, row: int, step: StepDTO) -> None:
        table = self.table
        position = QTableWidgetItem(str(step.position))
        position.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, COL_POSITION, position)
        title = QTableWidgetItem(step.title)
        title.setToolTip(step.guidance)
        hold = self.held.get(step.id)
        if hold is not None:
            title.setText(held_title(step.title, hold))
            title.setToolTip(
                f"Pointless while this hold lasts: {hold.text}\n{hold.tooltip}\n\n{step.guidance}"
            )
            title.setBackground(QBrush(HELD_BACKGROUND))
            title.setForeground(QBrush(HELD_FOREGROUND))
            title.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f"Held: {hold.text}")
        table.setItem(row, COL_TITLE, title)
        outcome = QComboBox()
        outcome.setAccessibleName(f"Outcome of step {step.position}: {step.title}")
        outcome.setToolTip(step.guidance)
        outcome.addItem(StepOutcome.PENDING.label, StepOutcome.PENDING)
        for choice in step.allowed_outcomes:
            outcome.addItem(choice.label, choice)
        if outcome.findData(step.outcome) < 0:
            outcome.addItem(step.outcome.label, step.outcome)
        outcome.setCurrentIndex(outcome.findData(step.outcome))
        outcome.currentIndexChanged.connect(self.edited)
        table.setCellWidget(row, COL_OUTCOME, outcome)
        reason = QLineEdit(step.reason or "")
        reason.setAccessibleName(f"Reason for step {step.position}: {step.title}")
        reason.setPlaceholderText("reason or notes")
        reason.setFrame(False)
        reason.setCursorPosition(0)  # a long reason reads from its start
        reason.textChanged.connect(self.edited)
        if not step.by_hand:
            decided = "Recorded when a team leader approves or rejects (Approve… / Reject…)"
            outcome.setEnabled(False)
            outcome.setToolTip(decided)
            reason.setReadOnly(True)
            reason.setToolTip(decided)
        table.setCellWidget(row, COL_REASON, reason)
        by = QTableWidgetItem(self._names.of(step.completed_by))
        by.setToolTip(self._names.tooltip(step.completed_by))
        table.setItem(row, COL_BY, by)
        completed = format_date(step.completed_at.date()) if step.completed_at else ""
        table.setItem(row, COL_AT, QTableWidgetItem(completed))
        self._widgets[step.id] = (outcome, reason)

    def set_read_only(self, read_only: bool) -> None:
        for step_id, (combo, line) in self._widgets.items():
            by_hand = self._steps[step_id].by_hand
            combo.setEnabled(not read_only and by_hand)
            line.setReadOnly(read_only or not by_hand)

    def changed(self) -> list[tuple[StepDTO, StepOutcome, str | None]]:
        """The steps whose outcome or reason differs from what was read, in plan order."""
        found = []
        for step_id, (combo, line) in self._widgets.items():
            step = self._steps[step_id]
            outcome = StepOutcome(combo.currentData())
            reason = line.text().strip() or None
            if outcome != step.outcome or reason != (step.reason or None):
                found.append((step, outcome, reason))
        return sorted(found, key=lambda c: c[0].position)

    def edits(self) -> dict[int, StepEdit]:
        """What the user changed, by step id, to put back after the SR is read again."""
        return {
            step.id: (outcome, self._widgets[step.id][1].text())
            for step, outcome, _reason in self.changed()
        }

    def restore(self, edits: dict[int, StepEdit]) -> None:
        for step_id, (outcome, reason) in edits.items():
            widgets = self._widgets.get(step_id)
            if widgets is not None:
                widgets[0].setCurrentIndex(max(widgets[0].findData(outcome), 0))
                widgets[1].setText(reason)

    def mark(self, step_id: int, error: str | None) -> None:
        """Show (or clear) why a step was not saved, on its outcome."""
        widgets = self._widgets.get(step_id)
        if widgets is None:
            return
        combo = widgets[0]
        combo.setStyleSheet("QComboBox { border: 2px solid #b00020; }" if error else "")
        combo.setToolTip(f"Not saved: {error}" if error else self._steps[step_id].guidance)
        combo.setAccessibleDescription(f"Error: {error}" if error else "")
