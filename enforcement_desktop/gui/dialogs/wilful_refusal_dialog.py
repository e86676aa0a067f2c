"""Record (or correct) the finding of wilful refusal or culpable neglect on a case (seed 000)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_wilful_refusal_dialog import Ui_WilfulRefusalDialog
from enforcement_desktop.services import cases
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO


class WilfulRefusalDialog(ServiceDialog):
    """The date wilful refusal or culpable neglect was found, and the evidence for it.

    A finding already recorded is shown so it can be corrected; otherwise the date starts at
    today. The service checks the date (not in the future) and that evidence is given. After
    :meth:`exec` returns Accepted, :attr:`result_case` is the case with the finding.

    Args:
        ctx: Database, user and clock.
        case: The case as last read (its version goes with the save).
        parent: The parent widget.
    """

    def __init__(self, ctx: ServiceContext, case: CaseDTO, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_WilfulRefusalDialog()
        self.ui.setupUi(self)
        self.case = case
        self.result_case: CaseDTO | None = None
        ui = self.ui
        self.setWindowTitle(f"Wilful refusal or culpable neglect — case {case.id}")
        scin = f" (SCIN {escape(case.paying_parent_scin)})" if case.paying_parent_scin else ""
        ui.caseLabel.setText(
            f"<b>Case {case.id}</b> · paying parent {escape(case.paying_parent_name)}{scin}"
        )
        found_on = case.wilful_refusal_found_on
        if found_on is not None:
            ui.existingLabel.setText(
                f"A finding dated <b>{format_date(found_on)}</b> is recorded: change the date or "
                "the evidence to correct it."
            )
        ui.existingLabel.setVisible(found_on is not None)
        ui.foundOnEdit.set_value(found_on or ctx.today())
        ui.evidenceEdit.setPlainText(case.wilful_refusal_evidence or "")

        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("&Save finding")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.bind_error_labels(("found_on", "evidence"))
        ui.evidenceEdit.setFocus()

    def save(self) -> None:
        """Call the service; stay open with the errors shown next to the fields."""
        self.submit(self._save_work, self._saved)

    def _save_work(self) -> Callable[[ServiceContext], CaseDTO]:
        case_id, version = self.case.id, self.case.version
        # An empty date goes to the service too: it says the date is required.
        found_on = self.ui.foundOnEdit.value()
        evidence = self.ui.evidenceEdit.toPlainText()
        return lambda ctx: cases.record_wilful_refusal(ctx, case_id, version, found_on, evidence)

    def _saved(self, case: CaseDTO) -> None:
        self.result_case = case
