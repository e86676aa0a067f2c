"""A throwaway PostgreSQL cluster on loopback for the benchmarks, started as ``.ci/run`` does.

    with throwaway_cluster() as url:   # postgresql://postgres@127.0.0.1:PORT/postgres
        ...

``initdb`` and ``pg_ctl`` come from the newest ``/usr/lib/postgresql/*/bin``; as root the cluster
belongs to the ``postgres`` system user (initdb refuses to run as root). The cluster lives in a
temporary folder, listens on a free loopback port only, runs without fsync (its data is rebuilt
each time) and is stopped and removed on leaving the block, whatever ended it.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

INSTALL_HINT = (
    "The PostgreSQL server is not installed (no initdb under /usr/lib/postgresql/*/bin). "
    "Install it with `apt-get install -y postgresql`, or give --pg-url for a server on loopback."
)


class ServerMissing(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


def server_bin() -> Path:
    """The newest installed server's bin folder.

    Raises:
        ServerMissing: None is installed.
    """
    found = [
        p
        for p in Path("/usr/lib/postgresql").glob("*/bin")
        if (p / "initdb").is_file() and p.parent.name.replace(".", "").isdigit()
    ]
    if not found:
        raise ServerMissing(INSTALL_HINT)
    return max(found, key=lambda p: [int(n) for n in p.parent.name.split(".")])


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{what} failed: " + " / ".join(tail))


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster; yields its URL (user ``postgres``, trust authentication, loopback only).

    Raises:
        ServerMissing: The server package is not installed.
    """
    bin_dir = server_bin()
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        if subprocess.run(["id", "postgres"], capture_output=True, check=False).returncode:
            _run(["useradd", "--system", "--home", str(folder), "postgres"], "useradd postgres")
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    pg_ctl = [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data)]
    started = False

    def clean_up() -> None:
        if started:
            _stop(pg_ctl)
        shutil.rmtree(folder, ignore_errors=True)

    # Also at exit: a SystemExit raised inside a Qt slot ends the process without unwinding.
    atexit.register(clean_up)
    try:
        _run(
            [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust"]
            + ["-E", "UTF8", "--no-sync"],
            "initdb",
        )
        port = free_loopback_port()
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        started = True  # from here on a half-started server is stopped too
        _run(
            [*pg_ctl, "-l", str(folder / "log"), "-w", "-t", "60", "-o", options, "start"],
            "pg_ctl start",
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        atexit.unregister(clean_up)
        clean_up()


def _stop(pg_ctl: list[str]) -> None:
    """Stop the server: a fast shutdown, or an immediate one if that does not end in time."""
    for mode in ("fast", "immediate"):
        try:
            done = subprocess.run(
                [*pg_ctl, "-m", mode, "-w", "-t", "30", "stop"],
                capture_output=True,
                timeout=60,
                check=False,
            )
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0:
            return
