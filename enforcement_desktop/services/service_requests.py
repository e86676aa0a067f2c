"""Service requests: creation, status moves, activity plans, the enforce form, the work queue."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain import dates, workflows
from enforcement_desktop.domain.csa import parent_sr_verdict
from enforcement_desktop.domain.dates import (
    BAILIFF_HOLD_MAX_DAYS,
    SubStatusWait,
    check_bailiff_hold,
)
from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    CriminalOffence,
    DocumentType,
    EmploymentStatus,
    OrderStatus,
    Power,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation, ValidationError
from enforcement_desktop.domain.values import (
    check_date_range,
    check_money,
    check_past_date,
    check_text,
    format_date,
    money,
    strip_invisible,
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
from enforcement_desktop.services.users import user_names
from enforcement_desktop.storage.models import (
    ActivityStep,
    AppUser,
    Case,
    Contact,
    Document,
    EnforceForm,
    EnforcementOrder,
    ServiceRequest,
    ServiceRequestAsset,
)

#: Workflows whose SR carries an enforce form (the data form behind an enforcement SR).
FORM_WORKFLOWS = frozenset({Workflow.BAILIFF, Workflow.DECIDE_ENFORCEMENT})


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class StepDTO:
    id: int
    version: int
    position: int
    step_key: str
    title: str
    outcome: StepOutcome
    allowed_outcomes: tuple[StepOutcome, ...]
    guidance: str
    reason: str | None
    completed_by: str | None
    completed_at: datetime | None
    #: False for a step only the team leader's approval or rejection records.
    by_hand: bool = True


@dataclass(slots=True)
class EnforceFormInput:
    """Every field of the enforce form a user may set (seed 003 steps 11-31; seed 000)."""

    lo_current_arrears_balance: Decimal | None = None
    arrears_balance_against_lo: Decimal | None = None
    sum_applied_for: Decimal | None = None
    nrp_employment_status: EmploymentStatus | None = None
    on_hold_reason: str | None = None
    on_hold_until: date | None = None
    cmel8011_sent_on: date | None = None
    welfare_of_child_decision: str | None = None
    pack_prepared_on: date | None = None
    dvs_requested: bool = False
    additional_information: str | None = None
    bailiff_proceed_date: date | None = None
    bailiff_issue_date: date | None = None
    bailiff_company: str | None = None
    bailiff_outcome_received: bool = False
    bailiff_outcome_date: date | None = None
    bailiff_outcome: BailiffOutcome | None = None
    bailiff_outcome_type: BailiffOutcomeType | None = None
    bailiff_reason_return_code: str | None = None
    bailiff_return_code: str | None = None
    nulla_bona_received: bool = False
    nulla_bona_received_on: date | None = None
    arrears_agreement_final_payment_due: date | None = None
    appeal_details: str | None = None
    evidence_of_criminal_activity: bool | None = None
    criminal_offence: CriminalOffence | None = None
    continue_data_gathering: bool | None = None
    chosen_power: Power | None = None


@dataclass(frozen=True, slots=True)
class EnforceFormDTO:
    id: int
    version: int
    #: A copy of the stored values, ready to edit and hand back to update_enforce_form.
    values: EnforceFormInput


@dataclass(frozen=True, slots=True)
class LinkedAssetDTO:
    asset_id: int
    description: str


@dataclass(frozen=True, slots=True)
class DocumentDTO:
    id: int
    doc_type: DocumentType
    file_name: str
    path: str
    sha256: str
    created_at: datetime
    created_by: str


@dataclass(frozen=True, slots=True)
class ServiceRequestDTO:
    id: int
    version: int
    case_id: int
    workflow: Workflow
    process: str
    area: str
    sub_area: str
    status: SrStatus
    sub_status: str | None
    wait_until: date | None
    owner: str | None
    opened_on: date
    closed_on: date | None
    resolution_code: str | None
    parent_id: int | None
    order_id: int | None
    order_reference: str | None
    client_scin: str | None
    client_name: str
    updated_by: str | None
    steps: tuple[StepDTO, ...] = ()
    enforce_form: EnforceFormDTO | None = None
    assets: tuple[LinkedAssetDTO, ...] = ()
    documents: tuple[DocumentDTO, ...] = ()
    #: The wait date each sub status the SR may wait with comes with (the procedure's date, or
    #: the latest a hold allows), worked out on the day of the read; empty when read without one.
    wait_suggestions: tuple[SubStatusWait, ...] = ()
    #: The team the SR is assigned to, when it was reassigned to a team rather than a person.
    team: str | None = None

    @property
    def read_only(self) -> bool:
        return workflows.is_final(self.status)

    @property
    def allowed_statuses(self) -> tuple[SrStatus, ...]:
        """The statuses the SR may move to from its present one, in the usual order."""
        allowed = workflows.ALLOWED_TRANSITIONS[self.status]
        return tuple(s for s in SrStatus if s in allowed)

    def is_overdue(self, today: date) -> bool:
        """Whether the SR's wait date has passed (:func:`workflows.is_overdue`)."""
        return workflows.is_overdue(self.status, self.wait_until, today)

    def wait_for(self, sub_status: SrSubStatus | str | None) -> SubStatusWait | None:
        """The wait date that goes with ``sub_status``, or None when it sets none."""
        return next((w for w in self.wait_suggestions if w.sub_status == sub_status), None)

    @property
    def category(self) -> str:
        return f"{self.process} / {self.area} / {self.sub_area}"


