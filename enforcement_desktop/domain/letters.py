"""Third-party letters of the Decide on enforcement action procedure (seed 000, steps 9-11).

Which letter goes to whom, who may send it, and what a reply may say: pure rules, each returning
the sentence that explains a refusal (None when there is none). The services refuse with it,
the screens show it beside the field.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from enforcement_desktop.domain.enums import LabelledEnum, UserRole
from enforcement_desktop.domain.values import format_date

#: The largest file that may be attached to a service request (issue 10: received documents).
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

#: Where the procedure says who may write to a bank or building society.
_STEP_9 = "Enforcement Action – Consider, step 9"


class LetterCode(LabelledEnum):
    """The letters of step 9, by their form codes."""

    CMEL9251 = "CMEL9251"
    CMEL9236 = "CMEL9236"
    CMEL7183 = "CMEL7183"
    CMEL9253 = "CMEL9253"
    FT9253 = "FT9253"
    CMEL9235 = "CMEL9235"
    VQ615 = "VQ615"
    # The arrears letters of Arrears - Consider Action (seed 001, step 5 and the CMSL5511 FAQ).
    CMSL6031 = "CMSL6031"
    CMSL6038 = "CMSL6038"
    CMSL5511 = "CMSL5511"

    @property
    def label(self) -> str:
        return f"{self.value} {LETTER_TITLES[self]}"


#: Each letter's title as the form names it (seed 000, "Letters").
LETTER_TITLES: dict[LetterCode, str] = {
    LetterCode.CMEL9251: "Information request with investigating officer warning",
    LetterCode.CMEL9236: "Child maintenance arrears - we need some information",
    LetterCode.CMEL7183: "Urgent - we need some information from you",
    LetterCode.CMEL9253: "Urgent - we need some information",
    LetterCode.FT9253: "Urgent - we need some information (fast track)",
    LetterCode.CMEL9235: "Request for a DVLA enquiry (VQ615) to the regional CSA SPOC",
    LetterCode.VQ615: "We need your help to trace someone",
    LetterCode.CMSL6031: "Arrears notice",
    LetterCode.CMSL6038: "Pay immediately or face legal action",
    LetterCode.CMSL5511: "Please contact us about your case",
}


class RecipientKind(LabelledEnum):
    """Who a letter is addressed to. The values are the command line's ``--to`` choices."""

    PAYING_PARENT = "paying"
    RECEIVING_PARENT = "receiving"
    EMPLOYER = "employer"
    THIRD_PARTY = "third-party"
    BANK = "bank"
    COUNCIL = "council"
    DVLA = "dvla"

    @property
    def label(self) -> str:
        return _RECIPIENT_LABELS[self]


_RECIPIENT_LABELS = {
    RecipientKind.PAYING_PARENT: "Paying parent (NRP)",
    RecipientKind.RECEIVING_PARENT: "Receiving parent (PWC)",
    RecipientKind.EMPLOYER: "Employer",
    RecipientKind.THIRD_PARTY: "Other third party",
    RecipientKind.BANK: "Bank or building society",
    RecipientKind.COUNCIL: "Council or local authority",
    RecipientKind.DVLA: "DVLA (through the regional CSA SPOC)",
}

#: Who each letter is written to (seed 000 step 9). CMEL9235 goes to the regional CSA SPOC,
#: who sends VQ615 to the DVLA: both are the DVLA request.
RECIPIENTS: dict[LetterCode, tuple[RecipientKind, ...]] = {
    LetterCode.CMEL9251: (RecipientKind.EMPLOYER, RecipientKind.THIRD_PARTY, RecipientKind.BANK),
    LetterCode.CMEL9236: (RecipientKind.RECEIVING_PARENT,),
    LetterCode.CMEL7183: (RecipientKind.RECEIVING_PARENT,),
    LetterCode.CMEL9253: (RecipientKind.COUNCIL,),
    LetterCode.FT9253: (RecipientKind.COUNCIL,),
    LetterCode.CMEL9235: (RecipientKind.DVLA,),
    LetterCode.VQ615: (RecipientKind.DVLA,),
    LetterCode.CMSL6031: (RecipientKind.PAYING_PARENT,),
    LetterCode.CMSL6038: (RecipientKind.PAYING_PARENT,),
    LetterCode.CMSL5511: (RecipientKind.RECEIVING_PARENT,),
}


