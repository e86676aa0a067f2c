"""Decide On Enforcement Action on a real database (seed 000): sources log, criminal branch,
the decision with its verdict snapshot."""

from __future__ import annotations

import hashlib
import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from enforcement_desktop import demo
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
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import contacts, decide, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    AuditEvent,
    Case,
    EnforcementDecision,
    Letter,
    ServiceRequest,
    SourceCheck,
)
from tests.conftest import FIXED_NOW
from tests.services.builders import make_asset, make_case, make_lo


def _decide_sr(ctx: ServiceContext) -> tuple[int, srs.ServiceRequestDTO]:
    case = make_case(ctx)
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    return case.id, sr


def _step(ctx: ServiceContext, sr_id: int, key: str) -> srs.StepDTO:
    return next(s for s in srs.get_service_request(ctx, sr_id).steps if s.step_key == key)


def _record(ctx: ServiceContext, sr_id: int, key: str, outcome: StepOutcome) -> srs.StepDTO:
    step = _step(ctx, sr_id, key)
    return srs.update_step(ctx, step.id, step.version, outcome)


def _employed_by(ctx: ServiceContext, case_id: int, employer: str) -> None:
    """Name the employer on the case's paying parent, which links that employer contact."""
    with ctx.db.unit_of_work() as s:
        payer_id = s.get_one(Case, case_id).paying_parent_id
    payer = contacts.get_contact(ctx, payer_id)
    data = payer.to_input()
    data.employer_name = employer
    contacts.update_contact(ctx, payer_id, payer.version, data)


def _count(ctx: ServiceContext, model: type) -> int:
    with ctx.db.unit_of_work() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_a_nil_result_is_an_entry_and_dvla_is_refused_for_civil_action(
    ctx: ServiceContext,
) -> None:
    _, sr = _decide_sr(ctx)
    today = ctx.today()
    entry = decide.log_source(
        ctx, sr.id, InformationSource.CIS, SourceResult.NOTHING_FOUND, today, None
    )
    assert (entry.source, entry.result, entry.checked_by) == (
        InformationSource.CIS,
        SourceResult.NOTHING_FOUND,
        "test.user",
    )
    with pytest.raises(ValidationError) as caught:
        decide.log_source(ctx, sr.id, InformationSource.DVLA, SourceResult.FOUND, today)
    assert "only when criminal action is being considered" in caught.value.errors["source"]
    with pytest.raises(ValidationError) as future:
        decide.log_source(ctx, sr.id, InformationSource.HMRC, None, today + timedelta(days=1))
    assert set(future.value.errors) == {"result", "checked_on"}
    assert _count(ctx, SourceCheck) == 1  # nothing saved on refusal
    screen = decide.decide_screen(ctx, sr.id)
    assert [s.source for s in screen.sources] == [InformationSource.CIS]
    assert InformationSource.DVLA not in screen.loggable_sources
    assert screen.dvla_refusal and "criminal action" in screen.dvla_refusal
    assert InformationSource.CIS not in screen.missing_sources
    with ctx.db.unit_of_work() as s:
        assert (
            s.scalar(select(AuditEvent).where(AuditEvent.entity == "source_check")).new_value
            == "CIS: Nothing found"
        )


def test_assess_online_information_is_done_only_when_each_source_has_an_entry(
    ctx: ServiceContext,
) -> None:
    _, sr = _decide_sr(ctx)
    _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.NO)
    decide.log_source(ctx, sr.id, InformationSource.CIS, SourceResult.FOUND, ctx.today())
    with pytest.raises(ValidationError) as caught:
        _record(ctx, sr.id, "assess_online_information", StepOutcome.DONE)
    message = caught.value.errors["outcome"]
    assert "Companies house" in message and "Insolvency register" in message
    assert "DVLA" not in message
    for source in (
        InformationSource.CREDIT_REFERENCE_AGENCY,
        InformationSource.COMPANIES_HOUSE,
        InformationSource.LAND_REGISTRY,
        InformationSource.HMRC,
        InformationSource.INSOLVENCY_REGISTER,
    ):
        decide.log_source(ctx, sr.id, source, SourceResult.NOTHING_FOUND, ctx.today())
    done = _record(ctx, sr.id, "assess_online_information", StepOutcome.DONE)
    assert done.outcome == StepOutcome.DONE


