"""Enforcement orders (Enforcement Actions → Enforcement Orders view), their payments, and courts.

An order's current arrears balance is amount + costs − payments. It is always computed from the
payments and never stored, so it cannot drift from them.

Lineage (``parent_order_id``) follows what each order relies on (seed 000 step 14): a registration
(county court or RJOF) registers a liability order; a charging order or third party debt order
relies on the LO registered at a county court; an order for sale enforces a charging order.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import case as case_when
from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload
from sqlalchemy.orm.attributes import flag_modified

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.csa import legacy_action_verdict
from enforcement_desktop.domain.enums import (
    AssetFinding,
    CourtKind,
    OrderOrigin,
    OrderStatus,
    OrderType,
)
from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.domain.facts import (
    CHARGING_ORDER_DE_MINIMIS_HIGH,
    CHARGING_ORDER_DE_MINIMIS_LOW,
)
from enforcement_desktop.domain.payments import split_payment
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.domain.values import (
    ZERO,
    check_money,
    check_past_date,
    check_text,
    format_date,
    format_money,
    money,
)
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    get_or_404,
    input_from,
    raise_if_errors,
    record_created,
    record_event,
    stamp,
)
from enforcement_desktop.services.linked_cases import (
    NO_CASE,
    block_reasons,
    cases_problem,
    sync_links,
)
from enforcement_desktop.storage.models import (
    Asset,
    Case,
    CaseReceivingParent,
    Court,
    EnforcementOrder,
    OrderCase,
    OrderPayment,
)

#: The order each type must rest on (its ``parent_order_id``), of the same case.
REQUIRED_PARENT: dict[OrderType, OrderType] = {
    OrderType.LO_COUNTY_COURT: OrderType.LIABILITY_ORDER,
    OrderType.LO_RJOF: OrderType.LIABILITY_ORDER,
    OrderType.CHARGING_ORDER: OrderType.LO_COUNTY_COURT,
    OrderType.THIRD_PARTY_DEBT_ORDER: OrderType.LO_COUNTY_COURT,
    OrderType.ORDER_FOR_SALE: OrderType.CHARGING_ORDER,
}
#: A registration is made by one kind of court.
REGISTERING_COURT: dict[OrderType, CourtKind] = {
    OrderType.LO_COUNTY_COURT: CourtKind.COUNTY,
    OrderType.LO_RJOF: CourtKind.RJOF,
}


# --------------------------------------------------------------------------- inputs and outputs


@dataclass(slots=True)
class OrderInput:
    """What a user may set on an enforcement order; validated by :func:`validate_order`."""

    order_type: OrderType
    status: OrderStatus
    origin: OrderOrigin = OrderOrigin.CMS
    reference: str | None = None
    court_id: int | None = None
    parent_order_id: int | None = None
    asset_id: int | None = None
    applied_on: date | None = None
    granted_on: date | None = None
    ended_on: date | None = None
    period_from: date | None = None
    period_to: date | None = None
    amount: Decimal = ZERO
    costs: Decimal = ZERO
    payment_terms: str | None = None
    complied: bool | None = None
    notes: str | None = None
    #: A sanctions order's terms: the amount due each period, how often, from when.
    instalment_amount: Decimal | None = None
    instalment_period: SanctionsPeriod | None = None
    first_due_on: date | None = None
    #: The cases a sanctions order covers (its own among them); empty for other orders.
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PaymentDTO:
    id: int
    version: int
    order_id: int
    paid_on: date
    amount: Decimal
    method: str | None


@dataclass(frozen=True, slots=True)
class OrderDTO:
    id: int
    version: int
    case_id: int
    order_type: OrderType
    status: OrderStatus
    origin: OrderOrigin
    reference: str | None
    court_id: int | None
    court_name: str | None
    parent_order_id: int | None
    parent_reference: str | None
    asset_id: int | None
    applied_on: date | None
    granted_on: date | None
    ended_on: date | None
    period_from: date | None
    period_to: date | None
    amount: Decimal
    costs: Decimal
    payment_terms: str | None
    complied: bool | None
    notes: str | None
    updated_by: str | None
    payments: tuple[PaymentDTO, ...]
    payments_total: Decimal
    #: amount + costs − payments, computed from the payments (never stored).
    current_balance: Decimal
    instalment_amount: Decimal | None = None
    instalment_period: SanctionsPeriod | None = None
    first_due_on: date | None = None
    #: The cases a sanctions order covers, its own among them.
    case_ids: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        """How the order is named in messages: its type and reference."""
        return f"{self.order_type.label} {self.reference or f'#{self.id}'}"

    @property
    def sr_association(self) -> workflows.GuardResult:
        """Whether a service request may act on this order (it must be a liability order)."""
        return workflows.can_associate_order(self.order_type, self.name)

    @property
    def legacy_action(self) -> workflows.GuardResult:
        """Whether legacy bailiff, EJO or DCA action may be recorded against this order (a CSA
        liability order, Check CSA step 6)."""
        return legacy_action_verdict(self.order_type, self.origin, self.name)

    @property
    def bailiff_referral(self) -> workflows.GuardResult:
        """Whether this order is offered for a bailiff referral (a granted liability order)."""
        return workflows.can_refer_to_bailiff(self.order_type, self.status, self.name)

    def to_input(self) -> OrderInput:
        return input_from(self, OrderInput)


def payment_dto(p: OrderPayment) -> PaymentDTO:
    return PaymentDTO(
        id=p.id,
        version=p.version,
        order_id=p.order_id,
        paid_on=p.paid_on,
        amount=p.amount,
        method=p.method,
    )


def _payments_total(order: EnforcementOrder) -> Decimal:
    return sum((p.amount for p in order.payments), ZERO)


def _balance(order: EnforcementOrder) -> Decimal:
    return order.amount + order.costs - _payments_total(order)


def _order_name(order: EnforcementOrder) -> str:
    return f"{order.order_type.label} {order.reference or f'#{order.id}'}"


def order_dto(o: EnforcementOrder) -> OrderDTO:
    payments = tuple(payment_dto(p) for p in sorted(o.payments, key=lambda p: (p.paid_on, p.id)))
    return OrderDTO(
        id=o.id,
        version=o.version,
        case_id=o.case_id,
        order_type=o.order_type,
        status=o.status,
        origin=o.origin,
        reference=o.reference,
        court_id=o.court_id,
        court_name=o.court.name if o.court else None,
        parent_order_id=o.parent_order_id,
        parent_reference=o.parent_order.reference if o.parent_order else None,
        asset_id=o.asset_id,
        applied_on=o.applied_on,
        granted_on=o.granted_on,
        ended_on=o.ended_on,
        period_from=o.period_from,
        period_to=o.period_to,
        amount=o.amount,
        costs=o.costs,
        payment_terms=o.payment_terms,
        complied=o.complied,
        notes=o.notes,
        updated_by=o.updated_by,
        payments=payments,
        payments_total=_payments_total(o),
        current_balance=_balance(o),
        instalment_amount=o.instalment_amount,
        instalment_period=o.instalment_period,
        first_due_on=o.first_due_on,
        case_ids=(
            tuple(sorted(link.case_id for link in o.case_links))
            if o.order_type == OrderType.SANCTIONS_ORDER
            else ()
        ),
    )


# --------------------------------------------------------------------------- validation


def _check_dates(data: OrderInput, today: date, errors: dict[str, str | None]) -> None:
    for name in ("applied_on", "granted_on", "ended_on", "period_from", "period_to"):
        errors[name] = check_past_date(getattr(data, name), today)
    if data.applied_on and data.granted_on and data.granted_on < data.applied_on:
        errors["granted_on"] = f"Cannot be before the date applied ({format_date(data.applied_on)})"
    started = data.granted_on or data.applied_on
    if started and data.ended_on and data.ended_on < started:
        errors["ended_on"] = f"Cannot be before the order was made ({format_date(started)})"
    if data.period_from and data.period_to and data.period_to < data.period_from:
        errors["period_to"] = (
            f"The period cannot end before it starts ({format_date(data.period_from)})"
        )
    if data.status == OrderStatus.GRANTED and data.granted_on is None:
        errors["granted_on"] = "A granted order needs the date it was granted"


def _check_money_fields(data: OrderInput, errors: dict[str, str | None]) -> None:
    errors["amount"] = check_money(data.amount)
    errors["costs"] = check_money(data.costs)
    if (
        data.order_type == OrderType.LIABILITY_ORDER
        and not errors["amount"]
        and money(data.amount) <= 0
    ):
        errors["amount"] = "A liability order needs the amount of debt it covers (over £0.00)"


def _check_liability_order(data: OrderInput, errors: dict[str, str | None]) -> None:
    if data.order_type != OrderType.LIABILITY_ORDER:
        return
    if not (data.reference or "").strip():
        errors["reference"] = "A liability order needs its reference"
    if data.court_id is None:
        errors["court_id"] = "A liability order needs the court that made it"
    if data.period_from is None:
        errors["period_from"] = "A liability order needs the start of the period of debt it covers"
    if data.period_to is None:
        errors["period_to"] = "A liability order needs the end of the period of debt it covers"


def parent_problem(
    order_type: OrderType, parent_type: OrderType | None, parent_name: str | None = None
) -> str | None:
    """Whether an order of ``order_type`` may rest on an order of ``parent_type`` (None: none)."""
    required = REQUIRED_PARENT.get(order_type)
    if required is None:
        return None
    if parent_type is None:
        return f"A {order_type.label} must rest on a {required.label} of this case"
    if parent_type != required:
        what = parent_name or f"a {parent_type.label}"
        return f"A {order_type.label} must rest on a {required.label}; {what} is not one"
    return None


def _check_lineage(
    data: OrderInput,
    session: Session,
    case_id: int,
    order_id: int | None,
    errors: dict[str, str | None],
) -> None:
    if data.parent_order_id is None:
        errors["parent_order_id"] = parent_problem(data.order_type, None)
        return
    parent = session.get(EnforcementOrder, data.parent_order_id)
    if parent is None:
        errors["parent_order_id"] = f"No order {data.parent_order_id}"
    elif parent.case_id != case_id:
        errors["parent_order_id"] = f"{_order_name(parent)} belongs to another case"
    elif problem := parent_problem(data.order_type, parent.order_type, _order_name(parent)):
        errors["parent_order_id"] = problem
    elif order_id is not None and _is_ancestor(session, order_id, parent):
        errors["parent_order_id"] = "An order cannot rest on itself or on an order resting on it"


def _is_ancestor(session: Session, order_id: int, start: EnforcementOrder) -> bool:
    """Whether ``order_id`` is ``start`` or one of the orders it rests on (a lineage loop)."""
    seen: set[int] = set()
    node: EnforcementOrder | None = start
    while node is not None and node.id not in seen:
        if node.id == order_id:
            return True
        seen.add(node.id)
        node = session.get(EnforcementOrder, node.parent_order_id) if node.parent_order_id else None
    return False


def _check_children(
    data: OrderInput, session: Session, order: EnforcementOrder, errors: dict[str, str | None]
) -> None:
    """Changing the type of an order must not break the lineage of the orders resting on it."""
    if data.order_type == order.order_type:
        return
    children = session.scalars(
        select(EnforcementOrder).where(EnforcementOrder.parent_order_id == order.id)
    ).all()
    broken = [c for c in children if REQUIRED_PARENT.get(c.order_type) == order.order_type]
    if broken:
        names = ", ".join(_order_name(c) for c in broken)
        errors["order_type"] = f"Cannot change the type: {names} rests on this order"


def court_problem(order_type: OrderType, court_kind: CourtKind) -> str | None:
    """A registration is made by one kind of court."""
    wanted = REGISTERING_COURT.get(order_type)
    if wanted is not None and court_kind != wanted:
        return f"A {order_type.label} is made by a {wanted.label} court"
    return None


def asset_problem(
    paying_parents: bool, finding: AssetFinding, disregarded_on: date | None
) -> str | None:
    """Whether an order may name an asset: the paying parent's, and not disregarded."""
    if not paying_parents:
        return "This asset belongs to someone other than the paying parent"
    if finding == AssetFinding.DISREGARDED:
        return f"This asset was disregarded on {format_date(disregarded_on)}"
    return None


