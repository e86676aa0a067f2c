"""Driver errors that mean "the database cannot be used right now", as one typed error.

SQLAlchemy's own message carries the SQL and its parameters (personal data), and the driver's
can carry a host or a path; what reaches the user is a sentence chosen here, and what reaches
the log is the kind of failure and the driver's error code.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from enforcement_desktop.domain.errors import DatabaseUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    message: str
    retryable: bool


BUSY = _Kind(
    "busy",
    "The database is busy: another user or program is saving to it. Try again in a moment; "
    "nothing was saved.",
    retryable=True,
)
LOST = _Kind(
    "lost",
    "The connection to the database was lost. Try again; nothing was saved.",
    retryable=True,
)
UNREACHABLE = _Kind(
    "unreachable",
    "The database server could not be reached. Check the network connection and that the "
    "server is running, then try again.",
    retryable=True,
)
TOO_MANY = _Kind(
    "too many connections",
    "The database server has too many users connected. Try again in a moment.",
    retryable=True,
)
FULL = _Kind(
    "full",
    "The disk holding the database is full. Free some space, then try again; nothing was saved.",
    retryable=False,
)
DISK = _Kind(
    "disk error",
    "The database file could not be read or written (a disk error). Check the disk or network "
    "drive, then try again; nothing was saved.",
    retryable=False,
)
CANNOT_OPEN = _Kind(
    "cannot open",
    "The database file could not be opened. Check that its folder exists and that you may "
    "read and write there.",
    retryable=False,
)
READ_ONLY = _Kind(
    "read-only",
    "The database cannot be changed: the file or its folder is read-only for you. Nothing was "
    "saved.",
    retryable=False,
)
REFUSED_LOGIN = _Kind(
    "login refused",
    "The database server refused the user name or password.",
    retryable=False,
)
NO_SUCH_DATABASE = _Kind(
    "no such database",
    "The database named does not exist on the server.",
    retryable=False,
)

#: SQLite reports these in the message only (pysqlite on Python 3.11 has no error codes).
_SQLITE_MESSAGES: tuple[tuple[str, _Kind], ...] = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("database schema is locked", BUSY),
    ("database or disk is full", FULL),
    ("disk i/o error", DISK),
    ("unable to open database file", CANNOT_OPEN),
    ("attempt to write a readonly database", READ_ONLY),
)

#: PostgreSQL SQLSTATE codes, exact or by class (two characters).
_SQLSTATES: dict[str, _Kind] = {
    "08": LOST,  # connection exception
    "57P01": LOST,  # admin shutdown: terminated by an administrator
    "57P02": LOST,  # crash shutdown
    "57P03": UNREACHABLE,  # cannot connect now (starting up)
    "55P03": BUSY,  # lock not available
    "40P01": BUSY,  # deadlock detected
    "40001": BUSY,  # serialization failure
    "53300": TOO_MANY,
    "53100": FULL,  # disk full
    "28": REFUSED_LOGIN,  # invalid authorization
    "3D000": NO_SUCH_DATABASE,
}


def _kind(exc: DBAPIError) -> _Kind | None:
    if exc.connection_invalidated:
        return LOST
    orig = exc.orig
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        return _SQLSTATES.get(sqlstate) or _SQLSTATES.get(sqlstate[:2])
    if not isinstance(exc, OperationalError | InterfaceError):
        return None  # integrity, programming and data errors are the caller's to see
    text = str(orig).lower()
    for needle, kind in _SQLITE_MESSAGES:
        if needle in text:
            return kind
    if type(orig).__module__.startswith("psycopg"):
        # No SQLSTATE: the client's side of the connection failed, while connecting (there
        # was no statement yet) or later.
        return UNREACHABLE if exc.statement is None else LOST
    return None


def as_unavailable(exc: BaseException) -> DatabaseUnavailable | None:
    """The typed error for a driver error meaning the database cannot be used, else None."""
    if not isinstance(exc, DBAPIError):
        return None
    kind = _kind(exc)
    if kind is None:
        return None
    code = getattr(exc.orig, "sqlstate", None) or type(exc.orig).__name__
    log.info("database unavailable: %s (%s)", kind.name, code)
    return DatabaseUnavailable(kind.message, retryable=kind.retryable)


@contextmanager
def database_errors() -> Iterator[None]:
    """Raise DatabaseUnavailable in place of a driver error that means just that."""
    try:
        yield
    except DBAPIError as exc:
        unavailable = as_unavailable(exc)
        if unavailable is None:
            raise
        # "from None": the driver error's text holds the SQL and its parameters; a traceback
        # printed or logged later must not show them.
        raise unavailable from None
