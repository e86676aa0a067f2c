"""A client's history: every recorded change, note and document, in words, newest first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    DocumentType,
    InformationSource,
    OrderStatus,
    OrderType,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.services import (
    appeals,
    assets,
    bailiff,
    cases,
    contacts,
    legacy,
    notes,
    orders,
    reminders,
)
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.history import (
    HistoryEntry,
    HistoryKind,
    HistoryLink,
    client_history,
    field_label,
    read_client_history,
)
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW
from tests.regions import seed_test_regions
from tests.services import test_bailiff as bailiff_flow
from tests.services.builders import (
    add_case,
    make_asset,
    make_case,
    make_case_manager,
    make_paying_parent,
)
from tests.services.test_bailiff import SCIN, TODAY, Client, later
from tests.services.test_screens import counted

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
# The bailiff tests' client, referred, packed and sent to the bailiff (their fixtures).
client = bailiff_flow.client
letters = bailiff_flow.letters
out = bailiff_flow.out
prepared = bailiff_flow.prepared
packed = bailiff_flow.packed
sent = bailiff_flow.sent

#: Statements to read a client's history, whatever it holds.
MAX_STATEMENTS = 16


def ticking(db: Database) -> ServiceContext:
    """A context whose clock moves a minute per reading, so events have an order in time."""
    moments = (FIXED_NOW + timedelta(minutes=n) for n in range(10_000))
    return seed_test_regions(ServiceContext(db, "test.user", clock=lambda: next(moments)))


def find(entries: list[HistoryEntry], test: Callable[[HistoryEntry], bool]) -> HistoryEntry:
    found = [e for e in entries if test(e)]
    assert found, "no such entry in:\n" + "\n".join(e.what for e in entries)
    return found[0]


def test_a_change_reads_in_words_with_who_and_which_case(ctx: ServiceContext) -> None:
    make_case_manager(ctx, display_name="Morgan Testwell")
    case = make_case(ctx)
    data = cases.CaseInput(
        scheme=case.scheme, region=case.region, arrears_balance=Decimal("950.00")
    )
    cases.update_case(ctx, case.id, case.version, data)

    entry = find(client_history(ctx, case.paying_parent_id), lambda e: "Arrears" in e.what)

    assert entry.what == "Arrears balance: £2,400.00 → £950.00"
    assert (entry.old, entry.new) == ("£2,400.00", "£950.00")
    assert entry.kind == HistoryKind.CHANGE
    assert (entry.case_id, entry.case) == (case.id, f"Case {case.id}")
    assert (entry.user, entry.who) == ("test.user", "Morgan Testwell")
    assert entry.at == FIXED_NOW
    assert entry.link == HistoryLink("case", case.id)


def test_an_sr_status_change_and_a_step_name_the_sr(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    step = sr.steps[0]
    srs.update_step(ctx, step.id, step.version, StepOutcome.DONE, "Balance checked")

    history = client_history(ctx, case.paying_parent_id)

    status = find(history, lambda e: e.kind == HistoryKind.STATUS and "status" in e.what)
    assert status.what == f"SR {sr.id} Bailiff: status Open → In Progress"
    assert status.link == HistoryLink("service_request", sr.id)
    opened = find(history, lambda e: e.what.endswith("opened") and "SR" in e.what)
    assert opened.what == f"SR {sr.id} Bailiff opened"
    outcome = find(history, lambda e: e.kind == HistoryKind.STEP and "outcome" in e.what)
    assert outcome.what == (f"SR {sr.id} Bailiff, step “{step.title}”: outcome Pending → Done")
    assert outcome.link == HistoryLink("service_request", sr.id)
    # Who and when are the entry's own: the step's "completed by/at" are not repeated.
    assert not [e for e in history if "completed" in e.what.lower()]


def test_the_clients_own_records_show_without_a_case(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    payer = contacts.get_contact(ctx, case.paying_parent_id)
    changed = replace(payer.to_input(), phone="020 7946 0000")
    contacts.update_contact(ctx, payer.id, payer.version, changed)

    entry = find(client_history(ctx, payer.id), lambda e: "Phone" in e.what)

    assert entry.what == "Phone: — → 020 7946 0000"
    assert (entry.case_id, entry.case) == (None, "")
    assert entry.link == HistoryLink("contact", payer.id)


def test_notes_and_documents_appear_once_with_their_text_and_file(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    notes.add_note(ctx, "Phoned the employer.\nNo answer.", service_request_id=sr.id)
    notes.add_note(ctx, "Prefers letters", contact_id=case.paying_parent_id)
    with ctx.unit_of_work() as session:
        srs.record_document(
            session,
            ctx,
            case_id=case.id,
            sr_id=sr.id,
            doc_type=DocumentType.CMEL8010,
            file_name="CMEL8010 1 of 1.docx",
            path="/tmp/history-test/CMEL8010 1 of 1.docx",
            sha256="ab" * 32,
        )

    history = client_history(ctx, case.paying_parent_id)

    sr_note = find(history, lambda e: "employer" in e.what)
    assert sr_note.what == f"Note on SR {sr.id} Bailiff: Phoned the employer. No answer."
    assert (sr_note.kind, sr_note.case_id) == (HistoryKind.NOTE, case.id)
    assert sr_note.link == HistoryLink("service_request", sr.id)
    client_note = find(history, lambda e: "letters" in e.what)
    assert client_note.what == "Note on the client: Prefers letters"
    document = find(history, lambda e: e.kind == HistoryKind.DOCUMENT)
    assert document.what == (
        f"CMEL8010 Referral to bailiff written for SR {sr.id} Bailiff: "
        f"CMEL8010 1 of 1.docx; SHA-256 {'ab' * 32}"
    )
    # The events saying a note or a document was created are not shown a second time.
    assert len([e for e in history if "Note" in e.what]) == 2
    assert len([e for e in history if "CMEL8010" in e.what]) == 1


def test_newest_first(db: Database) -> None:
    ctx = ticking(db)
    case = make_case(ctx)
    notes.add_note(ctx, "First", case_id=case.id)
    notes.add_note(ctx, "Second", case_id=case.id)

    history = client_history(ctx, case.paying_parent_id)

    times = [e.at for e in history]
    assert times == sorted(times, reverse=True)
    assert history[0].what == "Note on the case: Second"
    assert history[1].what == "Note on the case: First"
    assert history[-1].what == "Client record created"


def test_a_receiving_parent_sees_their_cases_not_the_paying_parents_own_records(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    receiver_id = case.receiving_parents[0].contact_id
    notes.add_note(ctx, "About the case", case_id=case.id)

    history = client_history(ctx, receiver_id)

    assert find(history, lambda e: e.what == "Note on the case: About the case")
    assert not [e for e in history if e.link == HistoryLink("contact", case.paying_parent_id)]
    assert not [e for e in history if "1 Fictional Street" in e.what]


def test_unknown_fields_read_as_words() -> None:
    assert field_label("arrears_balance") == "Arrears balance"
    assert field_label("lo_current_arrears_balance") == "LO Current Arrears Bal"
    assert field_label("some_new_field") == "Some new field"
    assert field_label("nrp_reply_due_on") == "NRP reply due on"


def test_the_heading_names_the_client(ctx: ServiceContext) -> None:
    case = make_case(ctx, "121000000777")
    history = read_client_history(ctx, case.paying_parent_id)
    assert (history.scin, history.name) == ("121000000777", "Pat Testington")
    assert history.entries


def test_an_unknown_client_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        client_history(ctx, 999_999)


def _busy_case(ctx: ServiceContext, payer_id: int, n: int) -> None:
    case = add_case(ctx, payer_id, f"12100000{n:04d}", receiver_last=f"Example{n}")
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    srs.update_step(ctx, sr.steps[0].id, sr.steps[0].version, StepOutcome.DONE)
    notes.add_note(ctx, f"Note {n}", service_request_id=sr.id)
    with ctx.unit_of_work() as session:
        srs.record_document(
            session,
            ctx,
            case_id=case.id,
            sr_id=sr.id,
            doc_type=DocumentType.CMEL8011,
            file_name=f"CMEL8011 {n}.pdf",
            path=f"/tmp/history-test/CMEL8011 {n}.pdf",
            sha256=f"{n:064d}",
        )


def test_the_number_of_statements_does_not_grow_with_the_history(ctx: ServiceContext) -> None:
    payer = make_paying_parent(ctx, "121000000101")
    _busy_case(ctx, payer, 1)
    with counted(ctx.db) as with_one:
        one = client_history(ctx, payer)
    for n in range(2, 7):
        _busy_case(ctx, payer, n)
    with counted(ctx.db) as with_six:
        six = client_history(ctx, payer)

    assert len(six) > 3 * len(one) / 2
    assert len(with_six) == len(with_one) <= MAX_STATEMENTS


def test_a_letter_is_one_entry_with_its_file(ctx: ServiceContext) -> None:
    payer = make_paying_parent(ctx, "121000000101")
    _busy_case(ctx, payer, 1)
    letter = find(client_history(ctx, payer), lambda e: e.kind == HistoryKind.LETTER)
    assert letter.what.startswith("CMEL8011 Bailiff action (receiving parent) written for SR ")
    assert letter.what.endswith(f"CMEL8011 1.pdf; SHA-256 {1:064d}")


def test_a_bailiff_referral_reads_as_status_steps_outcome_and_letters(
    ctx: ServiceContext, client: Client, sent: list[int], letters: Path
) -> None:
    ctx30 = later(ctx, 30)
    sr = srs.get_service_request(ctx30, sent[2])
    bailiff.record_outcome(
        ctx30,
        sr.id,
        sr.version,
        outcome=BailiffOutcome.SUCCESSFUL,
        outcome_type=BailiffOutcomeType.PAID_IN_FULL,
        outcome_date=TODAY + timedelta(days=29),
    )
    bailiff.send_cmel8039(ctx30, sr.id, letters)

    history = client_history(ctx30, client.payer_id)

    outcome = find(history, lambda e: e.kind == HistoryKind.OUTCOME and "outcome " in e.what)
    assert outcome.what == f"SR {sr.id} Bailiff: bailiff outcome — → Successful"
    assert outcome.link == HistoryLink("service_request", sr.id)
    letter_lines = [e.what for e in history if "CMEL8039" in e.what]
    # One line per letter written (two receiving parents), each with its file and SHA-256;
    # the "CMEL8039 sent" events say the same and are not repeated.
    assert len(letter_lines) == 2
    assert all("SHA-256 " in line for line in letter_lines)
    pack = find(history, lambda e: e.what.startswith("Bailiff pack written: "))
    assert pack.kind == HistoryKind.DOCUMENT
    assert pack.what.startswith(f"Bailiff pack written: {SCIN}EastMidlands.zip; SHA-256 ")
    kinds = {e.kind for e in history}
    assert {HistoryKind.STATUS, HistoryKind.STEP, HistoryKind.LETTER} <= kinds
    for entry in history:
        # Column names never reach the reader.
        assert "_" not in entry.what.split(":")[0], entry.what


# --------------------------------------------------------------------------- fields added later


def test_a_sanctions_orders_terms_and_cases_read_in_words(ctx: ServiceContext) -> None:
    first = make_case(ctx, "121000000301")
    second = add_case(ctx, first.paying_parent_id, "121000000302", receiver_last="Otherton")
    data = orders.OrderInput(
        OrderType.SANCTIONS_ORDER,
        OrderStatus.GRANTED,
        reference="SO/2026/7",
        granted_on=date(2026, 5, 20),
        amount=Decimal("1200.00"),
        instalment_amount=Decimal("100.00"),
        instalment_period=SanctionsPeriod.MONTHLY,
        first_due_on=date(2026, 6, 1),
        case_ids=(first.id,),
    )
    order = orders.create_order(ctx, first.id, data)
    data.instalment_amount = Decimal("150.00")
    data.instalment_period = SanctionsPeriod.FOUR_WEEKLY
    data.first_due_on = date(2026, 7, 1)
    data.case_ids = (first.id, second.id)
    orders.update_order(ctx, order.id, order.version, data)

    entries = client_history(ctx, first.paying_parent_id)
    amount = find(entries, lambda e: "instalment amount" in e.what)
    assert amount.what.endswith(": instalment amount £100.00 → £150.00")
    assert (amount.old, amount.new) == ("£100.00", "£150.00")
    period = find(entries, lambda e: "instalment period" in e.what)
    assert (period.old, period.new) == ("Monthly", "Every 4 weeks")
    due = find(entries, lambda e: "first instalment due" in e.what)
    assert (due.old, due.new) == ("01/06/2026", "01/07/2026")
    covered = find(entries, lambda e: "cases covered" in e.what)
    assert (covered.old, covered.new) == ("—", f"Case {second.id}")
    assert not [e.what for e in entries if "_" in e.what]  # no column name left


def test_an_appeals_hearing_date_reads_as_a_date(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    appeal = appeals.create_appeal(ctx, case.id, appeals.AppealInput(lodged_on=date(2026, 11, 2)))
    appeals.update_appeal(
        ctx,
        appeal.id,
        appeal.version,
        appeals.AppealInput(lodged_on=date(2026, 11, 2), hearing_on=date(2027, 1, 12)),
    )
    entry = find(client_history(ctx, case.paying_parent_id), lambda e: "hearing" in e.what)
    assert entry.what == "Appeal lodged 02/11/2026: hearing date — → 12/01/2027"


def test_a_reminder_reads_with_its_date_and_whose_it_is(ctx: ServiceContext) -> None:
    make_case_manager(ctx, display_name="Morgan Testwell")
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    reminder = reminders.add_reminder(ctx, sr.id, date(2026, 12, 1), "Ring the bailiff")
    reminders.complete_reminder(ctx, reminder.id, reminder.version)

    entries = client_history(ctx, case.paying_parent_id)
    added = find(entries, lambda e: e.what.startswith("Reminder set"))
    assert added.what == "Reminder set: due 01/12/2026 for Morgan Testwell"
    done = find(entries, lambda e: "done on" in e.what)
    assert done.what == "Reminder: done on — → 23/11/2026"
    by = find(entries, lambda e: "done by" in e.what)
    assert by.new == "Morgan Testwell"


def test_an_asset_about_to_be_disposed_of_reads_in_words(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    asset_id = make_asset(ctx, case.paying_parent_id)
    version = assets.get_asset(ctx, asset_id).version
    legacy.flag_imminent_disposal(
        ctx, asset_id, version, date(2026, 11, 20), InformationSource.LAND_REGISTRY
    )
    entries = client_history(ctx, case.paying_parent_id)
    noted = find(entries, lambda e: "about to be disposed of" in e.what)
    assert (noted.old, noted.new) == ("—", "20/11/2026")
    source = find(entries, lambda e: "disposal" in e.what and "source" in e.what)
    assert source.new == InformationSource.LAND_REGISTRY.label


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("instalment_amount", "Instalment amount"),
        ("hearing_on", "Hearing date"),
        ("sensitive", "Sensitive case (Special Client Records)"),
        ("reply_received_on", "Reply received on"),
        ("subject_contact_id", "Raised on"),
        ("imminent_disposal_on", "About to be disposed of (noted on)"),
    ],
)
def test_fields_added_later_have_their_names(field: str, label: str) -> None:
    assert field_label(field) == label
