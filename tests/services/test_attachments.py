"""Received documents attached to an SR (issue 10; Enforcement Action – Consider, step 11)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from enforcement_desktop.domain.enums import DocumentType
from enforcement_desktop.domain.errors import NotFoundError, ValidationError
from enforcement_desktop.domain.letters import MAX_ATTACHMENT_BYTES
from enforcement_desktop.services import attachments
from enforcement_desktop.services import service_requests as srs
from enforcement_desktop.services.context import ServiceContext
from enforcement_desktop.services.files import resolve_document_path
from enforcement_desktop.storage.models import Document
from tests.services.builders import make_case


def _sr(ctx: ServiceContext) -> int:
    case = make_case(ctx)
    return srs.create_service_request(
        ctx, case.id, "Enforcement", "Decide On Enforcement Action", "Gather Information"
    ).id


def _documents(ctx: ServiceContext) -> int:
    with ctx.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Document)) or 0)


def test_a_file_is_copied_into_the_store_and_recorded(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _sr(ctx)
    source = tmp_path / "Payslip from employer.PDF"
    source.write_bytes(b"%PDF-1.4 fictional payslip")
    store = tmp_path / "store"

    doc = attachments.attach_file(ctx, sr_id, source, store)

    assert doc.doc_type is DocumentType.RECEIVED
    assert doc.file_name == "Payslip from employer.PDF"
    assert doc.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert doc.path == f"documents/sr-{sr_id}/{doc.sha256[:16]}.pdf"  # no name in the path
    assert resolve_document_path(doc.path, store).read_bytes() == source.read_bytes()
    assert [d.id for d in srs.get_service_request(ctx, sr_id).documents] == [doc.id]
    again = attachments.attach_file(ctx, sr_id, source, store)
    assert again.path != doc.path  # never replaces a stored file


def test_a_folder_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _sr(ctx)
    with pytest.raises(ValidationError, match="is not a file"):
        attachments.attach_file(ctx, sr_id, tmp_path, tmp_path / "store")
    assert _documents(ctx) == 0


def test_a_missing_file_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _sr(ctx)
    with pytest.raises(ValidationError, match="was not found"):
        attachments.attach_file(ctx, sr_id, tmp_path / "gone.pdf", tmp_path / "store")
    assert _documents(ctx) == 0


def test_over_50_mb_is_refused_with_its_size(ctx: ServiceContext, tmp_path: Path) -> None:
    sr_id = _sr(ctx)
    big = tmp_path / "scan.tif"
    with open(big, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES + 5 * 1024 * 1024)  # sparse: no disk used
    with pytest.raises(ValidationError) as caught:
        attachments.attach_file(ctx, sr_id, big, tmp_path / "store")
    assert caught.value.errors["file"] == "scan.tif: The file is 55.0 MB; the limit is 50 MB"
    assert _documents(ctx) == 0
    assert not (tmp_path / "store" / "documents").exists()


def test_exactly_50_mb_is_accepted(tmp_path: Path) -> None:
    edge = tmp_path / "edge.bin"
    with open(edge, "wb") as handle:
        handle.truncate(MAX_ATTACHMENT_BYTES)
    assert attachments.check_source(edge) == MAX_ATTACHMENT_BYTES


def test_an_unknown_sr_is_refused_before_anything_is_copied(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    source = tmp_path / "reply.txt"
    source.write_text("fictional")
    with pytest.raises(NotFoundError):
        attachments.attach_file(ctx, 999, source, tmp_path / "store")
    assert not (tmp_path / "store").exists()
