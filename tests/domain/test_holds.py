"""Holds on a paying parent: named, dated, and the powers they stop read from the verdicts."""

from __future__ import annotations

from datetime import date

from enforcement_desktop.domain.enums import (
    AppealStatus,
    Jurisdiction,
    OrderType,
    Power,
    Workflow,
)
from enforcement_desktop.domain.facts import AppealFacts
from enforcement_desktop.domain.holds import (
    HoldKind,
    bailiff_sr_hold,
    case_holds,
    held_step,
    merge_holds,
)
from enforcement_desktop.domain.rules import STEP_14_POWERS, bailiff_allowed_again_from
from tests.domain.test_rules import TODAY, lo, make_case, order

ALL_POWERS = frozenset(Power)


def test_a_clean_case_has_no_hold() -> None:
    assert case_holds(make_case(orders=(lo(1, "5000.00"),)), TODAY) == ()


def test_a_complied_sanctions_order_holds_every_power_since_it_was_granted() -> None:
    sanctions = order(
        OrderType.SANCTIONS_ORDER, 7, granted_on=date(2026, 5, 2), reference="SO/7", complied=True
    )
    (hold,) = case_holds(make_case(orders=(lo(), sanctions)), TODAY)
    assert hold.kind == HoldKind.SANCTIONS_ORDER
    assert hold.text == "Sanctions order SO/7 complied with since 02/05/2026 — no new enforcement"
    assert (hold.since, hold.until) == (date(2026, 5, 2), None)
    assert hold.powers == ALL_POWERS
    assert "in force and being complied with" in hold.tooltip


def test_a_sanctions_order_not_complied_with_is_no_hold() -> None:
    sanctions = order(OrderType.SANCTIONS_ORDER, 7, complied=False)
    assert case_holds(make_case(orders=(lo(), sanctions)), TODAY) == ()


def test_an_open_appeal_holds_from_the_day_it_was_lodged() -> None:
    appeals = (
        AppealFacts(AppealStatus.DECIDED, date(2025, 1, 1)),
        AppealFacts(AppealStatus.OPEN, date(2026, 9, 14)),
    )
    (hold,) = case_holds(make_case(orders=(lo(),), appeals=appeals), TODAY)
    assert hold.kind == HoldKind.APPEAL
    assert hold.text == "Appeal lodged 14/09/2026 — enforcement waits for the tribunal"
    assert hold.since == date(2026, 9, 14)
    assert hold.powers == ALL_POWERS


def test_a_recent_nulla_bona_holds_bailiff_action_until_a_known_day() -> None:
    returned = date(2026, 9, 4)
    (hold,) = case_holds(make_case(orders=(lo(),), nulla_bona=(date(2025, 1, 1), returned)), TODAY)
    again = bailiff_allowed_again_from(returned)
    assert again == date(2027, 3, 5)
    assert hold.kind == HoldKind.NULLA_BONA
    assert hold.text == "Nulla Bona 04/09/2026 — bailiff allowed again from 05/03/2027"
    assert (hold.since, hold.until) == (returned, again)
    assert hold.powers == frozenset({Power.BAILIFF})
    # On that day the rule no longer holds.
    assert case_holds(make_case(orders=(lo(),), nulla_bona=(returned,)), again) == ()


def test_living_in_scotland_holds_every_power_but_an_unrecorded_jurisdiction_does_not() -> None:
    (hold,) = case_holds(make_case(orders=(lo(),), jurisdiction=Jurisdiction.SCOTLAND), TODAY)
    assert hold.kind == HoldKind.JURISDICTION
    assert hold.text == "Lives in Scotland — England and Wales enforcement does not apply"
    assert hold.powers == ALL_POWERS
    assert case_holds(make_case(orders=(lo(),), jurisdiction=None), TODAY) == ()


def test_holds_come_most_sweeping_first() -> None:
    case = make_case(
        orders=(lo(), order(OrderType.SANCTIONS_ORDER, 7, complied=True)),
        appeals=(AppealFacts(AppealStatus.OPEN, date(2026, 9, 14)),),
        nulla_bona=(date(2026, 9, 4),),
    )
    kinds = [h.kind for h in case_holds(case, TODAY)]
    assert kinds == [HoldKind.SANCTIONS_ORDER, HoldKind.APPEAL, HoldKind.NULLA_BONA]


def test_a_step_is_held_only_when_every_power_it_takes_is_held() -> None:
    sanctions = case_holds(
        make_case(orders=(lo(), order(OrderType.SANCTIONS_ORDER, 7, complied=True))), TODAY
    )
    nulla_bona = case_holds(make_case(orders=(lo(),), nulla_bona=(date(2026, 9, 4),)), TODAY)
    review = Workflow.ARREARS_REVIEW
    assert held_step(review, "review_lo_initiated", sanctions) == sanctions[0]
    assert held_step(review, "disclosure", sanctions) == sanctions[0]
    assert held_step(review, "review_case_details", sanctions) is None
    assert held_step(Workflow.BAILIFF, "file_prepared", nulla_bona) == nulla_bona[0]
    assert held_step(review, "review_lo_initiated", nulla_bona) is None
    # Choosing a civil power is pointless only when none of them is open.
    assert held_step(Workflow.DECIDE_ENFORCEMENT, "decide_civil_power", nulla_bona) is None
    assert held_step(Workflow.DECIDE_ENFORCEMENT, "decide_civil_power", sanctions) is not None
    assert frozenset(STEP_14_POWERS) <= sanctions[0].powers


def test_a_bailiff_sr_on_hold_names_the_sr_the_day_and_the_reason() -> None:
    hold = bailiff_sr_hold(41, date(2026, 12, 1), "Paying parent in hospital")
    assert hold.text == "Bailiff SR 41 held until 01/12/2026"
    assert hold.tooltip == (
        "Bailiff action on service request 41 is on hold until 01/12/2026: "
        "Paying parent in hospital"
    )
    assert hold.powers == frozenset({Power.BAILIFF})
    assert hold.kind.label == "bailiff hold"


def test_merged_holds_name_a_person_s_hold_once() -> None:
    one = case_holds(make_case(orders=(lo(),), nulla_bona=(date(2026, 9, 4),)), TODAY)
    assert merge_holds([*one, *one]) == one
