"""The small dialogs of a Bailiff SR after its pack: record sent, hold, outcome, close; and the
folder where packs and letters are written.

Each dialog calls one service of :mod:`enforcement_desktop.services.bailiff` when the user
presses its default button (Enter); Escape cancels. A :class:`ValidationError` is shown under its
field and the dialog stays open; any other refusal is shown in words and the dialog closes with
:attr:`needs_reload` set, so the caller reloads the SR. After Accepted, :attr:`result_sr` is the
SR as it now stands.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from enforcement_desktop.domain.dates import BAILIFF_HOLD_MAX_DAYS
from enforcement_desktop.domain.enums import BailiffOutcome, BailiffOutcomeType
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import (
    ERROR_STYLE,
    GENERAL_FIELD,
    make_error_label,
    show_field_errors,
)
from enforcement_desktop.gui.forms.ui_bailiff_outcome_dialog import Ui_BailiffOutcomeDialog
from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.forms import (
    combo_enum,
    fill_enum_combo,
)
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.service_requests import ServiceRequestDTO

#: QSettings key of the folder packs and letters are written to.
OUTPUT_FOLDER_KEY = "bailiff/output_folder"


# --------------------------------------------------------------------------- output folder


def default_output_folder() -> Path:
    """The user's Documents folder when there is one, else their home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def output_folder(store: QSettings | None = None) -> Path:
    """Where bailiff packs and letters go: the folder last used, else :func:`default_output_folder`.

    A remembered folder that no longer exists falls back to the default, so a removed USB stick
    or network share does not make every build fail.
    """
    settings = store if store is not None else QSettings()
    value = settings.value(OUTPUT_FOLDER_KEY)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return default_output_folder()


def remember_output_folder(folder: Path, store: QSettings | None = None) -> None:
    """Keep ``folder`` as the place for the next pack or letter (the user's desktop setting)."""
    settings = store if store is not None else QSettings()
    settings.setValue(OUTPUT_FOLDER_KEY, str(folder))


# --------------------------------------------------------------------------- shared


class _SrDialog(ServiceDialog):
    """A dialog whose default button calls one service on one Bailiff SR."""

    def __init__(self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None) -> None:
        super().__init__(ctx, parent)
        self.sr = sr
        self.result_sr: ServiceRequestDTO | None = None

    def _call(self, fn: Callable[[], ServiceRequestDTO]) -> None:
        """Run the service call ``fn()``; accept on success, show what went wrong otherwise."""
        self.result_sr = self.call_service(fn)
        if self.result_sr is not None:
            self.accept()


def _sr_caption(sr: ServiceRequestDTO) -> str:
    lo = f", LO {sr.order_reference}" if sr.order_reference else ""
    return f"<b>Bailiff SR {sr.id}</b> — {sr.client_name} ({sr.client_scin or 'no SCIN'}){lo}"


