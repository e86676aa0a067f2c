"""Check CSA (seed 002): which paying parents need attention first, and why.

*Priority*: legacy cases that need micro-managing between the systems because of an ongoing
committal order (suspended orders for commitment and suspensions of the driving licence
included), an order for sale, or because they are sisted. *Urgent*: the paying parent is about to
dispose of assets such as their property; such cases are fast-tracked to the 2012 scheme
enforcement teams.

The verdict carries its reasons (which order, which asset, what source) so that the banner, the
work queue and the search results can show them on hover. It is stored with the paying parent
when their orders or assets change, so that lists can sort on it without reading every order;
:meth:`AttentionVerdict.stored` and :meth:`AttentionVerdict.from_stored` are that form.

Pure: no clock (the verdict does not depend on the day).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import IntEnum

from enforcement_desktop.domain.enums import (
    InformationSource,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
    SrStatus,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.domain.workflows import GuardResult

__all__ = [
    "NO_ATTENTION",
    "Attention",
    "AttentionVerdict",
    "DisposalFacts",
    "LegacyOrder",
    "attention",
    "legacy_action_verdict",
    "parent_sr_verdict",
    "priority_reasons",
    "sensitive_marking",
    "urgency_reasons",
]

#: Statuses under which a committal order (or a driving licence sanction) is still ongoing.
_COMMITTAL_ONGOING = frozenset({OrderStatus.APPLIED, OrderStatus.GRANTED, OrderStatus.SUSPENDED})
#: Statuses under which an order for sale is under way.
_SALE_UNDER_WAY = frozenset({OrderStatus.APPLIED, OrderStatus.GRANTED, OrderStatus.SUSPENDED})
_COMMITTAL_TYPES = frozenset({OrderType.COMMITMENT, OrderType.DRIVING_DISQUALIFICATION})

_SEED = "Check CSA"


class Attention(IntEnum):
    """How soon a paying parent's cases need action; the stored and sorted value."""

    NONE = 0
    PRIORITY = 1
    URGENT = 2


@dataclass(frozen=True, slots=True)
class LegacyOrder:
    """What the priority rule needs of one order and its case."""

    order_type: OrderType
    status: OrderStatus
    origin: OrderOrigin
    reference: str | None
    ended_on: date | None
    case_scheme: Scheme
    case_legacy_ongoing_enforcement: bool

    @property
    def is_legacy(self) -> bool:
        """A CSA order, or an order on a transitioned (legacy) case."""
        return (
            self.origin == OrderOrigin.CSA
            or self.case_scheme == Scheme.CSA
            or self.case_legacy_ongoing_enforcement
        )

    @property
    def name(self) -> str:
        ref = f" {self.reference}" if self.reference else ""
        return f"{self.order_type.label}{ref}"


@dataclass(frozen=True, slots=True)
class DisposalFacts:
    """An asset the paying parent is about to dispose of, as recorded on the asset."""

    asset_id: int
    #: The asset in words, e.g. "Property: 1 Fictional Street".
    what: str
    noted_on: date
    source: InformationSource


@dataclass(frozen=True, slots=True)
class AttentionVerdict:
    """Priority and urgency with their reasons, urgent ones first."""

    level: Attention
    reasons: tuple[str, ...]
    priority: bool = False
    urgent: bool = False

    @property
    def label(self) -> str:
        """The badge text: Urgent, Priority or nothing."""
        return {Attention.URGENT: "Urgent", Attention.PRIORITY: "Priority"}.get(self.level, "")

    @property
    def tooltip(self) -> str:
        """The reasons, one a line."""
        return "\n".join(self.reasons)

    def stored(self) -> tuple[int, str | None]:
        """The level and the reasons as stored with the paying parent."""
        return int(self.level), ("\n".join(self.reasons) or None)

    @classmethod
    def from_stored(cls, level: int, text: str | None) -> AttentionVerdict:
        """The verdict back from its stored form."""
        reasons = tuple(line for line in (text or "").split("\n") if line)
        return cls(
            level=Attention(level),
            reasons=reasons,
            priority=any(r.startswith("Priority") for r in reasons),
            urgent=any(r.startswith("Urgent") for r in reasons),
        )


#: Neither priority nor urgent.
NO_ATTENTION = AttentionVerdict(Attention.NONE, ())


def priority_reasons(orders: Iterable[LegacyOrder]) -> tuple[str, ...]:
    """Why the paying parent's legacy cases are priority (Check CSA); empty when they are not.

    Args:
        orders: The orders of the paying parent's cases.

    Returns:
        One reason per order that makes a case priority, each starting "Priority".
    """
    reasons: list[str] = []
    for o in orders:
        if not o.is_legacy or o.ended_on is not None:
            continue
        if o.order_type in _COMMITTAL_TYPES and o.status in _COMMITTAL_ONGOING:
            state = "suspended" if o.status == OrderStatus.SUSPENDED else o.status.label.lower()
            reasons.append(
                f"Priority: ongoing committal order ({o.name}, {state}): the case is "
                f"micro-managed between the systems ({_SEED})"
            )
        elif o.order_type == OrderType.ORDER_FOR_SALE and o.status in _SALE_UNDER_WAY:
            reasons.append(
                f"Priority: order for sale under way ({o.name}, {o.status.label.lower()}) ({_SEED})"
            )
        elif o.status == OrderStatus.SISTED:
            reasons.append(f"Priority: sisted case ({o.name} is sisted) ({_SEED})")
    return tuple(reasons)