def test_evidence_is_one_fact_on_the_plan_and_the_form(ctx: ServiceContext) -> None:
    _, sr = _decide_sr(ctx)
    _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.YES)
    form = srs.get_service_request(ctx, sr.id).enforce_form
    assert form is not None and form.values.evidence_of_criminal_activity is True
    # The form does not set it on its own: the plan's step is where it is recorded.
    values = form.values
    values.evidence_of_criminal_activity = False
    srs.update_enforce_form(ctx, sr.id, form.version, values)
    again = srs.get_service_request(ctx, sr.id)
    assert again.enforce_form is not None
    assert again.enforce_form.values.evidence_of_criminal_activity is True
    assert _step(ctx, sr.id, "evidence_of_criminal_activity").outcome == StepOutcome.YES
    # With evidence, DVLA may be logged.
    decide.log_source(ctx, sr.id, InformationSource.DVLA, SourceResult.FOUND, ctx.today())


def test_criminal_action_opens_a_child_sr_on_the_subject(ctx: ServiceContext) -> None:
    case_id, sr = _decide_sr(ctx)
    employer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.EMPLOYER, first_name="Acme", last_name="Fictional Ltd"
        ),
    )
    _employed_by(ctx, case_id, "Acme Fictional Ltd")
    with pytest.raises(ValidationError) as caught:
        decide.raise_criminal_action(ctx, sr.id, None, None)
    assert set(caught.value.errors) == {
        "evidence_of_criminal_activity",
        "criminal_offence",
        "subject_contact_id",
    }
    _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.YES)
    child = decide.raise_criminal_action(
        ctx, sr.id, CriminalOffence.EMPLOYMENT_CHANGE_FAILURE, employer.id
    )
    assert child.workflow == Workflow.CRIMINAL_ACTION
    assert child.category == "Enforcement / Criminal Action / Decide"
    assert child.parent_id == sr.id and child.case_id == case_id
    with ctx.db.unit_of_work() as s:
        assert s.get(ServiceRequest, child.id).subject_contact_id == employer.id
    assert _step(ctx, sr.id, "initiate_criminal_action").outcome == StepOutcome.DONE
    form = srs.get_service_request(ctx, sr.id).enforce_form
    assert form is not None
    assert form.values.criminal_offence == CriminalOffence.EMPLOYMENT_CHANGE_FAILURE
    started = srs.change_status(ctx, child.id, child.version, SrStatus.IN_PROGRESS)
    assert [s.step_key for s in started.steps] == [
        "refer_criminal_action",
        "evidence_gathered",
        "criminal_outcome",
    ]
    # Evidence cannot go back to No while the criminal SR is open.
    with pytest.raises(ValidationError) as evidence:
        _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.NO)
    assert (
        f"Criminal action SR {child.id}" in evidence.value.errors["evidence_of_criminal_activity"]
    )
    # Continue data gathering = No closes the Decide SR Completed; the criminal SR stays open.
    _record(ctx, sr.id, "continue_data_gathering", StepOutcome.NO)
    closed = srs.get_service_request(ctx, sr.id)
    assert (closed.status, closed.sub_status) == (SrStatus.CLOSED, "Completed")
    assert srs.get_service_request(ctx, child.id).status == SrStatus.IN_PROGRESS
    screen = decide.decide_screen(ctx, sr.id)
    assert [(c.id, c.subject) for c in screen.criminal_srs] == [(child.id, "Acme Fictional Ltd")]


def test_continue_data_gathering_no_needs_the_criminal_sr(ctx: ServiceContext) -> None:
    _, sr = _decide_sr(ctx)
    _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.YES)
    with pytest.raises(ValidationError) as caught:
        _record(ctx, sr.id, "continue_data_gathering", StepOutcome.NO)
    assert "Raise the criminal action SR first" in caught.value.errors["continue_data_gathering"]
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.IN_PROGRESS


