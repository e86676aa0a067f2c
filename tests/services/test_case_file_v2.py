"""Case file version 2: what it adds round-trips, and each of its checks names its place.

A working database gets demo client 121000000009 (a Decide SR with its sources log and a
criminal action SR) and then everything version 2 carries: a letter with its reply and their
documents, a manual reminder and a procedure reminder kept done, a decision with its snapshot,
the criminal SR moved onto an employer, a sensitive paying parent, an asset about to be
disposed of, a CSA LO with legacy bailiff action and an RDO with its schedule. Its file imports
into a third database and exports again the same.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from enforcement_desktop import demo
from enforcement_desktop.domain import decide as rules_decide
from enforcement_desktop.domain.enums import (
    AssetType,
    ContactRole,
    CourtKind,
    DocumentType,
    InformationSource,
    LegacyActionKind,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Workflow,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.services import case_file, reminders
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    Asset,
    Base,
    Case,
    Contact,
    Court,
    Document,
    EnforcementDecision,
    EnforcementOrder,
    LegacyAction,
    Letter,
    RdoInstalment,
    Reminder,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW
from tests.regions import seed_test_regions
from tests.services.case_file_users import add_demo_users

TODAY = FIXED_NOW.date()
SCIN = "121000000009"
SHA = "ab" * 32


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    path = tmp_path_factory.mktemp("source") / "demo.sqlite3"
    demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user="test.user")
    database = Database(f"sqlite:///{path}")
    yield ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
    database.dispose()


def _fresh(path: Path) -> ServiceContext:
    database = Database(f"sqlite:///{path}")
    ctx = ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
    return add_demo_users(seed_test_regions(ctx))


def _enrich(ctx: ServiceContext) -> dict[str, int]:
    """Everything version 2 carries, on the imported 121000000009; returns the ids made."""
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == SCIN))
        assert payer is not None
        case = s.scalar(select(Case).where(Case.paying_parent_id == payer.id))
        assert case is not None
        srs = {
            sr.workflow: sr
            for sr in s.scalars(select(ServiceRequest).where(ServiceRequest.case_id == case.id))
        }
        decide_sr, criminal_sr = srs[Workflow.DECIDE_ENFORCEMENT], srs[Workflow.CRIMINAL_ACTION]
        payer.sensitive = True
        employer = Contact(
            role=ContactRole.EMPLOYER,
            first_name="Demoton",
            last_name="Widgets Ltd",
            surname_key="widgets ltd",
            name_key="demoton widgets ltd",
        )
        s.add(employer)
        s.flush()
        criminal_sr.subject_contact_id = employer.id
        criminal_sr.team = "Enforcement Team 1"
        asset = Asset(
            contact_id=payer.id,
            asset_type=AssetType.PROPERTY,
            description="1 Fictional Street, Demoton",
            estimated_value=Decimal("150000.00"),
            source=InformationSource.LAND_REGISTRY,
            recorded_on=TODAY - timedelta(days=30),
            imminent_disposal_on=TODAY - timedelta(days=2),
            imminent_disposal_source=InformationSource.THIRD_PARTY,
        )
        court = Court(name="Exampleford Magistrates' Court", kind=CourtKind.MAGISTRATES)
        s.add(court)
        s.flush()
        csa_lo = EnforcementOrder(
            case_id=case.id,
            court_id=court.id,
            period_from=date(2016, 4, 1),
            period_to=date(2018, 3, 31),
            order_type=OrderType.LIABILITY_ORDER,
            status=OrderStatus.GRANTED,
            origin=OrderOrigin.CSA,
            reference="CSA-LO-9",
            applied_on=date(2019, 1, 7),
            granted_on=date(2019, 3, 4),
            amount=Decimal("2400.00"),
        )
        rdo = EnforcementOrder(
            case_id=case.id,
            order_type=OrderType.RDO,
            status=OrderStatus.GRANTED,
            reference="RDO-9",
            applied_on=date(2026, 8, 3),
            granted_on=date(2026, 8, 10),
            amount=Decimal("600.00"),
        )
        s.add_all([asset, csa_lo, rdo])
        s.flush()
        s.add(
            LegacyAction(
                order_id=csa_lo.id,
                kind=LegacyActionKind.BAILIFF,
                started_on=date(2020, 5, 1),
                ended_on=date(2020, 9, 1),
                details="Returned unpaid",
            )
        )
        for month in (9, 10, 11):
            s.add(RdoInstalment(order_id=rdo.id, due_on=date(2026, month, 1), amount=Decimal(50)))
        letter_doc = Document(
            case_id=case.id,
            service_request_id=decide_sr.id,
            doc_type=DocumentType.CMEL9251,
            file_name="121000000009_CMEL9251.docx",
            path=f"{SCIN}_CMEL9251_{decide_sr.id}.docx",
            sha256=SHA,
            created_by="test.user",
            created_at=datetime(2026, 11, 2, 10, 15),
        )
        reply_doc = Document(
            case_id=case.id,
            service_request_id=decide_sr.id,
            doc_type=DocumentType.OTHER,
            file_name="reply.pdf",
            path=f"documents/sr-{decide_sr.id}/received-1.pdf",
            sha256="cd" * 32,
            created_by="colleague.one",
            created_at=datetime(2026, 11, 16, 14, 0),
        )
        s.add_all([letter_doc, reply_doc])
        s.flush()
        s.add(
            Letter(
                case_id=case.id,
                service_request_id=decide_sr.id,
                code=LetterCode.CMEL9251,
                recipient_kind=RecipientKind.EMPLOYER,
                recipient_name="Demoton Widgets Ltd",
                sent_on=date(2026, 11, 2),
                sent_by="test.user",
                reply_due=date(2026, 11, 16),
                reply_received_on=date(2026, 11, 16),
                document_id=letter_doc.id,
                reply_document_id=reply_doc.id,
            )
        )
        snapshot = rules_decide.DecisionSnapshot.of('{"as_of":"2026-11-20","powers":[]}')
        s.add(
            EnforcementDecision(
                service_request_id=decide_sr.id,
                powers="rdo,lsdo",
                welfare_statement="The children's needs were considered.",
                decided_by="team.leader",
                decided_at=datetime(2026, 11, 20, 11, 0),
                snapshot=snapshot.text,
                snapshot_sha256=snapshot.sha256,
                opened_sr_ids=str(criminal_sr.id),
            )
        )
        # A procedure reminder marked done: the row keeping it done names its SR by id.
        s.add(
            Reminder(
                service_request_id=criminal_sr.id,
                due_on=date(2026, 11, 20),
                owner="test.user",
                note="The hold ends",
                kind=f"hold_end:{criminal_sr.id}:2026-11-20",
                done_on=date(2026, 11, 21),
                done_by="colleague.one",
            )
        )
        ids = {"decide": decide_sr.id, "criminal": criminal_sr.id, "case": case.id}
    reminders.add_reminder(ctx, ids["decide"], TODAY + timedelta(days=7), "Chase the employer")
    return ids


@pytest.fixture(scope="module")
def rich(source: ServiceContext, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The file of the enriched case, as the working database exports it."""
    work = _fresh(tmp_path_factory.mktemp("work") / "work.sqlite3")
    try:
        case_file.import_case(work, case_file.export_case(source, SCIN))
        _enrich(work)
        return case_file.export_case(work, SCIN)
    finally:
        work.db.dispose()


