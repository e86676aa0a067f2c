"""Engine and session factory, SQLite tuning, and migrations applied at start-up.

Only SQLAlchemy Core is imported here: the ORM (about a quarter of a second to load) comes in with
the first session, so the main window can open and search before it is needed.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from functools import cached_property, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError, DisconnectionError
from sqlalchemy.pool import NullPool

from enforcement_desktop.domain.errors import DatabaseTooNew
from enforcement_desktop.storage.unavailable import database_errors

if TYPE_CHECKING:  # Alembic costs ~0.1 s to import: only loaded when a migration must run.
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the GUI read while a worker writes, and lets `backup` copy a database in use.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """The SQLAlchemy URL of an SQLite file, whatever characters its path holds.

    Built with ``URL.create`` rather than by concatenation: SQLAlchemy 2.1 percent-decodes the
    database part of a URL string, so ``%41``, ``#`` or ``?`` in a folder name would otherwise
    name another file.

    Raises:
        ValueError: The path cannot be carried by a URL (a ``?`` under SQLAlchemy 2.0).
    """
    url = URL.create("sqlite", database=os.fspath(path)).render_as_string(hide_password=False)
    if make_url(url).database != os.fspath(path):
        # SQLAlchemy 2.0 neither quotes nor unquotes the path: a "?" would start the query
        # string, and the database would be opened at another path.
        raise ValueError(f"{path} cannot be written as an SQLAlchemy URL")
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of an SQLite URL (``sqlite:///path``); None for memory or another database."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def make_private_folders(folder: Path) -> None:
    """Create ``folder`` and any missing parents readable by their owner only (0700 on POSIX).

    Folders that already exist keep their mode: ``--db /tmp/x.sqlite3`` leaves /tmp alone.
    """
    missing: list[Path] = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        # exist_ok: another process may make the same folder at the same moment.
        path.mkdir(mode=0o700, exist_ok=True)


def _create_private_file(path: Path, *_args: Any) -> None:
    """Before SQLite creates a new database file, create it owner-only (0600 on POSIX).

    SQLite gives the -wal and -shm files the mode of the database file, so they follow. An
    existing file is left as it is (its owner may have shared it on purpose).
    """
    # It exists, or cannot be made: then SQLite opens it, or says why it cannot.
    with suppress(OSError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite files get their parent folder, foreign keys, WAL and a timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            make_private_folders(path.parent)
        # pysqlite's timeout is SQLite's busy timeout: how long a write waits for another's lock.
        kwargs.setdefault("connect_args", {"timeout": 5})
        engine = create_engine(parsed, **kwargs)
        if path is not None:
            event.listen(engine, "do_connect", partial(_create_private_file, path))
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    if "pool_pre_ping" in kwargs:
        return create_engine(parsed, **kwargs)
    engine = create_engine(parsed, **kwargs)
    # A connection left idle may have been cut (a server restart, a firewall's idle timeout):
    # test it before use, as pool_pre_ping does, but only after an idle spell. pool_pre_ping
    # costs a round trip on every checkout, 10-40 ms on a team server, for connections that
    # were in use a moment ago.
    event.listen(engine, "connect", _mark_used)
    event.listen(engine, "checkin", _mark_used)
    event.listen(engine, "checkout", partial(_ping_if_idle, engine))
    return engine


#: Seconds a pooled connection may rest before it is tested again on checkout.
IDLE_PING_SECONDS = 10.0


def _mark_used(_dbapi_connection: Any, record: Any) -> None:
    record.info["last_used"] = time.monotonic()


def _ping_if_idle(engine: Engine, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    last_used = record.info.get("last_used")
    if last_used is not None and time.monotonic() - last_used < IDLE_PING_SECONDS:
        return
    try:
        alive = engine.dialect.do_ping(dbapi_connection)
    except Exception as exc:  # the driver's own failure: this connection is gone
        raise DisconnectionError() from exc
    if not alive:
        raise DisconnectionError()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    # expire_on_commit=False: services hand out plain dataclasses, and reading an attribute after
    # commit must not hit the database again.
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any exception (nothing half-saved).

    Raises:
        DatabaseUnavailable: In place of a driver error meaning the database cannot be used
            (locked, connection lost, disk full...), after the rollback.
    """
    session = factory()
    try:
        with database_errors():
            try:
                yield session
                session.commit()
            except BaseException:
                _roll_back(session)
                raise
    finally:
        session.close()


def _roll_back(session: Session) -> None:
    try:
        session.rollback()
    except Exception as exc:  # the connection is gone: the server has rolled back already
        log.info("rollback failed (%s)", type(exc).__name__)


