"""The diary: which reminders the procedures ask for, and which work has gone quiet.

Procedure reminders are worked out from the records, never copied into the reminder table: a
DEO/DER desire flag set on a date asks for a reminder six weeks later (Arrears - Consider Action,
Initiate DEO arrears action, step 2, seed 001); a Bailiff SR waiting for the bailiff asks to be
looked at when its 90 days end (Bailiff, steps 18 and 20, seed 003); a hold asks to be looked at
when it ends (step 21); an arrears agreement made by the bailiff when its 7 days after the final
payment end (step 28); an arrears notice when its 7 days for a reply end (seed 001 step 5).
A sanctions order whose payments no longer keep to its terms asks to be referred back to court,
and an appeal's hearing date to record the tribunal's decision (issue 11).

Each has a stable key made of its kind, the record it is about and its date. Marking it done
keeps a reminder row under that key, so it stays done; when the date changes, so does the key,
and the reminder comes back.

Pure: no clock, ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from enforcement_desktop.domain import arrears, dates
from enforcement_desktop.domain.enums import DeoDesire, SrStatus, SrSubStatus
from enforcement_desktop.domain.sanctions import GRACE_DAYS, Compliance
from enforcement_desktop.domain.values import format_date, format_money

__all__ = [
    "MANUAL",
    "OPEN_STATUSES",
    "CaseReminderFacts",
    "ProcedureReminder",
    "QuietVerdict",
    "ReminderKind",
    "SrReminderFacts",
    "case_is_quiet",
    "hearing_reminder",
    "is_overdue",
    "parse_key",
    "procedure_reminders",
    "refer_back_reminder",
    "reminder_key",
    "sr_is_quiet",
]

#: The kind of a reminder a user set by hand.
MANUAL = "manual"

#: The statuses of an SR that is still being worked.
OPEN_STATUSES = (SrStatus.OPEN, SrStatus.IN_PROGRESS, SrStatus.WAIT)


class ReminderKind(StrEnum):
    """The reminders the procedures ask for; the value starts the reminder's key."""

    DEO_DESIRE = "deo_desire"
    BAILIFF_WAIT = "bailiff_wait"
    AGREEMENT_WAIT = "agreement_wait"
    HOLD_END = "hold_end"
    ARREARS_NOTICE = "arrears_notice"
    WAIT_END = "wait_end"
    #: An RDO or LSDO the Deduction Order Team approved: set it up within 48 hours (the
    #: Disclosure SR).
    DOT_SET_UP = "dot_set_up"
    #: An RDO's payment review: its third payment plus five working days (the order).
    RDO_REVIEW = "rdo_review"
    #: An RDO payment below 90 %: negotiate and tell the Deduction Order Team, or (more than
    #: once) Initiate LO arrears action (the order).
    RDO_SHORTFALL = "rdo_shortfall"
    #: A sanctions order breached: refer it back to court (the order; from the day after the
    #: first missed instalment's last day to pay).
    SANCTIONS_REFER_BACK = "sanctions_refer_back"
    #: An appeal's hearing: find out and record the tribunal's decision (the appeal).
    APPEAL_HEARING = "appeal_hearing"


def reminder_key(kind: ReminderKind, record_id: int, due_on: date) -> str:
    """The stable key of a procedure reminder: ``bailiff_wait:42:2026-12-01``.

    It names the record (the case for a DEO/DER desire flag, else the SR) and the date, so a
    reminder marked done stays done until its date changes. At most 40 characters.
    """
    return f"{kind.value}:{record_id}:{due_on.isoformat()}"


