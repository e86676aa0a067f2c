"""The client read model: what the single-purpose services say, in a fixed number of statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

import pytest
from sqlalchemy import event

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import Scheme
from enforcement_desktop.domain.errors import NotFoundError
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
from enforcement_desktop.services.bailiff import pack_candidates
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
SHOWCASE = [f"1210000000{n:02d}" for n in range(1, 9)]
#: Statements to read a paying parent's screen, whatever the number of their cases.
MAX_STATEMENTS = 12


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


def test_an_unknown_client_is_not_found(demo_ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        screens.client_screen(demo_ctx, 10**9)
