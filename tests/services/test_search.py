"""Client search: each kind of match, its order, limits, duplicates and awkward input."""

from __future__ import annotations

from datetime import date

import pytest

from enforcement_desktop.domain.enums import ContactRole
from enforcement_desktop.services import contacts
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.search import MAX_QUERY_LENGTH, search_clients
from tests.services.builders import add_case, make_lo, make_paying_parent


@pytest.fixture
def people(ctx: ServiceContext) -> dict[str, int]:
    """Three paying parents with an NI number, an LO, a vehicle between them."""
    pat = make_paying_parent(
        ctx,
        "121000000101",
        "Pat",
        "Testington",
        nino="QQ123456C",
        date_of_birth=date(1985, 4, 2),
        pv=True,
    )
    case = add_case(ctx, pat, "121000000901")
    make_lo(ctx, case.id, reference="LO/2024/0077")
    sam = make_paying_parent(ctx, "121000000102", "Sam", "Testwell")
    contacts.add_vehicle(ctx, sam, contacts.VehicleInput("AB12CDE", make="Fictional"))
    kim = make_paying_parent(ctx, "121000000203", "Kim", "O'Example-Smith")
    return {"pat": pat, "sam": sam, "kim": kim}


def test_digits_find_by_scin_prefix_in_scin_order(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    hits = search_clients(ctx, "1210000001")
    assert [h.scin for h in hits] == ["121000000101", "121000000102"]
    assert {h.matched_on for h in hits} == {"SCIN"}
    assert search_clients(ctx, "121 000 000 203")[0].contact_id == people["kim"]


def test_a_hit_carries_what_the_popup_shows(ctx: ServiceContext, people: dict[str, int]) -> None:
    (hit,) = search_clients(ctx, "121000000101")
    assert hit.contact_id == people["pat"]
    assert hit.name == "Pat Testington"
    assert hit.date_of_birth == date(1985, 4, 2)
    assert hit.role is ContactRole.PAYING_PARENT
    assert hit.pv_marker is True


def test_ni_number_lo_reference_and_registration(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    assert [(h.contact_id, h.matched_on) for h in search_clients(ctx, "qq 1234")] == [
        (people["pat"], "NI number")
    ]
    assert [(h.contact_id, h.matched_on) for h in search_clients(ctx, "lo/2024/00")] == [
        (people["pat"], "LO reference")
    ]
    assert [(h.contact_id, h.matched_on) for h in search_clients(ctx, "ab12 c")] == [
        (people["sam"], "vehicle registration")
    ]


def test_surname_prefix_before_name_fragment_without_duplicates(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    hits = search_clients(ctx, "test")
    assert [(h.name, h.matched_on) for h in hits] == [
        ("Pat Testington", "surname"),
        ("Sam Testwell", "surname"),
    ]
    # "sam" is no surname, but is part of a name.
    assert [(h.contact_id, h.matched_on) for h in search_clients(ctx, "sam")] == [
        (people["sam"], "name")
    ]


def test_apostrophes_hyphens_and_like_wildcards_are_plain_text(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    assert [h.contact_id for h in search_clients(ctx, "o'example-sm")] == [people["kim"]]
    assert search_clients(ctx, "%") == []
    assert search_clients(ctx, "t_st") == []


def test_limit_blank_and_overlong_queries(ctx: ServiceContext, people: dict[str, int]) -> None:
    assert len(search_clients(ctx, "121", limit=2)) == 2
    assert search_clients(ctx, "   ") == []
    assert search_clients(ctx, "zzzz") == []
    assert search_clients(ctx, "Testington" + "x" * (MAX_QUERY_LENGTH * 2)) == []


def test_a_role_filters_in_the_query_so_the_limit_counts_only_that_role(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    receiver = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robin",
            last_name="Testyard",
            scin="121000000401",
        ),
    )
    # Two paying parents come first by surname; with limit 1 the receiver is still found.
    assert [h.contact_id for h in search_clients(ctx, "test", limit=1)] != [receiver.id]
    found = search_clients(ctx, "test", limit=1, role=ContactRole.RECEIVING_PARENT)
    assert [(h.contact_id, h.role) for h in found] == [(receiver.id, ContactRole.RECEIVING_PARENT)]
    assert search_clients(ctx, "121000000101", role=ContactRole.RECEIVING_PARENT) == []


@pytest.mark.parametrize(
    ("text", "visible"),
    [
        ("Test\x00ington", "Testington"),  # PostgreSQL refuses NUL in text parameters
        ("\x00", ""),
        ("Test\U0010ffff", "Test"),  # the prefix bound would be chr(0x110000)
        ("Test\ud800", "Test"),  # a lone surrogate cannot be encoded for the database
        ("\udfff1210", "1210"),
        ("\ufffe", ""),
        ("Test\u202eington", "Testington"),
        ("١٢١٠٠٠٠٠٠١٠١", ""),  # Arabic-Indic digits are not a SCIN
        ("x" * 100_000, ""),
    ],
)
def test_odd_characters_find_what_the_visible_text_finds(
    ctx: ServiceContext, people: dict[str, int], text: str, visible: str
) -> None:
    hits = search_clients(ctx, text)
    expected = search_clients(ctx, visible) if visible else []
    assert [h.contact_id for h in hits] == [h.contact_id for h in expected]


def test_the_work_queue_filter_takes_odd_characters(
    ctx: ServiceContext, people: dict[str, int]
) -> None:
    from enforcement_desktop.services import service_requests as srs

    with ctx.unit_of_work() as session:
        # A 100,000-character filter was a LIKE pattern SQLite refuses ("too complex").
        for text in ("\x00", "Test\x00", "\ud800", "\U0010ffff", "A" * 100_000):
            flt = srs.QueueFilter(text=text)
            assert srs.queue_count(session, flt, date(2026, 11, 23)) == 0
            assert srs.queue_page(session, flt, date(2026, 11, 23)) == []