def reference_clash(order_type: OrderType, reference: str) -> str:
    """The message for a second order of one type and reference on a case."""
    return f"This case already has a {order_type.label} with reference {reference}"


def same_reference(a: str | None, b: str | None) -> bool:
    """Whether two references are the same court reference ("lo/123" is "LO/123")."""
    first, second = (a or "").strip().upper(), (b or "").strip().upper()
    return bool(first) and first == second


def _check_references(
    data: OrderInput,
    session: Session,
    case: Case,
    order_id: int | None,
    errors: dict[str, str | None],
) -> None:
    if data.court_id is not None:
        court = session.get(Court, data.court_id)
        if court is None:
            errors["court_id"] = f"No court {data.court_id}"
        else:
            errors["court_id"] = errors.get("court_id") or court_problem(
                data.order_type, court.kind
            )
    if data.asset_id is not None:
        asset = session.get(Asset, data.asset_id)
        if asset is None:
            errors["asset_id"] = f"No asset {data.asset_id}"
        else:
            errors["asset_id"] = asset_problem(
                asset.contact_id == case.paying_parent_id, asset.finding, asset.disregarded_on
            )
    reference = (data.reference or "").strip()
    if reference and not errors.get("reference"):
        # Compared without regard to case: "lo/123" and "LO/123" are the same court reference.
        clash = session.scalar(
            select(EnforcementOrder.id).where(
                EnforcementOrder.case_id == case.id,
                EnforcementOrder.order_type == data.order_type,
                func.upper(EnforcementOrder.reference) == reference.upper(),
            )
        )
        if clash is not None and clash != order_id:
            errors["reference"] = reference_clash(data.order_type, reference)


