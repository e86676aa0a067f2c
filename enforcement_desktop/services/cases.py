"""Cases: a paying parent, their receiving parents, the arrears and the case flags."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.enums import ContactRole, DeoDesire, OwningTeam, Scheme
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.domain.values import check_money, check_past_date, check_text, money
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    get_or_404,
    raise_if_errors,
    record_created,
    record_event,
)
from enforcement_desktop.services.regions import check_region_name, region_names, resolve_region
from enforcement_desktop.storage.models import Case, CaseReceivingParent, Contact


@dataclass(slots=True)
class CaseInput:
    scheme: Scheme
    region: str
    owning_team: OwningTeam = OwningTeam.ENFORCEMENT
    arrears_balance: Decimal = Decimal("0.00")
    case_manager: str | None = None
    team: str | None = None
    segment_5: bool = False
    legacy_ongoing_enforcement: bool = False
    disable_missed_payment_monitor: bool = False
    deo_desire: DeoDesire = DeoDesire.NONE
    deo_desire_set_on: date | None = None


@dataclass(frozen=True, slots=True)
class ReceivingParentDTO:
    contact_id: int
    scin: str | None
    name: str


@dataclass(frozen=True, slots=True)
class CaseDTO:
    id: int
    version: int
    paying_parent_id: int
    paying_parent_scin: str | None
    paying_parent_name: str
    scheme: Scheme
    region: str
    owning_team: OwningTeam
    arrears_balance: Decimal
    case_manager: str | None
    team: str | None
    segment_5: bool
    legacy_ongoing_enforcement: bool
    disable_missed_payment_monitor: bool
    deo_desire: DeoDesire
    deo_desire_set_on: date | None
    wilful_refusal_found_on: date | None
    wilful_refusal_evidence: str | None
    receiving_parents: tuple[ReceivingParentDTO, ...]
    updated_by: str | None


def case_dto(case: Case) -> CaseDTO:
    return CaseDTO(
        id=case.id,
        version=case.version,
        paying_parent_id=case.paying_parent_id,
        paying_parent_scin=case.paying_parent.scin,
        paying_parent_name=case.paying_parent.full_name,
        scheme=case.scheme,
        region=case.region,
        owning_team=case.owning_team,
        arrears_balance=case.arrears_balance,
        case_manager=case.case_manager,
        team=case.team,
        segment_5=case.segment_5,
        legacy_ongoing_enforcement=case.legacy_ongoing_enforcement,
        disable_missed_payment_monitor=case.disable_missed_payment_monitor,
        deo_desire=case.deo_desire,
        deo_desire_set_on=case.deo_desire_set_on,
        wilful_refusal_found_on=case.wilful_refusal_found_on,
        wilful_refusal_evidence=case.wilful_refusal_evidence,
        receiving_parents=tuple(
            ReceivingParentDTO(link.contact_id, link.contact.scin, link.contact.full_name)
            for link in case.receiving_parent_links
        ),
        updated_by=case.updated_by,
    )


def check_region(region: str | None) -> str | None:
    """What is wrong with the region's spelling (whether it is listed needs the database)."""
    return check_region_name(region)


def case_errors(data: CaseInput, today: date) -> dict[str, str | None]:
    """Every problem of a case's fields, by field (shared with the case-file import)."""
    errors: dict[str, str | None] = {
        "region": check_region(data.region),
        "arrears_balance": check_money(data.arrears_balance),
        "case_manager": check_text(
            data.case_manager, max_length=64, label="Case manager", single_line=True
        ),
        "team": check_text(data.team, max_length=100, label="Team", single_line=True),
        "deo_desire_set_on": check_past_date(data.deo_desire_set_on, today),
    }
    if data.deo_desire != DeoDesire.NONE and data.deo_desire_set_on is None:
        errors["deo_desire_set_on"] = "Give the date the Desire for DEO/DER flag was set"
    return errors


def validate_case(data: CaseInput, ctx: ServiceContext, session: Session) -> CaseInput:
    """Refuse bad fields, and a region that is not in the regions list.

    Returns:
        ``data``, its region replaced by the listed name when it was given in another case or
        spacing ("midlands"), so every case of a region names the same bailiff pack file.
    """
    errors = case_errors(data, ctx.today())
    if not errors.get("region"):
        try:
            data = replace(data, region=resolve_region(session, data.region))
        except ValidationError as exc:
            errors.update(exc.errors)
    raise_if_errors(errors)
    return data


def known_regions(ctx: ServiceContext) -> list[str]:
    """The regions a case may name, alphabetically (the case dialogs' choices)."""
    with ctx.reading() as session:
        return region_names(session)


def wilful_refusal_errors(
    found_on: date | None, evidence: str | None, today: date
) -> dict[str, str | None]:
    """What :func:`record_wilful_refusal` checks: the date of the finding and its evidence."""
    return {
        "found_on": check_past_date(found_on, today, required=True),
        "evidence": check_text(evidence, required=True, max_length=4000, label="Evidence"),
    }


def _case_values(data: CaseInput) -> dict[str, Any]:
    values = asdict(data)
    values["region"] = data.region.strip()
    values["arrears_balance"] = money(data.arrears_balance)
    for key in ("case_manager", "team"):
        # A field left blank is "not recorded", stored as None whoever sends it.
        values[key] = (values[key] or "").strip() or None
    return values


NO_RECEIVING_PARENT = (
    "A case needs at least one receiving parent: find one and add them, or record a new "
    "receiving parent"
)


