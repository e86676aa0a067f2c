"""The client fields that the Contact view's edit form and the New client dialog share.

Both forms (ui/contact_view.ui and ui/new_client_dialog.ui) name these widgets alike
(``roleCombo``, ``titleEdit``, ``titleError``, ...): one place reads them into the contacts
service's fields and maps its field errors back to their labels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel

from enforcement_desktop.domain.csa import SENSITIVE_MEANING
from enforcement_desktop.domain.enums import ContactRole, EmploymentStatus, Jurisdiction
from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.gui.widgets.forms import combo_enum, fill_enum_combo


def fill_choice_combos(ui: Any) -> None:
    """Jurisdiction and employment status choices (the role's choices differ by form)."""
    fill_enum_combo(ui.jurisdictionCombo, Jurisdiction, none_text="Not recorded")
    fill_enum_combo(ui.employmentCombo, EmploymentStatus)


def client_values(ui: Any) -> dict[str, Any]:
    """The shared fields as :class:`~enforcement_desktop.services.contacts.ContactInput` names
    them, read from the form as typed (the service validates and normalises)."""
    return {
        "role": combo_enum(ui.roleCombo, ContactRole) or ContactRole.PAYING_PARENT,
        "title": ui.titleEdit.text(),
        "first_name": ui.firstNameEdit.text(),
        "last_name": ui.lastNameEdit.text(),
        "other_names": ui.otherNamesEdit.text(),
        "scin": ui.scinEdit.text(),
        "date_of_birth": ui.dateOfBirthEdit.value(),
        "nino": ui.ninoEdit.text(),
        "phone": ui.phoneEdit.text(),
        "email": ui.emailEdit.text(),
        "jurisdiction": combo_enum(ui.jurisdictionCombo, Jurisdiction),
        "employment_status": combo_enum(ui.employmentCombo, EmploymentStatus)
        or EmploymentStatus.NO_EMPLOYMENT_DETAILS,
        "employer_name": ui.employerEdit.text(),
        "pv_marker": ui.pvCheck.isChecked(),
        "pv_control_measures": ui.controlMeasuresEdit.toPlainText(),
    }


def client_error_labels(ui: Any) -> dict[str, QLabel]:
    """The error label of each shared field, by the service's field name."""
    return {
        "role": ui.roleError,
        "title": ui.titleError,
        "first_name": ui.firstNameError,
        "last_name": ui.lastNameError,
        "other_names": ui.otherNamesError,
        "scin": ui.scinError,
        "date_of_birth": ui.dateOfBirthError,
        "nino": ui.ninoError,
        "jurisdiction": ui.jurisdictionError,
        "employment_status": ui.employmentError,
        "employer_name": ui.employerError,
        "phone": ui.phoneError,
        "email": ui.emailError,
        "pv_control_measures": ui.controlMeasuresError,
    }


def show_sensitive(check: QCheckBox, sensitive: bool, marking: GuardResult) -> None:
    """The sensitive-case check box as the read model has it: ticked when the case is
    sensitive, enabled when the reader may mark or unmark it, and saying why not otherwise.

    Args:
        check: The check box.
        sensitive: Whether the client is a sensitive case.
        marking: Whether the reader may change it (decided by the service, with the reasons).
    """
    check.blockSignals(True)
    try:
        check.setChecked(sensitive)
    finally:
        check.blockSignals(False)
    check.setEnabled(marking.allowed)
    why_not = "" if marking.allowed else "\n" + "; ".join(marking.reasons)
    check.setToolTip(SENSITIVE_MEANING + why_not)
    check.setAccessibleDescription(SENSITIVE_MEANING + why_not)
