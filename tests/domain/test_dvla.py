"""The DVLA request's rules (Enforcement Action – Consider, step 9; "VQ615")."""

from __future__ import annotations

from datetime import date

from enforcement_desktop.domain.dvla import (
    DvlaOfficeSettings,
    dvla_letter_refusal,
    legislation_problem,
    registration_expiry_problem,
    registration_problem,
    vq615_settings_problems,
)

TODAY = date(2026, 11, 23)
COMPLETE = DvlaOfficeSettings("Z1234567", date(2027, 3, 31), "Section 14 of the CSA 1991")


def test_complete_settings_valid_until_their_expiry_day() -> None:
    assert vq615_settings_problems(COMPLETE, TODAY) == []
    on_the_day = DvlaOfficeSettings("Z1", TODAY, "An Act")
    assert vq615_settings_problems(on_the_day, TODAY) == []


def test_each_missing_or_expired_setting_is_named_with_what_to_do() -> None:
    (both,) = vq615_settings_problems(DvlaOfficeSettings(" ", None, "An Act"), TODAY)
    assert "registration number and its expiry date are not recorded" in both
    assert "policy set dp-registration" in both
    problems = vq615_settings_problems(DvlaOfficeSettings("Z1", date(2026, 11, 22), None), TODAY)
    assert len(problems) == 2
    assert "expired on 22/11/2026" in problems[0]
    assert "policy set dvla-legislation" in problems[1]


def test_dvla_only_for_criminal_action() -> None:
    assert dvla_letter_refusal(True) is None
    refusal = dvla_letter_refusal(False)
    assert refusal is not None and "criminal action is being considered" in refusal
    assert "seed" not in refusal


def test_settings_inputs() -> None:
    assert registration_problem("Z1234567") is None
    assert registration_problem("  ") is not None
    assert registration_problem("Z" * 41) == "At most 40 characters"
    assert registration_expiry_problem(TODAY, TODAY) is None
    assert registration_expiry_problem(None, TODAY) is not None
    assert "expired on 01/01/2026" in str(registration_expiry_problem(date(2026, 1, 1), TODAY))
    assert legislation_problem("Section 14") is None
    assert legislation_problem("") is not None
