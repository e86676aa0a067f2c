#!/usr/bin/env python3
"""Start-up of the standalone build next to the source install's (README, "An installable build").

    .venv/bin/python packaging/startup_time.py [--runs 7] [--bundle dist/enforcement-desktop/...]

Times, for each, from starting the process to its main window on screen and painted (the
application prints READY then, when ENFORCEMENT_DESKTOP_QUIT_AFTER is set; bench/bench_gui.py
times the same moment), on the demo database made by the bundle, and prints the medians. Every
folder the programs write to is a temporary one. Runs on the offscreen Qt platform unless
QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXE = "enforcement-desktop.exe" if os.name == "nt" else "enforcement-desktop"


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    for xdg in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[xdg] = str(home / xdg.lower())
    env.update(
        LOCALAPPDATA=str(home / "localappdata"),
        APPDATA=str(home / "appdata"),
        ENFORCEMENT_DESKTOP_LOG_DIR=str(home / "logs"),
        ENFORCEMENT_DESKTOP_USER="startup.check",
        ENFORCEMENT_DESKTOP_QUIT_AFTER="0",
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    )
    return env


def time_to_window(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting ``command`` to its READY line; the program then exits."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = (time.perf_counter() - started) * 1000
    if proc.wait(timeout=60) != 0 or line.strip() != "READY":
        raise RuntimeError(f"{command[0]} did not show its window ({line!r})")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each, after one not timed")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "enforcement-desktop" / EXE)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        parser.error(f"{args.bundle} not found: build it with `python3 dev.py bundle`")
    # As a wheel install is: compiled, so the source's start-up is not timing the compiler.
    compileall.compile_dir(ROOT / "enforcement_desktop", quiet=1)
    with tempfile.TemporaryDirectory(prefix="startup-time-") as tmp:
        env = environment(Path(tmp))
        programs = {
            "source (python -m enforcement_desktop)": [sys.executable, "-m", "enforcement_desktop"],
            f"bundle ({args.bundle})": [str(args.bundle)],
        }
        for n, (name, program) in enumerate(programs.items()):
            command = [*program, "--db", str(Path(tmp) / f"demo{n}.sqlite3")]
            subprocess.run([*command, "demo"], env=env, check=True, capture_output=True)
            time_to_window(command, env)  # the first start fills the file system's cache
            times = [time_to_window(command, env) for _ in range(args.runs)]
            print(
                f"{name}: window shown in {statistics.median(times):.0f} ms "
                f"(median of {args.runs}; {min(times):.0f}-{max(times):.0f} ms)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
