"""Table tests of the enforcement rules (domain.md "Rules the tool must know").

Every test checks the verdict and that the reason names the figure or date it compared, because
the case manager acts on the sentence, not on the boolean.
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from enforcement_desktop.domain.dates import add_months
from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AppealStatus,
    AssetFinding,
    AssetType,
    CourtKind,
    EmploymentStatus,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Power,
    Scheme,
)
from enforcement_desktop.domain.facts import (
    AppealFacts,
    AssetFacts,
    CaseFacts,
    CourtFacts,
    OrderFacts,
    PayingParentFacts,
)
from enforcement_desktop.domain.rules import (
    STEP_14_POWERS,
    ArrearsAction,
    PowerOption,
    Reason,
    RuleId,
    Verdict,
    arrears_action_preference,
    bailiff_referral,
    bailiff_referral_for_order,
    blocks,
    collection_priority,
    de_minimis,
    deduction_order_accounts,
    enforcement_options,
    jurisdiction,
    last_resort,
    nulla_bona_cutoff,
    options_as_json,
    postcode_area,
    power_verdict,
    prerequisites,
    recommended_arrears_action,
    unexhausted_powers,
)

TODAY = date(2026, 11, 23)
BIRMINGHAM = CourtFacts("Birmingham County Court", CourtKind.COUNTY, ("B", "WS"), Decimal("600.00"))
COVENTRY = CourtFacts("Coventry County Court", CourtKind.COUNTY, ("CV",), Decimal("500.00"))
MAGISTRATES = CourtFacts("Birmingham Magistrates' Court", CourtKind.MAGISTRATES, ("B",))


# --- Builders --------------------------------------------------------------------------------


def D(text: str) -> Decimal:
    return Decimal(text)


def parent(**changes: Any) -> PayingParentFacts:
    """A paying parent in England, confident address in Birmingham, employed."""
    base = PayingParentFacts(
        jurisdiction=Jurisdiction.ENGLAND,
        address_confident=True,
        residential_postcode="B15 2TT",
        employment_status=EmploymentStatus.EMPLOYED,
    )
    return replace(base, **changes)


def lo(
    id: int = 1,
    amount: str = "1000.00",
    *,
    costs: str = "0.00",
    payments: str = "0.00",
    origin: OrderOrigin = OrderOrigin.CMS,
    granted_on: date | None = date(2025, 1, 10),
    applied_on: date | None = None,
    status: OrderStatus = OrderStatus.GRANTED,
    reference: str | None = None,
) -> OrderFacts:
    """A liability order made at the magistrates' court."""
    return OrderFacts(
        id=id,
        order_type=OrderType.LIABILITY_ORDER,
        status=status,
        origin=origin,
        reference=reference if reference is not None else f"LO-{id}",
        court=MAGISTRATES,
        applied_on=applied_on,
        granted_on=granted_on,
        amount=D(amount),
        costs=D(costs),
        payments=D(payments),
    )


def order(
    order_type: OrderType,
    id: int,
    *,
    status: OrderStatus = OrderStatus.GRANTED,
    court: CourtFacts | None = None,
    granted_on: date | None = date(2025, 6, 1),
    reference: str | None = None,
    complied: bool | None = None,
) -> OrderFacts:
    """Any other order."""
    return OrderFacts(
        id=id,
        order_type=order_type,
        status=status,
        reference=reference if reference is not None else f"{order_type.value.upper()}-{id}",
        court=court,
        granted_on=granted_on,
        parent_order_id=1,
        complied=complied,
    )


def registration(id: int = 10, court: CourtFacts = BIRMINGHAM, **kw: Any) -> OrderFacts:
    return order(OrderType.LO_COUNTY_COURT, id, court=court, reference=f"CC-{id}", **kw)


def account(
    id: int,
    account_type: AccountType | None = AccountType.PERSONAL,
    finding: AssetFinding = AssetFinding.RELEVANT,
) -> AssetFacts:
    return AssetFacts(
        id=id,
        asset_type=AssetType.BANK_ACCOUNT,
        account_type=account_type,
        estimated_value=D("2500.00"),
        finding=finding,
        description=f"{account_type.value if account_type else 'unknown'} account",
    )


def make_case(
    arrears: str = "1000.00",
    *,
    orders: tuple[OrderFacts, ...] = (),
    assets: tuple[AssetFacts, ...] = (),
    appeals: tuple[AppealFacts, ...] = (),
    nulla_bona: tuple[date, ...] = (),
    wilful_on: date | None = None,
    evidence: str | None = None,
    **parent_changes: Any,
) -> CaseFacts:
    """A CMS case; keyword arguments not listed here change the paying parent."""
    return CaseFacts(
        scin="121000000001",
        scheme=Scheme.CMS_2012,
        arrears_balance=D(arrears),
        paying_parent=parent(**parent_changes),
        orders=orders,
        assets=assets,
        appeals=appeals,
        nulla_bona_dates=nulla_bona,
        wilful_refusal_found_on=wilful_on,
        wilful_refusal_evidence=evidence,
    )


def only(verdict: Verdict, rule: str) -> Reason:
    """The single reason of a rule in a verdict."""
    found = [r for r in verdict.reasons if r.rule == rule]
    assert len(found) == 1, verdict.reasons
    return found[0]


def option(case: CaseFacts, power: Power, today: date = TODAY) -> PowerOption:
    return next(o for o in enforcement_options(case, today) if o.power == power)


# --- Verdict ----------------------------------------------------------------------------------


def test_verdict_of_is_allowed_only_when_every_reason_passed() -> None:
    ok = Reason("a", "Passed.", True)
    bad = Reason("b", "Failed.", False)
    assert Verdict.of([ok]).allowed
    assert not Verdict.of([ok, bad]).allowed
    assert Verdict.of([ok, bad]).failures == (bad,)
    assert Verdict.of([ok, bad]).messages == ["Failed."]
    assert Verdict.of([ok]).messages == ["Passed."]


