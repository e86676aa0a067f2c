"""Enumerations of the enforcement domain.

Values are stable identifiers stored in the database and in case files; labels are what the
interface shows (new terminology, with the legacy term in brackets where a form is named so).
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a human label."""

    @property
    def label(self) -> str:
        return _LABELS.get(
            (type(self).__name__, self.value), self.value.replace("_", " ").capitalize()
        )

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class ContactRole(LabelledEnum):
    PAYING_PARENT = "paying_parent"
    RECEIVING_PARENT = "receiving_parent"
    THIRD_PARTY = "third_party"
    EMPLOYER = "employer"


class UserRole(LabelledEnum):
    """What a user may do beyond casework (issue 11: users and roles)."""

    CASE_MANAGER = "case_manager"
    TEAM_LEADER = "team_leader"
    DEDUCTION_ORDER_TEAM = "deduction_order_team"
    FINANCIAL_INVESTIGATIONS_UNIT = "financial_investigations_unit"
    SPECIAL_CLIENT_RECORDS = "special_client_records"


class Jurisdiction(LabelledEnum):
    ENGLAND = "england"
    WALES = "wales"
    SCOTLAND = "scotland"
    NORTHERN_IRELAND = "northern_ireland"


class EmploymentStatus(LabelledEnum):
    EMPLOYED = "employed"
    SELF_EMPLOYED = "self_employed"
    UNEMPLOYED = "unemployed"
    SOLE_TRADER = "sole_trader"
    PARTNER = "partner"
    DIRECTOR = "director"
    MULTIPLE_DIRECTOR = "multiple_director"
    ZERO_HOURS = "zero_hours"
    NO_EMPLOYMENT_DETAILS = "no_employment_details"

    @property
    def has_employer(self) -> bool:
        """Whether this status has an employer to serve a DEO/DER on.

        Seed 001: "when a paying parent is employed"; a director is employed by their company.
        """
        return self in _HAS_EMPLOYER


_HAS_EMPLOYER = frozenset(
    {
        EmploymentStatus.EMPLOYED,
        EmploymentStatus.ZERO_HOURS,
        EmploymentStatus.DIRECTOR,
        EmploymentStatus.MULTIPLE_DIRECTOR,
    }
)


class AddressType(LabelledEnum):
    RESIDENTIAL = "residential"
    CORRESPONDENCE = "correspondence"
    PREVIOUS = "previous"


class AddressMarker(LabelledEnum):
    """A correspondence address may be marked dead letter office or no fixed abode."""

    NONE = "none"
    DLO = "dlo"
    NFA = "nfa"


class Scheme(LabelledEnum):
    CMS_2012 = "cms_2012"
    CSA = "csa"


class OwningTeam(LabelledEnum):
    MAINTENANCE = "maintenance"
    ENFORCEMENT = "enforcement"


class DeoDesire(LabelledEnum):
    NONE = "none"
    MANDATORY = "mandatory"
    SELF_SELECTED = "self_selected"


class AssetType(LabelledEnum):
    PROPERTY = "property"
    VEHICLE = "vehicle"
    BANK_ACCOUNT = "bank_account"
    SHARES = "shares"
    OTHER = "other"

    @property
    def has_account_type(self) -> bool:
        """Whether an asset of this type records an account type (personal, joint, business).

        Only a bank or building society account has one (seed 000 step 14, business accounts).
        """
        return self is AssetType.BANK_ACCOUNT


class AccountType(LabelledEnum):
    PERSONAL = "personal"
    JOINT = "joint"
    BUSINESS = "business"


class InformationSource(LabelledEnum):
    CIS = "cis"
    CREDIT_REFERENCE_AGENCY = "credit_reference_agency"
    COMPANIES_HOUSE = "companies_house"
    LAND_REGISTRY = "land_registry"
    DVLA = "dvla"
    HMRC = "hmrc"
    INSOLVENCY_REGISTER = "insolvency_register"
    THIRD_PARTY = "third_party"
    RECEIVING_PARENT = "receiving_parent"