def create_case(
    ctx: ServiceContext,
    paying_parent_id: int,
    data: CaseInput,
    receiving_parent_ids: list[int] | None = None,
) -> CaseDTO:
    with ctx.unit_of_work() as session:
        paying = get_or_404(session, Contact, paying_parent_id, "contact")
        errors: dict[str, str] = {}
        if paying.role != ContactRole.PAYING_PARENT:
            errors["paying_parent"] = f"{paying.full_name} is not recorded as a paying parent"
        if not receiving_parent_ids:
            # As remove_receiving_parent refuses to leave a case without one.
            errors["receiving_parent"] = NO_RECEIVING_PARENT
        try:
            data = validate_case(data, ctx, session)
        except ValidationError as exc:
            errors.update(exc.errors)
        if errors:
            raise ValidationError(errors)
        case = Case(paying_parent_id=paying_parent_id, **_case_values(data))
        session.add(case)
        record_created(session, ctx, case, "case", case_id=None, summary=paying.scin)
        for contact_id in receiving_parent_ids or []:
            _link_receiving_parent(session, ctx, case, contact_id)
        session.flush()
        _after_legacy_change(session, ctx, case, False, Decimal("0"))
        session.refresh(case)
        return case_dto(case)


def _after_legacy_change(
    session: Any, ctx: ServiceContext, case: Case, was_legacy: bool, arrears_before: Decimal
) -> None:
    """Check CSA: the indicator set or CSA arrears added opens the Check CSA SR; the scheme
    and indicator decide whether orders count as legacy, so priority is decided again."""
    from enforcement_desktop.services import legacy

    if legacy.needs_check_csa(was_legacy, arrears_before, case):
        legacy.ensure_check_csa_sr(session, ctx, case)
    legacy.refresh_attention(session, case.paying_parent_id)


def _link_receiving_parent(session: Any, ctx: ServiceContext, case: Case, contact_id: int) -> None:
    contact = get_or_404(session, Contact, contact_id, "contact")
    if contact.role != ContactRole.RECEIVING_PARENT:
        raise ValidationError(
            {"receiving_parent": f"{contact.full_name} is not recorded as a receiving parent"}
        )
    if any(link.contact_id == contact_id for link in case.receiving_parent_links):
        raise ValidationError({"receiving_parent": f"{contact.full_name} is already on this case"})
    link = CaseReceivingParent(case=case, contact_id=contact_id)
    session.add(link)
    record_created(
        session, ctx, link, "case_receiving_parent", case_id=case.id, summary=contact.scin
    )


def get_case(ctx: ServiceContext, case_id: int) -> CaseDTO:
    with ctx.unit_of_work() as session:
        return case_dto(get_or_404(session, Case, case_id, "case"))


def cases_for_contact(ctx: ServiceContext, contact_id: int) -> list[CaseDTO]:
    """Cases where the contact is the paying parent, then those where they receive."""
    with ctx.unit_of_work() as session:
        paying = session.scalars(select(Case).where(Case.paying_parent_id == contact_id)).all()
        receiving = session.scalars(
            select(Case)
            .join(CaseReceivingParent, CaseReceivingParent.case_id == Case.id)
            .where(CaseReceivingParent.contact_id == contact_id)
        ).all()
        return [case_dto(c) for c in [*paying, *receiving]]


def update_case(
    ctx: ServiceContext, case_id: int, expected_version: int, data: CaseInput
) -> CaseDTO:
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        check_version(case, expected_version, "case")
        data = validate_case(data, ctx, session)
        was_legacy, arrears_before = case.legacy_ongoing_enforcement, case.arrears_balance
        apply_changes(session, ctx, case, _case_values(data), "case", case_id=case.id)
        session.flush()
        _after_legacy_change(session, ctx, case, was_legacy, arrears_before)
        return case_dto(case)


def add_receiving_parent(
    ctx: ServiceContext, case_id: int, expected_version: int, contact_id: int
) -> CaseDTO:
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        check_version(case, expected_version, "case")
        _link_receiving_parent(session, ctx, case, contact_id)
        session.flush()
        session.refresh(case)
        return case_dto(case)


def remove_receiving_parent(
    ctx: ServiceContext, case_id: int, contact_id: int, expected_version: int | None = None
) -> CaseDTO:
    """Take a receiving parent off a case (never the last one).

    Args:
        expected_version: The case's version as the caller read it; a later change by someone
            else raises ConflictError, as adding one does.
    """
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        check_version(case, expected_version, "case")
        link = next((x for x in case.receiving_parent_links if x.contact_id == contact_id), None)
        if link is None:
            raise ValidationError({"receiving_parent": "That receiving parent is not on this case"})
        if len(case.receiving_parent_links) == 1:
            raise RuleViolation("A case needs at least one receiving parent")
        record_event(
            session,
            ctx,
            action="delete",
            entity="case_receiving_parent",
            entity_id=link.id,
            case_id=case.id,
            old=contact_id,
        )
        case.receiving_parent_links.remove(link)
        session.flush()
        return case_dto(case)


def record_wilful_refusal(
    ctx: ServiceContext,
    case_id: int,
    expected_version: int,
    found_on: date | None,
    evidence: str,
) -> CaseDTO:
    """Record the finding of wilful refusal or culpable neglect (seed 000 step 16)."""
    with ctx.unit_of_work() as session:
        case = get_or_404(session, Case, case_id, "case")
        check_version(case, expected_version, "case")
        raise_if_errors(wilful_refusal_errors(found_on, evidence, ctx.today()))
        apply_changes(
            session,
            ctx,
            case,
            {"wilful_refusal_found_on": found_on, "wilful_refusal_evidence": evidence.strip()},
            "case",
            case_id=case.id,
        )
        session.flush()
        return case_dto(case)
