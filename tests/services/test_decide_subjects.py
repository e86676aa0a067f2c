"""Who a criminal referral may be raised on (Enforcement Action – Consider, step 4): the paying
parent, the receiving parents of the SR's case, and the employers and third parties recorded for
this paying parent; never another client's employer. The picker and the service share the rule."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.enums import (
    ContactRole,
    CriminalOffence,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import contacts, decide
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Letter, ServiceRequest
from tests.services.builders import add_case, make_case, make_paying_parent


def _party(ctx: ServiceContext, role: ContactRole, first: str, last: str) -> int:
    return contacts.create_contact(
        ctx, contacts.ContactInput(role=role, first_name=first, last_name=last)
    ).id


def _decide_sr(ctx: ServiceContext, case_id: int) -> int:
    sr = srs.create_service_request(
        ctx, case_id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    step = next(s for s in sr.steps if s.step_key == "evidence_of_criminal_activity")
    srs.update_step(ctx, step.id, step.version, StepOutcome.YES)
    return sr.id


def _set_employer(ctx: ServiceContext, contact_id: int, employer: str) -> None:
    payer = contacts.get_contact(ctx, contact_id)
    data = payer.to_input()
    data.employer_name = employer
    contacts.update_contact(ctx, contact_id, payer.version, data)


def test_the_picker_offers_this_clients_people_and_the_service_refuses_another_clients(
    ctx: ServiceContext,
) -> None:
    # Client A: a paying parent with two cases and the employer named on their record.
    case_a = make_case(ctx, "121000000101")
    payer_a = case_a.paying_parent_id
    case_a2 = add_case(ctx, payer_a, "121000000777", receiver_last="Otherton")
    employer_a = _party(ctx, ContactRole.EMPLOYER, "Acme", "Works Ltd")
    _set_employer(ctx, payer_a, "  acme  works LTD ")
    # A third party a letter from this paying parent's other case went to.
    neighbour = _party(ctx, ContactRole.THIRD_PARTY, "Pat", "Neighbourly")
    other_sr = srs.create_service_request(
        ctx, case_a2.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    with ctx.db.unit_of_work() as s:
        s.add(
            Letter(
                case_id=case_a2.id,
                service_request_id=other_sr.id,
                code=LetterCode.CMEL9251,
                recipient_kind=RecipientKind.THIRD_PARTY,
                recipient_name="Pat Neighbourly",
                sent_on=ctx.today(),
                sent_by="test.user",
            )
        )
    # Client B: another paying parent, their employer, and a third party their SR was raised on.
    payer_b = make_paying_parent(ctx, "121000000202", "Sam", "Otherclient")
    case_b = add_case(ctx, payer_b, "121000000303", receiver_last="Elsewhere")
    employer_b = _party(ctx, ContactRole.EMPLOYER, "Brightside", "Fictional Ltd")
    _set_employer(ctx, payer_b, "Brightside Fictional Ltd")
    party_b = _party(ctx, ContactRole.THIRD_PARTY, "Lee", "Unrelated")
    decide_b = _decide_sr(ctx, case_b.id)
    # As a case file import records an SR raised on a third party.
    with ctx.db.unit_of_work() as s:
        s.get_one(ServiceRequest, decide_b).subject_contact_id = party_b

    sr_a = _decide_sr(ctx, case_a.id)
    subjects = decide.decide_screen(ctx, sr_a).subjects
    assert [(s.contact_id, s.role) for s in subjects] == [
        (payer_a, ContactRole.PAYING_PARENT),
        (case_a.receiving_parents[0].contact_id, ContactRole.RECEIVING_PARENT),
        (employer_a, ContactRole.EMPLOYER),
        (neighbour, ContactRole.THIRD_PARTY),
    ]
    # Client B's people, and the receiving parent of A's other case, are refused by field.
    outsiders = (employer_b, party_b, payer_b, case_a2.receiving_parents[0].contact_id)
    for outsider in outsiders:
        with pytest.raises(ValidationError) as caught:
            decide.raise_criminal_action(
                ctx, sr_a, CriminalOffence.FAILURE_TO_COMPLY_WITH_DEO, outsider
            )
        assert set(caught.value.errors) == {"subject_contact_id"}
        assert caught.value.errors["subject_contact_id"]
    assert decide.decide_screen(ctx, sr_a).criminal_srs == ()

    # Client B's picker: their employer and the third party their SR was raised on.
    b_subjects = decide.decide_screen(ctx, decide_b).subjects
    assert [s.contact_id for s in b_subjects][2:] == [employer_b, party_b]

    child = decide.raise_criminal_action(
        ctx, sr_a, CriminalOffence.FAILURE_TO_COMPLY_WITH_DEO, employer_a
    )
    with ctx.db.unit_of_work() as s:
        assert s.get_one(ServiceRequest, child.id).subject_contact_id == employer_a
