"""PostgreSQL connections are tested before use only after an idle spell, and replaced if cut."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, text

from enforcement_desktop.storage import db as storage
from tests.conftest import PG_URL_ENV

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> Iterator[Engine]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_URL_ENV}")
    made = storage.make_engine(url)
    yield made
    made.dispose()


def _pid(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_in_use_a_moment_ago_is_not_pinged(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings: list[object] = []
    real_ping = engine.dialect.do_ping

    def counted(dbapi_connection: object) -> bool:
        pings.append(dbapi_connection)
        return bool(real_ping(dbapi_connection))

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    first = _pid(engine)
    for _ in range(5):
        assert _pid(engine) == first
    # pool_pre_ping would have cost a round trip on each of the six checkouts.
    assert pings == []


def test_a_connection_cut_while_idle_is_replaced_without_an_error(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _pid(engine)
    other = storage.make_engine(os.environ[PG_URL_ENV])
    try:
        with other.connect() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
            conn.commit()
    finally:
        other.dispose()
    monkeypatch.setattr(storage, "IDLE_PING_SECONDS", 0.0)  # as after an idle spell

    assert _pid(engine) != first