def _migrations_dir() -> str:
    return str(resources.files("enforcement_desktop.storage") / "migrations")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", _migrations_dir())
    # No "sqlalchemy.url": env.py takes the engine itself. The URL in Alembic's ConfigParser
    # would go through %-interpolation (SQLAlchemy 2.1 percent-quotes paths: any accent, #, @
    # or : in a folder name made it fail) and show the password in the resulting traceback.
    cfg.attributes["engine"] = engine
    return cfg


def head_revision(engine: Engine) -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def _file_revisions() -> set[str]:
    """The revisions this application knows, read from the file names (NNNN_*.py).

    Revisions are numbered 0001, 0002, ... so they are known without loading Alembic.
    """
    names = resources.files("enforcement_desktop.storage.migrations").joinpath("versions")
    return {
        p.name.split("_", 1)[0]
        for p in names.iterdir()
        if p.name.endswith(".py") and p.name[:4].isdigit()
    }


def _newest_file_revision() -> str:
    """The head revision read from the file names, without loading Alembic."""
    return max(_file_revisions())


def _revision_on(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision_on(conn)


def _refuse_unknown(found: str | None) -> None:
    """A database upgraded by a newer application is left alone, with a sentence saying why."""
    if found is not None and found not in _file_revisions():
        raise DatabaseTooNew(found, _newest_file_revision())


#: Key of the PostgreSQL advisory lock held while a client upgrades the schema (any fixed
#: number; the same in every copy of the application): "ENFDESK1" read as a 64-bit integer.
MIGRATION_LOCK_KEY = int.from_bytes(b"ENFDESK1", "big")


@contextmanager
def migration_transaction(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for the whole upgrade, held by one client at a time.

    SQLite: pysqlite opens no transaction before DDL, so every CREATE or ALTER committed on its
    own and a process killed part-way left a schema that never opened again. Here pysqlite's
    transaction handling is switched off on a connection used only for the migration, and the
    transaction is begun by hand with BEGIN IMMEDIATE, which also makes a second client wait
    for the first. ``PRAGMA foreign_keys=OFF`` (needed by batch table rebuilds) is a no-op
    inside a transaction, so it is set before. Both settings are undone afterwards.

    PostgreSQL: DDL is transactional already; an advisory lock held to the end of the
    transaction makes clients opening a new database at once wait for the first instead of
    creating the same tables.
    """
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            dbapi = conn.connection.dbapi_connection
            assert dbapi is not None
            previous = dbapi.isolation_level
            dbapi.isolation_level = None
            dbapi.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                    yield conn
            finally:
                _restore(conn, previous)
            return
        with conn.begin():
            if conn.dialect.name == "postgresql":
                conn.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
            yield conn


def _restore(conn: Connection, isolation_level: str | None) -> None:
    """Give the connection back to the pool as the engine made it (for memory, it is the data)."""
    dbapi = conn.connection.dbapi_connection
    try:
        assert dbapi is not None
        dbapi.isolation_level = isolation_level
        dbapi.execute("PRAGMA foreign_keys=ON")
    except Exception:  # a broken connection is not pooled again
        conn.invalidate()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when already there).

    The whole upgrade is one transaction: a crash leaves the database as it was before. Alembic
    itself is imported only when there is something to apply.

    Raises:
        DatabaseTooNew: The database was upgraded by a newer version of the application.
    """
    newest = _newest_file_revision()
    found = current_revision(engine)
    if found == newest:
        return
    _refuse_unknown(found)
    from alembic import command

    with migration_transaction(engine) as conn:
        # Another client may have upgraded the database while this one waited for the lock.
        found = _revision_on(conn)
        if found == newest:
            return
        _refuse_unknown(found)
        log.info("applying database migrations")
        cfg = alembic_config(engine)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


class Database:
    """An engine, its session factory and the URL it came from."""

    def __init__(self, url: str, *, migrate: bool = True, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        if migrate:
            try:
                with database_errors():
                    upgrade(self.engine)
            except BaseException:
                # Nobody else holds the engine: close its connections (a server's included).
                self.engine.dispose()
                raise

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made (and the ORM loaded) on first use."""
        return make_session_factory(self.engine)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with unit_of_work(self.sessions) as session:
            yield session

    @cached_property
    def read_sessions(self) -> sessionmaker[Session]:
        """Sessions for reads that write nothing (a screen's read model).

        On PostgreSQL they run in autocommit: at its READ COMMITTED isolation each statement
        sees its own snapshot even inside a transaction, so BEGIN and COMMIT would only add two
        round trips (10-40 ms each on a team server). SQLite keeps its transaction: there it
        does give one snapshot, and costs nothing.
        """
        if self.is_sqlite:
            return self.sessions
        return make_session_factory(self.engine.execution_options(isolation_level="AUTOCOMMIT"))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for a read (see :attr:`read_sessions`); database errors typed as usual."""
        with unit_of_work(self.read_sessions) as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


__all__ = ["Database", "NullPool", "make_engine", "unit_of_work", "upgrade"]