def paid_problem(amount: Decimal, costs: Decimal, paid: Decimal) -> str | None:
    """Amount plus costs cannot fall below what has been paid against the order."""
    if money(amount) + money(costs) < paid:
        return (
            f"{format_money(paid)} has been paid against this order: amount plus costs "
            "cannot be less"
        )
    return None


def legacy_status_problem(data: OrderInput) -> str | None:
    """Suspended and sisted are the CSA statuses Check CSA names: a suspended commitment or
    driving licence sanction, and a sisted legacy order."""
    if data.status == OrderStatus.SUSPENDED and data.order_type not in (
        OrderType.COMMITMENT,
        OrderType.DRIVING_DISQUALIFICATION,
    ):
        return "Only a commitment order or a disqualification from driving can be suspended"
    if data.status == OrderStatus.SISTED and data.origin != OrderOrigin.CSA:
        return "Only a legacy CSA order is recorded as sisted"
    return None


def order_errors(data: OrderInput, today: date) -> dict[str, str | None]:
    """Every problem of an order's own fields, by field (shared with the case-file import).

    The checks that need other records (court, parent order, asset, payments, another order's
    reference) are :func:`validate_order`'s, through the helpers above.
    """
    errors: dict[str, str | None] = {
        "reference": check_text(data.reference, max_length=40, label="Reference", single_line=True),
        "payment_terms": check_text(data.payment_terms, max_length=500, label="Payment terms"),
        "notes": check_text(data.notes, max_length=10000, label="Notes"),
    }
    _check_dates(data, today, errors)
    _check_money_fields(data, errors)
    _check_liability_order(data, errors)
    errors["status"] = legacy_status_problem(data)
    if data.order_type == OrderType.SANCTIONS_ORDER:
        _check_sanctions_terms(data, errors)
    return errors


