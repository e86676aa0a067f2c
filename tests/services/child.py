"""Run a service in a child process that dies at a chosen point, as a crash or a kill would.

The child ends with ``os._exit`` (no clean-up, no ``finally``, no atexit), so what it leaves on
disk is what a killed process or a power cut would leave.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: The exit status the child's planted failure uses, to tell it from any other end.
KILLED = 77


def run_child(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (dedented) in a fresh interpreter with the package importable."""
    environ = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
        check=False,
    )
