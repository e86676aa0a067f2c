"""The Review LO chain: raise it from an Arrears Review, ask the team leader, approve or reject.

Arrears - Consider Action (seed 001), Initiate LO arrears action, steps 2-12. The case manager
raises a Review LO from the Arrears Review with the step 3 checklist as its plan, answers it and
asks for authorisation (both SRs then show "Awaiting LO authorisation"). A team leader who did
not raise it approves, which makes the Recommend LO SR and the case-routing SR Review Case and
Decide Next Action for the enforcement team, moves the case to enforcement and closes the Review
LO and the Arrears Review; or rejects it with the reason and the arrears action recommended
instead, and the Arrears Review goes back to the case manager. Each is one transaction, audited.

Who raised a Review LO is the user of its "create" audit event: the SR's owner changes when the
team leader allocates it to themselves (step 4), the audit trail does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import (
    OwningTeam,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.values import check_text
from enforcement_desktop.domain.workflows import GuardResult, PendingStep
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    raise_if_errors,
    record_created,
    record_event,
)
from enforcement_desktop.services.service_requests import (
    ServiceRequestDTO,
    check_can_close,
    generate_plan,
    load_sr,
    open_children,
    open_sr,
    require_editable,
    sr_dto,
)
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import ActivityStep, AppUser, AuditEvent, Note
from enforcement_desktop.storage.models import ServiceRequest as SrRow

AWAITING = SrSubStatus.AWAITING_LO_AUTHORISATION


@dataclass(frozen=True, slots=True)
class ChecklistAnswer:
    """One item of the Review LO's checklist as the case manager answered it."""

    position: int
    title: str
    outcome: StepOutcome
    answer: str | None
    answered_by: str | None
    answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class ReviewLoState:
    """What the Activity Plan and the authorisation dialog show of a Review LO.

    Attributes:
        sr_id: The Review LO.
        version: Its version, to go with a decision.
        parent_id: The Arrears Review it was raised from.
        raised_by: The login that raised it (None: not recorded).
        raised_by_name: That user's name, else the login.
        checklist: The step 3 checklist with its answers.
        request: Whether the user may ask for authorisation now, and why not.
        decide: Whether the user may approve or reject now, and why not.
        teams: The teams the case may be routed to (teams with an active user).
        suggested_team: The team to preselect: the case's own team when it is listed, else the
            first listed team named as an enforcement team.
        awaiting: True while it awaits the team leader.
    """

    sr_id: int
    version: int
    parent_id: int | None
    raised_by: str | None
    raised_by_name: str | None
    checklist: tuple[ChecklistAnswer, ...]
    request: GuardResult
    decide: GuardResult
    teams: tuple[str, ...]
    suggested_team: str | None
    awaiting: bool


@dataclass(frozen=True, slots=True)
class RaiseState:
    """Whether a Review LO may be raised from an Arrears Review, and why not."""

    verdict: GuardResult


@dataclass(frozen=True, slots=True)
class Approval:
    """What an approval did.

    Attributes:
        review_lo: The Review LO, closed.
        recommend_lo_id: The Recommend LO SR made.
        review_case_id: The case-routing SR made for the enforcement team.
        arrears_review_closed: Whether the Arrears Review closed with it.
        left_open: Why the Arrears Review stayed open, when it did.
    """

    review_lo: ServiceRequestDTO
    recommend_lo_id: int
    review_case_id: int
    arrears_review_closed: bool
    left_open: tuple[str, ...] = ()


# --------------------------------------------------------------------------- reading


def raised_by(session: Session, sr_id: int) -> str | None:
    """The login that raised an SR (None when not recorded).

    The SR's own record says (migration 0011); an SR saved before that, and not filled from the
    audit trail by the migration, is looked up in the audit trail.
    """
    recorded = session.scalar(select(SrRow.raised_by).where(SrRow.id == sr_id))
    if recorded is not None:
        return recorded
    return session.scalar(
        select(AuditEvent.user)
        .where(
            AuditEvent.entity == "service_request",
            AuditEvent.entity_id == sr_id,
            AuditEvent.action == "create",
        )
        .order_by(AuditEvent.id)
        .limit(1)
    )


def _checklist(sr: SrRow) -> list[ActivityStep]:
    return [s for s in sr.steps if s.step_key in workflows.REVIEW_LO_CHECKLIST]


