"""The third-party letters of Enforcement Action – Consider, step 9, as Word documents.

Word rather than PDF: the case manager may edit a letter or tick its boxes before printing it
(CMEL9253 is printed locally and ticked by hand). Each letter is built from a plain frozen data
object, on a template from ``letters/`` (``letters/make_templates.py``); the same data always gives
the same bytes, and the file's properties name the letter, the case manager and the letter's date.

What a letter may disclose is decided by which fields its data object has: the letters to the
receiving parent (:class:`ReceivingParentQuestionnaire`, :class:`ReceivingParentRequest`) have no
field for anything learnt from a third party, nor for the paying parent's address, employer or
assets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from docx.document import Document as DocxDocument

from enforcement_desktop.documents.data import CmsContact, PostalAddress, clean_text, known
from enforcement_desktop.documents.letters import long_date
from enforcement_desktop.documents.templates import (
    Field,
    FormWriter,
    paragraph,
    set_header_reference,
    set_properties,
)
from enforcement_desktop.domain.letters import (
    LETTER_TITLES,
    Cmel9251Variant,
    CouncilItem,
    LetterCode,
)
from enforcement_desktop.domain.values import format_date, format_money

#: The law the letters to third parties cite (Child Support Act 1991, s.14 and s.14A; the
#: Child Support (Information) Regulations 2008).
INFORMATION_LAW = (
    "section 14 of the Child Support Act 1991 and the Child Support (Information) Regulations 2008"
)
_BLANK = "\u2610"  # ballot box
_TICKED = "\u2612"  # ballot box with X


def template_name(code: LetterCode) -> str:
    """The template file of a letter: ``CMEL9251_template.docx``."""
    return f"{code.value}_template.docx"


@dataclass(frozen=True)
class LetterHead:
    """What every letter starts with: who it goes to, the date, the reference and who writes.

    ``reference`` is the one the reader quotes: the paying parent's SCIN in a letter to a third
    party, the receiving parent's own SCIN in a letter to them.
    """

    letter_date: date
    reference: str
    recipient_name: str
    recipient_address: PostalAddress
    case_manager: CmsContact


@dataclass(frozen=True)
class InformationRequest:
    """CMEL9251: information request with the investigating officer warning, to an employer,
    a bank or another third party.

    ``variant`` is paragraph TM_01662_E (approached but failed to supply) or TM_01663_E (unable
    to trace). ``nino``, ``address`` and ``date_of_birth`` are the optional paragraphs
    TM_10661_E, TM_10659_E and TM_10660_E: None leaves the paragraph out.
    """

    head: LetterHead
    person_name: str
    information_about: str
    variant: Cmel9251Variant
    reply_by: date
    nino: str | None = None
    address: PostalAddress | None = None
    date_of_birth: date | None = None


@dataclass(frozen=True)
class ReceivingParentQuestionnaire:
    """CMEL9236: the receiving parent's questionnaire; every field comes from the system.

    The paying parent is named (the receiving parent knows who they are); nothing else about
    them, and nothing a third party told us, has a field here.
    """

    head: LetterHead
    paying_parent_name: str
    arrears_balance: Decimal
    reply_by: date


@dataclass(frozen=True)
class ReceivingParentRequest:
    """CMEL7183: to a receiving parent subject to a criminal referral, with an investigating
    officer visit. The three free-text inputs are the procedure's (TM_25340_E, TM_25341_E)."""

    head: LetterHead
    information_needed: str
    reason: str
    return_by: date


@dataclass(frozen=True)
class CouncilRequest:
    """CMEL9253 (or its fast-track FT9253) to a council or rates collection agency.

    ``needed`` are the boxes ticked; the others print empty, for the case manager to tick
    by hand if need be.
    """

    code: LetterCode
    head: LetterHead
    person_name: str
    needed: frozenset[CouncilItem]
    reply_by: date
    nino: str | None = None
    address: PostalAddress | None = None
    date_of_birth: date | None = None

    def __post_init__(self) -> None:
        if self.code not in (LetterCode.CMEL9253, LetterCode.FT9253):
            raise ValueError(f"a council request is CMEL9253 or FT9253, not {self.code}")
        object.__setattr__(self, "needed", frozenset(self.needed))


