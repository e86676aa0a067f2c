"""The small dialogs of a Bailiff SR after its pack: hold, outcome, close.

The folder where packs and letters are written is a preference kept per database
(:mod:`enforcement_desktop.gui.preferences`).

Each dialog calls one service of :mod:`enforcement_desktop.services.bailiff` when the user
presses its default button (Enter); Escape cancels. A :class:`ValidationError` is shown under its
field and the dialog stays open; any other refusal is shown in words and the dialog closes with
:attr:`needs_reload` set, so the caller reloads the SR. After Accepted, :attr:`result_sr` is the
SR as it now stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from enforcement_desktop.domain.dates import BAILIFF_HOLD_MAX_DAYS
from enforcement_desktop.domain.enums import BailiffOutcome, BailiffOutcomeType
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.forms.ui_bailiff_close_dialog import Ui_BailiffCloseDialog
from enforcement_desktop.gui.forms.ui_bailiff_hold_dialog import Ui_BailiffHoldDialog
from enforcement_desktop.gui.forms.ui_bailiff_outcome_dialog import Ui_BailiffOutcomeDialog
from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import ServiceRequestDTO

# --------------------------------------------------------------------------- shared


class _SrForm(Protocol):
    """What every SR dialog's form has."""

    srLabel: QLabel
    buttonBox: QDialogButtonBox