def _pending_checklist(sr: SrRow) -> list[PendingStep]:
    return [
        PendingStep(s.position, s.title) for s in _checklist(sr) if s.outcome == StepOutcome.PENDING
    ]


def _teams(session: Session) -> tuple[str, ...]:
    names = session.scalars(
        select(AppUser.team)
        .where(AppUser.team.is_not(None), AppUser.active.is_(True))
        .distinct()
        .order_by(AppUser.team)
    )
    return tuple(n for n in names if n)


def _decide_verdict(
    session: Session, ctx: ServiceContext, sr: SrRow, raiser: str | None
) -> GuardResult:
    user = find_user(session, ctx.user)
    leader = user.is_team_leader if user is not None and user.active else None
    return workflows.can_authorise(
        sr.status, sr.sub_status, login=ctx.user, is_team_leader=leader, raised_by=raiser
    )


def review_lo_state(session: Session, ctx: ServiceContext, sr: SrRow) -> ReviewLoState | None:
    """The Review LO's state for ``ctx.user``, in an open session (None for another SR type)."""
    if sr.workflow != Workflow.REVIEW_LO:
        return None
    raiser = raised_by(session, sr.id)
    raiser_name = None
    if raiser is not None:
        record = find_user(session, raiser)
        raiser_name = record.display_name if record is not None else raiser
    parent = session.get(SrRow, sr.parent_id) if sr.parent_id is not None else None
    teams = _teams(session)
    case_team = sr.case.team
    suggested = case_team if case_team in teams else None
    if suggested is None:
        suggested = next((t for t in teams if "enforcement" in t.casefold()), None)
    return ReviewLoState(
        sr_id=sr.id,
        version=sr.version,
        parent_id=sr.parent_id,
        raised_by=raiser,
        raised_by_name=raiser_name,
        checklist=tuple(
            ChecklistAnswer(
                s.position, s.title, s.outcome, s.reason, s.completed_by, s.completed_at
            )
            for s in _checklist(sr)
        ),
        request=workflows.can_request_authorisation(
            sr.status,
            sr.sub_status,
            _pending_checklist(sr),
            parent.status if parent is not None else None,
        ),
        decide=_decide_verdict(session, ctx, sr, raiser),
        teams=teams,
        suggested_team=suggested,
        awaiting=sr.sub_status == AWAITING and not workflows.is_final(sr.status),
    )


def raise_state(session: Session, sr: SrRow) -> RaiseState | None:
    """Whether a Review LO may be raised from this SR (None: not an Arrears Review)."""
    if sr.workflow not in workflows.REVIEW_LO_PARENTS:
        return None
    return RaiseState(
        workflows.can_raise_review_lo(sr.workflow, sr.status, _open_review_lo(session, sr.id))
    )


def get_review_lo_state(ctx: ServiceContext, sr_id: int) -> ReviewLoState:
    """The Review LO's state for ``ctx.user`` (the authorisation dialog's read).

    Raises:
        NotFoundError: No such SR.
        RuleViolation: It is not a Review LO.
    """
    with ctx.reading() as session:
        sr = load_sr(session, sr_id)
        state = review_lo_state(session, ctx, sr)
        if state is None:
            raise RuleViolation(f"Service request {sr_id} is not a Review LO")
        return state


def _open_review_lo(session: Session, parent_id: int) -> int | None:
    return session.scalar(
        select(SrRow.id)
        .where(
            SrRow.parent_id == parent_id,
            SrRow.workflow == Workflow.REVIEW_LO,
            SrRow.status.not_in(list(workflows.FINAL_STATUSES)),
        )
        .limit(1)
    )


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
    step = next((s for s in sr.steps if s.step_key == key), None)
    if step is None or (only_if_pending and step.outcome != StepOutcome.PENDING):
        return
    apply_changes(
        session,
        ctx,
        step,
        {
            "outcome": outcome,
            "reason": reason,
            "completed_by": ctx.user,
            "completed_at": ctx.now(),
        },
        "activity_step",
        case_id=sr.case_id,
    )


def _note(session: Session, ctx: ServiceContext, sr: SrRow, text: str) -> None:
    note = Note(service_request_id=sr.id, author=ctx.user, text=text, created_at=ctx.now())
    session.add(note)
    record_created(session, ctx, note, "note", case_id=sr.case_id)


def _close(session: Session, ctx: ServiceContext, sr: SrRow, code: str) -> None:
    apply_changes(
        session,
        ctx,
        sr,
        {
            "status": SrStatus.CLOSED,
            "sub_status": workflows.COMPLETED,
            "wait_until": None,
            "resolution_code": code,
            "closed_on": ctx.today(),
        },
        "service_request",
        case_id=sr.case_id,
    )


