"""The regions reference list: the names a case may carry, maintained by team leaders.

A region names the zip sent to the Bailiff SPOC (SCIN + region, Bailiff procedure, step 12), so
"Midlands", "midlands" and "Midlnads" must not give three names (issue 12 item 11). A case picks
a region from this list: a spelling that differs only in case or spacing is taken as the listed
name, and anything else is refused with the closest listed name suggested.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services.base import record_created
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import Region

#: What a region may hold: it becomes part of a file name (letters, spaces and hyphens).
_REGION_RE = re.compile(r"^[A-Za-z][A-Za-z \-]{0,59}$")
#: How alike a spelling must be to a listed region to be suggested (difflib ratio).
_SUGGEST_CUTOFF = 0.6
#: The command that adds a region, named where a message says how to get one.
ADD_COMMAND = "enforcement-desktop region add NAME"


@dataclass(frozen=True, slots=True)
class RegionDTO:
    id: int
    name: str
    version: int


def _tidy(name: str) -> str:
    """The name with surrounding spaces dropped and inner runs of spaces made one."""
    return " ".join(name.split())


def _key(name: str) -> str:
    return _tidy(name).casefold()


def check_region_name(name: str | None) -> str | None:
    """What is wrong with ``name`` as a new region's name, or None."""
    if not name or not name.strip():
        return "Region is required"
    if not _REGION_RE.match(_tidy(name)):
        return "Region may hold only letters, spaces and hyphens (it names the bailiff pack file)"
    return None


def region_names(session: Session) -> list[str]:
    """The listed regions' names, in alphabetical order, in an open session."""
    return list(session.scalars(select(Region.name).order_by(Region.name)))


def unknown_region_message(name: str, known: Iterable[str]) -> str:
    """Why ``name`` is refused: the closest listed name, else the listed names."""
    names = list(known)
    if not names:
        return f"No regions are recorded yet: a team leader adds them (`{ADD_COMMAND}`)"
    by_key = {_key(n): n for n in names}
    close = difflib.get_close_matches(_key(name), list(by_key), n=1, cutoff=_SUGGEST_CUTOFF)
    shown = _tidy(name)
    if close:
        return f'Unknown region "{shown}". Did you mean {by_key[close[0]]}?'
    return f'Unknown region "{shown}". The regions are: {", ".join(names)}'


def match_region(name: str | None, known: Iterable[str]) -> tuple[str | None, str | None]:
    """The listed name ``name`` stands for, or why it stands for none.

    Args:
        name: As typed or read from a case file.
        known: The listed regions.

    Returns:
        ``(listed name, None)`` when ``name`` matches one, ignoring case and spacing; else
        ``(None, message)``.
    """
    problem = check_region_name(name)
    if problem:
        return None, problem
    assert name is not None
    names = list(known)
    for listed in names:
        if _key(listed) == _key(name):
            return listed, None
    return None, unknown_region_message(name, names)


def resolve_region(session: Session, name: str | None, field: str = "region") -> str:
    """The listed name for ``name`` (see :func:`match_region`).

    Raises:
        ValidationError: Under ``field``, when ``name`` is not a listed region.
    """
    listed, problem = match_region(name, region_names(session))
    if listed is None:
        raise ValidationError({field: problem or "Region is required"})
    return listed


def list_regions(ctx: ServiceContext) -> list[RegionDTO]:
    """Every listed region, alphabetically."""
    with ctx.reading() as session:
        return [
            RegionDTO(r.id, r.name, r.version)
            for r in session.scalars(select(Region).order_by(Region.name))
        ]


def _insert(session: Session, ctx: ServiceContext, name: str) -> Region:
    region = Region(name=name)
    session.add(region)
    record_created(session, ctx, region, "region", summary=name)
    return region


def _new_name(session: Session, name: str | None) -> str:
    problem = check_region_name(name)
    if problem:
        raise ValidationError({"name": problem})
    assert name is not None
    tidy = _tidy(name)
    for listed in region_names(session):
        if _key(listed) == _key(tidy):
            raise ValidationError({"name": f"{listed} is already in the regions list"})
    return tidy


def add_region(ctx: ServiceContext, name: str | None) -> RegionDTO:
    """Add a region to the list: a team leader's action, audited.

    Args:
        ctx: Database, user (who must be a team leader) and clock.
        name: Letters, spaces and hyphens; spaces are tidied.

    Returns:
        The region added.

    Raises:
        RuleViolation: The user has no user record with the team-leader role.
        ValidationError: The name is empty, holds other characters, or is listed already
            (whatever its case).
    """
    with ctx.unit_of_work() as session:
        user = find_user(session, ctx.user)
        if user is None or not user.active or not user.is_team_leader:
            raise RuleViolation(
                "Only a team leader can change the regions list",
                [f"{ctx.user} is not recorded as an active team leader"],
            )
        region = _insert(session, ctx, _new_name(session, name))
        return RegionDTO(region.id, region.name, region.version)
