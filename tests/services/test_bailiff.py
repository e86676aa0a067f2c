"""The bailiff procedure (seed 003) through the services, on the real database fixture.

The client is built like the demo's 121000000001: England, a confident address, two CMS liability
orders granted in different years and one CSA LO, a vehicle, a PV marker, an asset and a driving
licence. The generated .docx, .pdf and .zip files are opened and read back.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from enforcement_desktop.domain.enums import (
    AccountType,
    AddressMarker,
    AddressType,
    AssetFinding,
    AssetType,
    BailiffOutcome,
    BailiffOutcomeType,
    ContactRole,
    CourtKind,
    DocumentType,
    EmploymentStatus,
    InformationSource,
    Jurisdiction,
    OrderOrigin,
    OrderStatus,
    OrderType,
    Scheme,
    SrStatus,
    SrSubStatus,
    StepOutcome,
    Workflow,
)
from enforcement_desktop.domain.errors import ConflictError, RuleViolation, ValidationError
from enforcement_desktop.domain.sanctions import SanctionsPeriod
from enforcement_desktop.services import (
    appeals,
    assets,
    bailiff,
    cases,
    contacts,
    notes,
    orders,
)
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import (
    Case,
    Contact,
    Document,
    EnforceForm,
    ServiceRequest,
)
from tests.conftest import FIXED_NOW
from tests.documents.helpers import docx_fields, docx_text, flat, grid_rows, open_docx, pdf_text
from tests.services.builders import make_case_manager

SCIN = "121000000001"
TODAY = FIXED_NOW.date()
PAYER_NAME = "Siân Ó Súilleabháin"
PAYER_POSTCODE = "B15 2TT"
EMPLOYER = "Sampleson Joinery Ltd"
ZIP_NAME = f"{SCIN}EastMidlands.zip"


# --------------------------------------------------------------------------- building a client


@dataclass
class Client:
    scin: str
    payer_id: int
    case_id: int
    receiver_ids: tuple[int, ...]
    cms_old: int
    cms_new: int
    csa: int
    asset_id: int
    court_id: int


def _court(ctx: ServiceContext, name: str) -> int:
    return orders.create_court(ctx, orders.CourtInput(name, CourtKind.MAGISTRATES)).id


def _lo(
    ctx: ServiceContext,
    case_id: int,
    court_id: int,
    reference: str,
    granted_on: date,
    amount: str,
    costs: str = "85.00",
    origin: OrderOrigin = OrderOrigin.CMS,
) -> int:
    return orders.create_order(
        ctx,
        case_id,
        orders.OrderInput(
            order_type=OrderType.LIABILITY_ORDER,
            status=OrderStatus.GRANTED,
            origin=origin,
            reference=reference,
            court_id=court_id,
            applied_on=granted_on - timedelta(days=30),
            granted_on=granted_on,
            period_from=date(granted_on.year - 2, 4, 1),
            period_to=date(granted_on.year - 1, 3, 31),
            amount=Decimal(amount),
            costs=Decimal(costs),
        ),
    ).id


def make_client(
    ctx: ServiceContext,
    scin: str = SCIN,
    *,
    licence: bool = True,
    vehicle: bool = True,
    jurisdiction: Jurisdiction = Jurisdiction.ENGLAND,
    correspondence_marker: AddressMarker | None = None,
) -> Client:
    make_case_manager(ctx)
    payer = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.PAYING_PARENT,
            first_name="Siân",
            last_name="Ó Súilleabháin",
            scin=scin,
            other_names="Dai O'Brien; Siân Davies",
            date_of_birth=date(1984, 3, 14),
            nino="QQ123456C",
            phone="07700 900123",
            jurisdiction=jurisdiction,
            employment_status=EmploymentStatus.EMPLOYED,
            employer_name=EMPLOYER,
            pv_marker=True,
            pv_control_measures="Do not visit alone; a large dog is kept at the property.",
            holds_driving_licence=licence,
            driving_licence_number="SUILL801147SA9CD" if licence else None,
        ),
    )
    contacts.add_address(
        ctx,
        payer.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL,
            "7 Example Street",
            town="Demoton",
            postcode=PAYER_POSTCODE,
            confident=True,
        ),
    )
    if correspondence_marker is not None:
        contacts.add_address(
            ctx,
            payer.id,
            contacts.AddressInput(
                AddressType.CORRESPONDENCE,
                "PO Box 99",
                town="Demoton",
                postcode="B1 1AA",
                marker=correspondence_marker,
            ),
        )
    if vehicle:
        contacts.add_vehicle(
            ctx,
            payer.id,
            contacts.VehicleInput("ZZ11 ZZZ", make="Ford", model="Focus", colour="Blue"),
        )
    first = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Robin",
            last_name="O'Brien",
            scin=str(int(scin) + 500000),
        ),
    )
    contacts.add_address(
        ctx,
        first.id,
        contacts.AddressInput(
            AddressType.CORRESPONDENCE, "9 Receiver Road", town="Carlton", postcode="NG4 1AA"
        ),
    )
    second = contacts.create_contact(
        ctx,
        contacts.ContactInput(
            role=ContactRole.RECEIVING_PARENT,
            first_name="Dafydd",
            last_name="ap Gwilym",
            scin=str(int(scin) + 600000),
        ),
    )
    contacts.add_address(
        ctx,
        second.id,
        contacts.AddressInput(
            AddressType.RESIDENTIAL, "2 Heol Example", town="Llanfictional", postcode="SA1 1AA"
        ),
    )
    case = cases.create_case(
        ctx,
        payer.id,
        cases.CaseInput(
            scheme=Scheme.CMS_2012,
            region="East Midlands",
            arrears_balance=Decimal("7000.00"),
            case_manager="Morgan Testwell",
            team="Enforcement Team 7",
        ),
        [first.id, second.id],
    )
    court = _court(ctx, f"Demoton Magistrates' Court {scin}")
    cms_old = _lo(ctx, case.id, court, "LO/2023/0042", date(2023, 3, 14), "1450.00")
    orders.add_payment(ctx, cms_old, date(2024, 5, 1), Decimal("120.00"))
    cms_new = _lo(ctx, case.id, court, "LO/2025/0107", date(2025, 9, 2), "2380.50", "115.00")
    csa = _lo(
        ctx, case.id, court, "CSA/2020/0009", date(2020, 6, 20), "960.00", "0.00", OrderOrigin.CSA
    )
    # Previous enforcement, printed on the first CMEL8010.
    orders.create_order(
        ctx,
        case.id,
        orders.OrderInput(
            order_type=OrderType.DEO,
            status=OrderStatus.DISCHARGED,
            reference="DEO/2022/7",
            applied_on=date(2022, 2, 1),
            granted_on=date(2022, 3, 1),
            ended_on=date(2023, 1, 10),
        ),
    )
    asset = assets.create_asset(
        ctx,
        payer.id,
        assets.AssetInput(
            AssetType.VEHICLE,
            InformationSource.DVLA,
            recorded_on=date(2026, 10, 1),
            description="Ford Focus ZZ11 ZZZ",
            estimated_value=Decimal("4200.00"),
            finding=AssetFinding.RELEVANT,
        ),
    )
    return Client(
        scin, payer.id, case.id, (first.id, second.id), cms_old, cms_new, csa, asset.id, court
    )


def step(ctx: ServiceContext, sr_id: int, key: str, outcome: StepOutcome) -> None:
    sr = srs.get_service_request(ctx, sr_id)
    found = next(s for s in sr.steps if s.step_key == key)
    srs.update_step(ctx, found.id, found.version, outcome)


def prepare(ctx: ServiceContext, client: Client, letters: Path) -> list[int]:
    """Refer the three LOs (in no particular order) and take every SR through validation."""
    referred = bailiff.refer_to_bailiff(
        ctx, client.case_id, [client.csa, client.cms_new, client.cms_old]
    )
    for sr in referred:
        sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
        step(ctx, sr.id, "check_lo_balance", StepOutcome.DONE)
        step(ctx, sr.id, "validate_lo", StepOutcome.DONE)
        assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
        step(ctx, sr.id, "validate_asset", StepOutcome.DONE)
        bailiff.send_cmel8011(ctx, sr.id, letters)
        step(ctx, sr.id, "welfare_of_child", StepOutcome.DONE)
        step(ctx, sr.id, "decide_next_step", StepOutcome.CONTINUE)
    return [sr.id for sr in referred]


def later(ctx: ServiceContext, days: int) -> ServiceContext:
    """The same database, ``days`` later."""
    moment = FIXED_NOW + timedelta(days=days)
    return ServiceContext(db=ctx.db, user=ctx.user, clock=lambda: moment)


def form_of(ctx: ServiceContext, sr_id: int) -> srs.EnforceFormInput:
    form = srs.get_service_request(ctx, sr_id).enforce_form
    assert form is not None
    return form.values


def count(ctx: ServiceContext, model: Any) -> int:
    with ctx.db.unit_of_work() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def client(ctx: ServiceContext) -> Client:
    return make_client(ctx)


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    return folder


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def prepared(ctx: ServiceContext, client: Client, letters: Path) -> list[int]:
    return prepare(ctx, client, letters)


# --------------------------------------------------------------------------- referral


def test_refer_three_los_opens_one_sr_each_in_collection_priority(
    ctx: ServiceContext, client: Client
) -> None:
    checks = bailiff.check_referral(ctx, client.case_id, [client.csa, client.cms_old])
    assert [(c.reference, c.allowed) for c in checks] == [
        ("CSA/2020/0009", True),
        ("LO/2023/0042", True),
    ]
    assert any("current balance of £1,415.00" in r for r in checks[1].reasons)

    made = bailiff.refer_to_bailiff(
        ctx, client.case_id, [client.csa, client.cms_new, client.cms_old]
    )
    assert [sr.order_id for sr in made] == [client.cms_old, client.cms_new, client.csa]
    assert all(sr.workflow == Workflow.BAILIFF and sr.status == SrStatus.OPEN for sr in made)
    assert all(sr.enforce_form is not None for sr in made)
    assert [sr.order_reference for sr in made] == ["LO/2023/0042", "LO/2025/0107", "CSA/2020/0009"]

    # The same LO cannot go to a second open Bailiff SR; the check says why.
    again = bailiff.check_referral(ctx, client.case_id, [client.cms_old])
    assert not again[0].allowed
    assert f"already with open Bailiff SR {made[0].id}" in again[0].reasons[0]


def test_referral_with_a_blocked_lo_creates_nothing(ctx: ServiceContext, client: Client) -> None:
    bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    before = count(ctx, ServiceRequest)
    with pytest.raises(RuleViolation) as info:
        bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_new, client.cms_old])
    assert count(ctx, ServiceRequest) == before
    assert "LO LO/2023/0042: Liability order LO/2023/0042 is already with open Bailiff SR" in str(
        info.value
    )
    assert all("LO/2025/0107" not in r for r in info.value.reasons)


def test_blocked_referral_names_every_reason(ctx: ServiceContext) -> None:
    blocked = make_client(
        ctx,
        "121000000002",
        jurisdiction=Jurisdiction.SCOTLAND,
        correspondence_marker=AddressMarker.DLO,
    )
    # A Nulla Bona returned three months ago on an earlier Bailiff SR.
    earlier = srs.create_service_request(
        ctx, blocked.case_id, "Enforcement", "Take Enforcement Action", "Bailiff"
    )
    with ctx.db.unit_of_work() as s:
        form = s.scalar(select(EnforceForm).where(EnforceForm.service_request_id == earlier.id))
        assert form is not None
        form.bailiff_outcome_type = BailiffOutcomeType.RETURNED_BY_BAILIFF
        form.nulla_bona_received = True
        form.nulla_bona_received_on = date(2026, 8, 23)
    appeals.create_appeal(ctx, blocked.case_id, appeals.AppealInput(lodged_on=date(2026, 10, 1)))
    # A sanctions order kept to: £100 a month from 01/07/2026, each instalment paid on its day.
    sanctions = orders.create_order(
        ctx,
        blocked.case_id,
        orders.OrderInput(
            order_type=OrderType.SANCTIONS_ORDER,
            status=OrderStatus.GRANTED,
            reference="SO/2026/1",
            applied_on=date(2026, 5, 1),
            granted_on=date(2026, 6, 1),
            amount=Decimal("2000.00"),
            payment_terms="£100.00 a month",
            instalment_amount=Decimal("100.00"),
            instalment_period=SanctionsPeriod.MONTHLY,
            first_due_on=date(2026, 7, 1),
            case_ids=(blocked.case_id,),
        ),
    )
    for month in range(7, 12):
        orders.add_payment(ctx, sanctions.id, date(2026, month, 1), Decimal("100.00"))
    before = count(ctx, ServiceRequest)
    with pytest.raises(RuleViolation) as info:
        bailiff.refer_to_bailiff(ctx, blocked.case_id, [blocked.cms_old, blocked.csa])
    assert count(ctx, ServiceRequest) == before
    text = str(info.value)
    for expected in (
        "Scotland",
        "marked DLO",
        "Nulla Bona was returned on 23/08/2026",
        "appeal lodged on 01/10/2026",
        "Sanctions order SO/2026/1",
    ):
        assert expected in text
    # Every reason is given for each LO.
    assert sum(r.startswith("LO CSA/2020/0009: ") for r in info.value.reasons) == 5
    assert sum(r.startswith("LO LO/2023/0042: ") for r in info.value.reasons) == 5


def test_lo_without_balance_is_refused(ctx: ServiceContext, client: Client) -> None:
    orders.add_payment(ctx, client.csa, date(2026, 1, 5), Decimal("960.00"))
    (check,) = bailiff.check_referral(ctx, client.case_id, [client.csa])
    assert not check.allowed
    assert any("nothing for a bailiff to collect" in r for r in check.reasons)
    with pytest.raises(ValidationError):
        bailiff.check_referral(ctx, client.case_id, [])


# --------------------------------------------------------------------------- CMEL8011


def test_cmel8011_refused_before_an_asset_then_sent(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    with pytest.raises(RuleViolation) as info:
        bailiff.send_cmel8011(ctx, sr.id, letters)
    assert "asset must be associated" in str(info.value)
    assert files(letters) == []

    assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    documents = bailiff.send_cmel8011(ctx, sr.id, letters)
    first, second = client.receiver_ids
    assert [d.file_name for d in documents] == [
        f"{int(SCIN) + 500000}_CMEL8011_{sr.id}.pdf",
        f"{int(SCIN) + 600000}_CMEL8011_{sr.id}.pdf",
    ]
    assert files(letters) == sorted(d.file_name for d in documents)
    texts = []
    for document in documents:
        assert document.path == document.file_name, "relative to the document store"
        path = letters / document.path
        assert document.doc_type == DocumentType.CMEL8011
        assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert path.read_bytes().startswith(b"%PDF")
        texts.append(flat(pdf_text(path)))
    assert "Robin O'Brien" in texts[0] and "9 Receiver Road" in texts[0]
    assert "Dafydd ap Gwilym" in texts[1] and "SA1 1AA" in texts[1]
    assert "at least 90 days" in texts[0]
    for text in texts:
        for secret in (PAYER_POSTCODE, "7 Example Street", EMPLOYER, "Ford Focus", "Siân", SCIN):
            assert secret not in text
    # Each receiving parent is asked to quote their own SCIN.
    assert str(int(SCIN) + 500000) in texts[0] and str(int(SCIN) + 600000) in texts[1]
    assert form_of(ctx, sr.id).cmel8011_sent_on == TODAY
    notify = next(
        s
        for s in srs.get_service_request(ctx, sr.id).steps
        if s.step_key == "notify_receiving_parent"
    )
    assert notify.outcome == StepOutcome.DONE


def test_letters_refused_for_a_receiving_parent_without_a_scin(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    # The services require a parent's SCIN; a record migrated without one is made directly.
    with ctx.db.unit_of_work() as session:
        session.execute(
            update(Contact).where(Contact.id == client.receiver_ids[1]).values(scin=None)
        )
    with pytest.raises(RuleViolation) as info:
        bailiff.send_cmel8011(ctx, sr.id, letters)
    assert info.value.reasons == [
        "the receiving parent Dafydd ap Gwilym has no SCIN to quote as their reference"
    ]
    assert files(letters) == []  # not even the letter to the first receiving parent


# --------------------------------------------------------------------------- candidates


def test_pack_candidates_say_what_is_missing(ctx: ServiceContext, client: Client) -> None:
    made = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old, client.csa])
    found = bailiff.pack_candidates(ctx, SCIN)
    assert [c.sr_id for c in found] == [sr.id for sr in made]
    for candidate in found:
        # "LO k of N" counts all three LOs with a balance, ready or not.
        assert not candidate.ready and candidate.position is None and candidate.total == 3
        assert "no asset associated (Bailiff procedure, step 7)" in candidate.problems
        assert any(p.startswith("status is Open") for p in candidate.problems)
        assert any(p.startswith("CMEL8011 not sent") for p in candidate.problems)
    with pytest.raises(RuleViolation) as info:
        bailiff.build_pack_data(ctx, SCIN, dvs=False)
    assert "no asset associated (Bailiff procedure, step 7)" in str(info.value)


def test_pack_candidates_in_priority_order(
    ctx: ServiceContext, client: Client, prepared: list[int]
) -> None:
    found = bailiff.pack_candidates(ctx, SCIN)
    assert [c.problems for c in found] == [(), (), ()]
    assert [(c.reference, c.position_label) for c in found] == [
        ("LO/2023/0042", "LO 1 of 3"),
        ("LO/2025/0107", "LO 2 of 3"),
        ("CSA/2020/0009", "LO 3 of 3"),
    ]
    assert [c.current_balance for c in found] == [
        Decimal("1415.00"),
        Decimal("2495.50"),
        Decimal("960.00"),
    ]
    assert [c.sum_applied_for for c in found] == [c.current_balance for c in found]
    # A validation step undone makes that SR not ready; the others keep their place among all
    # the client's LOs (issue 12: a pack never renumbers an LO as if the others did not exist).
    step(ctx, found[1].sr_id, "welfare_of_child", StepOutcome.PENDING)
    again = bailiff.pack_candidates(ctx, SCIN)
    assert [(c.reference, c.position_label) for c in again] == [
        ("LO/2023/0042", "LO 1 of 3"),
        ("CSA/2020/0009", "LO 3 of 3"),
        ("LO/2025/0107", ""),
    ]
    assert again[2].problems == (
        "activity plan step 'Consider the welfare of the child' is not Done "
        "(Bailiff procedure, step 4)",
    )


def test_nothing_to_pack_for_a_client_without_bailiff_srs(
    ctx: ServiceContext, client: Client, out: Path
) -> None:
    assert bailiff.pack_candidates(ctx, SCIN) == []
    with pytest.raises(RuleViolation) as info:
        bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert "no Bailiff SR waiting to be sent" in str(info.value)
    assert files(out) == []


def test_clients_with_bailiff_srs_lists_the_owners_in_progress_srs_by_scin(
    ctx: ServiceContext, client: Client, prepared: list[int], letters: Path
) -> None:
    other = make_client(ctx, "121000000002")
    opened = bailiff.refer_to_bailiff(ctx, other.case_id, [other.cms_old])  # still Open
    someone_else = ServiceContext(db=ctx.db, user="someone.else", clock=ctx.clock)
    make_case_manager(ctx, "someone.else", display_name="Alex Otherton")
    theirs = prepare(someone_else, make_client(ctx, "121000000004"), letters)
    assert opened and theirs
    assert bailiff.clients_with_bailiff_srs(ctx, ctx.user) == {SCIN: sorted(prepared)}
    assert bailiff.clients_with_bailiff_srs(ctx, "someone.else") == {"121000000004": sorted(theirs)}
    assert bailiff.clients_with_bailiff_srs(ctx, "nobody") == {}


# --------------------------------------------------------------------------- the pack


def _zip_documents(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def test_pack_with_dvs(ctx: ServiceContext, client: Client, prepared: list[int], out: Path) -> None:
    # A disregarded asset associated to one SR must not reach the bailiff.
    shed = assets.create_asset(
        ctx,
        client.payer_id,
        assets.AssetInput(
            AssetType.BANK_ACCOUNT,
            InformationSource.THIRD_PARTY,
            recorded_on=date(2026, 9, 1),
            account_type=AccountType.PERSONAL,
            description="Secret Bank account 12345678",
        ),
    )
    first_sr = prepared[0]
    assets.link_asset_to_sr(ctx, first_sr, shed.id)
    assets.disregard_asset(ctx, shed.id, shed.version, "Not the paying parent's account")
    note = 'Dog at the property.\x07 Said "call first" – O\'Brien\x00.\r\n' + "More. " * 600
    progress: list[tuple[int, int]] = []

    outcome = bailiff.build_bailiff_pack(
        ctx,
        SCIN,
        out,
        dvs=True,
        additional_information={first_sr: note},
        progress=lambda done, total: progress.append((done, total)),
    )

    assert outcome.zip_path == (out / ZIP_NAME).resolve()
    assert files(out) == [ZIP_NAME]
    assert progress[-1] == (4, 4)
    assert outcome.sr_ids == tuple(prepared)
    contents = _zip_documents(outcome.zip_path)
    assert list(contents) == [e.name for e in outcome.entries]
    assert [e.doc_type for e in outcome.entries] == [DocumentType.CMEL8010] * 3 + [
        DocumentType.CMSF5571
    ]
    assert list(contents)[0].startswith("01_CMEL8010_LO_1_of_3_LO-2023-0042")
    assert outcome.sha256 == hashlib.sha256(outcome.zip_path.read_bytes()).hexdigest()

    forms = [open_docx(data) for data in list(contents.values())[:3]]
    fields = [docx_fields(doc) for doc in forms]
    texts = [docx_text(doc) for doc in forms]
    assert [f["LO reference"] for f in fields] == ["LO/2023/0042", "LO/2025/0107", "CSA/2020/0009"]
    assert [f["Collection priority"] for f in fields] == ["LO 1 of 3", "LO 2 of 3", "LO 3 of 3"]
    assert [f["Origin"] for f in fields] == ["CMS", "CMS", "CSA"]
    first = fields[0]
    assert first["SCIN"] == SCIN
    assert first["Scheme"] == "CMS 2012"
    assert first["Referral date"] == "23/11/2026"
    assert (first["Case manager"], first["Team"], first["Region"]) == (
        "Morgan Testwell",
        "Enforcement Team 7",
        "East Midlands",
    )
    assert first["Full name"] == PAYER_NAME
    assert first["Other names"] == "Dai O'Brien\nSiân Davies"
    assert first["Date of birth"] == "14/03/1984"
    assert first["NI number"] == "QQ123456C"
    assert first["Address"] == f"7 Example Street\nDemoton\n{PAYER_POSTCODE}"
    assert (first["Employment status"], first["Employer"]) == ("Employed", EMPLOYER)
    assert first["Name(s)"] == "Robin O'Brien\nDafydd ap Gwilym"
    assert (first["LO amount"], first["Costs awarded"], first["Payments made"]) == (
        "£1,450.00",
        "£85.00",
        "£120.00",
    )
    assert first["Current arrears balance"] == first["Sum applied for"] == "£1,415.00"
    assert first["Date granted"] == "14/03/2023"
    assert first["Court"] == f"Demoton Magistrates' Court {SCIN}"
    assert first["Assets associated"] == "Vehicle: Ford Focus ZZ11 ZZZ (estimated value £4,200.00)"
    assert first["Previous enforcement"] == (
        "Deduction from earnings order (DEO) DEO/2022/7: discharged 10/01/2023"
    )
    assert grid_rows(forms[0], "Registration") == [["ZZ11ZZZ", "Ford", "Focus", "Blue"]]
    assert "PV marker: potentially violent" in texts[0]
    assert "a large dog is kept at the property" in texts[0]
    # The control characters are gone, the rest of the text is intact.
    assert 'Dog at the property. Said "call first" – O\'Brien.' in texts[0]
    assert texts[0].count("More.") == 600
    assert "\x07" not in texts[0]
    for text in texts:
        assert "9 Receiver Road" not in text and "SA1 1AA" not in text
        assert "Secret Bank" not in text and "details disregarded" not in text
    # Later forms: the parents, SCIN and LO in full; the rest as on the first form.
    assert "Subsequent form" in texts[1] and "Subsequent form" not in texts[0]
    assert fields[1]["Full name"] == PAYER_NAME and fields[2]["SCIN"] == SCIN
    assert fields[1]["Previous enforcement"] == "As CMEL8010 LO 1 of 3"
    assert "PV marker: potentially violent" in texts[2]
    assert fields[2]["Current arrears balance"] == "£960.00"

    dvs = docx_fields(open_docx(list(contents.values())[3]))
    assert dvs["Full name"] == PAYER_NAME
    assert grid_rows(open_docx(list(contents.values())[3]), "Registration") == [
        ["ZZ11ZZZ", "Ford", "Focus", "Blue"]
    ]
    assert dvs["Driving licence number"] == "SUILL801147SA9CD"
    assert dvs["SCIN"] == SCIN
    assert dvs["Requesting case manager"] == "Morgan Testwell"
    assert dvs["Date of birth"] == "14/03/1984"
    assert "Bailiff procedure, step 14" in docx_text(open_docx(list(contents.values())[3]))

    # Documents recorded against their SRs, with each entry's SHA-256.
    expected = {e.name: e.sha256 for e in outcome.entries}
    assert {d.file_name: d.sha256 for d in outcome.documents} == {
        **expected,
        ZIP_NAME: outcome.sha256,
    }
    for name, data in contents.items():
        assert hashlib.sha256(data).hexdigest() == expected[name]
    for sr_id, entry in zip(prepared, outcome.entries, strict=False):
        sr = srs.get_service_request(ctx, sr_id)
        recorded = {d.doc_type: d for d in sr.documents}
        assert recorded[DocumentType.CMEL8010].file_name == entry.name
        assert recorded[DocumentType.CMEL8010].path == outcome.zip_path.name
    first_docs = {d.doc_type for d in srs.get_service_request(ctx, first_sr).documents}
    assert {DocumentType.CMSF5571, DocumentType.BAILIFF_PACK} <= first_docs

    # Enforce forms filled (seed 003 step 11).
    balances = [Decimal("1415.00"), Decimal("2495.50"), Decimal("960.00")]
    for sr_id, balance in zip(prepared, balances, strict=True):
        form = form_of(ctx, sr_id)
        assert form.lo_current_arrears_balance == form.arrears_balance_against_lo == balance
        assert form.sum_applied_for == balance
        assert form.nrp_employment_status == EmploymentStatus.EMPLOYED
        assert form.pack_prepared_on == TODAY
        assert form.dvs_requested is True
    assert (form_of(ctx, first_sr).additional_information or "").startswith(
        'Dog at the property. Said "call first"'
    )
    assert form_of(ctx, prepared[1]).additional_information is None
    # Audited: a create event per document, an update event per form field filled.
    trail = notes.audit_trail(ctx, client.case_id, limit=5000)
    created = {e.new_value for e in trail if e.entity == "document" and e.action == "create"}
    assert {e.name for e in outcome.entries} | {ZIP_NAME} <= created
    prepared_on = [e for e in trail if e.field == "pack_prepared_on"]
    assert sorted(e.entity_id for e in prepared_on) == sorted(
        srs.get_service_request(ctx, sr_id).enforce_form.id  # type: ignore[union-attr]
        for sr_id in prepared
    )


def test_pack_without_dvs_and_a_chosen_sr(
    ctx: ServiceContext, client: Client, prepared: list[int], out: Path
) -> None:
    outcome = bailiff.build_bailiff_pack(
        ctx, SCIN, out, sr_ids=[prepared[2]], skip_reason="The two CMS LOs go next week"
    )
    assert [e.name for e in outcome.entries] == ["01_CMEL8010_LO_3_of_3_CSA-2020-0009.docx"]
    assert outcome.sr_ids == (prepared[2],)
    (data,) = _zip_documents(outcome.zip_path).values()
    assert docx_fields(open_docx(data))["Collection priority"] == "LO 3 of 3"
    assert form_of(ctx, prepared[2]).dvs_requested is False
    assert form_of(ctx, prepared[0]).pack_prepared_on is None


def test_dvs_refused_without_a_driving_licence(
    ctx: ServiceContext, letters: Path, out: Path
) -> None:
    driverless = make_client(ctx, "121000000003", licence=False, vehicle=False)
    prepare(ctx, driverless, letters)
    with pytest.raises(ValidationError) as info:
        bailiff.build_pack_data(ctx, "121000000003", dvs=True)
    assert info.value.errors == {"dvs": bailiff.DVS_REFUSED}
    with pytest.raises(ValidationError):
        bailiff.build_bailiff_pack(ctx, "121000000003", out, dvs=True)
    assert files(out) == []
    pack = bailiff.build_pack_data(ctx, "121000000003", dvs=False)
    assert pack.dvs_request is None and len(pack.referrals) == 3
    assert [r.complete for r in pack.referrals] == [True, False, False]


def test_preview_names_the_zip_and_its_entries_and_offers_dvs_only_with_a_licence(
    ctx: ServiceContext, prepared: list[int], letters: Path, out: Path
) -> None:
    preview = bailiff.preview_pack(ctx, SCIN)
    assert preview.pack == bailiff.build_pack_data(ctx, SCIN, dvs=True)
    assert (preview.zip_name, preview.zip_problem, preview.dvs_refusal) == (ZIP_NAME, None, None)
    assert [n[:22] for n in preview.entry_names] == [
        "01_CMEL8010_LO_1_of_3_",
        "02_CMEL8010_LO_2_of_3_",
        "03_CMEL8010_LO_3_of_3_",
    ]
    assert preview.entries(False) == preview.entry_names
    assert preview.entries(True) == (*preview.entry_names, "04_CMSF5571_DVS_photo_request.docx")
    outcome = bailiff.build_bailiff_pack(ctx, SCIN, out, dvs=True)
    with zipfile.ZipFile(outcome.zip_path) as archive:
        assert tuple(archive.namelist()) == preview.entries(True)
    assert outcome.zip_path.name == preview.zip_name

    driverless = make_client(ctx, "121000000003", licence=False, vehicle=False)
    prepare(ctx, driverless, letters)
    refused = bailiff.preview_pack(ctx, "121000000003")
    assert refused.dvs_refusal == bailiff.DVS_REFUSED
    assert refused.pack.dvs_request is None and refused.dvs_entry_name is None
    assert refused.entries(True) == refused.entry_names and len(refused.entry_names) == 3


def test_additional_information_checked(
    ctx: ServiceContext, client: Client, prepared: list[int]
) -> None:
    with pytest.raises(ValidationError) as info:
        bailiff.build_pack_data(
            ctx, SCIN, dvs=False, additional_information={prepared[0]: "x" * 4001}
        )
    assert "too long (4001 characters; at most 4000)" in info.value.errors["additional_information"]
    with pytest.raises(ValidationError) as info:
        bailiff.build_pack_data(ctx, SCIN, dvs=False, additional_information={999: "x"})
    assert "SR 999 is not in this pack" in info.value.errors["additional_information"]


def test_failed_database_write_leaves_no_zip_and_the_srs_unchanged(
    ctx: ServiceContext,
    client: Client,
    prepared: list[int],
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    old = out / ZIP_NAME
    old.write_bytes(b"an earlier pack")
    before = [srs.get_service_request(ctx, sr_id) for sr_id in prepared]
    documents_before = count(ctx, Document)
    real = bailiff.record_document
    calls = iter(range(100))

    def failing(*args: Any, **kwargs: Any) -> Document:
        if next(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(bailiff, "record_document", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        bailiff.build_bailiff_pack(ctx, SCIN, out, dvs=True)
    assert files(out) == [ZIP_NAME]  # no staging folder, no new zip
    assert old.read_bytes() == b"an earlier pack"
    assert count(ctx, Document) == documents_before
    after = [srs.get_service_request(ctx, sr_id) for sr_id in prepared]
    assert after == before
    assert all(form_of(ctx, sr_id).pack_prepared_on is None for sr_id in prepared)


def test_failed_build_leaves_the_database_unchanged(
    ctx: ServiceContext, client: Client, prepared: list[int], out: Path
) -> None:
    documents_before = count(ctx, Document)

    def interrupt(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError, match="cancelled"):
        bailiff.build_bailiff_pack(ctx, SCIN, out, progress=interrupt)
    assert files(out) == []
    assert count(ctx, Document) == documents_before
    assert form_of(ctx, prepared[0]).pack_prepared_on is None


def test_region_unsafe_in_a_file_name_is_refused(
    ctx: ServiceContext, client: Client, prepared: list[int], out: Path
) -> None:
    with ctx.db.unit_of_work() as s:
        case = s.get(Case, client.case_id)
        assert case is not None
        case.region = "East/Midlands"
    with pytest.raises(ValidationError) as info:
        bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert "path separator" in info.value.errors["region"]
    assert files(out) == []


# --------------------------------------------------------------------------- after sending


@pytest.fixture
def packed(ctx: ServiceContext, client: Client, prepared: list[int], out: Path) -> list[int]:
    bailiff.build_bailiff_pack(ctx, SCIN, out, dvs=True)
    return prepared


def send_all(ctx: ServiceContext, sr_ids: list[int]) -> None:
    for sr_id in sr_ids:
        sr = srs.get_service_request(ctx, sr_id)
        bailiff.record_sent(
            ctx,
            sr_id,
            sr.version,
            proceed_date=TODAY - timedelta(days=3),
            issue_date=TODAY,
            company="Example Enforcement Agents Ltd",
        )


def test_record_sent_waits_90_days(ctx: ServiceContext, packed: list[int]) -> None:
    sr = srs.get_service_request(ctx, packed[0])
    bad = dict(proceed_date=TODAY, issue_date=TODAY - timedelta(days=1), company=" ")
    with pytest.raises(ValidationError) as info:
        bailiff.record_sent(ctx, sr.id, sr.version, **bad)  # type: ignore[arg-type]
    assert set(info.value.errors) == {"issue_date", "company"}
    with pytest.raises(ValidationError) as info:
        bailiff.record_sent(
            ctx,
            sr.id,
            sr.version,
            proceed_date=TODAY,
            issue_date=TODAY + timedelta(days=1),
            company="X",
        )
    assert "future" in info.value.errors["issue_date"]
    with pytest.raises(ConflictError):
        bailiff.record_sent(
            ctx, sr.id, sr.version - 1, proceed_date=TODAY, issue_date=TODAY, company="X"
        )

    done = bailiff.record_sent(
        ctx,
        sr.id,
        sr.version,
        proceed_date=TODAY - timedelta(days=3),
        issue_date=TODAY,
        company="Example Enforcement Agents Ltd",
    )
    assert (done.status, done.sub_status, done.wait_until) == (
        SrStatus.WAIT,
        SrSubStatus.AWAITING_BAILIFF,
        date(2027, 2, 21),
    )
    prepared_step = next(s for s in done.steps if s.step_key == "file_prepared")
    assert prepared_step.outcome == StepOutcome.YES
    assert prepared_step.reason == "Referral sent to Bailiff on 23/11/2026"
    form = form_of(ctx, sr.id)
    assert (form.bailiff_proceed_date, form.bailiff_issue_date, form.bailiff_company) == (
        date(2026, 11, 20),
        TODAY,
        "Example Enforcement Agents Ltd",
    )
    with pytest.raises(RuleViolation, match="already recorded as sent"):
        bailiff.record_sent(
            ctx, sr.id, done.version, proceed_date=TODAY, issue_date=TODAY, company="X"
        )
    # A sent SR is no longer a pack candidate.
    assert packed[0] not in [c.sr_id for c in bailiff.pack_candidates(ctx, SCIN)]


def test_record_sent_needs_the_pack(ctx: ServiceContext, prepared: list[int]) -> None:
    sr = srs.get_service_request(ctx, prepared[0])
    with pytest.raises(RuleViolation, match="Build the bailiff pack"):
        bailiff.record_sent(
            ctx, sr.id, sr.version, proceed_date=TODAY, issue_date=TODAY, company="X"
        )


def test_hold_at_most_28_days_then_resume(ctx: ServiceContext, packed: list[int]) -> None:
    send_all(ctx, packed[:1])
    sr = srs.get_service_request(ctx, packed[0])
    with pytest.raises(ValidationError) as info:
        bailiff.put_on_hold(
            ctx, sr.id, sr.version, reason="Paying parent in hospital", until=TODAY + timedelta(29)
        )
    assert "at most 28 days" in info.value.errors["until"]
    with pytest.raises(ValidationError) as info:
        bailiff.put_on_hold(ctx, sr.id, sr.version, reason=" ", until=TODAY + timedelta(28))
    assert "reason" in info.value.errors

    held = bailiff.put_on_hold(
        ctx, sr.id, sr.version, reason="Paying parent in hospital", until=TODAY + timedelta(28)
    )
    assert (held.status, held.sub_status, held.wait_until) == (
        SrStatus.WAIT,
        SrSubStatus.ON_HOLD,
        date(2026, 12, 21),
    )
    assert form_of(ctx, sr.id).on_hold_reason == "Paying parent in hospital"
    (note,) = notes.list_notes(ctx, service_request_id=sr.id)
    assert note.text == "Bailiff action on hold until 21/12/2026: Paying parent in hospital"

    resumed = bailiff.resume(later(ctx, 10), sr.id, held.version)
    assert (resumed.status, resumed.sub_status, resumed.wait_until) == (
        SrStatus.WAIT,
        SrSubStatus.AWAITING_BAILIFF,
        date(2027, 2, 21),
    )
    assert form_of(ctx, sr.id).on_hold_until is None
    with pytest.raises(RuleViolation, match="not on hold"):
        bailiff.resume(ctx, sr.id, resumed.version)


def test_hold_while_preparing_resumes_in_progress(ctx: ServiceContext, prepared: list[int]) -> None:
    sr = srs.get_service_request(ctx, prepared[1])
    held = bailiff.put_on_hold(
        ctx, sr.id, sr.version, reason="Waiting for DVLA", until=TODAY + timedelta(7)
    )
    candidate = next(c for c in bailiff.pack_candidates(ctx, SCIN) if c.sr_id == sr.id)
    assert candidate.problems == (
        "on hold until 30/11/2026; resume it first (Bailiff procedure, step 13)",
    )
    resumed = bailiff.resume(ctx, sr.id, held.version)
    assert (resumed.status, resumed.sub_status, resumed.wait_until) == (
        SrStatus.IN_PROGRESS,
        None,
        None,
    )


@pytest.fixture
def sent(ctx: ServiceContext, packed: list[int]) -> list[int]:
    send_all(ctx, packed)
    return packed


def test_nulla_bona_blocks_a_later_referral(
    ctx: ServiceContext, client: Client, sent: list[int], letters: Path
) -> None:
    ctx40 = later(ctx, 40)
    outcome_on = TODAY + timedelta(days=38)
    sr = srs.get_service_request(ctx40, sent[0])
    with pytest.raises(ValidationError) as info:
        bailiff.record_outcome(
            ctx40,
            sr.id,
            sr.version,
            outcome=BailiffOutcome.NOT_SUCCESSFUL,
            outcome_type=BailiffOutcomeType.PAID_IN_FULL,
            outcome_date=outcome_on,
            nulla_bona_received_on=outcome_on,
        )
    assert set(info.value.errors) == {"outcome", "nulla_bona_received_on"}

    done = bailiff.record_outcome(
        ctx40,
        sr.id,
        sr.version,
        outcome=BailiffOutcome.NOT_SUCCESSFUL,
        outcome_type=BailiffOutcomeType.RETURNED_BY_BAILIFF,
        outcome_date=outcome_on,
        reason_return_code="Nulla Bona",
        nulla_bona_received_on=outcome_on,
    )
    assert (done.status, done.sub_status, done.wait_until) == (SrStatus.IN_PROGRESS, None, None)
    result = next(s for s in done.steps if s.step_key == "bailiff_outcome")
    assert result.outcome == StepOutcome.NOT_SUCCESSFUL
    form = form_of(ctx40, sr.id)
    assert form.bailiff_outcome_received and form.nulla_bona_received
    assert (form.nulla_bona_received_on, form.bailiff_reason_return_code) == (
        outcome_on,
        "Nulla Bona",
    )

    fourth = _lo(ctx40, client.case_id, client.court_id, "LO/2026/0003", date(2026, 6, 1), "800")
    (check,) = bailiff.check_referral(ctx40, client.case_id, [fourth])
    assert not check.allowed
    assert any(f"Nulla Bona was returned on {outcome_on:%d/%m/%Y}" in r for r in check.reasons)
    with pytest.raises(RuleViolation):
        bailiff.refer_to_bailiff(ctx40, client.case_id, [fourth])

    # CMEL8039: the not successful wording, and nothing about the paying parent.
    (letter, _) = bailiff.send_cmel8039(ctx40, sr.id, letters)
    text = flat(pdf_text(letters / letter.path))
    assert letter.file_name == f"{int(SCIN) + 500000}_CMEL8039_{sr.id}.pdf"
    assert "The bailiff action was not successful." in text
    assert "Robin O'Brien" in text
    for secret in (PAYER_POSTCODE, EMPLOYER, "Ford Focus", "Nulla Bona"):
        assert secret not in text


def test_cmel8039_needs_an_outcome_and_says_successful(
    ctx: ServiceContext, sent: list[int], letters: Path
) -> None:
    with pytest.raises(RuleViolation, match="record the bailiff outcome first"):
        bailiff.send_cmel8039(ctx, sent[2], letters)
    ctx30 = later(ctx, 30)
    sr = srs.get_service_request(ctx30, sent[2])
    bailiff.record_outcome(
        ctx30,
        sr.id,
        sr.version,
        outcome=BailiffOutcome.SUCCESSFUL,
        outcome_type=BailiffOutcomeType.PAID_IN_FULL,
        outcome_date=TODAY + timedelta(days=29),
    )
    letters_sent = bailiff.send_cmel8039(ctx30, sr.id, letters)
    assert len(letters_sent) == 2
    text = flat(pdf_text(letters / letters_sent[1].path))
    assert "The bailiff action was successful." in text
    assert "Dafydd ap Gwilym" in text
    assert "not successful" not in text
    sr_docs = srs.get_service_request(ctx30, sr.id).documents
    assert sum(d.doc_type == DocumentType.CMEL8039 for d in sr_docs) == 2

    current = srs.get_service_request(ctx30, sr.id)
    closed = bailiff.close_bailiff_sr(ctx30, sr.id, current.version, costs_applied=True)
    assert (closed.status, closed.sub_status, closed.closed_on) == (
        SrStatus.CLOSED,
        SrSubStatus.COMPLETED,
        TODAY + timedelta(days=30),
    )
    costs = next(s for s in closed.steps if s.step_key == "cost_applied")
    assert costs.outcome == StepOutcome.APPLIED
    with pytest.raises(RuleViolation):
        bailiff.close_bailiff_sr(ctx30, sr.id, closed.version, costs_applied=False)


def test_arrears_agreement_keeps_the_sr_waiting(ctx: ServiceContext, sent: list[int]) -> None:
    ctx20 = later(ctx, 20)
    sr = srs.get_service_request(ctx20, sent[1])
    with pytest.raises(RuleViolation, match="Record the bailiff outcome"):
        bailiff.close_bailiff_sr(ctx20, sr.id, sr.version, costs_applied=False)
    with pytest.raises(ValidationError) as info:
        bailiff.record_outcome(
            ctx20,
            sr.id,
            sr.version,
            outcome=BailiffOutcome.SUCCESSFUL,
            outcome_type=BailiffOutcomeType.ARREARS_AGREEMENT,
            outcome_date=TODAY + timedelta(days=20),
        )
    assert "arrears_agreement_final_payment_due" in info.value.errors

    agreed = bailiff.record_outcome(
        ctx20,
        sr.id,
        sr.version,
        outcome=BailiffOutcome.SUCCESSFUL,
        outcome_type=BailiffOutcomeType.ARREARS_AGREEMENT,
        outcome_date=TODAY + timedelta(days=20),
        arrears_agreement_final_payment_due=date(2027, 3, 31),
    )
    assert (agreed.status, agreed.sub_status, agreed.wait_until) == (
        SrStatus.WAIT,
        SrSubStatus.AWAITING_BAILIFF,
        date(2027, 4, 7),
    )
    with pytest.raises(RuleViolation) as refused:
        bailiff.close_bailiff_sr(ctx20, sr.id, agreed.version, costs_applied=False)
    assert "arrears agreement is still running" in str(refused.value)
    assert "07/04/2027" in str(refused.value)
    assert srs.get_service_request(ctx20, sr.id).status == SrStatus.WAIT

    done_on = datetime(2027, 4, 7, 10, 0)
    after = ServiceContext(db=ctx.db, user=ctx.user, clock=lambda: done_on)
    closed = bailiff.close_bailiff_sr(after, sr.id, agreed.version, costs_applied=False)
    assert (closed.status, closed.sub_status) == (SrStatus.CLOSED, SrSubStatus.COMPLETED)
    costs = next(s for s in closed.steps if s.step_key == "cost_applied")
    assert costs.outcome == StepOutcome.NOT_APPLIED


def test_outcome_needs_the_referral_sent(ctx: ServiceContext, packed: list[int]) -> None:
    sr = srs.get_service_request(ctx, packed[0])
    with pytest.raises(RuleViolation, match="before its outcome"):
        bailiff.record_outcome(
            ctx,
            sr.id,
            sr.version,
            outcome=BailiffOutcome.NRP_NOT_LOCATED,
            outcome_type=BailiffOutcomeType.RETURNED_BY_BAILIFF,
            outcome_date=TODAY,
        )


def test_hold_refused_before_the_sr_is_in_progress(ctx: ServiceContext, client: Client) -> None:
    """Holding an Open SR then resuming would skip generating its activity plan."""
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    assert sr.status == SrStatus.OPEN
    with pytest.raises(RuleViolation, match="In Progress"):
        bailiff.put_on_hold(
            ctx,
            sr.id,
            sr.version,
            reason="Paying parent in hospital",
            until=FIXED_NOW.date() + timedelta(days=10),
        )
    assert srs.get_service_request(ctx, sr.id).status == SrStatus.OPEN


def test_bailiff_actions_follow_the_stages_of_seed_003(
    ctx: ServiceContext, client: Client, packed: list[int]
) -> None:
    A = bailiff.BailiffAction

    def shown(sr_id: int) -> dict[bailiff.BailiffAction, bool]:
        states = bailiff.bailiff_actions(srs.get_service_request(ctx, sr_id))
        return {action: state.allowed for action, state in states.items() if state.shown}

    sr_id = packed[0]
    assert shown(sr_id) == {
        A.SEND_CMEL8011: True,
        A.PREPARE_PACK: True,
        A.RECORD_SENT: True,
        A.HOLD: True,
    }
    send_all(ctx, [sr_id])
    assert shown(sr_id) == {A.HOLD: True, A.RECORD_OUTCOME: True}
    sr = srs.get_service_request(ctx, sr_id)
    bailiff.put_on_hold(ctx, sr.id, sr.version, reason="In hospital", until=TODAY + timedelta(7))
    assert shown(sr_id) == {A.RESUME: True, A.RECORD_OUTCOME: True}

    # A new SR, Open and with no LO yet: hold, "sent" and CMEL8011 are refused, with reasons.
    fresh = srs.create_service_request(
        ctx, client.case_id, "Enforcement", "Take Enforcement Action", "Bailiff"
    )
    states = bailiff.bailiff_actions(fresh)
    assert not states[A.HOLD].allowed and "In Progress" in (states[A.HOLD].reason or "")
    assert not states[A.RECORD_SENT].allowed
    assert "Build the bailiff pack first" in (states[A.RECORD_SENT].reason or "")
    assert not states[A.SEND_CMEL8011].allowed
    assert "CMEL8011 cannot be sent yet" in (states[A.SEND_CMEL8011].reason or "")


def test_bailiff_state_names_the_stage_the_activity_plan_shows(
    ctx: ServiceContext, client: Client, packed: list[int]
) -> None:
    # The stage and hold come from the service, so the Activity Plan never works them out again.
    S = bailiff.BailiffStage

    def state(context: ServiceContext, sr_id: int) -> bailiff.BailiffState:
        found = bailiff.bailiff_state(srs.get_service_request(context, sr_id))
        assert found is not None
        return found

    fresh = srs.create_service_request(
        ctx, client.case_id, "Enforcement", "Take Enforcement Action", "Bailiff"
    )
    first = bailiff.bailiff_state(fresh)
    assert first is not None and (first.stage, first.on_hold) == (S.PREPARING, False)
    assert first.stage.before_referral
    hold = first.actions[bailiff.BailiffAction.HOLD]
    assert hold.description == "Hold the bailiff action for at most 28 days, with a reason"
    letter = first.actions[bailiff.BailiffAction.SEND_CMEL8011]
    assert "at least 90 days" in letter.description

    sr_id = packed[0]
    assert state(ctx, sr_id).stage == S.PACK_PREPARED
    send_all(ctx, [sr_id])
    sent = state(ctx, sr_id)
    assert (sent.stage, sent.on_hold, sent.stage.before_referral) == (S.WITH_BAILIFF, False, False)
    sr = srs.get_service_request(ctx, sr_id)
    bailiff.put_on_hold(ctx, sr.id, sr.version, reason="In hospital", until=TODAY + timedelta(7))
    assert (state(ctx, sr_id).stage, state(ctx, sr_id).on_hold) == (S.WITH_BAILIFF, True)
    ctx30 = later(ctx, 30)
    sr = bailiff.resume(ctx30, sr_id, srs.get_service_request(ctx30, sr_id).version)
    bailiff.record_outcome(
        ctx30,
        sr.id,
        sr.version,
        outcome=BailiffOutcome.SUCCESSFUL,
        outcome_type=BailiffOutcomeType.PAID_IN_FULL,
        outcome_date=TODAY + timedelta(days=29),
    )
    assert state(ctx30, sr_id).stage == S.OUTCOME_RECEIVED
    current = srs.get_service_request(ctx30, sr_id)
    closed = bailiff.close_bailiff_sr(ctx30, sr_id, current.version, costs_applied=True)
    assert bailiff.bailiff_state(closed) is None
    assert bailiff.bailiff_actions(closed) == {}