def raise_review_lo(
    ctx: ServiceContext, arrears_review_id: int, expected_version: int
) -> ServiceRequestDTO:
    """Raise a child Review LO from an Arrears Review (Initiate LO arrears action, steps 1-2).

    The Review LO opens In Progress with the step 3 checklist as its plan, owned by whoever
    raised it (recorded in the audit trail); the Arrears Review's step "Initiate LO arrears
    action" records Review LO Initiated if it was pending.

    Raises:
        RuleViolation: Not an Arrears Review, not In Progress or Wait, or a Review LO raised
            from it is still open.
        ConflictError: The Arrears Review changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        parent = load_sr(session, arrears_review_id)
        check_version(parent, expected_version, "service request")
        workflows.can_raise_review_lo(
            parent.workflow, parent.status, _open_review_lo(session, parent.id)
        ).require("A Review LO cannot be raised")
        review = open_sr(
            session, ctx, parent.case, Workflow.REVIEW_LO, owner=ctx.user, parent_id=parent.id
        )
        apply_changes(
            session,
            ctx,
            review,
            {"status": SrStatus.IN_PROGRESS},
            "service_request",
            case_id=review.case_id,
        )
        generate_plan(session, ctx, review)
        arrears = _arrears_review_of(session, parent)
        if arrears is not None:
            _record_step(
                session,
                ctx,
                arrears,
                "review_lo_initiated",
                StepOutcome.REVIEW_LO_INITIATED,
                f"Review LO SR {review.id} raised",
                only_if_pending=True,
            )
        session.flush()
        return sr_dto(load_sr(session, review.id), today=ctx.today())


def request_authorisation(
    ctx: ServiceContext, sr_id: int, expected_version: int
) -> ServiceRequestDTO:
    """Ask the team leader to authorise the Liability Order referral (steps 4-5).

    The Review LO and its Arrears Review take the sub status Awaiting LO authorisation.

    Raises:
        RuleViolation: Not a Review LO, a checklist item pending (each named), not In Progress,
            or already awaiting.
        ConflictError: The Review LO changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        sr = _review_lo(session, sr_id, expected_version)
        parent = session.get(SrRow, sr.parent_id) if sr.parent_id is not None else None
        workflows.can_request_authorisation(
            sr.status,
            sr.sub_status,
            _pending_checklist(sr),
            parent.status if parent is not None else None,
        ).require("Authorisation not asked for")
        apply_changes(
            session, ctx, sr, {"sub_status": AWAITING}, "service_request", case_id=sr.case_id
        )
        # Step 5: the Arrears Review shows it too (raised from an AMP: the AMP's parent).
        arrears = _arrears_review_of(session, parent)
        if arrears is not None and not workflows.is_final(arrears.status):
            apply_changes(
                session,
                ctx,
                arrears,
                {"sub_status": AWAITING},
                "service_request",
                case_id=sr.case_id,
            )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


def _review_lo(session: Session, sr_id: int, expected_version: int) -> SrRow:
    sr = load_sr(session, sr_id)
    if sr.workflow != Workflow.REVIEW_LO:
        raise RuleViolation(f"Service request {sr_id} is not a Review LO")
    check_version(sr, expected_version, "service request")
    require_editable(sr)
    return sr


def _require_decider(session: Session, ctx: ServiceContext, sr: SrRow, action: str) -> None:
    _decide_verdict(session, ctx, sr, raised_by(session, sr.id)).require(action)
    pending = _pending_checklist(sr)
    if pending:
        raise RuleViolation(
            action, [f"checklist item '{p.title}' is pending again" for p in pending]
        )


