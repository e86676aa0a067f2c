"""The DVLA request from an SR: CMEL9235 to the regional CSA SPOC, VQ615 for the DVLA
(Enforcement Action – Consider, step 9), and the office settings a VQ615 quotes."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.dvla import NO_VEHICLE
from enforcement_desktop.domain.enums import (
    DocumentType,
    SrStatus,
    StepOutcome,
    UserRole,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import contacts, letters, policy
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.letter_choices import letter_choices
from enforcement_desktop.storage.models import AppUser, Contact, Document, Letter
from tests.documents.helpers import open_docx
from tests.services.builders import make_case, make_case_manager

TODAY = date(2026, 11, 23)
DUE = TODAY + timedelta(days=21)
SCIN = "121000000101"
LAW = "Section 14 of the Child Support Act 1991 and regulation 27 of the 2002 Regulations"
REASON = "Criminal referral: we need the keeper's current address"


def _text(path: Path) -> str:
    document = open_docx(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _step(ctx: ServiceContext, sr_id: int, key: str) -> srs.StepDTO:
    return next(s for s in srs.get_service_request(ctx, sr_id).steps if s.step_key == key)


def _decide_sr(ctx: ServiceContext, *, criminal: bool = True, vehicle: bool = True) -> int:
    """A Decide SR In Progress for Pat Testington (Midlands), criminal evidence Yes or No."""
    make_case_manager(ctx)
    case = make_case(ctx, SCIN)
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == SCIN))
        assert payer is not None
        payer_id = payer.id
    if vehicle:
        contacts.add_vehicle(ctx, payer_id, contacts.VehicleInput("ZZ11ZZZ", "Exampla"))
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    step = _step(ctx, sr.id, "evidence_of_criminal_activity")
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES if criminal else StepOutcome.NO)
    return sr.id


def _lead(ctx: ServiceContext) -> ServiceContext:
    with ctx.unit_of_work() as session:
        session.add(AppUser(login="lead", display_name="Lead", roles=UserRole.TEAM_LEADER.value))
    return ServiceContext(db=ctx.db, user="lead", clock=ctx.clock)


def _office_settings(ctx: ServiceContext, expires: date = date(2027, 3, 31)) -> None:
    lead = _lead(ctx)
    policy.set_dp_registration(lead, "Z1234567", expires)
    policy.set_dvla_legislation(lead, LAW)


def _input(code: LetterCode, **changes: object) -> letters.LetterInput:
    values: dict[str, object] = {
        "code": code,
        "recipient": RecipientKind.DVLA,
        "reply_due": DUE,
        "reason": REASON,
    }
    values.update(changes)
    return letters.LetterInput(**values)  # type: ignore[arg-type]


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.reading() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Letter)) or 0),
            int(s.scalar(select(func.count()).select_from(Document)) or 0),
        )


def test_cmel9235_goes_to_the_regional_spoc_and_is_registered(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)

    sent = letters.send_letter(ctx, sr_id, _input(LetterCode.CMEL9235), tmp_path)

    assert sent.code is LetterCode.CMEL9235
    assert sent.recipient_kind is RecipientKind.DVLA
    assert sent.recipient_name == "Regional CSA SPOC (Midlands)"
    assert (sent.sent_on, sent.reply_due) == (TODAY, DUE)
    assert sent.document_path == f"{SCIN}_CMEL9235_{sr_id}.docx"
    text = _text(tmp_path / sent.document_path)
    assert "To the regional CSA SPOC, Midlands" in text
    assert "Pat Testington" in text and "ZZ11ZZZ" in text and "Exampla" in text
    assert REASON in text
    assert "Morgan Testwell" in text
    sr = srs.get_service_request(ctx, sr_id)
    (doc,) = sr.documents
    assert doc.doc_type is DocumentType.CMEL9235
    assert _step(ctx, sr_id, "letter_outbound").outcome is StepOutcome.DONE


def test_vq615_carries_the_office_settings_and_every_vehicle(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    with ctx.unit_of_work() as s:
        payer_id = s.scalar(select(Contact.id).where(Contact.scin == SCIN))
    assert payer_id is not None
    contacts.add_vehicle(ctx, payer_id, contacts.VehicleInput("ZZ22YYY"))
    _office_settings(ctx)

    sent = letters.send_letter(ctx, sr_id, _input(LetterCode.VQ615), tmp_path)

    assert sent.recipient_name == "DVLA"
    assert sent.document_path == f"{SCIN}_VQ615_{sr_id}.docx"
    text = _text(tmp_path / sent.document_path)
    for expected in (
        "Z1234567",
        "31/03/2027",
        SCIN,
        "Pat Testington",
        "ZZ11ZZZ",
        "ZZ22YYY",
        REASON,
        LAW,
        "0115 496 0123",
        "Fictional House",
    ):
        assert expected in text, expected
    assert text.count("Not Known") >= 4  # ZZ11ZZZ's model and colour, ZZ22YYY's make and model
    assert srs.get_service_request(ctx, sr_id).documents[0].doc_type is DocumentType.VQ615


@pytest.mark.parametrize("code", [LetterCode.CMEL9235, LetterCode.VQ615])
def test_refused_beside_the_letter_when_criminal_action_is_not_considered(
    ctx: ServiceContext, tmp_path: Path, code: LetterCode
) -> None:
    sr_id = _decide_sr(ctx, criminal=False)
    _office_settings(ctx)
    before = _counts(ctx)

    with pytest.raises(ValidationError) as caught:
        letters.send_letter(ctx, sr_id, _input(code), tmp_path)

    assert "only when criminal action is being considered" in caught.value.errors["code"]
    assert _counts(ctx) == before
    assert not list(tmp_path.glob("*.docx"))
    assert _step(ctx, sr_id, "letter_outbound").outcome is StepOutcome.PENDING


def test_vq615_without_a_vehicle_says_what_to_do(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _decide_sr(ctx, vehicle=False)
    _office_settings(ctx)

    with pytest.raises(ValidationError) as caught:
        letters.send_letter(ctx, sr_id, _input(LetterCode.VQ615), tmp_path)

    assert caught.value.errors == {"code": NO_VEHICLE}
    assert "Vehicles tab" in NO_VEHICLE
    assert _counts(ctx) == (0, 0)
    # CMEL9235 may still go: the SPOC is asked to trace by name and date of birth.
    sent = letters.send_letter(ctx, sr_id, _input(LetterCode.CMEL9235), tmp_path)
    assert "No vehicle is recorded" in _text(tmp_path / str(sent.document_path))


def test_vq615_without_the_office_settings_names_what_is_missing(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)

    with pytest.raises(RuleViolation) as caught:
        letters.send_letter(ctx, sr_id, _input(LetterCode.VQ615), tmp_path)

    reasons = " ".join(caught.value.reasons)
    assert "data protection registration number and its expiry date are not recorded" in reasons
    assert "legislation the office quotes" in reasons
    assert _counts(ctx) == (0, 0)
    assert not list(tmp_path.glob("*.docx"))


def test_vq615_with_an_expired_registration_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _decide_sr(ctx)
    _office_settings(ctx, expires=TODAY)  # valid today; expired tomorrow
    later = ServiceContext(db=ctx.db, user=ctx.user, clock=lambda: ctx.now() + timedelta(days=1))

    with pytest.raises(RuleViolation) as caught:
        letters.send_letter(later, sr_id, _input(LetterCode.VQ615, reply_due=DUE), tmp_path)

    assert "expired on 23/11/2026" in " ".join(caught.value.reasons)
    assert _counts(ctx) == (0, 0)


def test_a_reason_is_needed(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _decide_sr(ctx)
    with pytest.raises(ValidationError) as caught:
        letters.send_letter(ctx, sr_id, _input(LetterCode.CMEL9235, reason="  "), tmp_path)
    assert "Say why the DVLA is asked" in caught.value.errors["reason"]


def test_dvla_settings_can_only_be_set_by_a_team_leader_and_not_already_expired(
    ctx: ServiceContext,
) -> None:
    make_case_manager(ctx)
    with pytest.raises(RuleViolation, match="Only a team leader"):
        policy.set_dp_registration(ctx, "Z1", date(2027, 1, 1))
    with pytest.raises(RuleViolation, match="Only a team leader"):
        policy.set_dvla_legislation(ctx, LAW)
    lead = _lead(ctx)
    with pytest.raises(ValidationError) as caught:
        policy.set_dp_registration(lead, " ", date(2026, 1, 1))
    assert set(caught.value.errors) == {"number", "expires"}
    assert policy.dvla_settings(ctx) == policy.DvlaOfficeSettings()


def test_the_letter_dialog_read_gives_the_refusals(ctx: ServiceContext) -> None:
    sr_id = _decide_sr(ctx, criminal=False)
    offered = {c.code: c for c in letter_choices(ctx, sr_id).letters}
    assert offered[LetterCode.CMEL9235].inputs == frozenset({"reason"})
    assert "criminal action" in str(offered[LetterCode.CMEL9235].refusal)
    assert "criminal action" in str(offered[LetterCode.VQ615].refusal)
    assert offered[LetterCode.CMEL9251].refusal is None

    step = _step(ctx, sr_id, "evidence_of_criminal_activity")
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES)
    offered = {c.code: c for c in letter_choices(ctx, sr_id).letters}
    assert offered[LetterCode.CMEL9235].refusal is None
    assert "data protection registration" in str(offered[LetterCode.VQ615].refusal)
    _office_settings(ctx)
    offered = {c.code: c for c in letter_choices(ctx, sr_id).letters}
    assert offered[LetterCode.VQ615].refusal is None
