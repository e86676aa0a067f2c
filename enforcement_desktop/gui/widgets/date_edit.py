"""A date input that may be left empty ("Not set"), shown and typed as dd/MM/yyyy.

The field is a line edit, not a QDateEdit: QDateEdit edits a date section by section, so a
whole date typed after Shift+Tab went into the year section, one typed over a date landed in
the wrong sections (01/01/2030 became 04/01/2030), and whatever it could not read was silently
put back to the previous date. Here the text typed is the text read: a date, or a message
saying why it is not one, never a different date.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QFocusEvent, QIcon, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from enforcement_desktop.gui.errors import InputError

#: What :meth:`OptionalDateEdit.date` answers for "not set" (as the QDateEdit it replaced did).
NOT_SET = QDate(1899, 12, 31)
#: The dates a user may type (the range the QDateEdit before it allowed).
FIRST_YEAR, LAST_YEAR = 1900, 2199

_HOW = "type it as dd/mm/yyyy, e.g. 23/11/2026"
_SEPARATORS = re.compile(r"\s*[/.\-\s]\s*")
_NUMBER = re.compile(r"[0-9]{1,4}")
_EIGHT_DIGITS = re.compile(r"[0-9]{8}")


def parse_uk_date(text: str) -> date | None:
    """Read a date typed the UK way: 23/11/2026, 23.11.2026, 23-11-2026, 1/2/2026 or 23112026.

    Args:
        text: What was typed.

    Returns:
        The date, or None when the text is empty.

    Raises:
        ValueError: the text is not a date; the message says why, e.g.
            "Not a date: 31/02/2026 (February 2026 has 28 days)".
    """
    typed = text.strip()
    if not typed:
        return None
    if _EIGHT_DIGITS.fullmatch(typed):
        parts = [typed[:2], typed[2:4], typed[4:]]
    else:
        parts = _SEPARATORS.split(typed)
    if len(parts) != 3 or not all(_NUMBER.fullmatch(part) for part in parts):
        raise ValueError(f"Not a date: {typed} ({_HOW})")
    day, month, year = (int(part) for part in parts)
    if len(parts[2]) != 4:
        # 1/1/30 could be 1930 or 2030: a date of birth and a wait date differ by a century.
        raise ValueError(f"Not a date: {typed} (type the year in full, e.g. 2026)")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Not a date: {typed} (the year must be {FIRST_YEAR} to {LAST_YEAR})")
    if not 1 <= month <= 12:
        raise ValueError(f"Not a date: {typed} (there is no month {month})")
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise ValueError(
            f"Not a date: {typed} ({calendar.month_name[month]} {year} has {days} days)"
        )
    return date(year, month, day)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class _NotADate:
    """The state of a field whose text is not a date."""


_NOT_A_DATE = _NotADate()


class OptionalDateEdit(QLineEdit):
    """A date the user types (dd/mm/yyyy) or picks from a calendar; it may be left not set.

    Empty shows "Not set". Typing replaces the whole date when the field was entered with Tab,
    Shift+Tab or a click (all of it is selected). The text is read as it stands: :meth:`value`
    is the date typed, None when empty, and raises :class:`InputError` ("Not a date: ...") when
    the text is not a date; leaving the field never changes what was typed, except to write a
    date in full (1/2/2026 becomes 01/02/2026). Up and Down move a day; Alt+Down or F4 opens
    the calendar; the context menu also offers Today and Clear.

    Args:
        parent: The parent widget.
    """

    #: The value changed: the date, :data:`NOT_SET` when emptied, an invalid QDate while the
    #: text is not a date (so a form knows it was edited).
    dateChanged = Signal(QDate)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("Not set")
        # Annotations in this class say dt.date: inside it, "date" is the method below.
        self._state: dt.date | _NotADate | None = None
        self._calendar: QCalendarWidget | None = None
        self._select_all_on_release = False
        icon = QIcon.fromTheme(
            "x-office-calendar", self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        )
        self._calendar_action = QAction(icon, "C&hoose from the calendar…", self)
        self._calendar_action.setToolTip("Choose from the calendar (Alt+Down)")
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self._today_action = QAction("&Today", self)
        self._today_action.triggered.connect(lambda: self.set_value(date.today()))
        self._clear_action = QAction("&Clear (not set)", self)
        self._clear_action.triggered.connect(self.clear_value)
        self.textChanged.connect(self._text_changed)
        self.editingFinished.connect(self._tidy)

    # ----------------------------------------------------------------- value

    def value(self) -> dt.date | None:
        """The date typed or set, or None when the field is empty.

        Raises:
            InputError: the text is not a date (a ValidationError shown under this field).
        """
        try:
            return parse_uk_date(self.text())
        except ValueError as exc:
            raise InputError(self, str(exc)) from None

    def parse_error(self) -> str | None:
        """Why the text is not a date (a sentence), or None when it is one or is empty."""
        try:
            parse_uk_date(self.text())
        except ValueError as exc:
            return str(exc)
        return None

    def set_value(self, value: dt.date | None) -> None:
        """Show a date; None leaves the field not set."""
        self.setText("" if value is None else value.strftime("%d/%m/%Y"))

    def clear_value(self) -> None:
        """Leave the date not set."""
        self.set_value(None)

    def is_set(self) -> bool:
        """True when the field holds something: a date, or text that is not one yet."""
        return bool(self.text().strip())

    def date(self) -> QDate:
        """The value as a QDate: :data:`NOT_SET` when empty, invalid when not a date."""
        state = self._read()
        if state is None:
            return NOT_SET
        return QDate() if isinstance(state, _NotADate) else _qdate(state)

    def setDate(self, value: QDate) -> None:  # noqa: N802 (QDateEdit's name, kept for callers)
        """Show ``value``; :data:`NOT_SET` or an invalid QDate leaves the field not set."""
        result = value.toPython() if value.isValid() and value != NOT_SET else None
        self.set_value(result if isinstance(result, date) else None)

    def lineEdit(self) -> QLineEdit:  # noqa: N802 (QDateEdit's name, kept for callers)
        """The line edit the date is typed in: the field itself."""
        return self

    def date_actions(self) -> list[QAction]:
        """Today, Clear and the calendar, as the context menu offers them."""
        return [self._today_action, self._clear_action, self._calendar_action]

    def _read(self, text: str | None = None) -> dt.date | _NotADate | None:
        try:
            return parse_uk_date(self.text() if text is None else text)
        except ValueError:
            return _NOT_A_DATE

    def _text_changed(self, text: str) -> None:
        state = self._read(text)
        if state != self._state:
            self._state = state
            self.dateChanged.emit(self.date())

    def _tidy(self) -> None:
        # A date is written in full; text that is not a date stays exactly as typed, so the
        # message under the field can say what is wrong with it.
        state = self._read()
        if isinstance(state, date):
            tidy = state.strftime("%d/%m/%Y")
            if tidy != self.text():
                self.setText(tidy)

    # ----------------------------------------------------------------- calendar

    def calendarWidget(self) -> QCalendarWidget:  # noqa: N802 (QDateEdit's name)
        """The pop-up calendar (made when first asked for)."""
        if self._calendar is None:
            popup = QCalendarWidget(self)
            popup.setWindowFlags(Qt.WindowType.Popup)
            popup.setGridVisible(True)
            popup.clicked.connect(self._picked)
            popup.activated.connect(self._picked)
            self._calendar = popup
        return self._calendar

    def show_calendar(self) -> None:
        """Open the calendar on the date shown, or on today's month when there is none."""
        if self.isReadOnly() or not self.isEnabled():
            return
        popup = self.calendarWidget()
        shown = self._read()
        chosen = _qdate(shown) if isinstance(shown, date) else QDate.currentDate()
        popup.setSelectedDate(chosen)
        popup.setCurrentPage(chosen.year(), chosen.month())
        popup.adjustSize()
        popup.move(self.mapToGlobal(QPoint(0, self.height())))
        popup.show()
        popup.setFocus()

    def _picked(self, picked: QDate) -> None:
        value = picked.toPython()
        if isinstance(value, date):
            self.set_value(value)
        popup = self.calendarWidget()
        popup.hide()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    # ----------------------------------------------------------------- events

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and alt):
            self.show_calendar()
            event.accept()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not self.isReadOnly():
            shown = self._read()
            if isinstance(shown, date):
                step = timedelta(days=1 if key == Qt.Key.Key_Up else -1)
                self.set_value(shown + step)
                self.selectAll()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # QLineEdit selects everything for Tab and Shift+Tab; a click does the same here, so
        # a date typed after clicking replaces the one shown instead of joining it.
        self._select_all_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_all_on_release and not self.hasSelectedText():
            self.selectAll()
        self._select_all_on_release = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.EnabledChange, QEvent.Type.ReadOnlyChange):
            # No calendar button on a date that cannot be changed.
            self._calendar_action.setVisible(self.isEnabled() and not self.isReadOnly())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        editable = not self.isReadOnly()
        for action in self.date_actions():
            action.setEnabled(editable)
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()
