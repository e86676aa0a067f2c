"""Bailiff packs and letters on disk: owner-only files and folders, and the pack audited."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from enforcement_desktop import demo
from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.errors import RuleViolation, ValidationError
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.storage.models import AuditEvent, Case, Contact, Document
from tests.conftest import FIXED_NOW

PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built
posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def showcase(ctx: ServiceContext) -> ServiceContext:
    """The demo's showcase clients, owned by the test user, "today" 23/11/2026."""
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return ctx


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pack_is_audited_against_the_client_with_the_zip_hash(
    showcase: ServiceContext, tmp_path: Path
) -> None:
    outcome = bailiff.build_bailiff_pack(showcase, PREPARED, tmp_path, dvs=True)
    on_disk = hashlib.sha256(outcome.zip_path.read_bytes()).hexdigest()
    with showcase.db.unit_of_work() as s:
        payer = s.scalars(select(Contact).where(Contact.scin == PREPARED)).one()
        case_id = s.scalars(select(Case.id).where(Case.paying_parent_id == payer.id)).one()
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.action == "pack")).all()
        zip_document = s.scalars(
            select(Document).where(Document.doc_type == DocumentType.BAILIFF_PACK)
        ).one()
    assert (event.user, event.at) == ("test.user", FIXED_NOW)
    assert (event.entity, event.entity_id, event.case_id) == ("contact", payer.id, case_id)
    assert event.new_value == f"{outcome.zip_path.name}; SHA-256 {on_disk}"
    assert payer.last_name not in (event.new_value or "")
    assert zip_document.sha256 == outcome.sha256 == on_disk


@posix_only
def test_pack_zip_and_the_folders_made_for_it_are_owner_only(
    showcase: ServiceContext, tmp_path: Path
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    folder = shared / "packs" / "november"
    old_umask = os.umask(0o022)
    try:
        outcome = bailiff.build_bailiff_pack(showcase, PREPARED, folder)
    finally:
        os.umask(old_umask)
    assert outcome.zip_path.parent == folder.resolve()
    assert mode(outcome.zip_path) == 0o600
    assert mode(folder) == mode(folder.parent) == 0o700
    assert mode(shared) == 0o755
    assert [p.name for p in folder.iterdir()] == [outcome.zip_path.name]


def test_a_refused_pack_makes_no_folder(showcase: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(RuleViolation, match="Nothing can be packed"):
        bailiff.build_bailiff_pack(showcase, "121000000005", tmp_path / "packs")
    assert not (tmp_path / "packs").exists()


def test_pack_onto_a_file_is_refused(showcase: ServiceContext, tmp_path: Path) -> None:
    (tmp_path / "packs").write_text("a file, not a folder")
    with pytest.raises(ValidationError) as info:
        bailiff.build_bailiff_pack(showcase, PREPARED, tmp_path / "packs")
    assert "not a folder" in info.value.errors["out_dir"]


@posix_only
def test_letters_and_the_folder_made_for_them_are_owner_only(
    showcase: ServiceContext, tmp_path: Path
) -> None:
    (candidate, *_rest) = bailiff.pack_candidates(showcase, PREPARED)
    folder = tmp_path / "letters"
    old_umask = os.umask(0o022)
    try:
        documents = bailiff.send_cmel8011(showcase, candidate.sr_id, folder)
    finally:
        os.umask(old_umask)
    assert documents
    assert mode(folder) == 0o700
    for document in documents:
        assert mode(folder / document.path) == 0o600
