"""The Activity Plan's Decide panel for a Decide On Enforcement Action SR (seed 000).

The sources log (step 7), the criminal referral (steps 3-4) and the decision (steps 14-17), all
read from :func:`services.decide.decide_screen` on the data lane; every write is an operation
that reads the panel again after it, and :attr:`DecidePanel.changed` tells the Activity Plan to
read the SR again (a decision closes it, a criminal SR is a new child).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTableWidgetItem, QWidget

from enforcement_desktop.domain.enums import CriminalOffence, InformationSource, SourceResult
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.errors import (
    GENERAL_FIELD,
    clear_field_errors,
    handle_service_error,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_decide_panel import Ui_DecidePanel
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.services import decide
from enforcement_desktop.services.context import ServiceContext

T = TypeVar("T")

_COLUMNS = ("Source", "Checked on", "By", "Result", "Note")

E = TypeVar("E", InformationSource, SourceResult, CriminalOffence)


def _member(enum_cls: type[E], data: object) -> E | None:
    return enum_cls(str(data)) if data else None


class DecidePanel(QWidget):
    """Sources log, criminal referral and decision of one Decide SR.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    #: A write changed the SR or its children: the Activity Plan reads the SR again.
    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_DecidePanel()
        ui.setupUi(self)
        #: The panel as last read (None: no Decide SR shown).
        self.panel_screen: decide.DecideScreen | None = None
        self.sr_id: int | None = None
        ui.sourcesTable.setColumnCount(len(_COLUMNS))
        ui.sourcesTable.setHorizontalHeaderLabels(_COLUMNS)
        ui.sourcesTable.horizontalHeader().setStretchLastSection(True)
        ui.sourcesTable.verticalHeader().setVisible(False)
        for result in SourceResult:
            ui.resultCombo.addItem(result.label, result)
        ui.resultCombo.setCurrentIndex(-1)
        ui.criminalOffenceCombo.addItem("", None)
        for offence in CriminalOffence:
            ui.criminalOffenceCombo.addItem(offence.label, offence)
        ui.checkedOnEdit.set_value(ctx.today())
        ui.sourcesHint.setText(
            "Log each source checked, a nil result included: 'Assess Online Information' can be "
            "Done only when every source has an entry."
        )
        ui.criminalHint.setText(
            "With 'Any Evidence Of Criminal Activity' Yes on the plan, choose the offence and "
            "who it is against: the subject decides where the referral goes."
        )
        ui.subjectCombo.setToolTip(
            "Offered: the paying parent, the receiving parents of this case, and the employers "
            "and third parties recorded for this paying parent (the employer on their record, "
            "a letter sent to them, or an SR raised on them)."
        )
        self.source_errors: dict[str, QLabel] = {
            "source": ui.sourceError,
            "checked_on": ui.checkedOnError,
            "result": ui.resultError,
            "note": ui.noteError,
            GENERAL_FIELD: ui.sourcesHint,
        }
        self.criminal_errors: dict[str, QLabel] = {
            "criminal_offence": ui.criminalOffenceError,
            "subject_contact_id": ui.subjectContactIdError,
            "evidence_of_criminal_activity": ui.evidenceOfCriminalActivityError,
        }
        clear_field_errors({k: v for k, v in self.source_errors.items() if k != GENERAL_FIELD})
        clear_field_errors(self.criminal_errors)
        ui.addSourceButton.clicked.connect(self.log_source)
        ui.raiseCriminalButton.clicked.connect(self.raise_criminal_action)
        ui.decideButton.clicked.connect(self.open_decision)

    # ----------------------------------------------------------------- reading

    def show_sr(self, sr_id: int | None) -> None:
        """Read the panel of a Decide SR (None: clear it)."""
        self.sr_id = sr_id
        if sr_id is None:
            self.panel_screen = None
            return
        runner_for(self.ctx).run(
            Operation(self, lambda ctx: decide.decide_screen(ctx, sr_id), self._show, key="decide")
        )

    def _show(self, screen: decide.DecideScreen) -> None:
        if screen.sr_id != self.sr_id:
            return
        self.panel_screen = screen
        ui = self.ui
        table = ui.sourcesTable
        table.setRowCount(len(screen.sources))
        for row, entry in enumerate(screen.sources):
            cells = (
                entry.source.label,
                format_date(entry.checked_on),
                screen.names.of(entry.checked_by),
                entry.result.label,
                entry.note or "",
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        if screen.missing_sources:
            ui.missingLabel.setText(
                "Still to check: " + ", ".join(s.label for s in screen.missing_sources)
            )
        else:
            ui.missingLabel.setText("Every source of step 7 has an entry.")
        wanted = _member(InformationSource, ui.sourceCombo.currentData())
        ui.sourceCombo.clear()
        for source in screen.loggable_sources:
            ui.sourceCombo.addItem(source.label, source)
        ui.sourceCombo.setCurrentIndex(max(0, ui.sourceCombo.findData(wanted)))
        ui.sourceCombo.setToolTip(screen.dvla_refusal or "")
        ui.subjectCombo.clear()
        ui.subjectCombo.addItem("", None)
        for subject in screen.subjects:
            ui.subjectCombo.addItem(subject.label, subject.contact_id)
        ui.criminalSrsLabel.setText(
            "; ".join(
                f"Criminal action SR {c.id} on {c.subject}: {c.status.label}"
                for c in screen.criminal_srs
            )
            or "No criminal action SR raised from this SR."
        )
        decision = screen.decision
        if decision is not None:
            powers = ", ".join(p.label for p in decision.powers)
            by = screen.names.of(decision.decided_by)
            ui.decisionLabel.setText(
                f"Decided {decision.decided_at:%d/%m/%Y %H:%M} by {by}: "
                f"{powers}. SRs opened: {', '.join(map(str, decision.opened_sr_ids)) or 'none'}. "
                f"Verdicts kept with SHA-256 {decision.snapshot_sha256[:16]}…"
            )
        else:
            allowed = sum(o.allowed for o in screen.options)
            ui.decisionLabel.setText(
                f"No decision yet: {allowed} of {len(screen.options)} powers may be considered "
                "today."
            )
        editable = not screen.read_only
        for widget in (
            ui.addSourceButton,
            ui.raiseCriminalButton,
            ui.decideButton,
            ui.sourceCombo,
            ui.resultCombo,
            ui.checkedOnEdit,
            ui.noteEdit,
            ui.criminalOffenceCombo,
            ui.subjectCombo,
        ):
            widget.setEnabled(editable)
        ui.raiseCriminalButton.setEnabled(editable and screen.evidence_of_criminal_activity is True)

    # ----------------------------------------------------------------- writing

    def _write(
        self,
        fn: Callable[[ServiceContext], T],
        labels: dict[str, QLabel],
        on_done: Callable[[T], None] | None = None,
    ) -> None:
        clear_field_errors({k: v for k, v in labels.items() if k != GENERAL_FIELD})

        def done(result: T) -> None:
            if on_done is not None:
                on_done(result)
            self.show_sr(self.sr_id)
            self.changed.emit()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ValidationError):
                show_field_errors(labels, exc)
            elif isinstance(exc, DomainError):
                handle_service_error(self, exc, reload=lambda: self.show_sr(self.sr_id))
            else:
                raise exc

        runner_for(self.ctx).run(Operation(self, fn, done, failed))

    def log_source(self) -> None:
        """Add the entry typed to the sources log."""
        if self.sr_id is None:
            return
        ui = self.ui
        problem = ui.checkedOnEdit.parse_error()
        if problem:
            show_field_errors(self.source_errors, ValidationError({"checked_on": problem}))
            return
        sr_id = self.sr_id
        # Qt hands enum data back as plain strings.
        source = _member(InformationSource, ui.sourceCombo.currentData())
        result = _member(SourceResult, ui.resultCombo.currentData())
        checked_on = ui.checkedOnEdit.value()
        note = ui.noteEdit.text()

        def cleared(_entry: Any) -> None:
            ui.noteEdit.clear()
            ui.resultCombo.setCurrentIndex(-1)

        self._write(
            lambda ctx: decide.log_source(ctx, sr_id, source, result, checked_on, note),
            self.source_errors,
            cleared,
        )

    def raise_criminal_action(self) -> None:
        """Raise the criminal action child SR on the subject chosen."""
        if self.sr_id is None:
            return
        sr_id = self.sr_id
        offence = _member(CriminalOffence, self.ui.criminalOffenceCombo.currentData())
        subject = self.ui.subjectCombo.currentData()
        self._write(
            lambda ctx: decide.raise_criminal_action(ctx, sr_id, offence, subject),
            self.criminal_errors,
        )

    def open_decision(self) -> None:
        """Open the decision dialog on the verdicts as read."""
        from enforcement_desktop.gui.dialogs.decision_dialog import DecisionDialog

        screen = self.panel_screen
        if screen is None or screen.read_only:
            return
        dialog = DecisionDialog(self.ctx, screen.sr_id, screen.sr_version, screen.options, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_sr(screen.sr_id)
            self.changed.emit()
        elif dialog.needs_reload:
            self.show_sr(screen.sr_id)
