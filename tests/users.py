"""Test databases get a user record for the login the test works as, here and only here.

The application refuses a login with no user record (issue 11: never silently "root"), so a
test that writes to a database it made first adds its user, as a new team would.
"""

from __future__ import annotations

from pathlib import Path

from enforcement_desktop.config import current_user
from enforcement_desktop.services import users
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.db import Database

#: The name the tests' users go by.
TEST_NAME = "Test Example"


def add_test_user(ctx: ServiceContext, *, name: str = TEST_NAME) -> users.UserRecord:
    """Give ``ctx.user`` a user record (a team leader, as the first user of a database)."""
    return users.add_user(ctx, ctx.user, users.UserInput(name, team="Test Team"))


def first_user(db: Path | str, login: str | None = None) -> users.UserRecord:
    """Make ``login`` (the commands' login by default) the first user of the database at ``db``
    (a file path or URL; created and migrated when missing)."""
    url = str(db) if "://" in str(db) else f"sqlite:///{db}"
    database = Database(url)
    try:
        return add_test_user(ServiceContext(database, login or current_user()))
    finally:
        database.dispose()