# --- Dates and postcodes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 23), -6, date(2026, 5, 23)),
        (date(2026, 8, 31), -6, date(2026, 2, 28)),
        (date(2024, 8, 31), -6, date(2024, 2, 29)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), -1, date(2025, 12, 15)),
        (date(2026, 2, 28), 6, date(2026, 8, 28)),
        (date(2025, 12, 31), 2, date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("today", "cutoff"),
    [
        (date(2026, 11, 23), date(2026, 5, 23)),
        (date(2026, 8, 31), date(2026, 2, 28)),
        (date(2024, 8, 31), date(2024, 2, 29)),
        (date(2026, 6, 30), date(2025, 12, 30)),
    ],
)
def test_nulla_bona_cutoff_is_six_calendar_months_back(today: date, cutoff: date) -> None:
    assert nulla_bona_cutoff(today) == cutoff


@pytest.mark.parametrize(
    ("postcode", "area"),
    [
        ("B15 2TT", "B"),
        ("CV1 1AA", "CV"),
        ("ws1 1aa", "WS"),
        ("SW1A 1AA", "SW"),
        ("  m1 1ae ", "M"),
        ("", None),
        (None, None),
        ("GIR 0AA", None),
    ],
)
def test_postcode_area_takes_the_letters_of_the_outward_code(
    postcode: str | None, area: str | None
) -> None:
    assert postcode_area(postcode) == area


def test_court_de_minimis_outside_the_seed_range_is_refused() -> None:
    with pytest.raises(ValueError, match="£800.00"):
        CourtFacts("Odd County Court", CourtKind.COUNTY, ("B",), D("800.00"))
    with pytest.raises(ValueError, match="£499.99"):
        CourtFacts("Odd County Court", CourtKind.COUNTY, ("B",), D("499.99"))


def test_court_covers_areas_regardless_of_case() -> None:
    court = CourtFacts("Walsall County Court", CourtKind.COUNTY, ("ws", " B "), D("500.00"))
    assert court.covers("WS") and court.covers("b")
    assert not court.covers("CV") and not court.covers(None)


def test_lo_current_balance_is_amount_plus_costs_less_payments() -> None:
    assert lo(amount="1000.00", costs="85.50", payments="300.25").current_balance == D("785.25")


# --- Rule 1: de minimis ---------------------------------------------------------------------


@pytest.mark.parametrize("power", [Power.LIABILITY_ORDER, Power.LSDO])
@pytest.mark.parametrize(
    ("arrears", "allowed", "shown"),
    [
        ("499.99", False, "£499.99"),
        ("500.00", True, "£500.00"),
        ("500.01", True, "£500.01"),
        ("1234.56", True, "£1,234.56"),
        ("0.00", False, "£0.00"),
    ],
)
def test_lo_and_lsdo_de_minimis_compare_the_case_arrears(
    power: Power, arrears: str, allowed: bool, shown: str
) -> None:
    verdict = de_minimis(make_case(arrears), power)
    assert verdict.allowed is allowed
    reason = only(verdict, RuleId.DE_MINIMIS)
    assert reason.ok is allowed
    assert "case arrears balance of " + shown in reason.message
    assert "£500.00 de minimis" in reason.message
    assert ("below" in reason.message) is not allowed


@pytest.mark.parametrize(
    ("balance", "allowed", "shown"),
    [
        ("2999.99", False, "£2,999.99"),
        ("3000.00", True, "£3,000.00"),
        ("3000.01", True, "£3,000.01"),
    ],
)
def test_order_for_sale_de_minimis_compares_the_lo_balance(
    balance: str, allowed: bool, shown: str
) -> None:
    # Arrears far above the threshold: the LO balance, not the case arrears, decides.
    case = make_case("9000.00", orders=(lo(amount=balance),))
    reason = only(de_minimis(case, Power.ORDER_FOR_SALE), RuleId.DE_MINIMIS)
    assert reason.ok is allowed
    assert f"granted liability orders (CMS and CSA) of {shown}" in reason.message
    assert "£3,000.00 de minimis for an order for sale" in reason.message


@pytest.mark.parametrize(
    ("balance", "allowed", "shown"),
    [("999.99", False, "£999.99"), ("1000.00", True, "£1,000.00")],
)
def test_commitment_de_minimis_compares_the_lo_balance(
    balance: str, allowed: bool, shown: str
) -> None:
    case = make_case("5000.00", orders=(lo(amount=balance),))
    reason = only(de_minimis(case, Power.COMMITMENT), RuleId.DE_MINIMIS)
    assert reason.ok is allowed
    assert shown in reason.message and "£1,000.00 de minimis" in reason.message


@pytest.mark.parametrize(
    ("court_threshold", "balance", "allowed"),
    [
        ("500.00", "499.99", False),
        ("500.00", "500.00", True),
        ("750.00", "749.99", False),
        ("750.00", "750.00", True),
        ("620.00", "619.99", False),
        ("620.00", "620.00", True),
    ],
)
def test_charging_order_de_minimis_is_the_courts(
    court_threshold: str, balance: str, allowed: bool
) -> None:
    court = CourtFacts("Walsall County Court", CourtKind.COUNTY, ("B",), D(court_threshold))
    case = make_case("9000.00", orders=(lo(amount=balance), registration(court=court)))
    reason = only(de_minimis(case, Power.CHARGING_ORDER), RuleId.DE_MINIMIS)
    assert reason.ok is allowed
    assert f"£{court_threshold} de minimis for a charging order set by Walsall County Court" in (
        reason.message
    )
    assert f"£{balance}" in reason.message


@pytest.mark.parametrize(
    ("orders", "balance", "allowed"),
    [
        ((lo(amount="749.99"),), "£749.99", False),
        ((lo(amount="750.00"),), "£750.00", True),
        # A registration outside the paying parent's area does not tell us their court's figure.
        ((lo(amount="600.00"), registration(court=COVENTRY)), "£600.00", False),
    ],
)
def test_charging_order_without_a_known_court_uses_750(
    orders: tuple[OrderFacts, ...], balance: str, allowed: bool
) -> None:
    reason = only(de_minimis(make_case(orders=orders), Power.CHARGING_ORDER), RuleId.DE_MINIMIS)
    assert reason.ok is allowed
    assert balance in reason.message
    assert "safe upper bound of £750.00" in reason.message


