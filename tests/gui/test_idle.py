"""A dialog or view at rest does no work: no repaint and no relayout while nobody touches it.

Each dialog of ``gui/dialogs`` and each view of the main window is opened over the test
dataset, once as opened and once showing field errors, left to settle, then watched for
:data:`IDLE_MS` of event processing. An endless repaint (a wrapped label refitted from every
paint, which asked for a new layout, which painted again) kept a core busy and, with PySide6
6.12.0, ended the process with ``Fatal Python error: none_dealloc``.

What is allowed at rest: nothing. The one legitimate periodic repaint in these windows is the
text caret blinking in the focused input; the tests turn the blink off (a cursor flash time of
0, as a user may set on their desktop) rather than move the focus, so the field the error
message focuses stays focused as it would for the user.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.gui import dialogs
from enforcement_desktop.gui.errors import GENERAL_FIELD, show_field_errors
from enforcement_desktop.gui.main_window import (
    ACTIVITY_PLAN,
    ASSETS,
    CONTACT,
    DIARY,
    HISTORY,
    ORDERS,
    VIEWS,
    WORK_QUEUE,
    MainWindow,
)
from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView
from enforcement_desktop.gui.views.asset_view import AssetView
from enforcement_desktop.gui.views.contact_view import ContactView
from enforcement_desktop.services import assets, cases, contacts, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.gui.dataset import Dataset

pytestmark = pytest.mark.gui

#: How long a window is watched at rest (milliseconds).
IDLE_MS = 2000
#: Settling: a window is at rest once this long passes without a paint or layout request...
QUIET_MS = 100
#: ...or, if that never happens, after this long (the measurement then shows it).
SETTLE_LIMIT_MS = 3000
#: A message long enough to wrap under any field, so the labels are fitted to several lines.
LONG_MESSAGE = "This message is long enough to wrap onto several lines under a narrow field. " * 2

_WATCHED = (QEvent.Type.Paint, QEvent.Type.LayoutRequest)


class _EventCounter(QObject):
    """Counts paints and layout requests sent to ``top`` or any widget inside it."""

    def __init__(self, top: QWidget) -> None:
        super().__init__()
        self.top = top
        self.seen: Counter[str] = Counter()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _WATCHED
            and isinstance(watched, QWidget)
            and (watched is self.top or self.top.isAncestorOf(watched))
        ):
            name = watched.objectName() or type(watched).__name__
            self.seen[f"{event.type().name} {type(watched).__name__} {name}"] += 1
        return False

    def total(self) -> int:
        return sum(self.seen.values())


@pytest.fixture(autouse=True)
def _no_caret_blink(qapp: QApplication) -> Iterator[None]:
    hints = QGuiApplication.styleHints()
    before = hints.cursorFlashTime()
    hints.setCursorFlashTime(0)
    yield
    hints.setCursorFlashTime(before)


def _events_at_rest(qtbot: QtBot, top: QWidget) -> Counter[str]:
    """Let ``top`` settle, then count its paints and layout requests over :data:`IDLE_MS`."""
    app = QApplication.instance()
    assert app is not None
    counter = _EventCounter(top)
    app.installEventFilter(counter)
    try:
        clock = QElapsedTimer()
        clock.start()
        while clock.elapsed() < SETTLE_LIMIT_MS:
            before = counter.total()
            qtbot.wait(QUIET_MS)
            if counter.total() == before:
                break
        counter.seen.clear()
        qtbot.wait(IDLE_MS)
        return counter.seen
    finally:
        app.removeEventFilter(counter)


def _show_every_field_error(labels: dict[str, QLabel]) -> None:
    """Show a long message under every field, as a service's ValidationError would."""
    fields = {field: LONG_MESSAGE for field in labels if field != GENERAL_FIELD}
    show_field_errors(labels, ValidationError(fields or {GENERAL_FIELD: LONG_MESSAGE}))
    assert any(label.isVisible() for label in labels.values())


# --------------------------------------------------------------------------- dialogs

_Opener = Callable[[ServiceContext, Dataset, QSettings], QDialog]


def _case(ctx: ServiceContext, data: Dataset) -> cases.CaseDTO:
    return cases.get_case(ctx, data.pat_case_id)


def _lo(ctx: ServiceContext, data: Dataset) -> orders.OrderDTO:
    return orders.get_order(ctx, data.pat_lo_id)


def _bailiff_sr(ctx: ServiceContext, data: Dataset) -> srs.ServiceRequestDTO:
    return srs.get_service_request(ctx, data.wait_sr_id)


