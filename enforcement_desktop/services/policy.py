"""Office policies kept in the database, so every desktop on it follows the same rule.

Whether bailiff packs must travel encrypted (issue 12, "the pack travels encrypted"): the
``database_info`` key :data:`PACK_ENCRYPTION_KEY` holding "yes" or "no"; a database that never
set it does not require encryption. The pack dialog ticks "Encrypt the zip" by default when it is
required.

What the office quotes on a VQ615, the DVLA request (Enforcement Action – Consider, step 9): its
data protection registration number with the expiry date, and the legislation under which the
information is requested. A VQ615 is refused while either is missing or the registration has
expired. Team leaders set every policy; each change is in the audit trail.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.dvla import (
    DvlaOfficeSettings,
    legislation_problem,
    registration_expiry_problem,
    registration_problem,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
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


# --------------------------------------------------------------------------- DVLA request (VQ615)

#: The ``database_info`` keys of what the office quotes on a VQ615 (Enforcement Action –
#: Consider, step 9): the data protection registration number, its expiry date (ISO) and the
#: legislation under which the DVLA is asked.
DP_REGISTRATION_KEY = "dp_registration_number"
DP_REGISTRATION_EXPIRES_KEY = "dp_registration_expires"
DVLA_LEGISLATION_KEY = "dvla_legislation"


def read_dvla_settings(session: Session) -> DvlaOfficeSettings:
    """The office's VQ615 settings, read in ``session`` (one statement)."""
    keys = (DP_REGISTRATION_KEY, DP_REGISTRATION_EXPIRES_KEY, DVLA_LEGISLATION_KEY)
    rows = session.execute(
        select(DatabaseInfo.key, DatabaseInfo.value).where(DatabaseInfo.key.in_(keys))
    )
    values = {key: value for key, value in rows}
    expires: date | None = None
    if values.get(DP_REGISTRATION_EXPIRES_KEY):
        try:
            expires = date.fromisoformat(values[DP_REGISTRATION_EXPIRES_KEY])
        except ValueError:  # written by hand into the table: treated as not recorded
            expires = None
    return DvlaOfficeSettings(
        registration_number=values.get(DP_REGISTRATION_KEY) or None,
        registration_expires=expires,
        legislation=values.get(DVLA_LEGISLATION_KEY) or None,
    )


def dvla_settings(ctx: ServiceContext) -> DvlaOfficeSettings:
    """The office's VQ615 settings (each None when never set)."""
    with ctx.reading() as session:
        return read_dvla_settings(session)


def _require_team_leader(session: Session, ctx: ServiceContext, what: str) -> None:
    user = find_user(session, ctx.user)
    if user is None or not user.active or not user.is_team_leader:
        raise RuleViolation(
            f"Only a team leader can change {what}",
            [f"{ctx.user} is not recorded as an active team leader"],
        )


def _put(session: Session, ctx: ServiceContext, key: str, value: str) -> None:
    row = session.get(DatabaseInfo, key)
    before = row.value if row is not None else None
    if row is None:
        session.add(DatabaseInfo(key=key, value=value))
    else:
        row.value = value
    if before != value:
        record_event(
            session,
            ctx,
            action="update",
            entity="database_info",
            entity_id=0,
            field_name=key,
            old=before,
            new=value,
        )


def set_dp_registration(
    ctx: ServiceContext, number: str, expires: date | None
) -> DvlaOfficeSettings:
    """Record the office's data protection registration number and its expiry date, which
    every VQ615 quotes: a team leader's action, audited.

    Returns:
        The settings as they were before.

    Raises:
        ValidationError: No number, one too long (``number``); no expiry date, or one already
            past (``expires``).
        RuleViolation: The user is not recorded as an active team leader.
    """
    errors = {
        "number": registration_problem(number),
        "expires": registration_expiry_problem(expires, ctx.today()),
    }
    if any(errors.values()):
        raise ValidationError({k: v for k, v in errors.items() if v})
    assert expires is not None
    with ctx.unit_of_work() as session:
        _require_team_leader(session, ctx, "the office's data protection registration")
        before = read_dvla_settings(session)
        _put(session, ctx, DP_REGISTRATION_KEY, number.strip())
        _put(session, ctx, DP_REGISTRATION_EXPIRES_KEY, expires.isoformat())
        return before


def set_dvla_legislation(ctx: ServiceContext, text: str) -> DvlaOfficeSettings:
    """Record the legislation the office quotes on a VQ615: a team leader's action, audited.

    Returns:
        The settings as they were before.

    Raises:
        ValidationError: No text, or too long (``legislation``).
        RuleViolation: The user is not recorded as an active team leader.
    """
    problem = legislation_problem(text)
    if problem:
        raise ValidationError({"legislation": problem})
    with ctx.unit_of_work() as session:
        _require_team_leader(session, ctx, "the legislation the office quotes to the DVLA")
        before = read_dvla_settings(session)
        _put(session, ctx, DVLA_LEGISLATION_KEY, " ".join(text.split()))
        return before
