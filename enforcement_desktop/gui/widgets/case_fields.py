"""The case fields that the Case dialog (edit) and the New case dialog share.

Both forms (ui/case_dialog.ui and ui/new_case_dialog.ui) name these widgets alike
(``schemeCombo``, ``regionEdit``, ...; their error labels are found by name, see
:func:`enforcement_desktop.gui.dialogs.base.find_error_labels`). The arrears balance is read by
each dialog, because an empty field means different things when creating and when editing.
"""

from __future__ import annotations

from typing import Any

from enforcement_desktop.domain.enums import OwningTeam, Scheme
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo


def fill_case_combos(ui: Any) -> None:
    """The scheme and owning team choices."""
    fill_enum_combo(ui.schemeCombo, Scheme)
    fill_enum_combo(ui.owningTeamCombo, OwningTeam)


def case_values(ui: Any, *, scheme: Scheme, owning_team: OwningTeam) -> dict[str, Any]:
    """Scheme, region, owning team, case manager and team as
    :class:`~enforcement_desktop.services.cases.CaseInput` names them (the service validates and
    normalises); ``scheme`` and ``owning_team`` stand in while a combo has no choice."""
    return {
        "scheme": combo_enum(ui.schemeCombo, Scheme) or scheme,
        "region": ui.regionEdit.text(),
        "owning_team": combo_enum(ui.owningTeamCombo, OwningTeam) or owning_team,
        "case_manager": ui.caseManagerEdit.text(),
        "team": ui.teamEdit.text(),
    }
