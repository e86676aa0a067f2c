"""Arrears – Consider Action (seed 001): the Arrears Review's options, the Action Missed Payment
SR, disclosure by the Deduction Order Team, and RDO schedules and compliance.

The chain: an Arrears Review in progress shows the compliance options in the procedure's order
with their reasons (and the close-and-cancel prompt for a DLO/NFA address); from it the case
manager raises an **Action Missed Payment** SR, the paying parent's final chance to negotiate;
when that fails, a **Disclosure** SR from it for the Deduction Order Team (assigned to that team,
the case stays with its owner). A member of the team records the outcome: an RDO or LSDO
approved (to be set up within 48 hours: a Diary reminder until the set-up step is recorded), or
not approved with reasons (then Initiate LO arrears action: the Review LO of
:mod:`services.authorisation`). An RDO's schedule and the payments recorded against it give its
compliance (:func:`domain.arrears.rdo_compliance`). Each write is one transaction, audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased, selectinload
from sqlalchemy.orm.attributes import flag_modified

from enforcement_desktop.domain import arrears, workflows
from enforcement_desktop.domain.arrears import (
    ArrearsReviewAdvice,
    DisclosureResult,
    RdoCompliance,
    ScheduledInstalment,
)
from enforcement_desktop.domain.dates import WaitPeriod
from enforcement_desktop.domain.diary import (
    OPEN_STATUSES,
    ProcedureReminder,
    ReminderKind,
    dot_set_up_reminder,
    rdo_review_reminder,
    rdo_shortfall_reminder,
)
from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    OrderType,
    OwningTeam,
    SrStatus,
    StepOutcome,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.facts import CaseFacts
from enforcement_desktop.domain.values import check_text
from enforcement_desktop.domain.workflows import GuardResult
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    get_or_404,
    raise_if_errors,
    record_created,
    record_event,
    stamp,
)
from enforcement_desktop.services.options import load_case_facts
from enforcement_desktop.services.service_requests import (
    ServiceRequestDTO,
    check_can_close,
    generate_plan,
    load_sr,
    open_sr,
    sr_dto,
)
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import (
    ActivityStep,
    AppUser,
    Case,
    Contact,
    EnforcementOrder,
    Note,
    RdoInstalment,
)
from enforcement_desktop.storage.models import ServiceRequest as SrRow

#: The team a Disclosure SR is assigned to when no user with the role names one.
DOT_TEAM = "Deduction Order Team"
#: Longest reasons text kept with an outcome.
REASONS_LENGTH = 2000


@dataclass(frozen=True, slots=True)
class ChildSr:
    """A child SR in the chain, as the panel lists it."""

    sr_id: int
    workflow: Workflow
    status: SrStatus
    resolution_code: str | None


@dataclass(frozen=True, slots=True)
class DotOutcome:
    """The Deduction Order Team's recorded outcome of a Disclosure SR.

    Attributes:
        disclosure_id: The Disclosure SR.
        result: Approved (RDO or LSDO) or not approved.
        reasons: The team's reasons (required when not approved).
        decided_by: Who recorded it.
        decided_at: When.
        set_up_due: For an approval, when the order should be set up (48 hours later).
        set_up_done: Whether the set-up step has been recorded.
    """

    disclosure_id: int
    result: DisclosureResult
    reasons: str | None
    decided_by: str | None
    decided_at: datetime | None
    set_up_due: WaitPeriod | None
    set_up_done: bool


@dataclass(frozen=True, slots=True)
class RdoState:
    """A regular deduction order's schedule and compliance."""

    order_id: int
    version: int
    reference: str | None
    schedule: tuple[ScheduledInstalment, ...]
    compliance: RdoCompliance | None


