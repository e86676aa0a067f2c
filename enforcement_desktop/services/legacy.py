"""Check CSA (seed 002): legacy liability orders, their ongoing legacy enforcement, priority and
urgency, sensitive cases, and the Check CSA SR the Legacy Ongoing Enforcement indicator calls for.

Priority and urgency are decided by :mod:`enforcement_desktop.domain.csa` from the paying
parent's orders and flagged assets, and kept with the paying parent (``contact.attention``) each
time those change, so that the work queue and search sort and show them without reading orders.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import replace as dc_replace
from datetime import date
from typing import Any, cast

from sqlalchemy import Table, or_, select, union, update
from sqlalchemy.orm import Session

from enforcement_desktop.domain.csa import (
    AttentionVerdict,
    DisposalFacts,
    LegacyOrder,
    attention,
    legacy_action_verdict,
    parent_sr_verdict,
    sensitive_marking,
)
from enforcement_desktop.domain.enums import (
    AssetFinding,
    InformationSource,
    LegacyActionKind,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
    SrStatus,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import check_text, format_date, format_money
from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    get_or_404,
    raise_if_errors,
    record_created,
    record_event,
)
from enforcement_desktop.services.contacts import ContactDTO
from enforcement_desktop.services.service_requests import (
    ServiceRequestDTO,
    load_sr,
    open_sr,
    sr_dto,
)
from enforcement_desktop.storage.models import (
    AppUser,
    Asset,
    Case,
    Contact,
    EnforcementOrder,
    LegacyAction,
    ServiceRequest,
)

__all__ = [
    "LegacyActionDTO",
    "asset_in_words",
    "clear_imminent_disposal",
    "contact_attention",
    "ensure_check_csa_sr",
    "flag_imminent_disposal",
    "legacy_action_dto",
    "legacy_actions",
    "may_see_sensitive",
    "shown_contact",
    "LegacyLoChoice",
    "SetUpLegacyLoState",
    "raise_set_up_legacy_lo",
    "set_up_legacy_lo_state",
    "record_legacy_action",
    "roles_from",
    "user_roles",
    "user_roles_column",
    "refresh_all_attention",
    "refresh_attention",
    "set_sensitive",
]

_OPEN = (SrStatus.OPEN, SrStatus.IN_PROGRESS, SrStatus.WAIT)


# --------------------------------------------------------------------------- priority, urgency


def asset_in_words(asset: Asset) -> str:
    """An asset as a reason names it, e.g. "Property: 1 Fictional Street"."""
    what = asset.asset_type.label
    return f"{what}: {asset.description}" if asset.description else what


def legacy_order(order: EnforcementOrder, case: Case) -> LegacyOrder:
    """What the priority rule needs of an order and its case."""
    return LegacyOrder(
        order_type=order.order_type,
        status=order.status,
        origin=order.origin,
        reference=order.reference,
        ended_on=order.ended_on,
        case_scheme=case.scheme,
        case_legacy_ongoing_enforcement=case.legacy_ongoing_enforcement,
    )


def disposal_facts(asset: Asset) -> DisposalFacts | None:
    """The asset's imminent-disposal flag, or None when unflagged or disregarded."""
    if (
        asset.imminent_disposal_on is None
        or asset.imminent_disposal_source is None
        or asset.finding == AssetFinding.DISREGARDED
    ):
        return None
    return DisposalFacts(
        asset.id, asset_in_words(asset), asset.imminent_disposal_on, asset.imminent_disposal_source
    )


def contact_attention(cases: list[Case], assets: list[Asset]) -> AttentionVerdict:
    """The verdict from already loaded cases (with their orders) and assets: no statement."""
    orders = [legacy_order(o, c) for c in cases for o in c.orders]
    disposals = [d for d in (disposal_facts(a) for a in assets) if d is not None]
    return attention(orders, disposals)


