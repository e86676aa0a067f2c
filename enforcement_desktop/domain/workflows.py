"""Service request lifecycle and activity plan templates for the procedures in the seeds.

Pure data and checks: which Process / Area / Sub Area the tool knows, which status moves are
allowed, which sub statuses and resolution codes each SR type uses, the ordered steps of each
activity plan with the outcomes a step accepts, and the guards of the Bailiff SR.

Seed references name the procedure and step, e.g. "Bailiff, step 4" (seed 003),
"Enforcement Action - Consider, step 14" (seed 000), "Arrears - Consider Action" (seed 001),
"Check CSA" (seed 002).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import NamedTuple

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
from enforcement_desktop.domain.values import check_text, format_date

__all__ = [
    "ACTION_AUTHORISED",
    "ACTION_NOT_AUTHORISED",
    "ALLOWED_TRANSITIONS",
    "COMPLETED",
    "DECISION_STEPS",
    "FINAL_STATUSES",
    "LIABILITY_ORDER_CODE",
    "NO_ACTION_APPROPRIATE",
    "PLAN_COMPLETE_TO_CLOSE",
    "RAISED_THROUGH_PROCEDURE",
    "RESOLUTION_CODES",
    "REVIEW_LO_CHECKLIST",
    "REVIEW_LO_PARENTS",
    "SR_CATEGORIES",
    "SUB_STATUSES",
    "GuardResult",
    "OpenChild",
    "PendingStep",
    "SrCategory",
    "StepTemplate",
    "SubStatus",
    "areas_for",
    "bailiff_validation",
    "can_associate_order",
    "can_authorise",
    "can_close",
    "can_raise_review_lo",
    "can_request_authorisation",
    "can_link_asset",
    "can_refer_to_bailiff",
    "can_send_cmel8011",
    "can_unlink_asset",
    "category_for",
    "check_step_outcome",
    "check_sub_status",
    "check_transition",
    "default_sub_status",
    "is_final",
    "is_overdue",
    "plan_template",
    "power_category",
    "power_of_category",
    "processes",
    "rejection_errors",
    "required_fields_for",
    "resolution_codes_for",
    "step_template",
    "sub_areas_for",
    "sub_statuses_for",
    "verdict",
    "workflow_for",
]


# --- SR categories -----------------------------------------------------------------------------


class SrCategory(NamedTuple):
    """The three drop-down values that identify an SR type on the case management system."""

    process: str
    area: str
    sub_area: str

    def __str__(self) -> str:
        return f"{self.process} / {self.area} / {self.sub_area}"


#: The SR types the tool knows, as the seeds spell them, each mapped to its workflow.
SR_CATEGORIES: Mapping[SrCategory, Workflow] = MappingProxyType(
    {
        # Arrears - Consider Action, Gather Information step 1.
        SrCategory("Arrears", "Arrears Management", "Arrears Review"): Workflow.ARREARS_REVIEW,
        # Arrears - Consider Action, Initiate LO arrears action steps 2-7 (team leader).
        SrCategory("Arrears", "Arrears Management", "Review LO"): Workflow.REVIEW_LO,
        # Arrears - Consider Action, Initiate Disclosure arrears action, steps 7-9.
        SrCategory(
            "Arrears", "Arrears Management", "Action Missed Payment"
        ): Workflow.ACTION_MISSED_PAYMENT,
        # The same, "Disclosure Initiated": the Deduction Order Team's SR.
        SrCategory("Arrears", "Deduction Order", "Disclosure"): Workflow.DISCLOSURE,
        # Enforcement Action - Consider, step 1.
        SrCategory(
            "Enforcement", "Decide On Enforcement Action", "Gather Information"
        ): Workflow.DECIDE_ENFORCEMENT,
        # Bailiff, step 1.
        SrCategory("Enforcement", "Take Enforcement Action", "Bailiff"): Workflow.BAILIFF,
        # Enforcement Action - Consider, step 4: the child SR on the subject of the referral.
        SrCategory("Enforcement", "Criminal Action", "Decide"): Workflow.CRIMINAL_ACTION,
        # Step 17: the SR each civil power chosen opens (bailiff action has its own above).
        **{
            SrCategory("Enforcement", "Take Enforcement Action", power.label): (
                Workflow.ENFORCEMENT_ACTION
            )
            for power in Power
            if power is not Power.BAILIFF
        },
        # Check CSA, step 2.
        SrCategory("Transition", "Legacy Case Data", "Finalise Case"): Workflow.CHECK_CSA,
        # Check CSA, step 6: one per legacy LO, linked to the Finalise Case SR as its child.
        SrCategory(
            "Transition", "Set Up/Amend Residual Arrears", "Set Up Legacy LO"
        ): Workflow.SET_UP_LEGACY_LO,
        # Arrears - Consider Action, Initiate LO arrears action step 7: the related SR made
        # when the team leader authorises the Review LO.
        SrCategory("Arrears", "Arrears Management", "Recommend LO"): Workflow.RECOMMEND_LO,
        # Step 8: the case-routing SR the enforcement team receives ("Case Routing -
        # Enforcement" is the procedure the seed links for it).
        SrCategory(
            "Case Routing", "Enforcement", "Review Case and Decide Next Action"
        ): Workflow.REVIEW_CASE,
    }
)

#: SR types the procedure makes through another SR, never opened on their own: a Review LO is
#: raised from its Arrears Review (Initiate LO arrears action, step 2), and the team leader's
#: approval makes Recommend LO and the case-routing SR (steps 7-8).
RAISED_THROUGH_PROCEDURE: Mapping[Workflow, str] = MappingProxyType(
    {
        Workflow.REVIEW_LO: "A Review LO is raised from its Arrears Review SR (Raise Review LO)",
        Workflow.ACTION_MISSED_PAYMENT: (
            "An Action Missed Payment SR is raised from its Arrears Review SR (Raise Action "
            "Missed Payment)"
        ),
        Workflow.DISCLOSURE: (
            "A Disclosure SR is raised from an Action Missed Payment SR (Request disclosure)"
        ),
        Workflow.RECOMMEND_LO: "A Recommend LO SR is made when a team leader approves a Review LO",
        Workflow.REVIEW_CASE: (
            "A Review Case and Decide Next Action SR is made when a team leader approves a "
            "Review LO"
        ),
        Workflow.CRIMINAL_ACTION: (
            "A Criminal Action SR is raised from a Decide On Enforcement Action SR (Initiate "
            "Criminal Action)"
        ),
        Workflow.ENFORCEMENT_ACTION: (
            "An enforcement power SR is opened by the decision on a Decide On Enforcement Action SR"
        ),
    }
)


def _opened_by_hand() -> tuple[SrCategory, ...]:
    return tuple(c for c, w in SR_CATEGORIES.items() if w not in RAISED_THROUGH_PROCEDURE)


def _same(a: str, b: str) -> bool:
    # Typed input (CLI, imported files) should not fail on case or stray spaces.
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def processes() -> tuple[str, ...]:
    """The Process values of the SRs a user opens by hand, in alphabetical order.

    Returns:
        Distinct process names, e.g. ("Arrears", "Enforcement", "Transition").
    """
    return tuple(sorted({c.process for c in _opened_by_hand()}))


def areas_for(process: str) -> tuple[str, ...]:
    """The Area values known under a process, in alphabetical order.

    Args:
        process: A Process value (case and spacing are ignored).

    Returns:
        The areas, or an empty tuple for an unknown process.
    """
    return tuple(sorted({c.area for c in _opened_by_hand() if _same(c.process, process)}))


def sub_areas_for(process: str, area: str) -> tuple[str, ...]:
    """The Sub Area values known under a process and area, in alphabetical order.

    Args:
        process: A Process value.
        area: An Area value under that process.

    Returns:
        The sub areas, or an empty tuple for an unknown process or area.
    """
    return tuple(
        sorted(
            {
                c.sub_area
                for c in _opened_by_hand()
                if _same(c.process, process) and _same(c.area, area)
            }
        )
    )


def workflow_for(process: str, area: str, sub_area: str) -> Workflow:
    """The workflow of an SR type.

    Args:
        process: The SR's Process.
        area: The SR's Area.
        sub_area: The SR's Sub Area.

    Returns:
        The matching workflow.

    Raises:
        ValidationError: Under ``sub_area``, when the combination is not one the tool knows.
    """
    for category, workflow in SR_CATEGORIES.items():
        if (
            _same(category.process, process)
            and _same(category.area, area)
            and _same(category.sub_area, sub_area)
        ):
            return workflow
    known = "; ".join(str(c) for c in SR_CATEGORIES)
    raise ValidationError(
        {
            "sub_area": (
                f"'{process} / {area} / {sub_area}' is not a service request type this tool "
                f"handles. Known types: {known}"
            )
        }
    )


def category_for(workflow: Workflow) -> SrCategory:
    """The Process / Area / Sub Area to use when creating an SR of a workflow.

    Args:
        workflow: The workflow.

    Returns:
        Its category.
    """
    for category, candidate in SR_CATEGORIES.items():
        if candidate is workflow:
            return category
    raise AssertionError(f"no SR category for {workflow!r}")  # every Workflow is mapped


def power_category(power: Power) -> SrCategory:
    """The SR type a civil power chosen on a Decide SR opens (step 17).

    Bailiff action opens Bailiff SRs (one per LO); every other power an Enforcement power SR.
    """
    if power is Power.BAILIFF:
        return category_for(Workflow.BAILIFF)
    return SrCategory("Enforcement", "Take Enforcement Action", power.label)


def power_of_category(category: SrCategory) -> Power | None:
    """The power an Enforcement power SR acts on, from its Sub Area (None: not one)."""
    return next(
        (p for p in Power if p is not Power.BAILIFF and power_category(p) == category), None
    )


# --- status lifecycle --------------------------------------------------------------------------

#: Where an SR may go from each status. Closed and Cancelled are final: the SR becomes read-only.
ALLOWED_TRANSITIONS: Mapping[SrStatus, frozenset[SrStatus]] = MappingProxyType(
    {
        SrStatus.OPEN: frozenset(
            {SrStatus.IN_PROGRESS, SrStatus.WAIT, SrStatus.CANCELLED, SrStatus.CLOSED}
        ),
        SrStatus.IN_PROGRESS: frozenset({SrStatus.WAIT, SrStatus.CLOSED, SrStatus.CANCELLED}),
        SrStatus.WAIT: frozenset({SrStatus.IN_PROGRESS, SrStatus.CLOSED, SrStatus.CANCELLED}),
        SrStatus.CLOSED: frozenset(),
        SrStatus.CANCELLED: frozenset(),
    }
)

#: Statuses after which nothing on the SR may change.
FINAL_STATUSES: frozenset[SrStatus] = frozenset({SrStatus.CLOSED, SrStatus.CANCELLED})


def is_final(status: SrStatus) -> bool:
    """Whether an SR in ``status`` is closed for good (Closed or Cancelled) and read-only.

    Args:
        status: The SR's status.

    Returns:
        True for Closed and Cancelled.
    """
    return status in FINAL_STATUSES


def is_overdue(status: SrStatus, wait_until: date | None, today: date) -> bool:
    """Whether an SR's wait date has passed: it is due for work again (work queue, seeds' waits).

    Args:
        status: The SR's status; a Closed or Cancelled SR is never overdue.
        wait_until: Its wait date, if any.
        today: The date of the check.

    Returns:
        True when the wait date is before ``today`` on an SR still open for work.
    """
    return wait_until is not None and wait_until < today and not is_final(status)


def default_sub_status(new_status: SrStatus) -> SrSubStatus | None:
    """The sub status an SR takes when moved to ``new_status`` without one.

    Args:
        new_status: The status being set.

    Returns:
        Completed for Closed ("Status = Closed, Sub Status = Completed" in every seed), else None.
    """
    return SrSubStatus.COMPLETED if new_status is SrStatus.CLOSED else None


def required_fields_for(new_status: SrStatus) -> frozenset[str]:
    """The SR fields that must be filled in to move to ``new_status``.

    Args:
        new_status: The status being set.

    Returns:
        Field names; ``{"wait_date"}`` for Wait (every seed that sets Wait sets a wait period),
        empty otherwise.
    """
    return frozenset({"wait_date"}) if new_status is SrStatus.WAIT else frozenset()


def check_transition(
    current: SrStatus,
    new: SrStatus,
    *,
    wait_date: date | None = None,
    today: date | None = None,
) -> None:
    """Check a status change of an SR.

    Saving an SR without changing its status is not a transition and passes, unless the SR is
    final: a Closed or Cancelled SR is read-only.

    Args:
        current: The SR's status now.
        new: The status asked for.
        wait_date: The SR's wait date; required when ``new`` is Wait.
        today: When given, a wait date must be after it.

    Raises:
        RuleViolation: If the SR is final or the move is not allowed, naming both statuses.
        ValidationError: Under ``wait_date``, if Wait is asked for without a usable wait date.
    """
    if is_final(current):
        raise RuleViolation(
            f"This service request is {current.label} and read-only; it cannot be set to "
            f"{new.label}"
        )
    if new is not current and new not in ALLOWED_TRANSITIONS[current]:
        allowed = ", ".join(s.label for s in SrStatus if s in ALLOWED_TRANSITIONS[current])
        raise RuleViolation(
            f"A service request cannot go from {current.label} to {new.label}; "
            f"from {current.label} it can go to {allowed}"
        )
    if new is SrStatus.WAIT:
        if wait_date is None:
            raise ValidationError({"wait_date": "Set a wait date to put the SR in Wait"})
        if today is not None and wait_date <= today:
            raise ValidationError(
                {
                    "wait_date": f"The wait date {format_date(wait_date)} must be after today "
                    f"({format_date(today)})"
                }
            )


# --- sub statuses and resolution codes ---------------------------------------------------------

#: The sub status every seed sets when closing an SR ("Status = Closed, Sub Status = Completed").
COMPLETED = SrSubStatus.COMPLETED


@dataclass(frozen=True, slots=True)
class SubStatus:
    """A sub status and the statuses it goes with.

    Attributes:
        name: The sub status as the seeds spell it.
        statuses: The SR statuses it may be combined with.
        seed_step: Where the seeds use it.
    """

    name: SrSubStatus
    statuses: frozenset[SrStatus]
    seed_step: str


_COMPLETED = SubStatus(COMPLETED, frozenset({SrStatus.CLOSED}), "every procedure's last step")

#: The sub statuses of each workflow.
SUB_STATUSES: Mapping[Workflow, tuple[SubStatus, ...]] = MappingProxyType(
    {
        Workflow.ARREARS_REVIEW: (
            SubStatus(
                SrSubStatus.WAIT_STATE_ARREARS_NOTICE,
                frozenset({SrStatus.WAIT}),
                "Arrears - Consider Action, step 5",
            ),
            SubStatus(
                SrSubStatus.GATHER_ADDITIONAL_INFO,
                frozenset({SrStatus.IN_PROGRESS}),
                "Arrears - Consider Action, Initiate DEO arrears action, step 3",
            ),
            SubStatus(
                SrSubStatus.INITIATE_ARREARS_ACTION,
                frozenset({SrStatus.IN_PROGRESS}),
                "Arrears - Consider Action, Initiate DEO arrears action, step 5",
            ),
            # The seed sets this sub status without a status; the SR may wait on the team leader.
            SubStatus(
                SrSubStatus.AWAITING_LO_AUTHORISATION,
                frozenset({SrStatus.IN_PROGRESS, SrStatus.WAIT}),
                "Arrears - Consider Action, Initiate LO arrears action, step 5",
            ),
            _COMPLETED,
        ),
        Workflow.BAILIFF: (
            SubStatus(SrSubStatus.AWAITING_BAILIFF, frozenset({SrStatus.WAIT}), "Bailiff, step 18"),
            SubStatus(SrSubStatus.ON_HOLD, frozenset({SrStatus.WAIT}), "Bailiff, steps 13 and 21"),
            _COMPLETED,
        ),
        Workflow.CHECK_CSA: (_COMPLETED,),
        Workflow.SET_UP_LEGACY_LO: (_COMPLETED,),
        Workflow.DECIDE_ENFORCEMENT: (_COMPLETED,),
        Workflow.CRIMINAL_ACTION: (_COMPLETED,),
        Workflow.ENFORCEMENT_ACTION: (_COMPLETED,),
        Workflow.REVIEW_LO: (
            # Initiate LO arrears action, step 4: the SR is In Progress while the team leader
            # considers it; the parent Arrears Review carries the same sub status (step 5).
            SubStatus(
                SrSubStatus.AWAITING_LO_AUTHORISATION,
                frozenset({SrStatus.IN_PROGRESS}),
                "Arrears - Consider Action, Initiate LO arrears action, steps 4-5",
            ),
            _COMPLETED,
        ),
        Workflow.RECOMMEND_LO: (_COMPLETED,),
        Workflow.ACTION_MISSED_PAYMENT: (_COMPLETED,),
        Workflow.DISCLOSURE: (_COMPLETED,),
        Workflow.REVIEW_CASE: (_COMPLETED,),
    }
)


def sub_statuses_for(workflow: Workflow, status: SrStatus | None = None) -> tuple[SrSubStatus, ...]:
    """The sub statuses of a workflow, optionally only those that go with a status.

    Args:
        workflow: The SR's workflow.
        status: When given, keep only the sub statuses usable with it.

    Returns:
        Sub status names in the order the procedure reaches them.
    """
    return tuple(s.name for s in SUB_STATUSES[workflow] if status is None or status in s.statuses)


def check_sub_status(workflow: Workflow, status: SrStatus, sub_status: str | None) -> None:
    """Check a sub status against the SR's workflow and status.

    Args:
        workflow: The SR's workflow.
        status: The SR's status (after any change).
        sub_status: The sub status asked for; None (no sub status) is always accepted.

    Raises:
        ValidationError: Under ``sub_status``, for a sub status the workflow does not use or
            one that does not go with ``status``.
    """
    if sub_status is None:
        return
    for candidate in SUB_STATUSES[workflow]:
        if candidate.name == sub_status:
            if status not in candidate.statuses:
                usable = ", ".join(s.label for s in SrStatus if s in candidate.statuses)
                raise ValidationError(
                    {"sub_status": f"'{sub_status}' goes with status {usable}, not {status.label}"}
                )
            return
    known = ", ".join(sub_statuses_for(workflow))
    raise ValidationError(
        {
            "sub_status": f"'{sub_status}' is not a sub status of a {workflow.label} SR; "
            f"use one of: {known}"
        }
    )


#: The Arrears Review's code when the schedule was revised (Arrears - Consider Action, step 3).
NO_ACTION_APPROPRIATE = "No Action Appropriate"
#: The code "that matches the arrears action" (steps L10-L11) when the action is a Liability
#: Order: the seed's order of preference names the actions DEO/DER, disclosure for a deduction
#: order and Liability Order.
LIABILITY_ORDER_CODE = "Liability Order"
#: The Review LO's "appropriate values" (step L9), named after the procedure's two outcomes,
#: "Action authorised" (steps L7-L11) and "Action not authorised" (step L12).
ACTION_AUTHORISED = "Action Authorised"
ACTION_NOT_AUTHORISED = "Action Not Authorised"

#: Resolution codes the seeds name. Arrears - Consider Action names "No Action Appropriate" and
#: "the Resolution Code that matches the arrears action"; the other seeds name none, so those
#: lists are empty until the codes are known.
RESOLUTION_CODES: Mapping[Workflow, tuple[str, ...]] = MappingProxyType(
    {
        Workflow.ARREARS_REVIEW: (
            NO_ACTION_APPROPRIATE,
            "DEO/DER",
            "Disclosure for Deduction Order",
            LIABILITY_ORDER_CODE,
        ),
        Workflow.BAILIFF: (),
        Workflow.CHECK_CSA: (),
        Workflow.SET_UP_LEGACY_LO: (),
        Workflow.DECIDE_ENFORCEMENT: (),
        Workflow.CRIMINAL_ACTION: (),
        Workflow.ENFORCEMENT_ACTION: (),
        Workflow.REVIEW_LO: (ACTION_AUTHORISED, ACTION_NOT_AUTHORISED),
        # "Select the Resolution Code that matches the arrears action" (steps L10, D4).
        Workflow.ACTION_MISSED_PAYMENT: (
            "Arrears Agreement Negotiated",
            "Disclosure for Deduction Order",
            LIABILITY_ORDER_CODE,
        ),
        # The Deduction Order Team's outcome (domain.arrears.DisclosureResult).
        Workflow.DISCLOSURE: ("RDO approved", "LSDO approved", "Not approved"),
        Workflow.RECOMMEND_LO: (),
        Workflow.REVIEW_CASE: (),
    }
)


def resolution_codes_for(workflow: Workflow) -> tuple[str, ...]:
    """The resolution codes the seeds name for a workflow (may be empty).

    Args:
        workflow: The SR's workflow.

    Returns:
        The codes.
    """
    return RESOLUTION_CODES[workflow]


# --- activity plan templates -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StepTemplate:
    """One step of an activity plan as the procedure defines it.

    Every step starts as ``StepOutcome.PENDING``, which is therefore not listed in ``outcomes``.

    Attributes:
        key: Stable identifier, unique within the workflow (stored with the step).
        title: The step as the seed words it.
        outcomes: The outcomes a case manager may record, in the order to offer them.
        seed_step: The procedure and step the activity comes from.
        guidance: What to do, in a sentence or two, for the step's tooltip.
    """

    key: str
    title: str
    outcomes: tuple[StepOutcome, ...]
    seed_step: str
    guidance: str


_DONE = (StepOutcome.DONE,)
_DONE_OR_NOT_REQUIRED = (StepOutcome.DONE, StepOutcome.NOT_REQUIRED)
_YES_NO = (StepOutcome.YES, StepOutcome.NO)

_BAILIFF_VALIDATION_WARNING = (
    "Do not record Not Applicable on a validation step: on the case management system it "
    "closes the SR (Bailiff, step 4)."
)

_BAILIFF = (
    StepTemplate(
        "check_lo_balance",
        "Check the Liability order arrears balance",
        _DONE,
        "Bailiff, step 4",
        "Check the LO's current arrears balance: the amount of the LO plus costs, minus payments "
        "made against it.",
    ),
    StepTemplate(
        "validate_lo",
        "Add/validate LO",
        _DONE,
        "Bailiff, steps 4-5",
        "Associate the LO whose debt is to be collected with this Bailiff SR (one SR per LO).",
    ),
    StepTemplate(
        "validate_asset",
        "Add/validate asset bailiff",
        _DONE,
        "Bailiff, steps 4, 6-7",
        "Record the assets and associate an asset (type Other if need be) with this Bailiff SR; "
        "without one the SR cannot proceed.",
    ),
    StepTemplate(
        "notify_receiving_parent",
        "Notify PWC of bailiff action",
        _DONE,
        "Bailiff, steps 4, 8",
        "Send CMEL8011 to the receiving parent, only after the LO and an asset are associated, "
        "and call them: bailiff action takes at least 90 days.",
    ),
    StepTemplate(
        "welfare_of_child",
        "Consider the welfare of the child",
        _DONE,
        "Bailiff, steps 4, 9",
        "Record the welfare of the child decision and whether the case is referred for bailiff "
        "action.",
    ),
    StepTemplate(
        "decide_next_step",
        "Decide next step",
        (StepOutcome.CONTINUE, StepOutcome.EXIT),
        "Bailiff, steps 4, 9",
        "Continue to prepare the referral, or Exit and close the SR after recording the decision "
        "not to apply for bailiff action.",
    ),
    StepTemplate(
        "file_prepared",
        "File Prepared",
        (StepOutcome.YES, StepOutcome.NO, StepOutcome.NOT_APPLICABLE),
        "Bailiff, steps 10-17",
        "Complete CMEL8010 per LO (and CMSF5571 if a DVS photo is wanted), zip them as SCIN and "
        "region and send them to the Bailiff SPOC; once the SPOC confirms, note 'Referral sent to "
        "Bailiff on (date)' and mark Yes.",
    ),
    StepTemplate(
        "bailiff_outcome",
        "Bailiff outcome",
        (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL, StepOutcome.NRP_NOT_LOCATED),
        "Bailiff, steps 23-26",
        "Successful: full payment, part payment with an arrears agreement, or an arrears "
        "agreement. Not successful: insufficient goods or entry refused. NRP not located: no "
        "trace at the address.",
    ),
    StepTemplate(
        "cost_applied",
        "Cost applied",
        (StepOutcome.APPLIED, StepOutcome.NOT_APPLIED),
        "Bailiff, step 29",
        "Select Applied if costs are to be applied (see Apply Costs), otherwise Not applied.",
    ),
)

#: Bailiff steps on which Not Applicable must never be recorded (Bailiff, step 4).
_BAILIFF_VALIDATION_KEYS = frozenset(
    {
        "check_lo_balance",
        "validate_lo",
        "validate_asset",
        "notify_receiving_parent",
        "welfare_of_child",
        "decide_next_step",
    }
)

# Steps after a branch the case manager may skip are Done or Not Required, as the seeds close
# plans ("Mark all activities as Done or Not Required").
_DECIDE_ENFORCEMENT = (
    StepTemplate(
        "evidence_of_criminal_activity",
        "Any Evidence Of Criminal Activity",
        _YES_NO,
        "Enforcement Action - Consider, steps 2-3",
        "No if considering civil enforcement only; Yes if criminal proceedings would be "
        "appropriate.",
    ),
    StepTemplate(
        "initiate_criminal_action",
        "Initiate Criminal Action",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, step 4",
        "Choose the offence; the system creates a child SR for criminal action. Not Required "
        "when there is no evidence of criminal activity.",
    ),
    StepTemplate(
        "continue_data_gathering",
        "Continue Data Gathering",
        _YES_NO,
        "Enforcement Action - Consider, steps 5-6",
        "Yes to take civil action (in parallel with any criminal action); No to close the SR "
        "with sub status Completed.",
    ),
    StepTemplate(
        "assess_online_information",
        "Assess Online Information",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, steps 7-8",
        "Check CIS, credit reference agency data, Companies House, Land Registry, DVLA, HMRC and "
        "the Insolvency Register; note if nothing relevant was found.",
    ),
    StepTemplate(
        "letter_outbound",
        "Letter Outbound (Request 3rd Party)",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, steps 9-10",
        "Send CMEL9251, CMEL9236, CMEL7183, FT9253 or CMEL9235 (for VQ615) to third parties and "
        "set a Wait period for replies.",
    ),
    StepTemplate(
        "record_data_and_source",
        "Record Data and Source",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, steps 11-12",
        "Record retained evidence in the Asset view with its source; delete or disregard what is "
        "not relevant, keeping a record that the search was made.",
    ),
    StepTemplate(
        "decide_civil_power",
        "Decide civil enforcement power",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, steps 14-17",
        "Choose the enforcement power, respecting de minimis amounts and prerequisites, then "
        "close the SR with sub status Completed.",
    ),
)

# The procedure for the criminal SR itself is "Criminal Action - Decide", which is not among
# the seeds: a short plan of what seed 000 says of it (refer, gather evidence, the outcome).
_CRIMINAL_ACTION = (
    StepTemplate(
        "refer_criminal_action",
        "Refer for criminal action",
        _DONE,
        "Enforcement Action - Consider, step 4",
        "Refer the offence chosen on the Decide On Enforcement Action SR; the subject of this SR "
        "decides where the referral goes.",
    ),
    StepTemplate(
        "evidence_gathered",
        "Evidence gathered",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, steps 3-4",
        "Gather the evidence of the offence (letters such as CMEL7183 to a receiving parent "
        "under a criminal referral) and note what was found.",
    ),
    StepTemplate(
        "criminal_outcome",
        "Outcome",
        (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL),
        "Enforcement Action - Consider, step 4",
        "Record the outcome of the criminal action, then close the SR.",
    ),
)

# The procedures of the other powers (Charging Order, Freezing Order, ...) are not among the
# seeds: a generic plan for the SR a civil power opens (step 17).
_ENFORCEMENT_ACTION = (
    StepTemplate(
        "prepare_application",
        "Prepare the application",
        _DONE,
        "Enforcement Action - Consider, steps 14-17",
        "Prepare the application for the power chosen on the Decide On Enforcement Action SR "
        "(its decision records the welfare of the child statement).",
    ),
    StepTemplate(
        "application_made",
        "Application made",
        _DONE_OR_NOT_REQUIRED,
        "Enforcement Action - Consider, step 14",
        "Make the application to the court or the order; any up-front fee is paid with the "
        "government procurement card.",
    ),
    StepTemplate(
        "power_outcome",
        "Outcome",
        (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL),
        "Enforcement Action - Consider, step 14",
        "Record the outcome (record a granted order in the Enforcement Orders view), then close "
        "the SR.",
    ),
)

_CHECK_CSA = (
    StepTemplate(
        "access_legacy_system",
        "Access Legacy System",
        _DONE,
        "Check CSA, steps 4-5",
        "Check the CSA systems, Tallyman and CSCS for ongoing enforcement and liability orders; "
        "record findings in the SR notes.",
    ),
    StepTemplate(
        "create_set_up_legacy_lo_sr",
        "Create Set Up Legacy LO SR",
        _DONE_OR_NOT_REQUIRED,
        "Check CSA, steps 6-7",
        "For each LO needing action, create Transition / Set Up/Amend Residual Arrears / Set Up "
        "Legacy LO and link it to the case. Not Required when no LO was found.",
    ),
    StepTemplate(
        "identify_ongoing_enforcement",
        "Identify ongoing enforcement action",
        (StepOutcome.DONE, StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED),
        "Check CSA, steps 8-10",
        "Urgent enforcement (the paying parent about to dispose of assets: flag the asset) is "
        "fast-tracked through Liability Order (CSA) - Input; otherwise set up the LO and record "
        "No Enforcement Action Recorded. Committal (also suspended), order for sale and sisted "
        "cases are priority.",
    ),
)

_SET_UP_LEGACY_LO = (
    StepTemplate(
        "enter_legacy_lo",
        "Enter the legacy LO",
        _DONE,
        "Check CSA, step 6 (Enforcement Actions (CSA) - Input)",
        "Record the CSA liability order in Enforcement Orders with origin CSA: reference, court, "
        "dates, period, amount, costs and payments, and its status (suspended or sisted where "
        "the CSA systems say so).",
    ),
    StepTemplate(
        "record_legacy_enforcement",
        "Record ongoing legacy enforcement",
        _DONE_OR_NOT_REQUIRED,
        "Check CSA, step 6",
        "Record the bailiff, enforcement of judgments office (EJO) or debt collecting agency "
        "(DCA) action started on the CSA systems against the LO. Not Required when there is none.",
    ),
)

_ARREARS_REVIEW = (
    StepTemplate(
        "review_case_details",
        "Review case details",
        _DONE,
        "Arrears - Consider Action, steps 3-4",
        "Review contact history, arrears, payments, employment status and any RDO in place. If "
        "the schedule was recently revised, mark the remaining steps Not Required and close with "
        "resolution code No Action Appropriate.",
    ),
    StepTemplate(
        "arrears_letter",
        "Arrears letter (CMSL6031/CMSL6038)",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, step 5",
        "Issue CMSL6031 if no arrears letter was sent before, or CMSL6038 after no response or a "
        "new miss following 12 weeks' compliance; then Wait 7 days (Wait State Arrears Notice).",
    ),
    StepTemplate(
        "get_employment_status",
        "Get Employment Status",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate DEO arrears action, steps 1-2",
        "Ask HMRC for the paying parent's employment status. With no employment details, set the "
        "Desire for DEO/DER flag and a reminder 6 weeks later.",
    ),
    StepTemplate(
        "gather_additional_info",
        "Gather Additional Info - contact receiving parent",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate DEO arrears action, steps 3-4",
        "Contact the receiving parent for employer, income, asset and address details, and to "
        "understand the welfare of the children.",
    ),
    StepTemplate(
        "initiate_arrears_action",
        "Initiate Arrears Action (DEO/DER)",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate DEO arrears action, steps 5-8",
        "When employed, get the employment details and set up a DEO or DER.",
    ),
    StepTemplate(
        "disclosure",
        "Disclosure for deduction order",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate Disclosure arrears action, steps 1-9",
        "Check CRA details and assets, then through an Action Missed Payment SR give a final "
        "chance to negotiate and request disclosure from the Deduction Order Team.",
    ),
    StepTemplate(
        "review_lo_initiated",
        "Initiate LO arrears action",
        (StepOutcome.REVIEW_LO_INITIATED, StepOutcome.NOT_REQUIRED),
        "Arrears - Consider Action, Initiate LO arrears action, steps 1-5",
        "If disclosure is not appropriate or failed, record Review LO Initiated, create the Review "
        "LO SR for team leader authorisation and set sub status Awaiting LO authorisation.",
    ),
    StepTemplate(
        "take_arrears_action",
        "Initiate and execute appropriate process/work items to take arrears action",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate DEO arrears action (note on activity 14)",
        "Update only when every action in this SR and its child SRs is complete.",
    ),
)

#: The checklist the case manager completes before asking for authorisation (Arrears -
#: Consider Action, Initiate LO arrears action, step 3); each answer is the step's reason.
_REVIEW_LO_CHECKLIST = (
    StepTemplate(
        "confident_address",
        "Confident address held for the paying parent",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Check the paying parent's address is confident (not DLO or NFA); say which address.",
    ),
    StepTemplate(
        "contact_history",
        "Inbound/outbound contact with the paying parent and the receiving parent/s",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Summarise the calls and letters, including every attempted debt negotiation call.",
    ),
    StepTemplate(
        "arrears_and_agreements",
        "Arrears, current balance and agreements in place",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Give the current arrears balance and any agreement in place or broken.",
    ),
    StepTemplate(
        "welfare_of_child",
        "Welfare of the child",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Record the welfare-of-the-child consideration for this discretionary decision.",
    ),
    StepTemplate(
        "effective_dates",
        "Case effective dates are correct",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Confirm the case's effective dates are correct.",
    ),
    StepTemplate(
        "other_methods",
        "Other enforcement methods: DEO/DER, disclosure for RDO and LSDO",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, step 3",
        "Say what was tried or why it does not apply: DEO/DER, disclosure for an RDO or LSDO.",
    ),
    StepTemplate(
        "caseworker_notes",
        "Caseworker notes",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, steps 3-4",
        "Note that the checks above were made (and anything else from the enforcement "
        "checklist) before asking the team leader.",
    ),
)

#: Steps only the team leader's approval or rejection records, never a case manager by hand.
DECISION_STEPS: frozenset[tuple[Workflow, str]] = frozenset(
    {
        (Workflow.REVIEW_LO, "team_leader_decision"),
        (Workflow.REVIEW_LO, "recommend_lo"),
        # Recorded by the Deduction Order Team's outcome (Record DOT outcome…).
        (Workflow.DISCLOSURE, "dot_decision"),
    }
)

#: The checklist steps' keys, in order: each needs an answer before authorisation is asked for.
REVIEW_LO_CHECKLIST: tuple[str, ...] = tuple(s.key for s in _REVIEW_LO_CHECKLIST)

_REVIEW_LO = (
    *_REVIEW_LO_CHECKLIST,
    StepTemplate(
        "team_leader_decision",
        "Team leader decision",
        (StepOutcome.APPROVED, StepOutcome.REJECTED),
        "Arrears - Consider Action, Initiate LO arrears action, steps 4-6",
        "The team leader reviews address, contact, arrears, welfare of the child, effective "
        "dates and other methods tried, then approves or rejects the Liability Order referral.",
    ),
    StepTemplate(
        "recommend_lo",
        "Recommend LO",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate LO arrears action, steps 7-12",
        "On approval create the related Recommend LO SR; the case moves to enforcement. Not "
        "Required when rejected: follow the team leader's suggestion.",
    ),
)

_RECOMMEND_LO = (
    StepTemplate(
        "refer_for_lo",
        "Refer the case for a Liability Order",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate LO arrears action, step 7",
        "The team leader authorised the Liability Order referral in the Review LO SR; its "
        "checklist answers are there. Not Required if the enforcement team decides otherwise.",
    ),
)

_REVIEW_CASE = (
    StepTemplate(
        "decide_next_action",
        "Consider the enforcement action appropriate",
        _DONE,
        "Arrears - Consider Action, Initiate LO arrears action, steps 8-11",
        "The case now belongs to enforcement: decide the enforcement action, minding the de "
        "minimis amounts (Enforcement Action - Consider).",
    ),
)

#: The final chance to negotiate (Initiate Disclosure arrears action, steps 7-9, and the
#: "Negotiation Initiated" / "Disclosure Initiated" table; Disclosure successful, steps 1-7).
_ACTION_MISSED_PAYMENT = (
    StepTemplate(
        "negotiate",
        "Negotiate payment of the arrears (final chance)",
        (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL),
        "Arrears - Consider Action, Initiate Disclosure arrears action, steps 7-8",
        "Give the paying parent a final chance to negotiate payment of the arrears. Successful: "
        "follow Arrears Negotiation and Missed Payments. Not successful: request disclosure or go "
        "back to the Arrears Review for a Review LO.",
    ),
    StepTemplate(
        "request_disclosure",
        "Request disclosure from the Deduction Order Team",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Initiate Disclosure arrears action, step 9",
        "Complete outstanding changes of circumstances, then create the Disclosure SR for the "
        "Deduction Order Team from this SR. Do not close this SR meanwhile.",
    ),
    StepTemplate(
        "dot_outcome",
        "Record the Deduction Order Team's outcome",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Disclosure successful authorise RDO/LSDO, steps 1-7",
        "Approved: the RDO or LSDO is set up within 48 hours, then close this SR and set the "
        "Desire for DEO/DER flag to Mandatory. Not approved: record the reasons and go to "
        "Initiate LO arrears action.",
    ),
)

#: The Deduction Order Team's SR (Disclosure For Deduction Order Action).
_DISCLOSURE = (
    StepTemplate(
        "disclosure_action",
        "Carry out disclosure on the paying parent's accounts",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Disclosure for Deduction Order",
        "Identify any suitable accounts for a regular or lump sum deduction order.",
    ),
    StepTemplate(
        "dot_decision",
        "Approve or refuse an RDO or LSDO",
        (StepOutcome.APPROVED, StepOutcome.REJECTED),
        "Arrears - Consider Action, Disclosure successful authorise RDO/LSDO, step 2",
        "Recorded with Record DOT outcome…: RDO or LSDO approved, or not approved with reasons.",
    ),
    StepTemplate(
        "set_up_order",
        "Set up the RDO or LSDO (within 48 hours)",
        _DONE_OR_NOT_REQUIRED,
        "Arrears - Consider Action, Disclosure successful authorise RDO/LSDO, step 3",
        "Set the order up within 48 hours of approval and tell the case owner; Not Required when "
        "not approved.",
    ),
)

_TEMPLATES: Mapping[Workflow, tuple[StepTemplate, ...]] = MappingProxyType(
    {
        Workflow.ARREARS_REVIEW: _ARREARS_REVIEW,
        Workflow.BAILIFF: _BAILIFF,
        Workflow.CHECK_CSA: _CHECK_CSA,
        Workflow.SET_UP_LEGACY_LO: _SET_UP_LEGACY_LO,
        Workflow.DECIDE_ENFORCEMENT: _DECIDE_ENFORCEMENT,
        Workflow.CRIMINAL_ACTION: _CRIMINAL_ACTION,
        Workflow.ENFORCEMENT_ACTION: _ENFORCEMENT_ACTION,
        Workflow.REVIEW_LO: _REVIEW_LO,
        Workflow.ACTION_MISSED_PAYMENT: _ACTION_MISSED_PAYMENT,
        Workflow.DISCLOSURE: _DISCLOSURE,
        Workflow.RECOMMEND_LO: _RECOMMEND_LO,
        Workflow.REVIEW_CASE: _REVIEW_CASE,
    }
)


def plan_template(workflow: Workflow) -> tuple[StepTemplate, ...]:
    """The ordered steps of the activity plan generated when an SR goes In Progress.

    Args:
        workflow: The SR's workflow.

    Returns:
        The steps in procedure order.
    """
    return _TEMPLATES[workflow]


def step_template(workflow: Workflow, step_key: str) -> StepTemplate:
    """One step of a workflow's plan.

    Args:
        workflow: The SR's workflow.
        step_key: The step's key.

    Returns:
        The step.

    Raises:
        ValidationError: Under ``step``, for a key the workflow's plan does not have.
    """
    for step in _TEMPLATES[workflow]:
        if step.key == step_key:
            return step
    raise ValidationError(
        {"step": f"'{step_key}' is not a step of the {workflow.label} activity plan"}
    )


def check_step_outcome(workflow: Workflow, step_key: str, outcome: StepOutcome) -> None:
    """Check an outcome recorded on an activity plan step.

    Pending is always accepted: it is every step's initial state, and resetting a step to it
    undoes a mistaken entry.

    Args:
        workflow: The SR's workflow.
        step_key: The step's key.
        outcome: The outcome asked for.

    Raises:
        ValidationError: Under ``outcome`` when the step does not accept it (under ``step`` for
            an unknown step).
    """
    step = step_template(workflow, step_key)
    if outcome is StepOutcome.PENDING or outcome in step.outcomes:
        return
    allowed = ", ".join(o.label for o in step.outcomes)
    message = f"'{outcome.label}' is not an outcome of '{step.title}'; choose {allowed}"
    if (
        workflow is Workflow.BAILIFF
        and step_key in _BAILIFF_VALIDATION_KEYS
        and outcome is StepOutcome.NOT_APPLICABLE
    ):
        message = f"{message}. {_BAILIFF_VALIDATION_WARNING}"
    raise ValidationError({"outcome": message})


# --- Bailiff SR guards -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GuardResult:
    """Whether an action may go ahead, with the reasons when it may not.

    Attributes:
        allowed: True when nothing stands in the way.
        reasons: One sentence per unmet condition, citing the procedure step.
    """

    allowed: bool
    reasons: tuple[str, ...] = ()

    def require(self, action: str) -> None:
        """Raise when the action is refused.

        Args:
            action: What was attempted, for the message (e.g. "The Bailiff SR cannot proceed").

        Raises:
            RuleViolation: Listing the reasons, if not allowed.
        """
        if not self.allowed:
            raise RuleViolation(action, list(self.reasons))


_NO_LO = "A liability order must be associated to the Bailiff SR (Bailiff, step 5)"
_NO_ASSET = (
    "An asset must be associated to the Bailiff SR; without one the SR cannot proceed "
    "(Bailiff, step 7)"
)


def can_send_cmel8011(lo_associated: bool, asset_associated: bool) -> GuardResult:
    """Whether CMEL8011 may be sent to the receiving parent yet.

    Sent before the LO and an asset are associated, the letter has to be re-issued
    (Bailiff, step 8), so it waits for both.

    Args:
        lo_associated: An LO is associated to the Bailiff SR.
        asset_associated: An asset is associated to the Bailiff SR.

    Returns:
        The verdict with reasons.
    """
    reasons: list[str] = []
    if not lo_associated:
        reasons.append(_NO_LO)
    if not asset_associated:
        reasons.append(_NO_ASSET)
    if reasons:
        reasons.append(
            "CMEL8011 is sent only after the LO and an asset are associated; sent earlier it "
            "has to be re-issued (Bailiff, step 8)"
        )
    return GuardResult(not reasons, tuple(reasons))


def bailiff_validation(
    lo_associated: bool, asset_associated: bool, cmel8011_sent: bool
) -> GuardResult:
    """Whether a Bailiff SR can proceed past its validation steps to prepare the referral.

    Args:
        lo_associated: An LO is associated to the Bailiff SR.
        asset_associated: An asset is associated to the Bailiff SR.
        cmel8011_sent: CMEL8011 has been sent to the receiving parent.

    Returns:
        The verdict, with one reason per unmet condition.
    """
    reasons: list[str] = []
    if not lo_associated:
        reasons.append(_NO_LO)
    if not asset_associated:
        reasons.append(_NO_ASSET)
    if not cmel8011_sent:
        reasons.append(
            "Send CMEL8011 to the receiving parent (after associating the LO and asset) before "
            "preparing the referral (Bailiff, step 8)"
        )
    return GuardResult(not reasons, tuple(reasons))


# --- what may be associated with an SR, and what may be referred ------------------------------


def can_associate_order(order_type: OrderType, name: str) -> GuardResult:
    """Whether an order may be the one an SR acts on: SRs act on liability orders.

    Args:
        order_type: The order's type.
        name: How the order is named in the reason, e.g. "Charging order CO/1".

    Returns:
        The verdict with the reason when it may not.
    """
    if order_type != OrderType.LIABILITY_ORDER:
        return GuardResult(False, (f"{name} is not a liability order",))
    return GuardResult(True)


def can_refer_to_bailiff(order_type: OrderType, status: OrderStatus, name: str) -> GuardResult:
    """Whether an order is one that can be referred to the bailiff at all: a granted LO.

    The full referral check (the paying parent, appeals, Nulla Bona, the balance) is
    :func:`enforcement_desktop.domain.rules.bailiff_referral_for_order`; this decides which
    orders are offered for it.

    Args:
        order_type: The order's type.
        status: The order's status.
        name: How the order is named in the reason.

    Returns:
        The verdict with the reason when it may not.
    """
    if order_type != OrderType.LIABILITY_ORDER:
        return GuardResult(
            False, (f"{name} is not a liability order; a bailiff referral is made for one",)
        )
    if status != OrderStatus.GRANTED:
        return GuardResult(False, (f"{name} is {status.label.lower()}, not granted",))
    return GuardResult(True)


def _read_only_sr(sr_id: int, sr_status: SrStatus) -> str | None:
    if is_final(sr_status):
        return f"Service request {sr_id} is {sr_status.label}: it is read-only"
    return None


def can_link_asset(
    sr_id: int,
    sr_status: SrStatus,
    *,
    disregarded_on: date | None,
    disregarded: bool,
    linked_sr_ids: Collection[int],
) -> Mapping[str, str | None]:
    """Whether an asset may be associated with a service request (Contact Asset link).

    Args:
        sr_id: The service request.
        sr_status: Its status: a closed or cancelled SR is read-only.
        disregarded_on: When the asset was disregarded, if it was.
        disregarded: Whether the asset was disregarded (its details removed, seed 000 step 12).
        linked_sr_ids: The service requests the asset is already associated with.

    Returns:
        The problem under each field it concerns (``service_request_id``, ``asset_id``), None
        where there is none; :func:`verdict` turns it into a :class:`GuardResult`.
    """
    problem: str | None = None
    if disregarded:
        problem = (
            f"This asset was disregarded on {format_date(disregarded_on)} and cannot be associated"
        )
    elif sr_id in linked_sr_ids:
        problem = f"This asset is already associated to service request {sr_id}"
    return {"service_request_id": _read_only_sr(sr_id, sr_status), "asset_id": problem}


def can_unlink_asset(
    sr_id: int, sr_status: SrStatus, *, linked_sr_ids: Collection[int]
) -> Mapping[str, str | None]:
    """Whether an asset's association with a service request may be removed.

    Args:
        sr_id: The service request.
        sr_status: Its status: a closed or cancelled SR is read-only.
        linked_sr_ids: The service requests the asset is associated with.

    Returns:
        The problem under each field it concerns, None where there is none.
    """
    problem = (
        None
        if sr_id in linked_sr_ids
        else f"This asset is not associated to service request {sr_id}"
    )
    return {"service_request_id": _read_only_sr(sr_id, sr_status), "asset_id": problem}


def verdict(problems: Mapping[str, str | None]) -> GuardResult:
    """The problems found under each field, as one verdict."""
    reasons = tuple(p for p in problems.values() if p)
    return GuardResult(not reasons, reasons)


# --- closing an SR, and the Review LO's authorisation (Arrears - Consider Action) ---------------

#: Workflows whose procedure has every activity marked Done or Not Required before the SR closes
#: (Arrears - Consider Action, steps 3 and L9-L11).
PLAN_COMPLETE_TO_CLOSE: frozenset[Workflow] = frozenset(
    {Workflow.ARREARS_REVIEW, Workflow.REVIEW_LO}
)


class PendingStep(NamedTuple):
    """A step of an SR's activity plan with no outcome yet."""

    position: int
    title: str


