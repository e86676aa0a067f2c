"""``enforcement-desktop user ...`` and ``office ...``: users, roles and offices from the shell.

Registered by :mod:`enforcement_desktop.cli`; the acting user is the login, as for every command.
Only a team leader may add or change users and offices, except in a database with no users yet,
whose first user becomes its team leader (the services decide; a refusal is one line, exit 1).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from enforcement_desktop.domain.enums import UserRole
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.services.context import ServiceContext

#: How the service's field names are called on the command line.
_OPTION_OF = {
    "login": "LOGIN",
    "display_name": "--name",
    "phone": "--phone",
    "team": "--team",
    "office_id": "--office",
    "roles": "--role",
    "active": "--inactive",
    "name": "--name",
    "address_lines": "--address",
    "postcode": "--postcode",
    "opening_hours": "--hours",
}


def _role(value: str) -> UserRole:
    key = value.strip().lower().replace("-", "_").replace(" ", "_")
    aliases = {
        "dot": UserRole.DEDUCTION_ORDER_TEAM,
        "fiu": UserRole.FINANCIAL_INVESTIGATIONS_UNIT,
        "scr": UserRole.SPECIAL_CLIENT_RECORDS,
    }
    if key in aliases:
        return aliases[key]
    try:
        return UserRole(key)
    except ValueError:
        known = ", ".join(role.value for role in UserRole)
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a role (one of {known}; or dot, fiu, scr)"
        ) from None


def add_parsers(sub: Any) -> None:
    """Add the ``user`` and ``office`` command groups to the main parser's sub-parsers."""
    user = sub.add_parser(
        "user",
        help="add, change or list users and their roles",
        description="Users of this database: who they are, their team, office and roles. Only a "
        "team leader may add or change them; the first user of a new database becomes its "
        "team leader.",
    )
    actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    def details(parser: argparse.ArgumentParser, *, adding: bool) -> None:
        parser.add_argument("login", metavar="LOGIN", help="the user's login")
        parser.add_argument("--name", required=adding, help="the name shown and printed")
        parser.add_argument("--phone", help="a UK telephone number ('' for none)")
        parser.add_argument("--team", help="the team ('' for none)")
        parser.add_argument("--office", metavar="NAME", help="the office's name ('' for none)")
        parser.add_argument(
            "--role",
            dest="roles",
            action="append",
            type=_role,
            metavar="ROLE",
            help="a role, repeated for several: case_manager, team_leader, "
            "deduction_order_team (dot), financial_investigations_unit (fiu), "
            "special_client_records (scr)"
            + ("; case_manager when none is given" if adding else "; replaces the roles"),
        )

    add = actions.add_parser("add", help="add a user", description="Add a user.")
    details(add, adding=True)
    change = actions.add_parser(
        "set",
        help="change a user",
        description="Change a user; what is not given stays as it is.",
    )
    details(change, adding=False)
    active = change.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_true", default=None)
    active.add_argument("--inactive", dest="active", action="store_false")
    actions.add_parser("list", help="list the users", description="List the users.")

    office = sub.add_parser(
        "office",
        help="add, change or list offices",
        description="The offices users work from: letters give their address and phone.",
    )
    office_actions = office.add_subparsers(dest="office_command", metavar="ACTION", required=True)

    def office_details(parser: argparse.ArgumentParser, *, adding: bool) -> None:
        parser.add_argument("name", metavar="NAME", help="the office's name")
        if not adding:
            parser.add_argument("--name", dest="new_name", help="a new name")
        parser.add_argument(
            "--address",
            action="append",
            metavar="LINE",
            required=adding,
            help="an address line without the postcode, repeated for each line",
        )
        parser.add_argument("--postcode", required=adding)
        parser.add_argument("--phone", help="a UK telephone number")
        parser.add_argument("--hours", help="opening hours, e.g. 'Monday to Friday, 8am to 6pm'")

    office_details(office_actions.add_parser("add", help="add an office"), adding=True)
    office_details(office_actions.add_parser("set", help="change an office"), adding=False)
    office_actions.add_parser("list", help="list the offices")


def _renamed(exc: ValidationError) -> ValidationError:
    return ValidationError({_OPTION_OF.get(k, k): v for k, v in exc.errors.items()})


