"""Database failures reach services, the GUI and the CLI as one typed error, DatabaseUnavailable.

The transaction is rolled back first, so nothing of the change is saved; the message is a sentence
without SQL, parameters or password; ``retryable`` says whether trying again may work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.exc import IntegrityError

from enforcement_desktop.domain.enums import CourtKind
from enforcement_desktop.domain.errors import DatabaseUnavailable
from enforcement_desktop.storage.db import Database, sqlite_url
from tests.storage.throwaway import postgres_databases

#: A name only the attempted change carries: it must not reach the message.
NAME = "Sensitive Name County Court"


def _court(name: str = "Demoton County Court") -> Any:
    from enforcement_desktop.storage.models import Court

    return Court(name=name, kind=CourtKind.COUNTY, charging_order_de_minimis=Decimal("1000.00"))


def _courts(db: Database) -> list[str]:
    from enforcement_desktop.storage.models import Court

    with db.unit_of_work() as session:
        return sorted(session.scalars(select(Court.name)))


def _assert_plain(message: str) -> None:
    for leak in (NAME, "INSERT", "SELECT", "[SQL", "parameters", "sqlite3.", "psycopg."):
        assert leak not in message, message


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def quick(path: Path) -> Iterator[Database]:
    """SQLite giving up on a lock after 0.2 s rather than the usual 5."""
    db = Database(sqlite_url(path), connect_args={"timeout": 0.2})
    with db.unit_of_work() as session:
        session.add(_court())
    yield db
    db.dispose()


def test_locked_sqlite_is_retryable_and_saves_nothing(quick: Database, path: Path) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseUnavailable) as caught, quick.unit_of_work() as session:
            session.add(_court(NAME))
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert caught.value.retryable is True
    assert "busy" in str(caught.value)
    _assert_plain(str(caught.value))
    assert _courts(quick) == ["Demoton County Court"]


def test_full_disk_is_not_retryable(path: Path) -> None:
    db = Database(sqlite_url(path))
    try:
        pages = db.engine.connect().exec_driver_sql("PRAGMA page_count").scalar()

        @event.listens_for(db.engine, "connect")
        def _no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        db.engine.dispose()
        with pytest.raises(DatabaseUnavailable) as caught, db.unit_of_work() as session:
            session.add_all(_court(f"{NAME} {n}" + "x" * 400) for n in range(200))
        assert caught.value.retryable is False
        assert "full" in str(caught.value)
        _assert_plain(str(caught.value))
    finally:
        db.dispose()


def test_unopenable_file_at_start_up(tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    with pytest.raises(DatabaseUnavailable) as caught:
        Database(sqlite_url(folder))
    assert caught.value.retryable is False
    assert "could not be opened" in str(caught.value)


def test_integrity_errors_stay_as_they_are(quick: Database) -> None:
    with pytest.raises(IntegrityError), quick.unit_of_work() as session:
        session.add(_court())


@pytest.mark.postgres
def test_postgres_connection_killed_mid_transaction() -> None:
    with postgres_databases(1) as (url,):
        db = Database(url)
        killer = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with pytest.raises(DatabaseUnavailable) as caught, db.unit_of_work() as session:
                session.add(_court(NAME))
                session.flush()
                pid = session.execute(select(func.pg_backend_pid())).scalar()
                with killer.begin() as conn:
                    conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
                session.add(_court(NAME + " 2"))
            assert caught.value.retryable is True
            assert "connection" in str(caught.value)
            _assert_plain(str(caught.value))
            # Nothing was saved, and the next transaction works on a new connection.
            assert _courts(db) == []
        finally:
            killer.dispose()
            db.dispose()


def test_postgres_server_not_answering_at_start_up() -> None:
    with pytest.raises(DatabaseUnavailable) as caught:
        Database("postgresql://u:S3cretPw@127.0.0.1:1/x")
    assert caught.value.retryable is True
    assert "S3cretPw" not in str(caught.value)
    assert "could not be reached" in str(caught.value)
