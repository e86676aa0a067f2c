"""Typed SQLAlchemy 2.x models: everything the case manager keeps.

Every table but the append-only audit trail carries an optimistic-lock ``version`` counter
(SQLAlchemy's ``version_id_col``) and who/when it was last changed, so a save over a record that
someone else changed raises a conflict instead of overwriting it.

Money is ``Numeric(12, 2)`` mapped to ``Decimal``. An order's current balance is derived from its
amount, costs and payments and never stored.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    event,
    false,
    func,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Mapper,
    declared_attr,
    mapped_column,
    relationship,
)

from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AddressType,
    AppealStatus,
    AssetFinding,
    AssetType,
    BailiffOutcome,
    BailiffOutcomeType,
    ContactRole,
    CourtKind,
    CriminalOffence,
    DeoDesire,
    DocumentType,
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    LegacyActionKind,
    OrderOrigin,
    OrderStatus,
    OrderType,
    OwningTeam,
    Power,
    Scheme,
    SourceResult,
    SrStatus,
    StepOutcome,
    UserRole,
    Workflow,
)
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.domain.values import joined_name

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY = Numeric(12, 2, asdecimal=True)


def enum_column(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum by its value as a plain string (no native type, so migrations stay simple)."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=40,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Surrogate key, optimistic lock and last-change stamp shared by every editable table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(
        DateTime, nullable=False, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime | None] = mapped_column(DateTime)
    updated_by: Mapped[str | None] = mapped_column(String(64))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's declared_attr form
        return {"version_id_col": cls.version}


# --------------------------------------------------------------------------- people


class Contact(Versioned, Base):
    """A client (paying or receiving parent) or a third party such as an employer."""

    __tablename__ = "contact"

    scin: Mapped[str | None] = mapped_column(String(12), unique=True)
    role: Mapped[ContactRole] = mapped_column(enum_column(ContactRole), nullable=False)
    title: Mapped[str | None] = mapped_column(String(20))
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    other_names: Mapped[str | None] = mapped_column(String(200))
    # Lower-cased copies kept in step with the names, so prefix search can use a plain index on
    # SQLite and PostgreSQL alike (no functional indexes, no collation tricks).
    surname_key: Mapped[str] = mapped_column(String(100), nullable=False, index=True)
    name_key: Mapped[str] = mapped_column(String(201), nullable=False)
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    nino: Mapped[str | None] = mapped_column(String(9), index=True)
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(200))
    jurisdiction: Mapped[Jurisdiction | None] = mapped_column(enum_column(Jurisdiction))
    employment_status: Mapped[EmploymentStatus] = mapped_column(
        enum_column(EmploymentStatus),
        nullable=False,
        default=EmploymentStatus.NO_EMPLOYMENT_DETAILS,
    )
    employer_name: Mapped[str | None] = mapped_column(String(200))
    pv_marker: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    pv_control_measures: Mapped[str | None] = mapped_column(Text)
    holds_driving_licence: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    driving_licence_number: Mapped[str | None] = mapped_column(String(20))
    holds_passport: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    depends_on_driving: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    professional_body: Mapped[str | None] = mapped_column(String(200))
    # A sensitive case (Check CSA, step 4): the address is shown only to Special Client Records.
    sensitive: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # Priority and urgency as domain.csa last decided them from the paying parent's orders and
    # assets (0 none, 1 priority, 2 urgent; the reasons one a line), kept so that the work queue
    # and search can sort and show them without reading every order.
    attention: Mapped[int] = mapped_column(
        Integer, nullable=False, default=0, server_default="0", index=True
    )
    attention_reasons: Mapped[str | None] = mapped_column(Text)

    addresses: Mapped[list[Address]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Address.id"
    )
    vehicles: Mapped[list[Vehicle]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Vehicle.id"
    )
    assets: Mapped[list[Asset]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", order_by="Asset.id"
    )
    paying_cases: Mapped[list[Case]] = relationship(back_populates="paying_parent")

    @property
    def full_name(self) -> str:
        # An employer or third party keeps its whole name in last_name, first_name empty.
        return joined_name(self.first_name, self.last_name)


class Address(Versioned, Base):
    __tablename__ = "address"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True
    )
    address_type: Mapped[AddressType] = mapped_column(enum_column(AddressType), nullable=False)
    line1: Mapped[str] = mapped_column(String(200), nullable=False)
    line2: Mapped[str | None] = mapped_column(String(200))
    town: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str | None] = mapped_column(String(8))
    marker: Mapped[AddressMarker] = mapped_column(
        enum_column(AddressMarker), nullable=False, default=AddressMarker.NONE
    )
    confident: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    from_date: Mapped[date | None] = mapped_column(Date)

    contact: Mapped[Contact] = relationship(back_populates="addresses")


class Vehicle(Versioned, Base):
    __tablename__ = "vehicle"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Stored upper case without spaces so the search index matches however it was typed.
    registration: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    make: Mapped[str | None] = mapped_column(String(60))
    model: Mapped[str | None] = mapped_column(String(60))
    colour: Mapped[str | None] = mapped_column(String(40))

    contact: Mapped[Contact] = relationship(back_populates="vehicles")


# --------------------------------------------------------------------------- cases


class Court(Versioned, Base):
    __tablename__ = "court"

    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    kind: Mapped[CourtKind] = mapped_column(enum_column(CourtKind), nullable=False)
    # Outward-code letter areas the court serves ("B CV WS"), for "a county court in the paying
    # parent's area" (seed 000 step 14).
    postcode_areas: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    charging_order_de_minimis: Mapped[Decimal] = mapped_column(
        MONEY, nullable=False, default=Decimal("750.00")
    )


class Case(Versioned, Base):
    __tablename__ = "enforcement_case"

    paying_parent_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id"), nullable=False, index=True
    )
    scheme: Mapped[Scheme] = mapped_column(enum_column(Scheme), nullable=False)
    region: Mapped[str] = mapped_column(String(60), nullable=False)
    owning_team: Mapped[OwningTeam] = mapped_column(enum_column(OwningTeam), nullable=False)
    arrears_balance: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    case_manager: Mapped[str | None] = mapped_column(String(64))
    team: Mapped[str | None] = mapped_column(String(100))
    segment_5: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    legacy_ongoing_enforcement: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    disable_missed_payment_monitor: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False
    )
    deo_desire: Mapped[DeoDesire] = mapped_column(
        enum_column(DeoDesire), nullable=False, default=DeoDesire.NONE
    )
    deo_desire_set_on: Mapped[date | None] = mapped_column(Date)
    wilful_refusal_found_on: Mapped[date | None] = mapped_column(Date)
    wilful_refusal_evidence: Mapped[str | None] = mapped_column(Text)

    paying_parent: Mapped[Contact] = relationship(back_populates="paying_cases")
    receiving_parent_links: Mapped[list[CaseReceivingParent]] = relationship(
        back_populates="case", cascade="all, delete-orphan"
    )
    orders: Mapped[list[EnforcementOrder]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="EnforcementOrder.id"
    )
    appeals: Mapped[list[Appeal]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Appeal.id"
    )
    service_requests: Mapped[list[ServiceRequest]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="ServiceRequest.id"
    )
    maintenance_payments: Mapped[list[MaintenancePayment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="MaintenancePayment.due_on"
    )
    #: Sanctions orders and appeals of any of the paying parent's cases that cover this one.
    linked_orders: Mapped[list[EnforcementOrder]] = relationship(
        secondary="order_case", viewonly=True, order_by="EnforcementOrder.id"
    )
    linked_appeals: Mapped[list[Appeal]] = relationship(
        secondary="appeal_case", viewonly=True, order_by="Appeal.id"
    )


class CaseReceivingParent(Versioned, Base):
    __tablename__ = "case_receiving_parent"
    __table_args__ = (UniqueConstraint("case_id", "contact_id"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"), nullable=False, index=True)

    case: Mapped[Case] = relationship(back_populates="receiving_parent_links")
    contact: Mapped[Contact] = relationship()


# --------------------------------------------------------------------------- assets


class Asset(Versioned, Base):
    __tablename__ = "asset"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), nullable=False, index=True
    )
    asset_type: Mapped[AssetType] = mapped_column(enum_column(AssetType), nullable=False)
    account_type: Mapped[AccountType | None] = mapped_column(enum_column(AccountType))
    description: Mapped[str | None] = mapped_column(String(500))
    estimated_value: Mapped[Decimal | None] = mapped_column(MONEY)
    source: Mapped[InformationSource] = mapped_column(
        enum_column(InformationSource), nullable=False
    )
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
    finding: Mapped[AssetFinding] = mapped_column(
        enum_column(AssetFinding), nullable=False, default=AssetFinding.UNASSESSED
    )
    # The paying parent disposed of it to a known third party (partner, family member): the
    # ground for a set aside disposition order (seed 000 step 14).
    disposed_to_third_party: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # The paying parent is about to dispose of it (Check CSA: urgent, fast track): when that
    # was learnt and from where. Cleared when the danger has passed.
    imminent_disposal_on: Mapped[date | None] = mapped_column(Date)
    imminent_disposal_source: Mapped[InformationSource | None] = mapped_column(
        enum_column(InformationSource)
    )
    # When disregarded the details are cleared; these keep the record that the search was made.
    disregarded_on: Mapped[date | None] = mapped_column(Date)
    disregard_reason: Mapped[str | None] = mapped_column(String(500))

    contact: Mapped[Contact] = relationship(back_populates="assets")
    service_request_links: Mapped[list[ServiceRequestAsset]] = relationship(
        back_populates="asset", cascade="all, delete-orphan"
    )


# --------------------------------------------------------------------------- orders


class EnforcementOrder(Versioned, Base):
    """Any court order or deduction order; lineage through ``parent_order_id``."""

    __tablename__ = "enforcement_order"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    order_type: Mapped[OrderType] = mapped_column(enum_column(OrderType), nullable=False)
    status: Mapped[OrderStatus] = mapped_column(enum_column(OrderStatus), nullable=False)
    origin: Mapped[OrderOrigin] = mapped_column(
        enum_column(OrderOrigin), nullable=False, default=OrderOrigin.CMS
    )
    reference: Mapped[str | None] = mapped_column(String(40), index=True)
    court_id: Mapped[int | None] = mapped_column(ForeignKey("court.id"), index=True)
    # A charging order or third party debt order relies on an LO registration; an order for sale
    # on its charging order; a registration on its LO.
    parent_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_order.id"), index=True
    )
    asset_id: Mapped[int | None] = mapped_column(
        ForeignKey("asset.id", ondelete="SET NULL"), index=True
    )
    applied_on: Mapped[date | None] = mapped_column(Date)
    granted_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    costs: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    # Sanctions orders: the payment terms set by the court. Whether they are kept to is worked
    # out from the payments (domain.sanctions); ``complied`` is what was ticked on orders
    # recorded before the terms were kept, and stands only for them.
    payment_terms: Mapped[str | None] = mapped_column(String(500))
    complied: Mapped[bool | None] = mapped_column(Boolean)
    instalment_amount: Mapped[Decimal | None] = mapped_column(MONEY)
    instalment_period: Mapped[SanctionsPeriod | None] = mapped_column(enum_column(SanctionsPeriod))
    first_due_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="orders")
    court: Mapped[Court | None] = relationship()
    parent_order: Mapped[EnforcementOrder | None] = relationship(remote_side="EnforcementOrder.id")
    asset: Mapped[Asset | None] = relationship()
    payments: Mapped[list[OrderPayment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderPayment.paid_on"
    )
    #: A regular deduction order's payment schedule (domain.arrears: compliance from payments).
    instalments: Mapped[list[RdoInstalment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="RdoInstalment.due_on"
    )
    legacy_actions: Mapped[list[LegacyAction]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="LegacyAction.started_on"
    )
    #: Every case a sanctions order covers, its own case among them.
    case_links: Mapped[list[OrderCase]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderCase.case_id"
    )


class OrderCase(Versioned, Base):
    """A case a sanctions order covers (one or more of the paying parent's cases): the order
    blocks further enforcement on each of them while it is complied with."""

    __tablename__ = "order_case"
    __table_args__ = (UniqueConstraint("order_id", "case_id"),)

    order_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )

    order: Mapped[EnforcementOrder] = relationship(back_populates="case_links")


class LegacyAction(Versioned, Base):
    """Bailiff, EJO or DCA action started on the CSA systems against a legacy LO (Check CSA,
    step 6), recorded when the LO is brought onto the system."""

    __tablename__ = "legacy_action"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[LegacyActionKind] = mapped_column(enum_column(LegacyActionKind), nullable=False)
    started_on: Mapped[date] = mapped_column(Date, nullable=False)
    ended_on: Mapped[date | None] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(String(500))

    order: Mapped[EnforcementOrder] = relationship(back_populates="legacy_actions")


class OrderPayment(Versioned, Base):
    __tablename__ = "order_payment"

    order_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    paid_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    method: Mapped[str | None] = mapped_column(String(60))

    order: Mapped[EnforcementOrder] = relationship(back_populates="payments")


class MaintenancePayment(Versioned, Base):
    """One collection of ongoing maintenance on a case: what was due on a date and what was paid.

    The Arrears Review's arrears letters (Arrears - Consider Action, step 5) depend on it: CMSL6038
    follows a missed payment after 12 or more weeks of compliance since the last arrears letter.
    """

    __tablename__ = "maintenance_payment"
    __table_args__ = (UniqueConstraint("case_id", "due_on"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount_due: Mapped[Decimal] = mapped_column(MONEY, nullable=False)
    amount_paid: Mapped[Decimal] = mapped_column(MONEY, nullable=False, default=Decimal("0"))
    #: When the (last part of the) payment arrived; None while nothing is paid.
    paid_on: Mapped[date | None] = mapped_column(Date)

    case: Mapped[Case] = relationship(back_populates="maintenance_payments")


class RdoInstalment(Versioned, Base):
    """One scheduled payment of a regular deduction order (Arrears - Consider Action, Disclosure
    successful authorise RDO/LSDO, steps 3 and 8-10)."""

    __tablename__ = "rdo_instalment"
    __table_args__ = (UniqueConstraint("order_id", "due_on"),)

    order_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_order.id", ondelete="CASCADE"), nullable=False, index=True
    )
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    amount: Mapped[Decimal] = mapped_column(MONEY, nullable=False)

    order: Mapped[EnforcementOrder] = relationship(back_populates="instalments")


class Appeal(Versioned, Base):
    """An appeal disputing the arrears; while open, enforcement on them waits for the tribunal."""

    __tablename__ = "appeal"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    lodged_on: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[AppealStatus] = mapped_column(enum_column(AppealStatus), nullable=False)
    decided_on: Mapped[date | None] = mapped_column(Date)
    hearing_on: Mapped[date | None] = mapped_column(Date)
    details: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="appeals")
    #: Every case the appeal disputes the arrears of, its own case among them.
    case_links: Mapped[list[AppealCase]] = relationship(
        back_populates="appeal", cascade="all, delete-orphan", order_by="AppealCase.case_id"
    )


class AppealCase(Versioned, Base):
    """A case an appeal disputes the arrears of: enforcement on each waits for the tribunal."""

    __tablename__ = "appeal_case"
    __table_args__ = (UniqueConstraint("appeal_id", "case_id"),)

    appeal_id: Mapped[int] = mapped_column(
        ForeignKey("appeal.id", ondelete="CASCADE"), nullable=False, index=True
    )
    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )

    appeal: Mapped[Appeal] = relationship(back_populates="case_links")


# --------------------------------------------------------------------------- service requests


class ServiceRequest(Versioned, Base):
    __tablename__ = "service_request"
    __table_args__ = (
        Index("ix_service_request_owner_status", "owner", "status"),
        Index("ix_service_request_status_wait", "status", "wait_until"),
        # The work queue pages through "my SRs sorted by X" with LIMIT/OFFSET: an index per
        # sortable column (after the owner) lets the database walk rows in order and stop.
        Index("ix_service_request_owner_wait_id", "owner", "wait_until", "id"),
        Index("ix_service_request_owner_opened_id", "owner", "opened_on", "id"),
        Index("ix_service_request_owner_sub_status_id", "owner", "sub_status", "id"),
        Index("ix_service_request_owner_sub_area_id", "owner", "sub_area", "id"),
        Index("ix_service_request_wait_id", "wait_until", "id"),
        Index("ix_service_request_opened_id", "opened_on", "id"),
        # A team leader's "My team" queue: the SRs assigned to the team itself.
        Index("ix_service_request_team_status", "team", "status"),
    )

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    workflow: Mapped[Workflow] = mapped_column(enum_column(Workflow), nullable=False)
    process: Mapped[str] = mapped_column(String(60), nullable=False)
    area: Mapped[str] = mapped_column(String(60), nullable=False)
    sub_area: Mapped[str] = mapped_column(String(60), nullable=False)
    status: Mapped[SrStatus] = mapped_column(enum_column(SrStatus), nullable=False)
    sub_status: Mapped[str | None] = mapped_column(String(60))
    wait_until: Mapped[date | None] = mapped_column(Date)
    owner: Mapped[str | None] = mapped_column(String(64))
    # The team an SR is assigned to when it is reassigned to a team rather than a person.
    team: Mapped[str | None] = mapped_column(String(100))
    #: The login that raised the SR (None on SRs raised before it was recorded): a Review LO's
    #: raiser may not authorise it (Arrears - Consider Action, step L3).
    raised_by: Mapped[str | None] = mapped_column(String(64))
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    closed_on: Mapped[date | None] = mapped_column(Date)
    resolution_code: Mapped[str | None] = mapped_column(String(60))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("service_request.id"), index=True)
    # The LO a Bailiff SR collects (seed 003: one Bailiff SR per LO).
    order_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_order.id", ondelete="SET NULL"), index=True
    )
    # Who the SR is about when not the case's paying parent: a criminal referral's subject
    # (receiving parent, employer or third party; seed 000 step 4).
    subject_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )

    case: Mapped[Case] = relationship(back_populates="service_requests")
    parent: Mapped[ServiceRequest | None] = relationship(remote_side="ServiceRequest.id")
    order: Mapped[EnforcementOrder | None] = relationship()
    steps: Mapped[list[ActivityStep]] = relationship(
        back_populates="service_request",
        cascade="all, delete-orphan",
        order_by="ActivityStep.position",
    )
    enforce_form: Mapped[EnforceForm | None] = relationship(
        back_populates="service_request", cascade="all, delete-orphan", uselist=False
    )
    asset_links: Mapped[list[ServiceRequestAsset]] = relationship(
        back_populates="service_request", cascade="all, delete-orphan"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="service_request", order_by="Note.created_at"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="service_request", order_by="Document.created_at"
    )


class ServiceRequestAsset(Versioned, Base):
    """The Contact Asset link: an asset associated to a service request."""

    __tablename__ = "service_request_asset"
    __table_args__ = (UniqueConstraint("service_request_id", "asset_id"),)

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, index=True
    )
    asset_id: Mapped[int] = mapped_column(
        ForeignKey("asset.id", ondelete="CASCADE"), nullable=False, index=True
    )

    service_request: Mapped[ServiceRequest] = relationship(back_populates="asset_links")
    asset: Mapped[Asset] = relationship(back_populates="service_request_links")


class ActivityStep(Versioned, Base):
    __tablename__ = "activity_step"
    __table_args__ = (UniqueConstraint("service_request_id", "step_key"),)

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, index=True
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    step_key: Mapped[str] = mapped_column(String(60), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    outcome: Mapped[StepOutcome] = mapped_column(
        enum_column(StepOutcome), nullable=False, default=StepOutcome.PENDING
    )
    reason: Mapped[str | None] = mapped_column(Text)
    completed_by: Mapped[str | None] = mapped_column(String(64))
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)

    service_request: Mapped[ServiceRequest] = relationship(back_populates="steps")


class EnforceForm(Versioned, Base):
    """The data form behind an enforcement SR (seed 003 steps 11, 13, 17, 21, 23, 31; seed 000)."""

    __tablename__ = "enforce_form"

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # Bailiff pack preparation (step 11). The LO balance is copied here when the pack is prepared,
    # as the CMS form does; the live figure is always derived from the order.
    lo_current_arrears_balance: Mapped[Decimal | None] = mapped_column(MONEY)
    arrears_balance_against_lo: Mapped[Decimal | None] = mapped_column(MONEY)
    sum_applied_for: Mapped[Decimal | None] = mapped_column(MONEY)
    nrp_employment_status: Mapped[EmploymentStatus | None] = mapped_column(
        enum_column(EmploymentStatus)
    )
    on_hold_reason: Mapped[str | None] = mapped_column(String(500))
    on_hold_until: Mapped[date | None] = mapped_column(Date)
    cmel8011_sent_on: Mapped[date | None] = mapped_column(Date)
    welfare_of_child_decision: Mapped[str | None] = mapped_column(Text)
    pack_prepared_on: Mapped[date | None] = mapped_column(Date)
    dvs_requested: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    additional_information: Mapped[str | None] = mapped_column(Text)
    bailiff_proceed_date: Mapped[date | None] = mapped_column(Date)
    bailiff_issue_date: Mapped[date | None] = mapped_column(Date)
    bailiff_company: Mapped[str | None] = mapped_column(String(200))
    bailiff_outcome_received: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    bailiff_outcome_date: Mapped[date | None] = mapped_column(Date)
    bailiff_outcome: Mapped[BailiffOutcome | None] = mapped_column(enum_column(BailiffOutcome))
    bailiff_outcome_type: Mapped[BailiffOutcomeType | None] = mapped_column(
        enum_column(BailiffOutcomeType)
    )
    bailiff_reason_return_code: Mapped[str | None] = mapped_column(String(60))
    bailiff_return_code: Mapped[str | None] = mapped_column(String(60))
    nulla_bona_received: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    nulla_bona_received_on: Mapped[date | None] = mapped_column(Date, index=True)
    arrears_agreement_final_payment_due: Mapped[date | None] = mapped_column(Date)
    appeal_details: Mapped[str | None] = mapped_column(Text)
    # Decide on enforcement action (seed 000 steps 2-6, 14).
    evidence_of_criminal_activity: Mapped[bool | None] = mapped_column(Boolean)
    criminal_offence: Mapped[CriminalOffence | None] = mapped_column(enum_column(CriminalOffence))
    continue_data_gathering: Mapped[bool | None] = mapped_column(Boolean)
    chosen_power: Mapped[Power | None] = mapped_column(enum_column(Power))

    service_request: Mapped[ServiceRequest] = relationship(back_populates="enforce_form")


class SourceCheck(Versioned, Base):
    """An entry of a Decide SR's sources log: a source checked, when, by whom, what it found.

    Enforcement Action - Consider, steps 7-8: a nil result is kept too, as the record that the
    search was made.
    """

    __tablename__ = "source_check"

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, index=True
    )
    source: Mapped[InformationSource] = mapped_column(
        enum_column(InformationSource), nullable=False
    )
    checked_on: Mapped[date] = mapped_column(Date, nullable=False)
    checked_by: Mapped[str] = mapped_column(String(64), nullable=False)
    result: Mapped[SourceResult] = mapped_column(enum_column(SourceResult), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class EnforcementDecision(Versioned, Base):
    """The decision closing a Decide SR (Enforcement Action - Consider, steps 14-17).

    ``snapshot`` holds every power's verdict and reasons at that moment as JSON, and
    ``snapshot_sha256`` its hash, so what the tool said can be shown years later.
    """

    __tablename__ = "enforcement_decision"

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # Power values, comma-separated in the order chosen.
    powers: Mapped[str] = mapped_column(String(400), nullable=False)
    welfare_statement: Mapped[str] = mapped_column(Text, nullable=False)
    decided_by: Mapped[str] = mapped_column(String(64), nullable=False)
    decided_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    snapshot: Mapped[str] = mapped_column(Text, nullable=False)
    snapshot_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # The SRs the chosen powers opened, comma-separated ids.
    opened_sr_ids: Mapped[str] = mapped_column(String(400), nullable=False, default="")


# --------------------------------------------------------------------------- notes, documents


class Note(Versioned, Base):
    __tablename__ = "note"

    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    service_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), index=True
    )
    author: Mapped[str] = mapped_column(String(64), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)

    service_request: Mapped[ServiceRequest | None] = relationship(back_populates="notes")


class Document(Versioned, Base):
    __tablename__ = "document"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    service_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("service_request.id", ondelete="SET NULL"), index=True
    )
    doc_type: Mapped[DocumentType] = mapped_column(enum_column(DocumentType), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False)
    path: Mapped[str] = mapped_column(String(1000), nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    created_by: Mapped[str] = mapped_column(String(64), nullable=False)

    service_request: Mapped[ServiceRequest | None] = relationship(back_populates="documents")


class Reminder(Versioned, Base):
    """A diary entry on an SR: something to do by a date (issue 11, diary and reminders).

    ``kind`` says which procedure rule set it ("manual" when the user did); the procedures' own
    reminders (DEO/DER desire + 6 weeks, RDO payment review, ...) are set by the services.
    """

    __tablename__ = "reminder"
    __table_args__ = (Index("ix_reminder_owner_done_due", "owner", "done_on", "due_on"),)

    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, index=True
    )
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    owner: Mapped[str] = mapped_column(String(64), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")
    kind: Mapped[str] = mapped_column(String(40), nullable=False, default="manual")
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str | None] = mapped_column(String(64))


# --------------------------------------------------------------------------- users and offices


class Office(Versioned, Base):
    """A CMS office: where letters say to write, and when the phones are answered."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(120), nullable=False, unique=True)
    # Address lines without the postcode, one per line.
    address: Mapped[str] = mapped_column(Text, nullable=False, default="")
    postcode: Mapped[str] = mapped_column(String(10), nullable=False, default="")
    phone: Mapped[str | None] = mapped_column(String(30))
    opening_hours: Mapped[str] = mapped_column(String(200), nullable=False, default="")

    users: Mapped[list[AppUser]] = relationship(back_populates="office")


class AppUser(Versioned, Base):
    """A person who uses the application, mapped from their login."""

    __tablename__ = "app_user"

    login: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(120), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(30))
    team: Mapped[str | None] = mapped_column(String(100), index=True)
    office_id: Mapped[int | None] = mapped_column(ForeignKey("office.id"), index=True)
    # UserRole values, comma-separated and sorted: few roles, read together, never queried alone.
    roles: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)

    office: Mapped[Office | None] = relationship(back_populates="users")

    @property
    def role_set(self) -> frozenset[UserRole]:
        return frozenset(UserRole(value) for value in self.roles.split(",") if value)


