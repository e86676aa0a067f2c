"""Reading a case file from disk: bytes → UTF-8 → JSON, strictly.

The command line (``enforcement-desktop import``) and the desktop (File > Import case file)
both read through :func:`read_case_file`, so a file one refuses the other refuses in the same
words. What the JSON must hold is :func:`enforcement_desktop.services.case_file.import_case`'s
to check.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.domain.values import invisible_character


class CaseFileUnreadable(DomainError):
    """The file is not a case file this program reads (not UTF-8, not JSON, NaN, ...)."""


def shown(text: object) -> str:
    """A value or file name quoted in a message: as typed when plain, escaped (repr) when it
    holds control or invisible characters (a newline would break a one-line message, a lone
    surrogate the output), and cut short when long."""
    value = str(text)
    quoted = value if value.isprintable() and invisible_character(value) is None else repr(value)
    return quoted if len(quoted) <= 80 else quoted[:80] + "…"


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"the key {shown(key)} appears twice in one object")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _bounded_int(text: str) -> int:
    # Case files hold small whole numbers; a longer one is refused before Python converts it
    # (past 4,300 digits int() refuses, and SQLite holds none over 19).
    if len(text.lstrip("-")) > 18:
        raise ValueError(f"a number of {len(text):,} digits is too long")
    return int(text)


def read_case_file(path: Path) -> Any:
    """Read and parse a case file (UTF-8 JSON, no duplicate keys).

    Args:
        path: The file.

    Returns:
        The parsed JSON.

    Raises:
        CaseFileUnreadable: The file is not UTF-8 JSON, or JSON this program does not read
            (NaN, a huge number, nesting deeper than Python can follow), or its name is unusable.
        OSError: The file cannot be read.
    """
    name = shown(path)
    try:
        raw = path.expanduser().read_bytes()
    except (ValueError, RuntimeError):  # NUL or an unencodable name; an unknown ~user
        raise CaseFileUnreadable(f"{name} cannot be read: it is not a usable file name.") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileUnreadable(f"{name} is not UTF-8 text, so not a case file.") from None
    try:
        return json.loads(
            text,
            object_pairs_hook=_no_duplicate_keys,
            parse_constant=_no_constant,
            parse_int=_bounded_int,
        )
    except json.JSONDecodeError as exc:
        raise CaseFileUnreadable(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    except RecursionError:
        raise CaseFileUnreadable(
            f"{name} is not a case file: its JSON is nested too deeply."
        ) from None
    except ValueError as exc:
        raise CaseFileUnreadable(f"{name} is not a valid case file: {exc}.") from None


__all__ = ["CaseFileUnreadable", "read_case_file", "shown"]
