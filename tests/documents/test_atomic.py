"""atomic_write: the final file appears whole or not at all, and no temporary file is left."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from enforcement_desktop.documents.atomic import atomic_path, atomic_write, make_private_folder


def test_writes_the_file_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with atomic_write(target) as handle:
        handle.write(b"hello")
        # Not visible under its final name until the block ends.
        assert not target.exists()
    assert target.read_bytes() == b"hello"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with atomic_write(str(target)) as handle:
        handle.write(b"new")
    assert target.read_bytes() == b"new"
    assert len(list(tmp_path.iterdir())) == 1


def test_failure_leaves_no_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    with pytest.raises(RuntimeError, match="boom"), atomic_write(target) as handle:
        handle.write(b"partial")
        raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []


def test_failure_keeps_the_previous_file_intact(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    with pytest.raises(ValueError), atomic_write(target) as handle:
        handle.write(b"partial")
        raise ValueError
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_interrupt_also_cleans_up(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_write(tmp_path / "x") as handle:
        handle.write(b"partial")
        raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError), atomic_write(tmp_path / "missing" / "x.bin"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_rename_failure_removes_the_temporary_file(tmp_path: Path) -> None:
    # A folder in the way makes os.replace fail after everything was written.
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError), atomic_write(tmp_path / "taken") as handle:
        handle.write(b"data")
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


# --------------------------------------------------------------------------- owner-only

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def usual_umask() -> Iterator[None]:
    # The usual desktop umask: without care, files come out 0644 and folders 0755.
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_written_file_is_owner_only_even_over_a_readable_one(
    tmp_path: Path, usual_umask: None
) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"old")
    target.chmod(0o644)
    with atomic_write(target) as handle:
        handle.write(b"new")
    assert mode(target) == 0o600


def test_atomic_path_publishes_what_was_written_by_name(tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"old")
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.read_bytes() == b""
        tmp.write_bytes(b"new copy")
        assert target.read_bytes() == b"old"
    assert target.read_bytes() == b"new copy"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.db"]
    if os.name == "posix":
        assert mode(target) == 0o600


def test_atomic_path_failure_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="copy failed"), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("copy failed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["copy.db"]


@posix_only
def test_private_folder_makes_each_missing_level_owner_only(
    tmp_path: Path, usual_umask: None
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    wanted = shared / "exports" / "2026" / "november"
    assert make_private_folder(wanted) == wanted
    assert wanted.is_dir()
    for level in (shared / "exports", shared / "exports" / "2026", wanted):
        assert mode(level) == 0o700, level
    # A folder that was there already is not ours to change.
    assert mode(shared) == 0o755
    assert make_private_folder(shared) == shared
    assert mode(shared) == 0o755


def test_private_folder_under_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(NotADirectoryError):
        make_private_folder(tmp_path / "notes.txt" / "exports")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


@pytest.mark.skipif(os.name != "posix", reason="devices, pipes and links as POSIX has them")
@pytest.mark.parametrize("kind", ["pipe", "link", "folder"])
def test_what_is_not_an_ordinary_file_is_never_replaced(tmp_path: Path, kind: str) -> None:
    # Found by hand: 'export --out /dev/null' renamed a case file over the device.
    target = tmp_path / "target"
    ordinary = tmp_path / "ordinary.txt"
    ordinary.write_bytes(b"kept")
    if kind == "pipe":
        os.mkfifo(target)
    elif kind == "link":
        target.symlink_to(ordinary)
    else:
        target.mkdir()
    before = target.lstat()

    with pytest.raises(OSError), atomic_write(target) as handle:
        handle.write(b"case file")
    with pytest.raises(OSError), atomic_path(target) as path:
        path.write_bytes(b"backup")

    after = target.lstat()
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)
    assert ordinary.read_bytes() == b"kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ordinary.txt", "target"]
