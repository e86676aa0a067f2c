"""The Activity Plan's enforce form: each field of ``EnforceFormInput`` bound to the input the .ui
names after it (``ef_<field>``, its error label ``ef_<field>_error``)."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    CriminalOffence,
    EmploymentStatus,
    Power,
    Workflow,
)
from enforcement_desktop.gui.errors import ERROR_STYLE, GENERAL_FIELD
from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit
from enforcement_desktop.gui.widgets.money_edit import MoneyEdit
from enforcement_desktop.services.service_requests import EnforceFormInput, ServiceRequestDTO

#: Enumerations behind the form's drop-downs.
_ENUMS: dict[str, type[Enum]] = {
    "nrp_employment_status": EmploymentStatus,
    "bailiff_outcome": BailiffOutcome,
    "bailiff_outcome_type": BailiffOutcomeType,
    "criminal_offence": CriminalOffence,
    "chosen_power": Power,
}
#: Yes / No / not answered fields.
_TRISTATE = ("evidence_of_criminal_activity", "continue_data_gathering")
#: Which groups of the form each kind of SR shows.
_BAILIFF_GROUPS = ("bailiffPrepGroup", "onHoldGroup", "sentGroup", "outcomeGroup", "appealGroup")
_DECIDE_GROUPS = ("decideGroup", "appealGroup")
_ALL_GROUPS = (*_BAILIFF_GROUPS, "decideGroup")
#: A Decide SR's answers recorded on its plan and shown on the form.
_DECIDE_MIRRORED = frozenset(_TRISTATE)


def label_of(value: Any) -> str:
    """How an enumeration member is shown (its label), or the value itself."""
    return str(getattr(value, "label", value))


class EnforceFormEditor(QObject):
    """The enforce form of a Bailiff or Decide Enforcement SR.

    Args:
        root: The widget holding the form's inputs (the view).
        hint: The label above the form; it also shows messages that belong to no one field.
    """

    #: A field was changed by the user.
    edited = Signal()

    def __init__(self, root: QWidget, hint: QLabel) -> None:
        super().__init__(root)
        self.root = root
        self.hint = hint
        #: The values as read (None: the SR has no enforce form).
        self.loaded: EnforceFormInput | None = None
        self.widgets: dict[str, QWidget] = {}
        #: The error label of each field, by the service's field names.
        self.errors: dict[str, QLabel] = {}
        for f in fields(EnforceFormInput):
            widget = root.findChild(QWidget, f"ef_{f.name}")
            error = root.findChild(QLabel, f"ef_{f.name}_error")
            assert widget is not None and error is not None, f.name  # the .ui defines them all
            self.widgets[f.name] = widget
            self.errors[f.name] = error
            error.setStyleSheet(ERROR_STYLE)
            error.setProperty("errorFor", widget)
            self._bind(f.name, widget)
        self.errors[GENERAL_FIELD] = hint
        #: Fields shown but recorded elsewhere (a Decide SR's plan steps of the same name).
        self.mirrored: frozenset[str] = frozenset()

    def _bind(self, name: str, widget: QWidget) -> None:
        if name in _ENUMS and isinstance(widget, QComboBox):
            widget.addItem("", None)
            for member in _ENUMS[name]:
                widget.addItem(label_of(member), member)
            widget.currentIndexChanged.connect(self.edited)
        elif name in _TRISTATE and isinstance(widget, QComboBox):
            widget.addItem("", None)
            widget.addItem("Yes", True)
            widget.addItem("No", False)
            widget.currentIndexChanged.connect(self.edited)
        elif isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(self.edited)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(self.edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self.edited)

    def show(self, sr: ServiceRequestDTO) -> bool:
        """Fill the form from ``sr``; False when the SR has none."""
        form = sr.enforce_form
        if form is None:
            self.loaded = None
            return False
        visible = _BAILIFF_GROUPS if sr.workflow == Workflow.BAILIFF else _DECIDE_GROUPS
        for name in _ALL_GROUPS:
            group = self.root.findChild(QWidget, name)
            if group is not None:
                group.setVisible(name in visible)
        self.hint.setText(
            f"The {sr.workflow.label} enforce form. Money as £1,234.56, dates as dd/mm/yyyy. "
            "Saved with the plan (Ctrl+S)."
        )
        self.hint.setStyleSheet("")
        self.loaded = form.values
        for name, widget in self.widgets.items():
            _set_value(widget, getattr(form.values, name))
        # Seed 000 steps 2-6: one fact each with the plan's step, recorded on the plan.
        self.mirrored = (
            _DECIDE_MIRRORED if sr.workflow == Workflow.DECIDE_ENFORCEMENT else frozenset()
        )
        for name in _TRISTATE:
            widget = self.widgets[name]
            widget.setEnabled(name not in self.mirrored)
            widget.setToolTip(
                "Recorded on the activity plan's step of the same name"
                if name in self.mirrored
                else ""
            )
        return True

    def set_read_only(self, read_only: bool) -> None:
        for name, widget in self.widgets.items():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only and name not in self.mirrored)

    def read(self) -> tuple[EnforceFormInput, dict[str, str]]:
        """The form as typed, and the fields whose text is not a value at all."""
        values: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, widget in self.widgets.items():
            if isinstance(widget, MoneyEdit | OptionalDateEdit):
                problem = widget.parse_error()
                if problem:
                    problems[name] = problem
                    values[name] = None
                else:
                    values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                data = widget.currentData()
                enum_cls = _ENUMS.get(name)
                values[name] = enum_cls(data) if enum_cls is not None and data is not None else data
            elif isinstance(widget, QCheckBox):
                values[name] = widget.isChecked()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText().strip() or None
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text().strip() or None
        return EnforceFormInput(**values), problems

    def changed(self) -> bool:
        if self.loaded is None:
            return False
        current, problems = self.read()
        return bool(problems) or _normalised(current) != _normalised(self.loaded)

    def edits(self) -> dict[str, Any]:
        """The fields the user changed (readable ones), to put back after the SR is read again.

        Only those: a field someone else changed meanwhile shows their value.
        """
        if self.loaded is None:
            return {}
        current, problems = self.read()
        now, before = _normalised(current), _normalised(self.loaded)
        return {
            name: getattr(current, name)
            for name in now
            if name not in problems and now[name] != before[name]
        }

    def restore(self, edits: dict[str, Any]) -> None:
        if self.loaded is None:
            return
        for name, value in edits.items():
            _set_value(self.widgets[name], value)


def _set_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, MoneyEdit | OptionalDateEdit):
        widget.set_value(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        widget.setCurrentIndex(index if index >= 0 else 0)
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value or "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value or "")


def _normalised(form: EnforceFormInput) -> dict[str, Any]:
    """Form values as compared for "changed": money to the penny, blank text as None."""
    out: dict[str, Any] = {}
    for f in fields(form):
        value = getattr(form, f.name)
        if isinstance(value, Decimal):
            value = value.quantize(Decimal("0.01"))
        elif isinstance(value, str) and not isinstance(value, Enum):
            value = value.strip() or None
        elif isinstance(value, date):
            value = value.isoformat()
        out[f.name] = value
    return out
