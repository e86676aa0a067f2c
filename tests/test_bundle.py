"""The standalone build (``python3 dev.py bundle``, issue 13) and the start-up check it relies on.

Building takes minutes, so the bundle's tests run only when asked:
``ENFORCEMENT_TEST_BUNDLE=1`` builds ``dist/enforcement-desktop`` and runs it;
``ENFORCEMENT_TEST_BUNDLE=/path/to/enforcement-desktop`` runs a build made already.
The check that the application reports its window and closes itself
(``ENFORCEMENT_DESKTOP_QUIT_AFTER``) runs every time, from the source.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parent.parent
BUNDLE_ENV = "ENFORCEMENT_TEST_BUNDLE"
QUIT_AFTER_ENV = "ENFORCEMENT_DESKTOP_QUIT_AFTER"
EXE_NAME = "enforcement-desktop.exe" if os.name == "nt" else "enforcement-desktop"
#: The console program beside it, for the commands (the window's is windowed on Windows).
CLI_EXE_NAME = "enforcement-desktop-cli.exe" if os.name == "nt" else "enforcement-desktop-cli"

needs_bundle = pytest.mark.skipif(
    not os.environ.get(BUNDLE_ENV),
    reason=f"building the bundle takes minutes: set {BUNDLE_ENV}=1 to build and run it",
)


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a started program: every folder it writes to is under ``home``."""
    env = dict(os.environ)
    for name in (
        "ENFORCEMENT_DESKTOP_DB",
        "ENFORCEMENT_DESKTOP_SCIN_PATTERN",
        QUIT_AFTER_ENV,
        # A bundle must not need the checkout: nothing of it on the import path.
        "PYTHONPATH",
    ):
        env.pop(name, None)
    for xdg in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[xdg] = str(home / xdg.lower())
    env.update(
        HOME=str(home),  # platformdirs on macOS, Qt's caches
        LOCALAPPDATA=str(home / "localappdata"),  # platformdirs on Windows
        APPDATA=str(home / "appdata"),
        ENFORCEMENT_DESKTOP_LOG_DIR=str(home / "logs"),
        ENFORCEMENT_DESKTOP_USER="bundle.check",
        QT_QPA_PLATFORM="offscreen",
    )
    env.update(extra)
    return env


