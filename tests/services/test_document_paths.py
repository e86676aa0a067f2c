"""Documents are recorded relative to the document store (issue 12 item 12), never with the
absolute local path, and older absolute paths are migrated to their file name (0004)."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from enforcement_desktop import demo
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.files import file_digest, resolve_document_path
from enforcement_desktop.storage.db import alembic_config, current_revision
from enforcement_desktop.storage.models import Document
from tests.conftest import FIXED_NOW

PREPARED = "121000000008"


@pytest.fixture
def showcase(ctx: ServiceContext) -> ServiceContext:
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return ctx


def _paths(ctx: ServiceContext) -> list[str]:
    with ctx.db.unit_of_work() as session:
        return list(session.scalars(select(Document.path).order_by(Document.id)))


def test_packs_and_letters_are_recorded_relative_to_the_store(
    showcase: ServiceContext, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    candidate = bailiff.pack_candidates(showcase, PREPARED)[0]
    letters = bailiff.send_cmel8011(showcase, candidate.sr_id, store)
    outcome = bailiff.build_bailiff_pack(showcase, PREPARED, store)
    recorded = _paths(showcase)
    assert recorded and not any(Path(p).is_absolute() or str(tmp_path) in p for p in recorded)
    assert set(recorded) == {outcome.zip_path.name} | {d.file_name for d in letters}
    for letter in letters:
        found = resolve_document_path(letter.path, store)
        assert file_digest(found)[1] == letter.sha256
    # The pack's forms are recorded with the zip that holds them.
    for document in outcome.documents:
        assert resolve_document_path(document.path, store) == outcome.zip_path
    assert file_digest(outcome.zip_path)[1] == outcome.sha256


def test_resolving_refuses_to_climb_out_of_the_store(tmp_path: Path) -> None:
    assert resolve_document_path("a/b.zip", tmp_path) == tmp_path / "a" / "b.zip"
    with pytest.raises(ValueError):
        resolve_document_path("../elsewhere.zip", tmp_path)


def test_migration_0004_keeps_only_the_file_name(showcase: ServiceContext, tmp_path: Path) -> None:
    bailiff.build_bailiff_pack(showcase, PREPARED, tmp_path)
    old = [
        r"C:\Users\jo.bloggs\Documents\Bailiff packs\121000000008Midlands.zip",
        "/home/jo/packs/letter.pdf",
        r"\\server\share\packs\other.zip",
    ]
    with showcase.db.engine.begin() as conn:
        ids = list(conn.scalars(text("SELECT id FROM document ORDER BY id")))
        for row_id, path in zip(ids, old, strict=False):
            conn.execute(
                text("UPDATE document SET path = :p WHERE id = :i"), {"p": path, "i": row_id}
            )
    config = alembic_config(showcase.db.engine)
    # Run 0004 alone again: the later migrations' tables and indexes are there already.
    command.stamp(config, "0003")
    command.upgrade(config, "0004")
    assert current_revision(showcase.db.engine) == "0004"
    command.stamp(config, "head")
    assert _paths(showcase)[:3] == ["121000000008Midlands.zip", "letter.pdf", "other.zip"]