def test_lo_balance_sums_granted_cms_and_csa_liability_orders_only() -> None:
    orders = (
        lo(1, "1000.00", costs="50.00", payments="300.00"),  # 750.00
        lo(2, "2000.00", origin=OrderOrigin.CSA, payments="1999.99"),  # 0.01
        lo(3, "9999.00", status=OrderStatus.APPLIED),
        lo(4, "9999.00", status=OrderStatus.WITHDRAWN),
        lo(5, "100.00", payments="200.00"),  # overpaid: not debt, must not reduce the others
        registration(),
    )
    reason = only(de_minimis(make_case(orders=orders), Power.COMMITMENT), RuleId.DE_MINIMIS)
    assert "of £750.01 is below the £1,000.00" in reason.message
    assert not reason.ok


@pytest.mark.parametrize("power", [Power.RDO, Power.BAILIFF, Power.DRIVING_DISQUALIFICATION])
def test_powers_without_a_de_minimis_say_so(power: Power) -> None:
    verdict = de_minimis(make_case("1.00"), power)
    assert verdict.allowed
    assert "No de minimis amount applies" in verdict.reasons[0].message


# --- Rule 2: prerequisites ------------------------------------------------------------------


@pytest.mark.parametrize("power", [Power.CHARGING_ORDER, Power.THIRD_PARTY_DEBT_ORDER])
@pytest.mark.parametrize(
    ("orders", "postcode", "allowed", "named"),
    [
        ((lo(), registration(court=BIRMINGHAM)), "B15 2TT", True, "Birmingham County Court"),
        ((lo(), registration(court=BIRMINGHAM)), "WS1 1AA", True, "postcode area WS (WS1 1AA)"),
        ((lo(), registration(court=COVENTRY)), "B15 2TT", False, "Coventry County Court"),
        ((lo(), registration(court=COVENTRY)), "CV1 1AA", True, "postcode area CV (CV1 1AA)"),
        ((lo(),), "B15 2TT", False, "No liability order registration"),
        ((lo(), registration(status=OrderStatus.APPLIED)), "B15 2TT", False, "postcode area B"),
        ((lo(), registration()), None, False, "No residential postcode"),
    ],
)
def test_charging_and_third_party_debt_orders_need_a_local_county_court_registration(
    power: Power,
    orders: tuple[OrderFacts, ...],
    postcode: str | None,
    allowed: bool,
    named: str,
) -> None:
    case = make_case(orders=orders, residential_postcode=postcode)
    verdict = prerequisites(case, power)
    assert verdict.allowed is allowed
    assert named in only(verdict, RuleId.PREREQUISITE).message


def test_order_for_sale_needs_a_granted_charging_order() -> None:
    applied = order(OrderType.CHARGING_ORDER, 20, status=OrderStatus.APPLIED)
    refused = prerequisites(make_case(orders=(lo(), applied)), Power.ORDER_FOR_SALE)
    assert not refused.allowed
    assert "No charging order has been granted" in refused.reasons[0].message

    granted = order(OrderType.CHARGING_ORDER, 21, granted_on=date(2026, 3, 1), reference="CO-9")
    verdict = prerequisites(make_case(orders=(lo(), granted)), Power.ORDER_FOR_SALE)
    assert verdict.allowed
    assert verdict.reasons[0].message == "Charging order CO-9 was granted on 01/03/2026."


@pytest.mark.parametrize(
    "power", [Power.REGISTER_LO_COUNTY_COURT, Power.BAILIFF, Power.DRIVING_DISQUALIFICATION]
)
@pytest.mark.parametrize(
    ("orders", "allowed", "named"),
    [
        ((lo(amount="1234.56", costs="100.00", payments="34.56"),), True, "£1,300.00"),
        ((lo(amount="500.00", payments="500.00"),), False, "no balance left"),
        ((lo(status=OrderStatus.APPLIED),), False, "No liability order has been granted"),
        ((), False, "No liability order has been granted"),
        (
            (lo(1, "100.00"), lo(2, "250.00", origin=OrderOrigin.CSA)),
            True,
            "LO-1 (£100.00) and LO-2 (£250.00) have current balances totalling £350.00",
        ),
    ],
)
def test_powers_needing_a_granted_lo_with_a_balance(
    power: Power, orders: tuple[OrderFacts, ...], allowed: bool, named: str
) -> None:
    verdict = prerequisites(make_case(orders=orders), power)
    assert verdict.allowed is allowed
    assert named in only(verdict, RuleId.PREREQUISITE).message


@pytest.mark.parametrize(("member", "allowed"), [(True, True), (False, False)])
def test_rjof_suits_a_professional_body_member(member: bool, allowed: bool) -> None:
    verdict = prerequisites(make_case(orders=(lo(),), professional_body_member=member), Power.RJOF)
    assert verdict.allowed is allowed
    reason = only(verdict, RuleId.PROFESSIONAL_BODY)
    assert reason.ok is allowed
    assert ("not recorded as a member" in reason.message) is not allowed


@pytest.mark.parametrize(
    ("status", "allowed"),
    [
        (EmploymentStatus.EMPLOYED, True),
        (EmploymentStatus.ZERO_HOURS, True),
        (EmploymentStatus.DIRECTOR, True),
        (EmploymentStatus.MULTIPLE_DIRECTOR, True),
        (EmploymentStatus.SELF_EMPLOYED, False),
        (EmploymentStatus.SOLE_TRADER, False),
        (EmploymentStatus.UNEMPLOYED, False),
        (EmploymentStatus.NO_EMPLOYMENT_DETAILS, False),
    ],
)
def test_deo_needs_an_employer(status: EmploymentStatus, allowed: bool) -> None:
    verdict = prerequisites(make_case(employment_status=status), Power.DEO)
    assert verdict.allowed is allowed
    message = only(verdict, RuleId.EMPLOYMENT).message
    if status == EmploymentStatus.NO_EMPLOYMENT_DETAILS:
        assert "Desire for DEO/DER flag" in message
    else:
        assert status.label in message


@pytest.mark.parametrize(
    ("assets", "freezing", "set_aside"),
    [
        ((), False, False),
        ((AssetFacts(1, AssetType.PROPERTY, finding=AssetFinding.DISREGARDED),), False, False),
        ((AssetFacts(1, AssetType.PROPERTY, description="12 High St"),), True, False),
        ((AssetFacts(1, AssetType.VEHICLE, disposed_to_third_party=True),), True, True),
    ],
)
def test_freezing_and_set_aside_orders_need_an_asset(
    assets: tuple[AssetFacts, ...], freezing: bool, set_aside: bool
) -> None:
    case = make_case(assets=assets)
    freeze = prerequisites(case, Power.FREEZING_ORDER)
    aside = prerequisites(case, Power.SET_ASIDE_DISPOSITION_ORDER)
    assert freeze.allowed is freezing
    assert aside.allowed is set_aside
    if freezing:
        assert "asset 1" in freeze.reasons[0].message
    if set_aside:
        assert "Disposed of to a known third party: asset 1." in aside.reasons[0].message


