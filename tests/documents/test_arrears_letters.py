"""The arrears letters as Word documents: CMSL6031, CMSL6038, CMSL5511 (Arrears – Consider
Action, step 5)."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from enforcement_desktop.documents.arrears_letters import (
    ArrearsNotice,
    ContactRequest,
    MissedCollection,
    PayImmediately,
)
from enforcement_desktop.documents.data import PostalAddress
from enforcement_desktop.documents.letter_forms import build_letter, render_letter
from enforcement_desktop.documents.third_party_letters import LetterHead
from tests.documents.helpers import open_docx
from tests.documents.test_third_party_letters import MANAGER, _text

PAYER = LetterHead(
    date(2026, 11, 23),
    "121000000101",
    "Pat Testington",
    PostalAddress(("1 Fictional Street", "Demoton"), "B15 2TT"),
    MANAGER,
)
RECEIVER = LetterHead(
    date(2026, 11, 23),
    "121000500101",
    "Robin Exampleton",
    PostalAddress(("2 Sample Road", "Demoton"), "ZZ99 3ZZ"),
    MANAGER,
)
RESPOND_BY = date(2026, 11, 30)


def test_cmsl6031_arrears_notice(tmp_path: Path) -> None:
    path = build_letter(ArrearsNotice(PAYER, Decimal("2400"), RESPOND_BY), tmp_path / "a.docx")
    text = _text(path)
    assert "Arrears notice – you owe child maintenance" in text
    assert "You now owe £2,400.00 in arrears." in text
    assert "by 30 November 2026" in text
    assert "Dear Pat Testington," in text and "1 Fictional Street" in text
    assert "Our reference: 121000000101" in text
    assert "Morgan Testwell" in text and "0115 496 0123" in text
    props = open_docx(path).core_properties
    assert props.title == "CMSL6031 Arrears notice"


def test_cmsl6038_names_the_missed_payment() -> None:
    missed = MissedCollection(date(2026, 11, 9), Decimal("45"), Decimal("10"))
    text = _text(render_letter(PayImmediately(PAYER, Decimal("2400"), RESPOND_BY, missed)))
    assert "Pay immediately or face legal action" in text
    assert "You have missed a child maintenance payment" in text
    for shown in ("09/11/2026", "£45.00", "£10.00", "£35.00"):
        assert shown in text
    assert "liability order" in text


def test_cmsl6038_after_no_response_has_no_payment_table() -> None:
    text = _text(render_letter(PayImmediately(PAYER, Decimal("2400"), RESPOND_BY)))
    assert "you have not contacted us" in text
    assert "Payment due on" not in text


def test_cmsl5511_asks_the_receiving_parent_to_call_and_says_nothing_of_the_other() -> None:
    text = _text(render_letter(ContactRequest(RECEIVER, RESPOND_BY)))
    assert "Please contact us about your child maintenance case" in text
    assert "Dear Robin Exampleton," in text and "121000500101" in text
    assert "Please phone us by 30 November 2026" in text
    # The letter has no field for the paying parent: none of their details can appear.
    fields = {f.name for f in dataclasses.fields(ContactRequest)}
    assert fields == {"head", "contact_by"}
    for other in ("Testington", "121000000101", "Fictional Street"):
        assert other not in text


def test_same_data_same_bytes() -> None:
    letter = ArrearsNotice(PAYER, Decimal("2400"), RESPOND_BY)
    assert render_letter(letter) == render_letter(letter)
