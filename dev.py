#!/usr/bin/env python3
"""One-step set-up and run, needing only Python 3.11+.

    python3 dev.py demo   # set up, create the demo database if needed, launch the app on it
    python3 dev.py test   # set up, run the whole test suite
    python3 dev.py lock   # refresh requirements.lock from pyproject.toml's ranges (then test it)
    python3 dev.py bundle # build the standalone program dist/enforcement-desktop/ (PyInstaller)

Set-up creates ``.venv`` beside this file and installs the exact versions of
``requirements.lock`` (the ones CI has passed on), then the package itself; it is repeated only
when ``pyproject.toml`` or the lock changes. A plain ``pip install .`` takes the newest versions
within pyproject.toml's bounded ranges instead.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from collections.abc import Callable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed-from"
LOCK = ROOT / "requirements.lock"
#: The locks resolve for every platform and Python from 3.11 on (markers select per machine):
#: requirements.lock takes the newest versions in pyproject.toml's ranges, and is what set-up
#: installs; requirements-lowest.lock the lowest, which CI tests too, so both ends of each range
#: have passed the suite.
LOCK_COMMAND = [
    "pip", "compile", "pyproject.toml", "--extra", "test", "--extra", "bundle", "--universal",
    "--python-version", "3.11", "--upgrade", "--custom-compile-command", "python3 dev.py lock",
]  # fmt: skip
LOCKS = {"requirements.lock": [], "requirements-lowest.lock": ["--resolution", "lowest-direct"]}


#: The system libraries Qt 6's xcb platform plugin loads on Linux (libqxcb.so, libQt6XcbQpa.so
#: and what QtGui needs to draw), by the name ctypes.util.find_library takes, with the
#: Debian/Ubuntu package that holds each. Without them the first start ends with "Could not load
#: the Qt platform plugin xcb" and no word of what is missing; libxcb-cursor0 is the one most
#: often absent (Qt needs it since 6.5).
QT_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-image": "libxcb-image0",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-randr": "libxcb-randr0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-render": "libxcb-render0",
    "xcb-shape": "libxcb-shape0",
    "xcb-shm": "libxcb-shm0",
    "xcb-sync": "libxcb-sync1",
    "xcb-util": "libxcb-util1",
    "xcb-xfixes": "libxcb-xfixes0",
    "xcb-xkb": "libxcb-xkb1",
    "xcb": "libxcb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xkbcommon": "libxkbcommon0",
    "X11-xcb": "libx11-xcb1",
    "X11": "libx11-6",
    "GL": "libgl1",
    "EGL": "libegl1",
    "fontconfig": "libfontconfig1",
}


def missing_qt_packages(
    find_library: Callable[[str], str | None] | None = None,
) -> list[str]:
    """The Debian/Ubuntu packages of the Qt xcb libraries this machine lacks (none: ``[]``).

    Args:
        find_library: Looks a library up by name (``ctypes.util.find_library``, which asks
            ``ldconfig -p``, by default); a test passes its own.
    """
    if find_library is None:
        import ctypes.util

        find_library = ctypes.util.find_library
    return [package for name, package in QT_XCB_LIBRARIES.items() if not find_library(name)]


def needs_xcb(platform: str = sys.platform, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether Qt will start on its xcb (X11) plugin: Linux, and no other platform asked for."""
    wanted = environ.get("QT_QPA_PLATFORM", "")
    return platform.startswith("linux") and (not wanted or wanted.startswith("xcb"))


def qt_libraries_problem(
    find_library: Callable[[str], str | None] | None = None,
    platform: str = sys.platform,
    environ: Mapping[str, str] = os.environ,
) -> str | None:
    """What to tell the user when Qt cannot start here for want of system libraries, else None."""
    if not needs_xcb(platform, environ):
        return None
    missing = missing_qt_packages(find_library)
    if not missing:
        return None
    names = ", ".join(f"lib{n}" for n, p in QT_XCB_LIBRARIES.items() if p in missing)
    return (
        f"Qt cannot open its window: this machine lacks the system libraries {names}.\n"
        "On Debian or Ubuntu install them with:\n\n"
        f"    sudo apt install {' '.join(missing)}\n\n"
        "then run `python3 dev.py demo` again (other Linux distributions name the packages "
        "after the same libraries)."
    )


def ensure_environment() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + LOCK.read_bytes()).hexdigest()
    if PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("Installing enforcement-desktop and its test tools ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    pip = [str(PYTHON), "-m", "pip", "install", "--quiet"]
    # The locked versions first, then the package without letting pip pick other versions.
    subprocess.run([*pip, "-r", str(LOCK)], check=True)
    subprocess.run([*pip, "--no-deps", "-e", str(ROOT)], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "check"], check=True)
    STAMP.write_text(wanted)


def refresh_lock() -> int:
    """Resolve pyproject.toml's ranges again into requirements.lock with uv."""
    uv = BIN / ("uv.exe" if os.name == "nt" else "uv")
    if not uv.exists():
        subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "uv"], check=True)
    for name, options in LOCKS.items():
        code = subprocess.run([str(uv), *LOCK_COMMAND, *options, "-o", name], cwd=ROOT).returncode
        if code != 0:
            return code
    print("Locks refreshed: run `python3 dev.py test` and `bash .ci/run` before committing them.")
    return 0


def build_bundle() -> int:
    """Build the one-folder program ``dist/enforcement-desktop/`` from packaging/'s spec."""
    spec = ROOT / "packaging" / "enforcement-desktop.spec"
    dist = ROOT / "dist"
    command = [str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(ROOT / "build" / "pyinstaller")]
    print("Building the standalone program (about a minute) ...", flush=True)
    code = subprocess.run([*command, str(spec)], cwd=ROOT).returncode
    if code != 0:
        return code
    folder = dist / "enforcement-desktop"
    suffix = ".exe" if os.name == "nt" else ""
    program = folder / f"enforcement-desktop{suffix}"
    commands = folder / f"enforcement-desktop-cli{suffix}"
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(
        f"Built {program} (the window) and {commands.name} (the commands) ({size / 1e6:.0f} MB); "
        f"copy the whole folder {folder} to install it."
    )
    return 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"demo", "test", "lock", "bundle"}:
        print(__doc__)
        return 2
    if argv[0] == "lock":
        # The lock is refreshed before set-up: a range just added to pyproject.toml is not in the
        # old lock yet, so installing from it would fail its own check.
        if not PYTHON.exists():
            venv.EnvBuilder(with_pip=True).create(VENV)
        return refresh_lock()
    ensure_environment()
    if argv[0] == "bundle":
        return build_bundle()
    if argv[0] == "test":
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        code = subprocess.run(
            [str(PYTHON), "-m", "pytest", "-q", "-p", "no:cacheprovider", *argv[1:]],
            cwd=ROOT,
            env=env,
        ).returncode
        return code
    problem = qt_libraries_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = [str(PYTHON), "-m", "enforcement_desktop", "--demo"]
    # The demo database is generated once; `enforcement-desktop --demo demo` recreates it.
    if subprocess.run([*app, "demo", "--if-missing"], cwd=ROOT).returncode != 0:
        return 1
    return subprocess.run([*app, *argv[1:]], cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