def test_liability_order_has_no_prerequisite() -> None:
    verdict = prerequisites(make_case(), Power.LIABILITY_ORDER)
    assert verdict.allowed
    assert "Nothing needs to be in place" in verdict.reasons[0].message


# --- Rule 7: business accounts ----------------------------------------------------------------


@pytest.mark.parametrize("power", [Power.LSDO, Power.RDO])
@pytest.mark.parametrize(
    ("status", "assets", "allowed", "rule", "named"),
    [
        (
            EmploymentStatus.EMPLOYED,
            (account(3, AccountType.BUSINESS),),
            False,
            RuleId.BUSINESS_ACCOUNT,
            "employment status is Employed, not sole trader or partner",
        ),
        (
            EmploymentStatus.DIRECTOR,
            (account(3, AccountType.BUSINESS), account(4, AccountType.BUSINESS)),
            False,
            RuleId.BUSINESS_ACCOUNT,
            "(asset 3) and business account (asset 4), are used for business",
        ),
        (
            EmploymentStatus.SOLE_TRADER,
            (account(3, AccountType.BUSINESS),),
            True,
            RuleId.BUSINESS_ACCOUNT,
            "Used for business: business account (asset 3); a deduction order may still be made "
            "against it because the paying parent is a sole trader",
        ),
        (
            EmploymentStatus.PARTNER,
            (account(3, AccountType.BUSINESS),),
            True,
            RuleId.BUSINESS_ACCOUNT,
            "because the paying parent is a partner",
        ),
        (
            EmploymentStatus.EMPLOYED,
            (account(3, AccountType.BUSINESS), account(4, AccountType.JOINT)),
            True,
            RuleId.BUSINESS_ACCOUNT,
            "not sole trader or partner, but joint account (asset 4) can be used",
        ),
        (
            EmploymentStatus.EMPLOYED,
            (
                account(3, AccountType.BUSINESS),
                account(4, AccountType.PERSONAL, AssetFinding.DISREGARDED),
            ),
            False,
            RuleId.BUSINESS_ACCOUNT,
            "The only recorded account, business account (asset 3), is used for business",
        ),
        (
            EmploymentStatus.EMPLOYED,
            (account(4, AccountType.PERSONAL),),
            True,
            RuleId.BUSINESS_ACCOUNT,
            "No recorded account is used for business.",
        ),
        (
            EmploymentStatus.SOLE_TRADER,
            (AssetFacts(5, AssetType.PROPERTY),),
            False,
            RuleId.PREREQUISITE,
            "No bank or building society account is recorded",
        ),
    ],
)
def test_deduction_orders_and_business_accounts(
    power: Power,
    status: EmploymentStatus,
    assets: tuple[AssetFacts, ...],
    allowed: bool,
    rule: str,
    named: str,
) -> None:
    case = make_case(assets=assets, employment_status=status)
    verdict = deduction_order_accounts(case, power)
    assert verdict.allowed is allowed
    assert named in only(verdict, rule).message
    # The same answer comes through the combined options.
    assert option(case, power).allowed is allowed


# --- Rule 6: blocks ---------------------------------------------------------------------------


def _case_with_every_power_open(**changes: Any) -> CaseFacts:
    """A case where each power would be allowed but for the blocks under test."""
    orders = (
        lo(1, "5000.00"),
        registration(),
        order(OrderType.CHARGING_ORDER, 20),
    )
    values: dict[str, Any] = {
        "orders": orders,
        "assets": (account(1), AssetFacts(2, AssetType.PROPERTY, disposed_to_third_party=True)),
        "professional_body_member": True,
        "wilful_on": date(2026, 10, 1),
        "evidence": "Refused three payment plans.",
    }
    values.update(changes)
    return make_case("6000.00", **values)


def test_the_open_case_is_open() -> None:
    # Guard for the block tests: without blocks, every step 14 power is allowed.
    options = {o.power: o for o in enforcement_options(_case_with_every_power_open(), TODAY)}
    assert all(options[p].allowed for p in STEP_14_POWERS), [
        (p, options[p].verdict.messages) for p in STEP_14_POWERS if not options[p].allowed
    ]


@pytest.mark.parametrize(("complied", "blocked"), [(True, True), (False, False), (None, False)])
def test_complied_sanctions_order_blocks_every_power(complied: bool | None, blocked: bool) -> None:
    sanctions = order(
        OrderType.SANCTIONS_ORDER,
        30,
        complied=complied,
        granted_on=date(2026, 2, 14),
        reference="SO-77",
    )
    case = _case_with_every_power_open()
    case = replace(case, orders=(*case.orders, sanctions))
    reason = only(blocks(case), RuleId.SANCTIONS_ORDER)
    assert reason.ok is not blocked
    assert "SO-77" in reason.message
    if blocked:
        assert "(granted 14/02/2026) is in force and being complied with" in reason.message
    for opt in enforcement_options(case, TODAY):
        sanction = only(opt.verdict, RuleId.SANCTIONS_ORDER)
        assert sanction.ok is not blocked
        if blocked:
            assert not opt.allowed
            assert opt.reasons[0] == sanction  # blocks come first
            assert "SO-77" in options_as_json([opt])[0]["reasons"][0]  # type: ignore[index]


def test_sanctions_order_not_yet_granted_does_not_block() -> None:
    applied = order(OrderType.SANCTIONS_ORDER, 30, status=OrderStatus.APPLIED, complied=True)
    assert blocks(make_case(orders=(lo(), applied))).allowed


