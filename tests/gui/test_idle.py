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
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from enforcement_desktop.domain.enums import SrStatus, StepOutcome
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


#: What an opener made for a dialog, by database and name: an opener may be called again on the
#: same database (``test_date_edit`` opens a dialog once per date field) and reuses it.
_MADE: dict[tuple[str, str], int] = {}


def _once(ctx: ServiceContext, name: str, make: Callable[[], int]) -> int:
    """The id ``make`` returned for ``name`` on this database, made on the first call."""
    key = (ctx.db.url, name)
    if key not in _MADE:
        _MADE[key] = make()
    return _MADE[key]


def _user(ctx: ServiceContext, login: str, name: str, team: str | None = None) -> None:
    """Add the user ``login`` unless the database has it already."""
    from enforcement_desktop.services import users

    if users.user_by_login(ctx, login) is None:
        users.add_user(ctx, login, users.UserInput(name, team=team))


def _store(ctx: ServiceContext) -> Path:
    """The document store beside the test database (as the Activity Plan keeps it)."""
    return Path(str(ctx.db.engine.url.database)).parent / "store"


def _review_lo(ctx: ServiceContext, data: Dataset, decision: str) -> QDialog:
    """A case manager's Review LO awaiting the team leader (ctx's user), as the Review LO panel
    opens the approval or rejection over it."""
    from dataclasses import replace

    from enforcement_desktop.gui.dialogs.authorisation_dialog import AuthorisationDialog, Decision
    from enforcement_desktop.services import authorisation

    def awaiting() -> int:
        _user(ctx, "cal", "Cal Example", "Enforcement Team 1")
        cal = replace(ctx, user="cal")
        arrears = srs.get_service_request(cal, data.open_sr_id)
        arrears = srs.change_status(cal, arrears.id, arrears.version, SrStatus.IN_PROGRESS)
        review = authorisation.raise_review_lo(cal, arrears.id, arrears.version)
        for step in review.steps[:7]:
            srs.update_step(cal, step.id, step.version, StepOutcome.DONE, "Checked")
        review = srs.get_service_request(cal, review.id)
        return authorisation.request_authorisation(cal, review.id, review.version).id

    review = srs.get_service_request(ctx, _once(ctx, "review_lo", awaiting))
    state = authorisation.get_review_lo_state(ctx, review.id)
    return AuthorisationDialog(ctx, review, state, Decision(decision))


