"""The log file: tracebacks as frames, no personal data, private files, rotation."""

from __future__ import annotations

import logging
import logging.handlers
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from enforcement_desktop import logs
from enforcement_desktop.domain.errors import ValidationError

POSIX = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "state" / "enforcement-desktop" / "log"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    logs.stop_logging()


def _fail_with_a_name() -> None:
    raise ValueError("Jane Fictional")


def _text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_a_traceback_keeps_its_frames_and_drops_the_message(log_folder: Path) -> None:
    path = logs.setup_logging()
    assert path == log_folder / logs.LOG_FILE_NAME
    try:
        _fail_with_a_name()
    except ValueError:
        logging.getLogger("enforcement_desktop.test").exception("Saving the contact failed")
    text = _text(path)
    assert "Jane Fictional" not in text
    assert "Saving the contact failed" in text
    assert 'File "tests/test_logs.py"' in text
    assert str(Path(__file__).parent) not in text, "no full path (it can name the user)"
    assert "in _fail_with_a_name" in text and "in test_a_traceback_keeps" in text
    assert text.rstrip().endswith("ValueError")


def test_log_exception_writes_the_same_safe_text(log_folder: Path) -> None:
    path = logs.setup_logging()
    try:
        _fail_with_a_name()
    except ValueError as exc:
        logs.log_exception(logging.getLogger("x"), "Unexpected error", (ValueError, exc, None))
    text = _text(path)
    assert "Jane Fictional" not in text
    assert "line" in text and "in _fail_with_a_name" in text


def test_chained_errors_name_their_types_only() -> None:
    try:
        try:
            _fail_with_a_name()
        except ValueError as exc:
            raise KeyError("Fictional Road") from exc
    except KeyError as exc:
        text = logs.safe_traceback(exc)
    assert "Jane Fictional" not in text and "Fictional Road" not in text
    assert text.index("ValueError") < text.index("direct cause") < text.index("KeyError")


def test_frames_outside_the_application_show_only_the_file_name() -> None:
    assert logs.short_path("/home/jane.fictional/scratch/tool.py") == "tool.py"
    assert logs.short_path(logs.__file__) == "enforcement_desktop/logs.py"
    assert logs.short_path(logging.__file__) == "logging/__init__.py"


def test_our_own_errors_keep_their_message_for_the_user() -> None:
    error = ValidationError({"paid_on": "The date paid cannot be in the future"})
    assert "cannot be in the future" in logs.describe_exception(error)
    assert logs.describe_exception(OSError(13, "denied: /home/jane")) == "PermissionError"


def test_setting_up_again_replaces_the_handler(
    log_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    logs.setup_logging()
    other = tmp_path / "elsewhere"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(other))
    path = logs.setup_logging()
    handlers = logging.getLogger().handlers
    ours = [h for h in handlers if isinstance(h, logging.handlers.RotatingFileHandler)]
    assert [Path(h.baseFilename) for h in ours] == [path]
    assert path.parent == other


@POSIX
def test_folders_and_files_are_private(log_folder: Path) -> None:
    path = logs.setup_logging()
    for folder in (log_folder, log_folder.parent, log_folder.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    handler = next(
        h
        for h in logging.getLogger().handlers
        if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)
    logging.getLogger("x").warning("before the rollover")
    handler.doRollover()
    logging.getLogger("x").warning("after the rollover")
    for rotated in (path, path.with_name(path.name + ".1")):
        assert stat.S_IMODE(rotated.stat().st_mode) == 0o600, rotated
    assert "after the rollover" in _text(path)


@POSIX
def test_an_existing_folder_keeps_its_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "shared-logs"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    try:
        logs.setup_logging()
    finally:
        logs.stop_logging()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
