"""Every ui/*.ui has a generated module, and it matches what pyside6-uic makes of it now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_ui", ROOT / "tools" / "build_ui.py")
assert spec and spec.loader
build_ui = importlib.util.module_from_spec(spec)
sys.modules["build_ui"] = build_ui
spec.loader.exec_module(build_ui)

UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def test_there_are_ui_files() -> None:
    assert UI_FILES, "no Qt Designer files in ui/"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_matches_ui(ui_file: Path) -> None:
    target = build_ui.target_for(ui_file)
    assert target.exists(), f"{target.name} missing: run tools/build_ui.py"
    assert target.read_text(encoding="utf-8") == build_ui.compile_ui(ui_file), (
        f"{target.name} is out of date with {ui_file.name}: run tools/build_ui.py"
    )


def test_no_orphan_generated_modules() -> None:
    stems = {f"ui_{p.stem}" for p in UI_FILES}
    orphans = [p.name for p in build_ui.FORMS_DIR.glob("ui_*.py") if p.stem not in stems]
    assert not orphans, f"generated modules without a .ui file: {orphans}"
