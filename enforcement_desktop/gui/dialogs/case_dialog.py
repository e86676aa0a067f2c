"""Edit one case: scheme, region, owning team, arrears balance, who manages it, and its flags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.enums import DeoDesire
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_case_dialog import Ui_CaseDialog
from enforcement_desktop.gui.widgets.case_fields import (
    case_values,
    fill_case_combos,
    fill_region_combo,
)
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo, select_value
from enforcement_desktop.services import cases
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO, CaseInput


class CaseDialog(ServiceDialog):
    """Change every editable field of one case; the service validates, saves and audits.

    The case's version when the dialog opened goes with the save, so a case changed by someone
    else meanwhile is refused (the conflict message says who and when) and nothing is
    overwritten. After :meth:`exec` returns Accepted, :attr:`result_case` is the saved case.

    Args:
        ctx: Database, user and clock.
        case: The case as last read.
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_CaseDialog()
        self.ui.setupUi(self)
        self.case = case
        self.result_case: CaseDTO | None = None
        ui = self.ui
        self.setWindowTitle(f"Edit case {case.id} — {case.paying_parent_name}")
        scin = f" (SCIN {escape(case.paying_parent_scin)})" if case.paying_parent_scin else ""
        ui.caseLabel.setText(
            f"<b>Case {case.id}</b> · paying parent {escape(case.paying_parent_name)}{scin}"
        )
        fill_case_combos(ui)
        fill_enum_combo(ui.deoDesireCombo, DeoDesire)

        select_value(ui.schemeCombo, case.scheme)
        # The case's own region until the list comes (read on the data lane).
        fill_region_combo(ui.regionCombo, [case.region], case.region)
        select_value(ui.owningTeamCombo, case.owning_team)
        ui.arrearsEdit.set_value(case.arrears_balance)
        ui.caseManagerEdit.setText(case.case_manager or "")
        ui.teamEdit.setText(case.team or "")
        ui.segment5Check.setChecked(case.segment_5)
        ui.legacyCheck.setChecked(case.legacy_ongoing_enforcement)
        ui.monitorCheck.setChecked(case.disable_missed_payment_monitor)
        select_value(ui.deoDesireCombo, case.deo_desire)
        ui.deoDesireDateEdit.set_value(case.deo_desire_set_on)
        ui.deoDesireCombo.currentIndexChanged.connect(self._desire_changed)
        self._desire_changed()

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(f.name for f in fields(CaseInput))
        ui.regionCombo.setFocus()
        region = case.region
        self.read(
            cases.known_regions,
            lambda names: fill_region_combo(self.ui.regionCombo, names, region),
            key="regions",
        )

    def _desire(self) -> DeoDesire:
        return combo_enum(self.ui.deoDesireCombo, DeoDesire) or DeoDesire.NONE

    def _desire_changed(self) -> None:
        # The date only means something while a desire is set; whether one is needed, and
        # whether it may be empty, is the service's to say.
        self.ui.deoDesireDateEdit.setEnabled(self._desire() != DeoDesire.NONE)
        self.ui.deoDesireDateLabel.setEnabled(self._desire() != DeoDesire.NONE)

    def case_input(self) -> CaseInput:
        """The values in the form.

        Raises:
            ValidationError: the arrears balance could not be read as pounds and pence.
        """
        ui = self.ui
        try:
            arrears = ui.arrearsEdit.value()
        except ValueError:
            arrears = None
        if arrears is None:
            # Reading the text is the widget's job; an empty field is not silently £0.00.
            raise ValidationError(
                {
                    "arrears_balance": ui.arrearsEdit.parse_error()
                    or "Enter the arrears balance (£0.00 when there are none)"
                }
            )
        desire = self._desire()
        return CaseInput(
            **case_values(ui, scheme=self.case.scheme, owning_team=self.case.owning_team),
            arrears_balance=arrears,
            segment_5=ui.segment5Check.isChecked(),
            legacy_ongoing_enforcement=ui.legacyCheck.isChecked(),
            disable_missed_payment_monitor=ui.monitorCheck.isChecked(),
            deo_desire=desire,
            # A date left in the disabled field is not the user's answer: without a desire it
            # is cleared.
            deo_desire_set_on=ui.deoDesireDateEdit.value() if desire != DeoDesire.NONE else None,
        )

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], CaseDTO]:
        data = self.case_input()
        case_id, version = self.case.id, self.case.version
        return lambda ctx: cases.update_case(ctx, case_id, version, data)

    def _saved(self, case: CaseDTO) -> None:
        self.result_case = case
