"""Decide On Enforcement Action (seed 000): the sources log, the criminal referral, the decision.

One function per user action, each in one transaction, audited, refusing with a message per field
and saving nothing on refusal; :func:`decide_screen` is the read model of the Decide panel.

"Any Evidence Of Criminal Activity" and "Continue Data Gathering" are one fact each: recorded on
the activity plan (``service_requests.update_step`` calls :func:`after_step` and
:func:`after_step_saved`) and mirrored into the enforce form, which does not set them itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from enforcement_desktop.domain import decide as rules_decide
from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import (
    ContactRole,
    CriminalOffence,
    InformationSource,
    Power,
    SourceResult,
    SrStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.letters import RecipientKind
from enforcement_desktop.domain.rules import PowerOption, enforcement_options
from enforcement_desktop.services import bailiff
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    raise_if_errors,
    record_created,
    record_event,
)
from enforcement_desktop.services.options import PowerOptionDTO, load_case_facts
from enforcement_desktop.services.users import UserNames, user_names
from enforcement_desktop.storage.models import (
    ActivityStep,
    Case,
    CaseReceivingParent,
    Contact,
    EnforceForm,
    EnforcementDecision,
    Letter,
    ServiceRequest,
    SourceCheck,
)

_log = logging.getLogger(__name__)

__all__ = [
    "DecideScreen",
    "DecisionDTO",
    "SourceEntryDTO",
    "SubjectDTO",
    "after_step_saved",
    "after_step",
    "decide_screen",
    "log_source",
    "make_decision",
    "raise_criminal_action",
]


# --------------------------------------------------------------------------- DTOs


@dataclass(frozen=True, slots=True)
class SourceEntryDTO:
    id: int
    source: InformationSource
    checked_on: date
    checked_by: str
    result: SourceResult
    note: str | None


@dataclass(frozen=True, slots=True)
class SubjectDTO:
    """A contact a criminal referral may be raised on."""

    contact_id: int
    name: str
    role: ContactRole

    @property
    def label(self) -> str:
        return f"{self.name} – {self.role.label}"


@dataclass(frozen=True, slots=True)
class DecisionDTO:
    id: int
    powers: tuple[Power, ...]
    welfare_statement: str
    decided_by: str
    decided_at: datetime
    snapshot: str
    snapshot_sha256: str
    opened_sr_ids: tuple[int, ...]

    @property
    def snapshot_intact(self) -> bool:
        """Whether the stored snapshot still hashes to the stored SHA-256."""
        return rules_decide.DecisionSnapshot.of(self.snapshot).sha256 == self.snapshot_sha256


@dataclass(frozen=True, slots=True)
class CriminalSrDTO:
    id: int
    status: SrStatus
    subject: str


@dataclass(frozen=True, slots=True)
class DecideScreen:
    """Everything the Decide panel shows of a Decide On Enforcement Action SR."""

    sr_id: int
    sr_version: int
    read_only: bool
    #: "Any Evidence Of Criminal Activity" (None: not answered).
    evidence_of_criminal_activity: bool | None
    sources: tuple[SourceEntryDTO, ...]
    #: The step 7 sources with no entry yet (DVLA only when criminal action is considered).
    missing_sources: tuple[InformationSource, ...]
    #: The sources a new entry may name (DVLA left out for civil action only).
    loggable_sources: tuple[InformationSource, ...]
    #: Why DVLA is not offered, when it is not.
    dvla_refusal: str | None
    subjects: tuple[SubjectDTO, ...]
    criminal_srs: tuple[CriminalSrDTO, ...]
    #: Every power's verdict today, from the rules.
    options: tuple[PowerOptionDTO, ...]
    decision: DecisionDTO | None
    #: The display names of who checked each source and who decided (issue 11).
    names: UserNames = UserNames()


# --------------------------------------------------------------------------- helpers


def _load_decide(session: Session, sr_id: int) -> ServiceRequest:
    sr = srs.load_sr(session, sr_id)
    if sr.workflow is not Workflow.DECIDE_ENFORCEMENT:
        raise RuleViolation(
            f"Service request {sr_id} is a {sr.workflow.label} SR, not a Decide On Enforcement "
            "Action SR"
        )
    return sr


def _form(sr: ServiceRequest) -> EnforceForm:
    # The services make a Decide SR with its form; one that came without (bulk-loaded or older
    # data) gets an empty one, kept only if a unit of work then saves it.
    if sr.enforce_form is None:
        sr.enforce_form = EnforceForm()
    return sr.enforce_form


def _sources(session: Session, sr_id: int) -> list[SourceCheck]:
    return list(
        session.scalars(
            select(SourceCheck)
            .where(SourceCheck.service_request_id == sr_id)
            .order_by(SourceCheck.checked_on, SourceCheck.id)
        )
    )


def _source_dto(row: SourceCheck) -> SourceEntryDTO:
    return SourceEntryDTO(row.id, row.source, row.checked_on, row.checked_by, row.result, row.note)


def _criminal_srs(session: Session, sr_id: int) -> list[ServiceRequest]:
    return list(
        session.scalars(
            select(ServiceRequest)
            .where(
                ServiceRequest.parent_id == sr_id,
                ServiceRequest.workflow == Workflow.CRIMINAL_ACTION,
            )
            .order_by(ServiceRequest.id)
        )
    )


def _open_criminal_sr(session: Session, sr_id: int) -> int | None:
    return next(
        (c.id for c in _criminal_srs(session, sr_id) if not workflows.is_final(c.status)), None
    )


#: The roles offered after the case's parents, in this order.
_OTHER_SUBJECT_ROLES = (ContactRole.EMPLOYER, ContactRole.THIRD_PARTY)

#: Letters whose recipient, when an employer or third party contact of that name exists, links
#: that contact to the paying parent.
_PARTY_RECIPIENTS = (RecipientKind.EMPLOYER, RecipientKind.THIRD_PARTY)


def _name_key(name: str | None) -> str:
    """A name as ``Contact.name_key`` holds it: lower case, single spaces."""
    return " ".join((name or "").split()).lower()


def _linked_parties(session: Session, payer: Contact) -> list[Contact]:
    """The employers and third parties recorded for a paying parent, employers first, each
    kind by name.

    No table links an employer or third party contact to a paying parent, so the links are
    what the paying parent's records already say: the employer named on their contact record,
    the employer or third party a letter from any of their cases went to (by name), and any
    contact an SR of their cases was raised on.
    """
    case_ids = select(Case.id).where(Case.paying_parent_id == payer.id).scalar_subquery()
    names = {_name_key(payer.employer_name)}
    names.update(
        _name_key(n)
        for n in session.scalars(
            select(Letter.recipient_name).where(
                Letter.case_id.in_(case_ids), Letter.recipient_kind.in_(_PARTY_RECIPIENTS)
            )
        )
    )
    names.discard("")
    raised_on = select(ServiceRequest.subject_contact_id).where(
        ServiceRequest.case_id.in_(case_ids), ServiceRequest.subject_contact_id.is_not(None)
    )
    linked = or_(Contact.id.in_(raised_on), Contact.name_key.in_(sorted(names)))
    rows = session.scalars(
        select(Contact)
        .where(Contact.role.in_(_OTHER_SUBJECT_ROLES), linked)
        .order_by(Contact.name_key, Contact.id)
    ).all()
    return sorted(rows, key=lambda c: _OTHER_SUBJECT_ROLES.index(c.role))


def _subjects(session: Session, case: Case) -> list[SubjectDTO]:
    """Who a criminal referral may be raised on (step 4): the paying parent, the case's
    receiving parents, then the employers and third parties recorded for this paying parent
    (:func:`_linked_parties`); never another client's.
    """
    subjects = [
        SubjectDTO(case.paying_parent.id, case.paying_parent.full_name, ContactRole.PAYING_PARENT)
    ]
    rows = session.scalars(
        select(Contact)
        .join(CaseReceivingParent, CaseReceivingParent.contact_id == Contact.id)
        .where(CaseReceivingParent.case_id == case.id)
        .order_by(Contact.id)
    )
    subjects += [SubjectDTO(c.id, c.full_name, ContactRole.RECEIVING_PARENT) for c in rows]
    others = _linked_parties(session, case.paying_parent)
    subjects += [SubjectDTO(c.id, c.full_name, c.role) for c in others]
    return subjects


def _step(sr: ServiceRequest, key: str) -> ActivityStep | None:
    return next((s for s in sr.steps if s.step_key == key), None)


def _set_step(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    key: str,
    outcome: StepOutcome,
    reason: str | None = None,
) -> None:
    step = _step(sr, key)
    if step is None or step.outcome == outcome:
        return
    done = outcome != StepOutcome.PENDING
    values = {
        "outcome": outcome,
        "completed_by": ctx.user if done else None,
        "completed_at": ctx.now() if done else None,
    }
    if reason is not None:
        values["reason"] = reason
    apply_changes(session, ctx, step, values, "activity_step", case_id=sr.case_id)


def _options(session: Session, sr: ServiceRequest, today: date) -> list[PowerOption]:
    return enforcement_options(load_case_facts(session, sr.case_id), today)


def _decision_dto(row: EnforcementDecision) -> DecisionDTO:
    return DecisionDTO(
        id=row.id,
        powers=tuple(Power(v) for v in row.powers.split(",") if v),
        welfare_statement=row.welfare_statement,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        snapshot=row.snapshot,
        snapshot_sha256=row.snapshot_sha256,
        opened_sr_ids=tuple(int(v) for v in row.opened_sr_ids.split(",") if v),
    )


# --------------------------------------------------------------------------- read model


def decide_screen(ctx: ServiceContext, sr_id: int) -> DecideScreen:
    """Read the Decide panel of an SR: sources log, criminal SRs, verdicts and any decision.

    Raises:
        NotFoundError: No such SR.
        RuleViolation: The SR is not a Decide On Enforcement Action SR.
    """
    with ctx.reading() as session:
        sr = _load_decide(session, sr_id)
        today = ctx.today()
        form = _form(sr)
        criminal = form.evidence_of_criminal_activity is True
        rows = _sources(session, sr_id)
        contacts = {
            c.id: c
            for c in session.scalars(
                select(Contact).where(
                    Contact.id.in_(
                        [
                            c.subject_contact_id
                            for c in _criminal_srs(session, sr_id)
                            if c.subject_contact_id
                        ]
                    )
                )
            )
        }
        criminal_srs = tuple(
            CriminalSrDTO(
                c.id,
                c.status,
                contacts[c.subject_contact_id].full_name
                if c.subject_contact_id in contacts
                else sr.case.paying_parent.full_name,
            )
            for c in _criminal_srs(session, sr_id)
        )
        decision = session.scalar(
            select(EnforcementDecision).where(EnforcementDecision.service_request_id == sr_id)
        )
        options = tuple(
            PowerOptionDTO(o.power, o.power.label, o.allowed, tuple(o.verdict.messages))
            for o in _options(session, sr, today)
        )
        return DecideScreen(
            sr_id=sr.id,
            sr_version=sr.version,
            read_only=workflows.is_final(sr.status),
            evidence_of_criminal_activity=form.evidence_of_criminal_activity,
            sources=tuple(_source_dto(r) for r in rows),
            missing_sources=rules_decide.missing_sources((r.source for r in rows), criminal),
            loggable_sources=tuple(
                s for s in InformationSource if criminal or s is not InformationSource.DVLA
            ),
            dvla_refusal=None
            if criminal
            else rules_decide.source_entry_errors(
                InformationSource.DVLA, None, None, None, today=today, criminal=False
            )["source"],
            subjects=tuple(_subjects(session, sr.case)),
            criminal_srs=criminal_srs,
            options=options,
            decision=_decision_dto(decision) if decision is not None else None,
            names=user_names(
                session,
                [*(r.checked_by for r in rows), decision.decided_by if decision else None],
            ),
        )


# --------------------------------------------------------------------------- sources log


def log_source(
    ctx: ServiceContext,
    sr_id: int,
    source: InformationSource | None,
    result: SourceResult | None,
    checked_on: date | None,
    note: str | None = None,
) -> SourceEntryDTO:
    """Add an entry to the SR's sources log (step 7): who is the user, a nil result included.

    Raises:
        ValidationError: Under ``source`` (DVLA for civil action only, with the reason),
            ``result``, ``checked_on`` or ``note``; nothing saved.
        RuleViolation: The SR is closed or not a Decide SR.
    """
    with ctx.unit_of_work() as session:
        sr = _load_decide(session, sr_id)
        srs.require_editable(sr)
        criminal = _form(sr).evidence_of_criminal_activity is True
        raise_if_errors(
            rules_decide.source_entry_errors(
                source, result, checked_on, note, today=ctx.today(), criminal=criminal
            )
        )
        assert source is not None and result is not None and checked_on is not None
        row = SourceCheck(
            service_request_id=sr.id,
            source=source,
            result=result,
            checked_on=checked_on,
            checked_by=ctx.user,
            note=(note or "").strip() or None,
        )
        session.add(row)
        record_created(
            session,
            ctx,
            row,
            "source_check",
            case_id=sr.case_id,
            summary=f"{source.label}: {result.label}",
        )
        return _source_dto(row)


# --------------------------------------------------------------------------- criminal branch


def raise_criminal_action(
    ctx: ServiceContext,
    sr_id: int,
    offence: CriminalOffence | None,
    subject_contact_id: int | None,
) -> srs.ServiceRequestDTO:
    """Initiate Criminal Action (step 4): a child SR Enforcement / Criminal Action / Decide on
    the subject chosen, linked to the Decide SR; the offence is kept on the Decide SR's form and
    'Initiate Criminal Action' is Done.

    Raises:
        ValidationError: No evidence of criminal activity recorded, no offence, no subject or a
            contact not of the case, or a criminal SR from this SR still open; nothing saved.
    """
    with ctx.unit_of_work() as session:
        sr = _load_decide(session, sr_id)
        srs.require_editable(sr)
        form = _form(sr)
        subject = (
            session.get(Contact, subject_contact_id) if subject_contact_id is not None else None
        )
        # The same people the panel's picker offers (_subjects), so the command line and the
        # window refuse the same subjects.
        on_case = subject is not None and subject.id in {
            s.contact_id for s in _subjects(session, sr.case)
        }
        raise_if_errors(
            rules_decide.criminal_action_errors(
                form.evidence_of_criminal_activity,
                offence,
                subject.role if subject is not None else None,
                subject_on_case=on_case,
                open_criminal_sr=_open_criminal_sr(session, sr.id),
            )
        )
        assert offence is not None and subject is not None
        apply_changes(
            session, ctx, form, {"criminal_offence": offence}, "enforce_form", case_id=sr.case_id
        )
        _set_step(
            session,
            ctx,
            sr,
            "initiate_criminal_action",
            StepOutcome.DONE,
            f"{offence.label}; criminal action SR raised on {subject.full_name}",
        )
        child = srs.open_sr(
            session, ctx, sr.case, Workflow.CRIMINAL_ACTION, owner=ctx.user, parent_id=sr.id
        )
        child.subject_contact_id = subject.id
        record_event(
            session,
            ctx,
            action="update",
            entity="service_request",
            entity_id=child.id,
            case_id=sr.case_id,
            field_name="subject_contact_id",
            new=f"{subject.id} ({subject.role.label}); offence {offence.label}",
        )
        session.flush()
        return srs.sr_dto(srs.load_sr(session, child.id), today=ctx.today())


# --------------------------------------------------------------------------- hooks


def _close_completed(session: Session, ctx: ServiceContext, sr: ServiceRequest) -> None:
    """Step 5: 'Continue Data Gathering = No' closes the SR Completed; what is left of the
    plan is Not Required."""
    for step in sr.steps:
        template = workflows.step_template(sr.workflow, step.step_key)
        if step.outcome == StepOutcome.PENDING and StepOutcome.NOT_REQUIRED in template.outcomes:
            _set_step(session, ctx, sr, step.step_key, StepOutcome.NOT_REQUIRED)
    apply_changes(
        session,
        ctx,
        sr,
        {
            "status": SrStatus.CLOSED,
            "sub_status": workflows.COMPLETED,
            "wait_until": None,
            "closed_on": ctx.today(),
        },
        "service_request",
        case_id=sr.case_id,
    )


def _check_evidence_change(session: Session, sr: ServiceRequest, evidence: bool | None) -> None:
    if evidence is not True:
        open_sr = _open_criminal_sr(session, sr.id)
        if open_sr is not None:
            raise ValidationError(
                {
                    "evidence_of_criminal_activity": (
                        f"Criminal action SR {open_sr} raised from this SR is open: evidence "
                        "of criminal activity stays Yes"
                    )
                }
            )


def _check_continue(session: Session, sr: ServiceRequest, value: bool) -> None:
    raise_if_errors(
        rules_decide.continue_data_gathering_errors(
            _form(sr).evidence_of_criminal_activity, value, _open_criminal_sr(session, sr.id)
        )
    )


_YES_NO = {StepOutcome.YES: True, StepOutcome.NO: False}


def after_step(
    session: Session,
    ctx: ServiceContext,
    sr: ServiceRequest,
    step: ActivityStep,
    outcome: StepOutcome,
) -> None:
    """Within ``update_step``, before the step is saved: check and mirror a Decide SR's step.

    "Any Evidence Of Criminal Activity" and "Continue Data Gathering" are the form's fields
    too; "Assess Online Information" is Done only once every source has an entry; "Decide civil
    enforcement power" is recorded by the decision; Continue Data Gathering No closes the SR.
    """
    if sr.workflow is not Workflow.DECIDE_ENFORCEMENT:
        return
    form = _form(sr)
    key = step.step_key
    if key == "evidence_of_criminal_activity":
        evidence = _YES_NO.get(outcome)
        _check_evidence_change(session, sr, evidence)
        apply_changes(
            session,
            ctx,
            form,
            {"evidence_of_criminal_activity": evidence},
            "enforce_form",
            case_id=sr.case_id,
        )
    elif key == "continue_data_gathering":
        value = _YES_NO.get(outcome)
        if value is not None:
            _check_continue(session, sr, value)
        apply_changes(
            session,
            ctx,
            form,
            {"continue_data_gathering": value},
            "enforce_form",
            case_id=sr.case_id,
        )
    elif key == "assess_online_information" and outcome == StepOutcome.DONE:
        criminal = form.evidence_of_criminal_activity is True
        verdict = rules_decide.assess_online_information(
            (r.source for r in _sources(session, sr.id)), criminal
        )
        if not verdict.allowed:
            raise ValidationError({"outcome": verdict.reasons[0]})
    elif key == "decide_civil_power" and outcome == StepOutcome.DONE:
        raise ValidationError(
            {"outcome": "Recorded with the decision: choose the power with Decide… (step 14)"}
        )


def after_step_saved(
    session: Session, ctx: ServiceContext, sr: ServiceRequest, step: ActivityStep
) -> None:
    """Within ``update_step``, after the step is saved: No to continue closes the SR."""
    if (
        sr.workflow is Workflow.DECIDE_ENFORCEMENT
        and step.step_key == "continue_data_gathering"
        and step.outcome == StepOutcome.NO
    ):
        _close_completed(session, ctx, sr)


# --------------------------------------------------------------------------- the decision


def _open_power_sr(
    session: Session, ctx: ServiceContext, sr: ServiceRequest, power: Power
) -> ServiceRequest:
    category = workflows.power_category(power)
    child = ServiceRequest(
        case_id=sr.case_id,
        workflow=Workflow.ENFORCEMENT_ACTION,
        process=category.process,
        area=category.area,
        sub_area=category.sub_area,
        status=SrStatus.OPEN,
        owner=ctx.user,
        raised_by=ctx.user,
        opened_on=ctx.today(),
        parent_id=sr.id,
    )
    session.add(child)
    record_created(
        session,
        ctx,
        child,
        "service_request",
        case_id=sr.case_id,
        summary=f"{Workflow.ENFORCEMENT_ACTION.value}: {power.value}",
    )
    return child


def make_decision(
    ctx: ServiceContext,
    sr_id: int,
    expected_version: int,
    powers: Sequence[Power],
    welfare_statement: str | None,
    *,
    bailiff_order_ids: Sequence[int] | None = None,
) -> DecisionDTO:
    """Decide the civil power(s) and close the Decide SR Completed (steps 14-17).

    Checks every chosen power against today's verdicts (a blocked one is refused with its
    reasons), the welfare-of-the-child statement and which powers may run in parallel; then
    records the decision with a snapshot of every power's verdict and its SHA-256, opens the
    chosen powers' SRs (Bailiff: one per LO through the referral's checks,
    :func:`bailiff.open_bailiff_srs`, each a child of this SR; any other power an Enforcement
    power SR with its plan) and closes the SR, all in one transaction: when any part fails,
    nothing is saved, no Bailiff SR included.

    Args:
        bailiff_order_ids: The LOs to refer when Bailiff action is chosen (default: every LO of
            the case the referral check allows).

    Raises:
        ValidationError: Under ``powers`` or ``welfare_statement``; nothing saved.
        RuleViolation: The SR is closed, or the bailiff referral is refused.
        ConflictError: The SR changed since it was read.
    """
    # One transaction: the Bailiff SRs, the other powers' SRs, the decision and the close
    # commit together, so a failure anywhere leaves no Bailiff SR open without its decision.
    today = ctx.today()
    with ctx.unit_of_work() as session:
        sr = _load_decide(session, sr_id)
        check_version(sr, expected_version, "service request")
        srs.require_editable(sr)
        options = _options(session, sr, today)
        raise_if_errors(rules_decide.decision_errors(list(powers), options, welfare_statement))
        case_id = sr.case_id
        snapshot = rules_decide.verdict_snapshot(options, today, set(powers))
        opened: list[int] = []
        if Power.BAILIFF in powers:
            order_ids = (
                list(bailiff_order_ids)
                if bailiff_order_ids
                else bailiff.referable_orders(session, ctx, case_id)
            )
            if not order_ids:
                raise ValidationError(
                    {"powers": "Bailiff action: no liability order of the case may be referred now"}
                )
            opened += [
                child.id
                for child in bailiff.open_bailiff_srs(
                    session, ctx, case_id, order_ids, parent_id=sr.id
                )
            ]
        for power in powers:
            if power is not Power.BAILIFF:
                opened.append(_open_power_sr(session, ctx, sr, power).id)
        row = EnforcementDecision(
            service_request_id=sr.id,
            powers=",".join(p.value for p in powers),
            welfare_statement=(welfare_statement or "").strip(),
            decided_by=ctx.user,
            decided_at=ctx.now(),
            snapshot=snapshot.text,
            snapshot_sha256=snapshot.sha256,
            opened_sr_ids=",".join(str(i) for i in opened),
        )
        session.add(row)
        record_created(
            session,
            ctx,
            row,
            "enforcement_decision",
            case_id=case_id,
            summary=f"{', '.join(p.label for p in powers)}; snapshot sha256 {snapshot.sha256}",
        )
        _set_step(
            session,
            ctx,
            sr,
            "decide_civil_power",
            StepOutcome.DONE,
            f"Decided: {', '.join(p.label for p in powers)}",
        )
        _close_completed(session, ctx, sr)
        session.flush()
        _log.info(
            "Decision on SR %d: %d power(s), %d SR(s) opened", sr.id, len(powers), len(opened)
        )
        return _decision_dto(row)


def decision_for(ctx: ServiceContext, sr_id: int) -> DecisionDTO | None:
    """The decision recorded on a Decide SR, if any."""
    with ctx.reading() as session:
        row = session.scalar(
            select(EnforcementDecision).where(EnforcementDecision.service_request_id == sr_id)
        )
        return _decision_dto(row) if row is not None else None