def test_a_blocked_power_or_a_missing_statement_saves_nothing(ctx: ServiceContext) -> None:
    _, sr = _decide_sr(ctx)
    screen = decide.decide_screen(ctx, sr.id)
    blocked = next(o for o in screen.options if not o.allowed)
    with pytest.raises(ValidationError) as caught:
        decide.make_decision(ctx, sr.id, sr.version, [blocked.power], "Statement")
    assert caught.value.errors["powers"].startswith(f"{blocked.label} cannot be chosen: ")
    assert blocked.reasons[0] in caught.value.errors["powers"]
    allowed = next(o for o in screen.options if o.allowed and o.power is not Power.BAILIFF)
    with pytest.raises(ValidationError) as statement:
        decide.make_decision(ctx, sr.id, sr.version, [allowed.power], "  ")
    assert "welfare of the child statement" in statement.value.errors["welfare_statement"]
    assert _count(ctx, EnforcementDecision) == 0
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.IN_PROGRESS


def test_the_decision_records_a_snapshot_and_opens_the_powers_srs(ctx: ServiceContext) -> None:
    case_id, sr = _decide_sr(ctx)
    lo = make_lo(ctx, case_id)
    with ctx.db.unit_of_work() as s:
        payer_id = s.get(ServiceRequest, sr.id).case.paying_parent_id
    make_asset(ctx, payer_id)
    screen = decide.decide_screen(ctx, sr.id)
    verdicts = {o.power: o for o in screen.options}
    assert verdicts[Power.BAILIFF].allowed, verdicts[Power.BAILIFF].reasons
    civil = next(
        p
        for p in (Power.LSDO, Power.RDO, Power.FREEZING_ORDER, Power.SET_ASIDE_DISPOSITION_ORDER)
        if verdicts[p].allowed
    )
    statement = "Welfare of the child: the children's needs were considered ... (verbatim)"
    decision = decide.make_decision(ctx, sr.id, sr.version, [Power.BAILIFF, civil], statement)
    assert decision.powers == (Power.BAILIFF, civil)
    assert decision.welfare_statement == statement
    assert decision.decided_by == "test.user"
    assert decision.snapshot_sha256 == hashlib.sha256(decision.snapshot.encode()).hexdigest()
    assert decision.snapshot_intact
    snapshot = json.loads(decision.snapshot)
    assert len(snapshot["powers"]) == len(Power)
    for entry in snapshot["powers"]:
        option = verdicts[Power(entry["power"])]
        assert entry["allowed"] == option.allowed
        assert entry["chosen"] == (entry["power"] in {Power.BAILIFF.value, civil.value})
    closed = srs.get_service_request(ctx, sr.id)
    assert (closed.status, closed.sub_status) == (SrStatus.CLOSED, "Completed")
    assert _step(ctx, sr.id, "decide_civil_power").outcome == StepOutcome.DONE
    opened = [srs.get_service_request(ctx, i) for i in decision.opened_sr_ids]
    assert [(o.workflow, o.parent_id) for o in opened] == [
        (Workflow.BAILIFF, sr.id),
        (Workflow.ENFORCEMENT_ACTION, sr.id),
    ]
    assert opened[0].order_id == lo
    assert opened[1].sub_area == civil.label
    assert decide.decide_screen(ctx, sr.id).decision == decision
    with ctx.db.unit_of_work() as s:
        event = s.scalar(select(AuditEvent).where(AuditEvent.entity == "enforcement_decision"))
        assert event is not None and decision.snapshot_sha256 in (event.new_value or "")


