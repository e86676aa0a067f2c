"""The headless command line: demo data, enforcement options, case files, backups.

Global options come before the command::

    enforcement-desktop [--db URL | --demo] COMMAND ...

Without a command the desktop application starts (see :mod:`enforcement_desktop.__main__`).
Nothing imported here imports Qt, so every command runs on a machine without a display.

Failures a user can act on end in a one-line message on stderr, never a traceback: exit status 2
for a mistake in the command line, 1 for anything else (an unknown SCIN, a bad case file, a file
that cannot be written).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError

from enforcement_desktop import __version__
from enforcement_desktop.config import (
    DB_ENV,
    Settings,
    current_user,
    demo_database_path,
    describe_url,
    resolve_settings,
    to_url,
)
from enforcement_desktop.domain.errors import DomainError, ValidationError
from enforcement_desktop.services.case_file_io import read_case_file
from enforcement_desktop.services.case_file_io import shown as _shown
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database, sqlite_file

PROG = "enforcement-desktop"
#: Problems listed for a bad case file before the rest are counted instead.
MAX_LISTED_ERRORS = 50
#: The progress bar is redrawn at most this often (seconds).
PROGRESS_INTERVAL = 0.1

log = logging.getLogger(__name__)


class UsageExit(Exception):
    """argparse wants to stop: help was printed (code 0) or the command line is wrong (2)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class CommandError(DomainError):
    """A command cannot go ahead for a reason the user can fix (missing database, wrong kind)."""


# --------------------------------------------------------------------------- argument parsing


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports a mistake in one line and never exits the process."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see {self.prog} --help)", file=sys.stderr)
        raise UsageExit(2)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            print(message.rstrip(), file=sys.stderr)
        raise UsageExit(status)

    def format_help(self) -> str:
        # The demo database's folder is looked up only when help is shown (platformdirs is not
        # needed to start the application on --db).
        return super().format_help().replace(_DEMO_PATH, str(demo_database_path()))


#: Stands for the demo database's path in help texts until the help is shown.
_DEMO_PATH = "<demo-database-path>"


def _line(text: object) -> str:
    """A message on one line: a character that would break it (a newline, a control, a lone
    surrogate the terminal cannot take) is written as its escape."""
    return "".join(ch if ch.isprintable() or ch == " " else repr(ch)[1:-1] for ch in str(text))


def _scin(value: str) -> str:
    # ASCII digits only: int() and \d also take Arabic-Indic or full-width digits.
    scin = re.sub(r"[ \t\u00a0]+", "", value)
    if not re.fullmatch(r"[0-9]{12}", scin):
        raise argparse.ArgumentTypeError(f"{_shown(value)} is not a SCIN (12 digits)")
    return scin


def _lo_info(value: str) -> tuple[str, str]:
    reference, equals, text = value.partition("=")
    if not equals or not reference.strip():
        raise argparse.ArgumentTypeError(f"{_shown(value)} is not LO-REF=TEXT")
    return reference.strip(), text


def _cases(value: str) -> int:
    digits = value.replace("_", "").replace(",", "").strip()
    if not re.fullmatch(r"[0-9]{1,9}", digits):
        raise argparse.ArgumentTypeError(f"{_shown(value)} is not a whole number from 0 up")
    number = int(digits)
    if number > 5_000_000:
        raise argparse.ArgumentTypeError("give a number of cases from 0 to 5,000,000")
    return number


def _path(value: str) -> Path:
    """A file or folder name from the command line, refused when no file can have it."""
    if not value.strip():
        raise argparse.ArgumentTypeError("give a file name (an empty one names no file)")
    if "\x00" in value:
        raise argparse.ArgumentTypeError(f"{_shown(value)} cannot be a file name (it holds NUL)")
    # A name whose bytes are not text (a lone surrogate: Python's stand-in for them) could not
    # be recorded in the database, as the files the commands write are.
    unencodable = any("\ud800" <= ch <= "\udfff" for ch in value)
    try:
        os.fsencode(value)
    except UnicodeError:
        unencodable = True
    if unencodable:
        raise argparse.ArgumentTypeError(
            f"{_shown(value)} cannot be a file name here: it holds bytes that are not text"
        )
    try:
        return Path(value).expanduser()
    except RuntimeError:  # "~name/..." for a user this system does not know
        raise argparse.ArgumentTypeError(
            f"{_shown(value)}: there is no home folder for {_shown(value.split('/')[0])}"
        ) from None