def approve_review_lo(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    *,
    enforcement_team: str,
    note: str | None = None,
) -> Approval:
    """Authorise the Liability Order referral (steps 7-11), in one transaction.

    Makes the related Recommend LO SR and the case-routing SR Review Case and Decide Next
    Action, both assigned to ``enforcement_team``; moves the case to enforcement (owning team
    and team); closes the Review LO (Action Authorised) and, when nothing else of it is open,
    the Arrears Review (resolution code Liability Order), its steps not reached marked Not
    Required. The decision is a note on the Review LO and an audit event.

    Raises:
        RuleViolation: The user is not a team leader, raised the Review LO, or it is not
            awaiting authorisation (each reason named).
        ValidationError: Under ``enforcement_team`` (no team, or none with an active user) or
            ``note``.
        ConflictError: The Review LO changed since ``expected_version``.
    """
    team = (enforcement_team or "").strip()
    with ctx.unit_of_work() as session:
        sr = _review_lo(session, sr_id, expected_version)
        _require_decider(session, ctx, sr, "Not approved")
        errors: dict[str, str | None] = {
            "note": check_text(note, max_length=workflows.DECISION_TEXT_LENGTH, label="The note")
        }
        if not team:
            errors["enforcement_team"] = "Choose the enforcement team the case goes to"
        elif team not in _teams(session):
            errors["enforcement_team"] = f"No active user is in the team '{team}'"
        raise_if_errors(errors)
        case = sr.case
        recommend = open_sr(session, ctx, case, Workflow.RECOMMEND_LO, owner=None, team=team)
        routing = open_sr(session, ctx, case, Workflow.REVIEW_CASE, owner=None, team=team)
        said = (note or "").strip()
        _record_step(
            session,
            ctx,
            sr,
            "team_leader_decision",
            StepOutcome.APPROVED,
            said or "Liability Order referral authorised",
        )
        _record_step(
            session,
            ctx,
            sr,
            "recommend_lo",
            StepOutcome.DONE,
            f"Recommend LO SR {recommend.id} created",
        )
        apply_changes(
            session,
            ctx,
            case,
            {"owning_team": OwningTeam.ENFORCEMENT, "team": team},
            "case",
            case_id=case.id,
        )
        session.flush()
        check_can_close(session, sr, SrStatus.CLOSED)
        _close(session, ctx, sr, workflows.ACTION_AUTHORISED)
        session.flush()
        closed, left_open = _close_chain(session, ctx, sr)
        _note(
            session,
            ctx,
            sr,
            f"Liability Order referral authorised by {_name(session, ctx.user)}"
            + (f": {said}" if said else "")
            + f". Recommend LO SR {recommend.id} and Review Case and Decide Next Action SR "
            f"{routing.id} created for {team}; the case moves to enforcement.",
        )
        record_event(
            session,
            ctx,
            action="authorise",
            entity="service_request",
            entity_id=sr.id,
            case_id=sr.case_id,
            new=f"approved; SR {recommend.id} Recommend LO, SR {routing.id} Review Case; {team}",
        )
        session.flush()
        return Approval(
            review_lo=sr_dto(load_sr(session, sr.id), today=ctx.today()),
            recommend_lo_id=recommend.id,
            review_case_id=routing.id,
            arrears_review_closed=closed,
            left_open=left_open,
        )


def _arrears_review_of(session: Session, sr: SrRow | None) -> SrRow | None:
    """The Arrears Review an SR belongs to: itself, or the parent of its Action Missed Payment."""
    while sr is not None and sr.workflow in workflows.REVIEW_LO_PARENTS:
        if sr.workflow == Workflow.ARREARS_REVIEW:
            return sr
        sr = session.get(SrRow, sr.parent_id) if sr.parent_id is not None else None
    return None


def _close_chain(
    session: Session, ctx: ServiceContext, review: SrRow
) -> tuple[bool, tuple[str, ...]]:
    """Close the Action Missed Payment the approved Review LO came from (step 10), then the
    Arrears Review (step 11), each with the code that matches the arrears action, Liability
    Order. One with another child SR still open stays open for the case manager, and says why.

    Returns:
        Whether the Arrears Review closed, and why an SR stayed open.
    """
    authorised = f"Liability Order authorised (Review LO SR {review.id})"
    left_open: list[str] = []
    closed_review = False
    parent = load_sr(session, review.parent_id) if review.parent_id is not None else None
    while parent is not None and parent.workflow in workflows.REVIEW_LO_PARENTS:
        if workflows.is_final(parent.status):
            break
        session.flush()
        children = open_children(session, parent.id)
        if children:
            verdict = workflows.can_close(parent.workflow, SrStatus.CLOSED, open_children=children)
            if parent.workflow == Workflow.ARREARS_REVIEW:
                apply_changes(
                    session,
                    ctx,
                    parent,
                    {"status": SrStatus.IN_PROGRESS, "sub_status": None, "wait_until": None},
                    "service_request",
                    case_id=parent.case_id,
                )
            left_open += [f"{parent.workflow.label} SR {parent.id}: {r}" for r in verdict.reasons]
            break
        if parent.workflow == Workflow.ARREARS_REVIEW:
            _record_step(
                session,
                ctx,
                parent,
                "review_lo_initiated",
                StepOutcome.REVIEW_LO_INITIATED,
                authorised,
                only_if_pending=True,
            )
            _record_step(
                session,
                ctx,
                parent,
                "take_arrears_action",
                StepOutcome.DONE,
                authorised,
                only_if_pending=True,
            )
        _complete_plan(session, ctx, parent, authorised)
        _close(session, ctx, parent, workflows.LIABILITY_ORDER_CODE)
        if parent.workflow == Workflow.ARREARS_REVIEW:
            closed_review = True
            break
        parent = load_sr(session, parent.parent_id) if parent.parent_id is not None else None
    return closed_review, tuple(left_open)


