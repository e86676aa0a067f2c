"""Packs built from the GUI (here the batch of all ready clients) are audited like any other."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop import demo
from enforcement_desktop.gui.bailiff_batch import BatchPackRunner, BatchReport
from enforcement_desktop.gui.operations import Operation, runner_for
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent
from tests.conftest import FIXED_NOW

pytestmark = pytest.mark.gui


def test_batch_records_each_zip_with_its_hash(ctx: ServiceContext, tmp_path: Path) -> None:
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    batch = BatchPackRunner(ctx, tmp_path / "batch")
    reports: list[BatchReport] = []
    # The batch is an operation's work: it reaches the database only through the runner.
    runner_for(ctx).run(Operation(batch, lambda _ctx: batch.run(), reports.append))
    (report,) = reports
    assert report.written
    with ctx.db.unit_of_work() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "pack")).all()
        recorded = sorted((e.user, e.new_value) for e in events)
    expected = sorted(
        ("test.user", f"{path.name}; SHA-256 {hashlib.sha256(path.read_bytes()).hexdigest()}")
        for _scin, path in report.written
    )
    assert recorded == expected
