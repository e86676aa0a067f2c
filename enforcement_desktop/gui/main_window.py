"""The main window: navigation between the views, the current client, search, actions.

It opens on Qt and SQLAlchemy Core alone: search works at once, while the ORM, the services and
the first view load just after the first paint (see :mod:`enforcement_desktop.gui.preload`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWhatsThis, QWidget

from enforcement_desktop.config import Settings
from enforcement_desktop.domain.errors import DomainError, NotFoundError
from enforcement_desktop.gui.current_user import CurrentUser
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_main_window import Ui_MainWindow
from enforcement_desktop.gui.operations import Lane, Operation, runner_for
from enforcement_desktop.gui.preload import Preloader
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets.client_banner import ClientBanner, demo_strip
from enforcement_desktop.gui.widgets.overdue_label import OverdueLabel
from enforcement_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from enforcement_desktop.gui.file_actions import FileActions
    from enforcement_desktop.gui.help import HelpWindow
    from enforcement_desktop.gui.search_popup import ClientSearchPopup
    from enforcement_desktop.services.changes import Changes
    from enforcement_desktop.services.contacts import ContactDTO
    from enforcement_desktop.services.screens import ClientScreen
    from enforcement_desktop.services.search import ClientHit

#: Milliseconds between the last key typed in the search box and the search.
SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 25
_VIEWS_PACKAGE = "enforcement_desktop.gui.views."


@runtime_checkable
class _QueueLike(Protocol):
    def selected_contact_id(self) -> int | None: ...


# Each loader imports its view's module inside the function: start-up stays lazy (a view's module
# loads when the view is first shown), while the import is still a plain, named import that type
# checkers and import graphs see, unlike a module name in a string.


def _work_queue_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.work_queue_view import WorkQueueView

    return WorkQueueView


def _contact_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.contact_view import ContactView

    return ContactView


def _asset_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.asset_view import AssetView

    return AssetView


def _orders_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.orders_view import OrdersView

    return OrdersView


def _activity_plan_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.activity_plan_view import ActivityPlanView

    return ActivityPlanView


def _diary_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.diary_view import DiaryView

    return DiaryView


def _history_view() -> type[ClientView]:
    from enforcement_desktop.gui.views.history_view import HistoryView

    return HistoryView


@dataclass(frozen=True)
class ViewSpec:
    """One view of the navigation.

    Attributes:
        key: Its name in the settings (last view, saved column widths).
        title: What the navigation shows.
        load: Imports the view's module and returns its class, taking ``(ctx, parent)``.
        shows: The tables whose rows the view shows: it reloads after a write that changed one
            of them (see :class:`services.changes.Changes`), and only then.
    """

    key: str
    title: str
    load: Callable[[], type[ClientView]]
    shows: frozenset[str]


_CLIENT = frozenset({"contact", "address", "vehicle", "enforcement_case", "case_receiving_parent"})
_ORDERS = frozenset({"enforcement_order", "order_payment", "court", "appeal"})
_ASSETS = frozenset({"asset", "service_request_asset"})
_SRS = frozenset({"service_request", "activity_step", "enforce_form", "document"})


#: The views, in navigation order; each module is imported when its view is first shown.
VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("work_queue", "Work Queue", _work_queue_view, _SRS | _CLIENT),
    ViewSpec("contact", "Contact", _contact_view, _CLIENT | _ASSETS | _ORDERS | _SRS | {"note"}),
    ViewSpec("assets", "Assets", _asset_view, _CLIENT | _ASSETS | {"service_request"}),
    # The enforcement options weigh the client's addresses, vehicles, assets and Nulla Bonas.
    ViewSpec("orders", "Enforcement Orders", _orders_view, _CLIENT | _ORDERS | _ASSETS | _SRS),
    ViewSpec(
        "activity_plan",
        "Activity Plan",
        _activity_plan_view,
        _CLIENT | _ASSETS | _ORDERS | _SRS | {"note"},
    ),
    # Reminders, the SRs' waits, the cases' DEO/DER flags and arrears, the clients' names.
    ViewSpec("diary", "Diary", _diary_view, _CLIENT | _SRS | {"reminder", "app_user"}),
    # Every audit event, note and document of the client: any write may add to it.
    ViewSpec(
        "history",
        "History",
        _history_view,
        _CLIENT | _ASSETS | _ORDERS | _SRS | {"note", "audit_event", "app_user"},
    ),
)
WORK_QUEUE, CONTACT, ASSETS, ORDERS, ACTIVITY_PLAN, DIARY, HISTORY = range(len(VIEWS))


class MainWindow(QMainWindow):
    """Work Queue, Contact, Assets, Enforcement Orders and Activity Plan around one client.

    Args:
        ctx: The services' context (database, user, clock).
        settings: What the application was started with (database shown, demo marker).
        qsettings: Where window geometry and the last view are kept (default: the user's
            QSettings for the application).
    """

    def __init__(
        self,
        ctx: ServiceContext,
        settings: Settings,
        qsettings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.qsettings = qsettings if qsettings is not None else QSettings()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.banner = ClientBanner(self.ui, self)
        if settings.demo:
            self.ui.centralLayout.insertWidget(0, demo_strip(self))
        self.contact_id: int | None = None
        self.client: ContactDTO | None = None
        #: Everything the client views show of the current client, read in one go.
        self.client_screen: ClientScreen | None = None
        #: Something was saved since ``screen`` was read (a new one is on its way).
        self._screen_outdated = False
        self.runner = runner_for(ctx)
        #: Tables changed by the operations since a view last said it saved something.
        self._changed_tables: set[str] = set()
        self.runner.changed.connect(self._changes_made)
        self.preloader = Preloader()
        self._awaiting_expose = False
        #: The view restored from the last session, created once the preloading ends.
        self._start_view = WORK_QUEUE
        self.last_status = ""
        self._views: dict[int, QWidget] = {}
        #: The client each created view was last given (views get the client when shown).
        self._view_client: dict[int, int | None] = {}
        self._stale: set[int] = set()
        self._search_generation = 0
        self._file_actions: FileActions | None = None
        self._help_window: HelpWindow | None = None
        #: Preferences asked to forget the window layout: it is not saved again at close.
        self._layout_forgotten = False

        title = f"Enforcement Desktop — {settings.db_display}"
        self.setWindowTitle(f"{title} [DEMO]" if settings.demo else title)
        self._setup_actions()
        self._setup_status_bar()
        #: Who is working: the status bar's user and the Users… action (read once started).
        self.current_user = CurrentUser(
            self, ctx, self.user_label, self.ui.menuFile, self.ui.actionPreferences
        )
        self.current_user.login_changed.connect(self._login_changed)
        self.current_user.login_changed.connect(lambda _login: self.overdue_label.refresh())
        self._setup_search()
        for _ in VIEWS:
            self.ui.viewStack.addWidget(QWidget())
        self.ui.navList.currentRowChanged.connect(self._nav_row_changed)
        # Wide enough for the longest view name, so a wide view cannot squeeze it to "Enforc…".
        metrics = self.ui.navList.fontMetrics()
        self.ui.navList.setMinimumWidth(
            max(metrics.horizontalAdvance(spec.title) for spec in VIEWS)
            + 3 * metrics.averageCharWidth()
        )
        self.ui.mainSplitter.setStretchFactor(0, 0)
        self.ui.mainSplitter.setStretchFactor(1, 1)
        self.ui.mainSplitter.setSizes([170, 1100])
        self._forget_client()
        self._restore_state()

    # ----------------------------------------------------------------- set-up

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.actionSave.setShortcuts(QKeySequence.StandardKey.Save)
        ui.actionNewServiceRequest.setShortcut(QKeySequence("Ctrl+N"))
        ui.actionNewClient.setShortcut(QKeySequence("Ctrl+Shift+N"))
        ui.actionRefresh.setShortcuts(
            [QKeySequence("F5"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Refresh)]
        )
        # Ctrl+W and Ctrl+Q first on every platform, then whatever the platform adds.
        ui.actionCloseClient.setShortcuts(_keys("Ctrl+W", QKeySequence.StandardKey.Close))
        ui.actionQuit.setShortcuts(_keys("Ctrl+Q", QKeySequence.StandardKey.Quit))
        ui.actionQuit.setMenuRole(ui.actionQuit.MenuRole.QuitRole)
        ui.actionFind.setShortcuts(QKeySequence.StandardKey.Find)
        ui.actionAbout.setMenuRole(ui.actionAbout.MenuRole.AboutRole)
        ui.actionPreferences.setShortcuts(QKeySequence.StandardKey.Preferences)
        ui.actionPreferences.setMenuRole(ui.actionPreferences.MenuRole.PreferencesRole)
        ui.actionHelpContents.setShortcuts(QKeySequence.StandardKey.HelpContents)
        # Shift+F1, then a click on a field: what it is for (the fields that need it say).
        what_is_this = QWhatsThis.createAction(self)
        what_is_this.setObjectName("actionWhatsThis")
        ui.menuHelp.insertAction(ui.actionAbout, what_is_this)
        go_actions = (
            ui.actionGoWorkQueue,
            ui.actionGoContact,
            ui.actionGoAssets,
            ui.actionGoOrders,
            ui.actionGoActivityPlan,
            ui.actionGoDiary,
            ui.actionGoHistory,
        )
        for index, action in enumerate(go_actions):
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.show_view(i))
        for action in (
            *go_actions,
            ui.actionFind,
            ui.actionQuit,
            ui.actionAbout,
            ui.actionHelpContents,
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut and action.toolTip() == action.text().replace("&", ""):
                action.setToolTip(f"{action.toolTip()} ({shortcut})")
        for action in (
            ui.actionNewClient,
            ui.actionNewServiceRequest,
            ui.actionSave,
            ui.actionRefresh,
            ui.actionCloseClient,
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if shortcut:
                action.setToolTip(f"{action.toolTip()} ({shortcut})")
        ui.actionSave.triggered.connect(self.save_current)
        ui.actionNewServiceRequest.triggered.connect(self.new_service_request)
        ui.actionNewClient.triggered.connect(self.new_client)
        ui.actionNewCase.triggered.connect(self.new_case)
        ui.actionRefresh.triggered.connect(self.refresh_current)
        ui.actionCloseClient.triggered.connect(self.close_client)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionAbout.triggered.connect(self.show_about)
        ui.actionBuildAllPacks.triggered.connect(self.build_all_packs)
        ui.actionBackup.triggered.connect(self.back_up_database)
        ui.actionExportClient.triggered.connect(self.export_client)
        ui.actionImportCaseFile.triggered.connect(self.import_case_file)
        ui.actionPreferences.triggered.connect(self.show_preferences)
        ui.actionHelpContents.triggered.connect(self.show_help)
        # Actions in the menu bar and tool bar work from anywhere in the window.
        self.addActions([ui.actionFind, ui.actionHelpContents, *go_actions])

    def _setup_status_bar(self) -> None:
        self.db_label = QLabel(f"Database: {self.settings.db_display}")
        self.db_label.setToolTip(self.settings.db_display)
        self.user_label = QLabel(f"User: {self.ctx.user}")
        if self.settings.demo:
            self.db_label.setText(f"DEMO database: {self.settings.db_display}")
        self.ui.statusBar.addPermanentWidget(self.db_label)
        self.ui.statusBar.addPermanentWidget(self.user_label)
        #: "3 overdue": the user's reminders past their date (read once started).
        self.overdue_label = OverdueLabel(self.ctx, self)
        self.overdue_label.open_diary.connect(lambda: self.show_view(DIARY))
        self.ui.statusBar.addPermanentWidget(self.overdue_label)

    def _setup_search(self) -> None:
        self._search_popup: ClientSearchPopup | None = None
        # Searches run on the runner's search lane: never behind a client being opened, a save
        # or the preloading (only the work queue's reads share it, and those skip their query
        # once a newer filter has made them useless).
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textEdited.connect(self._search_text_edited)
        self.ui.searchEdit.returnPressed.connect(self._search_return_pressed)
        self.ui.searchEdit.installEventFilter(self)

    # ----------------------------------------------------------------- status

    def show_status(self, message: str) -> None:
        """Say how the last action went (status bar)."""
        self.last_status = message
        self.ui.statusBar.showMessage(message)

    # ----------------------------------------------------------------- views

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The views' modules load in the background once the window is on screen (its native
        # window exposed, so painted): imports on another thread hold the GIL, and begun at
        # show() they delayed the first paint.
        handle = self.windowHandle()
        if self.preloader.started or self._awaiting_expose:
            return
        if handle is None or handle.isExposed():
            self._start_preloading()
        else:
            self._awaiting_expose = True
            handle.installEventFilter(self)

    def _start_preloading(self) -> None:
        QTimer.singleShot(0, lambda: self.preloader.start(self._finish_start, owner=self))

    @property
    def started(self) -> bool:
        """True once the preloading has ended and the view shown at start-up exists."""
        return self.preloader.done and self.current_index() in self._views

    def _finish_start(self) -> None:
        """Create the view restored from the last session, unless the user went elsewhere."""
        if self._start_view not in self._views and self.current_index() == self._start_view:
            self.show_view(self._start_view)
        self.current_user.read()
        self.overdue_label.start()

    def _login_changed(self, _login: str) -> None:
        # The views that show the user's own work (the work queue) read it again.
        for view in self._views.values():
            changed = getattr(view, "user_changed", None)
            if callable(changed):
                changed()

    def view(self, index: int) -> QWidget:
        """The view at ``index``, created (and its module imported) on first use."""
        existing = self._views.get(index)
        if existing is not None:
            return existing
        self.preloader.wait()
        spec = VIEWS[index]
        widget = self._create_view(spec)
        self._set_page(index, widget)
        self._views[index] = widget
        if isinstance(widget, ClientView):
            widget.status_message.connect(self.show_status)
            widget.open_service_request.connect(self.open_service_request)
            widget.open_client.connect(self.open_client)
            widget.data_changed.connect(lambda i=index: self._data_changed(i))
            open_view = getattr(widget, "open_view", None)
            if open_view is not None:  # a view that links to others (History)
                open_view.connect(self.show_view_by_key)
        restore = getattr(widget, "restore_ui_state", None)
        if restore is not None:
            restore(self.qsettings, f"views/{spec.key}")
        return widget

    def _set_page(self, index: int, widget: QWidget) -> None:
        """Put ``widget`` at ``index`` of the view stack in place of the page there."""
        stack = self.ui.viewStack
        placeholder = stack.widget(index)
        stack.insertWidget(index, widget)
        if placeholder is not None:
            stack.removeWidget(placeholder)
            placeholder.deleteLater()

    def _create_view(self, spec: ViewSpec) -> QWidget:
        try:
            cls = spec.load()
        except ModuleNotFoundError as exc:
            # Only a view module left out of the build; a missing dependency is a real error.
            if not (exc.name or "").startswith(_VIEWS_PACKAGE):
                raise
            label = QLabel(f"The {spec.title} view is not available in this build.")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName(f"{spec.key}_not_available")
            return label
        view = cls(self.ctx, self)
        view.setObjectName(f"{spec.key}_view")
        return view

    def current_index(self) -> int:
        return self.ui.viewStack.currentIndex()

    def current_view(self) -> QWidget:
        return self.view(self.current_index())

    def _client_view(self, index: int) -> ClientView | None:
        widget = self._views.get(index)
        return widget if isinstance(widget, ClientView) else None

    def show_view(self, index: int) -> bool:
        """Go to a view, asking first if the one being left has unsaved changes."""
        if index == self.current_index() and index in self._views:
            self._sync_view(index)
            self._select_nav(index)
            return True
        if index != self.current_index() and not self.confirm_leave():
            self._select_nav(self.current_index())
            return False
        widget = self.view(index)
        self._sync_view(index)
        self.ui.viewStack.setCurrentWidget(widget)
        self._select_nav(index)
        return True

    def show_view_by_key(self, key: str) -> bool:
        """Go to the view with this key (``ViewSpec.key``); False when none has it."""
        index = next((i for i, spec in enumerate(VIEWS) if spec.key == key), None)
        return index is not None and self.show_view(index)

    def _sync_view(self, index: int) -> None:
        """Give a view the current client, or reload it if another view changed the data."""
        view = self._client_view(index)
        if view is None:
            return
        screen = self._current_screen()
        if view.uses_screen and self.contact_id is not None and screen is None:
            # The screen for this client is being read: the view gets it when it comes.
            return
        if self._view_client.get(index, -1) != self.contact_id or index in self._stale:
            self._view_client[index] = self.contact_id
            self._stale.discard(index)
            if screen is not None:
                self._guard(lambda: view.open_screen(screen))
            elif self._view_client.get(index, -1) != self.contact_id:
                self._guard(lambda: view.set_client(self.contact_id))
            else:
                self._guard(view.refresh)

    def _current_screen(self) -> ClientScreen | None:
        """The read model of the current client, unless it is outdated or someone else's."""
        screen = self.client_screen
        if screen is None or self._screen_outdated or screen.contact.id != self.contact_id:
            return None
        return screen

    def _select_nav(self, index: int) -> None:
        nav = self.ui.navList
        if nav.currentRow() != index:
            nav.blockSignals(True)
            nav.setCurrentRow(index)
            nav.blockSignals(False)

    def _nav_row_changed(self, row: int) -> None:
        if row >= 0:
            self.show_view(row)

    def _changes_made(self, changes: Changes) -> None:
        self._changed_tables.update(changes.tables)

    def _data_changed(self, source: int) -> None:
        """A view saved something: the views showing what changed reload (when shown)."""
        tables, self._changed_tables = self._changed_tables, set()
        if tables:
            stale = {
                i for i in self._views if i != source and not VIEWS[i].shows.isdisjoint(tables)
            }
        else:
            stale = {i for i in self._views if i != source}  # a write made outside the runner
        self._stale.update(stale)
        banner_changed = not tables or "contact" in tables
        if self.contact_id is not None and (banner_changed or stale):
            self._read_client_again(self.contact_id)

    def _guard(self, fn: Callable[[], None]) -> None:
        """Run a view call; a service failure is shown rather than raised into Qt."""
        try:
            fn()
        except DomainError as exc:
            handle_service_error(self, exc, reload=None)

    # ----------------------------------------------------------------- unsaved changes

    def confirm_leave(self) -> bool:
        """True when it is fine to leave the current view (saved, discarded or nothing to do)."""
        view = self._client_view(self.current_index())
        if view is None or not view.has_unsaved_changes():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"The {view.title or 'current'} view has changes that are not saved.\n\n"
            "Save them before you go on?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            saved = view.save()
            if saved:
                self._data_changed(self.current_index())
            return saved
        if answer == QMessageBox.StandardButton.Discard:
            view.discard_changes()
            self.show_status("Changes discarded")
            return True
        return False

    # ----------------------------------------------------------------- the client

    def open_client(self, contact_id: int) -> bool:
        """Make ``contact_id`` the current client (Contact view when coming from the queue)."""
        if contact_id == self.contact_id:
            if self.current_index() == WORK_QUEUE:
                return self.show_view(CONTACT)
            return True
        if not self.confirm_leave():
            return False
        target = CONTACT if self.current_index() == WORK_QUEUE else self.current_index()
        self._read_client(contact_id, lambda: self._go_to(target))
        return True

    def _go_to(self, target: int) -> None:
        if target == self.current_index():
            self._sync_view(target)
        else:
            self.show_view(target)

    def _forget_client(self) -> None:
        """No client open (another client is opened with :meth:`_read_client`)."""
        self.contact_id = None
        self.client = None
        self.client_screen = None
        self._paint_banner()
        self.ui.actionCloseClient.setEnabled(False)

    def _read_client(self, contact_id: int, then: Callable[[], None] | None = None) -> None:
        """Read the client's screen on the data lane; the banner and the views follow it.

        The window stays usable meanwhile; opening another client supersedes this one.
        """
        self.preloader.wait()
        from enforcement_desktop.services.screens import client_screen

        if contact_id != self.contact_id:
            self.show_status("Opening the client…")

        def read(screen: ClientScreen) -> None:
            opened = screen.contact.id != self.contact_id
            self.client_screen = screen
            self._screen_outdated = False
            self.contact_id = screen.contact.id
            self.client = screen.contact
            self._paint_banner()
            self.ui.actionCloseClient.setEnabled(True)
            if opened:
                self.show_status(f"Opened {screen.contact.full_name}")
            if then is not None:
                then()
            else:
                self._sync_view(self.current_index())

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFoundError | DomainError):
                handle_service_error(self, exc)
                return
            raise exc

        self.runner.run(
            Operation(self, lambda ctx: client_screen(ctx, contact_id), read, failed, key="client")
        )

    def _read_client_again(self, contact_id: int) -> None:
        """Read the client again (after a save): the banner, and the views as they are shown."""
        self._screen_outdated = True
        self._read_client(contact_id)

    def _paint_banner(self) -> None:
        ui = self.ui
        client = self.client
        paying = self._client_is_paying_parent()
        ui.actionNewCase.setEnabled(paying)
        ui.actionNewCase.setStatusTip(
            f"Open a new case for {client.full_name}"
            if paying and client is not None
            else "A case belongs to a paying parent: open one to create a case"
        )
        screen = self.client_screen
        self.banner.show_client(
            client,
            screen.holds if screen else (),
            screen.attention if screen else None,
        )

    def _client_is_paying_parent(self) -> bool:
        if self.client is None:
            return False
        # Loaded with the client (after the preloading), so this import costs nothing.
        from enforcement_desktop.domain.enums import ContactRole

        return self.client.role == ContactRole.PAYING_PARENT

    def close_client(self) -> bool:
        """Close the current client and go back to the work queue."""
        if not self.confirm_leave():
            return False
        self._forget_client()
        self.show_status("Client closed")
        self.show_view(WORK_QUEUE)
        return True

    def open_service_request(self, sr_id: int) -> bool:
        """Show a service request in the Activity Plan view, making its client current.

        Whose SR it is, and then that client's screen, are read on the data lane; the view
        follows when they come. False when the user chose to stay on unsaved changes.
        """
        if not self.confirm_leave():
            return False
        self.preloader.wait()
        from enforcement_desktop.services import cases
        from enforcement_desktop.services import service_requests as srs

        def client_of(ctx: ServiceContext) -> int:
            return cases.get_case(ctx, srs.get_service_request(ctx, sr_id).case_id).paying_parent_id

        def found(client_id: int) -> None:
            if client_id != self.contact_id:
                self._read_client(client_id, lambda: self._show_service_request(sr_id))
            else:
                self._show_service_request(sr_id)

        self.runner.run(Operation(self, client_of, found, key="service-request"))
        return True

    def _show_service_request(self, sr_id: int) -> None:
        # Open the SR before showing the view so it does not first paint the client's SR list.
        view = self.view(ACTIVITY_PLAN)
        if isinstance(view, ClientView):
            self._sync_view(ACTIVITY_PLAN)
            show_sr = getattr(view, "show_service_request", None)
            if show_sr is not None:
                self._guard(lambda: show_sr(sr_id))
        self.ui.viewStack.setCurrentWidget(view)
        self._select_nav(ACTIVITY_PLAN)

    # ----------------------------------------------------------------- search

    @property
    def search_popup(self) -> ClientSearchPopup:
        """The list of clients found, made when the first search ends (not at start-up)."""
        if self._search_popup is None:
            from enforcement_desktop.gui.search_popup import ClientSearchPopup

            self._search_popup = ClientSearchPopup(self.ui.searchEdit)
            self._search_popup.client_chosen.connect(self.open_client)
        return self._search_popup

    def _hide_search_popup(self) -> None:
        if self._search_popup is not None:
            self._search_popup.hide()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _search_text_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self._search_generation += 1
            self._hide_search_popup()

    def run_search(self) -> None:
        """Search for the text in the box (on the search lane); the newest search wins."""
        self._search_timer.stop()
        text = self.ui.searchEdit.text().strip()
        if text:
            self._search(text, lambda hits: self._show_hits(text, hits))

    def _search(self, text: str, found: Callable[[list[ClientHit]], None]) -> None:
        """Search on the search lane; ``found`` gets the hits unless a newer search was asked for.

        The search reads through SQLAlchemy Core alone (``services.search``), so it answers
        before the ORM has loaded at start-up.
        """
        from enforcement_desktop.services.search import search_clients

        self._search_generation += 1
        generation = self._search_generation

        def search(ctx: ServiceContext) -> list[ClientHit] | None:
            if generation != self._search_generation:
                return None  # typed on before it started: no query
            return search_clients(ctx, text, limit=SEARCH_LIMIT)

        def done(hits: list[ClientHit] | None) -> None:
            if hits is not None and generation == self._search_generation:
                found(hits)

        self.runner.run(
            Operation(
                self,
                search,
                done,
                lambda exc: self._search_failed(generation, exc),
                lane=Lane.SEARCH,
                key="search",
            )
        )

    def _show_hits(self, text: str, hits: list[ClientHit]) -> None:
        self.search_popup.show_hits(hits, text)
        found = f"{len(hits)} client{'s' if len(hits) != 1 else ''}"
        self.show_status(f"{found} found for “{text}”" if hits else f"No client found for “{text}”")

    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._search_generation:
            return
        if not handle_service_error(self, exc, retry=self.run_search):
            raise exc

    def _search_return_pressed(self) -> None:
        popup = self._search_popup
        if popup is not None and popup.isVisible() and popup.choose_current():
            return
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        self._search_timer.stop()

        def found(hits: list[ClientHit]) -> None:
            if len(hits) == 1:
                self.open_client(hits[0].contact_id)
            else:
                self._show_hits(text, hits)

        self._search(text, found)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handle = self.windowHandle()
        if (
            self._awaiting_expose
            and watched is handle
            and event.type() == QEvent.Type.Expose
            and handle.isExposed()
        ):
            self._awaiting_expose = False
            handle.removeEventFilter(self)
            self._start_preloading()  # queued: runs after this expose has painted the window
            return False
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            popup = self._search_popup
            if popup is None:
                return super().eventFilter(watched, event)
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and popup.isVisible():
                current = popup.currentItem()
                row = popup.indexOfTopLevelItem(current) if current is not None else -1
                step = 1 if key == Qt.Key.Key_Down else -1
                target = popup.topLevelItem(max(0, min(popup.topLevelItemCount() - 1, row + step)))
                if target is not None:
                    popup.setCurrentItem(target)
                return True
            if key == Qt.Key.Key_Escape and popup.isVisible():
                popup.hide()
                return True
        return super().eventFilter(watched, event)

    # ----------------------------------------------------------------- actions

    def save_current(self) -> bool:
        view = self._client_view(self.current_index())
        if view is None:
            return True
        if not view.has_unsaved_changes():
            self.show_status("Nothing to save")
            return True
        saved = view.save()
        if saved:
            self._data_changed(self.current_index())
        return saved

    def refresh_current(self) -> None:
        if not self.confirm_leave():
            return
        if self.contact_id is not None:
            self._read_client_again(self.contact_id)
        view = self._client_view(self.current_index())
        if view is not None:
            self._guard(view.refresh)
        self.show_status("Refreshed")

    def new_service_request(self) -> int | None:
        """Ask for Process / Area / Sub Area and open the new SR in the Activity Plan view."""
        if self.contact_id is None:
            # From the work queue: the client of the selected row.
            queue = self._views.get(WORK_QUEUE)
            selected = queue.selected_contact_id() if isinstance(queue, _QueueLike) else None
            if self.current_index() != WORK_QUEUE or selected is None:
                self.show_status(
                    "Open a client (or select a row of the work queue) first: a service request "
                    "belongs to a client's case"
                )
                return None
            if not self.open_client(selected):
                return None
        if not self.confirm_leave():
            return None
        self.preloader.wait()
        from enforcement_desktop.gui.dialogs.new_service_request_dialog import (
            NewServiceRequestDialog,
        )
        from enforcement_desktop.gui.widgets.forms import run_dialog

        dialog = NewServiceRequestDialog(self.ctx, self.contact_id, self)
        if not run_dialog(dialog) or dialog.created is None:
            return None
        created = dialog.created
        self.show_status(f"Service request {created.id} ({created.sub_area}) opened")
        self._stale.update(self._views)
        self.open_service_request(created.id)
        return created.id

    def new_client(self) -> int | None:
        """Record a new client (File > New client…) and open them."""
        if not self.confirm_leave():
            return None
        self.preloader.wait()
        from enforcement_desktop.gui.dialogs.new_client_dialog import NewClientDialog
        from enforcement_desktop.gui.widgets.forms import run_dialog

        dialog = NewClientDialog(self.ctx, self)
        if not run_dialog(dialog) or dialog.result_contact is None:
            return None
        created = dialog.result_contact
        if not self.open_client(created.id):
            return None
        scin = f" (SCIN {created.scin})" if created.scin else ""
        still = "" if created.addresses else ": add their address in the Contact view"
        self.show_status(
            f"{created.role.label} {created.full_name}{scin} created and opened{still}"
        )
        return created.id

    def new_case(self) -> int | None:
        """Open a new case for the current paying parent (File > New case…)."""
        if not self._client_is_paying_parent():
            self.show_status("Open a paying parent first: a case belongs to a paying parent")
            return None
        if not self.confirm_leave():
            return None
        self.preloader.wait()
        from enforcement_desktop.gui.dialogs.new_case_dialog import NewCaseDialog
        from enforcement_desktop.gui.widgets.forms import run_dialog

        assert self.client is not None
        dialog = NewCaseDialog(self.ctx, self.client, self)
        case = dialog.result_case if run_dialog(dialog) else None
        if case is None and not dialog.needs_reload:
            return None
        # A new case (or data changed under the dialog): every view reloads, this one now.
        self._stale.update(self._views)
        self._reload_current()
        if case is None:
            return None
        if self.current_index() != CONTACT:
            self.show_view(CONTACT)  # where the case box shows it
        names = ", ".join(rp.name for rp in case.receiving_parents)
        plural = "s" if len(case.receiving_parents) != 1 else ""
        self.show_status(
            f"Case {case.id} ({case.region}, {case.scheme.label}) created for "
            f"{case.paying_parent_name}; receiving parent{plural}: {names}"
        )
        return case.id

    def _reload_current(self) -> None:
        """Reload the banner and the current view (the others reload when shown)."""
        if self.contact_id is not None:
            self._read_client_again(self.contact_id)
        view = self._client_view(self.current_index())
        if view is not None:
            self._stale.discard(self.current_index())
            self._guard(view.refresh)

    def build_all_packs(self) -> bool:
        """Build the pack of every client with prepared Bailiff SRs the user owns (Bailiff menu).

        Returns:
            True when the batch started (it reports when it ends).
        """
        if not self.confirm_leave():
            return False
        self.preloader.wait()
        from enforcement_desktop.gui.bailiff_batch import BatchPacks

        batch = BatchPacks(self.ctx, self)
        batch.finished.connect(lambda report: self._batch_finished(batch, report))
        if not batch.start():
            batch.deleteLater()
            return False
        if batch.report is None:  # still running (it reports when it ends)
            self.show_status("Building bailiff packs…")
        return True

    def _batch_finished(self, batch: QObject, report: object) -> None:
        # Packs change the SRs' enforce forms and documents: every view reloads when next shown.
        self._stale.update(self._views)
        view = self._client_view(self.current_index())
        if view is not None:
            self._stale.discard(self.current_index())
            self._guard(view.refresh)
        summary = getattr(report, "summary", None)
        self.show_status(f"Bailiff packs: {summary}" if summary else "Bailiff packs not built")
        batch.deleteLater()

    def show_about(self) -> None:
        """Help ▸ About: version, database, where files go, backups, licences."""
        from enforcement_desktop.gui.about import AboutDialog
        from enforcement_desktop.gui.widgets.forms import run_dialog

        run_dialog(AboutDialog(self.settings, self.ctx.user, self.qsettings, self))

    def show_help(self) -> None:
        """F1: the user guide, at the page for the current view."""
        from enforcement_desktop.gui.help import HelpWindow

        if self._help_window is None:
            self._help_window = HelpWindow(self)
        self._help_window.show_topic(VIEWS[self.current_index()].key)

    def show_preferences(self) -> bool:
        """File ▸ Preferences…; True when the choices were kept (OK)."""
        from enforcement_desktop.gui.dialogs.preferences_dialog import PreferencesDialog
        from enforcement_desktop.gui.preferences import Preferences, WindowChoices
        from enforcement_desktop.gui.widgets.forms import run_dialog

        dialog = PreferencesDialog(
            self.settings,
            Preferences(self.ctx.db.url),
            WindowChoices(self.qsettings),
            self,
        )
        if not run_dialog(dialog):
            return False
        if dialog.layout_forgotten:
            self._layout_forgotten = True
        self.show_status("Preferences saved")
        return True

    def _files(self) -> FileActions:
        if self._file_actions is None:
            from enforcement_desktop.gui.file_actions import FileActions

            self._file_actions = FileActions(self)
        return self._file_actions

    def back_up_database(self) -> bool:
        """File ▸ Back up database…; True when the backup started."""
        return self._files().back_up()

    def export_client(self) -> bool:
        """File ▸ Export client…; True when a case file was written."""
        if not self.confirm_leave():
            return False
        return self._files().export_client() is not None

    def import_case_file(self) -> bool:
        """File ▸ Import case file…; True when the case was added."""
        if not self.confirm_leave():
            return False
        imported = self._files().import_case_file() is not None
        if imported:
            self._stale.update(self._views)  # the work queue may hold its service requests
            self._reload_current()
        return imported

    # ----------------------------------------------------------------- window state

    def _restore_state(self) -> None:
        store = self.qsettings
        geometry = store.value("main_window/geometry")
        if isinstance(geometry, QByteArray | bytes) and not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = store.value("main_window/state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(state)
        splitter = store.value("main_window/splitter")
        if isinstance(splitter, QByteArray | bytes):
            self.ui.mainSplitter.restoreState(splitter)
        from enforcement_desktop.gui.preferences import WindowChoices

        last = store.value("main_window/last_view", "work_queue")
        if not WindowChoices(store).reopen_last_view():
            last = "work_queue"
        keys = [spec.key for spec in VIEWS]
        self._start_view = keys.index(last) if last in keys else WORK_QUEUE
        # The view itself is created once its modules have loaded (_finish_start); until then
        # its page says so.
        loading = QLabel(f"Opening {VIEWS[self._start_view].title}…")
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        loading.setObjectName("loading_view")
        self._set_page(self._start_view, loading)
        self.ui.viewStack.setCurrentIndex(self._start_view)
        self._select_nav(self._start_view)

    def save_state(self) -> None:
        store = self.qsettings
        store.setValue("main_window/last_view", VIEWS[self.current_index()].key)
        if not self._layout_forgotten:
            store.setValue("main_window/geometry", self.saveGeometry())
            store.setValue("main_window/state", self.saveState())
            store.setValue("main_window/splitter", self.ui.mainSplitter.saveState())
            for index, widget in self._views.items():
                saver = getattr(widget, "save_ui_state", None)
                if saver is not None:
                    saver(store, f"views/{VIEWS[index].key}")
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_leave():
            event.ignore()
            return
        self._hide_search_popup()
        self.save_state()
        self.runner.wait(5000)  # no read or write outlives the window (and the database)
        event.accept()


def _keys(first: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    keys = [QKeySequence(first)]
    keys += [k for k in QKeySequence.keyBindings(standard) if k not in keys]
    return keys


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
