"""Holds on a paying parent: what stops enforcement now, since when, and until when.

A hold is a failed check of the rules that is not about the case's own figures but about a
state of affairs that ends on its own or by a decision: a sanctions order complied with, an open
appeal, a recent Nulla Bona, a paying parent living outside England and Wales, a Bailiff SR put
on hold. The checks themselves are :mod:`enforcement_desktop.domain.rules`' (this module only
names them for a banner and dates them); which powers a hold stops is read from the verdicts of
:func:`~enforcement_desktop.domain.rules.enforcement_options`, never listed again here.

Activity plan steps that take one power or another (initiate the LO arrears action, prepare the
bailiff file, ...) are pointless while a hold stops every power they take:
:func:`held_step` says which hold, for the Activity Plan to mark the step.

Pure: no clock, ``today`` is passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from enforcement_desktop.domain.enums import (
    AppealStatus,
    Jurisdiction,
    OrderStatus,
    OrderType,
    Power,
    Workflow,
)
from enforcement_desktop.domain.facts import CaseFacts, OrderFacts
from enforcement_desktop.domain.rules import (
    STEP_14_POWERS,
    RuleId,
    bailiff_allowed_again_from,
    enforcement_options,
    nulla_bona_cutoff,
    sanctions_compliance,
)
from enforcement_desktop.domain.values import format_date, format_money

__all__ = [
    "Hold",
    "HoldKind",
    "bailiff_sr_hold",
    "case_holds",
    "held_step",
    "merge_holds",
    "step_powers",
]


class HoldKind(StrEnum):
    """What holds enforcement; the value is the rule it comes from where there is one."""

    SANCTIONS_ORDER = RuleId.SANCTIONS_ORDER.value
    APPEAL = RuleId.APPEAL.value
    NULLA_BONA = RuleId.NULLA_BONA.value
    JURISDICTION = RuleId.JURISDICTION.value
    BAILIFF_ON_HOLD = "bailiff_on_hold"
    #: Not a hold but its end: a breached sanctions order no longer blocks, and is shown so
    #: that it is referred back to court. It stops no power.
    SANCTIONS_BREACHED = "sanctions_breached"

    @property
    def label(self) -> str:
        """What holds, in a few words, e.g. "sanctions order" (where the full text is too long)."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    HoldKind.SANCTIONS_ORDER: "sanctions order",
    HoldKind.APPEAL: "open appeal",
    HoldKind.NULLA_BONA: "Nulla Bona",
    HoldKind.JURISDICTION: "outside England and Wales",
    HoldKind.BAILIFF_ON_HOLD: "bailiff hold",
}


@dataclass(frozen=True, slots=True)
class Hold:
    """One hold on a paying parent.

    Attributes:
        kind: What holds enforcement.
        text: The whole chip, e.g. "Nulla Bona 04/09/2026 — bailiff allowed again from
            05/03/2027".
        since: The day the hold began, when known.
        until: The first day it no longer holds, when a date is known (a Nulla Bona's end); the
            last day of a Bailiff SR's hold.
        reasons: The rules' own sentences, with the figures and dates (for the tooltip).
        powers: The enforcement powers the hold stops, as the verdicts say.
    """

    kind: HoldKind
    text: str
    since: date | None
    until: date | None
    reasons: tuple[str, ...]
    powers: frozenset[Power]

    @property
    def tooltip(self) -> str:
        """The reasons, one a line, for a tooltip."""
        return "\n".join(self.reasons)


_CASE_KINDS = (
    HoldKind.SANCTIONS_ORDER,
    HoldKind.APPEAL,
    HoldKind.JURISDICTION,
    HoldKind.NULLA_BONA,
)


def case_holds(case: CaseFacts, today: date) -> tuple[Hold, ...]:
    """The holds on the case's paying parent on ``today``, most sweeping first.

    Reads the case's orders, appeals, the paying parent's jurisdiction and the Nulla Bona dates;
    a hold is there exactly when the rule it names fails in some power's verdict.

    Args:
        case: The case.
        today: The date of the reading (the Nulla Bona look-back).

    Returns:
        Sanctions order, open appeal, jurisdiction, Nulla Bona: each at most once.
    """
    failed: dict[str, tuple[list[str], set[Power]]] = {}
    for option in enforcement_options(case, today):
        for reason in option.reasons:
            if not reason.ok and reason.rule in _CASE_KINDS:
                messages, powers = failed.setdefault(reason.rule, ([], set()))
                if reason.message not in messages:
                    messages.append(reason.message)
                powers.add(option.power)
    holds = []
    for kind in _CASE_KINDS:
        if kind not in failed:
            continue
        messages, powers = failed[kind]
        hold = _describe(kind, case, today, tuple(messages), frozenset(powers))
        if hold is not None:
            holds.append(hold)
    holds += _breaches(case, today)
    return tuple(holds)


def _granted_sanctions(case: CaseFacts) -> list[OrderFacts]:
    return [
        o
        for o in case.orders
        if o.order_type == OrderType.SANCTIONS_ORDER and o.status == OrderStatus.GRANTED
    ]


def _is_complied(order: OrderFacts, today: date) -> bool:
    kept = sanctions_compliance(order, today)
    return kept.complied if kept is not None else order.complied is True


