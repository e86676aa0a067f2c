"""Per-database keys for desktop settings, and the default folder for packs and letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from enforcement_desktop import config
from enforcement_desktop.storage.db import sqlite_url


def test_database_key_is_stable_and_tells_databases_apart(tmp_path: Path) -> None:
    demo = sqlite_url(tmp_path / "enforcement-demo.sqlite3")
    real = sqlite_url(tmp_path / "enforcement.sqlite3")
    assert config.database_key(demo) == config.database_key(demo)
    assert config.database_key(demo) != config.database_key(real)
    # The same file named another way (a relative path, "..") is the same database.
    (tmp_path / "sub").mkdir()
    other_way = f"sqlite:///{tmp_path / 'sub' / '..' / 'enforcement.sqlite3'}"
    assert config.database_key(other_way) == config.database_key(real)
    assert len(config.database_key(real)) == 16
    assert config.database_key(real).isalnum()


def test_database_key_of_a_server_ignores_the_password() -> None:
    one = config.database_key("postgresql://alex:first@db.example:5432/cms")
    two = config.database_key("postgresql://alex:second@db.example:5432/cms")
    assert one == two
    assert one != config.database_key("postgresql://alex:first@db.example:5432/training")
    assert one != config.database_key("postgresql://alex:first@other.example:5432/cms")


def test_default_output_folder_is_bailiff_packs_in_documents(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    monkeypatch.setattr(config, "user_documents_path", lambda: documents)
    assert config.default_output_folder() == documents / "Bailiff packs"
    assert config.default_output_folder() != Path.home()
