"""Start-up on a database the application cannot use: a message box, not a traceback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from enforcement_desktop.app import run_gui
from enforcement_desktop.config import resolve_settings
from enforcement_desktop.storage.db import sqlite_url
from tests.gui.helpers import message_boxes
from tests.storage.test_database_too_new import FUTURE, make_too_new


@pytest.fixture
def application_names(qapp: QApplication) -> Iterator[None]:
    """run_gui names the application; the other GUI tests keep their isolated names."""
    names = (
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.desktopFileName(),
    )
    yield
    qapp.setOrganizationName(names[0])
    qapp.setApplicationName(names[1])
    qapp.setApplicationDisplayName(names[2])
    qapp.setDesktopFileName(names[3])


@pytest.mark.gui
@pytest.mark.usefixtures("application_names")
def test_database_too_new_is_shown_in_a_message_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newer.sqlite3"
    make_too_new(sqlite_url(path))
    with message_boxes(monkeypatch) as boxes:
        assert run_gui(resolve_settings(db=str(path))) == 1
    assert len(boxes.shown) == 1
    assert f"schema version {FUTURE}, newer than this copy" in boxes.shown[0]
    assert "nothing has been changed" in boxes.shown[0]


@pytest.mark.gui
@pytest.mark.usefixtures("application_names")
def test_an_unexpected_failure_shows_its_kind_not_the_drivers_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import enforcement_desktop.storage.db as storage

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("connection to db.internal as Jane with password S3cretPw failed")

    monkeypatch.setattr(storage.Database, "__init__", refuse)
    with message_boxes(monkeypatch) as boxes:
        assert run_gui(resolve_settings(db=str(tmp_path / "any.sqlite3"))) == 1
    assert len(boxes.shown) == 1
    assert "RuntimeError" in boxes.shown[0] and "details are in the log" in boxes.shown[0]
    assert "S3cretPw" not in boxes.shown[0] and "Jane" not in boxes.shown[0]