def _check_sanctions_terms(data: OrderInput, errors: dict[str, str | None]) -> None:
    """A sanctions order's terms: whether it is kept to is worked out from them."""
    if data.instalment_amount is None:
        errors["instalment_amount"] = "A sanctions order needs the amount due each period"
    elif problem := check_money(data.instalment_amount):
        errors["instalment_amount"] = problem
    elif money(data.instalment_amount) <= 0:
        errors["instalment_amount"] = "The amount due each period must be over £0.00"
    if data.instalment_period is None:
        errors["instalment_period"] = "Say how often an instalment falls due"
    if data.first_due_on is None:
        errors["first_due_on"] = "A sanctions order needs the date the first instalment is due"
    elif data.granted_on and data.first_due_on < data.granted_on:
        errors["first_due_on"] = (
            f"Cannot be before the order was granted ({format_date(data.granted_on)})"
        )
    if not data.case_ids:
        errors["case_ids"] = NO_CASE


def validate_order(
    data: OrderInput,
    ctx: ServiceContext,
    session: Session,
    case: Case,
    *,
    order: EnforcementOrder | None = None,
) -> None:
    """Check every field, gather every problem, raise one ValidationError naming each field.

    Args:
        data: The values to check.
        ctx: Gives today's date.
        session: For the lineage, court, asset and reference checks.
        case: The case the order belongs to.
        order: The order being changed (None when creating one).

    Raises:
        ValidationError: mapping each bad field to what is wrong with it.
    """
    errors = order_errors(data, ctx.today())
    order_id = order.id if order is not None else None
    _check_lineage(data, session, case.id, order_id, errors)
    _check_references(data, session, case, order_id, errors)
    if data.order_type == OrderType.SANCTIONS_ORDER and data.case_ids:
        errors["case_ids"] = cases_problem(session, case, data.case_ids, "A sanctions order")
    if not errors.get("status"):
        errors["status"] = _blocked_problem(data, ctx, session, case, order)
    if order is not None:
        _check_children(data, session, order, errors)
        if not errors["amount"] and not errors["costs"]:
            errors["amount"] = paid_problem(data.amount, data.costs, _payments_total(order))
    raise_if_errors(errors)