def refresh_attention(session: Session, contact_id: int) -> AttentionVerdict:
    """Decide a paying parent's priority and urgency again and keep it with them.

    Call inside the unit of work that changed their orders or assets. The contact's version is
    not bumped (a Core update): the verdict is derived, and someone editing the contact's
    details must not meet a conflict because an order was added.
    """
    rows = session.execute(
        select(EnforcementOrder, Case)
        .join(Case, Case.id == EnforcementOrder.case_id)
        .where(Case.paying_parent_id == contact_id)
    ).all()
    assets = session.scalars(
        select(Asset).where(Asset.contact_id == contact_id, Asset.imminent_disposal_on.is_not(None))
    ).all()
    disposals = [d for d in (disposal_facts(a) for a in assets) if d is not None]
    verdict = attention([legacy_order(o, c) for o, c in rows], disposals)
    level, text = verdict.stored()
    table = cast(Table, Contact.__table__)
    session.execute(
        update(table)
        .where(table.c.id == contact_id)
        .values(attention=level, attention_reasons=text)
    )
    return verdict


def flag_imminent_disposal(
    ctx: ServiceContext,
    asset_id: int,
    expected_version: int,
    noted_on: date | None,
    source: InformationSource | None,
) -> AttentionVerdict:
    """Flag an asset the paying parent is about to dispose of (urgent: fast track).

    Raises:
        ValidationError: no date or source, a date in the future, or a disregarded asset.
        ConflictError: the asset changed since it was read.
    """
    errors: dict[str, str | None] = {}
    if noted_on is None:
        errors["imminent_disposal_on"] = "Enter the date the disposal was learnt of"
    elif noted_on > ctx.today():
        errors["imminent_disposal_on"] = (
            f"The date cannot be after today ({format_date(ctx.today())})"
        )
    if source is None:
        errors["imminent_disposal_source"] = "Choose where the information came from"
    raise_if_errors(errors)
    with ctx.unit_of_work() as session:
        asset = get_or_404(session, Asset, asset_id, "asset")
        _check_asset(asset, expected_version)
        apply_changes(
            session,
            ctx,
            asset,
            {"imminent_disposal_on": noted_on, "imminent_disposal_source": source},
            "asset",
        )
        return refresh_attention(session, asset.contact_id)


def clear_imminent_disposal(
    ctx: ServiceContext, asset_id: int, expected_version: int
) -> AttentionVerdict:
    """Remove the imminent-disposal flag (the danger has passed); the change is audited."""
    with ctx.unit_of_work() as session:
        asset = get_or_404(session, Asset, asset_id, "asset")
        _check_asset(asset, expected_version, disregarded_ok=True)
        apply_changes(
            session,
            ctx,
            asset,
            {"imminent_disposal_on": None, "imminent_disposal_source": None},
            "asset",
        )
        return refresh_attention(session, asset.contact_id)


def _check_asset(asset: Asset, expected_version: int, *, disregarded_ok: bool = False) -> None:
    from enforcement_desktop.services.base import check_version

    check_version(asset, expected_version, "asset")
    if asset.finding == AssetFinding.DISREGARDED and not disregarded_ok:
        raise ValidationError(
            {"imminent_disposal_on": "The asset was disregarded: its details are gone"}
        )


# --------------------------------------------------------------------------- sensitive cases


def set_sensitive(
    ctx: ServiceContext, contact_id: int, expected_version: int, sensitive: bool
) -> bool:
    """Mark or unmark a contact as a sensitive case (Check CSA, step 4); audited.

    Users without the Special Client Records role then see no address of theirs. Only users in
    Special Client Records and team leaders may mark or unmark one.

    Raises:
        ValidationError: the user may not (field ``sensitive``).
        ConflictError: the contact changed since it was read.
    """
    from enforcement_desktop.services.base import check_version

    with ctx.unit_of_work() as session:
        verdict = sensitive_marking(user_roles(session, ctx.user))
        if not verdict.allowed:
            raise ValidationError({"sensitive": "; ".join(verdict.reasons)})
        contact = get_or_404(session, Contact, contact_id, "contact")
        check_version(contact, expected_version, "contact")
        apply_changes(session, ctx, contact, {"sensitive": sensitive}, "contact")
        return contact.sensitive


def user_roles(session: Session, login: str) -> frozenset[UserRole]:
    """The roles of an active user (none for an unknown or inactive login)."""
    return roles_from(
        session.scalar(
            select(AppUser.roles).where(AppUser.login == login, AppUser.active.is_(True))
        )
    )


