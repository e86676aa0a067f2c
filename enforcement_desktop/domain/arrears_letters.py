"""Which arrears letter is due to the paying parent (Arrears – Consider Action, step 5).

Seed 001, "Initiate LO arrears action", step 5: if no arrears letter (CMSL6031 or CMSL6038) has
been sent, issue CMSL6031. If there has been no response to CMSL6031, or if, since the last
arrears letter, a period of compliance of 12 weeks or more was followed by a missed payment,
send CMSL6038. Either way the Arrears Review then waits 7 days (Wait State Arrears Notice).

**Compliance.** A collection of ongoing maintenance is complied with when it was paid in full
on or before its due date (``amount_paid >= amount_due`` and ``paid_on <= due_on``). A partial
payment, or a full one that came late, is a missed payment. We chose the strict reading because
the procedure's "period of compliance" must be worked out from the payments recorded, the same
way by everyone, years later: "paid, late" would need a tolerance the procedure does not give.

**The period.** An unbroken run of complied collections (in due-date order, due after the last
arrears letter) lasts from the due date of its first collection to the due date of the missed
one that ends it: weekly collections give 12 weeks after 12 complied collections and a miss.
A collection not yet due, or due today and not yet paid, is neither complied nor missed.

**No response.** CMSL6031 has had no response when no reply is recorded against it and its
7 days (:data:`dates.ARREARS_NOTICE_WAIT_DAYS`) have passed.

Pure: no clock, ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from enforcement_desktop.domain.dates import ARREARS_NOTICE_WAIT_DAYS
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.domain.values import format_date, format_money

__all__ = [
    "ARREARS_LETTERS",
    "COMPLIANCE_WEEKS",
    "STEP_5",
    "ArrearsLetterAdvice",
    "PaymentFacts",
    "SentLetter",
    "next_arrears_letter",
]

#: Where the procedure says which arrears letter to send.
STEP_5 = "Arrears – Consider Action, step 5"

#: The arrears notice letters to the paying parent.
ARREARS_LETTERS = (LetterCode.CMSL6031, LetterCode.CMSL6038)

#: The period of compliance after which a missed payment calls for CMSL6038.
COMPLIANCE_WEEKS = 12


@dataclass(frozen=True, slots=True)
class SentLetter:
    """A letter already sent from the case's SRs: its code, when, and when a reply came."""

    code: LetterCode
    sent_on: date
    reply_received_on: date | None = None


@dataclass(frozen=True, slots=True)
class PaymentFacts:
    """One collection of ongoing maintenance: what was due when, what was paid when."""

    due_on: date
    amount_due: Decimal
    amount_paid: Decimal
    paid_on: date | None

    @property
    def complied(self) -> bool:
        """Paid in full on or before the due date (see the module's note on compliance)."""
        return (
            self.amount_paid >= self.amount_due
            and self.paid_on is not None
            and self.paid_on <= self.due_on
        )

    def missed(self, today: date) -> bool:
        """Not complied with, and its due date has passed."""
        return not self.complied and self.due_on < today

    def shortfall_text(self) -> str:
        """How the collection was missed, in words."""
        if self.amount_paid <= 0:
            return f"nothing paid of {format_money(self.amount_due)}"
        if self.amount_paid < self.amount_due:
            return f"{format_money(self.amount_paid)} paid of {format_money(self.amount_due)}"
        paid = format_date(self.paid_on) if self.paid_on else "late"
        return f"paid in full but late, on {paid}"


@dataclass(frozen=True, slots=True)
class ArrearsLetterAdvice:
    """Which arrears letter is due (None: none) and the sentence that says why."""

    code: LetterCode | None
    reason: str
    #: The last arrears letter sent, if any.
    last_sent: SentLetter | None = None
    #: The missed collection that ended 12+ weeks of compliance, when that is why CMSL6038 is due.
    missed: PaymentFacts | None = None

    @property
    def due(self) -> bool:
        return self.code is not None