class OpenChild(NamedTuple):
    """A child SR that is neither closed nor cancelled."""

    sr_id: int
    workflow: Workflow
    status: SrStatus


def can_close(
    workflow: Workflow,
    new_status: SrStatus,
    *,
    pending_steps: Collection[PendingStep] = (),
    open_children: Collection[OpenChild] = (),
) -> GuardResult:
    """Whether an SR may be closed or cancelled now.

    An SR does not close over its child SRs ("Ensure that any child SR's are closed and
    completed", step L9), and an Arrears Review or Review LO closes only once every activity is
    Done or Not Required (steps 3, L9-L11). Cancelling (the seed's "Close and Cancel" of a
    duplicate or a DLO/NFA case) leaves the plan as it is, but not a child SR open.

    Args:
        workflow: The SR's workflow.
        new_status: The status asked for; only Closed and Cancelled are checked.
        pending_steps: The SR's steps with no outcome yet.
        open_children: Its child SRs still open.

    Returns:
        The verdict, naming each open child SR and each pending step.
    """
    if new_status not in FINAL_STATUSES:
        return GuardResult(True)
    reasons = [
        f"child SR {c.sr_id} ({c.workflow.label}) is still {c.status.label}: close it first"
        for c in sorted(open_children)
        # Criminal action runs in parallel with civil action (Enforcement Action - Consider,
        # steps 4-5): its SR stays open when the Decide SR closes.
        if c.workflow is not Workflow.CRIMINAL_ACTION
    ]
    if new_status is SrStatus.CLOSED and workflow in PLAN_COMPLETE_TO_CLOSE:
        reasons += [
            f"step {s.position} '{s.title}' is pending: record Done or Not Required"
            for s in sorted(pending_steps)
        ]
    return GuardResult(not reasons, tuple(reasons))