def test_a_decision_that_fails_leaves_no_bailiff_sr(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The Bailiff SRs are opened in the decision's own transaction: when recording the decision
    # fails after they were opened, none of them stays open without a decision.
    case_id, sr = _decide_sr(ctx)
    make_lo(ctx, case_id)
    with ctx.db.unit_of_work() as s:
        payer_id = s.get(ServiceRequest, sr.id).case.paying_parent_id
    make_asset(ctx, payer_id)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the disk filled up while closing the SR")

    monkeypatch.setattr(decide, "_close_completed", fail)
    with pytest.raises(RuntimeError):
        decide.make_decision(ctx, sr.id, sr.version, [Power.BAILIFF], "Welfare considered")
    with ctx.db.unit_of_work() as s:
        bailiff_srs = s.scalars(
            select(ServiceRequest).where(ServiceRequest.workflow == Workflow.BAILIFF)
        ).all()
    assert bailiff_srs == []
    assert _count(ctx, EnforcementDecision) == 0
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.IN_PROGRESS


def test_an_sr_raised_on_an_employer_shows_on_the_employers_screen(ctx: ServiceContext) -> None:
    case_id, sr = _decide_sr(ctx)
    employer = contacts.create_contact(
        ctx,
        contacts.ContactInput(role=ContactRole.EMPLOYER, first_name="Acme", last_name="Works Ltd"),
    )
    third = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.THIRD_PARTY, first_name="Pat", last_name="Neighbourly"
        ),
    )
    # Linked to the paying parent: the employer on their record, the third party by a letter.
    _employed_by(ctx, case_id, "Acme Works Ltd")
    with ctx.db.unit_of_work() as s:
        s.add(
            Letter(
                case_id=case_id,
                service_request_id=sr.id,
                code=LetterCode.CMEL9251,
                recipient_kind=RecipientKind.THIRD_PARTY,
                recipient_name="Pat Neighbourly",
                sent_on=ctx.today(),
                sent_by="test.user",
            )
        )
    # The subject picker offers the employer and third-party contacts after the case's parents.
    subjects = decide.decide_screen(ctx, sr.id).subjects
    assert [s.role for s in subjects] == [
        ContactRole.PAYING_PARENT,
        ContactRole.RECEIVING_PARENT,
        ContactRole.EMPLOYER,
        ContactRole.THIRD_PARTY,
    ]
    assert [s.contact_id for s in subjects][2:] == [employer.id, third.id]
    assert subjects[2].label == "Acme Works Ltd – Employer"

    _record(ctx, sr.id, "evidence_of_criminal_activity", StepOutcome.YES)
    child = decide.raise_criminal_action(
        ctx, sr.id, CriminalOffence.FAILURE_TO_COMPLY_WITH_DEO, employer.id
    )
    on_employer = screens.client_screen(ctx, employer.id)
    assert on_employer.cases == ()  # the employer is on no case
    assert [s.id for s in on_employer.subject_service_requests] == [child.id]
    assert on_employer.subject_service_requests[0].case_id == case_id
    # The paying parent's screen has it among the case's SRs, not as raised on them.
    with ctx.db.unit_of_work() as s:
        payer_id = s.get(ServiceRequest, sr.id).case.paying_parent_id
    payer = screens.client_screen(ctx, payer_id)
    assert child.id in [s.id for s in payer.service_requests]
    assert payer.subject_service_requests == ()
    assert screens.client_screen(ctx, third.id).subject_service_requests == ()


def test_the_demo_criminal_referral_is_on_the_receiving_parent(db: Database) -> None:
    # Demo client 121000000009: the criminal action SR is raised on the case's receiving
    # parent, so their Contact view lists it.
    demo.build_demo(db, today=FIXED_NOW.date(), cases=0, user="test.user")
    ctx = ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)
    payer = contacts.find_contact_by_scin(ctx, "121000000009")
    (case,) = screens.client_screen(ctx, payer.id).cases
    (receiver,) = case.case.receiving_parents
    with db.unit_of_work() as s:
        criminal = s.scalars(
            select(ServiceRequest).where(
                ServiceRequest.case_id == case.case.id,
                ServiceRequest.workflow == Workflow.CRIMINAL_ACTION,
            )
        ).one()
        assert criminal.subject_contact_id == receiver.contact_id
    shown = screens.client_screen(ctx, receiver.contact_id)
    assert criminal.id in [sr.id for sr in shown.service_requests]
    decide_sr = next(
        sr for sr in case.service_requests if sr.workflow is Workflow.DECIDE_ENFORCEMENT
    )
    assert [c.subject for c in decide.decide_screen(ctx, decide_sr.id).criminal_srs] == [
        receiver.name
    ]


def test_a_decide_sr_without_its_form_reads_as_an_empty_one(ctx: ServiceContext) -> None:
    # Older or bulk-loaded data: the Decide panel must open, not fail on a missing form row.
    from sqlalchemy import delete

    from enforcement_desktop.storage.models import EnforceForm

    _, sr = _decide_sr(ctx)
    with ctx.db.unit_of_work() as session:
        session.execute(delete(EnforceForm).where(EnforceForm.service_request_id == sr.id))
    screen = decide.decide_screen(ctx, sr.id)
    assert screen.evidence_of_criminal_activity is None
    assert screen.sources == ()
