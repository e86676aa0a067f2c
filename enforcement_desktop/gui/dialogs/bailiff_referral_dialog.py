"""Refer liability orders to the bailiff: each LO's verdict with every reason, then one Bailiff SR
per ticked LO (seed 003 steps 1-2)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem, QWidget

from enforcement_desktop.domain.errors import DomainError, RuleViolation
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.dialogs.base import ServiceDialog
from enforcement_desktop.gui.errors import GENERAL_FIELD, clear_field_errors
from enforcement_desktop.gui.forms.ui_bailiff_referral_dialog import Ui_BailiffReferralDialog
from enforcement_desktop.gui.widgets.forms import setup_item_table
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.bailiff import ReferralCheck
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.cases import CaseDTO
from enforcement_desktop.services.orders import OrderDTO
from enforcement_desktop.services.service_requests import ServiceRequestDTO

GOOD = "#1b5e20"
BAD = "#b00020"
ALLOWED = "✔ Allowed"
BLOCKED = "✘ Blocked"
COL_ORDER, COL_ORIGIN, COL_GRANTED, COL_BALANCE, COL_VERDICT = range(5)
_HEADERS = ("Liability order", "Origin", "Granted", "Current balance", "Verdict")


def verdict_text(check: ReferralCheck) -> str:
    """The verdict column: allowed, or blocked with how many reasons."""
    if check.allowed:
        return ALLOWED
    count = len(check.reasons)
    return f"{BLOCKED} ({count} reason{'s' if count != 1 else ''})"


def check_html(order: OrderDTO, check: ReferralCheck) -> str:
    """One LO's verdict and every reason the service gave, as HTML for the checks browser."""
    colour, verdict = (GOOD, ALLOWED) if check.allowed else (BAD, BLOCKED)
    granted = format_date(order.granted_on) or "no grant date"
    heading = (
        f"<a name='lo{order.id}'></a><p style='margin-bottom:2px'><b>{escape(check.reference)}</b>"
        f" ({order.origin.label}, granted {granted}, balance "
        f"{format_money(order.current_balance)}) — "
        f"<span style='color:{colour}'><b>{verdict}</b></span></p>"
    )
    lead = "Every check passed:" if check.allowed else "Refused because:"
    items = "".join(f"<li>{escape(reason)}</li>" for reason in check.reasons)
    return (
        f"{heading}<div style='margin-left:8px'>{lead}</div><ul style='margin-top:0'>{items}</ul>"
    )