class SourceResult(LabelledEnum):
    """What a check of an information source found (Enforcement Action - Consider, step 7).

    A nil result is an entry too: the log shows the search was made.
    """

    FOUND = "found"
    NOTHING_FOUND = "nothing_found"
    NOT_APPLICABLE = "not_applicable"


class AssetFinding(LabelledEnum):
    """Whether gathered information was used; disregarded details are removed (seed 000 step 12)."""

    UNASSESSED = "unassessed"
    RELEVANT = "relevant"
    DISREGARDED = "disregarded"


class OrderType(LabelledEnum):
    LIABILITY_ORDER = "liability_order"
    LO_COUNTY_COURT = "lo_county_court"
    LO_RJOF = "lo_rjof"
    CHARGING_ORDER = "charging_order"
    ORDER_FOR_SALE = "order_for_sale"
    THIRD_PARTY_DEBT_ORDER = "third_party_debt_order"
    FREEZING_ORDER = "freezing_order"
    SET_ASIDE_DISPOSITION_ORDER = "set_aside_disposition_order"
    LSDO = "lsdo"
    RDO = "rdo"
    DEO = "deo"
    DER = "der"
    DRIVING_DISQUALIFICATION = "driving_disqualification"
    COMMITMENT = "commitment"
    SANCTIONS_ORDER = "sanctions_order"


class OrderStatus(LabelledEnum):
    APPLIED = "applied"
    GRANTED = "granted"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    DISCHARGED = "discharged"
    SATISFIED = "satisfied"
    #: Legacy (CSA) orders, Check CSA: a suspended commitment or suspension of the driving
    #: licence, and a sisted case (enforcement paused by the court).
    SUSPENDED = "suspended"
    SISTED = "sisted"


class OrderOrigin(LabelledEnum):
    CMS = "cms"
    CSA = "csa"


class CourtKind(LabelledEnum):
    MAGISTRATES = "magistrates"
    COUNTY = "county"
    HIGH_COURT = "high_court"
    RJOF = "rjof"


class AppealStatus(LabelledEnum):
    OPEN = "open"
    DECIDED = "decided"
    WITHDRAWN = "withdrawn"


class SrStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAIT = "wait"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class SrSubStatus(StrEnum):
    """The sub statuses the procedures set on a service request, spelt as the seeds spell them.

    The value is what is stored and shown; which workflow and status each goes with is in
    :data:`enforcement_desktop.domain.workflows.SUB_STATUSES`.
    """

    #: Arrears - Consider Action, step 5: seven days after CMSL6031/CMSL6038.
    WAIT_STATE_ARREARS_NOTICE = "Wait State Arrears Notice"
    #: Arrears - Consider Action, Initiate DEO arrears action, step 3.
    GATHER_ADDITIONAL_INFO = "Gather Additional Info"
    #: Arrears - Consider Action, Initiate DEO arrears action, step 5.
    INITIATE_ARREARS_ACTION = "Initiate Arrears Action"
    #: Arrears - Consider Action, Initiate LO arrears action, step 5.
    AWAITING_LO_AUTHORISATION = "Awaiting LO authorisation"
    #: Bailiff, step 18: the bailiff has the referral for 90 days.
    AWAITING_BAILIFF = "Awaiting update from bailiff"
    #: Bailiff, steps 13 and 21: a hold of at most 28 days.
    ON_HOLD = "On hold"
    #: Every procedure's last step: "Status = Closed, Sub Status = Completed".
    COMPLETED = "Completed"

    @property
    def label(self) -> str:
        return self.value