def _top_parser() -> argparse.ArgumentParser:
    """The parser of the options that come before a command (``--db``, ``--demo``)."""
    parser = _Parser(
        prog=PROG,
        description="Casework tool for Child Maintenance Service enforcement case managers. "
        "Without a command, the desktop application starts.",
        epilog=f"The database is the one in your data folder unless --db, --demo or the "
        f"{DB_ENV} environment variable says otherwise.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--db",
        metavar="URL",
        help="another database: an SQLAlchemy URL (postgresql://user@host/name) or a file path",
    )
    where.add_argument(
        "--demo",
        action="store_true",
        help=f"the demo database ({_DEMO_PATH}), a separate file beside your own",
    )
    parser.set_defaults(command=None)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``enforcement-desktop``.

    Returns:
        The parser; its sub-commands set ``command``.
    """
    from enforcement_desktop.showcase import DEFAULT_CASES, DEFAULT_SEED, SHOWCASE

    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="create or recreate the demo database",
        description="Create (or delete and rebuild) the demo database: fictional clients, "
        f"dates relative to today. The {len(SHOWCASE)} showcase clients "
        f"{min(SHOWCASE)}-{max(SHOWCASE)} are always included. Writes the demo database "
        "unless --db names another; a database holding anything but demo data is refused "
        "unless it is empty.",
    )
    demo.add_argument(
        "--cases",
        type=_cases,
        default=DEFAULT_CASES,
        metavar="N",
        help=f"cases in total, showcase included (default {DEFAULT_CASES}; 100000 for the "
        "benchmark)",
    )
    demo.add_argument(
        "--if-missing",
        action="store_true",
        help="do nothing when the demo database already exists",
    )
    demo.add_argument(
        "--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})"
    )

    options = sub.add_parser(
        "options",
        help="print the enforcement options of a case as JSON",
        description="Print, for every enforcement power, whether it may be considered for the "
        'case of the paying parent with this SCIN, as JSON: [{"power", "allowed", "reasons"}].',
    )
    options.add_argument("scin", type=_scin, metavar="SCIN", help="the paying parent's SCIN")

    export = sub.add_parser(
        "export",
        help="write a paying parent's cases to a case file (JSON)",
        description="Write every case of the paying parent with this SCIN, with their "
        "contacts, assets, orders (a sanctions order with the cases it covers), appeals, "
        "maintenance payments and service requests, as a case file "
        "(docs/case-file-format.md). The file is readable by you only, and the export is "
        "recorded in the audit trail with the file's SHA-256.",
    )
    export.add_argument("scin", type=_scin, metavar="SCIN", help="the paying parent's SCIN")
    export.add_argument(
        "--out",
        metavar="FILE",
        type=_path,
        help="write to FILE (missing folders are made) instead of standard output",
    )

    imp = sub.add_parser(
        "import",
        help="add the cases of a case file",
        description="Check a case file completely, then add its cases in one transaction. "
        "Any problem is reported with its place in the file, and nothing is written. The "
        "database must first have the regions and users the file names: when it lacks some, "
        "the first problem listed names them all with the commands that add them.",
    )
    imp.add_argument("file", type=_path, metavar="FILE", help="the case file")

    pack = sub.add_parser(
        "pack",
        help="build the bailiff pack (zip for the Bailiff SPOC) of a client",
        description="Build the zip named SCIN + region holding one CMEL8010 per prepared, "
        "not yet sent Bailiff SR of the client, in collection priority, and a CMSF5571 with "
        "--dvs. The documents are recorded against their service requests, and the pack in "
        "the audit trail with the zip's SHA-256. Prints the zip's path.",
    )
    pack.add_argument("scin", type=_scin, metavar="SCIN", help="the paying parent's SCIN")
    pack.add_argument(
        "--out",
        metavar="DIR",
        type=_path,
        required=True,
        help="folder to write the zip to (made if missing)",
    )
    pack.add_argument(
        "--dvs",
        action="store_true",
        help="include a CMSF5571 DVS photo request (the paying parent holds a driving licence, "
        "or is suspected to: a vehicle is recorded against them)",
    )
    pack.add_argument(
        "--skip-reason",
        metavar="TEXT",
        help="why the pack goes without a liability order that comes before one in it in "
        "collection priority (required only then; recorded on each service request packed)",
    )
    pack.add_argument(
        "--encrypt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="write an AES-256 encrypted zip; its passphrase is printed once, never stored: "
        "send it to the Bailiff SPOC separately from the zip (default: the office policy, "
        "'policy show'; --no-encrypt writes a plain zip)",
    )
    pack.add_argument(
        "--info",
        action="append",
        default=[],
        type=_lo_info,
        metavar="LO-REF=TEXT",
        help='"Additional information" on the CMEL8010 of the LO with that reference '
        "(repeat for each LO)",
    )

    region = sub.add_parser(
        "region",
        help="the regions list a case picks its region from",
        description="List the regions, or add one (team leaders only: the acting user must "
        "have the team-leader role). A region names the bailiff pack's zip (SCIN + region).",
    )
    region_sub = region.add_subparsers(dest="region_action", metavar="ACTION", required=True)
    region_sub.add_parser("list", help="print the regions, one a line")
    region_add = region_sub.add_parser("add", help="add a region (team leaders)")
    region_add.add_argument("name", metavar="NAME", help="letters, spaces and hyphens")

    backup = sub.add_parser(
        "backup",
        help="copy the SQLite database, even while it is in use",
        description="Write a consistent copy of the SQLite database (SQLite's online backup), "
        "to a temporary file that is checked and then renamed into place; the copy is "
        "readable by you only, and the backup is recorded in the database's audit trail with "
        "its SHA-256. PATH may be a folder. A database on a server is backed up with the "
        "server's own tools.",
    )
    backup.add_argument("path", type=_path, metavar="PATH", help="the copy to write")

    from enforcement_desktop import cli_users

    cli_users.add_parsers(sub)
    from enforcement_desktop import cli_diary

    cli_diary.add_parser(sub)
    from enforcement_desktop import cli_history

    cli_history.add_parser(sub, scin=_scin, path=_path)
    from enforcement_desktop import cli_letters

    cli_letters.add_parser(sub, scin=_scin, path=_path)
    from enforcement_desktop import cli_policy

    cli_policy.add_parser(sub)
    from enforcement_desktop import cli_maintenance

    cli_maintenance.add_parser(sub, scin=_scin)
    return parser


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Parse a command line.

    Args:
        argv: The arguments (without the program name); None means ``sys.argv[1:]``.

    Returns:
        The parsed arguments; ``command`` is None when no command was given.

    Raises:
        UsageExit: Help or the version was printed, or the command line is wrong (message
            already printed).
    """
    args = list(sys.argv[1:] if argv is None else argv)
    if _starts_the_window(args):
        # The window's command line has no command: building every command's parser (and
        # importing what their defaults need) cost ~45 ms of each start-up.
        return _top_parser().parse_args(args)
    return build_parser().parse_args(args)


