"""Where the data lives and who is working: resolved once at start-up, no Qt."""

from __future__ import annotations

import getpass
import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from enforcement_desktop.domain.errors import ValidationError
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


#: The folder, under the user's Documents, where packs and letters go until they choose another.
OUTPUT_FOLDER_NAME = "Bailiff packs"


def user_documents_path() -> Path:
    """The user's Documents folder (platformdirs; imported only when asked for)."""
    from platformdirs import user_documents_path as documents

    return documents()


def default_output_folder() -> Path:
    """Where packs and letters go until the user chooses a folder: Documents/Bailiff packs.

    Not the home folder: packs hold personal data and belong in one place the user knows. The
    folder is made (owner-only) by the service that first writes into it.
    """
    return user_documents_path() / OUTPUT_FOLDER_NAME


def database_key(url: str) -> str:
    """A stable id of a database, for the desktop settings kept per database.

    The same database gives the same key however its path or URL was written; two databases
    (the demo file and the user's own, or two servers) never share one, so a folder chosen on the
    demo data never carries over to real work. A server's key leaves the password out (it may
    change) and is a hash, so the settings file names no path, host or user.

    Args:
        url: The database's SQLAlchemy URL.

    Returns:
        16 hexadecimal digits.
    """
    path = sqlite_file(url)
    if path is not None:
        ident = "sqlite:" + os.path.normcase(str(path.expanduser().resolve()))
    else:
        try:
            parsed = _parse_url(url)
        except (ArgumentError, ValueError):
            ident = url
        else:
            ident = (
                f"{parsed.get_backend_name()}://{parsed.username or ''}@"
                f"{(parsed.host or '').lower()}:{parsed.port or ''}/{parsed.database or ''}"
            )
    return hashlib.sha256(ident.encode("utf-8", "surrogatepass")).hexdigest()[:16]


#: How a database is given, for messages.
_GIVE = "a file path, or an address such as postgresql://user@host/name"
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
#: The databases the application opens, and the drivers (after "+") it has for them.
_DRIVERS = {"sqlite": ("", "pysqlite"), "postgresql": ("", "psycopg")}


def to_url(value: str, field: str = "--db") -> str:
    """An SQLAlchemy URL from what the user gave: a URL or a plain file path.

    Args:
        value: The ``--db`` argument (or the environment variable's value).
        field: Where the value came from, for the error.

    Returns:
        The URL; an SQLite file's is built so that any character of its path survives.

    Raises:
        ValidationError: Under ``field``, a sentence saying what is wrong (never the password).
    """

    def refuse(message: str) -> NoReturn:
        raise ValidationError({field: message})

    if not value.strip():
        refuse(f"give a database: {_GIVE}.")
    if "\0" in value or not _is_text(value):
        refuse(
            "the path holds bytes that are not valid text (not UTF-8), which the database "
            "cannot open; rename the folder or give another path."
        )
    if _URL_SCHEME.match(value):
        return _checked_url(value, refuse)
    try:
        path = Path(value).expanduser().resolve()
    except (OSError, RuntimeError) as exc:  # an unknown ~user, a loop of links
        refuse(f"{value} is not a path this computer can follow ({exc}).")
    _check_file(path, refuse)
    try:
        return sqlite_url(path)
    except ValueError:
        refuse(f"{path} holds a character (such as ?) that cannot be used in a database's path.")


def _is_text(value: str) -> bool:
    # Bytes of a path that are not UTF-8 reach Python as lone surrogates (PEP 383).
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _check_file(path: Path, refuse: Callable[[str], NoReturn]) -> None:
    if path.is_dir():
        refuse(
            f"{path} is a folder; give the database file's path, for example "
            f"{path / 'enforcement.sqlite3'}."
        )


def _parse_url(value: str) -> URL:
    """``make_url``, reading a password with an unencoded ``@`` as its writer meant.

    SQLAlchemy splits the user from the host at the first ``@``: ``u:p@ss@host`` would connect
    to a host named ``ss@host`` and show ``ss`` in every message about it.
    """
    url = make_url(value)
    if url.host and "@" in url.host:
        extra, _, host = url.host.rpartition("@")
        if url.password is not None:
            url = url.set(password=f"{url.password}@{extra}", host=host)
        else:
            url = url.set(username=f"{url.username or ''}@{extra}", host=host)
    return url


def _checked_url(value: str, refuse: Callable[[str], NoReturn]) -> str:
    shown = describe_url(value)
    try:
        url = _parse_url(value)
    except ValueError:  # SQLAlchemy reads the port with int()
        refuse(f"the port in {shown} is not a number from 1 to 65535.")
    except ArgumentError:
        refuse(f"{shown} is not a database address this application can read; give {_GIVE}.")
    backend, _, driver = url.drivername.partition("+")
    if backend not in _DRIVERS:
        refuse(f"{backend} databases are not supported; give {_GIVE}.")
    if driver not in _DRIVERS[backend]:
        refuse(
            f"the driver {driver!r} in {shown} is not one this application has; "
            f"write {backend}:// without a driver."
        )
    if url.port is not None and not 1 <= url.port <= 65535:
        refuse(f"the port {url.port} in {shown} is not a number from 1 to 65535.")
    rendered = url.render_as_string(hide_password=False)
    path = sqlite_file(rendered)
    if path is not None:
        _check_file(path, refuse)
    return rendered


def current_user() -> str:
    env = os.environ.get(USER_ENV)
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def describe_url(url: str) -> str:
    """The database for display: a file path, or a server URL without its password.

    The password is masked in every form a URL can carry one: after the user name (encoded or
    not, holding ``@`` or ``:``) and in a ``password`` query parameter.
    """
    path = sqlite_file(url)
    if path is not None:
        return str(path)
    try:
        parsed = _parse_url(url)
    except (ArgumentError, ValueError):
        return _mask_unparsed(url)
    shown = parsed.set(query={}).render_as_string(hide_password=True)
    if parsed.query:
        shown += "?" + "&".join(
            f"{key}={_SECRET if _is_secret(key) else value}"
            for key, values in parsed.query.items()
            for value in ((values,) if isinstance(values, str) else values)
        )
    return shown


_SECRET = "***"


def _is_secret(key: str) -> bool:
    return "password" in key.lower()


def _mask_unparsed(url: str) -> str:
    """Mask what could be a password in a URL SQLAlchemy cannot read (so may be malformed)."""
    scheme, sep, rest = url.partition("://")
    if "@" in rest:
        userinfo, _, rest = rest.rpartition("@")
        user = userinfo.split(":", 1)[0]
        rest = f"{user}:{_SECRET}@{rest}" if ":" in userinfo else f"{user}@{rest}"
    rest = re.sub(r"([?&][^=&]*password[^=&]*=)[^&]*", rf"\1{_SECRET}", rest, flags=re.I)
    return f"{scheme}{sep}{rest}"


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
    """``--db`` wins, then ``--demo``, then the environment, then the user's data folder.

    Raises:
        ValidationError: The database given is not one the application can open.
    """
    if db is not None:  # an empty --db is a mistake, not "the default"
        url = to_url(db)
    elif demo:
        url = to_url(str(demo_database_path()))
    elif os.environ.get(DB_ENV):
        url = to_url(os.environ[DB_ENV], field=DB_ENV)
    else:
        url = to_url(str(user_database_path()))
    return Settings(
        db_url=url,
        demo=demo,
        user=current_user(),
        scin_pattern=os.environ.get(SCIN_PATTERN_ENV, DEFAULT_SCIN_PATTERN),
    )
