"""What a write changed, so that only the views showing those records reload.

Every committed unit of work notes the tables whose rows it inserted, updated or deleted (from
the session's own bookkeeping at flush, so no service can forget to say). An operation collects
the notes of the transactions it ran (:func:`recording`) and hands them to the GUI with its
result as a :class:`Changes`.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

#: Tables whose changes nothing on screen shows (the trail is read only by reports).
UNSEEN = frozenset({"audit_event", "database_info"})


@dataclass(frozen=True, slots=True)
class Changes:
    """The tables a write changed (``contact``, ``asset``, ``service_request``, ...)."""

    tables: frozenset[str] = field(default_factory=frozenset)

    def __bool__(self) -> bool:
        return bool(self.tables - UNSEEN)

    def touches(self, tables: Iterable[str]) -> bool:
        """True when any of ``tables`` (what a view shows) was changed."""
        return not self.tables.isdisjoint(tables)


_local = threading.local()


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the tables changed by the transactions committed inside the block (this thread)."""
    previous = getattr(_local, "tables", None)
    tables: set[str] = set()
    _local.tables = tables
    try:
        yield tables
    finally:
        _local.tables = previous
        if previous is not None:
            previous.update(tables)


def note_committed(tables: Iterable[str]) -> None:
    """Called by the unit of work after a commit: add its tables to the recording, if any."""
    current = getattr(_local, "tables", None)
    if current is not None:
        current.update(tables)
