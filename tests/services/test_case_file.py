"""Case files: export → import round-trips, and a bad file names each fault and writes nothing."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import ContactRole, Jurisdiction
from enforcement_desktop.domain.errors import (
    DomainError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from enforcement_desktop.services import case_file, cases, contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import AuditEvent, Base, Case, Contact, Court
from tests.conftest import FIXED_NOW
from tests.services.case_file_users import add_demo_users
from tests.services.resave import resave_case

TODAY = FIXED_NOW.date()
DOC = Path(__file__).resolve().parents[2] / "docs" / "case-file-format.md"
#: A file written by the version 1 exporter (demo client 121000000001, before version 2).
VERSION_1_FILE = Path(__file__).resolve().parent / "case_file_v1.json"


@pytest.fixture
def ctx(ctx: ServiceContext) -> ServiceContext:
    """The fresh target database, with the demo's users (a file names its users by login)."""
    return add_demo_users(ctx)


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    """The default demo data, read-only for these tests."""
    path = tmp_path_factory.mktemp("source") / "demo.sqlite3"
    demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user="test.user")
    database = Database(f"sqlite:///{path}")
    yield ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
    database.dispose()


@pytest.fixture(scope="module")
def exported(source: ServiceContext) -> dict[str, Any]:
    return case_file.export_case(source, "121000000001")


def paying_scins(ctx: ServiceContext) -> list[str]:
    """The paying parents of the demo (121000000012 pays on two cases: its file holds both)."""
    with ctx.unit_of_work() as s:
        return list(
            s.scalars(
                select(Contact.scin)
                .join(Case, Case.paying_parent_id == Contact.id)
                .where(Contact.role == ContactRole.PAYING_PARENT)
                .group_by(Contact.scin)
                .order_by(Contact.scin)
            )
        )


def as_one_case(data: dict[str, Any]) -> dict[str, Any]:
    """A version 3 file of one case in the shape of versions 1 and 2 (its case's fields under
    "case", its records at the top level), checking that what only version 3 carries is empty
    (no maintenance payments, no SR raised by anyone recorded, no links beyond the case)."""
    data = copy.deepcopy(data)
    [case] = data.pop("cases")
    assert case.pop("ref") == "case-1"
    assert case.pop("receiving_parents") == [c["scin"] for c in data["receiving_parents"]]
    assert case.pop("maintenance_payments") == []
    for part in ("orders", "appeals", "service_requests", "notes", "documents"):
        data[part] = case.pop(part)
    data["case"] = case
    for order in data["orders"]:
        linked = order.pop("cases")
        assert linked == (["case-1"] if order["order_type"] == "sanctions_order" else [])
    for appeal in data["appeals"]:
        assert appeal.pop("cases") == ["case-1"]
    for sr in data["service_requests"]:
        assert sr.pop("raised_by") is None
    return data


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.unit_of_work() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def test_every_demo_case_round_trips(source: ServiceContext, ctx: ServiceContext) -> None:
    """Export → JSON → import into a fresh database → export gives the same file."""
    scins = paying_scins(source)
    assert len(scins) == demo.DEFAULT_CASES - 1  # 121000000012 pays on two cases
    for scin in scins:
        original = case_file.export_case(source, scin)
        text = json.dumps(original, ensure_ascii=False)
        summary = case_file.import_case(ctx, json.loads(text))
        assert summary.scin == scin
        assert case_file.export_case(ctx, scin) == original, scin
    # Courts are shared: each is added once, then matched.
    with ctx.unit_of_work() as s:
        names = s.scalars(select(Court.name)).all()
        assert len(names) == len(set(names))


def test_every_imported_record_saves_again_unchanged(
    source: ServiceContext, ctx: ServiceContext
) -> None:
    """A file that imports can be saved again through the services, record by record."""
    saves = 0
    for scin in paying_scins(source):
        summary = case_file.import_case(ctx, case_file.export_case(source, scin))
        try:
            # Every case (121000000012's two: its sanctions order covers both).
            for case_id in summary.case_ids:
                saves += resave_case(ctx, case_id)
        except DomainError as exc:
            pytest.fail(f"SCIN {scin}: {exc}")
    assert saves > 10 * demo.DEFAULT_CASES


