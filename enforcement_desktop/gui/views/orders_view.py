"""The Enforcement Orders view: orders of a case, payments, appeals, and the options panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSettings
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.dialogs.appeal_dialog import AppealDialog
from enforcement_desktop.gui.dialogs.legacy_action_dialog import LegacyActionDialog
from enforcement_desktop.gui.dialogs.order_dialog import OrderDialog
from enforcement_desktop.gui.dialogs.payment_dialog import PaymentDialog
from enforcement_desktop.gui.errors import handle_service_error
from enforcement_desktop.gui.forms.ui_orders_view import Ui_OrdersView
from enforcement_desktop.gui.models.appeals_model import AppealsModel
from enforcement_desktop.gui.models.options_model import PowerOptionsModel
from enforcement_desktop.gui.models.orders_model import OrdersModel, PaymentsModel
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.gui.views.base import ClientView
from enforcement_desktop.gui.widgets import forms
from enforcement_desktop.gui.widgets.forms import (
    combo_value,
    fill_combo,
    select_row,
    select_value,
    selected_row,
    setup_table,
)
from enforcement_desktop.services import orders
from enforcement_desktop.services.appeals import AppealDTO
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO
from enforcement_desktop.services.options import PowerOptionDTO
from enforcement_desktop.services.orders import OrderDTO
from enforcement_desktop.services.screens import ClientScreen

GOOD_HTML = "#1b5e20"
BAD_HTML = "#b00020"
#: Pixels above a line of text in a row of the powers list.
OPTION_ROW_PADDING = 6
#: The least height of the reasons pane under the powers list: three lines or so.
OPTION_DETAIL_MIN = 64


def case_text(case: CaseDTO, contact_id: int) -> str:
    """How a case is named in the case combo."""
    role = (
        "" if case.paying_parent_id == contact_id else f" (paying parent {case.paying_parent_name})"
    )
    return f"Case {case.id}: {case.scheme.label}, {case.region}{role}"


def option_html(option: PowerOptionDTO) -> str:
    """The reasons and figures behind one power, as a short HTML list."""
    colour, verdict = (GOOD_HTML, "✔ Allowed") if option.allowed else (BAD_HTML, "✘ Blocked")
    items = "".join(f"<li>{escape(reason)}</li>" for reason in option.reasons)
    return (
        f"<p><b>{escape(option.label)}</b> — <span style='color:{colour}'><b>{verdict}</b></span>"
        f"</p><ul style='margin-left:-20px'>{items}</ul>"
    )


def short_case_name(case: CaseDTO) -> str:
    """How a case is named in the appeal dialog (its region tells cases apart)."""
    return f"Case {case.id} ({case.region})"


def appeals_summary_html(open_appeals: list[AppealDTO], several_cases: bool) -> str:
    """The line above the appeals table: whether an open appeal holds enforcement."""
    if not open_appeals:
        return "No open appeal: no appeal holds enforcement on the arrears."
    first = open_appeals[0]
    where = f" of case {first.case_id}" if several_cases else ""
    more = f" (and {len(open_appeals) - 1} more)" if len(open_appeals) > 1 else ""
    return (
        f"<span style='color:{BAD_HTML}'><b>⚠ Open appeal lodged {format_date(first.lodged_on)}"
        f"{more}</b></span>: enforcement on the arrears{where} waits for the tribunal's decision."
    )


class OrdersView(ClientView):
    """The client's enforcement orders, the payments against the selected one, the appeals
    against the arrears of their cases, and every enforcement power for the case, allowed or
    blocked, with the reasons and figures.

    Args:
        ctx: Database, user and clock.
        parent: The parent widget.
    """

    title = "Enforcement Orders"

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_OrdersView()
        self.ui.setupUi(self)
        ui = self.ui
        self.orders_model = OrdersModel(self)
        self.payments_model = PaymentsModel(self)
        self.options_model = PowerOptionsModel(self)
        self.appeals_model = AppealsModel(self)
        ui.ordersTable.setModel(self.orders_model)
        ui.paymentsTable.setModel(self.payments_model)
        ui.optionsTable.setModel(self.options_model)
        ui.appealsTable.setModel(self.appeals_model)
        setup_table(ui.ordersTable, stretch=OrdersModel.COURT)
        setup_table(ui.paymentsTable, stretch=PaymentsModel.METHOD)
        setup_table(ui.optionsTable, stretch=PowerOptionsModel.REASONS)
        setup_table(ui.appealsTable, stretch=AppealsModel.DETAILS)
        # A case has a few appeals: their details wrap in full rather than end in "…".
        ui.appealsTable.setWordWrap(True)
        ui.appealsTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.mainSplitter.setStretchFactor(0, 2)
        ui.mainSplitter.setStretchFactor(1, 3)
        ui.bottomSplitter.setStretchFactor(0, 2)
        ui.bottomSplitter.setStretchFactor(1, 3)
        # The powers list is as tall as its rows (a fixed set of powers: none scrolls out of
        # view) and the reasons pane takes the rest, also when the window grows (issue 13
        # item 11). Rows a little tighter than other tables' so both fit at 1280×800.
        ui.optionsTable.verticalHeader().setDefaultSectionSize(
            ui.optionsTable.fontMetrics().height() + OPTION_ROW_PADDING
        )
        ui.optionsSplitter.setStretchFactor(0, 0)
        ui.optionsSplitter.setStretchFactor(1, 1)
        #: Once the user drags the handle, the list keeps the height they gave it.
        self._options_split_by_user = False
        ui.optionsSplitter.splitterMoved.connect(self._options_split_moved)
        ui.optionsSplitter.installEventFilter(self)
        ui.caseSplitter.setStretchFactor(0, 1)
        ui.caseSplitter.setStretchFactor(1, 1)
        # Relative sizes (scaled to the view): the orders keep room for five rows or so although
        # the payments and appeals below now stack up.
        ui.mainSplitter.setSizes([180, 570])

        self._cases: list[CaseDTO] = []
        ui.caseCombo.currentIndexChanged.connect(self._case_changed)
        ui.ordersTable.selectionModel().selectionChanged.connect(self._order_selected)
        ui.ordersTable.doubleClicked.connect(self._order_double_clicked)
        ui.ordersTable.activated.connect(self._order_double_clicked)
        ui.paymentsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.optionsTable.selectionModel().selectionChanged.connect(self._option_selected)
        ui.addOrderButton.clicked.connect(self.add_order)
        ui.editOrderButton.clicked.connect(self.edit_order)
        ui.addPaymentButton.clicked.connect(self.add_payment)
        ui.removePaymentButton.clicked.connect(self.remove_payment)
        ui.referButton.clicked.connect(self.refer_to_bailiff)
        ui.packButton.clicked.connect(self.prepare_pack)
        ui.legacyActionButton.clicked.connect(self.record_legacy_action)
        ui.appealsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.appealsTable.doubleClicked.connect(self._appeal_activated)
        ui.appealsTable.activated.connect(self._appeal_activated)
        ui.addAppealButton.clicked.connect(self.add_appeal)
        ui.editAppealButton.clicked.connect(self.edit_appeal)
        self._has_unsent_bailiff = False
        #: The client's read model the view shows; changing the case needs no other read.
        self._screen: ClientScreen | None = None
        self.set_client(None)

    # ------------------------------------------------------------------ ClientView

    uses_screen = True

    def set_client(self, contact_id: int | None) -> None:
        self._show_client(contact_id)

    def open_screen(self, screen: ClientScreen) -> None:
        self._show_client(screen.contact.id, screen)

    def _show_client(self, contact_id: int | None, screen: ClientScreen | None = None) -> None:
        """Show a client: from ``screen`` when it is theirs, else read on the data lane."""
        super().set_client(contact_id)
        if contact_id is None:
            self._screen = None
            self._cases = []
            self._fill_case_combo(None)
            self._show_appeals()
            self._show_case()
            return
        if screen is not None and screen.contact.id == contact_id:
            self.show_screen(screen)
        else:
            self.load_screen()

    def show_screen(self, screen: ClientScreen) -> None:
        """Fill the case combo, the appeals and the case shown from the client's read model."""
        if screen.contact.id != self.contact_id:
            return
        same_client = self._screen is not None and self._screen.contact.id == screen.contact.id
        previous_case = self.case_id if same_client else None
        self._screen = screen
        self._cases = [c.case for c in screen.cases]
        self._fill_case_combo(previous_case)
        self._show_appeals()
        self._show_case()

    def _fill_case_combo(self, previous_case: int | None) -> None:
        combo = self.ui.caseCombo
        # Filled quietly: the case is shown once, below, rather than at every step of the fill.
        combo.blockSignals(True)
        try:
            fill_combo(
                combo,
                ((case_text(c, self.contact_id or 0), c.id) for c in self._cases),
                placeholder="No case",
            )
            if previous_case is not None:
                select_value(combo, previous_case)
            if combo.currentIndex() < 0 and self._cases:
                combo.setCurrentIndex(0)
        finally:
            combo.blockSignals(False)
        self.setEnabled(bool(self._cases))

    @property
    def case_id(self) -> int | None:
        """The case shown."""
        value = combo_value(self.ui.caseCombo)
        return int(value) if value is not None else None

    @property
    def selected_order(self) -> OrderDTO | None:
        row = selected_row(self.ui.ordersTable)
        return self.orders_model.order_at(row) if row is not None else None

    @property
    def selected_appeal(self) -> AppealDTO | None:
        row = selected_row(self.ui.appealsTable)
        return self.appeals_model.appeal_at(row) if row is not None else None

    # ------------------------------------------------------------------ showing

    def _case_changed(self) -> None:
        self._show_case()

    def _show_case(self, select_order_id: int | None = None) -> None:
        """Show the case chosen in the combo from the screen already read (no database)."""
        keep = select_order_id
        if keep is None and self.selected_order is not None:
            keep = self.selected_order.id
        shown = self._screen.case(self.case_id) if self._screen is not None else None
        case = shown.case if shown is not None else None
        order_rows = list(shown.orders) if shown is not None else []
        options = list(shown.options) if shown is not None else []
        self.orders_model.set_rows(order_rows)
        self.options_model.set_rows(options)
        # The pack dialog finds the client by SCIN.
        self._has_unsent_bailiff = (
            shown is not None and shown.has_unsent_bailiff and bool(shown.case.paying_parent_scin)
        )
        self.ui.caseSummaryLabel.setText(
            ""
            if case is None
            else f"Arrears balance <b>{format_money(case.arrears_balance)}</b> · "
            f"owning team {case.owning_team.label.lower()}"
        )
        self.ui.ordersTotalLabel.setText(
            f"{len(order_rows)} order{'s' if len(order_rows) != 1 else ''}" if case else ""
        )
        allowed = sum(1 for o in options if o.allowed)
        self.ui.optionsSummaryLabel.setText(
            f"<span style='color:{GOOD_HTML}'><b>{allowed} allowed</b></span>, "
            f"<span style='color:{BAD_HTML}'><b>{len(options) - allowed} blocked</b></span>"
            " — select a power to see every check made."
            if options
            else ""
        )
        row = self.orders_model.row_of_id(keep) if keep is not None else None
        if row is None and order_rows:
            row = 0
        select_row(self.ui.ordersTable, row)
        self._show_payments()
        if options and not self.ui.optionsTable.selectionModel().hasSelection():
            first_blocked = self.options_model.row_of(lambda o: not o.allowed)
            select_row(self.ui.optionsTable, first_blocked if first_blocked is not None else 0)
            # The list opens at its first power ("Liability order"): scrolling to the selected
            # row while the view is hidden (no height yet) left it scrolled past the top.
            self.ui.optionsTable.scrollToTop()
        self._fit_options_list()
        self._option_selected()

    def _options_list_height(self) -> int:
        """The height that shows every row of the powers list, its header and frame."""
        table = self.ui.optionsTable
        rows = self.options_model.rowCount()
        return (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def _fit_options_list(self, height: int | None = None) -> None:
        """Give the powers list its rows' height and the reasons pane the rest (unless the user
        has placed the handle), the list shrinking only when the pane would go under its least.

        Args:
            height: The splitter's new height when it is being resized (its sizes are still
                the old ones then); None for its current height.
        """
        splitter = self.ui.optionsSplitter
        if height is None:
            total = sum(splitter.sizes())
        else:
            total = height - splitter.handleWidth() * (splitter.count() - 1)
        if self._options_split_by_user or total <= 0 or not self.options_model.rowCount():
            return
        wanted = min(self._options_list_height(), max(total - OPTION_DETAIL_MIN, 0))
        splitter.setSizes([wanted, total - wanted])

    def _options_split_moved(self, _pos: int, _index: int) -> None:
        self._options_split_by_user = True

    def save_ui_state(self, store: QSettings, prefix: str) -> None:
        """Keep the splitters; the powers list's handle only when the user placed it, so a
        list never dragged fits its rows again next time (say in a taller window)."""
        super().save_ui_state(store, prefix)
        if not self._options_split_by_user:
            store.remove(f"{prefix}/{self.ui.optionsSplitter.objectName()}")

    def restore_ui_state(self, store: QSettings, prefix: str) -> None:
        """Put the splitters back; a powers list handle kept from an earlier session is where
        the user dragged it then, so it stays there instead of fitting the rows."""
        super().restore_ui_state(store, prefix)
        if store.contains(f"{prefix}/{self.ui.optionsSplitter.objectName()}"):
            self._options_split_by_user = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.optionsSplitter and isinstance(event, QResizeEvent):
            # Before the splitter shares out its new height, so the list keeps its rows'.
            self._fit_options_list(event.size().height())
        return super().eventFilter(watched, event)

    def _show_appeals(self, select_appeal_id: int | None = None) -> None:
        """Show the appeals of every case of the client (a few each) from the screen."""
        keep = select_appeal_id
        if keep is None and self.selected_appeal is not None:
            keep = self.selected_appeal.id
        screen = self._screen
        rows = [a for c in screen.cases for a in c.appeals] if screen is not None else []
        several = len(self._cases) > 1
        # Just "Case 12" in the table (its details need the width); the combo above and the
        # dialog name the region too.
        self.appeals_model.set_case_names({c.id: f"Case {c.id}" for c in self._cases})
        self.appeals_model.set_rows(rows)
        # The case column only tells cases apart.
        self.ui.appealsTable.setColumnHidden(AppealsModel.CASE, not several)
        self.ui.appealsSummaryLabel.setText(
            appeals_summary_html(self.appeals_model.open_appeals(), several) if self._cases else ""
        )
        count = len(rows)
        open_count = len(self.appeals_model.open_appeals())
        self.ui.appealsGroup.setTitle(
            "Appeals against the arrears" + (f" ({count}, {open_count} open)" if count else "")
        )
        row = self.appeals_model.row_of_id(keep) if keep is not None else None
        if row is None:
            # The appeal that matters first: one holding enforcement.
            row = self.appeals_model.row_of(lambda a: a.is_open)
        if row is None and rows:
            row = 0
        select_row(self.ui.appealsTable, row)
        self._update_buttons()

    def _order_selected(self) -> None:
        self._show_payments()

    def _show_payments(self) -> None:
        order = self.selected_order
        self.payments_model.set_rows(order.payments if order else [])
        if order is None:
            self.ui.balanceLabel.setText("Select an order to see its payments.")
        else:
            self.ui.balanceLabel.setText(
                f"<b>{escape(order.name)}</b>: amount {format_money(order.amount)} + costs "
                f"{format_money(order.costs)} − paid {format_money(order.payments_total)} = "
                f"current balance <b>{format_money(order.current_balance)}</b>"
            )
        self._show_legacy_actions(order)
        self._update_buttons()

    def _show_legacy_actions(self, order: OrderDTO | None) -> None:
        """The legacy bailiff, EJO and DCA action recorded against the selected CSA LO."""
        label = self.ui.legacyActionsLabel
        if order is None or not order.legacy_action.allowed:
            label.setVisible(False)
            return
        shown = self._screen.case(order.case_id) if self._screen is not None else None
        actions = [a for a in (shown.legacy_actions if shown else ()) if a.order_id == order.id]
        if not actions:
            text = f"No legacy bailiff, EJO or DCA action recorded against {escape(order.name)}."
        else:
            lines = [
                f"<b>{escape(a.kind.label)}</b> started {format_date(a.started_on)}"
                + (f", ended {format_date(a.ended_on)}" if a.ended_on else ", ongoing")
                + (f": {escape(a.details)}" if a.details else "")
                for a in actions
            ]
            text = f"Legacy action on {escape(order.name)}:<br>" + "<br>".join(lines)
        label.setText(text)
        label.setVisible(True)

    def _option_selected(self) -> None:
        row = selected_row(self.ui.optionsTable)
        option = self.options_model.option_at(row) if row is not None else None
        self.ui.optionsDetail.setHtml(option_html(option) if option else "")

    def _update_buttons(self) -> None:
        has_case = self.case_id is not None
        order = self.selected_order
        self.ui.addOrderButton.setEnabled(has_case)
        self.ui.editOrderButton.setEnabled(order is not None)
        self.ui.addPaymentButton.setEnabled(order is not None)
        self.ui.removePaymentButton.setEnabled(selected_row(self.ui.paymentsTable) is not None)
        self.ui.addAppealButton.setEnabled(bool(self._cases))
        self.ui.editAppealButton.setEnabled(self.selected_appeal is not None)
        granted = bool(self.granted_liability_orders())
        self.ui.referButton.setEnabled(granted)
        self.ui.referButton.setToolTip(
            "Check the case's granted liability orders against the bailiff referral rules and "
            "open one Bailiff SR per LO"
            if granted
            else "No granted liability order on this case to refer to the bailiff"
        )
        legacy = order.legacy_action if order is not None else None
        self.ui.legacyActionButton.setEnabled(legacy is not None and legacy.allowed)
        self.ui.legacyActionButton.setToolTip(
            "Record bailiff, EJO or DCA action the CSA systems started against this order"
            if legacy is not None and legacy.allowed
            else "; ".join(legacy.reasons)
            if legacy is not None
            else "Select a CSA liability order"
        )
        self.ui.packButton.setEnabled(self._has_unsent_bailiff)
        self.ui.packButton.setToolTip(
            "See what the bailiff pack of this client will hold, then build it"
            if self._has_unsent_bailiff
            else "No Bailiff SR of this client is waiting to be sent: refer an LO to the "
            "bailiff first"
        )

    def granted_liability_orders(self) -> list[OrderDTO]:
        """The case's granted liability orders (what may be referred to the bailiff)."""
        return [o for o in self.orders_model.rows() if o.bailiff_referral.allowed]

    # ------------------------------------------------------------------ actions

    def refer_to_bailiff(self) -> list[int]:
        """Check the granted LOs, open one Bailiff SR per ticked LO, offer to open the first.

        Returns:
            The ids of the SRs opened (empty when nothing was referred).
        """
        case = next((c for c in self._cases if c.id == self.case_id), None)
        los = self.granted_liability_orders()
        if case is None or not los:
            return []
        from enforcement_desktop.gui.dialogs.bailiff_referral_dialog import BailiffReferralDialog

        dialog = BailiffReferralDialog(self.ctx, case, los, self)
        accepted = forms.run_dialog(dialog)
        created = list(dialog.created) if accepted else []
        reload = dialog.needs_reload
        dialog.deleteLater()
        if not created:
            if reload:
                self.refresh()
            return []
        self.load_screen()
        self.data_changed.emit()
        ids = [sr.id for sr in created]
        listed = ", ".join(f"SR {sr.id} ({sr.order_reference})" for sr in created)
        self.status_message.emit(
            f"{len(created)} Bailiff SR{'s' if len(created) != 1 else ''} opened: {listed}"
        )
        answer = QMessageBox.question(
            self,
            "Bailiff SRs opened",
            f"{len(created)} Bailiff service request{'s' if len(created) != 1 else ''} opened, "
            f"one per liability order: {listed}.\n\nOpen SR {ids[0]} in the Activity Plan to "
            "set it In Progress and validate it?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            QMessageBox.StandardButton.Open,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.open_service_request.emit(ids[0])
        return ids

    def prepare_pack(self) -> bool:
        """Open the bailiff pack dialog for the case's paying parent; True when one was built."""
        case = next((c for c in self._cases if c.id == self.case_id), None)
        if case is None or not case.paying_parent_scin:
            return False
        from enforcement_desktop.gui.dialogs.bailiff_pack_dialog import BailiffPackDialog

        dialog = BailiffPackDialog(self.ctx, case.paying_parent_scin, self)
        forms.run_dialog(dialog)
        built = dialog.outcome
        dialog.deleteLater()
        if built is None:
            return False
        self.data_changed.emit()
        self.status_message.emit(f"Bailiff pack written: {built.zip_path}")
        return True

    def add_order(self) -> None:
        """Open the order dialog to add an order to the case."""
        self._run_order_dialog(None)

    def edit_order(self) -> None:
        """Open the order dialog on the selected order."""
        if self.selected_order is not None:
            self._run_order_dialog(self.selected_order)

    def _order_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_order()

    def _run_order_dialog(self, order: OrderDTO | None) -> None:
        case_id = self.case_id
        if case_id is None:
            return
        dialog = OrderDialog(self.ctx, case_id, order, self.orders_model.rows(), parent=self)
        if forms.run_dialog(dialog) and dialog.result_order is not None:
            saved = dialog.result_order
            self.load_screen(lambda: self._show_case(select_order_id=saved.id))
            self.status_message.emit(f"{saved.name} {'saved' if order else 'added'}")
            self.data_changed.emit()
        elif dialog.needs_reload:
            self.refresh()
        dialog.deleteLater()

    def add_payment(self) -> None:
        """Record a payment against the selected order; its balance updates."""
        order = self.selected_order
        if order is None:
            return
        dialog = PaymentDialog(self.ctx, order, self)
        if forms.run_dialog(dialog) and dialog.result_order is not None:
            saved = dialog.result_order
            self.load_screen(lambda: self._show_case(select_order_id=saved.id))
            self.status_message.emit(
                f"Payment recorded against {saved.name}: balance now "
                f"{format_money(saved.current_balance)}"
            )
            self.data_changed.emit()
        elif dialog.needs_reload:
            self.refresh()
        dialog.deleteLater()

    def remove_payment(self) -> None:
        """Remove the selected payment (recorded in error), after asking."""
        order = self.selected_order
        row = selected_row(self.ui.paymentsTable)
        payment = self.payments_model.payment_at(row) if row is not None else None
        if order is None or payment is None:
            return
        if not forms.confirm(
            self,
            "Remove payment",
            f"Remove the payment of {format_money(payment.amount)} against {order.name}? "
            "Its balance and the case arrears go back up by that amount.",
            "&Remove payment",
        ):
            return
        payment_id, version = payment.id, payment.version

        def removed(saved: OrderDTO) -> None:
            self.load_screen(lambda: self._show_case(select_order_id=saved.id))
            self.status_message.emit(
                f"Payment removed from {saved.name}: balance now "
                f"{format_money(saved.current_balance)}"
            )
            self.data_changed.emit()

        def refused(exc: BaseException) -> None:
            if not handle_service_error(self, exc, reload=self.refresh):
                raise exc

        runner_for(self.ctx).run(
            Operation(
                self,
                lambda ctx: orders.remove_payment(ctx, payment_id, version),
                removed,
                refused,
            )
        )

    def record_legacy_action(self) -> None:
        """Record legacy bailiff, EJO or DCA action against the selected CSA LO (Check CSA,
        step 6); it is then listed under the orders."""
        order = self.selected_order
        if order is None or not order.legacy_action.allowed:
            return
        dialog = LegacyActionDialog(self.ctx, order, self)
        if forms.run_dialog(dialog) and dialog.result_action is not None:
            action = dialog.result_action
            self.load_screen(lambda: self._show_case(select_order_id=action.order_id))
            self.status_message.emit(
                f"{action.kind.label} started {format_date(action.started_on)} recorded against "
                f"{order.name}"
            )
            self.data_changed.emit()
        elif dialog.needs_reload:
            self.refresh()
        dialog.deleteLater()

    def add_appeal(self) -> None:
        """Record an appeal against the arrears of one of the client's cases."""
        self._run_appeal_dialog(None)

    def edit_appeal(self) -> None:
        """Open the appeal dialog on the selected appeal (e.g. to record the decision)."""
        if self.selected_appeal is not None:
            self._run_appeal_dialog(self.selected_appeal)

    def _appeal_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_appeal()

    def _run_appeal_dialog(self, appeal: AppealDTO | None) -> None:
        if not self._cases:
            return
        dialog = AppealDialog(
            self.ctx,
            [(c.id, short_case_name(c)) for c in self._cases],
            self.case_id,
            appeal,
            parent=self,
        )
        if forms.run_dialog(dialog) and dialog.result_appeal is not None:
            saved = dialog.result_appeal

            def show_saved() -> None:
                # Show the appeal's case: an open appeal blocks its powers at once.
                if saved.case_id != self.case_id:
                    select_value(self.ui.caseCombo, saved.case_id)
                self._show_appeals(select_appeal_id=saved.id)

            self.load_screen(show_saved)
            effect = (
                "it is open, so enforcement on the arrears waits"
                if saved.is_open
                else f"{saved.status.label.lower()}, it no longer holds enforcement"
            )
            self.status_message.emit(
                f"Appeal lodged {format_date(saved.lodged_on)} on case {saved.case_id} "
                f"{'saved' if appeal else 'added'}: {effect}"
            )
            self.data_changed.emit()
        elif dialog.needs_reload:
            self.refresh()
        dialog.deleteLater()