def _missed_after_compliance(
    payments: Sequence[PaymentFacts], since: date, today: date
) -> tuple[PaymentFacts, PaymentFacts] | None:
    """The first miss that ends 12+ weeks of compliance among the collections due after
    ``since``: (first complied collection of the run, the missed one); None when there is none."""
    run_start: PaymentFacts | None = None
    for payment in sorted(payments, key=lambda p: p.due_on):
        if payment.due_on <= since or payment.due_on > today:
            continue
        if payment.complied:
            run_start = run_start or payment
            continue
        if not payment.missed(today):
            continue  # due today and not yet paid: not missed yet
        if run_start is not None and payment.due_on - run_start.due_on >= timedelta(
            weeks=COMPLIANCE_WEEKS
        ):
            return run_start, payment
        run_start = None
    return None


def next_arrears_letter(
    sent: Sequence[SentLetter], payments: Sequence[PaymentFacts], today: date
) -> ArrearsLetterAdvice:
    """Which arrears letter the paying parent is due, by step 5 of Initiate LO arrears action.

    Args:
        sent: The letters sent from the case's SRs (any codes; only CMSL6031 and CMSL6038 count).
        payments: The case's collections of ongoing maintenance.
        today: The day the advice is for.

    Returns:
        CMSL6031 when no arrears letter was ever sent; CMSL6038 when the last one was CMSL6031
        with no reply after 7 days, or when a missed payment followed 12 or more weeks of
        compliance since the last arrears letter; otherwise no letter. Always with the reason.
    """
    arrears = [s for s in sent if s.code in ARREARS_LETTERS]
    if not arrears:
        return ArrearsLetterAdvice(
            LetterCode.CMSL6031,
            f"No arrears letter has been sent to the paying parent: send CMSL6031 ({STEP_5}).",
        )
    last = max(arrears, key=lambda s: (s.sent_on, s.code is LetterCode.CMSL6038))
    sent_text = f"{last.code.value} was sent on {format_date(last.sent_on)}"
    if last.code is LetterCode.CMSL6031 and last.reply_received_on is None:
        answer_by = last.sent_on + timedelta(days=ARREARS_NOTICE_WAIT_DAYS)
        if today >= answer_by:
            return ArrearsLetterAdvice(
                LetterCode.CMSL6038,
                f"{sent_text} and no response is recorded after {ARREARS_NOTICE_WAIT_DAYS} "
                f"days: try to phone the paying parent, then send CMSL6038 ({STEP_5}).",
                last,
            )
    found = _missed_after_compliance(payments, last.sent_on, today)
    if found is not None:
        start, miss = found
        weeks = (miss.due_on - start.due_on).days // 7
        return ArrearsLetterAdvice(
            LetterCode.CMSL6038,
            f"Since {sent_text}, the paying parent complied for {weeks} weeks (collections due "
            f"from {format_date(start.due_on)}), then missed the collection due "
            f"{format_date(miss.due_on)} ({miss.shortfall_text()}): try to phone them, then "
            f"send CMSL6038 ({STEP_5}).",
            last,
            miss,
        )
    if last.code is LetterCode.CMSL6031 and last.reply_received_on is None:
        answer_by = last.sent_on + timedelta(days=ARREARS_NOTICE_WAIT_DAYS)
        return ArrearsLetterAdvice(
            None,
            f"{sent_text}: wait for a response until {format_date(answer_by)}; CMSL6038 "
            f"follows if none comes ({STEP_5}).",
            last,
        )
    due_since = [p for p in payments if last.sent_on < p.due_on <= today]
    if not due_since:
        tail = "no collection due since then is recorded (Maintenance payments…)"
    else:
        tail = (
            f"no missed payment after {COMPLIANCE_WEEKS} weeks of compliance since then "
            f"({len(due_since)} collection{'s' if len(due_since) != 1 else ''} recorded)"
        )
    replied = (
        f", answered on {format_date(last.reply_received_on)}"
        if last.reply_received_on is not None
        else ""
    )
    return ArrearsLetterAdvice(
        None,
        f"No arrears letter is due: {sent_text}{replied}, and {tail} ({STEP_5}).",
        last,
    )
