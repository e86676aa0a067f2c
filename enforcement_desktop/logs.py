"""The application's log file: rotating, private to the user, and free of personal data.

:func:`setup_logging` sends the ``logging`` records of the process to
``enforcement-desktop.log`` in the user's log folder (``platformdirs.user_log_path``, or
``$ENFORCEMENT_DESKTOP_LOG_DIR``), 1 MB a file and five old files kept. On POSIX the folders it
makes are 0700 and the files 0600.

Tracebacks are written as frames only (file, line, function), never the source lines or the
local variables, and an exception's message is replaced by its type unless it is one of ours
(:class:`~enforcement_desktop.domain.errors.DomainError`, whose messages are written for the
user): the message of a driver or library error can hold a name, an address or SQL parameters.
No Qt here, so the command line can use it too.
"""

from __future__ import annotations

import logging
import os
import sys
import sysconfig
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from enforcement_desktop.config import APP_AUTHOR, APP_NAME
from enforcement_desktop.domain.errors import DomainError

#: Overrides the log folder (tests, or a site that keeps logs elsewhere).
LOG_DIR_ENV = "ENFORCEMENT_DESKTOP_LOG_DIR"
LOG_FILE_NAME = "enforcement-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5

_POSIX = os.name == "posix"

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def log_dir() -> Path:
    """The folder the log files go in."""
    override = os.environ.get(LOG_DIR_ENV)
    return Path(override) if override else user_log_path(APP_NAME, APP_AUTHOR)


def describe_exception(exc: BaseException) -> str:
    """The exception's type, and its message only when it is one of ours (written for users)."""
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    if isinstance(exc, DomainError) and str(exc):
        return f"{name}: {exc}"
    return name


#: Folders a frame's file is shown relative to, deepest first: the application's source (or
#: site-packages, where it is installed) and Python's own library. A full path could name the
#: user (C:\Users\<name>\..., /home/<name>/...).
_ROOTS = sorted(
    {
        Path(folder).resolve()
        for folder in (
            str(Path(__file__).resolve().parent.parent),
            *(sysconfig.get_paths()[key] for key in ("purelib", "platlib", "stdlib", "platstdlib")),
        )
    },
    key=lambda root: len(root.parts),
    reverse=True,
)


def short_path(filename: str) -> str:
    """``filename`` relative to the application or Python folder it is in, else its name."""
    path = Path(filename)
    for root in _ROOTS:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def safe_traceback(exc: BaseException) -> str:
    """A traceback with frames only (file, line, function) and no personal data.

    Files are shown by :func:`short_path`. The causes and contexts chained to ``exc`` are
    included, oldest first, as Python prints them; the source lines and any message not
    written for users are left out.
    """
    chain: list[tuple[BaseException, str]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link = ""
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, "The above exception was the direct cause of:"
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, "During handling of the above exception:"
        else:
            current = None
    lines: list[str] = []
    for error, next_link in reversed(chain):
        lines.append("Traceback (most recent call last):")
        for frame in traceback.extract_tb(error.__traceback__):
            where = short_path(frame.filename)
            lines.append(f'  File "{where}", line {frame.lineno}, in {frame.name}')
        lines.append(describe_exception(error))
        if next_link:
            lines += ["", next_link, ""]
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Formats a record's exception with :func:`safe_traceback`.

    Never the traceback text another handler cached on the record (``record.exc_text``): that
    one holds the message and the source lines.
    """

    def format(self, record: logging.LogRecord) -> str:
        exc_info, exc_text = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            text = super().format(record)
        finally:
            record.exc_info, record.exc_text = exc_info, exc_text
        if exc_info and exc_info[1] is not None:
            text += "\n" + safe_traceback(exc_info[1])
        return text


class _PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files (the first and each one after a rollover) are 0600."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if _POSIX:
            os.fchmod(fd, 0o600)  # a file left by an older version may be wider
        # "a": with a size limit RotatingFileHandler always appends.
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115


def _make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and its missing parents, each 0700 (existing ones keep their mode)."""
    missing: list[Path] = []
    for path in (folder, *folder.parents):
        if path.exists():
            break
        missing.append(path)
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
        if _POSIX:
            path.chmod(0o700)  # mkdir's mode is narrowed by the umask, never widened


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to the rotating file in :func:`log_dir`; its path.

    Called again (a second window, a test), it replaces the handler it added before.

    Args:
        level: The root logger's level.

    Returns:
        The path of the log file.
    """
    folder = log_dir()
    _make_private_dirs(folder)
    path = folder / LOG_FILE_NAME
    handler = _PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    stop_logging()
    root.addHandler(handler)
    root.setLevel(level)
    return path


def stop_logging() -> None:
    """Remove (and close) the handler :func:`setup_logging` added, if any."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, _PrivateRotatingFileHandler):
            root.removeHandler(handler)
            handler.close()


def log_exception(logger: logging.Logger, message: str, info: ExcInfo) -> None:
    """Log an exception that was not handled, with :func:`safe_traceback` in every handler."""
    logger.error("%s\n%s", message, safe_traceback(info[1]))


def python_and_platform() -> str:
    """One line of technical context for error reports (no user or machine names)."""
    return f"Python {sys.version.split()[0]} on {sys.platform}"