def _breaches(case: CaseFacts, today: date) -> list[Hold]:
    """A chip for each breached sanctions order: the block it gave has ended."""
    found = []
    for order in _granted_sanctions(case):
        kept = sanctions_compliance(order, today)
        if kept is None or kept.complied:
            continue
        count = len(kept.missed)
        since = kept.breached_since
        text = (
            f"Sanctions order breached since {format_date(since)} — {count} "
            f"{'instalment' if count == 1 else 'instalments'} missed"
        )
        reasons = (
            f"Sanctions order {order.display_name}: {order.terms.text if order.terms else ''}; "
            f"missed {kept.missed_text} ({format_money(kept.shortfall)} unpaid). It no longer "
            "blocks further enforcement: refer it back to court.",
        )
        found.append(Hold(HoldKind.SANCTIONS_BREACHED, text, since, None, reasons, frozenset()))
    return found


def _describe(
    kind: HoldKind,
    case: CaseFacts,
    today: date,
    reasons: tuple[str, ...],
    powers: frozenset[Power],
) -> Hold | None:
    if kind == HoldKind.SANCTIONS_ORDER:
        complied = sorted(
            (o for o in _granted_sanctions(case) if _is_complied(o, today)),
            key=lambda o: (o.granted_on or date.max, o.id),
        )
        order = complied[0]
        since = order.granted_on
        when = f" since {format_date(since)}" if since else ""
        text = f"Sanctions order {order.display_name} complied with{when} — no new enforcement"
        return Hold(kind, text, since, None, reasons, powers)
    if kind == HoldKind.APPEAL:
        lodged = min(a.lodged_on for a in case.appeals if a.status == AppealStatus.OPEN)
        text = f"Appeal lodged {format_date(lodged)} — enforcement waits for the tribunal"
        return Hold(kind, text, lodged, None, reasons, powers)
    if kind == HoldKind.NULLA_BONA:
        cutoff = nulla_bona_cutoff(today)
        latest = max(d for d in case.nulla_bona_dates if d >= cutoff)
        again = bailiff_allowed_again_from(latest)
        text = f"Nulla Bona {format_date(latest)} — bailiff allowed again from {format_date(again)}"
        return Hold(kind, text, latest, again, reasons, powers)
    where = case.paying_parent.jurisdiction
    if where is None or where in (Jurisdiction.ENGLAND, Jurisdiction.WALES):
        # Not recorded is a gap to fill in, not a hold: the options say so where it matters.
        return None
    text = f"Lives in {where.label} — England and Wales enforcement does not apply"
    return Hold(kind, text, None, None, reasons, powers)


def bailiff_sr_hold(sr_id: int, until: date | None, reason: str | None) -> Hold:
    """A Bailiff SR put on hold (Bailiff, steps 13 and 21-22).

    Args:
        sr_id: The SR.
        until: The last day of the hold, as recorded on the enforce form.
        reason: The On Hold Reason recorded.

    Returns:
        The hold; it stops bailiff action on that SR.
    """
    when = f" until {format_date(until)}" if until else ""
    text = f"Bailiff SR {sr_id} held{when}"
    why = f"Bailiff action on service request {sr_id} is on hold{when}"
    reasons = (f"{why}: {reason}" if reason else f"{why}.",)
    return Hold(HoldKind.BAILIFF_ON_HOLD, text, None, until, reasons, frozenset({Power.BAILIFF}))


# The powers each activity plan step takes: while every one of them is held, the step is
# pointless. Steps that only gather, record or decide are not listed.
_STEP_POWERS: Mapping[tuple[Workflow, str], frozenset[Power]] = MappingProxyType(
    {
        # Arrears - Consider Action (seed 001).
        (Workflow.ARREARS_REVIEW, "initiate_arrears_action"): frozenset({Power.DEO}),
        (Workflow.ARREARS_REVIEW, "disclosure"): frozenset({Power.LSDO, Power.RDO}),
        (Workflow.ARREARS_REVIEW, "review_lo_initiated"): frozenset({Power.LIABILITY_ORDER}),
        (Workflow.REVIEW_LO, "team_leader_decision"): frozenset({Power.LIABILITY_ORDER}),
        (Workflow.REVIEW_LO, "recommend_lo"): frozenset({Power.LIABILITY_ORDER}),
        # Enforcement Action - Consider, steps 14-17 (seed 000): choosing a civil power.
        (Workflow.DECIDE_ENFORCEMENT, "decide_civil_power"): frozenset(STEP_14_POWERS),
        # Bailiff, steps 8 and 10-17 (seed 003): telling the receiving parent, sending the pack.
        (Workflow.BAILIFF, "notify_receiving_parent"): frozenset({Power.BAILIFF}),
        (Workflow.BAILIFF, "file_prepared"): frozenset({Power.BAILIFF}),
    }
)


def step_powers(workflow: Workflow, step_key: str) -> frozenset[Power]:
    """The enforcement powers an activity plan step takes (empty for the others)."""
    return _STEP_POWERS.get((workflow, step_key), frozenset())


def held_step(workflow: Workflow, step_key: str, holds: Iterable[Hold]) -> Hold | None:
    """The hold that makes a step pointless: the first that stops every power the step takes.

    Args:
        workflow: The SR's workflow.
        step_key: The step.
        holds: The holds on the SR's paying parent (:func:`case_holds`).

    Returns:
        The hold, or None when the step takes no power or some power it takes is not held.
    """
    powers = step_powers(workflow, step_key)
    if not powers:
        return None
    return next((h for h in holds if powers <= h.powers), None)


def merge_holds(holds: Sequence[Hold]) -> tuple[Hold, ...]:
    """The holds of several cases once each (a Nulla Bona or a jurisdiction is the person's)."""
    seen: set[tuple[HoldKind, str]] = set()
    merged = []
    for hold in holds:
        key = (hold.kind, hold.text)
        if key not in seen:
            seen.add(key)
            merged.append(hold)
    return tuple(merged)
