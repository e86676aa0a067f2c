"""Several clients opening a new, empty PostgreSQL team database at the same moment all start."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from multiprocessing.synchronize import Barrier

import pytest

from enforcement_desktop.storage.db import Database, current_revision, head_revision
from tests.storage.throwaway import postgres_databases

pytestmark = pytest.mark.postgres

CLIENTS = 3
ROUNDS = 5


@pytest.fixture
def fresh_databases() -> Iterator[list[str]]:
    with postgres_databases(ROUNDS) as urls:
        yield urls


def _client(urls: list[str], barrier: Barrier, results: multiprocessing.Queue[str]) -> None:
    """One application starting on each database, all clients released together."""
    import enforcement_desktop.storage.models  # noqa: F401 - loaded before the race, not in it

    for url in urls:
        barrier.wait(timeout=60)
        try:
            Database(url).dispose()
            results.put("ok")
        except Exception as exc:  # reported to the test, which fails
            results.put(f"{type(exc).__name__}: {str(exc).splitlines()[0]}")


def test_clients_opening_a_new_database_at_once_all_start(fresh_databases: list[str]) -> None:
    # spawn, not fork: the test process may hold Qt's threads by now.
    mp = multiprocessing.get_context("spawn")
    barrier = mp.Barrier(CLIENTS)
    results: multiprocessing.Queue[str] = mp.Queue()
    clients = [
        mp.Process(target=_client, args=(fresh_databases, barrier, results)) for _ in range(CLIENTS)
    ]
    for client in clients:
        client.start()
    outcomes = [results.get(timeout=120) for _ in range(CLIENTS * ROUNDS)]
    for client in clients:
        client.join(timeout=60)
        assert client.exitcode == 0
    failures = [o for o in outcomes if o != "ok"]
    assert not failures, f"{len(failures)} of {len(outcomes)} starts failed: {failures[:3]}"
    for url in fresh_databases:
        db = Database(url, migrate=False)
        try:
            assert current_revision(db.engine) == head_revision(db.engine)
        finally:
            db.dispose()