def _complete_plan(session: Session, ctx: ServiceContext, sr: SrRow, authorised: str) -> None:
    """Mark the steps not reached Not Required (the only outcome of a few is Done), as the
    procedure closes each SR of the chain ("Mark all activities as Done or Not Required")."""
    for step in sr.steps:
        if step.outcome != StepOutcome.PENDING:
            continue
        try:
            allowed = workflows.step_template(sr.workflow, step.step_key).outcomes
        except ValidationError:
            continue
        if StepOutcome.NOT_REQUIRED in allowed:
            _record_step(
                session,
                ctx,
                sr,
                step.step_key,
                StepOutcome.NOT_REQUIRED,
                f"Not reached: {authorised}",
            )
        elif allowed == (StepOutcome.DONE,):
            _record_step(session, ctx, sr, step.step_key, StepOutcome.DONE, authorised)


def reject_review_lo(
    ctx: ServiceContext, sr_id: int, expected_version: int, *, reason: str, alternative: str
) -> ServiceRequestDTO:
    """Refuse the Liability Order referral (step 12), with the reason and the alternative.

    The Review LO closes (Action Not Authorised), its decision step holding both; a note on it
    and on the Arrears Review says who refused, why, and what to do instead; the Arrears Review
    goes back to the case manager (In Progress, no sub status).

    Raises:
        RuleViolation: The user is not a team leader, raised the Review LO, or it is not
            awaiting authorisation.
        ValidationError: Under ``reason`` and ``alternative`` when either is missing.
        ConflictError: The Review LO changed since ``expected_version``.
    """
    with ctx.unit_of_work() as session:
        sr = _review_lo(session, sr_id, expected_version)
        _require_decider(session, ctx, sr, "Not rejected")
        raise_if_errors(workflows.rejection_errors(reason, alternative))
        why, instead = reason.strip(), alternative.strip()
        _record_step(
            session,
            ctx,
            sr,
            "team_leader_decision",
            StepOutcome.REJECTED,
            f"{why}\nRecommended alternative: {instead}",
        )
        _record_step(session, ctx, sr, "recommend_lo", StepOutcome.NOT_REQUIRED, "Not authorised")
        session.flush()
        check_can_close(session, sr, SrStatus.CLOSED)
        _close(session, ctx, sr, workflows.ACTION_NOT_AUTHORISED)
        text = (
            f"Liability Order referral not authorised by {_name(session, ctx.user)}: {why}\n"
            f"Recommended alternative arrears action: {instead}"
        )
        _note(session, ctx, sr, text)
        parent = session.get(SrRow, sr.parent_id) if sr.parent_id is not None else None
        parent = _arrears_review_of(session, parent)
        if parent is not None and not workflows.is_final(parent.status):
            apply_changes(
                session,
                ctx,
                parent,
                {"status": SrStatus.IN_PROGRESS, "sub_status": None, "wait_until": None},
                "service_request",
                case_id=parent.case_id,
            )
            _note(session, ctx, parent, text)
        record_event(
            session,
            ctx,
            action="reject",
            entity="service_request",
            entity_id=sr.id,
            case_id=sr.case_id,
            new="not authorised",
        )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


def _name(session: Session, login: str) -> str:
    user = find_user(session, login)
    return user.display_name if user is not None else login


__all__ = [
    "Approval",
    "ChecklistAnswer",
    "RaiseState",
    "ReviewLoState",
    "approve_review_lo",
    "get_review_lo_state",
    "raise_review_lo",
    "raise_state",
    "raised_by",
    "reject_review_lo",
    "request_authorisation",
    "review_lo_state",
]
