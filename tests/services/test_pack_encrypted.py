"""An encrypted bailiff pack (issue 12): AES-256, the passphrase used once and never stored."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import pyzipper
from sqlalchemy import select, text

from enforcement_desktop import demo
from enforcement_desktop.documents.encrypted_zip import generate_passphrase
from enforcement_desktop.services import bailiff
from enforcement_desktop.services.base import ServiceContext
from enforcement_desktop.services.files import PACK_ENCRYPTED
from enforcement_desktop.storage.models import AuditEvent, Base
from tests.conftest import FIXED_NOW

PREPARED = "121000000008"  # three Bailiff SRs validated, pack not built


@pytest.fixture
def showcase(ctx: ServiceContext) -> ServiceContext:
    demo.build_demo(ctx.db, today=FIXED_NOW.date(), cases=len(demo.SHOWCASE), user=ctx.user)
    return ctx


def _every_text_in_the_database(ctx: ServiceContext) -> str:
    found: list[str] = []
    with ctx.db.unit_of_work() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(text(f'SELECT * FROM "{table.name}"')):
                found.extend(str(value) for value in row if value is not None)
    return "\n".join(found)


def test_encrypted_pack_opens_with_its_passphrase_only(
    showcase: ServiceContext, tmp_path: Path
) -> None:
    secret = generate_passphrase()
    outcome = bailiff.build_bailiff_pack(showcase, PREPARED, tmp_path, passphrase=secret)
    assert hashlib.sha256(outcome.zip_path.read_bytes()).hexdigest() == outcome.sha256
    with pyzipper.AESZipFile(outcome.zip_path) as archive:
        names = archive.namelist()
        with pytest.raises(RuntimeError):
            archive.read(names[0])
        archive.setpassword(secret.encode())
        documents = [archive.read(name) for name in names]
    assert [hashlib.sha256(d).hexdigest() for d in documents] == [e.sha256 for e in outcome.entries]
    with showcase.db.unit_of_work() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == PACK_ENCRYPTED)
        ).all()
    assert (event.user, event.entity, event.entity_id) == (
        "test.user",
        "service_request",
        outcome.sr_ids[0],
    )
    assert outcome.zip_path.name in (event.new_value or "")
    assert secret not in _every_text_in_the_database(showcase), "the passphrase is not stored"


def test_a_plain_pack_records_no_encryption(showcase: ServiceContext, tmp_path: Path) -> None:
    bailiff.build_bailiff_pack(showcase, PREPARED, tmp_path)
    with showcase.db.unit_of_work() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == PACK_ENCRYPTED)
        ).all()
