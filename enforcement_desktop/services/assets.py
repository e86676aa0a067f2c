"""Assets of a client (Asset view) and their association to service requests (Contact Asset view).

Data protection (seed 000 step 12): information gathered about a paying parent must be used or
deleted/disregarded, with a record kept that the search was made. :func:`disregard_asset` therefore
clears the details of an asset (description, estimated value, account type) but keeps what was
searched, where and when (asset type, source, date recorded).

The audit trail is append-only, so a value written into it can never be removed later. The details
of an asset are therefore audited *without their values* on every change, not only on disregard:
otherwise an earlier edit would keep in the trail the very description that disregarding it must
remove.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.enums import (
    AccountType,
    AssetFinding,
    AssetType,
    InformationSource,
    SrStatus,
)
from enforcement_desktop.domain.errors import NotFoundError, ValidationError
from enforcement_desktop.domain.values import (
    check_money,
    check_past_date,
    check_text,
    format_date,
    money,
)
from enforcement_desktop.services.base import (
    ServiceContext,
    apply_changes,
    check_version,
    get_or_404,
    input_from,
    raise_if_errors,
    record_created,
    record_event,
)
from enforcement_desktop.storage.models import (
    Asset,
    Case,
    Contact,
    ServiceRequest,
    ServiceRequestAsset,
)

#: The fields that describe what was found; cleared when the information is disregarded.
DETAIL_FIELDS = ("description", "estimated_value", "account_type")
#: Service requests in these states are read-only: their associations are part of the record.
READ_ONLY_SR_STATUSES = (SrStatus.CLOSED, SrStatus.CANCELLED)


# --------------------------------------------------------------------------- inputs and outputs


@dataclass(slots=True)
class AssetInput:
    """What a user may set on an asset; validated by :func:`validate_asset`.

    ``finding`` cannot be set to DISREGARDED here: that goes through :func:`disregard_asset`,
    which also removes the details.
    """

    asset_type: AssetType
    source: InformationSource
    recorded_on: date | None
    account_type: AccountType | None = None
    description: str | None = None
    estimated_value: Decimal | None = None
    finding: AssetFinding = AssetFinding.UNASSESSED
    disposed_to_third_party: bool = False


@dataclass(frozen=True, slots=True)
class AssetDTO:
    id: int
    version: int
    contact_id: int
    asset_type: AssetType
    account_type: AccountType | None
    description: str | None
    estimated_value: Decimal | None
    source: InformationSource
    recorded_on: date
    finding: AssetFinding
    disregarded_on: date | None
    disregard_reason: str | None
    disposed_to_third_party: bool
    updated_by: str | None
    service_request_ids: tuple[int, ...] = ()
    #: The paying parent is about to dispose of the asset (Check CSA: urgent, fast track): the
    #: date it was learnt of and where from; None when not flagged.
    imminent_disposal_on: date | None = None
    imminent_disposal_source: InformationSource | None = None

    @property
    def is_disregarded(self) -> bool:
        return self.finding == AssetFinding.DISREGARDED

    def to_input(self) -> AssetInput:
        return input_from(self, AssetInput)


def asset_dto(a: Asset) -> AssetDTO:
    return AssetDTO(
        id=a.id,
        version=a.version,
        contact_id=a.contact_id,
        asset_type=a.asset_type,
        account_type=a.account_type,
        description=a.description,
        estimated_value=a.estimated_value,
        source=a.source,
        recorded_on=a.recorded_on,
        finding=a.finding,
        disregarded_on=a.disregarded_on,
        disregard_reason=a.disregard_reason,
        disposed_to_third_party=a.disposed_to_third_party,
        updated_by=a.updated_by,
        imminent_disposal_on=a.imminent_disposal_on,
        imminent_disposal_source=a.imminent_disposal_source,
        service_request_ids=tuple(
            sorted(link.service_request_id for link in a.service_request_links)
        ),
    )


# --------------------------------------------------------------------------- validation


def asset_errors(data: AssetInput, today: date) -> dict[str, str | None]:
    """Every problem of an asset's fields as a user may set them, by field."""
    errors: dict[str, str | None] = {
        "description": check_text(data.description, max_length=500, label="Description"),
        "recorded_on": check_past_date(data.recorded_on, today, required=True),
    }
    if data.estimated_value is not None:
        errors["estimated_value"] = check_money(data.estimated_value)
    if data.asset_type == AssetType.BANK_ACCOUNT:
        if data.account_type is None:
            errors["account_type"] = (
                "Account type is required for a bank or building society account "
                "(personal, joint or business)"
            )
    elif data.account_type is not None:
        errors["account_type"] = "Account type is only for bank or building society accounts"
    if data.finding == AssetFinding.DISREGARDED:
        errors["finding"] = (
            "Use Disregard to record this asset as disregarded (its details are removed)"
        )
    return errors


