"""``enforcement-desktop diary``: the Diary of the desktop application, printed.

Registered by :mod:`enforcement_desktop.cli`. It prints what the Diary view shows, from the same
read model (:func:`enforcement_desktop.services.reminders.diary_screen`): the reminders due by a
date (today by default), latest due first, and, for a team leader, the work gone quiet. It reads
the whole diary unless ``--limit`` asks for the first lines only, as the Diary view does.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.services.context import ServiceContext

if TYPE_CHECKING:
    from enforcement_desktop.services.reminders import Count

__all__ = ["add_parser", "print_diary"]


def _date(value: str) -> date:
    text = value.strip()
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"{text[:40]!r} is not a date: write it as 2026-11-23 or 23/11/2026"
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value[:20]!r} is not a number of lines: give 1 or more")
    return number


def add_parser(sub: Any) -> None:
    """Add ``diary`` to the commands (``sub`` is the parser's sub-parsers action)."""
    diary = sub.add_parser(
        "diary",
        help="print the reminders due (today's and overdue) and, for team leaders, quiet work",
        description="Print the reminders due by a date (today unless --due-by), latest due "
        "first: those set by hand and those the procedures set (DEO/DER desire + 6 weeks, the "
        "bailiff's 90 days, the end of a hold, an arrears letter's reply, any wait date). A "
        "team leader also sees the cases with arrears and no open service request, and the "
        "open service requests that ask nobody to act.",
    )
    diary.add_argument(
        "--user", metavar="LOGIN", help="whose diary (default: the login running the command)"
    )
    diary.add_argument(
        "--due-by",
        metavar="DATE",
        type=_date,
        help="show what is due up to this date (2026-11-23 or 23/11/2026; default today)",
    )
    diary.add_argument(
        "--team", action="store_true", help="a team leader's whole team rather than their own"
    )
    diary.add_argument(
        "--limit",
        metavar="N",
        type=_positive,
        help="print the first N reminders (latest due first) and the first N lines of each "
        "list of quiet work, with how many there are ('1,000+' past 1,000); without it the "
        "whole diary is read, which takes a while on a queue of a million service requests",
    )


def _table(rows: Sequence[tuple[str, ...]], out: Callable[[str], None]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out("  ".join([*cells, row[-1]]).rstrip())


def _of(shown: int, count: Count) -> str:
    """The count of a list: "5", or "1,000+, the first 200 printed"."""
    if shown < count.value or count.more:
        return f"{count.text}, the first {shown:,} printed"
    return count.text


def print_diary(args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Print the diary the command line asked for; 0 when printed."""
    from enforcement_desktop.services.reminders import diary_screen

    limit = getattr(args, "limit", None)
    screen = diary_screen(
        ctx, login=args.user, team=args.team, due_by=args.due_by, limit=limit, quiet_limit=limit
    )
    whose = (
        f"{screen.team} ({screen.display_name}'s team)"
        if screen.team
        else f"{screen.display_name} ({screen.login})"
    )
    found, shown = screen.due, len(screen.entries)
    if found.more:
        count = f"{shown:,} of {found.text} reminders, latest first"
    else:
        of = f"{shown:,} of " if shown < found.value else ""
        plural = "" if found.value == 1 else "s"
        count = f"{of}{found.value:,} reminder{plural}, {screen.overdue.value:,} overdue"
    out(f"Diary of {whose}, due by {format_date(screen.due_by)}: {count}")
    if screen.entries:
        rows: list[tuple[str, ...]] = [("Due", "SCIN", "Client", "SR", "Owner", "What")]
        for e in screen.entries:
            due = format_date(e.due_on) + (" overdue" if e.overdue else "")
            rows.append((due, e.scin or "—", e.client_name, str(e.sr_id), e.owner or "—", e.what))
        _table(rows, out)
    if not screen.is_team_leader:
        return 0
    out("")
    out(
        "Cases with arrears and no open service request: "
        + _of(len(screen.quiet_cases), screen.quiet_case_count)
    )
    if screen.quiet_cases:
        rows = [("Case", "SCIN", "Client", "Arrears", "Case manager")]
        for c in screen.quiet_cases:
            rows.append(
                (
                    str(c.case_id),
                    c.scin or "—",
                    c.client_name,
                    format_money(c.arrears_balance),
                    c.case_manager or "—",
                )
            )
        _table(rows, out)
    out("")
    out(
        "Open service requests that ask nobody to act: "
        + _of(len(screen.quiet_srs), screen.quiet_sr_count)
    )
    if screen.quiet_srs:
        rows = [("SR", "SCIN", "Client", "Status", "Opened", "Owner", "Type")]
        for s in screen.quiet_srs:
            rows.append(
                (
                    str(s.sr_id),
                    s.scin or "—",
                    s.client_name,
                    s.status.label,
                    format_date(s.opened_on),
                    s.owner or "—",
                    s.category,
                )
            )
        _table(rows, out)
    return 0
