"""``enforcement-desktop policy show|set``: the office's policies, kept in the database.

Registered by :mod:`enforcement_desktop.cli`. One policy so far: ``pack-encryption``, whether
bailiff packs must travel encrypted (:mod:`enforcement_desktop.services.policy`). Anyone may show
the policies; only a team leader may set one (the service decides and records it in the audit
trail; a refusal is one line, exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from enforcement_desktop.services.context import ServiceContext

__all__ = ["POLICIES", "add_parser", "run_policy"]

#: The policies the command knows, by their name on the command line.
POLICIES = ("pack-encryption",)

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
        "are sent to the Bailiff SPOC. Anyone may show them; only a team leader may set one, "
        "and the change is recorded in the audit trail.",
    )
    actions = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="show every policy", description="Show every policy.")
    change = actions.add_parser(
        "set",
        help="set a policy (team leaders)",
        description="Set a policy (team leaders only).",
    )
    change.add_argument("name", choices=POLICIES, metavar="POLICY", help="pack-encryption")
    change.add_argument("value", choices=("on", "off"), metavar="on|off")


def run_policy(args: argparse.Namespace, ctx: ServiceContext, out: Callable[[str], None]) -> int:
    """Show the policies or set one; the exit status (0: refusals are raised, as DomainError)."""
    from enforcement_desktop.services import policy

    if args.policy_command == "show":
        required = policy.pack_encryption_required(ctx)
        out(f"pack-encryption: {_STATE[required]} ({_MEANING[required]})")
        return 0
    required = args.value == "on"
    before = policy.set_pack_encryption_required(ctx, required)
    if before == required:
        out(f"pack-encryption: {_STATE[required]} (unchanged)")
    else:
        out(f"pack-encryption: {_STATE[required]} (was {_STATE[before]}): {_CHANGED[required]}")
    return 0
