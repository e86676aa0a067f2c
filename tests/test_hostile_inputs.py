"""Hostile inputs through every way in: case files, services, the command line and search.

Each case must end in a clean, typed refusal with every table's row count unchanged, or be
accepted and then read back and save again unchanged (see ``tests/hostile.py``). Runs on SQLite,
and on PostgreSQL when ENFORCEMENT_TEST_PG_URL is set.
"""

from __future__ import annotations

import copy
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from enforcement_desktop import cli, config, demo
from enforcement_desktop.domain.enums import (
    AddressType,
    AppealStatus,
    AssetType,
    BailiffOutcomeType,
    ContactRole,
    CourtKind,
    DeoDesire,
    InformationSource,
    Jurisdiction,
    OrderStatus,
    OrderType,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.services import (
    appeals,
    assets,
    case_file,
    cases,
    contacts,
    notes,
    orders,
    regions,
)
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext, input_from
from enforcement_desktop.services.search import search_clients
from enforcement_desktop.showcase import SHOWCASE
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import Case
from tests import hostile
from tests.conftest import FIXED_NOW, PG_URL_ENV, _postgres_database
from tests.hostile import Attempt, Verdict, judge
from tests.services.builders import make_asset, make_case
from tests.services.resave import resave_case
from tests.users import add_test_user

TODAY = FIXED_NOW.date()
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
#: The case file the import cases change, one field at a time.
SOURCE_SCIN = "121000000008"


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def hctx(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServiceContext]:
    """One database for the module: the showcase clients, and every case's records after."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'hostile.sqlite3'}"
    else:
        if not os.environ.get(PG_URL_ENV):
            pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
        url = next(_postgres_database())
    database = Database(url)
    demo.build_demo(database, today=TODAY, cases=len(SHOWCASE), user="test.user")
    yield ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
    database.dispose()


def assert_good(verdict: Verdict) -> None:
    assert verdict.good, f"{verdict.outcome}: {verdict.detail}"


# --------------------------------------------------------------------------- case files

_IMPORT_VALUES = [
    (name, value)
    for name, value in hostile.JSON_VALUES
    if name not in {"lone low surrogate", "only NUL", "bell", "DEL", "C1 CSI", "LRE", "RLM", "ZWSP"}
]


@pytest.fixture(scope="module")
def source_file(hctx: ServiceContext) -> dict[str, Any]:
    return case_file.export_case(hctx, SOURCE_SCIN)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param(field, value, id=f"{field}={name}")
        for field in hostile.IMPORT_FIELDS
        for name, value in _IMPORT_VALUES
    ],
)
def test_case_file_field(
    hctx: ServiceContext, source_file: dict[str, Any], field: str, value: Any
) -> None:
    data = hostile.with_new_scins(copy.deepcopy(source_file), next(_numbers))
    hostile.set_path(data, field, copy.deepcopy(value))
    # Once imported, the part of the case holding the value is saved again.
    # A case's own fields and records are under cases[0] (case file version 3).
    name = field.removeprefix("cases[0].").split(".")[0].split("[")[0]
    in_case = field.startswith("cases[0].")
    parts = frozenset(_PARTS.get(name, _PARTS["case"] if in_case else ()))

    def resave(ctx: ServiceContext, case_id: int) -> object:
        return resave_case(ctx, case_id, parts)

    assert_good(judge(hctx, hostile.importing(hctx, data, resave)))


_PARTS = {
    "paying_parent": {"contacts"},
    "receiving_parents": {"contacts"},
    "assets": {"contacts"},
    "case": {"case"},
    "orders": {"orders"},
    "courts": {"orders"},
    "appeals": {"appeals"},
    "service_requests": {"service_requests"},
}


_numbers = itertools.count(1)


# --------------------------------------------------------------------------- services


class World:
    """A case to aim the service calls at: a paying parent with an LO, an asset and an open
    Bailiff SR (In Progress, with its enforce form)."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        case = make_case(ctx, "121555000001")
        self.case_id = case.id
        self.payer_id = case.paying_parent_id
        # Through the services, so every record here is one they can save again.
        court = orders.create_court(
            ctx, orders.CourtInput("Hostile Magistrates' Court", CourtKind.MAGISTRATES)
        )
        lo = orders.OrderInput(
            OrderType.LIABILITY_ORDER,
            OrderStatus.GRANTED,
            reference="LO/HOSTILE/1",
            court_id=court.id,
            applied_on=date(2026, 1, 10),
            granted_on=date(2026, 2, 1),
            period_from=date(2025, 1, 1),
            period_to=date(2025, 12, 31),
            amount=Decimal("1500.00"),
            costs=Decimal("75.00"),
        )
        self.lo_id = orders.create_order(ctx, case.id, lo).id
        sr = srs.create_service_request(ctx, case.id, *BAILIFF, order_id=self.lo_id)
        sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
        self.sr_id = sr.id
        self.step_id = next(s.id for s in sr.steps if s.step_key == "check_lo_balance")
        self.scins = (f"121556{n:06d}" for n in itertools.count(1))
        self.names = (f"Hostile Court {n}" for n in itertools.count(1))

    def form(self) -> srs.EnforceFormDTO:
        form = srs.get_service_request(self.ctx, self.sr_id).enforce_form
        assert form is not None
        return form

    def new_sr(self) -> srs.ServiceRequestDTO:
        return srs.create_service_request(self.ctx, self.case_id, *BAILIFF)


@pytest.fixture(scope="module")
def world(hctx: ServiceContext) -> World:
    return World(hctx)


Op = Callable[[World, Any], Attempt]


def _contact(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {
                "role": ContactRole.PAYING_PARENT,
                "first_name": "Hostile",
                "last_name": "Testington",
                "scin": next(w.scins),
                "jurisdiction": Jurisdiction.ENGLAND,
            }
            values[name] = value
            made = contacts.create_contact(w.ctx, contacts.ContactInput(**values))

            def resave() -> None:
                got = contacts.get_contact(w.ctx, made.id)
                contacts.update_contact(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


def _address(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {
                "address_type": AddressType.RESIDENTIAL,
                "line1": "1 Hostile Road",
                "town": "Demoton",
                "postcode": "B15 2TT",
                name: value,
            }
            made = contacts.add_address(w.ctx, w.payer_id, contacts.AddressInput(**values))

            def resave() -> None:
                got = next(
                    a for a in contacts.get_contact(w.ctx, w.payer_id).addresses if a.id == made.id
                )
                data = input_from(got, contacts.AddressInput)
                contacts.update_address(w.ctx, got.id, got.version, data)

            return resave

        return attempt

    return op


def _vehicle(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {"registration": "AB12CDE", name: value}
            made = contacts.add_vehicle(w.ctx, w.payer_id, contacts.VehicleInput(**values))

            def resave() -> None:
                got = next(
                    v for v in contacts.get_contact(w.ctx, w.payer_id).vehicles if v.id == made.id
                )
                data = input_from(got, contacts.VehicleInput)
                contacts.update_vehicle(w.ctx, got.id, got.version, data)

            return resave

        return attempt

    return op


def _asset(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {
                "asset_type": AssetType.OTHER,
                "source": InformationSource.THIRD_PARTY,
                "recorded_on": TODAY,
                "description": "Household goods",
                name: value,
            }
            made = assets.create_asset(w.ctx, w.payer_id, assets.AssetInput(**values))

            def resave() -> None:
                got = assets.get_asset(w.ctx, made.id)
                assets.update_asset(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


def _disregard(w: World, value: Any) -> Attempt:
    made = assets.get_asset(w.ctx, make_asset(w.ctx, w.payer_id))  # before the rows are counted

    def attempt() -> Callable[[], object]:
        done = assets.disregard_asset(w.ctx, made.id, made.version, value)
        return lambda: assets.get_asset(w.ctx, done.id)

    return attempt


def _order(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {
                "order_type": OrderType.DEO,
                "status": OrderStatus.GRANTED,
                "granted_on": date(2026, 1, 5),
                "amount": Decimal("100.00"),
                name: value,
            }
            made = orders.create_order(w.ctx, w.case_id, orders.OrderInput(**values))

            def resave() -> None:
                got = orders.get_order(w.ctx, made.id)
                orders.update_order(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


def _payment(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {"paid_on": TODAY, "amount": Decimal("1.00"), "method": None}
            values[name] = value
            orders.add_payment(w.ctx, w.lo_id, **values)

            def resave() -> None:
                got = orders.get_order(w.ctx, w.lo_id)
                orders.update_order(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


def _appeal(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {
                "lodged_on": date(2026, 2, 1),
                "status": AppealStatus.DECIDED,
                "decided_on": date(2026, 3, 1),
                name: value,
            }
            made = appeals.create_appeal(w.ctx, w.case_id, appeals.AppealInput(**values))

            def resave() -> None:
                got = appeals.get_appeal(w.ctx, made.id)
                appeals.update_appeal(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


def _note(w: World, value: Any) -> Attempt:
    def attempt() -> Callable[[], object]:
        made = notes.add_note(w.ctx, value, case_id=w.case_id)
        return lambda: [n for n in notes.list_notes(w.ctx, case_id=w.case_id) if n.id == made.id]

    return attempt


def _case(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            got = cases.get_case(w.ctx, w.case_id)
            data = replace(input_from(got, cases.CaseInput), **{name: value})
            if name == "deo_desire_set_on":
                data = replace(data, deo_desire=DeoDesire.MANDATORY)
            cases.update_case(w.ctx, got.id, got.version, data)
            return lambda: resave_case(w.ctx, w.case_id)

        return attempt

    return op


def _wilful(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            got = cases.get_case(w.ctx, w.case_id)
            values: dict[str, Any] = {"found_on": date(2026, 5, 1), "evidence": "Bank records"}
            values[name] = value
            cases.record_wilful_refusal(w.ctx, got.id, got.version, **values)
            return lambda: resave_case(w.ctx, w.case_id)

        return attempt

    return op


def _status(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        sr = w.new_sr()  # before the rows are counted

        def attempt() -> Callable[[], object]:
            if name == "resolution_code":
                srs.change_status(w.ctx, sr.id, sr.version, SrStatus.CLOSED, resolution_code=value)
            else:
                values: dict[str, Any] = {"wait_until": TODAY + timedelta(days=10)}
                values[name] = value
                srs.change_status(w.ctx, sr.id, sr.version, SrStatus.WAIT, **values)
            return lambda: resave_case(w.ctx, w.case_id)

        return attempt

    return op


def _step_reason(w: World, value: Any) -> Attempt:
    def attempt() -> Callable[[], object]:
        step = next(s for s in srs.get_service_request(w.ctx, w.sr_id).steps if s.id == w.step_id)
        srs.update_step(w.ctx, step.id, step.version, StepOutcome.DONE, value)
        return lambda: resave_case(w.ctx, w.case_id)

    return attempt


def _form(name: str, **more: Any) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            form = w.form()
            data = replace(form.values, **more, **{name: value})
            srs.update_enforce_form(w.ctx, w.sr_id, form.version, data)

            def resave() -> None:
                # Saved again unchanged, then put back, so the next case starts from a clean form.
                again = w.form()
                saved = srs.update_enforce_form(w.ctx, w.sr_id, again.version, again.values)
                srs.update_enforce_form(w.ctx, w.sr_id, saved.version, form.values)

            return resave

        return attempt

    return op


def _court(name: str) -> Op:
    def op(w: World, value: Any) -> Attempt:
        def attempt() -> Callable[[], object]:
            values: dict[str, Any] = {"name": next(w.names), "kind": CourtKind.COUNTY, name: value}
            made = orders.create_court(w.ctx, orders.CourtInput(**values))

            def resave() -> None:
                got = next(c for c in orders.list_courts(w.ctx) if c.id == made.id)
                orders.update_court(w.ctx, got.id, got.version, got.to_input())

            return resave

        return attempt

    return op


TEXT_OPS: dict[str, Op] = {
    "contact.first_name": _contact("first_name"),
    "contact.last_name": _contact("last_name"),
    "contact.scin": _contact("scin"),
    "contact.nino": _contact("nino"),
    "contact.phone": _contact("phone"),
    "contact.email": _contact("email"),
    "address.line1": _address("line1"),
    "address.postcode": _address("postcode"),
    "vehicle.registration": _vehicle("registration"),
    "vehicle.make": _vehicle("make"),
    "asset.description": _asset("description"),
    "asset.disregard_reason": _disregard,
    "order.reference": _order("reference"),
    "order.notes": _order("notes"),
    "payment.method": _payment("method"),
    "appeal.details": _appeal("details"),
    "note.text": _note,
    "case.region": _case("region"),
    "case.team": _case("team"),
    "case.wilful_refusal_evidence": _wilful("evidence"),
    "sr.sub_status": _status("sub_status"),
    "sr.resolution_code": _status("resolution_code"),
    "step.reason": _step_reason,
    "form.bailiff_company": _form("bailiff_company"),
    "court.name": _court("name"),
    "court.postcode_areas": _court("postcode_areas"),
}
MONEY_OPS: dict[str, Op] = {
    "asset.estimated_value": _asset("estimated_value"),
    "order.amount": _order("amount"),
    "payment.amount": _payment("amount"),
    "case.arrears_balance": _case("arrears_balance"),
    "form.sum_applied_for": _form("sum_applied_for"),
    "court.charging_order_de_minimis": _court("charging_order_de_minimis"),
}
DATE_OPS: dict[str, Op] = {
    "contact.date_of_birth": _contact("date_of_birth"),
    "address.from_date": _address("from_date"),
    "asset.recorded_on": _asset("recorded_on"),
    "order.granted_on": _order("granted_on"),
    "payment.paid_on": _payment("paid_on"),
    "appeal.lodged_on": _appeal("lodged_on"),
    "case.deo_desire_set_on": _case("deo_desire_set_on"),
    "case.wilful_refusal_found_on": _wilful("found_on"),
    "sr.wait_until": _status("wait_until"),
    "form.nulla_bona_received_on": _form(
        "nulla_bona_received_on",
        nulla_bona_received=True,
        bailiff_outcome_type=BailiffOutcomeType.RETURNED_BY_BAILIFF,
    ),
    "form.arrears_agreement_final_payment_due": _form("arrears_agreement_final_payment_due"),
    "form.on_hold_until": _form("on_hold_until", on_hold_reason="In hospital"),
}
_SERVICE_TEXTS = [
    (name, value)
    for name, value in hostile.TEXT_VALUES
    if name
    in {
        "lone high surrogate",
        "surrogate escape",
        "NUL",
        "escape sequence",
        "C1 next line",
        "RLO",
        "LRI",
        "ZWJ",
        "BOM",
        "U+10FFFF",
        "U+FFFE",
        "line separator",
        "100k characters",
        "Arabic-Indic digits",
        "5000 digits",
        "SQL",
        "path traversal",
        "accents",
    }
]
SERVICE_CASES = [
    *[(op, name, value) for op in TEXT_OPS for name, value in _SERVICE_TEXTS],
    *[(op, name, value) for op in MONEY_OPS for name, value in hostile.MONEY_VALUES],
    *[(op, name, value) for op in DATE_OPS for name, value in hostile.DATE_VALUES],
]
_OPS = {**TEXT_OPS, **MONEY_OPS, **DATE_OPS}


@pytest.mark.parametrize(
    ("op", "value"),
    [pytest.param(op, value, id=f"{op}={name}") for op, name, value in SERVICE_CASES],
)
def test_service_call(world: World, op: str, value: Any) -> None:
    assert_good(judge(world.ctx, _OPS[op](world, value)))


def test_sql_text_is_stored_as_text(world: World) -> None:
    """What looks like SQL is a name like any other: stored, read back, and the table is there."""
    made = contacts.create_contact(
        world.ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robert'); DROP TABLE contact;--",
            last_name="O'Hostile",
            scin=next(world.scins),
        ),
    )
    got = contacts.get_contact(world.ctx, made.id)
    assert got.first_name == "Robert'); DROP TABLE contact;--"
    assert [h.contact_id for h in search_clients(world.ctx, "O'Hostile")] == [made.id]


# --------------------------------------------------------------------------- search


@pytest.mark.parametrize(
    "text", [pytest.param(value, id=name) for name, value in hostile.TEXT_VALUES]
)
def test_search(hctx: ServiceContext, text: str) -> None:
    def attempt() -> None:
        hits = search_clients(hctx, text)
        assert isinstance(hits, list)
        with hctx.unit_of_work() as session:
            flt = srs.QueueFilter(text=text)
            srs.queue_count(session, flt, TODAY)
            srs.queue_page(session, flt, TODAY, limit=5)

    assert_good(judge(hctx, attempt))


# --------------------------------------------------------------------------- command line


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A showcase database for the commands (SQLite: the command line's own file)."""
    path = tmp_path_factory.mktemp("cli") / "showcase.sqlite3"
    database = Database(f"sqlite:///{path}")
    demo.build_demo(database, today=date.today(), cases=len(SHOWCASE), user="test.user")
    database.dispose()
    return path


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder six levels inside the test's own, as the current folder: a relative path in a
    command, '../..' included, stays inside the test's folder."""
    monkeypatch.delenv(config.DB_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # The showcase's case manager: the commands run as a user of the database, not refused.
    monkeypatch.setenv(config.USER_ENV, "test.user")
    deep = tmp_path.joinpath("a", "b", "c", "d", "e", "f")
    deep.mkdir(parents=True)
    monkeypatch.chdir(deep)
    return deep


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """Run a command in-process; an exception escaping main() is a traceback."""
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.err


def assert_clean_exit(code: int, err: str, *, listing: bool = False) -> None:
    """Exit 0, 1 or 2; a failure says why in lines of its own, never a traceback."""
    assert code in (0, 1, 2), code
    assert "Traceback" not in err
    assert "unexpected" not in err, err
    lines = err.strip().splitlines()
    if code:
        assert lines and all(line.startswith(cli.PROG) for line in lines), err
        if not listing:
            assert len(lines) == 1, err


_ARGUMENTS = hostile.argument_values()


@pytest.mark.parametrize(
    ("command", "value"),
    [
        pytest.param(command, value, id=f"{command}={name}")
        for command in ("options SCIN", "export SCIN", "pack SCIN", "demo --cases", "demo --seed")
        for name, value in _ARGUMENTS
    ],
)
def test_command_argument(
    cli_db: Path, workdir: Path, capsys: pytest.CaptureFixture[str], command: str, value: str
) -> None:
    db = workdir / "copy.sqlite3"
    db.write_bytes(cli_db.read_bytes())
    argv = {
        "options SCIN": ["--db", str(db), "options", value],
        "export SCIN": ["--db", str(db), "export", value],
        "pack SCIN": ["--db", str(db), "pack", value, "--out", str(workdir)],
        "demo --cases": ["--db", str(workdir / "d.sqlite3"), "demo", "--cases", value],
        "demo --seed": [
            "--db",
            str(workdir / "d.sqlite3"),
            "demo",
            "--cases",
            "0",
            "--seed",
            value,
        ],
    }[command]
    code, err = run_cli(argv, capsys)
    assert_clean_exit(code, err)


@pytest.mark.parametrize(
    ("command", "path"),
    [
        pytest.param(command, path, id=f"{command}={name}")
        for command in ("import", "export --out", "pack --out", "backup")
        for name, path in hostile.path_values()
    ],
)
def test_command_path(
    cli_db: Path, workdir: Path, capsys: pytest.CaptureFixture[str], command: str, path: str
) -> None:
    db = workdir / "copy.sqlite3"
    db.write_bytes(cli_db.read_bytes())
    argv = {
        "import": ["--db", str(db), "import", path],
        "export --out": ["--db", str(db), "export", SOURCE_SCIN, "--out", path],
        "pack --out": ["--db", str(db), "pack", SOURCE_SCIN, "--out", path],
        "backup": ["--db", str(db), "backup", path],
    }[command]
    code, err = run_cli(argv, capsys)
    assert_clean_exit(code, err, listing=command == "import")


@pytest.fixture(scope="module")
def valid_case_file(cli_db: Path) -> str:
    database = Database(f"sqlite:///{cli_db}")
    try:
        ctx = ServiceContext(database, "test.user")
        return json.dumps(case_file.export_case(ctx, SOURCE_SCIN), indent=2, ensure_ascii=False)
    finally:
        database.dispose()


#: Case files that must import: the valid one, as it is and behind a byte order mark.
_IMPORTS_ACCEPTED = frozenset({"valid", "byte order mark"})


@pytest.mark.parametrize("content_id", list(hostile.CASE_FILE_TEXTS))
def test_imported_file(
    valid_case_file: str,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
    content_id: str,
) -> None:
    (workdir / "case.json").write_bytes(hostile.CASE_FILE_TEXTS[content_id](valid_case_file))
    target = workdir / "target.sqlite3"
    # The real clock, as the command's: the showcase dates are relative to today.
    ctx = ServiceContext(Database(f"sqlite:///{target}"), "test.user")
    try:
        add_test_user(ctx)
        # The case file's region is listed first, as the database's team leader does: without
        # it every import is refused and the accepted branch below is never reached.
        for case in json.loads(valid_case_file)["cases"]:
            regions.add_region(ctx, case["region"])
        before = hostile.row_counts(ctx)
        code, err = run_cli(["--db", str(target), "import", "case.json"], capsys)
        assert_clean_exit(code, err, listing=True)
        if content_id in _IMPORTS_ACCEPTED:
            assert code == 0, err
        if code:
            assert hostile.row_counts(ctx) == before
        else:
            # Accepted: every record of it saves again.
            with ctx.unit_of_work() as session:
                case_id = session.scalar(select(Case.id))
            assert case_id is not None
            resave_case(ctx, case_id)
    finally:
        ctx.db.dispose()


def test_the_corpus_is_large_enough() -> None:
    imports = len(hostile.IMPORT_FIELDS) * len(_IMPORT_VALUES)
    commands = 5 * len(_ARGUMENTS) + 4 * len(hostile.path_values()) + len(hostile.CASE_FILE_TEXTS)
    searches = len(hostile.TEXT_VALUES)
    assert imports + len(SERVICE_CASES) + commands + searches >= 400


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([b"options", b"\xff121000000001"], id="undecodable SCIN"),
        pytest.param([b"import", b"case\xff.json"], id="undecodable file name"),
        pytest.param([b"import", b"deep.json"], id="deep nesting"),
        pytest.param([b"export", "١٢١٠٠٠٠٠٠٠٠٨".encode()], id="Arabic-Indic SCIN"),
    ],
)
def test_as_a_process(cli_db: Path, workdir: Path, argv: list[bytes]) -> None:
    """The same, through a real process: what the shell hands over is bytes."""
    (workdir / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (workdir / os.fsdecode(b"case\xff.json")).write_bytes(b"{}")
    db = workdir / "copy.sqlite3"
    db.write_bytes(cli_db.read_bytes())
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"enforcement_desktop", b"--db", bytes(db), *argv],
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(root)},
        timeout=120,
        check=False,
    )
    err = result.stderr.decode("utf-8", "replace")
    assert_clean_exit(result.returncode, err)
    assert result.returncode in (1, 2)