@dataclass(frozen=True, slots=True)
class ArrearsState:
    """What the Activity Plan's arrears panel shows of an Arrears Review, Action Missed Payment
    or Disclosure SR.

    Attributes:
        sr_id: The SR.
        version: Its version, to go with an action.
        workflow: Its workflow.
        advice: The compliance options and any close-and-cancel prompt (Arrears Review only).
        raise_amp: Whether an Action Missed Payment SR may be raised now (Arrears Review).
        request_disclosure: Whether a Disclosure SR may be raised now (Action Missed Payment).
        record_outcome: Whether the user may record the team's outcome now (Disclosure).
        children: The chain's SRs raised from this one.
        outcome: The team's outcome, on the Disclosure SR or the Action Missed Payment it came
            from.
        next_step: What the procedure asks next, in words (None: nothing particular).
        rdos: The case's regular deduction orders with their schedules and compliance.
        lsdos: The case's lump sum deduction orders: whether each is paid in full, in words.
        return_to_maintenance: Whether the case may go back to Maintenance (step 10).
        case_version: The case's version.
    """

    sr_id: int
    version: int
    workflow: Workflow
    advice: ArrearsReviewAdvice | None
    raise_amp: GuardResult | None
    request_disclosure: GuardResult | None
    record_outcome: GuardResult | None
    children: tuple[ChildSr, ...]
    outcome: DotOutcome | None
    next_step: str | None
    rdos: tuple[RdoState, ...]
    lsdos: tuple[tuple[int, str | None, bool, str], ...]
    #: Whether the compliant case may go back to Maintenance now (None: no RDO or LSDO).
    return_to_maintenance: GuardResult | None = None
    #: The case's version, to go with Return case to Maintenance.
    case_version: int | None = None


_CHAIN = (Workflow.ARREARS_REVIEW, Workflow.ACTION_MISSED_PAYMENT, Workflow.DISCLOSURE)


# --------------------------------------------------------------------------- reading


def _step(sr: SrRow, key: str) -> ActivityStep | None:
    return next((s for s in sr.steps if s.step_key == key), None)


def _family(session: Session, sr_id: int) -> tuple[list[SrRow], list[SrRow]]:
    """The SRs raised from an SR and those raised from them, with their plans: two statements."""
    below = select(SrRow.id).where(SrRow.parent_id == sr_id).scalar_subquery()
    rows = list(
        session.scalars(
            select(SrRow)
            .where(or_(SrRow.parent_id == sr_id, SrRow.parent_id.in_(below)))
            .options(selectinload(SrRow.steps))
            .order_by(SrRow.id)
        )
    )
    return [r for r in rows if r.parent_id == sr_id], [r for r in rows if r.parent_id != sr_id]


def _children(session: Session, sr_id: int) -> list[SrRow]:
    return _family(session, sr_id)[0]


def _open_child(children: Sequence[SrRow], workflow: Workflow) -> int | None:
    return next(
        (c.id for c in children if c.workflow == workflow and not workflows.is_final(c.status)),
        None,
    )


def _outcome(disclosure: SrRow) -> DotOutcome | None:
    decision = _step(disclosure, "dot_decision")
    code = disclosure.resolution_code
    if decision is None or decision.outcome not in (StepOutcome.APPROVED, StepOutcome.REJECTED):
        return None
    if code is None:
        return None
    try:
        result = DisclosureResult(code)
    except ValueError:
        return None
    set_up = _step(disclosure, "set_up_order")
    decided_on = decision.completed_at.date() if decision.completed_at else disclosure.opened_on
    return DotOutcome(
        disclosure_id=disclosure.id,
        result=result,
        reasons=decision.reason,
        decided_by=decision.completed_by,
        decided_at=decision.completed_at,
        set_up_due=arrears.dot_set_up_due(decided_on) if result.approved else None,
        set_up_done=set_up is not None and set_up.outcome != StepOutcome.PENDING,
    )


def _disclosure_refused(grandchildren: Sequence[SrRow]) -> str | None:
    """What the Deduction Order Team said when it refused a deduction order for a Disclosure SR
    raised through one of an Arrears Review's Action Missed Payment SRs (None: no refusal)."""
    for disclosure in sorted(grandchildren, key=lambda r: r.id, reverse=True):
        if disclosure.workflow != Workflow.DISCLOSURE:
            continue
        outcome = _outcome(disclosure)
        if outcome is not None and not outcome.result.approved:
            why = f": {outcome.reasons.rstrip('.')}" if outcome.reasons else ""
            return (
                "The Deduction Order Team did not approve a deduction order (Disclosure SR "
                f"{disclosure.id}){why}. Go to Initiate LO arrears action."
            )
    return None


def _is_dot_member(session: Session, login: str) -> bool | None:
    user = find_user(session, login)
    if user is None or not user.active:
        return None
    return user.has_role(UserRole.DEDUCTION_ORDER_TEAM)


