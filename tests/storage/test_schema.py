"""Storage: migrations match the models, SQLite is tuned, locks and audit behave."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.exc import StaleDataError

from enforcement_desktop.domain.enums import ContactRole, CourtKind
from enforcement_desktop.storage.db import Database, current_revision, head_revision
from enforcement_desktop.storage.models import AuditEvent, Base, Contact, Court


def _contact(**kw: object) -> Contact:
    values: dict[str, object] = dict(
        role=ContactRole.PAYING_PARENT,
        first_name="Pat",
        last_name="Testington",
        surname_key="testington",
        name_key="pat testington",
        scin="121000000777",
    )
    values.update(kw)
    return Contact(**values)


def schema_differences(engine: Engine) -> list[object]:
    """What the database's schema lacks or has more than the models (empty when they agree)."""
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_migrations_reach_head_and_match_the_models(db: Database) -> None:
    assert current_revision(db.engine) == head_revision(db.engine)
    diff = schema_differences(db.engine)
    assert diff == [], f"models and migrations disagree: add a migration for {diff}"


def test_upgrade_twice_is_harmless(db_url: str) -> None:
    Database(db_url).dispose()
    again = Database(db_url)
    assert current_revision(again.engine) == head_revision(again.engine)
    again.dispose()


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_foreign_keys_enforced(db: Database) -> None:
    from enforcement_desktop.storage.models import Vehicle

    with pytest.raises(IntegrityError), db.unit_of_work() as s:
        s.add(Vehicle(contact_id=9999, registration="AB12CDE"))


def test_money_round_trips_as_decimal(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(
            Court(
                name="Demoton County Court",
                kind=CourtKind.COUNTY,
                charging_order_de_minimis=Decimal("612.35"),
            )
        )
    with db.unit_of_work() as s:
        court = s.query(Court).one()
        assert court.charging_order_de_minimis == Decimal("612.35")
        assert isinstance(court.charging_order_de_minimis, Decimal)


def test_version_counter_detects_a_concurrent_write(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(_contact())
    first, second = db.sessions(), db.sessions()
    try:
        a = first.query(Contact).one()
        b = second.query(Contact).one()
        a.phone = "01632 960001"
        first.commit()
        assert a.version == 2
        b.phone = "01632 960002"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_audit_is_append_only(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(
            AuditEvent(
                at=datetime(2026, 11, 23, 9, 0),
                user="u",
                action="create",
                entity="contact",
                entity_id=1,
            )
        )
    with pytest.raises(RuntimeError, match="append-only"), db.unit_of_work() as s:
        s.query(AuditEvent).one().user = "someone else"
    with pytest.raises(RuntimeError, match="append-only"), db.unit_of_work() as s:
        s.delete(s.query(AuditEvent).one())


def test_dates_round_trip(db: Database) -> None:
    with db.unit_of_work() as s:
        s.add(_contact(date_of_birth=date(1984, 2, 29)))
    with db.unit_of_work() as s:
        assert s.query(Contact).one().date_of_birth == date(1984, 2, 29)


def test_head_from_file_names_matches_alembic(sqlite_db: Database) -> None:
    """Start-up skips Alembic by reading the head from NNNN_ file names: they must agree."""
    from enforcement_desktop.storage.db import _newest_file_revision

    assert _newest_file_revision() == head_revision(sqlite_db.engine)


def test_an_in_memory_database_keeps_its_migrated_schema() -> None:
    """The migration's connection goes back to the pool: for memory it is the database."""
    db = Database("sqlite://")
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    finally:
        db.dispose()
