"""What's This on the fields a new case manager would not understand at a glance (issue 13 item 5).

Each view and dialog is built over the test dataset; every field listed has a What's This text
and a tooltip, and Shift+F1 then a click on the field shows its text in Qt's What's This popup.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QWhatsThis, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.gui.main_window import CONTACT, MainWindow
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.gui.views.orders_view import OrdersView
from enforcement_desktop.services import cases, contacts, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui

_Build = Callable[[ServiceContext, Dataset], QWidget]


def _contact_view(ctx: ServiceContext, data: Dataset) -> QWidget:
    view = ContactView(ctx)
    view.set_client(data.pat_id)
    return view


def _orders_view(ctx: ServiceContext, data: Dataset) -> QWidget:
    view = OrdersView(ctx)
    view.set_client(data.pat_id)
    return view


def _dialog(name: str) -> _Build:
    def build(ctx: ServiceContext, data: Dataset) -> QWidget:
        from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
        from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
            CloseBailiffDialog,
            HoldDialog,
            OutcomeDialog,
        )
        from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import (
            BailiffReferralDialog,
        )
        from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
        from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
        from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
        from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog

        case = cases.get_case(ctx, data.pat_case_id)
        lo = orders.get_order(ctx, data.pat_lo_id)
        bailiff_sr = srs.get_service_request(ctx, data.wait_sr_id)
        dialogs: dict[str, Callable[[], QDialog]] = {
            "case": lambda: CaseDialog(ctx, case),
            "new_case": lambda: NewCaseDialog(ctx, contacts.get_contact(ctx, data.pat_id)),
            "appeal": lambda: AppealDialog(ctx, [(case.id, "Case")], case.id),
            "payment": lambda: PaymentDialog(ctx, lo),
            "referral": lambda: BailiffReferralDialog(ctx, case, [lo]),
            "outcome": lambda: OutcomeDialog(ctx, bailiff_sr),
            "hold": lambda: HoldDialog(ctx, bailiff_sr),
            "close": lambda: CloseBailiffDialog(ctx, bailiff_sr),
            "wilful": lambda: WilfulRefusalDialog(ctx, case),
        }
        return dialogs[name]()

    return build


#: The fields explained, by the window that holds them.
FIELDS: dict[str, tuple[_Build, tuple[str, ...]]] = {
    "contact_view": (
        _contact_view,
        (
            "pvCheck",
            "controlMeasuresEdit",
            "jurisdictionCombo",
            "professionalBodyEdit",
            "licenceCheck",
            "passportCheck",
            "dependsCheck",
            "wilfulRefusalButton",
        ),
    ),
    "orders_view": (
        _orders_view,
        (
            "ordersTable",
            "optionsTable",
            "paymentsTable",
            "appealsTable",
            "referButton",
            "packButton",
        ),
    ),
    "case_dialog": (
        _dialog("case"),
        (
            "schemeCombo",
            "regionCombo",
            "owningTeamCombo",
            "arrearsEdit",
            "segment5Check",
            "legacyCheck",
            "monitorCheck",
            "deoDesireCombo",
            "deoDesireDateEdit",
        ),
    ),
    "new_case_dialog": (_dialog("new_case"), ("schemeCombo", "regionCombo", "owningTeamCombo")),
    "appeal_dialog": (_dialog("appeal"), ("caseCombo", "lodgedEdit", "statusCombo", "decidedEdit")),
    "payment_dialog": (_dialog("payment"), ("amountEdit", "paidOnEdit", "methodCombo")),
    "bailiff_referral_dialog": (_dialog("referral"), ("ordersTable", "checksBrowser")),
    "bailiff_outcome_dialog": (
        _dialog("outcome"),
        (
            "outcomeCombo",
            "outcomeTypeCombo",
            "outcomeDateEdit",
            "reasonCodeEdit",
            "returnCodeEdit",
            "nullaBonaCheck",
            "nullaBonaEdit",
            "finalPaymentEdit",
        ),
    ),
    "bailiff_hold_dialog": (_dialog("hold"), ("reasonEdit", "untilEdit")),
    "bailiff_close_dialog": (_dialog("close"), ("appliedRadio", "notAppliedRadio")),
    "wilful_refusal_dialog": (_dialog("wilful"), ("foundOnEdit", "evidenceEdit")),
}


def _build(qtbot: QtBot, ctx: ServiceContext, data: Dataset, window: str) -> QWidget:
    build, _fields = FIELDS[window]
    widget = build(ctx, data)
    qtbot.addWidget(widget)
    if not isinstance(widget, QDialog):
        widget.resize(1280, 800)
    widget.show()
    # Shortcuts reach the active window only, as for a user.
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


@pytest.mark.parametrize("window", FIELDS)
def test_every_less_obvious_field_says_what_it_is(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, window: str
) -> None:
    widget = _build(qtbot, ctx, data, window)
    for name in FIELDS[window][1]:
        field = widget.findChild(QWidget, name)
        assert field is not None, name
        text = field.whatsThis()
        # A sentence or two in the users' words: procedures by their names, never "seed".
        assert len(text) > 40 and text.endswith("."), (name, text)
        assert not re.search(r"\bseed", text, re.IGNORECASE), (name, text)
        assert field.toolTip(), name


def _whats_this_popup() -> QWidget | None:
    """Qt's What's This popup (a top-level QWhatsThat) when one is shown."""
    for top in QApplication.topLevelWidgets():
        if top.metaObject().className() == "QWhatsThat" and top.isVisible():
            return top
    return None


class _Asked(QObject):
    """Records the What's This requests a widget receives (and lets it answer them)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.WhatsThis:
            self.count += 1
        return False


