#!/usr/bin/env python3
"""Compile every ui/*.ui (Qt Designer) into enforcement_desktop/gui/forms/ui_<name>.py.

Run after editing a .ui file:  .venv/bin/python tools/build_ui.py
A test (tests/gui/test_ui_forms.py) fails when a .ui file and its generated module disagree.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "enforcement_desktop" / "gui" / "forms"
HEADER = "# Generated from ui/{name} by tools/build_ui.py (pyside6-uic): do not edit.\n"


def uic_command() -> list[str]:
    exe = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if exe:
        return [exe]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_ui(ui_file: Path) -> str:
    """The generated module for one .ui file, with our header and no uic timestamp noise."""
    out = subprocess.run(
        [*uic_command(), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    # uic writes the Qt version into a comment; drop comment lines so a Qt upgrade alone does
    # not make every generated file differ.
    body = "\n".join(line for line in out.splitlines() if not line.startswith("#")).lstrip("\n")
    return HEADER.format(name=ui_file.name) + prune_imports(body) + "\n"


_IMPORT = re.compile(r"^from (PySide6\.\w+) import \(([^)]*)\)\n", re.MULTILINE)


def prune_imports(body: str) -> str:
    """Keep only the Qt names the form uses.

    uic imports some forty names whatever the form holds; PySide6 sets each type up on first
    import, and on the start-up path those unused types cost milliseconds.
    """
    code = _IMPORT.sub("", body)

    def keep_used(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", code)]
        if not used:
            return ""
        return f"from {match.group(1)} import ({', '.join(used)})\n"

    return _IMPORT.sub(keep_used, body)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        text = compile_ui(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
