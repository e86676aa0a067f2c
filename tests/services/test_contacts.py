"""Contact services on a real database: validation, audit, conflicts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    ContactRole,
    EmploymentStatus,
    Jurisdiction,
)
from enforcement_desktop.domain.errors import ConflictError, ValidationError
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Contact


def paying_parent(**overrides: object) -> contacts.ContactInput:
    values: dict[str, object] = dict(
        role=ContactRole.PAYING_PARENT,
        first_name="Testy",
        last_name="McTestface",
        scin="121000000099",
        date_of_birth=date(1980, 5, 17),
        nino="QQ123456C",
        jurisdiction=Jurisdiction.ENGLAND,
        employment_status=EmploymentStatus.EMPLOYED,
    )
    values.update(overrides)
    return contacts.ContactInput(**values)  # type: ignore[arg-type]


def test_create_contact_normalises_and_audits(ctx: ServiceContext) -> None:
    created = contacts.create_contact(
        ctx, paying_parent(nino="qq 12 34 56 c", scin="1210 0000 0099")
    )
    assert created.nino == "QQ123456C"
    assert created.scin == "121000000099"
    assert created.version == 1
    with ctx.db.unit_of_work() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.entity == "contact")).all()
        assert [(e.action, e.user, e.new_value) for e in events] == [
            ("create", "test.user", "Testy McTestface")
        ]


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        ({"scin": "12345"}, "scin", "12 digits"),
        ({"scin": "999000000001"}, "scin", "pattern"),
        ({"nino": "AB12345"}, "nino", "National Insurance"),
        ({"first_name": "  "}, "first_name", "required"),
        ({"date_of_birth": date(2026, 11, 24)}, "date_of_birth", "future"),
        ({"jurisdiction": None}, "jurisdiction", "required"),
        ({"pv_marker": True, "pv_control_measures": ""}, "pv_control_measures", "control measures"),
        ({"other_names": "bad\x07bell"}, "other_names", "invisible character (U+0007"),
        ({"last_name": "x" * 101}, "last_name", "too long"),
    ],
)
def test_bad_contact_is_refused_and_nothing_saved(
    ctx: ServiceContext, overrides: dict[str, object], field: str, words: str
) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(ctx, paying_parent(**overrides))
    assert words in info.value.errors[field]
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(Contact.id)) is None
        assert s.scalar(select(AuditEvent.id)) is None


def test_validation_names_every_bad_field(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(ctx, paying_parent(scin="1", nino="x", first_name=""))
    assert set(info.value.errors) == {"scin", "nino", "first_name"}


def test_create_with_the_first_address_in_one_transaction(ctx: ServiceContext) -> None:
    home = contacts.AddressInput(
        AddressType.RESIDENTIAL,
        "1 Fictional Street",
        town="Demoton",
        postcode="b15 2tt",
        confident=True,
    )
    # A bad address refuses the client too: errors of both, the address's under "address.".
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(
            ctx, paying_parent(first_name=""), contacts.AddressInput(AddressType.RESIDENTIAL, "")
        )
    assert set(info.value.errors) == {"first_name", "address.line1", "address.postcode"}
    with ctx.db.unit_of_work() as s:
        assert s.scalar(select(Contact.id)) is None
        assert s.scalar(select(AuditEvent.id)) is None

    created = contacts.create_contact(ctx, paying_parent(), home)
    (address,) = created.addresses
    assert (address.line1, address.postcode, address.confident) == (
        "1 Fictional Street",
        "B15 2TT",
        True,
    )
    assert contacts.get_contact(ctx, created.id).addresses == created.addresses
    with ctx.db.unit_of_work() as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        assert [(e.action, e.entity) for e in events] == [
            ("create", "contact"),
            ("create", "address"),
        ]


def test_duplicate_scin_refused(ctx: ServiceContext) -> None:
    contacts.create_contact(ctx, paying_parent())
    with pytest.raises(ValidationError) as info:
        contacts.create_contact(ctx, paying_parent(first_name="Other"))
    assert "already belongs" in info.value.errors["scin"]


def test_update_writes_field_audit_and_bumps_version(ctx: ServiceContext) -> None:
    created = contacts.create_contact(ctx, paying_parent())
    data = created.to_input()
    data.employment_status = EmploymentStatus.SOLE_TRADER
    updated = contacts.update_contact(ctx, created.id, created.version, data)
    assert updated.version == 2
    assert updated.employment_status == EmploymentStatus.SOLE_TRADER
    with ctx.db.unit_of_work() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert (event.field, event.old_value, event.new_value) == (
            "employment_status",
            "employed",
            "sole_trader",
        )


def test_stale_version_raises_conflict_naming_who(ctx: ServiceContext) -> None:
    created = contacts.create_contact(ctx, paying_parent())
    other = ServiceContext(db=ctx.db, user="colleague", clock=ctx.clock)
    data = created.to_input()
    data.phone = "01632 960000"
    contacts.update_contact(other, created.id, created.version, data)
    data.phone = "01632 960001"
    with pytest.raises(ConflictError) as info:
        contacts.update_contact(ctx, created.id, created.version, data)
    assert "colleague" in str(info.value)
    assert contacts.get_contact(ctx, created.id).phone == "01632 960000"


def test_address_rules(ctx: ServiceContext) -> None:
    created = contacts.create_contact(ctx, paying_parent())
    with pytest.raises(ValidationError) as info:
        contacts.add_address(
            ctx,
            created.id,
            contacts.AddressInput(AddressType.RESIDENTIAL, "1 Example Street", postcode="NOPE"),
        )
    assert "postcode" in info.value.errors
    with pytest.raises(ValidationError) as info:
        contacts.add_address(
            ctx,
            created.id,
            contacts.AddressInput(
                AddressType.CORRESPONDENCE, "PO Box 1", marker=AddressMarker.DLO, confident=True
            ),
        )
    assert "confident" in info.value.errors
    address = contacts.add_address(
        ctx,
        created.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL, "1 Example Street", postcode="b152tt", confident=True
        ),
    )
    assert address.postcode == "B15 2TT"
    assert contacts.get_contact(ctx, created.id).current_address == address


def test_vehicle_not_known_defaults(ctx: ServiceContext) -> None:
    created = contacts.create_contact(ctx, paying_parent())
    vehicle = contacts.add_vehicle(ctx, created.id, contacts.VehicleInput("ab12 cde"))
    assert (vehicle.registration, vehicle.make, vehicle.model) == (
        "AB12CDE",
        "Not Known",
        "Not Known",
    )
