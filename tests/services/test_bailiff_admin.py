"""What the whole-pack "record as sent" dialog and the batch preview read (issue 13 item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop import demo
from enforcement_desktop.services import bailiff, bailiff_admin
from enforcement_desktop.services.base import ServiceContext
from tests.conftest import FIXED_NOW

TODAY = FIXED_NOW.date()
PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built


@pytest.fixture
def showcase(ctx: ServiceContext) -> None:
    demo.build_demo(ctx.db, today=TODAY, cases=len(demo.SHOWCASE), user=ctx.user)


def test_the_pack_sent_screen_lists_the_built_unsent_srs_in_priority(
    ctx: ServiceContext, showcase: None, tmp_path: Path
) -> None:
    assert bailiff_admin.pack_sent_screen(ctx, PREPARED).rows == ()
    outcome = bailiff.build_bailiff_pack(ctx, PREPARED, tmp_path)
    screen = bailiff_admin.pack_sent_screen(ctx, PREPARED)
    assert [r.sr_id for r in screen.rows] == list(outcome.sr_ids)
    assert all(r.pack_prepared_on == TODAY for r in screen.rows)
    assert all(r.reference and r.current_balance for r in screen.rows)
    # Only the SRs asked for, when given.
    first = outcome.sr_ids[0]
    assert [r.sr_id for r in bailiff_admin.pack_sent_screen(ctx, PREPARED, [first]).rows] == [first]
    # Companies already used by the demo's referrals, each once, alphabetically.
    assert screen.companies == tuple(sorted(set(screen.companies), key=str.casefold))
    assert screen.companies

    bailiff.record_pack_sent(ctx, list(outcome.sr_ids), "Acme Agents", TODAY)
    assert bailiff_admin.pack_sent_screen(ctx, PREPARED).rows == ()
    assert "Acme Agents" in bailiff_admin.bailiff_companies(ctx)


def test_the_batch_preview_names_each_client_and_what_stops_one(
    ctx: ServiceContext, showcase: None, tmp_path: Path
) -> None:
    (client,) = bailiff_admin.batch_preview(ctx, ctx.user)
    assert (client.scin, client.region, client.lo_count, client.stop) == (
        PREPARED,
        "Midlands",
        3,
        None,
    )
    assert client.name and client.will_build
    bailiff.build_bailiff_pack(ctx, PREPARED, tmp_path)
    (client,) = bailiff_admin.batch_preview(ctx, ctx.user)
    assert client.stop is not None and client.stop.startswith("pack already built on 23/11/2026")
    assert bailiff_admin.batch_preview(ctx, "someone.else") == []
