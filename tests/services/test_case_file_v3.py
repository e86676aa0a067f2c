"""Case file version 3: a paying parent with all their cases, and what version 3 adds.

Demo client 121000000012 pays on two cases, with a sanctions order over both; here each case
also gets maintenance payments and an SR that says who raised it. Its file carries both cases,
the order's two case links, the payments and ``raised_by``, and imports into an empty database
once that database has the region and users the file names (which the refusal lists, with the
commands that add them). A version 2 file still imports.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import AppealStatus, OrderType
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import case_file, regions, reminders, users
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    Appeal,
    AppealCase,
    Base,
    Case,
    Contact,
    EnforcementOrder,
    MaintenancePayment,
    OrderCase,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW
from tests.services.case_file_users import DEMO_USERS, add_demo_users
from tests.services.test_case_file import as_one_case

TODAY = FIXED_NOW.date()
TWO_CASES = "121000000012"  # the showcase's sanctions order over two cases
#: A file the version 2 exporter wrote: demo client 121000000009 with everything version 2
#: carries (letters and documents, reminders, a decision, a third party, an RDO's schedule...).
VERSION_2_FILE = Path(__file__).resolve().parent / "case_file_v2.json"


def _counts(ctx: ServiceContext) -> dict[str, int]:
    with ctx.reading() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


def _add_maintenance(ctx: ServiceContext) -> None:
    """Monthly maintenance on both cases of 121000000012 (one month short, one unpaid), the
    first case's Arrears Review raised by the demo's colleague, and an open appeal recorded on
    the second case disputing the arrears of both."""
    with ctx.unit_of_work() as s:
        payer = s.scalar(select(Contact).where(Contact.scin == TWO_CASES))
        assert payer is not None
        first, second = s.scalars(
            select(Case).where(Case.paying_parent_id == payer.id).order_by(Case.id)
        ).all()
        for case, due in ((first, Decimal("120.00")), (second, Decimal("80.00"))):
            for month, paid in ((8, due), (9, due - 30), (10, Decimal("0.00"))):
                s.add(
                    MaintenancePayment(
                        case_id=case.id,
                        due_on=date(2026, month, 1),
                        amount_due=due,
                        amount_paid=paid,
                        paid_on=date(2026, month, 3) if paid else None,
                    )
                )
        appeal = Appeal(
            case_id=second.id,
            lodged_on=date(2026, 10, 20),
            status=AppealStatus.OPEN,
            hearing_on=date(2026, 12, 14),
        )
        appeal.case_links.extend([AppealCase(case_id=first.id), AppealCase(case_id=second.id)])
        s.add(appeal)
        sr = s.scalars(select(ServiceRequest).where(ServiceRequest.case_id == first.id)).first()
        assert sr is not None
        sr.raised_by = demo.COLLEAGUE


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServiceContext]:
    path = tmp_path_factory.mktemp("source") / "demo.sqlite3"
    demo.create_demo_database(f"sqlite:///{path}", today=TODAY, user="test.user")
    database = Database(f"sqlite:///{path}")
    ctx = ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
    _add_maintenance(ctx)
    yield ctx
    database.dispose()


@pytest.fixture(scope="module")
def two_cases(source: ServiceContext) -> dict[str, Any]:
    return case_file.export_case(source, TWO_CASES)


def test_the_file_holds_both_cases_their_links_payments_and_who_raised(
    two_cases: dict[str, Any],
) -> None:
    assert two_cases["version"] == 3
    first, second = two_cases["cases"]
    assert (first["ref"], second["ref"]) == ("case-1", "case-2")
    assert first["receiving_parents"] != second["receiving_parents"]
    assert [c["scin"] for c in two_cases["receiving_parents"]] == [
        *first["receiving_parents"],
        *second["receiving_parents"],
    ]
    [sanctions] = [o for o in first["orders"] if o["order_type"] == "sanctions_order"]
    assert sanctions["cases"] == ["case-1", "case-2"]
    assert [o["cases"] for o in second["orders"]] == [[]]
    assert [a["cases"] for a in second["appeals"]] == [["case-1", "case-2"]]
    assert first["maintenance_payments"] == [
        {"due_on": "2026-08-01", "amount_due": "120.00", "amount_paid": "120.00",
         "paid_on": "2026-08-03"},
        {"due_on": "2026-09-01", "amount_due": "120.00", "amount_paid": "90.00",
         "paid_on": "2026-09-03"},
        {"due_on": "2026-10-01", "amount_due": "120.00", "amount_paid": "0.00", "paid_on": None},
    ]  # fmt: skip
    assert len(second["maintenance_payments"]) == 3
    assert first["service_requests"][0]["raised_by"] == demo.COLLEAGUE
    assert second["service_requests"][0]["raised_by"] is None


def _refer_backs(ctx: ServiceContext) -> list[tuple[str, date, str, str]]:
    """The sanctions orders' refer-back reminders of 121000000012 as the Diary derives them."""
    screen = reminders.diary_screen(ctx, login="test.user", due_by=TODAY + timedelta(days=400))
    return sorted(
        (e.kind, e.due_on, e.what, e.explanation)
        for e in screen.entries
        if e.scin == TWO_CASES and e.kind == "sanctions_refer_back"
    )


