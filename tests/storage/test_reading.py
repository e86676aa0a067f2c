"""Reads for a screen: on PostgreSQL no BEGIN or COMMIT round trips; writes keep a transaction."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from enforcement_desktop.storage.db import Database
from tests.conftest import PG_URL_ENV

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg() -> Iterator[Database]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    database = Database(url)
    yield database
    database.dispose()


QUERY = text("SELECT now()")
PAUSE = text("SELECT pg_sleep(0.02)")


def test_a_read_runs_each_statement_on_its_own(pg: Database) -> None:
    # now() is the start of the transaction: it moves only when no transaction spans both.
    with pg.reading() as session:
        first = session.execute(QUERY).scalar_one()
        session.execute(PAUSE)
        second = session.execute(QUERY).scalar_one()
    assert second > first


def test_a_unit_of_work_is_one_transaction(pg: Database) -> None:
    with pg.unit_of_work() as session:
        first = session.execute(QUERY).scalar_one()
        session.execute(PAUSE)
        second = session.execute(QUERY).scalar_one()
    assert second == first
