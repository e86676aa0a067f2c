"""Arrears – Consider Action (seed 001) beyond the Review LO: the options an Arrears Review
shows, the Deduction Order Team's disclosure outcome, and an RDO's compliance over time.

**Arrears Review.** The compliance options in the seed's order of preference (DEO/DER, then
disclosure for a deduction order, then a Liability Order), each with its reasons from
:func:`rules.arrears_action_preference`; a correspondence address marked DLO or NFA asks the
case manager to record it in the SR notes and close and cancel the SR (Gather Information).

**Disclosure.** The Deduction Order Team approves an RDO or an LSDO, which must then be set up
within 48 hours (Disclosure successful authorise RDO/LSDO), or does not approve it, with its
reasons, and the case manager goes on to Initiate LO arrears action (step 7).

**RDO compliance** (steps 8-10). An RDO has a schedule of instalments (due date, amount). Each
payment counts towards the first instalment due on or after the day it was received: deductions
reach the order by their date, so what comes in between two due dates is the later instalment's.
An instalment whose due date has passed and that received less than 90 % of its amount is a
shortfall. One shortfall: negotiate the shortfall with the paying parent and tell the Deduction
Order Team. More than one, or a failed negotiation: Initiate LO arrears action. The third full
payment (with no shortfall), or a fully paid LSDO, returns the compliant case to Maintenance.
The RDO payment review falls on the third payment's date plus five working days.

Pure: no clock, ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum

from enforcement_desktop.domain import dates, workflows
from enforcement_desktop.domain.enums import (
    AddressMarker,
    OwningTeam,
    SrStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.facts import CaseFacts
from enforcement_desktop.domain.rules import (
    ArrearsAction,
    ArrearsStep,
    Reason,
    RuleId,
    Verdict,
    arrears_action_preference,
)
from enforcement_desktop.domain.values import ZERO, format_date, format_money
from enforcement_desktop.domain.workflows import GuardResult

__all__ = [
    "COMPLIANCE_SHARE",
    "DOT_SET_UP_DAYS",
    "ArrearsReviewAdvice",
    "DisclosureResult",
    "InstalmentStatus",
    "RdoAction",
    "RdoCompliance",
    "ScheduledInstalment",
    "disclosure_outcome_errors",
    "dot_set_up_due",
    "lsdo_paid_in_full",
    "rdo_compliance",
    "review_advice",
    "can_raise_amp",
    "can_return_to_maintenance",
    "can_record_dot_outcome",
    "can_request_disclosure",
    "check_schedule",
    "schedule_errors",
]

#: Below this share of a scheduled RDO payment is a shortfall (step 9: "less than 90%").
COMPLIANCE_SHARE = Decimal("0.9")

#: "RDO or LSDO action must be completed within the recommended 48 hours": the reminder falls
#: two days after the Deduction Order Team's approval (the diary works in days).
DOT_SET_UP_DAYS = 2

#: A schedule longer than this is a typing error (20 years of weekly instalments).
MAX_INSTALMENTS = 20 * 53


# --------------------------------------------------------------------------- Arrears Review


@dataclass(frozen=True, slots=True)
class ArrearsReviewAdvice:
    """What an Arrears Review shows before any action is chosen.

    Attributes:
        options: The three compliance options in the seed's order, each with its verdict; the
            first allowed one is ``recommended``.
        close_and_cancel: The seed's instruction when the correspondence address is marked DLO or
            NFA (record it in the SR notes, then close and cancel the SR); None otherwise.
    """

    options: tuple[ArrearsStep, ...]
    close_and_cancel: str | None

    @property
    def recommended(self) -> ArrearsStep | None:
        """The first option to take, or None when every option is refused."""
        return next((o for o in self.options if o.recommended), None)


def review_advice(
    case: CaseFacts, disclosure_refused: str | None = None, today: date | None = None
) -> ArrearsReviewAdvice:
    """The Arrears Review's compliance options and any close-and-cancel prompt.

    Args:
        case: The case the Arrears Review is on.
        disclosure_refused: When the Deduction Order Team did not approve a deduction order for
            this Arrears Review, what it said (the Disclosure SR and its reasons): disclosure is
            then refused with it and the next option is recommended (step 7: "proceed to
            Initiate LO arrears action").
        today: The day of the reading (whether a sanctions order is breached by then).

    Returns:
        The advice.
    """
    marker = case.paying_parent.address_marker
    prompt = None
    if marker in (AddressMarker.DLO, AddressMarker.NFA):
        prompt = (
            f"The paying parent's correspondence address is marked {marker.label}: record this "
            "in the SR notes, then close and cancel this Arrears Review SR (Arrears – Consider "
            "Action, Gather Information)."
        )
    steps = arrears_action_preference(case, today)
    if disclosure_refused:
        refused = Reason(RuleId.PREREQUISITE, disclosure_refused, False)
        steps = [
            replace(s, verdict=Verdict.of([*s.verdict.reasons, refused]))
            if s.action is ArrearsAction.DEDUCTION_ORDER_DISCLOSURE
            else s
            for s in steps
        ]
        first = next((s.action for s in steps if s.verdict.allowed), None)
        steps = [replace(s, recommended=s.action is first) for s in steps]
    return ArrearsReviewAdvice(tuple(steps), prompt)


# --------------------------------------------------------------------------- disclosure


class DisclosureResult(StrEnum):
    """The Deduction Order Team's outcome of a disclosure request; the value is the Disclosure
    SR's resolution code."""

    RDO_APPROVED = "RDO approved"
    LSDO_APPROVED = "LSDO approved"
    NOT_APPROVED = "Not approved"

    @property
    def label(self) -> str:
        return self.value

    @property
    def approved(self) -> bool:
        return self is not DisclosureResult.NOT_APPROVED


def disclosure_outcome_errors(
    result: DisclosureResult | None, reasons: str | None
) -> dict[str, str]:
    """What is wrong with a Deduction Order Team outcome, per field (empty when nothing).

    An outcome is required; a refusal needs its reasons (step 7: "record your reasons").
    """
    errors: dict[str, str] = {}
    if result is None:
        errors["result"] = "Choose the Deduction Order Team's outcome"
    elif not result.approved and not (reasons or "").strip():
        errors["reasons"] = (
            "Give the Deduction Order Team's reasons for not approving a deduction order"
        )
    return errors


def dot_set_up_due(decided_on: date) -> dates.WaitPeriod:
    """When the RDO or LSDO approved on ``decided_on`` should be set up (within 48 hours)."""
    until = decided_on + timedelta(days=DOT_SET_UP_DAYS)
    return dates.WaitPeriod(
        until=until,
        rule="RDO/LSDO set up within 48 hours of the Deduction Order Team's approval "
        "(Arrears – Consider Action, Disclosure successful authorise RDO/LSDO)",
        explanation=f"Approved on {format_date(decided_on)}; 48 hours later: {format_date(until)}",
    )


# --------------------------------------------------------------------------- RDO schedule


@dataclass(frozen=True, slots=True)
class ScheduledInstalment:
    """One scheduled RDO payment."""

    due_on: date
    amount: Decimal


def schedule_errors(instalments: Sequence[ScheduledInstalment]) -> dict[str, str]:
    """What is wrong with an RDO payment schedule (empty when nothing), under ``instalments``."""
    if not instalments:
        return {"instalments": "An RDO schedule needs at least one instalment (due date, amount)"}
    if len(instalments) > MAX_INSTALMENTS:
        return {"instalments": f"At most {MAX_INSTALMENTS} instalments"}
    for n, item in enumerate(instalments, start=1):
        if item.amount <= 0:
            return {"instalments": f"Instalment {n} ({format_date(item.due_on)}): amount over £0"}
        if item.amount != item.amount.quantize(Decimal("0.01")):
            return {"instalments": f"Instalment {n}: amount in pounds and pence"}
    seen: set[date] = set()
    for item in instalments:
        if item.due_on in seen:
            return {"instalments": f"Two instalments fall due on {format_date(item.due_on)}"}
        seen.add(item.due_on)
    return {}


def check_schedule(instalments: Sequence[ScheduledInstalment]) -> None:
    """Raise the schedule's errors.

    Raises:
        ValidationError: Under ``instalments``.
    """
    errors = schedule_errors(instalments)
    if errors:
        raise ValidationError(errors)


class RdoAction(StrEnum):
    """What the RDO's compliance asks of the case owner (steps 9-10)."""

    NOT_YET_DUE = "not_yet_due"
    COMPLYING = "complying"
    NEGOTIATE_AND_TELL_DOT = "negotiate_and_tell_dot"
    INITIATE_LO = "initiate_lo"
    RETURN_TO_MAINTENANCE = "return_to_maintenance"

    @property
    def label(self) -> str:
        return {
            "not_yet_due": "No payment due yet",
            "complying": "Complying",
            "negotiate_and_tell_dot": "Negotiate the shortfall and tell the Deduction Order Team",
            "initiate_lo": "Initiate LO arrears action",
            "return_to_maintenance": "Return the compliant case to Maintenance",
        }[self.value]


@dataclass(frozen=True, slots=True)
class InstalmentStatus:
    """One scheduled payment and what came in for it.

    Attributes:
        number: 1 for the first.
        due_on: Its date.
        amount: What was scheduled.
        received: The payments that count towards it.
        assessed: True once its date has passed (``due_on < today``).
    """

    number: int
    due_on: date
    amount: Decimal
    received: Decimal
    assessed: bool

    @property
    def full(self) -> bool:
        return self.received >= self.amount

    @property
    def short(self) -> bool:
        """Less than 90 % received once its date has passed."""
        return self.assessed and self.received < self.amount * COMPLIANCE_SHARE

    @property
    def share(self) -> Decimal:
        """What was received as a percentage of the amount, to one decimal place."""
        # Rounded down, so a shortfall never reads as 90.0 %.
        return (self.received * 100 / self.amount).quantize(Decimal("0.1"), rounding=ROUND_DOWN)


@dataclass(frozen=True, slots=True)
class RdoCompliance:
    """An RDO's compliance on a day, and what it asks for.

    Attributes:
        instalments: Every scheduled payment with what came in.
        action: What the case owner should do now.
        reasons: Why, with the dates and figures.
        review: The RDO payment review (third payment + 5 working days); None with fewer than
            three instalments.
        unallocated: Payments after the last instalment's date (counted towards none).
    """

    instalments: tuple[InstalmentStatus, ...]
    action: RdoAction
    reasons: tuple[str, ...]
    review: dates.WaitPeriod | None
    unallocated: Decimal

    @property
    def shortfalls(self) -> tuple[InstalmentStatus, ...]:
        return tuple(i for i in self.instalments if i.short)

    @property
    def full_payments(self) -> int:
        return sum(1 for i in self.instalments if i.assessed and i.full)

    @property
    def summary(self) -> str:
        return f"{self.action.label}: {'; '.join(self.reasons)}"


def _shortfall_text(item: InstalmentStatus) -> str:
    return (
        f"payment {item.number} due {format_date(item.due_on)}: {format_money(item.received)} "
        f"of {format_money(item.amount)} ({item.share}%)"
    )


def rdo_compliance(
    schedule: Sequence[ScheduledInstalment],
    payments: Iterable[tuple[date, Decimal]],
    today: date,
    *,
    negotiation_failed: bool = False,
) -> RdoCompliance:
    """Work out an RDO's compliance from its schedule and the payments recorded.

    Args:
        schedule: The scheduled payments (checked with :func:`schedule_errors`).
        payments: ``(received on, amount)`` of each payment against the order.
        today: The day of the reading.
        negotiation_failed: Whether negotiating a shortfall with the paying parent failed (the
            Action Missed Payment SR's negotiation step, recorded as not successful).

    Returns:
        The compliance with its action and reasons.

    Raises:
        ValidationError: The schedule is empty or invalid.
    """
    check_schedule(schedule)
    ordered = sorted(schedule, key=lambda i: i.due_on)
    received = [ZERO for _ in ordered]
    unallocated = ZERO
    for paid_on, amount in payments:
        index = next((n for n, i in enumerate(ordered) if paid_on <= i.due_on), None)
        if index is None:
            unallocated += amount
        else:
            received[index] += amount
    statuses = tuple(
        InstalmentStatus(n, i.due_on, i.amount, received[n - 1], i.due_on < today)
        for n, i in enumerate(ordered, start=1)
    )
    review = dates.rdo_payment_review(ordered[2].due_on) if len(ordered) >= 3 else None
    shortfalls = [i for i in statuses if i.short]
    full = [i for i in statuses if i.assessed and i.full]
    if len(shortfalls) > 1 or (shortfalls and negotiation_failed):
        why = [f"below 90% of the scheduled payment: {_shortfall_text(i)}" for i in shortfalls]
        if negotiation_failed:
            why.append("negotiating the shortfall with the paying parent failed")
        action = RdoAction.INITIATE_LO
    elif shortfalls:
        why = [
            f"below 90% of the scheduled payment once: {_shortfall_text(shortfalls[0])}",
            "negotiate the shortfall with the paying parent and tell the Deduction Order Team "
            "the outcome",
        ]
        action = RdoAction.NEGOTIATE_AND_TELL_DOT
    elif len(full) >= 3:
        why = [
            f"third full payment received (due {format_date(full[2].due_on)})",
            "return the compliant case to Maintenance",
        ]
        action = RdoAction.RETURN_TO_MAINTENANCE
    elif any(i.assessed for i in statuses):
        count = sum(1 for i in statuses if i.assessed)
        why = [f"{count} of {len(statuses)} scheduled payments due, each at least 90% paid"]
        action = RdoAction.COMPLYING
    else:
        why = [f"the first payment falls due on {format_date(ordered[0].due_on)}"]
        action = RdoAction.NOT_YET_DUE
    return RdoCompliance(statuses, action, tuple(why), review, unallocated)


def lsdo_paid_in_full(amount: Decimal, payments: Iterable[Decimal]) -> tuple[bool, str]:
    """Whether a lump sum deduction order has been paid in full (step 10), and the figures."""
    paid = sum(payments, ZERO)
    if amount > 0 and paid >= amount:
        return True, (
            f"LSDO paid in full ({format_money(paid)} of {format_money(amount)}): return the "
            "compliant case to Maintenance"
        )
    return False, f"LSDO: {format_money(paid)} of {format_money(amount)} paid"


# --------------------------------------------------------------------------- guards


def can_raise_amp(
    parent_workflow: Workflow, parent_status: SrStatus, open_amp: int | None
) -> GuardResult:
    """Whether an Action Missed Payment SR may be raised from an SR (the final chance to
    negotiate, Initiate Disclosure arrears action, steps 7-8).

    Args:
        parent_workflow: The SR it would be raised from.
        parent_status: That SR's status.
        open_amp: An open Action Missed Payment SR already raised from it, if any.
    """
    reasons: list[str] = []
    if parent_workflow is not Workflow.ARREARS_REVIEW:
        reasons.append(
            "an Action Missed Payment SR is raised from an Arrears Review SR, not a "
            f"{parent_workflow.label} SR"
        )
    if workflows.is_final(parent_status):
        reasons.append(f"the Arrears Review SR is {parent_status.label}")
    elif parent_status is SrStatus.OPEN:
        reasons.append("set the Arrears Review SR In Progress first")
    if open_amp is not None:
        reasons.append(f"Action Missed Payment SR {open_amp} raised from it is still open")
    return GuardResult(not reasons, tuple(reasons))


def can_request_disclosure(
    amp_workflow: Workflow,
    amp_status: SrStatus,
    negotiation: StepOutcome | None,
    open_disclosure: int | None,
) -> GuardResult:
    """Whether a Disclosure SR may be raised for the Deduction Order Team from an Action Missed
    Payment SR ("Disclosure Initiated": once the negotiation was attempted and failed).

    Args:
        amp_workflow: The SR it would be raised from.
        amp_status: That SR's status.
        negotiation: The outcome of its negotiation step (None: no plan yet).
        open_disclosure: An open Disclosure SR already raised from it, if any.
    """
    reasons: list[str] = []
    if amp_workflow is not Workflow.ACTION_MISSED_PAYMENT:
        reasons.append(
            "a Disclosure SR is raised from an Action Missed Payment SR, not a "
            f"{amp_workflow.label} SR"
        )
    if workflows.is_final(amp_status):
        reasons.append(f"the Action Missed Payment SR is {amp_status.label}")
    elif amp_status is SrStatus.OPEN:
        reasons.append("set the Action Missed Payment SR In Progress first")
    elif negotiation is StepOutcome.SUCCESSFUL:
        reasons.append(
            "the negotiation succeeded: follow Arrears Negotiation and Missed Payments instead"
        )
    elif negotiation is not StepOutcome.NOT_SUCCESSFUL:
        reasons.append(
            "record the negotiation (step 'Negotiate payment of the arrears') first: disclosure "
            "follows a failed final chance to negotiate"
        )
    if open_disclosure is not None:
        reasons.append(f"Disclosure SR {open_disclosure} raised from it is still open")
    return GuardResult(not reasons, tuple(reasons))


def can_record_dot_outcome(
    workflow: Workflow, status: SrStatus, decision: StepOutcome | None, is_dot_member: bool | None
) -> GuardResult:
    """Whether the Deduction Order Team's outcome may be recorded on an SR now.

    Args:
        workflow: The SR's workflow.
        status: Its status.
        decision: The outcome already recorded on its decision step (None: no plan yet).
        is_dot_member: Whether the user has the Deduction Order Team role (None: unknown user).
    """
    reasons: list[str] = []
    if workflow is not Workflow.DISCLOSURE:
        reasons.append(f"the outcome is recorded on a Disclosure SR, not a {workflow.label} SR")
    if workflows.is_final(status):
        reasons.append(f"the Disclosure SR is {status.label}")
    elif status is SrStatus.OPEN:
        reasons.append("set the Disclosure SR In Progress first")
    if decision in (StepOutcome.APPROVED, StepOutcome.REJECTED):
        reasons.append(f"the outcome was already recorded ({decision.label})")
    if is_dot_member is None:
        reasons.append("you are not a known user")
    elif not is_dot_member:
        reasons.append("only a member of the Deduction Order Team records its outcome")
    return GuardResult(not reasons, tuple(reasons))


def can_return_to_maintenance(
    owning_team: OwningTeam, rdos: Sequence[RdoAction], lsdos_paid: Sequence[bool]
) -> GuardResult:
    """Whether the compliant case may go back to the maintenance team (Disclosure successful
    authorise RDO/LSDO, step 10: "If the third full RDO payment or full LSDO payment is received
    return the compliant case to Maintenance").

    Args:
        owning_team: The team that owns the case now.
        rdos: What each of the case's RDOs asks for (:class:`RdoAction`).
        lsdos_paid: Whether each of its LSDOs is paid in full.
    """
    reasons: list[str] = []
    if owning_team is not OwningTeam.ENFORCEMENT:
        reasons.append(f"the case is owned by {owning_team.label}, not enforcement")
    if RdoAction.RETURN_TO_MAINTENANCE not in rdos and not any(lsdos_paid):
        reasons.append("no RDO has had its third full payment and no LSDO is paid in full")
    return GuardResult(not reasons, tuple(reasons))
