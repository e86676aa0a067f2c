"""Shared fixtures: a real database per test (SQLite file, and PostgreSQL when a URL is given)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# Qt must run headless in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from enforcement_desktop.services.base import ServiceContext  # noqa: E402
from enforcement_desktop.storage.db import Database  # noqa: E402

PG_URL_ENV = "ENFORCEMENT_TEST_PG_URL"
#: The fixed "now" of the service tests: Monday 23 November 2026, 09:30 UTC.
FIXED_NOW = datetime(2026, 11, 23, 9, 30)


_PG_DATABASE: str | None = None


def _postgres_database() -> Iterator[str]:
    """One migrated database per run; every test starts from empty tables (fast, isolated)."""
    global _PG_DATABASE
    from sqlalchemy import create_engine, text

    from enforcement_desktop.storage.models import Base

    admin_url = os.environ[PG_URL_ENV]
    base, _, _ = admin_url.rpartition("/")
    if _PG_DATABASE is None:
        admin = create_engine(
            admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
            isolation_level="AUTOCOMMIT",
        )
        name = f"t_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        _PG_DATABASE = f"{base}/{name}"
    database = Database(_PG_DATABASE)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    database.dispose()
    yield _PG_DATABASE


@pytest.fixture(scope="session", autouse=True)
def _log_folder_of_the_tests(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Code that sets up the log file (run_gui, the CLI) never writes to the real user's."""
    from enforcement_desktop.logs import LOG_DIR_ENV

    before = os.environ.get(LOG_DIR_ENV)
    os.environ[LOG_DIR_ENV] = str(tmp_path_factory.mktemp("logs"))
    yield
    if before is None:
        del os.environ[LOG_DIR_ENV]
    else:
        os.environ[LOG_DIR_ENV] = before


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh database URL: SQLite always; PostgreSQL when ENFORCEMENT_TEST_PG_URL is set."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    if not os.environ.get(PG_URL_ENV):
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    yield from _postgres_database()


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    """SQLite only, for tests about files (backup, demo) rather than the SQL dialect."""
    database = Database(f"sqlite:///{tmp_path / 'test.sqlite3'}")
    yield database
    database.dispose()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    """The services on a fresh database whose regions list holds the tests' regions."""
    from tests.regions import seed_test_regions

    return seed_test_regions(ServiceContext(db=db, user="test.user", clock=lambda: FIXED_NOW))
