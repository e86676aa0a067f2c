"""Check CSA: priority and urgency of a paying parent's cases, with the reasons."""

from __future__ import annotations

from datetime import date

from enforcement_desktop.domain.csa import (
    Attention,
    AttentionVerdict,
    DisposalFacts,
    LegacyOrder,
    attention,
    priority_reasons,
    urgency_reasons,
)
from enforcement_desktop.domain.enums import (
    InformationSource,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
)


def order(
    order_type: OrderType = OrderType.LIABILITY_ORDER,
    status: OrderStatus = OrderStatus.GRANTED,
    origin: OrderOrigin = OrderOrigin.CSA,
    *,
    reference: str | None = "CSA/1",
    ended_on: date | None = None,
    scheme: Scheme = Scheme.CMS_2012,
    legacy: bool = False,
) -> LegacyOrder:
    return LegacyOrder(
        order_type=order_type,
        status=status,
        origin=origin,
        reference=reference,
        ended_on=ended_on,
        case_scheme=scheme,
        case_legacy_ongoing_enforcement=legacy,
    )


def test_no_orders_no_disposal_is_neither() -> None:
    verdict = attention((), ())
    assert verdict.level is Attention.NONE
    assert verdict.reasons == ()
    assert not verdict.priority and not verdict.urgent


def test_ongoing_committal_order_is_priority() -> None:
    reasons = priority_reasons([order(OrderType.COMMITMENT, OrderStatus.GRANTED)])
    assert len(reasons) == 1
    assert "committal order" in reasons[0]
    assert "Commitment to prison" in reasons[0]


def test_suspended_commitment_and_suspended_licence_are_priority() -> None:
    reasons = priority_reasons(
        [
            order(OrderType.COMMITMENT, OrderStatus.SUSPENDED, reference="C1"),
            order(OrderType.DRIVING_DISQUALIFICATION, OrderStatus.SUSPENDED, reference="D1"),
        ]
    )
    assert len(reasons) == 2
    assert all("suspended" in r for r in reasons)


def test_order_for_sale_under_way_is_priority_and_an_ended_one_is_not() -> None:
    assert priority_reasons([order(OrderType.ORDER_FOR_SALE, OrderStatus.APPLIED)])
    assert "order for sale" in priority_reasons([order(OrderType.ORDER_FOR_SALE)])[0]
    assert not priority_reasons(
        [order(OrderType.ORDER_FOR_SALE, OrderStatus.GRANTED, ended_on=date(2026, 1, 1))]
    )
    assert not priority_reasons([order(OrderType.ORDER_FOR_SALE, OrderStatus.REFUSED)])
    assert not priority_reasons([order(OrderType.ORDER_FOR_SALE, OrderStatus.SATISFIED)])


def test_sisted_order_is_priority() -> None:
    reasons = priority_reasons([order(OrderType.LIABILITY_ORDER, OrderStatus.SISTED)])
    assert len(reasons) == 1
    assert "sisted" in reasons[0]
    assert "CSA/1" in reasons[0]


def test_only_legacy_orders_make_a_case_priority() -> None:
    cms = order(OrderType.ORDER_FOR_SALE, origin=OrderOrigin.CMS)
    assert priority_reasons([cms]) == ()
    # On a legacy case (CSA scheme or the Legacy Ongoing Enforcement indicator) it counts.
    assert priority_reasons([order(OrderType.ORDER_FOR_SALE, origin=OrderOrigin.CMS, legacy=True)])
    assert priority_reasons(
        [order(OrderType.ORDER_FOR_SALE, origin=OrderOrigin.CMS, scheme=Scheme.CSA)]
    )


def test_a_plain_granted_liability_order_is_not_priority() -> None:
    assert priority_reasons([order()]) == ()


def test_imminent_disposal_is_urgent_with_date_and_source() -> None:
    disposal = DisposalFacts(
        asset_id=7,
        what="Property: 1 Fictional Street",
        noted_on=date(2026, 11, 30),
        source=InformationSource.LAND_REGISTRY,
    )
    reasons = urgency_reasons([disposal])
    assert len(reasons) == 1
    assert "about to dispose of Property: 1 Fictional Street" in reasons[0]
    assert "30/11/2026" in reasons[0]
    assert "Land registry" in reasons[0] or "Land Registry" in reasons[0]
    assert "fast track" in reasons[0].lower()


def test_urgent_outranks_priority_and_both_reasons_are_kept() -> None:
    disposal = DisposalFacts(1, "Vehicle", date(2026, 11, 30), InformationSource.DVLA)
    verdict = attention([order(OrderType.ORDER_FOR_SALE)], [disposal])
    assert verdict.level is Attention.URGENT
    assert verdict.urgent and verdict.priority
    assert len(verdict.reasons) == 2
    assert verdict.reasons[0].startswith("Urgent")
    assert verdict.reasons[1].startswith("Priority")
    assert verdict.label == "Urgent"
    assert attention([order(OrderType.ORDER_FOR_SALE)], ()).label == "Priority"


def test_attention_round_trips_through_its_stored_form() -> None:
    disposal = DisposalFacts(1, "Vehicle", date(2026, 11, 30), InformationSource.DVLA)
    verdict = attention([order(OrderType.COMMITMENT)], [disposal])
    level, text = verdict.stored()
    assert level == 2
    assert AttentionVerdict.from_stored(level, text) == verdict
    assert AttentionVerdict.from_stored(0, None) == attention((), ())