def _starts_the_window(args: Sequence[str]) -> bool:
    """Whether ``args`` are only the options that pick a database (so no command, no help)."""
    rest = list(args)
    while rest:
        first = rest.pop(0)
        if first == "--demo" or first.startswith("--db="):
            continue
        if first == "--db" and rest and not rest[0].startswith("-"):
            rest.pop(0)
            continue
        return False
    return True


# --------------------------------------------------------------------------- helpers


class ProgressBar:
    """A text progress bar on a stream, redrawn at most every :data:`PROGRESS_INTERVAL` s."""

    def __init__(self, stream: IO[str], label: str, *, width: int = 30) -> None:
        self.stream = stream
        self.label = label
        self.width = width
        self._last = float("-inf")  # the first call always draws
        self._drawn = -1
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done == self._drawn or (done < total and now - self._last < PROGRESS_INTERVAL):
            return
        self._last, self._drawn = now, done
        filled = self.width * done // max(total, 1)
        percent = 100 * done // max(total, 1)
        self.stream.write(
            f"\r[{'#' * filled}{'.' * (self.width - filled)}] {done:,} / {total:,} "
            f"{self.label} {percent:3d}%"
        )
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()


def _require_existing(settings: Settings) -> None:
    """Reading commands must not create an empty database where none was."""
    path = sqlite_file(settings.db_url)
    if path is None or path.exists():
        return
    if settings.demo:
        raise CommandError(
            f"The demo database does not exist yet ({path}); create it with `{PROG} demo`."
        )
    raise CommandError(f"No database at {path}; give another with --db, or create the demo.")