def negotiation_failed_since(session: Session, case_id: int, since: date) -> bool:
    """Whether an Action Missed Payment SR of the case recorded a failed negotiation on or
    after ``since`` (the first RDO shortfall)."""
    rows = session.scalars(
        select(ActivityStep)
        .join(SrRow, SrRow.id == ActivityStep.service_request_id)
        .where(
            SrRow.case_id == case_id,
            SrRow.workflow == Workflow.ACTION_MISSED_PAYMENT,
            ActivityStep.step_key == "negotiate",
            ActivityStep.outcome == StepOutcome.NOT_SUCCESSFUL,
        )
    )
    return any(s.completed_at is not None and s.completed_at.date() >= since for s in rows)


def rdo_state(
    session: Session,
    order: EnforcementOrder,
    today: date,
    instalments: Sequence[RdoInstalment] | None = None,
) -> RdoState:
    """An RDO's schedule and compliance (its payments loaded; its instalments too, unless
    given)."""
    rows = order.instalments if instalments is None else instalments
    schedule = tuple(
        ScheduledInstalment(i.due_on, i.amount) for i in sorted(rows, key=lambda i: i.due_on)
    )
    compliance = None
    if schedule:
        payments = [(p.paid_on, p.amount) for p in order.payments]
        first = arrears.rdo_compliance(schedule, payments, today)
        failed = bool(first.shortfalls) and negotiation_failed_since(
            session, order.case_id, first.shortfalls[0].due_on
        )
        compliance = (
            arrears.rdo_compliance(schedule, payments, today, negotiation_failed=True)
            if failed
            else first
        )
    return RdoState(order.id, order.version, order.reference, schedule, compliance)


def _deduction_orders(
    session: Session, case_id: int, today: date, orders: Sequence[EnforcementOrder] | None
) -> tuple[tuple[RdoState, ...], tuple[tuple[int, str | None, bool, str], ...]]:
    """The case's RDOs and LSDOs; ``orders`` already read (with their payments) saves a
    statement, and the RDOs' schedules cost one more only when there is an RDO."""
    if orders is None:
        orders = session.scalars(
            select(EnforcementOrder)
            .where(EnforcementOrder.case_id == case_id)
            .options(selectinload(EnforcementOrder.payments))
        ).all()
    mine = sorted(
        (
            o
            for o in orders
            if o.case_id == case_id and o.order_type in (OrderType.RDO, OrderType.LSDO)
        ),
        key=lambda o: o.id,
    )
    rdo_ids = [o.id for o in mine if o.order_type == OrderType.RDO]
    schedules: dict[int, list[RdoInstalment]] = {i: [] for i in rdo_ids}
    if rdo_ids:
        for row in session.scalars(
            select(RdoInstalment).where(RdoInstalment.order_id.in_(rdo_ids))
        ):
            schedules[row.order_id].append(row)
    rdos = tuple(
        rdo_state(session, o, today, schedules[o.id]) for o in mine if o.order_type == OrderType.RDO
    )
    lsdos = tuple(
        (o.id, o.reference, *arrears.lsdo_paid_in_full(o.amount, [p.amount for p in o.payments]))
        for o in mine
        if o.order_type == OrderType.LSDO
    )
    return rdos, lsdos


def _payer_facts(facts: CaseFacts, contact: Contact) -> CaseFacts:
    """``facts`` (read without the paying parent's addresses) with the correspondence address
    marker and the employment status the compliance options look at."""
    marker = next(
        (
            a.marker
            for a in contact.addresses
            if a.is_current and a.address_type == AddressType.CORRESPONDENCE
        ),
        AddressMarker.NONE,
    )
    payer = replace(
        facts.paying_parent, address_marker=marker, employment_status=contact.employment_status
    )
    return replace(facts, paying_parent=payer)


