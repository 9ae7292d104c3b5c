"""The models and the migrations describe the same schema, and the migrations run both ways."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from psycopg import sql
from sqlalchemy import create_engine, pool, text

from db import migrate
from db.models import EXPRESSION_INDEXES, Base
from tests.conftest import PG_ADMIN, _with_db
from worker.settings import load_settings, sqlalchemy_url


def _head() -> str:
    """The single head of the script directory (there must always be exactly one)."""
    heads = ScriptDirectory.from_config(migrate.alembic_config("postgresql://unused/x")).get_heads()
    assert len(heads) == 1, heads
    return heads[0]


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    if type_ == "index" and name in EXPRESSION_INDEXES:
        return False
    return not (type_ == "table" and getattr(obj, "schema", None) == "auth")


def test_autogenerate_finds_no_difference(database):  # type: ignore[no-untyped-def]
    engine = create_engine(sqlalchemy_url(database["admin_url"]), poolclass=pool.NullPool)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _include, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.fixture()
def empty_database():  # type: ignore[no-untyped-def]
    suffix = uuid.uuid4().hex[:8]
    dbname, role = f"oms_mig_{suffix}", f"oms_mig_app_{suffix}"
    settings = load_settings(
        {
            "OMS_ADMIN_DATABASE_URL": _with_db(PG_ADMIN, dbname),
            "OMS_ENV": "test",
            "DATABASE_URL": _with_db(PG_ADMIN, dbname, user=role),
        }
    )
    yield settings
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _public_tables(settings) -> set[str]:  # type: ignore[no-untyped-def]
    engine = create_engine(sqlalchemy_url(settings.admin_database_url), poolclass=pool.NullPool)
    with engine.connect() as conn:
        rows = (
            conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
        )
    engine.dispose()
    return set(rows)


def test_upgrade_downgrade_upgrade_on_an_empty_database(empty_database):  # type: ignore[no-untyped-def]
    s = empty_database
    migrate.upgrade(s)  # creates the database and the app role too
    expected = {t.name for t in Base.metadata.sorted_tables if t.schema is None} | {"alembic_version"}
    assert _public_tables(s) == expected
    assert migrate.current(s) == _head()
    migrate.downgrade(s, "base")
    assert _public_tables(s) == {"alembic_version"}
    assert migrate.current(s) is None
    migrate.upgrade(s)
    assert _public_tables(s) == expected
    with psycopg.connect(s.admin_database_url) as conn:
        names = {r[0] for r in conn.execute("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")}
    assert names >= EXPRESSION_INDEXES and "ix_products_name_trgm" in names
    # The app role can connect and work as a tenant right after upgrade.
    with psycopg.connect(s.database_url) as conn:
        assert conn.execute("SELECT count(*) FROM products").fetchone() == (0,)


def test_upgrade_is_rerunnable(empty_database):  # type: ignore[no-untyped-def]
    migrate.upgrade(empty_database)
    migrate.upgrade(empty_database)
    assert migrate.current(empty_database) == _head()


def test_0006_keeps_only_the_hash_of_existing_verify_tokens(empty_database):  # type: ignore[no-untyped-def]
    s = empty_database
    migrate.upgrade(s, "0005")
    with psycopg.connect(s.admin_database_url) as conn:
        tenant = conn.execute("INSERT INTO distributors (name) VALUES ('t') RETURNING id").fetchone()[0]  # type: ignore[index]
        conn.execute(
            "INSERT INTO external_integrations (distributor_id, integration_type, provider, name, address,"
            " config, api_key_hash) VALUES (%s, 'MESSAGING', 'whatsapp', 'w', '123',"
            ' \'{"verify_token": "plain-secret-token", "other": 1}\', \'the-hash\')',
            (tenant,),
        )
    migrate.upgrade(s)
    with psycopg.connect(s.admin_database_url) as conn:
        (config,) = conn.execute("SELECT config FROM external_integrations").fetchone()  # type: ignore[misc]
    assert config == {"other": 1, "verify_token_sha256": "the-hash"}


def test_0052_takes_back_execute_on_the_definer_functions_a_role_does_not_call(empty_database):  # type: ignore[no-untyped-def]
    """Before 0052 every upgrade granted both roles EXECUTE on all functions; 0052 takes back, on the SECURITY
    DEFINER ones, what each role does not call (db/migrate.py CLAIMS_PATH, APP_ENTRY), and downgrade gives it back."""
    s = empty_database
    before = ScriptDirectory.from_config(migrate.alembic_config("postgresql://unused/x")).get_revision("0052")
    migrate.upgrade(s, str(before.down_revision))
    app = sql.Identifier(s.app_role)
    with psycopg.connect(s.admin_database_url, autocommit=True) as conn:
        for role in (app, sql.Identifier("oms_pipeline")):  # as `oms db upgrade` did before 0052
            conn.execute(sql.SQL("GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {}").format(role))

    def may(role: str, function: str) -> bool:
        with psycopg.connect(s.admin_database_url) as conn:
            row = conn.execute(
                "SELECT has_function_privilege(%s, %s, 'EXECUTE')", (role, function)
            ).fetchone()
        return bool(row and row[0])

    assert may("oms_pipeline", "public.oms_resolve_api_key(text)")
    migrate.upgrade(s)
    assert not may("oms_pipeline", "public.oms_resolve_api_key(text)")  # the ingress's, not the pipeline's
    assert not may("oms_pipeline", "public.oms_schema_revision()")
    assert not may(s.app_role, "public.oms_context_summary_trigger()")  # a trigger fires without it
    assert may("oms_pipeline", "public.oms_token_tenant()") and may(s.app_role, "public.oms_token_tenant()")
    assert may(s.app_role, "public.oms_resolve_api_key(text)")
    migrate.downgrade(s, str(before.down_revision))
    assert may("oms_pipeline", "public.oms_resolve_api_key(text)")
