"""A client's addresses and vehicles (Contact view tabs)."""

from __future__ import annotations

from typing import ClassVar

from enforcement_desktop.domain.enums import AddressMarker
from enforcement_desktop.domain.facts import NOT_KNOWN, shown_registration
from enforcement_desktop.domain.values import format_date
from enforcement_desktop.gui.models.dto_table import BAD, CENTRE, GOOD, MUTED, Column, DtoTableModel
from enforcement_desktop.services.contacts import AddressDTO, VehicleDTO


def _marker(a: AddressDTO) -> str:
    return "" if a.marker == AddressMarker.NONE else a.marker.value.upper()


def _street(a: AddressDTO) -> str:
    return ", ".join(p for p in (a.line1, a.line2, a.town) if p)


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


class AddressesModel(DtoTableModel):
    """Addresses of one client: type, address, postcode, DLO/NFA marker, confident, current."""

    TYPE, ADDRESS, POSTCODE, MARKER, CONFIDENT, CURRENT, FROM = range(7)
    COLUMNS: ClassVar = (
        Column("Type", lambda a: a.address_type.label),
        Column("Address", _street, tooltip=lambda a: a.one_line()),
        Column("Postcode", lambda a: a.postcode or ""),
        Column(
            "DLO/NFA",
            _marker,
            align=CENTRE,
            foreground=lambda a: BAD if a.marker != AddressMarker.NONE else None,
            tooltip=lambda a: a.marker.label if a.marker != AddressMarker.NONE else None,
            header_tooltip="Dead letter office or no fixed abode",
        ),
        Column(
            "Confident",
            lambda a: _yes_no(a.confident),
            align=CENTRE,
            foreground=lambda a: GOOD if a.confident else BAD,
        ),
        Column(
            "Current",
            lambda a: _yes_no(a.is_current),
            align=CENTRE,
            foreground=lambda a: None if a.is_current else MUTED,
        ),
        Column("From", lambda a: format_date(a.from_date), sort_key=lambda a: a.from_date),
    )

    def address_at(self, row: int) -> AddressDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, AddressDTO) else None


def _not_known(value: str | None) -> str:
    return value if value else NOT_KNOWN


class VehiclesModel(DtoTableModel):
    """Vehicles of one client; an unknown registration, make or model reads "Not Known"."""

    REGISTRATION, MAKE, MODEL, COLOUR = range(4)
    COLUMNS: ClassVar = (
        Column(
            "Registration",
            lambda v: shown_registration(v.registration),
        ),
        Column("Make", lambda v: _not_known(v.make)),
        Column("Model", lambda v: _not_known(v.model)),
        Column("Colour", lambda v: v.colour or ""),
    )

    def vehicle_at(self, row: int) -> VehicleDTO | None:
        item = self.row_at(row)
        return item if isinstance(item, VehicleDTO) else None