def test_everything_version_2_carries_is_in_the_file(rich: dict[str, Any]) -> None:
    assert rich["version"] == 3
    assert rich["paying_parent"]["sensitive"] is True
    [party] = rich["third_parties"]
    assert (party["ref"], party["role"], party["last_name"]) == (
        "party-1",
        "employer",
        "Widgets Ltd",
    )
    [case] = rich["cases"]
    decide_sr, criminal_sr = case["service_requests"]
    assert (criminal_sr["subject"], criminal_sr["team"]) == ("party-1", "Enforcement Team 1")
    assert criminal_sr["reminders"] == [
        {
            "kind": "hold_end",
            "about": "sr-2",
            "due_on": "2026-11-20",
            "owner": "test.user",
            "note": "The hold ends",
            "done_on": "2026-11-21",
            "done_by": "colleague.one",
        }
    ]
    assert decide_sr["reminders"][0]["kind"] == "manual"
    assert decide_sr["reminders"][0]["about"] is None
    assert len(decide_sr["sources"]) == 4
    assert decide_sr["decision"]["powers"] == ["rdo", "lsdo"]
    assert decide_sr["decision"]["opened"] == ["sr-2"]
    [letter] = decide_sr["letters"]
    assert (letter["document"], letter["reply_document"]) == ("doc-1", "doc-2")
    assert [d["service_request"] for d in case["documents"]] == ["sr-1", "sr-1"]
    assert case["documents"][0]["sha256"] == SHA
    [asset] = rich["assets"]
    assert asset["imminent_disposal_source"] == "third_party"
    csa_lo, rdo = case["orders"]
    assert csa_lo["legacy_actions"][0]["kind"] == "bailiff"
    assert [i["due_on"] for i in rdo["instalments"]] == ["2026-09-01", "2026-10-01", "2026-11-01"]
    text = json.dumps(rich)
    assert '"id"' not in text and "_id" not in text


