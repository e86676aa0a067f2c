#!/usr/bin/env python3
"""One-step set-up and run, needing only Python 3.11+.

    python3 dev.py demo   # set up, create the demo database if needed, launch the app on it
    python3 dev.py test   # set up, run the whole test suite

Set-up creates ``.venv`` beside this file and installs the package with its test tools; it is
repeated only when ``pyproject.toml`` changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing enforcement-desktop and its test tools ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test]"], check=True
    )
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test"}:
        print(__doc__)
        return 2
    ensure_environment()
    if argv[0] == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        code = subprocess.run(
            [str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", *argv[1:]],
            cwd=ROOT,
            env=env,
        ).returncode
        return code
    app = [str(PYTHON), "-m", "enforcement_desktop", "--demo"]
    # The demo database is generated once; `enforcement-desktop --demo demo` recreates it.
    if subprocess.run([*app, "demo", "--if-missing"], cwd=ROOT).returncode != 0:
        return 1
    return subprocess.run([*app, *argv[1:]], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
