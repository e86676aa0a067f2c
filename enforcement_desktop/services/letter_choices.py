"""What the New letter dialog offers (Enforcement Action – Consider, step 9).

One read for the dialog: the letters that can be written here, who each may go to (the domain's
:data:`~enforcement_desktop.domain.letters.RECIPIENTS`), for each recipient why this user may not
write to them (the bank rule), which of the case manager's inputs each letter needs, and the
defaults (the reply's due date, the employer recorded). The dialog shows these verdicts; it
decides none of them. :func:`services.letters.send_letter` checks them all again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from enforcement_desktop.domain.letters import (
    RECIPIENTS,
    LetterCode,
    RecipientKind,
    bank_letter_refusal,
)
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.letters import DRAFTED, dvla_refusals
from enforcement_desktop.services.service_requests import load_sr
from enforcement_desktop.services.users import find_user
from enforcement_desktop.storage.models import Case, CaseReceivingParent, Contact

#: The wait for a reply offered by default (the command line's default too).
DEFAULT_WAIT_DAYS = 14

#: The paying parent's optional details a letter to a third party may give.
_DETAILS = frozenset({"include_nino", "include_address", "include_date_of_birth"})

#: Which of :class:`services.letters.LetterInput`'s fields each letter takes from the case
#: manager (the code, recipient and reply due date aside): the rest comes from the system.
LETTER_INPUTS: dict[LetterCode, frozenset[str]] = {
    LetterCode.CMEL9251: frozenset(
        {"recipient_name", "recipient_address", "information_about", "variant"}
    )
    | _DETAILS,
    LetterCode.CMEL9236: frozenset(),
    LetterCode.CMEL7183: frozenset({"information_needed", "reason"}),
    LetterCode.CMEL9253: frozenset({"recipient_name", "recipient_address", "council_items"})
    | _DETAILS,
    LetterCode.FT9253: frozenset({"recipient_name", "recipient_address", "council_items"})
    | _DETAILS,
    # The DVLA request: the vehicles, the office's registration and legislation come from the
    # system; the case manager says why.
    LetterCode.CMEL9235: frozenset({"reason"}),
    LetterCode.VQ615: frozenset({"reason"}),
}


@dataclass(frozen=True, slots=True)
class RecipientChoice:
    """One recipient a letter may go to, and why this user may not write to them (if so)."""

    kind: RecipientKind
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class LetterChoice:
    """One letter that can be written from the SR."""

    code: LetterCode
    recipients: tuple[RecipientChoice, ...]
    #: The :class:`~enforcement_desktop.services.letters.LetterInput` fields it needs.
    inputs: frozenset[str]
    #: Why it cannot be written from this SR now (the DVLA request: criminal action not
    #: considered, no vehicle, the office's VQ615 settings missing), None when it can.
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class LetterChoices:
    """Everything the New letter dialog offers for one SR."""

    sr_id: int
    letters: tuple[LetterChoice, ...]
    default_reply_due: date
    #: The paying parent's employer as recorded (a letter to the employer defaults to it).
    employer_name: str | None
    #: The receiving parent a letter to them goes to (the case's first).
    receiving_parent_name: str | None


def letter_choices(ctx: ServiceContext, sr_id: int) -> LetterChoices:
    """The letters SR ``sr_id`` can send, to whom, with what, for the working user.

    Raises:
        NotFoundError: No such service request.
    """
    with ctx.reading() as session:
        sr = load_sr(session, sr_id)
        case = session.scalars(
            select(Case)
            .where(Case.id == sr.case_id)
            .options(
                selectinload(Case.paying_parent).selectinload(Contact.vehicles),
                selectinload(Case.receiving_parent_links).selectinload(CaseReceivingParent.contact),
            )
        ).one()
        user = find_user(session, ctx.user)
        roles = user.roles if user is not None else ()
        links = sorted(case.receiving_parent_links, key=lambda x: x.id)
        receiving = links[0].contact.full_name if links else None
        employer = (case.paying_parent.employer_name or "").strip() or None
        refusals = dvla_refusals(session, ctx, sr)
    return LetterChoices(
        sr_id=sr_id,
        letters=tuple(
            LetterChoice(
                code,
                tuple(RecipientChoice(k, bank_letter_refusal(k, roles)) for k in RECIPIENTS[code]),
                LETTER_INPUTS[code],
                refusals.get(code),
            )
            for code in DRAFTED
        ),
        default_reply_due=ctx.today() + timedelta(days=DEFAULT_WAIT_DAYS),
        employer_name=employer,
        receiving_parent_name=receiving,
    )


__all__ = [
    "DEFAULT_WAIT_DAYS",
    "LETTER_INPUTS",
    "LetterChoice",
    "LetterChoices",
    "RecipientChoice",
    "letter_choices",
]