def dialog_openers() -> dict[str, _Opener]:
    # Imported here so the module list below is the one discovered at collection.
    from enforcement_desktop.gui.dialogs.address_dialog import AddressDialog
    from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
    from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
        CloseBailiffDialog,
        HoldDialog,
        OutcomeDialog,
    )
    from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
    from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import BailiffReferralDialog
    from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
    from enforcement_desktop.gui.dialogs.disregard_dialog import DisregardDialog
    from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
    from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
    from enforcement_desktop.gui.dialogs.new_service_request_dialog import (
        NewServiceRequestDialog,
    )
    from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
    from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
    from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
    from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog

    return {
        "AddressDialog": lambda ctx, data, _s: AddressDialog(ctx, data.pat_id),
        "AppealDialog": lambda ctx, data, _s: AppealDialog(
            ctx, [(data.pat_case_id, "Case")], data.pat_case_id
        ),
        "HoldDialog": lambda ctx, data, _s: HoldDialog(ctx, _bailiff_sr(ctx, data)),
        "OutcomeDialog": lambda ctx, data, _s: OutcomeDialog(ctx, _bailiff_sr(ctx, data)),
        "CloseBailiffDialog": lambda ctx, data, _s: CloseBailiffDialog(ctx, _bailiff_sr(ctx, data)),
        # Sam's Bailiff SR is not ready: the dialog shows why, in its wrapped labels.
        "BailiffPackDialog": lambda ctx, data, store: BailiffPackDialog(
            ctx, contacts.get_contact(ctx, data.sam_id).scin or "", settings=store
        ),
        "BailiffReferralDialog": lambda ctx, data, _s: BailiffReferralDialog(
            ctx, _case(ctx, data), [_lo(ctx, data)]
        ),
        "CaseDialog": lambda ctx, data, _s: CaseDialog(ctx, _case(ctx, data)),
        "DisregardDialog": lambda ctx, data, _s: DisregardDialog(
            ctx, assets.get_asset(ctx, data.pat_asset_id)
        ),
        "NewCaseDialog": lambda ctx, data, _s: NewCaseDialog(
            ctx, contacts.get_contact(ctx, data.pat_id)
        ),
        "NewClientDialog": lambda ctx, _data, _s: NewClientDialog(ctx),
        "NewServiceRequestDialog": lambda ctx, data, _s: NewServiceRequestDialog(ctx, data.sam_id),
        "OrderDialog": lambda ctx, data, _s: OrderDialog(
            ctx, data.pat_case_id, _lo(ctx, data), [_lo(ctx, data)]
        ),
        "PaymentDialog": lambda ctx, data, _s: PaymentDialog(ctx, _lo(ctx, data)),
        "VehicleDialog": lambda ctx, data, _s: VehicleDialog(ctx, data.pat_id),
        "WilfulRefusalDialog": lambda ctx, data, _s: WilfulRefusalDialog(ctx, _case(ctx, data)),
    }


def _discover_dialogs() -> list[str]:
    """Every dialog class of ``gui/dialogs`` (not the shared bases in ``base.py``, nor ``_X``)."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(dialogs.__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{dialogs.__name__}.{info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            ours = cls.__module__ == module.__name__ and not name.startswith("_")
            if ours and issubclass(cls, QDialog):
                found.add(name)
    return sorted(found)


DIALOGS = _discover_dialogs()


def test_every_dialog_is_watched() -> None:
    """A new dialog needs an opener above, so it cannot be left out of the idle tests."""
    assert DIALOGS, "no dialogs discovered"
    assert set(dialog_openers()) == set(DIALOGS)


@pytest.mark.parametrize("with_errors", [False, True], ids=["as_opened", "field_errors"])
@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_at_rest_neither_paints_nor_lays_out(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    qsettings: QSettings,
    name: str,
    with_errors: bool,
) -> None:
    opener = dialog_openers().get(name)
    assert opener is not None, f"add an opener for {name} to dialog_openers"
    dialog = opener(ctx, data, qsettings)
    assert type(dialog).__name__ == name
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if with_errors:
        labels = getattr(dialog, "_errors", None)
        assert labels, f"{name} has no field error labels"
        _show_every_field_error(labels)
    assert _events_at_rest(qtbot, dialog) == Counter()


# --------------------------------------------------------------------------- views


def _contact_errors(qtbot: QtBot, window: MainWindow, data: Dataset) -> None:
    view = window.view(CONTACT)
    assert isinstance(view, ContactView)
    view.start_editing()
    for edit in (view.ui.firstNameEdit, view.ui.lastNameEdit):
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert view.save() is False
    assert view.ui.firstNameError.isVisible()


def _asset_errors(qtbot: QtBot, window: MainWindow, data: Dataset) -> None:
    view = window.view(ASSETS)
    assert isinstance(view, AssetView)
    view.start_new()
    qtbot.keyClicks(view.ui.descriptionEdit, "Something")
    assert view.save() is False
    assert view.ui.typeError.isVisible()


def _activity_plan_errors(qtbot: QtBot, window: MainWindow, data: Dataset) -> None:
    view = window.view(ACTIVITY_PLAN)
    assert isinstance(view, ActivityPlanView)
    view.show_service_request(data.open_sr_id)
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData(SrStatus.WAIT))
    view.ui.waitDateEdit.clear_value()
    assert view.apply_status() is False
    assert view.ui.waitDateError.isVisible()


#: How each view is made to show a field error; None: the view has no field of its own (its
#: edits happen in dialogs, tested above).
VIEW_ERRORS: dict[int, Callable[[QtBot, MainWindow, Dataset], None] | None] = {
    WORK_QUEUE: None,
    CONTACT: _contact_errors,
    ASSETS: _asset_errors,
    ORDERS: None,
    ACTIVITY_PLAN: _activity_plan_errors,
    DIARY: None,
    HISTORY: None,
}
VIEW_CASES = [
    pytest.param(index, with_errors, id=f"{VIEWS[index].key}-{label}")
    for index in range(len(VIEWS))
    for with_errors, label in ((False, "as_opened"), (True, "field_errors"))
    if not with_errors or VIEW_ERRORS.get(index) is not None
]


def test_every_view_is_watched() -> None:
    assert set(VIEW_ERRORS) == set(range(len(VIEWS)))


@pytest.mark.parametrize(("index", "with_errors"), VIEW_CASES)
def test_a_view_at_rest_neither_paints_nor_lays_out(
    window: MainWindow, data: Dataset, qtbot: QtBot, index: int, with_errors: bool
) -> None:
    assert window.open_client(data.pat_id)
    assert window.show_view(index)
    show_errors = VIEW_ERRORS[index]
    if with_errors:
        assert show_errors is not None
        show_errors(qtbot, window, data)
    assert _events_at_rest(qtbot, window) == Counter()
