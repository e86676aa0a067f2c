"""Third-party letters and their register (issue 10; Enforcement Action – Consider, steps 9-11)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import AddressType, DocumentType, SrStatus, StepOutcome
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.letters import (
    Cmel9251Variant,
    CouncilItem,
    LetterCode,
    RecipientKind,
)
from enforcement_desktop.services import contacts, letters
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import AppUser, Contact, Document, Letter
from tests.documents.helpers import open_docx
from tests.services.builders import make_case, make_case_manager

TODAY = date(2026, 11, 23)
DUE = TODAY + timedelta(days=14)


def _text(path: Path) -> str:
    document = open_docx(path)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    header = document.sections[0].header
    parts.extend(p.text for p in header.paragraphs)
    return "\n".join(parts)


def _decide_sr(ctx: ServiceContext, *, scin: str = "121000000101") -> int:
    """A Decide on enforcement action SR In Progress (its plan generated)."""
    make_case_manager(ctx)
    case = make_case(ctx, scin)
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == scin))
        assert payer is not None
        payer.employer_name = "Demoton Widgets Ltd"
        payer.nino = "QQ123456C"
        payer.date_of_birth = date(1980, 5, 1)
    sr = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    return sr.id


def _cmel9251(**changes: object) -> letters.LetterInput:
    values: dict[str, object] = {
        "code": LetterCode.CMEL9251,
        "recipient": RecipientKind.EMPLOYER,
        "reply_due": DUE,
        "recipient_address": ("Unit 4 Example Park", "Demoton", "ZZ99 2ZZ"),
        "information_about": "their earnings and pension",
        "variant": Cmel9251Variant.UNABLE_TO_TRACE,
        "include_nino": True,
        "include_date_of_birth": True,
    }
    values.update(changes)
    return letters.LetterInput(**values)  # type: ignore[arg-type]


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.reading() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Letter)) or 0),
            int(s.scalar(select(func.count()).select_from(Document)) or 0),
        )


def test_cmel9251_to_the_employer_is_written_registered_and_marks_the_step(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)

    sent = letters.send_letter(ctx, sr_id, _cmel9251(), tmp_path)

    assert sent.code is LetterCode.CMEL9251
    assert sent.recipient_kind is RecipientKind.EMPLOYER
    assert sent.recipient_name == "Demoton Widgets Ltd"  # the employer recorded
    assert (sent.sent_on, sent.reply_due, sent.reply_received_on) == (TODAY, DUE, None)
    assert sent.document_path == f"121000000101_CMEL9251_{sr_id}.docx"
    text = _text(tmp_path / sent.document_path)
    assert "Demoton Widgets Ltd" in text
    assert "We need information about Pat Testington" in text
    assert "their earnings and pension" in text
    assert "We have been unable to trace Pat Testington" in text
    assert "QQ123456C" in text and "01/05/1980" in text
    assert "Last known address" not in text  # TM_10659_E not chosen
    assert "investigating officers" in text
    assert "7 December 2026" in text
    assert "Our reference 121000000101" in text
    sr = srs.get_service_request(ctx, sr_id)
    (doc,) = sr.documents
    assert doc.doc_type is DocumentType.CMEL9251
    step = next(s for s in sr.steps if s.step_key == "letter_outbound")
    assert step.outcome is StepOutcome.DONE
    assert step.reason is not None and "CMEL9251 sent to Demoton Widgets Ltd" in step.reason
    assert letters.list_letters(ctx, sr_id) == (sent,)


def test_same_letter_twice_gets_a_new_file_and_a_second_register_entry(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    first = letters.send_letter(ctx, sr_id, _cmel9251(), tmp_path)
    second = letters.send_letter(
        ctx, sr_id, _cmel9251(variant=Cmel9251Variant.FAILED_TO_SUPPLY), tmp_path
    )
    assert first.document_path != second.document_path
    assert len(letters.list_letters(ctx, sr_id)) == 2
    text = _text(tmp_path / str(second.document_path))
    assert "We have asked Pat Testington for this information" in text


def test_a_bank_letter_by_a_case_manager_is_refused_and_nothing_is_saved(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    bank = _cmel9251(recipient=RecipientKind.BANK, recipient_name="Demoton Building Society")
    before = _counts(ctx)

    with pytest.raises(RuleViolation, match="Deduction Order Team or the Financial Investig"):
        letters.send_letter(ctx, sr_id, bank, tmp_path)

    assert _counts(ctx) == before
    assert not list(tmp_path.glob("*.docx"))
    with ctx.unit_of_work() as s:
        user = s.scalar(select(AppUser).where(AppUser.login == ctx.user))
        assert user is not None
        user.roles = "case_manager,financial_investigations_unit"
    sent = letters.send_letter(ctx, sr_id, bank, tmp_path)
    assert sent.recipient_name == "Demoton Building Society"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"reply_due": TODAY}, "reply_due", "after the letter is sent"),
        ({"reply_due": None}, "reply_due", "Set the date the reply is due"),
        ({"recipient": RecipientKind.RECEIVING_PARENT}, "recipient", "not sent to the receiv"),
        ({"variant": None}, "variant", "Choose"),
        ({"information_about": " "}, "information_about", "relates to"),
        (
            {"recipient": RecipientKind.THIRD_PARTY, "recipient_name": ""},
            "recipient_name",
            "Name the other third party",
        ),
    ],
)
def test_wrong_choices_are_refused_by_field_and_nothing_is_saved(
    ctx: ServiceContext, tmp_path: Path, changes: dict[str, object], field: str, message: str
) -> None:
    sr_id = _decide_sr(ctx)
    before = _counts(ctx)
    with pytest.raises(ValidationError) as caught:
        letters.send_letter(ctx, sr_id, _cmel9251(**changes), tmp_path)
    assert message in caught.value.errors[field]
    assert _counts(ctx) == before
    assert not list(tmp_path.glob("*.docx"))


def test_cmel9236_goes_to_the_receiving_parent_under_their_own_reference(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    with ctx.reading() as s:
        receiver_id = s.scalar(select(Contact.id).where(Contact.scin == "121000500101"))
    assert receiver_id is not None
    contacts.add_address(
        ctx,
        receiver_id,
        contacts.AddressInput(
            AddressType.CORRESPONDENCE, "2 Sample Road", town="Demoton", postcode="B16 8QQ"
        ),
    )
    data = letters.LetterInput(LetterCode.CMEL9236, RecipientKind.RECEIVING_PARENT, DUE)

    sent = letters.send_letter(ctx, sr_id, data, tmp_path)

    assert sent.recipient_name == "Robin Exampleton"
    assert sent.document_path == f"121000500101_CMEL9236_{sr_id}.docx"
    text = _text(tmp_path / sent.document_path)
    assert "Dear Robin Exampleton," in text
    assert "2 Sample Road" in text
    assert "Pat Testington owes £2,400.00" in text
    assert "121000500101" in text
    # Nothing about the paying parent beyond their name: not their SCIN, address or employer.
    for secret in ("121000000101", "Fictional Street", "Demoton Widgets", "QQ123456C"):
        assert secret not in text


def test_cmel9253_ticks_what_the_council_is_asked_for(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _decide_sr(ctx)
    data = letters.LetterInput(
        LetterCode.FT9253,
        RecipientKind.COUNCIL,
        DUE,
        recipient_name="Demoton Borough Council",
        council_items=frozenset({CouncilItem.COUNCIL_TAX}),
        include_address=True,
    )
    sent = letters.send_letter(ctx, sr_id, data, tmp_path)
    text = _text(tmp_path / str(sent.document_path))
    assert "\u2612\tWhether they are liable for council tax" in text
    assert "\u2610\tTheir current address" in text
    assert "1 Fictional Street" in text
    with pytest.raises(ValidationError, match="Tick at least one"):
        letters.send_letter(
            ctx,
            sr_id,
            dataclasses.replace(data, council_items=frozenset()),
            tmp_path,
        )


def test_a_reply_is_recorded_with_the_document_received(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id = _decide_sr(ctx)
    store = tmp_path / "store"
    sent = letters.send_letter(ctx, sr_id, _cmel9251(), store)
    reply = tmp_path / "reply from employer.pdf"
    reply.write_bytes(b"%PDF-1.4 fictional reply")

    with pytest.raises(ValidationError) as caught:
        letters.record_reply(ctx, sent.id, sent.version, TODAY - timedelta(days=1), store, reply)
    assert (
        "cannot come before the letter was sent (23/11/2026)" in caught.value.errors["received_on"]
    )
    assert not (store / "documents").exists()

    recorded = letters.record_reply(ctx, sent.id, sent.version, TODAY, store, reply)

    assert recorded.reply_received_on == TODAY
    assert recorded.reply_file_name == "reply from employer.pdf"
    assert recorded.reply_path is not None and recorded.reply_path.startswith(
        f"documents/sr-{sr_id}/"
    )
    assert (store / recorded.reply_path).read_bytes() == reply.read_bytes()
    assert recorded.document_path == sent.document_path


def test_overdue_when_the_reply_due_has_passed() -> None:
    row = letters.LetterDTO(
        1, 1, 1, LetterCode.CMEL9251, RecipientKind.EMPLOYER, "X", TODAY, "u", DUE, None,
        None, None, None,
    )  # fmt: skip
    assert not row.is_overdue(DUE)
    assert row.is_overdue(DUE + timedelta(days=1))


def test_the_sr_for_a_letter_is_the_clients_open_decide_sr(ctx: ServiceContext) -> None:
    sr_id = _decide_sr(ctx)
    assert letters.decide_sr_for(ctx, "121000000101", None) == sr_id
    with pytest.raises(RuleViolation, match="not one of SCIN"):
        make_case(ctx, "121000000202")
        other = _decide_sr_id_of(ctx, "121000000202")
        letters.decide_sr_for(ctx, "121000000101", other)


def _decide_sr_id_of(ctx: ServiceContext, scin: str) -> int:
    from enforcement_desktop.storage.models import Case

    with ctx.reading() as s:
        case_id = s.scalar(
            select(Case.id)
            .join(Contact, Case.paying_parent_id == Contact.id)
            .where(Contact.scin == scin)
        )
    assert case_id is not None
    return srs.create_service_request(
        ctx, case_id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    ).id