class Cmel9251Variant(LabelledEnum):
    """The two paragraphs of CMEL9251 one of which the case manager must choose."""

    #: Paragraph TM_01662_E.
    FAILED_TO_SUPPLY = "failed_to_supply"
    #: Paragraph TM_01663_E.
    UNABLE_TO_TRACE = "unable_to_trace"

    @property
    def label(self) -> str:
        return {
            Cmel9251Variant.FAILED_TO_SUPPLY: "Approached for this information but failed to "
            "supply it",
            Cmel9251Variant.UNABLE_TO_TRACE: "Unable to trace: we need to establish an address",
        }[self]


def recipient_problem(code: LetterCode, kind: RecipientKind) -> str | None:
    """Why ``code`` cannot go to ``kind`` (None when it can)."""
    allowed = RECIPIENTS[code]
    if kind in allowed:
        return None
    names = [k.label.lower() if k is not RecipientKind.DVLA else "the DVLA" for k in allowed]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
    return f"{code.value} is not sent to the {kind.label.lower()}: it goes to {listed}"


def bank_letter_refusal(kind: RecipientKind, roles: Iterable[UserRole]) -> str | None:
    """Why the user may not write to a bank or building society (None when they may).

    Only the Deduction Order Team and the Financial Investigations Unit are authorised to ask a
    deposit taker for information (seed 000 step 9).
    """
    if kind is not RecipientKind.BANK:
        return None
    held = set(roles)
    if UserRole.DEDUCTION_ORDER_TEAM in held or UserRole.FINANCIAL_INVESTIGATIONS_UNIT in held:
        return None
    return (
        "Only the Deduction Order Team or the Financial Investigations Unit may ask a bank or "
        f"building society for information ({_STEP_9}); your user record has neither role"
    )


def reply_date_problem(sent_on: date, received_on: date, today: date) -> str | None:
    """Why a reply cannot have been received on ``received_on`` (None when it can)."""
    if received_on < sent_on:
        return f"The reply cannot come before the letter was sent ({format_date(sent_on)})"
    if received_on > today:
        return "A reply received in the future cannot be recorded"
    return None


def reply_due_problem(sent_on: date, reply_due: date | None) -> str | None:
    """Why a reply cannot be due on ``reply_due`` (None when it can, or none is set)."""
    if reply_due is not None and reply_due <= sent_on:
        return f"The reply must be due after the letter is sent ({format_date(sent_on)})"
    return None


def attachment_size_problem(size: int) -> str | None:
    """Why a file of ``size`` bytes cannot be attached (None when it can)."""
    if size <= MAX_ATTACHMENT_BYTES:
        return None
    return f"The file is {size / (1024 * 1024):,.1f} MB; the limit is 50 MB"


class CouncilItem(LabelledEnum):
    """What CMEL9253 / FT9253 may ask a council for: the case manager ticks what is needed."""

    CURRENT_ADDRESS = "current_address"
    PREVIOUS_ADDRESSES = "previous_addresses"
    COUNCIL_TAX = "council_tax"
    BENEFIT_CLAIM = "benefit_claim"
    TENANCY = "tenancy"
    CONTACT_DETAILS = "contact_details"

    @property
    def label(self) -> str:
        return _COUNCIL_ITEMS[self]


_COUNCIL_ITEMS = {
    CouncilItem.CURRENT_ADDRESS: "Their current address, and the date they moved there",
    CouncilItem.PREVIOUS_ADDRESSES: "Any previous addresses you hold, with dates",
    CouncilItem.COUNCIL_TAX: "Whether they are liable for council tax (or rates), at which "
    "address and from when",
    CouncilItem.BENEFIT_CLAIM: "Details of their employer or income given in any claim for "
    "council tax reduction or housing benefit",
    CouncilItem.TENANCY: "Whether they rent from the council, or own the property they live in",
    CouncilItem.CONTACT_DETAILS: "Any phone number or email address you hold for them",
}