def test_the_file_imports_elsewhere_and_exports_the_same(
    rich: dict[str, Any], source: ServiceContext, tmp_path: Path
) -> None:
    target = _fresh(tmp_path / "target.sqlite3")
    try:
        # Records already in the target first, so that no id of the file's lands on its own.
        case_file.import_case(target, case_file.export_case(source, "121000000001"))
        summary = case_file.import_case(target, json.loads(json.dumps(rich)))
        again = case_file.export_case(target, SCIN)
        assert again == rich | {"exported_at": again["exported_at"]}
        with target.reading() as s:
            criminal = s.scalar(
                select(ServiceRequest).where(
                    ServiceRequest.case_id == summary.case_id,
                    ServiceRequest.workflow == Workflow.CRIMINAL_ACTION,
                )
            )
            assert criminal is not None
            kinds = s.scalars(select(Reminder.kind).where(Reminder.kind != "manual")).all()
            assert kinds == [f"hold_end:{criminal.id}:2026-11-20"]
            payer = s.scalar(select(Contact).where(Contact.scin == SCIN))
            assert payer is not None and payer.attention == 2  # urgent: the disposal
        assert reminders.reminders_for_sr(target, criminal.id)[0].done_by == "colleague.one"
    finally:
        target.db.dispose()


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def _at(data: dict[str, Any], path: str) -> Any:
    target: Any = data
    for part in path.replace("]", "").replace("[", ".").split("."):
        target = target[int(part)] if part.isdigit() else target[part]
    return target


