"""Issue 12 through the bailiff services: who to call, no LO left out without a word, nothing
overwritten, letters per referral and recipient, and the DVS request when a licence is suspected.

On the real database fixture, with the client of ``test_bailiff`` (two CMS LOs and one CSA LO,
two receiving parents); the files written are opened and read back.
"""

from __future__ import annotations

import hashlib
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from enforcement_desktop.domain.enums import (
    BailiffOutcome,
    BailiffOutcomeType,
    DocumentType,
    SrStatus,
    StepOutcome,
)
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import assets, bailiff, notes
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AppUser, AuditEvent, Document, Office
from tests.documents.helpers import docx_fields, docx_text, flat, grid_rows, open_docx, pdf_text
from tests.services.builders import make_case_manager
from tests.services.test_bailiff import (
    SCIN,
    TODAY,
    ZIP_NAME,
    Client,
    files,
    form_of,
    later,
    make_client,
    prepare,
    send_all,
    step,
)

CASE_MANAGER = "Morgan Testwell"
PHONE = "0115 496 0123"
TEAM = "Enforcement Team 7"


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


def zip_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: docx_text(open_docx(archive.read(name))) for name in archive.namelist()}


def set_user(ctx: ServiceContext, login: str, **values: object) -> None:
    with ctx.db.unit_of_work() as s:
        s.execute(update(AppUser).where(AppUser.login == login).values(**values))


def documents_of(ctx: ServiceContext, sr_id: int, doc_type: DocumentType) -> list[Document]:
    with ctx.db.unit_of_work() as s:
        rows = s.scalars(
            select(Document).where(
                Document.service_request_id == sr_id, Document.doc_type == doc_type
            )
        ).all()
        s.expunge_all()
        return list(rows)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- 1 who to call


def test_forms_and_letters_give_the_case_managers_phone_team_and_office(
    ctx: ServiceContext, prepared: list[int], letters: Path, out: Path
) -> None:
    outcome = bailiff.build_bailiff_pack(ctx, SCIN, out, dvs=True)
    texts = zip_texts(outcome.zip_path)
    assert len(texts) == 4
    for name, text in texts.items():
        assert CASE_MANAGER in text and PHONE in text, name
        assert "Not Known" not in text.split("Case manager")[-1][:200], name
    first = docx_fields(open_docx(zipfile.ZipFile(outcome.zip_path).read(outcome.entries[0].name)))
    assert TEAM in " ".join(first.values())

    # The CMEL8011s sent while preparing: the phone, the hours and the office to write to.
    (letter, *_) = sorted(letters.glob("*_CMEL8011_*.pdf"))
    text = flat(pdf_text(letter))
    for expected in (PHONE, "Monday to Friday, 8am to 6pm", "Fictional House", "ZZ99 1ZZ"):
        assert expected in text
    assert "test.user" not in text


def test_the_sr_owner_is_named_not_a_colleague_who_builds_the_pack(
    ctx: ServiceContext, prepared: list[int], out: Path
) -> None:
    make_case_manager(ctx, "cover.colleague", display_name="Sam Coverley", phone="0115 496 0999")
    colleague = ServiceContext(db=ctx.db, user="cover.colleague", clock=ctx.clock)
    outcome = bailiff.build_bailiff_pack(colleague, SCIN, out)
    for text in zip_texts(outcome.zip_path).values():
        assert CASE_MANAGER in text and PHONE in text
        assert "Sam Coverley" not in text and "0115 496 0999" not in text


def test_a_pack_without_the_direct_phone_is_refused_with_the_reason(
    ctx: ServiceContext, prepared: list[int], out: Path
) -> None:
    set_user(ctx, ctx.user, phone=None)
    message = "Your user record has no direct phone number: ask a team leader to add it (Users…)"
    with pytest.raises(RuleViolation) as info:
        bailiff.preview_pack(ctx, SCIN)
    assert info.value.reasons == [message]
    with pytest.raises(RuleViolation) as info:
        bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert info.value.reasons == [message]
    assert files(out) == []
    assert form_of(ctx, prepared[0]).pack_prepared_on is None