def user_roles_column(login: str) -> Any:
    """The roles of an active user as stored, as a column a read model selects with what it
    reads anyway (no round trip of its own); NULL for an unknown or inactive login."""
    return (
        select(AppUser.roles)
        .where(AppUser.login == login, AppUser.active.is_(True))
        .scalar_subquery()
    )


def roles_from(stored: str | None) -> frozenset[UserRole]:
    """The roles from their stored form (comma separated)."""
    return frozenset(UserRole(value) for value in (stored or "").split(",") if value)


# --------------------------------------------------------------------------- SRs


def ensure_check_csa_sr(session: Session, ctx: ServiceContext, case: Case) -> ServiceRequest | None:
    """Open the Check CSA SR (Transition / Legacy Case Data / Finalise Case) unless one is open.

    Called when the Legacy Ongoing Enforcement indicator is set or CSA arrears are added (Check
    CSA: "the caseworker checking for the Legacy Ongoing Enforcement Indicator having manually
    added the CSA arrears").

    Returns:
        The new SR, or None when one was open already.
    """
    open_one = session.scalar(
        select(ServiceRequest.id).where(
            ServiceRequest.case_id == case.id,
            ServiceRequest.workflow == Workflow.CHECK_CSA,
            ServiceRequest.status.in_(_OPEN),
        )
    )
    if open_one is not None:
        return None
    return open_sr(session, ctx, case, Workflow.CHECK_CSA, owner=ctx.user)


def needs_check_csa(
    before_legacy: bool,
    before_arrears: object,
    case: Case,
) -> bool:
    """Whether a change to a case calls for the Check CSA SR: the indicator newly set, or
    arrears added on a legacy CSA case."""
    if case.legacy_ongoing_enforcement and not before_legacy:
        return True
    return bool(
        case.scheme == Scheme.CSA
        and before_arrears is not None
        and case.arrears_balance > before_arrears  # type: ignore[operator]
    )


@dataclass(frozen=True, slots=True)
class LegacyLoChoice:
    """A legacy (CSA) liability order a Set Up Legacy LO SR may be raised for."""

    order_id: int
    label: str


@dataclass(frozen=True, slots=True)
class SetUpLegacyLoState:
    """Whether Set Up Legacy LO may be raised from an SR now, and for which legacy LOs.

    Attributes:
        sr_id: The SR asked about (the Check CSA SR).
        verdict: Allowed, or the reasons it is not.
        legacy_los: The case's legacy LOs with no Set Up Legacy LO SR yet, oldest first; empty
            when the case has none recorded (the SR then goes to the financial transition
            team without one).
    """

    sr_id: int
    verdict: GuardResult
    legacy_los: tuple[LegacyLoChoice, ...]


def _lo_label(order: EnforcementOrder) -> str:
    parts = [order.reference or f"LO {order.id}"]
    if order.granted_on is not None:
        parts.append(f"granted {format_date(order.granted_on)}")
    if order.amount is not None:
        parts.append(format_money(order.amount))
    return ", ".join(parts)


def _legacy_los(session: Session, case_id: int) -> list[EnforcementOrder]:
    """The case's legacy (CSA) liability orders, oldest first."""
    return list(
        session.scalars(
            select(EnforcementOrder)
            .where(
                EnforcementOrder.case_id == case_id,
                EnforcementOrder.order_type == OrderType.LIABILITY_ORDER,
                EnforcementOrder.origin == OrderOrigin.CSA,
            )
            .order_by(EnforcementOrder.granted_on, EnforcementOrder.id)
        )
    )


def _set_up_srs(session: Session, case_id: int) -> dict[int, int]:
    """The Set Up Legacy LO SR (not cancelled) of each legacy LO that has one, by LO id."""
    rows = session.execute(
        select(ServiceRequest.order_id, ServiceRequest.id).where(
            ServiceRequest.case_id == case_id,
            ServiceRequest.workflow == Workflow.SET_UP_LEGACY_LO,
            ServiceRequest.order_id.is_not(None),
            ServiceRequest.status != SrStatus.CANCELLED,
        )
    )
    return {order_id: sr_id for order_id, sr_id in rows if order_id is not None}