def _office_id(ctx: ServiceContext, name: str | None, current: int | None) -> int | None:
    from enforcement_desktop.services.users import office_by_name

    if name is None:
        return current
    if not name.strip():
        return None
    office = office_by_name(ctx, name)
    if office is None:
        raise ValidationError(
            {
                "--office": f"There is no office called '{name}' (see `enforcement-desktop "
                "office list`)"
            }
        )
    return office.id


def _table(rows: Sequence[Sequence[str]], header: Sequence[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in [header, *rows]
    ]
    return "\n".join(lines) + "\n"


def run_user(args: argparse.Namespace, ctx: ServiceContext) -> int:
    from enforcement_desktop.services import users

    if args.user_command == "list":
        rows = [
            (
                u.login,
                u.display_name + ("" if u.active else " (inactive)"),
                u.team or "",
                ", ".join(sorted(r.value for r in u.roles)),
                u.office.name if u.office else "",
            )
            for u in users.list_users(ctx)
        ]
        if not rows:
            print("No users yet: the first one added becomes the team leader.")
            return 0
        sys.stdout.write(_table(rows, ("LOGIN", "NAME", "TEAM", "ROLES", "OFFICE")))
        return 0
    try:
        if args.user_command == "add":
            data = users.UserInput(
                display_name=args.name,
                phone=args.phone,
                team=args.team,
                office_id=_office_id(ctx, args.office, None),
                roles=frozenset(args.roles or [UserRole.CASE_MANAGER]),
            )
            record = users.add_user(ctx, args.login, data)
            verb = "Added"
        else:
            found = users.user_by_login(ctx, args.login)
            if found is None:
                raise ValidationError({"login": f"There is no user with the login '{args.login}'"})
            data = users.UserInput(
                display_name=found.display_name if args.name is None else args.name,
                phone=found.phone if args.phone is None else args.phone,
                team=found.team if args.team is None else args.team,
                office_id=_office_id(ctx, args.office, found.office.id if found.office else None),
                roles=found.roles if args.roles is None else frozenset(args.roles),
                active=found.active if args.active is None else args.active,
            )
            record = users.update_user(ctx, args.login, data, expected_version=found.version)
            verb = "Changed"
    except ValidationError as exc:
        raise _renamed(exc) from None
    roles = ", ".join(sorted(r.value for r in record.roles))
    print(f"{verb} user {record.login} ({record.display_name}): {roles}")
    return 0


def run_office(args: argparse.Namespace, ctx: ServiceContext) -> int:
    from enforcement_desktop.services import users

    if args.office_command == "list":
        rows = [
            (o.name, ", ".join((*o.address_lines, o.postcode)), o.phone or "", o.opening_hours)
            for o in users.list_offices(ctx)
        ]
        if not rows:
            print("No offices yet.")
            return 0
        sys.stdout.write(_table(rows, ("NAME", "ADDRESS", "PHONE", "OPENING HOURS")))
        return 0
    try:
        if args.office_command == "add":
            record = users.add_office(
                ctx,
                users.OfficeInput(
                    name=args.name,
                    address_lines=tuple(args.address),
                    postcode=args.postcode,
                    phone=args.phone,
                    opening_hours=args.hours or "",
                ),
            )
            verb = "Added"
        else:
            found = users.office_by_name(ctx, args.name)
            if found is None:
                raise ValidationError({"name": f"There is no office called '{args.name}'"})
            record = users.update_office(
                ctx,
                found.id,
                users.OfficeInput(
                    name=found.name if args.new_name is None else args.new_name,
                    address_lines=found.address_lines
                    if args.address is None
                    else tuple(args.address),
                    postcode=found.postcode if args.postcode is None else args.postcode,
                    phone=found.phone if args.phone is None else args.phone,
                    opening_hours=found.opening_hours if args.hours is None else args.hours,
                ),
                expected_version=found.version,
            )
            verb = "Changed"
    except ValidationError as exc:
        raise _renamed(exc) from None
    print(f"{verb} office {record.name}")
    return 0


#: The command groups this module adds, each run on a service context.
COMMANDS: dict[str, Callable[[argparse.Namespace, ServiceContext], int]] = {
    "user": run_user,
    "office": run_office,
}
