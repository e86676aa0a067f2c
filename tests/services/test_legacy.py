"""Check CSA services: the Check CSA SR and its Set Up Legacy LO child, legacy actions,
priority and urgency kept with the paying parent, sensitive cases."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import (
    InformationSource,
    LegacyActionKind,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
    SrStatus,
    Workflow,
)
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import (
    cases,
    legacy,
    orders,
    screens,
    search,
    service_requests,
)
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser, AuditEvent, Contact
from tests.services.builders import make_asset, make_case, make_lo


def _check_csa_srs(ctx: ServiceContext, case_id: int) -> list[service_requests.ServiceRequestDTO]:
    return [
        sr
        for sr in service_requests.list_for_case(ctx, case_id)
        if sr.workflow == Workflow.CHECK_CSA
    ]


def _input(case: cases.CaseDTO) -> cases.CaseInput:
    return cases.CaseInput(**{f: getattr(case, f) for f in cases.CaseInput.__dataclass_fields__})


def _stored_attention(ctx: ServiceContext, contact_id: int) -> tuple[int, str | None]:
    with ctx.reading() as s:
        row = s.execute(
            select(Contact.attention, Contact.attention_reasons).where(Contact.id == contact_id)
        ).one()
        return row[0], row[1]


def test_setting_legacy_ongoing_enforcement_opens_one_check_csa_sr(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    assert _check_csa_srs(ctx, case.id) == []
    data = replace(_input(case), legacy_ongoing_enforcement=True)
    case = cases.update_case(ctx, case.id, case.version, data)
    opened = _check_csa_srs(ctx, case.id)
    assert len(opened) == 1
    assert opened[0].status == SrStatus.OPEN
    assert (opened[0].process, opened[0].area, opened[0].sub_area) == (
        "Transition",
        "Legacy Case Data",
        "Finalise Case",
    )
    # Saving again (indicator still set) opens no second one.
    data = replace(data, arrears_balance=Decimal("2500.00"))
    cases.update_case(ctx, case.id, case.version, data)
    assert len(_check_csa_srs(ctx, case.id)) == 1


def test_adding_csa_arrears_opens_the_check_csa_sr(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    data = replace(_input(case), scheme=Scheme.CSA)
    case = cases.update_case(ctx, case.id, case.version, data)
    assert _check_csa_srs(ctx, case.id) == []  # no arrears added yet
    data = replace(data, arrears_balance=case.arrears_balance + Decimal("800.00"))
    cases.update_case(ctx, case.id, case.version, data)
    assert len(_check_csa_srs(ctx, case.id)) == 1


def test_set_up_legacy_lo_is_a_child_of_the_check_csa_sr(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    parent = service_requests.create_service_request(
        ctx, case.id, "Transition", "Legacy Case Data", "Finalise Case"
    )
    child = legacy.raise_set_up_legacy_lo(ctx, parent.id)
    assert child.workflow == Workflow.SET_UP_LEGACY_LO
    assert child.parent_id == parent.id
    assert child.sub_area == "Set Up Legacy LO"
    # Not from another kind of SR.
    with pytest.raises(ValidationError) as caught:
        legacy.raise_set_up_legacy_lo(ctx, child.id)
    assert "Check CSA" in caught.value.errors["parent_id"]


def test_the_new_sr_service_raises_set_up_legacy_lo_only_under_a_check_csa_sr(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    set_up = ("Transition", "Set Up/Amend Residual Arrears", "Set Up Legacy LO")
    check = service_requests.create_service_request(
        ctx, case.id, "Transition", "Legacy Case Data", "Finalise Case"
    )
    other = service_requests.create_service_request(
        ctx, case.id, "Enforcement", "Take Enforcement Action", "Bailiff"
    )
    for parent_id in (None, other.id):
        with pytest.raises(ValidationError) as caught:
            service_requests.create_service_request(ctx, case.id, *set_up, parent_id=parent_id)
        assert "Check CSA SR" in (caught.value.errors["parent_id"] or "")
    child = service_requests.create_service_request(ctx, case.id, *set_up, parent_id=check.id)
    assert child.workflow == Workflow.SET_UP_LEGACY_LO and child.parent_id == check.id


def test_legacy_actions_are_recorded_against_a_csa_lo_only(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    csa_lo = make_lo(ctx, case.id, "CSA/LO/1", origin=OrderOrigin.CSA)
    cms_lo = make_lo(ctx, case.id, "LO/1")
    action = legacy.record_legacy_action(
        ctx, csa_lo, LegacyActionKind.EJO, date(2025, 5, 1), "EJO instructed by CSA"
    )
    assert action.kind == LegacyActionKind.EJO
    assert [a.id for a in legacy.legacy_actions(ctx, csa_lo)] == [action.id]
    with pytest.raises(ValidationError) as caught:
        legacy.record_legacy_action(ctx, cms_lo, LegacyActionKind.DCA, date(2025, 5, 1))
    assert "CSA LO" in caught.value.errors["order_id"]
    with pytest.raises(ValidationError) as caught:
        legacy.record_legacy_action(ctx, csa_lo, LegacyActionKind.BAILIFF, None)
    assert set(caught.value.errors) == {"started_on"}


def test_priority_and_urgency_are_kept_with_the_paying_parent(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    payer = case.paying_parent_id
    assert _stored_attention(ctx, payer) == (0, None)
    orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            OrderType.COMMITMENT,
            OrderStatus.SUSPENDED,
            origin=OrderOrigin.CSA,
            reference="CSA/COM/1",
            applied_on=date(2025, 2, 1),
            granted_on=date(2025, 3, 1),
        ),
    )
    level, reasons = _stored_attention(ctx, payer)
    assert level == 1
    assert reasons is not None and "committal order" in reasons and "suspended" in reasons

    asset_id = make_asset(ctx, payer)
    version = 1
    verdict = legacy.flag_imminent_disposal(
        ctx, asset_id, version, date(2026, 11, 20), InformationSource.LAND_REGISTRY
    )
    assert verdict.urgent and verdict.priority
    level, reasons = _stored_attention(ctx, payer)
    assert level == 2
    assert reasons is not None and reasons.startswith("Urgent")
    assert "20/11/2026" in reasons

    verdict = legacy.clear_imminent_disposal(ctx, asset_id, version + 1)
    assert not verdict.urgent
    assert _stored_attention(ctx, payer)[0] == 1


def test_imminent_disposal_needs_date_and_source(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    asset_id = make_asset(ctx, case.paying_parent_id)
    with pytest.raises(ValidationError) as caught:
        legacy.flag_imminent_disposal(ctx, asset_id, 1, None, None)
    assert set(caught.value.errors) == {"imminent_disposal_on", "imminent_disposal_source"}
    with pytest.raises(ValidationError) as caught:
        legacy.flag_imminent_disposal(
            ctx, asset_id, 1, date(2027, 1, 1), InformationSource.THIRD_PARTY
        )
    assert "after today" in caught.value.errors["imminent_disposal_on"]


def test_suspended_and_sisted_fit_only_their_orders(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as caught:
        orders.create_order(
            ctx,
            case.id,
            orders.OrderInput(OrderType.ORDER_FOR_SALE, OrderStatus.SUSPENDED),
        )
    assert "suspended" in (caught.value.errors["status"] or "").lower()
    with pytest.raises(ValidationError) as caught:
        orders.create_order(
            ctx,
            case.id,
            orders.OrderInput(OrderType.COMMITMENT, OrderStatus.SISTED, origin=OrderOrigin.CMS),
        )
    assert "CSA" in (caught.value.errors["status"] or "")


def test_sensitive_marker_is_audited(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    _add_user(ctx, "scr.user", "case_manager,special_client_records")
    with ctx.reading() as s:
        version = s.get(Contact, case.paying_parent_id).version  # type: ignore[union-attr]
    scr = replace(ctx, user="scr.user")
    assert legacy.set_sensitive(scr, case.paying_parent_id, version, True) is True
    with ctx.reading() as s:
        event = s.scalars(
            select(AuditEvent).where(AuditEvent.field == "sensitive").order_by(AuditEvent.id)
        ).all()[-1]
        assert event.user == "scr.user" and event.new_value == "yes"


def test_only_special_client_records_or_a_team_leader_may_mark_a_sensitive_case(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    payer = case.paying_parent_id
    _add_user(ctx, "cm.user", "case_manager")
    _add_user(ctx, "tl.user", "case_manager,team_leader")
    _add_user(ctx, "scr.user", "special_client_records")
    for login in ("test.user", "cm.user"):  # no user record at all, and a case manager
        reader = replace(ctx, user=login)
        marking = screens.client_screen(reader, payer).sensitive_marking
        assert not marking.allowed and "Special Client Records" in marking.reasons[0]
        version = screens.client_screen(reader, payer).contact.version
        with pytest.raises(ValidationError) as caught:
            legacy.set_sensitive(reader, payer, version, True)
        assert "team leaders" in (caught.value.errors["sensitive"] or "")
        assert not screens.client_screen(reader, payer).contact.sensitive
    for login, sensitive in (("tl.user", True), ("scr.user", False)):
        reader = replace(ctx, user=login)
        shown = screens.client_screen(reader, payer)
        assert shown.sensitive_marking.allowed
        legacy.set_sensitive(reader, payer, shown.contact.version, sensitive)
        assert screens.client_screen(reader, payer).contact.sensitive is sensitive


def _add_user(ctx: ServiceContext, login: str, roles: str) -> None:
    with ctx.db.unit_of_work() as s:
        s.add(AppUser(login=login, display_name=login.title(), roles=roles))


def test_a_sensitive_case_hides_the_address_from_users_without_special_client_records(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    payer = case.paying_parent_id
    shown = screens.client_screen(ctx, payer).contact
    assert shown.addresses and not shown.addresses_hidden
    _add_user(ctx, "cm.user", "case_manager")
    _add_user(ctx, "scr.user", "case_manager,special_client_records")
    legacy.set_sensitive(replace(ctx, user="scr.user"), payer, shown.version, True)

    for login in ("test.user", "cm.user"):  # no user record at all, and a case manager
        hidden = screens.client_screen(replace(ctx, user=login), payer).contact
        assert hidden.sensitive
        assert hidden.addresses == () and hidden.addresses_hidden
        assert hidden.current_address is None
    seen = screens.client_screen(replace(ctx, user="scr.user"), payer).contact
    assert seen.sensitive and seen.addresses and not seen.addresses_hidden


def test_the_client_screen_carries_priority_and_urgency(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    payer = case.paying_parent_id
    assert screens.client_screen(ctx, payer).attention.label == ""
    asset_id = make_asset(ctx, payer)
    legacy.flag_imminent_disposal(ctx, asset_id, 1, date(2026, 11, 20), InformationSource.DVLA)
    verdict = screens.client_screen(ctx, payer).attention
    assert verdict.label == "Urgent"
    assert "Household goods" in verdict.tooltip


def test_search_hides_a_sensitive_address_and_carries_priority(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    payer = case.paying_parent_id
    (hit,) = search.search_clients(ctx, "121000000101")
    assert hit.address_line1 == "1 Fictional Street" and not hit.sensitive
    assert hit.attention == 0

    version = screens.client_screen(ctx, payer).contact.version
    _add_user(ctx, "scr.user", "special_client_records")
    legacy.set_sensitive(replace(ctx, user="scr.user"), payer, version, True)
    legacy.flag_imminent_disposal(
        ctx, make_asset(ctx, payer), 1, date(2026, 11, 20), InformationSource.THIRD_PARTY
    )
    (hit,) = search.search_clients(ctx, "Testington")
    assert hit.sensitive and hit.address_hidden
    assert hit.address_line1 is None and hit.postcode is None
    assert hit.attention == 2
    assert hit.attention_reasons is not None and hit.attention_reasons.startswith("Urgent")
    (seen,) = search.search_clients(replace(ctx, user="scr.user"), "Testington")
    assert seen.address_line1 == "1 Fictional Street" and not seen.address_hidden


def test_the_work_queue_puts_urgent_then_priority_clients_first(ctx: ServiceContext) -> None:
    plain = make_case(ctx, "121000000101")
    priority = make_case(ctx, "121000000102")
    urgent = make_case(ctx, "121000000103")
    for case in (plain, priority, urgent):
        service_requests.create_service_request(
            ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
        )
    orders.create_order(
        ctx,
        priority.id,
        orders.OrderInput(
            OrderType.COMMITMENT, OrderStatus.SUSPENDED, origin=OrderOrigin.CSA, reference="C/1"
        ),
    )
    legacy.flag_imminent_disposal(
        ctx,
        make_asset(ctx, urgent.paying_parent_id),
        1,
        date(2026, 11, 1),
        InformationSource.LAND_REGISTRY,
    )
    flt = service_requests.QueueFilter(owner=ctx.user)
    today = ctx.today()
    with ctx.reading() as s:
        for sort in service_requests.QueueColumn:
            rows = service_requests.queue_page(s, flt, today, sort=sort)
            assert [r.scin for r in rows] == ["121000000103", "121000000102", "121000000101"]
            assert rows[0].attention == 2 and rows[1].attention == 1 and rows[2].attention == 0
            assert rows[0].attention_reasons and "about to dispose" in rows[0].attention_reasons
            # Descending is the exact reverse (the model reads pages from the end so).
            back = service_requests.queue_page(s, flt, today, sort=sort, descending=True)
            assert [r.id for r in back] == [r.id for r in reversed(rows)]
        # Windows across the parts.
        ids = [r.id for r in service_requests.queue_page(s, flt, today)]
        for offset in range(4):
            window = service_requests.queue_page(s, flt, today, offset=offset, limit=1)
            assert [r.id for r in window] == ids[offset : offset + 1]
