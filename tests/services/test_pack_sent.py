"""Recording a whole pack as sent in one go (issue 13 item 8): one company, one date, every SR."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import SrStatus
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import bailiff
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW

PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built
TODAY = FIXED_NOW.date()
COMPANY = "Example Enforcement Agents Ltd"


@pytest.fixture
def packed(ctx: ServiceContext, tmp_path: Path) -> list[int]:
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)
    return list(bailiff.build_bailiff_pack(ctx, PREPARED, tmp_path).sr_ids)


def test_every_sr_of_the_pack_is_recorded_sent(ctx: ServiceContext, packed: list[int]) -> None:
    done = bailiff.record_pack_sent(ctx, packed, f"  {COMPANY} ", TODAY)
    assert [sr.id for sr in done] == packed
    for sr in done:
        assert sr.enforce_form is not None
        form = sr.enforce_form.values
        assert (form.bailiff_company, form.bailiff_issue_date) == (COMPANY, TODAY)
        assert form.bailiff_proceed_date == form.pack_prepared_on == TODAY
        assert (sr.status, sr.wait_until) == (SrStatus.WAIT, date(2027, 2, 21))


def test_one_sr_refused_records_none(ctx: ServiceContext, packed: list[int]) -> None:
    first = srs.get_service_request(ctx, packed[0])
    bailiff.record_sent(
        ctx, first.id, first.version, proceed_date=TODAY, issue_date=TODAY, company=COMPANY
    )
    with pytest.raises(RuleViolation, match=f"Bailiff SR {packed[0]} was already recorded"):
        bailiff.record_pack_sent(ctx, packed, COMPANY, TODAY)
    for sr_id in packed[1:]:
        form = srs.get_service_request(ctx, sr_id).enforce_form
        assert form is not None and form.values.bailiff_issue_date is None


def test_the_company_and_date_are_checked_once(ctx: ServiceContext, packed: list[int]) -> None:
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(ctx, packed, " ", TODAY + timedelta(days=1))
    assert set(caught.value.errors) == {"company", "issue_date"}
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(ctx, [], COMPANY, TODAY)
    assert "at least one" in caught.value.errors["sr_ids"]
    with pytest.raises(ValidationError) as caught:
        bailiff.record_pack_sent(ctx, packed, COMPANY, TODAY - timedelta(days=1))
    assert caught.value.errors["issue_date"].startswith(f"Bailiff SR {packed[0]}: ")
