"""Plain, frozen inputs of the document builders.

Services fill these from the database; builders only read them, so the documents layer never
touches SQLAlchemy or Qt. Money is ``Decimal`` pounds and pence and dates are ``datetime.date``.

What a document may disclose is decided here, by which fields exist: the receiving-parent letters
(``ReceivingParentLetter``) have no field for the paying parent's address, employer or assets, nor
for anything learnt from a third party, so no builder can print them by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.enums import BailiffOutcome, OrderOrigin

# NOT_KNOWN is printed wherever a value is not known (the forms' own wording, seed 003); the
# builders import it from here.
from enforcement_desktop.domain.facts import NOT_KNOWN

# C0 controls other than tab and newline, DEL, C1 controls, lone surrogates and the two
# non-characters XML 1.0 forbids: lxml refuses most of them and the rest print as boxes.
_UNSAFE_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: object) -> str:
    """Make free text safe to write into a Word or PDF document.

    Line endings become ``\\n``; control characters (other than tab and newline) and characters
    XML cannot hold are dropped. Letters outside ASCII, quotes and apostrophes are kept as typed.

    Args:
        value: Any value; ``None`` gives an empty string.

    Returns:
        The cleaned text.
    """
    if value is None:
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_CHARS.sub("", text)


def known(value: object) -> str:
    """The cleaned value, or "Not Known" when it is missing or blank (as the forms print it)."""
    return clean_text(value).strip() or NOT_KNOWN


def _freeze(instance: object, *names: str) -> None:
    """Turn list arguments into tuples so a frozen object stays unchangeable."""
    for name in names:
        values: Iterable[object] | None = getattr(instance, name)
        object.__setattr__(instance, name, tuple(values or ()))


@dataclass(frozen=True)
class PostalAddress:
    """A UK postal address: up to a few lines and a postcode."""

    lines: tuple[str, ...]
    postcode: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "lines")

    def as_lines(self) -> list[str]:
        """The non-empty lines followed by the postcode, cleaned for printing."""
        out = [clean_text(line).strip() for line in self.lines]
        out.append(clean_text(self.postcode).strip())
        return [line for line in out if line]


#: What each :class:`CmsContact` field is called in a message (``missing()`` gives the keys).
CMS_CONTACT_LABELS = {
    "name": "case manager's name",
    "phone": "direct phone number",
    "team": "team",
    "office_address": "office address",
    "office_postcode": "office postcode",
    "opening_hours": "opening hours",
}


@dataclass(frozen=True)
class CmsContact:
    """How the reader contacts CMS back: the case manager, their team and office.

    Every form and letter prints it (CMEL8010 and CMSF5571: name, phone and team for the Bailiff
    SPOC; CMEL8011 and CMEL8039: phone, opening hours and office address for the receiving
    parent). A blank detail is left out, never printed as "Not Known": the service layer refuses
    to print while :meth:`missing` names any. ``region`` is the case's region, printed on the
    forms; it is not a contact detail.
    """

    name: str
    team: str = ""
    region: str = ""
    phone: str = ""
    office_address: tuple[str, ...] = ()
    office_postcode: str = ""
    opening_hours: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "office_address")

    def missing(self) -> list[str]:
        """The names of the contact details that are blank, in :data:`CMS_CONTACT_LABELS` order.

        Returns:
            e.g. ``["phone", "opening_hours"]``; empty when every detail is given.
        """

        def blank(name: str) -> bool:
            value = getattr(self, name)
            values = value if isinstance(value, tuple) else (value,)
            return not any(clean_text(v).strip() for v in values)

        return [name for name in CMS_CONTACT_LABELS if blank(name)]

    def office_lines(self) -> list[str]:
        """The office's address lines then its postcode, cleaned, blanks left out."""
        return PostalAddress(self.office_address, self.office_postcode).as_lines()


#: The name the builders' callers used before :class:`CmsContact` carried the office too.
CaseManagerDetails = CmsContact


@dataclass(frozen=True)
class PersonDetails:
    """The paying parent as the bailiff needs to identify them (CMEL8010)."""

    full_name: str
    other_names: tuple[str, ...] = ()
    date_of_birth: date | None = None
    ni_number: str = ""
    address: PostalAddress | None = None
    phone: str = ""
    employment_status: str = ""
    employer: str = ""

    def __post_init__(self) -> None:
        _freeze(self, "other_names")


@dataclass(frozen=True)
class VehicleDetails:
    """A vehicle linked to the paying parent; ``None`` or blank prints as "Not Known"."""

    registration: str | None = None
    make: str | None = None
    model: str | None = None
    colour: str | None = None


