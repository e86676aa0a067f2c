"""Service requests: transitions, plan generation, bailiff guards, enforce form, work queue."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    OrderStatus,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import (
    ConflictError,
    RuleViolation,
    ValidationError,
)
from enforcement_desktop.services import assets, orders
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import (
    ActivityStep,
    AuditEvent,
    EnforcementOrder,
    ServiceRequestAsset,
)
from tests.services.builders import make_asset, make_case, make_lo

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


def test_unknown_category_refused(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    with pytest.raises(ValidationError) as info:
        srs.create_service_request(ctx, case.id, "Enforcement", "Take Enforcement Action", "Nope")
    assert "sub_area" in info.value.errors


def test_in_progress_generates_the_plan_once(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    assert (sr.workflow, sr.status, sr.steps) == (Workflow.BAILIFF, SrStatus.OPEN, ())
    assert sr.enforce_form is not None
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    assert [s.step_key for s in sr.steps][:3] == [
        "check_lo_balance",
        "validate_lo",
        "validate_asset",
    ]
    assert len(sr.steps) == 9
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.WAIT, wait_until=date(2026, 12, 1))
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    with ctx.db.unit_of_work() as s:
        count = s.scalar(
            select(func.count())
            .select_from(ActivityStep)
            .where(ActivityStep.service_request_id == sr.id)
        )
    assert count == 9


def test_wait_needs_a_future_date(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    with pytest.raises(ValidationError) as info:
        srs.change_status(ctx, sr.id, sr.version, SrStatus.WAIT)
    assert "wait_date" in info.value.errors
    with pytest.raises(ValidationError):
        srs.change_status(ctx, sr.id, sr.version, SrStatus.WAIT, wait_until=date(2026, 11, 23))
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.OPEN


def test_closed_is_read_only(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    step = sr.steps[0]
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.CLOSED)
    assert (sr.sub_status, sr.closed_on) == (SrSubStatus.COMPLETED, date(2026, 11, 23))
    with pytest.raises(RuleViolation):
        srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    with pytest.raises(RuleViolation):
        srs.update_step(ctx, step.id, step.version, StepOutcome.DONE)


def test_bailiff_guards_need_lo_and_asset_before_cmel8011(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo_id = make_lo(ctx, case.id)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    steps = {s.step_key: s for s in sr.steps}
    with pytest.raises(RuleViolation, match="Associate the liability order"):
        srs.update_step(ctx, steps["validate_lo"].id, 1, StepOutcome.DONE)
    with pytest.raises(RuleViolation, match="asset must be associated"):
        srs.update_step(ctx, steps["validate_asset"].id, 1, StepOutcome.DONE)
    with pytest.raises(RuleViolation, match="CMEL8011"):
        srs.update_step(ctx, steps["notify_receiving_parent"].id, 1, StepOutcome.DONE)
    with pytest.raises(ValidationError, match="Not Applicable"):
        srs.update_step(ctx, steps["check_lo_balance"].id, 1, StepOutcome.NOT_APPLICABLE)

    sr = srs.associate_order(ctx, sr.id, sr.version, lo_id)
    assert sr.order_reference == "LO/2024/0001"
    with ctx.db.unit_of_work() as s:
        s.add(
            ServiceRequestAsset(
                service_request_id=sr.id, asset_id=make_asset(ctx, case.paying_parent_id)
            )
        )
    done = srs.update_step(ctx, steps["validate_lo"].id, 1, StepOutcome.DONE, "LO checked")
    assert (done.outcome, done.completed_by, done.reason) == (
        StepOutcome.DONE,
        "test.user",
        "LO checked",
    )
    srs.update_step(ctx, steps["validate_asset"].id, 1, StepOutcome.DONE)
    srs.update_step(ctx, steps["notify_receiving_parent"].id, 1, StepOutcome.DONE)


def test_one_open_bailiff_sr_per_lo(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo_id = make_lo(ctx, case.id)
    srs.create_service_request(ctx, case.id, *BAILIFF, order_id=lo_id)
    with pytest.raises(ValidationError, match="already with open Bailiff SR"):
        srs.create_service_request(ctx, case.id, *BAILIFF, order_id=lo_id)


def test_enforce_form_rules(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    assert sr.enforce_form is not None
    form = sr.enforce_form
    data = form.values
    data.lo_current_arrears_balance = Decimal("1575.00")
    data.arrears_balance_against_lo = Decimal("1500.00")
    data.on_hold_until = date(2026, 11, 23) + timedelta(days=29)
    data.on_hold_reason = "Paying parent in hospital"
    data.bailiff_reason_return_code = "RB1"
    data.nulla_bona_received_on = date(2026, 11, 1)
    with pytest.raises(ValidationError) as info:
        srs.update_enforce_form(ctx, sr.id, form.version, data)
    assert set(info.value.errors) >= {
        "arrears_balance_against_lo",
        "on_hold_until",
        "bailiff_reason_return_code",
        "nulla_bona_received",
    }
    data.arrears_balance_against_lo = Decimal("1575.00")
    data.on_hold_until = date(2026, 11, 23) + timedelta(days=28)
    data.bailiff_outcome_received = True
    data.bailiff_outcome = BailiffOutcome.NOT_SUCCESSFUL
    data.bailiff_outcome_date = date(2026, 11, 20)
    data.bailiff_outcome_type = BailiffOutcomeType.RETURNED_BY_BAILIFF
    data.nulla_bona_received = True
    saved = srs.update_enforce_form(ctx, sr.id, form.version, data)
    assert saved.version == form.version + 1
    assert saved.values.nulla_bona_received_on == date(2026, 11, 1)
    with pytest.raises(ConflictError):
        srs.update_enforce_form(ctx, sr.id, form.version, data)
    with ctx.db.unit_of_work() as s:
        fields = set(s.scalars(select(AuditEvent.field).where(AuditEvent.entity == "enforce_form")))
    assert {"bailiff_outcome", "nulla_bona_received_on"} <= fields


def test_work_queue_sorts_and_filters_in_sql(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    other = make_case(ctx, scin="121000000102")
    a = srs.create_service_request(ctx, case.id, *BAILIFF)
    b = srs.create_service_request(ctx, other.id, "Arrears", "Arrears Management", "Arrears Review")
    srs.change_status(ctx, b.id, b.version, SrStatus.WAIT, wait_until=date(2026, 12, 24))
    c = srs.create_service_request(ctx, case.id, "Transition", "Legacy Case Data", "Finalise Case")
    srs.change_status(ctx, c.id, c.version, SrStatus.CANCELLED)
    today = date(2026, 11, 23)
    with ctx.db.unit_of_work() as s:
        flt = srs.QueueFilter(owner="test.user")
        assert srs.queue_count(s, flt, today) == 2
        rows = srs.queue_page(s, flt, today, sort=srs.QueueColumn.ID, descending=True)
        assert [r.id for r in rows] == [b.id, a.id]
        assert rows[0].wait_until == date(2026, 12, 24)
        assert srs.queue_count(s, srs.QueueFilter(owner="test.user", text="arrears"), today) == 1
        assert srs.queue_count(s, srs.QueueFilter(owner="nobody"), today) == 0
        assert srs.queue_count(s, srs.QueueFilter(overdue_only=True), date(2027, 1, 1)) == 1
        page = srs.queue_page(s, flt, today, offset=1, limit=1, sort=srs.QueueColumn.ID)
        assert [r.id for r in page] == [b.id]


def test_wait_date_sort_puts_undated_last_and_pages_across_the_boundary(
    ctx: ServiceContext,
) -> None:
    case = make_case(ctx)
    made = []
    for i in range(5):
        sr = srs.create_service_request(ctx, case.id, *BAILIFF)
        if i % 2 == 0:  # SRs 0, 2, 4 wait; 1 and 3 have no wait date
            sr = srs.change_status(
                ctx, sr.id, sr.version, SrStatus.WAIT, wait_until=date(2026, 12, 10 - i)
            )
        made.append(sr.id)
    today = date(2026, 11, 23)
    flt = srs.QueueFilter()
    expected = [made[4], made[2], made[0], made[1], made[3]]
    with ctx.db.unit_of_work() as s:
        everything = srs.queue_page(s, flt, today, sort=srs.QueueColumn.WAIT_UNTIL)
        assert [r.id for r in everything] == expected
        windows = [
            r.id
            for offset in range(0, 5, 2)
            for r in srs.queue_page(
                s, flt, today, sort=srs.QueueColumn.WAIT_UNTIL, offset=offset, limit=2
            )
        ]
        assert windows == expected
        backwards = [
            r.id
            for offset in range(0, 5, 2)
            for r in srs.queue_page(
                s,
                flt,
                today,
                sort=srs.QueueColumn.WAIT_UNTIL,
                descending=True,
                offset=offset,
                limit=2,
            )
        ]
        assert backwards == list(reversed(expected))
        texted = srs.queue_page(
            s,
            srs.QueueFilter(text="testington"),
            today,
            sort=srs.QueueColumn.WAIT_UNTIL,
            offset=2,
            limit=2,
        )
        assert [r.id for r in texted] == expected[2:4]


def test_a_hold_set_through_the_status_is_held_to_28_days(ctx: ServiceContext) -> None:
    # Bailiff, step 21: the status control must not allow a hold the Hold action refuses.
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    today = ctx.today()
    with pytest.raises(ValidationError) as info:
        srs.change_status(
            ctx,
            sr.id,
            sr.version,
            SrStatus.WAIT,
            sub_status=SrSubStatus.ON_HOLD,
            wait_until=today + timedelta(days=29),
        )
    assert "at most 28 days" in info.value.errors["wait_date"]
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.IN_PROGRESS
    held = srs.change_status(
        ctx,
        sr.id,
        sr.version,
        SrStatus.WAIT,
        sub_status=SrSubStatus.ON_HOLD,
        wait_until=today + timedelta(days=28),
    )
    assert (held.sub_status, held.wait_until) == (SrSubStatus.ON_HOLD, today + timedelta(days=28))
    # Another sub status keeps its own rule: a longer wait is allowed.
    longer = srs.change_status(
        ctx,
        sr.id,
        held.version,
        SrStatus.IN_PROGRESS,
    )
    longer = srs.change_status(
        ctx,
        sr.id,
        longer.version,
        SrStatus.WAIT,
        sub_status=SrSubStatus.AWAITING_BAILIFF,
        wait_until=today + timedelta(days=90),
    )
    assert longer.wait_until == today + timedelta(days=90)


def test_the_read_carries_the_wait_date_of_each_sub_status(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    today = ctx.today()
    form = sr.enforce_form
    assert form is not None
    values = form.values
    values.bailiff_issue_date = today - timedelta(days=10)
    srs.update_enforce_form(ctx, sr.id, form.version, values)
    read = srs.get_service_request(ctx, sr.id)
    assert [w.sub_status for w in read.wait_suggestions] == [
        SrSubStatus.AWAITING_BAILIFF,
        SrSubStatus.ON_HOLD,
    ]
    awaiting = read.wait_for(SrSubStatus.AWAITING_BAILIFF)
    assert awaiting is not None and not awaiting.is_limit
    assert awaiting.period.until == today + timedelta(days=80)  # 90 days after the issue date
    assert awaiting.hint.startswith("Suggested wait date: 90 days after the bailiff pack was sent")
    hold = read.wait_for(SrSubStatus.ON_HOLD)
    assert hold is not None and hold.is_limit
    assert hold.period.until == today + timedelta(days=28)
    assert "28 days" in hold.hint
    assert read.wait_for(SrSubStatus.COMPLETED) is None
    arrears = srs.create_service_request(
        ctx, case.id, "Arrears", "Arrears Management", "Arrears Review"
    )
    notice = arrears.wait_for(SrSubStatus.WAIT_STATE_ARREARS_NOTICE)
    assert notice is not None and notice.period.until == today + timedelta(days=7)


def test_the_asset_link_verdict_agrees_with_the_link_service(ctx: ServiceContext) -> None:
    # The Asset view and the Activity Plan enable Link/Unlink from this verdict: what it allows,
    # the service does, and what it refuses, the service refuses with the same words.
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    asset_id = make_asset(ctx, case.paying_parent_id)
    asset = assets.get_asset(ctx, asset_id)
    assert assets.link_verdict(None, sr.id, sr.status).link.reasons == (
        "Choose an asset and a service request",
    )
    before = assets.link_verdict(asset, sr.id, sr.status)
    assert before.link.allowed and not before.unlink.allowed
    asset = assets.link_asset_to_sr(ctx, sr.id, asset_id)
    after = assets.link_verdict(asset, sr.id, sr.status)
    assert not after.link.allowed and after.unlink.allowed
    with pytest.raises(ValidationError) as info:
        assets.link_asset_to_sr(ctx, sr.id, asset_id)
    assert (info.value.errors["asset_id"],) == after.link.reasons
    closed = srs.change_status(ctx, sr.id, sr.version, SrStatus.CLOSED)
    verdict = assets.link_verdict(asset, closed.id, closed.status)
    assert not verdict.unlink.allowed
    assert verdict.unlink.reasons == (f"Service request {sr.id} is Closed: it is read-only",)


def test_orders_carry_whether_an_sr_or_a_referral_may_take_them(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    lo_id = make_lo(ctx, case.id)
    with ctx.db.unit_of_work() as s:
        order = s.get(EnforcementOrder, lo_id)
        assert order is not None
        order.status = OrderStatus.APPLIED
    (lo,) = orders.list_orders(ctx, case.id)
    assert lo.sr_association.allowed
    assert lo.bailiff_referral.reasons == ("Liability order LO/2024/0001 is applied, not granted",)
    with ctx.db.unit_of_work() as s:
        order = s.get(EnforcementOrder, lo_id)
        assert order is not None
        order.status = OrderStatus.GRANTED
    (lo,) = orders.list_orders(ctx, case.id)
    assert lo.bailiff_referral.allowed