def test_both_cases_import_into_an_empty_database_once_it_has_their_region_and_users(
    source: ServiceContext, two_cases: dict[str, Any], tmp_path: Path
) -> None:
    database = Database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        target = ServiceContext(database, "test.user", clock=lambda: FIXED_NOW)
        data = json.loads(json.dumps(two_cases))
        before = _counts(target)
        with pytest.raises(ValidationError) as caught:
            case_file.import_case(target, copy.deepcopy(data))
        # One message, first, says all the empty database lacks and how to add it.
        first_path, message = next(iter(caught.value.errors.items()))
        assert first_path == case_file.MISSING_PATH
        assert message.startswith(
            "this database lacks the region 'Midlands' and the users 'test.user', "
            f"'{demo.COLLEAGUE}'"
        )
        assert "enforcement-desktop region add Midlands" in message
        assert 'enforcement-desktop user add test.user --name "NAME"' in message
        assert f'enforcement-desktop user add {demo.COLLEAGUE} --name "NAME"' in message
        assert "cases[1].region" in caught.value.errors
        assert _counts(target) == before

        # Added as a new team does: the first user (a team leader), then the rest, the region.
        names = {login: name for login, name, _ in DEMO_USERS}
        users.add_user(target, "test.user", users.UserInput(display_name=names["test.user"]))
        users.add_user(target, demo.COLLEAGUE, users.UserInput(names[demo.COLLEAGUE]))
        regions.add_region(target, "Midlands")
        summary = case_file.import_case(target, data)

        assert len(summary.case_ids) == 2 and summary.case_id == summary.case_ids[0]
        assert summary.maintenance_payments == 6
        assert summary.describe().startswith(
            f"Imported cases {summary.case_ids[0]} and {summary.case_ids[1]} (SCIN {TWO_CASES})"
        )
        with target.reading() as s:
            [order] = s.scalars(
                select(EnforcementOrder).where(
                    EnforcementOrder.order_type == OrderType.SANCTIONS_ORDER
                )
            ).all()
            linked = s.scalars(select(OrderCase.case_id).where(OrderCase.order_id == order.id))
            assert sorted(linked) == sorted(summary.case_ids)
            [appeal] = s.scalars(select(Appeal)).all()
            assert appeal.case_id == summary.case_ids[1]
            assert sorted(x.case_id for x in appeal.case_links) == sorted(summary.case_ids)
            paid = s.scalars(
                select(MaintenancePayment.amount_paid)
                .where(MaintenancePayment.case_id == summary.case_ids[1])
                .order_by(MaintenancePayment.due_on)
            ).all()
            assert paid == [Decimal("80.00"), Decimal("50.00"), Decimal("0.00")]
        again = case_file.export_case(target, TWO_CASES)
        assert again == data | {"exported_at": again["exported_at"]}
        # The breach (payments stopped) is derived from the imported records as before.
        derived = _refer_backs(source)
        assert derived and derived == _refer_backs(target)
    finally:
        database.dispose()


def test_a_version_2_file_still_imports(ctx: ServiceContext) -> None:
    """A file the version 2 exporter wrote imports, and exports again as version 3 with the
    same records."""
    old = json.loads(VERSION_2_FILE.read_text(encoding="utf-8"))
    assert old["version"] == 2
    add_demo_users(ctx)
    summary = case_file.import_case(ctx, copy.deepcopy(old))
    assert len(summary.case_ids) == 1
    again = case_file.export_case(ctx, summary.scin)
    assert again["version"] == 3
    same = {"version", "exported_at", "exported_by_program"}
    assert {k: v for k, v in as_one_case(again).items() if k not in same} == {
        k: v for k, v in old.items() if k not in same
    }


def _at(data: dict[str, Any], path: str) -> Any:
    target: Any = data
    for part in path.replace("]", "").replace("[", ".").split("."):
        target = target[int(part)] if part.isdigit() else target[part]
    return target