def parse_key(key: str) -> tuple[ReminderKind, int, date] | None:
    """The kind, record and date of a procedure reminder's key; None for anything else."""
    parts = key.split(":")
    if len(parts) != 3:
        return None
    try:
        return ReminderKind(parts[0]), int(parts[1]), date.fromisoformat(parts[2])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class SrReminderFacts:
    """What the procedure reminders of one service request are worked out from.

    Attributes:
        sr_id: The SR.
        status: Its status; only an SR still being worked has reminders.
        sub_status: What it waits for.
        wait_until: Its wait date.
        on_hold_until: The hold's last day on the enforce form (Bailiff SRs).
        bailiff_issue_date: The day the bailiff pack was sent (Bailiff SRs).
        agreement_final_payment_due: The final payment of an arrears agreement the bailiff made.
    """

    sr_id: int
    status: SrStatus
    sub_status: str | None
    wait_until: date | None
    on_hold_until: date | None = None
    bailiff_issue_date: date | None = None
    agreement_final_payment_due: date | None = None


@dataclass(frozen=True, slots=True)
class CaseReminderFacts:
    """What a case's own procedure reminders are worked out from (the DEO/DER desire flag)."""

    case_id: int
    deo_desire: DeoDesire
    deo_desire_set_on: date | None


@dataclass(frozen=True, slots=True)
class ProcedureReminder:
    """A reminder a procedure asks for.

    Attributes:
        key: Its stable key (:func:`reminder_key`).
        kind: Which procedure rule asks for it.
        record_id: The SR (or, for a DEO/DER desire flag, the case) it is about.
        due_on: When it is due.
        what: What to do, naming the procedure and step as users know them.
        explanation: How the date was worked out, with the figures.
    """

    key: str
    kind: ReminderKind
    record_id: int
    due_on: date
    what: str
    explanation: str


def _reminder(
    kind: ReminderKind, record_id: int, due_on: date, what: str, explanation: str
) -> ProcedureReminder:
    return ProcedureReminder(
        reminder_key(kind, record_id, due_on), kind, record_id, due_on, what, explanation
    )


def _sr_reminder(sr: SrReminderFacts) -> ProcedureReminder | None:
    if sr.status != SrStatus.WAIT or sr.wait_until is None:
        return None
    until = sr.wait_until
    if sr.sub_status == SrSubStatus.ON_HOLD:
        end = sr.on_hold_until or until
        return _reminder(
            ReminderKind.HOLD_END,
            sr.sr_id,
            end,
            "The hold on bailiff action ends: resume it or close the SR (Bailiff procedure, "
            "step 21)",
            f"The hold lasts until {format_date(end)} (at most {dates.BAILIFF_HOLD_MAX_DAYS} days)",
        )
    if sr.sub_status == SrSubStatus.AWAITING_BAILIFF:
        due = sr.agreement_final_payment_due
        if due is not None and dates.arrears_agreement_wait_until(due).until == until:
            return _reminder(
                ReminderKind.AGREEMENT_WAIT,
                sr.sr_id,
                until,
                "The bailiff's arrears agreement should be paid: check the payments "
                "(Bailiff procedure, step 28)",
                dates.arrears_agreement_wait_until(due).explanation,
            )
        issued = sr.bailiff_issue_date
        explanation = (
            dates.bailiff_wait_until(issued).explanation
            if issued is not None and dates.bailiff_wait_until(issued).until == until
            else f"The SR waits for the bailiff until {format_date(until)}"
        )
        return _reminder(
            ReminderKind.BAILIFF_WAIT,
            sr.sr_id,
            until,
            "The bailiff's 90 days end: check for the bailiff's update (Bailiff procedure, "
            "step 20)",
            explanation,
        )
    if sr.sub_status == SrSubStatus.WAIT_STATE_ARREARS_NOTICE:
        return _reminder(
            ReminderKind.ARREARS_NOTICE,
            sr.sr_id,
            until,
            "The arrears letter's reply is due: check for a response or a payment "
            "(Arrears – Consider Action, step 5)",
            f"{dates.ARREARS_NOTICE_WAIT_DAYS} days after the arrears letter: {format_date(until)}",
        )
    waiting = f" ({sr.sub_status})" if sr.sub_status else ""
    return _reminder(
        ReminderKind.WAIT_END,
        sr.sr_id,
        until,
        f"The SR's wait ends{waiting}: take it up again",
        f"Wait date {format_date(until)}",
    )