def validate_asset(data: AssetInput, ctx: ServiceContext) -> None:
    """Check every field, gather every problem, raise one ValidationError naming each field.

    Raises:
        ValidationError: mapping each bad field to what is wrong with it.
    """
    raise_if_errors(asset_errors(data, ctx.today()))


def disregard_errors(reason: str | None) -> dict[str, str | None]:
    """What :func:`disregard_asset` checks of the reason given."""
    return {
        "disregard_reason": check_text(
            reason, required=True, max_length=500, label="Reason for disregarding"
        )
    }


def asset_record_errors(
    data: AssetInput,
    today: date,
    disregarded_on: date | None,
    disregard_reason: str | None,
) -> dict[str, str | None]:
    """Every problem of an asset as stored, disregarded or not (the case-file import's check).

    An asset that is not disregarded must pass :func:`asset_errors`, so it can be saved again.
    A disregarded one must look as :func:`disregard_asset` leaves it: the record of the search
    (type, source, date recorded) with no details, the date disregarded and the reason.
    """
    if data.finding != AssetFinding.DISREGARDED:
        errors = asset_errors(data, today)
        if disregarded_on is not None:
            errors["disregarded_on"] = "Only a disregarded asset has a date disregarded"
        if disregard_reason is not None:
            errors["disregard_reason"] = "Only a disregarded asset has a reason for disregarding"
        return errors
    errors = {
        "recorded_on": check_past_date(data.recorded_on, today, required=True),
        "disregarded_on": check_past_date(disregarded_on, today, required=True),
        **disregard_errors(disregard_reason),
    }
    if data.recorded_on and disregarded_on and disregarded_on < data.recorded_on:
        errors["disregarded_on"] = (
            f"Cannot be before the asset was recorded ({format_date(data.recorded_on)})"
        )
    kept = "the details of a disregarded asset were removed"
    for name in DETAIL_FIELDS:
        if getattr(data, name) is not None:
            errors[name] = f"Must be empty: {kept}"
    return errors


def _asset_values(data: AssetInput) -> tuple[dict[str, Any], dict[str, Any]]:
    """The details (audited without values) and the search record (audited with values)."""
    description = (data.description or "").strip() or None
    details = {
        "description": description,
        "estimated_value": None if data.estimated_value is None else money(data.estimated_value),
        "account_type": data.account_type,
    }
    search = {
        "asset_type": data.asset_type,
        "source": data.source,
        "recorded_on": data.recorded_on,
        "finding": data.finding,
        "disposed_to_third_party": data.disposed_to_third_party,
    }
    return details, search


def _refuse_if_disregarded(asset: Asset) -> None:
    if asset.finding == AssetFinding.DISREGARDED:
        raise ValidationError(
            {
                "finding": f"This asset was disregarded on {format_date(asset.disregarded_on)}; "
                "its details were removed and it cannot be changed"
            }
        )


def _load_asset(session: Session, asset_id: int) -> Asset:
    asset = session.scalar(
        select(Asset).where(Asset.id == asset_id).options(selectinload(Asset.service_request_links))
    )
    if asset is None:
        raise NotFoundError("asset", asset_id)
    return asset


# --------------------------------------------------------------------------- asset use cases