# --- shared pieces ---------------------------------------------------------------------------


def _text(value: object) -> str:
    return clean_text(value).strip()


def _body(form: FormWriter, text: str, style: str = "LetterBody") -> None:
    form.add(paragraph(text, style))


def _two_columns(form: FormWriter, left: Sequence[str], right: Sequence[str]) -> None:
    """A borderless table: the recipient's address on the left, the sender's details right."""
    left_w = int(form.width * 0.55)
    right_w = form.width - left_w

    def cell(width: int, lines: Sequence[str]) -> str:
        content = "".join(lines) or "<w:p/>"
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{content}</w:tc>'

    nil = "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    form.add(
        "<w:tbl><w:tblPr>"
        f'<w:tblW w:w="{form.width}" w:type="dxa"/><w:tblBorders>{nil}</w:tblBorders>'
        '<w:tblLayout w:type="fixed"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="{left_w}"/><w:gridCol w:w="{right_w}"/></w:tblGrid>'
        f"<w:tr>{cell(left_w, left)}{cell(right_w, right)}</w:tr></w:tbl>"
    )


def _letter_top(form: FormWriter, head: LetterHead) -> None:
    recipient = [head.recipient_name, *head.recipient_address.as_lines()]
    left = [paragraph(line, "LetterAddress") for line in recipient if _text(line)]
    manager = head.case_manager
    right = [paragraph("Child Maintenance Service", "LetterAddress", bold=True)]
    right += [paragraph(line, "LetterAddress") for line in manager.office_lines()]
    if _text(manager.phone):
        right.append(paragraph(f"Phone: {_text(manager.phone)}", "LetterAddress"))
    right += [
        paragraph("", "LetterAddress"),
        paragraph(f"Date: {long_date(head.letter_date)}", "LetterAddress"),
        paragraph(f"Our reference: {_text(head.reference)}", "LetterAddress"),
    ]
    _two_columns(form, left, right)


def _greeting(form: FormWriter, head: LetterHead, heading: str) -> None:
    form.add(paragraph(heading, "LetterHeading"))
    name = _text(head.recipient_name)
    personal = name and not _organisation(name)
    _body(form, f"Dear {name if personal else 'Sir or Madam'},")


def _organisation(name: str) -> bool:
    """Whether a recipient is an organisation (a letter to one opens "Dear Sir or Madam")."""
    words = {"ltd", "limited", "plc", "llp", "council", "bank", "society", "borough", "agency"}
    return any(w.strip(".,").casefold() in words for w in name.split())


def _sign_off(form: FormWriter, head: LetterHead) -> None:
    manager = head.case_manager
    phone = _text(manager.phone)
    reference = _text(head.reference)
    form.add(paragraph("How to contact us", "LetterSubheading"))
    if phone:
        ask = f"If you have any questions, please call us on {phone} and quote {reference}."
        if _text(manager.opening_hours):
            ask += f" Our phone lines are open {_text(manager.opening_hours)}."
    else:
        ask = f"If you have any questions, please contact us and quote {reference}."
    _body(form, ask)
    office = manager.office_lines()
    if office:
        _body(
            form,
            "Please send your reply to: " + ", ".join(["Child Maintenance Service", *office]) + ".",
        )
    _body(form, "Yours faithfully," if not _personal(head) else "Yours sincerely,")
    form.add(paragraph("", "LetterBody"))
    form.add(paragraph(_text(manager.name), "LetterAddress", bold=True))
    role = "Enforcement case manager" + (f", {_text(manager.team)}" if _text(manager.team) else "")
    form.add(paragraph(role, "LetterAddress"))
    form.add(paragraph("Child Maintenance Service", "LetterAddress"))


def _personal(head: LetterHead) -> bool:
    name = _text(head.recipient_name)
    return bool(name) and not _organisation(name)


def _identity(
    form: FormWriter,
    name: str,
    nino: str | None,
    address: PostalAddress | None,
    born: date | None,
) -> None:
    """The details that help the reader find the right person (the optional paragraphs)."""
    details = [Field("Name", known(name))]
    if nino is not None:
        details.append(Field("National Insurance number", known(nino)))  # TM_10661_E
    if born is not None:
        details.append(Field("Date of birth", format_date(born)))  # TM_10660_E
    if address is not None:
        details.append(Field("Last known address", address.as_lines() or known("")))  # TM_10659_E
    form.fields(details, columns=2)
    form.spacer()