@pytest.mark.parametrize(
    ("status", "blocked"),
    [(AppealStatus.OPEN, True), (AppealStatus.DECIDED, False), (AppealStatus.WITHDRAWN, False)],
)
def test_open_appeal_blocks_every_power(status: AppealStatus, blocked: bool) -> None:
    case = _case_with_every_power_open(appeals=(AppealFacts(status, date(2026, 9, 3)),))
    reason = only(blocks(case), RuleId.APPEAL)
    assert reason.ok is not blocked
    assert "03/09/2026" in reason.message
    if blocked:
        assert "waits for the tribunal" in reason.message
    else:
        assert status.label.lower() in reason.message
    options = enforcement_options(case, TODAY)
    assert len(options) == len(Power)
    for opt in options:
        assert only(opt.verdict, RuleId.APPEAL).ok is not blocked
        if blocked:
            assert not opt.allowed
    assert bailiff_referral(case, TODAY).allowed is not blocked


def test_no_blocks_say_what_was_checked() -> None:
    verdict = blocks(make_case())
    assert verdict.allowed
    assert [r.message for r in verdict.reasons] == [
        "No sanctions order is in force and being complied with.",
        "No open appeal disputes the arrears.",
    ]


# --- Jurisdiction -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("where", "power", "allowed", "named"),
    [
        (Jurisdiction.ENGLAND, Power.BAILIFF, True, "lives in England"),
        (Jurisdiction.WALES, Power.BAILIFF, True, "lives in Wales"),
        (Jurisdiction.SCOTLAND, Power.BAILIFF, False, "Scotland; bailiff referral needs them"),
        (Jurisdiction.NORTHERN_IRELAND, Power.BAILIFF, False, "Northern Ireland; bailiff"),
        (Jurisdiction.SCOTLAND, Power.LIABILITY_ORDER, False, "does not apply outside England"),
        (Jurisdiction.NORTHERN_IRELAND, Power.CHARGING_ORDER, False, "Northern Ireland procedure"),
        (None, Power.LSDO, False, "is not recorded"),
    ],
)
def test_civil_enforcement_is_england_and_wales(
    where: Jurisdiction | None, power: Power, allowed: bool, named: str
) -> None:
    case = make_case(jurisdiction=where)
    verdict = jurisdiction(case, power)
    assert verdict.allowed is allowed
    assert named in verdict.reasons[0].message
    assert only(option(case, power).verdict, RuleId.JURISDICTION).ok is allowed
    if not allowed:
        assert not option(case, power).allowed


# --- Rule 4: bailiff referral -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "received", "allowed"),
    [
        (date(2026, 11, 23), date(2026, 5, 24), False),  # 6 months minus a day ago
        (date(2026, 11, 23), date(2026, 5, 23), False),  # exactly 6 months: counts as within
        (date(2026, 11, 23), date(2026, 5, 22), True),  # 6 months plus a day ago
        (date(2026, 11, 23), date(2026, 11, 23), False),  # today
        (date(2026, 8, 31), date(2026, 2, 28), False),  # month end: 6 months back is 28 February
        (date(2026, 8, 31), date(2026, 2, 27), True),
        (date(2024, 8, 31), date(2024, 2, 29), False),  # leap year
        (date(2024, 8, 31), date(2024, 2, 28), True),
    ],
)
def test_nulla_bona_in_the_last_six_months_blocks_bailiff(
    today: date, received: date, allowed: bool
) -> None:
    case = make_case(orders=(lo(),), nulla_bona=(date(2019, 1, 1), received))
    verdict = bailiff_referral(case, today)
    assert verdict.allowed is allowed
    reason = only(verdict, RuleId.NULLA_BONA)
    assert received.strftime("%d/%m/%Y") in reason.message
    if not allowed:
        cutoff = nulla_bona_cutoff(today).strftime("%d/%m/%Y")
        assert f"within the last 6 months (on or after {cutoff})" in reason.message


@pytest.mark.parametrize(
    ("received", "again"),
    [
        (date(2026, 5, 24), "25/11/2026"),
        (date(2026, 2, 28), "01/09/2026"),  # 29-31 August still look back to 28 February
    ],
)
def test_nulla_bona_reason_says_when_bailiff_action_can_be_considered_again(
    received: date, again: str
) -> None:
    case = make_case(orders=(lo(),), nulla_bona=(received,))
    reason = only(bailiff_referral(case, received), RuleId.NULLA_BONA)
    assert f"considered again from {again}" in reason.message
    next_day = date(int(again[6:]), int(again[3:5]), int(again[:2]))
    assert bailiff_referral(case, next_day).allowed


def test_no_nulla_bona_says_how_far_back_it_looked() -> None:
    reason = only(bailiff_referral(make_case(orders=(lo(),)), TODAY), RuleId.NULLA_BONA)
    assert reason.ok
    assert "checked back to 23/05/2026" in reason.message


@pytest.mark.parametrize(
    ("changes", "allowed", "named"),
    [
        ({}, True, "The paying parent's address is confident."),
        ({"address_confident": False}, False, "address is not confident"),
        ({"address_marker": AddressMarker.DLO}, False, "marked DLO (dead letter office)"),
        ({"address_marker": AddressMarker.NFA}, False, "marked NFA (no fixed abode)"),
    ],
)
def test_bailiff_needs_a_confident_address_not_dlo_or_nfa(
    changes: dict[str, Any], allowed: bool, named: str
) -> None:
    verdict = bailiff_referral(make_case(orders=(lo(),), **changes), TODAY)
    assert verdict.allowed is allowed
    assert any(named in r.message and r.rule == RuleId.ADDRESS for r in verdict.reasons)


@pytest.mark.parametrize(
    ("where", "allowed"),
    [
        (Jurisdiction.ENGLAND, True),
        (Jurisdiction.WALES, True),
        (Jurisdiction.SCOTLAND, False),
        (Jurisdiction.NORTHERN_IRELAND, False),
    ],
)
def test_bailiff_needs_england_or_wales(where: Jurisdiction, allowed: bool) -> None:
    verdict = bailiff_referral(make_case(orders=(lo(),), jurisdiction=where), TODAY)
    assert verdict.allowed is allowed
    assert where.label in only(verdict, RuleId.JURISDICTION).message


def test_bailiff_needs_a_granted_lo_with_a_balance() -> None:
    paid = bailiff_referral(make_case(orders=(lo(amount="400.00", payments="400.00"),)), TODAY)
    assert not paid.allowed
    assert "LO-1 has no balance left" in paid.failures[0].message
    ok = bailiff_referral(make_case(orders=(lo(amount="400.00", payments="150.00"),)), TODAY)
    assert ok.allowed
    assert "LO-1 (granted 10/01/2025) has a current balance of £250.00" in ok.reasons[-1].message


