"""Raise Set Up Legacy LO from a Check CSA SR (Check CSA, steps 6-7): one per legacy (CSA) LO,
the state the Activity Plan's button shows and the refusals the service gives, on a real
database."""

from __future__ import annotations

import pytest

from enforcement_desktop.domain.enums import OrderOrigin, SrStatus, Workflow
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import legacy, service_requests
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import ServiceRequest
from tests.services.builders import make_case, make_lo


def _check_csa(ctx: ServiceContext, case_id: int) -> int:
    return service_requests.create_service_request(
        ctx, case_id, "Transition", "Legacy Case Data", "Finalise Case"
    ).id


def test_one_set_up_legacy_lo_sr_per_legacy_lo(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    first = make_lo(ctx, case.id, "CSA/LO/1", origin=OrderOrigin.CSA)
    second = make_lo(ctx, case.id, "CSA/LO/2", origin=OrderOrigin.CSA)
    make_lo(ctx, case.id, "CMS/LO/9", origin=OrderOrigin.CMS)
    check = _check_csa(ctx, case.id)

    state = legacy.set_up_legacy_lo_state(ctx, check)
    assert state.verdict.allowed
    assert [c.order_id for c in state.legacy_los] == [first, second]
    assert state.legacy_los[0].label.startswith("CSA/LO/1, granted 01/03/2024")

    # With legacy LOs recorded, the SR names one of them.
    with pytest.raises(ValidationError) as missing:
        legacy.raise_set_up_legacy_lo(ctx, check)
    assert "Choose the legacy LO" in (missing.value.errors["order_id"] or "")
    cms = make_lo(ctx, case.id, "CMS/LO/10", origin=OrderOrigin.CMS)
    with pytest.raises(ValidationError) as not_legacy:
        legacy.raise_set_up_legacy_lo(ctx, check, cms)
    assert "not a legacy" in (not_legacy.value.errors["order_id"] or "")

    child = legacy.raise_set_up_legacy_lo(ctx, check, second)
    assert (child.workflow, child.parent_id) == (Workflow.SET_UP_LEGACY_LO, check)
    with ctx.db.unit_of_work() as s:
        assert s.get_one(ServiceRequest, child.id).order_id == second
    with pytest.raises(ValidationError) as twice:
        legacy.raise_set_up_legacy_lo(ctx, check, second)
    assert f"SR {child.id}" in (twice.value.errors["order_id"] or "")

    state = legacy.set_up_legacy_lo_state(ctx, check)
    assert [c.order_id for c in state.legacy_los] == [first]
    legacy.raise_set_up_legacy_lo(ctx, check, first)
    done = legacy.set_up_legacy_lo_state(ctx, check)
    assert not done.verdict.allowed and done.legacy_los == ()
    assert "has its Set Up Legacy LO SR" in done.verdict.reasons[0]


def test_a_case_with_no_legacy_lo_recorded_raises_one_for_the_transition_team(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    check = _check_csa(ctx, case.id)
    state = legacy.set_up_legacy_lo_state(ctx, check)
    assert state.verdict.allowed and state.legacy_los == ()
    child = legacy.raise_set_up_legacy_lo(ctx, check)
    assert child.parent_id == check


def test_a_closed_check_csa_sr_or_another_sr_says_why(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    make_lo(ctx, case.id, "CSA/LO/1", origin=OrderOrigin.CSA)
    check = _check_csa(ctx, case.id)
    sr = service_requests.get_service_request(ctx, check)
    service_requests.change_status(ctx, check, sr.version, SrStatus.CANCELLED)
    state = legacy.set_up_legacy_lo_state(ctx, check)
    assert not state.verdict.allowed
    assert "Cancelled" in state.verdict.reasons[0]
    other = service_requests.create_service_request(
        ctx, case.id, "Enforcement", "Take Enforcement Action", "Bailiff"
    )
    assert not legacy.set_up_legacy_lo_state(ctx, other.id).verdict.allowed