def arrears_state(
    session: Session,
    ctx: ServiceContext,
    sr: SrRow,
    *,
    facts: CaseFacts | None = None,
    orders: Sequence[EnforcementOrder] | None = None,
) -> ArrearsState | None:
    """The arrears panel's state for ``ctx.user``, in an open session (None for other SRs).

    Args:
        session: The open session.
        ctx: Database, user and clock.
        sr: The SR.
        facts: The case's facts the SR's screen read already (its orders, appeals and Nulla
            Bona); the paying parent's address marker and employment are added here. None: read.
        orders: The orders the SR's screen read already, with their payments. None: read.
    """
    if sr.workflow not in _CHAIN:
        return None
    children, grandchildren = _family(session, sr.id)
    advice = raise_amp = request = record = None
    outcome: DotOutcome | None = None
    next_step: str | None = None
    if sr.workflow == Workflow.ARREARS_REVIEW:
        case_facts = (
            load_case_facts(session, sr.case_id)
            if facts is None
            else _payer_facts(facts, sr.case.paying_parent)
        )
        advice = arrears.review_advice(case_facts, _disclosure_refused(grandchildren), ctx.today())
        raise_amp = arrears.can_raise_amp(
            sr.workflow, sr.status, _open_child(children, Workflow.ACTION_MISSED_PAYMENT)
        )
    elif sr.workflow == Workflow.ACTION_MISSED_PAYMENT:
        negotiate = _step(sr, "negotiate")
        request = arrears.can_request_disclosure(
            sr.workflow,
            sr.status,
            negotiate.outcome if negotiate is not None else None,
            _open_child(children, Workflow.DISCLOSURE),
        )
        outcome = next((o for c in reversed(children) if (o := _outcome(c)) is not None), None)
    else:
        decision = _step(sr, "dot_decision")
        record = arrears.can_record_dot_outcome(
            sr.workflow,
            sr.status,
            decision.outcome if decision is not None else None,
            _is_dot_member(session, ctx.user),
        )
        outcome = _outcome(sr)
    if outcome is not None and not outcome.result.approved:
        # The Review LO is raised from the Action Missed Payment SR of the final negotiation.
        amp_id = sr.id if sr.workflow == Workflow.ACTION_MISSED_PAYMENT else sr.parent_id
        where = f" from Action Missed Payment SR {amp_id}" if amp_id is not None else ""
        next_step = (
            "Not approved by the Deduction Order Team: go to Initiate LO arrears action — raise "
            f"a Review LO{where} for team leader authorisation."
        )
    elif outcome is not None and outcome.set_up_due is not None and not outcome.set_up_done:
        next_step = (
            f"{outcome.result.label}: set it up by {outcome.set_up_due.until:%d/%m/%Y} "
            "(within 48 hours); then close the Action Missed Payment SR and set the Desire for "
            "DEO/DER flag to Mandatory."
        )
    rdos, lsdos = _deduction_orders(session, sr.case_id, ctx.today(), orders)
    back = None
    if rdos or lsdos:
        back = arrears.can_return_to_maintenance(
            sr.case.owning_team,
            [r.compliance.action for r in rdos if r.compliance is not None],
            [full for _id, _ref, full, _text in lsdos],
        )
    return ArrearsState(
        sr_id=sr.id,
        version=sr.version,
        workflow=sr.workflow,
        advice=advice,
        raise_amp=raise_amp,
        request_disclosure=request,
        record_outcome=record,
        children=tuple(ChildSr(c.id, c.workflow, c.status, c.resolution_code) for c in children),
        outcome=outcome,
        next_step=next_step,
        rdos=rdos,
        lsdos=lsdos,
        return_to_maintenance=back,
        case_version=sr.case.version,
    )


def get_arrears_state(ctx: ServiceContext, sr_id: int) -> ArrearsState:
    """The arrears panel's state of one SR.

    Raises:
        NotFoundError: No such SR.
        RuleViolation: It is not an Arrears Review, Action Missed Payment or Disclosure SR.
    """
    with ctx.reading() as session:
        sr = load_sr(session, sr_id)
        state = arrears_state(session, ctx, sr)
        if state is None:
            raise RuleViolation(f"Service request {sr_id} is not in the Arrears Review chain")
        return state


# --------------------------------------------------------------------------- writing


def _record_step(
    session: Session,
    ctx: ServiceContext,
    sr: SrRow,
    key: str,
    outcome: StepOutcome,
    reason: str | None,
    *,
    only_if_pending: bool = False,
) -> None:
    step = _step(sr, key)
    if step is None or (only_if_pending and step.outcome != StepOutcome.PENDING):
        return
    apply_changes(
        session,
        ctx,
        step,
        {"outcome": outcome, "reason": reason, "completed_by": ctx.user, "completed_at": ctx.now()},
        "activity_step",
        case_id=sr.case_id,
    )


def _note(session: Session, ctx: ServiceContext, sr: SrRow, text: str) -> None:
    note = Note(service_request_id=sr.id, author=ctx.user, text=text, created_at=ctx.now())
    session.add(note)
    record_created(session, ctx, note, "note", case_id=sr.case_id)


def _start(session: Session, ctx: ServiceContext, sr: SrRow) -> None:
    apply_changes(
        session, ctx, sr, {"status": SrStatus.IN_PROGRESS}, "service_request", case_id=sr.case_id
    )
    generate_plan(session, ctx, sr)


