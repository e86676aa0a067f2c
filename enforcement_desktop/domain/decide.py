"""Decide On Enforcement Action (seed 000): the sources log, the criminal branch and the decision.

Pure rules, each answering with the problem under the field it concerns (None where there is
none) or a :class:`~enforcement_desktop.domain.workflows.GuardResult` with reasons:

- step 7: which information sources are checked online, DVLA only when criminal action is being
  considered, and "Assess Online Information" Done only once every source has an entry (a nil
  result included);
- steps 2-6: the offence and the subject of a criminal referral, and "Continue Data Gathering =
  No" only after the criminal referral is raised;
- steps 14-17: the chosen powers against the verdicts of :func:`rules.enforcement_options`, the
  welfare-of-the-child statement, which powers may run in parallel, and the snapshot of every
  verdict kept with the decision (JSON and its SHA-256) so the decision can be reconstructed.

No clock: ``today`` is passed in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from enforcement_desktop.domain.enums import (
    ContactRole,
    CriminalOffence,
    InformationSource,
    Power,
    SourceResult,
)
from enforcement_desktop.domain.rules import LAST_RESORT_POWERS, PowerOption
from enforcement_desktop.domain.values import check_past_date, check_text, format_date
from enforcement_desktop.domain.workflows import GuardResult

__all__ = [
    "ONLINE_SOURCES",
    "SNAPSHOT_VERSION",
    "SUBJECT_ROLES",
    "WELFARE_STATEMENT_LENGTH",
    "DecisionSnapshot",
    "assess_online_information",
    "continue_data_gathering_errors",
    "criminal_action_errors",
    "decision_errors",
    "missing_sources",
    "parallel_conflicts",
    "required_sources",
    "source_entry_errors",
    "verdict_snapshot",
]

#: The online searches of step 7, in the procedure's order. Third parties and the receiving
#: parent are asked by letter (steps 9-11), so they are logged when asked, never required here.
ONLINE_SOURCES: tuple[InformationSource, ...] = (
    InformationSource.CIS,
    InformationSource.CREDIT_REFERENCE_AGENCY,
    InformationSource.COMPANIES_HOUSE,
    InformationSource.LAND_REGISTRY,
    InformationSource.DVLA,
    InformationSource.HMRC,
    InformationSource.INSOLVENCY_REGISTER,
)

#: Who a criminal referral may be raised on (seed 000: "paying parent, receiving parent, third
#: party or employer"; the SR's subject decides where the referral goes).
SUBJECT_ROLES: tuple[ContactRole, ...] = (
    ContactRole.PAYING_PARENT,
    ContactRole.RECEIVING_PARENT,
    ContactRole.THIRD_PARTY,
    ContactRole.EMPLOYER,
)

#: The longest welfare-of-the-child statement or source note, in characters.
WELFARE_STATEMENT_LENGTH = 4000
_NOTE_LENGTH = 2000

_DVLA_CIVIL = (
    "DVLA is checked only when criminal action is being considered (Enforcement Action – "
    "Consider, step 7); this SR records no evidence of criminal activity"
)


def required_sources(criminal: bool) -> tuple[InformationSource, ...]:
    """The sources "Assess Online Information" needs an entry for.

    Args:
        criminal: Whether "Any Evidence Of Criminal Activity" is Yes on the SR.

    Returns:
        The step 7 sources; DVLA only for criminal action.
    """
    return tuple(s for s in ONLINE_SOURCES if criminal or s is not InformationSource.DVLA)


def missing_sources(
    logged: Iterable[InformationSource], criminal: bool
) -> tuple[InformationSource, ...]:
    """The required sources with no entry in the log yet, in the procedure's order."""
    have = set(logged)
    return tuple(s for s in required_sources(criminal) if s not in have)


def assess_online_information(logged: Iterable[InformationSource], criminal: bool) -> GuardResult:
    """Whether "Assess Online Information" may be marked Done (step 7).

    Args:
        logged: The sources with an entry in the SR's log (nil results count).
        criminal: Whether criminal action is being considered.

    Returns:
        The verdict, naming each source still to check.
    """
    missing = missing_sources(logged, criminal)
    if not missing:
        return GuardResult(True)
    names = ", ".join(s.label for s in missing)
    return GuardResult(
        False,
        (
            f"No entry yet for {names}: log each source checked, a nil result included "
            "(Enforcement Action – Consider, step 7)",
        ),
    )