def start_window(command: list[str], env: dict[str, str], seconds: float) -> tuple[float, str]:
    """Start the application's window, wait for it to say it is shown, let it close itself.

    Returns:
        Milliseconds from the start of the process to its window on screen, and its stderr.
    """
    env = dict(env, **{QUIT_AFTER_ENV: str(seconds)})
    started = time.perf_counter()
    proc = subprocess.Popen(
        command,
        cwd=env["HOME"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # A window that never says it is shown (or never closes) is killed, and the test fails.
    watchdog = threading.Timer(90, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        shown_ms = (time.perf_counter() - started) * 1000
        _, err = proc.communicate()
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert line.strip() == "READY", f"no window: {line!r} {err[-2000:]}"
    # Stayed up for the time asked (it was alive to print READY, and exits only after it).
    assert (time.perf_counter() - started) * 1000 >= shown_ms + seconds * 1000 * 0.9
    assert proc.returncode == 0, err[-2000:]
    assert "Traceback" not in err, err[-2000:]
    return shown_ms, err


def test_the_window_says_when_it_is_shown_and_closes_itself(tmp_path: Path) -> None:
    env = isolated_env(tmp_path)
    command = [sys.executable, "-m", "enforcement_desktop", "--db", str(tmp_path / "e.sqlite3")]
    shown_ms, _ = start_window(command, env, seconds=1.0)
    assert shown_ms > 0
    # The closing went the normal way: the session's log file has its last line.
    log = (tmp_path / "logs" / "enforcement-desktop.log").read_text(encoding="utf-8")
    assert "Enforcement Desktop stopped" in log


def test_a_quit_after_that_is_not_a_number_is_refused_in_a_line(tmp_path: Path) -> None:
    env = isolated_env(tmp_path, **{QUIT_AFTER_ENV: "soon"})
    proc = subprocess.run(
        [sys.executable, "-m", "enforcement_desktop", "--db", str(tmp_path / "e.sqlite3")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith(f"{QUIT_AFTER_ENV} must be a number of seconds, not 'soon'")
    assert "Traceback" not in proc.stderr


@pytest.fixture(scope="module")
def bundle() -> Iterator[Path]:
    """The built program: built here with dev.py when the variable is 1, else the path given."""
    given = os.environ[BUNDLE_ENV]
    if given != "1":
        yield Path(given).resolve()
        return
    subprocess.run([sys.executable, str(ROOT / "dev.py"), "bundle"], cwd=ROOT, check=True)
    yield ROOT / "dist" / "enforcement-desktop" / EXE_NAME


@needs_bundle
def test_the_bundle_holds_what_the_application_reads_at_run_time(bundle: Path) -> None:
    internal = bundle.parent / "_internal" / "enforcement_desktop"
    assert (internal / "letters" / "CMEL8010_template.docx").is_file()
    assert (internal / "letters" / "CMSF5571_template.docx").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "ui" / "main_window.ui").is_file()
    migrations = internal / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    # Alembic loads the revisions by path, so their sources must be there as files.
    shipped = {p.name for p in (migrations / "versions").glob("*.py")}
    in_checkout = {
        p.name
        for p in (ROOT / "enforcement_desktop" / "storage" / "migrations" / "versions").glob("*.py")
    }
    assert shipped == in_checkout
    # About's list of bundled libraries and their licences reads their metadata.
    carried = {
        p.name.split("-")[0].lower().replace("_", "-") for p in internal.parent.glob("*.dist-info")
    }
    for requirement in metadata.distribution("enforcement-desktop").requires or []:
        name = re.match(r"[A-Za-z0-9._-]+", requirement)
        if name and "extra ==" not in requirement:
            assert name.group(0).lower().replace("_", "-") in carried, requirement
    # Left out: the tests, and Qt modules the application never imports.
    everything = {p.name for p in bundle.parent.rglob("*")}
    assert "conftest.py" not in everything
    assert not any("WebEngine" in name or "Qt6Quick" in name for name in everything)


@needs_bundle
def test_the_bundle_makes_the_demo_database_and_answers_options(
    bundle: Path, tmp_path: Path
) -> None:
    env = isolated_env(tmp_path)
    commands = bundle.with_name(CLI_EXE_NAME)
    assert commands.is_file()
    demo = subprocess.run(
        [str(commands), "--demo", "demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert demo.returncode == 0, demo.stderr
    databases = list((tmp_path / "xdg_data_home").rglob("enforcement-demo.sqlite3"))
    assert len(databases) == 1, "the demo database is not in the data folder given"
    options = subprocess.run(
        [str(commands), "--demo", "options", "121000000001"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert options.returncode == 0, options.stderr
    # Showcase client 1 is ready for a liability order and bailiff referral (README).
    verdicts = {entry["power"]: entry for entry in json.loads(options.stdout)}
    assert verdicts["liability_order"]["allowed"] is True
    assert verdicts["liability_order"]["reasons"]
    # The Word templates are found in the build: a bailiff pack is made from them.
    pack = subprocess.run(
        [
            str(commands),
            "--demo",
            "pack",
            "121000000008",
            "--out",
            str(tmp_path / "packs"),
            "--dvs",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pack.returncode == 0, pack.stderr
    [zip_path] = (tmp_path / "packs").glob("121000000008*.zip")
    with zipfile.ZipFile(zip_path) as packed:
        names = packed.namelist()
        assert any("CMSF5571" in name for name in names)
        referral = packed.read(next(name for name in names if "CMEL8010" in name))
    filled = Document(io.BytesIO(referral))
    text = "\n".join(c.text for t in filled.tables for row in t.rows for c in row.cells)
    assert "121000000008" in text
    # The window on that demo database: shown, up for a moment, closed the normal way.
    shown_ms, _ = start_window([str(bundle), "--demo"], env, seconds=2.0)
    print(f"bundle: window shown {shown_ms:.0f} ms after the process started")
    log = (tmp_path / "logs" / "enforcement-desktop.log").read_text(encoding="utf-8")
    assert "Enforcement Desktop stopped" in log
