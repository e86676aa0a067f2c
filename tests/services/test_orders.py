"""Enforcement order, payment and court services on a real database."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select

from enforcement_desktop.domain.enums import (
    AssetFinding,
    AssetType,
    ContactRole,
    CourtKind,
    InformationSource,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    OwningTeam,
    Scheme,
)
from enforcement_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.services import assets, contacts, orders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Case, EnforcementOrder, OrderPayment

D = Decimal
LO_LABEL = OrderType.LIABILITY_ORDER.label


@dataclass(frozen=True)
class World:
    paying_parent_id: int
    case_id: int
    magistrates_id: int
    county_id: int
    rjof_id: int


def make_case(ctx: ServiceContext, scin: str) -> tuple[int, int]:
    """A paying parent and a case; the case row is inserted directly (its service is elsewhere)."""
    parent = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Testy",
            last_name="McTestface",
            scin=scin,
            jurisdiction=Jurisdiction.ENGLAND,
        ),
    )
    with ctx.db.unit_of_work() as s:
        case = Case(
            paying_parent_id=parent.id,
            scheme=Scheme.CMS_2012,
            region="Midlands",
            owning_team=OwningTeam.ENFORCEMENT,
            # Payments against its orders come off these (test_payments_arrears.py).
            arrears_balance=D("5000.00"),
        )
        s.add(case)
        s.flush()
        return parent.id, case.id


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    parent_id, case_id = make_case(ctx, "121000000099")
    magistrates = orders.create_court(
        ctx, orders.CourtInput("Coventry Magistrates' Court", CourtKind.MAGISTRATES, "CV")
    )
    county = orders.create_court(
        ctx,
        orders.CourtInput("Coventry County Court", CourtKind.COUNTY, "CV", D("500.00")),
    )
    rjof = orders.create_court(
        ctx, orders.CourtInput("Register of Judgments, Orders and Fines", CourtKind.RJOF)
    )
    return World(parent_id, case_id, magistrates.id, county.id, rjof.id)


def lo_input(world: World, **overrides: Any) -> orders.OrderInput:
    values: dict[str, Any] = dict(
        order_type=OrderType.LIABILITY_ORDER,
        status=OrderStatus.GRANTED,
        reference="LO/2026/0042",
        court_id=world.magistrates_id,
        applied_on=date(2026, 3, 2),
        granted_on=date(2026, 4, 14),
        period_from=date(2024, 1, 1),
        period_to=date(2025, 12, 31),
        amount=D("1500.00"),
        costs=D("100.00"),
    )
    values.update(overrides)
    return orders.OrderInput(**values)


def child_input(
    order_type: OrderType, parent_id: int | None, court_id: int | None = None, **overrides: Any
) -> orders.OrderInput:
    values: dict[str, Any] = dict(
        order_type=order_type,
        status=OrderStatus.APPLIED,
        parent_order_id=parent_id,
        court_id=court_id,
        applied_on=date(2026, 6, 1),
    )
    values.update(overrides)
    return orders.OrderInput(**values)


def order_count(ctx: ServiceContext) -> int:
    with ctx.db.unit_of_work() as s:
        return len(s.scalars(select(EnforcementOrder.id)).all())


def audit_rows(ctx: ServiceContext, entity: str) -> list[AuditEvent]:
    with ctx.db.unit_of_work() as s:
        return list(
            s.scalars(select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id))
        )


# --------------------------------------------------------------------------- orders


def test_create_liability_order_balance_and_audit(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world, reference="  LO/2026/0042 "))
    assert lo.reference == "LO/2026/0042"
    assert lo.court_name == "Coventry Magistrates' Court"
    assert (lo.payments, lo.payments_total, lo.current_balance) == ((), D("0.00"), D("1600.00"))
    assert lo.origin == OrderOrigin.CMS
    assert orders.get_order(ctx, lo.id) == lo
    events = audit_rows(ctx, "enforcement_order")
    assert [(e.action, e.entity_id, e.case_id, e.new_value) for e in events] == [
        ("create", lo.id, world.case_id, f"{LO_LABEL} LO/2026/0042")
    ]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"amount": D("-1.00")}, "amount", "£0.00 or more"),
        ({"amount": D("10.001")}, "amount", "two decimal places"),
        ({"amount": D("0.00")}, "amount", "over £0.00"),
        ({"costs": D("-0.01")}, "costs", "£0.00 or more"),
        ({"costs": D("1.234")}, "costs", "two decimal places"),
        ({"applied_on": date(2026, 11, 24), "granted_on": None, "status": OrderStatus.APPLIED},
         "applied_on", "future"),
        ({"granted_on": date(2026, 11, 24)}, "granted_on", "future"),
        ({"ended_on": date(2026, 11, 24)}, "ended_on", "future"),
        ({"granted_on": date(2026, 3, 1)}, "granted_on", "before the date applied (02/03/2026)"),
        ({"ended_on": date(2026, 4, 13)}, "ended_on", "before the order was made"),
        ({"period_to": date(2023, 12, 31)}, "period_to", "cannot end before it starts"),
        ({"period_to": date(2026, 12, 31)}, "period_to", "future"),
        ({"granted_on": None}, "granted_on", "date it was granted"),
        ({"reference": " "}, "reference", "needs its reference"),
        ({"reference": "x" * 41}, "reference", "too long"),
        ({"court_id": None}, "court_id", "needs the court"),
        ({"court_id": 999}, "court_id", "No court 999"),
        ({"period_from": None}, "period_from", "period of debt"),
        ({"period_to": None}, "period_to", "period of debt"),
        ({"asset_id": 999}, "asset_id", "No asset 999"),
        ({"parent_order_id": 999}, "parent_order_id", "No order 999"),
    ],
)  # fmt: skip
def test_bad_order_is_refused_and_nothing_saved(
    ctx: ServiceContext, world: World, overrides: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, world.case_id, lo_input(world, **overrides))
    assert words in info.value.errors[field]
    assert order_count(ctx) == 0
    assert audit_rows(ctx, "enforcement_order") == []


def test_validation_names_every_bad_field(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx,
            world.case_id,
            lo_input(world, reference=None, court_id=None, amount=D("0"), costs=D("-1")),
        )
    assert set(info.value.errors) == {"reference", "court_id", "amount", "costs"}


def test_sanctions_order_needs_terms_and_cases(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx, world.case_id, orders.OrderInput(OrderType.SANCTIONS_ORDER, OrderStatus.APPLIED)
        )
    assert set(info.value.errors) == {
        "instalment_amount",
        "instalment_period",
        "first_due_on",
        "case_ids",
    }
    assert "at least one case" in info.value.errors["case_ids"]
    assert order_count(ctx) == 0
    made = orders.create_order(
        ctx,
        world.case_id,
        orders.OrderInput(
            OrderType.SANCTIONS_ORDER,
            OrderStatus.GRANTED,
            granted_on=date(2026, 10, 1),
            instalment_amount=D("50.00"),
            instalment_period=SanctionsPeriod.MONTHLY,
            first_due_on=date(2026, 11, 1),
            case_ids=(world.case_id,),
        ),
    )
    assert (made.instalment_amount, made.instalment_period, made.first_due_on) == (
        D("50.00"),
        SanctionsPeriod.MONTHLY,
        date(2026, 11, 1),
    )
    assert made.case_ids == (world.case_id,)
    assert order_count(ctx) == 1


def test_order_for_unknown_case_is_not_found(ctx: ServiceContext, world: World) -> None:
    with pytest.raises(NotFoundError):
        orders.create_order(ctx, 999, lo_input(world))
    with pytest.raises(NotFoundError):
        orders.list_orders(ctx, 999)
    with pytest.raises(NotFoundError):
        orders.get_order(ctx, 999)


def test_reference_unique_per_order_type_within_a_case(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, world.case_id, lo_input(world, reference="lo/2026/0042"))
    assert f"already has a {LO_LABEL}" in info.value.errors["reference"]
    # The same reference on another type of order, or on another case, is fine.
    registration = orders.create_order(
        ctx,
        world.case_id,
        child_input(OrderType.LO_COUNTY_COURT, lo.id, world.county_id, reference="LO/2026/0042"),
    )
    _, other_case = make_case(ctx, "121000000100")
    orders.create_order(ctx, other_case, lo_input(world))
    # Saving an order with its own reference is not a clash.
    again = orders.update_order(ctx, lo.id, lo.version, lo.to_input())
    assert again.version == lo.version
    assert registration.parent_reference == "LO/2026/0042"


# --------------------------------------------------------------------------- lineage


def test_lineage_chain_is_accepted(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    county = orders.create_order(
        ctx, world.case_id, child_input(OrderType.LO_COUNTY_COURT, lo.id, world.county_id)
    )
    rjof = orders.create_order(
        ctx, world.case_id, child_input(OrderType.LO_RJOF, lo.id, world.rjof_id)
    )
    charging = orders.create_order(
        ctx, world.case_id, child_input(OrderType.CHARGING_ORDER, county.id, world.county_id)
    )
    tpdo = orders.create_order(
        ctx, world.case_id, child_input(OrderType.THIRD_PARTY_DEBT_ORDER, county.id)
    )
    sale = orders.create_order(
        ctx, world.case_id, child_input(OrderType.ORDER_FOR_SALE, charging.id)
    )
    assert [o.parent_order_id for o in (county, rjof, charging, tpdo, sale)] == [
        lo.id,
        lo.id,
        county.id,
        county.id,
        charging.id,
    ]


@pytest.mark.parametrize(
    ("order_type", "parent_kind"),
    [
        (OrderType.LO_COUNTY_COURT, None),
        (OrderType.LO_RJOF, None),
        (OrderType.CHARGING_ORDER, None),
        (OrderType.THIRD_PARTY_DEBT_ORDER, None),
        (OrderType.ORDER_FOR_SALE, None),
        (OrderType.LO_COUNTY_COURT, "county"),
        (OrderType.LO_RJOF, "county"),
        (OrderType.CHARGING_ORDER, "lo"),
        (OrderType.THIRD_PARTY_DEBT_ORDER, "lo"),
        (OrderType.ORDER_FOR_SALE, "county"),
        (OrderType.ORDER_FOR_SALE, "lo"),
    ],
)
def test_lineage_rules(
    ctx: ServiceContext, world: World, order_type: OrderType, parent_kind: str | None
) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    county = orders.create_order(
        ctx, world.case_id, child_input(OrderType.LO_COUNTY_COURT, lo.id, world.county_id)
    )
    parent_id = {"lo": lo.id, "county": county.id, None: None}[parent_kind]
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, world.case_id, child_input(order_type, parent_id))
    required = orders.REQUIRED_PARENT[order_type].label
    assert f"must rest on a {required}" in info.value.errors["parent_order_id"]
    assert order_count(ctx) == 2


def test_parent_of_another_case_is_refused(ctx: ServiceContext, world: World) -> None:
    _, other_case = make_case(ctx, "121000000100")
    foreign_lo = orders.create_order(ctx, other_case, lo_input(world))
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx,
            world.case_id,
            child_input(OrderType.LO_COUNTY_COURT, foreign_lo.id, world.county_id),
        )
    assert "belongs to another case" in info.value.errors["parent_order_id"]
    # Any type of order, not only those with a lineage rule.
    with pytest.raises(ValidationError) as info:
        orders.create_order(ctx, world.case_id, child_input(OrderType.DEO, foreign_lo.id))
    assert "belongs to another case" in info.value.errors["parent_order_id"]


def test_registration_court_must_be_of_its_kind(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx, world.case_id, child_input(OrderType.LO_COUNTY_COURT, lo.id, world.magistrates_id)
        )
    assert "county court" in info.value.errors["court_id"].lower()


def test_lineage_cannot_be_broken_by_an_update(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    county = orders.create_order(
        ctx, world.case_id, child_input(OrderType.LO_COUNTY_COURT, lo.id, world.county_id)
    )
    data = lo.to_input()
    data.order_type = OrderType.DEO
    with pytest.raises(ValidationError) as info:
        orders.update_order(ctx, lo.id, lo.version, data)
    assert "rests on this order" in info.value.errors["order_type"]
    deo = orders.create_order(ctx, world.case_id, child_input(OrderType.DEO, None))
    loop = deo.to_input()
    loop.parent_order_id = deo.id
    with pytest.raises(ValidationError) as info:
        orders.update_order(ctx, deo.id, deo.version, loop)
    assert "itself" in info.value.errors["parent_order_id"]
    assert orders.get_order(ctx, county.id).parent_order_id == lo.id


def test_order_asset_must_be_the_paying_parents_and_not_disregarded(
    ctx: ServiceContext, world: World
) -> None:
    house = assets.AssetInput(
        AssetType.PROPERTY,
        InformationSource.LAND_REGISTRY,
        date(2026, 9, 1),
        description="House",
        finding=AssetFinding.RELEVANT,
    )
    own = assets.create_asset(ctx, world.paying_parent_id, house)
    other_parent, _ = make_case(ctx, "121000000100")
    foreign = assets.create_asset(ctx, other_parent, house)
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    county = orders.create_order(
        ctx, world.case_id, child_input(OrderType.LO_COUNTY_COURT, lo.id, world.county_id)
    )
    with pytest.raises(ValidationError) as info:
        orders.create_order(
            ctx,
            world.case_id,
            child_input(OrderType.CHARGING_ORDER, county.id, asset_id=foreign.id),
        )
    assert "someone other than the paying parent" in info.value.errors["asset_id"]
    charging = orders.create_order(
        ctx, world.case_id, child_input(OrderType.CHARGING_ORDER, county.id, asset_id=own.id)
    )
    assert charging.asset_id == own.id
    gone = assets.disregard_asset(ctx, foreign.id, foreign.version, "Not relevant")
    assert gone.is_disregarded


# --------------------------------------------------------------------------- update, conflicts


def test_update_audits_each_field_and_bumps_version(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    data = lo.to_input()
    data.costs = D("150.50")
    data.notes = "Costs varied on appeal"
    data.court_id = world.county_id
    updated = orders.update_order(ctx, lo.id, lo.version, data)
    assert updated.version == lo.version + 1
    assert (updated.costs, updated.current_balance) == (D("150.50"), D("1650.50"))
    assert updated.court_name == "Coventry County Court"
    changes = {
        e.field: (e.old_value, e.new_value)
        for e in audit_rows(ctx, "enforcement_order")
        if e.action == "update"
    }
    assert changes == {
        "costs": ("100.00", "150.50"),
        "notes": (None, "Costs varied on appeal"),
        "court_id": (str(world.magistrates_id), str(world.county_id)),
    }


def test_stale_version_raises_conflict(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    colleague = ServiceContext(db=ctx.db, user="colleague", clock=ctx.clock)
    data = lo.to_input()
    data.notes = "theirs"
    orders.update_order(colleague, lo.id, lo.version, data)
    data.notes = "mine"
    with pytest.raises(ConflictError) as info:
        orders.update_order(ctx, lo.id, lo.version, data)
    assert "colleague" in str(info.value)
    assert orders.get_order(ctx, lo.id).notes == "theirs"


# --------------------------------------------------------------------------- payments


def test_balance_is_amount_plus_costs_less_payments(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    first = orders.add_payment(ctx, lo.id, date(2026, 5, 1), D("250.00"), " Bank transfer ")
    second = orders.add_payment(ctx, lo.id, date(2026, 6, 1), D("99.99"))
    assert first.current_balance == D("1350.00")
    assert (second.payments_total, second.current_balance) == (D("349.99"), D("1250.01"))
    assert [(p.paid_on, p.amount, p.method) for p in second.payments] == [
        (date(2026, 5, 1), D("250.00"), "Bank transfer"),
        (date(2026, 6, 1), D("99.99"), None),
    ]
    # The order's version moves on with each payment, so a stale edit of it is a conflict.
    assert second.version == lo.version + 2
    with pytest.raises(ConflictError):
        orders.update_order(ctx, lo.id, lo.version, lo.to_input())
    assert orders.get_order(ctx, lo.id) == second
    events = audit_rows(ctx, "order_payment")
    assert [(e.action, e.case_id) for e in events] == [
        ("create", world.case_id),
        ("create", world.case_id),
    ]
    assert events[0].new_value == f"£250.00 paid on 01/05/2026 against {LO_LABEL} LO/2026/0042"


def test_overpayment_refused_naming_the_balance(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(
        ctx, world.case_id, lo_input(world, amount=D("1200.00"), costs=D("34.56"))
    )
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo.id, date(2026, 5, 1), D("1234.57"))
    assert "below zero" in info.value.errors["amount"]
    assert "£1,234.56" in info.value.errors["amount"]
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(OrderPayment.id)) is None
    paid_off = orders.add_payment(ctx, lo.id, date(2026, 5, 1), D("1234.56"))
    assert paid_off.current_balance == D("0.00")
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo.id, date(2026, 5, 2), D("0.01"))
    assert "£0.00" in info.value.errors["amount"]


@pytest.mark.parametrize(
    ("paid_on", "amount", "field", "words"),
    [
        (date(2026, 5, 1), D("0.00"), "amount", "over £0.00"),
        (date(2026, 5, 1), D("-5.00"), "amount", "£0.00 or more"),
        (date(2026, 5, 1), D("5.001"), "amount", "two decimal places"),
        (date(2026, 11, 24), D("5.00"), "paid_on", "future"),
        (None, D("5.00"), "paid_on", "required"),
    ],
)
def test_bad_payment_refused_and_nothing_saved(
    ctx: ServiceContext,
    world: World,
    paid_on: date | None,
    amount: Decimal,
    field: str,
    words: str,
) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    with pytest.raises(ValidationError) as info:
        orders.add_payment(ctx, lo.id, paid_on, amount)
    assert words in info.value.errors[field]
    assert orders.get_order(ctx, lo.id) == lo
    assert audit_rows(ctx, "order_payment") == []


def test_remove_payment_restores_balance_and_is_audited(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    paid = orders.add_payment(ctx, lo.id, date(2026, 5, 1), D("600.00"))
    payment = paid.payments[0]
    restored = orders.remove_payment(ctx, payment.id, payment.version)
    assert (restored.payments, restored.current_balance) == ((), D("1600.00"))
    deleted = audit_rows(ctx, "order_payment")[-1]
    assert (deleted.action, deleted.entity_id, deleted.old_value) == (
        "delete",
        payment.id,
        f"£600.00 paid on 01/05/2026 against {LO_LABEL} LO/2026/0042",
    )
    with pytest.raises(NotFoundError):
        orders.remove_payment(ctx, payment.id, payment.version)


def test_amount_cannot_drop_below_payments(ctx: ServiceContext, world: World) -> None:
    lo = orders.create_order(ctx, world.case_id, lo_input(world))
    paid = orders.add_payment(ctx, lo.id, date(2026, 5, 1), D("1000.00"))
    data = paid.to_input()
    data.amount = D("800.00")
    data.costs = D("0.00")
    with pytest.raises(ValidationError) as info:
        orders.update_order(ctx, lo.id, paid.version, data)
    assert "£1,000.00 has been paid" in info.value.errors["amount"]


# --------------------------------------------------------------------------- listing


@contextmanager
def count_statements(ctx: ServiceContext) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)


def test_list_orders_by_date_with_payments_in_one_query(ctx: ServiceContext, world: World) -> None:
    newest = orders.create_order(
        ctx,
        world.case_id,
        lo_input(world, reference="B", applied_on=None, granted_on=date(2026, 9, 1)),
    )
    undated = orders.create_order(
        ctx, world.case_id, orders.OrderInput(OrderType.DER, OrderStatus.APPLIED)
    )
    applied_only = orders.create_order(
        ctx,
        world.case_id,
        lo_input(
            world,
            reference="C",
            status=OrderStatus.APPLIED,
            granted_on=None,
            applied_on=date(2026, 5, 1),
        ),
    )
    oldest = orders.create_order(
        ctx,
        world.case_id,
        lo_input(world, reference="A", origin=OrderOrigin.CSA, granted_on=date(2026, 4, 1)),
    )
    orders.add_payment(ctx, oldest.id, date(2026, 5, 1), D("100.00"))
    orders.add_payment(ctx, oldest.id, date(2026, 6, 1), D("200.00"))
    orders.add_payment(ctx, newest.id, date(2026, 10, 1), D("1.00"))
    _, other_case = make_case(ctx, "121000000100")
    orders.create_order(ctx, other_case, lo_input(world))

    with count_statements(ctx) as statements:
        listed = orders.list_orders(ctx, world.case_id)
    # One to check the case exists, one for the orders with their payments, court and parent.
    assert len(statements) == 2
    assert [o.id for o in listed] == [oldest.id, applied_only.id, newest.id, undated.id]
    assert [len(o.payments) for o in listed] == [2, 0, 1, 0]
    assert listed[0].current_balance == D("1300.00")
    assert listed[2].current_balance == D("1599.00")


# --------------------------------------------------------------------------- courts


@pytest.mark.parametrize(
    ("de_minimis", "accepted"),
    [("499.99", False), ("500.00", True), ("750.00", True), ("750.01", False)],
)
def test_court_de_minimis_bounds(ctx: ServiceContext, de_minimis: str, accepted: bool) -> None:
    data = orders.CourtInput("Leicester County Court", CourtKind.COUNTY, "LE", D(de_minimis))
    if accepted:
        assert orders.create_court(ctx, data).charging_order_de_minimis == D(de_minimis)
        return
    with pytest.raises(ValidationError) as info:
        orders.create_court(ctx, data)
    assert "£500.00 and £750.00" in info.value.errors["charging_order_de_minimis"]
    assert orders.list_courts(ctx) == []


def test_court_fields_validated_and_normalised(ctx: ServiceContext) -> None:
    court = orders.create_court(
        ctx, orders.CourtInput(" Birmingham County Court ", CourtKind.COUNTY, "b, cv  ws")
    )
    assert (court.name, court.postcode_areas) == ("Birmingham County Court", "B CV WS")
    with pytest.raises(ValidationError) as info:
        orders.create_court(
            ctx,
            orders.CourtInput("birmingham county court", CourtKind.COUNTY, "B1 CVX", D("1.234")),
        )
    assert set(info.value.errors) == {"name", "postcode_areas", "charging_order_de_minimis"}
    assert "already a court" in info.value.errors["name"]
    assert "B1, CVX" in info.value.errors["postcode_areas"]
    events = audit_rows(ctx, "court")
    assert [(e.action, e.new_value) for e in events] == [("create", "Birmingham County Court")]


def test_update_court_audits_and_detects_conflict(ctx: ServiceContext) -> None:
    court = orders.create_court(ctx, orders.CourtInput("Walsall County Court", CourtKind.COUNTY))
    data = court.to_input()
    data.charging_order_de_minimis = D("600.00")
    updated = orders.update_court(ctx, court.id, court.version, data)
    assert (updated.version, updated.charging_order_de_minimis) == (2, D("600.00"))
    change = [e for e in audit_rows(ctx, "court") if e.action == "update"]
    assert [(e.field, e.old_value, e.new_value) for e in change] == [
        ("charging_order_de_minimis", "750.00", "600.00")
    ]
    with pytest.raises(ConflictError):
        orders.update_court(ctx, court.id, court.version, data)
    # Keeping its own name is not a clash with itself.
    assert orders.update_court(ctx, court.id, updated.version, data) == updated


def test_list_courts_by_name_and_kind(ctx: ServiceContext, world: World) -> None:
    names = [c.name for c in orders.list_courts(ctx)]
    assert names == sorted(names)
    assert [c.id for c in orders.list_courts(ctx, CourtKind.COUNTY)] == [world.county_id]
