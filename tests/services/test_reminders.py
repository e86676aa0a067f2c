"""Reminders and the diary on a real database (issue 11, "Diary and reminders")."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, select, update

from enforcement_desktop.domain.enums import DeoDesire, SrStatus, SrSubStatus, StepOutcome, UserRole
from enforcement_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    RuleViolation,
    ValidationError,
)
from enforcement_desktop.services import reminders, users
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from enforcement_desktop.storage.models import (
    ActivityStep,
    AuditEvent,
    Case,
    EnforceForm,
    Reminder,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW
from tests.services.builders import add_case, make_case, make_paying_parent

TODAY = FIXED_NOW.date()
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")
ARREARS = ("Arrears", "Arrears Management", "Arrears Review")


def _as(ctx: ServiceContext, login: str) -> ServiceContext:
    return ServiceContext(ctx.db, login, clock=ctx.clock)


@pytest.fixture
def team(ctx: ServiceContext) -> ServiceContext:
    """lead.one leads Team A, where test.user works; other.one is in Team B."""
    lead = _as(ctx, "lead.one")
    users.add_user(
        lead,
        "lead.one",
        users.UserInput("Lee Leader", team="Team A", roles=frozenset({UserRole.TEAM_LEADER})),
    )
    users.add_user(lead, "test.user", users.UserInput("Test Example", team="Team A"))
    users.add_user(lead, "other.one", users.UserInput("Olly Other", team="Team B"))
    return ctx


def _sr(ctx: ServiceContext, case_id: int, category: tuple[str, str, str] = BAILIFF) -> int:
    return srs.create_service_request(ctx, case_id, *category).id


def _wait(
    ctx: ServiceContext,
    sr_id: int,
    until: date,
    sub_status: str = SrSubStatus.AWAITING_BAILIFF,
    **form: object,
) -> None:
    with ctx.db.unit_of_work() as s:
        s.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == sr_id)
            .values(status=SrStatus.WAIT, sub_status=sub_status, wait_until=until)
        )
        if form:
            s.execute(
                update(EnforceForm).where(EnforceForm.service_request_id == sr_id).values(**form)
            )


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


# --------------------------------------------------------------------------- manual reminders


def test_a_reminder_set_today_is_in_todays_diary(team: ServiceContext) -> None:
    case = make_case(team)
    sr_id = _sr(team, case.id)

    saved = reminders.add_reminder(team, sr_id, TODAY, "  Phone the employer back  ")

    assert (saved.owner, saved.note, saved.kind, saved.done_on) == (
        "test.user",
        "Phone the employer back",
        "manual",
        None,
    )
    (entry,) = reminders.diary_screen(team).entries
    assert (entry.reminder_id, entry.sr_id, entry.what, entry.overdue) == (
        saved.id,
        sr_id,
        "Phone the employer back",
        False,
    )
    assert entry.scin == "121000000101"
    assert entry.client_name == "Pat Testington"
    assert entry.sr_category == "Enforcement / Take Enforcement Action / Bailiff"
    with team.db.reading() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "reminder")).all()
    assert [(e.action, e.entity_id, e.case_id) for e in events] == [("create", saved.id, case.id)]


def test_a_later_reminder_waits_for_its_day(team: ServiceContext) -> None:
    sr_id = _sr(team, make_case(team).id)
    reminders.add_reminder(team, sr_id, TODAY + timedelta(days=3), "Check the payment")

    assert reminders.diary_screen(team).entries == ()
    (entry,) = reminders.diary_screen(team, due_by=TODAY + timedelta(days=7)).entries
    assert entry.due_on == TODAY + timedelta(days=3)


def test_a_reminder_for_a_colleague_goes_in_their_diary(team: ServiceContext) -> None:
    sr_id = _sr(team, make_case(team).id)
    reminders.add_reminder(team, sr_id, TODAY, "Cover while I am away", owner="other.one")

    assert reminders.diary_screen(team).entries == ()
    (entry,) = reminders.diary_screen(team, login="other.one").entries
    assert entry.owner == "other.one"


@pytest.mark.parametrize(
    ("due_on", "note", "owner", "field", "message"),
    [
        (
            TODAY - timedelta(days=1),
            "Too late",
            None,
            "due_on",
            "A reminder cannot be in the past: 22/11/2026 is before today, 23/11/2026",
        ),
        (None, "No date", None, "due_on", "Give the date the reminder is due"),
        (TODAY, "   ", None, "note", "What to do is required"),
        (TODAY, "x" * 501, None, "note", "501 characters; the limit is 500"),
        (TODAY, "Who?", "nobody.here", "owner", "No user has the login 'nobody.here'"),
    ],
)
def test_bad_input_is_refused_and_nothing_saved(
    team: ServiceContext,
    due_on: date | None,
    note: str,
    owner: str | None,
    field: str,
    message: str,
) -> None:
    sr_id = _sr(team, make_case(team).id)

    with pytest.raises(ValidationError) as refused:
        reminders.add_reminder(team, sr_id, due_on, note, owner=owner)

    assert message in refused.value.errors[field]
    assert reminders.reminders_for_sr(team, sr_id) == []


def test_an_unknown_or_closed_sr_is_refused(team: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        reminders.add_reminder(team, 9999, TODAY, "Nothing to remind")
    sr_id = _sr(team, make_case(team).id)
    with team.db.unit_of_work() as s:
        s.execute(
            update(ServiceRequest)
            .where(ServiceRequest.id == sr_id)
            .values(status=SrStatus.CLOSED, closed_on=TODAY)
        )

    with pytest.raises(RuleViolation, match=f"Service request {sr_id} is closed"):
        reminders.add_reminder(team, sr_id, TODAY, "Too late for this one")


def test_done_leaves_the_diary_and_reopen_brings_it_back(team: ServiceContext) -> None:
    sr_id = _sr(team, make_case(team).id)
    saved = reminders.add_reminder(team, sr_id, TODAY, "Chase the bailiff")

    done = reminders.complete_reminder(team, saved.id, saved.version)

    assert (done.done_on, done.done_by) == (TODAY, "test.user")
    assert reminders.diary_screen(team).entries == ()
    with pytest.raises(ConflictError):
        reminders.reopen_reminder(team, saved.id, saved.version)
    with pytest.raises(RuleViolation, match="already done"):
        reminders.complete_reminder(team, saved.id, done.version)
    reopened = reminders.reopen_reminder(team, saved.id, done.version)
    assert reopened.done_on is None
    assert len(reminders.diary_screen(team).entries) == 1


# --------------------------------------------------------------------------- procedure reminders


def test_the_bailiff_wait_end_is_in_the_diary_until_done(team: ServiceContext) -> None:
    sr_id = _sr(team, make_case(team).id)
    issued = TODAY - timedelta(days=91)
    _wait(team, sr_id, issued + timedelta(days=90), bailiff_issue_date=issued)

    (entry,) = reminders.diary_screen(team).entries

    assert entry.kind == "bailiff_wait"
    assert entry.is_procedure and entry.overdue
    assert entry.key == f"bailiff_wait:{sr_id}:2026-11-22"
    assert entry.explanation == "90 days after the bailiff pack was sent on 24/08/2026: 22/11/2026"
    assert entry.owner == "test.user"

    row = reminders.complete_procedure_reminder(team, entry.key, sr_id)

    assert (row.kind, row.done_on, row.done_by) == (entry.key, TODAY, "test.user")
    assert reminders.diary_screen(team).entries == ()
    with pytest.raises(RuleViolation, match="already done"):
        reminders.complete_procedure_reminder(team, entry.key, sr_id)

    # The hold moves the date: a new reminder, not the one marked done.
    _wait(team, sr_id, TODAY, SrSubStatus.ON_HOLD, on_hold_until=TODAY)
    (again,) = reminders.diary_screen(team).entries
    assert again.kind == "hold_end" and not again.overdue


def test_a_reminder_the_records_no_longer_ask_for_is_refused(team: ServiceContext) -> None:
    sr_id = _sr(team, make_case(team).id)
    _wait(team, sr_id, TODAY)
    (entry,) = reminders.diary_screen(team).entries
    _wait(team, sr_id, TODAY + timedelta(days=5))

    with pytest.raises(RuleViolation, match="no longer ask for this reminder"):
        reminders.complete_procedure_reminder(team, entry.key, sr_id)
    with pytest.raises(RuleViolation, match="not a reminder the procedures set"):
        reminders.complete_procedure_reminder(team, "manual", sr_id)


def test_the_deo_desire_flag_reminds_six_weeks_later_once_per_case(team: ServiceContext) -> None:
    case = make_case(team)
    first = _sr(team, case.id, ARREARS)
    second = _sr(team, case.id, BAILIFF)
    with team.db.unit_of_work() as s:
        s.execute(
            update(Case)
            .where(Case.id == case.id)
            .values(deo_desire=DeoDesire.MANDATORY, deo_desire_set_on=TODAY - timedelta(weeks=6))
        )

    (entry,) = reminders.diary_screen(team).entries

    assert entry.kind == "deo_desire"
    assert entry.sr_id == first
    assert entry.due_on == TODAY
    with pytest.raises(RuleViolation, match="another case"):
        reminders.complete_procedure_reminder(
            team, entry.key, _sr(team, make_case(team, "121000000102").id)
        )
    reminders.complete_procedure_reminder(team, entry.key, second)
    assert reminders.diary_screen(team).entries == ()


def test_the_diary_shows_latest_due_first(team: ServiceContext) -> None:
    case = make_case(team)
    older, newer = _sr(team, case.id), _sr(team, case.id)
    _wait(team, older, TODAY - timedelta(days=10))
    _wait(team, newer, TODAY - timedelta(days=2))
    reminders.add_reminder(team, older, TODAY, "Today's call")

    screen = reminders.diary_screen(team)

    assert [e.due_on for e in screen.entries] == [
        TODAY,
        TODAY - timedelta(days=2),
        TODAY - timedelta(days=10),
    ]
    assert screen.overdue_count == 2
    assert reminders.overdue_count(team) == 2


def test_the_status_bar_count_stops_at_its_cap(
    team: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A million-SR queue must not be read whole for a number in the status bar.
    case = make_case(team)
    for days in (2, 3, 4):
        _wait(team, _sr(team, case.id), TODAY - timedelta(days=days))
    assert reminders.overdue_count(team) == 3
    monkeypatch.setattr(reminders, "OVERDUE_CAP", 2)
    assert reminders.overdue_count(team) == 2
    assert reminders.diary_screen(team, limit=2).truncated
    assert not reminders.diary_screen(team).truncated


# --------------------------------------------------------------------------- team and quiet work


def test_a_team_leader_sees_the_teams_diary(team: ServiceContext) -> None:
    lead = _as(team, "lead.one")
    sr_id = _sr(team, make_case(team).id)
    reminders.add_reminder(team, sr_id, TODAY, "Mine, in Team A")
    reminders.add_reminder(team, sr_id, TODAY, "Team B's", owner="other.one")

    assert reminders.diary_screen(lead).entries == ()
    screen = reminders.diary_screen(lead, team=True)

    assert screen.team == "Team A"
    assert [e.what for e in screen.entries] == ["Mine, in Team A"]
    with pytest.raises(RuleViolation, match="Only a team leader"):
        reminders.diary_screen(team, team=True)
    with pytest.raises(NotFoundError):
        reminders.diary_screen(team, login="nobody.here")


def test_quiet_work_is_shown_to_team_leaders_only(team: ServiceContext) -> None:
    lead = _as(team, "lead.one")
    quiet_case = make_case(team)
    busy_case = add_case(team, make_paying_parent(team, "121000000102", "Sam"), "121000000602")
    sr_id = _sr(team, busy_case.id)
    srs.change_status(team, sr_id, 1, SrStatus.IN_PROGRESS)
    with team.db.unit_of_work() as s:
        s.execute(update(ActivityStep).values(outcome=StepOutcome.DONE))
        s.execute(update(Case).where(Case.id == quiet_case.id).values(case_manager="test.user"))

    screen = reminders.diary_screen(lead)

    assert [(c.case_id, c.arrears_balance) for c in screen.quiet_cases] == [
        (quiet_case.id, Decimal("2400.00"))
    ]
    assert screen.quiet_cases[0].reason == (
        "Arrears of £2,400.00; no open service request on the case"
    )
    (quiet_sr,) = screen.quiet_srs
    assert (quiet_sr.sr_id, quiet_sr.owner, quiet_sr.status) == (
        sr_id,
        "test.user",
        SrStatus.IN_PROGRESS,
    )
    assert "no pending plan step" in quiet_sr.reason
    assert reminders.diary_screen(team).quiet_srs == ()

    reminders.add_reminder(team, sr_id, TODAY + timedelta(days=14), "Review the payments")
    assert reminders.diary_screen(lead).quiet_srs == ()


# --------------------------------------------------------------------------- statements


def _fill(ctx: ServiceContext, n: int, first_scin: int) -> None:
    for i in range(n):
        case = make_case(ctx, str(first_scin + i))
        waiting, reminded = _sr(ctx, case.id), _sr(ctx, case.id, ARREARS)
        _wait(ctx, waiting, TODAY - timedelta(days=1), bailiff_issue_date=TODAY)
        reminders.add_reminder(ctx, reminded, TODAY, f"Reminder {i}")
        with ctx.db.unit_of_work() as s:
            s.execute(
                update(Case)
                .where(Case.id == case.id)
                .values(deo_desire=DeoDesire.SELF_SELECTED, deo_desire_set_on=date(2026, 1, 1))
            )
        make_case(ctx, str(first_scin + 50 + i))  # arrears, no SR: quiet


def test_the_diary_reads_the_same_statements_for_one_or_many(team: ServiceContext) -> None:
    lead = _as(team, "lead.one")
    _fill(team, 1, 121000000200)
    with counted(team.db) as one:
        small = reminders.diary_screen(lead, team=True)
    _fill(team, 4, 121000000300)
    with counted(team.db) as many:
        large = reminders.diary_screen(lead, team=True)

    assert len(small.entries) == 3 and len(large.entries) == 15
    assert len(large.quiet_cases) == 5
    # The user; the reminders set by hand; the SRs whose wait ends; the SRs whose hold ends;
    # the cases with a DEO/DER flag; the reminders done; two read the arrears chain's
    # reminders (services.arrears.diary_reminders), two the sanctions orders to refer back and
    # the appeal hearings (services.sanctions_diary; a third reads those orders' payments when
    # there are any); the case and client of the waits shown, the first open SRs of the flags
    # shown; the two lists of quiet work; the names of the owners shown.
    assert len(many) == len(one) == 15
    with counted(team.db) as paged:
        page = reminders.diary_screen(lead, team=True, limit=2, quiet_limit=2)
    # A page of the two reminders set by hand places no wait and no flag: two statements fewer.
    assert [e.kind for e in page.entries] == ["manual", "manual"]
    assert len(paged) == 13
    with team.db.reading() as s:
        assert s.scalar(select(Reminder.id).where(Reminder.done_on.is_not(None))) is None


def test_the_demo_has_reminders_one_of_them_overdue(db: Database) -> None:
    from enforcement_desktop import demo

    demo.build_demo(db, today=TODAY, cases=0, user="test.user")
    ctx = ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)

    manual = [e for e in reminders.diary_screen(ctx).entries if e.kind == "manual"]

    assert [(e.due_on, e.overdue, e.scin) for e in manual] == [
        (TODAY, False, "121000000001"),
        (TODAY - timedelta(days=3), True, "121000000001"),
    ]
    assert reminders.overdue_count(ctx) >= 1
