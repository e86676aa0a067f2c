"""A process killed at any point of a migration leaves a database that opens, whole.

A child process (crash_child.py) opens a database once per statement N of the migration and is
killed with SIGKILL right after statement N; then each database is opened here as the next start
of the application would, and must reach the newest schema with the data it held.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, text

from enforcement_desktop.storage.db import (
    Database,
    alembic_config,
    current_revision,
    head_revision,
    sqlite_url,
)
from tests.storage.test_schema import schema_differences

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash child forks")

CHILD = Path(__file__).with_name("crash_child.py")
ROOT = Path(__file__).resolve().parents[2]


def _kill_at_every_statement(folder: Path, source: Path | None = None) -> dict[str, Any]:
    args = [sys.executable, str(CHILD), str(folder)]
    if source is not None:
        args.append(str(source))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _schema(engine: Engine) -> list[tuple[str, ...]]:
    """Every table, index and trigger as SQLite stores it: equal lists, equal schemas."""
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"))
        return [tuple(row) for row in rows]


@pytest.fixture(scope="module")
def whole_schema(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, ...]]:
    """The schema of a database opened without a crash, which matches the models."""
    db = Database(sqlite_url(tmp_path_factory.mktemp("whole") / "whole.sqlite3"))
    try:
        assert current_revision(db.engine) == head_revision(db.engine)
        assert schema_differences(db.engine) == []
        return _schema(db.engine)
    finally:
        db.dispose()


def _reopen(path: Path, rows: dict[str, int], whole_schema: list[tuple[str, ...]]) -> str | None:
    """Open as the application does; None when whole, else what is wrong."""
    try:
        db = Database(sqlite_url(path))
    except Exception as exc:  # the next start fails: the user's database is bricked
        return f"unopenable ({type(exc).__name__}: {str(exc).splitlines()[0]})"
    try:
        if (schema := _schema(db.engine)) != whole_schema:
            missing = sorted({row[1] for row in whole_schema} - {row[1] for row in schema})
            return f"unopenable (schema differs; missing {missing[:5]})"
        with db.engine.connect() as conn:
            for table, expected in rows.items():
                found = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                if found != expected:
                    return f"lost ({table}: {found} rows of {expected})"
    finally:
        db.dispose()
    return None


def _check_every_point(
    folder: Path, source: Path | None, rows: dict[str, int], whole_schema: list[tuple[str, ...]]
) -> None:
    result = _kill_at_every_statement(folder, source)
    points = [int(n) for n, killed in result["killed"].items() if killed]
    assert points, "the child was never killed: no statement counted"
    problems = {n: p for n in points if (p := _reopen(folder / f"{n}.sqlite3", rows, whole_schema))}
    lost = sum(p.startswith("lost") for p in problems.values())
    assert not problems, (
        f"{len(points)} kill points tried, {lost} lost data, {len(problems) - lost} unopenable; "
        + "; ".join(f"after statement {n}: {p}" for n, p in list(problems.items())[:5])
    )


def test_killed_during_the_first_open(tmp_path: Path, whole_schema: list[tuple[str, ...]]) -> None:
    _check_every_point(tmp_path, None, {}, whole_schema)


def _insert_rows_at_0001(path: Path) -> dict[str, int]:
    """A database at revision 0001 holding a client with an asset (the table 0002 changes)."""
    db = Database(sqlite_url(path), migrate=False)
    try:
        command.upgrade(alembic_config(db.engine), "0001")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO contact (id, role, first_name, last_name, surname_key, name_key,"
                    " employment_status, pv_marker, holds_driving_licence, holds_passport,"
                    " depends_on_driving, version) VALUES (1, 'paying_parent', 'Pat',"
                    " 'Testington', 'testington', 'pat testington', 'employed', 0, 0, 0, 0, 1)"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO asset (contact_id, asset_type, source, recorded_on, finding,"
                    " version) VALUES (1, 'vehicle', 'dvla', '2026-11-23', 'unassessed', 1)"
                )
            )
        assert current_revision(db.engine) == "0001"
    finally:
        db.dispose()
    return {"contact": 1, "asset": 1}


def test_killed_during_the_upgrade_from_0001(
    tmp_path: Path, whole_schema: list[tuple[str, ...]]
) -> None:
    source = tmp_path / "at-0001.sqlite3"
    rows = _insert_rows_at_0001(source)
    _check_every_point(tmp_path, source, rows, whole_schema)
