"""Build sample bailiff documents from fictional data and render them to PNG for checking.

Usage::

    .venv/bin/python tools/render_documents.py [--out DIR] [--screenshots]

Writes CMEL8010 (LO 1 of 3, complete, with a PV marker; and LO 2 of 3, a subsequent form
running over several pages), CMSF5571 (two vehicles), CMEL8011 (and one to a receiving parent
with an Arabic name) and CMEL8039 for each outcome into DIR (default ``build/render``),
converts the Word forms to PDF with LibreOffice (``soffice --headless``) and every PDF to PNG
at 70 dpi with ``pdftoppm``.
``--screenshots`` also copies the first page of each into ``docs/screenshots/``.

Needs ``soffice`` and ``pdftoppm`` (Debian: libreoffice-writer-nogui, poppler-utils). The
fictional inputs are those of the document tests, :mod:`enforcement_desktop.documents.samples`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
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