def _decision(ctx: ServiceContext, data: Dataset) -> QDialog:
    """The Decide panel's decision dialog over a new Decide On Enforcement Action SR."""
    from enforcement_desktop.gui.dialogs.decision_dialog import DecisionDialog
    from enforcement_desktop.services import decide

    sr = srs.create_service_request(
        ctx, data.pat_case_id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    screen = decide.decide_screen(ctx, sr.id)
    return DecisionDialog(ctx, sr.id, screen.sr_version, screen.options)


def _reply(ctx: ServiceContext, data: Dataset) -> QDialog:
    """Reply received, for a CMEL9251 sent to an employer from the open SR."""
    from enforcement_desktop.domain.letters import LetterCode, RecipientKind
    from enforcement_desktop.gui.dialogs.reply_dialog import ReplyDialog
    from enforcement_desktop.services import letters
    from enforcement_desktop.storage.models import Letter

    sr = srs.get_service_request(ctx, data.open_sr_id)

    def send() -> int:
        letter = Letter(
            case_id=sr.case_id,
            service_request_id=sr.id,
            code=LetterCode.CMEL9251,
            recipient_kind=RecipientKind.EMPLOYER,
            recipient_name="Example Employer Ltd",
            sent_on=ctx.today(),
            sent_by=ctx.user,
        )
        with ctx.unit_of_work() as session:
            session.add(letter)
            session.flush()
            return letter.id

    letter_id = _once(ctx, "letter", send)
    (sent,) = (letter for letter in letters.list_letters(ctx, sr.id) if letter.id == letter_id)
    return ReplyDialog(ctx, sent, _store(ctx))


def _unknown_login(ctx: ServiceContext, data: Dataset) -> QDialog:
    """A login with no user record on the demo database: the list of demo users to continue as
    (the larger of its two forms)."""
    from dataclasses import replace

    from enforcement_desktop.gui.dialogs.choose_user_dialog import UnknownLoginDialog
    from enforcement_desktop.services import users

    _user(ctx, "casey", "Casey Example")
    stranger = ServiceContext(ctx.db, "stranger", clock=ctx.clock)
    return UnknownLoginDialog(replace(users.who_is_working(stranger), demo=True))


def _user_edit(ctx: ServiceContext, data: Dataset) -> QDialog:
    """Change a user, as File ▸ Users… opens it: with the offices and teams of its read."""
    from enforcement_desktop.gui.dialogs.users_dialog import UserEditDialog
    from enforcement_desktop.services import users

    screen = users.users_screen(ctx)
    return UserEditDialog(ctx, screen.users[0], screen.offices, screen.teams)


def _office_edit(ctx: ServiceContext, data: Dataset) -> QDialog:
    """Change an office, as the Users dialog's Offices tab opens it (one is added first)."""
    from enforcement_desktop.gui.dialogs.users_dialog import OfficeEditDialog
    from enforcement_desktop.services import users

    office = users.add_office(
        ctx, users.OfficeInput("CMS Enforcement Testbury", ("Fictional House",), "TE1 1ST")
    )
    return OfficeEditDialog(ctx, office)


def _arrears_letter(ctx: ServiceContext, data: Dataset) -> QDialog:
    """A letter not advised, from the Arrears letters tab of the open Arrears Review."""
    from enforcement_desktop.gui.dialogs.arrears_letter_dialog import ArrearsLetterDialog
    from enforcement_desktop.services.arrears_letters import arrears_letter_advice

    advice = arrears_letter_advice(ctx, data.open_sr_id).advice
    assert advice is not None
    return ArrearsLetterDialog(ctx, data.open_sr_id, advice, _store(ctx))


def _first_user(ctx: ServiceContext, data: Dataset) -> QDialog:
    """The first user of a database with none, as the start-up opens it."""
    from enforcement_desktop.gui.dialogs.users_dialog import UserEditDialog

    return UserEditDialog(ctx, None, first=True)


def _reassign(ctx: ServiceContext, data: Dataset) -> QDialog:
    """Reassign the open SR, as the work queue opens it: with the users and teams read."""
    from enforcement_desktop.gui.dialogs.reassign_dialog import ReassignDialog
    from enforcement_desktop.services import users

    _user(ctx, "casey", "Casey Example", "Other Team")
    screen = users.users_screen(ctx)
    sr = srs.get_service_request(ctx, data.open_sr_id)
    return ReassignDialog(ctx, sr, screen.users, screen.teams)


def _preferences(ctx: ServiceContext, data: Dataset, store: QSettings) -> QDialog:
    """File ▸ Preferences…, built as the main window builds it."""
    from enforcement_desktop.config import Settings
    from enforcement_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
    from enforcement_desktop.gui.preferences import Preferences, WindowChoices

    settings = Settings(db_url=ctx.db.url, demo=False, user=ctx.user)
    return PreferencesDialog(settings, Preferences(ctx.db.url, store), WindowChoices(store))


def _passphrase(ctx: ServiceContext, data: Dataset) -> QDialog:
    """The passphrase of an encrypted pack, shown once after the pack is built."""
    from enforcement_desktop.documents.encrypted_zip import generate_passphrase
    from enforcement_desktop.gui.dialogs.passphrase_dialog import PassphraseDialog

    return PassphraseDialog(generate_passphrase(), _store(ctx) / "bailiff_pack_121000000002.zip")


def _legacy_action(ctx: ServiceContext, data: Dataset) -> QDialog:
    """Record legacy action, opened from the Enforcement Orders view on a CSA LO of Pat's case."""
    from enforcement_desktop.domain.enums import OrderOrigin
    from enforcement_desktop.gui.dialogs.legacy_action_dialog import LegacyActionDialog
    from tests.services.builders import make_lo

    csa_lo = _once(
        ctx, "csa_lo", lambda: make_lo(ctx, data.pat_case_id, "CSA/LO/7", origin=OrderOrigin.CSA)
    )
    return LegacyActionDialog(ctx, orders.get_order(ctx, csa_lo))


def _dialog_name(key: str) -> str:
    """The class an opener makes: its key up to a form's name in brackets."""
    return key.split(" (", 1)[0]


def dialog_openers() -> dict[str, _Opener]:
    """How the app opens each dialog, keyed by class name; a dialog with two forms (a first user
    and a user being changed) has one opener per form, as ``"Name (form)"``."""
    # Imported here so the module list below is the one discovered at collection.
    from enforcement_desktop.gui.dialogs.address_dialog import AddressDialog
    from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
    from enforcement_desktop.gui.dialogs.arrears_dialogs import DotOutcomeDialog, RdoScheduleDialog
    from enforcement_desktop.gui.dialogs.bailiff_dialogs import (
        CloseBailiffDialog,
        HoldDialog,
        OutcomeDialog,
    )
    from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog
    from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import BailiffReferralDialog
    from enforcement_desktop.gui.dialogs.batch_preview_dialog import BatchPreviewDialog
    from enforcement_desktop.gui.dialogs.case_dialog import CaseDialog
    from enforcement_desktop.gui.dialogs.disregard_dialog import DisregardDialog
    from enforcement_desktop.gui.dialogs.letter_dialog import LetterDialog
    from enforcement_desktop.gui.dialogs.maintenance_dialog import MaintenanceDialog
    from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
    from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
    from enforcement_desktop.gui.dialogs.new_service_request_dialog import (
        NewServiceRequestDialog,
    )
    from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
    from enforcement_desktop.gui.dialogs.pack_sent_dialog import RecordPackSentDialog
    from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
    from enforcement_desktop.gui.dialogs.reminder_dialog import ReminderDialog
    from enforcement_desktop.gui.dialogs.users_dialog import OfficeEditDialog, UsersDialog
    from enforcement_desktop.gui.dialogs.vehicle_dialog import VehicleDialog
    from enforcement_desktop.gui.dialogs.wilful_refusal_dialog import WilfulRefusalDialog
    from enforcement_desktop.services.arrears import RdoState

    return {
        "AddressDialog": lambda ctx, data, _s: AddressDialog(ctx, data.pat_id),
        "AppealDialog": lambda ctx, data, _s: AppealDialog(
            ctx, [(data.pat_case_id, "Case")], data.pat_case_id
        ),
        "AuthorisationDialog (approve)": lambda ctx, data, _s: _review_lo(ctx, data, "approve"),
        "AuthorisationDialog (reject)": lambda ctx, data, _s: _review_lo(ctx, data, "reject"),
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
        # Bailiff ▸ Build all packs: Sam's client listed with what stops the pack.
        "BatchPreviewDialog": lambda ctx, _data, _s: BatchPreviewDialog(ctx),
        "CaseDialog": lambda ctx, data, _s: CaseDialog(ctx, _case(ctx, data)),
        "DecisionDialog": lambda ctx, data, _s: _decision(ctx, data),
        "DisregardDialog": lambda ctx, data, _s: DisregardDialog(
            ctx, assets.get_asset(ctx, data.pat_asset_id)
        ),
        "DotOutcomeDialog": lambda ctx, data, _s: DotOutcomeDialog(
            ctx, data.open_sr_id, srs.get_service_request(ctx, data.open_sr_id).version
        ),
        "LegacyActionDialog": lambda ctx, data, _s: _legacy_action(ctx, data),
        "LetterDialog": lambda ctx, data, _s: LetterDialog(
            ctx, data.open_sr_id, f"Service request {data.open_sr_id}", _store(ctx)
        ),
        "NewCaseDialog": lambda ctx, data, _s: NewCaseDialog(
            ctx, contacts.get_contact(ctx, data.pat_id)
        ),
        "NewClientDialog": lambda ctx, _data, _s: NewClientDialog(ctx),
        "NewServiceRequestDialog": lambda ctx, data, _s: NewServiceRequestDialog(ctx, data.sam_id),
        "OrderDialog": lambda ctx, data, _s: OrderDialog(
            ctx, data.pat_case_id, _lo(ctx, data), [_lo(ctx, data)]
        ),
        "OfficeEditDialog (add)": lambda ctx, _data, _s: OfficeEditDialog(ctx, None),
        "OfficeEditDialog (change)": lambda ctx, data, _s: _office_edit(ctx, data),
        "PassphraseDialog": lambda ctx, data, _s: _passphrase(ctx, data),
        "ArrearsLetterDialog": lambda ctx, data, _s: _arrears_letter(ctx, data),
        "MaintenanceDialog": lambda ctx, data, _s: MaintenanceDialog(ctx, data.pat_case_id),
        "PaymentDialog": lambda ctx, data, _s: PaymentDialog(ctx, _lo(ctx, data)),
        "PreferencesDialog": _preferences,
        "RdoScheduleDialog": lambda ctx, data, _s: RdoScheduleDialog(
            ctx, RdoState(data.pat_lo_id, 1, "RDO/2026/0042", (), None)
        ),
        "ReassignDialog": lambda ctx, data, _s: _reassign(ctx, data),
        # From the Bailiff SR's panel: the client's SRs the pack may be recorded against.
        "RecordPackSentDialog": lambda ctx, data, _s: RecordPackSentDialog(
            ctx, _bailiff_sr(ctx, data).client_scin or ""
        ),
        "ReminderDialog": lambda ctx, data, _s: ReminderDialog(
            ctx, data.open_sr_id, f"<b>Service request {data.open_sr_id}</b> — Arrears"
        ),
        "ReplyDialog": lambda ctx, data, _s: _reply(ctx, data),
        "UnknownLoginDialog": lambda ctx, data, _s: _unknown_login(ctx, data),
        "UserEditDialog (change)": lambda ctx, data, _s: _user_edit(ctx, data),
        "UserEditDialog (first user)": lambda ctx, data, _s: _first_user(ctx, data),
        "UsersDialog": lambda ctx, _data, _s: UsersDialog(ctx),
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
#: Each form of each dialog, as opened by :func:`dialog_openers`; a dialog with no opener yet
#: is listed too, so its test fails asking for one.
DIALOG_FORMS = sorted(
    set(dialog_openers()) | (set(DIALOGS) - {_dialog_name(key) for key in dialog_openers()})
)
#: Dialogs with no field a service checks (a list read, a message, a passphrase): nothing to
#: show an error under, so they are watched as opened only.
WITHOUT_FIELDS = {"BatchPreviewDialog", "PassphraseDialog", "UnknownLoginDialog", "UsersDialog"}
DIALOG_CASES = [
    pytest.param(name, with_errors, id=f"{name}-{label}")
    for name in DIALOG_FORMS
    for with_errors, label in ((False, "as_opened"), (True, "field_errors"))
    if not with_errors or _dialog_name(name) not in WITHOUT_FIELDS
]


def test_every_dialog_is_watched() -> None:
    """A new dialog needs an opener above, so it cannot be left out of the idle tests."""
    assert DIALOGS, "no dialogs discovered"
    assert {_dialog_name(key) for key in dialog_openers()} == set(DIALOGS)
    assert set(DIALOGS) >= WITHOUT_FIELDS


def _open(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, qsettings: QSettings, name: str
) -> QDialog:
    opener = dialog_openers().get(name)
    assert opener is not None, f"add an opener for {name} to dialog_openers"
    dialog = opener(ctx, data, qsettings)
    assert type(dialog).__name__ == _dialog_name(name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("name", sorted(WITHOUT_FIELDS))
def test_a_dialog_watched_only_as_opened_has_no_error_label(
    qtbot: QtBot, ctx: ServiceContext, data: Dataset, qsettings: QSettings, name: str
) -> None:
    """Those left out of the field-error case really have no error label to fill."""
    dialog = _open(qtbot, ctx, data, qsettings, name)
    assert not getattr(dialog, "_errors", None)
    assert not [
        label.objectName()
        for label in dialog.findChildren(QLabel)
        if label.objectName().endswith("Error")
    ]


@pytest.mark.parametrize(("name", "with_errors"), DIALOG_CASES)
def test_a_dialog_at_rest_neither_paints_nor_lays_out(
    qtbot: QtBot,
    ctx: ServiceContext,
    data: Dataset,
    qsettings: QSettings,
    name: str,
    with_errors: bool,
) -> None:
    dialog = _open(qtbot, ctx, data, qsettings, name)
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