#: The SRs a Review LO is raised from (Initiate LO arrears action, steps 1-2).
REVIEW_LO_PARENTS: frozenset[Workflow] = frozenset(
    {Workflow.ARREARS_REVIEW, Workflow.ACTION_MISSED_PAYMENT}
)


def can_raise_review_lo(
    parent_workflow: Workflow, parent_status: SrStatus, open_review_lo: int | None
) -> GuardResult:
    """Whether a Review LO may be raised from an SR (Initiate LO arrears action, step 2).

    The procedure raises it from the Action Missed Payment SR of the final negotiation, or from
    the Arrears Review itself (when residual arrears were added: the "Review LO Initiated" row).

    Args:
        parent_workflow: The SR it would be raised from.
        parent_status: That SR's status.
        open_review_lo: An open Review LO already raised from it, if any.

    Returns:
        The verdict with reasons.
    """
    reasons: list[str] = []
    if parent_workflow not in REVIEW_LO_PARENTS:
        reasons.append(
            "a Review LO is raised from an Arrears Review or Action Missed Payment SR, not a "
            f"{parent_workflow.label} SR"
        )
    if is_final(parent_status):
        reasons.append(f"this SR is {parent_status.label}")
    elif parent_status is SrStatus.OPEN:
        reasons.append("set this SR In Progress first: its plan records the step")
    if open_review_lo is not None:
        reasons.append(f"Review LO SR {open_review_lo} raised from it is still open")
    return GuardResult(not reasons, tuple(reasons))