def test_export_has_no_database_ids_and_money_as_strings(exported: dict[str, Any]) -> None:
    assert exported["format"] == case_file.FORMAT and exported["version"] == case_file.VERSION

    def walk(value: Any, path: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                banned = ("id", "case_id", "contact_id", "order_id", "service_request_id")
                assert key not in banned, f"{path}.{key}"
                assert not (path and key == "version"), f"{path}.{key}"
                walk(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, f"{path}[{i}]")
        else:
            assert not isinstance(value, float), path

    walk(exported, "")
    order = exported["cases"][0]["orders"][0]
    assert re.fullmatch(r"\d+\.\d{2}", order["amount"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", order["granted_on"])
    assert order["court"] == "court-1" and exported["courts"][0]["ref"] == "court-1"
    assert len(exported["cases"][0]["orders"]) == 3 and len(exported["receiving_parents"]) == 2
    assert exported["cases"][0]["service_requests"][1]["parent"] == "sr-1"


def test_import_records_audit_events(exported: dict[str, Any], ctx: ServiceContext) -> None:
    summary = case_file.import_case(ctx, copy.deepcopy(exported))
    with ctx.unit_of_work() as s:
        actions = s.scalars(
            select(AuditEvent.action).where(AuditEvent.case_id == summary.case_id)
        ).all()
    assert "import" in actions and actions.count("create") > 10
    assert summary.contacts == 3 and summary.orders == 3 and summary.courts_created == 1


Mutation = Callable[[dict[str, Any]], None]


def _set(path: str, value: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        parts = re.findall(r"[^.\[\]]+", path)
        for part in parts[:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        last = parts[-1]
        if value is _DELETE:
            del target[last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


_DELETE = object()

BAD_FILES: list[tuple[str, Mutation, str, str]] = [
    (
        "negative money",
        _set("cases[0].orders[2].amount", "-5.00"),
        "cases[0].orders[2].amount",
        "£0.00 or more",
    ),
    (
        "money as float",
        _set("cases[0].orders[0].amount", 1450.0),
        "cases[0].orders[0].amount",
        "not a number",
    ),
    ("money as int", _set("cases[0].orders[0].costs", 70), "cases[0].orders[0].costs", "string"),
    (
        "three decimals",
        _set("cases[0].arrears_balance", "12.345"),
        "cases[0].arrears_balance",
        "decimal",
    ),
    ("money as words", _set("assets[0].estimated_value", "lots"), "assets[0].estimated_value", ""),
    (
        "UK date",
        _set("cases[0].orders[0].granted_on", "14/03/2023"),
        "cases[0].orders[0].granted_on",
        "YYYY-MM-DD",
    ),
    (
        "no such date",
        _set("cases[0].orders[0].applied_on", "2023-02-30"),
        "cases[0].orders[0].applied_on",
        "real",
    ),
    (
        "future date",
        _set("cases[0].orders[0].payments[0].paid_on", "2030-01-01"),
        "paid_on",
        "future",
    ),
    (
        "granted before applied",
        _set("cases[0].orders[1].applied_on", "2026-11-01"),
        "granted_on",
        "before",
    ),
    (
        "unknown enum",
        _set("cases[0].orders[0].order_type", "bogus"),
        "cases[0].orders[0].order_type",
        "one of",
    ),
    ("bool as text", _set("paying_parent.pv_marker", "yes"), "paying_parent.pv_marker", "true"),
    (
        "unknown field",
        _set("cases[0].orders[0].amout", "1.00"),
        "cases[0].orders[0].amout",
        "not a field",
    ),
    ("missing field", _set("paying_parent.first_name", _DELETE), "first_name", "required"),
    (
        "bad court ref",
        _set("cases[0].orders[0].court", "court-9"),
        "cases[0].orders[0].court",
        "not in the file",
    ),
    (
        "lineage",
        _set("cases[0].orders[0].order_type", "charging_order"),
        "cases[0].orders[0].parent",
        "rest on",
    ),
    (
        "bad asset ref",
        _set("cases[0].service_requests[2].assets", ["asset-9"]),
        "assets[0]",
        "not in",
    ),
    (
        "bad outcome",
        _set("cases[0].service_requests[2].steps[0].outcome", "exit"),
        "outcome",
        "not an",
    ),
    (
        "bad step",
        _set("cases[0].service_requests[2].steps[0].step_key", "nap"),
        "step_key",
        "not a step",
    ),
    (
        "bad sub status",
        _set("cases[0].service_requests[2].sub_status", "Snoozing"),
        "sub_status",
        "",
    ),
    ("bad NI number", _set("paying_parent.nino", "AB12345"), "paying_parent.nino", "National"),
    ("bad postcode", _set("paying_parent.addresses[0].postcode", "XYZ"), "postcode", "postcode"),
    (
        "bad SCIN",
        _set("receiving_parents[1].scin", "999000000001"),
        "receiving_parents[1].scin",
        "",
    ),
    ("same SCIN twice", _set("receiving_parents[0].scin", "121000000001"), "scin", "also used"),
    ("no receiving parent", _set("receiving_parents", []), "receiving_parents", "at least one"),
    ("bad region", _set("cases[0].region", "Mid/lands"), "cases[0].region", "letters"),
    (
        "unknown region",
        _set("cases[0].region", "Midlnads"),
        "cases[0].region",
        "did you mean midlands",
    ),
    ("de minimis", _set("courts[0].charging_order_de_minimis", "400.00"), "de_minimis", "between"),
    ("wrong format", _set("format", "something-else"), "format", "enforcement-desktop-case"),
    ("newer version", _set("version", 4), "version", "newer"),
    ("not an object", _set("cases[0]", []), "cases[0]", "object"),
    ("duplicate ref", _set("cases[0].orders[1].ref", "order-1"), "cases[0].orders[1].ref", "twice"),
    (
        "PV without measures",
        _set("paying_parent.pv_control_measures", None),
        "pv_control_measures",
        "PV",
    ),
]


@pytest.mark.parametrize(
    ("mutate", "path", "words"),
    [pytest.param(m, p, w, id=name) for name, m, p, w in BAD_FILES],
)
def test_bad_file_names_the_fault_and_writes_nothing(
    exported: dict[str, Any], ctx: ServiceContext, mutate: Mutation, path: str, words: str
) -> None:
    data = copy.deepcopy(exported)
    mutate(data)
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    matching = {k: v for k, v in caught.value.errors.items() if k.endswith(path)}
    assert matching, caught.value.errors
    assert any(words.lower() in v.lower() for v in matching.values()), matching
    assert row_counts(ctx) == before


def _update(path: str, **values: Any) -> Mutation:
    """Set several fields of the record at ``path``."""

    def mutate(data: dict[str, Any]) -> None:
        for key, value in values.items():
            _set(f"{path}.{key}", value)(data)

    return mutate


def _append(path: str, item: Any) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in re.findall(r"[^.\[\]]+", path):
            target = target[int(part)] if part.isdigit() else target[part]
        target.append(copy.deepcopy(item))

    return mutate


def _copy_form(source: str, target: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        srs = data["cases"][0]["service_requests"]
        srs[int(target)]["enforce_form"] = copy.deepcopy(srs[int(source)]["enforce_form"])

    return mutate


HOLD_60_DAYS = (TODAY + timedelta(days=60)).isoformat()
HOLD_10_DAYS = (TODAY + timedelta(days=10)).isoformat()
ONE = "121000000001"  # LOs with a payment, closed and open SRs, two assets
BAILIFF = "121000000008"  # three open Bailiff SRs, each with its LO and the vehicle
NULLA_BONA = "121000000004"  # a closed Bailiff SR whose form records a Nulla Bona

#: Each rule the edit forms and services apply, broken alone: (name, SCIN, change, path, words).
SERVICE_RULES: list[tuple[str, str, Mutation, str, str]] = [
    ("born before 1900", ONE, _set("paying_parent.date_of_birth", "1899-12-31"),
     "paying_parent.date_of_birth", "1900"),
    ("control measures too long", ONE, _set("paying_parent.pv_control_measures", "x" * 2001),
     "paying_parent.pv_control_measures", "too long"),
    ("order notes too long", ONE, _set("cases[0].orders[0].notes", "x" * 10001),
     "cases[0].orders[0].notes",
     "too long"),
    ("phone on two lines", ONE, _set("paying_parent.phone", "01632\n960000"),
     "paying_parent.phone", "one line"),
    ("bidi override in a surname", ONE, _set("paying_parent.last_name", "Test\u202eington"),
     "paying_parent.last_name", "U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("zero width joiner in an address", ONE,
     _set("paying_parent.addresses[0].line1", "25 Demo\u200d Crescent"),
     "paying_parent.addresses[0].line1", "U+200D"),
    ("look-alike SCIN", ONE, _set("receiving_parents[0].scin", "١٢١٠٠٠٠٠٠٠٠٩"),
     "receiving_parents[0].scin", "digits"),
    ("look-alike NI number", ONE, _set("paying_parent.nino", "QQ٠٠٠٠٠٠A"),
     "paying_parent.nino", "National Insurance"),
    ("money as 1e3", ONE, _set("cases[0].orders[0].costs", "1e3"), "cases[0].orders[0].costs",
     "1,234.56"),
    ("money with a decimal comma", ONE, _set("cases[0].orders[0].costs", "70,00"),
     "cases[0].orders[0].costs",
     "1,234.56"),
    ("liability order of nothing", ONE, _set("cases[0].orders[0].amount", "0.00"),
     "cases[0].orders[0].amount",
     "over £0.00"),
    ("payment of nothing", ONE, _set("cases[0].orders[0].payments[0].amount", "0.00"),
     "cases[0].orders[0].payments[0].amount", "over £0.00"),
    ("payments overdrawing the order", ONE,
     _append("cases[0].orders[0].payments", {"paid_on": "2025-09-01", "amount": "1500.00",
     "method": None}),
     "cases[0].orders[0].payments[1].amount", "below zero"),
    ("liability order without its court", ONE, _set("cases[0].orders[0].court", None),
     "cases[0].orders[0].court",
     "court"),
    ("a reference twice", ONE, _set("cases[0].orders[1].reference", "lo-2023-000001"),
     "cases[0].orders[1].reference", "already has"),
    ("registration at the wrong court", ONE,
     _append("cases[0].orders", {"ref": "order-4", "order_type": "lo_county_court",
     "status": "granted",
                        "origin": "cms", "reference": "CC-1", "applied_on": "2024-01-02",
                        "granted_on": "2024-02-01", "ended_on": None, "period_from": None,
                        "period_to": None, "amount": "0.00", "costs": "0.00",
                        "payment_terms": None, "complied": None, "notes": None,
                        "court": "court-1", "parent": "order-1", "asset": None,
                        "payments": []}),
     "cases[0].orders[3].court", "county court"),
    ("disregarded asset keeping its details", ONE,
     _update("assets[0]", finding="disregarded", disregarded_on="2025-07-01",
             disregard_reason="Sold before the search"),
     "assets[0].description", "removed"),
    ("date disregarded on a kept asset", ONE, _set("assets[0].disregarded_on", "2025-07-01"),
     "assets[0].disregarded_on", "only a disregarded"),
    ("bank account without its type", ONE, _set("assets[1].asset_type", "bank_account"),
     "assets[1].account_type", "required"),
    ("open SR with a closing date", ONE, _set("cases[0].service_requests[2].closed_on",
     "2026-11-01"),
     "cases[0].service_requests[2].closed_on", "only a closed"),
    ("closed SR without its closing date", ONE,
     _set("cases[0].service_requests[0].closed_on", None),
     "cases[0].service_requests[0].closed_on", "date it closed"),
    ("waiting without a wait date", ONE, _set("cases[0].service_requests[2].status", "wait"),
     "cases[0].service_requests[2].wait_until", "required"),
    ("completed step without who", ONE,
     _set("cases[0].service_requests[2].steps[0].completed_by", None),
     "cases[0].service_requests[2].steps[0].completed_by", "who completed"),
    ("pending step completed by someone", ONE,
     _set("cases[0].service_requests[2].steps[6].completed_by", "someone"),
     "cases[0].service_requests[2].steps[6].completed_by", "pending"),
    ("step position past any plan", ONE,
     _set("cases[0].service_requests[2].steps[0].position", 10**30),
     "cases[0].service_requests[2].steps[0].position", "whole number"),
    ("enforce form on an arrears review", ONE, _copy_form("2", "0"),
     "cases[0].service_requests[0].enforce_form", "no enforce form"),
    ("decide enforcement without its form", ONE,
     _set("cases[0].service_requests[2].enforce_form", None),
     "cases[0].service_requests[2].enforce_form", "enforce form"),
    ("DEO desire without its date", ONE, _set("cases[0].deo_desire", "mandatory"),
     "cases[0].deo_desire_set_on", "date"),
    ("wilful refusal without evidence", ONE, _set("cases[0].wilful_refusal_found_on", "2026-01-05"),
     "cases[0].wilful_refusal_evidence", "required"),
    ("open appeal with a decision", ONE,
     _set("cases[0].appeals", [{"lodged_on": "2026-01-01", "status": "open",
     "decided_on": "2026-02-01",
                       "details": None}]),
     "cases[0].appeals[0].decided_on", "open appeal"),
    ("note with a NUL", ONE,
     _set("cases[0].notes", [{"author": "test.user", "text": "x\x00y",
                     "created_at": "2026-01-01T10:00:00"}]),
     "cases[0].notes[0].text", "U+0000"),
    ("note written in the future", ONE,
     _set("cases[0].notes", [{"author": "test.user", "text": "Hello",
     "created_at": "2030-01-01T10:00:00"}]),
     "cases[0].notes[0].created_at", "future"),
    ("court name on two lines", ONE, _set("courts[0].name", "Demoton\nMagistrates"),
     "courts[0].name", "one line"),
    ("Nulla Bona in 9999", NULLA_BONA,
     _set("cases[0].service_requests[0].enforce_form.nulla_bona_received_on", "9999-12-31"),
     "cases[0].service_requests[0].enforce_form.nulla_bona_received_on", "future"),
    ("hold of 60 days", BAILIFF,
     _update("cases[0].service_requests[0].enforce_form", on_hold_reason="In hospital",
             on_hold_until=HOLD_60_DAYS),
     "cases[0].service_requests[0].enforce_form.on_hold_until", "28 days"),
    ("hold without a reason", BAILIFF,
     _set("cases[0].service_requests[0].enforce_form.on_hold_until", HOLD_10_DAYS),
     "cases[0].service_requests[0].enforce_form.on_hold_reason", "reason"),
    ("arrears agreement due in 9999", BAILIFF,
     _set("cases[0].service_requests[0].enforce_form.arrears_agreement_final_payment_due",
     "9999-12-31"),
     "cases[0].service_requests[0].enforce_form.arrears_agreement_final_payment_due", "2099"),
    ("two balances that differ", BAILIFF,
     _set("cases[0].service_requests[0].enforce_form.arrears_balance_against_lo", "1.00"),
     "cases[0].service_requests[0].enforce_form.arrears_balance_against_lo", "same figure"),
    ("Bailiff step done without the LO", BAILIFF, _set("cases[0].service_requests[0].order", None),
     "cases[0].service_requests[0].steps[1].outcome", "liability order"),
    ("one LO with two open Bailiff SRs", BAILIFF, _set("cases[0].service_requests[1].order",
     "order-1"),
     "cases[0].service_requests[1].order", "already"),
    ("Bailiff SR on the receiving parent's asset", BAILIFF,
     _set("assets[0].contact", "121000008001"),
     "cases[0].service_requests[0].assets[0]", "paying parent"),
]  # fmt: skip


@pytest.fixture(scope="module")
def exports(source: ServiceContext) -> dict[str, dict[str, Any]]:
    return {scin: case_file.export_case(source, scin) for scin in (ONE, BAILIFF, NULLA_BONA)}


@pytest.mark.parametrize(
    ("scin", "mutate", "path", "words"),
    [pytest.param(scin, m, p, w, id=name) for name, scin, m, p, w in SERVICE_RULES],
)
def test_each_rule_of_the_services_is_applied_on_import(
    exports: dict[str, dict[str, Any]],
    ctx: ServiceContext,
    scin: str,
    mutate: Mutation,
    path: str,
    words: str,
) -> None:
    """A file breaking one rule is refused at that rule's path, and nothing is written."""
    data = copy.deepcopy(exports[scin])
    mutate(data)
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    assert path in caught.value.errors, caught.value.errors
    assert words.lower() in caught.value.errors[path].lower(), caught.value.errors[path]
    assert f"{path}: " in str(caught.value)
    assert row_counts(ctx) == before


def test_error_message_reads_path_colon_problem(
    exported: dict[str, Any], ctx: ServiceContext
) -> None:
    data = copy.deepcopy(exported)
    data["cases"][0]["orders"][2]["amount"] = "-1.00"
    with pytest.raises(ValidationError) as caught:
        case_file.validate_case_file(ctx, data)
    assert "cases[0].orders[2].amount: must be £0.00 or more" in str(caught.value)


def test_every_fault_is_reported_at_once(exported: dict[str, Any], ctx: ServiceContext) -> None:
    data = copy.deepcopy(exported)
    data["cases"][0]["orders"][0]["amount"] = 1.5
    data["paying_parent"]["nino"] = "nope"
    data["cases"][0]["appeals"] = [{"lodged_on": "yesterday", "status": "open"}]
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    assert {
        "cases[0].orders[0].amount",
        "paying_parent.nino",
        "cases[0].appeals[0].lodged_on",
    } <= set(caught.value.errors)


def test_duplicate_scin_is_named_at_its_own_path_after_a_bad_receiving_parent(
    exported: dict[str, Any], ctx: ServiceContext
) -> None:
    data = copy.deepcopy(exported)
    data["receiving_parents"][0] = "not a person"
    data["receiving_parents"][1]["scin"] = data["paying_parent"]["scin"]
    with pytest.raises(ValidationError) as caught:
        case_file.validate_case_file(ctx, data)
    errors = caught.value.errors
    assert "object" in errors["receiving_parents[0]"]
    assert "receiving_parents[0].scin" not in errors
    assert "also used by paying_parent" in errors["receiving_parents[1].scin"]


def test_scin_already_present_writes_nothing(exported: dict[str, Any], ctx: ServiceContext) -> None:
    case_file.import_case(ctx, copy.deepcopy(exported))
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, copy.deepcopy(exported))
    assert "already in this database" in caught.value.errors["paying_parent.scin"]
    assert row_counts(ctx) == before


def test_failure_while_writing_rolls_everything_back(
    exported: dict[str, Any], ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = row_counts(ctx)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    # The import's last write: everything before it has been flushed in the same transaction.
    monkeypatch.setattr(case_file, "record_event", fail)
    with pytest.raises(RuntimeError, match="disk on fire"):
        case_file.import_case(ctx, copy.deepcopy(exported))
    assert row_counts(ctx) == before


def test_export_errors(source: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        case_file.export_case(source, "121999999999")
    with pytest.raises(RuleViolation, match="receiving parent"):
        case_file.export_case(source, "121000001001")


def test_order_listed_before_its_parent_imports(
    source: ServiceContext, ctx: ServiceContext
) -> None:
    scin = next(
        s
        for s in paying_scins(source)
        if any(o["parent"] for o in case_file.export_case(source, s)["cases"][0]["orders"])
    )
    data = case_file.export_case(source, scin)
    data["cases"][0]["orders"].reverse()
    case_file.import_case(ctx, data)

    def by_reference(exported: dict[str, Any]) -> dict[str, Any]:
        refs = {o["ref"]: o["reference"] for o in exported["cases"][0]["orders"]}
        return {
            o["reference"]: {**o, "ref": None, "parent": refs.get(o["parent"])}
            for o in exported["cases"][0]["orders"]
        }

    assert by_reference(case_file.export_case(ctx, scin)) == by_reference(
        case_file.export_case(source, scin)
    )


def test_demo_data_on_every_backend(db: Database) -> None:
    """The demo build on SQLite and PostgreSQL; new records after it get fresh ids."""
    demo.build_demo(db, today=TODAY, cases=demo.SHOWCASE_CASES, user="test.user")
    ctx = ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)
    data = case_file.export_case(ctx, "121000000008")
    assert len(data["cases"][0]["service_requests"]) == 3
    created = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Newly",
            last_name="Addedworth",
            scin="121777777777",
            jurisdiction=Jurisdiction.ENGLAND,
        ),
    )
    with ctx.unit_of_work() as s:
        # On PostgreSQL the id sequences were moved past the ids the build gave explicitly.
        assert created.id == s.scalar(select(func.max(Contact.id)))
        assert s.scalar(select(func.count()).select_from(Case)) == demo.SHOWCASE_CASES
    assert demo.database_state(db) == "demo"


def _example_from_doc() -> dict[str, Any]:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert match, "docs/case-file-format.md has a ```json example"
    return dict(json.loads(match.group(1)))


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return None


def test_documented_example_matches_the_format(
    exported: dict[str, Any], ctx: ServiceContext
) -> None:
    """The example in docs/ is an export of 121000000001 with today's fields, and imports."""
    example = _example_from_doc()
    assert _shape(example) == _shape(exported)
    case_file.import_case(ctx, example)


def test_a_region_listed_in_another_case_is_imported_as_listed(
    exported: dict[str, Any], ctx: ServiceContext
) -> None:
    data = copy.deepcopy(exported)
    data["cases"][0]["region"] = "MIDLANDS"
    summary = case_file.import_case(ctx, data)
    assert cases.get_case(ctx, summary.case_id).region == "Midlands"


def test_a_version_1_file_still_imports(ctx: ServiceContext) -> None:
    """A file the version 1 exporter wrote imports; it exports again as version 3 with the
    same records, and nothing of versions 2 and 3 (no reminders, letters, third parties...)."""
    old = json.loads(VERSION_1_FILE.read_text(encoding="utf-8"))
    assert old["version"] == 1
    summary = case_file.import_case(ctx, copy.deepcopy(old))
    again = case_file.export_case(ctx, summary.scin)
    assert again["version"] == 3
    again = as_one_case(again)
    assert again["third_parties"] == [] and again["documents"] == []
    for sr in again["service_requests"]:
        assert (sr["team"], sr["subject"], sr["decision"]) == (None, None, None)
        assert sr["reminders"] == sr["sources"] == sr["letters"] == []
        for key in ("team", "subject", "reminders", "sources", "decision", "letters"):
            del sr[key]
    for contact in (again["paying_parent"], *again["receiving_parents"]):
        assert contact.pop("sensitive") is False
    for asset in again["assets"]:
        assert asset.pop("imminent_disposal_on") is None
        assert asset.pop("imminent_disposal_source") is None
    for order in again["orders"]:
        assert order.pop("instalments") == order.pop("legacy_actions") == []
    for i, appeal in enumerate(again["appeals"], start=1):
        assert appeal.pop("ref") == f"appeal-{i}"
    del again["third_parties"], again["documents"]
    same = {"version", "exported_at", "exported_by_program"}
    assert {k: v for k, v in again.items() if k not in same} == {
        k: v for k, v in old.items() if k not in same
    }


def test_a_version_1_file_with_a_version_2_part_is_refused(ctx: ServiceContext) -> None:
    old = json.loads(VERSION_1_FILE.read_text(encoding="utf-8"))
    old["service_requests"][0]["reminders"] = []
    old["documents"] = []
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, old)
    assert "not a field" in caught.value.errors["service_requests[0].reminders"]
    assert "not a part" in caught.value.errors["documents"]


def test_an_unknown_login_is_refused_by_name_and_nothing_written(
    exported: dict[str, Any], ctx: ServiceContext
) -> None:
    data = copy.deepcopy(exported)
    data["cases"][0]["service_requests"][0]["owner"] = "left.last.year"
    data["cases"][0]["case_manager"] = "nobody.here"
    before = row_counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    errors = caught.value.errors
    assert "'left.last.year'" in errors["cases[0].service_requests[0].owner"]
    assert "add them as a user first" in errors["cases[0].service_requests[0].owner"]
    assert "'nobody.here'" in errors["cases[0].case_manager"]
    # And once, first, all that the database lacks with the commands that add it.
    first, summary = next(iter(errors.items()))
    assert first == case_file.MISSING_PATH
    assert summary.startswith("this database lacks the users 'nobody.here', 'left.last.year'")
    assert 'enforcement-desktop user add left.last.year --name "NAME"' in summary
    assert 'enforcement-desktop user add nobody.here --name "NAME"' in summary
    assert "region" not in summary
    assert row_counts(ctx) == before
