"""The appeals against the arrears of a client's cases (Enforcement Orders view).

A case has a handful of appeals at most, so the whole list is held (:class:`DtoTableModel`).
An open appeal holds enforcement on the arrears: its status is marked, in bold red.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.models.dto_table import (
    BAD,
    MUTED,
    Column,
    DtoTableModel,
    ModelIndex,
)
from enforcement_desktop.services.appeals import AppealDTO

#: The status shown for an open appeal (red, bold): it is why powers are blocked in the options
#: panel. Short, so the details keep the width; the tooltip and accessible text say why.
OPEN_TEXT = "⚠ Open"
OPEN_ACCESSIBLE = "Open, holds enforcement"
OPEN_TOOLTIP = (
    "This appeal disputes the arrears and is still open: enforcement on them waits for the "
    "tribunal's decision."
)


def status_text(appeal: AppealDTO) -> str:
    return OPEN_TEXT if appeal.is_open else appeal.status.label


def details_line(appeal: AppealDTO) -> str:
    """The details on one line (the table cell); the tooltip holds them in full."""
    return " ".join((appeal.details or "").split())


class AppealsModel(DtoTableModel):
    """One row per appeal: case, lodged, status (open ones marked), decided, details.

    Args:
        parent: The owning object.
    """

    CASE, LODGED, STATUS, DECIDED, DETAILS = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            parent,
            columns=(
                Column("Case", self._case_text, sort_key=lambda a: a.case_id),
                Column(
                    "Lodged", lambda a: format_date(a.lodged_on), sort_key=lambda a: a.lodged_on
                ),
                Column(
                    "Status",
                    status_text,
                    sort_key=lambda a: (not a.is_open, a.status.label),
                    foreground=lambda a: BAD if a.is_open else MUTED,
                    tooltip=lambda a: OPEN_TOOLTIP if a.is_open else "No longer holds enforcement",
                    accessible=lambda a: OPEN_ACCESSIBLE if a.is_open else a.status.label,
                ),
                Column(
                    "Decided",
                    lambda a: format_date(a.decided_on),
                    sort_key=lambda a: a.decided_on,
                ),
                Column("Details", details_line, tooltip=lambda a: a.details or None),
            ),
        )
        self._case_names: dict[int, str] = {}

    def set_case_names(self, names: Mapping[int, str]) -> None:
        """How each case is named in the Case column (e.g. "Case 12")."""
        self._case_names = dict(names)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.CASE), self.index(len(self._rows) - 1, self.CASE)
            )

    def _case_text(self, appeal: AppealDTO) -> str:
        return self._case_names.get(appeal.case_id, f"Case {appeal.case_id}")

    def appeal_at(self, row: int) -> AppealDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, AppealDTO) else None

    def open_appeals(self) -> list[AppealDTO]:
        """The appeals that hold enforcement."""
        return [a for a in self._rows if isinstance(a, AppealDTO) and a.is_open]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.STATUS:
            appeal = self.appeal_at(index.row())
            if appeal is not None and appeal.is_open:
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