def _blocked_problem(
    data: OrderInput,
    ctx: ServiceContext,
    session: Session,
    case: Case,
    order: EnforcementOrder | None,
) -> str | None:
    """An LO applied for or granted on a case a sanctions order or an appeal blocks is refused.

    A CMS liability order recorded as applied for or granted (new, or moved to that status)
    while a sanctions order covering the case is complied with, or an appeal covering it is
    open (CMS practice, domain.md; issue 10). Legacy CSA orders brought onto the system
    (Check CSA) record what was done before, and are not refused.
    """
    if (
        data.order_type != OrderType.LIABILITY_ORDER
        or data.origin != OrderOrigin.CMS
        or data.status not in (OrderStatus.APPLIED, OrderStatus.GRANTED)
    ):
        return None
    if order is not None and order.order_type == data.order_type and order.status == data.status:
        return None  # a correction of an order recorded before: no new application or grant
    reasons = block_reasons(session, case.id, ctx.today())
    if not reasons:
        return None
    done = "applied for" if data.status == OrderStatus.APPLIED else "granted"
    return f"A liability order cannot be {done} on case {case.id}: " + " ".join(reasons)


def _order_values(data: OrderInput) -> dict[str, Any]:
    def text(value: str | None) -> str | None:
        return (value or "").strip() or None

    sanctions = data.order_type == OrderType.SANCTIONS_ORDER

    return {
        "order_type": data.order_type,
        "status": data.status,
        "origin": data.origin,
        "reference": text(data.reference),
        "court_id": data.court_id,
        "parent_order_id": data.parent_order_id,
        "asset_id": data.asset_id,
        "applied_on": data.applied_on,
        "granted_on": data.granted_on,
        "ended_on": data.ended_on,
        "period_from": data.period_from,
        "period_to": data.period_to,
        "amount": money(data.amount),
        "costs": money(data.costs),
        "payment_terms": text(data.payment_terms),
        "complied": data.complied,
        "notes": text(data.notes),
        "instalment_amount": (
            money(data.instalment_amount)
            if sanctions and data.instalment_amount is not None
            else None
        ),
        "instalment_period": data.instalment_period if sanctions else None,
        "first_due_on": data.first_due_on if sanctions else None,
    }


def _link_cases(
    session: Session, ctx: ServiceContext, order: EnforcementOrder, data: OrderInput
) -> bool:
    wanted = data.case_ids if data.order_type == OrderType.SANCTIONS_ORDER else ()
    return sync_links(
        session,
        ctx,
        order.case_links,
        lambda case_id: OrderCase(case_id=case_id),
        wanted,
        entity="enforcement_order",
        entity_id=order.id,
        home_case_id=order.case_id,
    )


def _touch(order: EnforcementOrder, ctx: ServiceContext) -> None:
    """Move the order's version on when its payments change.

    The balance belongs to the order, so a payment is a change to it: a stale edit of the order,
    or a second payment recorded at the same time from an old reading, then gets a conflict
    instead of taking the balance below zero. Flagging the stamp forces the UPDATE (and the
    version check) even when the same user stamps it twice within one second.
    """
    stamp(order, ctx)
    flag_modified(order, "updated_at")


def _load_order(session: Session, order_id: int) -> EnforcementOrder:
    order = (
        session.scalars(
            select(EnforcementOrder).where(EnforcementOrder.id == order_id).options(*_ORDER_LOADS)
        )
        .unique()
        .one_or_none()
    )
    if order is None:
        raise NotFoundError("enforcement_order", order_id)
    return order


_ORDER_LOADS = (
    joinedload(EnforcementOrder.payments),
    joinedload(EnforcementOrder.court),
    joinedload(EnforcementOrder.parent_order),
    joinedload(EnforcementOrder.case_links),
)


# --------------------------------------------------------------------------- order use cases


