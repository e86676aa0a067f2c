"""Storage fixtures: databases nobody has opened yet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from enforcement_desktop.storage.db import sqlite_url
from tests.storage.throwaway import postgres_databases


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database nobody has opened: an SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "new.sqlite3")
        return
    with postgres_databases(1) as (url,):
        yield url
