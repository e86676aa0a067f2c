"""The services' context: the database, who is working and the clock.

It lives apart from :mod:`enforcement_desktop.services.base` so that what opens first (the main
window and its search) can hold one without loading the ORM and the models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from enforcement_desktop.domain.errors import ConflictError
from enforcement_desktop.domain.values import DEFAULT_SCIN_PATTERN
from enforcement_desktop.storage.db import Database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _utc_now() -> datetime:
    # Stored naive in UTC: SQLite has no time zones and PostgreSQL gets the same values.
    from datetime import UTC

    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


@dataclass
class ServiceContext:
    """The database, who is working and the clock (replaceable in tests)."""

    db: Database
    user: str
    clock: Callable[[], datetime] = field(default=_utc_now)
    scin_pattern: str = DEFAULT_SCIN_PATTERN

    def now(self) -> datetime:
        return self.clock()

    def today(self) -> date:
        return self.clock().date()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for a read model: nothing written (see :meth:`Database.reading`)."""
        with self.db.reading() as session:
            yield session

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction; a version clash found at flush becomes a ConflictError."""
        from sqlalchemy import event
        from sqlalchemy.orm.exc import StaleDataError

        from enforcement_desktop.services.changes import note_committed

        touched: set[str] = set()

        def flushed(session: Session, _context: object, _instances: object) -> None:
            for obj in (*session.new, *session.dirty, *session.deleted):
                table = getattr(obj, "__tablename__", None)
                if table is not None and (obj not in session.dirty or session.is_modified(obj)):
                    touched.add(table)

        try:
            with self.db.unit_of_work() as session:
                event.listen(session, "before_flush", flushed)
                yield session
        except StaleDataError as exc:
            raise ConflictError("record", 0, None, None) from exc
        note_committed(touched)
