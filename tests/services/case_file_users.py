"""The demo's users, for databases a case file is imported into.

A case file names users by login and import refuses a login the target database has no user
for, so a test's target database first gets the users the demo's files name (as a team adds its
colleagues before importing their cases).
"""

from __future__ import annotations

from enforcement_desktop import demo
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser

#: The logins the demo built as "test.user" names, with a name and roles each.
DEMO_USERS = (
    ("test.user", "Casey Example", "case_manager"),
    (demo.COLLEAGUE, "Morgan Example", "case_manager"),
    (demo.DEMO_TEAM_LEADER, "Terry Example", "case_manager,team_leader"),
    (demo.DEMO_DOT_USER, "Dana Example", "deduction_order_team"),
)


def add_demo_users(ctx: ServiceContext) -> ServiceContext:
    """Give the database behind ``ctx`` the demo's users (those it lacks); returns ``ctx``."""
    with ctx.unit_of_work() as session:
        for login, name, roles in DEMO_USERS:
            if session.query(AppUser).filter_by(login=login).first() is None:
                session.add(
                    AppUser(login=login, display_name=name, roles=roles, team=demo.DEMO_TEAM)
                )
    return ctx