def create_order(ctx: ServiceContext, case_id: int, data: OrderInput) -> OrderDTO:
    """Record an enforcement order on a case.

    Args:
        ctx: Database, user and clock.
        case_id: The case the order enforces.
        data: The order's fields.

    Returns:
        The saved order (no payments yet, so its balance is amount + costs).

    Raises:
        NotFoundError: no such case.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        case_row = get_or_404(session, Case, case_id, "case")
        validate_order(data, ctx, session, case_row)
        order = EnforcementOrder(case_id=case_id, **_order_values(data))
        session.add(order)
        record_created(
            session, ctx, order, "enforcement_order", case_id=case_id, summary=_order_name(order)
        )
        _link_cases(session, ctx, order, data)
        session.flush()
        _refresh_attention(session, case_row.paying_parent_id)
        return order_dto(_load_order(session, order.id))


def _refresh_attention(session: Session, paying_parent_id: int) -> None:
    # Check CSA: an order's type, status and origin decide the paying parent's priority.
    from enforcement_desktop.services.legacy import refresh_attention

    refresh_attention(session, paying_parent_id)


def get_order(ctx: ServiceContext, order_id: int) -> OrderDTO:
    """Read one order with its court, parent and payments.

    Raises:
        NotFoundError: no such order.
    """
    with ctx.unit_of_work() as session:
        return order_dto(_load_order(session, order_id))


def update_order(
    ctx: ServiceContext, order_id: int, expected_version: int, data: OrderInput
) -> OrderDTO:
    """Change an order; each changed field is audited.

    Args:
        ctx: Database, user and clock.
        order_id: The order to change.
        expected_version: The version the user read; a newer one means someone else saved first.
        data: The new values.

    Returns:
        The saved order.

    Raises:
        NotFoundError: no such order.
        ConflictError: the order changed since it was read.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        order = _load_order(session, order_id)
        check_version(order, expected_version, "enforcement_order")
        validate_order(data, ctx, session, order.case, order=order)
        changed = apply_changes(
            session, ctx, order, _order_values(data), "enforcement_order", case_id=order.case_id
        )
        if _link_cases(session, ctx, order, data) and not changed:
            _touch(order, ctx)
        session.flush()
        _refresh_attention(session, order.case.paying_parent_id)
        # Court and parent may have changed: read them again rather than trust stale relations.
        session.expire(order, ["court", "parent_order"])
        return order_dto(order)


def list_orders(ctx: ServiceContext, case_id: int) -> list[OrderDTO]:
    """Every order of a case with its payments, in one query, oldest first.

    Orders are sorted by the date granted, else the date applied; undated orders come last.

    Raises:
        NotFoundError: no such case.
    """
    with ctx.unit_of_work() as session:
        get_or_404(session, Case, case_id, "case")
        made_on = func.coalesce(EnforcementOrder.granted_on, EnforcementOrder.applied_on)
        orders = (
            session.scalars(
                select(EnforcementOrder)
                .where(EnforcementOrder.case_id == case_id)
                .options(*_ORDER_LOADS)
                # SQLite puts NULLs first and PostgreSQL last; say which explicitly.
                .order_by(case_when((made_on.is_(None), 1), else_=0), made_on, EnforcementOrder.id)
            )
            .unique()
            .all()
        )
        return [order_dto(o) for o in orders]


@dataclass(frozen=True, slots=True)
class CaseChoice:
    """One of the paying parent's cases a sanctions order may cover, as the dialog lists it."""

    id: int
    label: str


def covered_case_choices(ctx: ServiceContext, case_id: int) -> list[CaseChoice]:
    """The paying parent's cases an order of ``case_id`` may cover: that case first, then the
    others, each named with its receiving parents and arrears.

    Raises:
        NotFoundError: no such case.
    """
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        found = (
            session.scalars(
                select(Case)
                .where(Case.paying_parent_id == case.paying_parent_id)
                .options(
                    joinedload(Case.receiving_parent_links).joinedload(CaseReceivingParent.contact)
                )
                .order_by(Case.id)
            )
            .unique()
            .all()
        )
        choices = []
        for other in sorted(found, key=lambda c: (c.id != case_id, c.id)):
            names = ", ".join(
                f"{link.contact.first_name} {link.contact.last_name}".strip()
                for link in sorted(other.receiving_parent_links, key=lambda x: x.id)
            )
            this = " (this case)" if other.id == case_id else ""
            choices.append(
                CaseChoice(
                    other.id,
                    f"Case {other.id}{this}: {names or 'no receiving parent'}, arrears "
                    f"{format_money(other.arrears_balance)}",
                )
            )
        return choices


# --------------------------------------------------------------------------- payments


