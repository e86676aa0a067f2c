"""Write a file so that readers see either the old file or the whole new one, never a part."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open a temporary file next to ``path`` for binary writing; publish it on success.

    The temporary file lives in the same folder so the final ``os.replace`` is a rename on one
    file system (atomic on POSIX and on NTFS). Data is flushed and fsynced before the rename so a
    power cut cannot leave an empty file under the final name. On any exception inside the block
    the temporary file is removed, ``path`` is left as it was, and the exception propagates.

    The file is created with owner-only permissions (``tempfile.mkstemp``), which suits documents
    holding personal data.

    Args:
        path: The file to create or replace.

    Yields:
        A binary file object to write to.
    """
    target = Path(path)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave a stray temp file.
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_directory(target.parent)


def _fsync_directory(folder: Path) -> None:
    """Persist the rename itself (POSIX); Windows cannot open folders, and needs no such step."""
    if os.name != "posix":
        return
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