def _finish(document: DocxDocument, form: FormWriter, code: LetterCode, head: LetterHead) -> None:
    form.finish()
    set_header_reference(document, f"Our reference {_text(head.reference)}")
    set_properties(
        document,
        title=f"{code.value} {LETTER_TITLES[code]}",
        author=head.case_manager.name,
        on=head.letter_date,
    )


# --- CMEL9251 --------------------------------------------------------------------------------

_CMEL9251_VARIANT = {
    # TM_01662_E
    Cmel9251Variant.FAILED_TO_SUPPLY: "We have asked {name} for this information, but they "
    "have not given it to us. We are therefore asking you for it.",
    # TM_01663_E
    Cmel9251Variant.UNABLE_TO_TRACE: "We have been unable to trace {name} and we need to "
    "establish their address. We believe you may be able to help us.",
}


def fill_cmel9251(document: DocxDocument, letter: InformationRequest) -> None:
    """Write the body of CMEL9251 for ``letter`` into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    name = _text(letter.person_name) or "the person named below"
    _letter_top(form, head)
    _greeting(form, head, "Information request")
    _body(
        form,
        "We are the Child Maintenance Service. We arrange and collect child maintenance, and we "
        "take action when a parent does not pay what they owe.",
    )
    form.add(paragraph("We need some information", "LetterSubheading"))
    about = _text(letter.information_about) or "their circumstances"
    _body(form, f"We need information about {name}. The information relates to {about}.")
    _body(form, _CMEL9251_VARIANT[letter.variant].format(name=name))
    _body(form, "To help you identify the right person, these are the details we hold:")
    _identity(form, letter.person_name, letter.nino, letter.address, letter.date_of_birth)
    form.add(paragraph("What you need to do", "LetterSubheading"))
    _body(
        form,
        f"Please send us the information by {long_date(letter.reply_by)}. Write our reference "
        f"{_text(head.reference)} on your reply.",
    )
    form.add(paragraph("You must give us this information", "LetterSubheading"))
    _body(
        form,
        f"The law requires you to give us this information, under {INFORMATION_LAW}. If you do "
        "not give it to us without a reasonable excuse, or you knowingly give us information "
        "that is false, you may be committing an offence under section 14A of the Child "
        "Support Act 1991 and could be fined.",
    )
    _body(
        form,
        "If we do not receive the information, we may ask one of our investigating officers, an "
        "inspector appointed under section 15 of the Child Support Act 1991, to visit you to "
        "obtain it.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMEL9251, head)


# --- CMEL9236 --------------------------------------------------------------------------------

_CMEL9236_QUESTIONS = (
    "Do you know where the paying parent lives now? If so, please give the address.",
    "Do you know who the paying parent works for, or whether they work for themselves? "
    "Please give the name and address of the business.",
    "Does the paying parent own or share any property, land or a business?",
    "Does the paying parent own a vehicle? Please give the make, model, colour and "
    "registration number if you know them.",
    "Do you know of any bank or building society accounts, savings or investments the "
    "paying parent holds?",
    "Is there anything else you know that could help us collect the arrears?",
)


def fill_cmel9236(document: DocxDocument, letter: ReceivingParentQuestionnaire) -> None:
    """Write the body of CMEL9236 for ``letter`` into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    payer = _text(letter.paying_parent_name) or "the paying parent"
    _letter_top(form, head)
    _greeting(form, head, "Child maintenance arrears – we need some information")
    _body(
        form,
        f"{payer} owes {format_money(letter.arrears_balance)} in child maintenance arrears for "
        "your child or children. We are looking at what action we can take to collect this "
        "money, and you may be able to help us.",
    )
    _body(
        form,
        "Please answer as many of the questions below as you can. If you do not know an answer, "
        "leave it blank. Anything you tell us will only be used to collect the child "
        "maintenance that is owed.",
    )
    form.heading("Your answers")
    for number, question in enumerate(_CMEL9236_QUESTIONS, start=1):
        # The question kept with its answer box; the box has room for a few lines.
        form.add(paragraph(f"{number}. {question}", "LetterSubheading"))
        form.box(paragraph("", "LetterBody") * 3)
    form.add(paragraph("What you need to do", "LetterSubheading"))
    _body(
        form,
        f"Please return your answers to us by {long_date(letter.reply_by)}, quoting your "
        f"reference {_text(head.reference)}.",
    )
    _body(
        form,
        "To protect everyone's personal information, we cannot tell you about the paying "
        "parent's circumstances or about our enquiries.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMEL9236, head)


# --- CMEL7183 --------------------------------------------------------------------------------


def fill_cmel7183(document: DocxDocument, letter: ReceivingParentRequest) -> None:
    """Write the body of CMEL7183 for ``letter`` into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    _letter_top(form, head)
    _greeting(form, head, "Urgent – we need some information from you")
    form.add(paragraph("The information we need is", "LetterSubheading"))
    form.box(paragraph(_text(letter.information_needed) or "Not given", "LetterBody"))  # TM_25340_E
    form.add(paragraph("What you need to do", "LetterSubheading"))
    # TM_25341_E: the reason and the date to return it by.
    _body(
        form,
        f"We need this information because {_text(letter.reason) or 'of an ongoing enquiry'}. "
        f"Please send it to us by {long_date(letter.return_by)}, quoting your reference "
        f"{_text(head.reference)}.",
    )
    _body(
        form,
        "One of our investigating officers may contact you or visit you to collect the "
        "information and to talk to you about it. They will always show you their "
        "identification.",
    )
    _body(
        form,
        "If you do not give us this information, or you knowingly give us information that is "
        "false, you may be committing an offence under section 14A of the Child Support Act "
        "1991.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMEL7183, head)


# --- CMEL9253 / FT9253 -----------------------------------------------------------------------


def fill_cmel9253(document: DocxDocument, letter: CouncilRequest) -> None:
    """Write the body of CMEL9253 or FT9253 for ``letter`` into ``document``."""
    form = FormWriter(document)
    head = letter.head
    name = _text(letter.person_name) or "the person named below"
    _letter_top(form, head)
    _greeting(form, head, "Urgent – we need some information")
    _body(
        form,
        f"We are the Child Maintenance Service. We are trying to collect child maintenance that "
        f"{name} owes, and we believe you hold information that will help us. These are the "
        "details we hold:",
    )
    _identity(form, letter.person_name, letter.nino, letter.address, letter.date_of_birth)
    form.add(paragraph("The information we need (ticked)", "LetterSubheading"))
    for item in CouncilItem:
        box = _TICKED if item in letter.needed else _BLANK
        form.add(paragraph(f"{box}\t{item.label}", "TickBox"))
    form.add(paragraph("What you need to do", "LetterSubheading"))
    _body(
        form,
        f"Please send us the information ticked above by {long_date(letter.reply_by)}, quoting "
        f"our reference {_text(head.reference)}. The law requires you to give it to us, under "
        f"{INFORMATION_LAW}.",
    )
    _sign_off(form, head)
    _finish(document, form, letter.code, head)


# --- building and writing --------------------------------------------------------------------

AnyLetter = (
    InformationRequest | ReceivingParentQuestionnaire | ReceivingParentRequest | CouncilRequest
)

#: Each letter's data object, its filler and its form code (None: the object says, as a
#: council request does: CMEL9253 or FT9253). ``documents.letter_forms`` builds them.
FILLERS: dict[type[Any], tuple[Callable[[DocxDocument, Any], None], LetterCode | None]] = {
    InformationRequest: (fill_cmel9251, LetterCode.CMEL9251),
    ReceivingParentQuestionnaire: (fill_cmel9236, LetterCode.CMEL9236),
    ReceivingParentRequest: (fill_cmel7183, LetterCode.CMEL7183),
    CouncilRequest: (fill_cmel9253, None),
}


__all__ = [
    "CouncilItem",
    "CouncilRequest",
    "InformationRequest",
    "LetterHead",
    "ReceivingParentQuestionnaire",
    "ReceivingParentRequest",
    "FILLERS",
]
