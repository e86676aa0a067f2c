"""The facts the enforcement rules read: plain, immutable snapshots of a case.

The storage layer builds these from the database (one query per case, no lazy loading) and hands
them to :mod:`enforcement_desktop.domain.rules`. They hold no session, no clock and no Qt, so the
rules stay pure and can be table-tested with literal values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AppealStatus,
    AssetFinding,
    AssetType,
    CourtKind,
    EmploymentStatus,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
)
from enforcement_desktop.domain.sanctions import SanctionsTerms
from enforcement_desktop.domain.values import format_money, normalise_registration

#: Seed 000: an unknown make or model of a vehicle is given as "Not Known", never left blank;
#: the bailiff forms print the same words wherever a detail is missing (seed 003).
NOT_KNOWN = "Not Known"
#: How an unknown registration is stored: registrations are kept in capitals.
NOT_KNOWN_REGISTRATION = NOT_KNOWN.upper()


def stored_registration(typed: str) -> str:
    """How a typed registration is stored: "not known" (any case) as NOT KNOWN, others normalised.

    Args:
        typed: The registration as entered.

    Returns:
        :data:`NOT_KNOWN_REGISTRATION`, or the registration in capitals without spaces.
    """
    text = typed.strip()
    if text.casefold() == NOT_KNOWN.casefold():
        return NOT_KNOWN_REGISTRATION
    return normalise_registration(text)


def shown_registration(registration: str | None) -> str:
    """A stored registration as screens show it: an unknown or missing one reads "Not Known"."""
    if not registration or registration == NOT_KNOWN_REGISTRATION:
        return NOT_KNOWN
    return registration


#: Seed 000 step 15: the charging order de minimis is "£500.00 - £750.00 depending on the court".
CHARGING_ORDER_DE_MINIMIS_LOW = Decimal("500.00")
CHARGING_ORDER_DE_MINIMIS_HIGH = Decimal("750.00")


@dataclass(frozen=True, slots=True)
class CourtFacts:
    """A court and the area it covers.

    Attributes:
        name: Display name, e.g. "Birmingham County Court".
        kind: Magistrates', county, High Court or the RJOF.
        postcode_areas: Letter prefixes of the outward codes the court covers, e.g. ("B", "WS").
        charging_order_de_minimis: The court's charging order de minimis, £500.00 to £750.00.
    """

    name: str
    kind: CourtKind
    postcode_areas: tuple[str, ...] = ()
    charging_order_de_minimis: Decimal = CHARGING_ORDER_DE_MINIMIS_HIGH

    def __post_init__(self) -> None:
        # A figure outside the seed's range is a data-entry error; failing here keeps a wrong
        # threshold from silently allowing (or blocking) a charging order.
        low, high = CHARGING_ORDER_DE_MINIMIS_LOW, CHARGING_ORDER_DE_MINIMIS_HIGH
        if not low <= self.charging_order_de_minimis <= high:
            raise ValueError(
                f"{self.name}: charging order de minimis "
                f"{format_money(self.charging_order_de_minimis)} is outside "
                f"{format_money(low)} to {format_money(high)}"
            )

    def covers(self, area: str | None) -> bool:
        """Whether the court covers a postcode area (letters of an outward code, e.g. "CV")."""
        if not area:
            return False
        wanted = area.strip().upper()
        return any(a.strip().upper() == wanted for a in self.postcode_areas)


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """One enforcement order of the case (Enforcement Actions → Enforcement Orders view).

    Attributes:
        id: Database id.
        order_type: Liability order, county court registration, charging order, ...
        status: Applied, granted, refused, withdrawn, discharged or satisfied.
        origin: CMS or legacy CSA (seed 002); decides collection priority (seed 003 step 10).
        reference: The court's or the system's reference, shown in reasons.
        court: The court that made or registered the order, when known.
        applied_on: Date applied for.
        granted_on: Date granted.
        period_from: Start of the period of debt covered (liability orders).
        period_to: End of the period of debt covered.
        amount: Amount of debt covered.
        costs: Costs awarded.
        payments: Payments made against the order.
        parent_order_id: The order this one builds on (e.g. the LO a registration registers).
        complied: For a sanctions order recorded without its terms (before they were kept),
            whether it was recorded as complied with; None if unknown.
        asset_id: The asset the order is against, if any (charging order, order for sale).
        terms: For a sanctions order, the payment terms the court set: its compliance is
            worked out from them and ``paid`` (:mod:`enforcement_desktop.domain.sanctions`).
        paid: Each payment against the order: (date paid, amount).
    """

    id: int
    order_type: OrderType
    status: OrderStatus
    origin: OrderOrigin = OrderOrigin.CMS
    reference: str = ""
    court: CourtFacts | None = None
    applied_on: date | None = None
    granted_on: date | None = None
    period_from: date | None = None
    period_to: date | None = None
    amount: Decimal = Decimal("0.00")
    costs: Decimal = Decimal("0.00")
    payments: Decimal = Decimal("0.00")
    parent_order_id: int | None = None
    complied: bool | None = None
    asset_id: int | None = None
    terms: SanctionsTerms | None = None
    paid: tuple[tuple[date, Decimal], ...] = ()

    @property
    def current_balance(self) -> Decimal:
        """The LO Current Arrears Bal of seed 003 step 11: amount + costs − payments."""
        return self.amount + self.costs - self.payments

    @property
    def display_name(self) -> str:
        """The reference, or the id when the order has no reference yet (still being applied)."""
        return self.reference or f"order {self.id}"


@dataclass(frozen=True, slots=True)
class AssetFacts:
    """An asset recorded in the Asset view.

    Attributes:
        id: Database id.
        asset_type: Property, vehicle, bank or building society account, shares, other.
        account_type: For accounts: personal, joint or business (business = used for business).
        estimated_value: Estimated value, when known.
        finding: Whether the information was found relevant or disregarded (seed 000 step 12).
        description: Free text shown in reasons, e.g. "Barclays current account".
        disposed_to_third_party: The paying parent has disposed of the asset to a known third
            party (seed 000 step 14, set aside disposition order).
    """

    id: int
    asset_type: AssetType
    account_type: AccountType | None = None
    estimated_value: Decimal | None = None
    finding: AssetFinding = AssetFinding.UNASSESSED
    description: str = ""
    disposed_to_third_party: bool = False

    @property
    def display_name(self) -> str:
        """The description with the id, or the id alone."""
        return f"{self.description} (asset {self.id})" if self.description else f"asset {self.id}"


@dataclass(frozen=True, slots=True)
class AppealFacts:
    """An appeal against the arrears (Enforce form, Appeal Details).

    Attributes:
        status: Open while the tribunal has not decided it.
        lodged_on: Date the appeal was lodged.
    """

    status: AppealStatus
    lodged_on: date


@dataclass(frozen=True, slots=True)
class PayingParentFacts:
    """What the rules need to know about the paying parent (legacy: non-resident parent, NRP).

    Attributes:
        jurisdiction: Where they live; None when not recorded.
        address_confident: Whether their address is confident.
        address_marker: DLO or NFA marker on the correspondence address.
        residential_postcode: Postcode of the residential address, e.g. "B15 2TT".
        employment_status: As held (HMRC / contact More Info).
        holds_driving_licence: Whether they hold a driving licence.
        holds_passport: Whether they hold a passport.
        depends_on_driving_for_livelihood: Whether their livelihood depends on driving.
        professional_body_member: Member of a professional body (solicitor, doctor, ...).
        vehicles_count: Number of vehicles recorded.
    """

    # No defaults for these two: a forgotten value must not quietly make bailiff action lawful.
    jurisdiction: Jurisdiction | None
    address_confident: bool
    address_marker: AddressMarker = AddressMarker.NONE
    residential_postcode: str | None = None
    employment_status: EmploymentStatus = EmploymentStatus.NO_EMPLOYMENT_DETAILS
    holds_driving_licence: bool = False
    holds_passport: bool = False
    depends_on_driving_for_livelihood: bool = False
    professional_body_member: bool = False
    vehicles_count: int = 0


@dataclass(frozen=True, slots=True)
class CaseFacts:
    """A case as the rules see it.

    Attributes:
        scin: Client reference of the paying parent (12 digits).
        scheme: CMS 2012 or legacy CSA.
        arrears_balance: The case arrears balance (Financial Accounts view).
        paying_parent: Facts about the paying parent.
        orders: Every enforcement order of the case, any status.
        assets: Every asset recorded for the paying parent.
        appeals: Appeals against the arrears.
        nulla_bona_dates: Dates Nulla Bona returns were received from bailiffs.
        unsuccessful_bailiff_dates: Dates a bailiff's outcome Not successful was received for
            the paying parent, with or without a Nulla Bona (a bailiff refused entry returns
            none): bailiff action was tried (the last-resort rule).
        wilful_refusal_found_on: Date of a finding of wilful refusal or culpable neglect.
        wilful_refusal_evidence: The evidence recorded for that finding.
    """

    scin: str
    scheme: Scheme
    arrears_balance: Decimal
    paying_parent: PayingParentFacts
    orders: tuple[OrderFacts, ...] = ()
    assets: tuple[AssetFacts, ...] = ()
    appeals: tuple[AppealFacts, ...] = ()
    nulla_bona_dates: tuple[date, ...] = ()
    unsuccessful_bailiff_dates: tuple[date, ...] = ()
    wilful_refusal_found_on: date | None = None
    wilful_refusal_evidence: str | None = None
