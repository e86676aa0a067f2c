"""Holds in the read models: the client's banner chips and the plan steps they make pointless."""

from __future__ import annotations

from datetime import timedelta

import pytest

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import SrStatus, StepOutcome, Workflow
from enforcement_desktop.domain.holds import HoldKind
from enforcement_desktop.services import bailiff, cases, contacts, screens
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


@pytest.fixture
def demo_ctx(db: Database) -> ServiceContext:
    demo.build_demo(db, today=TODAY, cases=0, user="test.user")
    return ServiceContext(db, "test.user", clock=lambda: FIXED_NOW)


def _screen(ctx: ServiceContext, scin: str) -> screens.ClientScreen:
    return screens.client_screen(ctx, contacts.find_contact_by_scin(ctx, scin).id)


@pytest.mark.parametrize(
    ("scin", "kind", "starts"),
    [
        ("121000000002", HoldKind.SANCTIONS_ORDER, "Sanctions order SANCTION-"),
        ("121000000003", HoldKind.APPEAL, "Appeal lodged "),
        ("121000000004", HoldKind.NULLA_BONA, "Nulla Bona "),
        ("121000000005", HoldKind.JURISDICTION, "Lives in Scotland"),
    ],
)
def test_each_showcase_hold_is_in_the_client_screen(
    demo_ctx: ServiceContext, scin: str, kind: HoldKind, starts: str
) -> None:
    (hold,) = _screen(demo_ctx, scin).holds
    assert hold.kind == kind
    assert hold.text.startswith(starts)
    assert hold.reasons


def test_the_nulla_bona_chip_says_when_bailiff_action_may_start_again(
    demo_ctx: ServiceContext,
) -> None:
    (hold,) = _screen(demo_ctx, "121000000004").holds
    assert hold.since is not None and hold.until is not None
    assert hold.since <= TODAY < hold.until
    assert "bailiff allowed again from" in hold.text


@pytest.mark.parametrize("scin", ["121000000001", "121000000007", "121000000008"])
def test_a_client_without_holds_has_no_chip(demo_ctx: ServiceContext, scin: str) -> None:
    assert _screen(demo_ctx, scin).holds == ()


def test_a_receiving_parent_carries_no_hold_of_their_paying_parent(
    demo_ctx: ServiceContext,
) -> None:
    payer = contacts.find_contact_by_scin(demo_ctx, "121000000002")
    case = cases.cases_for_contact(demo_ctx, payer.id)[0]
    receiver = case.receiving_parents[0].contact_id
    assert screens.client_screen(demo_ctx, receiver).holds == ()


def test_a_bailiff_sr_put_on_hold_is_a_chip_with_its_reason(demo_ctx: ServiceContext) -> None:
    payer = _screen(demo_ctx, "121000000008")
    sr = next(s for s in payer.service_requests if s.status == SrStatus.IN_PROGRESS)
    until = TODAY + timedelta(days=14)
    bailiff.put_on_hold(
        demo_ctx, sr.id, sr.version, reason="Paying parent in hospital", until=until
    )

    (hold,) = _screen(demo_ctx, "121000000008").holds
    assert hold.kind == HoldKind.BAILIFF_ON_HOLD
    assert str(sr.id) in hold.text and hold.until == until
    assert "Paying parent in hospital" in hold.tooltip


def test_a_sanctions_order_marks_the_lo_step_of_the_arrears_review(
    demo_ctx: ServiceContext,
) -> None:
    payer = _screen(demo_ctx, "121000000002")
    sr = next(s for s in payer.service_requests if s.workflow == Workflow.ARREARS_REVIEW)
    screen = screens.service_request_screen(demo_ctx, sr.id)
    steps = {s.step_key: s for s in screen.service_request.steps}
    lo_step = steps["review_lo_initiated"]
    hold = screen.hold_on(lo_step.id)
    assert hold is not None and hold.kind == HoldKind.SANCTIONS_ORDER
    assert screen.hold_on(steps["review_case_details"].id) is None

    # Once recorded, the step is no longer something the hold spares.
    srs.update_step(demo_ctx, lo_step.id, lo_step.version, StepOutcome.NOT_REQUIRED, "Sanctions")
    assert screens.service_request_screen(demo_ctx, sr.id).hold_on(lo_step.id) is None


def test_a_nulla_bona_on_another_sr_marks_a_new_bailiff_srs_pack_step(
    demo_ctx: ServiceContext,
) -> None:
    payer = _screen(demo_ctx, "121000000004")
    new = srs.create_service_request(demo_ctx, payer.cases[0].case.id, *BAILIFF)
    new = srs.change_status(demo_ctx, new.id, new.version, SrStatus.IN_PROGRESS)
    screen = screens.service_request_screen(demo_ctx, new.id)
    held = {
        s.step_key: screen.hold_on(s.id)
        for s in screen.service_request.steps
        if screen.hold_on(s.id) is not None
    }
    assert set(held) == {"notify_receiving_parent", "file_prepared"}
    assert all(h is not None and h.kind == HoldKind.NULLA_BONA for h in held.values())


def test_a_clean_clients_plan_has_no_held_step(demo_ctx: ServiceContext) -> None:
    payer = _screen(demo_ctx, "121000000008")
    for sr in payer.service_requests:
        assert screens.service_request_screen(demo_ctx, sr.id).held_steps == ()
