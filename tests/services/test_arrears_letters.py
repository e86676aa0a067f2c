"""Arrears letters CMSL6031 / CMSL6038 / CMSL5511 sent from the Arrears Review (issue 11)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import DocumentType, SrStatus, SrSubStatus, Workflow
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import arrears_letters, contacts, letters, maintenance
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.maintenance import PaymentInput
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    Address,
    Case,
    Contact,
    Document,
    Letter,
    Note,
    Reminder,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW
from tests.services.builders import make_case, make_case_manager
from tests.services.test_letters import _text

TODAY = date(2026, 11, 23)
SCIN = "121000000101"
RECEIVER_SCIN = "121000500101"


def _arrears_review(ctx: ServiceContext) -> tuple[int, int]:
    """An Arrears Review SR (Open) on Pat Testington's case with Robin Exampleton; (sr, case)."""
    make_case_manager(ctx)
    case = make_case(ctx, SCIN)
    sr = srs.create_service_request(ctx, case.id, "Arrears", "Arrears Management", "Arrears Review")
    with ctx.unit_of_work() as s:
        receiver = s.scalar(select(Contact).where(Contact.scin == RECEIVER_SCIN))
        assert receiver is not None
    contacts.add_address(
        ctx,
        receiver.id,
        contacts.AddressInput(
            contacts.AddressType.RESIDENTIAL,
            "9 Imaginary Road",
            town="Sampleton",
            postcode="B1 1AA",
        ),
    )
    return sr.id, case.id


def _weeks_then_miss(ctx: ServiceContext, case_id: int, start: date, weeks: int) -> None:
    for i in range(weeks):
        day = start + timedelta(weeks=i)
        maintenance.record_payment(ctx, case_id, PaymentInput(day, "45", "45", day))
    maintenance.record_payment(
        ctx, case_id, PaymentInput(start + timedelta(weeks=weeks), "45", "10", TODAY)
    )


def _counts(ctx: ServiceContext) -> tuple[int, int]:
    with ctx.reading() as s:
        return (
            int(s.scalar(select(func.count()).select_from(Letter)) or 0),
            int(s.scalar(select(func.count()).select_from(Document)) or 0),
        )


def test_first_letter_is_cmsl6031_and_sending_it_waits_seven_days(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id, _case = _arrears_review(ctx)
    screen = arrears_letters.arrears_letter_advice(ctx, sr_id)
    assert screen.advice is not None and screen.advice.code is LetterCode.CMSL6031
    assert screen.sendable == (LetterCode.CMSL6031, LetterCode.CMSL6038, LetterCode.CMSL5511)

    sent = arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6031, tmp_path)

    assert sent.letter.code is LetterCode.CMSL6031
    assert sent.letter.recipient_kind is RecipientKind.PAYING_PARENT
    assert sent.letter.reply_due == TODAY + timedelta(days=7)
    assert sent.wait_until == date(2026, 11, 30) and sent.reminder_due is None
    assert sent.letter.document_path is not None
    text = _text(tmp_path / sent.letter.document_path)
    assert "Arrears notice" in text and "£2,400.00" in text and "Pat Testington" in text
    assert "1 Fictional Street" in text and SCIN in text
    # No third-party information: nothing about the receiving parent.
    for other in ("Robin", "Exampleton", "Imaginary", RECEIVER_SCIN):
        assert other not in text
    with ctx.reading() as s:
        sr = s.get(ServiceRequest, sr_id)
        assert sr is not None
        assert sr.status is SrStatus.WAIT
        assert sr.sub_status == SrSubStatus.WAIT_STATE_ARREARS_NOTICE
        assert sr.wait_until == date(2026, 11, 30)
        note = s.scalar(select(Note).where(Note.service_request_id == sr_id))
        assert note is not None
        assert note.text.startswith("CMSL6031 sent to the paying parent on 23/11/2026.")
        assert "The tool advised: No arrears letter has been sent" in note.text
        document = s.scalar(select(Document))
        assert document is not None and document.doc_type is DocumentType.CMSL6031
    # The register of the SR lists it like any letter.
    assert [x.code for x in letters.list_letters(ctx, sr_id)] == [LetterCode.CMSL6031]
    # Next: nothing until the 7 days pass with no response.
    after = arrears_letters.arrears_letter_advice(ctx, sr_id)
    assert after.advice is not None and after.advice.code is None
    assert [x.code for x in after.letters] == [LetterCode.CMSL6031]


def test_cmsl6038_after_twelve_weeks_of_compliance_then_a_miss(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id, case_id = _arrears_review(ctx)
    with ctx.unit_of_work() as s:
        s.add(
            Letter(
                case_id=case_id,
                service_request_id=sr_id,
                code=LetterCode.CMSL6031,
                recipient_kind=RecipientKind.PAYING_PARENT,
                recipient_name="Pat Testington",
                sent_on=date(2026, 6, 1),
                sent_by="test.user",
                reply_received_on=date(2026, 6, 4),
            )
        )
    _weeks_then_miss(ctx, case_id, date(2026, 8, 3), 14)
    screen = arrears_letters.arrears_letter_advice(ctx, sr_id)
    assert screen.advice is not None and screen.advice.code is LetterCode.CMSL6038
    assert "complied for 14 weeks" in screen.advice.reason
    assert len(screen.payments) == 15

    sent = arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6038, tmp_path)
    assert sent.letter.document_path is not None
    text = _text(tmp_path / sent.letter.document_path)
    assert "Pay immediately or face legal action" in text
    assert "09/11/2026" in text and "£45.00" in text and "£10.00" in text and "£35.00" in text
    assert "Robin" not in text and "Imaginary" not in text
    assert sent.wait_until == date(2026, 11, 30)


