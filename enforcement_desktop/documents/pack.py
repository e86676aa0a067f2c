"""The bailiff pack: the zip of CMEL8010s (and the CMSF5571) sent to the Bailiff SPOC.

The zip is named SCIN + region with spaces removed (seed 003 step 12), e.g.
``121000000001EastMidlands.zip``. Its entries are numbered in collection priority, so the
bailiff sees them in the order they must be collected:

    01_CMEL8010_LO_1_of_3_<LO reference>.docx
    02_CMEL8010_LO_2_of_3_<LO reference>.docx
    03_CMEL8010_LO_3_of_3_<LO reference>.docx
    04_CMSF5571_DVS_photo_request.docx

Every document is rendered in memory first, then the zip is written to a temporary file next to
its final name and renamed: a failure at any point leaves no zip, no partial zip and no loose
documents on disk.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from enforcement_desktop.documents.atomic import atomic_write
from enforcement_desktop.documents.cmel8010 import render_cmel8010
from enforcement_desktop.documents.cmsf5571 import render_cmsf5571
from enforcement_desktop.documents.data import BailiffPack, LiabilityOrderDetails
from enforcement_desktop.documents.encrypted_zip import encrypt_zip
from enforcement_desktop.documents.zips import build_zip
from enforcement_desktop.domain.enums import DocumentType, OrderOrigin
from enforcement_desktop.domain.errors import ValidationError
from enforcement_desktop.domain.values import check_scin, format_date, normalise_scin

#: Characters Windows refuses in file names, besides control characters.
_WINDOWS_UNSAFE = '<>:"/\\|?*'
_MAX_REGION = 60


class PackEntry(NamedTuple):
    """One document in the zip: its entry name, SHA-256 (hex) and type."""

    name: str
    sha256: str
    doc_type: DocumentType


@dataclass(frozen=True)
class PackResult:
    """What :func:`build_pack` wrote.

    ``entries`` are in zip order: the CMEL8010s in the order of ``BailiffPack.referrals`` (so
    ``entries[i]`` belongs to ``referrals[i]``), then the CMSF5571 when requested.
    """

    zip_path: Path
    sha256: str
    entries: tuple[PackEntry, ...]
    #: AES-256 encrypted under a passphrase (see :mod:`.encrypted_zip`).
    encrypted: bool = False


def _region_problem(region: str) -> str | None:
    if not region.strip():
        return "Region is required"
    for char in region:
        category = unicodedata.category(char)
        # Cc: control characters; Cf: invisible format characters such as the right-to-left
        # override, which can disguise a file name's real extension.
        if category in ("Cc", "Cf", "Cs", "Co", "Cn") or category in ("Zl", "Zp"):
            return f"Region contains a control or invisible character (U+{ord(char):04X})"
    if any(sep in region for sep in ("/", "\\", os.sep, os.altsep or "/")):
        return "Region must not contain a path separator (/ or \\)"
    if ".." in region:
        return 'Region must not contain ".."'
    unsafe = sorted({char for char in region if char in _WINDOWS_UNSAFE})
    if unsafe:
        return f"Region contains characters not allowed in file names: {' '.join(unsafe)}"
    if len(region) > _MAX_REGION:
        return f"Region is too long ({len(region)} characters; at most {_MAX_REGION})"
    return None


def pack_file_name(scin: str, region: str) -> str:
    """The zip's file name: SCIN + region with spaces removed + ``.zip``.

    Args:
        scin: The client's 12-digit SCIN (spaces are ignored).
        region: The region, e.g. ``East Midlands``.

    Returns:
        e.g. ``121000000001EastMidlands.zip``.

    Raises:
        ValidationError: For an invalid SCIN (``scin``) or a region that is empty, too long or
            holds a path separator, "..", a control character or a character Windows does not
            allow in file names (``region``).
    """
    errors: dict[str, str] = {}
    scin_problem = check_scin(scin, pattern=r"\d{12}")
    if scin_problem:
        errors["scin"] = scin_problem
    region_problem = _region_problem(region or "")
    if region_problem:
        errors["region"] = region_problem
    if errors:
        raise ValidationError(errors)
    compact = "".join(char for char in region if not unicodedata.category(char).startswith("Z"))
    return f"{normalise_scin(scin)}{compact}.zip"


def priority_key(order: LiabilityOrderDetails) -> tuple[int, dt.date, str]:
    """Sort key for collection priority: CMS LOs oldest to newest, then CSA LOs likewise.

    Use ``sorted(orders, key=priority_key)`` to number the CMEL8010s 1 to N (seed 003 step 10).
    """
    return (0 if order.origin == OrderOrigin.CMS else 1, order.granted_on, order.reference)


def _pack_problems(pack: BailiffPack) -> dict[str, str]:
    referrals = pack.referrals
    if not referrals:
        return {"referrals": "A bailiff pack needs at least one CMEL8010 (one per LO)"}
    # "LO k of N" counts all the client's LOs with a balance (issue 12): a pack holds some of
    # them, numbered in increasing order, all "of" the same N.
    total = referrals[0].total
    scin = normalise_scin(pack.scin)
    problems: list[str] = []
    previous = 0
    for index, referral in enumerate(referrals, start=1):
        if normalise_scin(referral.scin) != scin:
            problems.append(f"LO {index} is for SCIN {referral.scin}, not {pack.scin}")
        if referral.total != total or referral.position <= previous:
            problems.append(
                f"form {index} is numbered {referral.position_label}; expected a number after "
                f"LO {previous} of {total}"
            )
        previous = referral.position
    if not referrals[0].complete:
        problems.append("the first CMEL8010 of a batch must be complete")
    first = referrals[0].position
    if any(r.first_position != first for r in referrals[1:]):
        problems.append(f"later forms must refer to the first form, LO {first} of {total}")
    for before, after in zip(referrals, referrals[1:], strict=False):
        a, b = before.liability_order, after.liability_order
        if priority_key(b) < priority_key(a):
            problems.append(
                f"{after.position_label} ({b.origin.label}, granted {format_date(b.granted_on)}) "
                f"must be collected before {before.position_label} ({a.origin.label}, granted "
                f"{format_date(a.granted_on)}): CMS LOs oldest to newest, then CSA LOs"
            )
    errors = {"referrals": "; ".join(problems)} if problems else {}
    if pack.dvs_request is not None and normalise_scin(pack.dvs_request.scin) != scin:
        errors["dvs_request"] = f"The CMSF5571 is for SCIN {pack.dvs_request.scin}, not {pack.scin}"
    return errors


def _safe_reference(reference: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9-]+", "-", reference).strip("-")
    return cleaned[:40].rstrip("-") or "no-reference"


def _pack_date(pack: BailiffPack) -> dt.date:
    """The day the pack was made: its newest referral (or photo request) date."""
    dates = [r.referral_date for r in pack.referrals]
    if pack.dvs_request is not None:
        dates.append(pack.dvs_request.request_date)
    return max(dates)


def entry_names(pack: BailiffPack) -> list[str]:
    """The zip entry names, in order (what the GUI previews before writing)."""
    names = [
        f"{index:02d}_CMEL8010_LO_{r.position}_of_{r.total}_"
        f"{_safe_reference(r.liability_order.reference)}.docx"
        for index, r in enumerate(pack.referrals, start=1)
    ]
    if pack.dvs_request is not None:
        names.append(f"{len(names) + 1:02d}_CMSF5571_DVS_photo_request.docx")
    return names


def build_pack(
    pack: BailiffPack,
    out_dir: str | os.PathLike[str],
    *,
    progress: Callable[[int, int], None] | None = None,
    passphrase: str | None = None,
) -> PackResult:
    """Build every document of the pack and write the zip into ``out_dir`` atomically.

    Args:
        pack: The referrals in collection priority, numbered 1 to N, and the optional CMSF5571.
        out_dir: An existing folder; the zip is named by :func:`pack_file_name`. An existing
            zip of that name is replaced.
        progress: Called with (documents done, documents in all) after each document, so a
            worker thread can report progress.
        passphrase: Encrypt the zip (AES-256) under this passphrase; None writes it plain.

    Returns:
        The zip's path and SHA-256, and each entry's name, SHA-256 and document type.

    Raises:
        ValidationError: For a bad SCIN or region, referrals out of collection order or
            misnumbered, or a missing folder. Nothing is written.
    """
    file_name = pack_file_name(pack.scin, pack.region)
    errors = _pack_problems(pack)
    folder = Path(out_dir)
    if not folder.is_dir():
        errors["out_dir"] = f"Folder {folder} does not exist"
    if errors:
        raise ValidationError(errors)

    names = entry_names(pack)
    renderers: list[tuple[DocumentType, Callable[[], bytes]]] = [
        (DocumentType.CMEL8010, functools.partial(render_cmel8010, referral))
        for referral in pack.referrals
    ]
    if pack.dvs_request is not None:
        renderers.append(
            (DocumentType.CMSF5571, functools.partial(render_cmsf5571, pack.dvs_request))
        )

    documents: list[tuple[PackEntry, bytes]] = []
    for done, ((doc_type, render), name) in enumerate(zip(renderers, names, strict=True), 1):
        data = render()
        documents.append((PackEntry(name, hashlib.sha256(data).hexdigest(), doc_type), data))
        if progress is not None:
            progress(done, len(renderers))

    zip_bytes = _zip(documents, _pack_date(pack))
    if passphrase is not None:
        zip_bytes = encrypt_zip(zip_bytes, passphrase)
    zip_path = folder / file_name
    with atomic_write(zip_path) as handle:
        handle.write(zip_bytes)
    return PackResult(
        zip_path=zip_path,
        sha256=hashlib.sha256(zip_bytes).hexdigest(),
        entries=tuple(entry for entry, _ in documents),
        encrypted=passphrase is not None,
    )


def _zip(documents: Sequence[tuple[PackEntry, bytes]], on: dt.date) -> bytes:
    """The zip, in memory (a pack is a few hundred kilobytes); entries dated ``on``, midnight.

    A fixed time rather than the clock: the same pack always has the same bytes and SHA-256.
    """
    stamp = (on.year, on.month, on.day, 0, 0, 0)
    return build_zip(((entry.name, data) for entry, data in documents), stamp)
