"""How a payment against an order divides between the order's debt and its costs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from enforcement_desktop.domain.payments import split_payment

D = Decimal


@pytest.mark.parametrize(
    ("paid_before", "payment", "debt", "costs"),
    [
        ("0.00", "400.00", "400.00", "0.00"),  # within the debt
        ("0.00", "1575.00", "1500.00", "75.00"),  # the whole balance: debt first, then costs
        ("1400.00", "150.00", "100.00", "50.00"),  # crosses from the debt into the costs
        ("1500.00", "75.00", "0.00", "75.00"),  # the debt paid: costs only
    ],
)
def test_the_debt_is_paid_before_the_costs(
    paid_before: str, payment: str, debt: str, costs: str
) -> None:
    split = split_payment(D("1500.00"), D(paid_before), D(payment))
    assert (split.debt, split.costs) == (D(debt), D(costs))
    assert split.debt + split.costs == D(payment)
    assert "£1,500.00" in split.reason
