"""Decide On Enforcement Action rules (seed 000 steps 2-7 and 14-17), pure."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from enforcement_desktop.domain import decide
from enforcement_desktop.domain.enums import (
    ContactRole,
    CriminalOffence,
    InformationSource,
    Power,
    SourceResult,
)
from enforcement_desktop.domain.rules import PowerOption, Reason

TODAY = date(2026, 12, 5)


def _option(power: Power, allowed: bool, message: str = "checked") -> PowerOption:
    return PowerOption(power, allowed, (Reason("de_minimis", message, allowed),))


def _options(blocked: dict[Power, str] | None = None) -> list[PowerOption]:
    blocked = blocked or {}
    return [_option(p, p not in blocked, blocked.get(p, f"{p.label} passed")) for p in Power]


def test_dvla_is_refused_for_civil_action_with_the_reason() -> None:
    errors = decide.source_entry_errors(
        InformationSource.DVLA,
        SourceResult.NOTHING_FOUND,
        TODAY,
        None,
        today=TODAY,
        criminal=False,
    )
    assert "DVLA is checked only when criminal action is being considered" in str(errors["source"])
    ok = decide.source_entry_errors(
        InformationSource.DVLA, SourceResult.FOUND, TODAY, None, today=TODAY, criminal=True
    )
    assert not any(ok.values())


def test_a_source_entry_needs_a_result_and_a_past_date() -> None:
    errors = decide.source_entry_errors(
        InformationSource.CIS, None, date(2026, 12, 6), None, today=TODAY, criminal=False
    )
    assert errors["result"] == "Choose what the check found"
    assert "Cannot be in the future" in str(errors["checked_on"])
    assert errors["source"] is None


def test_assess_online_information_names_each_missing_source() -> None:
    verdict = decide.assess_online_information(
        [InformationSource.CIS, InformationSource.HMRC], criminal=False
    )
    assert not verdict.allowed
    message = verdict.reasons[0]
    for name in ("Credit reference agency", "Companies house", "Land registry"):
        assert name in message
    assert "DVLA" not in message  # civil only: DVLA is never required
    assert "CIS" not in message.split("for", 1)[1].split(":")[0]


def test_dvla_is_required_when_criminal_action_is_considered() -> None:
    civil_complete = [s for s in decide.ONLINE_SOURCES if s is not InformationSource.DVLA]
    assert decide.assess_online_information(civil_complete, criminal=False).allowed
    criminal = decide.assess_online_information(civil_complete, criminal=True)
    assert not criminal.allowed and "DVLA" in criminal.reasons[0]
    assert decide.assess_online_information(decide.ONLINE_SOURCES, criminal=True).allowed


def test_criminal_action_needs_evidence_an_offence_and_a_subject() -> None:
    errors = decide.criminal_action_errors(
        False, None, None, subject_on_case=False, open_criminal_sr=None
    )
    assert "Any Evidence Of Criminal Activity" in str(errors["evidence_of_criminal_activity"])
    assert errors["criminal_offence"] == "Choose the offence (step 4)"
    assert "where the referral goes" in str(errors["subject_contact_id"])
    ok = decide.criminal_action_errors(
        True,
        CriminalOffence.PROVISION_OF_FALSE_INFORMATION,
        ContactRole.EMPLOYER,
        subject_on_case=True,
        open_criminal_sr=None,
    )
    assert not any(ok.values())
    again = decide.criminal_action_errors(
        True,
        CriminalOffence.FAILURE_TO_NOTIFY,
        ContactRole.PAYING_PARENT,
        subject_on_case=True,
        open_criminal_sr=14,
    )
    assert "Criminal action SR 14" in str(again["evidence_of_criminal_activity"])


def test_continue_data_gathering_no_needs_the_criminal_referral() -> None:
    assert decide.continue_data_gathering_errors(False, False, None)["continue_data_gathering"]
    assert "Raise the criminal action SR first" in str(
        decide.continue_data_gathering_errors(True, False, None)["continue_data_gathering"]
    )
    assert decide.continue_data_gathering_errors(True, False, 7) == {
        "continue_data_gathering": None
    }
    assert decide.continue_data_gathering_errors(None, True, None) == {
        "continue_data_gathering": None
    }


def test_a_blocked_power_is_refused_with_its_reasons() -> None:
    options = _options({Power.BAILIFF: "A Nulla Bona was returned on 01/10/2026"})
    errors = decide.decision_errors([Power.BAILIFF], options, "The children's welfare ...")
    assert errors["powers"] == (
        "Bailiff action cannot be chosen: A Nulla Bona was returned on 01/10/2026"
    )
    assert errors["welfare_statement"] is None


def test_the_welfare_statement_is_required() -> None:
    errors = decide.decision_errors([Power.LSDO], _options(), "   ")
    assert errors["powers"] is None
    assert "welfare of the child statement" in str(errors["welfare_statement"])
    assert decide.decision_errors([], _options(), "x")["powers"] == (
        "Choose the enforcement power (step 14)"
    )


def test_parallel_civil_powers_may_be_chosen_together() -> None:
    errors = decide.decision_errors(
        [Power.LSDO, Power.FREEZING_ORDER, Power.BAILIFF], _options(), "Statement"
    )
    assert errors == {"powers": None, "welfare_statement": None}


def test_powers_that_cannot_run_in_parallel_are_named() -> None:
    problems = decide.parallel_conflicts(
        [Power.COMMITMENT, Power.DRIVING_DISQUALIFICATION, Power.LSDO]
    )
    assert any("last resort" in p and "Lump sum deduction order" in p for p in problems)
    assert any("either a disqualification order or a commitment order" in p for p in problems)
    assert decide.parallel_conflicts([Power.CHARGING_ORDER, Power.ORDER_FOR_SALE])
    assert decide.parallel_conflicts([Power.REGISTER_LO_COUNTY_COURT, Power.LSDO]) == []


def test_the_snapshot_keeps_every_verdict_and_its_hash() -> None:
    options = _options({Power.RJOF: "Not a member of a professional body"})
    snapshot = decide.verdict_snapshot(options, TODAY, {Power.LSDO})
    assert snapshot.sha256 == hashlib.sha256(snapshot.text.encode("utf-8")).hexdigest()
    data = json.loads(snapshot.text)
    assert data["as_of"] == "2026-12-05"
    assert len(data["powers"]) == len(Power)
    rjof = next(p for p in data["powers"] if p["power"] == "rjof")
    assert rjof["allowed"] is False
    assert rjof["reasons"] == [
        {"rule": "de_minimis", "ok": False, "message": "Not a member of a professional body"}
    ]
    assert next(p for p in data["powers"] if p["power"] == "lsdo")["chosen"] is True
    # Same verdicts, same bytes: the hash can be checked again years later.
    assert decide.verdict_snapshot(options, TODAY, {Power.LSDO}) == snapshot
    assert decide.DecisionSnapshot.of(snapshot.text) == snapshot