def can_request_authorisation(
    status: SrStatus,
    sub_status: str | None,
    pending_checklist: Collection[PendingStep],
    parent_status: SrStatus | None,
) -> GuardResult:
    """Whether the case manager may ask the team leader to authorise a Review LO (steps 3-5).

    Args:
        status: The Review LO's status (In Progress: its checklist exists).
        sub_status: Its sub status.
        pending_checklist: The step 3 checklist items with no answer yet.
        parent_status: The status of the Arrears Review it was raised from (None: none).

    Returns:
        The verdict, naming each checklist item still pending.
    """
    if sub_status == SrSubStatus.AWAITING_LO_AUTHORISATION:
        return GuardResult(False, ("authorisation has already been asked for",))
    reasons: list[str] = []
    if status is not SrStatus.IN_PROGRESS:
        reasons.append(
            f"the Review LO is {status.label}: set it In Progress and complete its checklist"
        )
    reasons += [f"checklist item '{s.title}' is pending" for s in sorted(pending_checklist)]
    if parent_status is None:
        reasons.append(
            "the Review LO was not raised from an Arrears Review or Action Missed Payment SR"
        )
    elif is_final(parent_status):
        reasons.append(f"the SR it was raised from is {parent_status.label}")
    return GuardResult(not reasons, tuple(reasons))