def add_payment(
    ctx: ServiceContext,
    order_id: int,
    paid_on: date | None,
    amount: Decimal,
    method: str | None = None,
) -> OrderDTO:
    """Record a payment against an order; its balance goes down by the amount.

    The order's version moves on too, so two people recording payments on the same order at once
    cannot together take it below zero (the second gets a conflict).

    Args:
        ctx: Database, user and clock.
        order_id: The order paid against.
        paid_on: When it was paid (not in the future).
        amount: Over £0.00, pounds and pence, at most the current balance.
        method: How it was paid (optional).

    Returns:
        The order with its payments and new balance.

    Raises:
        NotFoundError: no such order.
        ValidationError: a field is wrong, or the payment is more than the balance.
    """
    with ctx.unit_of_work() as session:
        order = _load_order(session, order_id)
        case = get_or_404(session, Case, order.case_id, "case")
        errors = payment_errors(
            paid_on, amount, method, _balance(order), _order_name(order), ctx.today()
        )
        # The limit is the order's balance (costs included, above); only the part of the
        # payment that pays the order's debt comes off the case's arrears.
        split = None
        if not errors["amount"]:
            split = split_payment(order.amount, _payments_total(order), money(amount))
            if split.debt > case.arrears_balance:
                errors["amount"] = (
                    f"This payment would take the case arrears below zero: "
                    f"{format_money(split.debt)} of it pays the order's debt, and the case "
                    f"arrears are {format_money(case.arrears_balance)}. Correct them with "
                    "Edit case… first"
                )
        raise_if_errors(errors)
        assert paid_on is not None and split is not None  # checked above
        payment = OrderPayment(
            paid_on=paid_on, amount=money(amount), method=(method or "").strip() or None
        )
        order.payments.append(payment)
        record_created(
            session,
            ctx,
            payment,
            "order_payment",
            case_id=order.case_id,
            summary=f"{format_money(payment.amount)} paid on {format_date(paid_on)} "
            f"against {_order_name(order)}",
        )
        _touch(order, ctx)
        _move_case_arrears(session, ctx, case, -split.debt)
        session.flush()
        return order_dto(order)


def payment_errors(
    paid_on: date | None,
    amount: object,
    method: str | None,
    balance: Decimal,
    order_name: str,
    today: date,
) -> dict[str, str | None]:
    """Every problem of a payment against an order whose balance is ``balance``, by field."""
    errors: dict[str, str | None] = {
        "paid_on": check_past_date(paid_on, today, required=True),
        "amount": check_money(amount),
        "method": check_text(method, max_length=60, label="Method", single_line=True),
    }
    if not errors["amount"]:
        if money(amount) <= 0:
            errors["amount"] = "A payment must be over £0.00"
        elif money(amount) > balance:
            errors["amount"] = (
                f"This payment would take the balance below zero: the balance of "
                f"{order_name} is {format_money(balance)}"
            )
    return errors


def remove_payment(ctx: ServiceContext, payment_id: int, expected_version: int) -> OrderDTO:
    """Remove a payment recorded in error; the order's balance goes back up.

    Returns:
        The order with its remaining payments and new balance.

    Raises:
        NotFoundError: no such payment.
        ConflictError: the payment changed since it was read.
    """
    with ctx.unit_of_work() as session:
        payment = get_or_404(session, OrderPayment, payment_id, "payment")
        check_version(payment, expected_version, "payment")
        order = _load_order(session, payment.order_id)
        record_event(
            session,
            ctx,
            action="delete",
            entity="order_payment",
            entity_id=payment.id,
            case_id=order.case_id,
            old=f"{format_money(payment.amount)} paid on {format_date(payment.paid_on)} "
            f"against {_order_name(order)}",
        )
        order.payments.remove(payment)
        # The debt the payment paid, as if it were the last one made: what the case's arrears
        # get back (split_payment: the payments left pay the debt first).
        split = split_payment(order.amount, _payments_total(order), payment.amount)
        _touch(order, ctx)
        _move_case_arrears(
            session, ctx, get_or_404(session, Case, order.case_id, "case"), split.debt
        )
        session.flush()
        return order_dto(order)


def _move_case_arrears(session: Session, ctx: ServiceContext, case: Case, by: Decimal) -> None:
    """Move the case's arrears balance with a payment, in the payment's transaction (audited).

    Every order of a case enforces the case's arrears, so money paid under one is money off
    them: the case's figure and the order's balance move together or not at all. The case's
    version moves on too, so an Edit case… opened before the payment cannot put the old
    arrears back (it gets a conflict).
    """
    apply_changes(
        session,
        ctx,
        case,
        {"arrears_balance": money(case.arrears_balance + by)},
        "case",
        case_id=case.id,
    )


def owed_under_liability_orders(case_orders: Iterable[OrderDTO]) -> Decimal:
    """What is owed under the case's granted liability orders (amount + costs − payments).

    Registrations of an LO (county court, RJOF) and the orders resting on them enforce the same
    debt and are not counted again; an LO not (or no longer) granted holds no debt, and an
    overpaid one does not hide another's (as the bailiff rules count it).
    """
    return sum(
        (
            o.current_balance
            for o in case_orders
            if o.order_type == OrderType.LIABILITY_ORDER
            and o.status == OrderStatus.GRANTED
            and o.current_balance > 0
        ),
        ZERO,
    )


