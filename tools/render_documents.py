"""Build the bailiff documents (samples, or from the demo data) and render them to PNG.

Usage::

    .venv/bin/python tools/render_documents.py [--out DIR] [--demo] [--screenshots]

Without ``--demo`` it writes CMEL8010 (LO 1 of 3, complete, with a PV marker; and LO 2 of 3, a
subsequent form running over several pages), CMSF5571 (two vehicles), CMEL8011 (and one to a
receiving parent with an Arabic name) and CMEL8039 for each outcome into DIR (default
``build/render``), converts the Word forms to PDF with LibreOffice (``soffice --headless``) and
every PDF to PNG at 70 dpi with ``pdftoppm``.

``--demo`` renders what the program makes from the demo data instead: it builds a demo
database in a temporary folder and, through the services as a case manager would, builds the
bailiff pack of showcase client 121000000008 with a CMSF5571 (its first CMEL8010 and the
CMSF5571 are rendered), refers 121000000001's liability orders to the bailiff and sends their
CMEL8011, and records 121000000008's pack as sent and one LO's outcome (not successful,
returned by the bailiff) and sends its CMEL8039.

``--screenshots`` also copies the first page of CMEL8010, CMSF5571, CMEL8011 and CMEL8039 into
``docs/screenshots/`` (the README shows them).

Needs ``soffice`` and ``pdftoppm`` (Debian: libreoffice-writer-nogui, poppler-utils). The
samples' fictional inputs are those of the document tests,
:mod:`enforcement_desktop.documents.samples`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import replace
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from enforcement_desktop.documents.cmel8010 import build_cmel8010  # noqa: E402
from enforcement_desktop.documents.cmsf5571 import build_cmsf5571  # noqa: E402
from enforcement_desktop.documents.data import PostalAddress  # noqa: E402
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039  # noqa: E402
from enforcement_desktop.documents.samples import dvs_request, letter, referrals  # noqa: E402
from enforcement_desktop.domain.enums import BailiffOutcome  # noqa: E402


def build_samples(out: Path) -> dict[str, Path]:
    """Write the sample documents into ``out``; returns name -> path."""
    out.mkdir(parents=True, exist_ok=True)
    first, second, _ = referrals()
    # A subsequent form long enough to run over pages: each page must name its SCIN and LO.
    notes = "\n".join(
        f"Visit {i}: the workshop was shut; neighbours say he works late." for i in range(60)
    )
    rtl = letter(
        receiving_parent_name="فاطمة الزهراء",
        receiving_parent_address=PostalAddress(("Flat 2, בית דוד", "12 Sample Road"), "ZZ99 4ZZ"),
    )
    paths = {
        "cmel8010": build_cmel8010(first, out / "cmel8010.docx"),
        "cmel8010_lo2": build_cmel8010(
            replace(second, additional_information=notes), out / "cmel8010_lo2.docx"
        ),
        "cmsf5571": build_cmsf5571(dvs_request(), out / "cmsf5571.docx"),
        "cmel8011": build_cmel8011(letter(), out / "cmel8011.pdf"),
        "cmel8011_rtl": build_cmel8011(rtl, out / "cmel8011_rtl.pdf"),
    }
    for outcome in BailiffOutcome:
        name = "cmel8039" if outcome == BailiffOutcome.NOT_SUCCESSFUL else f"cmel8039_{outcome}"
        paths[name] = build_cmel8039(letter(outcome=outcome), out / f"{name}.pdf")
    return paths


#: The login the demo documents are made as (the demo gives it a complete user record).
DEMO_USER = "demo.user"
PACK_CLIENT = "121000000008"
REFERRAL_CLIENT = "121000000001"


def build_from_demo(out: Path, work: Path) -> dict[str, Path]:
    """Make the documents from a demo database in ``work``, through the services.

    Returns name -> path of CMEL8010 (the pack's first form), CMSF5571, CMEL8011 and CMEL8039,
    copied into ``out``.
    """
    from enforcement_desktop import demo
    from enforcement_desktop.domain.enums import (
        AssetFinding,
        BailiffOutcomeType,
        DocumentType,
        OrderType,
        SrStatus,
    )
    from enforcement_desktop.services import assets, bailiff, cases, contacts, orders
    from enforcement_desktop.services import service_requests as srs
    from enforcement_desktop.services.context import ServiceContext
    from enforcement_desktop.storage.db import Database

    out.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{work / 'enforcement-demo.sqlite3'}"
    demo.create_demo_database(url, today=date.today(), user=DEMO_USER)
    db = Database(url)
    try:
        ctx = ServiceContext(db, DEMO_USER)
        store = work / "store"
        paths: dict[str, Path] = {}

        # 121000000008: the pack of its three prepared Bailiff SRs, with the DVS request.
        pack = bailiff.build_bailiff_pack(ctx, PACK_CLIENT, store, dvs=True)
        with zipfile.ZipFile(pack.zip_path) as archive:
            first_form = next(e for e in pack.entries if e.doc_type == DocumentType.CMEL8010)
            dvs_form = next(e for e in pack.entries if e.doc_type == DocumentType.CMSF5571)
            for name, entry in (("cmel8010", first_form), ("cmsf5571", dvs_form)):
                target = out / f"{name}.docx"
                target.write_bytes(archive.read(entry.name))
                paths[name] = target

        # 121000000001: refer its liability orders, associate the vehicle, tell the
        # receiving parent (CMEL8011, Bailiff procedure step 8).
        client = contacts.find_contact_by_scin(ctx, REFERRAL_CLIENT)
        (case,) = cases.cases_for_contact(ctx, client.id)
        los = [
            o.id
            for o in orders.list_orders(ctx, case.id)
            if o.order_type == OrderType.LIABILITY_ORDER
        ]
        allowed = [c.order_id for c in bailiff.check_referral(ctx, case.id, los) if c.allowed]
        asset = next(
            a for a in assets.list_assets(ctx, client.id) if a.finding == AssetFinding.RELEVANT
        )
        referred = bailiff.refer_to_bailiff(ctx, case.id, allowed)
        for sr in referred:
            srs.change_status(ctx, sr.id, sr.version, SrStatus.IN_PROGRESS)
            assets.link_asset_to_sr(ctx, sr.id, asset.id)
        letters = bailiff.send_cmel8011(ctx, referred[0].id, store)
        paths["cmel8011"] = _copy(store / letters[0].path, out / "cmel8011.pdf")

        # 121000000008 again: the pack recorded as sent, the bailiff's outcome for its first
        # LO, and CMEL8039 to the receiving parent (Bailiff procedure steps 17, 23, 30).
        today = ctx.today()
        bailiff.record_pack_sent(ctx, list(pack.sr_ids), "Example Enforcement Agents Ltd", today)
        sr = srs.get_service_request(ctx, pack.sr_ids[0])
        bailiff.record_outcome(
            ctx,
            sr.id,
            sr.version,
            outcome=BailiffOutcome.NOT_SUCCESSFUL,
            outcome_type=BailiffOutcomeType.RETURNED_BY_BAILIFF,
            outcome_date=today,
            reason_return_code="No goods of sufficient value to remove",
        )
        letters = bailiff.send_cmel8039(ctx, sr.id, store)
        paths["cmel8039"] = _copy(store / letters[0].path, out / "cmel8039.pdf")
        return paths
    finally:
        db.dispose()


def _copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    return target


def render(paths: dict[str, Path], out: Path) -> dict[str, list[Path]]:
    """Convert to PDF (LibreOffice) then PNG (pdftoppm, 70 dpi); returns name -> page images."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit("soffice and pdftoppm are needed (libreoffice-writer, poppler-utils)")
    pages: dict[str, list[Path]] = {}
    with tempfile.TemporaryDirectory() as profile:
        for name, path in paths.items():
            pdf = path
            if path.suffix == ".docx":
                subprocess.run(
                    [
                        soffice,
                        f"-env:UserInstallation=file://{profile}",
                        "--headless",
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        str(out),
                        str(path),
                    ],
                    check=True,
                    capture_output=True,
                )
                pdf = out / f"{path.stem}.pdf"
            subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(out / name)], check=True)
            pages[name] = sorted(out.glob(f"{name}-*.png"))
    return pages


def main(argv: list[str] | None = None) -> None:
    """Build, render and optionally refresh ``docs/screenshots``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "build" / "render")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="render the documents the services make from the demo data, not the samples",
    )
    parser.add_argument("--screenshots", action="store_true", help="update docs/screenshots")
    args = parser.parse_args(argv)
    for old in args.out.glob("*.png"):
        old.unlink()
    if args.demo:
        with tempfile.TemporaryDirectory() as work:
            paths = build_from_demo(args.out, Path(work))
    else:
        paths = build_samples(args.out)
    pages = render(paths, args.out)
    for name, images in pages.items():
        print(name, *(str(p) for p in images))
    if args.screenshots:
        target = REPO / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        for name in ("cmel8010", "cmsf5571", "cmel8011", "cmel8039"):
            shutil.copyfile(pages[name][0], target / f"{name}.png")
            print("updated", target / f"{name}.png")


if __name__ == "__main__":
    main()
