"""The client read model: what the single-purpose services say, in a fixed number of statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from enforcement_desktop import demo
from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import DocumentType, Scheme, Workflow
from enforcement_desktop.domain.errors import NotFoundError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import (
    appeals,
    assets,
    cases,
    contacts,
    notes,
    options,
    orders,
    screens,
)
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.bailiff import bailiff_state, pack_candidates
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import ActivityStep, Letter
from tests.conftest import FIXED_NOW
from tests.services.builders import add_case, make_asset, make_case, make_lo, make_paying_parent

TODAY = FIXED_NOW.date()
SHOWCASE = [f"1210000000{n:02d}" for n in range(1, 9)]
#: Statements to read a paying parent's screen, whatever the number of their cases (the 7th:
#: sanctions orders of another case that cover one of theirs, issue 10; the 8th: the names of
#: the case managers, SR owners and note authors, issue 11).
MAX_STATEMENTS = 8
#: Statements to read one service request's screen, whatever it holds (the 6th: its letters
#: register, issue 10; their documents come with the SR's; the 7th: the names of the people it
#: mentions, issue 11).
MAX_SR_STATEMENTS = 7
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


@pytest.fixture
def demo_ctx(db: Database) -> ServiceContext:
    demo.build_demo(db, today=TODAY, cases=0, user="test.user")
    return ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        statements.append(sql)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.mark.parametrize("scin", SHOWCASE)
def test_the_screen_says_what_each_service_says(demo_ctx: ServiceContext, scin: str) -> None:
    contact = contacts.find_contact_by_scin(demo_ctx, scin)
    screen = screens.client_screen(demo_ctx, contact.id)

    assert screen.contact == contacts.get_contact(demo_ctx, contact.id)
    client_cases = cases.cases_for_contact(demo_ctx, contact.id)
    assert [c.case for c in screen.cases] == client_cases
    for case_screen, case in zip(screen.cases, client_cases, strict=True):
        assert list(case_screen.orders) == orders.list_orders(demo_ctx, case.id)
        assert list(case_screen.appeals) == appeals.list_appeals(demo_ctx, case.id)
        assert list(case_screen.service_requests) == srs.list_for_case(demo_ctx, case.id)
        assert list(case_screen.options) == options.case_options(demo_ctx, case.id)
        payer = case.paying_parent_scin
        assert case_screen.has_unsent_bailiff == bool(payer and pack_candidates(demo_ctx, payer))
    assert list(screen.assets) == assets.list_assets(demo_ctx, contact.id)
    assert list(screen.notes) == notes.list_notes(demo_ctx, contact_id=contact.id)


def test_a_receiving_parent_sees_the_cases_they_receive_on(demo_ctx: ServiceContext) -> None:
    payer = contacts.find_contact_by_scin(demo_ctx, SHOWCASE[0])
    case = cases.cases_for_contact(demo_ctx, payer.id)[0]
    receiver_id = case.receiving_parents[0].contact_id
    screen = screens.client_screen(demo_ctx, receiver_id)
    assert [c.case.id for c in screen.cases] == [case.id]
    assert screen.contact.id == receiver_id


def test_the_number_of_statements_does_not_grow_with_the_cases(
    demo_ctx: ServiceContext,
) -> None:
    # 121000000001: LOs with payments, a vehicle, assets, Bailiff SRs, notes.
    client = contacts.find_contact_by_scin(demo_ctx, SHOWCASE[0])
    first = cases.cases_for_contact(demo_ctx, client.id)[0]
    with counted(demo_ctx.db) as with_one_case:
        screens.client_screen(demo_ctx, client.id)

    receiver = first.receiving_parents[0].contact_id
    for _ in range(4):
        added = cases.create_case(
            demo_ctx,
            client.id,
            cases.CaseInput(scheme=Scheme.CMS_2012, region="Midlands", arrears_balance=Decimal(1)),
            [receiver],
        )
        srs.create_service_request(
            demo_ctx, added.id, "Enforcement", "Take Enforcement Action", "Bailiff"
        )
    with counted(demo_ctx.db) as with_five_cases:
        screen = screens.client_screen(demo_ctx, client.id)

    assert len(screen.cases) == 5
    assert len(with_one_case) == len(with_five_cases), "\n\n".join(with_five_cases)
    # Reads only, in one transaction (BEGIN and COMMIT are not cursor executions).
    assert all(s.lstrip().upper().startswith("SELECT") for s in with_five_cases)
    assert len(with_five_cases) <= MAX_STATEMENTS, "\n\n".join(with_five_cases)


def test_a_receiving_parent_sees_the_paying_parents_unsent_bailiff_sr_on_another_case(
    ctx: ServiceContext,
) -> None:
    payer = make_paying_parent(ctx, "121000000901")
    shared = add_case(ctx, payer, "121000000902")
    other = add_case(ctx, payer, "121000000903", receiver_last="Otherton")
    srs.create_service_request(ctx, other.id, *BAILIFF)
    assert pack_candidates(ctx, "121000000901")

    receiver = shared.receiving_parents[0].contact_id
    (shown,) = screens.client_screen(ctx, receiver).cases
    # The paying parent's Bailiff SR waits to be sent, although on a case the client is not on.
    assert shown.case.id == shared.id
    assert shown.has_unsent_bailiff


def test_a_receiving_parents_statements_do_not_grow_with_the_paying_parents(
    ctx: ServiceContext,
) -> None:
    first = add_case(ctx, make_paying_parent(ctx, "121000000911"), "121000000912")
    receiver = first.receiving_parents[0].contact_id
    with counted(ctx.db) as with_one_payer:
        screens.client_screen(ctx, receiver)

    for n in (3, 5):
        other = add_case(ctx, make_paying_parent(ctx, f"1210000009{n}1"), f"1210000009{n}2")
        cases.add_receiving_parent(ctx, other.id, other.version, receiver)
    with counted(ctx.db) as with_three_payers:
        screen = screens.client_screen(ctx, receiver)

    assert len(screen.cases) == 3
    assert len({c.case.paying_parent_id for c in screen.cases}) == 3
    assert len(with_one_payer) == len(with_three_payers), "\n\n".join(with_three_payers)


def test_an_unknown_client_is_not_found(demo_ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        screens.client_screen(demo_ctx, 10**9)


# --------------------------------------------------------------------------- one service request


def _showcase_srs(ctx: ServiceContext) -> list[srs.ServiceRequestDTO]:
    found = []
    for scin in SHOWCASE:
        client = contacts.find_contact_by_scin(ctx, scin)
        for case in cases.cases_for_contact(ctx, client.id):
            found.extend(srs.list_for_case(ctx, case.id))
    return found


def test_the_sr_screen_says_what_each_service_says(demo_ctx: ServiceContext) -> None:
    shown = _showcase_srs(demo_ctx)
    assert {sr.workflow for sr in shown} >= {Workflow.BAILIFF, Workflow.DECIDE_ENFORCEMENT}
    for listed in shown:
        screen = screens.service_request_screen(demo_ctx, listed.id)
        sr = srs.get_service_request(demo_ctx, listed.id)
        assert screen.service_request == sr
        assert list(screen.notes) == notes.list_notes(demo_ctx, service_request_id=sr.id)
        assert list(screen.orders) == [
            o for o in orders.list_orders(demo_ctx, sr.case_id) if o.sr_association.allowed
        ]
        payer = cases.get_case(demo_ctx, sr.case_id).paying_parent_id
        assert list(screen.linkable_assets) == [
            a
            for a in assets.list_assets(demo_ctx, payer)
            if assets.link_verdict(a, sr.id, sr.status).link.allowed
        ]
        assert screen.bailiff == bailiff_state(sr)
    # The showcase holds SRs with something to link and something already linked.
    assert any(screens.service_request_screen(demo_ctx, s.id).linkable_assets for s in shown)
    assert any(srs.get_service_request(demo_ctx, s.id).assets for s in shown)


def _add_to_sr(ctx: ServiceContext, sr_id: int, case_id: int, payer_id: int, n: int) -> None:
    """``n`` more of everything the SR screen lists: steps, notes, documents (each the document
    of a letter), LOs, assets."""
    template = workflows.plan_template(Workflow.BAILIFF)
    with ctx.unit_of_work() as session:
        have = len(
            session.scalars(
                select(ActivityStep).where(ActivityStep.service_request_id == sr_id)
            ).all()
        )
        for step in template[have : have + n]:
            session.add(
                ActivityStep(
                    service_request_id=sr_id,
                    position=template.index(step) + 1,
                    step_key=step.key,
                    title=step.title,
                )
            )
        for i in range(n):
            document = srs.record_document(
                session,
                ctx,
                case_id=case_id,
                sr_id=sr_id,
                doc_type=DocumentType.CMEL8011,
                file_name=f"letter-{have}-{i}.pdf",
                path=f"/nowhere/letter-{have}-{i}.pdf",
                sha256="0" * 64,
            )
            session.add(
                Letter(
                    case_id=case_id,
                    service_request_id=sr_id,
                    code=LetterCode.CMEL9251,
                    recipient_kind=RecipientKind.EMPLOYER,
                    recipient_name=f"Employer {have}-{i}",
                    sent_on=TODAY,
                    sent_by=ctx.user,
                    document_id=document.id,
                )
            )
    for i in range(n):
        notes.add_note(ctx, f"Note {have}-{i}", service_request_id=sr_id)
        order_id = make_lo(ctx, case_id, reference=f"LO/2024/{have:02d}{i:02d}")
        orders.add_payment(ctx, order_id, TODAY, Decimal("10.00"))
        assets.link_asset_to_sr(ctx, sr_id, make_asset(ctx, payer_id))
        make_asset(ctx, payer_id)  # and one left to link


def test_the_sr_screen_reads_the_same_statements_for_one_or_three_of_each(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    _add_to_sr(ctx, sr.id, case.id, case.paying_parent_id, 1)
    with counted(ctx.db) as with_one:
        one = screens.service_request_screen(ctx, sr.id)
    _add_to_sr(ctx, sr.id, case.id, case.paying_parent_id, 2)
    with counted(ctx.db) as with_three:
        three = screens.service_request_screen(ctx, sr.id)

    shown = one.service_request
    assert (len(shown.steps), len(shown.documents), len(shown.assets)) == (1, 1, 1)
    assert (len(one.notes), len(one.orders), len(one.linkable_assets)) == (1, 1, 1)
    assert [x.document_path for x in one.letters] == [d.path for d in shown.documents]
    shown = three.service_request
    assert (len(shown.steps), len(shown.documents), len(shown.assets)) == (3, 3, 3)
    assert (len(three.notes), len(three.orders), len(three.linkable_assets)) == (3, 3, 3)
    assert all(len(o.payments) == 1 for o in three.orders)
    assert len(three.letters) == 3 and all(x.document_path for x in three.letters)
    assert len(with_one) == len(with_three), "\n\n".join(with_three)
    assert all(s.lstrip().upper().startswith("SELECT") for s in with_three)
    assert len(with_three) <= MAX_SR_STATEMENTS, "\n\n".join(with_three)


def test_an_unknown_service_request_is_not_found(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        screens.service_request_screen(ctx, 10**9)