def _case_reminder(case: CaseReminderFacts) -> ProcedureReminder | None:
    if case.deo_desire == DeoDesire.NONE or case.deo_desire_set_on is None:
        return None
    period = dates.deo_desire_reminder(case.deo_desire_set_on)
    return _reminder(
        ReminderKind.DEO_DESIRE,
        case.case_id,
        period.until,
        "Desire for DEO/DER flag set 6 weeks ago: Get Employment Status; raise an incident if "
        "HMRC has still sent no employer (Arrears – Consider Action, Initiate DEO arrears "
        "action, step 2)",
        f"{case.deo_desire.label} flag: {period.explanation}",
    )


def dot_set_up_reminder(sr_id: int, approved_on: date, what_order: str) -> ProcedureReminder:
    """The reminder to set up an RDO or LSDO the Deduction Order Team approved (48 hours).

    Args:
        sr_id: The Disclosure SR.
        approved_on: The day it was approved.
        what_order: "RDO approved" or "LSDO approved".
    """
    period = arrears.dot_set_up_due(approved_on)
    return _reminder(
        ReminderKind.DOT_SET_UP,
        sr_id,
        period.until,
        f"{what_order}: set it up within 48 hours and tell the case owner (Arrears – Consider "
        "Action, Disclosure successful authorise RDO/LSDO, step 3)",
        period.explanation,
    )


def rdo_review_reminder(
    order_id: int, reference: str | None, third_payment_due: date
) -> ProcedureReminder:
    """The RDO payment review: contact the Deduction Order Team about compliance at the third
    payment plus five working days.

    Args:
        order_id: The RDO.
        reference: Its reference, named in the reminder.
        third_payment_due: The third scheduled payment's due date.
    """
    period = dates.rdo_payment_review(third_payment_due)
    name = reference or f"order {order_id}"
    return _reminder(
        ReminderKind.RDO_REVIEW,
        order_id,
        period.until,
        f"RDO payment review ({name}): ask the Deduction Order Team about compliance; below 90% "
        "of a payment: negotiate, or Initiate LO (Arrears – Consider Action, Disclosure "
        "successful authorise RDO/LSDO, steps 3 and 8-10)",
        period.explanation,
    )


def refer_back_reminder(order_id: int, name: str, kept: Compliance) -> ProcedureReminder | None:
    """The reminder to refer a breached sanctions order back to court.

    Args:
        order_id: The sanctions order.
        name: Its reference, named in the reminder.
        kept: Its compliance (:func:`enforcement_desktop.domain.sanctions.compliance`).

    Returns:
        None while it is complied with; else the reminder, due the day the first missed
        instalment became missed (its due date plus the grace plus one day).
    """
    since = kept.breached_since
    if since is None:
        return None
    due = since + timedelta(days=GRACE_DAYS + 1)
    count = len(kept.missed)
    return _reminder(
        ReminderKind.SANCTIONS_REFER_BACK,
        order_id,
        due,
        f"Sanctions order {name} breached: refer it back to court; it no longer blocks further "
        "enforcement",
        f"{count} {'instalment' if count == 1 else 'instalments'} missed since "
        f"{format_date(since)} ({kept.missed_text}); missed from the day after the due date "
        "(no grace period)",
    )


def hearing_reminder(appeal_id: int, hearing_on: date, lodged_on: date) -> ProcedureReminder:
    """The reminder of an appeal's hearing: find out and record the tribunal's decision.

    Args:
        appeal_id: The appeal.
        hearing_on: The hearing date; the reminder falls due on it.
        lodged_on: When it was lodged, named in the reminder.
    """
    return _reminder(
        ReminderKind.APPEAL_HEARING,
        appeal_id,
        hearing_on,
        f"Appeal lodged {format_date(lodged_on)} is heard today: record the tribunal's decision "
        "(enforcement on the arrears waits for it)",
        f"Hearing date {format_date(hearing_on)}",
    )


