"""The Bailiff Proceed Date given when a whole pack is recorded as sent (Bailiff procedure,
step 17): saved on every SR, required when the form gives it, never after the date sent."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from enforcement_desktop import demo
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services import bailiff
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW

PREPARED = "121000000008"  # showcase: three Bailiff SRs validated, pack not built
TODAY = FIXED_NOW.date()
COMPANY = "Example Enforcement Agents Ltd"


@pytest.fixture
def packed(ctx: ServiceContext, tmp_path: Path) -> list[int]:
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)
    return list(bailiff.build_bailiff_pack(ctx, PREPARED, tmp_path).sr_ids)


def unsent(ctx: ServiceContext, sr_ids: list[int]) -> bool:
    forms = [srs.get_service_request(ctx, sr_id).enforce_form for sr_id in sr_ids]
    return all(f is not None and f.values.bailiff_issue_date is None for f in forms)


def test_the_proceed_date_given_is_saved_on_every_sr(
    ctx: ServiceContext, packed: list[int]
) -> None:
    decided = TODAY - timedelta(days=4)  # the pack was built today: sent today
    sent = TODAY
    done = bailiff.record_pack_sent(ctx, packed, COMPANY, sent, proceed_date=decided)
    for sr in done:
        assert sr.enforce_form is not None
        values = sr.enforce_form.values
        assert (values.bailiff_proceed_date, values.bailiff_issue_date) == (decided, sent)


def test_a_proceed_date_after_the_date_sent_is_refused_beside_it(
    ctx: ServiceContext, packed: list[int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(
            ctx, packed, COMPANY, TODAY - timedelta(days=1), proceed_date=TODAY
        )
    assert set(caught.value.errors) == {"proceed_date"}
    assert "cannot be after the date sent" in caught.value.errors["proceed_date"]
    assert unsent(ctx, packed)
    # The same day is allowed: decided and sent on one day.
    bailiff.record_pack_sent(ctx, packed, COMPANY, TODAY, proceed_date=TODAY)


def test_a_missing_or_future_proceed_date_is_refused(
    ctx: ServiceContext, packed: list[int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(ctx, packed, COMPANY, TODAY, proceed_date=None)
    assert caught.value.errors == {"proceed_date": "Bailiff Proceed Date: Date is required"}
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(
            ctx, packed, COMPANY, TODAY, proceed_date=TODAY + timedelta(days=1)
        )
    assert "Cannot be in the future" in caught.value.errors["proceed_date"]
    assert unsent(ctx, packed)