@dataclass(frozen=True)
class LiabilityOrderDetails:
    """One liability order: the debt a CMEL8010 asks the bailiff to collect.

    ``current_balance`` is the LO's current arrears balance (amount + costs - payments), as held
    on the enforce form; it is passed in rather than recomputed so the form shows the same figure
    the case manager recorded.
    """

    reference: str
    court: str
    applied_on: date | None
    granted_on: date
    period_from: date | None
    period_to: date | None
    amount: Decimal
    costs: Decimal
    payments: Decimal
    current_balance: Decimal
    origin: OrderOrigin = OrderOrigin.CMS

    def __post_init__(self) -> None:
        # Services may pass "CMS"/"CSA" as text; keep one representation.
        if not isinstance(self.origin, OrderOrigin):
            object.__setattr__(self, "origin", OrderOrigin(str(self.origin).strip().lower()))


@dataclass(frozen=True)
class BailiffReferral:
    """One CMEL8010 "Referral to bailiff": one liability order, numbered k of N.

    The first form of a batch is ``complete``; later forms repeat the parents' details, the SCIN,
    the PV marker and the LO, and print vehicles, assets and previous enforcement only when given
    (what differs from the first form, seed 003 step 10); an empty list there prints
    "As CMEL8010 LO 1 of N".
    """

    referral_date: date
    case_manager: CmsContact
    scin: str
    scheme: str
    paying_parent: PersonDetails
    receiving_parent_names: tuple[str, ...]
    liability_order: LiabilityOrderDetails
    position: int
    total: int
    sum_applied_for: Decimal
    pv_marker: bool = False
    pv_control_measures: str = ""
    vehicles: tuple[VehicleDetails, ...] = ()
    assets: tuple[str, ...] = ()
    previous_enforcement: tuple[str, ...] = ()
    additional_information: str = ""
    complete: bool = True
    #: k of the pack's complete first form, which later forms refer to ("As CMEL8010 LO k of
    #: N"): "LO k of N" counts all the client's LOs with a balance, so a pack may start at LO 2.
    first_position: int = 1

    def __post_init__(self) -> None:
        _freeze(self, "receiving_parent_names", "vehicles", "assets", "previous_enforcement")
        if self.total < 1 or not 1 <= self.position <= self.total:
            raise ValueError(f"LO position {self.position} of {self.total} is not possible")
        if not 1 <= self.first_position <= self.position:
            raise ValueError(f"A first form at LO {self.first_position} cannot precede this one")

    @property
    def position_label(self) -> str:
        """ "LO k of N", as printed on the form and used in file names."""
        return f"LO {self.position} of {self.total}"


@dataclass(frozen=True)
class DvsPhotoRequest:
    """CMSF5571: request to the Driver Validation Service (DVS) for a photograph of the paying
    parent, made by the CMS Bailiff SPOC for the bailiff (seed 003 steps 14-16)."""

    request_date: date
    scin: str
    case_manager: CmsContact
    paying_parent_name: str
    address: PostalAddress
    date_of_birth: date | None = None
    vehicle_registration: str | None = None
    driving_licence_number: str | None = None
    reason: str = ""
    vehicles: tuple[VehicleDetails, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, "vehicles")

    def vehicle_list(self) -> tuple[VehicleDetails, ...]:
        """Every vehicle to print: ``vehicles``, or the one ``vehicle_registration`` alone."""
        if self.vehicles:
            return self.vehicles
        return (VehicleDetails(registration=self.vehicle_registration),)


@dataclass(frozen=True)
class BailiffPack:
    """Everything the Bailiff SPOC receives for one client, zipped as SCIN + region.

    ``referrals`` are in collection priority (CMS LOs oldest to newest, then CSA LOs oldest to
    newest), numbered 1 to N.
    """

    scin: str
    region: str
    referrals: tuple[BailiffReferral, ...]
    dvs_request: DvsPhotoRequest | None = None

    def __post_init__(self) -> None:
        _freeze(self, "referrals")


@dataclass(frozen=True)
class LetterOrder:
    """A liability order as a letter to the receiving parent names it: reference and period.

    Nothing else about the order: its court, costs and payments are the paying parent's account.
    """

    reference: str
    period_from: date | None = None
    period_to: date | None = None


@dataclass(frozen=True)
class ReceivingParentLetter:
    """CMEL8011 (the case is being referred to a bailiff) or CMEL8039 (bailiff outcome).

    One letter per referral and recipient. Deliberately holds nothing about the paying parent
    beyond the case reference: no address (not even a "not located" one), employer, assets or
    anything the bailiff or another third party told us. ``liability_orders`` names the LOs the
    letter is about: those being referred (CMEL8011) or the one whose outcome it gives
    (CMEL8039). ``outcome`` is required for CMEL8039 and ignored by CMEL8011. The CMS office,
    phone and opening hours come from ``case_manager``.
    """

    letter_date: date
    scin: str
    receiving_parent_name: str
    receiving_parent_address: PostalAddress
    case_manager: CmsContact
    outcome: BailiffOutcome | None = None
    liability_orders: tuple[LetterOrder, ...] = ()

    def __post_init__(self) -> None:
        _freeze(self, "liability_orders")
        if self.outcome is not None and not isinstance(self.outcome, BailiffOutcome):
            object.__setattr__(self, "outcome", BailiffOutcome(str(self.outcome)))