def source_entry_errors(
    source: InformationSource | None,
    result: SourceResult | None,
    checked_on: date | None,
    note: str | None,
    *,
    today: date,
    criminal: bool,
) -> dict[str, str | None]:
    """What is wrong with an entry of the sources log, by field.

    Args:
        source: The source checked.
        result: Found, nothing found or not applicable.
        checked_on: When it was checked (not in the future).
        note: What was found, or why nothing was (optional).
        today: The day of the entry.
        criminal: Whether criminal action is being considered on the SR (DVLA needs it).

    Returns:
        The problem under ``source``, ``result``, ``checked_on`` and ``note``.
    """
    source_problem: str | None = None
    if source is None:
        source_problem = "Choose the source checked"
    elif source is InformationSource.DVLA and not criminal:
        source_problem = _DVLA_CIVIL
    return {
        "source": source_problem,
        "result": "Choose what the check found" if result is None else None,
        "checked_on": check_past_date(checked_on, today, required=True),
        "note": check_text(note, max_length=_NOTE_LENGTH, label="The note"),
    }


# --- the criminal branch (steps 2-6) ---------------------------------------------------------


def criminal_action_errors(
    evidence: bool | None,
    offence: CriminalOffence | None,
    subject_role: ContactRole | None,
    *,
    subject_on_case: bool,
    open_criminal_sr: int | None,
) -> dict[str, str | None]:
    """Whether a criminal referral may be raised from a Decide SR (steps 3-4), by field.

    Args:
        evidence: "Any Evidence Of Criminal Activity" on the SR.
        offence: The offence chosen (one of the five).
        subject_role: The role of the contact the child SR is raised on (None: none chosen).
        subject_on_case: Whether that contact belongs to the SR's case (its paying parent, a
            receiving parent, or a third party or employer recorded for the paying parent).
        open_criminal_sr: An open criminal SR already raised from this SR, if any.

    Returns:
        The problem under ``evidence_of_criminal_activity``, ``criminal_offence`` and
        ``subject_contact_id``.
    """
    evidence_problem: str | None = None
    if evidence is not True:
        evidence_problem = (
            "Record Yes in 'Any Evidence Of Criminal Activity' first (Enforcement Action – "
            "Consider, step 3)"
        )
    elif open_criminal_sr is not None:
        evidence_problem = f"Criminal action SR {open_criminal_sr} raised from this SR is open"
    subject_problem: str | None = None
    if subject_role is None:
        subject_problem = (
            "Choose who the criminal action is against: the SR's subject decides where the "
            "referral goes"
        )
    elif subject_role not in SUBJECT_ROLES or not subject_on_case:
        subject_problem = "Choose a contact of this case"
    return {
        "evidence_of_criminal_activity": evidence_problem,
        "criminal_offence": "Choose the offence (step 4)" if offence is None else None,
        "subject_contact_id": subject_problem,
    }


def continue_data_gathering_errors(
    evidence: bool | None, continue_gathering: bool, criminal_sr: int | None
) -> dict[str, str | None]:
    """Whether "Continue Data Gathering" may take this answer (steps 5-6).

    No closes the SR after a criminal referral, so it needs the referral raised; Yes goes on
    to gather information for civil action, with or without one.

    Returns:
        The problem under ``continue_data_gathering``.
    """
    problem: str | None = None
    if not continue_gathering:
        if evidence is not True:
            problem = (
                "No is for a case going to criminal action only; with no evidence of criminal "
                "activity continue with civil action (step 2 goes to step 6)"
            )
        elif criminal_sr is None:
            problem = "Raise the criminal action SR first (Initiate Criminal Action, step 4)"
    return {"continue_data_gathering": problem}


# --- the decision (steps 14-17) --------------------------------------------------------------

# Seed 000 step 14 asks the case manager to consider parallel or concurrent action and sends
# them to the Enforcement Overview, which is not among the procedures given. Kept here: pairs
# that cannot run together because one replaces the other or follows from its result.
_NOT_TOGETHER: tuple[tuple[Power, Power, str], ...] = (
    (
        Power.DRIVING_DISQUALIFICATION,
        Power.COMMITMENT,
        "the court makes either a disqualification order or a commitment order for the same "
        "arrears, not both: choose one",
    ),
    (
        Power.CHARGING_ORDER,
        Power.ORDER_FOR_SALE,
        "an order for sale follows a charging order once granted; it is decided after, not "
        "together",
    ),
    (
        Power.REGISTER_LO_COUNTY_COURT,
        Power.CHARGING_ORDER,
        "a charging order needs the LO registered at the county court first; decide it once the "
        "registration is made",
    ),
    (
        Power.REGISTER_LO_COUNTY_COURT,
        Power.THIRD_PARTY_DEBT_ORDER,
        "a third party debt order needs the LO registered at the county court first; decide it "
        "once the registration is made",
    ),
)


