"""The cases a sanctions order or an appeal covers (issue 10: they cover every case they name).

A sanctions order or an appeal is recorded on one case and may cover more of the same paying
parent's cases; it blocks further enforcement on each of them (``order_case`` and
``appeal_case``). Its own case is always among them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.rules import blocks
from enforcement_desktop.services.base import ServiceContext, record_event
from enforcement_desktop.storage.models import Case

#: What a sanctions order with no case is told.
NO_CASE = "A sanctions order covers at least one case: choose the cases it names"


def cases_problem(session: Session, home: Case, case_ids: Sequence[int], what: str) -> str | None:
    """Whether ``case_ids`` may be the cases a record of ``home`` covers.

    Args:
        session: For reading the cases.
        home: The case the record is made on.
        case_ids: The cases chosen.
        what: How the record is named in the message ("A sanctions order", "An appeal").

    Returns:
        The message for the field, or None when they are the paying parent's cases and
        include ``home``.
    """
    if not case_ids:
        return f"{what} covers at least one case: choose the cases it names"
    wanted = set(case_ids)
    found = dict(
        session.execute(select(Case.id, Case.paying_parent_id).where(Case.id.in_(wanted))).all()
    )
    missing = sorted(wanted - set(found))
    if missing:
        return f"No case {', '.join(str(i) for i in missing)}"
    others = sorted(i for i, payer in found.items() if payer != home.paying_parent_id)
    if others:
        return (
            f"Case {', '.join(str(i) for i in others)} has another paying parent: {what.lower()} "
            "covers only cases of the same paying parent"
        )
    if home.id not in wanted:
        return f"{what} covers the case it is recorded on (case {home.id})"
    return None


def sync_links(
    session: Session,
    ctx: ServiceContext,
    links: list[Any],
    make: Callable[[int], Any],
    case_ids: Iterable[int],
    *,
    entity: str,
    entity_id: int,
    home_case_id: int,
) -> bool:
    """Make ``links`` (a relationship list of link rows) cover exactly ``case_ids``.

    Each other case added or removed is audited on the record; the record's own case is
    implied by the record itself and not audited.

    Returns:
        Whether another case was added or removed.
    """
    wanted = set(case_ids)
    have = {link.case_id: link for link in links}
    changed = False
    for case_id in sorted(set(have) - wanted):
        links.remove(have[case_id])
        if case_id != home_case_id:
            _audit(session, ctx, entity, entity_id, home_case_id, f"case {case_id}", None)
            changed = True
    for case_id in sorted(wanted - set(have)):
        links.append(make(case_id))
        if case_id != home_case_id:
            _audit(session, ctx, entity, entity_id, home_case_id, None, f"case {case_id}")
            changed = True
    return changed


def _audit(
    session: Session,
    ctx: ServiceContext,
    entity: str,
    entity_id: int,
    home_case_id: int,
    old: str | None,
    new: str | None,
) -> None:
    record_event(
        session,
        ctx,
        action="update",
        entity=entity,
        entity_id=entity_id,
        case_id=home_case_id,
        field_name="cases",
        old=old,
        new=new,
    )


def block_reasons(session: Session, case_id: int, today: date) -> list[str]:
    """What blocks further enforcement on a case today: a sanctions order being complied with
    or an open appeal, its own or linked from another of the paying parent's cases."""
    from enforcement_desktop.services.options import load_case_facts

    verdict = blocks(load_case_facts(session, case_id), today)
    return [r.message for r in verdict.reasons if not r.ok]