class _SrDialog(ServiceDialog):
    """A dialog whose default button calls one service on one Bailiff SR.

    Its form (``self.ui``) has ``srLabel`` for the caption, a ``buttonBox`` with Save and Cancel
    and, for each field the service checks, an error label named after the field.
    """

    def __init__(self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.sr = sr
        self.result_sr: ServiceRequestDTO | None = None

    def _set_up(self, ui: _SrForm, *, intro: str, ok_text: str) -> None:
        """Caption, default button and the wiring every SR dialog shares."""
        ui.srLabel.setText(intro)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(ok_text)
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        """Call the service; accept on success, show what went wrong otherwise."""
        self.submit(self._submit, self._saved)

    def _saved(self, sr: ServiceRequestDTO) -> None:
        self.result_sr = sr

    def _submit(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        """The dialog's one service call, with the values read from the form (each dialog's own)."""
        raise NotImplementedError


def _sr_caption(sr: ServiceRequestDTO) -> str:
    lo = f", LO {sr.order_reference}" if sr.order_reference else ""
    return f"<b>Bailiff SR {sr.id}</b> — {sr.client_name} ({sr.client_scin or 'no SCIN'}){lo}"


# --------------------------------------------------------------------------- hold


class HoldDialog(_SrDialog):
    """On Hold Reason and the date the hold ends → :func:`bailiff.put_on_hold` (seed 003 steps
    13, 21-22); the service refuses a hold of more than 28 days, shown under the date."""

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.ui = Ui_BailiffHoldDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Put on hold — SR {sr.id}")
        latest = ctx.today() + timedelta(days=BAILIFF_HOLD_MAX_DAYS)
        # Four lines of the user's font: the reason is a sentence or two, kept in a note.
        ui.reasonEdit.setFixedHeight(ui.reasonEdit.fontMetrics().lineSpacing() * 4 + 12)
        ui.untilEdit.setToolTip(f"At most {BAILIFF_HOLD_MAX_DAYS} days: {format_date(latest)}")
        self._set_up(
            ui,
            intro=f"{_sr_caption(sr)}<br>A hold lasts at most {BAILIFF_HOLD_MAX_DAYS} days "
            f"(until {format_date(latest)} at the latest); the reason is kept in a note.",
            ok_text="&Put on hold",
        )
        self.bind_error_labels(("reason", "until"))
        ui.reasonEdit.setFocus()

    def _submit(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        ui = self.ui
        sr_id, version = self.sr.id, self.sr.version
        reason, until = ui.reasonEdit.toPlainText(), ui.untilEdit.value()
        return lambda ctx: bailiff.put_on_hold(ctx, sr_id, version, reason=reason, until=until)


# --------------------------------------------------------------------------- outcome


class OutcomeDialog(_SrDialog):
    """The bailiff's final outcome → :func:`bailiff.record_outcome` (seed 003 steps 23-28).

    The return codes, the Nulla Bona and the agreement's final payment date are enabled only for
    the outcome types they belong to; the service checks the combination again.
    """

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.ui = Ui_BailiffOutcomeDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Record bailiff outcome — SR {sr.id}")
        form = sr.enforce_form.values if sr.enforce_form else None
        sent = ""
        if form is not None and form.bailiff_issue_date is not None:
            company = f" to {form.bailiff_company}" if form.bailiff_company else ""
            sent = f"<br>Referral issued{company} on {format_date(form.bailiff_issue_date)}."
        fill_enum_combo(ui.outcomeCombo, BailiffOutcome, placeholder="Choose…")
        fill_enum_combo(ui.outcomeTypeCombo, BailiffOutcomeType, placeholder="Choose…")
        ui.outcomeDateEdit.set_value(ctx.today())
        ui.reasonCodeEdit.setPlaceholderText("e.g. Nulla Bona")
        ui.reasonCodeEdit.setMaxLength(60)
        ui.returnCodeEdit.setMaxLength(60)
        ui.hintLabel.setText(
            "Reason return code and Nulla Bona: when Returned by bailiff. Return code: when "
            "Recalled by CMEC. Final payment due: when the bailiff made an arrears agreement "
            "(the SR then waits until 7 days after it)."
        )
        ui.hintLabel.setStyleSheet("color: palette(placeholder-text);")
        self._set_up(ui, intro=_sr_caption(sr) + sent, ok_text="R&ecord outcome")
        self.bind_error_labels(
            (
                "outcome",
                "outcome_type",
                "outcome_date",
                "reason_return_code",
                "return_code",
                "nulla_bona_received_on",
                "arrears_agreement_final_payment_due",
            ),
            # The tick and its date are one answer: "received, on this date".
            shown_under={"nulla_bona_received": "nulla_bona_received_on"},
        )
        ui.outcomeTypeCombo.currentIndexChanged.connect(self._type_changed)
        ui.nullaBonaCheck.toggled.connect(self._type_changed)
        self._type_changed()
        ui.outcomeCombo.setFocus()

    def _type_changed(self, *_: object) -> None:
        ui = self.ui
        kind = combo_enum(ui.outcomeTypeCombo, BailiffOutcomeType)
        returned = kind == BailiffOutcomeType.RETURNED_BY_BAILIFF
        recalled = kind == BailiffOutcomeType.RECALLED_BY_CMEC
        agreement = kind == BailiffOutcomeType.ARREARS_AGREEMENT
        for widget, label, on in (
            (ui.reasonCodeEdit, ui.reasonCodeLabel, returned),
            (ui.returnCodeEdit, ui.returnCodeLabel, recalled),
            (ui.finalPaymentEdit, ui.finalPaymentLabel, agreement),
        ):
            widget.setEnabled(on)
            label.setEnabled(on)
        ui.nullaBonaCheck.setEnabled(returned)
        if not returned:
            ui.nullaBonaCheck.setChecked(False)
        ui.nullaBonaEdit.setEnabled(returned and ui.nullaBonaCheck.isChecked())
        if ui.nullaBonaEdit.isEnabled() and not ui.nullaBonaEdit.is_set():
            # An outcome date that is not a date yet is reported on saving, not here.
            outcome_on = None if ui.outcomeDateEdit.parse_error() else ui.outcomeDateEdit.value()
            ui.nullaBonaEdit.set_value(outcome_on or self.ctx.today())

    def _submit(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        ui = self.ui
        outcome = combo_enum(ui.outcomeCombo, BailiffOutcome)
        kind = combo_enum(ui.outcomeTypeCombo, BailiffOutcomeType)
        missing = {}
        # The service takes both as enums: an unchosen combo is this form's to report.
        if outcome is None:
            missing["outcome"] = "Choose the outcome"
        if kind is None:
            missing["outcome_type"] = "Choose the outcome type"
        if outcome is None or kind is None:
            raise ValidationError(missing)

        def enabled_text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None if edit.isEnabled() else None

        def enabled_date(edit: OptionalDateEdit) -> date | None:
            return edit.value() if edit.isEnabled() else None

        sr_id, version = self.sr.id, self.sr.version
        outcome_date = ui.outcomeDateEdit.value()
        reason_return_code = enabled_text(ui.reasonCodeEdit)
        return_code = enabled_text(ui.returnCodeEdit)
        nulla_bona_received_on = enabled_date(ui.nullaBonaEdit)
        final_payment_due = enabled_date(ui.finalPaymentEdit)
        return lambda ctx: bailiff.record_outcome(
            ctx,
            sr_id,
            version,
            outcome=outcome,
            outcome_type=kind,
            outcome_date=outcome_date,
            reason_return_code=reason_return_code,
            return_code=return_code,
            nulla_bona_received_on=nulla_bona_received_on,
            arrears_agreement_final_payment_due=final_payment_due,
        )


# --------------------------------------------------------------------------- close


class CloseBailiffDialog(_SrDialog):
    """Cost applied (Applied / Not applied), then Closed, Completed →
    :func:`bailiff.close_bailiff_sr` (seed 003 steps 29 and 33)."""

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.ui = Ui_BailiffCloseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(f"Close Bailiff SR {sr.id}")
        self._set_up(
            ui,
            intro=f"{_sr_caption(sr)}<br>Record whether the bailiff's costs were applied (see "
            "Apply Costs); the SR is then closed with sub status Completed and becomes "
            "read-only.",
            ok_text="&Close SR",
        )
        self.bind_error_labels(("costs_applied",))
        ui.appliedRadio.setFocus()

    def _submit(self) -> Callable[[ServiceContext], ServiceRequestDTO]:
        checked = self.ui.costsGroup.checkedButton()
        if checked is None:
            # The service takes a bool: "not answered yet" is this form's to report.
            raise ValidationError({"costs_applied": "Choose whether costs were applied"})
        applied = checked is self.ui.appliedRadio
        sr_id, version = self.sr.id, self.sr.version
        return lambda ctx: bailiff.close_bailiff_sr(ctx, sr_id, version, costs_applied=applied)


__all__ = [
    "CloseBailiffDialog",
    "HoldDialog",
    "OutcomeDialog",
]
