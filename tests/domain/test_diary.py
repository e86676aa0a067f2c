"""The procedure reminders and the quiet-work verdicts, worked out from plain facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.diary import (
    CaseReminderFacts,
    ReminderKind,
    SrReminderFacts,
    case_is_quiet,
    is_overdue,
    parse_key,
    procedure_reminders,
    reminder_key,
    sr_is_quiet,
)
from enforcement_desktop.domain.enums import DeoDesire, SrStatus, SrSubStatus

ISSUED = date(2026, 9, 1)


def _bailiff(**changes: object) -> SrReminderFacts:
    values: dict[str, object] = {
        "sr_id": 7,
        "status": SrStatus.WAIT,
        "sub_status": SrSubStatus.AWAITING_BAILIFF,
        "wait_until": date(2026, 11, 30),
        "bailiff_issue_date": ISSUED,
    }
    values.update(changes)
    return SrReminderFacts(**values)  # type: ignore[arg-type]


def test_the_bailiff_wait_ends_after_90_days() -> None:
    (reminder,) = procedure_reminders([_bailiff()])

    assert reminder.kind is ReminderKind.BAILIFF_WAIT
    assert reminder.due_on == date(2026, 11, 30)
    assert reminder.key == "bailiff_wait:7:2026-11-30"
    assert "Bailiff procedure, step 20" in reminder.what
    assert reminder.explanation == (
        "90 days after the bailiff pack was sent on 01/09/2026: 30/11/2026"
    )


def test_a_changed_date_changes_the_key() -> None:
    (before,) = procedure_reminders([_bailiff()])
    (after,) = procedure_reminders([_bailiff(wait_until=date(2026, 12, 14))])

    assert before.key != after.key
    assert after.explanation == "The SR waits for the bailiff until 14/12/2026"


def test_a_hold_ends_on_its_last_day() -> None:
    (reminder,) = procedure_reminders(
        [
            _bailiff(
                sub_status=SrSubStatus.ON_HOLD,
                wait_until=date(2026, 12, 10),
                on_hold_until=date(2026, 12, 10),
            )
        ]
    )

    assert reminder.kind is ReminderKind.HOLD_END
    assert reminder.due_on == date(2026, 12, 10)
    assert "step 21" in reminder.what
    assert "at most 28 days" in reminder.explanation


def test_an_arrears_agreement_is_checked_7_days_after_its_final_payment() -> None:
    (reminder,) = procedure_reminders(
        [
            _bailiff(
                wait_until=date(2027, 3, 8),
                agreement_final_payment_due=date(2027, 3, 1),
            )
        ]
    )

    assert reminder.kind is ReminderKind.AGREEMENT_WAIT
    assert reminder.explanation == "7 days after the final payment due on 01/03/2027: 08/03/2027"


def test_an_arrears_notice_reply_is_due_after_7_days() -> None:
    (reminder,) = procedure_reminders(
        [
            SrReminderFacts(
                3, SrStatus.WAIT, SrSubStatus.WAIT_STATE_ARREARS_NOTICE, date(2026, 11, 20)
            )
        ]
    )

    assert reminder.kind is ReminderKind.ARREARS_NOTICE
    assert "Arrears – Consider Action, step 5" in reminder.what


def test_any_other_wait_date_is_a_reminder_too() -> None:
    (reminder,) = procedure_reminders(
        [SrReminderFacts(4, SrStatus.WAIT, "Gather Additional Info", date(2026, 12, 1))]
    )

    assert reminder.kind is ReminderKind.WAIT_END
    assert "(Gather Additional Info)" in reminder.what


def test_an_sr_not_waiting_has_no_procedure_reminder() -> None:
    assert procedure_reminders([_bailiff(status=SrStatus.IN_PROGRESS)]) == []
    assert procedure_reminders([_bailiff(status=SrStatus.CLOSED)]) == []
    assert procedure_reminders([_bailiff(wait_until=None)]) == []


def test_the_deo_desire_flag_asks_for_a_reminder_6_weeks_later() -> None:
    (reminder,) = procedure_reminders(
        [], [CaseReminderFacts(11, DeoDesire.MANDATORY, date(2026, 10, 1))]
    )

    assert reminder.kind is ReminderKind.DEO_DESIRE
    assert reminder.record_id == 11
    assert reminder.due_on == date(2026, 11, 12)
    assert "Initiate DEO arrears action, step 2" in reminder.what
    assert reminder.explanation.startswith("Mandatory flag: 6 weeks after the flag was set on")


def test_no_flag_no_reminder() -> None:
    assert procedure_reminders([], [CaseReminderFacts(11, DeoDesire.NONE, date(2026, 10, 1))]) == []
    assert procedure_reminders([], [CaseReminderFacts(11, DeoDesire.MANDATORY, None)]) == []


def test_reminders_come_latest_due_first() -> None:
    found = procedure_reminders(
        [_bailiff(sr_id=1, wait_until=date(2026, 11, 1)), _bailiff(sr_id=2)],
        [CaseReminderFacts(5, DeoDesire.SELF_SELECTED, date(2026, 10, 1))],
    )

    assert [r.due_on for r in found] == sorted((r.due_on for r in found), reverse=True)


def test_keys_round_trip_and_fit_their_column() -> None:
    key = reminder_key(ReminderKind.ARREARS_NOTICE, 999_999_999_999, date(2099, 12, 31))

    assert len(key) <= 40
    assert parse_key(key) == (ReminderKind.ARREARS_NOTICE, 999_999_999_999, date(2099, 12, 31))
    assert parse_key("manual") is None
    assert parse_key("nonsense:1:2026-01-01") is None


def test_overdue_from_the_day_after() -> None:
    today = date(2026, 11, 23)
    assert not is_overdue(today, today)
    assert is_overdue(date(2026, 11, 22), today)


def test_a_case_with_arrears_and_no_open_sr_is_quiet() -> None:
    verdict = case_is_quiet(Decimal("2400.00"), 0)

    assert verdict is not None
    assert verdict.text == "Arrears of £2,400.00; no open service request on the case"
    assert case_is_quiet(Decimal("2400.00"), 1) is None
    assert case_is_quiet(Decimal("0.00"), 0) is None


def test_an_sr_that_asks_nobody_to_act_is_quiet() -> None:
    verdict = sr_is_quiet(SrStatus.IN_PROGRESS, pending_steps=0, wait_until=None, open_reminders=0)

    assert verdict is not None
    assert "no pending plan step" in verdict.reasons
    for busy in (
        sr_is_quiet(SrStatus.IN_PROGRESS, pending_steps=1, wait_until=None, open_reminders=0),
        sr_is_quiet(SrStatus.WAIT, pending_steps=0, wait_until=date(2027, 1, 1), open_reminders=0),
        sr_is_quiet(SrStatus.OPEN, pending_steps=0, wait_until=None, open_reminders=1),
        sr_is_quiet(SrStatus.CLOSED, pending_steps=0, wait_until=None, open_reminders=0),
    ):
        assert busy is None