def _shift_f1_then_click(qtbot: QtBot, field: QWidget) -> None:
    """Shift+F1 in the field's window, then a click on the field: its text pops up."""
    assert field.isVisible()
    asked = _Asked()
    field.installEventFilter(asked)
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert QWhatsThis.inWhatsThisMode()
    try:
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
        # The click asked the field itself (not a parent), which answered with its own text:
        # Qt shows the popup only for a widget whose whatsThis is not empty.
        qtbot.waitUntil(lambda: _whats_this_popup() is not None)
        assert asked.count == 1
        assert not QWhatsThis.inWhatsThisMode()
    finally:
        QWhatsThis.hideText()
        if QWhatsThis.inWhatsThisMode():
            QWhatsThis.leaveWhatsThisMode()
    field.removeEventFilter(asked)


@pytest.mark.parametrize(
    ("window", "name"),
    [
        ("case_dialog", "legacyCheck"),
        ("bailiff_outcome_dialog", "nullaBonaCheck"),
        ("bailiff_hold_dialog", "untilEdit"),
        ("payment_dialog", "amountEdit"),
    ],
)
def test_shift_f1_then_a_click_explains_a_dialog_field(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, window: str, name: str
) -> None:
    # A modal dialog blocks the main window's Help > What's This; the dialog has its own.
    dialog = _build(qtbot, ctx, data, window)
    field = dialog.findChild(QWidget, name)
    assert field is not None
    _shift_f1_then_click(qtbot, field)


def test_shift_f1_then_a_click_explains_a_contact_field(
    qtbot: QtBot, window: MainWindow, data: Dataset
) -> None:
    assert window.open_client(data.pat_id)
    window.show_view(CONTACT)
    view = window.view(CONTACT)

    def shown() -> bool:
        pv = view.findChild(QWidget, "pvCheck")
        return pv is not None and pv.isVisible()

    qtbot.waitUntil(shown)
    for name in ("pvCheck", "jurisdictionCombo"):
        field = view.findChild(QWidget, name)
        assert field is not None
        _shift_f1_then_click(qtbot, field)
