"""Enforcement options read from the database: the facts reach the rules intact."""

from __future__ import annotations

from datetime import date

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    Jurisdiction,
    OrderOrigin,
    Power,
    SrStatus,
)
from enforcement_desktop.services import contacts, options
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.services.builders import make_asset, make_case, make_lo

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


def _by_power(ctx: ServiceContext, case_id: int) -> dict[Power, options.PowerOptionDTO]:
    return {o.power: o for o in options.case_options(ctx, case_id)}


def test_every_power_is_reported(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    result = options.case_options(ctx, case.id)
    assert [o.power for o in result] == list(Power)
    assert all(o.reasons for o in result)


def test_bailiff_allowed_for_a_ready_case_and_json_shape(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    make_lo(ctx, case.id, "LO/2023/0001", date(2023, 5, 1))
    make_lo(ctx, case.id, "CSA/LO/0001", date(2019, 5, 1), origin=OrderOrigin.CSA)
    make_asset(ctx, case.paying_parent_id)
    bailiff = _by_power(ctx, case.id)[Power.BAILIFF]
    assert bailiff.allowed, bailiff.reasons
    as_json = options.options_for_scin(ctx, case.paying_parent_scin or "")
    assert {"power", "allowed", "reasons"} == set(as_json[0])
    assert next(o for o in as_json if o["power"] == "bailiff")["allowed"] is True


def test_scotland_blocks_bailiff_with_the_reason(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    make_lo(ctx, case.id)
    contact = contacts.get_contact(ctx, case.paying_parent_id)
    data = contact.to_input()
    data.jurisdiction = Jurisdiction.SCOTLAND
    contacts.update_contact(ctx, contact.id, contact.version, data)
    bailiff = _by_power(ctx, case.id)[Power.BAILIFF]
    assert not bailiff.allowed
    assert any("Scotland" in r for r in bailiff.reasons)


def test_nulla_bona_recorded_on_a_bailiff_sr_blocks_bailiff(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo = make_lo(ctx, case.id)
    make_asset(ctx, case.paying_parent_id)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF, order_id=lo)
    assert sr.enforce_form is not None
    data = sr.enforce_form.values
    data.bailiff_outcome_received = True
    data.bailiff_outcome = BailiffOutcome.NOT_SUCCESSFUL
    data.bailiff_outcome_date = date(2026, 8, 23)
    data.bailiff_outcome_type = BailiffOutcomeType.RETURNED_BY_BAILIFF
    data.nulla_bona_received = True
    data.nulla_bona_received_on = date(2026, 8, 23)
    srs.update_enforce_form(ctx, sr.id, sr.enforce_form.version, data)
    srs.change_status(ctx, sr.id, sr.version, SrStatus.CLOSED)
    bailiff = _by_power(ctx, case.id)[Power.BAILIFF]
    assert not bailiff.allowed
    assert any("23/08/2026" in r for r in bailiff.reasons)


def test_case_view_loads_every_tab(ctx: ServiceContext) -> None:
    from enforcement_desktop.services.case_view import load_case_view

    case = make_case(ctx)
    make_lo(ctx, case.id)
    make_asset(ctx, case.paying_parent_id)
    srs.create_service_request(ctx, case.id, *BAILIFF)
    view = load_case_view(ctx, case.paying_parent_id)
    assert view.case is not None and view.case.id == case.id
    assert view.contact.current_address is not None
    assert [o.reference for o in view.orders] == ["LO/2024/0001"]
    assert view.orders[0].current_balance == view.orders[0].amount + view.orders[0].costs
    assert len(view.assets) == 1 and len(view.service_requests) == 1
    assert [o.power for o in view.options] == list(Power)
    receiver = view.case.receiving_parents[0]
    as_receiver = load_case_view(ctx, receiver.contact_id)
    assert as_receiver.case is None and as_receiver.cases[0].id == case.id
