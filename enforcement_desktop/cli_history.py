"""``enforcement-desktop history SCIN [--out FILE.pdf]``: a client's case history.

Registered by :mod:`enforcement_desktop.cli`. It prints what the History view shows, from the
same service (:mod:`enforcement_desktop.services.history`), oldest first: date, user, case and
what was done; with ``--out`` it writes the A4 PDF instead and says where, with its SHA-256.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from enforcement_desktop.services.context import ServiceContext

__all__ = ["add_parser", "print_history"]


def add_parser(sub: Any, *, scin: Callable[[str], str], path: Callable[[str], Path]) -> None:
    """Add ``history`` to the commands (``sub`` is the parser's sub-parsers action).

    Args:
        sub: The sub-parsers action.
        scin: The argument type that reads a SCIN.
        path: The argument type that reads a file name.
    """
    history = sub.add_parser(
        "history",
        help="print a client's case history, oldest first (or write it as a PDF)",
        description="Print everything recorded about the client with this SCIN and their "
        "cases, oldest first: the date and time (UTC), who, the case, and what was done (each "
        "change from its old to its new value, notes, documents and letters with their "
        "SHA-256, status changes, outcomes and decisions). With --out, write it as an A4 PDF "
        "instead; the PDF is readable by you only, and its printing is recorded in the audit "
        "trail with its SHA-256.",
    )
    history.add_argument("scin", type=scin, metavar="SCIN", help="the client's SCIN")
    history.add_argument(
        "--out",
        metavar="FILE.pdf",
        type=path,
        help="write the history to this PDF (missing folders are made) instead of printing it",
    )


def print_history(args: Any, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Run ``history``: print the lines, or write the PDF and say where.

    Args:
        args: The parsed command line (``scin``, ``out``).
        ctx: The services' context.
        out: Writes one line of output (the caller makes it safe for the terminal).

    Returns:
        The exit status.
    """
    from enforcement_desktop.services.contacts import find_contact_by_scin
    from enforcement_desktop.services.history import read_client_history, write_history_pdf

    contact = find_contact_by_scin(ctx, args.scin)
    if args.out is not None:
        target: Path = args.out
        if target.is_dir():
            target = target / f"{contact.scin} history.pdf"
        target.parent.mkdir(parents=True, exist_ok=True)
        printed = write_history_pdf(ctx, contact.id, target)
        out(f"Wrote the case history of SCIN {contact.scin} to {printed.path}")
        out(f"  {printed.events:,} events, SHA-256 {printed.sha256}")
        return 0
    history = read_client_history(ctx, contact.id)
    out(f"Case history of {history.name}, SCIN {history.scin} (oldest first; times UTC)")
    rows = [(f"{e.at:%d/%m/%Y %H:%M}", e.who, e.case, e.what) for e in reversed(history.entries)]
    if not rows:
        out("Nothing is recorded for this client.")
        return 0
    who_width = max(len(row[1]) for row in rows)
    case_width = max(len(row[2]) for row in rows)
    for when, who, case, what in rows:
        out(f"{when}  {who:<{who_width}}  {case:<{case_width}}  {what}")
    return 0
