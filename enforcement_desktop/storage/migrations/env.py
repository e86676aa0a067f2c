"""Alembic environment: runs on the connection or engine handed over by ``storage.db``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from enforcement_desktop.storage.db import migration_transaction
from enforcement_desktop.storage.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    # The connection is already in the caller's transaction, so this opens none of its own:
    # every migration and the alembic_version row commit together or not at all.
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # storage.db.upgrade: its transaction, lock and checks
        _run(connection)
        return
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with migration_transaction(engine) as connection:
        _run(connection)


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