class BailiffReferralDialog(ServiceDialog):
    """The case's granted liability orders, each ticked or not, with its referral verdict.

    The verdicts are read on the data lane when the dialog opens (the dialog says it is checking
    meanwhile). OK calls :func:`bailiff.refer_to_bailiff` for the ticked LOs: all or nothing, so
    a blocked LO among them refuses the whole referral and the reasons are shown here. After
    Accepted, :attr:`created` holds the new Bailiff SRs in collection priority.

    Args:
        ctx: Database, user and clock.
        case: The case referred.
        liability_orders: Its granted liability orders.
        parent: The parent widget.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        case: CaseDTO,
        liability_orders: Sequence[OrderDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_BailiffReferralDialog()
        self.ui.setupUi(self)
        self.case = case
        self.orders = list(liability_orders)
        self.checks: dict[int, ReferralCheck] = {}
        self.created: list[ServiceRequestDTO] = []
        ui = self.ui
        self.setWindowTitle(f"Refer to bailiff — {case.paying_parent_name}")
        ui.introLabel.setText(
            f"<b>{escape(case.paying_parent_name)}</b> (SCIN {case.paying_parent_scin or '—'}), "
            f"case {case.id}, {escape(case.region)}.<br>One Bailiff SR is opened for each ticked "
            "liability order, with the LO associated "
            "(Bailiff procedure, step 1). Each LO has been checked "
            "against the referral rules; a blocked LO cannot be referred until its reasons are "
            "resolved."
        )
        table = ui.ordersTable
        setup_item_table(table, _HEADERS, stretch=COL_VERDICT)
        table.itemSelectionChanged.connect(self._row_selected)
        table.itemChanged.connect(self._ticks_changed)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Refer to bailiff")
        ok.setDefault(True)
        ui.buttonBox.accepted.connect(self.refer)
        ui.buttonBox.rejected.connect(self.reject)
        # The LOs are ticked in the table: a message about them goes under it.
        self.bind_error_labels((), shown_under={"order_ids": GENERAL_FIELD})
        self.load()
        table.setFocus()

    # ----------------------------------------------------------------- loading

    def load(self, then: Callable[[], None] | None = None) -> None:
        """Check every LO (again) and show the verdicts; allowed LOs start ticked.

        Args:
            then: Called once the verdicts are shown (on the GUI thread).
        """
        clear_field_errors(self._errors)
        ticked = self.ticked_ids() if self.checks else None
        if not self.orders:
            self._show_checks([], ticked, then)
            return
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.ui.checksBrowser.setPlainText(
            "Checking each liability order against the referral rules…"
        )
        case_id, order_ids = self.case.id, [o.id for o in self.orders]

        def refused(exc: BaseException) -> None:
            if not isinstance(exc, DomainError):
                raise exc
            self._show_checks([], ticked, then)
            self._show_general(str(exc))

        self.read(
            lambda ctx: bailiff.check_referral(ctx, case_id, order_ids),
            lambda found: self._show_checks(found, ticked, then),
            key="checks",
            on_failure=refused,
        )

    def _show_checks(
        self,
        found: Sequence[ReferralCheck],
        ticked: Sequence[int] | None,
        then: Callable[[], None] | None,
    ) -> None:
        self.checks = {c.order_id: c for c in found}
        table = self.ui.ordersTable
        table.blockSignals(True)
        table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            check = self.checks.get(order.id)
            first = QTableWidgetItem(order.reference or f"#{order.id}")
            first.setData(Qt.ItemDataRole.UserRole, order.id)
            first.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            tick = check is not None and check.allowed if ticked is None else order.id in ticked
            first.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
            first.setToolTip("Tick to refer this liability order")
            table.setItem(row, COL_ORDER, first)
            table.setItem(row, COL_ORIGIN, QTableWidgetItem(order.origin.label))
            table.setItem(row, COL_GRANTED, QTableWidgetItem(format_date(order.granted_on)))
            balance = QTableWidgetItem(format_money(order.current_balance))
            balance.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, COL_BALANCE, balance)
            verdict = QTableWidgetItem(verdict_text(check) if check else "Not checked")
            if check is not None:
                verdict.setForeground(QBrush(QColor(GOOD if check.allowed else BAD)))
                verdict.setToolTip("\n".join(check.reasons))
                verdict.setData(Qt.ItemDataRole.AccessibleTextRole, verdict_text(check))
            table.setItem(row, COL_VERDICT, verdict)
        table.blockSignals(False)
        self.ui.checksBrowser.setHtml(
            "".join(
                check_html(order, self.checks[order.id])
                for order in self.orders
                if order.id in self.checks
            )
            or "<p>This case has no granted liability order to refer.</p>"
        )
        # As tall as its rows (up to eight): the checks below get the rest of the dialog.
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 6
        height += table.verticalHeader().defaultSectionSize() * min(max(len(self.orders), 1), 8)
        table.setFixedHeight(height)
        if self.orders and not table.selectedItems():
            table.selectRow(0)
        self._ticks_changed()
        if then is not None:
            then()

    def ticked_ids(self) -> list[int]:
        """The LOs ticked, in the order shown."""
        table = self.ui.ordersTable
        ids: list[int] = []
        for row in range(table.rowCount()):
            item = table.item(row, COL_ORDER)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_ticked(self, order_ids: Sequence[int]) -> None:
        """Tick exactly these LOs (keyboard users tick with Space; tests use this)."""
        table = self.ui.ordersTable
        for row in range(table.rowCount()):
            item = table.item(row, COL_ORDER)
            if item is not None:
                on = int(item.data(Qt.ItemDataRole.UserRole)) in order_ids
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _row_selected(self) -> None:
        rows = self.ui.ordersTable.selectionModel().selectedRows()
        if rows:
            item = self.ui.ordersTable.item(rows[0].row(), COL_ORDER)
            if item is not None:
                self.ui.checksBrowser.scrollToAnchor(f"lo{item.data(Qt.ItemDataRole.UserRole)}")

    def _ticks_changed(self, *_: object) -> None:
        count = len(self.ticked_ids())
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(count > 0)
        ok.setText(
            f"&Refer {count} LO{'s' if count != 1 else ''} to bailiff" if count else "&Refer"
        )
        ok.setToolTip("" if count else "Tick at least one liability order to refer")

    def _show_general(self, text: str) -> None:
        label = self.ui.generalError
        label.setText(text)
        label.setVisible(True)

    # ----------------------------------------------------------------- OK

    def refer(self) -> None:
        """Open one Bailiff SR per ticked LO; a refusal is shown here with every reason."""
        self.submit(self._refer_work, self._referred, on_refused=self._refused_referral)

    def _refer_work(self) -> Callable[[ServiceContext], list[ServiceRequestDTO]]:
        case_id, order_ids = self.case.id, self.ticked_ids()
        return lambda ctx: bailiff.refer_to_bailiff(ctx, case_id, order_ids)

    def _referred(self, created: list[ServiceRequestDTO]) -> None:
        self.created = created

    def _refused_referral(self, exc: DomainError) -> None:
        if not isinstance(exc, RuleViolation):
            # A conflict or a record gone: say so and close; the caller reloads.
            self._refused(close=True)(exc)
            return
        message = str(exc.args[0]).split(": ", 1)[0] if exc.args else str(exc)
        ticked = list(self.ticked_ids())
        reasons = "\n".join(f"• {reason}" for reason in exc.reasons)

        def checked_again() -> None:
            self.set_ticked(ticked)
            self._show_general(f"{message}:\n{reasons}")

        self.load(checked_again)
