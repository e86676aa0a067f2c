"""A payment against an order moves the order's balance and the case's arrears together.

Issue 13 item 9: the case's arrears balance did not move when a payment was recorded against an
LO, so the two figures the case manager reads disagreed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import OrderStatus, OrderType
from enforcement_desktop.domain.errors import ConflictError, ValidationError
from enforcement_desktop.services import case_file, cases, orders
from enforcement_desktop.services.base import ServiceContext, input_from
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent, EnforcementOrder
from tests.regions import seed_test_regions
from tests.services.builders import make_case, make_lo

D = Decimal


def case_events(ctx: ServiceContext, case_id: int) -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(
            s.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity == "case", AuditEvent.entity_id == case_id)
                .where(AuditEvent.field == "arrears_balance")
                .order_by(AuditEvent.id)
            )
        )


def test_payment_reduces_the_case_arrears_too_and_is_audited(ctx: ServiceContext) -> None:
    case = make_case(ctx)  # arrears £2,400
    lo_id = make_lo(ctx, case.id)  # £1,500 + £75 costs
    paid = orders.add_payment(ctx, lo_id, date(2026, 5, 1), D("400.00"))
    assert paid.current_balance == D("1175.00")
    after = cases.get_case(ctx, case.id)
    assert after.arrears_balance == D("2000.00")
    # The case's version moved on: an Edit case… from the old reading is a conflict, so it
    # cannot put the old arrears back.
    assert after.version == case.version + 1
    with pytest.raises(ConflictError):
        cases.update_case(ctx, case.id, case.version, input_from(case, cases.CaseInput))
    [event] = case_events(ctx, case.id)
    assert (event.action, event.old_value, event.new_value) == ("update", "2400.00", "2000.00")


def test_removing_the_payment_puts_the_case_arrears_back(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo_id = make_lo(ctx, case.id)
    paid = orders.add_payment(ctx, lo_id, date(2026, 5, 1), D("400.00"))
    payment = paid.payments[0]
    restored = orders.remove_payment(ctx, payment.id, payment.version)
    assert restored.current_balance == D("1575.00")
    assert cases.get_case(ctx, case.id).arrears_balance == D("2400.00")
    assert [(e.old_value, e.new_value) for e in case_events(ctx, case.id)] == [
        ("2400.00", "2000.00"),
        ("2000.00", "2400.00"),
    ]


def test_payment_over_the_case_arrears_refused_naming_both(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    data = input_from(case, cases.CaseInput)
    data.arrears_balance = D("300.00")
    cases.update_case(ctx, case.id, case.version, data)
    lo_id = make_lo(ctx, case.id)
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo_id, date(2026, 5, 1), D("300.01"))
    message = info.value.errors["amount"]
    assert "£300.00" in message and "case arrears" in message
    assert orders.get_order(ctx, lo_id).payments == ()
    assert cases.get_case(ctx, case.id).arrears_balance == D("300.00")


def test_owed_under_liability_orders_counts_granted_los_once(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    first = make_lo(ctx, case.id, "LO/2024/0001")
    make_lo(ctx, case.id, "LO/2024/0002", granted_on=date(2024, 6, 1))
    orders.add_payment(ctx, first, date(2026, 5, 1), D("575.00"))
    listed = orders.list_orders(ctx, case.id)
    assert orders.owed_under_liability_orders(listed) == D("1000.00") + D("1575.00")
    # A registration at a county court is the same debt as its LO: not counted again; nor is
    # an LO only applied for.
    registration = replace(listed[0], id=0, order_type=OrderType.LO_COUNTY_COURT)
    applied = replace(listed[0], id=-1, status=OrderStatus.APPLIED)
    assert orders.owed_under_liability_orders([*listed, registration, applied]) == D("2575.00")
    assert orders.owed_under_liability_orders([]) == D("0.00")


def test_imported_case_keeps_its_arrears_as_exported(ctx: ServiceContext, tmp_path: Path) -> None:
    """The payments in a case file are already in its arrears: importing them takes nothing off."""
    case = make_case(ctx)
    lo_id = make_lo(ctx, case.id)
    with ctx.db.unit_of_work() as s:
        lo = s.get(EnforcementOrder, lo_id)
        assert lo is not None
        lo.period_from, lo.period_to = date(2022, 1, 1), date(2023, 12, 31)
    orders.add_payment(ctx, lo_id, date(2026, 5, 1), D("400.00"))
    exported = case_file.export_case(ctx, case.paying_parent_scin or "")
    assert exported["cases"][0]["arrears_balance"] == "2000.00"
    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        elsewhere = seed_test_regions(ServiceContext(other, "test.user", clock=ctx.clock))
        summary = case_file.import_case(elsewhere, exported)
        assert cases.get_case(elsewhere, summary.case_id).arrears_balance == D("2000.00")
        [imported] = orders.list_orders(elsewhere, summary.case_id)
        assert imported.current_balance == D("1175.00")
    finally:
        other.dispose()
