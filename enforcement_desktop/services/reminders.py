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

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, exists, func, or_, select
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
from enforcement_desktop.domain.enums import DeoDesire, SrStatus, StepOutcome, UserRole
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
    "REMINDER_NOTE_MAX_LENGTH",
    "DiaryEntry",
    "DiaryScreen",
    "QuietCase",
    "QuietServiceRequest",
    "ReminderDTO",
    "add_reminder",
    "complete_procedure_reminder",
    "complete_reminder",
    "diary_screen",
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
        entries: Reminders due by ``due_by``, latest due first.
        quiet_cases: Team leaders: cases with arrears and no open SR (else empty).
        quiet_srs: Team leaders: open SRs that ask nobody to act (else empty).
    """

    today: date
    due_by: date
    login: str
    display_name: str
    team: str | None
    is_team_leader: bool
    entries: tuple[DiaryEntry, ...]
    quiet_cases: tuple[QuietCase, ...] = ()
    quiet_srs: tuple[QuietServiceRequest, ...] = ()
    #: A statement reached the limit it was given (:func:`overdue_count`): there are more.
    truncated: bool = False

    @property
    def overdue_count(self) -> int:
        return sum(1 for e in self.entries if e.overdue)


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


def _manual_entries(
    session: Session, owner_clause: Any, due_by: date, today: date, limit: int | None = None
) -> list[DiaryEntry]:
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
        )
        .limit(limit)
    )
    entries = []
    for row in session.execute(stmt):
        (
            rid,
            version,
            due_on,
            note,
            owner,
            sr_id,
            proc,
            area,
            sub,
            _sro,
            case_id,
            cid,
            scin,
            f,
            la,
        ) = row
        entries.append(
            DiaryEntry(
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
                client_name=_name(f, la),
                owner=owner,
                overdue=is_overdue(due_on, today),
            )
        )
    return entries


def _procedure_entries(
    session: Session, sr_clause: Any, due_by: date, today: date, limit: int | None = None
) -> list[DiaryEntry]:
    deo_set_by = due_by - timedelta(weeks=dates.DEO_DESIRE_REMINDER_WEEKS)
    stmt = (
        select(
            ServiceRequest,
            EnforceForm.on_hold_until,
            EnforceForm.bailiff_issue_date,
            EnforceForm.arrears_agreement_final_payment_due,
            Case.deo_desire,
            Case.deo_desire_set_on,
        )
        .add_columns(*_placing())
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .outerjoin(EnforceForm, EnforceForm.service_request_id == ServiceRequest.id)
        .where(
            ServiceRequest.status.in_(OPEN_STATUSES),
            sr_clause,
            or_(
                and_(
                    ServiceRequest.status == SrStatus.WAIT,
                    or_(ServiceRequest.wait_until <= due_by, EnforceForm.on_hold_until <= due_by),
                ),
                and_(Case.deo_desire != DeoDesire.NONE, Case.deo_desire_set_on <= deo_set_by),
            ),
        )
        .order_by(ServiceRequest.id)
        .limit(limit)
    )
    found: dict[str, tuple[ProcedureReminder, tuple[Any, ...]]] = {}
    for row in session.execute(stmt):
        sr, hold_until, issued, final_due, deo, deo_set_on = row[:6]
        placing = tuple(row[6:])
        facts = SrReminderFacts(
            sr.id, sr.status, sr.sub_status, sr.wait_until, hold_until, issued, final_due
        )
        case_facts = CaseReminderFacts(sr.case_id, deo, deo_set_on)
        for reminder in procedure_reminders([facts], [case_facts]):
            if reminder.due_on <= due_by:
                # A case's DEO/DER reminder shows once, on its first open SR in the diary.
                found.setdefault(reminder.key, (reminder, placing))
    # Arrears - Consider Action: an approved RDO/LSDO to set up, an RDO's payment review.
    for reminder, placing in arrears_chain.diary_reminders(
        session, sr_clause, due_by, _placing(), today=today
    ):
        found.setdefault(reminder.key, (reminder, placing))
    # A breached sanctions order to refer back to court; an appeal's hearing (issue 11).
    for reminder, placing in sanctions_diary.diary_reminders(
        session, sr_clause, due_by, today, _placing()
    ):
        found.setdefault(reminder.key, (reminder, placing))
    done = set(
        session.scalars(
            select(Reminder.kind).where(
                Reminder.kind.in_(list(found)), Reminder.done_on.is_not(None)
            )
        )
    )
    entries = []
    for key, (reminder, placing) in found.items():
        if key in done:
            continue
        sr_id, proc, area, sub, owner, case_id, cid, scin, first, last = placing
        entries.append(
            DiaryEntry(
                key=key,
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
        )
    return entries


def _quiet_cases(session: Session, case_clause: Any) -> list[QuietCase]:
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
    )
    quiet = []
    for case_id, arrears, manager, cid, scin, first, last in session.execute(stmt):
        verdict = case_is_quiet(arrears, 0)
        if verdict is not None:
            quiet.append(
                QuietCase(case_id, cid, scin, _name(first, last), arrears, manager, verdict.text)
            )
    return quiet


def _quiet_srs(session: Session, sr_clause: Any) -> list[QuietServiceRequest]:
    pending = (
        select(func.count(ActivityStep.id))
        .where(
            ActivityStep.service_request_id == ServiceRequest.id,
            ActivityStep.outcome == StepOutcome.PENDING,
        )
        .correlate(ServiceRequest)
        .scalar_subquery()
    )
    reminders = (
        select(func.count(Reminder.id))
        .where(Reminder.service_request_id == ServiceRequest.id, Reminder.done_on.is_(None))
        .correlate(ServiceRequest)
        .scalar_subquery()
    )
    stmt = (
        select(
            ServiceRequest.status,
            ServiceRequest.wait_until,
            ServiceRequest.opened_on,
            pending,
            reminders,
        )
        .add_columns(*_placing())
        .join(Case, Case.id == ServiceRequest.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(
            ServiceRequest.status.in_(OPEN_STATUSES),
            ServiceRequest.wait_until.is_(None),
            sr_clause,
        )
        .order_by(ServiceRequest.opened_on, ServiceRequest.id)
    )
    quiet = []
    for row in session.execute(stmt):
        status, wait_until, opened_on, n_pending, n_reminders = row[:5]
        sr_id, proc, area, sub, owner, case_id, cid, scin, first, last = row[5:]
        verdict = sr_is_quiet(
            status, pending_steps=n_pending, wait_until=wait_until, open_reminders=n_reminders
        )
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
    return quiet


def diary_screen(
    ctx: ServiceContext,
    *,
    login: str | None = None,
    team: bool = False,
    due_by: date | None = None,
    quiet: bool = True,
    limit: int | None = None,
) -> DiaryScreen:
    """The Diary's read model: reminders due by ``due_by`` and, for team leaders, quiet work.

    One transaction, ten statements whatever the number of reminders, cases and SRs (three
    more when an RDO has a payment schedule).

    Args:
        ctx: Database, user and clock.
        login: Whose diary (default: whoever is working).
        team: A team leader's whole team: reminders of its members, SRs they own or assigned
            to the team.
        due_by: The last due date shown (default: today, so today's and overdue reminders).
        quiet: Read the work gone quiet too (team leaders only; False for a count alone).
        limit: At most this many manual and this many procedure candidates are read (a count
            for the status bar need not read a million SRs); ``truncated`` says when it bit.

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
        entries = _manual_entries(session, owned, last, today, limit)
        truncated = limit is not None and len(entries) >= limit
        procedure = _procedure_entries(session, sr_clause, last, today, limit)
        truncated = truncated or (limit is not None and len(procedure) >= limit)
        entries += procedure
        entries.sort(key=lambda e: (e.due_on, e.sr_id, e.key), reverse=True)
        quiet_cases: list[QuietCase] = []
        quiet_srs: list[QuietServiceRequest] = []
        if leader and quiet:
            # The team's cases, and cases nobody owns: no case goes quiet unseen.
            unowned = and_(Case.case_manager.is_(None), Case.team.is_(None))
            if user.team:
                members = select(AppUser.login).where(AppUser.team == user.team).scalar_subquery()
                case_clause = or_(Case.case_manager.in_(members), Case.team == user.team, unowned)
                quiet_sr_clause = or_(
                    ServiceRequest.owner.in_(members), ServiceRequest.team == user.team
                )
            else:
                case_clause = or_(Case.case_manager == who, unowned)
                quiet_sr_clause = ServiceRequest.owner == who
            quiet_cases = _quiet_cases(session, case_clause)
            quiet_srs = _quiet_srs(session, quiet_sr_clause)
        return DiaryScreen(
            today=today,
            due_by=last,
            login=who,
            display_name=user.display_name,
            team=team_name,
            is_team_leader=leader,
            entries=tuple(entries),
            quiet_cases=tuple(quiet_cases),
            quiet_srs=tuple(quiet_srs),
            truncated=truncated,
        )


#: The status bar counts overdue reminders up to this many, then says "1,000+".
OVERDUE_CAP = 1000


def overdue_count(ctx: ServiceContext) -> int:
    """How many of the working user's reminders are overdue (for the status bar), at most
    :data:`OVERDUE_CAP` (reached: there are at least that many); 0 for a login with no user
    record. Reading every SR of a million-SR queue took 11 s on the data lane at start-up."""
    try:
        screen = diary_screen(
            ctx, due_by=ctx.today() - timedelta(days=1), quiet=False, limit=OVERDUE_CAP
        )
    except NotFoundError:
        return 0
    return OVERDUE_CAP if screen.truncated else min(screen.overdue_count, OVERDUE_CAP)