@pytest.mark.parametrize(
    ("target", "allowed", "named"),
    [
        (lo(1, "800.00", costs="70.00", payments="100.00"), True, "current balance of £770.00"),
        (lo(1, "800.00", payments="800.00"), False, "nothing for a bailiff to collect"),
        (lo(2, status=OrderStatus.APPLIED), False, "LO-2 is applied, not granted"),
        (registration(), False, "not a liability order"),
        (lo(99), False, "order of case 121000000001"),
    ],
)
def test_bailiff_referral_for_one_order(target: OrderFacts, allowed: bool, named: str) -> None:
    case_orders = (target,) if target.id != 99 else (lo(1),)
    case = make_case(orders=(*case_orders, lo(50, "300.00")))
    verdict = bailiff_referral_for_order(case, target, TODAY)
    assert verdict.allowed is allowed
    assert any(named in r.message for r in verdict.reasons), verdict.reasons


def test_bailiff_referral_for_one_order_keeps_the_person_checks() -> None:
    case = make_case(orders=(lo(),), jurisdiction=Jurisdiction.SCOTLAND)
    verdict = bailiff_referral_for_order(case, case.orders[0], TODAY)
    assert not verdict.allowed
    assert [r.rule for r in verdict.failures] == [RuleId.JURISDICTION]


# --- Rule 5: collection priority -------------------------------------------------------------


def test_collection_priority_cms_oldest_first_then_csa() -> None:
    cms_new = lo(1, origin=OrderOrigin.CMS, granted_on=date(2025, 3, 1), reference="CMS-2025")
    csa_old = lo(2, origin=OrderOrigin.CSA, granted_on=date(2012, 6, 1), reference="CSA-2012")
    cms_old = lo(3, origin=OrderOrigin.CMS, granted_on=date(2023, 7, 9), reference="CMS-2023")
    other = registration()
    ranked = collection_priority([cms_new, other, csa_old, cms_old])
    assert [p.order.reference for p in ranked] == ["CMS-2023", "CMS-2025", "CSA-2012"]
    assert [p.label for p in ranked] == ["1 of 3", "2 of 3", "3 of 3"]
    assert [(p.position, p.total) for p in ranked] == [(1, 3), (2, 3), (3, 3)]


def test_collection_priority_breaks_ties_by_applied_date_then_reference() -> None:
    same_day = date(2024, 4, 4)
    a = lo(1, granted_on=same_day, applied_on=date(2024, 2, 2), reference="Z")
    b = lo(2, granted_on=same_day, applied_on=date(2024, 1, 1), reference="Y")
    c = lo(3, granted_on=same_day, applied_on=date(2024, 1, 1), reference="X")
    undated = lo(4, granted_on=None, reference="A")
    csa = lo(5, origin=OrderOrigin.CSA, granted_on=date(2001, 1, 1), reference="OLD")
    ranked = collection_priority([undated, a, csa, b, c])
    assert [p.order.reference for p in ranked] == ["X", "Y", "Z", "A", "OLD"]
    assert ranked[-1].label == "5 of 5"


def test_collection_priority_of_nothing_is_empty() -> None:
    assert collection_priority([registration()]) == []


# --- Rule 3: last resort -------------------------------------------------------------------------


def _exhausted_case(**changes: Any) -> CaseFacts:
    """Every step 14 means tried or not available; finding of wilful refusal recorded."""
    orders = (
        lo(1, "5000.00"),
        registration(),
        order(OrderType.CHARGING_ORDER, 20),
        order(OrderType.ORDER_FOR_SALE, 21, status=OrderStatus.REFUSED),
        order(OrderType.THIRD_PARTY_DEBT_ORDER, 22, status=OrderStatus.APPLIED),
    )
    values: dict[str, Any] = {
        "orders": orders,
        "nulla_bona": (date(2025, 1, 10),),
        "wilful_on": date(2026, 10, 1),
        "evidence": "Ignored six letters and refused every arrears agreement offered.",
        # Self-employed with no accounts or assets: DEO, LSDO, RDO, freezing and set aside orders
        # are not available; not a professional body member: no RJOF.
        "employment_status": EmploymentStatus.SELF_EMPLOYED,
    }
    values.update(changes)
    return make_case("5000.00", **values)


def test_exhausted_case_with_a_finding_allows_both_sanctions() -> None:
    case = _exhausted_case()
    assert unexhausted_powers(case, TODAY) == []
    for power in (Power.DRIVING_DISQUALIFICATION, Power.COMMITMENT):
        verdict = last_resort(case, power, TODAY)
        assert verdict.allowed, verdict.messages
        assert "Every means of debt recovery of step 14 is exhausted: 6 tried" in (
            only(verdict, RuleId.LAST_RESORT).message
        )
        assert "found on 01/10/2026" in only(verdict, RuleId.WILFUL_REFUSAL).message
        assert option(case, power).allowed
        assert power_verdict(case, power, TODAY) == option(case, power).verdict


@pytest.mark.parametrize(
    ("wilful_on", "evidence", "named"),
    [
        (None, None, "No finding of wilful refusal or culpable neglect is recorded"),
        (date(2026, 10, 1), None, "on 01/10/2026 has no evidence recorded"),
        (date(2026, 10, 1), "   ", "on 01/10/2026 has no evidence recorded"),
        (date(2026, 12, 1), "Refused.", "dated 01/12/2026, after today (23/11/2026)"),
    ],
)
@pytest.mark.parametrize("power", [Power.DRIVING_DISQUALIFICATION, Power.COMMITMENT])
def test_last_resort_needs_a_dated_finding_with_evidence(
    power: Power, wilful_on: date | None, evidence: str | None, named: str
) -> None:
    verdict = last_resort(_exhausted_case(wilful_on=wilful_on, evidence=evidence), power, TODAY)
    assert not verdict.allowed
    reason = only(verdict, RuleId.WILFUL_REFUSAL)
    assert not reason.ok
    assert named in reason.message