def urgency_reasons(disposals: Iterable[DisposalFacts]) -> tuple[str, ...]:
    """Why the paying parent's cases are urgent; empty when they are not.

    Args:
        disposals: The assets flagged as about to be disposed of (disregarded ones left out).

    Returns:
        One reason per asset, each starting "Urgent".
    """
    return tuple(
        f"Urgent: the paying parent is about to dispose of {d.what} (noted "
        f"{format_date(d.noted_on)}, source {d.source.label}): fast track to the 2012 scheme "
        f"enforcement team ({_SEED})"
        for d in sorted(disposals, key=lambda d: (d.noted_on, d.asset_id))
    )


def attention(
    orders: Iterable[LegacyOrder], disposals: Iterable[DisposalFacts]
) -> AttentionVerdict:
    """Priority and urgency of a paying parent, urgent reasons first.

    Args:
        orders: The orders of all their cases.
        disposals: Their assets flagged as about to be disposed of.

    Returns:
        The verdict; its level is URGENT when any asset is about to go, else PRIORITY when a
        legacy order makes a case priority, else NONE.
    """
    urgent = urgency_reasons(disposals)
    priority = priority_reasons(orders)
    level = Attention.URGENT if urgent else Attention.PRIORITY if priority else Attention.NONE
    return AttentionVerdict(level, urgent + priority, bool(priority), bool(urgent))


# --------------------------------------------------------------------------- who may do what

#: The roles that may mark or unmark a sensitive case (Check CSA, step 4).
SENSITIVE_MARKING_ROLES = frozenset({UserRole.SPECIAL_CLIENT_RECORDS, UserRole.TEAM_LEADER})

#: What a sensitive case hides, and from whom: the tooltip of the marker and of its check box.
SENSITIVE_MEANING = (
    "A sensitive case (Check CSA, step 4): the client's addresses are shown only to users in "
    "Special Client Records; everyone else sees that they are withheld, on screen and in search."
)


def sensitive_marking(roles: frozenset[UserRole]) -> GuardResult:
    """Whether a user with ``roles`` may mark or unmark a sensitive case.

    Args:
        roles: The user's roles (empty when the login has no user record).

    Returns:
        Allowed for Special Client Records and team leaders; otherwise the reason.
    """
    if roles & SENSITIVE_MARKING_ROLES:
        return GuardResult(True)
    return GuardResult(
        False,
        (
            "Only users in Special Client Records or team leaders may mark or unmark a "
            "sensitive case (Check CSA, step 4)",
        ),
    )


def legacy_action_verdict(order_type: OrderType, origin: OrderOrigin, name: str) -> GuardResult:
    """Whether legacy bailiff, EJO or DCA action may be recorded against an order: against a
    CSA liability order only (Check CSA, step 6).

    Args:
        order_type: The order's type.
        origin: CMS or CSA.
        name: How the order is named in the reason.
    """
    if order_type != OrderType.LIABILITY_ORDER or origin != OrderOrigin.CSA:
        return GuardResult(
            False,
            (
                f"{name} is not a CSA liability order: legacy bailiff, EJO and DCA action is "
                "recorded against a CSA LO (Check CSA, step 6)",
            ),
        )
    return GuardResult(True)


_PARENT_OPEN = frozenset({SrStatus.OPEN, SrStatus.IN_PROGRESS, SrStatus.WAIT})


def parent_sr_verdict(
    workflow: Workflow, parent_workflow: Workflow | None, parent_status: SrStatus | None
) -> GuardResult:
    """Whether an SR of ``workflow`` may be raised under the given parent SR (or none).

    A Set Up Legacy LO SR is raised from an open Check CSA SR (Check CSA, steps 6-7); other
    SRs take any parent SR of the same case, or none.

    Args:
        workflow: The SR to raise.
        parent_workflow: The parent SR's type; None when no parent is given.
        parent_status: The parent SR's status; None when no parent is given.
    """
    if workflow != Workflow.SET_UP_LEGACY_LO:
        return GuardResult(True)
    if parent_workflow != Workflow.CHECK_CSA:
        return GuardResult(
            False,
            (
                "A Set Up Legacy LO SR is raised from a Check CSA SR (Transition / Legacy Case "
                "Data / Finalise Case): choose it as the parent SR (Check CSA, step 7)",
            ),
        )
    if parent_status not in _PARENT_OPEN:
        label = parent_status.label if parent_status is not None else "closed"
        return GuardResult(False, (f"The Check CSA SR is {label}",))
    return GuardResult(True)
