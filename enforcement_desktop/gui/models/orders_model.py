"""A client's enforcement orders and the payments against one order."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtGui import QColor

from enforcement_desktop.domain.enums import OrderStatus, OrderType
from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.gui.models.dto_table import (
    BAD,
    CENTRE,
    GOOD,
    MUTED,
    RIGHT,
    Column,
    DtoTableModel,
)
from enforcement_desktop.services.orders import OrderDTO, PaymentDTO

#: Short names for the table (the full label is the tooltip).
SHORT_TYPE: dict[OrderType, str] = {
    OrderType.LIABILITY_ORDER: "LO",
    OrderType.LO_COUNTY_COURT: "LO reg. county court",
    OrderType.LO_RJOF: "LO reg. RJOF",
    OrderType.CHARGING_ORDER: "Charging order",
    OrderType.ORDER_FOR_SALE: "Order for sale",
    OrderType.THIRD_PARTY_DEBT_ORDER: "Third party debt order",
    OrderType.FREEZING_ORDER: "Freezing order",
    OrderType.SET_ASIDE_DISPOSITION_ORDER: "Set aside disposition",
    OrderType.LSDO: "LSDO",
    OrderType.RDO: "RDO",
    OrderType.DEO: "DEO",
    OrderType.DER: "DER",
    OrderType.DRIVING_DISQUALIFICATION: "Driving disqualification",
    OrderType.COMMITMENT: "Commitment",
    OrderType.SANCTIONS_ORDER: "Sanctions order",
}

_ENDED = (OrderStatus.REFUSED, OrderStatus.WITHDRAWN, OrderStatus.DISCHARGED, OrderStatus.SATISFIED)


def lineage_text(order: OrderDTO) -> str:
    """ "← LO/123" when the order rests on another (its parent's reference)."""
    if order.parent_order_id is None:
        return ""
    return f"← {order.parent_reference or f'#{order.parent_order_id}'}"


def _status_colour(order: OrderDTO) -> QColor | None:
    if order.status == OrderStatus.GRANTED:
        return GOOD
    if order.status in _ENDED:
        return MUTED
    return None


def _balance_colour(order: OrderDTO) -> QColor | None:
    return BAD if order.current_balance > 0 and order.status == OrderStatus.GRANTED else None


class OrdersModel(DtoTableModel):
    """Orders of a case: type, reference, court, dates, amount, costs, paid, balance, lineage."""

    (
        TYPE,
        REFERENCE,
        COURT,
        APPLIED,
        GRANTED,
        AMOUNT,
        COSTS,
        PAID,
        BALANCE,
        STATUS,
        ORIGIN,
        LINEAGE,
    ) = range(12)
    COLUMNS: ClassVar = (
        Column(
            "Type",
            lambda o: SHORT_TYPE.get(o.order_type, o.order_type.label),
            tooltip=lambda o: o.order_type.label,
        ),
        Column("Reference", lambda o: o.reference or ""),
        Column("Court", lambda o: o.court_name or "", tooltip=lambda o: o.court_name),
        Column("Applied", lambda o: format_date(o.applied_on), sort_key=lambda o: o.applied_on),
        Column("Granted", lambda o: format_date(o.granted_on), sort_key=lambda o: o.granted_on),
        Column(
            "Amount", lambda o: format_money(o.amount), sort_key=lambda o: o.amount, align=RIGHT
        ),
        Column("Costs", lambda o: format_money(o.costs), sort_key=lambda o: o.costs, align=RIGHT),
        Column(
            "Paid",
            lambda o: format_money(o.payments_total),
            sort_key=lambda o: o.payments_total,
            align=RIGHT,
        ),
        Column(
            "Balance",
            lambda o: format_money(o.current_balance),
            sort_key=lambda o: o.current_balance,
            align=RIGHT,
            foreground=_balance_colour,
            header_tooltip="Current arrears balance: amount + costs − payments",
        ),
        Column("Status", lambda o: o.status.label, foreground=_status_colour),
        Column(
            "Origin",
            lambda o: o.origin.label,
            align=CENTRE,
            header_tooltip="CMS, or legacy CSA (brought onto the system by Check CSA)",
        ),
        Column(
            "Rests on",
            lineage_text,
            header_tooltip="The order this one relies on (lineage)",
        ),
    )

    def order_at(self, row: int) -> OrderDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, OrderDTO) else None


class PaymentsModel(DtoTableModel):
    """Payments against one order, oldest first."""

    PAID_ON, AMOUNT, METHOD = range(3)
    COLUMNS: ClassVar = (
        Column("Paid on", lambda p: format_date(p.paid_on), sort_key=lambda p: p.paid_on),
        Column(
            "Amount", lambda p: format_money(p.amount), sort_key=lambda p: p.amount, align=RIGHT
        ),
        Column("Method", lambda p: p.method or ""),
    )

    def payment_at(self, row: int) -> PaymentDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, PaymentDTO) else None
