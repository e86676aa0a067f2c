"""The enforcement rules of ``domain.md`` as pure functions that return verdicts with reasons.

Every rule answers with a :class:`Verdict`: whether the action may be considered, and the
:class:`Reason` for each check made, passed or failed, each a full sentence naming the figures and
dates (UK formats). The interface shows the reasons; the services refuse an action with them.

Sources (``/work/shared/seeds``): seed 000 steps 14-16 (powers, de minimis, last resort), seed 001
(arrears action preference, de minimis), seed 003 (bailiff referral, collection priority), and the
CMS practice on sanctions orders, appeals and business accounts listed in ``domain.md``.

Nothing here reads a clock: ``today`` is passed in, so a verdict can be reproduced later.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from enforcement_desktop.domain import sanctions
from enforcement_desktop.domain.dates import NULLA_BONA_WINDOW_MONTHS, add_months, six_months_before
from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AppealStatus,
    AssetFinding,
    AssetType,
    EmploymentStatus,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Power,
)
from enforcement_desktop.domain.facts import (
    CHARGING_ORDER_DE_MINIMIS_HIGH,
    CaseFacts,
    CourtFacts,
    OrderFacts,
)
from enforcement_desktop.domain.sanctions import Compliance
from enforcement_desktop.domain.values import ZERO, format_date, format_money

__all__ = [
    "COMMITMENT_DE_MINIMIS",
    "LAST_RESORT_POWERS",
    "LO_DE_MINIMIS",
    "LSDO_DE_MINIMIS",
    "ORDER_FOR_SALE_DE_MINIMIS",
    "STEP_14_POWERS",
    "ArrearsAction",
    "ArrearsStep",
    "PowerOption",
    "PrioritisedOrder",
    "Reason",
    "RuleId",
    "Verdict",
    "arrears_action_preference",
    "bailiff_allowed_again_from",
    "bailiff_referral",
    "bailiff_referral_for_order",
    "blocks",
    "sanctions_compliance",
    "collection_priority",
    "de_minimis",
    "deduction_order_accounts",
    "enforcement_options",
    "jurisdiction",
    "last_resort",
    "nulla_bona_cutoff",
    "options_as_json",
    "postcode_area",
    "power_verdict",
    "prerequisites",
    "recommended_arrears_action",
    "unexhausted_powers",
]

# --- Figures of the seeds ------------------------------------------------------------------

#: Seed 000 step 15 and seed 001: the amounts below which an action should not be considered.
LO_DE_MINIMIS = Decimal("500.00")
LSDO_DE_MINIMIS = Decimal("500.00")
ORDER_FOR_SALE_DE_MINIMIS = Decimal("3000.00")
COMMITMENT_DE_MINIMIS = Decimal("1000.00")

#: Seed 000 step 14, in the order of :class:`Power`; DEO/DER is included because seed 001 makes
#: it the first compliance option, so it is a "means of debt recovery" too.
STEP_14_POWERS: tuple[Power, ...] = (
    Power.LIABILITY_ORDER,
    Power.LSDO,
    Power.RDO,
    Power.DEO,
    Power.FREEZING_ORDER,
    Power.SET_ASIDE_DISPOSITION_ORDER,
    Power.REGISTER_LO_COUNTY_COURT,
    Power.CHARGING_ORDER,
    Power.ORDER_FOR_SALE,
    Power.THIRD_PARTY_DEBT_ORDER,
    Power.BAILIFF,
    Power.RJOF,
)

_STEP_14_SET = frozenset(STEP_14_POWERS)

#: Seed 000 step 16.
LAST_RESORT_POWERS: tuple[Power, ...] = (Power.DRIVING_DISQUALIFICATION, Power.COMMITMENT)

# Deduction orders may reach a business account only for these (domain.md, CMS practice).
_MAY_USE_BUSINESS_ACCOUNT = frozenset({EmploymentStatus.SOLE_TRADER, EmploymentStatus.PARTNER})
_ENGLAND_AND_WALES = frozenset({Jurisdiction.ENGLAND, Jurisdiction.WALES})

# The order types whose existence (any status but withdrawn) shows a power has been tried.
_TRIED_BY: dict[Power, frozenset[OrderType]] = {
    Power.LIABILITY_ORDER: frozenset({OrderType.LIABILITY_ORDER}),
    Power.LSDO: frozenset({OrderType.LSDO}),
    Power.RDO: frozenset({OrderType.RDO}),
    Power.DEO: frozenset({OrderType.DEO, OrderType.DER}),
    Power.FREEZING_ORDER: frozenset({OrderType.FREEZING_ORDER}),
    Power.SET_ASIDE_DISPOSITION_ORDER: frozenset({OrderType.SET_ASIDE_DISPOSITION_ORDER}),
    Power.REGISTER_LO_COUNTY_COURT: frozenset({OrderType.LO_COUNTY_COURT}),
    Power.CHARGING_ORDER: frozenset({OrderType.CHARGING_ORDER}),
    Power.ORDER_FOR_SALE: frozenset({OrderType.ORDER_FOR_SALE}),
    Power.THIRD_PARTY_DEBT_ORDER: frozenset({OrderType.THIRD_PARTY_DEBT_ORDER}),
    Power.RJOF: frozenset({OrderType.LO_RJOF}),
}

# How each power reads in the middle of a sentence.
_NOUN: dict[Power, str] = {
    Power.LIABILITY_ORDER: "a liability order",
    Power.LSDO: "a lump sum deduction order (LSDO)",
    Power.RDO: "a regular deduction order (RDO)",
    Power.DEO: "a deduction from earnings order or request (DEO/DER)",
    Power.FREEZING_ORDER: "a freezing order",
    Power.SET_ASIDE_DISPOSITION_ORDER: "a set aside disposition order",
    Power.REGISTER_LO_COUNTY_COURT: "registering the liability order at a county court",
    Power.CHARGING_ORDER: "a charging order",
    Power.ORDER_FOR_SALE: "an order for sale",
    Power.THIRD_PARTY_DEBT_ORDER: "a third party debt order",
    Power.BAILIFF: "bailiff action",
    Power.RJOF: "registering the liability order with the RJOF",
    Power.DRIVING_DISQUALIFICATION: "disqualification from driving",
    Power.COMMITMENT: "commitment to prison",
}

_OUTWARD_AREA_RE = re.compile(r"([A-Z]{1,2})[0-9]")


# --- Verdicts ------------------------------------------------------------------------------


class RuleId(StrEnum):
    """Stable identifiers of the rules, carried by every :class:`Reason`."""

    SANCTIONS_ORDER = "sanctions_order"
    APPEAL = "appeal"
    JURISDICTION = "jurisdiction"
    ADDRESS = "address"
    NULLA_BONA = "nulla_bona"
    PREREQUISITE = "prerequisite"
    BUSINESS_ACCOUNT = "business_account"
    EMPLOYMENT = "employment"
    PROFESSIONAL_BODY = "professional_body"
    DE_MINIMIS = "de_minimis"
    LAST_RESORT = "last_resort"
    WILFUL_REFUSAL = "wilful_refusal"
    LIVELIHOOD = "livelihood"
    PASSPORT_LICENCE = "passport_licence"
    AUTHORISATION = "authorisation"


@dataclass(frozen=True, slots=True)
class Reason:
    """One check and its result.

    Attributes:
        rule: Which rule made the check (a :class:`RuleId` value such as "de_minimis").
        message: A full sentence naming the figures and dates compared.
        ok: True when the check passed.
    """

    rule: str
    message: str
    ok: bool


@dataclass(frozen=True, slots=True)
class Verdict:
    """Whether an action may be considered, with every check made.

    Attributes:
        allowed: True when every reason passed.
        reasons: The checks, passed and failed, in the order they were made.
    """

    allowed: bool
    reasons: tuple[Reason, ...]

    @classmethod
    def of(cls, reasons: Iterable[Reason]) -> Verdict:
        """Build a verdict that is allowed exactly when every reason passed."""
        checked = tuple(reasons)
        return cls(all(r.ok for r in checked), checked)

    @property
    def failures(self) -> tuple[Reason, ...]:
        """The reasons that failed."""
        return tuple(r for r in self.reasons if not r.ok)

    @property
    def messages(self) -> list[str]:
        """What to tell the user: the failures when refused, every check made when allowed."""
        return [r.message for r in (self.reasons if self.allowed else self.failures)]


@dataclass(frozen=True, slots=True)
class PowerOption:
    """One enforcement power and whether it may be considered for the case.

    Attributes:
        power: The power (seed 000 steps 14 and 16).
        allowed: True when every check passed.
        reasons: Blocks, jurisdiction, prerequisites, de minimis and last-resort checks, in order.
    """

    power: Power
    allowed: bool
    reasons: tuple[Reason, ...]

    @property
    def verdict(self) -> Verdict:
        """The same result as a :class:`Verdict`."""
        return Verdict(self.allowed, self.reasons)


@dataclass(frozen=True, slots=True)
class PrioritisedOrder:
    """A liability order in collection order (seed 003 step 10).

    Attributes:
        order: The liability order.
        position: 1 for the order to collect first.
        total: How many orders are being referred together.
    """

    order: OrderFacts
    position: int
    total: int

    @property
    def label(self) -> str:
        """The numbering written on each CMEL8010, e.g. "1 of 3"."""
        return f"{self.position} of {self.total}"


class ArrearsAction(StrEnum):
    """The compliance options of seed 001, in order of preference."""

    DEO_DER = "deo_der"
    DEDUCTION_ORDER_DISCLOSURE = "deduction_order_disclosure"
    LIABILITY_ORDER = "liability_order"

    @property
    def label(self) -> str:
        """Text for the interface."""
        return _ARREARS_LABELS[self]


_ARREARS_LABELS = {
    ArrearsAction.DEO_DER: "Deduction from earnings order or request (DEO/DER)",
    ArrearsAction.DEDUCTION_ORDER_DISCLOSURE: "Disclosure for deduction order (RDO/LSDO)",
    ArrearsAction.LIABILITY_ORDER: "Liability Order (LO)",
}


@dataclass(frozen=True, slots=True)
class ArrearsStep:
    """One compliance option of seed 001 with its verdict.

    Attributes:
        rank: 1, 2 or 3: the seed's order of preference.
        action: The option.
        verdict: Whether it suits the case, and why.
        recommended: True for the first allowed option: the action to take first.
    """

    rank: int
    action: ArrearsAction
    verdict: Verdict
    recommended: bool


# --- Small helpers -------------------------------------------------------------------------


def nulla_bona_cutoff(today: date) -> date:
    """The first day of the Nulla Bona look-back: 6 calendar months before ``today``.

    A Nulla Bona received on or after this date is "in the last 6 months" (seed 000 step 14):
    the boundary day itself counts as within, so the rule errs towards not sending a bailiff to a
    paying parent who was found to have nothing to seize. The date arithmetic is
    :func:`~enforcement_desktop.domain.dates.six_months_before`.

    Args:
        today: The date of the decision.

    Returns:
        The cutoff date, e.g. 23/05/2026 for 23/11/2026 and 28/02/2026 for 31/08/2026.
    """
    return six_months_before(today)


def bailiff_allowed_again_from(nulla_bona_on: date) -> date:
    """The first day on which a Nulla Bona no longer stops bailiff action (seed 000 step 14).

    Args:
        nulla_bona_on: The date the Nulla Bona was returned.

    Returns:
        The first day whose 6-month look-back (:func:`nulla_bona_cutoff`) starts after it, e.g.
        05/03/2027 for 04/09/2026 (04/03/2027 still looks back to 04/09/2026).
    """
    # Month-end clamping can push it a few days past "six months and a day".
    again = add_months(nulla_bona_on, NULLA_BONA_WINDOW_MONTHS) + timedelta(days=1)
    while nulla_bona_cutoff(again) <= nulla_bona_on:
        again += timedelta(days=1)
    return again


def postcode_area(postcode: str | None) -> str | None:
    """The letters that start the outward code: "B" for "B15 2TT", "CV" for "CV1 1AA".

    Args:
        postcode: A UK postcode in any spacing or case.

    Returns:
        The area letters, upper case, or None when there is no recognisable postcode.
    """
    if not postcode:
        return None
    match = _OUTWARD_AREA_RE.match(postcode.strip().upper())
    return match.group(1) if match else None


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _s(items: Sequence[object], one: str, many: str) -> str:
    return one if len(items) == 1 else many


def _granted(order: OrderFacts) -> str:
    return f" (granted {format_date(order.granted_on)})" if order.granted_on else ""


def _date_key(order: OrderFacts) -> tuple[date, date, str, int]:
    # Undated orders sort last: an order without a grant date cannot be shown to be the oldest.
    return (order.granted_on or date.max, order.applied_on or date.max, order.reference, order.id)


def _evidence_excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 80 else text[:77].rstrip() + "..."


# --- What one case gives the rules, worked out once ------------------------------------------


class _Context:
    """Figures derived from a case once, so evaluating 14 powers stays well under a millisecond."""

    __slots__ = (
        "case",
        "today",
        "area",
        "granted_los",
        "los_with_balance",
        "lo_balance",
        "registrations",
        "local_registration",
        "charging_orders",
        "complied_sanctions",
        "other_sanctions",
        "breached_sanctions",
        "tried_types",
        "block_reasons",
        "memo",
        "_step14_allowed",
    )

    def __init__(self, case: CaseFacts, today: date | None) -> None:
        self.case = case
        self.today = today
        self.area = postcode_area(case.paying_parent.residential_postcode)
        granted_los: list[OrderFacts] = []
        registrations: list[OrderFacts] = []
        charging: list[OrderFacts] = []
        complied: list[OrderFacts] = []
        other_sanctions: list[OrderFacts] = []
        breached: list[tuple[OrderFacts, Compliance]] = []
        tried: set[OrderType] = set()
        for order in case.orders:
            if order.status != OrderStatus.WITHDRAWN:
                tried.add(order.order_type)
            if order.status != OrderStatus.GRANTED:
                continue
            kind = order.order_type
            if kind == OrderType.LIABILITY_ORDER:
                granted_los.append(order)
            elif kind == OrderType.LO_COUNTY_COURT:
                registrations.append(order)
            elif kind == OrderType.CHARGING_ORDER:
                charging.append(order)
            elif kind == OrderType.SANCTIONS_ORDER:
                kept = sanctions_compliance(order, today)
                if kept is not None and not kept.complied:
                    breached.append((order, kept))
                elif kept is not None or order.terms is not None or order.complied is True:
                    # Terms read without a day (a check that takes none) cannot show a breach:
                    # the order is taken to block, the safe side.
                    complied.append(order)
                else:
                    other_sanctions.append(order)
        granted_los.sort(key=_date_key)
        registrations.sort(key=_date_key)
        charging.sort(key=_date_key)
        complied.sort(key=_date_key)
        self.granted_los = tuple(granted_los)
        self.los_with_balance = tuple(o for o in granted_los if o.current_balance > 0)
        # Only positive balances count: an overpaid LO is not debt, and must not hide another's.
        self.lo_balance = sum((o.current_balance for o in self.los_with_balance), ZERO)
        self.registrations = tuple(registrations)
        self.local_registration = next(
            (o for o in registrations if o.court is not None and o.court.covers(self.area)), None
        )
        self.charging_orders = tuple(charging)
        self.complied_sanctions = tuple(complied)
        self.other_sanctions = tuple(other_sanctions)
        self.breached_sanctions = tuple(breached)
        self.tried_types = frozenset(tried)
        self.block_reasons = (_sanctions_reason(self), _appeal_reason(self))
        # Reasons whose wording does not depend on the power, built once for all 14 powers.
        self.memo: dict[str, Reason] = {}
        self._step14_allowed: dict[Power, bool] | None = None

    def step14_allowed(self) -> dict[Power, bool]:
        if self._step14_allowed is None:
            self._step14_allowed = {
                p: all(r.ok for r in _power_reasons(self, p)) for p in STEP_14_POWERS
            }
        return self._step14_allowed

    def set_step14(self, allowed: dict[Power, bool]) -> None:
        self._step14_allowed = allowed


def _need_today(today: date | None) -> date:
    if today is None:  # pragma: no cover - guarded by the public signatures
        raise ValueError("today is needed for the Nulla Bona rule")
    return today


# --- Rule 6: blocks on further enforcement --------------------------------------------------


def _sanctions_reason(ctx: _Context) -> Reason:
    if ctx.complied_sanctions:
        order = ctx.complied_sanctions[0]
        return Reason(
            RuleId.SANCTIONS_ORDER,
            f"Sanctions order {order.display_name}{_granted(order)} is in force and being "
            "complied with, so no new liability order or other enforcement may be taken "
            "against the same debt.",
            False,
        )
    if ctx.breached_sanctions:
        order, kept = ctx.breached_sanctions[0]
        count = len(kept.missed)
        return Reason(
            RuleId.SANCTIONS_ORDER,
            f"Sanctions order {order.display_name}{_granted(order)} has been breached since "
            f"{format_date(kept.breached_since)}: {count} "
            f"{'instalment' if count == 1 else 'instalments'} missed ({kept.missed_text}), "
            "so it no longer blocks further enforcement; refer it back to court.",
            True,
        )
    if ctx.other_sanctions:
        names = _join([o.display_name for o in ctx.other_sanctions])
        return Reason(
            RuleId.SANCTIONS_ORDER,
            f"Sanctions {_s(ctx.other_sanctions, 'order', 'orders')} {names} "
            f"{_s(ctx.other_sanctions, 'is', 'are')} not recorded as being complied with, so "
            f"{_s(ctx.other_sanctions, 'it does', 'they do')} not block further enforcement.",
            True,
        )
    return Reason(
        RuleId.SANCTIONS_ORDER, "No sanctions order is in force and being complied with.", True
    )


def _appeal_reason(ctx: _Context) -> Reason:
    appeals = sorted(ctx.case.appeals, key=lambda a: a.lodged_on)
    open_appeals = [a for a in appeals if a.status == AppealStatus.OPEN]
    if open_appeals:
        return Reason(
            RuleId.APPEAL,
            f"An appeal lodged on {format_date(open_appeals[0].lodged_on)} disputes the arrears "
            "and is still open, so enforcement on them waits for the tribunal's decision.",
            False,
        )
    if appeals:
        last = appeals[-1]
        return Reason(
            RuleId.APPEAL,
            f"The appeal lodged on {format_date(last.lodged_on)} is {last.status.label.lower()}, "
            "so it no longer holds enforcement.",
            True,
        )
    return Reason(RuleId.APPEAL, "No open appeal disputes the arrears.", True)


def sanctions_compliance(order: OrderFacts, today: date | None) -> Compliance | None:
    """Whether a sanctions order's terms are kept on ``today``, worked out from its payments.

    Args:
        order: A sanctions order.
        today: The day of the reading.

    Returns:
        The compliance, or None for an order recorded without its terms (its recorded
        ``complied`` stands), an order that is not a granted sanctions order, or no day given
        (the rules then take an order with terms to block).
    """
    if (
        order.order_type != OrderType.SANCTIONS_ORDER
        or order.status != OrderStatus.GRANTED
        or order.terms is None
        or today is None
    ):
        return None
    return sanctions.compliance(order.terms, order.paid, today)


def blocks(case: CaseFacts, today: date | None = None) -> Verdict:
    """Blocks on any further enforcement (domain.md, CMS practice).

    A sanctions order that is granted and being complied with stops any new liability order or
    other enforcement against the same debt (a breached one no longer does); an open appeal
    against the arrears makes enforcement wait for the tribunal.

    Args:
        case: The case, with the sanctions orders and appeals linked to it.
        today: The day of the reading: a sanctions order's compliance is worked out on it from
            its terms and payments (without it, an order with terms is taken to block).

    Returns:
        A verdict with one reason for the sanctions order check and one for the appeal check.
    """
    return Verdict.of(_Context(case, today).block_reasons)


# --- Jurisdiction ----------------------------------------------------------------------------


def _jurisdiction_reason(ctx: _Context, power: Power) -> Reason:
    where = ctx.case.paying_parent.jurisdiction
    if where is None:
        return Reason(
            RuleId.JURISDICTION,
            "Where the paying parent lives (England, Wales, Scotland or Northern Ireland) is not "
            f"recorded; record it before considering {_NOUN[power]}.",
            False,
        )
    if where in _ENGLAND_AND_WALES:
        cached = ctx.memo.get("jurisdiction")
        if cached is None:
            cached = ctx.memo["jurisdiction"] = Reason(
                RuleId.JURISDICTION,
                f"The paying parent lives in {where.label}, within the England and Wales "
                "jurisdiction.",
                True,
            )
        return cached
    if power == Power.BAILIFF:
        return Reason(
            RuleId.JURISDICTION,
            f"The paying parent lives in {where.label}; bailiff referral needs them to live in "
            "England or Wales.",
            False,
        )
    return Reason(
        RuleId.JURISDICTION,
        f"The paying parent lives in {where.label}; this England and Wales procedure does not "
        f"apply outside England and Wales, so {_NOUN[power]} must follow the {where.label} "
        "procedure.",
        False,
    )


def jurisdiction(case: CaseFacts, power: Power) -> Verdict:
    """Civil enforcement here is England and Wales (seed 000 title; seed 003 step 2).

    Args:
        case: The case.
        power: The power considered; bailiff action gets the seed 003 wording.

    Returns:
        A verdict with one jurisdiction reason; an unrecorded jurisdiction is refused.
    """
    return Verdict.of((_jurisdiction_reason(_Context(case, None), power),))


# --- Rule 2: prerequisites ------------------------------------------------------------------


def _lo_balance_reason(ctx: _Context, power: Power) -> Reason:
    with_balance = ctx.los_with_balance
    if with_balance:
        cached = ctx.memo.get("lo_balance")
        if cached is not None:
            return cached
        if len(with_balance) == 1:
            order = with_balance[0]
            message = (
                f"Liability order {order.display_name}{_granted(order)} has a current balance of "
                f"{format_money(order.current_balance)}."
            )
        else:
            parts = _join(
                [f"{o.display_name} ({format_money(o.current_balance)})" for o in with_balance]
            )
            message = (
                f"Granted liability orders {parts} have current balances totalling "
                f"{format_money(ctx.lo_balance)}."
            )
        reason = ctx.memo["lo_balance"] = Reason(RuleId.PREREQUISITE, message, True)
        return reason
    if ctx.granted_los:
        names = _join([o.display_name for o in ctx.granted_los])
        return Reason(
            RuleId.PREREQUISITE,
            f"Granted liability {_s(ctx.granted_los, 'order', 'orders')} {names} "
            f"{_s(ctx.granted_los, 'has', 'have')} no balance left to enforce; "
            f"{_NOUN[power]} needs a granted liability order with a balance above £0.00.",
            False,
        )
    return Reason(
        RuleId.PREREQUISITE,
        f"No liability order has been granted; {_NOUN[power]} needs a granted liability order "
        "with a balance above £0.00.",
        False,
    )


def _county_court_reason(ctx: _Context, power: Power) -> Reason:
    postcode = ctx.case.paying_parent.residential_postcode
    noun = _NOUN[power]
    need = f"{noun} needs the liability order registered at a county court in the paying parent's"
    need += " area"
    if ctx.area is None:
        what = (
            f"The residential postcode {postcode!r} has no recognisable postcode area"
            if postcode
            else "No residential postcode is recorded for the paying parent"
        )
        return Reason(
            RuleId.PREREQUISITE, f"{what}, so their county court cannot be checked; {need}.", False
        )
    where = f"postcode area {ctx.area} ({postcode})"
    local = ctx.local_registration
    if local is not None and local.court is not None:
        return Reason(
            RuleId.PREREQUISITE,
            f"Liability order registration {local.display_name} at {local.court.name}"
            f"{_granted(local)} covers the paying parent's {where}.",
            True,
        )
    if ctx.registrations:
        courts = _join(
            [
                o.court.name if o.court else f"an unrecorded court ({o.display_name})"
                for o in ctx.registrations
            ]
        )
        return Reason(
            RuleId.PREREQUISITE,
            f"The liability order is registered at {courts}, which does not cover the paying "
            f"parent's {where}; {need}.",
            False,
        )
    return Reason(
        RuleId.PREREQUISITE,
        f"No liability order registration at a county court has been granted; {need} ({where}).",
        False,
    )


def _charging_order_granted_reason(ctx: _Context) -> Reason:
    if ctx.charging_orders:
        order = ctx.charging_orders[0]
        when = f" on {format_date(order.granted_on)}" if order.granted_on else ""
        return Reason(
            RuleId.PREREQUISITE, f"Charging order {order.display_name} was granted{when}.", True
        )
    return Reason(
        RuleId.PREREQUISITE,
        "No charging order has been granted; an order for sale needs a charging order first.",
        False,
    )


def _deduction_account_reasons(ctx: _Context, power: Power) -> list[Reason]:
    noun = _NOUN[power]
    accounts = [
        a
        for a in ctx.case.assets
        if a.asset_type == AssetType.BANK_ACCOUNT and a.finding != AssetFinding.DISREGARDED
    ]
    if not accounts:
        return [
            Reason(
                RuleId.PREREQUISITE,
                "No bank or building society account is recorded (other than disregarded ones); "
                f"{noun} needs an account to deduct from, which disclosure by the Deduction "
                "Order Team can identify.",
                False,
            )
        ]
    names = _join([a.display_name for a in accounts])
    reasons = [
        Reason(
            RuleId.PREREQUISITE,
            f"Bank or building society {_s(accounts, 'account', 'accounts')} recorded and not "
            f"disregarded: {names}.",
            True,
        )
    ]
    business = [a for a in accounts if a.account_type == AccountType.BUSINESS]
    status = ctx.case.paying_parent.employment_status
    if not business:
        reasons.append(
            Reason(RuleId.BUSINESS_ACCOUNT, "No recorded account is used for business.", True)
        )
        return reasons
    business_names = _join([a.display_name for a in business])
    is_are = _s(business, "is", "are")
    if status in _MAY_USE_BUSINESS_ACCOUNT:
        reasons.append(
            Reason(
                RuleId.BUSINESS_ACCOUNT,
                f"Used for business: {business_names}; a deduction order may still be made "
                f"against {_s(business, 'it', 'them')} because the paying parent is a "
                f"{status.label.lower()}.",
                True,
            )
        )
        return reasons
    usable = [a for a in accounts if a.account_type != AccountType.BUSINESS]
    if usable:
        reasons.append(
            Reason(
                RuleId.BUSINESS_ACCOUNT,
                f"Used for business: {business_names}; {_s(business, 'it', 'they')} must be left "
                f"out because the paying parent's employment status is {status.label}, not sole "
                f"trader or partner, but {_join([a.display_name for a in usable])} can be used.",
                True,
            )
        )
        return reasons
    reasons.append(
        Reason(
            RuleId.BUSINESS_ACCOUNT,
            f"The only recorded {_s(business, 'account', 'accounts')}, {business_names}, "
            f"{is_are} used for business and the paying parent's employment status is "
            f"{status.label}, not sole trader or partner, so {noun} cannot be made against "
            f"{_s(business, 'it', 'them')}.",
            False,
        )
    )
    return reasons


def deduction_order_accounts(case: CaseFacts, power: Power = Power.LSDO) -> Verdict:
    """Whether a deduction order (LSDO or RDO) has an account it may be made against.

    Needs a bank or building society account that is not disregarded. Accounts used wholly or
    partly for business (account type BUSINESS) are left out unless the paying parent is a sole
    trader or partner (domain.md).

    Args:
        case: The case.
        power: LSDO or RDO; only changes the wording.

    Returns:
        A verdict with a prerequisite reason and, when accounts exist, a business_account reason.
    """
    return Verdict.of(_deduction_account_reasons(_Context(case, None), power))


def _employment_reason(ctx: _Context) -> Reason:
    status = ctx.case.paying_parent.employment_status
    if status.has_employer:
        return Reason(
            RuleId.EMPLOYMENT,
            f"The paying parent's employment status is {status.label}, so there is an employer "
            "to deduct from earnings.",
            True,
        )
    if status == EmploymentStatus.NO_EMPLOYMENT_DETAILS:
        return Reason(
            RuleId.EMPLOYMENT,
            "No employment details are held for the paying parent, so there is no employer for a "
            "DEO/DER; set the Desire for DEO/DER flag (Mandatory or Self Selected) so HMRC is "
            "asked again every two weeks.",
            False,
        )
    return Reason(
        RuleId.EMPLOYMENT,
        f"The paying parent's employment status is {status.label}, so there is no employer for a "
        "DEO/DER.",
        False,
    )


def _assets_reason(ctx: _Context, power: Power) -> Reason:
    live = [a for a in ctx.case.assets if a.finding != AssetFinding.DISREGARDED]
    if power == Power.SET_ASIDE_DISPOSITION_ORDER:
        disposed = [a for a in live if a.disposed_to_third_party]
        if disposed:
            return Reason(
                RuleId.PREREQUISITE,
                f"Disposed of to a known third party: {_join([a.display_name for a in disposed])}.",
                True,
            )
        return Reason(
            RuleId.PREREQUISITE,
            "No asset is recorded as disposed of to a known third party; a set aside "
            "disposition order needs one.",
            False,
        )
    if live:
        return Reason(
            RuleId.PREREQUISITE,
            f"{_s(live, 'Asset', 'Assets')} recorded and not disregarded: "
            f"{_join([a.display_name for a in live])}.",
            True,
        )
    return Reason(
        RuleId.PREREQUISITE,
        f"No asset is recorded (other than disregarded ones); {_NOUN[power]} needs an asset at "
        "risk of being disposed of or moved out of the jurisdiction.",
        False,
    )


def _professional_body_reason(ctx: _Context) -> Reason:
    if ctx.case.paying_parent.professional_body_member:
        return Reason(
            RuleId.PROFESSIONAL_BODY,
            "The paying parent is a member of a professional body, so an entry on the RJOF may "
            "affect their standing as well as their credit rating.",
            True,
        )
    return Reason(
        RuleId.PROFESSIONAL_BODY,
        "The paying parent is not recorded as a member of a professional body; registering with "
        "the RJOF suits members of a professional body (e.g. a solicitor, barrister or doctor).",
        False,
    )


def _prerequisite_reasons(ctx: _Context, power: Power) -> list[Reason]:
    if power in (Power.LSDO, Power.RDO):
        return _deduction_account_reasons(ctx, power)
    if power == Power.DEO:
        return [_employment_reason(ctx)]
    if power in (Power.FREEZING_ORDER, Power.SET_ASIDE_DISPOSITION_ORDER):
        return [_assets_reason(ctx, power)]
    if power in (Power.CHARGING_ORDER, Power.THIRD_PARTY_DEBT_ORDER):
        return [_county_court_reason(ctx, power)]
    if power == Power.ORDER_FOR_SALE:
        return [_charging_order_granted_reason(ctx)]
    if power == Power.RJOF:
        return [_lo_balance_reason(ctx, power), _professional_body_reason(ctx)]
    if power in (
        Power.REGISTER_LO_COUNTY_COURT,
        Power.BAILIFF,
        Power.DRIVING_DISQUALIFICATION,
        Power.COMMITMENT,
    ):
        return [_lo_balance_reason(ctx, power)]
    return []


def prerequisites(case: CaseFacts, power: Power) -> Verdict:
    """What must already be in place before a power can be considered (seed 000 step 14).

    Charging and third party debt orders need the liability order registered at a county court
    covering the paying parent's postcode area; an order for sale needs a granted charging order;
    registering at county court, the RJOF, bailiff action and the last-resort sanctions need a
    granted liability order with a balance; the RJOF suits a professional body member; LSDO and RDO
    need a usable account; DEO/DER needs an employer; freezing and set aside disposition orders
    need an asset (disposed of to a known third party for the latter).

    Args:
        case: The case.
        power: The power considered.

    Returns:
        A verdict; a power with no prerequisite (liability order) says so in one passed reason.
    """
    reasons = _prerequisite_reasons(_Context(case, None), power)
    if not reasons:
        reasons = [
            Reason(
                RuleId.PREREQUISITE,
                f"Nothing needs to be in place before {_NOUN[power]}.",
                True,
            )
        ]
    return Verdict.of(reasons)


# --- Rule 1: de minimis ------------------------------------------------------------------------


def _charging_order_court(ctx: _Context) -> CourtFacts | None:
    local = ctx.local_registration
    return local.court if local is not None else None


def _de_minimis_reason(ctx: _Context, power: Power) -> Reason | None:
    source = ""
    if power in (Power.LIABILITY_ORDER, Power.LSDO):
        threshold = LO_DE_MINIMIS if power == Power.LIABILITY_ORDER else LSDO_DE_MINIMIS
        figure, what = ctx.case.arrears_balance, "The case arrears balance"
    elif power in (Power.CHARGING_ORDER, Power.ORDER_FOR_SALE, Power.COMMITMENT):
        figure = ctx.lo_balance
        what = "The outstanding balance of granted liability orders (CMS and CSA)"
        if power == Power.ORDER_FOR_SALE:
            threshold = ORDER_FOR_SALE_DE_MINIMIS
        elif power == Power.COMMITMENT:
            threshold = COMMITMENT_DE_MINIMIS
        else:
            court = _charging_order_court(ctx)
            if court is not None:
                threshold = court.charging_order_de_minimis
                source = f" set by {court.name}"
            else:
                # Without the court we cannot know its figure; the top of the range never lets
                # through an order the court would have refused.
                threshold = CHARGING_ORDER_DE_MINIMIS_HIGH
                source = (
                    " (no county court registration in the paying parent's area is recorded, so "
                    f"the safe upper bound of {format_money(threshold)} is used)"
                )
    else:
        return None
    amount, limit = format_money(figure), format_money(threshold)
    if figure >= threshold:
        return Reason(
            RuleId.DE_MINIMIS,
            f"{what} of {amount} is at or above the {limit} de minimis for {_NOUN[power]}{source}.",
            True,
        )
    return Reason(
        RuleId.DE_MINIMIS,
        f"{what} of {amount} is below the {limit} de minimis for {_NOUN[power]}{source}, so it "
        "should not be considered.",
        False,
    )


def de_minimis(case: CaseFacts, power: Power) -> Verdict:
    """The amount below which an action should not be considered (seed 000 step 15, seed 001).

    Liability order and LSDO: £500.00, compared with the case arrears balance. Charging order: the
    figure of the county court registered for the paying parent's area (£500.00 to £750.00), or
    £750.00 when that court is not known. Order for sale £3,000.00 and commitment £1,000.00.
    Charging order, order for sale and commitment are compared with the outstanding balance of
    granted liability orders. Exactly the threshold is allowed.

    Args:
        case: The case.
        power: The power considered.

    Returns:
        A verdict with one de_minimis reason naming both figures.
    """
    reason = _de_minimis_reason(_Context(case, None), power)
    if reason is None:
        reason = Reason(RuleId.DE_MINIMIS, f"No de minimis amount applies to {_NOUN[power]}.", True)
    return Verdict.of((reason,))


# --- Rule 4: bailiff referral ---------------------------------------------------------------


def _address_reasons(ctx: _Context) -> list[Reason]:
    parent = ctx.case.paying_parent
    if parent.address_confident:
        confident = Reason(RuleId.ADDRESS, "The paying parent's address is confident.", True)
    else:
        confident = Reason(
            RuleId.ADDRESS,
            "The paying parent's address is not confident; bailiff referral needs a confident "
            "address (consider trace action first).",
            False,
        )
    if parent.address_marker in (AddressMarker.DLO, AddressMarker.NFA):
        marker = Reason(
            RuleId.ADDRESS,
            f"The correspondence address is marked {parent.address_marker.label}; bailiff "
            "referral needs an address where the paying parent can be found.",
            False,
        )
    else:
        marker = Reason(
            RuleId.ADDRESS, "The correspondence address is not marked DLO or NFA.", True
        )
    return [confident, marker]


def _nulla_bona_reason(ctx: _Context) -> Reason:
    today = _need_today(ctx.today)
    cutoff = nulla_bona_cutoff(today)
    dates = ctx.case.nulla_bona_dates
    recent = [d for d in dates if d >= cutoff]
    if recent:
        latest = max(recent)
        again = bailiff_allowed_again_from(latest)
        return Reason(
            RuleId.NULLA_BONA,
            f"A Nulla Bona was returned on {format_date(latest)}, within the last 6 months (on "
            f"or after {format_date(cutoff)}); bailiff action can be considered again from "
            f"{format_date(again)}.",
            False,
        )
    if dates:
        return Reason(
            RuleId.NULLA_BONA,
            f"The last Nulla Bona was returned on {format_date(max(dates))}, before "
            f"{format_date(cutoff)}, so not within the last 6 months.",
            True,
        )
    return Reason(
        RuleId.NULLA_BONA,
        f"No Nulla Bona has been returned for the paying parent (checked back to "
        f"{format_date(cutoff)}).",
        True,
    )


def _bailiff_person_reasons(ctx: _Context) -> list[Reason]:
    return [
        *ctx.block_reasons,
        _jurisdiction_reason(ctx, Power.BAILIFF),
        *_address_reasons(ctx),
        _nulla_bona_reason(ctx),
    ]


def bailiff_referral(case: CaseFacts, today: date) -> Verdict:
    """Whether the case may be referred to a bailiff (seed 003 step 2, seed 000 step 14).

    Checks, in order: the blocks of :func:`blocks`; the paying parent lives in England or Wales;
    the address is confident; the correspondence address is not marked DLO or NFA; no Nulla Bona
    was received on or after :func:`nulla_bona_cutoff` (``today`` minus 6 calendar months, the
    boundary day counting as within); a granted liability order has a current balance above £0.00.

    Args:
        case: The case.
        today: The date of the decision.

    Returns:
        A verdict with a reason for every check.
    """
    ctx = _Context(case, today)
    return Verdict.of([*_bailiff_person_reasons(ctx), _lo_balance_reason(ctx, Power.BAILIFF)])


def bailiff_referral_for_order(case: CaseFacts, order: OrderFacts, today: date) -> Verdict:
    """Whether one liability order may go in a bailiff referral (one Bailiff SR per LO, seed 003).

    The person checks of :func:`bailiff_referral`, then: the order is a liability order of this
    case, granted, with a current balance (amount + costs − payments) above £0.00.

    Args:
        case: The case.
        order: The liability order to refer.
        today: The date of the decision.

    Returns:
        A verdict with a reason for every check.
    """
    ctx = _Context(case, today)
    reasons = _bailiff_person_reasons(ctx)
    name = order.display_name
    if all(o.id != order.id for o in case.orders):
        reasons.append(
            Reason(RuleId.PREREQUISITE, f"Order {name} is not an order of case {case.scin}.", False)
        )
    if order.order_type != OrderType.LIABILITY_ORDER:
        reasons.append(
            Reason(
                RuleId.PREREQUISITE,
                f"Order {name} is a {order.order_type.label.lower()}, not a liability order; a "
                "bailiff referral is made for a liability order.",
                False,
            )
        )
    elif order.status != OrderStatus.GRANTED:
        reasons.append(
            Reason(
                RuleId.PREREQUISITE,
                f"Liability order {name} is {order.status.label.lower()}, not granted.",
                False,
            )
        )
    else:
        balance = order.current_balance
        detail = (
            f"{format_money(order.amount)} plus costs of {format_money(order.costs)} less "
            f"payments of {format_money(order.payments)}"
        )
        reasons.append(
            Reason(
                RuleId.PREREQUISITE,
                f"Liability order {name}{_granted(order)} has a current balance of "
                f"{format_money(balance)} ({detail})"
                + ("." if balance > 0 else ", so there is nothing for a bailiff to collect."),
                balance > 0,
            )
        )
    return Verdict.of(reasons)


# --- Rule 5: collection priority -------------------------------------------------------------


def collection_priority(orders: Iterable[OrderFacts]) -> list[PrioritisedOrder]:
    """Liability orders in the order a bailiff collects them (seed 003 step 10).

    CMS liability orders oldest to newest, then CSA liability orders oldest to newest; "oldest"
    is by grant date, then application date, then reference (undated orders last). Orders that
    are not liability orders are left out; the caller chooses which LOs are being referred.

    Args:
        orders: The orders referred together.

    Returns:
        The liability orders with their position and "k of N" label.
    """
    los = [o for o in orders if o.order_type == OrderType.LIABILITY_ORDER]
    los.sort(key=lambda o: (o.origin != OrderOrigin.CMS, _date_key(o)))
    total = len(los)
    return [PrioritisedOrder(order, i, total) for i, order in enumerate(los, start=1)]


# --- Rule 3: last resort ---------------------------------------------------------------------


def _tried(ctx: _Context, power: Power) -> bool:
    if power == Power.BAILIFF:
        # A bailiff was sent and recovered nothing: a Nulla Bona (nothing to seize) or an
        # outcome Not successful, which a refused entry returns without a Nulla Bona (issue 10).
        return bool(ctx.case.nulla_bona_dates or ctx.case.unsuccessful_bailiff_dates)
    return not ctx.tried_types.isdisjoint(_TRIED_BY[power])


def _unexhausted(ctx: _Context) -> list[Power]:
    allowed = ctx.step14_allowed()
    return [p for p in STEP_14_POWERS if allowed[p] and not _tried(ctx, p)]


def _last_resort_reasons(ctx: _Context, power: Power) -> list[Reason]:
    reasons: list[Reason] = []
    remaining = _unexhausted(ctx)
    if remaining:
        reasons.append(
            Reason(
                RuleId.LAST_RESORT,
                f"Not every means of debt recovery is exhausted; still open and not tried: "
                f"{_join([p.label for p in remaining])}. {_NOUN[power].capitalize()} is a last "
                "resort.",
                False,
            )
        )
    else:
        tried = [p.label for p in STEP_14_POWERS if _tried(ctx, p)]
        unavailable = len(STEP_14_POWERS) - len(tried)
        reasons.append(
            Reason(
                RuleId.LAST_RESORT,
                f"Every means of debt recovery of step 14 is exhausted: {len(tried)} tried"
                + (f" ({_join(tried)})" if tried else "")
                + f" and {unavailable} not available for this case.",
                True,
            )
        )
    case = ctx.case
    found_on, evidence = case.wilful_refusal_found_on, (case.wilful_refusal_evidence or "").strip()
    if found_on is None:
        reasons.append(
            Reason(
                RuleId.WILFUL_REFUSAL,
                "No finding of wilful refusal or culpable neglect is recorded; a last-resort "
                "sanction needs one, with its date and evidence.",
                False,
            )
        )
    elif ctx.today is not None and found_on > ctx.today:
        reasons.append(
            Reason(
                RuleId.WILFUL_REFUSAL,
                f"The finding of wilful refusal or culpable neglect is dated "
                f"{format_date(found_on)}, after today ({format_date(ctx.today)}).",
                False,
            )
        )
    elif not evidence:
        reasons.append(
            Reason(
                RuleId.WILFUL_REFUSAL,
                f"The finding of wilful refusal or culpable neglect on {format_date(found_on)} "
                "has no evidence recorded.",
                False,
            )
        )
    else:
        reasons.append(
            Reason(
                RuleId.WILFUL_REFUSAL,
                f"Wilful refusal or culpable neglect was found on {format_date(found_on)} "
                f"(evidence: {_evidence_excerpt(evidence)}).",
                True,
            )
        )
    parent = case.paying_parent
    if power == Power.DRIVING_DISQUALIFICATION:
        if parent.depends_on_driving_for_livelihood:
            reasons.append(
                Reason(
                    RuleId.LIVELIHOOD,
                    "The paying parent depends on driving for their livelihood, so "
                    "disqualification from driving cannot be considered.",
                    False,
                )
            )
        else:
            reasons.append(
                Reason(
                    RuleId.LIVELIHOOD,
                    "The paying parent does not depend on driving for their livelihood.",
                    True,
                )
            )
    elif power == Power.COMMITMENT:
        held = [
            name
            for name, has in (
                ("a passport", parent.holds_passport),
                ("a driving licence", parent.holds_driving_licence),
            )
            if has
        ]
        if held:
            reasons.append(
                Reason(
                    RuleId.PASSPORT_LICENCE,
                    f"The paying parent holds {_join(held)}; commitment is considered only when "
                    "they hold neither a passport nor a driving licence.",
                    False,
                )
            )
        else:
            reasons.append(
                Reason(
                    RuleId.PASSPORT_LICENCE,
                    "The paying parent holds neither a passport nor a driving licence.",
                    True,
                )
            )
    return reasons


def unexhausted_powers(case: CaseFacts, today: date) -> list[Power]:
    """The step 14 powers still open to the case and not yet tried.

    A power is exhausted when the other rules block it for this case, or when it has been tried:
    an order of its type exists with any status but withdrawn (for bailiff action: a Nulla Bona
    has been received).

    Args:
        case: The case.
        today: The date of the decision.

    Returns:
        The powers, in :class:`Power` order; empty when every means is exhausted.
    """
    return _unexhausted(_Context(case, today))


def last_resort(case: CaseFacts, power: Power, today: date) -> Verdict:
    """The last-resort conditions of seed 000 step 16 for disqualification or commitment.

    Every means of step 14 exhausted (see :func:`unexhausted_powers`); a recorded finding of
    wilful refusal or culpable neglect with its date and evidence; for disqualification, the
    paying parent does not depend on driving for their livelihood; for commitment, they hold
    neither a passport nor a driving licence. Commitment's £1,000.00 de minimis and the need for a
    granted liability order are checked by :func:`de_minimis` and :func:`prerequisites`.

    Args:
        case: The case.
        power: DRIVING_DISQUALIFICATION or COMMITMENT.
        today: The date of the decision.

    Returns:
        A verdict with the exhaustion, wilful refusal and livelihood or passport/licence reasons.

    Raises:
        ValueError: For a power that is not a last-resort sanction.
    """
    if power not in LAST_RESORT_POWERS:
        raise ValueError(f"{power.label} is not a last-resort sanction")
    return Verdict.of(_last_resort_reasons(_Context(case, today), power))


# --- Rule 9: every power at once ----------------------------------------------------------------


def _power_reasons(ctx: _Context, power: Power) -> list[Reason]:
    if power == Power.BAILIFF:
        return [*_bailiff_person_reasons(ctx), _lo_balance_reason(ctx, power)]
    reasons = [*ctx.block_reasons, _jurisdiction_reason(ctx, power)]
    reasons += _prerequisite_reasons(ctx, power)
    minimum = _de_minimis_reason(ctx, power)
    if minimum is not None:
        reasons.append(minimum)
    if power in LAST_RESORT_POWERS:
        reasons += _last_resort_reasons(ctx, power)
    return reasons


def power_verdict(case: CaseFacts, power: Power, today: date) -> Verdict:
    """Every rule that applies to one power, as :func:`enforcement_options` combines them.

    Args:
        case: The case.
        power: The power considered.
        today: The date of the decision.

    Returns:
        The combined verdict.
    """
    return Verdict.of(_power_reasons(_Context(case, today), power))


def enforcement_options(case: CaseFacts, today: date) -> list[PowerOption]:
    """Every enforcement power with whether it may be considered for the case, and why.

    Reasons come in this order: blocks (sanctions order, appeal), jurisdiction (England and
    Wales), prerequisites (with business accounts, employer, professional body), de minimis, and
    for disqualification and commitment the last-resort conditions.

    Args:
        case: The case.
        today: The date of the decision (Nulla Bona look-back, wilful refusal finding).

    Returns:
        One option per :class:`Power` member, in enum order.
    """
    ctx = _Context(case, today)
    options: list[PowerOption] = []
    step14: dict[Power, bool] = {}
    for power in Power:
        if power in LAST_RESORT_POWERS and len(step14) == len(STEP_14_POWERS):
            # Reuse the step 14 results for the exhaustion check instead of working them out twice.
            ctx.set_step14(step14)
        verdict = Verdict.of(_power_reasons(ctx, power))
        if power in _STEP_14_SET:
            step14[power] = verdict.allowed
        options.append(PowerOption(power, verdict.allowed, verdict.reasons))
    return options


def options_as_json(options: Iterable[PowerOption]) -> list[dict[str, object]]:
    """Plain data for the command line and case files.

    Args:
        options: The result of :func:`enforcement_options`.

    Returns:
        ``{"power": value, "allowed": bool, "reasons": [...]}`` per option; the reasons are the
        failing checks when refused, or every check passed when allowed.
    """
    return [
        {
            "power": option.power.value,
            "allowed": option.allowed,
            "reasons": option.verdict.messages,
        }
        for option in options
    ]


# --- Rule 8: arrears action preference (seed 001) ----------------------------------------------


def arrears_action_preference(case: CaseFacts, today: date | None = None) -> list[ArrearsStep]:
    """The compliance options of seed 001 in order of preference, each with a verdict.

    1. DEO/DER when the paying parent has an employer (employed, zero-hours contract, director,
       multiple director). 2. Disclosure for a deduction order (RDO/LSDO) by the Deduction Order
       Team, regardless of the debt amount. 3. Liability Order, subject to the £500.00 de minimis
       and team leader authorisation. Every option is refused while a complied sanctions order or
       an open appeal blocks enforcement, and when the correspondence address is marked DLO or NFA
       (seed 001: record it and close the SR).

    Args:
        case: The case.
        today: The day of the reading: a sanctions order with terms is complied with or
            breached as of a date, so without one it is taken as still holding.

    Returns:
        Three steps; the first allowed one has ``recommended`` set.
    """
    ctx = _Context(case, today)
    marker = case.paying_parent.address_marker
    common = list(ctx.block_reasons)
    if marker in (AddressMarker.DLO, AddressMarker.NFA):
        common.append(
            Reason(
                RuleId.ADDRESS,
                f"The correspondence address is marked {marker.label}; record this in the SR "
                "notes and close and cancel the Arrears Review SR.",
                False,
            )
        )
    lo_minimum = _de_minimis_reason(ctx, Power.LIABILITY_ORDER)
    assert lo_minimum is not None  # a liability order always has a de minimis
    verdicts = [
        (ArrearsAction.DEO_DER, Verdict.of([*common, _employment_reason(ctx)])),
        (
            ArrearsAction.DEDUCTION_ORDER_DISCLOSURE,
            Verdict.of(
                [
                    *common,
                    Reason(
                        RuleId.PREREQUISITE,
                        "Disclosure by the Deduction Order Team identifies accounts for a "
                        "regular or lump sum deduction order, regardless of the debt amount.",
                        True,
                    ),
                ]
            ),
        ),
        (
            ArrearsAction.LIABILITY_ORDER,
            Verdict.of(
                [
                    *common,
                    lo_minimum,
                    Reason(
                        RuleId.AUTHORISATION,
                        "A Liability Order referral needs team leader authorisation (Review LO "
                        "SR, Recommend LO) before the case moves to enforcement.",
                        True,
                    ),
                ]
            ),
        ),
    ]
    steps: list[ArrearsStep] = []
    recommended_given = False
    for rank, (action, verdict) in enumerate(verdicts, start=1):
        recommended = verdict.allowed and not recommended_given
        recommended_given = recommended_given or recommended
        steps.append(ArrearsStep(rank, action, verdict, recommended))
    return steps


def recommended_arrears_action(case: CaseFacts) -> ArrearsStep | None:
    """The first action to take on arrears (seed 001), or None when every option is refused.

    Args:
        case: The case.

    Returns:
        The recommended step with its reasons, or None.
    """
    return next((s for s in arrears_action_preference(case) if s.recommended), None)