def can_authorise(
    status: SrStatus,
    sub_status: str | None,
    *,
    login: str,
    is_team_leader: bool | None,
    raised_by: str | None,
) -> GuardResult:
    """Whether a user may approve or reject a Review LO (Initiate LO arrears action, steps 4-6).

    Only a team leader decides a Liability Order referral, and never on one they raised.

    Args:
        status: The Review LO's status.
        sub_status: Its sub status: it must be awaiting authorisation.
        login: Who would decide.
        is_team_leader: Whether their user record is a team leader's (None: no user record).
        raised_by: The login of whoever raised the Review LO (None: not recorded).

    Returns:
        The verdict with the reasons a user reads beside the Approve and Reject buttons.
    """
    reasons: list[str] = []
    if is_final(status):
        reasons.append(f"this Review LO is {status.label}")
    elif sub_status != SrSubStatus.AWAITING_LO_AUTHORISATION:
        reasons.append(
            "this Review LO is not awaiting authorisation: the case manager asks for it once "
            "the checklist is complete"
        )
    if is_team_leader is None:
        reasons.append(f"the login '{login}' has no user record; only a team leader can decide")
    elif not is_team_leader:
        reasons.append("only a team leader can authorise a Liability Order referral")
    if raised_by is None:
        reasons.append("who raised this Review LO is not recorded, so it cannot be decided here")
    elif raised_by == login:
        reasons.append("you raised this Review LO: another team leader must decide it")
    return GuardResult(not reasons, tuple(reasons))


#: The longest rejection reason or recommended alternative, in characters.
DECISION_TEXT_LENGTH = 4000


def rejection_errors(reason: str | None, alternative: str | None) -> dict[str, str | None]:
    """A rejection gives its reason and the arrears action recommended instead (step L12).

    Returns:
        The problem under ``reason`` and ``alternative``, None where there is none.
    """
    return {
        "reason": check_text(
            reason, required=True, max_length=DECISION_TEXT_LENGTH, label="The reason"
        ),
        "alternative": check_text(
            alternative,
            required=True,
            max_length=DECISION_TEXT_LENGTH,
            label="The recommended alternative",
        ),
    }
