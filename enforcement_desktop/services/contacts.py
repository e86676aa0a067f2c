"""Contacts: clients and third parties, their addresses and vehicles."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from enforcement_desktop.domain.enums import (
    AddressMarker,
    AddressType,
    ContactRole,
    EmploymentStatus,
    Jurisdiction,
)
from enforcement_desktop.domain.errors import NotFoundError, ValidationError
from enforcement_desktop.domain.facts import NOT_KNOWN, stored_registration
from enforcement_desktop.domain.values import (
    check_nino,
    check_past_date,
    check_postcode,
    check_registration,
    check_scin,
    check_text,
    check_uk_phone,
    joined_name,
    normalise_nino,
    normalise_postcode,
    normalise_scin,
    normalise_uk_phone,
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
from enforcement_desktop.storage.models import Address, Contact, Vehicle

CLIENT_ROLES = (ContactRole.PAYING_PARENT, ContactRole.RECEIVING_PARENT)
#: Contacts that are not clients: an organisation or a person outside the client records. Their
#: name is one field of one word or more ("Tesco"), kept whole in ``last_name`` with
#: ``first_name`` empty (the columns are a parent's two names).
PARTY_ROLES = (ContactRole.EMPLOYER, ContactRole.THIRD_PARTY)
PARTY_NAME_LABEL = {ContactRole.EMPLOYER: "Organisation name", ContactRole.THIRD_PARTY: "Name"}


def name_keys(first: str, last: str) -> dict[str, str]:
    """What search and sorting read: ``surname_key`` (the last name, an organisation's whole
    name) and ``name_key`` (the whole name), lower case."""
    return {"surname_key": last.lower(), "name_key": joined_name(first, last).lower()}


def party_name(first: str | None, last: str | None) -> str:
    """An employer's or third party's name in one, whichever parts it came in, spaces single."""
    return " ".join(f"{first or ''} {last or ''}".split())


# --------------------------------------------------------------------------- inputs and outputs


@dataclass(slots=True)
class ContactInput:
    """What a user may set on a contact; validated by :func:`validate_contact`."""

    role: ContactRole
    first_name: str
    last_name: str
    scin: str | None = None
    title: str | None = None
    other_names: str | None = None
    date_of_birth: date | None = None
    nino: str | None = None
    phone: str | None = None
    email: str | None = None
    jurisdiction: Jurisdiction | None = None
    employment_status: EmploymentStatus = EmploymentStatus.NO_EMPLOYMENT_DETAILS
    employer_name: str | None = None
    pv_marker: bool = False
    pv_control_measures: str | None = None
    holds_driving_licence: bool = False
    driving_licence_number: str | None = None
    holds_passport: bool = False
    depends_on_driving: bool = False
    professional_body: str | None = None


@dataclass(frozen=True, slots=True)
class AddressDTO:
    id: int
    version: int
    address_type: AddressType
    line1: str
    line2: str | None
    town: str | None
    postcode: str | None
    marker: AddressMarker
    confident: bool
    is_current: bool
    from_date: date | None

    def one_line(self) -> str:
        return ", ".join(p for p in (self.line1, self.line2, self.town, self.postcode) if p)


@dataclass(frozen=True, slots=True)
class VehicleDTO:
    id: int
    version: int
    registration: str
    make: str | None
    model: str | None
    colour: str | None


@dataclass(frozen=True, slots=True)
class ContactDTO:
    id: int
    version: int
    role: ContactRole
    scin: str | None
    title: str | None
    first_name: str
    last_name: str
    other_names: str | None
    date_of_birth: date | None
    nino: str | None
    phone: str | None
    email: str | None
    jurisdiction: Jurisdiction | None
    employment_status: EmploymentStatus
    employer_name: str | None
    pv_marker: bool
    pv_control_measures: str | None
    holds_driving_licence: bool
    driving_licence_number: str | None
    holds_passport: bool
    depends_on_driving: bool
    professional_body: str | None
    updated_by: str | None
    addresses: tuple[AddressDTO, ...] = ()
    vehicles: tuple[VehicleDTO, ...] = ()
    #: A sensitive case (Check CSA, step 4): shown like the PV marker.
    sensitive: bool = False
    #: The addresses were left out because the case is sensitive and the user reading it is
    #: not in Special Client Records (decided by the read model, not the widget).
    addresses_hidden: bool = False

    @property
    def full_name(self) -> str:
        return joined_name(self.first_name, self.last_name)

    @property
    def current_address(self) -> AddressDTO | None:
        """The current residential address, else the current correspondence address."""
        current = [a for a in self.addresses if a.is_current]
        for kind in (AddressType.RESIDENTIAL, AddressType.CORRESPONDENCE):
            for address in current:
                if address.address_type == kind:
                    return address
        return None

    def to_input(self) -> ContactInput:
        return input_from(self, ContactInput)


def address_dto(a: Address) -> AddressDTO:
    return AddressDTO(
        id=a.id,
        version=a.version,
        address_type=a.address_type,
        line1=a.line1,
        line2=a.line2,
        town=a.town,
        postcode=a.postcode,
        marker=a.marker,
        confident=a.confident,
        is_current=a.is_current,
        from_date=a.from_date,
    )


def vehicle_dto(v: Vehicle) -> VehicleDTO:
    return VehicleDTO(
        id=v.id,
        version=v.version,
        registration=v.registration,
        make=v.make,
        model=v.model,
        colour=v.colour,
    )


def contact_dto(c: Contact, *, with_children: bool = True) -> ContactDTO:
    return ContactDTO(
        id=c.id,
        version=c.version,
        role=c.role,
        scin=c.scin,
        title=c.title,
        first_name=c.first_name,
        last_name=c.last_name,
        other_names=c.other_names,
        date_of_birth=c.date_of_birth,
        nino=c.nino,
        phone=c.phone,
        email=c.email,
        jurisdiction=c.jurisdiction,
        employment_status=c.employment_status,
        employer_name=c.employer_name,
        pv_marker=c.pv_marker,
        pv_control_measures=c.pv_control_measures,
        holds_driving_licence=c.holds_driving_licence,
        driving_licence_number=c.driving_licence_number,
        holds_passport=c.holds_passport,
        depends_on_driving=c.depends_on_driving,
        professional_body=c.professional_body,
        updated_by=c.updated_by,
        addresses=tuple(address_dto(a) for a in c.addresses) if with_children else (),
        vehicles=tuple(vehicle_dto(v) for v in c.vehicles) if with_children else (),
        sensitive=c.sensitive,
    )


# --------------------------------------------------------------------------- validation


def contact_errors(data: ContactInput, today: date, scin_pattern: str) -> dict[str, str | None]:
    """Every problem of a contact's own fields (all but the SCIN's uniqueness), by field.

    Shared with the case-file import, so a contact that imports can be saved again unchanged.
    """
    errors: dict[str, str | None]
    if data.role in PARTY_ROLES:
        # One field of one word or more, checked as it is saved: whole, spaces single.
        label = PARTY_NAME_LABEL[data.role]
        typed = joined_name(data.first_name, data.last_name)
        errors = {
            "last_name": check_text(
                typed, required=True, max_length=len(typed), label=label, single_line=True
            )
            or check_text(party_name(data.first_name, data.last_name), max_length=100, label=label)
        }
    else:
        errors = {
            "first_name": check_text(
                data.first_name, required=True, max_length=100, label="First name", single_line=True
            ),
            "last_name": check_text(
                data.last_name, required=True, max_length=100, label="Last name", single_line=True
            ),
        }
    errors |= {
        "other_names": check_text(
            data.other_names, max_length=200, label="Other names", single_line=True
        ),
        "title": check_text(data.title, max_length=20, label="Title", single_line=True),
        "nino": check_nino(data.nino),
        "date_of_birth": check_past_date(data.date_of_birth, today),
        "phone": check_uk_phone(data.phone),
        "email": check_text(data.email, max_length=200, label="Email", single_line=True),
        "employer_name": check_text(
            data.employer_name, max_length=200, label="Employer", single_line=True
        ),
        "pv_control_measures": check_text(
            data.pv_control_measures, max_length=2000, label="Control measures"
        ),
        "professional_body": check_text(
            data.professional_body, max_length=200, label="Professional body", single_line=True
        ),
        "driving_licence_number": check_text(
            data.driving_licence_number,
            max_length=20,
            label="Driving licence number",
            single_line=True,
        ),
    }
    if data.role in CLIENT_ROLES or data.scin:
        errors["scin"] = check_scin(data.scin, scin_pattern)
    if data.pv_marker and not (data.pv_control_measures or "").strip():
        errors["pv_control_measures"] = (
            "Describe the control measures for the PV marker (they go on the bailiff referral)"
        )
    if data.role == ContactRole.PAYING_PARENT and data.jurisdiction is None:
        errors["jurisdiction"] = "Jurisdiction is required for a paying parent"
    return errors


def validate_contact(
    data: ContactInput, ctx: ServiceContext, session: Session, *, contact_id: int | None = None
) -> None:
    """Check every field, gather every problem, raise one ValidationError naming each field."""
    errors = contact_errors(data, ctx.today(), ctx.scin_pattern)
    if "scin" in errors and errors["scin"] is None:
        scin = normalise_scin(data.scin or "")
        clash = session.scalar(select(Contact.id).where(Contact.scin == scin))
        if clash is not None and clash != contact_id:
            errors["scin"] = f"SCIN {scin} already belongs to another client"
    raise_if_errors(errors)


def _contact_values(data: ContactInput) -> dict[str, Any]:
    values = asdict(data)
    values["scin"] = normalise_scin(data.scin) if data.scin else None
    values["nino"] = normalise_nino(data.nino) if data.nino and data.nino.strip() else None
    values["phone"] = normalise_uk_phone(data.phone)
    for key, value in list(values.items()):
        if isinstance(value, str) and not value.strip():
            values[key] = None
    if data.role in PARTY_ROLES:
        first, last = "", party_name(data.first_name, data.last_name)
    else:
        first, last = data.first_name.strip(), data.last_name.strip()
    values.update(first_name=first, last_name=last, **name_keys(first, last))
    return values


# --------------------------------------------------------------------------- contact use cases


def create_contact(
    ctx: ServiceContext, data: ContactInput, address: AddressInput | None = None
) -> ContactDTO:
    """Record a contact, with their first address when given, in one transaction.

    Raises:
        ValidationError: every problem of the contact's fields and of the address's, the
            address's under ``address.<field>``; nothing is saved.
    """
    with ctx.unit_of_work() as session:
        errors: dict[str, str] = {}
        for prefix, check in (
            ("", lambda: validate_contact(data, ctx, session)),
            ("address.", lambda: validate_address(address, ctx) if address else None),
        ):
            try:
                check()
            except ValidationError as exc:
                errors.update({prefix + name: message for name, message in exc.errors.items()})
        if errors:
            raise ValidationError(errors)
        contact = Contact(**_contact_values(data))
        session.add(contact)
        record_created(session, ctx, contact, "contact", summary=contact.full_name)
        if address is not None:
            added = Address(contact=contact, **_address_values(address))
            session.add(added)
            record_created(session, ctx, added, "address", summary=address.line1)
        session.flush()
        return contact_dto(contact)


def get_contact(ctx: ServiceContext, contact_id: int) -> ContactDTO:
    with ctx.unit_of_work() as session:
        return contact_dto(get_or_404(session, Contact, contact_id))


def find_contact_by_scin(ctx: ServiceContext, scin: str) -> ContactDTO:
    wanted = normalise_scin(scin)
    if not re.fullmatch(r"[0-9]{12}", wanted):
        # Not a SCIN at all: no query (PostgreSQL refuses text holding NUL, for one).
        raise NotFoundError("client", "that SCIN")
    with ctx.unit_of_work() as session:
        contact = session.scalar(select(Contact).where(Contact.scin == wanted))
        if contact is None:
            raise NotFoundError("client", f"SCIN {scin}")
        return contact_dto(contact)


def update_contact(
    ctx: ServiceContext, contact_id: int, expected_version: int, data: ContactInput
) -> ContactDTO:
    with ctx.unit_of_work() as session:
        contact = get_or_404(session, Contact, contact_id)
        check_version(contact, expected_version, "contact")
        validate_contact(data, ctx, session, contact_id=contact_id)
        apply_changes(session, ctx, contact, _contact_values(data), "contact")
        session.flush()
        return contact_dto(contact)


# --------------------------------------------------------------------------- addresses


@dataclass(slots=True)
class AddressInput:
    address_type: AddressType
    line1: str
    line2: str | None = None
    town: str | None = None
    postcode: str | None = None
    marker: AddressMarker = AddressMarker.NONE
    confident: bool = False
    is_current: bool = True
    from_date: date | None = None


def address_errors(data: AddressInput, today: date) -> dict[str, str | None]:
    """Every problem of an address, by field (shared with the case-file import)."""
    errors: dict[str, str | None] = {
        "line1": check_text(
            data.line1, required=True, max_length=200, label="Address line 1", single_line=True
        ),
        "line2": check_text(data.line2, max_length=200, label="Address line 2", single_line=True),
        "town": check_text(data.town, max_length=100, label="Town", single_line=True),
        # No fixed abode and dead letter office addresses may have no usable postcode.
        "postcode": check_postcode(data.postcode, required=data.marker == AddressMarker.NONE),
        "from_date": check_past_date(data.from_date, today),
    }
    if data.marker != AddressMarker.NONE and data.address_type != AddressType.CORRESPONDENCE:
        errors["marker"] = "Only a correspondence address can be marked DLO or NFA"
    if data.marker != AddressMarker.NONE and data.confident:
        errors["confident"] = "An address marked DLO or NFA cannot be confident"
    return errors


def validate_address(data: AddressInput, ctx: ServiceContext) -> None:
    raise_if_errors(address_errors(data, ctx.today()))


def _address_values(data: AddressInput) -> dict[str, Any]:
    values = asdict(data)
    values["postcode"] = normalise_postcode(data.postcode) if data.postcode else None
    for key in ("line2", "town"):
        if values[key] is not None and not values[key].strip():
            values[key] = None
    return values


def add_address(ctx: ServiceContext, contact_id: int, data: AddressInput) -> AddressDTO:
    with ctx.unit_of_work() as session:
        get_or_404(session, Contact, contact_id)
        validate_address(data, ctx)
        address = Address(contact_id=contact_id, **_address_values(data))
        session.add(address)
        record_created(session, ctx, address, "address", summary=data.line1)
        return address_dto(address)


def update_address(
    ctx: ServiceContext, address_id: int, expected_version: int, data: AddressInput
) -> AddressDTO:
    with ctx.unit_of_work() as session:
        address = get_or_404(session, Address, address_id)
        check_version(address, expected_version, "address")
        validate_address(data, ctx)
        apply_changes(session, ctx, address, _address_values(data), "address")
        session.flush()
        return address_dto(address)


# --------------------------------------------------------------------------- vehicles


@dataclass(slots=True)
class VehicleInput:
    registration: str
    make: str | None = None
    model: str | None = None
    colour: str | None = None


def vehicle_errors(data: VehicleInput) -> dict[str, str | None]:
    """Every problem of a vehicle, by field (shared with the case-file import)."""
    return {
        "registration": check_registration(data.registration),
        "make": check_text(data.make, max_length=60, label="Make", single_line=True),
        "model": check_text(data.model, max_length=60, label="Model", single_line=True),
        "colour": check_text(data.colour, max_length=40, label="Colour", single_line=True),
    }


def validate_vehicle(data: VehicleInput) -> None:
    raise_if_errors(vehicle_errors(data))


def _vehicle_values(data: VehicleInput) -> dict[str, Any]:
    reg = data.registration.strip()
    return {
        "registration": stored_registration(reg),
        # Seed 000: the make and model are given as "Not Known" when unknown, never left blank.
        "make": (data.make or "").strip() or NOT_KNOWN,
        "model": (data.model or "").strip() or NOT_KNOWN,
        "colour": (data.colour or "").strip() or None,
    }


def add_vehicle(ctx: ServiceContext, contact_id: int, data: VehicleInput) -> VehicleDTO:
    with ctx.unit_of_work() as session:
        get_or_404(session, Contact, contact_id)
        validate_vehicle(data)
        vehicle = Vehicle(contact_id=contact_id, **_vehicle_values(data))
        session.add(vehicle)
        record_created(session, ctx, vehicle, "vehicle", summary=vehicle.registration)
        return vehicle_dto(vehicle)


def update_vehicle(
    ctx: ServiceContext, vehicle_id: int, expected_version: int, data: VehicleInput
) -> VehicleDTO:
    with ctx.unit_of_work() as session:
        vehicle = get_or_404(session, Vehicle, vehicle_id)
        check_version(vehicle, expected_version, "vehicle")
        validate_vehicle(data)
        apply_changes(session, ctx, vehicle, _vehicle_values(data), "vehicle")
        session.flush()
        return vehicle_dto(vehicle)


def remove_vehicle(ctx: ServiceContext, vehicle_id: int, expected_version: int) -> None:
    with ctx.unit_of_work() as session:
        vehicle = get_or_404(session, Vehicle, vehicle_id)
        check_version(vehicle, expected_version, "vehicle")
        record_event(
            session,
            ctx,
            action="delete",
            entity="vehicle",
            entity_id=vehicle.id,
            old=vehicle.registration,
        )
        session.delete(vehicle)