# --------------------------------------------------------------------------- courts


@dataclass(slots=True)
class CourtInput:
    """A court; ``postcode_areas`` are outward-code letters it serves, e.g. "B CV WS"."""

    name: str
    kind: CourtKind
    postcode_areas: str = ""
    charging_order_de_minimis: Decimal = CHARGING_ORDER_DE_MINIMIS_HIGH


@dataclass(frozen=True, slots=True)
class CourtDTO:
    id: int
    version: int
    name: str
    kind: CourtKind
    postcode_areas: str
    charging_order_de_minimis: Decimal

    def to_input(self) -> CourtInput:
        return input_from(self, CourtInput)


def court_dto(c: Court) -> CourtDTO:
    return CourtDTO(
        id=c.id,
        version=c.version,
        name=c.name,
        kind=c.kind,
        postcode_areas=c.postcode_areas,
        charging_order_de_minimis=c.charging_order_de_minimis,
    )


def _normalise_areas(value: str) -> str:
    return " ".join(value.replace(",", " ").upper().split())


def court_errors(data: CourtInput) -> dict[str, str | None]:
    """Every problem of a court's own fields (all but its name's uniqueness), by field."""
    errors: dict[str, str | None] = {
        "name": check_text(
            data.name, required=True, max_length=200, label="Court name", single_line=True
        ),
        "postcode_areas": check_text(
            data.postcode_areas, max_length=200, label="Postcode areas", single_line=True
        ),
        "charging_order_de_minimis": check_money(data.charging_order_de_minimis),
    }
    if not errors["postcode_areas"]:
        bad = [a for a in _normalise_areas(data.postcode_areas).split() if not _is_area(a)]
        if bad:
            errors["postcode_areas"] = (
                f"Not a postcode area: {', '.join(bad)} (one or two letters, e.g. B CV WS)"
            )
    if not errors["charging_order_de_minimis"]:
        low, high = CHARGING_ORDER_DE_MINIMIS_LOW, CHARGING_ORDER_DE_MINIMIS_HIGH
        if not low <= money(data.charging_order_de_minimis) <= high:
            errors["charging_order_de_minimis"] = (
                f"The charging order de minimis is between {format_money(low)} and "
                f"{format_money(high)}, depending on the court"
            )
    return errors


def validate_court(data: CourtInput, session: Session, *, court_id: int | None = None) -> None:
    """Check every field of a court, raise one ValidationError naming each bad field.

    Raises:
        ValidationError: mapping each bad field to what is wrong with it.
    """
    errors = court_errors(data)
    if not errors["name"]:
        clash = session.scalar(
            select(Court.id).where(func.lower(Court.name) == data.name.strip().lower())
        )
        if clash is not None and clash != court_id:
            errors["name"] = f"There is already a court named {data.name.strip()}"
    raise_if_errors(errors)


def _is_area(area: str) -> bool:
    return 1 <= len(area) <= 2 and area.isascii() and area.isalpha()


def _court_values(data: CourtInput) -> dict[str, Any]:
    return {
        "name": data.name.strip(),
        "kind": data.kind,
        "postcode_areas": _normalise_areas(data.postcode_areas),
        "charging_order_de_minimis": money(data.charging_order_de_minimis),
    }


def create_court(ctx: ServiceContext, data: CourtInput) -> CourtDTO:
    """Add a court.

    Raises:
        ValidationError: a field is wrong (e.g. de minimis outside £500.00-£750.00).
    """
    with ctx.unit_of_work() as session:
        validate_court(data, session)
        court = Court(**_court_values(data))
        session.add(court)
        record_created(session, ctx, court, "court", summary=court.name)
        return court_dto(court)


def update_court(
    ctx: ServiceContext, court_id: int, expected_version: int, data: CourtInput
) -> CourtDTO:
    """Change a court.

    Raises:
        NotFoundError: no such court.
        ConflictError: the court changed since it was read.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        court = get_or_404(session, Court, court_id, "court")
        check_version(court, expected_version, "court")
        validate_court(data, session, court_id=court_id)
        apply_changes(session, ctx, court, _court_values(data), "court")
        session.flush()
        return court_dto(court)


def list_courts(ctx: ServiceContext, kind: CourtKind | None = None) -> list[CourtDTO]:
    """Every court by name, or only those of one kind."""
    with ctx.unit_of_work() as session:
        query = select(Court).order_by(Court.name, Court.id)
        if kind is not None:
            query = query.where(Court.kind == kind)
        return [court_dto(c) for c in session.scalars(query)]
