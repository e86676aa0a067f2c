"""Last-resort sanctions count what was tried (issue 10): a bailiff referral whose recorded
outcome is Not successful counts as bailiff action tried, with or without a Nulla Bona, in the
facts every read builds (the options, the client screen, the Decide panel)."""

from __future__ import annotations

from datetime import date

import pytest

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    Power,
    SrStatus,
)
from enforcement_desktop.services import bailiff, options, screens
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import EnforceForm, ServiceRequest
from tests.services.builders import make_asset, make_case, make_lo

RETURNED_ON = date(2026, 9, 14)


def _commitment_last_resort(reasons: tuple[str, ...]) -> str:
    return next(r for r in reasons if "means of debt recovery" in r)


def _returned(ctx: ServiceContext, sr_id: int, outcome: BailiffOutcome, nulla_bona: bool) -> None:
    # The form as bailiff.record_outcome leaves it once the bailiff has returned the referral
    # (its own tests cover recording it; sending a pack first is not the point here).
    with ctx.db.unit_of_work() as s:
        form = s.query(EnforceForm).filter_by(service_request_id=sr_id).one()
        form.bailiff_issue_date = date(2026, 6, 1)
        form.bailiff_outcome_received = True
        form.bailiff_outcome = outcome
        form.bailiff_outcome_type = BailiffOutcomeType.RETURNED_BY_BAILIFF
        form.bailiff_outcome_date = RETURNED_ON
        form.nulla_bona_received = nulla_bona
        form.nulla_bona_received_on = RETURNED_ON if nulla_bona else None
        s.get(ServiceRequest, sr_id).status = SrStatus.CLOSED


@pytest.mark.parametrize("nulla_bona", [False, True], ids=["refused entry", "nulla bona"])
def test_a_bailiff_referral_returned_not_successful_is_bailiff_action_tried(
    ctx: ServiceContext, nulla_bona: bool
) -> None:
    case = make_case(ctx)
    lo = make_lo(ctx, case.id)
    make_asset(ctx, case.paying_parent_id)
    before = {o.power: o for o in options.case_options(ctx, case.id)}
    assert "Bailiff action" in _commitment_last_resort(before[Power.COMMITMENT].reasons)

    (sr,) = bailiff.refer_to_bailiff(ctx, case.id, [lo])
    _returned(ctx, sr.id, BailiffOutcome.NOT_SUCCESSFUL, nulla_bona)

    with ctx.db.unit_of_work() as s:
        facts = options.load_case_facts(s, case.id)
    assert facts.unsuccessful_bailiff_dates == (RETURNED_ON,)
    after = {o.power: o for o in options.case_options(ctx, case.id)}
    assert "Bailiff action" not in _commitment_last_resort(after[Power.COMMITMENT].reasons)
    # The client screen builds the same facts from the SRs it has read.
    (shown,) = screens.client_screen(ctx, case.paying_parent_id).cases
    assert {o.power: o for o in shown.options} == after


def test_nrp_not_located_is_not_counted_as_bailiff_action_tried(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo = make_lo(ctx, case.id)
    make_asset(ctx, case.paying_parent_id)
    (sr,) = bailiff.refer_to_bailiff(ctx, case.id, [lo])
    _returned(ctx, sr.id, BailiffOutcome.NRP_NOT_LOCATED, nulla_bona=False)
    with ctx.db.unit_of_work() as s:
        assert options.load_case_facts(s, case.id).unsuccessful_bailiff_dates == ()
