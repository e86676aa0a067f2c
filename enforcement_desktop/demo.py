"""Demo data: deterministic, obviously fictional cases that show every rule at work.

The default set holds the showcase clients of :data:`SHOWCASE` (one rule each, otherwise clean)
and about thirty ordinary cases in every workflow state. ``cases=100_000`` builds a large database
for the benchmark. Everything is generated from one seeded random stream with dates relative to
``today``, so two builds on the same day with the same seed are identical.

The data is written with bulk Core inserts (explicit ids, batches of a few thousand cases), not
through the services: the services validate and audit one record at a time, which would take
hours for 100,000 cases. The generator therefore keeps to the services' rules itself (normalised
NI numbers, postcodes and registrations; order lineage; one Bailiff SR per LO).

Nothing here resembles a real person: surnames are made up ("Testington", "Demoworth"), NI
numbers use HMRC's never-issued QQ prefix, phone numbers come from Ofcom's drama ranges (01632
960xxx, 07700 900xxx), addresses are on "Fictional Street" in "Demoton", e-mail addresses are at
example.com (reserved by RFC 2606).
"""

from __future__ import annotations

import logging
import os
import random
import time as time_module
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, insert, inspect, literal, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from enforcement_desktop.config import describe_url
from enforcement_desktop.domain import decide as rules_decide
from enforcement_desktop.domain import workflows
from enforcement_desktop.domain.dates import add_months, bailiff_wait_until
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
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    OwningTeam,
    Power,
    Scheme,
    SourceResult,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import DomainError
from enforcement_desktop.domain.facts import NOT_KNOWN
from enforcement_desktop.domain.letters import LetterCode, RecipientKind
from enforcement_desktop.domain.sanctions import SanctionsPeriod, SanctionsTerms
from enforcement_desktop.showcase import (
    DEFAULT_CASES,
    DEFAULT_SEED,
    SHOWCASE,
    SHOWCASE_CASES,
)
from enforcement_desktop.storage.db import Database, sqlite_file, sqlite_url
from enforcement_desktop.storage.models import (
    ActivityStep,
    Address,
    Appeal,
    AppealCase,
    AppUser,
    Asset,
    AuditEvent,
    Base,
    Case,
    CaseReceivingParent,
    Contact,
    Court,
    DatabaseInfo,
    EnforceForm,
    EnforcementOrder,
    Letter,
    MaintenancePayment,
    Note,
    Office,
    OrderCase,
    OrderPayment,
    Region,
    Reminder,
    ServiceRequest,
    ServiceRequestAsset,
    SourceCheck,
    Vehicle,
)
from enforcement_desktop.storage.unavailable import as_unavailable

log = logging.getLogger(__name__)

__all__ = [
    "COLLEAGUE",
    "DEMO_DOT_USER",
    "DEMO_OFFICE",
    "DEMO_TEAM",
    "DEMO_TEAM_LEADER",
    "DEFAULT_CASES",
    "DEFAULT_SEED",
    "DEMO_MARKER_KEY",
    "SHOWCASE",
    "SHOWCASE_CASES",
    "DemoRefused",
    "DemoSummary",
    "ProgressCallback",
    "build_demo",
    "create_demo_database",
    "database_state",
    "is_demo_database",
]

#: The ``database_info`` key that marks a database as generated demo data.
DEMO_MARKER_KEY = "demo"
#: Owner of a few SRs, so the work queue's "mine" filter has something to leave out.
COLLEAGUE = "colleague.one"
#: The demo's team leader (authorises Liability Order referrals) and Deduction Order Team user.
DEMO_TEAM_LEADER = "team.leader"
DEMO_DOT_USER = "dot.user"
#: The enforcement team of the demo's case managers and team leader.
DEMO_TEAM = "Enforcement Team 1"
#: The demo's office: a fictional address and an Ofcom drama telephone number.
DEMO_OFFICE = "CMS Enforcement Testbury"
#: ``updated_by`` of generated rows.
DEMO_AUTHOR = "demo-data"

#: Called with (cases written, cases in total).
ProgressCallback = Callable[[int, int], None]

# Cases generated between two writes to the database: big enough for fast executemany, small
# enough that 100,000 cases never hold more than a few tens of MB of pending rows.
_BATCH_CASES = 2000