def _set_up_state(session: Session, parent: ServiceRequest) -> SetUpLegacyLoState:
    verdict = parent_sr_verdict(Workflow.SET_UP_LEGACY_LO, parent.workflow, parent.status)
    if not verdict.allowed:
        return SetUpLegacyLoState(parent.id, verdict, ())
    orders = _legacy_los(session, parent.case_id)
    taken = _set_up_srs(session, parent.case_id)
    free = tuple(LegacyLoChoice(o.id, _lo_label(o)) for o in orders if o.id not in taken)
    if orders and not free:
        verdict = GuardResult(
            False,
            (
                "Each legacy LO of this case has its Set Up Legacy LO SR ("
                + ", ".join(f"SR {taken[o.id]} for {_lo_label(o)}" for o in orders)
                + "); one SR per legacy LO (Check CSA, step 6)",
            ),
        )
    return SetUpLegacyLoState(parent.id, verdict, free)


def set_up_legacy_lo_state(ctx: ServiceContext, sr_id: int) -> SetUpLegacyLoState:
    """Whether Set Up Legacy LO may be raised from SR ``sr_id``, and for which legacy LOs
    (what the Activity Plan's button shows; :func:`raise_set_up_legacy_lo` applies the same).

    Raises:
        NotFoundError: No such SR.
    """
    with ctx.reading() as session:
        return _set_up_state(session, load_sr(session, sr_id))


def raise_set_up_legacy_lo(
    ctx: ServiceContext, check_csa_sr_id: int, order_id: int | None = None
) -> ServiceRequestDTO:
    """Open the Set Up Legacy LO SR as a child of a Check CSA SR (Check CSA, steps 6-7), one
    per legacy (CSA) LO: ``order_id`` names the LO, and may be left out only when the case has
    no legacy LO recorded (the financial transition team sets it up).

    Raises:
        ValidationError: the parent is not an open Check CSA SR (``parent_id``); the LO is
            missing, not a legacy LO of the case, or already has its SR (``order_id``).
    """
    with ctx.unit_of_work() as session:
        parent = load_sr(session, check_csa_sr_id)
        state = _set_up_state(session, parent)
        parent_verdict = parent_sr_verdict(
            Workflow.SET_UP_LEGACY_LO, parent.workflow, parent.status
        )
        if not parent_verdict.allowed:
            raise ValidationError({"parent_id": "; ".join(parent_verdict.reasons)})
        free = {c.order_id for c in state.legacy_los}
        if order_id is None and free:
            raise ValidationError(
                {"order_id": "Choose the legacy LO this SR is for: one SR per legacy LO"}
            )
        if order_id is not None and order_id not in free:
            taken = _set_up_srs(session, parent.case_id).get(order_id)
            if taken is not None:
                problem = f"This legacy LO already has its Set Up Legacy LO SR (SR {taken})"
            else:
                problem = "That order is not a legacy (CSA) liability order of this case"
            raise ValidationError({"order_id": problem})
        if order_id is None and not state.verdict.allowed:
            raise ValidationError({"order_id": "; ".join(state.verdict.reasons)})
        sr = open_sr(
            session,
            ctx,
            parent.case,
            Workflow.SET_UP_LEGACY_LO,
            owner=ctx.user,
            parent_id=parent.id,
        )
        if order_id is not None:
            sr.order_id = order_id
            record_event(
                session,
                ctx,
                action="update",
                entity="service_request",
                entity_id=sr.id,
                case_id=parent.case_id,
                field_name="order_id",
                new=str(order_id),
            )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


# --------------------------------------------------------------------------- legacy actions


@dataclass(frozen=True, slots=True)
class LegacyActionDTO:
    id: int
    order_id: int
    kind: LegacyActionKind
    started_on: date
    ended_on: date | None
    details: str | None


def legacy_action_dto(a: LegacyAction) -> LegacyActionDTO:
    return LegacyActionDTO(a.id, a.order_id, a.kind, a.started_on, a.ended_on, a.details)