@contextmanager
def _service_context(settings: Settings, *, writing: bool = False) -> Iterator[ServiceContext]:
    """The services' context on the database, disposed of when the command is done.

    A command that writes (the audit trail included) runs only for a login with an active user
    record; an unknown one is refused with the sentence the window uses (never run as "root").
    """
    ctx = ServiceContext(
        Database(settings.db_url), settings.user, scin_pattern=settings.scin_pattern
    )
    try:
        if writing:
            from enforcement_desktop.services.users import require_user

            require_user(ctx)
        yield ctx
    finally:
        ctx.db.dispose()


def _dumps(data: Any, stream: IO[str]) -> str:
    # Real characters where the stream can take them (files are UTF-8), escapes where not.
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    return json.dumps(data, indent=2, ensure_ascii=encoding != "utf8") + "\n"


# --------------------------------------------------------------------------- commands


def _cmd_demo(args: argparse.Namespace) -> int:
    from enforcement_desktop.demo import create_demo_database
    from enforcement_desktop.showcase import SHOWCASE

    url = to_url(args.db) if args.db is not None else to_url(str(demo_database_path()))
    shown = describe_url(url)
    total = max(args.cases, len(SHOWCASE))
    bar: ProgressBar | None = None
    if sys.stderr.isatty() or total >= 1000:
        bar = ProgressBar(sys.stderr, "cases")
    try:
        summary = create_demo_database(
            url,
            today=date.today(),
            cases=args.cases,
            seed=args.seed,
            user=current_user(),
            if_missing=args.if_missing,
            progress=bar,
        )
    finally:
        if bar is not None:
            bar.close()
    if summary is None:
        print(f"The demo database already exists: {shown} (`{PROG} demo` rebuilds it).")
        return 0
    print(
        f"Demo database ready: {shown}\n"
        f"  {summary.cases:,} cases, {summary.contacts:,} contacts, {summary.orders:,} orders, "
        f"{summary.service_requests:,} service requests, built in {summary.seconds:.1f} s.\n"
        f"  Showcase clients: {min(SHOWCASE)} to {max(SHOWCASE)}."
    )
    return 0


