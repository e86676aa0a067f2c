"""Child process of test_migration_crash: opens databases and is killed part-way through.

Run as ``python crash_child.py FOLDER [SOURCE]``. It counts the statements that opening a copy of
SOURCE (or a new file when SOURCE is not given) executes, then, for every N from 1 to that count,
forks a process that opens its own copy FOLDER/N.sqlite3 with ``Database(url)`` and is killed with
SIGKILL right after statement N. The imports are paid once; each fork costs a few milliseconds.
Prints a JSON object: the statement count and, per N, whether the kill happened.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from enforcement_desktop.storage.db import Database, sqlite_url

#: Exit status of a fork that opened its database without being killed.
COMPLETED = 0


def _open_with_kill_after(path: Path, kill_after: int | None) -> int:
    """Fork; the child opens ``path`` and dies after statement ``kill_after``. Returns its count."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        executed = 0

        def after(*_args: Any) -> None:
            nonlocal executed
            executed += 1
            if executed == kill_after:
                os.kill(os.getpid(), signal.SIGKILL)

        event.listen(Engine, "after_cursor_execute", after)
        try:
            Database(sqlite_url(path)).dispose()
        except BaseException as exc:  # noqa: BLE001 - reported to the parent, which fails the test
            os.write(write, f"error {type(exc).__name__}: {exc}".encode())
            os._exit(1)
        os.write(write, str(executed).encode())
        os._exit(COMPLETED)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        reply = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
        return -1
    if os.WEXITSTATUS(status) != COMPLETED:
        raise SystemExit(f"opening {path.name} failed: {reply}")
    return int(reply)


def _copy(source: Path | None, target: Path) -> None:
    if source is not None:
        shutil.copyfile(source, target)


def main(folder: Path, source: Path | None) -> dict[str, Any]:
    # Loaded once here rather than in every fork: Alembic, the models and the migration scripts.
    from alembic import command  # noqa: F401
    from alembic.script import ScriptDirectory  # noqa: F401

    import enforcement_desktop.storage.models  # noqa: F401

    counting = folder / "count.sqlite3"
    _copy(source, counting)
    total = _open_with_kill_after(counting, None)
    killed: dict[int, bool] = {}
    for n in range(1, total + 1):
        target = folder / f"{n}.sqlite3"
        _copy(source, target)
        killed[n] = _open_with_kill_after(target, n) == -1
    return {"statements": total, "killed": killed}


if __name__ == "__main__":
    result = main(Path(sys.argv[1]), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
    print(json.dumps(result))