@pytest.mark.parametrize(
    ("drop_id", "withdraw_id", "remaining"),
    [
        (22, None, [Power.THIRD_PARTY_DEBT_ORDER]),
        (None, 22, [Power.THIRD_PARTY_DEBT_ORDER]),  # withdrawn is not tried
        (21, None, [Power.ORDER_FOR_SALE]),
        (20, None, [Power.CHARGING_ORDER]),  # order for sale then blocked, not remaining
    ],
)
def test_last_resort_lists_the_means_not_yet_exhausted(
    drop_id: int | None, withdraw_id: int | None, remaining: list[Power]
) -> None:
    base = _exhausted_case()
    orders = tuple(
        replace(o, status=OrderStatus.WITHDRAWN) if o.id == withdraw_id else o
        for o in base.orders
        if o.id != drop_id
    )
    case = replace(base, orders=orders)
    assert unexhausted_powers(case, TODAY) == remaining
    verdict = last_resort(case, Power.COMMITMENT, TODAY)
    assert not verdict.allowed
    message = only(verdict, RuleId.LAST_RESORT).message
    assert "Not every means of debt recovery is exhausted" in message
    for power in remaining:
        assert power.label in message


def test_bailiff_not_tried_keeps_last_resort_closed() -> None:
    case = _exhausted_case(nulla_bona=())
    assert unexhausted_powers(case, TODAY) == [Power.BAILIFF]
    assert (
        "Bailiff action"
        in only(
            last_resort(case, Power.DRIVING_DISQUALIFICATION, TODAY), RuleId.LAST_RESORT
        ).message
    )


def test_a_bailiff_referral_returned_not_successful_counts_as_tried_without_a_nulla_bona() -> None:
    # Refused entry returns no Nulla Bona: the Not successful outcome is the record.
    case = replace(_exhausted_case(nulla_bona=()), unsuccessful_bailiff_dates=(date(2026, 6, 2),))
    assert unexhausted_powers(case, TODAY) == []
    verdict = last_resort(case, Power.COMMITMENT, TODAY)
    assert verdict.allowed, verdict.messages
    assert "Bailiff action" in only(verdict, RuleId.LAST_RESORT).message
    # With a Nulla Bona as well it is tried once, not twice.
    both = replace(case, nulla_bona_dates=(date(2026, 6, 2),))
    assert only(last_resort(both, Power.COMMITMENT, TODAY), RuleId.LAST_RESORT).message == (
        only(verdict, RuleId.LAST_RESORT).message
    )


def test_employed_parent_must_have_had_a_deo_tried() -> None:
    case = _exhausted_case(employment_status=EmploymentStatus.EMPLOYED)
    assert unexhausted_powers(case, TODAY) == [Power.DEO]
    tried = replace(
        case, orders=(*case.orders, order(OrderType.DER, 40, status=OrderStatus.DISCHARGED))
    )
    assert unexhausted_powers(tried, TODAY) == []


@pytest.mark.parametrize(
    ("passport", "licence", "allowed", "named"),
    [
        (False, False, True, "holds neither a passport nor a driving licence"),
        (True, False, False, "holds a passport;"),
        (False, True, False, "holds a driving licence;"),
        (True, True, False, "holds a passport and a driving licence;"),
    ],
)
def test_commitment_only_without_passport_or_driving_licence(
    passport: bool, licence: bool, allowed: bool, named: str
) -> None:
    case = _exhausted_case(holds_passport=passport, holds_driving_licence=licence)
    verdict = last_resort(case, Power.COMMITMENT, TODAY)
    assert verdict.allowed is allowed
    assert named in only(verdict, RuleId.PASSPORT_LICENCE).message
    # The passport or licence says nothing against disqualification.
    assert last_resort(case, Power.DRIVING_DISQUALIFICATION, TODAY).allowed


@pytest.mark.parametrize(("depends", "allowed"), [(True, False), (False, True)])
def test_disqualification_only_if_not_driving_for_a_living(depends: bool, allowed: bool) -> None:
    case = _exhausted_case(depends_on_driving_for_livelihood=depends)
    verdict = last_resort(case, Power.DRIVING_DISQUALIFICATION, TODAY)
    assert verdict.allowed is allowed
    reason = only(verdict, RuleId.LIVELIHOOD)
    assert ("does not depend on driving" in reason.message) is allowed
    assert last_resort(case, Power.COMMITMENT, TODAY).allowed


@pytest.mark.parametrize(
    ("balance", "allowed", "shown"), [("999.99", False, "£999.99"), ("1000.00", True, "£1,000.00")]
)
def test_commitment_de_minimis_in_the_options(balance: str, allowed: bool, shown: str) -> None:
    base = _exhausted_case()
    orders = (lo(1, balance), *base.orders[1:])
    opt = option(replace(base, orders=orders), Power.COMMITMENT)
    assert opt.allowed is allowed
    assert shown in only(opt.verdict, RuleId.DE_MINIMIS).message
    # Disqualification has no de minimis.
    assert option(replace(base, orders=orders), Power.DRIVING_DISQUALIFICATION).allowed


def test_last_resort_only_for_sanctions() -> None:
    with pytest.raises(ValueError, match="not a last-resort sanction"):
        last_resort(make_case(), Power.BAILIFF, TODAY)


def test_last_resort_needs_a_liability_order() -> None:
    # Nothing is available without an LO, but a sanction still needs one to enforce.
    case = make_case(
        "100.00",
        employment_status=EmploymentStatus.UNEMPLOYED,
        wilful_on=date(2026, 10, 1),
        evidence="Refused.",
    )
    opt = option(case, Power.DRIVING_DISQUALIFICATION)
    assert not opt.allowed
    assert [r.rule for r in opt.verdict.failures] == [RuleId.PREREQUISITE]
    assert "No liability order has been granted" in opt.verdict.failures[0].message


