"""The regions the tests' cases name: a fresh database lists none until a team leader adds them
(issue 12 item 11), so each test database gets these first, as the demo gets its own."""

from __future__ import annotations

from sqlalchemy import insert, select

from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import Region

#: Every region a test case names (the demo's regions, and "East Midlands").
TEST_REGIONS = (
    "East Midlands",
    "London and South East",
    "Midlands",
    "North East",
    "North West",
    "Northern Ireland",
    "Scotland",
    "South West",
    "Wales",
    "Yorkshire",
)


def seed_test_regions(ctx: ServiceContext) -> ServiceContext:
    """List :data:`TEST_REGIONS` in the context's database (set-up: no audit event)."""
    with ctx.db.unit_of_work() as session:
        listed = set(session.scalars(select(Region.name)))
        wanted = [name for name in TEST_REGIONS if name not in listed]
        if wanted:
            session.execute(insert(Region), [{"name": n, "version": 1} for n in wanted])
    return ctx
