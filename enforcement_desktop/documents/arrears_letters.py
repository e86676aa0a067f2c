"""The arrears letters of Arrears – Consider Action, as Word documents.

CMSL6031 (arrears notice) and CMSL6038 (pay immediately or face legal action) go to the paying
parent (step 5); CMSL5511 asks the receiving parent to contact us when they cannot be reached by
phone (Initiate DEO arrears action, and the procedure's CMSL5511 questions).

Each letter is built from a plain frozen data object on its template from ``letters/``
(``letters/make_templates.py``), with the head, sign-off and properties the third-party letters
use. What a letter may disclose is decided by which fields its data object has: none of them
has a field for the other parent's name or address, nor for anything a third party told us.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from docx.document import Document as DocxDocument

from enforcement_desktop.documents.letters import long_date
from enforcement_desktop.documents.templates import (
    Field,
    FormWriter,
    paragraph,
)
from enforcement_desktop.documents.third_party_letters import (
    LetterHead,
    _body,
    _finish,
    _greeting,
    _letter_top,
    _sign_off,
    _text,
)
from enforcement_desktop.domain.letters import LetterCode
from enforcement_desktop.domain.values import format_date, format_money

__all__ = [
    "AnyArrearsLetter",
    "ArrearsNotice",
    "ContactRequest",
    "MissedCollection",
    "FILLERS",
    "PayImmediately",
]


@dataclass(frozen=True)
class MissedCollection:
    """A collection the paying parent missed: when it was due, what was due and what was paid."""

    due_on: date
    amount_due: Decimal
    amount_paid: Decimal


@dataclass(frozen=True)
class ArrearsNotice:
    """CMSL6031 to the paying parent: the arrears they owe and the date to pay or call by."""

    head: LetterHead
    arrears_balance: Decimal
    respond_by: date


@dataclass(frozen=True)
class PayImmediately:
    """CMSL6038 to the paying parent: they missed a payment; pay now or face legal action."""

    head: LetterHead
    arrears_balance: Decimal
    respond_by: date
    #: The missed collection that called for the letter, when it follows 12 weeks of compliance.
    missed: MissedCollection | None = None


@dataclass(frozen=True)
class ContactRequest:
    """CMSL5511 to the receiving parent: please contact us so we can progress the case."""

    head: LetterHead
    contact_by: date


_PAY_HOW = (
    "You can pay by debit card by phoning us, or by bank transfer quoting your reference. "
    "If you cannot pay the full amount, phone us straight away to talk about what you can pay."
)


def _missed_table(form: FormWriter, missed: MissedCollection) -> None:
    still = max(missed.amount_due - missed.amount_paid, Decimal("0"))
    form.fields(
        [
            Field("Payment due on", format_date(missed.due_on)),
            Field("Amount due", format_money(missed.amount_due)),
            Field("Amount received", format_money(missed.amount_paid)),
            Field("Still to pay", format_money(still)),
        ],
        columns=2,
    )
    form.spacer()


def fill_cmsl6031(document: DocxDocument, letter: ArrearsNotice) -> None:
    """Write the body of CMSL6031 into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    _letter_top(form, head)
    _greeting(form, head, "Arrears notice – you owe child maintenance")
    _body(
        form,
        "Our records show that you have not paid all the child maintenance you should have "
        f"paid. You now owe {format_money(letter.arrears_balance)} in arrears.",
    )
    form.add(paragraph("What you need to do", "LetterSubheading"))
    _body(
        form,
        f"Please pay the arrears, or phone us to agree how you will pay them, by "
        f"{long_date(letter.respond_by)}. You must also keep paying your regular child "
        "maintenance in full and on time.",
    )
    _body(form, _PAY_HOW)
    form.add(paragraph("If you do not contact us", "LetterSubheading"))
    _body(
        form,
        "If you do not pay or contact us, we can take action to collect the money without "
        "asking you first. We can take it directly from your earnings or your bank or building "
        "society account, or apply to the court for a liability order. Action through the "
        "courts may add to what you owe.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMSL6031, head)


def fill_cmsl6038(document: DocxDocument, letter: PayImmediately) -> None:
    """Write the body of CMSL6038 into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    _letter_top(form, head)
    _greeting(form, head, "Pay immediately or face legal action")
    if letter.missed is not None:
        _body(
            form,
            "You have missed a child maintenance payment. This is the payment you have missed:",
        )
        _missed_table(form, letter.missed)
    else:
        _body(
            form,
            "We wrote to you about the child maintenance you owe and you have not contacted us.",
        )
    _body(form, f"You now owe {format_money(letter.arrears_balance)} in arrears.")
    form.add(paragraph("You must pay immediately", "LetterSubheading"))
    _body(
        form,
        f"Please pay what you owe by {long_date(letter.respond_by)}, or phone us before then "
        "if you cannot.",
    )
    _body(form, _PAY_HOW)
    form.add(paragraph("What happens if you do not pay", "LetterSubheading"))
    _body(
        form,
        "If you do not pay, we will take legal action to collect the money. We can take it "
        "directly from your earnings or your bank or building society account, or apply to "
        "the magistrates' court for a liability order. With a liability order we can use "
        "enforcement agents (bailiffs), register the debt against you, or apply to take away "
        "your driving licence or passport, or to send you to prison. You may also have to pay "
        "the costs of this action.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMSL6038, head)


def fill_cmsl5511(document: DocxDocument, letter: ContactRequest) -> None:
    """Write the body of CMSL5511 into ``document`` (opened on its template)."""
    form = FormWriter(document)
    head = letter.head
    _letter_top(form, head)
    _greeting(form, head, "Please contact us about your child maintenance case")
    _body(
        form,
        "We are taking action to collect the child maintenance that is owed to you, and we "
        "have tried to phone you about it without success.",
    )
    form.add(paragraph("What you need to do", "LetterSubheading"))
    _body(
        form,
        f"Please phone us by {long_date(letter.contact_by)}, quoting your reference "
        f"{_text(head.reference)}. We would like to check the details we hold and ask whether "
        "you know anything that could help us collect what is owed, such as where the other "
        "parent works, or any property, vehicles or bank accounts they have.",
    )
    _body(
        form,
        "If we do not hear from you by then, we will carry on with the action we think is "
        "right, using the information we already hold.",
    )
    _body(
        form,
        "To protect everyone's personal information, we cannot tell you about the other "
        "parent's circumstances or about our enquiries.",
    )
    _sign_off(form, head)
    _finish(document, form, LetterCode.CMSL5511, head)


AnyArrearsLetter = ArrearsNotice | PayImmediately | ContactRequest

#: Each letter's data object, its filler and its form code (``documents.letter_forms``).
FILLERS: dict[type[Any], tuple[Callable[[DocxDocument, Any], None], LetterCode]] = {
    ArrearsNotice: (fill_cmsl6031, LetterCode.CMSL6031),
    PayImmediately: (fill_cmsl6038, LetterCode.CMSL6038),
    ContactRequest: (fill_cmsl5511, LetterCode.CMSL5511),
}
