"""A sanctions order's block follows its compliance, worked out from its terms and payments."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.enums import OrderType, Power
from enforcement_desktop.domain.facts import CaseFacts, OrderFacts
from enforcement_desktop.domain.holds import HoldKind, case_holds
from enforcement_desktop.domain.rules import (
    RuleId,
    blocks,
    enforcement_options,
    sanctions_compliance,
)
from enforcement_desktop.domain.sanctions import SanctionsPeriod, SanctionsTerms
from tests.domain.test_rules import _case_with_every_power_open, only, order

D = Decimal
TODAY = date(2026, 11, 23)
TERMS = SanctionsTerms(D("100.00"), SanctionsPeriod.MONTHLY, date(2026, 6, 1))


def sanctions(paid: tuple[tuple[date, Decimal], ...], **changes: object) -> OrderFacts:
    base = order(OrderType.SANCTIONS_ORDER, 30, granted_on=date(2026, 5, 14), reference="SO-9")
    return replace(base, terms=TERMS, paid=paid, **changes)  # type: ignore[arg-type]


def monthly_until(last: date) -> tuple[tuple[date, Decimal], ...]:
    paid = []
    month = date(2026, 6, 1)
    while month <= last:
        paid.append((month, D("100.00")))
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return tuple(paid)


def test_kept_terms_block_every_power() -> None:
    so = sanctions(monthly_until(date(2026, 11, 1)))
    case = replace(
        _case_with_every_power_open(), orders=(*_case_with_every_power_open().orders, so)
    )
    reason = only(blocks(case, TODAY), RuleId.SANCTIONS_ORDER)
    assert not reason.ok
    assert "SO-9 (granted 14/05/2026) is in force and being complied with" in reason.message
    assert not any(o.allowed for o in enforcement_options(case, TODAY))


def test_a_breach_ends_the_block_and_says_since_when() -> None:
    so = sanctions(monthly_until(date(2026, 9, 1)))
    case = replace(
        _case_with_every_power_open(), orders=(*_case_with_every_power_open().orders, so)
    )
    reason = only(blocks(case, TODAY), RuleId.SANCTIONS_ORDER)
    assert reason.ok
    assert reason.message == (
        "Sanctions order SO-9 (granted 14/05/2026) has been breached since 01/10/2026: "
        "2 instalments missed (01/10/2026 £100.00, 01/11/2026 £100.00), so it no longer "
        "blocks further enforcement; refer it back to court."
    )
    lo = next(o for o in enforcement_options(case, TODAY) if o.power == Power.LIABILITY_ORDER)
    assert only(lo.verdict, RuleId.SANCTIONS_ORDER).ok


def test_the_recorded_tick_no_longer_decides_an_order_with_terms() -> None:
    so = sanctions((), complied=True)
    kept = sanctions_compliance(so, TODAY)
    assert kept is not None and not kept.complied
    assert only(blocks(_case_with(so), TODAY), RuleId.SANCTIONS_ORDER).ok


def test_terms_read_without_a_day_are_taken_to_block() -> None:
    # Nothing paid, but no day to tell a breach by: the safe side.
    assert sanctions_compliance(sanctions(()), None) is None
    assert not only(blocks(_case_with(sanctions(()))), RuleId.SANCTIONS_ORDER).ok


def _case_with(so: OrderFacts) -> CaseFacts:
    case = _case_with_every_power_open()
    return replace(case, orders=(*case.orders, so))


def test_banner_chip_for_a_breach() -> None:
    holds = case_holds(_case_with(sanctions(monthly_until(date(2026, 9, 1)))), TODAY)
    chip = next(h for h in holds if h.kind == HoldKind.SANCTIONS_BREACHED)
    assert chip.text == "Sanctions order breached since 01/10/2026 — 2 instalments missed"
    assert chip.since == date(2026, 10, 1)
    assert chip.powers == frozenset()  # it stops nothing: the block has ended
    assert "refer it back to court" in chip.tooltip
    assert all(h.kind != HoldKind.SANCTIONS_ORDER for h in holds)


def test_banner_chip_for_kept_terms() -> None:
    holds = case_holds(_case_with(sanctions(monthly_until(date(2026, 11, 1)))), TODAY)
    assert [h.text for h in holds if h.kind == HoldKind.SANCTIONS_ORDER] == [
        "Sanctions order SO-9 complied with since 14/05/2026 — no new enforcement"
    ]
    assert all(h.kind != HoldKind.SANCTIONS_BREACHED for h in holds)


def test_the_arrears_options_read_a_breach_on_the_day_given() -> None:
    # The Arrears Review's options and the Enforcement Orders view must agree on a breach.
    from enforcement_desktop.domain.arrears import review_advice
    from enforcement_desktop.domain.rules import arrears_action_preference

    case = _case_with(sanctions(monthly_until(date(2026, 9, 1))))
    undated = arrears_action_preference(case)
    assert all(not only(s.verdict, RuleId.SANCTIONS_ORDER).ok for s in undated)
    dated = arrears_action_preference(case, TODAY)
    assert all(only(s.verdict, RuleId.SANCTIONS_ORDER).ok for s in dated)
    advice = review_advice(case, today=TODAY)
    assert all(only(s.verdict, RuleId.SANCTIONS_ORDER).ok for s in advice.options)