def _load(session: Session, sr_id: int, expected_version: int, workflow: Workflow) -> SrRow:
    sr = load_sr(session, sr_id)
    check_version(sr, expected_version, "service request")
    if sr.workflow != workflow:
        raise RuleViolation(f"Service request {sr_id} is not a {workflow.label} SR")
    return sr


def raise_amp(
    ctx: ServiceContext, arrears_review_id: int, expected_version: int
) -> ServiceRequestDTO:
    """Raise an Action Missed Payment SR from an Arrears Review: the paying parent's final chance
    to negotiate (Initiate Disclosure arrears action, steps 7-8; Initiate LO arrears action,
    step 1). It opens In Progress with its plan, owned by whoever raised it.

    Raises:
        RuleViolation: Not an Arrears Review, not In Progress or Wait, or one raised from it is
            still open.
        ConflictError: The Arrears Review changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        parent = load_sr(session, arrears_review_id)
        check_version(parent, expected_version, "service request")
        children = _children(session, parent.id)
        arrears.can_raise_amp(
            parent.workflow,
            parent.status,
            _open_child(children, Workflow.ACTION_MISSED_PAYMENT),
        ).require("An Action Missed Payment SR cannot be raised")
        amp = open_sr(
            session,
            ctx,
            parent.case,
            Workflow.ACTION_MISSED_PAYMENT,
            owner=ctx.user,
            parent_id=parent.id,
        )
        _start(session, ctx, amp)
        session.flush()
        return sr_dto(load_sr(session, amp.id), today=ctx.today())


def _dot_team(session: Session) -> str:
    users = session.scalars(
        select(AppUser).where(AppUser.active.is_(True), AppUser.team.is_not(None))
    ).all()
    return next(
        (u.team for u in users if UserRole.DEDUCTION_ORDER_TEAM in u.role_set and u.team),
        DOT_TEAM,
    )


def request_disclosure(
    ctx: ServiceContext, amp_id: int, expected_version: int
) -> ServiceRequestDTO:
    """Raise a Disclosure SR for the Deduction Order Team from an Action Missed Payment SR whose
    negotiation failed ("Disclosure Initiated"). The SR is assigned to the team (the case stays
    with its owning team) and opens In Progress; the Action Missed Payment's step "Request
    disclosure" is recorded Done.

    Raises:
        RuleViolation: Not an Action Missed Payment, not In Progress, the negotiation not
            recorded as failed, or a Disclosure SR raised from it still open.
        ConflictError: The SR changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        amp = _load(session, amp_id, expected_version, Workflow.ACTION_MISSED_PAYMENT)
        negotiate = _step(amp, "negotiate")
        arrears.can_request_disclosure(
            amp.workflow,
            amp.status,
            negotiate.outcome if negotiate is not None else None,
            _open_child(_children(session, amp.id), Workflow.DISCLOSURE),
        ).require("Disclosure cannot be requested")
        disclosure = open_sr(
            session,
            ctx,
            amp.case,
            Workflow.DISCLOSURE,
            owner=None,
            team=_dot_team(session),
            parent_id=amp.id,
        )
        _start(session, ctx, disclosure)
        _record_step(
            session,
            ctx,
            amp,
            "request_disclosure",
            StepOutcome.DONE,
            f"Disclosure SR {disclosure.id} raised for the Deduction Order Team",
            only_if_pending=True,
        )
        session.flush()
        return sr_dto(load_sr(session, disclosure.id), today=ctx.today())