# --- Rule 8: arrears action preference ----------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "first"),
    [
        (EmploymentStatus.EMPLOYED, ArrearsAction.DEO_DER),
        (EmploymentStatus.ZERO_HOURS, ArrearsAction.DEO_DER),
        (EmploymentStatus.DIRECTOR, ArrearsAction.DEO_DER),
        (EmploymentStatus.MULTIPLE_DIRECTOR, ArrearsAction.DEO_DER),
        (EmploymentStatus.SELF_EMPLOYED, ArrearsAction.DEDUCTION_ORDER_DISCLOSURE),
        (EmploymentStatus.SOLE_TRADER, ArrearsAction.DEDUCTION_ORDER_DISCLOSURE),
        (EmploymentStatus.UNEMPLOYED, ArrearsAction.DEDUCTION_ORDER_DISCLOSURE),
        (EmploymentStatus.NO_EMPLOYMENT_DETAILS, ArrearsAction.DEDUCTION_ORDER_DISCLOSURE),
    ],
)
def test_arrears_preference_deo_then_disclosure_then_lo(
    status: EmploymentStatus, first: ArrearsAction
) -> None:
    steps = arrears_action_preference(make_case(employment_status=status))
    assert [s.action for s in steps] == list(ArrearsAction)
    assert [s.rank for s in steps] == [1, 2, 3]
    assert [s.recommended for s in steps].count(True) == 1
    chosen = recommended_arrears_action(make_case(employment_status=status))
    assert chosen is not None and chosen.action == first
    deo = only(steps[0].verdict, RuleId.EMPLOYMENT)
    if status == EmploymentStatus.NO_EMPLOYMENT_DETAILS:
        assert "Desire for DEO/DER flag" in deo.message
    else:
        assert status.label in deo.message


@pytest.mark.parametrize(("arrears", "allowed"), [("499.99", False), ("500.00", True)])
def test_arrears_preference_lo_step_has_the_de_minimis(arrears: str, allowed: bool) -> None:
    lo_step = arrears_action_preference(make_case(arrears))[2]
    assert lo_step.verdict.allowed is allowed
    assert f"£{arrears}" in only(lo_step.verdict, RuleId.DE_MINIMIS).message
    assert "team leader authorisation" in only(lo_step.verdict, RuleId.AUTHORISATION).message


@pytest.mark.parametrize("marker", [AddressMarker.DLO, AddressMarker.NFA])
def test_arrears_preference_nothing_when_address_dlo_or_nfa(marker: AddressMarker) -> None:
    case = make_case(address_marker=marker)
    assert recommended_arrears_action(case) is None
    for step in arrears_action_preference(case):
        assert marker.label in only(step.verdict, RuleId.ADDRESS).message


def test_arrears_preference_waits_for_an_open_appeal() -> None:
    case = make_case(appeals=(AppealFacts(AppealStatus.OPEN, date(2026, 11, 1)),))
    assert recommended_arrears_action(case) is None


# --- Rule 9: every power -------------------------------------------------------------------------


def test_options_cover_every_power_in_enum_order() -> None:
    options = enforcement_options(_case_with_every_power_open(), TODAY)
    assert [o.power for o in options] == list(Power)
    for opt in options:
        assert opt.allowed == all(r.ok for r in opt.reasons)
        assert opt.reasons, opt.power


def test_option_reasons_come_in_order_blocks_jurisdiction_prerequisites_de_minimis() -> None:
    opt = option(_case_with_every_power_open(), Power.CHARGING_ORDER)
    assert [r.rule for r in opt.reasons] == [
        RuleId.SANCTIONS_ORDER,
        RuleId.APPEAL,
        RuleId.JURISDICTION,
        RuleId.PREREQUISITE,
        RuleId.DE_MINIMIS,
    ]
    commitment = option(_exhausted_case(), Power.COMMITMENT)
    assert [r.rule for r in commitment.reasons] == [
        RuleId.SANCTIONS_ORDER,
        RuleId.APPEAL,
        RuleId.JURISDICTION,
        RuleId.PREREQUISITE,
        RuleId.DE_MINIMIS,
        RuleId.LAST_RESORT,
        RuleId.WILFUL_REFUSAL,
        RuleId.PASSPORT_LICENCE,
    ]


def test_options_agree_with_single_power_verdicts() -> None:
    for case in (_case_with_every_power_open(), _exhausted_case(), make_case("10.00")):
        for opt in enforcement_options(case, TODAY):
            assert power_verdict(case, opt.power, TODAY) == opt.verdict


def test_options_as_json_gives_failures_or_checks_passed() -> None:
    case = make_case("499.99", orders=(lo(amount="400.00"),), jurisdiction=Jurisdiction.WALES)
    data = options_as_json(enforcement_options(case, TODAY))
    json.dumps(data)  # plain data only
    by_power = {d["power"]: d for d in data}
    assert set(by_power) == {p.value for p in Power}
    refused = by_power["liability_order"]
    assert refused["allowed"] is False
    assert refused["reasons"] == [
        "The case arrears balance of £499.99 is below the £500.00 de minimis for a liability "
        "order, so it should not be considered."
    ]
    allowed = by_power["register_lo_county_court"]
    assert allowed["allowed"] is True
    assert allowed["reasons"] == [
        "No sanctions order is in force and being complied with.",
        "No open appeal disputes the arrears.",
        "The paying parent lives in Wales, within the England and Wales jurisdiction.",
        "Liability order LO-1 (granted 10/01/2025) has a current balance of £400.00.",
    ]


@pytest.mark.parametrize(
    "case",
    [
        make_case(),
        make_case("0.00", jurisdiction=None, address_confident=False),
        _case_with_every_power_open(),
        _exhausted_case(appeals=(AppealFacts(AppealStatus.OPEN, date(2026, 1, 2)),)),
    ],
)
def test_every_reason_is_a_sentence(case: CaseFacts) -> None:
    for opt in enforcement_options(case, TODAY):
        for reason in opt.reasons:
            assert reason.message[0].isupper() and reason.message.endswith("."), reason
            assert "None" not in reason.message and "  " not in reason.message, reason


def test_enforcement_options_take_well_under_a_millisecond() -> None:
    orders = tuple(
        lo(i, "900.00", origin=OrderOrigin.CMS if i % 2 else OrderOrigin.CSA) for i in range(1, 8)
    ) + (registration(), order(OrderType.CHARGING_ORDER, 20), order(OrderType.RDO, 21))
    case = _exhausted_case(orders=orders, assets=(account(1), account(2, AccountType.BUSINESS)))
    enforcement_options(case, TODAY)  # warm up
    runs = 200
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for _ in range(runs):
            enforcement_options(case, TODAY)
        best = min(best, (time.perf_counter() - start) / runs)
    assert best < 0.001, f"{best * 1e6:.0f} µs per case"
