"""Appeals disputing the arrears of a case: while one is open, enforcement on them waits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from enforcement_desktop.domain.enums import AppealStatus
from enforcement_desktop.domain.values import check_past_date, check_text, format_date
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    get_or_404,
    input_from,
    raise_if_errors,
    record_created,
    stamp,
)
from enforcement_desktop.services.linked_cases import cases_problem, sync_links
from enforcement_desktop.storage.models import Appeal, AppealCase, Case


@dataclass(slots=True)
class AppealInput:
    """What a user may set on an appeal; validated by :func:`validate_appeal`."""

    lodged_on: date | None
    status: AppealStatus = AppealStatus.OPEN
    decided_on: date | None = None
    details: str | None = None
    #: When the tribunal hears it (a Diary reminder falls due that day).
    hearing_on: date | None = None
    #: The paying parent's cases whose arrears it disputes; empty: its own case alone.
    case_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class AppealDTO:
    id: int
    version: int
    case_id: int
    lodged_on: date
    status: AppealStatus
    decided_on: date | None
    details: str | None
    updated_by: str | None
    hearing_on: date | None = None
    #: The cases it covers, its own among them.
    case_ids: tuple[int, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status == AppealStatus.OPEN

    def to_input(self) -> AppealInput:
        return input_from(self, AppealInput)


def appeal_dto(a: Appeal) -> AppealDTO:
    return AppealDTO(
        id=a.id,
        version=a.version,
        case_id=a.case_id,
        lodged_on=a.lodged_on,
        status=a.status,
        decided_on=a.decided_on,
        details=a.details,
        updated_by=a.updated_by,
        hearing_on=a.hearing_on,
        case_ids=tuple(sorted(link.case_id for link in a.case_links)) or (a.case_id,),
    )


def appeal_errors(data: AppealInput, today: date) -> dict[str, str | None]:
    """Every problem of an appeal, by field (shared with the case-file import)."""
    errors: dict[str, str | None] = {
        "lodged_on": check_past_date(data.lodged_on, today, required=True),
        "decided_on": check_past_date(data.decided_on, today),
        "details": check_text(data.details, max_length=10000, label="Details"),
    }
    if data.status == AppealStatus.DECIDED and data.decided_on is None:
        errors["decided_on"] = "A decided appeal needs the date of the decision"
    elif data.status == AppealStatus.OPEN and data.decided_on is not None:
        # An open appeal with a decision date would read as decided to some screens and open to
        # others, and an open appeal holds enforcement: make the user choose.
        errors["decided_on"] = "An open appeal has no decision date; set the status to Decided"
    if data.lodged_on and data.hearing_on and data.hearing_on < data.lodged_on:
        errors["hearing_on"] = (
            f"Cannot be before the appeal was lodged ({format_date(data.lodged_on)})"
        )
    if data.lodged_on and data.decided_on and data.decided_on < data.lodged_on:
        errors["decided_on"] = (
            f"Cannot be before the appeal was lodged ({format_date(data.lodged_on)})"
        )
    return errors


def validate_appeal(
    data: AppealInput, ctx: ServiceContext, session: Session | None = None, case: Case | None = None
) -> None:
    """Check every field, gather every problem, raise one ValidationError naming each field.

    Raises:
        ValidationError: mapping each bad field to what is wrong with it.
    """
    errors = appeal_errors(data, ctx.today())
    if session is not None and case is not None and data.case_ids:
        errors["case_ids"] = cases_problem(session, case, data.case_ids, "An appeal")
    raise_if_errors(errors)


def _appeal_values(data: AppealInput) -> dict[str, Any]:
    return {
        "lodged_on": data.lodged_on,
        "status": data.status,
        "decided_on": data.decided_on,
        "hearing_on": data.hearing_on,
        "details": (data.details or "").strip() or None,
    }


def _link_cases(session: Session, ctx: ServiceContext, appeal: Appeal, data: AppealInput) -> bool:
    return sync_links(
        session,
        ctx,
        appeal.case_links,
        lambda case_id: AppealCase(case_id=case_id),
        data.case_ids or (appeal.case_id,),
        entity="appeal",
        entity_id=appeal.id,
        home_case_id=appeal.case_id,
    )


def create_appeal(ctx: ServiceContext, case_id: int, data: AppealInput) -> AppealDTO:
    """Record an appeal against the arrears of a case.

    Raises:
        NotFoundError: no such case.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        validate_appeal(data, ctx, session, case)
        appeal = Appeal(case_id=case_id, **_appeal_values(data))
        session.add(appeal)
        record_created(
            session,
            ctx,
            appeal,
            "appeal",
            case_id=case_id,
            summary=f"lodged {format_date(data.lodged_on)}",
        )
        _link_cases(session, ctx, appeal, data)
        session.flush()
        return appeal_dto(appeal)


def get_appeal(ctx: ServiceContext, appeal_id: int) -> AppealDTO:
    """Read one appeal.

    Raises:
        NotFoundError: no such appeal.
    """
    with ctx.unit_of_work() as session:
        return appeal_dto(get_or_404(session, Appeal, appeal_id, "appeal"))


def update_appeal(
    ctx: ServiceContext, appeal_id: int, expected_version: int, data: AppealInput
) -> AppealDTO:
    """Change an appeal (e.g. record the tribunal's decision); each changed field is audited.

    Raises:
        NotFoundError: no such appeal.
        ConflictError: the appeal changed since it was read.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        appeal = get_or_404(session, Appeal, appeal_id, "appeal")
        check_version(appeal, expected_version, "appeal")
        validate_appeal(data, ctx, session, appeal.case)
        changed = apply_changes(
            session, ctx, appeal, _appeal_values(data), "appeal", case_id=appeal.case_id
        )
        if _link_cases(session, ctx, appeal, data) and not changed:
            stamp(appeal, ctx)
            flag_modified(appeal, "updated_at")
        session.flush()
        return appeal_dto(appeal)


def list_appeals(ctx: ServiceContext, case_id: int) -> list[AppealDTO]:
    """Every appeal of a case, oldest lodged first.

    Raises:
        NotFoundError: no such case.
    """
    with ctx.unit_of_work() as session:
        get_or_404(session, Case, case_id, "case")
        appeals = session.scalars(
            select(Appeal)
            .where(Appeal.case_id == case_id)
            .options(selectinload(Appeal.case_links))
            .order_by(Appeal.lodged_on, Appeal.id)
        )
        return [appeal_dto(a) for a in appeals]
