"""SR categories, status lifecycle, sub statuses, activity plan templates and bailiff guards."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from datetime import date

import pytest

from enforcement_desktop.domain.enums import (
    OrderStatus,
    OrderType,
    Power,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.workflows import (
    ALLOWED_TRANSITIONS,
    COMPLETED,
    FINAL_STATUSES,
    RESOLUTION_CODES,
    REVIEW_LO_CHECKLIST,
    SR_CATEGORIES,
    SUB_STATUSES,
    GuardResult,
    SrCategory,
    areas_for,
    bailiff_validation,
    can_associate_order,
    can_link_asset,
    can_refer_to_bailiff,
    can_send_cmel8011,
    can_unlink_asset,
    category_for,
    check_step_outcome,
    check_sub_status,
    check_transition,
    default_sub_status,
    is_final,
    is_overdue,
    plan_template,
    power_category,
    power_of_category,
    processes,
    required_fields_for,
    resolution_codes_for,
    step_template,
    sub_areas_for,
    sub_statuses_for,
    verdict,
    workflow_for,
)

OPEN = SrStatus.OPEN
IN_PROGRESS = SrStatus.IN_PROGRESS
WAIT = SrStatus.WAIT
CLOSED = SrStatus.CLOSED
CANCELLED = SrStatus.CANCELLED

TODAY = date(2026, 9, 1)
WAIT_DATE = date(2026, 11, 30)

# --- SR categories -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("process", "area", "sub_area", "workflow"),
    [
        ("Arrears", "Arrears Management", "Arrears Review", Workflow.ARREARS_REVIEW),
        ("Transition", "Legacy Case Data", "Finalise Case", Workflow.CHECK_CSA),
        (
            "Transition",
            "Set Up/Amend Residual Arrears",
            "Set Up Legacy LO",
            Workflow.SET_UP_LEGACY_LO,
        ),
        (
            "Enforcement",
            "Decide On Enforcement Action",
            "Gather Information",
            Workflow.DECIDE_ENFORCEMENT,
        ),
        ("Enforcement", "Take Enforcement Action", "Bailiff", Workflow.BAILIFF),
        ("Arrears", "Arrears Management", "Review LO", Workflow.REVIEW_LO),
        ("Arrears", "Arrears Management", "Recommend LO", Workflow.RECOMMEND_LO),
        (
            "Case Routing",
            "Enforcement",
            "Review Case and Decide Next Action",
            Workflow.REVIEW_CASE,
        ),
        # Typed input: case and spacing do not matter.
        ("enforcement", " take  enforcement action ", "BAILIFF", Workflow.BAILIFF),
    ],
)
def test_workflow_for(process: str, area: str, sub_area: str, workflow: Workflow) -> None:
    assert workflow_for(process, area, sub_area) is workflow


@pytest.mark.parametrize(
    ("process", "area", "sub_area"),
    [
        ("Enforcement", "Take Enforcement Action", "Distress Warrant"),
        ("Arrears", "Take Enforcement Action", "Bailiff"),  # parts of two known types
        ("", "", ""),
    ],
)
def test_workflow_for_unknown_combination(process: str, area: str, sub_area: str) -> None:
    with pytest.raises(ValidationError) as caught:
        workflow_for(process, area, sub_area)
    assert set(caught.value.errors) == {"sub_area"}
    assert "Enforcement / Take Enforcement Action / Bailiff" in caught.value.errors["sub_area"]


def test_every_workflow_has_exactly_one_category() -> None:
    # An enforcement power SR has one type per civil power but bailiff action (its own type).
    others = [w for w in SR_CATEGORIES.values() if w is not Workflow.ENFORCEMENT_ACTION]
    assert sorted(others) == sorted(w for w in Workflow if w is not Workflow.ENFORCEMENT_ACTION)
    powers = [c for c, w in SR_CATEGORIES.items() if w is Workflow.ENFORCEMENT_ACTION]
    assert powers == [power_category(p) for p in Power if p is not Power.BAILIFF]
    for power in Power:
        assert power_of_category(power_category(power)) is (
            None if power is Power.BAILIFF else power
        )
    for workflow in Workflow:
        category = category_for(workflow)
        assert workflow_for(*category) is workflow


def test_category_lists() -> None:
    assert processes() == ("Arrears", "Enforcement", "Transition")
    assert areas_for("Arrears") == ("Arrears Management",)
    assert areas_for("Enforcement") == ("Decide On Enforcement Action", "Take Enforcement Action")
    assert areas_for("Unknown") == ()
    # Review LO, Recommend LO and the case-routing SR are made through the procedure, not by
    # hand (Arrears - Consider Action, Initiate LO arrears action, steps 2, 7 and 8).
    assert sub_areas_for("Arrears", "Arrears Management") == ("Arrears Review",)
    assert "Case Routing" not in processes()
    assert sub_areas_for("Transition", "Legacy Case Data") == ("Finalise Case",)
    assert sub_areas_for("Enforcement", "Legacy Case Data") == ()


def test_category_str() -> None:
    assert str(category_for(Workflow.BAILIFF)) == "Enforcement / Take Enforcement Action / Bailiff"
    assert category_for(Workflow.BAILIFF) == SrCategory(
        "Enforcement", "Take Enforcement Action", "Bailiff"
    )


# --- status lifecycle --------------------------------------------------------------------------

# The full matrix: row = current status, column = new status, True = allowed.
_MATRIX: dict[SrStatus, dict[SrStatus, bool]] = {
    OPEN: {OPEN: True, IN_PROGRESS: True, WAIT: True, CLOSED: True, CANCELLED: True},
    IN_PROGRESS: {OPEN: False, IN_PROGRESS: True, WAIT: True, CLOSED: True, CANCELLED: True},
    WAIT: {OPEN: False, IN_PROGRESS: True, WAIT: True, CLOSED: True, CANCELLED: True},
    CLOSED: {OPEN: False, IN_PROGRESS: False, WAIT: False, CLOSED: False, CANCELLED: False},
    CANCELLED: {OPEN: False, IN_PROGRESS: False, WAIT: False, CLOSED: False, CANCELLED: False},
}


@pytest.mark.parametrize(("current", "new"), list(itertools.product(SrStatus, SrStatus)))
def test_transition_matrix(current: SrStatus, new: SrStatus) -> None:
    allowed = _MATRIX[current][new]
    if allowed:
        check_transition(current, new, wait_date=WAIT_DATE, today=TODAY)
    else:
        with pytest.raises(RuleViolation) as caught:
            check_transition(current, new, wait_date=WAIT_DATE, today=TODAY)
        message = str(caught.value)
        assert current.label in message
        assert new.label in message


def test_allowed_transitions_table_matches_matrix() -> None:
    # Staying in the same status is a save, not a transition, so it is not in the table.
    for current, row in _MATRIX.items():
        expected = {new for new, ok in row.items() if ok and new is not current}
        assert ALLOWED_TRANSITIONS[current] == expected
    assert set(ALLOWED_TRANSITIONS) == set(SrStatus)


@pytest.mark.parametrize("status", list(SrStatus))
def test_final_statuses(status: SrStatus) -> None:
    assert is_final(status) is (status in {CLOSED, CANCELLED})
    assert (status in FINAL_STATUSES) is is_final(status)
    assert (not ALLOWED_TRANSITIONS[status]) is is_final(status)


@pytest.mark.parametrize("final", [CLOSED, CANCELLED])
def test_closed_is_final_and_read_only(final: SrStatus) -> None:
    with pytest.raises(RuleViolation, match="read-only"):
        check_transition(final, IN_PROGRESS)
    with pytest.raises(RuleViolation, match="read-only"):
        check_transition(final, final)


def test_refusal_lists_where_the_sr_can_go() -> None:
    with pytest.raises(RuleViolation) as caught:
        check_transition(IN_PROGRESS, OPEN)
    assert str(caught.value) == (
        "A service request cannot go from In Progress to Open; "
        "from In Progress it can go to Wait, Closed, Cancelled"
    )


@pytest.mark.parametrize("current", [OPEN, IN_PROGRESS, WAIT])
def test_wait_needs_a_wait_date(current: SrStatus) -> None:
    with pytest.raises(ValidationError) as caught:
        check_transition(current, WAIT)
    assert set(caught.value.errors) == {"wait_date"}


@pytest.mark.parametrize(
    ("wait_date", "ok"),
    [(date(2026, 9, 2), True), (TODAY, False), (date(2026, 8, 31), False)],
)
def test_wait_date_must_be_after_today(wait_date: date, ok: bool) -> None:
    if ok:
        check_transition(IN_PROGRESS, WAIT, wait_date=wait_date, today=TODAY)
    else:
        with pytest.raises(ValidationError, match="after today"):
            check_transition(IN_PROGRESS, WAIT, wait_date=wait_date, today=TODAY)


def test_wait_date_without_today_is_not_checked_against_the_clock() -> None:
    check_transition(IN_PROGRESS, WAIT, wait_date=date(2000, 1, 1))


@pytest.mark.parametrize(
    ("status", "fields"),
    [
        (OPEN, set()),
        (IN_PROGRESS, set()),
        (WAIT, {"wait_date"}),
        (CLOSED, set()),
        (CANCELLED, set()),
    ],
)
def test_required_fields_for(status: SrStatus, fields: set[str]) -> None:
    assert required_fields_for(status) == fields


# --- sub statuses and resolution codes ---------------------------------------------------------


def test_every_workflow_closes_with_completed() -> None:
    for workflow in Workflow:
        assert sub_statuses_for(workflow, CLOSED) == (COMPLETED,)
        check_sub_status(workflow, CLOSED, COMPLETED)
    assert set(SUB_STATUSES) == set(Workflow)


def test_bailiff_sub_statuses() -> None:
    assert sub_statuses_for(Workflow.BAILIFF) == (
        "Awaiting update from bailiff",
        "On hold",
        "Completed",
    )
    assert sub_statuses_for(Workflow.BAILIFF, WAIT) == ("Awaiting update from bailiff", "On hold")
    assert sub_statuses_for(Workflow.BAILIFF, IN_PROGRESS) == ()


def test_arrears_review_sub_statuses() -> None:
    assert sub_statuses_for(Workflow.ARREARS_REVIEW) == (
        "Wait State Arrears Notice",
        "Gather Additional Info",
        "Initiate Arrears Action",
        "Awaiting LO authorisation",
        "Completed",
    )


@pytest.mark.parametrize(
    ("workflow", "status", "sub_status", "ok"),
    [
        (Workflow.BAILIFF, WAIT, "Awaiting update from bailiff", True),
        (Workflow.BAILIFF, WAIT, "On hold", True),
        (Workflow.BAILIFF, CLOSED, "Awaiting update from bailiff", False),  # wrong status
        (Workflow.BAILIFF, IN_PROGRESS, COMPLETED, False),  # Completed only with Closed
        (Workflow.BAILIFF, IN_PROGRESS, "Gather Additional Info", False),  # another workflow's
        (Workflow.ARREARS_REVIEW, WAIT, "Wait State Arrears Notice", True),
        (Workflow.ARREARS_REVIEW, IN_PROGRESS, "Gather Additional Info", True),
        (Workflow.ARREARS_REVIEW, IN_PROGRESS, "Awaiting LO authorisation", True),
        (Workflow.ARREARS_REVIEW, WAIT, "Awaiting LO authorisation", True),
        (Workflow.CHECK_CSA, IN_PROGRESS, None, True),
        (Workflow.CHECK_CSA, IN_PROGRESS, "Made up", False),
    ],
)
def test_check_sub_status(
    workflow: Workflow, status: SrStatus, sub_status: str | None, ok: bool
) -> None:
    if ok:
        check_sub_status(workflow, status, sub_status)
    else:
        with pytest.raises(ValidationError) as caught:
            check_sub_status(workflow, status, sub_status)
        assert set(caught.value.errors) == {"sub_status"}


def test_resolution_codes() -> None:
    assert set(RESOLUTION_CODES) == set(Workflow)
    # Step 3's code, then one code per arrears action, in the seed's order of preference.
    assert resolution_codes_for(Workflow.ARREARS_REVIEW) == (
        "No Action Appropriate",
        "DEO/DER",
        "Disclosure for Deduction Order",
        "Liability Order",
    )


# --- activity plan templates -------------------------------------------------------------------


@pytest.mark.parametrize("workflow", list(Workflow))
def test_every_template_is_well_formed(workflow: Workflow) -> None:
    steps = plan_template(workflow)
    assert steps
    keys = [s.key for s in steps]
    assert len(keys) == len(set(keys))
    for step in steps:
        assert step.title
        assert step.seed_step
        assert step.guidance
        assert step.outcomes
        assert all(isinstance(o, StepOutcome) for o in step.outcomes)
        assert StepOutcome.PENDING not in step.outcomes
        assert len(step.outcomes) == len(set(step.outcomes))
        assert step_template(workflow, step.key) is step


def test_bailiff_template_is_the_nine_seed_steps_in_order() -> None:
    assert [(s.title, s.outcomes) for s in plan_template(Workflow.BAILIFF)] == [
        ("Check the Liability order arrears balance", (StepOutcome.DONE,)),
        ("Add/validate LO", (StepOutcome.DONE,)),
        ("Add/validate asset bailiff", (StepOutcome.DONE,)),
        ("Notify PWC of bailiff action", (StepOutcome.DONE,)),
        ("Consider the welfare of the child", (StepOutcome.DONE,)),
        ("Decide next step", (StepOutcome.CONTINUE, StepOutcome.EXIT)),
        ("File Prepared", (StepOutcome.YES, StepOutcome.NO, StepOutcome.NOT_APPLICABLE)),
        (
            "Bailiff outcome",
            (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL, StepOutcome.NRP_NOT_LOCATED),
        ),
        ("Cost applied", (StepOutcome.APPLIED, StepOutcome.NOT_APPLIED)),
    ]
    assert "CMEL8011" in step_template(Workflow.BAILIFF, "notify_receiving_parent").guidance


def test_not_applicable_only_on_file_prepared() -> None:
    # Bailiff step 4: Not Applicable on a validation step closes the SR; step 17 uses it.
    with_na = [
        (workflow, step.key)
        for workflow in Workflow
        for step in plan_template(workflow)
        if StepOutcome.NOT_APPLICABLE in step.outcomes
    ]
    assert with_na == [(Workflow.BAILIFF, "file_prepared")]


def test_decide_enforcement_template() -> None:
    steps = plan_template(Workflow.DECIDE_ENFORCEMENT)
    assert [s.title for s in steps] == [
        "Any Evidence Of Criminal Activity",
        "Initiate Criminal Action",
        "Continue Data Gathering",
        "Assess Online Information",
        "Letter Outbound (Request 3rd Party)",
        "Record Data and Source",
        "Decide civil enforcement power",
    ]
    assert steps[0].outcomes == (StepOutcome.YES, StepOutcome.NO)


def test_check_csa_template() -> None:
    steps = plan_template(Workflow.CHECK_CSA)
    assert [s.title for s in steps] == [
        "Access Legacy System",
        "Create Set Up Legacy LO SR",
        "Identify ongoing enforcement action",
    ]
    assert StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED in steps[-1].outcomes


def test_arrears_review_template() -> None:
    steps = plan_template(Workflow.ARREARS_REVIEW)
    assert steps[0].key == "review_case_details"
    titles = " | ".join(s.title for s in steps)
    for fragment in (
        "CMSL6031/CMSL6038",
        "Get Employment Status",
        "Gather Additional Info",
        "Initiate Arrears Action",
        "Disclosure",
    ):
        assert fragment in titles
    lo = step_template(Workflow.ARREARS_REVIEW, "review_lo_initiated")
    assert StepOutcome.REVIEW_LO_INITIATED in lo.outcomes
    # The seed closes plans with "Done or Not Required": every step after the first allows it.
    for step in steps[1:]:
        assert StepOutcome.NOT_REQUIRED in step.outcomes


def test_review_lo_template() -> None:
    steps = plan_template(Workflow.REVIEW_LO)
    # Step 3's checklist, then the team leader's decision and Recommend LO.
    assert [s.key for s in steps] == [
        "confident_address",
        "contact_history",
        "arrears_and_agreements",
        "welfare_of_child",
        "effective_dates",
        "other_methods",
        "caseworker_notes",
        "team_leader_decision",
        "recommend_lo",
    ]
    assert [s.key for s in steps[:7]] == list(REVIEW_LO_CHECKLIST)
    assert steps[7].outcomes == (StepOutcome.APPROVED, StepOutcome.REJECTED)
    assert steps[8].title == "Recommend LO"


@pytest.mark.parametrize(
    ("workflow", "key", "outcome", "ok"),
    [
        (Workflow.BAILIFF, "validate_lo", StepOutcome.DONE, True),
        (Workflow.BAILIFF, "validate_lo", StepOutcome.PENDING, True),  # reset is allowed
        (Workflow.BAILIFF, "validate_lo", StepOutcome.NOT_APPLICABLE, False),
        (Workflow.BAILIFF, "validate_asset", StepOutcome.NOT_APPLICABLE, False),
        (Workflow.BAILIFF, "decide_next_step", StepOutcome.EXIT, True),
        (Workflow.BAILIFF, "decide_next_step", StepOutcome.YES, False),
        (Workflow.BAILIFF, "file_prepared", StepOutcome.NOT_APPLICABLE, True),
        (Workflow.BAILIFF, "file_prepared", StepOutcome.YES, True),
        (Workflow.BAILIFF, "bailiff_outcome", StepOutcome.NRP_NOT_LOCATED, True),
        (Workflow.BAILIFF, "bailiff_outcome", StepOutcome.DONE, False),
        (Workflow.BAILIFF, "cost_applied", StepOutcome.NOT_APPLIED, True),
        (Workflow.BAILIFF, "cost_applied", StepOutcome.NOT_REQUIRED, False),
        (Workflow.DECIDE_ENFORCEMENT, "evidence_of_criminal_activity", StepOutcome.NO, True),
        (Workflow.DECIDE_ENFORCEMENT, "evidence_of_criminal_activity", StepOutcome.DONE, False),
        (Workflow.DECIDE_ENFORCEMENT, "initiate_criminal_action", StepOutcome.NOT_REQUIRED, True),
        (
            Workflow.CHECK_CSA,
            "identify_ongoing_enforcement",
            StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED,
            True,
        ),
        (
            Workflow.CHECK_CSA,
            "access_legacy_system",
            StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED,
            False,
        ),
        (Workflow.REVIEW_LO, "team_leader_decision", StepOutcome.REJECTED, True),
        (Workflow.REVIEW_LO, "team_leader_decision", StepOutcome.DONE, False),
        (Workflow.ARREARS_REVIEW, "review_lo_initiated", StepOutcome.REVIEW_LO_INITIATED, True),
        (Workflow.ARREARS_REVIEW, "review_case_details", StepOutcome.REVIEW_LO_INITIATED, False),
    ],
)
def test_check_step_outcome(workflow: Workflow, key: str, outcome: StepOutcome, ok: bool) -> None:
    if ok:
        check_step_outcome(workflow, key, outcome)
    else:
        with pytest.raises(ValidationError) as caught:
            check_step_outcome(workflow, key, outcome)
        assert set(caught.value.errors) == {"outcome"}
        assert outcome.label in caught.value.errors["outcome"]


def test_not_applicable_on_validation_step_warns_it_closes_the_sr() -> None:
    with pytest.raises(ValidationError) as caught:
        check_step_outcome(Workflow.BAILIFF, "check_lo_balance", StepOutcome.NOT_APPLICABLE)
    message = caught.value.errors["outcome"]
    assert "closes the SR" in message
    assert "step 4" in message
    assert "choose Done" in message


def test_unknown_step_key() -> None:
    with pytest.raises(ValidationError) as caught:
        check_step_outcome(Workflow.BAILIFF, "no_such_step", StepOutcome.DONE)
    assert set(caught.value.errors) == {"step"}


# --- bailiff guards ----------------------------------------------------------------------------

_ASSET_MESSAGE = "An asset must be associated to the Bailiff SR; without one the SR cannot proceed"


@pytest.mark.parametrize(("lo", "asset", "sent"), list(itertools.product([True, False], repeat=3)))
def test_bailiff_validation(lo: bool, asset: bool, sent: bool) -> None:
    result = bailiff_validation(lo, asset, sent)
    assert result.allowed is (lo and asset and sent)
    assert len(result.reasons) == [lo, asset, sent].count(False)
    assert any(_ASSET_MESSAGE in r for r in result.reasons) is (not asset)
    assert any("liability order" in r for r in result.reasons) is (not lo)
    assert any("CMEL8011" in r for r in result.reasons) is (not sent)


@pytest.mark.parametrize(("lo", "asset"), list(itertools.product([True, False], repeat=2)))
def test_can_send_cmel8011(lo: bool, asset: bool) -> None:
    result = can_send_cmel8011(lo, asset)
    assert result.allowed is (lo and asset)
    if not result.allowed:
        assert any("re-issued" in r for r in result.reasons)


def test_guard_require_raises_with_reasons() -> None:
    result = bailiff_validation(True, False, False)
    with pytest.raises(RuleViolation) as caught:
        result.require("The Bailiff SR cannot proceed")
    assert caught.value.reasons == list(result.reasons)
    assert _ASSET_MESSAGE in str(caught.value)
    GuardResult(True).require("Anything")  # allowed: no exception


# --- what may be associated with an SR, and what may be referred ------------------------------


def test_only_a_liability_order_is_associated_with_an_sr() -> None:
    assert can_associate_order(OrderType.LIABILITY_ORDER, "Liability order LO/1").allowed
    refused = can_associate_order(OrderType.CHARGING_ORDER, "Charging order CO/1")
    assert refused == GuardResult(False, ("Charging order CO/1 is not a liability order",))


@pytest.mark.parametrize(
    ("order_type", "status", "reason"),
    [
        ("liability_order", "granted", None),
        ("liability_order", "applied", "Liability order LO/1 is applied, not granted"),
        ("liability_order", "satisfied", "Liability order LO/1 is satisfied, not granted"),
        (
            "charging_order",
            "granted",
            "Order 5 is not a liability order; a bailiff referral is made for one",
        ),
    ],
)
def test_only_a_granted_liability_order_is_offered_for_a_bailiff_referral(
    order_type: str, status: str, reason: str | None
) -> None:
    name = "Liability order LO/1" if order_type == "liability_order" else "Order 5"
    found = can_refer_to_bailiff(OrderType(order_type), OrderStatus(status), name)
    assert found == (GuardResult(True) if reason is None else GuardResult(False, (reason,)))


def test_asset_link_rules() -> None:
    def link(
        status: SrStatus, *, disregarded: bool = False, linked: tuple[int, ...] = ()
    ) -> Mapping[str, str | None]:
        return can_link_asset(
            7,
            status,
            disregarded_on=date(2026, 10, 2) if disregarded else None,
            disregarded=disregarded,
            linked_sr_ids=linked,
        )

    assert verdict(link(SrStatus.IN_PROGRESS)) == GuardResult(True)
    assert link(SrStatus.IN_PROGRESS, disregarded=True)["asset_id"] == (
        "This asset was disregarded on 02/10/2026 and cannot be associated"
    )
    assert link(SrStatus.WAIT, linked=(7,))["asset_id"] == (
        "This asset is already associated to service request 7"
    )
    closed = verdict(link(SrStatus.CLOSED))
    assert closed == GuardResult(False, ("Service request 7 is Closed: it is read-only",))
    assert verdict(can_unlink_asset(7, SrStatus.OPEN, linked_sr_ids=(7,))).allowed
    assert not verdict(can_unlink_asset(7, SrStatus.OPEN, linked_sr_ids=(8,))).allowed
    assert not verdict(can_unlink_asset(7, SrStatus.CANCELLED, linked_sr_ids=(7,))).allowed


def test_an_sr_is_overdue_once_its_wait_date_has_passed_while_open() -> None:
    today = date(2026, 11, 23)
    assert is_overdue(SrStatus.WAIT, date(2026, 11, 22), today)
    assert not is_overdue(SrStatus.WAIT, today, today)
    assert not is_overdue(SrStatus.WAIT, None, today)
    # A closed or cancelled SR is finished with: it is never due for work again.
    assert not is_overdue(SrStatus.CLOSED, date(2026, 11, 1), today)
    assert not is_overdue(SrStatus.CANCELLED, date(2026, 11, 1), today)


def test_closing_without_a_sub_status_means_completed() -> None:
    assert default_sub_status(SrStatus.CLOSED) is SrSubStatus.COMPLETED
    assert all(default_sub_status(s) is None for s in SrStatus if s is not SrStatus.CLOSED)