def create_asset(ctx: ServiceContext, contact_id: int, data: AssetInput) -> AssetDTO:
    """Record an asset found for a contact, and the search that found it.

    Args:
        ctx: Database, user and clock.
        contact_id: The contact (usually the paying parent) the asset belongs to.
        data: The asset's fields.

    Returns:
        The saved asset.

    Raises:
        NotFoundError: no such contact.
        ValidationError: a field is wrong; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        get_or_404(session, Contact, contact_id, "contact")
        validate_asset(data, ctx)
        details, search = _asset_values(data)
        asset = Asset(contact_id=contact_id, **details, **search)
        session.add(asset)
        # The summary names the search, never the details: the trail outlives a disregard.
        record_created(
            session, ctx, asset, "asset", summary=f"{data.asset_type.label} ({data.source.label})"
        )
        return asset_dto(asset)


def get_asset(ctx: ServiceContext, asset_id: int) -> AssetDTO:
    """Read one asset with the service requests it is associated to.

    Raises:
        NotFoundError: no such asset.
    """
    with ctx.unit_of_work() as session:
        return asset_dto(_load_asset(session, asset_id))


def update_asset(
    ctx: ServiceContext, asset_id: int, expected_version: int, data: AssetInput
) -> AssetDTO:
    """Change an asset that has not been disregarded.

    Args:
        ctx: Database, user and clock.
        asset_id: The asset to change.
        expected_version: The version the user read; a newer one means someone else saved first.
        data: The new values.

    Returns:
        The saved asset.

    Raises:
        NotFoundError: no such asset.
        ConflictError: the asset changed since it was read.
        ValidationError: a field is wrong, or the asset was disregarded; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        asset = _load_asset(session, asset_id)
        check_version(asset, expected_version, "asset")
        _refuse_if_disregarded(asset)
        validate_asset(data, ctx)
        details, search = _asset_values(data)
        apply_changes(session, ctx, asset, search, "asset")
        apply_changes(session, ctx, asset, details, "asset", audit_values=False)
        session.flush()
        return asset_dto(asset)


