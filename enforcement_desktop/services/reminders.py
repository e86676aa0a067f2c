"""Reminders and the diary (issue 11, "Diary and reminders").

A case manager sets a reminder on a service request by hand (a row of the ``reminder`` table,
kind "manual"). The procedures' own reminders are worked out from the records each time the
diary is read (:mod:`enforcement_desktop.domain.diary`), never copied: marking one done keeps a
row under its key, so it stays done until its date changes.

:func:`diary_screen` is the Diary's read model: today's and overdue reminders of a user (or, for
a team leader, of their team), and the work that has gone quiet, in a fixed number of
statements whatever the number of service requests.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, exists, func, literal, literal_column, or_, select, true
from sqlalchemy.orm import Session

from enforcement_desktop.domain import dates
from enforcement_desktop.domain.diary import (
    MANUAL,
    OPEN_STATUSES,
    CaseReminderFacts,
    ProcedureReminder,
    ReminderKind,
    SrReminderFacts,
    case_is_quiet,
    is_overdue,
    parse_key,
    procedure_reminders,
    sr_is_quiet,
)
from enforcement_desktop.domain.enums import DeoDesire, SrStatus, SrSubStatus, StepOutcome, UserRole
from enforcement_desktop.domain.errors import NotFoundError, RuleViolation
from enforcement_desktop.domain.values import check_date_range, check_text, format_date
from enforcement_desktop.services import arrears as arrears_chain
from enforcement_desktop.services import sanctions_diary
from enforcement_desktop.services.base import (
    apply_changes,
    check_version,
    get_or_404,
    raise_if_errors,
    record_created,
)
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.users import UserNames, user_names
from enforcement_desktop.storage.models import (
    ActivityStep,
    AppUser,
    Case,
    Contact,
    EnforceForm,
    Reminder,
    ServiceRequest,
)

__all__ = [
    "COUNT_CAP",
    "DIARY_PAGE",
    "OVERDUE_CAP",
    "QUIET_PAGE",
    "REMINDER_NOTE_MAX_LENGTH",
    "Count",
    "DiaryEntry",
    "DiaryScreen",
    "QuietCase",
    "QuietServiceRequest",
    "QuietWork",
    "ReminderDTO",
    "add_reminder",
    "complete_procedure_reminder",
    "complete_reminder",
    "diary_screen",
    "overdue_count",
    "quiet_work",
    "reminder_errors",
    "reminders_for_sr",
    "reopen_reminder",
]

#: The longest reminder note, in characters.
REMINDER_NOTE_MAX_LENGTH = 500


@dataclass(frozen=True, slots=True)
class ReminderDTO:
    id: int
    version: int
    service_request_id: int
    due_on: date
    owner: str
    note: str
    #: "manual", or the key of the procedure reminder this row marks done.
    kind: str
    done_on: date | None
    done_by: str | None

    @property
    def is_manual(self) -> bool:
        return self.kind == MANUAL


def reminder_dto(r: Reminder) -> ReminderDTO:
    return ReminderDTO(
        r.id,
        r.version,
        r.service_request_id,
        r.due_on,
        r.owner,
        r.note,
        r.kind,
        r.done_on,
        r.done_by,
    )


# --------------------------------------------------------------------------- manual reminders


def reminder_errors(due_on: date | None, note: str | None, today: date) -> dict[str, str | None]:
    """What :func:`add_reminder` checks of the date and the note."""
    due_problem: str | None
    if due_on is None:
        due_problem = "Give the date the reminder is due"
    elif due_on < today:
        due_problem = (
            f"A reminder cannot be in the past: {format_date(due_on)} is before today, "
            f"{format_date(today)}"
        )
    else:
        due_problem = check_date_range(due_on)
    return {
        "due_on": due_problem,
        "note": check_text(
            note, required=True, max_length=REMINDER_NOTE_MAX_LENGTH, label="What to do"
        ),
    }


def _check_owner(session: Session, login: str) -> str | None:
    user = session.scalar(select(AppUser).where(AppUser.login == login))
    if user is None:
        return f"No user has the login '{login}'"
    if not user.active:
        return f"{user.display_name} ({login}) is no longer an active user"
    return None


def add_reminder(
    ctx: ServiceContext, sr_id: int, due_on: date | None, note: str, owner: str | None = None
) -> ReminderDTO:
    """Set a reminder on a service request.

    Args:
        ctx: Database, user and clock.
        sr_id: The SR it is about.
        due_on: When it is due: today or later.
        note: What to do (required, at most 500 characters).
        owner: Whose diary it goes in (default: whoever is working).

    Returns:
        The reminder as saved.

    Raises:
        ValidationError: A date in the past or missing, an empty or too long note, an unknown
            or inactive owner.
        NotFoundError: No such SR.
        RuleViolation: The SR is closed or cancelled.
    """
    login = (owner or "").strip() or ctx.user
    errors = reminder_errors(due_on, note, ctx.today())
    with ctx.unit_of_work() as session:
        errors["owner"] = _check_owner(session, login)
        raise_if_errors(errors)
        assert due_on is not None
        sr = get_or_404(session, ServiceRequest, sr_id, "service_request")
        if sr.status not in OPEN_STATUSES:
            raise RuleViolation(
                f"Service request {sr.id} is {sr.status.label.lower()}: a reminder belongs on "
                "a service request still being worked"
            )
        reminder = Reminder(
            service_request_id=sr.id, due_on=due_on, owner=login, note=note.strip(), kind=MANUAL
        )
        session.add(reminder)
        record_created(
            session,
            ctx,
            reminder,
            "reminder",
            case_id=sr.case_id,
            summary=f"due {due_on.isoformat()} for {login}",
        )
        return reminder_dto(reminder)


def _set_done(
    ctx: ServiceContext, reminder_id: int, expected_version: int, done: bool
) -> ReminderDTO:
    with ctx.unit_of_work() as session:
        reminder = get_or_404(session, Reminder, reminder_id, "reminder")
        check_version(reminder, expected_version, "reminder")
        if (reminder.done_on is not None) == done:
            state = "done" if done else "not done"
            raise RuleViolation(f"The reminder is already {state}")
        sr = get_or_404(session, ServiceRequest, reminder.service_request_id, "service_request")
        apply_changes(
            session,
            ctx,
            reminder,
            {
                "done_on": ctx.today() if done else None,
                "done_by": ctx.user if done else None,
            },
            "reminder",
            case_id=sr.case_id,
        )
        session.flush()
        return reminder_dto(reminder)


def complete_reminder(ctx: ServiceContext, reminder_id: int, expected_version: int) -> ReminderDTO:
    """Mark a reminder done today, by whoever is working."""
    return _set_done(ctx, reminder_id, expected_version, True)


def reopen_reminder(ctx: ServiceContext, reminder_id: int, expected_version: int) -> ReminderDTO:
    """Mark a reminder not done again (a procedure reminder then comes back in the diary)."""
    return _set_done(ctx, reminder_id, expected_version, False)


def reminders_for_sr(ctx: ServiceContext, sr_id: int) -> list[ReminderDTO]:
    """The reminder rows of a service request, latest due first (done ones included)."""
    with ctx.reading() as session:
        get_or_404(session, ServiceRequest, sr_id, "service_request")
        rows = session.scalars(
            select(Reminder)
            .where(Reminder.service_request_id == sr_id)
            .order_by(Reminder.due_on.desc(), Reminder.id.desc())
        )
        return [reminder_dto(r) for r in rows]


# --------------------------------------------------------------------------- procedure reminders


def _sr_facts(sr: ServiceRequest, form: EnforceForm | None) -> SrReminderFacts:
    return SrReminderFacts(
        sr_id=sr.id,
        status=sr.status,
        sub_status=sr.sub_status,
        wait_until=sr.wait_until,
        on_hold_until=form.on_hold_until if form else None,
        bailiff_issue_date=form.bailiff_issue_date if form else None,
        agreement_final_payment_due=form.arrears_agreement_final_payment_due if form else None,
    )


def complete_procedure_reminder(ctx: ServiceContext, key: str, sr_id: int) -> ReminderDTO:
    """Mark a reminder the procedures ask for as done: a row under its key keeps it done.

    Args:
        ctx: Database, user and clock.
        key: The reminder's key, as the diary gave it.
        sr_id: The SR it was shown on (a DEO/DER desire reminder: any SR of the case).

    Returns:
        The row that keeps it done.

    Raises:
        RuleViolation: The records no longer ask for this reminder (its date changed, the SR
            moved on), or it is already done.
        NotFoundError: No such SR.
    """
    parsed = parse_key(key)
    if parsed is None:
        raise RuleViolation(f"'{key}' is not a reminder the procedures set")
    kind, record_id, _due = parsed
    with ctx.unit_of_work() as session:
        sr = get_or_404(session, ServiceRequest, sr_id, "service_request")
        chain = arrears_chain.reminders_for_completion(session, kind, record_id, sr, ctx.today())
        if chain is None:
            chain = sanctions_diary.reminders_for_completion(
                session, kind, record_id, sr, ctx.today()
            )
        if chain is not None:
            found = chain
        elif kind == ReminderKind.DEO_DESIRE:
            case = get_or_404(session, Case, record_id, "case")
            if sr.case_id != case.id:
                raise RuleViolation(f"Service request {sr.id} belongs to another case")
            found = procedure_reminders(
                [], [CaseReminderFacts(case.id, case.deo_desire, case.deo_desire_set_on)]
            )
        else:
            if sr.id != record_id:
                raise RuleViolation(f"The reminder is about service request {record_id}")
            form = session.scalar(
                select(EnforceForm).where(EnforceForm.service_request_id == sr.id)
            )
            found = procedure_reminders([_sr_facts(sr, form)])
        reminder = next((r for r in found if r.key == key), None)
        if reminder is None:
            raise RuleViolation(
                "The records no longer ask for this reminder (its date changed or the service "
                "request moved on): refresh the diary"
            )
        if session.scalar(
            select(Reminder.id).where(Reminder.kind == key, Reminder.done_on.is_not(None))
        ):
            raise RuleViolation("The reminder is already done")
        row = Reminder(
            service_request_id=sr.id,
            due_on=reminder.due_on,
            owner=sr.owner or ctx.user,
            note=reminder.what,
            kind=key,
            done_on=ctx.today(),
            done_by=ctx.user,
        )
        session.add(row)
        record_created(session, ctx, row, "reminder", case_id=sr.case_id, summary=f"done {key}")
        return reminder_dto(row)


# --------------------------------------------------------------------------- the diary

#: The Diary shows this many reminders at first, and this many more on each "Show more".
DIARY_PAGE = 200
#: Each list of work gone quiet shows this many lines.
QUIET_PAGE = 200
#: A count reads this many candidates and no more, then says "1,000+".
COUNT_CAP = 1000
#: Keys looked up in one statement (a parameter list has limits on every database).
_KEYS_PER_STATEMENT = 5000


@dataclass(frozen=True, slots=True)
class Count:
    """How many there are: exactly ``value``, or at least ``value`` when ``more``."""

    value: int
    more: bool = False

    @property
    def text(self) -> str:
        """The count as users read it: "734", or "1,000+"."""
        return f"{self.value:,}{'+' if self.more else ''}"


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    """One line of the diary.

    Attributes:
        key: "manual:<id>" for a reminder set by hand, else the procedure reminder's key.
        reminder_id: The row of a manual reminder (None for a procedure reminder).
        version: Its version, to mark it done.
        kind: "manual" or the procedure reminder's kind.
        due_on: When it is due.
        what: What to do (the note, or the procedure's words).
        explanation: How a procedure reminder's date was worked out (empty for a manual one).
        overdue: Due before today.
    """

    key: str
    reminder_id: int | None
    version: int | None
    kind: str
    due_on: date
    what: str
    explanation: str
    sr_id: int
    sr_category: str
    case_id: int
    contact_id: int
    scin: str | None
    client_name: str
    owner: str | None
    overdue: bool

    @property
    def is_procedure(self) -> bool:
        return self.reminder_id is None


@dataclass(frozen=True, slots=True)
class QuietCase:
    """A case with arrears and no open service request."""

    case_id: int
    contact_id: int
    scin: str | None
    client_name: str
    arrears_balance: Decimal
    case_manager: str | None
    reason: str


@dataclass(frozen=True, slots=True)
class QuietServiceRequest:
    """An open service request that asks nobody to act."""

    sr_id: int
    case_id: int
    contact_id: int
    scin: str | None
    client_name: str
    category: str
    status: SrStatus
    owner: str | None
    opened_on: date
    reason: str


@dataclass(frozen=True, slots=True)
class DiaryScreen:
    """What the Diary shows, as it was on ``today``.

    Attributes:
        login: Whose diary.
        display_name: Their name.
        team: The team shown, when a team leader asked for their team's diary.
        is_team_leader: The user may see the team and the work gone quiet.
        entries: Reminders due by ``due_by``, latest due first: all of them, or the first
            ``limit`` :func:`diary_screen` was given.
        due: How many reminders are due by ``due_by`` (at least, when the count reached its cap).
        overdue: How many of them are overdue (likewise).
        quiet_cases: Team leaders: cases with arrears and no open SR (else empty), the first
            ``quiet_limit``.
        quiet_srs: Team leaders: open SRs that ask nobody to act (else empty), likewise.
        quiet_case_count: How many cases have gone quiet.
        quiet_sr_count: How many SRs have gone quiet.
    """

    today: date
    due_by: date
    login: str
    display_name: str
    team: str | None
    is_team_leader: bool
    entries: tuple[DiaryEntry, ...]
    due: Count = Count(0)
    overdue: Count = Count(0)
    quiet_cases: tuple[QuietCase, ...] = ()
    quiet_srs: tuple[QuietServiceRequest, ...] = ()
    quiet_case_count: Count = Count(0)
    quiet_sr_count: Count = Count(0)
    #: The display names of the owners and case managers shown (issue 11: names, not logins).
    names: UserNames = UserNames()

    @property
    def truncated(self) -> bool:
        """Not every reminder due is in ``entries``: "Show more" has more to show."""
        return self.due.more or len(self.entries) < self.due.value

    @property
    def overdue_count(self) -> int:
        return self.overdue.value


def _category(process: str, area: str, sub_area: str) -> str:
    return f"{process} / {area} / {sub_area}"


def _name(first: str, last: str) -> str:
    return f"{first} {last}"


#: The columns that place a diary line: the SR, its case and the case's paying parent.
def _placing() -> tuple[Any, ...]:
    return (
        ServiceRequest.id,
        ServiceRequest.process,
        ServiceRequest.area,
        ServiceRequest.sub_area,
        ServiceRequest.owner,
        Case.id,
        Contact.id,
        Contact.scin,
        Contact.first_name,
        Contact.last_name,
    )


def _procedure_entry(
    reminder: ProcedureReminder, placing: Sequence[Any], today: date
) -> DiaryEntry:
    sr_id, proc, area, sub, owner, case_id, cid, scin, first, last = placing
    return DiaryEntry(
        key=reminder.key,
        reminder_id=None,
        version=None,
        kind=reminder.kind.value,
        due_on=reminder.due_on,
        what=reminder.what,
        explanation=reminder.explanation,
        sr_id=sr_id,
        sr_category=_category(proc, area, sub),
        case_id=case_id,
        contact_id=cid,
        scin=scin,
        client_name=_name(first, last),
        owner=owner,
        overdue=is_overdue(reminder.due_on, today),
    )


def _order(entry: DiaryEntry) -> tuple[date, int, int, str]:
    """The Diary's order, reversed: latest due first, then the latest SR, then the latest
    reminder set by hand. Each source below reads its lines in this order too, so its first
    lines are the ones the Diary shows first."""
    return (entry.due_on, entry.sr_id, entry.reminder_id or 0, entry.key)


#: A source's lines, each with where the next read would start after it.
_Lines = list[tuple[tuple[Any, ...], DiaryEntry]]
#: Read a source's lines after a cursor (None: from the first), at most ``n`` (None: all).
_Fetch = Callable[[Session, tuple[Any, ...] | None, int | None], _Lines]


def _after(columns: Sequence[Any], cursor: tuple[Any, ...] | None) -> Any:
    """Rows after ``cursor`` in the descending order of ``columns`` (a keyset page)."""
    if cursor is None:
        return true()
    first, *rest = columns
    value, *values = cursor
    if not rest:
        return first < value
    return or_(first < value, and_(first == value, _after(rest, tuple(values))))


def _unindexed(condition: Any) -> Any:
    """``condition`` as a filter that no index serves, so that a read with a LIMIT walks the
    index of its ORDER BY (or of another condition) and stops once it has its rows. SQLite chose
    the index on an SR's status and wait date for the quiet SRs instead, and sorted the 630,000
    SRs it found to keep 1,001 (3.5 s; 10 ms walking the SRs by the day they were opened)."""
    one: Any = literal_column("1")  # written out, not a parameter: the planner reads it
    return case((condition, one), else_=literal_column("0")) == one


def _first(n: int | None) -> Any:
    """A LIMIT written into the statement: SQLite plans a limit given as a parameter as if it
    might read every row (it scanned a million SRs for the SRs on hold of a team, 0.2 s, where
    the index of their sub status finds them at once)."""
    return None if n is None else literal(n, Integer, literal_execute=True)


def _manual_fetch(owner_clause: Any, due_by: date, today: date) -> _Fetch:
    order = (Reminder.due_on, Reminder.service_request_id, Reminder.id)

    def fetch(session: Session, cursor: tuple[Any, ...] | None, n: int | None) -> _Lines:
        stmt = (
            select(Reminder.id, Reminder.version, Reminder.due_on, Reminder.note, Reminder.owner)
            .add_columns(*_placing())
            .join(ServiceRequest, ServiceRequest.id == Reminder.service_request_id)
            .join(Case, Case.id == ServiceRequest.case_id)
            .join(Contact, Contact.id == Case.paying_parent_id)
            .where(
                Reminder.kind == MANUAL,
                Reminder.done_on.is_(None),
                Reminder.due_on <= due_by,
                owner_clause(Reminder.owner),
                _after(order, cursor),
            )
            .order_by(*(c.desc() for c in order))
            .limit(_first(n))
        )
        lines: _Lines = []
        for row in session.execute(stmt):
            rid, version, due_on, note, owner, sr_id, proc, area, sub, _sro, case_id = row[:11]
            cid, scin, first, last = row[11:]
            entry = DiaryEntry(
                key=f"{MANUAL}:{rid}",
                reminder_id=rid,
                version=version,
                kind=MANUAL,
                due_on=due_on,
                what=note,
                explanation="",
                sr_id=sr_id,
                sr_category=_category(proc, area, sub),
                case_id=case_id,
                contact_id=cid,
                scin=scin,
                client_name=_name(first, last),
                owner=owner,
                overdue=is_overdue(due_on, today),
            )
            lines.append(((due_on, sr_id, rid), entry))
        return lines

    return fetch


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    """``ids`` a statement's worth at a time (the whole diary of the command line places
    83,000 lines; PostgreSQL takes at most 65,535 parameters)."""
    for start in range(0, len(ids), _KEYS_PER_STATEMENT):
        yield ids[start : start + _KEYS_PER_STATEMENT]


def _placings(session: Session, sr_ids: Any) -> dict[int, tuple[Any, ...]]:
    """The placing columns of the SRs ``sr_ids`` (a select of them), by SR id."""
    stmt = (
        select(*_placing())
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(ServiceRequest.id.in_(sr_ids))
    )
    return {row[0]: tuple(row) for row in session.execute(stmt)}


def _wait_fetch(sr_clause: Any, due_by: date, today: date, *, held: bool) -> _Fetch:
    """The procedure reminders of SRs in Wait: their wait date ends (``held`` False: the
    bailiff's 90 days, an arrears agreement's or an arrears letter's 7 days, any other wait),
    or their hold does (``held``: the hold's last day, else the wait date). The due date is
    filtered and sorted in SQL, so that only the lines needed are read; the SRs are found on
    their own indexes, and :func:`_place` places those the page shows (case, client)."""
    due: Any
    if held:
        due = func.coalesce(EnforceForm.on_hold_until, ServiceRequest.wait_until)
        # The few SRs on hold, found by their sub status (the owner's index has it), not among
        # every SR in Wait (0.5-2 s over a team's 300,000).
        which = and_(
            ServiceRequest.sub_status == SrSubStatus.ON_HOLD,
            _unindexed(ServiceRequest.status == SrStatus.WAIT),
        )
    else:
        due = ServiceRequest.wait_until
        # Found by the owner's index of wait dates, in the order shown; by the index of
        # status and wait date, a user owning no SR had SQLite read every SR in Wait (0.5 s).
        which = and_(
            _unindexed(ServiceRequest.status == SrStatus.WAIT),
            or_(
                ServiceRequest.sub_status.is_(None),
                ServiceRequest.sub_status != SrSubStatus.ON_HOLD,
            ),
        )
    order = (due, ServiceRequest.id)

    def fetch(session: Session, cursor: tuple[Any, ...] | None, n: int | None) -> _Lines:
        stmt = (
            select(
                ServiceRequest.id,
                ServiceRequest.status,
                ServiceRequest.sub_status,
                ServiceRequest.wait_until,
                EnforceForm.on_hold_until,
                EnforceForm.bailiff_issue_date,
                EnforceForm.arrears_agreement_final_payment_due,
            )
            .outerjoin(EnforceForm, EnforceForm.service_request_id == ServiceRequest.id)
            .where(
                ServiceRequest.wait_until.is_not(None),
                which,
                due <= due_by,
                sr_clause,
                _after(order, cursor),
            )
            .order_by(*(c.desc() for c in order))
            .limit(_first(n))
        )
        lines: _Lines = []
        for row in session.execute(stmt):
            fact = SrReminderFacts(*row)
            unplaced = (fact.sr_id, "", "", "", None, 0, _UNPLACED, None, "", "")
            for reminder in procedure_reminders([fact]):
                lines.append(
                    ((reminder.due_on, fact.sr_id), _procedure_entry(reminder, unplaced, today))
                )
        return lines

    return fetch


#: The client of a procedure line not yet placed (:func:`_place`), and the SR of a DEO/DER
#: desire line not yet placed on its case's first open SR: no row has id 0.
_UNPLACED = 0


def _deo_fetch(sr_clause: Any, due_by: date, today: date) -> _Fetch:
    """A case's DEO/DER desire reminder, on the case's first open SR the clause selects. Cases
    are read by the flag's date; the lines of the last date read are all read, so that none of
    them is left out of the Diary's order (which places them by SR). The lines come unplaced:
    :func:`_place` places those the page shows (finding the first open SR of a thousand cases
    took a third of the read)."""
    set_by = due_by - timedelta(weeks=dates.DEO_DESIRE_REMINDER_WEEKS)
    open_sr = exists().where(
        ServiceRequest.case_id == Case.id, ServiceRequest.status.in_(OPEN_STATUSES), sr_clause
    )
    order = (Case.deo_desire_set_on, Case.id)

    def cases(session: Session, where: Any, n: int | None) -> list[Any]:
        stmt = (
            select(Case.id, Case.deo_desire, Case.deo_desire_set_on)
            .where(
                Case.deo_desire != DeoDesire.NONE,
                Case.deo_desire_set_on <= set_by,
                open_sr,
                where,
            )
            .order_by(*(c.desc() for c in order))
            .limit(_first(n))
        )
        return list(session.execute(stmt))

    def fetch(session: Session, cursor: tuple[Any, ...] | None, n: int | None) -> _Lines:
        rows = cases(session, _after(order, cursor), n)
        if n is not None and len(rows) == n:
            last_on, last_id = rows[-1][2], rows[-1][0]
            rows += cases(session, and_(Case.deo_desire_set_on == last_on, Case.id < last_id), None)
        lines: _Lines = []
        for case_id, deo, set_on in rows:
            unplaced = (_UNPLACED, "", "", "", None, case_id, _UNPLACED, None, "", "")
            for reminder in procedure_reminders([], [CaseReminderFacts(case_id, deo, set_on)]):
                lines.append(((set_on, case_id), _procedure_entry(reminder, unplaced, today)))
        return lines

    return fetch


def _place(
    session: Session, sr_clause: Any, found: list[DiaryEntry], limit: int | None
) -> list[DiaryEntry]:
    """``found`` in the Diary's order, the waits' and DEO/DER flags' lines among the first
    ``limit`` (and on their last day, which the order within a day needs) placed: their case
    and client read, a DEO/DER flag's line on its case's first open SR. Lines further down are
    only counted."""
    found.sort(key=_order, reverse=True)
    last_day = found[limit - 1].due_on if limit is not None and len(found) > limit else None
    shown = [
        e for e in found if e.contact_id == _UNPLACED and (last_day is None or e.due_on >= last_day)
    ]
    if not shown:
        return found
    by_sr: dict[int, tuple[Any, ...]] = {}
    for ids in _chunks([e.sr_id for e in shown if e.sr_id != _UNPLACED]):
        by_sr.update(_placings(session, list(ids)))
    flagged = [e.case_id for e in shown if e.sr_id == _UNPLACED]
    by_case: dict[int, tuple[Any, ...]] = {}
    for ids in _chunks(flagged):
        first_sr = (
            select(func.min(ServiceRequest.id))
            .where(
                ServiceRequest.case_id.in_(list(ids)),
                ServiceRequest.status.in_(OPEN_STATUSES),
                sr_clause,
            )
            .group_by(ServiceRequest.case_id)
        )
        by_case.update({p[5]: p for p in _placings(session, first_sr).values()})
    to_place = {e.key for e in shown}
    placed = []
    for entry in found:
        if entry.key in to_place:
            placing = (
                by_case.get(entry.case_id) if entry.sr_id == _UNPLACED else by_sr.get(entry.sr_id)
            )
            if placing is None:  # its SR closed since it was read
                continue
            sr_id, proc, area, sub, owner, case_id, cid, scin, first, last = placing
            entry = dataclasses.replace(
                entry,
                sr_id=sr_id,
                sr_category=_category(proc, area, sub),
                case_id=case_id,
                contact_id=cid,
                scin=scin,
                client_name=_name(first, last),
                owner=owner,
            )
        placed.append(entry)
    placed.sort(key=_order, reverse=True)
    return placed


def _chain_fetch(sr_clause: Any, due_by: date, today: date) -> _Fetch:
    """The arrears chain's (an approved RDO/LSDO to set up, an RDO's payment review) and the
    sanctions orders' and appeals' reminders: worked out whole, from the few orders there are."""

    def fetch(session: Session, _cursor: tuple[Any, ...] | None, _n: int | None) -> _Lines:
        found = arrears_chain.diary_reminders(session, sr_clause, due_by, _placing(), today=today)
        found += sanctions_diary.diary_reminders(session, sr_clause, due_by, today, _placing())
        lines: _Lines = []
        seen: set[str] = set()
        for reminder, placing in found:
            if reminder.key not in seen:
                seen.add(reminder.key)
                lines.append(((), _procedure_entry(reminder, placing, today)))
        return lines

    return fetch


def _done_keys(session: Session, entries: Iterable[DiaryEntry]) -> set[str]:
    keys = [e.key for e in entries if e.is_procedure]
    done: set[str] = set()
    for start in range(0, len(keys), _KEYS_PER_STATEMENT):
        chunk = keys[start : start + _KEYS_PER_STATEMENT]
        done.update(
            session.scalars(
                select(Reminder.kind).where(Reminder.kind.in_(chunk), Reminder.done_on.is_not(None))
            )
        )
    return done


def _read_lines(
    session: Session, sources: Sequence[tuple[_Fetch, bool]], want: int | None
) -> tuple[list[DiaryEntry], bool]:
    """Each source's first ``want`` lines not done (every line when ``want`` is None).

    Returns:
        The lines, and whether a source may have more than it gave.
    """
    fetched = [fetch(session, None, want) for fetch, _whole in sources]
    done = _done_keys(session, (e for lines in fetched for _c, e in lines))
    kept: list[list[DiaryEntry]] = []
    more = False
    for (fetch, whole), lines in zip(sources, fetched, strict=True):
        keep = [e for _c, e in lines if e.key not in done]
        full = not whole and want is not None and len(lines) >= want
        # Lines already done took the place of lines to show: read on until there are enough.
        while full and want is not None and len(keep) < want:
            n = want - len(keep)
            lines = fetch(session, lines[-1][0], n)
            done = _done_keys(session, (e for _c, e in lines))
            keep += [e for _c, e in lines if e.key not in done]
            full = len(lines) >= n
        more = more or full
        kept.append(keep)
    return [e for lines in kept for e in lines], more


def _quiet_cases(
    session: Session, case_clause: Any, limit: int | None, cap: int
) -> tuple[list[QuietCase], Count]:
    want = None if limit is None else max(limit, cap) + 1
    open_sr = exists().where(
        ServiceRequest.case_id == Case.id, ServiceRequest.status.in_(OPEN_STATUSES)
    )
    stmt = (
        select(
            Case.id,
            Case.arrears_balance,
            Case.case_manager,
            Contact.id,
            Contact.scin,
            Contact.first_name,
            Contact.last_name,
        )
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(Case.arrears_balance > 0, ~open_sr, case_clause)
        .order_by(Case.arrears_balance.desc(), Case.id)
        .limit(_first(want))
    )
    quiet = []
    for case_id, arrears, manager, cid, scin, first, last in session.execute(stmt):
        verdict = case_is_quiet(arrears, 0)
        if verdict is not None:
            quiet.append(
                QuietCase(case_id, cid, scin, _name(first, last), arrears, manager, verdict.text)
            )
    return quiet[:limit], _count(len(quiet), want)


def _quiet_srs(
    session: Session, sr_clause: Any, limit: int | None, cap: int
) -> tuple[list[QuietServiceRequest], Count]:
    # What sr_is_quiet asks is asked in SQL too, so that only the lines shown are read.
    pending = exists().where(
        ActivityStep.service_request_id == ServiceRequest.id,
        ActivityStep.outcome == StepOutcome.PENDING,
    )
    reminded = exists().where(
        Reminder.service_request_id == ServiceRequest.id, Reminder.done_on.is_(None)
    )
    want = None if limit is None else max(limit, cap) + 1
    stmt = (
        select(ServiceRequest.status, ServiceRequest.opened_on)
        .add_columns(*_placing())
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(
            _unindexed(
                and_(ServiceRequest.status.in_(OPEN_STATUSES), ServiceRequest.wait_until.is_(None))
            ),
            ~pending,
            ~reminded,
            sr_clause,
        )
        .order_by(ServiceRequest.opened_on, ServiceRequest.id)
        .limit(_first(want))
    )
    quiet = []
    for row in session.execute(stmt):
        status, opened_on = row[:2]
        sr_id, proc, area, sub, owner, case_id, cid, scin, first, last = row[2:]
        verdict = sr_is_quiet(status, pending_steps=0, wait_until=None, open_reminders=0)
        if verdict is None:
            continue
        quiet.append(
            QuietServiceRequest(
                sr_id,
                case_id,
                cid,
                scin,
                _name(first, last),
                _category(proc, area, sub),
                status,
                owner,
                opened_on,
                verdict.text,
            )
        )
    return quiet[:limit], _count(len(quiet), want)


def _count(found: int, want: int | None) -> Count:
    """``found`` lines read with a limit of ``want``: reaching it means there are more."""
    if want is not None and found >= want:
        return Count(want - 1, True)
    return Count(found)


@dataclass(frozen=True, slots=True)
class QuietWork:
    """The work gone quiet a team leader sees (:func:`quiet_work`); empty for anyone else.

    Attributes:
        login: The team leader.
        cases: Cases with arrears and no open SR, the most owed first.
        srs: Open SRs that ask nobody to act, the longest open first.
        case_count: How many cases have gone quiet (at least, when it reached its cap).
        sr_count: How many SRs have gone quiet (likewise).
    """

    login: str
    cases: tuple[QuietCase, ...] = ()
    srs: tuple[QuietServiceRequest, ...] = ()
    case_count: Count = Count(0)
    sr_count: Count = Count(0)
    #: The display names of the case managers and owners shown.
    names: UserNames = UserNames()


def _quiet_work(session: Session, user: AppUser, limit: int | None, cap: int) -> QuietWork:
    if UserRole.TEAM_LEADER not in user.role_set:
        return QuietWork(user.login)
    # The team's cases, and cases nobody owns: no case goes quiet unseen.
    unowned = and_(Case.case_manager.is_(None), Case.team.is_(None))
    if user.team:
        members = select(AppUser.login).where(AppUser.team == user.team).scalar_subquery()
        case_clause = or_(Case.case_manager.in_(members), Case.team == user.team, unowned)
        sr_clause = or_(ServiceRequest.owner.in_(members), ServiceRequest.team == user.team)
    else:
        case_clause = or_(Case.case_manager == user.login, unowned)
        sr_clause = ServiceRequest.owner == user.login
    cases, case_count = _quiet_cases(session, case_clause, limit, cap)
    srs, sr_count = _quiet_srs(session, sr_clause, limit, cap)
    names = user_names(session, [*(c.case_manager for c in cases), *(q.owner for q in srs)])
    return QuietWork(user.login, tuple(cases), tuple(srs), case_count, sr_count, names)


def quiet_work(
    ctx: ServiceContext,
    *,
    login: str | None = None,
    limit: int | None = None,
    count_cap: int = COUNT_CAP,
) -> QuietWork:
    """The work gone quiet a team leader sees, read apart from the reminders: the Diary shows
    its first page of reminders without waiting for it (two statements over every case and
    SR of the team, 0.1-0.4 s on a million SRs).

    Args:
        ctx: Database, user and clock.
        login: Whose (default: whoever is working); empty unless a team leader.
        limit: The first this many lines of each list (None: all).
        count_cap: With a limit, counts stop past this many and say so.

    Raises:
        NotFoundError: No user has the login.
    """
    who = login or ctx.user
    with ctx.reading() as session:
        user = session.scalar(select(AppUser).where(AppUser.login == who))
        if user is None:
            raise NotFoundError("user", who)
        return _quiet_work(session, user, limit, count_cap)


def diary_screen(
    ctx: ServiceContext,
    *,
    login: str | None = None,
    team: bool = False,
    due_by: date | None = None,
    quiet: bool = True,
    limit: int | None = None,
    quiet_limit: int | None = None,
    count_cap: int = COUNT_CAP,
) -> DiaryScreen:
    """The Diary's read model: reminders due by ``due_by`` and, for team leaders, quiet work.

    One transaction, a fixed number of statements whatever the number of reminders, cases and
    SRs (a few more when an RDO has a payment schedule, or when reminders marked done took the
    place of lines to show). With a ``limit``, each kind of reminder is read in the Diary's
    order in SQL, at most ``max(limit, count_cap) + 1`` of each: a million-SR queue is not read
    whole for a page of it.

    Args:
        ctx: Database, user and clock.
        login: Whose diary (default: whoever is working).
        team: A team leader's whole team: reminders of its members, SRs they own or assigned
            to the team.
        due_by: The last due date shown (default: today, so today's and overdue reminders).
        quiet: Read the work gone quiet too (team leaders only; False for a count alone).
        limit: Show the first this many reminders (None: all of them, for the command line).
        quiet_limit: Show the first this many lines of each list of quiet work (None: all).
        count_cap: With a limit, counts stop past this many and say so (``Count.more``).

    Raises:
        NotFoundError: No user has the login.
        RuleViolation: A team's diary asked for by someone who is not a team leader, or who
            has no team.
    """
    who = login or ctx.user
    today = ctx.today()
    last = due_by or today
    with ctx.reading() as session:
        user = session.scalar(select(AppUser).where(AppUser.login == who))
        if user is None:
            raise NotFoundError("user", who)
        leader = UserRole.TEAM_LEADER in user.role_set
        team_name = user.team if team else None
        if team and not leader:
            raise RuleViolation(f"Only a team leader sees a team's diary; {who} is not one")
        if team and not team_name:
            raise RuleViolation(f"{who} belongs to no team: set their team first")

        def owned(column: Any) -> Any:
            if team_name is None:
                return column == who
            members = select(AppUser.login).where(AppUser.team == team_name).scalar_subquery()
            return column.in_(members)

        sr_clause = (
            owned(ServiceRequest.owner)
            if team_name is None
            else or_(owned(ServiceRequest.owner), ServiceRequest.team == team_name)
        )
        want = None if limit is None else max(limit, count_cap) + 1
        found, more = _read_lines(
            session,
            [
                (_manual_fetch(owned, last, today), False),
                (_wait_fetch(sr_clause, last, today, held=False), False),
                (_wait_fetch(sr_clause, last, today, held=True), False),
                (_deo_fetch(sr_clause, last, today), False),
                (_chain_fetch(sr_clause, last, today), True),
            ],
            want,
        )
        found = _place(session, sr_clause, found, limit)
        if more and want is not None:
            # Every source gave its first ``want`` lines: the first ``want - 1`` of them all are
            # the Diary's first lines; past them, a source not read on might come first.
            found = found[: want - 1]
        due = Count(len(found), more)
        overdue = Count(sum(1 for e in found if e.overdue), more)
        entries = found if limit is None else found[:limit]
        work = _quiet_work(session, user, quiet_limit, count_cap) if quiet else QuietWork(who)
        return DiaryScreen(
            today=today,
            due_by=last,
            login=who,
            display_name=user.display_name,
            team=team_name,
            is_team_leader=leader,
            entries=tuple(entries),
            due=due,
            overdue=overdue,
            quiet_cases=work.cases,
            quiet_srs=work.srs,
            quiet_case_count=work.case_count,
            quiet_sr_count=work.sr_count,
            names=UserNames(
                {**work.names.by_login, **user_names(session, (e.owner for e in entries)).by_login}
            ),
        )


#: The status bar counts overdue reminders up to this many, then says "1,000+".
OVERDUE_CAP = 1000


def overdue_count(ctx: ServiceContext) -> int:
    """How many of the working user's reminders are overdue (for the status bar), at most
    :data:`OVERDUE_CAP` (reached: there are at least that many); 0 for a login with no user
    record. Reading every SR of a million-SR queue took 11 s on the data lane at start-up."""
    try:
        screen = diary_screen(
            ctx,
            due_by=ctx.today() - timedelta(days=1),
            quiet=False,
            limit=OVERDUE_CAP,
            count_cap=OVERDUE_CAP,
        )
    except NotFoundError:
        return 0
    return min(screen.overdue.value, OVERDUE_CAP)
