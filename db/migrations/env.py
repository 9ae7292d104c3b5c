"""Alembic environment: runs as the owner role given by `oms db upgrade` (never the app role)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, pool

from db.models import EXPRESSION_INDEXES, Base

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    # auth.users belongs to Supabase where it exists; we only ever create a stub of it.
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (type_ == "table" and getattr(obj, "schema", None) == "auth")


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        include_schemas=False,
        compare_type=True,
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run `oms db upgrade` against a database")
run_migrations_online()
