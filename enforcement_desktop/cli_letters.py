"""``enforcement-desktop letter CODE SCIN --to KIND --out DIR``: write a third-party letter.

Registered by :mod:`enforcement_desktop.cli`. The letter is written as Word into ``--out``,
recorded on the SR (``--sr``, else the client's one open Decide on enforcement action SR) and
registered with its reply due date; the path is printed. Refusals are one line, exit 1.

``letter CMEL8011|CMEL8039 SCIN --sr N --out DIR`` writes the bailiff letters to the receiving
parents of Bailiff SR ``N`` through the same service as the Activity plan's buttons
(:func:`services.bailiff.send_cmel8011`, :func:`~services.bailiff.send_cmel8039`), which records
them on the SR(s) as the Activity plan does; each file's path is printed.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

# Not the documents module: the parser is built at every start, the window's too, and
# python-docx with the letter builders cost 300 ms there.
from enforcement_desktop.domain.letters import (
    Cmel9251Variant,
    CouncilItem,
    LetterCode,
    RecipientKind,
)
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services.context import ServiceContext

__all__ = ["add_parser", "write_letter"]

#: The wait for a reply when none is given.
DEFAULT_WAIT_DAYS = 14

_INCLUDE = ("nino", "address", "dob")

#: The Bailiff procedure's letters to the receiving parent, written from a Bailiff SR.
BAILIFF_LETTERS = ("CMEL8011", "CMEL8039")


def parse_date(value: str) -> date:
    """A date typed on the command line: 2026-12-07 or 07/12/2026."""
    text = value.strip()
    for form in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"{text[:40]!r} is not a date: write it as 2026-12-07 or 07/12/2026"
    )


def _code(value: str) -> LetterCode | str:
    text = value.strip().upper()
    if text in BAILIFF_LETTERS:
        return text
    try:
        return LetterCode(text)
    except ValueError:
        known = ", ".join([*(c.value for c in LetterCode), *BAILIFF_LETTERS])
        raise argparse.ArgumentTypeError(f"{value[:20]!r} is not a letter code ({known})") from None


def add_parser(sub: Any, *, scin: Callable[[str], str], path: Callable[[str], Path]) -> None:
    """Add ``letter`` to the commands (``sub`` is the parser's sub-parsers action)."""
    letter = sub.add_parser(
        "letter",
        help="write a third-party letter (CMEL9251, CMEL9236, ...), register it on the SR",
        description="Write a letter of Enforcement Action - Consider, step 9, as a Word document "
        "the case manager may edit before printing; record it on the service request and "
        "register it with the date its reply is due. CMEL9251 goes to an employer, a bank "
        "(Deduction Order Team and Financial Investigations Unit only) or another third party; "
        "CMEL9236 and CMEL7183 to the receiving parent; CMEL9253 and FT9253 to a council; "
        "CMEL9235 (to the regional CSA SPOC) and VQ615, the DVLA request, only when criminal "
        "action is being considered. CMEL8011 and CMEL8039 go to the receiving parents from a "
        "Bailiff SR named with --sr (no --to), as the Activity plan sends them. The arrears "
        "letters CMSL6031 and CMSL6038 (to the paying parent) go from an Arrears Review, "
        "CMSL5511 (to the receiving parent) also from an Action Missed Payment or Disclosure "
        "SR, named with --sr.",
    )
    letter.add_argument("code", type=_code, metavar="CODE", help="the letter, e.g. CMEL9251")
    letter.add_argument("scin", type=scin, metavar="SCIN", help="the paying parent's SCIN")
    letter.add_argument(
        "--to",
        choices=[k.value for k in RecipientKind],
        help="who it goes to (every letter but CMEL8011 and CMEL8039)",
    )
    letter.add_argument("--out", required=True, type=path, metavar="DIR", help="folder for it")
    letter.add_argument(
        "--sr",
        type=int,
        metavar="N",
        help="the SR (default: the open Decide SR; CMEL8011/CMEL8039: the Bailiff SR, needed)",
    )
    letter.add_argument(
        "--reply-due",
        type=parse_date,
        metavar="DATE",
        help=f"when the reply is due (default: {DEFAULT_WAIT_DAYS} days from today)",
    )
    letter.add_argument("--name", help="the recipient's name (employer: the one recorded)")
    letter.add_argument(
        "--address", action="append", default=[], metavar="LINE", help="an address line, "
        "repeated; the postcode last"
    )  # fmt: skip
    letter.add_argument("--about", help="CMEL9251: what the information relates to")
    letter.add_argument(
        "--variant",
        choices=[v.value.replace("_", "-") for v in Cmel9251Variant],
        help="CMEL9251: approached but failed to supply, or unable to trace",
    )
    letter.add_argument(
        "--include",
        action="append",
        default=[],
        choices=_INCLUDE,
        help="CMEL9251/CMEL9253: give the paying parent's NI number, address or date of birth",
    )
    letter.add_argument("--information", help="CMEL7183: the information needed")
    letter.add_argument(
        "--reason",
        help="CMEL7183: why it is needed; CMEL9235/VQ615: why the DVLA is asked; CMSL6031/"
        "CMSL6038: why a letter the arrears rules do not advise is sent anyway",
    )
    letter.add_argument(
        "--needed",
        action="append",
        default=[],
        choices=[i.value.replace("_", "-") for i in CouncilItem],
        help="CMEL9253/FT9253: a box to tick (repeat)",
    )


def write_letter(args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Write the letter the command line asked for; 0 when written."""
    from enforcement_desktop.domain.errors import ValidationError
    from enforcement_desktop.services.letters import LetterInput, decide_sr_for, send_letter

    if args.code in BAILIFF_LETTERS:
        return _write_bailiff_letter(args, ctx, out)
    if args.code in ARREARS_LETTERS:
        return _write_arrears_letter(args, ctx, out)
    if args.to is None:
        choices = ", ".join(k.value for k in RecipientKind)
        raise ValidationError({"--to": f"say who {args.code.value} goes to ({choices})"})
    sr_id = decide_sr_for(ctx, args.scin, args.sr)
    due = args.reply_due or ctx.today() + timedelta(days=DEFAULT_WAIT_DAYS)
    data = LetterInput(
        code=args.code,
        recipient=RecipientKind(args.to),
        reply_due=due,
        recipient_name=args.name,
        recipient_address=tuple(args.address),
        information_about=args.about,
        variant=Cmel9251Variant(args.variant.replace("-", "_")) if args.variant else None,
        include_nino="nino" in args.include,
        include_address="address" in args.include,
        include_date_of_birth="dob" in args.include,
        information_needed=args.information,
        reason=args.reason,
        council_items=frozenset(CouncilItem(i.replace("-", "_")) for i in args.needed),
    )
    sent = send_letter(ctx, sr_id, data, args.out)
    assert sent.document_path is not None
    out(str(Path(args.out) / sent.document_path))
    out(
        f"  {sent.code.value} to {sent.recipient_name} registered on SR {sr_id}; "
        f"reply due {format_date(due)}"
    )
    return 0


#: The arrears letters (Arrears - Consider Action, step 5, and the CMSL5511 steer): written from
#: the Arrears Review, Action Missed Payment or Disclosure SR named with --sr.
ARREARS_LETTERS = (LetterCode.CMSL6031, LetterCode.CMSL6038, LetterCode.CMSL5511)


def _write_arrears_letter(
    args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]
) -> int:
    """CMSL6031, CMSL6038 or CMSL5511 from SR ``--sr``, as the Arrears letters tab sends them."""
    from enforcement_desktop.domain.errors import ValidationError
    from enforcement_desktop.services.arrears_letters import send_arrears_letter
    from enforcement_desktop.services.letters import decide_sr_for

    code = args.code
    if args.sr is None:
        raise ValidationError(
            {"--sr": f"{code.value} is written from an Arrears Review (CMSL5511 also from an "
             "Action Missed Payment or Disclosure SR): name it with --sr N"}
        )  # fmt: skip
    wanted = RecipientKind.RECEIVING_PARENT if code is LetterCode.CMSL5511 else None
    if args.to is not None and args.to != (wanted or RecipientKind.PAYING_PARENT).value:
        raise ValidationError({"--to": f"{code.value} goes to its own recipient (leave out --to)"})
    sr_id = decide_sr_for(ctx, args.scin, args.sr)
    sent = send_arrears_letter(ctx, sr_id, code, args.out, override_reason=args.reason)
    assert sent.letter.document_path is not None
    out(str(Path(args.out) / sent.letter.document_path))
    then = (
        f"; SR {sr_id} waits until {format_date(sent.wait_until)} (Wait State Arrears Notice)"
        if sent.wait_until is not None
        else f"; reminder set for {format_date(sent.reminder_due)}"
        if sent.reminder_due is not None
        else ""
    )
    out(f"  {code.value} to {sent.letter.recipient_name} registered on SR {sr_id}{then}")
    return 0


def _write_bailiff_letter(
    args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]
) -> int:
    """CMEL8011 or CMEL8039 from Bailiff SR ``--sr``, as its Activity plan sends them."""
    from enforcement_desktop.domain.errors import ValidationError
    from enforcement_desktop.services import bailiff
    from enforcement_desktop.services.letters import decide_sr_for

    code = args.code
    if args.sr is None:
        raise ValidationError({"--sr": f"{code} is written from a Bailiff SR: name it with --sr N"})
    if args.to not in (None, RecipientKind.RECEIVING_PARENT.value):
        raise ValidationError(
            {"--to": f"{code} goes to the receiving parents of the Bailiff SR (leave out --to)"}
        )
    # The SR must be this client's: the same check as a third-party letter's --sr.
    sr_id = decide_sr_for(ctx, args.scin, args.sr)
    send = bailiff.send_cmel8011 if code == "CMEL8011" else bailiff.send_cmel8039
    documents = send(ctx, sr_id, args.out)
    files = list(dict.fromkeys(d.path for d in documents))
    for path in files:
        out(str(Path(args.out) / path))
    # One document per letter and SR covered (CMEL8011 covers the referral's SRs made ready).
    others = len(documents) // len(files) - 1 if files else 0
    also = f" and {others} other Bailiff SR{'s' if others != 1 else ''} of the referral"
    plural = "s" if len(files) != 1 else ""
    out(
        f"  {code}: {len(files)} letter{plural} to the receiving parent{plural}, recorded on "
        f"Bailiff SR {sr_id}{also if others > 0 else ''}"
    )
    return 0
