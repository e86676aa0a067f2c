"""What a service saved can be saved again unchanged later; dates that may lie ahead are bounded."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.db import Database
from tests.conftest import FIXED_NOW
from tests.regions import seed_test_regions
from tests.services.builders import make_case

BAILIFF = ("Enforcement", "Take Enforcement Action", "Bailiff")


class Clock:
    """A clock the test moves on, as days pass between two saves."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
def moving_ctx(db: Database, clock: Clock) -> ServiceContext:
    return seed_test_regions(ServiceContext(db=db, user="test.user", clock=clock))


def test_a_form_with_a_hold_saves_again_after_the_hold_ended(
    moving_ctx: ServiceContext, clock: Clock
) -> None:
    case = make_case(moving_ctx)
    sr = srs.create_service_request(moving_ctx, case.id, *BAILIFF)
    assert sr.enforce_form is not None
    data = sr.enforce_form.values
    data.on_hold_reason = "Paying parent in hospital"
    data.on_hold_until = FIXED_NOW.date() + timedelta(days=20)
    form = srs.update_enforce_form(moving_ctx, sr.id, sr.enforce_form.version, data)

    clock.now = FIXED_NOW + timedelta(days=30)  # the hold ended ten days ago
    form.values.additional_information = "Out of hospital"
    saved = srs.update_enforce_form(moving_ctx, sr.id, form.version, form.values)
    assert saved.values.on_hold_until == data.on_hold_until

    # A hold date that changes is a new hold, which starts today.
    saved.values.on_hold_until = clock.now.date() - timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        srs.update_enforce_form(moving_ctx, sr.id, saved.version, saved.values)
    assert "must end after" in caught.value.errors["on_hold_until"]


def test_a_hold_reaching_past_28_days_from_today_is_refused_even_unchanged() -> None:
    today = date(2026, 11, 23)
    data = srs.EnforceFormInput(on_hold_reason="In hospital", on_hold_until=date(2026, 12, 22))
    errors = srs.enforce_form_errors(data, today, saved_hold=data.on_hold_until)
    assert "28 days" in (errors["on_hold_until"] or "")
    data.on_hold_until = date(2026, 12, 21)
    errors = srs.enforce_form_errors(data, today, saved_hold=data.on_hold_until)
    assert errors["on_hold_until"] is None


def test_far_future_dates_are_refused(ctx: ServiceContext) -> None:
    case = make_case(ctx)
    sr = srs.create_service_request(ctx, case.id, *BAILIFF)
    with pytest.raises(ValidationError) as caught:
        srs.change_status(ctx, sr.id, sr.version, SrStatus.WAIT, wait_until=date(9999, 12, 31))
    assert "wait_date" in caught.value.errors
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.OPEN
    assert sr.enforce_form is not None
    data = sr.enforce_form.values
    data.arrears_agreement_final_payment_due = date(9999, 12, 31)
    with pytest.raises(ValidationError) as caught:
        srs.update_enforce_form(ctx, sr.id, sr.enforce_form.version, data)
    assert "31/12/2099" in caught.value.errors["arrears_agreement_final_payment_due"]
