"""A client's assets (Asset view, and the Assets tab of the Contact view)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from enforcement_desktop.domain.enums import AssetFinding, AssetType
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.models.dto_table import (
    GOOD,
    MUTED,
    RIGHT,
    Column,
    DtoTableModel,
    ModelIndex,
)
from enforcement_desktop.services.assets import AssetDTO

REMOVED = "(details removed)"
#: Short names for the table (the full label is the tooltip).
SHORT_TYPE: dict[AssetType, str] = {AssetType.BANK_ACCOUNT: "Bank account"}


def _finding_colour(a: AssetDTO) -> QColor | None:
    if a.finding == AssetFinding.RELEVANT:
        return GOOD
    if a.finding == AssetFinding.DISREGARDED:
        return MUTED
    return None


def _finding_tip(a: AssetDTO) -> str | None:
    if a.finding != AssetFinding.DISREGARDED:
        return None
    return (
        f"Disregarded on {format_date(a.disregarded_on)}: {a.disregard_reason or ''}. "
        "The details were removed; the record that the search was made is kept."
    )


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)


IMMINENT = "Imminent disposal"
DISPOSED = "Disposed to third party"


def _flags(a: AssetDTO) -> list[str]:
    """The asset's flags, the urgent one first."""
    flags = []
    if a.imminent_disposal_on is not None:
        flags.append(IMMINENT)
    if a.disposed_to_third_party:
        flags.append(DISPOSED)
    return flags


def _flags_rank(a: AssetDTO) -> int | None:
    """Sorts the urgent first, then the disposed of, then the rest (None: last either way)."""
    if a.imminent_disposal_on is not None:
        return 0
    return 1 if a.disposed_to_third_party else None


def _flags_spoken(a: AssetDTO) -> str:
    said = []
    if a.imminent_disposal_on is not None:
        said.append("Urgent: about to be disposed of")
    if a.disposed_to_third_party:
        said.append("disposed of to a known third party")
    return "; ".join(said) or "No flags"


def _flags_tip(a: AssetDTO) -> str | None:
    lines = []
    if a.imminent_disposal_on is not None:
        source = (
            a.imminent_disposal_source.label
            if a.imminent_disposal_source
            else "a source not recorded"
        )
        lines.append(
            "Urgent: the paying parent is about to dispose of this asset (learnt on "
            f"{format_date(a.imminent_disposal_on)}, from {source}). The case is fast-tracked "
            "(Enforcement/Liability Order Actions – Check CSA)."
        )
    if a.disposed_to_third_party:
        lines.append(
            "Disposed of to a known third party: a set aside disposition order may apply "
            "(Enforcement Action – Consider, step 14)."
        )
    return "\n".join(lines) or None


class AssetsModel(DtoTableModel):
    """Assets of one client, disregarded ones included (their details read "removed").

    Args:
        parent: The owning object.
    """

    TYPE, FLAGS, ACCOUNT, DESCRIPTION, VALUE, SOURCE, RECORDED, FINDING, LINKED = range(9)

    def __init__(self, parent: QObject | None = None) -> None:
        self._sr_names: dict[int, str] = {}
        columns = (
            Column(
                "Type",
                lambda a: SHORT_TYPE.get(a.asset_type, a.asset_type.label),
                tooltip=lambda a: a.asset_type.label,
            ),
            Column(
                "Flags",
                lambda a: "; ".join(_flags(a)),
                sort_key=_flags_rank,
                tooltip=_flags_tip,
                accessible=_flags_spoken,
                header_tooltip="Imminent disposal (urgent, Check CSA) or disposed of to a "
                "known third party",
            ),
            Column("Account", lambda a: a.account_type.label if a.account_type else ""),
            Column(
                "Description",
                lambda a: REMOVED if a.is_disregarded else (a.description or ""),
                foreground=lambda a: MUTED if a.is_disregarded else None,
                tooltip=_finding_tip,
            ),
            Column(
                "Value",
                lambda a: format_money(a.estimated_value),
                sort_key=lambda a: a.estimated_value,
                align=RIGHT,
            ),
            Column("Source", lambda a: a.source.label),
            Column(
                "Recorded", lambda a: format_date(a.recorded_on), sort_key=lambda a: a.recorded_on
            ),
            Column(
                "Finding",
                lambda a: a.finding.label,
                foreground=_finding_colour,
                tooltip=_finding_tip,
            ),
            Column(
                "Linked to",
                self._linked_text,
                tooltip=self._linked_tip,
                header_tooltip="Service requests the asset is associated to (Contact Asset)",
            ),
        )
        super().__init__(parent, columns)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.FLAGS:
            asset = self.asset_at(index.row())
            urgent = asset is not None and asset.imminent_disposal_on is not None
            if role == Qt.ItemDataRole.FontRole:
                if not urgent:
                    return None
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole:
                return _warning_icon() if urgent else None
        return super().data(index, role)

    def set_service_request_names(self, names: Mapping[int, str]) -> None:
        """How to name each service request in the "Linked to" column ("SR 12 Bailiff")."""
        self._sr_names = dict(names)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, self.LINKED), self.index(self.rowCount() - 1, self.LINKED)
            )

    def _linked_text(self, a: AssetDTO) -> str:
        return ", ".join(f"SR {sr_id}" for sr_id in a.service_request_ids)

    def _linked_tip(self, a: AssetDTO) -> str | None:
        if not a.service_request_ids:
            return None
        return "\n".join(self._sr_names.get(i, f"SR {i}") for i in a.service_request_ids)

    def asset_at(self, row: int) -> AssetDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, AssetDTO) else None