def record_legacy_action(
    ctx: ServiceContext,
    order_id: int,
    kind: LegacyActionKind,
    started_on: date | None,
    details: str | None = None,
    ended_on: date | None = None,
) -> LegacyActionDTO:
    """Record bailiff, EJO or DCA action started on the CSA systems against a CSA LO.

    Raises:
        ValidationError: not a CSA liability order, no start date, dates in the future or out of
            order, details too long.
    """
    errors: dict[str, str | None] = {}
    today = ctx.today()
    if started_on is None:
        errors["started_on"] = "Enter the date the action started"
    elif started_on > today:
        errors["started_on"] = f"The date cannot be after today ({format_date(today)})"
    if ended_on is not None and started_on is not None and ended_on < started_on:
        errors["ended_on"] = "The action cannot end before it started"
    elif ended_on is not None and ended_on > today:
        errors["ended_on"] = f"The date cannot be after today ({format_date(today)})"
    details = (details or "").strip() or None
    if details is not None:
        errors["details"] = check_text(details, max_length=500, label="Details")
    raise_if_errors(errors)
    assert started_on is not None
    with ctx.unit_of_work() as session:
        order = get_or_404(session, EnforcementOrder, order_id, "enforcement order")
        name = order.order_type.label + (f" {order.reference}" if order.reference else "")
        verdict = legacy_action_verdict(order.order_type, order.origin, name)
        if not verdict.allowed:
            raise ValidationError({"order_id": "; ".join(verdict.reasons)})
        action = LegacyAction(
            order_id=order.id,
            kind=kind,
            started_on=started_on,
            ended_on=ended_on,
            details=details,
        )
        session.add(action)
        record_created(
            session,
            ctx,
            action,
            "legacy_action",
            case_id=order.case_id,
            summary=f"{kind.label} on {order.reference or 'CSA LO'}",
        )
        return legacy_action_dto(action)


def legacy_actions(ctx: ServiceContext, order_id: int) -> list[LegacyActionDTO]:
    """The legacy actions recorded against an order, oldest first."""
    with ctx.reading() as session:
        rows = session.scalars(
            select(LegacyAction)
            .where(LegacyAction.order_id == order_id)
            .order_by(LegacyAction.started_on, LegacyAction.id)
        ).all()
        return [legacy_action_dto(a) for a in rows]


def may_see_sensitive(login: str) -> Any:
    """Whether ``login`` is in Special Client Records, as a column a read model selects with
    what it reads anyway (no round trip of its own)."""
    return (
        select(AppUser.id)
        .where(
            AppUser.login == login,
            AppUser.active.is_(True),
            AppUser.roles.like(f"%{UserRole.SPECIAL_CLIENT_RECORDS.value}%"),
        )
        .exists()
    )


def shown_contact(contact: ContactDTO, may_see: bool) -> ContactDTO:
    """The contact as the reader may see it: a sensitive case's addresses only for Special
    Client Records (Check CSA, step 4)."""
    if not contact.sensitive or may_see:
        return contact
    return dc_replace(contact, addresses=(), addresses_hidden=True)


def refresh_all_attention(session: Session) -> int:
    """Decide priority and urgency again for every paying parent who may have either (a bulk
    load such as the demo's writes rows without the services).

    Returns:
        How many paying parents were decided again.
    """
    legacy_case = or_(
        Case.scheme == Scheme.CSA,
        Case.legacy_ongoing_enforcement.is_(True),
        EnforcementOrder.origin == OrderOrigin.CSA,
    )
    may_matter = or_(
        EnforcementOrder.order_type.in_(
            [OrderType.COMMITMENT, OrderType.DRIVING_DISQUALIFICATION, OrderType.ORDER_FOR_SALE]
        ),
        EnforcementOrder.status == OrderStatus.SISTED,
    )
    by_orders = (
        select(Case.paying_parent_id)
        .join(EnforcementOrder, EnforcementOrder.case_id == Case.id)
        .where(legacy_case, may_matter)
    )
    by_assets = select(Asset.contact_id).where(Asset.imminent_disposal_on.is_not(None))
    already = select(Contact.id).where(Contact.attention > 0)
    ids = sorted(set(session.scalars(union(by_orders, by_assets, already))))
    for contact_id in ids:
        refresh_attention(session, contact_id)
    return len(ids)
