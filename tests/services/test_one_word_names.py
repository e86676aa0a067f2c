"""An employer or a third party is named in one field, one word or more ("Tesco"); a parent keeps
a first name and a last name, both required."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import ContactRole
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import Cmel9251Variant, LetterCode, RecipientKind
from enforcement_desktop.services import case_file, contacts, decide, letters
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.search import search_clients
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent, Contact, ServiceRequest
from tests.conftest import FIXED_NOW
from tests.documents.helpers import open_docx
from tests.regions import seed_test_regions
from tests.services.builders import make_case, make_case_manager
from tests.services.test_contacts import paying_parent
from tests.services.test_letters import _decide_sr


def _party(ctx: ServiceContext, role: ContactRole, name: str, first: str = "") -> int:
    return contacts.create_contact(
        ctx, contacts.ContactInput(role=role, first_name=first, last_name=name)
    ).id


def _row(ctx: ServiceContext, contact_id: int) -> tuple[str, str, str, str]:
    with ctx.reading() as s:
        c = s.get(Contact, contact_id)
        assert c is not None
        return c.first_name, c.last_name, c.surname_key, c.name_key


def test_a_one_word_employer_is_saved_and_read_back_whole(ctx: ServiceContext) -> None:
    tesco = _party(ctx, ContactRole.EMPLOYER, " Tesco ")

    got = contacts.get_contact(ctx, tesco)
    assert (got.first_name, got.last_name, got.full_name) == ("", "Tesco", "Tesco")
    assert _row(ctx, tesco) == ("", "Tesco", "tesco", "tesco")
    with ctx.reading() as s:
        c = s.get(Contact, tesco)
        assert c is not None and c.full_name == "Tesco"
        created = s.scalars(
            select(AuditEvent.new_value).where(
                AuditEvent.entity == "contact", AuditEvent.entity_id == tesco
            )
        ).all()
    assert created == ["Tesco"]


def test_a_party_name_in_two_parts_is_kept_whole_in_one(ctx: ServiceContext) -> None:
    """However the parts arrive (a form of two fields, an older record), the name is one."""
    acme = _party(ctx, ContactRole.EMPLOYER, "Works   Ltd", first="Acme")
    assert _row(ctx, acme) == ("", "Acme Works Ltd", "acme works ltd", "acme works ltd")
    assert contacts.get_contact(ctx, acme).full_name == "Acme Works Ltd"

    barclays = _party(ctx, ContactRole.THIRD_PARTY, "", first="Barclays")
    assert contacts.get_contact(ctx, barclays).full_name == "Barclays"


def test_a_one_word_name_is_found_by_search_as_the_name_and_a_fragment(
    ctx: ServiceContext,
) -> None:
    tesco = _party(ctx, ContactRole.EMPLOYER, "Tesco")
    hits = search_clients(ctx, "tes")
    assert [(h.contact_id, h.name, h.matched_on) for h in hits] == [(tesco, "Tesco", "surname")]
    (hit,) = search_clients(ctx, "sco")
    assert (hit.contact_id, hit.name, hit.matched_on) == (tesco, "Tesco", "name")


def test_an_employer_renamed_to_one_word_keeps_its_other_details(ctx: ServiceContext) -> None:
    created = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.EMPLOYER,
            first_name="Acme",
            last_name="Works Ltd",
            phone="020 7946 0991",
        ),
    )
    data = created.to_input()
    data.first_name, data.last_name = "", "Tesco"
    saved = contacts.update_contact(ctx, created.id, created.version, data)
    assert (saved.full_name, saved.phone) == ("Tesco", "020 7946 0991")
    assert _row(ctx, created.id) == ("", "Tesco", "tesco", "tesco")


@pytest.mark.parametrize(
    ("role", "label"),
    [(ContactRole.EMPLOYER, "Organisation name"), (ContactRole.THIRD_PARTY, "Name")],
)
def test_a_party_needs_a_name_beside_its_one_field(
    ctx: ServiceContext, role: ContactRole, label: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        _party(ctx, role, "  ")
    assert raised.value.errors == {"last_name": f"{label} is required"}
    with pytest.raises(ValidationError) as raised:
        _party(ctx, role, "X" * 101)
    assert set(raised.value.errors) == {"last_name"}
    assert raised.value.errors["last_name"].startswith(f"{label} is too long")
    with pytest.raises(ValidationError) as raised:
        _party(ctx, role, "Tes\nco")
    assert raised.value.errors == {"last_name": f"{label} must be on one line"}


def test_a_parent_still_needs_both_names(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as raised:
        contacts.create_contact(ctx, paying_parent(first_name=""))
    assert raised.value.errors == {"first_name": "First name is required"}
    with pytest.raises(ValidationError) as raised:
        contacts.create_contact(ctx, paying_parent(last_name=" "))
    assert raised.value.errors == {"last_name": "Last name is required"}
    saved = contacts.create_contact(ctx, paying_parent(first_name="Mary Ann", last_name="Test"))
    assert (saved.first_name, saved.last_name, saved.full_name) == (
        "Mary Ann",
        "Test",
        "Mary Ann Test",
    )


def test_cmel9251_to_a_one_word_employer_prints_the_name_whole(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    _party(ctx, ContactRole.EMPLOYER, "Tesco")
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == "121000000101"))
        assert payer is not None
        payer.employer_name = "Tesco"
    sent = letters.send_letter(
        ctx,
        sr_id,
        letters.LetterInput(
            code=LetterCode.CMEL9251,
            recipient=RecipientKind.EMPLOYER,
            reply_due=ctx.today() + timedelta(days=14),
            recipient_address=("Unit 4 Example Park", "Demoton", "ZZ99 2ZZ"),
            information_about="their earnings",
            variant=Cmel9251Variant.UNABLE_TO_TRACE,
        ),
        tmp_path,
    )
    assert sent.recipient_name == "Tesco" and sent.document_path is not None
    document = open_docx(tmp_path / sent.document_path)
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(line for cell in row.cells for line in cell.text.splitlines())
    assert "Tesco" in lines  # the recipient's line of the address block, whole
    assert not [line for line in lines if "Tesco" in line and line != line.strip()]
    step = next(
        s for s in srs.get_service_request(ctx, sr_id).steps if s.step_key == "letter_outbound"
    )
    assert step.reason is not None and "CMEL9251 sent to Tesco on" in step.reason


def test_a_one_word_employer_round_trips_through_a_case_file(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    tesco = _party(ctx, ContactRole.EMPLOYER, "Tesco")
    with ctx.unit_of_work() as s:
        sr = s.get(ServiceRequest, sr_id)
        assert sr is not None
        sr.subject_contact_id = tesco
    data = case_file.export_case(ctx, "121000000101")
    [party] = data["third_parties"]
    assert (party["role"], party["first_name"], party["last_name"]) == ("employer", "", "Tesco")

    other = Database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        target = seed_test_regions(ServiceContext(other, "test.user", clock=lambda: FIXED_NOW))
        make_case_manager(target)
        case_file.import_case(target, data)
        with target.reading() as s:
            imported = s.scalar(select(Contact).where(Contact.role == ContactRole.EMPLOYER))
            assert imported is not None
            assert (imported.first_name, imported.last_name, imported.full_name) == (
                "",
                "Tesco",
                "Tesco",
            )
            assert (imported.surname_key, imported.name_key) == ("tesco", "tesco")
            imported_id = imported.id
        assert [h.contact_id for h in search_clients(target, "tesco")] == [imported_id]
        # What imports saves again unchanged through the Contact view's service.
        again = contacts.get_contact(target, imported_id)
        saved = contacts.update_contact(target, imported_id, again.version, again.to_input())
        assert saved.full_name == "Tesco"
        assert case_file.export_case(target, "121000000101")["third_parties"] == [party]
    finally:
        other.dispose()


def test_a_one_word_employer_recorded_for_the_payer_is_offered_as_a_referral_subject(
    ctx: ServiceContext,
) -> None:
    """Enforcement Action – Consider, step 4: the employer named on the paying parent's record
    is matched by its whole name, one word too."""
    case = make_case(ctx, "121000000101")
    tesco = _party(ctx, ContactRole.EMPLOYER, "Tesco")
    payer = contacts.get_contact(ctx, case.paying_parent_id)
    data = payer.to_input()
    data.employer_name = " TESCO "
    contacts.update_contact(ctx, payer.id, payer.version, data)
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    subjects = decide.decide_screen(ctx, sr.id).subjects
    assert [(s.contact_id, s.name) for s in subjects if s.role is ContactRole.EMPLOYER] == [
        (tesco, "Tesco")
    ]
