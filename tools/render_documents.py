"""Build sample bailiff documents from fictional data and render them to PNG for checking.

Usage::

    .venv/bin/python tools/render_documents.py [--out DIR] [--screenshots]

Writes CMEL8010 (LO 1 of 3, complete, with a PV marker; and LO 2 of 3, a subsequent form),
CMSF5571, CMEL8011 and CMEL8039 into DIR (default ``build/render``), converts the Word forms to
PDF with LibreOffice (``soffice --headless``) and every PDF to PNG at 70 dpi with ``pdftoppm``.
``--screenshots`` also copies the first page of each into ``docs/screenshots/``.

Needs ``soffice`` and ``pdftoppm`` (Debian: libreoffice-writer-nogui, poppler-utils). Every
name, address and reference below is invented: NI numbers use the QQ prefix that is never
issued, phone numbers are from Ofcom's drama ranges and postcodes use the unused ZZ area.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from enforcement_desktop.documents.cmel8010 import build_cmel8010  # noqa: E402
from enforcement_desktop.documents.cmsf5571 import build_cmsf5571  # noqa: E402
from enforcement_desktop.documents.data import (  # noqa: E402
    BailiffPack,
    BailiffReferral,
    CaseManagerDetails,
    DvsPhotoRequest,
    LiabilityOrderDetails,
    PersonDetails,
    PostalAddress,
    ReceivingParentLetter,
    VehicleDetails,
)
from enforcement_desktop.documents.letters import build_cmel8011, build_cmel8039  # noqa: E402
from enforcement_desktop.domain.enums import BailiffOutcome, OrderOrigin  # noqa: E402

SCIN = "121000000008"
TODAY = date(2026, 11, 23)
CASE_MANAGER = CaseManagerDetails(
    "Morgan Testwell", "Enforcement Team 7 (Example)", "East Midlands", "0115 496 0123"
)
PAYING_PARENT = PersonDetails(
    full_name="Dafydd ap Gwilym",
    other_names=("Dai Sampleson",),
    date_of_birth=date(1984, 3, 14),
    ni_number="QQ 12 34 56 C",
    address=PostalAddress(("Flat 2, 7 Example Street", "Llanfictional", "Testshire"), "ZZ99 3ZZ"),
    phone="07700 900123",
    employment_status="Self-employed",
    employer="Sampleson Joinery (fictional)",
)
VEHICLES = (
    VehicleDetails("ZZ11 ZZZ", "Exampla", "Roadster", "Blue"),
    VehicleDetails(None, "Testmoto", None, None),
)
RECEIVING_PARENTS = ("Siân Ó Súilleabháin",)


def _lo(
    reference: str, origin: str, granted: date, amount: str, costs: str, paid: str
) -> LiabilityOrderDetails:
    amount_d, costs_d, paid_d = Decimal(amount), Decimal(costs), Decimal(paid)
    return LiabilityOrderDetails(
        reference=reference,
        court="Exampleton Magistrates' Court",
        applied_on=date(granted.year, granted.month, 1),
        granted_on=granted,
        period_from=date(granted.year - 2, 4, 1),
        period_to=date(granted.year - 1, 3, 31),
        amount=amount_d,
        costs=costs_d,
        payments=paid_d,
        current_balance=amount_d + costs_d - paid_d,
        origin=OrderOrigin(origin.lower()),
    )


def sample_orders() -> list[LiabilityOrderDetails]:
    """Two CMS LOs granted in different years and one CSA LO, in collection priority."""
    return [
        _lo("LO-TEST-2021-0001", "CMS", date(2021, 2, 9), "2450.00", "85.00", "300.00"),
        _lo("LO-TEST-2023-0042", "CMS", date(2023, 6, 20), "1830.50", "85.00", "0.00"),
        _lo("CSA/LO/TEST/2017/7", "CSA", date(2017, 10, 3), "3120.00", "60.00", "1200.00"),
    ]


def sample_referrals(additional: str = "") -> list[BailiffReferral]:
    """One CMEL8010 per sample LO; the first complete, the others subsequent forms."""
    orders = sample_orders()
    referrals = []
    for position, order in enumerate(orders, start=1):
        first = position == 1
        referrals.append(
            BailiffReferral(
                referral_date=TODAY,
                case_manager=CASE_MANAGER,
                scin=SCIN,
                scheme="CMS 2012" if order.origin == OrderOrigin.CMS else "Legacy CSA",
                paying_parent=PAYING_PARENT,
                receiving_parent_names=RECEIVING_PARENTS,
                liability_order=order,
                position=position,
                total=len(orders),
                sum_applied_for=order.current_balance,
                pv_marker=True,
                pv_control_measures=(
                    "Visit in pairs only. Do not enter the property; speak at the door. "
                    "Dog on premises."
                ),
                vehicles=VEHICLES if first else (),
                assets=(
                    (
                        "Vehicle: Exampla Roadster ZZ11 ZZZ (source: DVLA)",
                        "Business equipment at home address (source: receiving parent)",
                    )
                    if first
                    else ()
                ),
                previous_enforcement=(
                    (
                        "Deduction from earnings order 2022: employment ended",
                        "Arrears notice CMSL6038 sent 14/05/2024",
                    )
                    if first
                    else ()
                ),
                additional_information=additional
                or (
                    "Paying parent works from a workshop behind the address on weekdays. "
                    "Prefers contact by phone after 6pm."
                    if first
                    else ""
                ),
                complete=first,
            )
        )
    return referrals


def sample_dvs_request() -> DvsPhotoRequest:
    """The CMSF5571 for the sample paying parent."""
    return DvsPhotoRequest(
        request_date=TODAY,
        scin=SCIN,
        case_manager=CASE_MANAGER,
        paying_parent_name=PAYING_PARENT.full_name,
        address=PAYING_PARENT.address or PostalAddress(()),
        date_of_birth=PAYING_PARENT.date_of_birth,
        vehicle_registration="ZZ11 ZZZ",
        driving_licence_number=None,
        reason="Paying parent holds a driving licence; a photograph will help the bailiff "
        "identify them at the address.",
    )


def sample_pack() -> BailiffPack:
    """Three CMEL8010s (2 CMS + 1 CSA) and a CMSF5571."""
    return BailiffPack(SCIN, "East Midlands", tuple(sample_referrals()), sample_dvs_request())


def sample_letter(outcome: BailiffOutcome | None = None) -> ReceivingParentLetter:
    """A letter to the sample receiving parent."""
    return ReceivingParentLetter(
        letter_date=TODAY,
        scin=SCIN,
        receiving_parent_name=RECEIVING_PARENTS[0],
        receiving_parent_address=PostalAddress(("12 Sample Road", "Fictionbury"), "ZZ99 4ZZ"),
        case_manager=CASE_MANAGER,
        outcome=outcome,
        office_address=("PO Box 0000 (example)", "Exampleton", "ZZ99 9ZZ"),
    )


def build_samples(out: Path) -> dict[str, Path]:
    """Write the sample documents into ``out``; returns name -> path."""
    out.mkdir(parents=True, exist_ok=True)
    referrals = sample_referrals()
    return {
        "cmel8010": build_cmel8010(referrals[0], out / "cmel8010.docx"),
        "cmel8010_lo2": build_cmel8010(referrals[1], out / "cmel8010_lo2.docx"),
        "cmsf5571": build_cmsf5571(sample_dvs_request(), out / "cmsf5571.docx"),
        "cmel8011": build_cmel8011(sample_letter(), out / "cmel8011.pdf"),
        "cmel8039": build_cmel8039(
            sample_letter(BailiffOutcome.NOT_SUCCESSFUL), out / "cmel8039.pdf"
        ),
    }


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
    parser.add_argument("--screenshots", action="store_true", help="update docs/screenshots")
    args = parser.parse_args(argv)
    for old in args.out.glob("*.png"):
        old.unlink()
    pages = render(build_samples(args.out), args.out)
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
