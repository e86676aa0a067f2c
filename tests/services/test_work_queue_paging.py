"""Paging through the work queue: every SR exactly once, in order, under every sort.

The pages are read as the table model reads them (a window at an offset, forwards or from the
end), over a queue that mixes urgent, priority and ordinary clients, dated and undated waits, and
SRs of other owners and other statuses that must not appear.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Contact
from tests.services.builders import add_case, make_paying_parent

TODAY = date(2026, 11, 23)
CATEGORIES = (
    ("Enforcement", "Take Enforcement Action", "Bailiff"),
    ("Arrears", "Arrears Management", "Arrears Review"),
)
NAMES = ("Testington", "Abbot", "Zeller", "Moss", "Abbot")
#: Client i's attention level: urgent (2), priority (1) or none.
LEVELS = (0, 2, 0, 1, 1)


@pytest.fixture
def queue(ctx: ServiceContext) -> list[int]:
    """Five clients' SRs in test.user's queue (some waiting), plus SRs the queue leaves out."""
    made: list[int] = []
    for i, last in enumerate(NAMES):
        payer = make_paying_parent(ctx, f"12100000{i:04d}", last=last)
        case = add_case(ctx, payer, f"12100050{i:04d}")
        for j in range(4):
            sr = srs.create_service_request(ctx, case.id, *CATEGORIES[(i + j) % 2])
            if (i + j) % 3 == 0:
                sr = srs.change_status(
                    ctx,
                    sr.id,
                    sr.version,
                    SrStatus.WAIT,
                    wait_until=date(2026, 12, 1 + (i * j) % 4),
                )
            made.append(sr.id)
        closed = srs.create_service_request(ctx, case.id, *CATEGORIES[0])
        srs.change_status(ctx, closed.id, closed.version, SrStatus.CANCELLED)
        srs.create_service_request(ctx, case.id, *CATEGORIES[1], owner="someone.else")
        with ctx.db.unit_of_work() as session:
            session.execute(update(Contact).where(Contact.id == payer).values(attention=LEVELS[i]))
    return made


def _paged(
    ctx: ServiceContext, sort: srs.QueueColumn, descending: bool, size: int, count: int
) -> list[srs.QueueRow]:
    """Every page of ``size`` rows, the later half read from the end as the model does."""
    flt = srs.QueueFilter(owner="test.user")
    rows: list[srs.QueueRow] = []
    with ctx.reading() as session:
        for start in range(0, count, size):
            limit = min(size, count - start)
            from_end = count - (start + limit)
            if from_end < start:
                page = srs.queue_page(
                    session,
                    flt,
                    TODAY,
                    sort=sort,
                    descending=not descending,
                    offset=from_end,
                    limit=limit,
                )
                page.reverse()
            else:
                page = srs.queue_page(
                    session, flt, TODAY, sort=sort, descending=descending, offset=start, limit=limit
                )
            assert len(page) == limit, (sort, descending, start)
            rows += page
    return rows


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", list(srs.QueueColumn), ids=str)
def test_paging_gives_every_sr_once_in_the_sorts_order(
    ctx: ServiceContext, queue: list[int], sort: srs.QueueColumn, descending: bool
) -> None:
    with ctx.reading() as session:
        count = srs.queue_count(session, srs.QueueFilter(owner="test.user"), TODAY)
        whole = srs.queue_page(
            session, srs.QueueFilter(owner="test.user"), TODAY, sort=sort, descending=descending
        )
    assert count == len(queue) == 20
    assert sorted(r.id for r in whole) == sorted(queue)
    for size in (1, 3, 7):
        assert [r.id for r in _paged(ctx, sort, descending, size, count)] == [r.id for r in whole]

    # Urgent, then priority clients first (last when descending), whatever the column.
    levels = [r.attention for r in whole]
    assert levels == sorted(levels, reverse=not descending)
    # Within a level, the column's order, the SR number breaking ties.
    column = {
        srs.QueueColumn.ID: lambda r: (0,),
        srs.QueueColumn.ATTENTION: lambda r: (0,),
        srs.QueueColumn.CLIENT: lambda r: (r.client.split()[-1].lower(),),
        srs.QueueColumn.SCIN: lambda r: (r.scin,),
        srs.QueueColumn.CATEGORY: lambda r: (r.category,),
        srs.QueueColumn.STATUS: lambda r: (r.status.value,),
        srs.QueueColumn.SUB_STATUS: lambda r: (r.sub_status or "",),
        # Undated after dated ascending (overdue first), before them descending.
        srs.QueueColumn.WAIT_UNTIL: lambda r: (r.wait_until is None, r.wait_until or TODAY),
        srs.QueueColumn.OPENED_ON: lambda r: (r.opened_on,),
        srs.QueueColumn.OWNER: lambda r: (r.owner,),
    }[sort]
    expected = sorted(whole, key=lambda r: (-r.attention, *column(r), r.id))
    if descending:
        expected.reverse()
    if sort != srs.QueueColumn.SUB_STATUS:  # NULL sub statuses sort by the database's rule
        assert [r.id for r in whole] == [r.id for r in expected]


def test_a_text_filter_pages_the_same_way(ctx: ServiceContext, queue: list[int]) -> None:
    flt = srs.QueueFilter(owner="test.user", text="abbot")
    with ctx.reading() as session:
        count = srs.queue_count(session, flt, TODAY)
        whole = srs.queue_page(session, flt, TODAY, sort=srs.QueueColumn.WAIT_UNTIL)
        paged = [
            r.id
            for start in range(0, count, 3)
            for r in srs.queue_page(
                session, flt, TODAY, sort=srs.QueueColumn.WAIT_UNTIL, offset=start, limit=3
            )
        ]
    assert count == len(whole) == 8  # two clients named Abbot, four SRs each
    assert paged == [r.id for r in whole]
    assert {r.client.split()[-1] for r in whole} == {"Abbot"}
