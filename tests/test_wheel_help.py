"""The wheel ships the user guide: its pages and screenshots are package data (resources/help)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELP = ROOT / "resources" / "help"


def test_the_wheel_holds_every_help_page_and_image(tmp_path: Path) -> None:
    # Built from a copy, so the build leaves nothing (build/, *.egg-info) in the checkout.
    source = tmp_path / "src"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("enforcement_desktop", "ui", "resources", "letters"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    out = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"from setuptools import build_meta; build_meta.build_wheel({str(out)!r})",
        ],
        cwd=source,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as built:
        names = set(built.namelist())
    wanted = {
        f"enforcement_desktop/resources/help/{path.relative_to(HELP).as_posix()}"
        for path in HELP.rglob("*")
        if path.is_file()
    }
    assert any(name.endswith(".html") for name in wanted)
    assert any(name.endswith(".png") for name in wanted)
    assert wanted <= names, sorted(wanted - names)