def test_a_letter_not_advised_needs_a_reason_which_is_recorded(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id, _case = _arrears_review(ctx)
    with pytest.raises(ValidationError) as caught:
        arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6038, tmp_path)
    message = caught.value.errors["override_reason"]
    assert message.startswith("CMSL6038 is not advised now: No arrears letter has been sent")
    assert message.endswith("To send it anyway, give the reason")
    assert _counts(ctx) == (0, 0)
    assert list(tmp_path.glob("**/*.docx")) == []

    sent = arrears_letters.send_arrears_letter(
        ctx,
        sr_id,
        LetterCode.CMSL6038,
        tmp_path,
        override_reason="CMSL6031 went from the legacy system in May; no reply since",
    )
    assert sent.letter.code is LetterCode.CMSL6038
    with ctx.reading() as s:
        note = s.scalar(select(Note).where(Note.service_request_id == sr_id))
        assert note is not None
        assert note.text.endswith(
            "Sent against the advice, because: CMSL6031 went from the legacy system in May; "
            "no reply since"
        )


def test_cmsl5511_to_the_receiving_parent_sets_the_seven_day_reminder(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    sr_id, _case = _arrears_review(ctx)
    sent = arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL5511, tmp_path)
    assert sent.letter.recipient_kind is RecipientKind.RECEIVING_PARENT
    assert sent.letter.recipient_name == "Robin Exampleton"
    assert sent.reminder_due == date(2026, 11, 30) and sent.wait_until is None
    assert sent.letter.document_path is not None
    text = _text(tmp_path / sent.letter.document_path)
    assert "Please contact us" in text and "Robin Exampleton" in text and RECEIVER_SCIN in text
    assert "9 Imaginary Road" in text
    # Nothing about the paying parent: their name, SCIN and address are not the reader's.
    for other in ("Pat", "Testington", SCIN, "Fictional Street"):
        assert other not in text
    with ctx.reading() as s:
        reminder = s.scalar(select(Reminder).where(Reminder.service_request_id == sr_id))
        assert reminder is not None and reminder.due_on == date(2026, 11, 30)
        assert "CMSL5511 sent to the receiving parent on 23/11/2026" in reminder.note
        sr = s.get(ServiceRequest, sr_id)
        assert sr is not None and sr.status is SrStatus.OPEN  # no wait for CMSL5511


def test_no_address_and_closed_sr_are_field_errors(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id, _case = _arrears_review(ctx)
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == SCIN))
        assert payer is not None
        for address in s.scalars(select(Address).where(Address.contact_id == payer.id)):
            address.is_current = False
    with pytest.raises(ValidationError) as caught:
        arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6031, tmp_path)
    assert caught.value.errors["address"].startswith(
        "The paying parent has no current address to write to"
    )
    sr = srs.get_service_request(ctx, sr_id)
    srs.change_status(ctx, sr_id, sr.version, SrStatus.CANCELLED)
    with pytest.raises(ValidationError) as closed:
        arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL5511, tmp_path)
    assert (
        "letters are sent from a service request still being worked" in closed.value.errors["code"]
    )
    assert _counts(ctx) == (0, 0)


def test_arrears_notices_are_not_sent_from_other_srs(ctx: ServiceContext, tmp_path: Path) -> None:
    make_case_manager(ctx)
    case = make_case(ctx, SCIN)
    decide = srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    )
    screen = arrears_letters.arrears_letter_advice(ctx, decide.id)
    assert screen.advice is None and screen.sendable == ()
    with pytest.raises(ValidationError) as caught:
        arrears_letters.send_arrears_letter(ctx, decide.id, LetterCode.CMSL6031, tmp_path)
    assert caught.value.errors == {"code": "CMSL6031 is sent from an Arrears review SR"}


def test_showcase_11_is_advised_cmsl6038(db: Database, tmp_path: Path) -> None:
    """Showcase client 121000000011 (the demo): CMSL6031 answered, 14 weeks of compliance,
    then a missed payment, so CMSL6038 is advised on its Arrears Review."""
    demo.build_demo(db, today=TODAY, cases=0, user="test.user")
    ctx = ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)
    with ctx.reading() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == "121000000011"))
        assert payer is not None
        sr_id = s.scalar(
            select(ServiceRequest.id)
            .join(ServiceRequest.case)
            .where(
                ServiceRequest.workflow == Workflow.ARREARS_REVIEW,
                Case.paying_parent_id == payer.id,
            )
        )
        assert sr_id is not None
    screen = arrears_letters.arrears_letter_advice(ctx, sr_id)
    assert screen.advice is not None and screen.advice.code is LetterCode.CMSL6038
    assert "complied for 14 weeks" in screen.advice.reason
    assert "£10.00 paid of £45.00" in screen.advice.reason
    assert [x.code for x in screen.letters] == [LetterCode.CMSL6031]
    assert len(screen.payments) == 15


def test_the_panel_is_read_in_a_fixed_number_of_statements(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    from tests.services.test_screens import counted

    sr_id, case_id = _arrears_review(ctx)
    arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL5511, tmp_path)
    with counted(ctx.db) as one:
        arrears_letters.arrears_letter_advice(ctx, sr_id)
    arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL5511, tmp_path)
    arrears_letters.send_arrears_letter(ctx, sr_id, LetterCode.CMSL6031, tmp_path)
    _weeks_then_miss(ctx, case_id, date(2026, 8, 3), 14)
    with counted(ctx.db) as many:
        screen = arrears_letters.arrears_letter_advice(ctx, sr_id)
    assert len(screen.letters) == 3 and len(screen.payments) == 15
    selects = [s for s in many if s.lstrip().upper().startswith("SELECT")]
    assert len(many) == len(one) and len(selects) == 4
