"""New service request: Process → Area → Sub Area from the workflows, the case, and the parent
SR it is raised from (if any)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.forms.ui_new_service_request_dialog import (
    Ui_NewServiceRequestDialog,
)
from enforcement_desktop.gui.widgets.forms import combo_value, fill_combo, select_value
from enforcement_desktop.services import cases
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO

#: The client's cases, and the open SRs of each (by case id) that a new SR may be raised from.
CasesAndOpenSrs = tuple[list[CaseDTO], dict[int, list[srs.ServiceRequestDTO]]]


def cases_and_open_srs(ctx: ServiceContext, contact_id: int) -> CasesAndOpenSrs:
    """What the dialog offers: the client's cases and each case's open SRs, newest first."""
    found = cases.cases_for_contact(ctx, contact_id)
    open_srs = {
        case.id: [sr for sr in srs.list_for_case(ctx, case.id) if not sr.read_only]
        for case in found
    }
    return found, open_srs


def parent_name(sr: srs.ServiceRequestDTO) -> str:
    """How an SR is named in the Parent SR choice."""
    return f"SR {sr.id} — {sr.process} / {sr.area} / {sr.sub_area} ({sr.status.label})"


class NewServiceRequestDialog(ServiceDialog):
    """Choose the SR type, the case and the parent SR; OK creates it (``created`` holds it).

    The client's cases and their open SRs are read on the data lane when the dialog opens;
    until they are in, the dialog says it is loading and Create waits. Whether the chosen type
    may have the chosen parent (a Set Up Legacy LO needs its Check CSA SR) is the service's
    to say: its refusal is shown beside the Parent SR field.

    Args:
        ctx: The services' context.
        contact_id: The client whose case the SR is for.
        parent: The parent widget.
        preset: Process, area and sub area to select at first (e.g. from a view's button).
        parent_sr_id: The parent SR to select at first.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        contact_id: int,
        parent: QWidget | None = None,
        *,
        preset: tuple[str, str, str] | None = None,
        parent_sr_id: int | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.contact_id = contact_id
        self.created: srs.ServiceRequestDTO | None = None
        self._open_srs: dict[int, list[srs.ServiceRequestDTO]] = {}
        self._wanted_parent = parent_sr_id
        self.ui = Ui_NewServiceRequestDialog()
        self.ui.setupUi(self)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("C&reate")
        ok.setDefault(True)
        self._create_button = ok
        #: True once the client's cases are in the form.
        self.loaded = False
        self.ui.buttonBox.accepted.connect(self.create_service_request)
        self.bind_error_labels(
            ("sub_area", "case_id", "parent_id"),
            shown_under={"order_id": GENERAL_FIELD},
        )
        self.ui.caseCombo.currentIndexChanged.connect(self._fill_parents)

        self.ui.processCombo.currentTextChanged.connect(self._fill_areas)
        self.ui.areaCombo.currentTextChanged.connect(self._fill_sub_areas)
        self.ui.processCombo.addItems(list(workflows.processes()))
        if preset is not None:
            self.select(*preset)
        self.ui.caseLabel.setVisible(False)
        self.ui.caseCombo.setVisible(False)
        self.ui.clientLabel.setText("Loading the client's cases…")
        ok.setEnabled(False)
        self._fill_parents()
        self.read(lambda ctx: cases_and_open_srs(ctx, contact_id), self._fill_cases)

    def _fill_areas(self, process: str) -> None:
        self.ui.areaCombo.clear()
        self.ui.areaCombo.addItems(list(workflows.areas_for(process)))

    def _fill_sub_areas(self, area: str) -> None:
        self.ui.subAreaCombo.clear()
        process = self.ui.processCombo.currentText()
        self.ui.subAreaCombo.addItems(list(workflows.sub_areas_for(process, area)))

    def _fill_parents(self) -> None:
        """The open SRs of the chosen case, newest first, after "None"."""
        case_id = self.ui.caseCombo.currentData()
        chosen = combo_value(self.ui.parentCombo) or self._wanted_parent
        open_srs = self._open_srs.get(int(case_id), []) if case_id is not None else []
        fill_combo(
            self.ui.parentCombo,
            ((parent_name(sr), sr.id) for sr in open_srs),
            none_text="None: not raised from another SR",
        )
        if chosen is not None:
            select_value(self.ui.parentCombo, chosen)
        self.ui.parentCombo.setEnabled(bool(open_srs))

    def _fill_cases(self, read: CasesAndOpenSrs) -> None:
        found: Sequence[CaseDTO] = read[0]
        self._open_srs = read[1]
        self.loaded = True
        self._create_button.setEnabled(bool(found))
        combo = self.ui.caseCombo
        combo.clear()
        for case in found:
            role = "paying parent" if case.paying_parent_id == self.contact_id else "receiving"
            combo.addItem(
                f"Case {case.id} · {case.region} · {case.scheme.label} · arrears "
                f"{format_money(case.arrears_balance)} ({role})",
                case.id,
            )
        name = found[0].paying_parent_name if found else ""
        several = len(found) > 1
        self.ui.caseLabel.setVisible(several)
        combo.setVisible(several)
        if not found:
            self.ui.clientLabel.setText("This client has no case: a service request needs one.")
        elif several:
            self.ui.clientLabel.setText(
                f"{len(found)} cases found: choose the case the service request is for."
            )
        else:
            case = found[0]
            self.ui.clientLabel.setText(
                f"For {name}, case {case.id} ({case.region}, {case.scheme.label})."
            )
        if self._wanted_parent is not None:
            # Preselect the case of the parent SR asked for.
            for case_id, open_srs in self._open_srs.items():
                if any(sr.id == self._wanted_parent for sr in open_srs):
                    self.select_case(case_id)
        self._fill_parents()

    def select(self, process: str, area: str, sub_area: str) -> None:
        """Select a Process / Area / Sub Area (used by tests and preset buttons)."""
        self.ui.processCombo.setCurrentText(process)
        self.ui.areaCombo.setCurrentText(area)
        self.ui.subAreaCombo.setCurrentText(sub_area)

    def select_case(self, case_id: int) -> None:
        index = self.ui.caseCombo.findData(case_id)
        if index >= 0:
            self.ui.caseCombo.setCurrentIndex(index)

    def create_service_request(self) -> None:
        """Create the SR; stay open with the reason shown when the service refuses."""
        if self.loaded:
            self.submit(self._create, self._created, close_on_refusal=False)

    def _create(self) -> Callable[[ServiceContext], srs.ServiceRequestDTO]:
        case_id = self.ui.caseCombo.currentData()
        if case_id is None:
            raise ValidationError({"case_id": "Choose a case"})
        process = self.ui.processCombo.currentText()
        area = self.ui.areaCombo.currentText()
        sub_area = self.ui.subAreaCombo.currentText()
        parent = combo_value(self.ui.parentCombo)
        parent_id = int(parent) if parent is not None else None
        return lambda ctx: srs.create_service_request(
            ctx, int(case_id), process, area, sub_area, parent_id=parent_id
        )

    def _created(self, created: srs.ServiceRequestDTO) -> None:
        self.created = created
