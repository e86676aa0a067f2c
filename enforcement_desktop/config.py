"""Where the data lives and who is working: resolved once at start-up, no Qt."""

from __future__ import annotations

import getpass
import os
import re
from dataclasses import dataclass
from pathlib import Path

from enforcement_desktop.domain.values import DEFAULT_SCIN_PATTERN
from enforcement_desktop.storage.db import sqlite_file, sqlite_url

APP_NAME = "enforcement-desktop"
APP_AUTHOR = "CMG"
#: Environment variable naming another database (an SQLAlchemy URL or a file path).
DB_ENV = "ENFORCEMENT_DESKTOP_DB"
#: Environment variable overriding the SCIN pattern (a regular expression over 12 digits).
SCIN_PATTERN_ENV = "ENFORCEMENT_DESKTOP_SCIN_PATTERN"
#: Environment variable overriding the user name recorded in the audit trail.
USER_ENV = "ENFORCEMENT_DESKTOP_USER"


def data_dir() -> Path:
    from platformdirs import user_data_path  # only when no --db names the database

    return user_data_path(APP_NAME, APP_AUTHOR)


def user_database_path() -> Path:
    return data_dir() / "enforcement.sqlite3"


def demo_database_path() -> Path:
    # A separate file beside the user's own, so demo data is never mixed with real work.
    return data_dir() / "enforcement-demo.sqlite3"


def to_url(value: str) -> str:
    """Accept an SQLAlchemy URL or a plain file path."""
    if re.match(r"^[a-z][a-z0-9+]*://", value):
        return value
    return sqlite_url(Path(value).expanduser().resolve())


def current_user() -> str:
    env = os.environ.get(USER_ENV)
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def describe_url(url: str) -> str:
    """The database for display: a file path, or a server URL without its password."""
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str
    demo: bool
    user: str
    scin_pattern: str = DEFAULT_SCIN_PATTERN

    @property
    def db_display(self) -> str:
        return describe_url(self.db_url)


def resolve_settings(db: str | None = None, demo: bool = False) -> Settings:
    """``--db`` wins, then ``--demo``, then the environment, then the user's data folder."""
    if db:
        url = to_url(db)
    elif demo:
        url = to_url(str(demo_database_path()))
    elif os.environ.get(DB_ENV):
        url = to_url(os.environ[DB_ENV])
    else:
        url = to_url(str(user_database_path()))
    return Settings(
        db_url=url,
        demo=demo,
        user=current_user(),
        scin_pattern=os.environ.get(SCIN_PATTERN_ENV, DEFAULT_SCIN_PATTERN),
    )
