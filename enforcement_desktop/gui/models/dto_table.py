"""A table model over a short list of plain DTOs (one client's addresses, assets, orders...).

A client has tens of such rows, so the whole list is held; the large tables (work queue, search)
read windows of rows from SQL instead. Columns are declared once, as in Vorta's
``archive_table_model.py``: header, text, sort key, alignment, colour and tooltip.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

ModelIndex = QModelIndex | QPersistentModelIndex

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTRE = Qt.AlignmentFlag.AlignCenter

#: The colours the tables use for a good and a bad state (readable on white, WCAG AA).
GOOD = QColor("#1b5e20")
BAD = QColor("#b00020")
MUTED = QColor("#5f6368")


@dataclass(frozen=True)
class Column:
    """One column: how to show a row in it and how to sort by it."""

    header: str
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    foreground: Callable[[Any], QColor | None] | None = None
    tooltip: Callable[[Any], str | None] | None = None
    #: What a screen reader says when the text is a symbol (✔, ✘).
    accessible: Callable[[Any], str] | None = None
    header_tooltip: str | None = None


class DtoTableModel(QAbstractTableModel):
    """Read-only table of DTOs; subclasses set :attr:`COLUMNS` (or pass ``columns``).

    Args:
        parent: The owning object.
        columns: The columns, when they need the instance (else :attr:`COLUMNS`).
    """

    COLUMNS: ClassVar[Sequence[Column]] = ()
    #: The DTO behind a row (any column).
    ROW_ROLE: ClassVar[int] = int(Qt.ItemDataRole.UserRole) + 1

    def __init__(
        self, parent: QObject | None = None, columns: Sequence[Column] | None = None
    ) -> None:
        super().__init__(parent)
        self.columns: tuple[Column, ...] = tuple(self.COLUMNS if columns is None else columns)
        self._rows: list[Any] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # ------------------------------------------------------------------ our API

    def set_rows(self, rows: Iterable[Any]) -> None:
        """Replace every row (after a reload)."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            # Keep the order the user chose by clicking a header across reloads.
            self._rows = self._sorted(self._rows, *self._sorted_by)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """The DTO of a row, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, predicate: Callable[[Any], bool]) -> int | None:
        """The first row whose DTO satisfies ``predicate``."""
        return next((i for i, item in enumerate(self._rows) if predicate(item)), None)

    def row_of_id(self, item_id: int) -> int | None:
        return self.row_of(lambda item: getattr(item, "id", None) == item_id)

    # ------------------------------------------------------------------ Qt overrides

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        item = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.tooltip is not None:
                return column.tooltip(item)
            return None
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible is not None:
            return column.accessible(item)
        if role == self.ROW_ROLE:
            return item
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.header_tooltip
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            self._sorted_by = None
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        self._rows = self._sorted(self._rows, column, order)
        new_position = {id(item): row for row, item in enumerate(self._rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid() and persistent.row() < len(old):
                moved = new_position[id(old[persistent.row()])]
                self.changePersistentIndex(persistent, self.index(moved, persistent.column()))
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Any], column: int, order: Qt.SortOrder) -> list[Any]:
        spec = self.columns[column]
        key = spec.sort_key or spec.text
        descending = order == Qt.SortOrder.DescendingOrder

        def sort_key(item: Any) -> tuple[bool, Any]:
            value = key(item)
            # Empty values last whichever way the column is sorted.
            empty = value is None or value == ""
            return (not empty if descending else empty, value or 0)

        try:
            return sorted(rows, key=sort_key, reverse=descending)
        except TypeError:
            return sorted(rows, key=lambda item: str(key(item) or ""), reverse=descending)
