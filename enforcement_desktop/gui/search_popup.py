"""The drop-down list of clients under the search box (Qt's "Google Suggest" example pattern).

The popup never takes the keyboard from the search box: keys it does not use for moving through
the list go back to the box, so the user keeps typing while the results show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.widgets.client_banner import PV_TEXT, PvBadgeDelegate, PvMarkerRole
from enforcement_desktop.services.search import ClientHit

_NAVIGATION_KEYS = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
}
_ContactRole = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Name", "SCIN", "Date of birth", "Role", "Current address", "Matched on", "Flags")
NAME, SCIN, BORN, ROLE, ADDRESS, MATCHED, FLAGS = range(len(HEADERS))
#: Column widths: the name leaves room for the PV badge, the address for a line and a postcode.
_WIDTHS = (210, 105, 95, 150, 250, 130, 130)
#: What the address cell says when the read model left a sensitive case's address out.
WITHHELD = "Withheld: sensitive case"
_ATTENTION = {2: "Urgent", 1: "Priority"}


def address_text(hit: ClientHit) -> str:
    """The current address's first line and postcode, e.g. "84 Mock Close, B16 6QZ"."""
    if hit.address_hidden:
        return WITHHELD
    return ", ".join(part for part in (hit.address_line1, hit.postcode) if part)


def flags_text(hit: ClientHit) -> str:
    """Urgent or Priority (Check CSA) and Sensitive, e.g. "Urgent · Sensitive"."""
    parts = [_ATTENTION.get(hit.attention, "")] + (["Sensitive"] if hit.sensitive else [])
    return " · ".join(p for p in parts if p)


def flags_tooltip(hit: ClientHit) -> str:
    """The reasons for the flags, one a line."""
    lines = [hit.attention_reasons or ""] if hit.attention else []
    if hit.sensitive:
        lines.append(
            "Sensitive case: the CSA systems are checked through Special Client Records"
            + ("; the address is shown only to that team" if hit.address_hidden else "")
        )
    return "\n".join(line for line in lines if line)


class ClientSearchPopup(QTreeWidget):
    """Search results: name (with the PV marker), SCIN, date of birth, role, current address
    and what matched, so two people of one name and birthday can be told apart; Enter or a
    double click opens."""

    #: The contact chosen (Enter, double click or click).
    client_chosen = Signal(int)

    def __init__(self, editor: QLineEdit) -> None:
        super().__init__(editor)
        self.editor = editor
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(editor)
        self.setMouseTracking(True)
        self.setColumnCount(len(HEADERS))
        self.setHeaderLabels(list(HEADERS))
        self.setItemDelegateForColumn(NAME, PvBadgeDelegate(self))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAccessibleName("Clients found")
        self.installEventFilter(self)
        self.itemClicked.connect(self._choose)
        self.itemActivated.connect(self._choose)
        self.hits: list[ClientHit] = []

    def show_hits(self, hits: Sequence[ClientHit], query: str) -> None:
        """Fill the list and show it under the editor (a line saying so when nothing matched)."""
        self.setUpdatesEnabled(False)
        self.clear()
        self.hits = list(hits)
        for hit in hits:
            item = QTreeWidgetItem(
                [
                    hit.name,
                    hit.scin or "",
                    format_date(hit.date_of_birth),
                    hit.role.label,
                    address_text(hit),
                    hit.matched_on,
                    flags_text(hit),
                ]
            )
            if hit.attention or hit.sensitive:
                item.setToolTip(FLAGS, flags_tooltip(hit))
                colour = "#b3261e" if hit.attention == 2 else "#8a5300" if hit.attention else None
                if colour is not None:
                    item.setForeground(FLAGS, QColor(colour))
            item.setData(NAME, _ContactRole, hit.contact_id)
            if hit.pv_marker:
                item.setData(NAME, PvMarkerRole, True)
                item.setToolTip(NAME, f"{hit.name}: {PV_TEXT}")
                item.setData(NAME, Qt.ItemDataRole.AccessibleTextRole, f"{hit.name}, {PV_TEXT}")
            item.setToolTip(ADDRESS, address_text(hit))
            self.addTopLevelItem(item)
        if not hits:
            item = QTreeWidgetItem([f"No client found for “{query}”"] + [""] * (len(HEADERS) - 1))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        else:
            first = self.topLevelItem(0)
            if first is not None:
                self.setCurrentItem(first)
        widths = _WIDTHS
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self.setUpdatesEnabled(True)
        rows = min(max(len(hits), 1), 12)
        height = self.header().height() + rows * max(self.sizeHintForRow(0), 18) + 6
        width = max(self.editor.width(), sum(widths) + 24)
        anchor = self.editor.mapToGlobal(QPoint(self.editor.width() - width, self.editor.height()))
        self.setGeometry(max(anchor.x(), 0), anchor.y(), width, height)
        if not self.isVisible():
            self.show()
        self.editor.setFocus()

    def current_contact_id(self) -> int | None:
        item = self.currentItem() or self.topLevelItem(0)
        if item is None:
            return None
        value = item.data(0, _ContactRole)
        return int(value) if value is not None else None

    def choose_current(self) -> bool:
        """Open the highlighted client; False when there is none."""
        contact_id = self.current_contact_id()
        if contact_id is None:
            return False
        self.hide()
        self.client_chosen.emit(contact_id)
        return True

    def _choose(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        value = item.data(0, _ContactRole)
        if value is not None:
            self.hide()
            self.client_chosen.emit(int(value))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.MouseButtonPress and not self.underMouse():
            self.hide()
            self.editor.setFocus()
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if not self.choose_current():
                    self.hide()
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                self.editor.setFocus()
                return True
            if key in _NAVIGATION_KEYS:
                return False
            self.editor.setFocus()
            self.editor.event(event)
            return True
        return False