def rdo_shortfall_reminder(
    order_id: int, reference: str | None, compliance: arrears.RdoCompliance
) -> ProcedureReminder | None:
    """What an RDO below 90 % of a scheduled payment asks of the case owner, from the day after
    the latest short payment's date; None while it complies.

    Args:
        order_id: The RDO.
        reference: Its reference, named in the reminder.
        compliance: Its compliance (:func:`domain.arrears.rdo_compliance`).
    """
    if compliance.action not in (
        arrears.RdoAction.NEGOTIATE_AND_TELL_DOT,
        arrears.RdoAction.INITIATE_LO,
    ):
        return None
    latest = compliance.shortfalls[-1]
    name = reference or f"order {order_id}"
    if compliance.action is arrears.RdoAction.INITIATE_LO:
        what = (
            f"RDO {name} below 90% of a payment more than once: Initiate LO arrears action "
            "(Arrears – Consider Action, Disclosure successful authorise RDO/LSDO, step 9)"
        )
    else:
        what = (
            f"RDO {name} below 90% of a payment: negotiate the shortfall with the paying parent "
            "and tell the Deduction Order Team the outcome (Arrears – Consider Action, "
            "Disclosure successful authorise RDO/LSDO, step 9)"
        )
    return _reminder(
        ReminderKind.RDO_SHORTFALL,
        order_id,
        latest.due_on + timedelta(days=1),
        what,
        "; ".join(compliance.reasons),
    )


def procedure_reminders(
    srs: Iterable[SrReminderFacts], cases: Iterable[CaseReminderFacts] = ()
) -> list[ProcedureReminder]:
    """Every reminder the procedures ask for on these SRs and cases, done or not.

    Args:
        srs: Service requests (their waits, holds and bailiff dates).
        cases: Cases (their DEO/DER desire flag).

    Returns:
        The reminders, latest due first; what is already done is the caller's to filter out,
        by key.
    """
    found = [r for r in map(_sr_reminder, srs) if r is not None]
    found += [r for r in map(_case_reminder, cases) if r is not None]
    return sorted(found, key=lambda r: (r.due_on, r.key), reverse=True)


def is_overdue(due_on: date, today: date) -> bool:
    """A reminder is overdue from the day after it falls due."""
    return due_on < today


# --------------------------------------------------------------------------- no case goes quiet


@dataclass(frozen=True, slots=True)
class QuietVerdict:
    """Why a case or an SR counts as gone quiet: nothing will bring it back to anyone's desk."""

    reasons: tuple[str, ...]

    @property
    def text(self) -> str:
        return "; ".join(self.reasons)


def case_is_quiet(arrears_balance: Decimal, open_srs: int) -> QuietVerdict | None:
    """A case with arrears and no open service request has gone quiet.

    Args:
        arrears_balance: The case's arrears.
        open_srs: How many of its SRs are Open, In Progress or Wait.

    Returns:
        The verdict with its reasons, or None when the case is being worked (or owes nothing).
    """
    if arrears_balance <= 0 or open_srs > 0:
        return None
    return QuietVerdict(
        (f"Arrears of {format_money(arrears_balance)}", "no open service request on the case")
    )


def sr_is_quiet(
    status: SrStatus, *, pending_steps: int, wait_until: date | None, open_reminders: int
) -> QuietVerdict | None:
    """An open SR with no pending plan step, no wait date and no open reminder has gone quiet.

    Nothing in it asks anyone to act: no step of its activity plan is waiting, it waits for no
    date, and no reminder is set on it.

    Args:
        status: The SR's status; a closed or cancelled SR is never quiet.
        pending_steps: Its activity plan steps still pending (0 when it has no plan yet).
        wait_until: Its wait date.
        open_reminders: Reminders set on it and not yet done.

    Returns:
        The verdict with its reasons, or None.
    """
    if status not in OPEN_STATUSES:
        return None
    if pending_steps or wait_until is not None or open_reminders:
        return None
    return QuietVerdict(
        (
            f"{status.label}",
            "no pending plan step",
            "no wait date",
            "no open reminder",
        )
    )
