"""Write a file so that readers see either the old file or the whole new one, never a part.

Everything written here holds personal data, so files are owner-only (0600) and the folders made
for them owner-only (0700) on POSIX.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

#: Permissions of a folder made for packs, letters, exports or backups (POSIX).
PRIVATE_FOLDER_MODE = 0o700


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
    fd, tmp = _temporary(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        # BaseException too: a KeyboardInterrupt mid-write must not leave a stray temp file.
        _discard(tmp)
        raise
    _fsync_directory(target.parent)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Like :func:`atomic_write`, for a writer that opens the file by name (SQLite's backup).

    Yields the path of an empty owner-only temporary file beside ``path``; when the block ends
    without an exception the file is fsynced and renamed over ``path``. On any exception it is
    removed and ``path`` is left as it was.

    Args:
        path: The file to create or replace.

    Yields:
        The temporary file to write.
    """
    target = Path(path)
    fd, tmp = _temporary(target)
    os.close(fd)
    try:
        yield tmp
        # "r+b": Windows refuses to flush a file opened read-only.
        with open(tmp, "r+b") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        _discard(tmp)
        raise
    _fsync_directory(target.parent)


def make_private_folder(path: str | os.PathLike[str]) -> Path:
    """Make ``path`` and any missing parents as owner-only folders; leave existing ones alone.

    Each folder made here gets mode 0700 on POSIX whatever the umask (``Path.mkdir(parents=True)``
    would give the parents the default mode). A folder that already existed keeps its mode: it
    may be shared on purpose.

    Args:
        path: The folder wanted.

    Returns:
        The folder.

    Raises:
        NotADirectoryError: ``path`` or one of its parents is a file.
        OSError: A folder cannot be made.
    """
    folder = Path(path)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    if not probe.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(probe))
    for level in reversed(missing):
        try:
            level.mkdir(mode=PRIVATE_FOLDER_MODE)
        except FileExistsError:
            if level.is_dir():  # made meanwhile by someone else: theirs, not ours to chmod
                continue
            raise
        if os.name == "posix":
            os.chmod(level, PRIVATE_FOLDER_MODE)
    return folder


def _temporary(target: Path) -> tuple[int, Path]:
    """An owner-only temporary file in the target's folder (so the rename stays on one disk).

    Raises:
        IsADirectoryError, FileExistsError: ``target`` is there and is not a regular file (a
            folder, a device such as /dev/null, a link, a pipe): the rename would replace it,
            so nothing is written.
    """
    _refuse_unless_regular_file(target)
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    return fd, Path(name)


def _refuse_unless_regular_file(target: Path) -> None:
    try:
        found = target.lstat()
    except FileNotFoundError:
        return
    if stat.S_ISREG(found.st_mode):
        return
    if stat.S_ISDIR(found.st_mode):
        raise IsADirectoryError(
            errno.EISDIR, "A folder has that name; choose a file name", str(target)
        )
    kind = "a link" if stat.S_ISLNK(found.st_mode) else "not an ordinary file"
    raise FileExistsError(
        errno.EEXIST,
        f"That name is {kind}; it is not replaced (choose another file name)",
        str(target),
    )


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()


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
