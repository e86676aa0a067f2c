"""``enforcement-desktop policy show|set``: the office's policies, kept in the database.

Registered by :mod:`enforcement_desktop.cli`. ``pack-encryption``: whether bailiff packs must
travel encrypted; ``dp-registration`` (number and expiry date) and ``dvla-legislation``: what
every VQ615, the DVLA request, quotes (:mod:`enforcement_desktop.services.policy`). Anyone may
show the policies; only a team leader may set one (the service decides and records it in the
audit trail; a refusal is one line, exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from enforcement_desktop.cli_letters import parse_date
from enforcement_desktop.domain.dvla import DvlaOfficeSettings
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.services.context import ServiceContext

__all__ = ["POLICIES", "add_parser", "run_policy"]

#: The policies the command knows, by their name on the command line.
POLICIES = ("pack-encryption", "dp-registration", "dvla-legislation")

_STATE = {True: "on", False: "off"}
_MEANING = {
    True: "bailiff packs must be encrypted; the pack dialog ticks 'Encrypt the zip'",
    False: "bailiff packs may be sent as a plain zip",
}
_CHANGED = {
    True: "bailiff packs must now be encrypted",
    False: "bailiff packs may be sent as a plain zip",
}


def add_parser(sub: Any) -> None:
    """Add ``policy`` to the commands (``sub`` is the parser's sub-parsers action)."""
    policy = sub.add_parser(
        "policy",
        help="show the office's policies, or set one (team leaders)",
        description="The office's policies, kept in the database so every desktop on it "
        "follows them. pack-encryption: whether bailiff packs must be encrypted before they "
        "are sent to the Bailiff SPOC; dp-registration and dvla-legislation: what every VQ615 "
        "(the DVLA request) quotes. Anyone may show them; only a team leader may set one, "
        "and the change is recorded in the audit trail.",
    )
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="show every policy", description="Show every policy.")
    change = actions.add_parser(
        "set",
        help="set a policy (team leaders)",
        description="Set a policy (team leaders only).",
    )
    names = change.add_subparsers(dest="name", metavar="POLICY", required=True)
    encryption = names.add_parser(
        "pack-encryption",
        help="whether bailiff packs must be encrypted",
        description="Whether bailiff packs must be encrypted before they are sent.",
    )
    encryption.add_argument("value", choices=("on", "off"), metavar="on|off")
    registration = names.add_parser(
        "dp-registration",
        help="the data protection registration number and expiry date every VQ615 quotes",
        description="The office's data protection registration number and the date it "
        "expires, printed on every VQ615 (the DVLA request). A VQ615 is refused once it "
        "has expired.",
    )
    registration.add_argument("number", metavar="NUMBER", help="the registration number")
    registration.add_argument(
        "--expires",
        required=True,
        type=parse_date,
        metavar="DATE",
        help="when it expires (2027-03-31 or 31/03/2027)",
    )
    legislation = names.add_parser(
        "dvla-legislation",
        help="the legislation every VQ615 quotes",
        description="The legislation under which the office asks the DVLA for information, "
        "printed on every VQ615.",
    )
    legislation.add_argument("text", metavar="TEXT", help="the legislation, as quoted")


def _dp_registration(settings: DvlaOfficeSettings, today: date) -> str:
    number, expires = settings.registration_number, settings.registration_expires
    if not number or expires is None:
        return "not set (VQ615 cannot be written until a team leader sets it)"
    if expires < today:
        return f"{number}, expired on {format_date(expires)} (VQ615 cannot be written)"
    return f"{number}, expires {format_date(expires)}"


def _legislation(settings: DvlaOfficeSettings) -> str:
    if not settings.legislation:
        return "not set (VQ615 cannot be written until a team leader sets it)"
    return settings.legislation


def run_policy(args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Show the policies or set one; the exit status (0: refusals are raised, as DomainError)."""
    from enforcement_desktop.services import policy

    if args.policy_command == "show":
        required = policy.pack_encryption_required(ctx)
        out(f"pack-encryption: {_STATE[required]} ({_MEANING[required]})")
        dvla = policy.dvla_settings(ctx)
        out(f"dp-registration: {_dp_registration(dvla, ctx.today())}")
        out(f"dvla-legislation: {_legislation(dvla)}")
        return 0
    if args.name == "dp-registration":
        before = policy.set_dp_registration(ctx, args.number, args.expires)
        now = policy.dvla_settings(ctx)
        was = (
            _dp_registration(before, ctx.today())
            if before.registration_number and before.registration_expires
            else "not set"
        )
        shown = _dp_registration(now, ctx.today())
        out(f"dp-registration: {shown}" + ("" if was == shown else f" (was {was})"))
        return 0
    if args.name == "dvla-legislation":
        before = policy.set_dvla_legislation(ctx, args.text)
        now = policy.dvla_settings(ctx)
        changed = before.legislation != now.legislation
        out(f"dvla-legislation: {_legislation(now)}" + ("" if changed else " (unchanged)"))
        return 0
    required = args.value == "on"
    before_required = policy.set_pack_encryption_required(ctx, required)
    if before_required == required:
        out(f"pack-encryption: {_STATE[required]} (unchanged)")
    else:
        out(
            f"pack-encryption: {_STATE[required]} (was {_STATE[before_required]}): "
            f"{_CHANGED[required]}"
        )
    return 0
