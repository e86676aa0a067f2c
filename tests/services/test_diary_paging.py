"""The Diary read in pages (issue 11, review finding: 11 s on a 928,906-SR queue).

The read model reads at most a page of reminders (and enough more to count up to a cap), in the
order the Diary shows them: the first page is the same as the first lines of the whole diary,
"Show more" adds the next ones, and the count says how many there are, or "1,000+".
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update

from enforcement_desktop.domain.enums import DeoDesire, SrStatus, SrSubStatus, StepOutcome, UserRole
from enforcement_desktop.services import reminders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import ActivityStep, Case, EnforceForm, ServiceRequest
from tests.conftest import FIXED_NOW
from tests.services.builders import add_case, make_case, make_paying_parent

TODAY = FIXED_NOW.date()
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


def _as(ctx: ServiceContext, login: str) -> ServiceContext:
    return ServiceContext(ctx.db, login, clock=ctx.clock)


@pytest.fixture
def team(ctx: ServiceContext) -> ServiceContext:
    """lead.one leads Team A, where test.user works."""
    lead = _as(ctx, "lead.one")
    users.add_user(
        lead,
        "lead.one",
        users.UserInput("Lee Leader", team="Team A", roles=frozenset({UserRole.TEAM_LEADER})),
    )
    users.add_user(lead, "test.user", users.UserInput("Test Example", team="Team A"))
    return ctx


def _sr(ctx: ServiceContext, case_id: int) -> int:
    return srs.create_service_request(ctx, case_id, *BAILIFF).id


def _wait(ctx: ServiceContext, sr_id: int, until: date, sub_status: str | None = None) -> None:
    with ctx.db.unit_of_work() as s:
        s.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == sr_id)
            .values(status=SrStatus.WAIT, sub_status=sub_status, wait_until=until)
        )


def _hold(ctx: ServiceContext, sr_id: int, wait_until: date, hold_until: date) -> None:
    _wait(ctx, sr_id, wait_until, SrSubStatus.ON_HOLD)
    with ctx.db.unit_of_work() as s:
        s.execute(
            update(EnforceForm)
            .where(EnforceForm.service_request_id == sr_id)
            .values(on_hold_until=hold_until)
        )


@pytest.fixture
def busy(team: ServiceContext) -> ServiceContext:
    """test.user's diary of ten reminders from every kind of source, some on the same day.

    Six SRs waiting (their wait ends 1 to 6 days ago), one held (its hold ends 3 days ago, its
    wait date later), three reminders set by hand (today, 2 and 6 days ago), a DEO/DER flag set
    6 weeks and 4 days ago, and one reminder marked done (it must not be counted or shown).
    """
    case = make_case(team)
    waiting = [_sr(team, case.id) for _ in range(6)]
    for days, sr_id in enumerate(waiting, start=1):
        _wait(team, sr_id, TODAY - timedelta(days=days))
    _hold(team, _sr(team, case.id), TODAY + timedelta(days=20), TODAY - timedelta(days=3))
    with team.db.unit_of_work() as s:
        s.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(
                deo_desire=DeoDesire.MANDATORY,
                deo_desire_set_on=TODAY - timedelta(weeks=6, days=4),
            )
        )
    reminders.add_reminder(team, waiting[0], TODAY, "Phone the employer")
    reminders.add_reminder(team, waiting[1], TODAY, "Write to the bank")
    reminders.add_reminder(team, waiting[2], TODAY, "Chase the court")
    with team.db.unit_of_work() as s:
        s.execute(
            update(reminders.Reminder)
            .where(reminders.Reminder.note == "Write to the bank")
            .values(due_on=TODAY - timedelta(days=2))
        )
        s.execute(
            update(reminders.Reminder)
            .where(reminders.Reminder.note == "Chase the court")
            .values(due_on=TODAY - timedelta(days=6))
        )
    # The wait that ended 5 days ago is done: it leaves the diary and the count.
    (done,) = [
        e
        for e in reminders.diary_screen(team).entries
        if e.kind == "wait_end" and e.due_on == TODAY - timedelta(days=5)
    ]
    reminders.complete_procedure_reminder(team, done.key, done.sr_id)
    return team


def test_the_first_page_is_the_first_lines_of_the_whole_diary(busy: ServiceContext) -> None:
    whole = reminders.diary_screen(busy)
    assert len(whole.entries) == 10
    assert whole.due.value == 10 and not whole.due.more
    assert not whole.truncated

    first = reminders.diary_screen(busy, limit=4)

    assert first.entries == whole.entries[:4]
    assert [e.due_on for e in first.entries] == sorted(
        (e.due_on for e in first.entries), reverse=True
    )
    assert first.truncated
    assert (first.due.value, first.due.more, first.due.text) == (10, False, "10")
    assert (first.overdue.value, first.overdue.text) == (9, "9")
    assert first.overdue_count == 9


def test_show_more_adds_the_next_lines(busy: ServiceContext) -> None:
    whole = reminders.diary_screen(busy).entries

    for limit in (4, 8, 12):
        page = reminders.diary_screen(busy, limit=limit)
        assert page.entries == whole[:limit]
    assert not reminders.diary_screen(busy, limit=12).truncated


def test_the_count_stops_at_its_cap_and_says_so(busy: ServiceContext) -> None:
    whole = reminders.diary_screen(busy).entries

    page = reminders.diary_screen(busy, limit=2, count_cap=3)

    assert page.entries == whole[:2]
    assert (page.due.value, page.due.more, page.due.text) == (3, True, "3+")
    assert page.overdue.text == "2+"
    assert page.truncated
    # Past the cap, "Show more" still shows the right lines.
    assert reminders.diary_screen(busy, limit=7, count_cap=3).entries == whole[:7]
    # Ten found when reading no more than six of each kind: the count is exact.
    assert reminders.diary_screen(busy, limit=2, count_cap=5).due.text == "10"


def test_a_page_full_of_done_reminders_is_refilled(busy: ServiceContext) -> None:
    # Every waiting SR's reminder done but the oldest: the first page must reach past them.
    for entry in reminders.diary_screen(busy).entries:
        if entry.kind == "wait_end" and entry.due_on > TODAY - timedelta(days=6):
            reminders.complete_procedure_reminder(busy, entry.key, entry.sr_id)
    whole = reminders.diary_screen(busy).entries
    assert [e.kind for e in whole if e.kind == "wait_end"] == ["wait_end"]

    assert len(whole) == 6
    for cap, count in ((1, "1+"), (2, "2+"), (3, "6")):
        page = reminders.diary_screen(busy, limit=1, count_cap=cap)
        assert page.entries == whole[:1]
        assert page.due.text == count
    assert reminders.diary_screen(busy, limit=len(whole), count_cap=1).entries == whole


def test_the_status_bar_count_reads_a_page_only(busy: ServiceContext) -> None:
    assert reminders.overdue_count(busy) == 9


def _quiet_work(ctx: ServiceContext, n: int) -> list[int]:
    """``n`` cases with arrears and no SR, and ``n`` SRs in progress asking nobody to act."""
    sr_ids = []
    for i in range(n):
        payer = make_paying_parent(ctx, str(121000000300 + i), f"Quiet{i}")
        case = add_case(ctx, payer, str(121000000700 + i))
        with ctx.db.unit_of_work() as s:
            s.execute(
                update(Case)
                .where(Case.id == case.id)
                .values(arrears_balance=1000 + i, case_manager="test.user")
            )
        busy_case = add_case(ctx, payer, str(121000000800 + i))
        sr_id = _sr(ctx, busy_case.id)
        srs.change_status(ctx, sr_id, 1, SrStatus.IN_PROGRESS)
        sr_ids.append(sr_id)
    with ctx.db.unit_of_work() as s:
        s.execute(update(ActivityStep).values(outcome=StepOutcome.DONE))
    return sr_ids


def test_the_quiet_lists_are_capped_with_a_count(team: ServiceContext) -> None:
    lead = _as(team, "lead.one")
    _quiet_work(team, 5)
    whole = reminders.diary_screen(lead)
    assert len(whole.quiet_cases) == len(whole.quiet_srs) == 5
    assert whole.quiet_case_count.text == whole.quiet_sr_count.text == "5"

    page = reminders.diary_screen(lead, quiet_limit=2)
    assert page.quiet_cases == whole.quiet_cases[:2]
    assert page.quiet_srs == whole.quiet_srs[:2]
    assert page.quiet_case_count.text == page.quiet_sr_count.text == "5"

    capped = reminders.diary_screen(lead, quiet_limit=2, count_cap=3)
    assert capped.quiet_cases == whole.quiet_cases[:2]
    assert capped.quiet_case_count.text == capped.quiet_sr_count.text == "3+"


def test_the_quiet_work_is_read_apart_for_the_diary_to_show_first(team: ServiceContext) -> None:
    lead = _as(team, "lead.one")
    _quiet_work(team, 3)
    whole = reminders.diary_screen(lead)

    work = reminders.quiet_work(lead, limit=2)

    assert work.login == "lead.one"
    assert (work.cases, work.srs) == (whole.quiet_cases[:2], whole.quiet_srs[:2])
    assert (work.case_count.text, work.sr_count.text) == ("3", "3")
    assert reminders.diary_screen(lead, quiet=False).quiet_cases == ()
    # A case manager has no quiet work to see.
    assert reminders.quiet_work(team) == reminders.QuietWork("test.user")