def _build_form(
    dialog: _SrDialog,
    rows: list[tuple[str, str, QWidget]],
    *,
    intro: str,
    ok_text: str,
) -> QDialogButtonBox:
    """Lay out ``rows`` (field name, label text, input) with an error label under each."""
    layout = QVBoxLayout(dialog)
    caption = QLabel(intro, dialog)
    caption.setWordWrap(True)
    layout.addWidget(caption)
    layout.addSpacing(caption.fontMetrics().lineSpacing() // 2)
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    errors: dict[str, QLabel] = {}
    for name, text, widget in rows:
        label = QLabel(text, dialog)
        label.setBuddy(widget)
        error = make_error_label(dialog)
        error.setBuddy(widget)
        form.addRow(label, widget)
        form.addRow("", error)
        errors[name] = error
    layout.addLayout(form)
    general = make_error_label(dialog)
    layout.addWidget(general)
    errors[GENERAL_FIELD] = general
    layout.addStretch(1)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    save = buttons.button(QDialogButtonBox.StandardButton.Save)
    save.setText(ok_text)
    save.setDefault(True)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.set_error_labels(errors)
    return buttons


# --------------------------------------------------------------------------- record sent


class RecordSentDialog(_SrDialog):
    """Bailiff Proceed Date, Issue Date and Company → :func:`bailiff.record_sent` (seed 003
    steps 17-18): the SR then waits 90 days, "Awaiting update from bailiff"."""

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.setWindowTitle(f"Record sent to bailiff — SR {sr.id}")
        today = ctx.today()
        self.proceed_edit = OptionalDateEdit(self)
        self.proceed_edit.setAccessibleName("Bailiff proceed date")
        self.proceed_edit.set_value(today)
        self.issue_edit = OptionalDateEdit(self)
        self.issue_edit.setAccessibleName("Bailiff issue date")
        self.issue_edit.set_value(today)
        self.company_edit = QLineEdit(self)
        self.company_edit.setAccessibleName("Bailiff company")
        self.company_edit.setMaxLength(200)
        self.company_edit.setPlaceholderText("The enforcement agents the SPOC sent the pack to")
        buttons = _build_form(
            self,
            [
                ("proceed_date", "Bailiff &proceed date:", self.proceed_edit),
                ("issue_date", "Bailiff &issue date:", self.issue_edit),
                ("company", "Bailiff &company:", self.company_edit),
            ],
            intro=f"{_sr_caption(sr)}<br>The SR will wait 90 days from the issue date with sub "
            "status “Awaiting update from bailiff”.",
            ok_text="&Record sent",
        )
        buttons.accepted.connect(self.save)
        self.company_edit.setFocus()
        self.resize(520, 300)

    def save(self) -> None:
        self._call(
            lambda: bailiff.record_sent(
                self.ctx,
                self.sr.id,
                self.sr.version,
                proceed_date=self.proceed_edit.value(),
                issue_date=self.issue_edit.value(),
                company=self.company_edit.text(),
            )
        )


# --------------------------------------------------------------------------- hold


class HoldDialog(_SrDialog):
    """On Hold Reason and the date the hold ends → :func:`bailiff.put_on_hold` (seed 003 steps
    13, 21-22); the service refuses a hold of more than 28 days, shown under the date."""

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.setWindowTitle(f"Put on hold — SR {sr.id}")
        latest = ctx.today() + timedelta(days=BAILIFF_HOLD_MAX_DAYS)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName("On hold reason")
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 4 + 12)
        self.until_edit = OptionalDateEdit(self)
        self.until_edit.setAccessibleName("On hold until")
        self.until_edit.setToolTip(f"At most {BAILIFF_HOLD_MAX_DAYS} days: {format_date(latest)}")
        buttons = _build_form(
            self,
            [
                ("reason", "On hold &reason:", self.reason_edit),
                ("until", "On hold &until:", self.until_edit),
            ],
            intro=f"{_sr_caption(sr)}<br>A hold lasts at most {BAILIFF_HOLD_MAX_DAYS} days "
            f"(until {format_date(latest)} at the latest); the reason is kept in a note.",
            ok_text="&Put on hold",
        )
        buttons.accepted.connect(self.save)
        self.reason_edit.setFocus()
        self.resize(520, 320)

    def save(self) -> None:
        self._call(
            lambda: bailiff.put_on_hold(
                self.ctx,
                self.sr.id,
                self.sr.version,
                reason=self.reason_edit.toPlainText(),
                until=self.until_edit.value(),
            )
        )


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
        ui.srLabel.setText(_sr_caption(sr) + sent)
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
        errors = {
            "outcome": ui.outcomeError,
            "outcome_type": ui.outcomeTypeError,
            "outcome_date": ui.outcomeDateError,
            "reason_return_code": ui.reasonCodeError,
            "return_code": ui.returnCodeError,
            "nulla_bona_received": ui.nullaBonaError,
            "nulla_bona_received_on": ui.nullaBonaError,
            "arrears_agreement_final_payment_due": ui.finalPaymentError,
            GENERAL_FIELD: ui.generalError,
        }
        for label in errors.values():
            label.setStyleSheet(ERROR_STYLE)
        self.set_error_labels(errors)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText("R&ecord outcome")
        save.setDefault(True)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
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
            ui.nullaBonaEdit.set_value(ui.outcomeDateEdit.value() or self.ctx.today())

    def save(self) -> None:
        ui = self.ui
        outcome = combo_enum(ui.outcomeCombo, BailiffOutcome)
        kind = combo_enum(ui.outcomeTypeCombo, BailiffOutcomeType)
        missing = {}
        if outcome is None:
            missing["outcome"] = "Choose the outcome"
        if kind is None:
            missing["outcome_type"] = "Choose the outcome type"
        if missing:
            show_field_errors(self._errors, ValidationError(missing))
            return
        assert outcome is not None and kind is not None

        def enabled_text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None if edit.isEnabled() else None

        def enabled_date(edit: OptionalDateEdit) -> date | None:
            return edit.value() if edit.isEnabled() else None

        self._call(
            lambda: bailiff.record_outcome(
                self.ctx,
                self.sr.id,
                self.sr.version,
                outcome=outcome,
                outcome_type=kind,
                outcome_date=ui.outcomeDateEdit.value(),
                reason_return_code=enabled_text(ui.reasonCodeEdit),
                return_code=enabled_text(ui.returnCodeEdit),
                nulla_bona_received_on=enabled_date(ui.nullaBonaEdit),
                arrears_agreement_final_payment_due=enabled_date(ui.finalPaymentEdit),
            )
        )


# --------------------------------------------------------------------------- close


class CloseBailiffDialog(_SrDialog):
    """Cost applied (Applied / Not applied), then Closed, Completed →
    :func:`bailiff.close_bailiff_sr` (seed 003 steps 29 and 33)."""

    def __init__(
        self, ctx: ServiceContext, sr: ServiceRequestDTO, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, sr, parent)
        self.setWindowTitle(f"Close Bailiff SR {sr.id}")
        box = QWidget(self)
        box.setAccessibleName("Costs applied")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.applied_radio = QRadioButton("Costs &applied", box)
        self.not_applied_radio = QRadioButton("Costs &not applied", box)
        self.group = QButtonGroup(self)
        for radio in (self.applied_radio, self.not_applied_radio):
            self.group.addButton(radio)
            column.addWidget(radio)
        buttons = _build_form(
            self,
            [("costs_applied", "Cost applied:", box)],
            intro=f"{_sr_caption(sr)}<br>Record whether the bailiff's costs were applied (see "
            "Apply Costs); the SR is then closed with sub status Completed and becomes "
            "read-only.",
            ok_text="&Close SR",
        )
        buttons.accepted.connect(self.save)
        self.applied_radio.setFocus()
        self.resize(520, 240)

    def save(self) -> None:
        if self.group.checkedButton() is None:
            show_field_errors(
                self._errors,
                ValidationError({"costs_applied": "Choose whether costs were applied"}),
            )
            return
        applied = self.applied_radio.isChecked()
        self._call(
            lambda: bailiff.close_bailiff_sr(
                self.ctx, self.sr.id, self.sr.version, costs_applied=applied
            )
        )


__all__ = [
    "OUTPUT_FOLDER_KEY",
    "CloseBailiffDialog",
    "HoldDialog",
    "OutcomeDialog",
    "RecordSentDialog",
    "default_output_folder",
    "output_folder",
    "remember_output_folder",
]
