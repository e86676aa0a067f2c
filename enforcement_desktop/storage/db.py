"""Engine and session factory, SQLite tuning, and migrations applied at start-up.

Only SQLAlchemy Core is imported here: the ORM (about a quarter of a second to load) comes in with
the first session, so the main window can open and search before it is needed.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

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
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def sqlite_url(path: str | os.PathLike[str]) -> str:
    """The SQLAlchemy URL of an SQLite file, whatever characters its path holds.

    Built with ``URL.create`` rather than by concatenation: SQLAlchemy 2.1 percent-decodes the
    database part of a URL string, so ``%41``, ``#`` or ``?`` in a folder name would otherwise
    name another file.
    """
    return URL.create("sqlite", database=os.fspath(path)).render_as_string(hide_password=False)


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


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create an engine; SQLite files get their parent folder, foreign keys, WAL and a timeout."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 5})
        engine = create_engine(parsed, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    # expire_on_commit=False: services hand out plain dataclasses, and reading an attribute after
    # commit must not hit the database again.
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any exception (nothing half-saved)."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


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


def _newest_file_revision() -> str:
    """The head revision read from the file names (NNNN_*.py), without loading Alembic."""
    names = resources.files("enforcement_desktop.storage.migrations").joinpath("versions")
    return max(
        p.name.split("_", 1)[0]
        for p in names.iterdir()
        if p.name.endswith(".py") and p.name[:4].isdigit()
    )


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration (a no-op when already there).

    Revisions are numbered 0001, 0002, ... so the head is known from the file names; Alembic
    itself is imported only when there is something to apply.
    """
    if current_revision(engine) == _newest_file_revision():
        return
    from alembic import command

    log.info("applying database migrations")
    command.upgrade(alembic_config(engine), "head")


class Database:
    """An engine, its session factory and the URL it came from."""

    def __init__(self, url: str, *, migrate: bool = True, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        if migrate:
            upgrade(self.engine)

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        """The session factory, made (and the ORM loaded) on first use."""
        return make_session_factory(self.engine)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        with unit_of_work(self.sessions) as session:
            yield session

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


__all__ = ["Database", "NullPool", "make_engine", "unit_of_work", "upgrade"]