def test_letters_need_the_office_forms_do_not(
    ctx: ServiceContext, client: Client, letters: Path, out: Path
) -> None:
    with ctx.db.unit_of_work() as s:
        s.execute(update(Office).values(opening_hours="", address=""))
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    with pytest.raises(RuleViolation) as info:
        bailiff.send_cmel8011(ctx, sr.id, letters)
    assert info.value.reasons == [
        "The office Demoton Enforcement Office has no address, no opening hours: ask a team "
        "leader to add it (Users…)"
    ]
    assert files(letters) == []
    assert form_of(ctx, sr.id).cmel8011_sent_on is None


def test_an_owner_without_a_user_record_is_named(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    with ctx.db.unit_of_work() as s:
        s.execute(update(AppUser).where(AppUser.login == ctx.user).values(login="gone.user"))
    with pytest.raises(RuleViolation) as info:
        bailiff.send_cmel8011(ctx, sr.id, letters)
    assert info.value.reasons == [
        "Your login 'test.user' has no user record, so no name, phone or office can be "
        "printed: ask a team leader to add it (Users…)"
    ]
    # Owned by someone else with no record: their login is named.
    srs_owner = ServiceContext(db=ctx.db, user="gone.user", clock=ctx.clock)
    with pytest.raises(RuleViolation) as info:
        bailiff.send_cmel8011(srs_owner, sr.id, letters)
    assert info.value.reasons == [
        f"The owner of Bailiff SR {sr.id} (test.user): no user record, so no name, phone or "
        "office can be printed: ask a team leader to add one (Users…)"
    ]


# --------------------------------------------------------------------------- 2 priority


def test_the_pack_places_every_lo_and_asks_why_a_higher_one_is_left_out(
    ctx: ServiceContext, client: Client, prepared: list[int], out: Path
) -> None:
    oldest, newest, csa = prepared
    step(ctx, oldest, "welfare_of_child", StepOutcome.PENDING)
    preview = bailiff.preview_pack(ctx, SCIN)
    assert [(e.reference, e.position_label, e.place) for e in preview.priorities] == [
        ("LO/2023/0042", "LO 1 of 3", bailiff.LoPlace.NOT_IN_PACK),
        ("LO/2025/0107", "LO 2 of 3", bailiff.LoPlace.IN_PACK),
        ("CSA/2020/0009", "LO 3 of 3", bailiff.LoPlace.IN_PACK),
    ]
    assert "Consider the welfare of the child" in preview.priorities[0].detail
    assert [e.reference for e in preview.skipped] == ["LO/2023/0042"]
    assert preview.skip_question is not None and "LO/2023/0042 (LO 1 of 3)" in (
        preview.skip_question
    )
    assert [r.position_label for r in preview.pack.referrals] == ["LO 2 of 3", "LO 3 of 3"]

    # Building without a reason is refused beside the reason; nothing is written.
    with pytest.raises(ValidationError) as info:
        bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert info.value.errors == {"skip_reason": preview.skip_question}
    with pytest.raises(ValidationError):
        bailiff.build_bailiff_pack(ctx, SCIN, out, skip_reason="   ")
    assert files(out) == []

    reason = "Welfare decision on the oldest LO awaits the team leader"
    outcome = bailiff.build_bailiff_pack(ctx, SCIN, out, skip_reason=reason)
    assert [e.name[:22] for e in outcome.entries] == [
        "01_CMEL8010_LO_2_of_3_",
        "02_CMEL8010_LO_3_of_3_",
    ]
    texts = list(zip_texts(outcome.zip_path).values())
    assert "Collect after LO 1" in texts[0]
    with ctx.db.unit_of_work() as s:
        events = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "pack_skips_priority")
        ).all()
        recorded = {(e.entity, e.entity_id, e.new_value) for e in events}
    assert {(entity, sr_id) for entity, sr_id, _ in recorded} == {
        ("service_request", newest),
        ("service_request", csa),
    }
    for _, _, text in recorded:
        assert "LO/2023/0042 (LO 1 of 3, not in this pack" in (text or "")
        assert reason in (text or "")
    assert any(reason in n.text for n in notes.list_notes(ctx, service_request_id=newest))

    # Sent; the oldest LO now goes alone, still first: "LO 1 of 3", the others with the bailiff.
    send_all(ctx, [newest, csa])
    step(ctx, oldest, "welfare_of_child", StepOutcome.DONE)
    preview = bailiff.preview_pack(ctx, SCIN)
    assert [(e.position_label, e.place) for e in preview.priorities] == [
        ("LO 1 of 3", bailiff.LoPlace.IN_PACK),
        ("LO 2 of 3", bailiff.LoPlace.WITH_BAILIFF),
        ("LO 3 of 3", bailiff.LoPlace.WITH_BAILIFF),
    ]
    assert preview.priorities[1].detail == "Sent to Example Enforcement Agents Ltd on 23/11/2026"
    assert preview.skip_question is None
    alone = bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert [e.name[:22] for e in alone.entries] == ["01_CMEL8010_LO_1_of_3_"]
    assert "Collect this LO first" in next(iter(zip_texts(alone.zip_path).values()))


