"""``enforcement-desktop diary``: the Diary of the desktop application, printed.

Registered by :mod:`enforcement_desktop.cli`. It prints what the Diary view shows, from the same
read model (:func:`enforcement_desktop.services.reminders.diary_screen`): the reminders due by a
date (today by default), latest due first, and, for a team leader, the work gone quiet.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.services.context import ServiceContext

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


def _table(rows: Sequence[tuple[str, ...]], out: Callable[[str], None]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out("  ".join([*cells, row[-1]]).rstrip())


def print_diary(args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Print the diary the command line asked for; 0 when printed."""
    from enforcement_desktop.services.reminders import diary_screen

    screen = diary_screen(ctx, login=args.user, team=args.team, due_by=args.due_by)
    whose = (
        f"{screen.team} ({screen.display_name}'s team)"
        if screen.team
        else f"{screen.display_name} ({screen.login})"
    )
    count = len(screen.entries)
    out(
        f"Diary of {whose}, due by {format_date(screen.due_by)}: "
        f"{count} reminder{'' if count == 1 else 's'}, {screen.overdue_count} overdue"
    )
    if screen.entries:
        rows: list[tuple[str, ...]] = [("Due", "SCIN", "Client", "SR", "Owner", "What")]
        for e in screen.entries:
            due = format_date(e.due_on) + (" overdue" if e.overdue else "")
            rows.append((due, e.scin or "—", e.client_name, str(e.sr_id), e.owner or "—", e.what))
        _table(rows, out)
    if not screen.is_team_leader:
        return 0
    out("")
    out(f"Cases with arrears and no open service request: {len(screen.quiet_cases)}")
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
    out(f"Open service requests that ask nobody to act: {len(screen.quiet_srs)}")
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
