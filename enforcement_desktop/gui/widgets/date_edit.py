"""A date input that may be left empty ("Not set"), shown and typed as dd/MM/yyyy."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

#: The date that stands for "not set" (shown as the special value text, never a real date).
NOT_SET = QDate(1899, 12, 31)
_MAXIMUM = QDate(2199, 12, 31)


class OptionalDateEdit(QDateEdit):
    """A :class:`QDateEdit` whose value may be None.

    Shown as dd/MM/yyyy with a calendar pop-up. Delete or Backspace on a fully selected date, or
    "Clear" in the context menu, leaves it not set; typing a digit into an empty field starts
    from today's date. The pop-up of an empty field opens on the current month.

    Args:
        parent: The parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.setDateRange(NOT_SET, _MAXIMUM)
        self.setSpecialValueText("Not set")
        self.setDate(NOT_SET)
        today_action = QAction("&Today", self)
        today_action.triggered.connect(lambda: self.setDate(QDate.currentDate()))
        clear_action = QAction("&Clear (not set)", self)
        clear_action.triggered.connect(self.clear_value)
        self.addAction(today_action)
        self.addAction(clear_action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        """The date shown, or None when not set."""
        current = self.date()
        if current == NOT_SET:
            return None
        result = current.toPython()
        assert isinstance(result, date)
        return result

    def set_value(self, value: date | None) -> None:
        """Show a date; None shows "Not set"."""
        self.setDate(NOT_SET if value is None else QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        """Leave the date not set."""
        self.setDate(NOT_SET)

    def is_set(self) -> bool:
        return self.date() != NOT_SET

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        line = self.lineEdit()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            not self.is_set() or line.selectedText() == line.text()
        ):
            self.clear_value()
            event.accept()
            return
        if not self.is_set() and event.text().isdigit():
            # Start from today rather than typing over the words "Not set".
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            line.setSelection(0, 2)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.is_set():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