def test_an_lo_never_referred_is_listed_with_why(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    made = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_new])
    entries = bailiff.lo_priorities(ctx, SCIN)
    assert [(e.reference, e.place) for e in entries] == [
        ("LO/2023/0042", bailiff.LoPlace.NOT_REFERRED),
        ("LO/2025/0107", bailiff.LoPlace.NOT_IN_PACK),
        ("CSA/2020/0009", bailiff.LoPlace.NOT_REFERRED),
    ]
    assert entries[0].detail == "not referred to the bailiff (no open Bailiff SR)"
    assert entries[1].sr_id == made[0].id and "status is Open" in entries[1].detail


# --------------------------------------------------------------------------- 3 no overwrite


def test_a_later_pack_never_replaces_an_earlier_one(
    ctx: ServiceContext, prepared: list[int], out: Path
) -> None:
    first = bailiff.build_bailiff_pack(ctx, SCIN, out, dvs=True)
    second = bailiff.build_bailiff_pack(ctx, SCIN, out)
    third = bailiff.build_bailiff_pack(ctx, SCIN, out)
    dated = f"{SCIN}EastMidlands {TODAY.isoformat()}"
    assert [p.zip_path.name for p in (first, second, third)] == [
        ZIP_NAME,
        f"{dated}.zip",
        f"{dated} (2).zip",
    ]
    assert files(out) == sorted([ZIP_NAME, f"{dated}.zip", f"{dated} (2).zip"])
    # Each recorded hash matches a file that exists, and the first pack is as it was.
    assert first.sha256 != second.sha256  # with and without the CMSF5571
    recorded = documents_of(ctx, prepared[0], DocumentType.BAILIFF_PACK)
    assert len(recorded) == 3
    for document in recorded:
        path = Path(document.path)
        if not path.is_absolute():
            path = out / path
        assert path.name == document.file_name and sha(path) == document.sha256
    assert sha(first.zip_path) == first.sha256


def test_a_file_of_the_same_name_is_left_alone(
    ctx: ServiceContext, prepared: list[int], out: Path
) -> None:
    (out / ZIP_NAME).write_bytes(b"someone else's file")
    outcome = bailiff.build_bailiff_pack(ctx, SCIN, out)
    assert outcome.zip_path.name == f"{SCIN}EastMidlands {TODAY.isoformat()}.zip"
    assert (out / ZIP_NAME).read_bytes() == b"someone else's file"
    assert sha(outcome.zip_path) == outcome.sha256


