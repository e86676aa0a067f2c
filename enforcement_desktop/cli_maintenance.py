"""``enforcement-desktop maintenance add|list SCIN``: collections of ongoing maintenance.

Registered by :mod:`enforcement_desktop.cli`. ``add`` records one collection (the date it was
due, the amount due and, when something was paid, the amount and the date it came); ``list``
prints the case's collections, newest first, each paid in full on time or missed. They decide
whether CMSL6038 is due (Arrears – Consider Action, step 5). Refusals are one line, exit 1.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from enforcement_desktop.domain.values import format_date, format_money
from enforcement_desktop.services.context import ServiceContext

__all__ = ["add_parser", "run_maintenance"]


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


def add_parser(sub: Any, *, scin: Callable[[str], str]) -> None:
    """Add ``maintenance`` to the commands (``sub`` is the parser's sub-parsers action)."""
    parser = sub.add_parser(
        "maintenance",
        help="record or list a case's collections of ongoing maintenance (due and paid)",
        description="Collections of ongoing maintenance on the paying parent's case: what was "
        "due on a date and what was paid. A collection paid in full by its due date is "
        "complied with; a missed one after 12 weeks of compliance since the last arrears "
        "letter calls for CMSL6038 (Arrears - Consider Action, step 5).",
    )
    actions = parser.add_subparsers(dest="maintenance_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="record one collection")
    add.add_argument("scin", type=scin, metavar="SCIN", help="the paying parent's SCIN")
    add.add_argument("--due", required=True, type=_date, metavar="DATE", help="the date it was due")
    add.add_argument("--amount-due", required=True, metavar="AMOUNT", help="e.g. 45.00")
    add.add_argument("--paid", default="0", metavar="AMOUNT", help="the amount paid (default 0)")
    add.add_argument(
        "--paid-on", type=_date, metavar="DATE", help="when the payment came (with --paid)"
    )
    add.add_argument("--case", type=int, metavar="N", help="the case, when they have several")
    listing = actions.add_parser("list", help="print the case's collections, newest first")
    listing.add_argument("scin", type=scin, metavar="SCIN", help="the paying parent's SCIN")
    listing.add_argument("--case", type=int, metavar="N", help="the case, when they have several")


def run_maintenance(
    args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]
) -> int:
    """Run ``maintenance add`` or ``maintenance list``; 0 when done."""
    from enforcement_desktop.services import maintenance

    case_id = maintenance.case_for_scin(ctx, args.scin, args.case)
    if args.maintenance_action == "add":
        saved = maintenance.record_payment(
            ctx,
            case_id,
            maintenance.PaymentInput(args.due, args.amount_due, args.paid, args.paid_on),
        )
        out(
            f"Recorded on case {case_id}: due {format_date(saved.due_on)} "
            f"{format_money(saved.amount_due)}, paid {format_money(saved.amount_paid)}"
            + (f" on {format_date(saved.paid_on)}" if saved.paid_on else "")
            + f" ({saved.describe(ctx.today()).lower()})"
        )
        return 0
    listed = maintenance.list_payments(ctx, case_id)
    count = len(listed)
    out(f"Case {case_id}: {count} collection{'' if count == 1 else 's'} recorded")
    if not listed:
        return 0
    rows = [("Due", "Amount due", "Paid", "Paid on", "")] + [
        (
            format_date(p.due_on),
            format_money(p.amount_due),
            format_money(p.amount_paid),
            format_date(p.paid_on) or "-",
            p.describe(ctx.today()),
        )
        for p in listed
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths, strict=False)]
        out("  ".join([*cells, row[4]]).rstrip())
    return 0
