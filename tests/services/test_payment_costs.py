"""A payment against a liability order may be as large as the order's balance, costs included
(amount + costs − payments): the part over the order's debt pays its costs, which are not child
maintenance arrears, so the case's arrears stop at the debt the payment covers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import cases, orders
from enforcement_desktop.services.base import ServiceContext, input_from
from tests.services.builders import make_case, make_lo

D = Decimal
PAID_ON = date(2026, 5, 1)


def case_with_arrears(ctx: ServiceContext, arrears: str) -> cases.CaseDTO:
    case = make_case(ctx)
    data = input_from(case, cases.CaseInput)
    data.arrears_balance = D(arrears)
    return cases.update_case(ctx, case.id, case.version, data)


def test_payment_of_the_whole_balance_with_costs_is_taken(ctx: ServiceContext) -> None:
    case = case_with_arrears(ctx, "1500.00")
    lo_id = make_lo(ctx, case.id)  # £1,500 + £75 costs: balance £1,575
    paid = orders.add_payment(ctx, lo_id, PAID_ON, D("1575.00"))
    assert paid.current_balance == D("0.00")
    # £1,500 paid the debt, £75 the costs: the case arrears stop at zero.
    assert cases.get_case(ctx, case.id).arrears_balance == D("0.00")


def test_costs_paid_after_the_debt_leave_the_case_arrears_alone(ctx: ServiceContext) -> None:
    case = case_with_arrears(ctx, "1600.00")
    lo_id = make_lo(ctx, case.id)
    orders.add_payment(ctx, lo_id, PAID_ON, D("1500.00"))
    assert cases.get_case(ctx, case.id).arrears_balance == D("100.00")
    paid = orders.add_payment(ctx, lo_id, date(2026, 6, 1), D("75.00"))
    assert paid.current_balance == D("0.00")
    assert cases.get_case(ctx, case.id).arrears_balance == D("100.00")
    # Removing the first payment: the £75 left now counts against the debt, so the case
    # arrears go back up by £1,425, not £1,500.
    first = next(p for p in paid.payments if p.amount == D("1500.00"))
    orders.remove_payment(ctx, first.id, first.version)
    assert cases.get_case(ctx, case.id).arrears_balance == D("1525.00")


def test_the_limit_is_the_orders_balance(ctx: ServiceContext) -> None:
    case = case_with_arrears(ctx, "1500.00")
    lo_id = make_lo(ctx, case.id)
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo_id, PAID_ON, D("1575.01"))
    assert "£1,575.00" in info.value.errors["amount"]
    assert orders.get_order(ctx, lo_id).payments == ()


def test_the_debt_part_over_the_case_arrears_is_still_refused(ctx: ServiceContext) -> None:
    case = case_with_arrears(ctx, "1000.00")
    lo_id = make_lo(ctx, case.id)
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo_id, PAID_ON, D("1575.00"))
    message = info.value.errors["amount"]
    assert "£1,500.00" in message and "£1,000.00" in message and "case arrears" in message
    assert cases.get_case(ctx, case.id).arrears_balance == D("1000.00")
