"""What every service shares: the context (database, user, clock), audit and conflict checks.

A service function takes a :class:`ServiceContext`, opens one unit of work, validates through the
domain, writes, records audit events and returns plain dataclasses (never ORM objects).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import fields
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from enforcement_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Base, Versioned

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound=Base)
InputT = TypeVar("InputT", bound="DataclassInstance")


def get_or_404(session: Session, model: type[T], key: int, entity: str | None = None) -> T:
    obj = session.get(model, key)
    if obj is None:
        raise NotFoundError(entity or model.__tablename__, key)
    return obj


def check_version(obj: Versioned, expected_version: int | None, entity: str) -> None:
    """Refuse to save over a record that changed since the caller read it."""
    if expected_version is not None and obj.version != expected_version:
        changed_at = obj.updated_at.strftime("%d/%m/%Y %H:%M") if obj.updated_at else None
        raise ConflictError(entity, obj.id, obj.updated_by, changed_at)


def audit_text(value: Any) -> str | None:
    """How a value is written in the audit trail."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def record_event(
    session: Session,
    ctx: ServiceContext,
    *,
    action: str,
    entity: str,
    entity_id: int,
    case_id: int | None = None,
    field_name: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    session.add(
        AuditEvent(
            at=ctx.now(),
            user=ctx.user,
            action=action,
            entity=entity,
            entity_id=entity_id,
            field=field_name,
            old_value=audit_text(old),
            new_value=audit_text(new),
            case_id=case_id,
        )
    )


def stamp(obj: Versioned, ctx: ServiceContext) -> None:
    obj.updated_at = ctx.now()
    obj.updated_by = ctx.user


def record_created(
    session: Session,
    ctx: ServiceContext,
    obj: Versioned,
    entity: str,
    *,
    case_id: int | None = None,
    summary: str | None = None,
) -> None:
    """Flush to get the id, then write one 'create' event."""
    stamp(obj, ctx)
    session.flush()
    record_event(
        session, ctx, action="create", entity=entity, entity_id=obj.id, case_id=case_id, new=summary
    )


def apply_changes(
    session: Session,
    ctx: ServiceContext,
    obj: Versioned,
    values: Mapping[str, Any],
    entity: str,
    *,
    case_id: int | None = None,
    audit_values: bool = True,
) -> dict[str, tuple[Any, Any]]:
    """Set each changed attribute and write an audit event per field (old → new).

    Args:
        audit_values: False for fields whose content must not be kept once removed (data
            protection: a disregarded asset's details); the event then records the field only.

    Returns:
        The fields that changed, with their old and new values.
    """
    changed: dict[str, tuple[Any, Any]] = {}
    for name, new in values.items():
        old = getattr(obj, name)
        if old == new:
            continue
        setattr(obj, name, new)
        changed[name] = (old, new)
        record_event(
            session,
            ctx,
            action="update",
            entity=entity,
            entity_id=obj.id,
            case_id=case_id,
            field_name=name,
            old=old if audit_values else ("(removed)" if old is not None else None),
            new=new if audit_values else None,
        )
    if changed:
        stamp(obj, ctx)
    return changed


def raise_if_errors(errors: Mapping[str, str | None]) -> None:
    bad = {k: v for k, v in errors.items() if v}
    if bad:
        raise ValidationError(bad)


def field_values(source: object, input_type: type[DataclassInstance]) -> dict[str, Any]:
    """The values of ``input_type``'s fields, read by name from ``source`` (a DTO or a row)."""
    return {f.name: getattr(source, f.name) for f in fields(input_type)}


def input_from(source: object, input_type: type[InputT]) -> InputT:
    """An input dataclass filled from a DTO or a row that holds each of its fields by name.

    A form starts from what was saved: the input's fields are a subset of the DTO's (and of the
    row's), with the same names and types.
    """
    return input_type(**field_values(source, input_type))
