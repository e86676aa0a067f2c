"""The hostile-input corpus: values that break programs which take text, numbers and files.

Each case runs one input through one way in (a case file's field, a service call, a command
line, a search) and is judged the same way:

* ``refused``: a typed, user-facing error (a ``DomainError``; for the command line exit 1 or 2
  with ``enforcement-desktop`` lines on stderr) and the row count of every table unchanged;
* ``accepted``: it was saved, and the records it touched read back and save again unchanged
  through the services (nothing is accepted that is later refused);
* anything else is a fault: ``traceback`` (an unexpected exception), ``partial write`` (refused
  but some table changed) or ``accepted then refused``.

:func:`judge` is shared by ``tests/test_hostile_inputs.py`` and any script that counts the
outcomes (e.g. on an older checkout, to compare).
"""

from __future__ import annotations

import json
import re
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import Base

ACCEPTED = "accepted"
REFUSED = "refused"
TRACEBACK = "traceback"
PARTIAL_WRITE = "partial write"
ACCEPTED_THEN_REFUSED = "accepted then refused"
GOOD_OUTCOMES = frozenset({ACCEPTED, REFUSED})


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


#: Text that has broken, or could break, a program: encodings, controls, bidi, look-alikes,
#: sizes, injections. (id, value)
TEXT_VALUES: list[tuple[str, str]] = [
    ("lone high surrogate", "Ann\ud800"),
    ("lone low surrogate", "\udfffAnn"),
    ("surrogate escape", "Ann\udcff"),
    ("NUL", "Ann\x00Smith"),
    ("only NUL", "\x00"),
    ("bell", "Ann\x07"),
    ("escape sequence", "\x1b[31mAnn"),
    ("DEL", "Ann\x7f"),
    ("C1 next line", "Ann\x85Smith"),
    ("C1 CSI", "Ann\x9b"),
    ("RLO", "Ann\u202eSmith"),
    ("LRE", "\u202aAnn"),
    ("LRI", "Ann\u2066x\u2069"),
    ("RLM", "Ann\u200f"),
    ("ZWJ", "An\u200dn"),
    ("ZWSP", "An\u200bn"),
    ("BOM", "\ufeffAnn"),
    ("U+10FFFF", "Ann\U0010ffff"),
    ("U+FFFE", "Ann\ufffe"),
    ("private use", "Ann\ue000"),
    ("line separator", "Ann\u2028Smith"),
    ("newline", "Ann\nSmith"),
    ("100k characters", "A" * 100_000),
    ("Arabic-Indic digits", "١٢١٠٠٠٠٠٠٠٩١"),
    ("full-width digits", "１２１０００００００９２"),
    ("1e3", "1e3"),
    ("NaN", "NaN"),
    ("Infinity", "Infinity"),
    ("-0", "-0"),
    ("5000 digits", "1" + "0" * 5000),
    ("SQL", "'; DROP TABLE contact;--"),
    ("SQL quote", "Robert'); DELETE FROM contact WHERE ('1'='1"),
    ("LIKE wildcards", "%_%\\"),
    ("path traversal", "../../etc/passwd"),
    ("blank", "   "),
    ("accents", "Zoë Ó Briain-Nguyễn"),
]

#: Money as text a person might type, and as values that are not text at all.
MONEY_VALUES: list[tuple[str, Any]] = [
    ("1e3", "1e3"),
    ("2E5", "2E5"),
    ("decimal comma", "12,50"),
    ("1,00", "1,00"),
    ("NaN", "NaN"),
    ("Infinity", "Infinity"),
    ("-0", "-0"),
    ("negative", "-5.00"),
    ("three decimals", "1.005"),
    ("5000 digits", "1" + "0" * 5000),
    ("Arabic-Indic digits", "١٢٣"),
    ("full-width digits", "１２３"),
    ("NUL", "12\x00"),
    ("pound and commas", "£1,234.56"),
    ("Decimal NaN", Decimal("NaN")),
    ("Decimal Infinity", Decimal("Infinity")),
    ("Decimal 1e400", Decimal("1e400")),
    ("float", 12.5),
    ("huge int", 10**5000),
    ("bool", True),
]

#: Dates at the edges of what date() holds, for fields typed as dates.
DATE_VALUES: list[tuple[str, date]] = [
    ("0001-01-01", date(1, 1, 1)),
    ("1899-12-31", date(1899, 12, 31)),
    ("9999-12-31", date(9999, 12, 31)),
    ("2100-01-01", date(2100, 1, 1)),
]

