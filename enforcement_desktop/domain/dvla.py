"""The DVLA request: CMEL9235 to the regional CSA SPOC, who completes VQ615 for the DVLA.

Enforcement Action – Consider, step 9: "DVLA - Complete form CMEL9235 to raise a query with the
regional CSA SPOC, who will complete form VQ615 and submit it to the DVLA" (seed 000, line ~103),
and "VQ615 We need your help to trace someone" (seed 000, ~219-236): the requester's contact
details, the data protection registration number and its expiry date, the case reference, the
paying parent's full name, the vehicle details and registration number, the reason for the
request and the legislation under which the information is requested; make and model "Not Known"
when unknown.

Pure rules, each returning the sentences that explain a refusal (none when there is none).
No clock: ``today`` is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from enforcement_desktop.domain.values import format_date

#: Where the procedure asks for the DVLA request.
_STEP_9 = "Enforcement Action – Consider, step 9"

#: The longest data protection registration number and legislation text kept.
REGISTRATION_LENGTH = 40
LEGISLATION_LENGTH = 1000


@dataclass(frozen=True, slots=True)
class DvlaOfficeSettings:
    """What the office quotes on every VQ615; team leaders set it (``policy set``).

    Attributes:
        registration_number: The office's data protection registration number (None: not set).
        registration_expires: When that registration expires (None: not set).
        legislation: The legislation under which the information is requested, as the office
            quotes it (None: not set).
    """

    registration_number: str | None = None
    registration_expires: date | None = None
    legislation: str | None = None


def vq615_settings_problems(settings: DvlaOfficeSettings, today: date) -> list[str]:
    """What stops a VQ615 being filled in from the office settings (empty when nothing does).

    Args:
        settings: The office's settings as recorded.
        today: The day the form would be dated.

    Returns:
        One sentence per problem, each saying what a team leader must set.
    """
    problems = []
    if not (settings.registration_number or "").strip() or settings.registration_expires is None:
        problems.append(
            "the office's data protection registration number and its expiry date are not "
            "recorded: a team leader sets them (policy set dp-registration NUMBER --expires DATE)"
        )
    elif settings.registration_expires < today:
        problems.append(
            "the office's data protection registration expired on "
            f"{format_date(settings.registration_expires)}: a team leader records the renewed "
            "one (policy set dp-registration NUMBER --expires DATE)"
        )
    if not (settings.legislation or "").strip():
        problems.append(
            "the legislation the office quotes for a DVLA request is not recorded: a team leader "
            "sets it (policy set dvla-legislation TEXT)"
        )
    return problems


def dvla_letter_refusal(criminal_action_considered: bool) -> str | None:
    """Why CMEL9235 / VQ615 may not be sent from an SR (None when they may).

    The DVLA is asked only when criminal action is being considered, as its online check is
    (Enforcement Action – Consider, step 7).
    """
    if criminal_action_considered:
        return None
    return (
        "The DVLA is asked only when criminal action is being considered (Enforcement Action – "
        "Consider, steps 7 and 9); this SR records no evidence of criminal activity"
    )


#: Why a VQ615 cannot be sent without a vehicle, and what to do.
NO_VEHICLE = (
    "VQ615 asks the DVLA about a vehicle, and no vehicle is recorded for the paying parent: add "
    "its registration on the Contact view's Vehicles tab (make and model may stay Not Known)"
)


def registration_problem(number: str | None) -> str | None:
    """Why ``number`` cannot be recorded as the data protection registration number."""
    text = (number or "").strip()
    if not text:
        return "Give the office's data protection registration number"
    if len(text) > REGISTRATION_LENGTH:
        return f"At most {REGISTRATION_LENGTH} characters"
    return None


def registration_expiry_problem(expires: date | None, today: date) -> str | None:
    """Why ``expires`` cannot be recorded as the registration's expiry date."""
    if expires is None:
        return "Give the date the registration expires"
    if expires < today:
        return f"The registration expired on {format_date(expires)}: record the renewed one"
    return None


def legislation_problem(text: str | None) -> str | None:
    """Why ``text`` cannot be recorded as the legislation quoted on a VQ615."""
    value = (text or "").strip()
    if not value:
        return "Give the legislation under which the DVLA is asked for the information"
    if len(value) > LEGISLATION_LENGTH:
        return f"At most {LEGISLATION_LENGTH} characters"
    return None


__all__ = [
    "NO_VEHICLE",
    "DvlaOfficeSettings",
    "dvla_letter_refusal",
    "legislation_problem",
    "registration_expiry_problem",
    "registration_problem",
    "vq615_settings_problems",
]
