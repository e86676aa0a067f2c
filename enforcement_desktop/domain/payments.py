"""How a payment against an enforcement order divides between the order's debt and its costs.

An order's balance is its amount (the child maintenance debt it covers) plus the costs awarded,
less the payments made against it (domain.md: "current arrears balance is amount + costs −
payments"). A payment may be as large as that balance. The debt is paid first, then the costs:
only the part that pays the debt comes off the case's arrears, since costs are not child
maintenance arrears. Removing a payment reverses the same figure, worked out from the payments
that remain, so the case's arrears always equal what they were less the debt paid.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from enforcement_desktop.domain.values import ZERO, format_money, money


@dataclass(frozen=True, slots=True)
class PaymentSplit:
    """What one payment pays: the order's debt (off the case arrears) and its costs.

    Attributes:
        debt: The part that pays the order's debt, taken off the case's arrears.
        costs: The part that pays the costs awarded with the order.
        reason: The rule and the figures, in words.
    """

    debt: Decimal
    costs: Decimal
    reason: str


def split_payment(order_amount: Decimal, paid_before: Decimal, payment: Decimal) -> PaymentSplit:
    """Divide ``payment`` between the order's debt and its costs, the debt first.

    Args:
        order_amount: The debt the order covers (its amount, without costs).
        paid_before: What the order's other payments add up to.
        payment: This payment.

    Returns:
        The split, with the figures it was worked out from.
    """
    debt_left = max(order_amount - paid_before, ZERO)
    debt = money(min(max(payment, ZERO), debt_left))
    costs = money(payment - debt)
    reason = (
        f"Payments pay the order's debt of {format_money(order_amount)} before its costs; "
        f"{format_money(debt_left)} of the debt was unpaid, so {format_money(debt)} of "
        f"{format_money(payment)} pays the debt and {format_money(costs)} the costs"
    )
    return PaymentSplit(debt, costs, reason)