#: Values a case file may hold where its fields are: the texts, and every other JSON type.
JSON_VALUES: list[tuple[str, Any]] = [
    *[(name, value) for name, value in TEXT_VALUES if name != "accents"],
    ("date 0001-01-01", "0001-01-01"),
    ("date 9999-12-31", "9999-12-31"),
    ("date 2026-02-30", "2026-02-30"),
    ("UK date", "31/12/2026"),
    ("float", 1450.5),
    ("true", True),
    ("huge int", 10**30),
    ("negative int", -1),
    ("list", ["a"]),
    ("object", {"a": 1}),
    ("null", None),
    ("nested lists", _nested(60)),
]


def row_counts(ctx: ServiceContext) -> dict[str, int]:
    """The number of rows of every table."""
    with ctx.unit_of_work() as session:
        return {
            t.name: session.scalar(select(func.count()).select_from(t)) or 0
            for t in Base.metadata.sorted_tables
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    outcome: str
    detail: str = ""

    @property
    def good(self) -> bool:
        return self.outcome in GOOD_OUTCOMES


#: What a case does: given the value, change something and return how to read it back and save
#: it again (or None when there is nothing more to check).
Attempt = Callable[[], Callable[[], object] | None]


def judge(ctx: ServiceContext, attempt: Attempt) -> Verdict:
    """Run one case and say how it ended (see the module's docstring)."""
    before = row_counts(ctx)
    try:
        resave = attempt()
    except DomainError as exc:
        after = row_counts(ctx)
        if after != before:
            changed = {t for t in after if after[t] != before[t]}
            return Verdict(PARTIAL_WRITE, f"{type(exc).__name__}; changed: {sorted(changed)}")
        return Verdict(REFUSED, _short(str(exc)))
    except Exception:
        return Verdict(TRACEBACK, _last_line(traceback.format_exc()))
    if resave is None:
        return Verdict(ACCEPTED)
    try:
        resave()
    except DomainError as exc:
        return Verdict(ACCEPTED_THEN_REFUSED, _short(str(exc)))
    except Exception:
        return Verdict(TRACEBACK, "on saving again: " + _last_line(traceback.format_exc()))
    return Verdict(ACCEPTED)


def _short(text: str) -> str:
    return text if len(text) <= 300 else text[:300] + "…"


def _last_line(text: str) -> str:
    return _short(text.strip().splitlines()[-1])


# --------------------------------------------------------------------------- case files


#: Fields of an exported case file (of showcase client 121000000008) each hostile value is put
#: in. The file has three open Bailiff SRs, LOs with a payment, a vehicle and an asset.
IMPORT_FIELDS: list[str] = [
    "paying_parent.first_name",
    "paying_parent.last_name",
    "paying_parent.scin",
    "paying_parent.nino",
    "paying_parent.date_of_birth",
    "paying_parent.addresses[0].postcode",
    "paying_parent.vehicles[0].registration",
    "receiving_parents[0].first_name",
    "cases[0].region",
    "cases[0].arrears_balance",
    "cases[0].orders[0].amount",
    "cases[0].orders[0].reference",
    "cases[0].orders[0].payments[0].amount",
    "assets[0].description",
    "cases[0].service_requests[0].steps[0].reason",
    "cases[0].service_requests[0].steps[0].position",
    "cases[0].service_requests[0].enforce_form.nulla_bona_received_on",
    "courts[0].name",
    "cases[0].notes[0].text",
]


def set_path(data: Any, path: str, value: Any) -> None:
    """Put ``value`` at a path such as ``orders[0].payments[1].amount``."""
    parts = re.findall(r"[^.\[\]]+", path)
    target = data
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    last = parts[-1]
    if last.isdigit():
        target[int(last)] = value
    else:
        target[last] = value


_SCIN_RE = re.compile(r'"(121[0-9]{9})"')


def with_new_scins(data: dict[str, Any], number: int) -> dict[str, Any]:
    """The case file with each client's SCIN replaced by one no other case uses."""
    text = json.dumps(data)
    scins = sorted(set(_SCIN_RE.findall(text)))
    for i, scin in enumerate(scins):
        text = text.replace(f'"{scin}"', f'"1219{number:05d}{i:03d}"')
    result: dict[str, Any] = json.loads(text)
    return result


def importing(
    ctx: ServiceContext, data: dict[str, Any], resave_case: Callable[[ServiceContext, int], object]
) -> Attempt:
    """The attempt to import a case file; once imported, every record is saved again."""
    from enforcement_desktop.services import case_file

    def attempt() -> Callable[[], object]:
        summary = case_file.import_case(ctx, data)
        return lambda: resave_case(ctx, summary.case_id)

    return attempt


# --------------------------------------------------------------------------- case file bytes


_DEEP = 100_000


def _with_name(text: str) -> Callable[[str], bytes]:
    """The valid file with ``text`` (raw JSON source) put into the first first_name."""

    def build(valid: str) -> bytes:
        at = valid.index('"first_name": "') + len('"first_name": "')
        return (valid[:at] + text + valid[at:]).encode()

    return build


def _with_field(pattern: str, new: str) -> Callable[[str], bytes]:
    """The valid file with the first match of ``pattern`` replaced by ``new`` (JSON source)."""

    def build(valid: str) -> bytes:
        match = re.search(pattern, valid)
        assert match is not None, pattern
        return (valid[: match.start()] + new + valid[match.end() :]).encode()

    return build


#: Files given to ``import``: not case files, or case files whose JSON is hostile. Each
#: builder takes the text of a valid case file.
CASE_FILE_TEXTS: dict[str, Callable[[str], bytes]] = {
    "valid": lambda valid: valid.encode(),
    "deep lists": lambda _: b"[" * _DEEP + b"]" * _DEEP,
    "deep objects": lambda _: b'{"a":' * _DEEP + b"1" + b"}" * _DEEP,
    "deep inside a field": _with_name('", "x": ' + "[" * _DEEP + "]" * _DEEP + ', "y": "'),
    "5000-digit integer": lambda _: (
        b'{"format": "enforcement-desktop-case", "version": 1' + b"0" * 5000 + b"}"
    ),
    "5000-digit position": _with_field(r'"position": [0-9]+', '"position": 1' + "0" * 5000),
    "huge exponent": _with_field(r'"amount": "[0-9.]+"', '"amount": 1e999999'),
    "NaN literal": _with_field(r'"amount": "[0-9.]+"', '"amount": NaN'),
    "Infinity literal": _with_field(r'"amount": "[0-9.]+"', '"amount": Infinity'),
    "-Infinity literal": _with_field(r'"amount": "[0-9.]+"', '"amount": -Infinity'),
    "duplicate keys": lambda _: b'{"format": "enforcement-desktop-case", "format": "x"}',
    "escaped lone surrogate": _with_name("\\ud800"),
    "escaped NUL": _with_name("\\u0000"),
    "escaped RLO": _with_name("\\u202e"),
    "raw C1 control": _with_name("\x85"),
    "100k-character name": _with_name("A" * 100_000),
    "byte order mark": lambda valid: b"\xef\xbb\xbf" + valid.encode(),
    "UTF-16": lambda valid: valid.encode("utf-16"),
    "invalid UTF-8": lambda valid: _with_name("Ann")(valid).replace(b"Ann", b"A\xffn", 1),
    "top-level list": lambda _: b"[1, 2]",
    "top-level string": lambda _: b'"case"',
    "null": lambda _: b"null",
    "empty": lambda _: b"",
    "white space": lambda _: b"  \n ",
    "truncated": lambda valid: valid.encode()[: len(valid) // 2],
    "comment": lambda valid: b"// case\n" + valid.encode(),
    "SQL in a name": _with_name("'); DROP TABLE contact;--"),
}


# --------------------------------------------------------------------------- command lines


def argument_values() -> list[tuple[str, str]]:
    """Text a command-line argument can carry (NUL only in-process: execve refuses it)."""
    return [(name, value) for name, value in TEXT_VALUES if name not in ("accents",)]


def path_values() -> list[tuple[str, str]]:
    """Relative file names, resolved inside a test's own folder (never a system path)."""
    return [
        ("empty", ""),
        ("current folder", "."),
        ("parent folder", ".."),
        ("traversal", "../../etc/passwd"),
        ("deeper traversal", "../../../../../../tmp-does-not-exist/x"),
        ("NUL", "case\x00.json"),
        ("lone surrogate", "case\ud800.json"),
        ("surrogate escape", "case\udcff.json"),
        ("RLO", "case\u202ejson.exe"),
        ("5000 characters", "x" * 5000),
        ("newline", "case\n.json"),
        ("home", "~nosuchuser-xyz/case.json"),
    ]
