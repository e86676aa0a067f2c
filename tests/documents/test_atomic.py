"""atomic_write: the final file appears whole or not at all, and no temporary file is left."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop.documents.atomic import atomic_write


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