def _step_dto(sr: ServiceRequest, step: ActivityStep) -> StepDTO:
    try:
        template = workflows.step_template(sr.workflow, step.step_key)
        allowed, guidance = template.outcomes, template.guidance
    except ValidationError:
        allowed, guidance = (), ""
    return StepDTO(
        id=step.id,
        version=step.version,
        position=step.position,
        step_key=step.step_key,
        title=step.title,
        outcome=step.outcome,
        allowed_outcomes=allowed,
        guidance=guidance,
        reason=step.reason,
        completed_by=step.completed_by,
        completed_at=step.completed_at,
        by_hand=(sr.workflow, step.step_key) not in workflows.DECISION_STEPS,
    )


def _form_dto(form: EnforceForm) -> EnforceFormDTO:
    return EnforceFormDTO(
        id=form.id, version=form.version, values=input_from(form, EnforceFormInput)
    )


def asset_label(asset: Any) -> str:
    if asset.description:
        return f"{asset.asset_type.label}: {asset.description}"
    return f"{asset.asset_type.label} (details disregarded)"


def _wait_suggestions(sr: ServiceRequest, today: date) -> tuple[SubStatusWait, ...]:
    issued = sr.enforce_form.bailiff_issue_date if sr.enforce_form is not None else None
    found = (
        dates.wait_date_for(name, today, bailiff_issue_date=issued)
        for name in workflows.sub_statuses_for(sr.workflow, SrStatus.WAIT)
    )
    return tuple(w for w in found if w is not None)


def sr_dto(
    sr: ServiceRequest, *, full: bool = True, today: date | None = None
) -> ServiceRequestDTO:
    """The SR as the screens show it; with ``today``, also the wait date of each sub status."""
    client: Contact = sr.case.paying_parent
    return ServiceRequestDTO(
        id=sr.id,
        version=sr.version,
        case_id=sr.case_id,
        workflow=sr.workflow,
        process=sr.process,
        area=sr.area,
        sub_area=sr.sub_area,
        status=sr.status,
        sub_status=sr.sub_status,
        wait_until=sr.wait_until,
        owner=sr.owner,
        opened_on=sr.opened_on,
        closed_on=sr.closed_on,
        resolution_code=sr.resolution_code,
        parent_id=sr.parent_id,
        order_id=sr.order_id,
        order_reference=sr.order.reference if sr.order is not None else None,
        client_scin=client.scin,
        client_name=client.full_name,
        updated_by=sr.updated_by,
        steps=tuple(_step_dto(sr, s) for s in sr.steps) if full else (),
        enforce_form=_form_dto(sr.enforce_form) if full and sr.enforce_form else None,
        assets=tuple(LinkedAssetDTO(x.asset_id, asset_label(x.asset)) for x in sr.asset_links)
        if full
        else (),
        documents=tuple(
            DocumentDTO(d.id, d.doc_type, d.file_name, d.path, d.sha256, d.created_at, d.created_by)
            for d in sr.documents
        )
        if full
        else (),
        wait_suggestions=_wait_suggestions(sr, today)
        if full and today is not None and not workflows.is_final(sr.status)
        else (),
        team=sr.team,
    )


def load_sr(session: Session, sr_id: int) -> ServiceRequest:
    """Load one service request with its steps, linked assets and documents.

    Raises:
        NotFoundError: no such service request.
    """
    sr = session.scalar(
        select(ServiceRequest)
        .where(ServiceRequest.id == sr_id)
        .options(
            selectinload(ServiceRequest.steps),
            selectinload(ServiceRequest.asset_links).selectinload(ServiceRequestAsset.asset),
            selectinload(ServiceRequest.documents),
        )
    )
    if sr is None:
        raise NotFoundError("service request", sr_id)
    return sr


def require_editable(sr: ServiceRequest) -> None:
    """Refuse any change to a closed or cancelled service request."""
    if workflows.is_final(sr.status):
        raise RuleViolation(
            f"Service request {sr.id} is {sr.status.label} and read-only; nothing was changed"
        )


# --------------------------------------------------------------------------- use cases


def create_service_request(
    ctx: ServiceContext,
    case_id: int,
    process: str,
    area: str,
    sub_area: str,
    *,
    owner: str | None = None,
    parent_id: int | None = None,
    order_id: int | None = None,
) -> ServiceRequestDTO:
    """Open an SR of a known Process / Area / Sub Area on a case, status Open.

    Raises:
        ValidationError: An unknown type, a parent SR of another case, a parent the type may
            not have (a Set Up Legacy LO needs an open Check CSA SR), or a type the procedure
            makes through another SR (a Review LO, Recommend LO, the case-routing SR).
    """
    workflow = workflows.workflow_for(process, area, sub_area)
    through = workflows.RAISED_THROUGH_PROCEDURE.get(workflow)
    if through is not None:
        raise ValidationError({"sub_area": f"{through}; it is not opened on its own"})
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        parent: ServiceRequest | None = None
        if parent_id is not None:
            parent = get_or_404(session, ServiceRequest, parent_id, "service request")
            if parent.case_id != case_id:
                raise ValidationError({"parent_id": "The parent SR belongs to another case"})
        # Some SRs are raised only from a parent of a given type (Check CSA: Set Up Legacy LO).
        verdict = parent_sr_verdict(
            workflow,
            parent.workflow if parent is not None else None,
            parent.status if parent is not None else None,
        )
        if not verdict.allowed:
            raise ValidationError({"parent_id": "; ".join(verdict.reasons)})
        sr = open_sr(session, ctx, case, workflow, owner=owner or ctx.user, parent_id=parent_id)
        if order_id is not None:
            link_order(session, ctx, sr, order_id)
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