def parallel_conflicts(powers: Collection[Power]) -> list[str]:
    """The reasons the chosen powers cannot all run in parallel (empty: they can).

    Civil powers of step 14 may be chosen together; the last-resort sanctions of step 16 come
    only after every step 14 means is exhausted, so never alongside one, and a power that needs
    another's result is decided after it.
    """
    chosen = set(powers)
    problems: list[str] = []
    last_resort = [p for p in LAST_RESORT_POWERS if p in chosen]
    civil = [p for p in Power if p in chosen and p not in LAST_RESORT_POWERS]
    if last_resort and civil:
        problems.append(
            f"{' and '.join(p.label for p in last_resort)} is a last resort once every means of "
            f"step 14 is exhausted (step 16), not alongside {', '.join(p.label for p in civil)}"
        )
    for first, second, why in _NOT_TOGETHER:
        if first in chosen and second in chosen:
            problems.append(f"{first.label} and {second.label}: {why}")
    return problems


def decision_errors(
    powers: Sequence[Power], options: Sequence[PowerOption], welfare_statement: str | None
) -> dict[str, str | None]:
    """What is wrong with a decision on a Decide SR, by field (steps 14-17).

    Args:
        powers: The powers chosen (one or more, to run in parallel).
        options: Every power's verdict as the rules give it today.
        welfare_statement: The welfare-of-the-child statement recorded verbatim.

    Returns:
        The problem under ``powers`` (none chosen, a blocked power with its reasons, powers
        that cannot run together) and ``welfare_statement``.
    """
    by_power = {o.power: o for o in options}
    problems: list[str] = []
    if not powers:
        problems.append("Choose the enforcement power (step 14)")
    if len(set(powers)) != len(powers):
        problems.append("A power is chosen twice")
    for power in dict.fromkeys(powers):
        option = by_power.get(power)
        if option is None:
            problems.append(f"{power.label} has no verdict for this case")
        elif not option.allowed:
            reasons = "; ".join(option.verdict.messages)
            problems.append(f"{power.label} cannot be chosen: {reasons}")
    problems += parallel_conflicts(powers)
    statement_problem = check_text(
        welfare_statement,
        required=True,
        max_length=WELFARE_STATEMENT_LENGTH,
        label="The welfare of the child statement",
    )
    if statement_problem == "The welfare of the child statement is required":
        statement_problem = (
            "Record the welfare of the child statement: every choice of enforcement power is a "
            "discretionary decision (step 16)"
        )
    return {
        "powers": "; ".join(problems) or None,
        "welfare_statement": statement_problem,
    }


#: Bumped when the snapshot's layout changes, so old snapshots stay readable.
SNAPSHOT_VERSION = 1


@dataclass(frozen=True, slots=True)
class DecisionSnapshot:
    """Every power's verdict and reasons when the decision was made, as stored.

    Attributes:
        text: Canonical JSON (sorted keys, no spaces): the bytes the hash covers.
        sha256: Hex SHA-256 of ``text`` in UTF-8.
    """

    text: str
    sha256: str

    @staticmethod
    def of(text: str) -> DecisionSnapshot:
        """A snapshot of stored text, with its hash worked out again (to check a stored one)."""
        return DecisionSnapshot(text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def verdict_snapshot(
    options: Iterable[PowerOption], as_of: date, chosen: Collection[Power]
) -> DecisionSnapshot:
    """The verdict of every power on the day of the decision, each reason with its rule.

    Args:
        options: The result of :func:`rules.enforcement_options` for the case that day.
        as_of: The date of the verdicts.
        chosen: The powers chosen (marked in the snapshot).

    Returns:
        The snapshot: JSON text and its SHA-256.
    """
    data = {
        "version": SNAPSHOT_VERSION,
        "as_of": as_of.isoformat(),
        "as_of_uk": format_date(as_of),
        "powers": [
            {
                "power": o.power.value,
                "label": o.power.label,
                "chosen": o.power in chosen,
                "allowed": o.allowed,
                "reasons": [
                    {"rule": str(r.rule), "ok": r.ok, "message": r.message} for r in o.reasons
                ],
            }
            for o in options
        ],
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return DecisionSnapshot.of(text)