def _cmd_options(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.services.options import options_for_scin

    _require_existing(settings)
    with _service_context(settings) as ctx:
        result = options_for_scin(ctx, args.scin)
    sys.stdout.write(_dumps(result, sys.stdout))
    return 0


def _cmd_pack(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.documents.encrypted_zip import generate_passphrase
    from enforcement_desktop.services.bailiff import build_bailiff_pack
    from enforcement_desktop.services.policy import pack_encryption_required

    _require_existing(settings)
    if args.out.exists() and not args.out.is_dir():
        raise ValidationError({"--out": f"{args.out} is not a folder"})
    with _service_context(settings, writing=True) as ctx:
        # As the pack dialog's check box: on by default when the office policy asks for it.
        encrypt = pack_encryption_required(ctx) if args.encrypt is None else args.encrypt
        passphrase = generate_passphrase() if encrypt else None
        info = _info_by_sr(ctx, args.scin, args.info)
        outcome = build_bailiff_pack(
            ctx,
            args.scin,
            args.out,
            dvs=args.dvs,
            additional_information=info or None,
            passphrase=passphrase,
            skip_reason=args.skip_reason,
        )
    print(outcome.zip_path)
    if passphrase is not None:
        print(
            f"Passphrase: {passphrase}\n"
            "It is shown this once and not stored. Send it to the Bailiff SPOC separately from "
            "the zip (by phone, or another e-mail)."
        )
    return 0


def _info_by_sr(ctx: ServiceContext, scin: str, given: list[tuple[str, str]]) -> dict[int, str]:
    """The --info texts by Bailiff SR, from the LO references the user typed."""
    from enforcement_desktop.services.bailiff import pack_candidates

    if not given:
        return {}
    ready = {
        c.reference.casefold(): c
        for c in pack_candidates(ctx, scin)
        if not c.problems and c.reference is not None
    }
    out: dict[int, str] = {}
    for reference, text in given:
        candidate = ready.get(reference.casefold())
        if candidate is None:
            known = ", ".join(c.reference or "" for c in ready.values()) or "none"
            raise ValidationError(
                {"--info": f"No LO {_shown(reference)} in this pack (its LOs: {known})"}
            )
        if candidate.sr_id in out:
            raise ValidationError({"--info": f"LO {_shown(reference)} is given twice"})
        out[candidate.sr_id] = text
    return out


def _cmd_export(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.services.exports import export_case_to_file, export_case_to_stream

    _require_existing(settings)
    with _service_context(settings, writing=True) as ctx:
        if args.out is None:
            export_case_to_stream(ctx, args.scin, sys.stdout)
            return 0
        result = export_case_to_file(ctx, args.scin, args.out)
    print(f"Exported the cases of SCIN {args.scin} to {result.path}")
    print(f"  {result.size:,} bytes, SHA-256 {result.sha256}")
    return 0


def _cmd_import(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.services.case_file import import_case

    data = read_case_file(args.file)
    with _service_context(settings, writing=True) as ctx:
        try:
            summary = import_case(ctx, data)
        except ValidationError:
            print(
                f"{PROG}: {_shown(args.file)} was not imported; nothing was written:",
                file=sys.stderr,
            )
            raise
    print(summary.describe())
    return 0


def _cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.services.backup import backup_database, sqlite_source

    _require_existing(settings)
    source = sqlite_source(settings.db_url)
    # Not migrated first: the copy is of the database as it is (e.g. before an upgrade).
    ctx = ServiceContext(
        Database(settings.db_url, migrate=False),
        settings.user,
        scin_pattern=settings.scin_pattern,
    )
    try:
        from sqlalchemy import inspect

        # A database from before users existed (not migrated here) is copied as it is: the
        # backup is what one takes before the upgrade that adds them.
        if inspect(ctx.db.engine).has_table("app_user"):
            from enforcement_desktop.services.users import require_user

            require_user(ctx)
        result = backup_database(ctx, args.path)
    finally:
        ctx.db.dispose()
    print(f"Backed up {source} to {result.path}")
    print(f"  {result.size:,} bytes, SHA-256 {result.sha256}")
    return 0


def _cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_users import COMMANDS

    listing = "list" in (getattr(args, "user_command", None), getattr(args, "office_command", None))
    if listing:
        _require_existing(settings)
    with _service_context(settings) as ctx:
        return COMMANDS[args.command](args, ctx)


def _cmd_diary(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_diary import print_diary

    _require_existing(settings)
    with _service_context(settings) as ctx:
        return print_diary(args, ctx, lambda line: print(_line(line)))


def _cmd_history(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_history import print_history

    _require_existing(settings)
    # Writing the PDF records it in the audit trail; printing to the terminal writes nothing.
    with _service_context(settings, writing=args.out is not None) as ctx:
        return print_history(args, ctx, lambda line: print(_line(line)))


def _cmd_letter(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_letters import write_letter

    _require_existing(settings)
    with _service_context(settings, writing=True) as ctx:
        return write_letter(args, ctx, lambda line: print(_line(line)))


def _cmd_policy(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_policy import run_policy

    _require_existing(settings)
    with _service_context(settings, writing=args.policy_command == "set") as ctx:
        return run_policy(args, ctx, lambda line: print(_line(line)))


def _cmd_maintenance(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.cli_maintenance import run_maintenance

    _require_existing(settings)
    with _service_context(settings, writing=args.maintenance_action == "add") as ctx:
        return run_maintenance(args, ctx, lambda line: print(_line(line)))


def _cmd_region(args: argparse.Namespace, settings: Settings) -> int:
    from enforcement_desktop.services.regions import add_region, list_regions

    _require_existing(settings)
    if args.region_action == "list":
        with _service_context(settings) as ctx:
            for listed in list_regions(ctx):
                print(_shown(listed.name))
        return 0
    with _service_context(settings) as ctx:
        added = add_region(ctx, args.name)
    print(f"Added the region {_shown(added.name)}")
    return 0


_COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "options": _cmd_options,
    "export": _cmd_export,
    "import": _cmd_import,
    "backup": _cmd_backup,
    "pack": _cmd_pack,
    "region": _cmd_region,
    "user": _cmd_users,
    "office": _cmd_users,
    "diary": _cmd_diary,
    "history": _cmd_history,
    "letter": _cmd_letter,
    "policy": _cmd_policy,
    "maintenance": _cmd_maintenance,
}


# --------------------------------------------------------------------------- entry point


def _print_validation(exc: ValidationError) -> None:
    problems = list(exc.errors.items())
    for field, message in problems[:MAX_LISTED_ERRORS]:
        print(f"{PROG}: error: {_line(field)}: {_line(message)}", file=sys.stderr)
    if len(problems) > MAX_LISTED_ERRORS:
        print(
            f"{PROG}: error: ... and {len(problems) - MAX_LISTED_ERRORS} more problems",
            file=sys.stderr,
        )


def _sql_cause(exc: SQLAlchemyError) -> str:
    # The driver's message only: SQLAlchemy's own text carries the SQL and its parameters,
    # which may hold personal data.
    orig = getattr(exc, "orig", None)
    text = str(orig) if orig is not None else type(exc).__name__
    return text.splitlines()[0] if text else type(exc).__name__


def run(args: argparse.Namespace) -> int:
    """Run a parsed command, turning expected failures into one line on stderr.

    Args:
        args: From :func:`parse_args`, with a command.

    Returns:
        The exit status: 0 done, 1 failed (the message is printed), 130 interrupted.
    """
    try:
        if args.command == "demo":
            return _cmd_demo(args)
        settings = resolve_settings(args.db, args.demo)
        return _COMMANDS[args.command](args, settings)
    except ValidationError as exc:
        _print_validation(exc)
    except DomainError as exc:
        print(f"{PROG}: error: {_line(exc)}", file=sys.stderr)
    except OSError as exc:
        where = f" ({_shown(exc.filename)})" if exc.filename else ""
        print(f"{PROG}: error: {exc.strerror or _shown(exc)}{where}", file=sys.stderr)
    except sqlite3.Error as exc:
        print(f"{PROG}: error: SQLite: {_line(exc)}", file=sys.stderr)
    except SQLAlchemyError as exc:
        print(f"{PROG}: error: database: {_line(_sql_cause(exc))}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"\n{PROG}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:
        # Last resort, so a user never reads a traceback: one line naming the kind of failure
        # (not its message, which may quote personal data). The traceback is logged at debug
        # level, for whoever runs the command with logging turned up.
        log.debug("%s failed", args.command, exc_info=True)
        print(
            f"{PROG}: error: {args.command} stopped on an unexpected {type(exc).__name__}; "
            "a change it was making to the database was not saved",
            file=sys.stderr,
        )
    return 1


def main(
    argv: Sequence[str] | None = None,
    *,
    launch_gui: Callable[[Settings], int] | None = None,
) -> int:
    """Parse the command line and run it.

    Args:
        argv: The arguments (without the program name); None means ``sys.argv[1:]``.
        launch_gui: Started with the settings when no command is given; None makes a missing
            command a usage error.

    Returns:
        The exit status: 0 done, 1 failed, 2 wrong command line, 130 interrupted.
    """
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format=f"{PROG}: %(message)s")
    try:
        args = parse_args(argv)
    except UsageExit as exc:
        return exc.code
    if args.command is None:
        if launch_gui is None:
            print(f"{PROG}: error: give a command (see {PROG} --help)", file=sys.stderr)
            return 2
        try:
            settings = resolve_settings(args.db, args.demo)
        except ValidationError as exc:  # a bad --db or environment variable: one line
            _print_validation(exc)
            return 1
        return launch_gui(settings)
    return run(args)