class Workflow(LabelledEnum):
    """The service request types the tool knows, one per procedure in the seeds."""

    ARREARS_REVIEW = "arrears_review"
    CHECK_CSA = "check_csa"
    #: Check CSA, step 6: the child SR to enter a legacy LO on the system.
    SET_UP_LEGACY_LO = "set_up_legacy_lo"
    DECIDE_ENFORCEMENT = "decide_enforcement"
    BAILIFF = "bailiff"
    REVIEW_LO = "review_lo"
    #: Made when a team leader authorises a Review LO (Arrears - Consider Action, step L7).
    RECOMMEND_LO = "recommend_lo"
    #: The case-routing SR for the enforcement team (Arrears - Consider Action, step L8).
    REVIEW_CASE = "review_case"
    #: The final chance to negotiate, raised from an Arrears Review (Arrears - Consider Action,
    #: Initiate Disclosure arrears action, steps 7-9; Initiate LO arrears action, step 1).
    ACTION_MISSED_PAYMENT = "action_missed_payment"
    #: Disclosure for a deduction order, raised from an Action Missed Payment SR for the
    #: Deduction Order Team (Initiate Disclosure arrears action, "Disclosure Initiated").
    DISCLOSURE = "disclosure"
    #: The child SR raised on the subject of a criminal referral (Enforcement Action - Consider,
    #: step 4).
    CRIMINAL_ACTION = "criminal_action"
    #: The SR a civil power chosen on a Decide SR opens (step 17), other than bailiff action.
    ENFORCEMENT_ACTION = "enforcement_action"


class LegacyActionKind(LabelledEnum):
    """Enforcement started on the CSA systems against a legacy LO (Check CSA, step 6)."""

    BAILIFF = "bailiff"
    EJO = "ejo"
    DCA = "dca"


class StepOutcome(LabelledEnum):
    PENDING = "pending"
    DONE = "done"
    NOT_REQUIRED = "not_required"
    NOT_APPLICABLE = "not_applicable"
    YES = "yes"
    NO = "no"
    CONTINUE = "continue"
    EXIT = "exit"
    SUCCESSFUL = "successful"
    NOT_SUCCESSFUL = "not_successful"
    NRP_NOT_LOCATED = "nrp_not_located"
    APPLIED = "applied"
    NOT_APPLIED = "not_applied"
    NO_ENFORCEMENT_ACTION_RECORDED = "no_enforcement_action_recorded"
    REVIEW_LO_INITIATED = "review_lo_initiated"
    APPROVED = "approved"
    REJECTED = "rejected"


class BailiffOutcome(LabelledEnum):
    SUCCESSFUL = "successful"
    NOT_SUCCESSFUL = "not_successful"
    NRP_NOT_LOCATED = "nrp_not_located"


class BailiffOutcomeType(LabelledEnum):
    PAID_IN_FULL = "paid_in_full"
    ARREARS_AGREEMENT = "arrears_agreement"
    RETURNED_BY_BAILIFF = "returned_by_bailiff"
    RECALLED_BY_CMEC = "recalled_by_cmec"


class CriminalOffence(LabelledEnum):
    FAILURE_TO_NOTIFY = "failure_to_notify"
    FAILURE_TO_COMPLY_WITH_REQUEST = "failure_to_comply_with_request"
    EMPLOYMENT_CHANGE_FAILURE = "employment_change_failure"
    PROVISION_OF_FALSE_INFORMATION = "provision_of_false_information"
    FAILURE_TO_COMPLY_WITH_DEO = "failure_to_comply_with_deo"


class DocumentType(LabelledEnum):
    CMEL8010 = "cmel8010"
    CMSF5571 = "cmsf5571"
    CMEL8011 = "cmel8011"
    CMEL8039 = "cmel8039"
    BAILIFF_PACK = "bailiff_pack"
    OTHER = "other"
    # Third-party letters (Enforcement Action - Consider, step 9) and what comes back (step 11).
    CMEL9251 = "cmel9251"
    CMEL9236 = "cmel9236"
    CMEL7183 = "cmel7183"
    CMEL9253 = "cmel9253"
    FT9253 = "ft9253"
    CMEL9235 = "cmel9235"
    VQ615 = "vq615"
    RECEIVED = "received"
    # Arrears letters (Arrears - Consider Action, step 5).
    CMSL6031 = "cmsl6031"
    CMSL6038 = "cmsl6038"
    CMSL5511 = "cmsl5511"