#: One fault each: (name, record, key, new value, the error's path, words in it).
FAULTS: list[tuple[str, str, str, Any, str, str]] = [
    ("case link to an unknown case", "cases[0].orders[1]", "cases", ["case-1", "case-9"],
     "cases[0].orders[1].cases[1]", "refers to case 'case-9', which is not in the file"),
    ("sanctions order not covering its own case", "cases[0].orders[1]", "cases", ["case-2"],
     "cases[0].orders[1].cases", "covers the case it is recorded on ('case-1')"),
    ("sanctions order covering no case", "cases[0].orders[1]", "cases", [],
     "cases[0].orders[1].cases", "at least one case"),
    ("a case linked twice", "cases[0].orders[1]", "cases", ["case-1", "case-1"],
     "cases[0].orders[1].cases[1]", "twice"),
    ("a liability order covering cases", "cases[1].orders[0]", "cases", ["case-2"],
     "cases[1].orders[0].cases", "only a sanctions order"),
    ("appeal not covering its own case", "cases[1].appeals[0]", "cases", ["case-1"],
     "cases[1].appeals[0].cases", "covers the case it is recorded on ('case-2')"),
    ("appeal covering no case", "cases[1].appeals[0]", "cases", [],
     "cases[1].appeals[0].cases", "at least its own case"),
    ("negative maintenance due", "cases[0].maintenance_payments[0]", "amount_due", "-120.00",
     "cases[0].maintenance_payments[0].amount_due", "£0.00 or more"),
    ("negative maintenance paid", "cases[1].maintenance_payments[1]", "amount_paid", "-1.00",
     "cases[1].maintenance_payments[1].amount_paid", "£0.00 or more"),
    ("two payments due on one day", "cases[0].maintenance_payments[1]", "due_on", "2026-08-01",
     "cases[0].maintenance_payments[1].due_on", "due that day too"),
    ("paid without a date", "cases[0].maintenance_payments[0]", "paid_on", None,
     "cases[0].maintenance_payments[0].paid_on", "date the payment was received"),
    ("nothing due", "cases[1].maintenance_payments[0]", "amount_due", "0.00",
     "cases[1].maintenance_payments[0].amount_due", "more than £0.00"),
    ("a date paid with nothing paid", "cases[0].maintenance_payments[2]", "paid_on", "2026-10-02",
     "cases[0].maintenance_payments[2].paid_on", "nothing was paid"),
    ("paid in the future", "cases[0].maintenance_payments[0]", "paid_on", "2030-01-01",
     "cases[0].maintenance_payments[0].paid_on", "future"),
    ("raised by an unknown login", "cases[0].service_requests[0]", "raised_by", "gone.away",
     "cases[0].service_requests[0].raised_by",
     "no user of this database has the login 'gone.away'"),
    ("a receiving parent not in the file", "cases[1]", "receiving_parents", ["121000099999"],
     "cases[1].receiving_parents[0]", "one of the file's receiving_parents"),
    ("a case with no receiving parent", "cases[1]", "receiving_parents", [],
     "cases[1].receiving_parents", "at least one receiving parent"),
    ("two cases with one ref", "cases[1]", "ref", "case-1", "cases[1].ref", "twice"),
    ("a case's records at the top level", "", "orders", [], "orders", "not a part"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("record", "key", "value", "path", "words"),
    [pytest.param(r, k, v, p, w, id=name) for name, r, k, v, p, w in FAULTS],
)
def test_each_version_3_check_names_its_place_and_writes_nothing(
    two_cases: dict[str, Any],
    ctx: ServiceContext,
    record: str,
    key: str,
    value: Any,
    path: str,
    words: str,
) -> None:
    add_demo_users(ctx)
    data = copy.deepcopy(two_cases)
    (_at(data, record) if record else data)[key] = value
    before = _counts(ctx)
    with pytest.raises(ValidationError) as caught:
        case_file.import_case(ctx, data)
    assert path in caught.value.errors, caught.value.errors
    assert words.lower() in caught.value.errors[path].lower(), caught.value.errors[path]
    assert _counts(ctx) == before


def test_the_two_cases_import_into_the_tests_database(
    two_cases: dict[str, Any], ctx: ServiceContext
) -> None:
    """The faults above are each alone: unchanged, the same file imports into that database."""
    add_demo_users(ctx)
    summary = case_file.import_case(ctx, copy.deepcopy(two_cases))
    assert len(summary.case_ids) == 2