def open_sr(
    session: Session,
    ctx: ServiceContext,
    case: Case,
    workflow: Workflow,
    *,
    owner: str | None,
    team: str | None = None,
    parent_id: int | None = None,
) -> ServiceRequest:
    """Within an open unit of work, add an SR of ``workflow`` to ``case``, status Open, audited."""
    category = workflows.category_for(workflow)
    sr = ServiceRequest(
        case_id=case.id,
        workflow=workflow,
        process=category.process,
        area=category.area,
        sub_area=category.sub_area,
        status=SrStatus.OPEN,
        owner=owner,
        team=team,
        raised_by=ctx.user,
        opened_on=ctx.today(),
        parent_id=parent_id,
    )
    session.add(sr)
    if workflow in FORM_WORKFLOWS:
        sr.enforce_form = EnforceForm()
    record_created(session, ctx, sr, "service_request", case_id=case.id, summary=workflow.value)
    if sr.enforce_form is not None:
        stamp(sr.enforce_form, ctx)
    return sr


def get_service_request(ctx: ServiceContext, sr_id: int) -> ServiceRequestDTO:
    with ctx.unit_of_work() as session:
        return sr_dto(load_sr(session, sr_id), today=ctx.today())


def list_for_case(ctx: ServiceContext, case_id: int) -> list[ServiceRequestDTO]:
    with ctx.unit_of_work() as session:
        rows = session.scalars(
            select(ServiceRequest)
            .where(ServiceRequest.case_id == case_id)
            .options(selectinload(ServiceRequest.order))
            .order_by(ServiceRequest.opened_on.desc(), ServiceRequest.id.desc())
        ).all()
        return [sr_dto(sr, full=False) for sr in rows]


def generate_plan(session: Session, ctx: ServiceContext, sr: ServiceRequest) -> None:
    """Create the activity plan once, from the workflow's template (seed: "In Progress")."""
    if sr.steps:
        return
    for position, template in enumerate(workflows.plan_template(sr.workflow), start=1):
        step = ActivityStep(
            position=position,
            step_key=template.key,
            title=template.title,
            outcome=StepOutcome.PENDING,
        )
        sr.steps.append(step)
        stamp(step, ctx)
    session.flush()
    record_event(
        session,
        ctx,
        action="plan",
        entity="service_request",
        entity_id=sr.id,
        case_id=sr.case_id,
        new=f"{len(sr.steps)} steps",
    )


def change_status(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    new_status: SrStatus,
    *,
    sub_status: str | None = None,
    wait_until: date | None = None,
    resolution_code: str | None = None,
) -> ServiceRequestDTO:
    """Move an SR through an allowed transition; In Progress generates its plan, once."""
    with ctx.unit_of_work() as session:
        sr = load_sr(session, sr_id)
        check_version(sr, expected_version, "service request")
        workflows.check_transition(sr.status, new_status, wait_date=wait_until, today=ctx.today())
        if sub_status is None:
            sub_status = workflows.default_sub_status(new_status)
        workflows.check_sub_status(sr.workflow, new_status, sub_status)
        if new_status == SrStatus.WAIT:
            raise_if_errors(
                {
                    "wait_date": dates.check_wait_date(sub_status, ctx.today(), wait_until)
                    or check_date_range(wait_until)
                }
            )
        raise_if_errors({"resolution_code": resolution_code_problem(sr.workflow, resolution_code)})
        check_can_close(session, sr, new_status)
        if sr.workflow == Workflow.BAILIFF and new_status == SrStatus.IN_PROGRESS:
            _check_bailiff_can_start(sr)
        values: dict[str, Any] = {
            "status": new_status,
            "sub_status": sub_status,
            "wait_until": wait_until if new_status == SrStatus.WAIT else None,
            "resolution_code": resolution_code or sr.resolution_code,
        }
        if new_status in workflows.FINAL_STATUSES:
            values["closed_on"] = ctx.today()
        apply_changes(session, ctx, sr, values, "service_request", case_id=sr.case_id)
        if new_status == SrStatus.IN_PROGRESS:
            generate_plan(session, ctx, sr)
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


def open_children(session: Session, sr_id: int) -> list[workflows.OpenChild]:
    """The child SRs of an SR that are neither closed nor cancelled."""
    rows = session.execute(
        select(ServiceRequest.id, ServiceRequest.workflow, ServiceRequest.status).where(
            ServiceRequest.parent_id == sr_id,
            ServiceRequest.status.not_in(list(workflows.FINAL_STATUSES)),
        )
    )
    return [workflows.OpenChild(r[0], r[1], r[2]) for r in rows]


def pending_steps(sr: ServiceRequest) -> list[workflows.PendingStep]:
    """The SR's activity plan steps with no outcome yet, in plan order."""
    return [
        workflows.PendingStep(s.position, s.title)
        for s in sr.steps
        if s.outcome == StepOutcome.PENDING
    ]


def check_can_close(session: Session, sr: ServiceRequest, new_status: SrStatus) -> None:
    """Refuse to close or cancel an SR over open child SRs or (where the procedure says so)
    pending steps, naming them (:func:`workflows.can_close`)."""
    if new_status not in workflows.FINAL_STATUSES:
        return
    verdict = workflows.can_close(
        sr.workflow,
        new_status,
        pending_steps=pending_steps(sr),
        open_children=open_children(session, sr.id),
    )
    verdict.require(f"Service request {sr.id} cannot be {new_status.label.lower()} yet")