class Power(LabelledEnum):
    """Enforcement powers of seed 000 steps 14 and 16, with the identifiers the CLI prints."""

    LIABILITY_ORDER = "liability_order"
    LSDO = "lsdo"
    RDO = "rdo"
    DEO = "deo"
    FREEZING_ORDER = "freezing_order"
    SET_ASIDE_DISPOSITION_ORDER = "set_aside_disposition_order"
    REGISTER_LO_COUNTY_COURT = "register_lo_county_court"
    CHARGING_ORDER = "charging_order"
    ORDER_FOR_SALE = "order_for_sale"
    THIRD_PARTY_DEBT_ORDER = "third_party_debt_order"
    BAILIFF = "bailiff"
    RJOF = "rjof"
    DRIVING_DISQUALIFICATION = "driving_disqualification"
    COMMITMENT = "commitment"


# Keyed by (enum class, value): members of different enums with equal values compare equal
# as strings, so keying by the member alone would let one label overwrite another.
_LABEL_PAIRS: list[tuple[StrEnum, str]] = [
    (ContactRole.PAYING_PARENT, "Paying parent (NRP)"),
    (ContactRole.RECEIVING_PARENT, "Receiving parent (PWC)"),
    (Jurisdiction.NORTHERN_IRELAND, "Northern Ireland"),
    (EmploymentStatus.SELF_EMPLOYED, "Self-employed"),
    (EmploymentStatus.ZERO_HOURS, "Zero-hours contract"),
    (EmploymentStatus.NO_EMPLOYMENT_DETAILS, "No employment details"),
    (EmploymentStatus.MULTIPLE_DIRECTOR, "Multiple director"),
    (AddressMarker.NONE, "None"),
    (AddressMarker.DLO, "DLO (dead letter office)"),
    (AddressMarker.NFA, "NFA (no fixed abode)"),
    (Scheme.CMS_2012, "CMS 2012"),
    (Scheme.CSA, "Legacy CSA"),
    (DeoDesire.NONE, "Not set"),
    (AssetType.BANK_ACCOUNT, "Bank or building society account"),
    (InformationSource.CIS, "CIS"),
    (InformationSource.CREDIT_REFERENCE_AGENCY, "Credit reference agency"),
    (InformationSource.DVLA, "DVLA"),
    (InformationSource.HMRC, "HMRC"),
    (OrderType.LIABILITY_ORDER, "Liability order"),
    (OrderType.LO_COUNTY_COURT, "LO registered at county court"),
    (OrderType.LO_RJOF, "LO registered with RJOF"),
    (OrderType.LSDO, "Lump sum deduction order (LSDO)"),
    (OrderType.RDO, "Regular deduction order (RDO)"),
    (OrderType.DEO, "Deduction from earnings order (DEO)"),
    (OrderType.DER, "Deduction from earnings request (DER)"),
    (OrderType.DRIVING_DISQUALIFICATION, "Disqualification from driving"),
    (OrderType.COMMITMENT, "Commitment to prison"),
    (OrderOrigin.CMS, "CMS"),
    (OrderOrigin.CSA, "CSA"),
    (CourtKind.RJOF, "Register of Judgments, Orders and Fines"),
    (SrStatus.IN_PROGRESS, "In Progress"),
    (Workflow.ARREARS_REVIEW, "Arrears review"),
    (Workflow.CHECK_CSA, "Check CSA (legacy case data)"),
    (Workflow.SET_UP_LEGACY_LO, "Set Up Legacy LO"),
    (LegacyActionKind.BAILIFF, "Bailiff"),
    (LegacyActionKind.EJO, "Enforcement of judgments office (EJO)"),
    (LegacyActionKind.DCA, "Debt collecting agency (DCA)"),
    (Workflow.DECIDE_ENFORCEMENT, "Decide on enforcement action"),
    (Workflow.BAILIFF, "Bailiff"),
    (Workflow.REVIEW_LO, "Review LO (team leader authorisation)"),
    (Workflow.RECOMMEND_LO, "Recommend LO"),
    (Workflow.REVIEW_CASE, "Review Case and Decide Next Action"),
    (Workflow.ACTION_MISSED_PAYMENT, "Action Missed Payment"),
    (Workflow.DISCLOSURE, "Disclosure for deduction order (Deduction Order Team)"),
    (Workflow.CRIMINAL_ACTION, "Criminal action"),
    (Workflow.ENFORCEMENT_ACTION, "Enforcement power"),
    (SourceResult.NOT_APPLICABLE, "Not applicable"),
    (StepOutcome.NOT_REQUIRED, "Not Required"),
    (StepOutcome.NOT_APPLICABLE, "Not Applicable"),
    (StepOutcome.NOT_SUCCESSFUL, "Not successful"),
    (StepOutcome.NRP_NOT_LOCATED, "NRP not located"),
    (StepOutcome.NOT_APPLIED, "Not applied"),
    (StepOutcome.NO_ENFORCEMENT_ACTION_RECORDED, "No Enforcement Action Recorded"),
    (StepOutcome.REVIEW_LO_INITIATED, "Review LO Initiated"),
    (BailiffOutcome.NOT_SUCCESSFUL, "Not successful"),
    (BailiffOutcome.NRP_NOT_LOCATED, "NRP not located"),
    (BailiffOutcomeType.RECALLED_BY_CMEC, "Recalled by CMEC"),
    (DocumentType.CMEL8010, "CMEL8010 Referral to bailiff"),
    (DocumentType.CMSF5571, "CMSF5571 DVS photo request"),
    (DocumentType.CMEL8011, "CMEL8011 Bailiff action (receiving parent)"),
    (DocumentType.CMEL8039, "CMEL8039 Bailiff outcome (receiving parent)"),
    (DocumentType.BAILIFF_PACK, "Bailiff pack (zip)"),
    (DocumentType.CMEL9251, "CMEL9251 Information request (third party)"),
    (DocumentType.CMEL9236, "CMEL9236 Questionnaire (receiving parent)"),
    (DocumentType.CMEL7183, "CMEL7183 Information request (receiving parent)"),
    (DocumentType.CMEL9253, "CMEL9253 Information request (council)"),
    (DocumentType.FT9253, "FT9253 Information request (council)"),
    (DocumentType.CMEL9235, "CMEL9235 DVLA enquiry (CSA SPOC)"),
    (DocumentType.VQ615, "VQ615 Trace request (DVLA)"),
    (DocumentType.RECEIVED, "Received document"),
    (Power.LIABILITY_ORDER, "Liability order (magistrates' court)"),
    (Power.LSDO, "Lump sum deduction order (LSDO)"),
    (Power.RDO, "Regular deduction order (RDO)"),
    (Power.DEO, "Deduction from earnings order/request (DEO/DER)"),
    (Power.REGISTER_LO_COUNTY_COURT, "Register LO at county court"),
    (Power.RJOF, "Register LO with RJOF"),
    (Power.BAILIFF, "Bailiff action"),
    (Power.DRIVING_DISQUALIFICATION, "Disqualification from driving"),
    (Power.COMMITMENT, "Commitment to prison"),
    (UserRole.DEDUCTION_ORDER_TEAM, "Deduction Order Team (DOT)"),
    (UserRole.FINANCIAL_INVESTIGATIONS_UNIT, "Financial Investigations Unit (FIU)"),
    (UserRole.SPECIAL_CLIENT_RECORDS, "Special Client Records"),
]
_LABELS: dict[tuple[str, str], str] = {(type(k).__name__, k.value): v for k, v in _LABEL_PAIRS}