def record_dot_outcome(
    ctx: ServiceContext,
    disclosure_id: int,
    expected_version: int,
    *,
    result: DisclosureResult | None,
    reasons: str | None,
) -> DotOutcome:
    """Record the Deduction Order Team's outcome on a Disclosure SR (Disclosure successful
    authorise RDO/LSDO, steps 1-7), in one transaction.

    Approved (RDO or LSDO): the decision step records Approved; the order is to be set up within
    48 hours (the Diary reminds the team until the set-up step is recorded); the Action Missed
    Payment SR's outcome step and notes say so. Not approved: the reasons are required, noted on
    both SRs; the Disclosure SR closes (Not approved) and the case manager goes on to Initiate LO
    arrears action.

    Raises:
        RuleViolation: The user is not in the Deduction Order Team, the SR is not a Disclosure SR
            In Progress, or its outcome was already recorded.
        ValidationError: Under ``result`` (none chosen) or ``reasons`` (missing for a refusal,
            or too long).
        ConflictError: The SR changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        sr = _load(session, disclosure_id, expected_version, Workflow.DISCLOSURE)
        decision = _step(sr, "dot_decision")
        arrears.can_record_dot_outcome(
            sr.workflow,
            sr.status,
            decision.outcome if decision is not None else None,
            _is_dot_member(session, ctx.user),
        ).require("The Deduction Order Team's outcome was not recorded")
        errors: dict[str, str | None] = {**arrears.disclosure_outcome_errors(result, reasons)}
        errors.setdefault(
            "reasons",
            check_text(reasons, max_length=REASONS_LENGTH, label="The reasons"),
        )
        raise_if_errors(errors)
        if result is None:  # disclosure_outcome_errors refused it; for the type checker
            raise ValidationError({"result": "Choose the Deduction Order Team's outcome"})
        text = (reasons or "").strip() or None
        approved = result.approved
        _record_step(
            session, ctx, sr, "disclosure_action", StepOutcome.DONE, None, only_if_pending=True
        )
        _record_step(
            session,
            ctx,
            sr,
            "dot_decision",
            StepOutcome.APPROVED if approved else StepOutcome.REJECTED,
            text or result.label,
        )
        if not approved:
            _record_step(session, ctx, sr, "set_up_order", StepOutcome.NOT_REQUIRED, "Not approved")
        said = f"Deduction Order Team outcome: {result.label}" + (
            f". Reasons: {text}" if text else ""
        )
        _note(session, ctx, sr, said)
        values: dict[str, object] = {"resolution_code": result.value}
        if not approved:
            values |= {
                "status": SrStatus.CLOSED,
                "sub_status": workflows.COMPLETED,
                "closed_on": ctx.today(),
            }
        apply_changes(session, ctx, sr, values, "service_request", case_id=sr.case_id)
        amp = session.get(SrRow, sr.parent_id) if sr.parent_id is not None else None
        if amp is not None and not workflows.is_final(amp.status):
            _note(session, ctx, amp, f"Disclosure SR {sr.id}: {said}")
            _record_step(session, ctx, amp, "dot_outcome", StepOutcome.DONE, said)
        record_event(
            session,
            ctx,
            action="dot_outcome",
            entity="service_request",
            entity_id=sr.id,
            case_id=sr.case_id,
            new=result.value,
        )
        session.flush()
        outcome = _outcome(load_sr(session, sr.id))
        assert outcome is not None  # just recorded
        return outcome


def set_rdo_schedule(
    ctx: ServiceContext,
    order_id: int,
    expected_version: int,
    instalments: Sequence[ScheduledInstalment],
) -> RdoState:
    """Replace a regular deduction order's payment schedule.

    Raises:
        NotFoundError: No such order.
        RuleViolation: The order is not an RDO.
        ValidationError: Under ``instalments``: none given, an amount of £0 or less or with
            fractions of a penny, or two on one day.
        ConflictError: The order changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        order = get_or_404(session, EnforcementOrder, order_id, "order")
        check_version(order, expected_version, "order")
        if order.order_type != OrderType.RDO:
            raise RuleViolation(
                f"Order {order_id} is a {order.order_type.label}: only a regular deduction order "
                "has a payment schedule"
            )
        arrears.check_schedule(instalments)
        order.instalments.clear()
        session.flush()
        for item in sorted(instalments, key=lambda i: i.due_on):
            row = RdoInstalment(due_on=item.due_on, amount=item.amount)
            order.instalments.append(row)
        # The order's version moves, so a second editor of the schedule gets a conflict.
        stamp(order, ctx)
        flag_modified(order, "updated_at")  # an UPDATE even when the stamp is unchanged
        session.flush()
        record_event(
            session,
            ctx,
            action="rdo_schedule",
            entity="enforcement_order",
            entity_id=order.id,
            case_id=order.case_id,
            new="; ".join(f"{i.due_on.isoformat()} {i.amount:.2f}" for i in instalments),
        )
        session.flush()
        session.refresh(order)
        return rdo_state(session, order, ctx.today())


# --------------------------------------------------------------------------- diary