def reassign_service_request(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    *,
    owner: str | None = None,
    team: str | None = None,
) -> ServiceRequestDTO:
    """Give an SR to another user, or to a team (then it has no owner until someone takes it).

    The old and new owner and team are written to the audit trail.

    Raises:
        ValidationError: Neither a user nor a team, an unknown or inactive user, a team no
            active user is in, or where the SR already is.
        RuleViolation: The SR is closed or cancelled.
        ConflictError: The SR changed since ``expected_version`` was read.
    """
    owner = (owner or "").strip() or None
    team = (team or "").strip() or None
    with ctx.unit_of_work() as session:
        sr = load_sr(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        errors: dict[str, str | None] = {}
        if owner is None and team is None:
            errors["owner"] = "Choose a user or a team to reassign the service request to"
        if owner is not None:
            active = session.scalar(
                select(AppUser.id).where(AppUser.login == owner, AppUser.active.is_(True))
            )
            if active is None:
                errors["owner"] = f"No active user has the login '{owner}'"
        if team is not None:
            member = session.scalar(
                select(AppUser.id).where(AppUser.team == team, AppUser.active.is_(True)).limit(1)
            )
            if member is None:
                errors["team"] = f"No active user is in the team '{team}'"
        if not any(errors.values()) and (sr.owner, sr.team) == (owner, team):
            errors["owner" if owner else "team"] = "The service request is already assigned there"
        raise_if_errors(errors)
        apply_changes(
            session, ctx, sr, {"owner": owner, "team": team}, "service_request", case_id=sr.case_id
        )
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


def resolution_code_problem(workflow: Workflow, code: str | None) -> str | None:
    """A resolution code must be one the workflow's procedure names."""
    if code and code not in workflows.resolution_codes_for(workflow):
        return f"'{code}' is not a resolution code of this SR"
    return None


def sr_record_errors(
    workflow: Workflow,
    status: SrStatus,
    *,
    sub_status: str | None,
    wait_until: date | None,
    resolution_code: str | None,
    owner: str | None,
    opened_on: date | None,
    closed_on: date | None,
    today: date,
) -> dict[str, str | None]:
    """Every problem of an SR as stored, by field (the case-file import's check).

    An SR reaches its state through :func:`create_service_request` and :func:`change_status`;
    this says whether a stored state is one they can leave: a sub status that goes with the
    status, a wait date exactly when waiting (a hold within 28 days of today), a closing date
    exactly when closed or cancelled.
    """
    errors: dict[str, str | None] = {
        "owner": check_text(owner, max_length=64, label="Owner", single_line=True),
        "opened_on": check_past_date(opened_on, today, required=True),
        "closed_on": check_past_date(closed_on, today),
        "resolution_code": resolution_code_problem(workflow, resolution_code),
    }
    try:
        workflows.check_sub_status(workflow, status, sub_status)
    except ValidationError as exc:
        errors.update(exc.errors)
    if status == SrStatus.WAIT:
        errors["wait_until"] = check_date_range(wait_until, required=True)
        if wait_until is not None and sub_status == SrSubStatus.ON_HOLD:
            errors["wait_until"] = errors["wait_until"] or check_hold_reach(today, wait_until)
    elif wait_until is not None:
        errors["wait_until"] = "Only a service request in Wait has a wait date"
    if workflows.is_final(status) and closed_on is None:
        errors["closed_on"] = f"A {status.label.lower()} service request has the date it closed"
    elif not workflows.is_final(status) and closed_on is not None:
        errors["closed_on"] = "Only a closed or cancelled service request has a date closed"
    elif opened_on and closed_on and closed_on < opened_on:
        errors["closed_on"] = f"Cannot be before the date opened ({format_date(opened_on)})"
    return errors


def step_record_errors(
    workflow: Workflow,
    step_key: str,
    outcome: StepOutcome,
    *,
    title: str | None,
    reason: str | None,
    completed_by: str | None,
    completed_at: datetime | None,
    today: date,
) -> dict[str, str | None]:
    """Every problem of an activity plan step as stored, by field (the case-file import's check).

    Beyond :func:`step_errors`: a step :func:`update_step` completed says who and when, a
    pending one neither.
    """
    errors = step_errors(workflow, step_key, outcome, reason)
    errors["title"] = check_text(title, required=True, max_length=200, label="Title")
    errors["completed_by"] = check_text(
        completed_by, max_length=64, label="Completed by", single_line=True
    )
    done = outcome != StepOutcome.PENDING
    if done and (completed_by is None or completed_at is None):
        missing = "completed_by" if completed_by is None else "completed_at"
        errors[missing] = "A completed step says who completed it and when"
    elif not done and (completed_by is not None or completed_at is not None):
        extra = "completed_by" if completed_by is not None else "completed_at"
        errors[extra] = "A pending step has not been completed by anyone"
    if completed_at is not None:
        errors["completed_at"] = errors.get("completed_at") or check_past_date(
            completed_at.date(), today
        )
    return errors


def _check_bailiff_can_start(sr: ServiceRequest) -> None:
    order = sr.order
    if order is not None and order.status != OrderStatus.GRANTED:
        raise RuleViolation(
            f"The associated liability order {order.reference} is {order.status.label}, not granted"
        )


def update_step(
    ctx: ServiceContext,
    step_id: int,
    expected_version: int,
    outcome: StepOutcome,
    reason: str | None = None,
) -> StepDTO:
    """Record a step's outcome and reason; the SR must be open for work."""
    with ctx.unit_of_work() as session:
        step = get_or_404(session, ActivityStep, step_id, "activity step")
        check_version(step, expected_version, "activity step")
        sr = load_sr(session, step.service_request_id)
        require_editable(sr)
        raise_if_errors(step_errors(sr.workflow, step.step_key, outcome, reason))
        by_hand = (outcome, (reason or "").strip() or None) != (step.outcome, step.reason)
        if (sr.workflow, step.step_key) in workflows.DECISION_STEPS and by_hand:
            raise RuleViolation(
                f"'{step.title}' is recorded when a team leader approves or rejects the Review LO"
            )
        if sr.workflow == Workflow.BAILIFF and outcome != StepOutcome.PENDING:
            check_bailiff_step(sr, step.step_key)
        if sr.workflow == Workflow.DECIDE_ENFORCEMENT:
            from enforcement_desktop.services import decide

            decide.after_step(session, ctx, sr, step, outcome)
        done = outcome != StepOutcome.PENDING
        apply_changes(
            session,
            ctx,
            step,
            {
                "outcome": outcome,
                "reason": (reason or "").strip() or None,
                "completed_by": ctx.user if done else None,
                "completed_at": ctx.now() if done else None,
            },
            "activity_step",
            case_id=sr.case_id,
        )
        if sr.workflow == Workflow.DECIDE_ENFORCEMENT:
            decide.after_step_saved(session, ctx, sr, step)
        session.flush()
        return _step_dto(sr, step)


def step_errors(
    workflow: Workflow, step_key: str, outcome: StepOutcome, reason: str | None
) -> dict[str, str | None]:
    """What :func:`update_step` checks of an outcome and its reason, by field."""
    errors: dict[str, str | None] = {
        "reason": check_text(reason, max_length=4000, label="Reason"),
    }
    try:
        workflows.check_step_outcome(workflow, step_key, outcome)
    except ValidationError as exc:
        errors.update(exc.errors)
    return errors


def bailiff_step_refusal(
    step_key: str, lo_associated: bool, asset_associated: bool, cmel8011_sent: bool
) -> RuleViolation | None:
    """Why a Bailiff SR step may not be completed yet, as the error to raise (None: it may)."""
    if step_key == "validate_lo" and not lo_associated:
        return RuleViolation("Associate the liability order to this Bailiff SR first (step 5)")
    if step_key == "validate_asset" and not asset_associated:
        return RuleViolation(
            "An asset must be associated to the Bailiff SR; without one the SR cannot proceed "
            "(step 7)"
        )
    verdict: workflows.GuardResult | None = None
    if step_key == "notify_receiving_parent":
        action = "CMEL8011 cannot be sent yet"
        verdict = workflows.can_send_cmel8011(lo_associated, asset_associated)
    elif step_key in {"decide_next_step", "file_prepared"}:
        action = "The Bailiff SR cannot proceed"
        verdict = workflows.bailiff_validation(lo_associated, asset_associated, cmel8011_sent)
    if verdict is not None and not verdict.allowed:
        return RuleViolation(action, list(verdict.reasons))
    return None


def check_bailiff_step(sr: ServiceRequest, step_key: str) -> None:
    """Refuse to complete a Bailiff SR step whose preconditions (LO, asset, CMEL8011) are unmet."""
    form = sr.enforce_form
    refusal = bailiff_step_refusal(
        step_key,
        sr.order_id is not None,
        bool(sr.asset_links),
        bool(form and form.cmel8011_sent_on),
    )
    if refusal is not None:
        raise refusal


def link_order(session: Session, ctx: ServiceContext, sr: ServiceRequest, order_id: int) -> None:
    """Within an open unit of work, link a liability order of the SR's case to the SR.

    A Bailiff SR's LO may not already be with another open Bailiff SR (seed 003 step 1).
    """
    order = get_or_404(session, EnforcementOrder, order_id, "order")
    errors: list[str] = []
    if order.case_id != sr.case_id:
        errors.append("the order belongs to another case")
    errors += workflows.can_associate_order(order.order_type, order.order_type.label).reasons
    if errors:
        raise ValidationError({"order_id": "; ".join(errors).capitalize()})
    if sr.workflow == Workflow.BAILIFF:
        # Seed 003 step 1: one Bailiff SR per LO, so two open SRs may not collect the same LO.
        clash = session.scalar(
            select(ServiceRequest.id).where(
                ServiceRequest.order_id == order_id,
                ServiceRequest.workflow == Workflow.BAILIFF,
                ServiceRequest.id != sr.id,
                ServiceRequest.status.not_in(list(workflows.FINAL_STATUSES)),
            )
        )
        if clash is not None:
            raise ValidationError(
                {"order_id": f"LO {order.reference} is already with open Bailiff SR {clash}"}
            )
    apply_changes(session, ctx, sr, {"order_id": order_id}, "service_request", case_id=sr.case_id)


def associate_order(
    ctx: ServiceContext, sr_id: int, expected_version: int, order_id: int
) -> ServiceRequestDTO:
    """Associate the LO this SR acts on (Bailiff: seed 003 step 5)."""
    with ctx.unit_of_work() as session:
        sr = load_sr(session, sr_id)
        check_version(sr, expected_version, "service request")
        require_editable(sr)
        link_order(session, ctx, sr, order_id)
        session.flush()
        return sr_dto(load_sr(session, sr.id), today=ctx.today())


# --------------------------------------------------------------------------- enforce form


def enforce_form_errors(
    data: EnforceFormInput, today: date, *, saved_hold: date | None = None
) -> dict[str, str | None]:
    """Every problem of an enforce form, by field (shared with the case-file import).

    Args:
        data: The form's values.
        today: The day of the save.
        saved_hold: The hold date already saved on the form. A new hold date starts a hold
            today (after today, at most 28 days on); one saved earlier only may not reach past
            today's 28 days, so an unchanged form can always be saved again.
    """
    errors: dict[str, str | None] = {}
    for name in ("lo_current_arrears_balance", "arrears_balance_against_lo", "sum_applied_for"):
        value = getattr(data, name)
        if value is not None:
            errors[name] = check_money(value)
    for name in (
        "cmel8011_sent_on",
        "pack_prepared_on",
        "bailiff_proceed_date",
        "bailiff_issue_date",
        "bailiff_outcome_date",
        "nulla_bona_received_on",
    ):
        errors[name] = check_past_date(getattr(data, name), today)
    for name, limit in (
        ("on_hold_reason", 500),
        ("welfare_of_child_decision", 4000),
        ("additional_information", 4000),
        ("bailiff_company", 200),
        ("bailiff_reason_return_code", 60),
        ("bailiff_return_code", 60),
        ("appeal_details", 4000),
    ):
        errors[name] = check_text(getattr(data, name), max_length=limit, label="This field")
    errors["arrears_agreement_final_payment_due"] = check_date_range(
        data.arrears_agreement_final_payment_due
    )
    if (
        data.lo_current_arrears_balance is not None
        and data.arrears_balance_against_lo is not None
        and money(data.lo_current_arrears_balance) != money(data.arrears_balance_against_lo)
    ):
        errors["arrears_balance_against_lo"] = (
            "Record the same figure as LO Current Arrears Bal (Bailiff procedure, step 11)"
        )
    if data.on_hold_until is not None:
        if not (data.on_hold_reason or "").strip():
            errors["on_hold_reason"] = "Give the reason the bailiff action is on hold"
        else:
            errors["on_hold_until"] = (
                check_bailiff_hold(today, data.on_hold_until)
                if data.on_hold_until != saved_hold
                else check_hold_reach(today, data.on_hold_until)
            )
    if (
        data.bailiff_issue_date
        and data.bailiff_proceed_date
        and data.bailiff_issue_date < data.bailiff_proceed_date
    ):
        errors["bailiff_issue_date"] = "The issue date cannot be before the proceed date"
    if data.bailiff_outcome_received:
        if data.bailiff_outcome_date is None:
            errors["bailiff_outcome_date"] = "Give the date the outcome was received"
        if data.bailiff_outcome is None:
            errors["bailiff_outcome"] = "Choose the outcome"
    returned = data.bailiff_outcome_type == BailiffOutcomeType.RETURNED_BY_BAILIFF
    if data.bailiff_reason_return_code and not returned:
        errors["bailiff_reason_return_code"] = (
            "Only when the outcome type is Returned by bailiff (Bailiff procedure, step 23)"
        )
    if (
        data.bailiff_return_code
        and data.bailiff_outcome_type != BailiffOutcomeType.RECALLED_BY_CMEC
    ):
        errors["bailiff_return_code"] = "Only when the outcome type is Recalled by CMEC"
    if data.nulla_bona_received:
        if not returned:
            errors["nulla_bona_received"] = (
                "A Nulla Bona comes with the outcome type Returned by bailiff"
            )
        if data.nulla_bona_received_on is None:
            errors["nulla_bona_received_on"] = "Give the date the Nulla Bona was received"
    elif data.nulla_bona_received_on is not None:
        errors["nulla_bona_received"] = "Tick Nulla Bona received, or clear its date"
    if data.criminal_offence is not None and data.evidence_of_criminal_activity is not True:
        errors["criminal_offence"] = "Only when there is evidence of criminal activity"
    return errors


def check_hold_reach(today: date, until: date) -> str | None:
    """A hold saved earlier lasted at most 28 days from its start, so it ends by today + 28."""
    latest = today + timedelta(days=BAILIFF_HOLD_MAX_DAYS)
    if until > latest:
        return (
            f"A hold on bailiff action can last at most {BAILIFF_HOLD_MAX_DAYS} days "
            f"(Bailiff, step 21): it cannot end after {format_date(latest)}"
        )
    return None


def validate_enforce_form(
    data: EnforceFormInput, today: date, *, saved_hold: date | None = None
) -> None:
    """Raise one ValidationError naming each bad field of the form (see enforce_form_errors)."""
    raise_if_errors(enforce_form_errors(data, today, saved_hold=saved_hold))


def update_enforce_form(
    ctx: ServiceContext, sr_id: int, expected_version: int, data: EnforceFormInput
) -> EnforceFormDTO:
    with ctx.unit_of_work() as session:
        sr = load_sr(session, sr_id)
        require_editable(sr)
        form = sr.enforce_form
        if form is None:
            raise RuleViolation(f"A {sr.workflow.label} SR has no enforce form")
        check_version(form, expected_version, "enforce form")
        validate_enforce_form(data, ctx.today(), saved_hold=form.on_hold_until)
        values = asdict(data)
        for name in ("lo_current_arrears_balance", "arrears_balance_against_lo", "sum_applied_for"):
            if values[name] is not None:
                values[name] = money(values[name])
        for name, value in list(values.items()):
            if isinstance(value, str) and not isinstance(value, StrEnum):
                values[name] = value.strip() or None
        if sr.workflow == Workflow.DECIDE_ENFORCEMENT:
            # One fact with the plan's steps of the same name (seed 000 steps 2-6): recorded
            # there (services.decide.after_step), shown here.
            del values["evidence_of_criminal_activity"], values["continue_data_gathering"]
        apply_changes(session, ctx, form, values, "enforce_form", case_id=sr.case_id)
        session.flush()
        return _form_dto(form)


# --------------------------------------------------------------------------- work queue


class QueueColumn(StrEnum):
    ID = "id"
    CLIENT = "client"
    SCIN = "scin"
    CATEGORY = "category"
    STATUS = "status"
    SUB_STATUS = "sub_status"
    WAIT_UNTIL = "wait_until"
    OPENED_ON = "opened_on"
    OWNER = "owner"
    #: Urgent, then priority (Check CSA); every sort puts them first (ascending) or last.
    ATTENTION = "attention"


#: The longest work queue filter text searched for, in characters.
QUEUE_FILTER_LENGTH = 100


@dataclass(frozen=True, slots=True)
class QueueFilter:
    owner: str | None = None
    #: A team's queue: SRs owned by its members and SRs assigned to the team itself.
    team: str | None = None
    statuses: tuple[SrStatus, ...] = (SrStatus.OPEN, SrStatus.IN_PROGRESS, SrStatus.WAIT)
    text: str | None = None
    overdue_only: bool = False


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    scin: str | None
    client: str
    category: str
    status: SrStatus
    sub_status: str | None
    wait_until: date | None
    opened_on: date
    owner: str | None
    contact_id: int
    #: The client (the case's paying parent) carries the PV marker: visits are planned here.
    pv_marker: bool = False
    #: The client's priority (1) or urgency (2) as last decided (domain.csa), with the reasons.
    attention: int = 0
    attention_reasons: str | None = None
    #: The owner's display name (issue 11); None when the owner has no user record.
    owner_name: str | None = None

    def is_overdue(self, today: date) -> bool:
        """Whether the SR's wait date has passed (:func:`workflows.is_overdue`)."""
        return workflows.is_overdue(self.status, self.wait_until, today)


def _queue_columns() -> dict[QueueColumn, Any]:
    return {
        QueueColumn.ID: ServiceRequest.id,
        QueueColumn.CLIENT: Contact.surname_key,
        QueueColumn.SCIN: Contact.scin,
        QueueColumn.CATEGORY: ServiceRequest.sub_area,
        QueueColumn.STATUS: ServiceRequest.status,
        QueueColumn.SUB_STATUS: ServiceRequest.sub_status,
        QueueColumn.WAIT_UNTIL: ServiceRequest.wait_until,
        QueueColumn.OPENED_ON: ServiceRequest.opened_on,
        QueueColumn.OWNER: ServiceRequest.owner,
        QueueColumn.ATTENTION: ServiceRequest.id,
    }


def _queue_where(stmt: Any, flt: QueueFilter, today: date) -> Any:
    if flt.owner:
        stmt = stmt.where(ServiceRequest.owner == flt.owner)
    if flt.team:
        members = select(AppUser.login).where(AppUser.team == flt.team).scalar_subquery()
        stmt = stmt.where(ServiceRequest.owner.in_(members) | (ServiceRequest.team == flt.team))
    if flt.statuses:
        stmt = stmt.where(ServiceRequest.status.in_(list(flt.statuses)))
    if flt.overdue_only:
        stmt = stmt.where(ServiceRequest.wait_until < today)
    # Without the characters no record holds (PostgreSQL refuses NUL, and no database takes a
    # lone surrogate), and no longer than a filter box holds: SQLite refuses a LIKE pattern
    # over 50,000 bytes.
    text = strip_invisible((flt.text or "")[: QUEUE_FILTER_LENGTH * 4]).strip().lower()
    text = text[:QUEUE_FILTER_LENGTH]
    if text:
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        stmt = stmt.where(
            Contact.name_key.like(f"%{escaped}%", escape="\\")
            | Contact.scin.like(f"{escaped}%", escape="\\")
            | func.lower(ServiceRequest.sub_area).like(f"%{escaped}%", escape="\\")
            | func.lower(ServiceRequest.sub_status).like(f"%{escaped}%", escape="\\")
        )
    return stmt


def _queue_base() -> Any:
    return (
        select(ServiceRequest.id)
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
    )


def queue_count(session: Session, flt: QueueFilter, today: date) -> int:
    if flt.team and not (flt.text and flt.text.strip()):
        return _team_count(session, flt, today)
    if not (flt.text and flt.text.strip()):
        # Every SR has a case and a paying parent, so without a name filter the joins change
        # nothing, and leaving them out lets the count run on the (owner, status) index. count(*)
        # rather than count(id): SQLite then need not read each row's id (a third faster).
        stmt = select(func.count()).select_from(ServiceRequest)
        stmt = _queue_where(stmt, flt, today)
        return int(session.scalar(stmt) or 0)
    stmt = _queue_where(_queue_base(), flt, today)
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def _team_count(session: Session, flt: QueueFilter, today: date) -> int:
    # Two counts, each on its own index (owner, status) and (team, status): one query with
    # "owner IN members OR team = X" read the whole table (1.3 s over a million SRs, 48 ms so).
    members = select(AppUser.login).where(AppUser.team == flt.team).scalar_subquery()
    rest = replace(flt, team=None)
    owned = _queue_where(select(func.count()).select_from(ServiceRequest), rest, today)
    assigned = _queue_where(select(func.count()).select_from(ServiceRequest), rest, today)
    owned = owned.where(ServiceRequest.owner.in_(members))
    assigned = assigned.where(
        ServiceRequest.team == flt.team,
        ServiceRequest.owner.is_(None) | ServiceRequest.owner.not_in(members),
    )
    return int(session.scalar(owned) or 0) + int(session.scalar(assigned) or 0)


def queue_page(
    session: Session,
    flt: QueueFilter,
    today: date,
    *,
    sort: QueueColumn = QueueColumn.WAIT_UNTIL,
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[QueueRow]:
    """One window of the work queue, filtered and sorted in SQL (never the whole table).

    Sorting by wait date puts SRs without one after those with one (ascending: overdue first),
    the same on SQLite and PostgreSQL, whose default NULL orders differ.
    """
    if sort == QueueColumn.WAIT_UNTIL:
        parts = _wait_parts(descending)
    else:
        column = _queue_columns()[sort]
        order = column.desc() if descending else column.asc()
        tiebreak = ServiceRequest.id.desc() if descending else ServiceRequest.id.asc()
        parts = [(None, (order, tiebreak))]
    # Urgent, then priority clients first (Check CSA), each an index walk of its own: sorting
    # on the client's column first would sort every row of the queue.
    levels = [2, 1, 0]
    if descending:
        levels.reverse()
    attention_parts = [(level, cond, order) for level in levels for cond, order in parts]
    by_client = sort in (QueueColumn.CLIENT, QueueColumn.SCIN)
    rows = _parts_page(session, flt, today, attention_parts, offset, limit, by_client)
    # The owners' names: one statement for the page, not a join on every row the page's
    # offset skips (issue 11).
    names = user_names(session, (row.owner for row in rows)).by_login
    return [replace(row, owner_name=names.get(row.owner or "")) for row in rows]


def _queue_rows() -> Any:
    return (
        select(
            ServiceRequest.id,
            Contact.scin,
            Contact.first_name,
            Contact.last_name,
            ServiceRequest.sub_area,
            ServiceRequest.status,
            ServiceRequest.sub_status,
            ServiceRequest.wait_until,
            ServiceRequest.opened_on,
            ServiceRequest.owner,
            Contact.id,
            Contact.pv_marker,
            Contact.attention,
            Contact.attention_reasons,
        )
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
    )


def _rows(session: Session, stmt: Any) -> list[QueueRow]:
    return [
        QueueRow(
            r[0],
            r[1],
            f"{r[2]} {r[3]}",
            r[4],
            r[5],
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            bool(r[11]),
            int(r[12] or 0),
            r[13],
        )
        for r in session.execute(stmt)
    ]


def _wait_parts(descending: bool) -> list[tuple[Any, tuple[Any, ...]]]:
    # Two index walks instead of one ORDER BY over "IS NULL": the dated part (by wait date, id)
    # and the undated part (by id).
    dated = ServiceRequest.wait_until.is_not(None)
    undated = ServiceRequest.wait_until.is_(None)
    if descending:
        return [
            (undated, (ServiceRequest.id.desc(),)),
            (dated, (ServiceRequest.wait_until.desc(), ServiceRequest.id.desc())),
        ]
    return [
        (dated, (ServiceRequest.wait_until.asc(), ServiceRequest.id.asc())),
        (undated, (ServiceRequest.id.asc(),)),
    ]


def _part_count(
    session: Session, flt: QueueFilter, today: date, cond: Any, ids: list[int] | None, joined: bool
) -> int:
    """How many SRs of the queue meet ``cond``: among ``ids`` when given, else all of them.

    The urgent and priority SRs are already known by id, so no count joins SRs to clients:
    the ordinary clients' part is the whole part less the flagged ones.
    """
    stmt = select(func.count()).select_from(ServiceRequest)
    if joined:
        stmt = stmt.join(Case, Case.id == ServiceRequest.case_id).join(
            Contact, Contact.id == Case.paying_parent_id
        )
    if ids is not None:
        stmt = stmt.where(ServiceRequest.id.in_(ids))
    if cond is not None:
        stmt = stmt.where(cond)
    return int(session.scalar(_queue_where(stmt, flt, today)) or 0)


def _flagged_ids(session: Session, flt: QueueFilter, today: date) -> dict[int, list[int]]:
    """The queue's SRs whose client is urgent (2) or priority (1), by level: few.

    Found from the clients' side (the attention index): filtering a walk of the SRs' sort
    index by the client's level joined every SR of the queue first (5 s over a million).
    """
    stmt = _queue_where(
        select(ServiceRequest.id, Contact.attention)
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(Contact.attention > 0),
        flt,
        today,
    )
    flagged: dict[int, list[int]] = {}
    for sr_id, level in session.execute(stmt):
        flagged.setdefault(int(level), []).append(sr_id)
    return flagged


def _parts_page(
    session: Session,
    flt: QueueFilter,
    today: date,
    parts: list[tuple[int, Any, tuple[Any, ...]]],
    offset: int,
    limit: int,
    by_client: bool,
) -> list[QueueRow]:
    # Each part is read only when the window reaches it, and counted only when the window
    # starts past it, so a page near either end stays a few small queries. The window's ids
    # are found first on the SRs' own indexes, without the joins to the case and the client
    # (unless the sort or the filter text needs the client): a deep offset then steps over
    # index entries, not joined rows (6.9 s to a middle page of a million SRs before). The
    # page's rows are read by id afterwards.
    ids: list[int] = []
    skip = offset
    flagged = _flagged_ids(session, flt, today)
    every_flagged = [sr_id for level_ids in flagged.values() for sr_id in level_ids]
    joined = by_client or bool(flt.text and flt.text.strip())
    for level, cond, order in parts:
        stmt = select(ServiceRequest.id)
        if joined:
            stmt = stmt.join(Case, Case.id == ServiceRequest.case_id).join(
                Contact, Contact.id == Case.paying_parent_id
            )
        if level:
            if not flagged.get(level):
                continue
            stmt = stmt.where(ServiceRequest.id.in_(flagged[level]))
        elif every_flagged:
            stmt = stmt.where(ServiceRequest.id.not_in(every_flagged))
        if cond is not None:
            stmt = stmt.where(cond)
        stmt = _queue_where(stmt, flt, today).order_by(*order)
        chunk = list(session.scalars(stmt.offset(skip).limit(limit - len(ids))))
        ids += chunk
        if len(ids) == limit:
            break
        if chunk:
            skip = 0
            continue
        if level:
            size = _part_count(session, flt, today, cond, flagged[level], joined)
        else:
            size = _part_count(session, flt, today, cond, None, joined)
            if every_flagged:
                size -= _part_count(session, flt, today, cond, every_flagged, joined)
        skip = max(0, skip - size)
    if not ids:
        return []
    found = {row.id: row for row in _rows(session, _queue_rows().where(ServiceRequest.id.in_(ids)))}
    return [found[sr_id] for sr_id in ids]


def record_document(
    session: Session,
    ctx: ServiceContext,
    *,
    case_id: int,
    sr_id: int | None,
    doc_type: DocumentType,
    file_name: str,
    path: str,
    sha256: str,
) -> Document:
    """Record a generated document against its SR (type, file, sha256) inside a caller's UoW."""
    document = Document(
        case_id=case_id,
        service_request_id=sr_id,
        doc_type=doc_type,
        file_name=file_name,
        path=path,
        sha256=sha256,
        created_by=ctx.user,
        created_at=ctx.now(),
    )
    session.add(document)
    record_created(session, ctx, document, "document", case_id=case_id, summary=file_name)
    return document