class DemoRefused(DomainError):
    """The target database holds real data (or is not a database): demo data is not written."""


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What a build wrote."""

    cases: int
    contacts: int
    orders: int
    service_requests: int
    seconds: float


# --------------------------------------------------------------------------- fictional material

_FIRST_NAMES = (
    "Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Charlie", "Robin",
    "Avery", "Quinn", "Rowan", "Harper", "Drew", "Jesse", "Frankie", "Kit", "Billie", "Sasha",
    "Oliver", "Amelia", "Noah", "Isla", "Leo", "Ava", "Arthur", "Mia", "Oscar", "Freya", "Harry",
    "Grace", "Jack", "Lily", "George", "Ella", "Mohammed", "Aisha", "Priya", "Arjun", "Zara",
    "Yusuf", "Chloe", "Ethan", "Nadia", "Tomasz", "Olena", "Kwame", "Ama", "Hamish",
)  # fmt: skip
_SURNAME_STEMS = (
    "Test", "Demo", "Sample", "Example", "Mock", "Dummy", "Proto", "Fiction", "Pretend", "Trial",
    "Placeholder", "Stand",
)  # fmt: skip
_SURNAME_ENDINGS = (
    "ington", "worth", "field", "ton", "ridge", "ley", "by", "ham", "stead", "combe", "wick",
    "more", "bury", "ford", "shaw",
)  # fmt: skip
_STREETS = (
    "Fictional Street", "Example Road", "Sample Lane", "Placeholder Avenue", "Mock Close",
    "Demo Crescent", "Test Terrace", "Imaginary Way", "Pretend Place", "Notreal Gardens",
)  # fmt: skip
_MAKES = (
    ("Ford", "Focus"), ("Vauxhall", "Corsa"), ("Volkswagen", "Golf"), ("Toyota", "Yaris"),
    ("Nissan", "Qashqai"), ("Kia", "Sportage"), ("BMW", "3 Series"), ("Ford", "Transit"),
    (NOT_KNOWN, NOT_KNOWN),
)  # fmt: skip
_COLOURS = ("Silver", "Black", "Blue", "White", "Red", "Grey", None)
_EMPLOYERS = (
    "Demoworth Widgets Ltd",
    "Sampleford Logistics Ltd",
    "Example Care Services Ltd",
    "Testbury Borough Council (fictional)",
    "Mockley Retail plc",
)
_BAILIFF_COMPANIES = ("Fictional Enforcement Agents Ltd", "Example Recovery Services Ltd")
# Letters used in postcode inward codes (Royal Mail never uses C I K M O V there).
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
# Registration letters (DVLA never uses I, Q or Z in the current format).
_REG_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"


@dataclass(frozen=True, slots=True)
class _Area:
    code: str  # postcode area
    town: str  # fictional town
    region: str
    jurisdiction: Jurisdiction


_AREAS = (
    _Area("B", "Demoton", "Midlands", Jurisdiction.ENGLAND),
    _Area("CV", "Sampleford", "Midlands", Jurisdiction.ENGLAND),
    _Area("M", "Testbury", "North West", Jurisdiction.ENGLAND),
    _Area("LS", "Exampleby", "Yorkshire", Jurisdiction.ENGLAND),
    _Area("NE", "Mockley", "North East", Jurisdiction.ENGLAND),
    _Area("BS", "Fictionbridge", "South West", Jurisdiction.ENGLAND),
    _Area("NG", "Placeholme", "Midlands", Jurisdiction.ENGLAND),
    _Area("SE", "Dummingham", "London and South East", Jurisdiction.ENGLAND),
    _Area("CF", "Trefenghreifftiol", "Wales", Jurisdiction.WALES),
    _Area("SA", "Llanddemo", "Wales", Jurisdiction.WALES),
    _Area("EH", "Exampleburgh", "Scotland", Jurisdiction.SCOTLAND),
    _Area("BT", "Ballydemo", "Northern Ireland", Jurisdiction.NORTHERN_IRELAND),
)
_AREA_BY_CODE = {a.code: a for a in _AREAS}
_ENGLAND_WALES_AREAS = tuple(
    a for a in _AREAS if a.jurisdiction in (Jurisdiction.ENGLAND, Jurisdiction.WALES)
)
# County courts' charging order de minimis varies "depending on the court" (seed 000 step 15).
_DE_MINIMIS_CYCLE = (Decimal("500.00"), Decimal("600.00"), Decimal("750.00"))

# Step outcomes recorded when a step is completed, the first being the usual one.
_STEP_OUTCOMES: dict[str, tuple[StepOutcome, ...]] = {
    "arrears_letter": (StepOutcome.DONE,),
    "gather_additional_info": (StepOutcome.NOT_REQUIRED, StepOutcome.DONE),
    "initiate_arrears_action": (StepOutcome.NOT_REQUIRED, StepOutcome.DONE),
    "disclosure": (StepOutcome.NOT_REQUIRED, StepOutcome.DONE),
    "review_lo_initiated": (StepOutcome.REVIEW_LO_INITIATED, StepOutcome.NOT_REQUIRED),
    "negotiate": (StepOutcome.NOT_SUCCESSFUL, StepOutcome.SUCCESSFUL),
    "dot_decision": (StepOutcome.REJECTED, StepOutcome.APPROVED),
    "identify_ongoing_enforcement": (
        StepOutcome.DONE,
        StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED,
    ),
    "evidence_of_criminal_activity": (StepOutcome.NO,),
    "initiate_criminal_action": (StepOutcome.NOT_REQUIRED,),
    "continue_data_gathering": (StepOutcome.YES,),
    "decide_next_step": (StepOutcome.CONTINUE,),
    "file_prepared": (StepOutcome.YES,),
    "bailiff_outcome": (StepOutcome.SUCCESSFUL,),
    "cost_applied": (StepOutcome.APPLIED, StepOutcome.NOT_APPLIED),
    "team_leader_decision": (StepOutcome.APPROVED, StepOutcome.REJECTED),
    "criminal_outcome": (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL),
    "power_outcome": (StepOutcome.SUCCESSFUL, StepOutcome.NOT_SUCCESSFUL),
}
#: Decide SR steps that are enforce form fields too (Yes/No): Any Evidence Of Criminal Activity,
#: Continue Data Gathering.
_DECIDE_FORM_STEPS = ("evidence_of_criminal_activity", "continue_data_gathering")
_BAILIFF_STEPS = tuple(t.key for t in workflows.plan_template(Workflow.BAILIFF))
# Bailiff plan: the validation steps (Bailiff, steps 4-9), then the file, outcome and costs.
_BAILIFF_VALIDATED = _BAILIFF_STEPS.index("decide_next_step") + 1
_BAILIFF_SENT = _BAILIFF_STEPS.index("file_prepared") + 1


def _money(pence: int) -> Decimal:
    return Decimal(pence).scaleb(-2)


def _ascii(name: str) -> str:
    """Lower-case letters only, accents dropped: "Ó Súilleabháin" -> "osuilleabhain"."""
    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")


def _arrears_letter_history(g: _Generator, case_id: int, sr_id: int, payer_name: str) -> None:
    """CMSL6031 sent 17 weeks ago and answered, then 14 weekly collections paid in full on time
    and a missed one two weeks ago: CMSL6038 is advised (Arrears - Consider Action, step 5)."""
    sent_on = g.days_ago(7 * 17)
    g.rows.add(
        Letter,
        case_id=case_id,
        service_request_id=sr_id,
        code=LetterCode.CMSL6031,
        recipient_kind=RecipientKind.PAYING_PARENT,
        recipient_name=payer_name,
        sent_on=sent_on,
        sent_by=g.user,
        reply_due=sent_on + timedelta(days=7),
        reply_received_on=sent_on + timedelta(days=2),
    )
    weekly = Decimal("45.00")
    first = g.days_ago(7 * 16)
    for week in range(14):
        due = first + timedelta(weeks=week)
        g.rows.add(
            MaintenancePayment,
            case_id=case_id,
            due_on=due,
            amount_due=weekly,
            amount_paid=weekly,
            paid_on=due,
        )
    missed = first + timedelta(weeks=14)
    g.rows.add(
        MaintenancePayment,
        case_id=case_id,
        due_on=missed,
        amount_due=weekly,
        amount_paid=Decimal("10.00"),
        paid_on=missed,
    )


# --------------------------------------------------------------------------- the row buffer

# Parents before children, so foreign keys hold at every insert.
_TABLE_ORDER: tuple[type[Base], ...] = (
    Office,
    AppUser,
    Court,
    Contact,
    Address,
    Vehicle,
    Asset,
    Case,
    CaseReceivingParent,
    MaintenancePayment,
    EnforcementOrder,
    OrderCase,
    OrderPayment,
    Appeal,
    AppealCase,
    ServiceRequest,
    Letter,
    ServiceRequestAsset,
    ActivityStep,
    EnforceForm,
    SourceCheck,
    Note,
    Reminder,
    AuditEvent,
)


def _defaults(table: Table, stamp: datetime) -> dict[str, Any]:
    """Every column with its Python-side default, so all rows of a batch share one key set."""
    values: dict[str, Any] = {}
    for column in table.columns:
        default = column.default
        arg = getattr(default, "arg", None) if default is not None else None
        values[column.name] = arg if default is not None and default.is_scalar else None
    if "created_at" in values:
        # One fixed time rather than the server clock, so two builds are identical.
        values["created_at"] = stamp
    if "updated_by" in values:
        values["updated_at"] = stamp
        values["updated_by"] = DEMO_AUTHOR
    return values


class _Rows:
    """Pending rows per model with explicit ids, written in FK order by :meth:`write`."""

    def __init__(self, stamp: datetime) -> None:
        self.stamp = stamp
        tables: list[Table] = [m.__table__ for m in _TABLE_ORDER]  # type: ignore[misc]
        self._defaults = {t.name: _defaults(t, stamp) for t in tables}
        self._tables = tables
        self._pending: dict[str, list[dict[str, Any]]] = {t.name: [] for t in tables}
        self._next_id: dict[str, int] = {t.name: 1 for t in tables}
        self.counts: dict[str, int] = {t.name: 0 for t in tables}

    def add(self, model: type[Base], /, **values: Any) -> int:
        name = model.__tablename__
        row_id = self._next_id[name]
        self._next_id[name] = row_id + 1
        row = dict(self._defaults[name])
        row["id"] = row_id
        row.update(values)
        self._pending[name].append(row)
        self.counts[name] += 1
        return row_id

    def pending(self, model: type[Base]) -> list[dict[str, Any]]:
        return self._pending[model.__tablename__]

    def write(self, session: Session) -> None:
        for table in self._tables:
            rows = self._pending[table.name]
            if rows:
                session.execute(insert(table), rows)
                rows.clear()


# --------------------------------------------------------------------------- the generator


class _Generator:
    """Builds cases into a :class:`_Rows` buffer from one seeded random stream."""

    def __init__(self, rows: _Rows, rng: random.Random, today: date, user: str) -> None:
        self.rows = rows
        self.rng = rng
        self.today = today
        self.user = user
        self._order_seq = 0
        self._nino_seq = 0
        self._phone_seq = 0
        self._reg_seq = 0
        self.magistrates: dict[str, int] = {}
        self.county: dict[str, int] = {}
        self.rjof = 0

    # ---------------------------------------------------------------- small helpers

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)

    def at(self, day: date, hour: int = 10) -> datetime:
        return datetime.combine(min(day, self.today), time(hour, self.rng.randrange(60)))

    def between(self, start: date, end: date) -> date:
        """A day in [start, end] (end clamped to today)."""
        end = min(end, self.today)
        if end <= start:
            return end
        return start + timedelta(days=self.rng.randrange((end - start).days + 1))

    def pence(self, low: int, high: int) -> Decimal:
        return _money(self.rng.randrange(low * 100, high * 100))

    def surname(self) -> str:
        return self.rng.choice(_SURNAME_STEMS) + self.rng.choice(_SURNAME_ENDINGS)

    def nino(self) -> str:
        # Sequential within HMRC's example prefix, so no two demo clients share a number.
        n = self._nino_seq
        self._nino_seq += 1
        return f"QQ{n % 1_000_000:06d}{'ABCD'[(n // 1_000_000) % 4]}"

    def phone(self) -> str:
        n = self._phone_seq
        self._phone_seq += 1
        if n % 3 == 0:
            return f"01632 960{n % 1000:03d}"
        return f"07700 900{n % 1000:03d}"

    def postcode(self, area: _Area) -> str:
        r = self.rng
        district = r.randrange(1, 21)
        inward = f"{r.randrange(10)}{r.choice(_INWARD_LETTERS)}{r.choice(_INWARD_LETTERS)}"
        return f"{area.code}{district} {inward}"

    def registration(self) -> str:
        r = self.rng
        self._reg_seq += 1
        year = (self._reg_seq * 7) % 24 + 1  # age identifiers 01-24 (March registrations)
        return (
            f"{r.choice(_REG_LETTERS)}{r.choice(_REG_LETTERS)}{year:02d}"
            f"{r.choice(_REG_LETTERS)}{r.choice(_REG_LETTERS)}{r.choice(_REG_LETTERS)}"
        )

    def licence_number(self, last: str) -> str:
        """DVLA layout (surname, birth digits, initials, check digit, two letters): 16 chars."""
        r = self.rng
        stem = (_ascii(last).upper() + "99999")[:5]
        letters = "".join(r.choice(_REG_LETTERS) for _ in range(4))
        return f"{stem}{r.randrange(10**6):06d}{letters[:2]}9{letters[2:]}"

    def order_reference(self, origin: OrderOrigin, year: int) -> str:
        prefix = "LO" if origin == OrderOrigin.CMS else "CSALO"
        return f"{prefix}-{year}-{self._next_ref()}"

    # ---------------------------------------------------------------- reference data

    def courts(self) -> None:
        for i, area in enumerate(_ENGLAND_WALES_AREAS):
            self.magistrates[area.code] = self.rows.add(
                Court,
                name=f"{area.town} Magistrates' Court",
                kind=CourtKind.MAGISTRATES,
                postcode_areas=area.code,
                charging_order_de_minimis=Decimal("750.00"),
            )
            self.county[area.code] = self.rows.add(
                Court,
                name=f"{area.town} County Court",
                kind=CourtKind.COUNTY,
                postcode_areas=area.code,
                charging_order_de_minimis=_DE_MINIMIS_CYCLE[i % len(_DE_MINIMIS_CYCLE)],
            )
        self.rjof = self.rows.add(
            Court,
            name="Register of Judgments, Orders and Fines",
            kind=CourtKind.RJOF,
            postcode_areas="",
            charging_order_de_minimis=Decimal("750.00"),
        )

    def staff(self) -> None:
        """The demo's office and users: the login the demo runs as is a case manager."""
        office = self.rows.add(
            Office,
            name=DEMO_OFFICE,
            address="Fictional House\n1 Example Street\nTestbury",
            postcode="TE1 1ST",
            phone="020 7946 0000",
            opening_hours="Monday to Friday, 8am to 6pm",
            updated_by=DEMO_AUTHOR,
        )
        people = [
            (self.user, "Casey Example", DEMO_TEAM, "case_manager"),
            (COLLEAGUE, "Morgan Example", DEMO_TEAM, "case_manager"),
            (DEMO_TEAM_LEADER, "Terry Example", DEMO_TEAM, "case_manager,team_leader"),
            (DEMO_DOT_USER, "Dana Example", "Deduction Order Team", "deduction_order_team"),
        ]
        seen: set[str] = set()
        for n, (login, name, team, roles) in enumerate(people):
            if login in seen:  # the demo run as one of the fixed logins: it keeps that role
                continue
            seen.add(login)
            self.rows.add(
                AppUser,
                login=login,
                display_name=name,
                phone=f"020 7946 0{n + 1:03d}",
                team=team,
                office_id=office,
                roles=roles,
                active=True,
                updated_by=DEMO_AUTHOR,
            )

    # ---------------------------------------------------------------- people

    def contact(
        self,
        role: ContactRole,
        scin: str,
        first: str,
        last: str,
        *,
        area: _Area,
        confident: bool = True,
        address: bool = True,
        **values: Any,
    ) -> int:
        r = self.rng
        values.setdefault("date_of_birth", self.days_ago(r.randrange(20 * 365, 62 * 365)))
        values.setdefault("nino", self.nino())
        values.setdefault("phone", self.phone())
        values.setdefault("jurisdiction", area.jurisdiction)
        if "email" not in values and r.random() < 0.5:
            values["email"] = f"{_ascii(first)}.{_ascii(last)}@example.com"
        contact_id = self.rows.add(
            Contact,
            scin=scin,
            role=role,
            first_name=first,
            last_name=last,
            surname_key=last.lower(),
            name_key=f"{first} {last}".lower(),
            **values,
        )
        if not address:
            return contact_id
        self.rows.add(
            Address,
            contact_id=contact_id,
            address_type=AddressType.RESIDENTIAL,
            line1=f"{r.randrange(1, 120)} {r.choice(_STREETS)}",
            town=area.town,
            postcode=self.postcode(area),
            marker=AddressMarker.NONE,
            confident=confident,
            is_current=True,
            from_date=self.days_ago(r.randrange(200, 3000)),
        )
        return contact_id

    def previous_address(self, contact_id: int, area: _Area) -> None:
        r = self.rng
        self.rows.add(
            Address,
            contact_id=contact_id,
            address_type=AddressType.PREVIOUS,
            line1=f"Flat {r.randrange(1, 30)}, {r.randrange(1, 90)} {r.choice(_STREETS)}",
            town=area.town,
            postcode=self.postcode(area),
            confident=False,
            is_current=False,
            from_date=self.days_ago(r.randrange(3000, 6000)),
        )

    def vehicle(self, contact_id: int) -> tuple[int, str]:
        make, model = self.rng.choice(_MAKES)
        reg = self.registration()
        vehicle_id = self.rows.add(
            Vehicle,
            contact_id=contact_id,
            registration=reg,
            make=make,
            model=model,
            colour=self.rng.choice(_COLOURS),
        )
        return vehicle_id, f"{make} {model}, registration {reg}"

    def asset(
        self,
        contact_id: int,
        asset_type: AssetType,
        description: str,
        source: InformationSource,
        *,
        value: Decimal | None = None,
        account_type: AccountType | None = None,
        finding: AssetFinding = AssetFinding.RELEVANT,
        recorded_on: date | None = None,
    ) -> int:
        recorded = recorded_on or self.days_ago(self.rng.randrange(10, 700))
        if finding == AssetFinding.DISREGARDED:
            # Seed 000 step 12: the details go; the record that the search was made stays.
            return self.rows.add(
                Asset,
                contact_id=contact_id,
                asset_type=asset_type,
                account_type=None,
                description=None,
                estimated_value=None,
                source=source,
                recorded_on=recorded,
                finding=finding,
                disregarded_on=recorded + timedelta(days=self.rng.randrange(1, 30)),
                disregard_reason="Not relevant to the enforcement decision",
            )
        return self.rows.add(
            Asset,
            contact_id=contact_id,
            asset_type=asset_type,
            account_type=account_type,
            description=description,
            estimated_value=value,
            source=source,
            recorded_on=recorded,
            finding=finding,
        )

    def receiving_parents(self, case_id: int, scins: Iterable[str], area: _Area) -> None:
        for scin in scins:
            first, last = self.rng.choice(_FIRST_NAMES), self.surname()
            contact_id = self.contact(ContactRole.RECEIVING_PARENT, scin, first, last, area=area)
            self.rows.add(CaseReceivingParent, case_id=case_id, contact_id=contact_id)

    # ---------------------------------------------------------------- orders

    def liability_order(
        self,
        case_id: int,
        *,
        origin: OrderOrigin,
        granted_on: date | None,
        amount: Decimal,
        court_id: int,
        status: OrderStatus = OrderStatus.GRANTED,
        costs: Decimal | None = None,
        paid: Iterable[Decimal] = (),
    ) -> tuple[int, Decimal]:
        """A liability order and its payments; returns its id and current balance."""
        r = self.rng
        granted = granted_on or self.days_ago(r.randrange(30, 90))
        applied = granted - timedelta(days=r.randrange(21, 70))
        costs = costs if costs is not None else Decimal(r.choice((0, 70, 115, 300)))
        costs = costs.quantize(Decimal("0.01"))
        period_to = applied - timedelta(days=r.randrange(14, 60))
        order_id = self.rows.add(
            EnforcementOrder,
            case_id=case_id,
            order_type=OrderType.LIABILITY_ORDER,
            status=status,
            origin=origin,
            reference=self.order_reference(origin, granted.year),
            court_id=court_id,
            applied_on=applied,
            granted_on=granted_on if status != OrderStatus.APPLIED else None,
            period_from=period_to - timedelta(days=r.randrange(180, 900)),
            period_to=period_to,
            amount=amount,
            costs=costs,
        )
        if status == OrderStatus.SATISFIED:
            paid = [amount + costs]
        elif status != OrderStatus.GRANTED:
            paid = []
        total = Decimal("0.00")
        for i, payment in enumerate(paid):
            total += payment
            self.rows.add(
                OrderPayment,
                order_id=order_id,
                paid_on=self.between(granted + timedelta(days=30 * (i + 1)), self.today),
                amount=payment,
                method=r.choice(("Bank transfer", "Debit card", "Bailiff collection")),
            )
        return order_id, amount + costs - total

    def other_order(
        self,
        case_id: int,
        order_type: OrderType,
        status: OrderStatus,
        *,
        applied_on: date,
        granted_on: date | None = None,
        court_id: int | None = None,
        parent_order_id: int | None = None,
        asset_id: int | None = None,
        amount: Decimal = Decimal("0.00"),
        **values: Any,
    ) -> int:
        return self.rows.add(
            EnforcementOrder,
            case_id=case_id,
            order_type=order_type,
            status=status,
            origin=OrderOrigin.CMS,
            reference=f"{order_type.value.upper().replace('_', '')[:8]}-{self._next_ref()}",
            court_id=court_id,
            parent_order_id=parent_order_id,
            asset_id=asset_id,
            applied_on=applied_on,
            granted_on=granted_on,
            amount=amount,
            **values,
        )

    def _next_ref(self) -> str:
        self._order_seq += 1
        return f"{self._order_seq:06d}"

    # ---------------------------------------------------------------- service requests

    def service_request(
        self,
        case_id: int,
        workflow: Workflow,
        status: SrStatus,
        *,
        opened_on: date,
        steps_done: int | None = None,
        owner: str | None = None,
        wait_until: date | None = None,
        sub_status: str | None = None,
        closed_on: date | None = None,
        order_id: int | None = None,
        parent_id: int | None = None,
        outcomes: dict[str, StepOutcome] | None = None,
        reasons: dict[str, str] | None = None,
        form: dict[str, Any] | None = None,
        assets: Iterable[int] = (),
        note: str | None = None,
    ) -> int:
        """One SR with its activity plan (generated when it went In Progress) and enforce form."""
        category = workflows.category_for(workflow)
        if status == SrStatus.CLOSED:
            sub_status = sub_status or workflows.COMPLETED
        if status in workflows.FINAL_STATUSES and closed_on is None:
            took = timedelta(days=self.rng.randrange(7, 120))
            closed_on = self.between(opened_on + timedelta(days=7), opened_on + took)
        sr_id = self.rows.add(
            ServiceRequest,
            case_id=case_id,
            workflow=workflow,
            process=category.process,
            area=category.area,
            sub_area=category.sub_area,
            status=status,
            sub_status=sub_status,
            wait_until=wait_until if status == SrStatus.WAIT else None,
            owner=owner or self.user,
            opened_on=opened_on,
            closed_on=closed_on if status in workflows.FINAL_STATUSES else None,
            parent_id=parent_id,
            order_id=order_id,
        )
        template = workflows.plan_template(workflow)
        if steps_done is None:
            steps_done = {
                SrStatus.OPEN: -1,
                SrStatus.IN_PROGRESS: self.rng.randrange(1, max(2, len(template) - 1)),
                SrStatus.WAIT: max(1, len(template) // 2),
                SrStatus.CLOSED: len(template),
                SrStatus.CANCELLED: -1,
            }[status]
        if steps_done >= 0:
            # A plan exists once the SR has been In Progress (the service generates it then).
            when = opened_on
            last = closed_on or self.today
            assessed_on: date | None = None
            for position, step in enumerate(template, start=1):
                done = position <= steps_done
                outcome = StepOutcome.PENDING
                if done:
                    chosen = (outcomes or {}).get(step.key)
                    choices = _STEP_OUTCOMES.get(step.key, (StepOutcome.DONE,))
                    outcome = chosen or (
                        choices[0] if self.rng.random() < 0.8 else self.rng.choice(choices)
                    )
                    when = self.between(when, last)
                self.rows.add(
                    ActivityStep,
                    service_request_id=sr_id,
                    position=position,
                    step_key=step.key,
                    title=step.title,
                    outcome=outcome,
                    reason=(reasons or {}).get(step.key) if done else None,
                    completed_by=(owner or self.user) if done else None,
                    completed_at=self.at(when) if done else None,
                )
                if step.key == "assess_online_information" and outcome == StepOutcome.DONE:
                    assessed_on = when
                yes_no = {StepOutcome.YES: True, StepOutcome.NO: False}.get(outcome)
                deciding = workflow is Workflow.DECIDE_ENFORCEMENT
                if deciding and step.key in _DECIDE_FORM_STEPS and yes_no is not None:
                    # The step is the form's field too (services.decide.after_step keeps the
                    # two the same); a value the caller gave wins.
                    form = {step.key: yes_no, **(form or {})}
            if assessed_on is not None:
                # "Assess Online Information" is Done only with an entry for each source in the
                # log (Enforcement Action - Consider, step 7), as decide.log_source writes them:
                # here each checked that day, nothing found.
                criminal = (form or {}).get("evidence_of_criminal_activity") is True
                for source in rules_decide.required_sources(criminal):
                    self.rows.add(
                        SourceCheck,
                        service_request_id=sr_id,
                        source=source,
                        checked_on=assessed_on,
                        checked_by=owner or self.user,
                        result=SourceResult.NOTHING_FOUND,
                        note=None,
                    )
        if workflow in (Workflow.BAILIFF, Workflow.DECIDE_ENFORCEMENT):
            self.rows.add(EnforceForm, service_request_id=sr_id, **(form or {}))
        for asset_id in assets:
            self.rows.add(ServiceRequestAsset, service_request_id=sr_id, asset_id=asset_id)
        if note:
            self.rows.add(
                Note,
                service_request_id=sr_id,
                author=owner or self.user,
                text=note,
                created_at=self.at(opened_on),
            )
        return sr_id

    def bailiff_sr(
        self,
        case_id: int,
        status: SrStatus,
        *,
        order_id: int,
        balance: Decimal,
        employment: EmploymentStatus,
        asset_id: int,
        opened_on: date,
        owner: str | None = None,
        overdue: bool = False,
        nulla_bona_on: date | None = None,
    ) -> int:
        """A Bailiff SR for one LO (seed 003), its form filled as far as its status reaches.

        A waiting SR was issued to the bailiff within the last 90 days, or (``overdue``) longer
        ago, so its wait date has passed; a closed one has its outcome recorded.
        """
        r = self.rng
        form: dict[str, Any] = {}
        steps: int | None = None
        wait_until = sub_status = closed_on = None
        outcomes: dict[str, StepOutcome] = {}
        if status != SrStatus.OPEN:
            form.update(
                lo_current_arrears_balance=balance,
                arrears_balance_against_lo=balance,
                sum_applied_for=balance,
                nrp_employment_status=employment,
            )
        if status == SrStatus.IN_PROGRESS:
            steps = r.randrange(1, _BAILIFF_VALIDATED + 1)
            if steps >= _BAILIFF_STEPS.index("notify_receiving_parent") + 1:
                form["cmel8011_sent_on"] = self.between(opened_on, opened_on + timedelta(9))
            if steps >= _BAILIFF_VALIDATED:
                form["welfare_of_child_decision"] = "Considered; no welfare concerns identified."
        elif status in (SrStatus.WAIT, SrStatus.CLOSED):
            if status == SrStatus.WAIT:
                steps = _BAILIFF_SENT
                issued = self.days_ago(r.randrange(91, 200) if overdue else r.randrange(1, 89))
                opened_on = issued - timedelta(days=r.randrange(10, 25))
                sub_status = SrSubStatus.AWAITING_BAILIFF
                wait_until = bailiff_wait_until(issued).until
            else:
                steps = len(_BAILIFF_STEPS)
                if nulla_bona_on is not None:
                    opened_on = nulla_bona_on - timedelta(days=r.randrange(60, 90))
                else:
                    opened_on = min(opened_on, self.days_ago(r.randrange(120, 400)))
                issued = opened_on + timedelta(days=r.randrange(10, 25))
            form.update(
                cmel8011_sent_on=opened_on + timedelta(days=r.randrange(2, 8)),
                welfare_of_child_decision="Considered; no welfare concerns identified.",
                pack_prepared_on=issued - timedelta(days=2),
                bailiff_proceed_date=issued - timedelta(days=1),
                bailiff_issue_date=issued,
                bailiff_company=r.choice(_BAILIFF_COMPANIES),
            )
        if status == SrStatus.CLOSED:
            issued = form["bailiff_issue_date"]
            outcome_on = nulla_bona_on or self.between(
                issued + timedelta(days=20), issued + timedelta(days=90)
            )
            closed_on = self.between(outcome_on, outcome_on + timedelta(days=14))
            if nulla_bona_on is not None:
                kind, result = BailiffOutcomeType.RETURNED_BY_BAILIFF, BailiffOutcome.NOT_SUCCESSFUL
            else:
                kind = r.choice(tuple(BailiffOutcomeType))
                paid = (BailiffOutcomeType.PAID_IN_FULL, BailiffOutcomeType.ARREARS_AGREEMENT)
                result = (
                    BailiffOutcome.SUCCESSFUL
                    if kind in paid
                    else r.choice((BailiffOutcome.NOT_SUCCESSFUL, BailiffOutcome.NRP_NOT_LOCATED))
                )
            form.update(
                bailiff_outcome_received=True,
                bailiff_outcome_date=outcome_on,
                bailiff_outcome=result,
                bailiff_outcome_type=kind,
            )
            returned_empty = (kind, result) == (
                BailiffOutcomeType.RETURNED_BY_BAILIFF,
                BailiffOutcome.NOT_SUCCESSFUL,
            )
            if nulla_bona_on is None and returned_empty and r.random() < 0.5:
                nulla_bona_on = outcome_on  # nothing found to seize
            if kind == BailiffOutcomeType.RETURNED_BY_BAILIFF:
                form["bailiff_reason_return_code"] = "Nulla Bona" if nulla_bona_on else "Gone away"
            elif kind == BailiffOutcomeType.RECALLED_BY_CMEC:
                form["bailiff_return_code"] = "Recalled: payment arrangement"
            elif kind == BailiffOutcomeType.ARREARS_AGREEMENT:
                form["arrears_agreement_final_payment_due"] = outcome_on + timedelta(days=180)
            if nulla_bona_on is not None:
                form["nulla_bona_received"] = True
                form["nulla_bona_received_on"] = nulla_bona_on
            outcomes["bailiff_outcome"] = StepOutcome(result.value)
        return self.service_request(
            case_id,
            Workflow.BAILIFF,
            status,
            opened_on=opened_on,
            steps_done=steps,
            owner=owner,
            wait_until=wait_until,
            sub_status=sub_status,
            closed_on=closed_on,
            order_id=order_id,
            outcomes=outcomes,
            form=form,
            assets=(asset_id,) if status != SrStatus.OPEN else (),
        )

    def case(
        self,
        paying_parent_id: int,
        *,
        scheme: Scheme,
        region: str,
        arrears: Decimal,
        **values: Any,
    ) -> int:
        values.setdefault("owning_team", OwningTeam.ENFORCEMENT)
        values.setdefault("case_manager", self.user)
        values.setdefault("team", "Enforcement Team 3")
        return self.rows.add(
            Case,
            paying_parent_id=paying_parent_id,
            scheme=scheme,
            region=region,
            arrears_balance=arrears,
            **values,
        )

    def case_note(self, case_id: int, text_: str) -> None:
        self.rows.add(
            Note,
            case_id=case_id,
            author=DEMO_AUTHOR,
            text=text_,
            created_at=self.rows.stamp,
        )


# --------------------------------------------------------------------------- the showcase


def _showcase(g: _Generator) -> None:
    """The eight clients of :data:`SHOWCASE`, each clean apart from its one feature.

    Clean means: England, a confident residential address, no correspondence marker, no appeal,
    no sanctions order, no Nulla Bona, granted liability orders with balances over £500.00 from a
    magistrates' court, unless the feature is one of these.
    """
    g.staff()  # the SRs below are owned by the demo's users
    today = g.today
    year = today.year
    demoton = _AREA_BY_CODE["B"]
    court = g.magistrates["B"]

    def paying_parent(n: int, first: str, last: str, area: _Area = demoton, **values: Any) -> int:
        values.setdefault("employment_status", EmploymentStatus.EMPLOYED)
        values.setdefault("employer_name", _EMPLOYERS[n % len(_EMPLOYERS)])
        return g.contact(
            ContactRole.PAYING_PARENT, f"1210000000{n:02d}", first, last, area=area, **values
        )

    def new_case(n: int, pp: int, area: _Area = demoton, receiving: int = 1) -> int:
        case_id = g.case(pp, scheme=Scheme.CMS_2012, region=area.region, arrears=Decimal("0"))
        scins = [f"1210000{n:02d}{i:03d}" for i in range(1, receiving + 1)]
        g.receiving_parents(case_id, scins, area)
        g.case_note(case_id, f"Demo client: {SHOWCASE[f'1210000000{n:02d}']}.")
        return case_id

    def lo(
        case_id: int,
        granted: date,
        amount: str,
        costs: str = "70.00",
        origin: OrderOrigin = OrderOrigin.CMS,
        paid: tuple[str, ...] = (),
    ) -> tuple[int, Decimal]:
        return g.liability_order(
            case_id,
            origin=origin,
            granted_on=granted,
            amount=Decimal(amount),
            costs=Decimal(costs),
            court_id=court,
            paid=[Decimal(p) for p in paid],
        )

    # 1: ready for bailiff referral.
    pp = paying_parent(
        1,
        "Morgan",
        "Testington",
        pv_marker=True,
        pv_control_measures="Do not visit alone. Known to keep a large dog at the property; "
        "speak to the paying parent only at the front door.",
        holds_driving_licence=True,
        driving_licence_number="TESTI801157MX9AB",
    )
    _, vehicle = g.vehicle(pp)
    case_id = new_case(1, pp, receiving=2)
    los = [
        lo(case_id, date(year - 3, 3, 14), "1450.00", paid=("120.00",)),
        lo(case_id, date(year - 1, 9, 2), "2380.50", "115.00"),
        lo(case_id, date(year - 6, 6, 20), "960.00", "0.00", OrderOrigin.CSA),
    ]
    _set_arrears(g, case_id, los)
    g.asset(pp, AssetType.VEHICLE, vehicle, InformationSource.DVLA, value=Decimal("4200.00"))
    g.asset(
        pp,
        AssetType.OTHER,
        "Household goods and a ride-on mower seen at the property",
        InformationSource.RECEIVING_PARENT,
        value=Decimal("900.00"),
    )
    arrears_sr = g.service_request(
        case_id, Workflow.ARREARS_REVIEW, SrStatus.CLOSED, opened_on=date(year - 3, 1, 8)
    )
    g.service_request(
        case_id,
        Workflow.REVIEW_LO,
        SrStatus.CLOSED,
        opened_on=date(year - 3, 1, 20),
        parent_id=arrears_sr,
        outcomes={"team_leader_decision": StepOutcome.APPROVED},
        owner=COLLEAGUE,
    )
    decide_sr = g.service_request(
        case_id,
        Workflow.DECIDE_ENFORCEMENT,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(12),
        steps_done=6,
        form={"evidence_of_criminal_activity": False, "continue_data_gathering": True},
        note="Vehicle confirmed with DVLA. Consider bailiff action for the three LOs.",
    )
    # The Diary (issue 11): reminders the case manager set on it, one of them overdue.
    for due_on, what in (
        (g.days_ago(3), "Chase the receiving parent's reply about the vehicle's whereabouts"),
        (today, "Decide on bailiff action for the three liability orders"),
        (today + timedelta(days=7), "Check whether the CSA liability order has had a payment"),
    ):
        g.rows.add(Reminder, service_request_id=decide_sr, due_on=due_on, owner=g.user, note=what)

    # 2: a sanctions order in force and complied with.
    pp = paying_parent(2, "Jordan", "Demoworth")
    case_id = new_case(2, pp)
    los = [lo(case_id, date(year - 2, 5, 11), "3100.00")]
    _set_arrears(g, case_id, los)
    first_due = _first_of_month(g.days_ago(95))
    _sanctions_order(
        g,
        (case_id,),
        court_id=court,
        granted_on=g.days_ago(120),
        first_due_on=first_due,
        per_month=Decimal("150.00"),
        paid_until=g.today,
        total=Decimal("3170.00"),
    )
    g.service_request(
        case_id, Workflow.ARREARS_REVIEW, SrStatus.IN_PROGRESS, opened_on=g.days_ago(9)
    )

    # 3: an open appeal disputing the arrears.
    pp = paying_parent(3, "Casey", "Samplefield")
    case_id = new_case(3, pp)
    los = [lo(case_id, date(year - 1, 2, 3), "1875.25")]
    _set_arrears(g, case_id, los)
    g.rows.add(
        Appeal,
        case_id=case_id,
        lodged_on=g.days_ago(24),
        status=AppealStatus.OPEN,
        details="The paying parent disputes the arrears calculation (income used for the "
        "assessment); appeal lodged with the tribunal.",
    )
    g.service_request(
        case_id,
        Workflow.DECIDE_ENFORCEMENT,
        SrStatus.WAIT,
        opened_on=g.days_ago(40),
        steps_done=5,
        wait_until=today + timedelta(days=21),
        form={
            "evidence_of_criminal_activity": False,
            "continue_data_gathering": True,
            "appeal_details": "Appeal against the arrears lodged; enforcement waits for the "
            "tribunal.",
        },
    )

    # 4: a Nulla Bona returned three months ago.
    # 4 and 8 share surname and date of birth on purpose: search must tell them apart (address,
    # postcode, role), as it must for real look-alikes.
    pp = paying_parent(4, "Riley", "Exampleton", date_of_birth=date(1984, 3, 12))
    case_id = new_case(4, pp)
    los = [lo(case_id, date(year - 2, 10, 19), "2240.00")]
    _set_arrears(g, case_id, los)
    asset = g.asset(
        pp, AssetType.OTHER, "Television and games console", InformationSource.RECEIVING_PARENT
    )
    g.bailiff_sr(
        case_id,
        SrStatus.CLOSED,
        order_id=los[0][0],
        balance=los[0][1],
        employment=EmploymentStatus.EMPLOYED,
        asset_id=asset,
        opened_on=today,
        nulla_bona_on=add_months(today, -3),
    )
    g.service_request(case_id, Workflow.DECIDE_ENFORCEMENT, SrStatus.OPEN, opened_on=g.days_ago(3))

    # 5: lives in Scotland (moved there after the LO was granted in England).
    scotland = _AREA_BY_CODE["EH"]
    pp = paying_parent(5, "Hamish", "Mockridge", scotland)
    g.previous_address(pp, demoton)
    case_id = new_case(5, pp, scotland)
    los = [lo(case_id, date(year - 2, 1, 27), "1640.00")]
    _set_arrears(g, case_id, los)
    g.service_request(case_id, Workflow.ARREARS_REVIEW, SrStatus.OPEN, opened_on=g.days_ago(2))

    # 6: the only current address is a correspondence address marked DLO, not confident.
    pp = paying_parent(6, "Sam", "Dummyfield", address=False)
    g.rows.add(
        Address,
        contact_id=pp,
        address_type=AddressType.CORRESPONDENCE,
        line1="7 Placeholder Avenue",
        town=demoton.town,
        postcode="B12 9QX",
        marker=AddressMarker.DLO,
        confident=False,
        is_current=True,
        from_date=g.days_ago(400),
    )
    g.previous_address(pp, demoton)
    case_id = new_case(6, pp)
    los = [lo(case_id, date(year - 1, 6, 30), "1320.40")]
    _set_arrears(g, case_id, los)
    g.service_request(
        case_id,
        Workflow.ARREARS_REVIEW,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(15),
        steps_done=1,
        note="Letters returned: correspondence address marked DLO.",
    )

    # 7: the only account is a business account, and the paying parent is a director.
    pp = paying_parent(
        7,
        "Jamie",
        "Protoworth",
        employment_status=EmploymentStatus.DIRECTOR,
        employer_name="Protoworth Design Ltd",
    )
    case_id = new_case(7, pp)
    los = [lo(case_id, date(year - 1, 4, 12), "4210.00", "115.00")]
    _set_arrears(g, case_id, los)
    g.asset(
        pp,
        AssetType.BANK_ACCOUNT,
        "Business current account, Fictional Bank plc (Protoworth Design Ltd)",
        InformationSource.CREDIT_REFERENCE_AGENCY,
        value=Decimal("8350.00"),
        account_type=AccountType.BUSINESS,
    )
    g.service_request(
        case_id,
        Workflow.DECIDE_ENFORCEMENT,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(20),
        steps_done=6,
        form={"evidence_of_criminal_activity": False, "continue_data_gathering": True},
    )

    # 8: three Bailiff SRs validated and ready for the bailiff pack; drives.
    pp = paying_parent(
        8,
        "Siân",
        "Exampleton",
        date_of_birth=date(1984, 3, 12),
        holds_driving_licence=True,
        driving_licence_number="EXAMP752093SA9CD",
        employment_status=EmploymentStatus.SELF_EMPLOYED,
        employer_name=None,
    )
    _, vehicle = g.vehicle(pp)
    case_id = new_case(8, pp, receiving=2)
    los = [
        lo(case_id, date(year - 2, 7, 8), "2750.00", paid=("250.00",)),
        lo(case_id, date(year - 1, 11, 16), "1190.00"),
        lo(case_id, date(year - 5, 3, 4), "3480.75", "0.00", OrderOrigin.CSA),
    ]
    _set_arrears(g, case_id, los)
    asset = g.asset(pp, AssetType.VEHICLE, vehicle, InformationSource.DVLA, value=Decimal("6500"))
    validated = dict.fromkeys(_BAILIFF_STEPS[:_BAILIFF_VALIDATED], StepOutcome.DONE)
    validated["decide_next_step"] = StepOutcome.CONTINUE
    for order_id, balance in los:
        g.service_request(
            case_id,
            Workflow.BAILIFF,
            SrStatus.IN_PROGRESS,
            opened_on=g.days_ago(14),
            steps_done=_BAILIFF_VALIDATED,
            order_id=order_id,
            outcomes=validated,
            assets=(asset,),
            form={
                "lo_current_arrears_balance": balance,
                "arrears_balance_against_lo": balance,
                "sum_applied_for": balance,
                "nrp_employment_status": EmploymentStatus.SELF_EMPLOYED,
                "cmel8011_sent_on": g.days_ago(6),
                "welfare_of_child_decision": "Considered; no welfare concerns identified.",
            },
        )

    # 9: Decide On Enforcement Action with evidence of criminal activity (seed 000 steps 2-7):
    # the criminal action child SR raised on the receiving parent (false information given to
    # the service; its subject decides where the referral goes, and their Contact view lists
    # it) is open, civil data gathering goes on in parallel and four sources are logged (a nil
    # result among them).
    pp = paying_parent(9, "Casey", "Testford")
    case_id = new_case(9, pp)
    receiver = g.rows.pending(CaseReceivingParent)[-1]["contact_id"]
    _set_arrears_exact(g, case_id, Decimal("3180.00"))
    offence = CriminalOffence.PROVISION_OF_FALSE_INFORMATION
    decide_id = g.service_request(
        case_id,
        Workflow.DECIDE_ENFORCEMENT,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(12),
        steps_done=3,
        outcomes={
            "evidence_of_criminal_activity": StepOutcome.YES,
            "initiate_criminal_action": StepOutcome.DONE,
            "continue_data_gathering": StepOutcome.YES,
        },
        reasons={
            "initiate_criminal_action": (
                f"{offence.label}; criminal action SR raised on the receiving parent"
            )
        },
        form={
            "evidence_of_criminal_activity": True,
            "criminal_offence": offence,
            "continue_data_gathering": True,
        },
    )
    g.service_request(
        case_id,
        Workflow.CRIMINAL_ACTION,
        SrStatus.OPEN,
        opened_on=g.days_ago(10),
        parent_id=decide_id,
    )
    g.rows.pending(ServiceRequest)[-1]["subject_contact_id"] = receiver
    for days, source, result, note in (
        (9, InformationSource.CIS, SourceResult.FOUND, "Employer changed in the summer"),
        (9, InformationSource.CREDIT_REFERENCE_AGENCY, SourceResult.NOTHING_FOUND, None),
        (8, InformationSource.DVLA, SourceResult.FOUND, "One vehicle registered"),
        (7, InformationSource.COMPANIES_HOUSE, SourceResult.NOTHING_FOUND, "No directorships"),
    ):
        g.rows.add(
            SourceCheck,
            service_request_id=decide_id,
            source=source,
            checked_on=g.days_ago(days),
            checked_by=g.user,
            result=result,
            note=note,
        )

    # 10: Check CSA (seed 002): a transitioned case with a legacy CSA LO whose order for sale is
    # under way (priority), and the paying parent about to sell a property (urgent: fast
    # track). The Check CSA SR is in progress and its Set Up Legacy LO child open.
    pp = paying_parent(10, "Sam", "Testbury")
    case_id = new_case(10, pp)
    for row in reversed(g.rows.pending(Case)):
        if row["id"] == case_id:
            row.update(scheme=Scheme.CSA, legacy_ongoing_enforcement=True, segment_5=True)
            break
    csa_lo = lo(case_id, date(year - 7, 5, 9), "5240.00", "90.00", OrderOrigin.CSA)
    _set_arrears(g, case_id, [csa_lo])
    house = g.asset(
        pp,
        AssetType.PROPERTY,
        "Freehold house, 12 Fictional Road, Demoton",
        InformationSource.LAND_REGISTRY,
        value=Decimal("185000.00"),
    )
    for row in reversed(g.rows.pending(Asset)):
        if row["id"] == house:
            row.update(
                imminent_disposal_on=g.days_ago(2),
                imminent_disposal_source=InformationSource.RECEIVING_PARENT,
            )
            break
    county = g.county["B"]
    registration = g.other_order(
        case_id,
        OrderType.LO_COUNTY_COURT,
        OrderStatus.GRANTED,
        applied_on=date(year - 4, 9, 1),
        granted_on=date(year - 4, 9, 22),
        court_id=county,
        parent_order_id=csa_lo[0],
    )
    charging = g.other_order(
        case_id,
        OrderType.CHARGING_ORDER,
        OrderStatus.GRANTED,
        applied_on=date(year - 3, 2, 1),
        granted_on=date(year - 3, 4, 12),
        court_id=county,
        parent_order_id=registration,
        asset_id=house,
        amount=csa_lo[1],
    )
    g.other_order(
        case_id,
        OrderType.ORDER_FOR_SALE,
        OrderStatus.APPLIED,
        applied_on=g.days_ago(60),
        court_id=county,
        parent_order_id=charging,
        asset_id=house,
    )
    check_steps = [t.key for t in workflows.plan_template(Workflow.CHECK_CSA)]
    check_id = g.service_request(
        case_id,
        Workflow.CHECK_CSA,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(5),
        steps_done=check_steps.index("create_set_up_legacy_lo_sr") + 1,
        outcomes={"create_set_up_legacy_lo_sr": StepOutcome.DONE},
        note="Tallyman: CSA LO with a charging order; order for sale applied for. The receiving "
        "parent says the house is on the market: fast track.",
    )
    g.service_request(
        case_id,
        Workflow.SET_UP_LEGACY_LO,
        SrStatus.OPEN,
        opened_on=g.days_ago(4),
        parent_id=check_id,
        order_id=csa_lo[0],
    )

    # 11: an Arrears Review whose Review LO awaits the team leader (Arrears - Consider Action,
    # Initiate LO arrears action, steps 2-5): raised and answered by the demo case manager,
    # so the demo's team leader login may approve or reject it.
    pp = paying_parent(11, "Jordan", "Testwood", employment_status=EmploymentStatus.SELF_EMPLOYED)
    case_id = new_case(11, pp)
    _set_arrears_exact(g, case_id, Decimal("2140.00"))
    # Still with the maintenance team: approval moves the case to enforcement (step 11).
    for row in reversed(g.rows.pending(Case)):
        if row["id"] == case_id:
            row.update(owning_team=OwningTeam.MAINTENANCE, team="Maintenance Team 2")
            break
    review_steps = [t.key for t in workflows.plan_template(Workflow.ARREARS_REVIEW)]
    arrears_sr = g.service_request(
        case_id,
        Workflow.ARREARS_REVIEW,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(40),
        steps_done=review_steps.index("review_lo_initiated") + 1,
        sub_status=SrSubStatus.AWAITING_LO_AUTHORISATION,
        outcomes={
            "get_employment_status": StepOutcome.DONE,
            "initiate_arrears_action": StepOutcome.NOT_REQUIRED,
            "disclosure": StepOutcome.DONE,
            "review_lo_initiated": StepOutcome.REVIEW_LO_INITIATED,
        },
        note="Self-employed: no DEO. Disclosure found no account suitable for a deduction order.",
    )
    answers = {
        "confident_address": "Residential address confirmed by the receiving parent and CRA.",
        "contact_history": "Three calls to the paying parent unanswered since the missed "
        "payment. Receiving parent spoken to.",
        "arrears_and_agreements": "Arrears above £2,000; the arrears agreement broke after two "
        "payments.",
        "welfare_of_child": "Considered: recovering the arrears benefits the qualifying child; "
        "no welfare concerns reported.",
        "effective_dates": "Checked against the calculation: correct.",
        "other_methods": "DEO not possible (self-employed); disclosure found no suitable "
        "account for an RDO or LSDO.",
        "caseworker_notes": "Enforcement checklist reviewed; negotiation attempts recorded.",
    }
    review_id = g.service_request(
        case_id,
        Workflow.REVIEW_LO,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(3),
        parent_id=arrears_sr,
        steps_done=len(answers),
        sub_status=SrSubStatus.AWAITING_LO_AUTHORISATION,
        reasons=answers,
    )
    _arrears_letter_history(g, case_id, arrears_sr, "Jordan Testwood")
    # Who raised the Review LO is read from its "create" audit event: only a team leader who
    # did not raise it may decide it.
    g.rows.add(
        AuditEvent,
        at=g.at(g.days_ago(3)),
        user=g.user,
        action="create",
        entity="service_request",
        entity_id=review_id,
        new_value=Workflow.REVIEW_LO.value,
        case_id=case_id,
    )
    # Before it, the final chance to negotiate (an Action Missed Payment SR) failed and the
    # Deduction Order Team found no account for a deduction order (its Disclosure SR, closed
    # Not approved with the team's reasons): Initiate Disclosure arrears action, steps 7-9.
    amp_id = g.service_request(
        case_id,
        Workflow.ACTION_MISSED_PAYMENT,
        SrStatus.IN_PROGRESS,
        opened_on=g.days_ago(30),
        parent_id=arrears_sr,
        steps_done=3,
        outcomes={
            "negotiate": StepOutcome.NOT_SUCCESSFUL,
            "request_disclosure": StepOutcome.DONE,
            "dot_outcome": StepOutcome.DONE,
        },
        reasons={"negotiate": "Paying parent refused to pay the arrears or agree a schedule."},
    )
    refusal = "No account in the paying parent's name suitable for a deduction order."
    disclosure_id = g.service_request(
        case_id,
        Workflow.DISCLOSURE,
        SrStatus.CLOSED,
        opened_on=g.days_ago(28),
        closed_on=g.days_ago(6),
        parent_id=amp_id,
        owner=DEMO_DOT_USER,
        steps_done=3,
        outcomes={
            "disclosure_action": StepOutcome.DONE,
            "dot_decision": StepOutcome.REJECTED,
            "set_up_order": StepOutcome.NOT_REQUIRED,
        },
        reasons={"dot_decision": refusal},
        note=f"Deduction Order Team outcome: Not approved. Reasons: {refusal}",
    )
    for row in reversed(g.rows.pending(ServiceRequest)):
        if row["id"] == disclosure_id:
            row.update(resolution_code="Not approved", team="Deduction Order Team")
            break

    # 12: a sanctions order over two cases whose payments stopped two months ago: breached,
    # so it no longer blocks, and the Diary asks for it to be referred back to court.
    pp = paying_parent(12, "Riley", "Exampleford")
    first_case = new_case(12, pp)
    second_case = g.case(pp, scheme=Scheme.CMS_2012, region=demoton.region, arrears=Decimal("0"))
    g.receiving_parents(second_case, ["121000012002"], demoton)
    _set_arrears(g, first_case, [lo(first_case, date(year - 2, 3, 9), "2650.00")])
    _set_arrears(g, second_case, [lo(second_case, date(year - 2, 3, 9), "1480.00")])
    first_due = _first_of_month(g.days_ago(200))
    _sanctions_order(
        g,
        (first_case, second_case),
        court_id=court,
        granted_on=first_due - timedelta(days=21),
        first_due_on=first_due,
        per_month=Decimal("120.00"),
        paid_until=add_months(_first_of_month(today), -2),
        total=Decimal("4130.00"),
    )
    g.service_request(
        first_case, Workflow.ARREARS_REVIEW, SrStatus.IN_PROGRESS, opened_on=g.days_ago(20)
    )
    g.service_request(
        second_case, Workflow.ARREARS_REVIEW, SrStatus.CLOSED, opened_on=g.days_ago(400)
    )


def _first_of_month(day: date) -> date:
    return day.replace(day=1)


def _sanctions_order(
    g: _Generator,
    case_ids: tuple[int, ...],
    *,
    court_id: int,
    granted_on: date,
    first_due_on: date,
    per_month: Decimal,
    paid_until: date | None,
    total: Decimal,
) -> int:
    """A sanctions order on the first case covering each of ``case_ids``, its terms monthly
    from ``first_due_on``, and a payment on each due date up to ``paid_until``."""
    order_id = g.other_order(
        case_ids[0],
        OrderType.SANCTIONS_ORDER,
        OrderStatus.GRANTED,
        applied_on=granted_on - timedelta(days=30),
        granted_on=granted_on,
        court_id=court_id,
        amount=total,
        instalment_amount=per_month,
        instalment_period=SanctionsPeriod.MONTHLY,
        first_due_on=first_due_on,
        payment_terms=SanctionsTerms(per_month, SanctionsPeriod.MONTHLY, first_due_on).text,
    )
    for case_id in case_ids:
        g.rows.add(OrderCase, order_id=order_id, case_id=case_id)
    due = first_due_on
    months = 0
    while paid_until is not None and due <= min(paid_until, g.today):
        g.rows.add(OrderPayment, order_id=order_id, paid_on=due, amount=per_month, method="Bank")
        months += 1
        due = add_months(first_due_on, months)
    return order_id


def _set_arrears(g: _Generator, case_id: int, los: list[tuple[int, Decimal]]) -> None:
    """The case arrears: its LO balances plus arrears accrued since the last LO."""
    total = sum((balance for _, balance in los), Decimal("0.00")) + g.pence(50, 400)
    _set_arrears_exact(g, case_id, total)


def _set_arrears_exact(g: _Generator, case_id: int, arrears: Decimal) -> None:
    # The case row is still pending (orders are generated after it, in the same batch).
    for row in reversed(g.rows.pending(Case)):
        if row["id"] == case_id:
            row["arrears_balance"] = arrears
            return
    raise AssertionError("case row already written")  # pragma: no cover - same batch always


# --------------------------------------------------------------------------- ordinary cases

#: Every workflow in every state, one SR each, given to the first ordinary cases in turn.
_COVERAGE: tuple[tuple[Workflow, SrStatus, bool], ...] = tuple(
    (workflow, status, overdue)
    for workflow in Workflow
    for status, overdue in (
        (SrStatus.OPEN, False),
        (SrStatus.IN_PROGRESS, False),
        (SrStatus.WAIT, True),
        (SrStatus.WAIT, False),
        (SrStatus.CLOSED, False),
    )
)
_SPECIAL_NAMES = (
    ("Dafydd", "ap Demo", "CF"),
    ("Aoife", "Ó Súilleabháin", "BS"),
    ("Ciarán", "O'Brien", "M"),
)
_EMPLOYMENT_WEIGHTS = (
    (EmploymentStatus.EMPLOYED, 40),
    (EmploymentStatus.SELF_EMPLOYED, 12),
    (EmploymentStatus.UNEMPLOYED, 12),
    (EmploymentStatus.SOLE_TRADER, 5),
    (EmploymentStatus.PARTNER, 2),
    (EmploymentStatus.DIRECTOR, 5),
    (EmploymentStatus.MULTIPLE_DIRECTOR, 1),
    (EmploymentStatus.ZERO_HOURS, 8),
    (EmploymentStatus.NO_EMPLOYMENT_DETAILS, 15),
)
_AREA_WEIGHTS = (18, 10, 14, 10, 8, 9, 8, 12, 5, 3, 2, 1)
_SR_STATUSES = (
    SrStatus.OPEN,
    SrStatus.IN_PROGRESS,
    SrStatus.WAIT,
    SrStatus.CLOSED,
    SrStatus.CANCELLED,
)


def _ordinary(g: _Generator, k: int) -> None:
    """Ordinary case number ``k`` (0-based), with a realistic spread of everything."""
    r = g.rng
    area = r.choices(_AREAS, weights=_AREA_WEIGHTS)[0]
    first, last = r.choice(_FIRST_NAMES), g.surname()
    if k < len(_SPECIAL_NAMES):
        first, last, code = _SPECIAL_NAMES[k]
        area = _AREA_BY_CODE[code]
    if k == 3:
        area = _AREA_BY_CODE["B"]  # the charging order chain: a county court covers B
    status = r.choices(
        [s for s, _ in _EMPLOYMENT_WEIGHTS], weights=[w for _, w in _EMPLOYMENT_WEIGHTS]
    )[0]
    has_employer = status.has_employer
    licence = r.random() < 0.6
    pv = r.random() < 0.03
    scin = f"121{100_000_001 + k:09d}"
    extra: dict[str, Any] = {}
    if r.random() < 0.02:
        extra["professional_body"] = "Law Society of England and Wales"
    pp = g.contact(
        ContactRole.PAYING_PARENT,
        scin,
        first,
        last,
        area=area,
        confident=r.random() < 0.85,
        employment_status=status,
        employer_name=r.choice(_EMPLOYERS) if has_employer else None,
        pv_marker=pv,
        pv_control_measures="Two officers to attend; history of verbal aggression." if pv else None,
        holds_driving_licence=licence,
        driving_licence_number=g.licence_number(last) if licence else None,
        holds_passport=r.random() < 0.5,
        depends_on_driving=licence and r.random() < 0.1,
        **extra,
    )
    roll = r.random()
    if roll < 0.04:
        g.rows.add(
            Address,
            contact_id=pp,
            address_type=AddressType.CORRESPONDENCE,
            line1=f"{r.randrange(1, 99)} {r.choice(_STREETS)}",
            town=area.town,
            postcode=g.postcode(area),
            marker=AddressMarker.DLO if roll < 0.03 else AddressMarker.NFA,
            confident=False,
            is_current=True,
            from_date=g.days_ago(r.randrange(30, 900)),
        )
    if r.random() < 0.3:
        g.previous_address(pp, area)
    assets: list[int] = []
    vehicle_desc = None
    if r.random() < 0.33 or k == 3:
        _, vehicle_desc = g.vehicle(pp)
        if r.random() < 0.1:
            g.vehicle(pp)
    # Assets of the paying parent.
    if vehicle_desc and r.random() < 0.6:
        assets.append(
            g.asset(pp, AssetType.VEHICLE, vehicle_desc, InformationSource.DVLA,
                    value=g.pence(800, 15000))
        )  # fmt: skip
    if r.random() < 0.45:
        kind = r.choices(
            (AccountType.PERSONAL, AccountType.JOINT, AccountType.BUSINESS), weights=(80, 12, 8)
        )[0]
        assets.append(
            g.asset(
                pp,
                AssetType.BANK_ACCOUNT,
                f"{kind.label} current account, Fictional Bank plc",
                r.choice((InformationSource.CREDIT_REFERENCE_AGENCY, InformationSource.HMRC)),
                value=g.pence(0, 9000),
                account_type=kind,
                finding=AssetFinding.DISREGARDED if r.random() < 0.05 else AssetFinding.RELEVANT,
            )
        )
    property_asset = None
    if r.random() < 0.12 or k == 3:
        property_asset = g.asset(
            pp,
            AssetType.PROPERTY,
            f"Freehold house, {r.randrange(1, 99)} {r.choice(_STREETS)}, {area.town}",
            InformationSource.LAND_REGISTRY,
            value=g.pence(90_000, 450_000),
        )
        assets.append(property_asset)
    if r.random() < 0.05:
        assets.append(
            g.asset(pp, AssetType.SHARES, "Shareholding in Demoworth Widgets Ltd",
                    InformationSource.COMPANIES_HOUSE, value=g.pence(500, 20000))
        )  # fmt: skip

    coverage = _COVERAGE[k] if k < len(_COVERAGE) else None
    scheme = Scheme.CSA if r.random() < 0.2 else Scheme.CMS_2012
    if coverage is not None and coverage[0] == Workflow.CHECK_CSA:
        scheme = Scheme.CSA
    deo = DeoDesire.NONE
    if not has_employer and r.random() < 0.15:
        deo = r.choice((DeoDesire.MANDATORY, DeoDesire.SELF_SELECTED))
    case_id = g.case(
        pp,
        scheme=scheme,
        region=area.region,
        arrears=Decimal("0.00"),
        owning_team=OwningTeam.ENFORCEMENT if r.random() < 0.85 else OwningTeam.MAINTENANCE,
        segment_5=r.random() < 0.05,
        legacy_ongoing_enforcement=scheme == Scheme.CSA and r.random() < 0.2,
        disable_missed_payment_monitor=r.random() < 0.03,
        deo_desire=deo,
        deo_desire_set_on=g.days_ago(r.randrange(1, 90)) if deo != DeoDesire.NONE else None,
    )
    rp_count = 2 if r.random() < 0.25 else 1
    g.receiving_parents(
        case_id,
        [f"121{500_000_001 + 2 * k + i:09d}" for i in range(rp_count)],
        area if area.jurisdiction != Jurisdiction.NORTHERN_IRELAND else _AREAS[0],
    )

    # Liability orders: about two per case; CSA cases carry legacy ones first.
    n_los = r.choices((0, 1, 2, 3, 4), weights=(5, 25, 40, 20, 10))[0]
    needs_lo = k == 3 or (coverage is not None and coverage[0] == Workflow.BAILIFF)
    if needs_lo:
        n_los = max(n_los, 1)
    court_area = area if area.code in g.magistrates else r.choice(_ENGLAND_WALES_AREAS)
    los: list[tuple[int, Decimal]] = []
    granted_years = sorted(r.sample(range(0, 9), n_los), reverse=True)
    for i, years_ago in enumerate(granted_years):
        origin = OrderOrigin.CSA if scheme == Scheme.CSA and i == 0 else OrderOrigin.CMS
        roll = r.random()
        order_status = OrderStatus.GRANTED
        if not (needs_lo and i == 0):
            if roll < 0.06:
                order_status = OrderStatus.APPLIED
            elif roll < 0.09:
                order_status = OrderStatus.SATISFIED
            elif roll < 0.11:
                order_status = OrderStatus.REFUSED
        granted = g.days_ago(years_ago * 365 + r.randrange(30, 330))
        amount = g.pence(300, 9000) if r.random() < 0.9 else g.pence(9000, 25000)
        # At most a quarter of the order each, so a granted LO keeps a balance to enforce.
        cap = max(21, min(200, int(amount) // 4))
        payments = [g.pence(20, cap) for _ in range(r.choices((0, 1, 2), weights=(55, 30, 15))[0])]
        order_id, balance = g.liability_order(
            case_id,
            origin=origin,
            granted_on=granted,
            amount=amount,
            court_id=g.magistrates[court_area.code],
            status=order_status,
            paid=payments,
        )
        if order_status == OrderStatus.GRANTED:
            los.append((order_id, balance))
    arrears = sum((b for _, b in los), Decimal("0.00"))
    arrears += g.pence(0, 600) if los else g.pence(40, 6000)
    _set_arrears_exact(g, case_id, arrears)

    # County court registration (and for a few, the chain to an order for sale).
    registration = None
    if los and area.code in g.county and (k in (3, 4, 5) or r.random() < 0.08):
        lo_id = los[0][0]
        registered = g.days_ago(r.randrange(40, 400))
        registration = g.other_order(
            case_id,
            OrderType.LO_COUNTY_COURT,
            OrderStatus.GRANTED,
            applied_on=registered - timedelta(days=20),
            granted_on=registered,
            court_id=g.county[area.code],
            parent_order_id=lo_id,
        )
    if registration is not None and property_asset is not None and (k == 3 or r.random() < 0.3):
        charged = g.days_ago(r.randrange(10, 35))
        charging = g.other_order(
            case_id,
            OrderType.CHARGING_ORDER,
            OrderStatus.GRANTED,
            applied_on=charged - timedelta(days=30),
            granted_on=charged,
            court_id=g.county[area.code],
            parent_order_id=registration,
            asset_id=property_asset,
            amount=sum((b for _, b in los), Decimal("0.00")),
        )
        if k == 3 or r.random() < 0.5:
            g.other_order(
                case_id,
                OrderType.ORDER_FOR_SALE,
                OrderStatus.APPLIED,
                applied_on=g.days_ago(r.randrange(1, 9)),
                court_id=g.county[area.code],
                parent_order_id=charging,
                asset_id=property_asset,
            )
    if has_employer and r.random() < 0.1:
        g.other_order(
            case_id,
            r.choice((OrderType.DEO, OrderType.DER)),
            OrderStatus.GRANTED,
            applied_on=g.days_ago(r.randrange(30, 700)),
            granted_on=g.days_ago(r.randrange(1, 29)),
            amount=arrears,
        )
    if r.random() < 0.004 and los:
        kept = r.random() < 0.5
        _sanctions_order(
            g,
            (case_id,),
            court_id=g.magistrates[court_area.code],
            granted_on=g.days_ago(170),
            first_due_on=g.days_ago(150),
            per_month=Decimal("80.00"),
            paid_until=g.today if kept else g.days_ago(r.randrange(40, 120)),
            total=arrears,
        )
    if r.random() < 0.03:
        open_appeal = r.random() < 0.4
        lodged = g.days_ago(r.randrange(5, 400))
        g.rows.add(
            Appeal,
            case_id=case_id,
            lodged_on=lodged,
            status=AppealStatus.OPEN if open_appeal else AppealStatus.DECIDED,
            decided_on=None if open_appeal else g.between(lodged + timedelta(days=30), g.today),
            details="Appeal against the arrears calculation.",
        )

    # Service requests: one to three per case.
    n_srs = r.choices((1, 2, 3), weights=(30, 40, 30))[0]
    plans: list[tuple[Workflow, SrStatus, bool]] = [coverage] if coverage else []
    while len(plans) < n_srs:
        workflow = r.choices(
            (
                Workflow.ARREARS_REVIEW,
                Workflow.DECIDE_ENFORCEMENT,
                Workflow.BAILIFF,
                Workflow.CHECK_CSA,
                Workflow.REVIEW_LO,
            ),
            weights=(30, 25, 25, 10, 10),
        )[0]
        if workflow == Workflow.CHECK_CSA and scheme != Scheme.CSA:
            workflow = Workflow.DECIDE_ENFORCEMENT
        sr_status = r.choices(_SR_STATUSES, weights=(20, 30, 20, 27, 3))[0]
        plans.append((workflow, sr_status, r.random() < 0.3))
    bailiff_los = list(los)
    r.shuffle(bailiff_los)
    arrears_sr: int | None = None
    for workflow, sr_status, overdue in plans:
        owner = COLLEAGUE if r.random() < 0.08 else g.user
        opened = g.days_ago(r.randrange(3, 500))
        if workflow == Workflow.BAILIFF:
            if not bailiff_los:
                workflow = Workflow.DECIDE_ENFORCEMENT
            else:
                order_id, balance = bailiff_los.pop()
                asset_id = next(iter(assets), None)
                if asset_id is None:
                    asset_id = g.asset(
                        pp,
                        AssetType.OTHER,
                        "Household goods",
                        InformationSource.RECEIVING_PARENT,
                        value=g.pence(200, 2000),
                    )
                    assets.append(asset_id)
                g.bailiff_sr(
                    case_id,
                    sr_status,
                    order_id=order_id,
                    balance=balance,
                    employment=status,
                    asset_id=asset_id,
                    opened_on=opened,
                    owner=owner,
                    overdue=overdue,
                )
                continue
        wait_until = None
        if sr_status == SrStatus.WAIT:
            wait_until = (
                g.days_ago(r.randrange(1, 30))
                if overdue
                else g.today + timedelta(days=r.randrange(1, 42))
            )
            opened = min(opened, wait_until - timedelta(days=10))
        sub_status = None
        if workflow == Workflow.ARREARS_REVIEW and sr_status == SrStatus.WAIT:
            sub_status = SrSubStatus.WAIT_STATE_ARREARS_NOTICE
        form: dict[str, Any] | None = None
        if workflow == Workflow.DECIDE_ENFORCEMENT:
            form = {"evidence_of_criminal_activity": False}
            if sr_status == SrStatus.CLOSED:
                form["continue_data_gathering"] = True
                form["chosen_power"] = r.choice(
                    (Power.BAILIFF, Power.REGISTER_LO_COUNTY_COURT, Power.DEO, Power.LSDO)
                )
        sr_id = g.service_request(
            case_id,
            workflow,
            sr_status,
            opened_on=opened,
            owner=owner,
            wait_until=wait_until,
            sub_status=sub_status,
            parent_id=arrears_sr if workflow == Workflow.REVIEW_LO else None,
            form=form,
            note="Called the paying parent; no answer." if r.random() < 0.1 else None,
        )
        if workflow == Workflow.ARREARS_REVIEW:
            arrears_sr = sr_id


# --------------------------------------------------------------------------- building


def build_demo(
    db: Database,
    *,
    today: date,
    cases: int = DEFAULT_CASES,
    seed: int = DEFAULT_SEED,
    user: str,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Write the demo data into an empty database.

    Args:
        db: An empty, migrated database (see :func:`database_state`).
        today: The date every generated date is relative to.
        cases: Cases in total; the showcase clients are always built, so fewer than
            ``len(SHOWCASE)`` means the showcase alone.
        seed: Seed of the random stream; the same seed and day give the same data.
        user: Owner of most service requests (the current user, so the work queue has content).
        progress: Called now and then with (cases written, cases in total).

    Returns:
        What was written.

    Raises:
        DemoRefused: The database is not empty.
    """
    started = time_module.monotonic()
    if database_state(db) != "empty":
        raise DemoRefused(
            "The database is not empty; demo data is only written into an empty database."
        )
    total = max(cases, SHOWCASE_CASES)
    ordinary = total - SHOWCASE_CASES
    rows = _Rows(datetime.combine(today, time(8, 0)))
    generator = _Generator(rows, random.Random(seed), today, user)
    sqlite = db.is_sqlite
    with db.sessions() as session:
        if sqlite:
            # The build can be redone from scratch, so durability of each batch is not needed.
            session.execute(text("PRAGMA synchronous=OFF"))
        # The marker goes in first, so even a build cut short is recognised as demo data and can
        # be rebuilt over.
        session.execute(
            insert(DatabaseInfo),
            [
                {"key": DEMO_MARKER_KEY, "value": "1"},
                {"key": "demo_seed", "value": str(seed)},
                {"key": "demo_built_for", "value": today.isoformat()},
                {"key": "demo_cases", "value": str(total)},
            ],
        )
        # The regions the demo's cases name, "Midlands" as in the procedure's example (Bailiff
        # procedure, step 12): a case may only name a listed region. A list already there (a
        # test's) is kept, and only the regions it lacks are added.
        listed = set(session.scalars(select(Region.name)))
        wanted = sorted({a.region for a in _AREAS} - listed)
        if wanted:
            session.execute(insert(Region), [{"name": name, "version": 1} for name in wanted])
        generator.courts()
        _showcase(generator)
        done = SHOWCASE_CASES
        for k in range(ordinary):
            _ordinary(generator, k)
            done += 1
            if done % _BATCH_CASES == 0:
                rows.write(session)
                session.commit()
            if progress is not None:
                progress(done, total)
        rows.write(session)
        session.commit()
        if not sqlite:
            _reset_sequences(session)
            session.commit()
        # Priority and urgency are kept with each paying parent (Check CSA); the rows above
        # were written without the services, so decide them now.
        from enforcement_desktop.services.legacy import refresh_all_attention

        refresh_all_attention(session)
        session.commit()
        if progress is not None:
            progress(total, total)
    _analyse(db)
    counts = rows.counts
    summary = DemoSummary(
        cases=counts[Case.__tablename__],
        contacts=counts[Contact.__tablename__],
        orders=counts[EnforcementOrder.__tablename__],
        service_requests=counts[ServiceRequest.__tablename__],
        seconds=time_module.monotonic() - started,
    )
    # Counts only: the log carries no personal data.
    log.info("demo data built: %s cases in %.1f s", summary.cases, summary.seconds)
    return summary


def _reset_sequences(session: Session) -> None:
    """PostgreSQL: ids were given explicitly, so move each id sequence past them."""
    for model in _TABLE_ORDER:
        table = model.__tablename__
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        )


def _analyse(db: Database) -> None:
    # Fresh statistics let the query planner pick the search indexes on a large build.
    with db.engine.begin() as conn:
        conn.execute(text("ANALYZE"))


# --------------------------------------------------------------------------- the demo database


#: Tables that hold no casework: a database with rows only there is still "empty".
_REFERENCE_TABLES = frozenset({DatabaseInfo.__tablename__, Region.__tablename__})


def database_state(db: Database) -> str:
    """What a database holds: ``"demo"``, ``"empty"`` or ``"data"``.

    Args:
        db: The database (migrated or not).

    Returns:
        "demo" when it carries the demo marker, "empty" when no table holds a row (the
        regions list aside), else "data".

    Raises:
        DemoRefused: The file is not a database at all.
    """
    try:
        tables = set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            if DatabaseInfo.__tablename__ in tables:
                marker = conn.scalar(
                    select(DatabaseInfo.value).where(DatabaseInfo.key == DEMO_MARKER_KEY)
                )
                if marker == "1":
                    return "demo"
            for table in Base.metadata.sorted_tables:
                if table.name not in tables or table.name in _REFERENCE_TABLES:
                    continue
                if conn.execute(select(literal(1)).select_from(table).limit(1)).first():
                    return "data"
    except SQLAlchemyError as exc:
        unavailable = as_unavailable(exc)
        if unavailable is not None:  # locked, or a server out of reach: not "not a database"
            raise unavailable from None
        raise DemoRefused(
            f"{describe_url(db.url)} could not be read as a database ({_cause(exc)}); "
            "nothing was changed."
        ) from exc
    return "empty"


def _cause(exc: SQLAlchemyError) -> str:
    # The driver's own message ("file is not a database"), never the SQL or its parameters.
    orig = getattr(exc, "orig", None)
    return str(orig) if orig is not None else type(exc).__name__


def is_demo_database(db: Database) -> bool:
    """Whether the database holds generated demo data (the ``demo`` marker).

    Args:
        db: The database.

    Returns:
        True for a demo database.
    """
    try:
        return database_state(db) == "demo"
    except DemoRefused:
        return False


def _remove_sqlite_files(path: Path, *, keep_database: bool = False) -> None:
    # A stale -wal file beside a new database would be replayed into it, so the pair goes too.
    sidecars = (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
    for candidate in sidecars if keep_database else (path, *sidecars):
        candidate.unlink(missing_ok=True)


def create_demo_database(
    url: str,
    *,
    today: date,
    cases: int = DEFAULT_CASES,
    seed: int = DEFAULT_SEED,
    user: str,
    if_missing: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoSummary | None:
    """Create or recreate the demo database at ``url``.

    An SQLite file is built beside the target and renamed over it when complete, so an
    interrupted build never leaves half a database. A database that holds anything but demo data
    is refused unless it is empty.

    Args:
        url: SQLAlchemy URL of the database.
        today: The date every generated date is relative to.
        cases: Cases in total (see :func:`build_demo`).
        seed: Seed of the random stream.
        user: Owner of most service requests.
        if_missing: Leave an existing demo database alone.
        progress: Called now and then with (cases written, cases in total).

    Returns:
        What was written, or None when ``if_missing`` found a demo database already there.

    Raises:
        DemoRefused: The target holds data that is not demo data, or is not a database.
    """
    path = sqlite_file(url)
    if path is not None and not path.exists():
        state = "missing"
    else:
        probe = Database(url, migrate=False)
        try:
            state = database_state(probe)
        finally:
            probe.dispose()
    if state == "data":
        raise DemoRefused(
            f"{describe_url(url)} holds data that is not demo data; refusing to replace it. "
            "Use --demo for the demo database, or --db with a new or empty database."
        )
    if state == "demo" and if_missing:
        return None
    if path is None:
        db = Database(url)
        try:
            if state == "demo":
                _clear(db)
            return build_demo(db, today=today, cases=cases, seed=seed, user=user, progress=progress)
        finally:
            db.dispose()
    building = path.with_name(path.name + ".building")
    _remove_sqlite_files(building)
    db = Database(sqlite_url(building))
    try:
        summary = build_demo(db, today=today, cases=cases, seed=seed, user=user, progress=progress)
    except BaseException:
        db.dispose()
        _remove_sqlite_files(building)
        raise
    db.dispose()
    _remove_sqlite_files(path, keep_database=True)
    os.replace(building, path)
    return summary


def _clear(db: Database) -> None:
    """Empty every table of a demo database on a server (where the file cannot be replaced)."""
    with db.engine.begin() as conn:
        for table in reversed(Base.metadata.sorted_tables):
            conn.execute(table.delete())
