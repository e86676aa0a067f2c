"""Dialogs show each field error of their service under the input it is about, bound by name.

Field ``paid_on`` is shown in the label ``paidOnError``, whose buddy (set in the .ui file) is the
input. Each dialog is submitted blank (or half filled) so its service reports the fields it
checks; every field reported must have its own label, never the "field: message" catch-all.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.arrears_letters import ArrearsLetterAdvice
from enforcement_desktop.domain.enums import LegacyActionKind
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.gui import dialogs, errors
from enforcement_desktop.gui.dialogs.base import (
    ServiceDialog,
    error_label_name,
    find_error_labels,
)
from enforcement_desktop.gui.errors import GENERAL_FIELD
from enforcement_desktop.gui.widgets.forms import select_value
from enforcement_desktop.services import assets, cases, contacts, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.arrears import RdoState
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

# --------------------------------------------------------------------------- the convention


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("amount", "amountError"),
        ("paid_on", "paidOnError"),
        ("arrears_agreement_final_payment_due", "arrearsAgreementFinalPaymentDueError"),
        ("segment_5", "segment5Error"),
        ("address.line1", "line1Error"),
        ("address.address_type", "addressTypeError"),
        (GENERAL_FIELD, "generalError"),
    ],
)
def test_a_field_names_its_error_label(field: str, label: str) -> None:
    assert error_label_name(field) == label


def _form(qtbot: QtBot, *, buddy: bool = True) -> QWidget:
    form = QWidget()
    qtbot.addWidget(form)
    edit = QLineEdit(form)
    error = QLabel(form)
    error.setObjectName("paidOnError")
    if buddy:
        error.setBuddy(edit)
    QLabel(form).setObjectName("generalError")
    return form


def test_labels_are_found_by_name(qtbot: QtBot) -> None:
    form = _form(qtbot)
    labels = find_error_labels(form, ["paid_on"], shown_under={"method": GENERAL_FIELD})
    assert {field: label.objectName() for field, label in labels.items()} == {
        "paid_on": "paidOnError",
        "method": "generalError",
        GENERAL_FIELD: "generalError",
    }


def test_a_field_without_a_label_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(LookupError, match="no label amountError for the field amount"):
        find_error_labels(_form(qtbot), ["paid_on", "amount"])


def test_an_error_label_beside_no_input_is_refused(qtbot: QtBot) -> None:
    with pytest.raises(LookupError, match="paidOnError has no buddy"):
        find_error_labels(_form(qtbot, buddy=False), ["paid_on"])


# --------------------------------------------------------------------------- every dialog

_Submit = Callable[[ServiceContext, Dataset], QDialog]


def _blank(dialog: QDialog) -> QDialog:
    """Empty every line edit, text box and date the user can edit."""
    from PySide6.QtWidgets import QPlainTextEdit

    from enforcement_desktop.gui.widgets.date_edit import OptionalDateEdit

    for edit in dialog.findChildren(QLineEdit):
        if edit.isEnabled() and not edit.isReadOnly():
            edit.clear()
    for text in dialog.findChildren(QPlainTextEdit):
        text.clear()
    for date_edit in dialog.findChildren(OptionalDateEdit):
        date_edit.clear_value()
    return dialog


def _arrears_advice(ctx: ServiceContext, sr_id: int) -> ArrearsLetterAdvice:
    """What the Arrears letters tab read for the SR (the dialog shows it)."""
    from enforcement_desktop.services.arrears_letters import arrears_letter_advice

    advice = arrears_letter_advice(ctx, sr_id).advice
    assert advice is not None
    return advice


def _submissions() -> dict[str, _Submit]:
    """How to open each dialog so that its save reports field errors."""
    from enforcement_desktop.gui.dialogs.address_dialog import AddressDialog
    from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
    from enforcement_desktop.gui.dialogs.arrears_dialogs import DotOutcomeDialog, RdoScheduleDialog
    from enforcement_desktop.gui.dialogs.arrears_letter_dialog import ArrearsLetterDialog
    from enforcement_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog, Decision
    from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
        CloseBailiffDialog,
        HoldDialog,
        OutcomeDialog,
    )
    from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import BailiffReferralDialog
    from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
    from enforcement_desktop.gui.dialogs.disregard_dialog import DisregardDialog
    from enforcement_desktop.gui.dialogs.legacy_action_dialog import LegacyActionDialog
    from enforcement_desktop.gui.dialogs.maintenance_dialog import MaintenanceDialog
    from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
    from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
    from enforcement_desktop.gui.dialogs.new_service_request_dialog import (
        NewServiceRequestDialog,
    )
    from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
    from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
    from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
    from enforcement_desktop.gui.dialogs.reassign_dialog import ReassignDialog
    from enforcement_desktop.gui.dialogs.reminder_dialog import ReminderDialog
    from enforcement_desktop.gui.dialogs.users_dialog import OfficeEditDialog, UserEditDialog
    from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
    from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog

    def legacy_action(ctx: ServiceContext, data: Dataset) -> QDialog:
        # An action chosen, no start date: the service reports the date (and the order when
        # it is not a CSA LO) beside their fields.
        dialog = _blank(LegacyActionDialog(ctx, orders.get_order(ctx, data.pat_lo_id)))
        assert isinstance(dialog, LegacyActionDialog)
        select_value(dialog.ui.kindCombo, LegacyActionKind.EJO)
        return dialog

    def bailiff_sr(ctx: ServiceContext, data: Dataset) -> srs.ServiceRequestDTO:
        return srs.get_service_request(ctx, data.wait_sr_id)

    def decision(ctx: ServiceContext, data: Dataset) -> QDialog:
        # Nothing chosen, no statement: both are refused beside their fields.
        from enforcement_desktop.gui.dialogs.decision_dialog import DecisionDialog
        from enforcement_desktop.services import decide

        sr = srs.create_service_request(
            ctx,
            data.pat_case_id,
            "Enforcement",
            "Decide On Enforcement Action",
            "Gather Information",
        )
        screen = decide.decide_screen(ctx, sr.id)
        return DecisionDialog(ctx, sr.id, screen.sr_version, screen.options)

    def letter(ctx: ServiceContext, data: Dataset) -> QDialog:
        # CMEL9251 (the first letter) with nothing typed: what it is about and which variant
        # are refused beside their fields (before anything is written).
        from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog

        store = Path(str(ctx.db.engine.url.database)).parent / "store"
        return _blank(LetterDialog(ctx, data.open_sr_id, "SR", store))

    def reply(ctx: ServiceContext, data: Dataset) -> QDialog:
        # A reply dated the day before the letter was sent is refused beside the date.
        from datetime import timedelta

        from enforcement_desktop.domain.letters import LetterCode, RecipientKind
        from enforcement_desktop.gui.dialogs.reply_dialog import ReplyDialog
        from enforcement_desktop.services import letters
        from enforcement_desktop.storage.models import Letter

        sr = srs.get_service_request(ctx, data.open_sr_id)
        with ctx.unit_of_work() as session:
            session.add(
                Letter(
                    case_id=sr.case_id,
                    service_request_id=sr.id,
                    code=LetterCode.CMEL9251,
                    recipient_kind=RecipientKind.EMPLOYER,
                    recipient_name="Example Employer Ltd",
                    sent_on=ctx.today(),
                    sent_by=ctx.user,
                )
            )
        (sent,) = letters.list_letters(ctx, sr.id)
        store = Path(str(ctx.db.engine.url.database)).parent / "store"
        dialog = ReplyDialog(ctx, sent, store)
        dialog.ui.receivedOnEdit.set_value(ctx.today() - timedelta(days=1))
        return dialog

    def new_client(ctx: ServiceContext, data: Dataset) -> QDialog:
        dialog = _blank(NewClientDialog(ctx))
        # Half an address: the address's own checks speak too, as address.<field>.
        dialog.ui.townEdit.setText("Leeds")
        return dialog

    def new_service_request(ctx: ServiceContext, data: Dataset) -> QDialog:
        dialog = NewServiceRequestDialog(ctx, data.sam_id)
        dialog.ui.caseCombo.setCurrentIndex(-1)
        return dialog

    def rejection(ctx: ServiceContext, data: Dataset) -> QDialog:
        # A case manager's Review LO awaiting the team leader (ctx's user, who did not raise
        # it); a blank rejection names the reason and the alternative.
        from dataclasses import replace

        from enforcement_desktop.domain.enums import SrStatus, StepOutcome
        from enforcement_desktop.services import authorisation, users

        users.add_user(ctx, "cal", users.UserInput("Cal Example", team="Enforcement Team 1"))
        cal = replace(ctx, user="cal")
        arrears = srs.get_service_request(cal, data.open_sr_id)
        arrears = srs.change_status(cal, arrears.id, arrears.version, SrStatus.IN_PROGRESS)
        review = authorisation.raise_review_lo(cal, arrears.id, arrears.version)
        for step in review.steps[:7]:
            srs.update_step(cal, step.id, step.version, StepOutcome.DONE, "Checked")
        review = srs.get_service_request(cal, review.id)
        review = authorisation.request_authorisation(cal, review.id, review.version)
        state = authorisation.get_review_lo_state(ctx, review.id)
        return AuthorisationDialog(ctx, review, state, Decision.REJECT)

    def case(ctx: ServiceContext, data: Dataset) -> QDialog:
        dialog = _blank(CaseDialog(ctx, cases.get_case(ctx, data.pat_case_id)))
        # An empty balance is the form's own refusal; £0.00 lets the service check the rest.
        dialog.ui.arrearsEdit.setText("0")
        dialog.ui.regionCombo.setCurrentIndex(-1)  # picked from the list: none picked
        return dialog

    return {
        "AddressDialog": lambda ctx, data: _blank(AddressDialog(ctx, data.pat_id)),
        "AuthorisationDialog": rejection,
        "AppealDialog": lambda ctx, data: _blank(
            AppealDialog(ctx, [(data.pat_case_id, "Case")], data.pat_case_id)
        ),
        # No SR ticked, no company, no date: the service names all three.
        "RecordPackSentDialog": lambda ctx, data: _blank(
            RecordPackSentDialog(ctx, bailiff_sr(ctx, data).client_scin or "")
        ),
        "HoldDialog": lambda ctx, data: _blank(HoldDialog(ctx, bailiff_sr(ctx, data))),
        "OutcomeDialog": lambda ctx, data: _blank(OutcomeDialog(ctx, bailiff_sr(ctx, data))),
        "CloseBailiffDialog": lambda ctx, data: CloseBailiffDialog(ctx, bailiff_sr(ctx, data)),
        "BailiffReferralDialog": lambda ctx, data: BailiffReferralDialog(
            ctx, cases.get_case(ctx, data.pat_case_id), []
        ),
        "CaseDialog": case,
        "DisregardDialog": lambda ctx, data: _blank(
            DisregardDialog(ctx, assets.get_asset(ctx, data.pat_asset_id))
        ),
        "NewCaseDialog": lambda ctx, data: _blank(
            NewCaseDialog(ctx, contacts.get_contact(ctx, data.pat_id))
        ),
        "NewClientDialog": new_client,
        "NewServiceRequestDialog": new_service_request,
        "OrderDialog": lambda ctx, data: _blank(OrderDialog(ctx, data.pat_case_id)),
        "PaymentDialog": lambda ctx, data: _blank(
            PaymentDialog(ctx, orders.get_order(ctx, data.pat_lo_id))
        ),
        "LegacyActionDialog": legacy_action,
        "MaintenanceDialog": lambda ctx, data: _blank(MaintenanceDialog(ctx, data.pat_case_id)),
        # No reason given for a letter the procedure does not advise.
        "ArrearsLetterDialog": lambda ctx, data: _blank(
            ArrearsLetterDialog(
                ctx,
                data.open_sr_id,
                _arrears_advice(ctx, data.open_sr_id),
                Path(str(ctx.db.engine.url.database)).parent / "store",
            )
        ),
        "ReminderDialog": lambda ctx, data: _blank(ReminderDialog(ctx, data.open_sr_id, "SR")),
        "LetterDialog": letter,
        "ReplyDialog": reply,
        "DecisionDialog": decision,
        "VehicleDialog": lambda ctx, data: _blank(VehicleDialog(ctx, data.pat_id)),
        "WilfulRefusalDialog": lambda ctx, data: _blank(
            WilfulRefusalDialog(ctx, cases.get_case(ctx, data.pat_case_id))
        ),
        # Nobody chosen: the service asks for a user or a team.
        "ReassignDialog": lambda ctx, data: ReassignDialog(
            ctx, srs.get_service_request(ctx, data.open_sr_id), (), ()
        ),
        "UserEditDialog": lambda ctx, data: _blank(UserEditDialog(ctx, None)),
        "OfficeEditDialog": lambda ctx, data: _blank(OfficeEditDialog(ctx, None)),
        # No outcome chosen; a schedule with no first date and no amount.
        "DotOutcomeDialog": lambda ctx, data: DotOutcomeDialog(ctx, data.open_sr_id, 1),
        "RdoScheduleDialog": lambda ctx, data: _blank(
            RdoScheduleDialog(ctx, RdoState(data.pat_lo_id, 1, "RDO/1", (), None))
        ),
    }


def _service_dialogs() -> list[str]:
    """Every :class:`ServiceDialog` of ``gui/dialogs`` (the bases excepted)."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"{dialogs.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            ours = cls.__module__ == module.__name__ and not name.startswith("_")
            if ours and issubclass(cls, ServiceDialog) and cls is not ServiceDialog:
                found.add(name)
    return sorted(found)


SERVICE_DIALOGS = _service_dialogs()


def test_every_service_dialog_is_submitted_below() -> None:
    assert SERVICE_DIALOGS
    assert set(_submissions()) == set(SERVICE_DIALOGS)


def _submit(dialog: QDialog) -> None:
    for name in ("save", "refer", "disregard", "create_service_request"):
        action = getattr(dialog, name, None)
        if callable(action):
            action()
            return
    raise AssertionError(f"{type(dialog).__name__}: no save action known")


@pytest.mark.parametrize("name", SERVICE_DIALOGS)
def test_every_field_the_service_reports_has_its_label(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    ctx: ServiceContext,
    data: Dataset,
    name: str,
) -> None:
    reported: list[ValidationError] = []
    show = errors.show_field_errors

    def spy(labels: dict[str, QLabel], error: ValidationError) -> None:
        reported.append(error)
        show(labels, error)

    monkeypatch.setattr(errors, "show_field_errors", spy)
    dialog = _submissions()[name](ctx, data)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _submit(dialog)

    assert reported, f"{name}: the blank submission reported no field error"
    assert isinstance(dialog, ServiceDialog)
    labels = dialog._errors
    for field, message in reported[-1].errors.items():
        assert field in labels, f"{name}: no label for the service's field {field!r}"
        label = labels[field]
        assert label.isVisible() and message in label.text()
        assert f"{field}: " not in label.text()  # the catch-all for unknown fields
        if field != GENERAL_FIELD and label.objectName() == error_label_name(field):
            buddy = label.buddy()
            assert buddy is not None and buddy.window() is dialog
