"""The case fields that the Case dialog (edit) and the New case dialog share.

Both forms (ui/case_dialog.ui and ui/new_case_dialog.ui) name these widgets alike
(``schemeCombo``, ``regionCombo``, ...; their error labels are found by name, see
:func:`enforcement_desktop.gui.dialogs.base.find_error_labels`). The arrears balance is read by
each dialog, because an empty field means different things when creating and when editing.

The region is picked from the regions list (:func:`cases.known_regions`, read through the
operation runner when the dialog opens; issue 12 item 11), never typed, so one region always
names the same bailiff pack file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox

from enforcement_desktop.domain.enums import OwningTeam, Scheme
from enforcement_desktop.gui.widgets.forms import combo_enum, combo_value, fill_enum_combo
from enforcement_desktop.services.regions import ADD_COMMAND

#: How a case's region that is no longer in the regions list is marked in the combo.
NOT_LISTED = "{name} (no longer in the regions list)"


def fill_case_combos(ui: Any) -> None:
    """The scheme and owning team choices; the region's come with :func:`fill_region_combo`."""
    fill_enum_combo(ui.schemeCombo, Scheme)
    fill_enum_combo(ui.owningTeamCombo, OwningTeam)


def fill_region_combo(combo: QComboBox, regions: Sequence[str], current: str | None) -> None:
    """The listed regions, ``current`` chosen; kept and marked when it is no longer listed.

    Args:
        combo: The form's ``regionCombo`` (not editable).
        regions: The regions list, as :func:`cases.known_regions` reads it.
        current: The case's region (None for a new case: nothing chosen yet).
    """
    chosen = combo_value(combo) if combo.count() else None
    wanted = chosen if chosen is not None else current
    combo.blockSignals(True)
    combo.clear()
    for name in regions:
        combo.addItem(name, name)
    if current and current not in regions:
        combo.addItem(NOT_LISTED.format(name=current), current)
        index = combo.count() - 1
        combo.setItemData(index, QBrush(QColor("#8a4b00")), Qt.ItemDataRole.ForegroundRole)
        combo.setItemData(
            index,
            f"{current} is not in the regions list any more: choose a listed region before saving",
            Qt.ItemDataRole.ToolTipRole,
        )
    index = combo.findData(wanted) if wanted is not None else -1
    combo.setCurrentIndex(index)
    combo.blockSignals(False)
    if regions:
        combo.setPlaceholderText("Choose the region…")
    else:
        combo.setPlaceholderText("No regions yet")
        combo.setToolTip(f"No regions are recorded yet: a team leader adds them (`{ADD_COMMAND}`)")


def case_values(ui: Any, *, scheme: Scheme, owning_team: OwningTeam) -> dict[str, Any]:
    """Scheme, region, owning team, case manager and team as
    :class:`~enforcement_desktop.services.cases.CaseInput` names them (the service validates and
    normalises); ``scheme`` and ``owning_team`` stand in while a combo has no choice."""
    return {
        "scheme": combo_enum(ui.schemeCombo, Scheme) or scheme,
        "region": combo_value(ui.regionCombo) or "",
        "owning_team": combo_enum(ui.owningTeamCombo, OwningTeam) or owning_team,
        "case_manager": ui.caseManagerEdit.text(),
        "team": ui.teamEdit.text(),
    }