def test_a_letter_sent_again_never_replaces_the_first(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    (sr,) = bailiff.refer_to_bailiff(ctx, client.case_id, [client.cms_old])
    srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
    assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    first = bailiff.send_cmel8011(ctx, sr.id, letters)
    again = bailiff.send_cmel8011(ctx, sr.id, letters)
    receiver = int(SCIN) + 500000
    assert first[0].file_name == f"{receiver}_CMEL8011_{sr.id}.pdf"
    assert again[0].file_name == f"{receiver}_CMEL8011_{sr.id} {TODAY.isoformat()}.pdf"
    assert len(files(letters)) == 4
    for document in (*first, *again):
        path = letters / document.file_name
        assert sha(path) == document.sha256


# --------------------------------------------------------------------------- 5 letters


def test_one_cmel8011_per_referral_and_receiving_parent(
    ctx: ServiceContext, client: Client, letters: Path
) -> None:
    made = bailiff.refer_to_bailiff(
        ctx, client.case_id, [client.csa, client.cms_new, client.cms_old]
    )
    for sr in made:
        sr = srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
        assets.link_asset_to_sr(ctx, sr.id, client.asset_id)
    documents = bailiff.send_cmel8011(ctx, made[1].id, letters)
    # Two receiving parents: two letters, each recorded on the three SRs of the referral.
    assert len(files(letters)) == 2
    assert len(documents) == 6
    assert {d.file_name for d in documents} == {
        f"{int(SCIN) + 500000}_CMEL8011_{made[0].id}.pdf",
        f"{int(SCIN) + 600000}_CMEL8011_{made[0].id}.pdf",
    }
    for sr in made:
        assert form_of(ctx, sr.id).cmel8011_sent_on == TODAY
        notify = next(
            s
            for s in srs.get_service_request(ctx, sr.id).steps
            if s.step_key == "notify_receiving_parent"
        )
        assert notify.outcome == StepOutcome.DONE
        assert len(documents_of(ctx, sr.id, DocumentType.CMEL8011)) == 2
    text = flat(pdf_text(letters / f"{int(SCIN) + 500000}_CMEL8011_{made[0].id}.pdf"))
    # Named in collection priority, with the period each covers.
    positions = [text.index(ref) for ref in ("LO/2023/0042", "LO/2025/0107", "CSA/2020/0009")]
    assert positions == sorted(positions)
    assert "is being referred" in text


def test_cmel8039_per_outcome_names_its_lo(
    ctx: ServiceContext, prepared: list[int], out: Path, letters: Path
) -> None:
    bailiff.build_bailiff_pack(ctx, SCIN, out)
    send_all(ctx, prepared)
    ctx30 = later(ctx, 30)
    for sr_id, outcome, kind in (
        (prepared[0], BailiffOutcome.SUCCESSFUL, BailiffOutcomeType.PAID_IN_FULL),
        (prepared[1], BailiffOutcome.NRP_NOT_LOCATED, BailiffOutcomeType.RETURNED_BY_BAILIFF),
    ):
        sr = srs.get_service_request(ctx30, sr_id)
        bailiff.record_outcome(
            ctx30,
            sr.id,
            sr.version,
            outcome=outcome,
            outcome_type=kind,
            outcome_date=TODAY + timedelta(days=29),
        )
    paid = bailiff.send_cmel8039(ctx30, prepared[0], letters)
    lost = bailiff.send_cmel8039(ctx30, prepared[1], letters)
    assert len(paid) == len(lost) == 2
    paid_text = flat(pdf_text(Path(letters / paid[0].file_name)))
    lost_text = flat(pdf_text(Path(letters / lost[0].file_name)))
    assert "LO/2023/0042" in paid_text and "LO/2025/0107" not in paid_text
    assert "LO/2025/0107" in lost_text and "LO/2023/0042" not in lost_text
    assert "1 April 2021 to 31 March 2022" in paid_text
    for text in (paid_text, lost_text):
        assert "7 Example Street" not in text and "B15 2TT" not in text
    assert {
        d.service_request_id for d in documents_of(ctx, prepared[1], DocumentType.CMEL8039)
    } == {prepared[1]}


# --------------------------------------------------------------------------- 10 DVS


def test_dvs_offered_when_a_vehicle_is_known_and_the_licence_only_suspected(
    ctx: ServiceContext, letters: Path, out: Path
) -> None:
    from enforcement_desktop.services import contacts

    client = make_client(ctx, "121000000003", licence=False)
    contacts.add_vehicle(
        ctx, client.payer_id, contacts.VehicleInput("ZZ22 ZZZ", make="Testmoto", model="Van")
    )
    prepare(ctx, client, letters)
    preview = bailiff.preview_pack(ctx, "121000000003")
    assert preview.dvs_refusal is None and preview.pack.dvs_request is not None
    assert "suspected to hold a driving licence: 2 vehicles are recorded" in (
        preview.pack.dvs_request.reason
    )
    outcome = bailiff.build_bailiff_pack(ctx, "121000000003", out, dvs=True)
    with zipfile.ZipFile(outcome.zip_path) as archive:
        form = open_docx(archive.read(outcome.entries[-1].name))
    assert outcome.entries[-1].doc_type == DocumentType.CMSF5571
    assert [row[0] for row in grid_rows(form, "Registration")] == ["ZZ11ZZZ", "ZZ22ZZZ"]
    assert "suspected to hold a driving licence" in docx_text(form)
