"""Office policies kept in the database, so every desktop on it follows the same rule.

One policy so far: whether bailiff packs must travel encrypted (issue 12, "the pack travels
encrypted"). It is the ``database_info`` key :data:`PACK_ENCRYPTION_KEY` holding "yes" or "no";
a database that never set it does not require encryption. The pack dialog ticks "Encrypt the
zip" by default when it is required; team leaders set it.
"""

from __future__ import annotations

from sqlalchemy import select

from enforcement_desktop.domain.errors import RuleViolation
from enforcement_desktop.services.base import record_event
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import DatabaseInfo

#: The ``database_info`` key of the pack encryption policy ("yes" or "no").
PACK_ENCRYPTION_KEY = "pack_encryption_required"


def pack_encryption_required(ctx: ServiceContext) -> bool:
    """Whether the office requires bailiff packs to be encrypted (False when never set)."""
    with ctx.reading() as session:
        value = session.scalar(
            select(DatabaseInfo.value).where(DatabaseInfo.key == PACK_ENCRYPTION_KEY)
        )
    return value == "yes"


def set_pack_encryption_required(ctx: ServiceContext, required: bool) -> bool:
    """Require (or stop requiring) encrypted bailiff packs: a team leader's action, audited.

    Args:
        ctx: Database, user (who must be an active team leader) and clock.
        required: The new policy.

    Returns:
        The policy as it was before.

    Raises:
        RuleViolation: The user is not recorded as an active team leader.
    """
    with ctx.unit_of_work() as session:
        user = find_user(session, ctx.user)
        if user is None or not user.active or not user.is_team_leader:
            raise RuleViolation(
                "Only a team leader can change the office's pack encryption policy",
                [f"{ctx.user} is not recorded as an active team leader"],
            )
        row = session.get(DatabaseInfo, PACK_ENCRYPTION_KEY)
        before = row is not None and row.value == "yes"
        value = "yes" if required else "no"
        if row is None:
            session.add(DatabaseInfo(key=PACK_ENCRYPTION_KEY, value=value))
        else:
            row.value = value
        record_event(
            session,
            ctx,
            action="update",
            entity="database_info",
            entity_id=0,
            field_name=PACK_ENCRYPTION_KEY,
            old=before,
            new=required,
        )
        return before
