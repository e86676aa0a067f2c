"""The status bar's overdue count ("3 overdue"): the user's reminders past their due date.

Read on the data lane after a write that may change it, and again when the day changes (a
reminder due today is overdue tomorrow). Clicking it opens the Diary.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from enforcement_desktop.services.changes import Changes

#: The tables whose changes may change the count.
COUNTED_TABLES = frozenset(
    {"reminder", "service_request", "enforce_form", "enforcement_case", "app_user"}
)
#: How often the day is checked, in milliseconds.
DAY_CHECK_MS = 60_000


class OverdueLabel(QLabel):
    """How many of the working user's reminders are overdue; hidden when none are.

    Args:
        ctx: The services' context (its clock says what day it is).
        parent: The status bar's window.
    """

    #: The user clicked the count: show the Diary.
    open_diary = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueLabel")
        self.ctx = ctx
        self.count: int | None = None
        self._day: date | None = None
        self.setVisible(False)
        self.setToolTip("Reminders past their due date: open the Diary")
        self.linkActivated.connect(lambda _link: self.open_diary.emit())
        runner_for(ctx).changed.connect(self._changed)
        self._timer = QTimer(self)
        self._timer.setInterval(DAY_CHECK_MS)
        self._timer.timeout.connect(self._check_day)

    def start(self) -> None:
        """Read the count now and keep it up to date (once the services are loaded)."""
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Read the count again on the data lane."""

        def count(ctx: ServiceContext) -> int:
            from enforcement_desktop.services.reminders import overdue_count

            return overdue_count(ctx)

        self._day = self.ctx.today()
        runner_for(self.ctx).run(
            Operation(self, count, self.show_count, lambda _exc: None, key="overdue")
        )

    def show_count(self, count: int) -> None:
        from enforcement_desktop.services.reminders import OVERDUE_CAP

        self.count = count
        shown = f"{OVERDUE_CAP:,}+" if count >= OVERDUE_CAP else f"{count:,}"
        self.setText(f"<a href='diary' style='color:#b00020'><b>{shown} overdue</b></a>")
        self.setAccessibleName(f"{count} reminders overdue")
        self.setVisible(count > 0)

    def _changed(self, changes: Changes) -> None:
        if self._timer.isActive() and changes.touches(COUNTED_TABLES):
            self.refresh()

    def _check_day(self) -> None:
        if self._day is not None and self.ctx.today() != self._day:
            self.refresh()
