"""Throwaway databases for tests that change what the shared test database must keep as it is
(its revision) or that need a database nobody has opened yet."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import PG_URL_ENV


@contextmanager
def postgres_databases(count: int) -> Iterator[list[str]]:
    """``count`` new, empty PostgreSQL databases (skips without a server), dropped afterwards."""
    admin_url = os.environ.get(PG_URL_ENV)
    if not admin_url:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    base = admin_url.rpartition("/")[0]
    names = [f"t_new_{uuid.uuid4().hex[:12]}" for _ in range(count)]
    admin = create_engine(
        admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield [f"{base}/{name}" for name in names]
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