class Region(Versioned, Base):
    """The CMS regions a case can belong to: the Bailiff SPOC's zip names carry them."""

    __tablename__ = "region"

    name: Mapped[str] = mapped_column(String(60), nullable=False, unique=True)


class AuditEvent(Base):
    """Append-only trail: who changed what, when, from what to what.

    It has no version counter: rows are never updated, and the mapper refuses to (see below).
    """

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    user: Mapped[str] = mapped_column(String(64), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    entity: Mapped[str] = mapped_column(String(40), nullable=False)
    entity_id: Mapped[int] = mapped_column(Integer, nullable=False)
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    case_id: Mapped[int | None] = mapped_column(Integer, index=True)


@event.listens_for(AuditEvent, "before_update")
@event.listens_for(AuditEvent, "before_delete")
def _refuse_audit_change(_mapper: Mapper[Any], _connection: Any, target: AuditEvent) -> None:
    raise RuntimeError(f"audit events are append-only (event {target.id})")


class DatabaseInfo(Base):
    """Key/value facts about this database (e.g. that it holds generated demo data)."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


# --------------------------------------------------------------------------- letters register


class Letter(Versioned, Base):
    """A third-party letter sent from an SR, and its reply (seed 000, steps 9-11).

    The generated file and the reply received are documents of the SR; the letter keeps who it
    went to, when, the wait the case manager set for the reply, and when the reply came.
    """

    __tablename__ = "letter"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("enforcement_case.id", ondelete="CASCADE"), nullable=False, index=True
    )
    service_request_id: Mapped[int] = mapped_column(
        ForeignKey("service_request.id", ondelete="CASCADE"), nullable=False, index=True
    )
    code: Mapped[LetterCode] = mapped_column(enum_column(LetterCode), nullable=False)
    recipient_kind: Mapped[RecipientKind] = mapped_column(
        enum_column(RecipientKind), nullable=False
    )
    recipient_name: Mapped[str] = mapped_column(String(200), nullable=False)
    sent_on: Mapped[date] = mapped_column(Date, nullable=False)
    sent_by: Mapped[str] = mapped_column(String(64), nullable=False)
    reply_due: Mapped[date | None] = mapped_column(Date)
    reply_received_on: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
    reply_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("document.id", ondelete="SET NULL"), index=True
    )