def diary_reminders(
    session: Session, sr_clause: Any, due_by: date, placing: Sequence[Any], *, today: date
) -> list[tuple[ProcedureReminder, tuple[Any, ...]]]:
    """The arrears chain's procedure reminders due by ``due_by`` on the SRs ``sr_clause``
    selects, each with the SR columns ``placing`` asks for (the diary's SR, case and client).

    An approved RDO/LSDO not yet set up asks the Disclosure SR's team to set it up within 48
    hours; an RDO with three or more scheduled payments asks for its payment review, and one
    below 90 % of a payment for the shortfall to be acted on (each on the case's first open SR
    the clause selects). Two queries, and three more when an RDO has a schedule, whatever the
    number of SRs and orders.
    """
    decision = aliased(ActivityStep)
    set_up = aliased(ActivityStep)
    stmt = (
        select(SrRow.id, decision.completed_at, SrRow.resolution_code)
        .add_columns(*placing)
        .join(Case, Case.id == SrRow.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .join(
            decision,
            and_(
                decision.service_request_id == SrRow.id,
                decision.step_key == "dot_decision",
                decision.outcome == StepOutcome.APPROVED,
            ),
        )
        .join(
            set_up,
            and_(
                set_up.service_request_id == SrRow.id,
                set_up.step_key == "set_up_order",
                set_up.outcome == StepOutcome.PENDING,
            ),
        )
        .where(
            SrRow.workflow == Workflow.DISCLOSURE,
            SrRow.status.in_(list(OPEN_STATUSES)),
            sr_clause,
        )
        .order_by(SrRow.id)
    )
    found: list[tuple[ProcedureReminder, tuple[Any, ...]]] = []
    for row in session.execute(stmt):
        sr_id, approved_at, code = row[:3]
        if approved_at is None:
            continue
        reminder = dot_set_up_reminder(sr_id, approved_at.date(), code or "Approved")
        if reminder.due_on <= due_by:
            found.append((reminder, tuple(row[3:])))
    has_schedule = exists().where(RdoInstalment.order_id == EnforcementOrder.id)
    stmt = (
        select(EnforcementOrder.id)
        .add_columns(*placing)
        .join(SrRow, SrRow.case_id == EnforcementOrder.case_id)
        .join(Case, Case.id == SrRow.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(
            EnforcementOrder.order_type == OrderType.RDO,
            SrRow.status.in_(list(OPEN_STATUSES)),
            sr_clause,
            has_schedule,
        )
        .order_by(EnforcementOrder.id, SrRow.id)
    )
    placings: dict[int, tuple[Any, ...]] = {}
    for row in session.execute(stmt):
        placings.setdefault(row[0], tuple(row[1:]))
    if not placings:
        return found
    rdos = session.scalars(
        select(EnforcementOrder)
        .where(EnforcementOrder.id.in_(list(placings)))
        .options(
            selectinload(EnforcementOrder.instalments), selectinload(EnforcementOrder.payments)
        )
        .order_by(EnforcementOrder.id)
    )
    for order in rdos:
        for reminder in _rdo_reminders(order, today):
            if reminder.due_on <= due_by:
                found.append((reminder, placings[order.id]))
    return found


def _rdo_reminders(order: EnforcementOrder, today: date) -> list[ProcedureReminder]:
    """An RDO's payment review (three or more payments scheduled) and, while a payment is below
    90 %, the shortfall to act on (compliance without the negotiation's outcome)."""
    schedule = [ScheduledInstalment(i.due_on, i.amount) for i in order.instalments]
    if not schedule:
        return []
    found = []
    if len(schedule) >= 3:
        found.append(rdo_review_reminder(order.id, order.reference, schedule[2].due_on))
    compliance = arrears.rdo_compliance(
        schedule, [(p.paid_on, p.amount) for p in order.payments], today
    )
    shortfall = rdo_shortfall_reminder(order.id, order.reference, compliance)
    if shortfall is not None:
        found.append(shortfall)
    return found


def reminders_for_completion(
    session: Session, kind: ReminderKind, record_id: int, sr: SrRow, today: date
) -> list[ProcedureReminder] | None:
    """The reminders of ``kind`` the records still ask for on ``record_id`` as shown on ``sr``
    (None: not a kind of this module).

    Raises:
        RuleViolation: The record is not of the SR's case.
    """
    if kind == ReminderKind.DOT_SET_UP:
        if sr.id != record_id:
            raise RuleViolation(f"The reminder is about service request {record_id}")
        outcome = _outcome(load_sr(session, sr.id)) if sr.workflow == Workflow.DISCLOSURE else None
        if outcome is None or outcome.set_up_done or outcome.decided_at is None:
            return []
        if not outcome.result.approved or workflows.is_final(sr.status):
            return []
        return [dot_set_up_reminder(sr.id, outcome.decided_at.date(), outcome.result.label)]
    if kind in (ReminderKind.RDO_REVIEW, ReminderKind.RDO_SHORTFALL):
        order = get_or_404(session, EnforcementOrder, record_id, "order")
        if order.case_id != sr.case_id:
            raise RuleViolation(f"Service request {sr.id} belongs to another case")
        if order.order_type != OrderType.RDO:
            return []
        return [r for r in _rdo_reminders(order, today) if r.kind == kind]
    return None


# --------------------------------------------------------------------------- DLO / NFA


def cancel_for_address(ctx: ServiceContext, sr_id: int, expected_version: int) -> ServiceRequestDTO:
    """Record a DLO or NFA correspondence address in an Arrears Review's notes and cancel it
    (Arrears – Consider Action, Gather Information: "record this in the SR notes and then Close
    and Cancel the SR"), in one transaction.

    Raises:
        RuleViolation: Not an Arrears Review, the address is not marked DLO or NFA, the SR is
            read-only or cannot be cancelled now (a child SR open, each named).
        ConflictError: The SR changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        sr = _load(session, sr_id, expected_version, Workflow.ARREARS_REVIEW)
        advice = arrears.review_advice(load_case_facts(session, sr.case_id), today=ctx.today())
        if advice.close_and_cancel is None:
            raise RuleViolation(
                f"Service request {sr_id} was not cancelled: the paying parent's correspondence "
                "address is not marked DLO or NFA"
            )
        workflows.check_transition(sr.status, SrStatus.CANCELLED)
        check_can_close(session, sr, SrStatus.CANCELLED)
        found = advice.close_and_cancel.split(":")[0]
        _note(
            session,
            ctx,
            sr,
            f"{found}: recorded, and the SR cancelled (Arrears – Consider Action, Gather "
            "Information).",
        )
        apply_changes(
            session,
            ctx,
            sr,
            {"status": SrStatus.CANCELLED, "wait_until": None, "closed_on": ctx.today()},
            "service_request",
            case_id=sr.case_id,
        )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


# --------------------------------------------------------------------------- back to maintenance


def return_to_maintenance(ctx: ServiceContext, sr_id: int, case_version: int) -> ServiceRequestDTO:
    """Return the compliant case to the maintenance team (Disclosure successful authorise
    RDO/LSDO, step 10) from an SR of the chain, in one transaction: the case's owning team
    becomes Maintenance and the SR's notes say why (the order and its payments).

    Raises:
        RuleViolation: Not an SR of the chain, read-only, the case not owned by enforcement, or
            no RDO with its third full payment and no LSDO paid in full.
        ConflictError: The case changed since ``case_version``.
    """
    with ctx.unit_of_work() as session:
        sr = load_sr(session, sr_id)
        if sr.workflow not in _CHAIN:
            raise RuleViolation(f"Service request {sr_id} is not in the Arrears Review chain")
        if workflows.is_final(sr.status):
            raise RuleViolation(f"Service request {sr_id} is {sr.status.label} and read-only")
        case = sr.case
        check_version(case, case_version, "case")
        rdos, lsdos = _deduction_orders(session, case.id, ctx.today(), None)
        arrears.can_return_to_maintenance(
            case.owning_team,
            [r.compliance.action for r in rdos if r.compliance is not None],
            [full for _id, _ref, full, _text in lsdos],
        ).require("The case was not returned to Maintenance")
        why = [
            f"{r.reference or f'RDO {r.order_id}'}: {'; '.join(r.compliance.reasons)}"
            for r in rdos
            if r.compliance is not None
            and r.compliance.action is arrears.RdoAction.RETURN_TO_MAINTENANCE
        ] + [f"{ref or f'LSDO {oid}'}: {text}" for oid, ref, full, text in lsdos if full]
        apply_changes(
            session,
            ctx,
            case,
            {"owning_team": OwningTeam.MAINTENANCE},
            "case",
            case_id=case.id,
        )
        _note(
            session,
            ctx,
            sr,
            "Compliant case returned to Maintenance (Arrears – Consider Action, Disclosure "
            f"successful authorise RDO/LSDO, step 10): {'. '.join(why)}.",
        )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())
