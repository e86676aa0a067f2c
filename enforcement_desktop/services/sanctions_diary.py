"""Sanctions orders and appeals in the Diary (issue 11).

A sanctions order breached asks to be referred back to court; an open appeal's hearing date asks
for the tribunal's decision to be recorded. Both are worked out from the records (the order's
terms and payments, the appeal's hearing date), never copied into the reminder table, and shown
once, on the first open SR the diary's clause selects on a case the order or appeal covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain.diary import (
    OPEN_STATUSES,
    ProcedureReminder,
    ReminderKind,
    hearing_reminder,
    refer_back_reminder,
)
from enforcement_desktop.domain.enums import AppealStatus, OrderStatus, OrderType
from enforcement_desktop.domain.errors import RuleViolation
from enforcement_desktop.domain.rules import sanctions_compliance
from enforcement_desktop.services.base import get_or_404
from enforcement_desktop.services.options import order_facts
from enforcement_desktop.storage.models import (
    Appeal,
    AppealCase,
    Case,
    Contact,
    EnforcementOrder,
    OrderCase,
)
from enforcement_desktop.storage.models import ServiceRequest as SrRow


def _refer_back(order: EnforcementOrder, today: date) -> ProcedureReminder | None:
    kept = sanctions_compliance(order_facts(order), today)
    if kept is None:
        return None
    return refer_back_reminder(order.id, order.reference or f"order {order.id}", kept)


def diary_reminders(
    session: Session, sr_clause: Any, due_by: date, today: date, placing: Sequence[Any]
) -> list[tuple[ProcedureReminder, tuple[Any, ...]]]:
    """The refer-back and hearing reminders due by ``due_by`` on the SRs ``sr_clause`` selects,
    each with the SR columns ``placing`` asks for. Three queries, whatever the number of SRs.
    """
    stmt = (
        select(EnforcementOrder.id)
        .add_columns(*placing)
        .join(OrderCase, OrderCase.order_id == EnforcementOrder.id)
        .join(SrRow, SrRow.case_id == OrderCase.case_id)
        .join(Case, Case.id == SrRow.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(
            EnforcementOrder.order_type == OrderType.SANCTIONS_ORDER,
            EnforcementOrder.status == OrderStatus.GRANTED,
            EnforcementOrder.instalment_amount.is_not(None),
            EnforcementOrder.first_due_on <= due_by,
            SrRow.status.in_(list(OPEN_STATUSES)),
            sr_clause,
        )
        .order_by(EnforcementOrder.id, SrRow.id)
    )
    first_sr: dict[int, tuple[Any, ...]] = {}
    for row in session.execute(stmt):
        first_sr.setdefault(row[0], tuple(row[1:]))
    found: list[tuple[ProcedureReminder, tuple[Any, ...]]] = []
    if first_sr:
        orders = session.scalars(
            select(EnforcementOrder)
            .where(EnforcementOrder.id.in_(list(first_sr)))
            .options(selectinload(EnforcementOrder.payments))
            .order_by(EnforcementOrder.id)
        )
        for order in orders:
            reminder = _refer_back(order, today)
            if reminder is not None and reminder.due_on <= due_by:
                found.append((reminder, first_sr[order.id]))
    stmt = (
        select(Appeal.id, Appeal.hearing_on, Appeal.lodged_on)
        .add_columns(*placing)
        .join(AppealCase, AppealCase.appeal_id == Appeal.id)
        .join(SrRow, SrRow.case_id == AppealCase.case_id)
        .join(Case, Case.id == SrRow.case_id)
        .join(Contact, Contact.id == Case.paying_parent_id)
        .where(
            Appeal.status == AppealStatus.OPEN,
            Appeal.hearing_on <= due_by,
            SrRow.status.in_(list(OPEN_STATUSES)),
            sr_clause,
        )
        .order_by(Appeal.id, SrRow.id)
    )
    seen: set[int] = set()
    for row in session.execute(stmt):
        appeal_id, hearing_on, lodged_on = row[:3]
        if appeal_id in seen:
            continue
        seen.add(appeal_id)
        found.append((hearing_reminder(appeal_id, hearing_on, lodged_on), tuple(row[3:])))
    return found


def reminders_for_completion(
    session: Session, kind: ReminderKind, record_id: int, sr: SrRow, today: date
) -> list[ProcedureReminder] | None:
    """The reminders of ``kind`` the records still ask for on ``record_id`` as shown on ``sr``
    (None: not a kind of this module).

    Raises:
        RuleViolation: The order or appeal does not cover the SR's case.
    """
    if kind == ReminderKind.SANCTIONS_REFER_BACK:
        order = get_or_404(session, EnforcementOrder, record_id, "order")
        if sr.case_id not in {link.case_id for link in order.case_links}:
            raise RuleViolation(f"Service request {sr.id} is on a case the order does not cover")
        reminder = _refer_back(order, today)
        return [reminder] if reminder is not None else []
    if kind == ReminderKind.APPEAL_HEARING:
        appeal = get_or_404(session, Appeal, record_id, "appeal")
        if sr.case_id not in {link.case_id for link in appeal.case_links}:
            raise RuleViolation(f"Service request {sr.id} is on a case the appeal does not cover")
        if appeal.status != AppealStatus.OPEN or appeal.hearing_on is None:
            return []
        return [hearing_reminder(appeal.id, appeal.hearing_on, appeal.lodged_on)]
    return None