#: One fault each: (name, where to change, new value, the error's path, words in it).
FAULTS: list[tuple[str, str, str, Any, str, str]] = [
    ("snapshot changed after the decision", "cases[0].service_requests[0].decision", "snapshot",
     '{"as_of":"2026-11-20","powers":["edited"]}',
     "cases[0].service_requests[0].decision.snapshot_sha256", "does not match"),
    ("decision by an unknown login", "cases[0].service_requests[0].decision", "decided_by",
     "ex.leader",
     "cases[0].service_requests[0].decision.decided_by", "'ex.leader'"),
    ("letter sent by an unknown login", "cases[0].service_requests[0].letters[0]", "sent_by",
     "temp.one",
     "cases[0].service_requests[0].letters[0].sent_by", "'temp.one'"),
    ("reminder for an unknown login", "cases[0].service_requests[0].reminders[0]", "owner", "x.y",
     "cases[0].service_requests[0].reminders[0].owner", "'x.y'"),
    ("source checked by an unknown login", "cases[0].service_requests[0].sources[0]", "checked_by",
     "gone.away", "cases[0].service_requests[0].sources[0].checked_by", "'gone.away'"),
    ("document outside the store", "cases[0].documents[0]", "path", "../../etc/passwd",
     "cases[0].documents[0].path", "inside the document store"),
    ("document at an absolute path", "cases[0].documents[1]", "path", "/etc/passwd",
     "cases[0].documents[1].path", "inside the document store"),
    ("document on a Windows drive", "cases[0].documents[1]", "path", "C:\\Users\\pat\\x.pdf",
     "cases[0].documents[1].path", "inside the document store"),
    ("sha256 not a hash", "cases[0].documents[0]", "sha256", "abc", "cases[0].documents[0].sha256",
     "SHA-256"),
    ("letter naming no document of the file", "cases[0].service_requests[0].letters[0]", "document",
     "doc-9", "cases[0].service_requests[0].letters[0].document", "not in the file"),
    ("reply before the letter", "cases[0].service_requests[0].letters[0]", "reply_received_on",
     "2026-11-01", "cases[0].service_requests[0].letters[0].reply_received_on",
     "before the letter"),
    ("procedure reminder not done", "cases[0].service_requests[1].reminders[0]", "done_on", None,
     "cases[0].service_requests[1].reminders[0].done_on", "only once done"),
    ("procedure reminder about nothing", "cases[0].service_requests[1].reminders[0]", "about",
     "sr-7",
     "cases[0].service_requests[1].reminders[0].about", "not in the file"),
    ("unknown reminder kind", "cases[0].service_requests[1].reminders[0]", "kind", "nap",
     "cases[0].service_requests[1].reminders[0].kind", "not one of"),
    ("subject nobody in the file", "cases[0].service_requests[1]", "subject", "party-5",
     "cases[0].service_requests[1].subject", "neither"),
    ("source checked tomorrow", "cases[0].service_requests[0].sources[0]", "checked_on",
     "2026-11-24",
     "cases[0].service_requests[0].sources[0].checked_on", "future"),
    ("unknown power", "cases[0].service_requests[0].decision", "powers", ["rdo", "magic"],
     "cases[0].service_requests[0].decision.powers[1]", "not one of"),
    ("decision opening an SR not in the file", "cases[0].service_requests[0].decision", "opened",
     ["sr-9"], "cases[0].service_requests[0].decision.opened[0]", "not in the file"),
    ("instalments on a CSA LO", "cases[0].orders[0]", "instalments",
     [{"due_on": "2026-09-01", "amount": "50.00"}], "cases[0].orders[0].instalments",
     "regular deduction"),
    ("instalment of nothing", "cases[0].orders[1].instalments[0]", "amount", "0.00",
     "cases[0].orders[1].instalments[0].amount", "over £0.00"),
    ("two instalments on one day", "cases[0].orders[1].instalments[1]", "due_on", "2026-09-01",
     "cases[0].orders[1].instalments[1].due_on", "due that day too"),
    ("legacy action on an RDO", "cases[0].orders[1]", "legacy_actions",
     [{"kind": "bailiff", "started_on": "2020-01-01", "ended_on": None, "details": None}],
     "cases[0].orders[1].legacy_actions", "CSA liability order"),
    ("legacy action ending before it started", "cases[0].orders[0].legacy_actions[0]", "ended_on",
     "2019-01-01", "cases[0].orders[0].legacy_actions[0].ended_on", "before it started"),
    ("imminent disposal without its source", "assets[0]", "imminent_disposal_source", None,
     "assets[0].imminent_disposal_source", "both"),
    ("third party who is a parent", "third_parties[0]", "role", "paying_parent",
     "third_parties[0].role", "employer or a third party"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("record", "key", "value", "path", "words"),
    [pytest.param(r, k, v, p, w, id=name) for name, r, k, v, p, w in FAULTS],
)
def test_each_version_2_check_names_its_place_and_writes_nothing(
    rich: dict[str, Any],
    ctx: ServiceContext,
    record: str,
    key: str,
    value: Any,
    path: str,
    words: str,
) -> None:
    add_demo_users(ctx)
    data = copy.deepcopy(rich)
    _at(data, record)[key] = value
    before = _counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    assert path in caught.value.errors, caught.value.errors
    assert words.lower() in caught.value.errors[path].lower(), caught.value.errors[path]
    assert _counts(ctx) == before


def test_the_rich_file_imports_into_the_tests_database(
    rich: dict[str, Any], ctx: ServiceContext
) -> None:
    """The faults above are each alone: unchanged, the same file imports into that database."""
    add_demo_users(ctx)
    summary = case_file.import_case(ctx, copy.deepcopy(rich))
    assert summary.scin == SCIN