def disregard_asset(
    ctx: ServiceContext, asset_id: int, expected_version: int, reason: str
) -> AssetDTO:
    """Disregard gathered information: remove its details, keep the record of the search.

    Seed 000 step 12: information not used must be deleted or disregarded, with a record kept that
    the search was made. The asset type, source and date recorded stay; the description, estimated
    value and account type are cleared, and their audit events do not keep the old values.

    Args:
        ctx: Database, user and clock.
        asset_id: The asset to disregard.
        expected_version: The version the user read.
        reason: Why the information is disregarded (required).

    Returns:
        The asset as it now stands (finding DISREGARDED, disregarded today).

    Raises:
        NotFoundError: no such asset.
        ConflictError: the asset changed since it was read.
        ValidationError: no reason given, or already disregarded; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        asset = _load_asset(session, asset_id)
        check_version(asset, expected_version, "asset")
        _refuse_if_disregarded(asset)
        raise_if_errors(disregard_errors(reason))
        apply_changes(
            session, ctx, asset, dict.fromkeys(DETAIL_FIELDS), "asset", audit_values=False
        )
        apply_changes(
            session,
            ctx,
            asset,
            {
                "finding": AssetFinding.DISREGARDED,
                "disregarded_on": ctx.today(),
                "disregard_reason": reason.strip(),
                # Disregarded information makes no case urgent (Check CSA).
                "imminent_disposal_on": None,
                "imminent_disposal_source": None,
            },
            "asset",
        )
        session.flush()
        from enforcement_desktop.services.legacy import refresh_attention

        refresh_attention(session, asset.contact_id)
        return asset_dto(asset)


def list_assets(ctx: ServiceContext, contact_id: int) -> list[AssetDTO]:
    """Every asset of a contact, newest record first, disregarded ones included.

    Raises:
        NotFoundError: no such contact.
    """
    with ctx.unit_of_work() as session:
        get_or_404(session, Contact, contact_id, "contact")
        assets = session.scalars(
            select(Asset)
            .where(Asset.contact_id == contact_id)
            .options(selectinload(Asset.service_request_links))
            .order_by(Asset.recorded_on.desc(), Asset.id.desc())
        ).all()
        return [asset_dto(a) for a in assets]


# --------------------------------------------------------------------------- SR associations


def _load_sr(session: Session, sr_id: int) -> ServiceRequest:
    return get_or_404(session, ServiceRequest, sr_id, "service_request")


def _read_only_error(sr: ServiceRequest) -> str | None:
    if sr.status in READ_ONLY_SR_STATUSES:
        return f"Service request {sr.id} is {sr.status.label}: it is read-only"
    return None


@dataclass(frozen=True, slots=True)
class AssetLinkVerdict:
    """Whether an asset may be associated with, or taken off, a service request, and why not."""

    link: workflows.GuardResult
    unlink: workflows.GuardResult


_CHOOSE_BOTH = workflows.GuardResult(False, ("Choose an asset and a service request",))


def link_verdict(
    asset: AssetDTO | None, sr_id: int | None, sr_status: SrStatus | None
) -> AssetLinkVerdict:
    """What the Asset view and the Activity Plan may offer for an asset and an SR.

    The rules :func:`link_asset_to_sr` and :func:`unlink_asset_from_sr` apply, read from what
    the screen already holds (the asset is the SR's paying parent's: both come from their case).

    Args:
        asset: The asset chosen, if any.
        sr_id: The service request chosen, if any.
        sr_status: That service request's status.

    Returns:
        The link and unlink verdicts, each with its reasons.
    """
    if asset is None or sr_id is None or sr_status is None:
        return AssetLinkVerdict(_CHOOSE_BOTH, _CHOOSE_BOTH)
    linked = asset.service_request_ids
    link = workflows.can_link_asset(
        sr_id,
        sr_status,
        disregarded_on=asset.disregarded_on,
        disregarded=asset.is_disregarded,
        linked_sr_ids=linked,
    )
    unlink = workflows.can_unlink_asset(sr_id, sr_status, linked_sr_ids=linked)
    return AssetLinkVerdict(workflows.verdict(link), workflows.verdict(unlink))


def link_asset_to_sr(ctx: ServiceContext, sr_id: int, asset_id: int) -> AssetDTO:
    """Associate an asset to a service request (Contact Asset view).

    Refused when the SR is closed or cancelled, the asset was disregarded, the asset is not the
    paying parent's of the SR's case, or the two are already associated.

    Returns:
        The asset, with the service requests it is now associated to.

    Raises:
        NotFoundError: no such SR or asset.
        ValidationError: the association is refused (keys ``service_request_id``, ``asset_id``).
    """
    with ctx.unit_of_work() as session:
        sr = _load_sr(session, sr_id)
        asset = _load_asset(session, asset_id)
        paying_parent_id = session.scalar(
            select(Case.paying_parent_id).where(Case.id == sr.case_id)
        )
        errors = dict(
            workflows.can_link_asset(
                sr_id,
                sr.status,
                disregarded_on=asset.disregarded_on,
                disregarded=asset.finding == AssetFinding.DISREGARDED,
                linked_sr_ids={link.service_request_id for link in asset.service_request_links},
            )
        )
        if errors["asset_id"] is None and asset.contact_id != paying_parent_id:
            errors["asset_id"] = (
                "This asset belongs to someone other than the paying parent of the case"
            )
        raise_if_errors(errors)
        link = ServiceRequestAsset(service_request_id=sr_id, asset=asset)
        session.add(link)
        record_created(
            session,
            ctx,
            link,
            "service_request_asset",
            case_id=sr.case_id,
            summary=f"asset {asset_id} associated to service request {sr_id}",
        )
        return asset_dto(asset)


def unlink_asset_from_sr(ctx: ServiceContext, sr_id: int, asset_id: int) -> AssetDTO:
    """Remove the association of an asset to a service request that is still open.

    Returns:
        The asset, with the service requests it is still associated to.

    Raises:
        NotFoundError: no such SR or asset, or they are not associated.
        ValidationError: the SR is closed or cancelled (read-only).
    """
    with ctx.unit_of_work() as session:
        sr = _load_sr(session, sr_id)
        asset = _load_asset(session, asset_id)
        link = next((x for x in asset.service_request_links if x.service_request_id == sr_id), None)
        if link is None:
            raise NotFoundError(
                "asset association", f"asset {asset_id} and service request {sr_id}"
            )
        raise_if_errors({"service_request_id": _read_only_error(sr)})
        record_event(
            session,
            ctx,
            action="delete",
            entity="service_request_asset",
            entity_id=link.id,
            case_id=sr.case_id,
            old=f"asset {asset_id} associated to service request {sr_id}",
        )
        # Removing it from the collection deletes the row (delete-orphan) and keeps the DTO true.
        asset.service_request_links.remove(link)
        session.flush()
        return asset_dto(asset)
