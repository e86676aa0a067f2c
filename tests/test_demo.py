"""Demo data: the showcase clients carry their one feature, everything is fictional and
deterministic, and the generator keeps to the services' rules."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.dates import add_months
from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AddressType,
    AppealStatus,
    AssetType,
    BailiffOutcomeType,
    ContactRole,
    CourtKind,
    EmploymentStatus,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    SrStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.rules import sanctions_compliance
from enforcement_desktop.domain.values import (
    check_nino,
    check_postcode,
    check_registration,
    check_scin,
)
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.options import order_facts
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    Address,
    Case,
    Contact,
    Court,
    DatabaseInfo,
    EnforcementOrder,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW

from enforcement_desktop import demo  # isort: skip

TODAY = FIXED_NOW.date()
USER = "test.user"


def build(path: Path, cases: int = demo.DEFAULT_CASES, seed: int = demo.DEFAULT_SEED) -> None:
    summary = demo.create_demo_database(
        f"sqlite:///{path}", today=TODAY, cases=cases, seed=seed, user=USER
    )
    assert summary is not None


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    build(path)
    database = Database(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def session(demo_db: Database) -> Iterator[Session]:
    with demo_db.sessions() as s:
        yield s


def case_of(session: Session, scin: str) -> Case:
    case = session.scalar(
        select(Case)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(Contact.scin == scin)
        .options(
            selectinload(Case.paying_parent).selectinload(Contact.addresses),
            selectinload(Case.orders).selectinload(EnforcementOrder.payments),
            selectinload(Case.service_requests).selectinload(ServiceRequest.steps),
        )
    )
    assert case is not None, scin
    return case


def balance(order: EnforcementOrder) -> Decimal:
    return order.amount + order.costs - sum((p.amount for p in order.payments), Decimal("0"))


def granted_los(case: Case) -> list[EnforcementOrder]:
    return [
        o
        for o in case.orders
        if o.order_type == OrderType.LIABILITY_ORDER and o.status == OrderStatus.GRANTED
    ]


def nulla_bona_dates(case: Case) -> list[date]:
    return [
        sr.enforce_form.nulla_bona_received_on
        for sr in case.service_requests
        if sr.enforce_form is not None
        and sr.enforce_form.nulla_bona_received
        and sr.enforce_form.nulla_bona_received_on is not None
    ]


def assert_clean(case: Case, *, but: str = "") -> None:
    """The showcase client has no feature other than ``but``."""
    parent = case.paying_parent
    if but != "scotland":
        assert parent.jurisdiction == Jurisdiction.ENGLAND
    if but != "dlo":
        current = [a for a in parent.addresses if a.is_current]
        assert any(a.address_type == AddressType.RESIDENTIAL and a.confident for a in current)
        assert all(a.marker == AddressMarker.NONE for a in current)
    if but != "appeal":
        assert not [a for a in case.appeals if a.status == AppealStatus.OPEN]
    if but != "sanctions":
        assert not [o for o in case.orders if o.order_type == OrderType.SANCTIONS_ORDER]
    if but != "nulla_bona":
        assert nulla_bona_dates(case) == []
    los = granted_los(case)
    assert los, "every showcase client has a granted liability order"
    for order in los:
        assert balance(order) > Decimal("500.00")
        assert order.court is not None and order.court.kind == CourtKind.MAGISTRATES
    assert case.arrears_balance >= sum((balance(o) for o in los), Decimal("0"))
    assert 1 <= len(case.receiving_parent_links) <= 2


def test_showcase_1_ready_for_bailiff(session: Session) -> None:
    case = case_of(session, "121000000001")
    assert_clean(case)
    parent = case.paying_parent
    los = granted_los(case)
    cms = [o for o in los if o.origin == OrderOrigin.CMS]
    csa = [o for o in los if o.origin == OrderOrigin.CSA]
    assert len(cms) == 2 and len(csa) == 1
    assert len({o.granted_on.year for o in cms if o.granted_on}) == 2
    assert parent.vehicles
    assert parent.pv_marker and parent.pv_control_measures
    assert parent.assets


def test_showcase_2_complied_sanctions_order(session: Session) -> None:
    case = case_of(session, "121000000002")
    assert_clean(case, but="sanctions")
    (sanctions,) = [o for o in case.orders if o.order_type == OrderType.SANCTIONS_ORDER]
    assert sanctions.status == OrderStatus.GRANTED
    assert sanctions.payment_terms
    # Complied with, as worked out from its terms and the payments recorded.
    kept = sanctions_compliance(order_facts(sanctions), TODAY)
    assert kept is not None and kept.complied and kept.due > 0


def test_showcase_12_sanctions_order_over_two_cases_breached(session: Session) -> None:
    payer = session.scalar(select(Contact).where(Contact.scin == "121000000012"))
    assert payer is not None
    cases = session.scalars(
        select(Case).where(Case.paying_parent_id == payer.id).order_by(Case.id)
    ).all()
    assert len(cases) == 2
    (order,) = [o for o in cases[0].orders if o.order_type == OrderType.SANCTIONS_ORDER]
    assert sorted(link.case_id for link in order.case_links) == [c.id for c in cases]
    last_paid = max(p.paid_on for p in order.payments)
    assert last_paid == add_months(TODAY.replace(day=1), -2)  # stopped two months ago
    kept = sanctions_compliance(order_facts(order), TODAY)
    assert kept is not None and not kept.complied
    assert kept.breached_since == add_months(TODAY.replace(day=1), -1)
    assert len(kept.missed) == 2


def test_showcase_3_open_appeal(session: Session) -> None:
    case = case_of(session, "121000000003")
    assert_clean(case, but="appeal")
    assert [a.status for a in case.appeals] == [AppealStatus.OPEN]


def test_showcase_4_nulla_bona_three_months_ago(session: Session) -> None:
    case = case_of(session, "121000000004")
    assert_clean(case, but="nulla_bona")
    (bailiff,) = [sr for sr in case.service_requests if sr.workflow == Workflow.BAILIFF]
    assert bailiff.status == SrStatus.CLOSED
    form = bailiff.enforce_form
    assert form is not None
    assert form.nulla_bona_received is True
    assert form.nulla_bona_received_on == add_months(TODAY, -3)
    assert form.bailiff_outcome_type == BailiffOutcomeType.RETURNED_BY_BAILIFF


def test_showcase_5_scotland(session: Session) -> None:
    case = case_of(session, "121000000005")
    assert_clean(case, but="scotland")
    assert case.paying_parent.jurisdiction == Jurisdiction.SCOTLAND


def test_showcase_6_dlo(session: Session) -> None:
    case = case_of(session, "121000000006")
    assert_clean(case, but="dlo")
    current = [a for a in case.paying_parent.addresses if a.is_current]
    assert [(a.address_type, a.marker, a.confident) for a in current] == [
        (AddressType.CORRESPONDENCE, AddressMarker.DLO, False)
    ]


def test_showcase_7_business_account_director(session: Session) -> None:
    case = case_of(session, "121000000007")
    assert_clean(case)
    parent = case.paying_parent
    assert parent.employment_status == EmploymentStatus.DIRECTOR
    accounts = [a for a in parent.assets if a.asset_type == AssetType.BANK_ACCOUNT]
    assert [a.account_type for a in accounts] == [AccountType.BUSINESS]


def test_showcase_8_bailiff_srs_ready_for_the_pack(session: Session) -> None:
    case = case_of(session, "121000000008")
    assert_clean(case)
    parent = case.paying_parent
    assert parent.holds_driving_licence and parent.driving_licence_number
    los = granted_los(case)
    assert sorted(o.origin for o in los) == [OrderOrigin.CMS, OrderOrigin.CMS, OrderOrigin.CSA]
    assert len({o.granted_on.year for o in los if o.origin == OrderOrigin.CMS}) == 2
    bailiff = [sr for sr in case.service_requests if sr.workflow == Workflow.BAILIFF]
    assert len(bailiff) == 3
    assert {sr.order_id for sr in bailiff} == {o.id for o in los}
    validation = [t.key for t in workflows.plan_template(Workflow.BAILIFF)][:6]
    for sr in bailiff:
        assert sr.status == SrStatus.IN_PROGRESS
        assert sr.owner == USER
        assert sr.asset_links
        form = sr.enforce_form
        assert form is not None
        assert form.cmel8011_sent_on is not None and form.pack_prepared_on is None
        order = next(o for o in los if o.id == sr.order_id)
        assert form.lo_current_arrears_balance == balance(order)
        assert form.arrears_balance_against_lo == balance(order)
        done = {s.step_key: s.outcome for s in sr.steps if s.outcome != StepOutcome.PENDING}
        assert set(done) == set(validation)
        assert done["decide_next_step"] == StepOutcome.CONTINUE


def test_showcase_verdicts(demo_db: Database) -> None:
    """``options`` on each showcase client gives the verdict domain.md implies."""
    from enforcement_desktop.services.options import options_for_scin

    ctx = ServiceContext(demo_db, USER, clock=lambda: FIXED_NOW)

    def allowed(scin: str) -> dict[str, bool]:
        return {str(o["power"]): bool(o["allowed"]) for o in options_for_scin(ctx, scin)}

    for ready in ("121000000001", "121000000008"):
        assert allowed(ready)["bailiff"], ready
    for blocked in ("121000000002", "121000000003", "121000000005"):
        assert not any(allowed(blocked).values()), blocked
    for no_bailiff in ("121000000004", "121000000006"):
        verdicts = allowed(no_bailiff)
        assert not verdicts["bailiff"] and verdicts["liability_order"], no_bailiff
    verdicts = allowed("121000000007")
    assert not verdicts["lsdo"] and not verdicts["rdo"] and verdicts["deo"]


def test_every_workflow_in_every_state(session: Session) -> None:
    seen = set()
    for sr in session.scalars(select(ServiceRequest)):
        state = sr.status.value
        if sr.status == SrStatus.WAIT:
            assert sr.wait_until is not None
            state = "wait_overdue" if sr.wait_until < TODAY else "wait_future"
        seen.add((sr.workflow, state))
    states = {"open", "in_progress", "wait_overdue", "wait_future", "closed"}
    assert {(w, s) for w in Workflow for s in states} <= seen


def test_plans_follow_the_workflow_templates(session: Session) -> None:
    srs = session.scalars(select(ServiceRequest).options(selectinload(ServiceRequest.steps)))
    for sr in srs:
        if sr.status == SrStatus.OPEN:
            assert sr.steps == []
            continue
        if not sr.steps:
            continue
        assert [s.step_key for s in sr.steps] == [
            t.key for t in workflows.plan_template(sr.workflow)
        ]
        for step in sr.steps:
            workflows.check_step_outcome(sr.workflow, step.step_key, step.outcome)
            assert (step.outcome == StepOutcome.PENDING) == (step.completed_at is None)
        if sr.status == SrStatus.CLOSED:
            assert all(s.outcome != StepOutcome.PENDING for s in sr.steps)
            assert sr.closed_on is not None and sr.opened_on <= sr.closed_on <= TODAY
        workflows.check_sub_status(sr.workflow, sr.status, sr.sub_status)


def test_ordinary_cases_show_lineage_courts_and_names(session: Session) -> None:
    orders = {o.id: o for o in session.scalars(select(EnforcementOrder))}
    chain = []
    for order in orders.values():
        if order.order_type == OrderType.ORDER_FOR_SALE:
            parent = orders[order.parent_order_id or 0]
            grand = orders[parent.parent_order_id or 0]
            lo = orders[grand.parent_order_id or 0]
            chain.append((order.status, parent.order_type, grand.order_type, lo.order_type))
    assert (
        OrderStatus.APPLIED,
        OrderType.CHARGING_ORDER,
        OrderType.LO_COUNTY_COURT,
        OrderType.LIABILITY_ORDER,
    ) in chain
    de_minimis = {c.charging_order_de_minimis for c in session.scalars(select(Court))}
    assert {Decimal("500.00"), Decimal("600.00"), Decimal("750.00")} <= de_minimis
    names = {c.full_name for c in session.scalars(select(Contact))}
    assert {"Dafydd ap Demo", "Aoife Ó Súilleabháin", "Ciarán O'Brien", "Siân Exampleton"} <= names
    for case in session.scalars(select(Case)):
        assert 1 <= len(case.receiving_parent_links) <= 2
    owners = Counter(session.scalars(select(ServiceRequest.owner)))
    assert owners[USER] > 0.8 * sum(owners.values())
    assert owners[demo.COLLEAGUE] > 0


def test_everything_is_fictional_and_valid(session: Session) -> None:
    for contact in session.scalars(select(Contact)):
        assert check_scin(contact.scin) is None
        assert contact.nino and contact.nino.startswith("QQ") and check_nino(contact.nino) is None
        assert contact.phone is not None
        assert re.fullmatch(r"01632 960\d{3}|07700 900\d{3}", contact.phone), contact.phone
        assert contact.email is None or contact.email.endswith("@example.com")
        assert contact.surname_key == contact.last_name.lower()
    for address in session.scalars(select(Address)):
        assert check_postcode(address.postcode) is None, address.postcode
    for contact in session.scalars(select(Contact).options(selectinload(Contact.vehicles))):
        for vehicle in contact.vehicles:
            assert check_registration(vehicle.registration) is None
    assert session.execute(text("PRAGMA foreign_key_check")).all() == []


def test_demo_marker(session: Session) -> None:
    info = {k: v for k, v in session.execute(select(DatabaseInfo.key, DatabaseInfo.value))}
    assert info[demo.DEMO_MARKER_KEY] == "1"
    assert info["demo_built_for"] == TODAY.isoformat()


def snapshot(path: Path) -> list[tuple[object, ...]]:
    database = Database(f"sqlite:///{path}")
    try:
        with database.sessions() as s:
            rows = s.execute(
                select(
                    Contact.scin,
                    Contact.first_name,
                    Contact.last_name,
                    Contact.date_of_birth,
                    Contact.nino,
                ).order_by(Contact.id)
            ).all()
            orders = s.execute(
                select(EnforcementOrder.reference, EnforcementOrder.amount).order_by(
                    EnforcementOrder.id
                )
            ).all()
            return [tuple(r) for r in rows] + [tuple(o) for o in orders]
    finally:
        database.dispose()


def test_builds_are_deterministic(tmp_path: Path) -> None:
    build(tmp_path / "a.sqlite3", cases=80)
    build(tmp_path / "b.sqlite3", cases=80)
    build(tmp_path / "c.sqlite3", cases=80, seed=7)
    a, b, c = (snapshot(tmp_path / f"{n}.sqlite3") for n in "abc")
    assert a == b
    assert a != c
    # The showcase clients are the same whatever the seed.
    showcase = [r[:3] for r in a if r[0] in demo.SHOWCASE]
    assert len(showcase) == len(demo.SHOWCASE)
    assert showcase == [r[:3] for r in c if r[0] in demo.SHOWCASE]


def test_cases_300(tmp_path: Path) -> None:
    build(tmp_path / "d.sqlite3", cases=300)
    database = Database(f"sqlite:///{tmp_path / 'd.sqlite3'}")
    try:
        with database.sessions() as s:
            assert s.scalar(select(Case.id).order_by(Case.id.desc()).limit(1)) == 300
            per_case = Counter(s.scalars(select(ServiceRequest.case_id)))
            assert len(per_case) == 300
            # At most four: 121000000011's Arrears Review, Action Missed Payment, Disclosure
            # and Review LO.
            assert set(per_case.values()) <= {1, 2, 3, 4}
            receiving = s.scalars(
                select(Contact.id).where(Contact.role == ContactRole.RECEIVING_PARENT)
            ).all()
            assert 300 <= len(receiving) <= 600
    finally:
        database.dispose()


def test_zero_cases_gives_the_showcase_alone(tmp_path: Path) -> None:
    build(tmp_path / "e.sqlite3", cases=0)
    database = Database(f"sqlite:///{tmp_path / 'e.sqlite3'}")
    try:
        with database.sessions() as s:
            scins = s.scalars(
                select(Contact.scin)
                .where(Contact.role == ContactRole.PAYING_PARENT)
                .order_by(Contact.scin)
            ).all()
            assert scins == sorted(demo.SHOWCASE)
    finally:
        database.dispose()


def test_recreate_and_if_missing(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite3"
    build(path, cases=0)
    url = f"sqlite:///{path}"
    assert demo.create_demo_database(url, today=TODAY, user=USER, cases=0, if_missing=True) is None
    again = demo.create_demo_database(url, today=TODAY, user=USER, cases=20)
    assert again is not None and again.cases == 20
    assert not (tmp_path / "f.sqlite3.building").exists()


def test_refuses_a_database_with_real_data(tmp_path: Path) -> None:
    path = tmp_path / "real.sqlite3"
    database = Database(f"sqlite:///{path}")
    try:
        with database.unit_of_work() as s:
            s.add(Court(name="Real Court", kind=CourtKind.COUNTY))
        assert demo.database_state(database) == "data"
        assert not demo.is_demo_database(database)
    finally:
        database.dispose()
    before = path.read_bytes()
    with pytest.raises(demo.DemoRefused, match="not demo data"):
        demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user=USER)
    assert path.read_bytes() == before


def test_an_empty_database_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    Database(f"sqlite:///{path}").dispose()  # migrated, no rows
    summary = demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user=USER, cases=0)
    assert summary is not None and summary.cases == demo.SHOWCASE_CASES


def test_refuses_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n" * 100)
    with pytest.raises(demo.DemoRefused, match="could not be read as a database"):
        demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user=USER)
    assert path.read_text().startswith("shopping list")


def test_build_demo_refuses_a_non_empty_database(demo_db: Database) -> None:
    with pytest.raises(demo.DemoRefused):
        demo.build_demo(demo_db, today=TODAY, user=USER)


def test_progress_is_reported(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    demo.create_demo_database(
        f"sqlite:///{tmp_path / 'g.sqlite3'}",
        today=TODAY,
        user=USER,
        cases=50,
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (50, 50)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)
