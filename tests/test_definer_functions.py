"""The functions that run with more than the caller's rights stay inside the tenant wall (migration 0048).

- No role but ours may call a SECURITY DEFINER function: PUBLIC holds no EXECUTE on any, and a fresh role
  gets "permission denied" from every one. Ours hold EXECUTE on those they call only (migration 0052).
- An order of tenant A cannot name tenant B's customer (the foreign key includes the tenant), so the
  owner's ``customer_totals`` trigger can never move B's totals.
- No function still sets the dead ``app.current_distributor_id``; ``oms_paid_snapshot`` is gone.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from psycopg import sql

from db import tenant_token
from db.migrate import APP_ENTRY, CLAIMS_PATH
from db.tenant_token import PIPELINE_ROLE
from tests.conftest import PG_ADMIN
from tests.seed import insert_message
from worker.settings import libpq_url

DEFINERS = """
SELECT n.nspname, p.proname, oidvectortypes(p.proargtypes), p.oid::regprocedure::text,
       pg_get_userbyid(p.proowner)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE p.prosecdef AND n.nspname IN ('public', 'oms_private')
ORDER BY 4
"""
#: Who may hold EXECUTE on one: the owner (by ownership), the application role and the pipeline's role
#: (db/migrate.py grants them), and Supabase's PostgREST role where one exists (the claims path).
MAY_EXECUTE = {PIPELINE_ROLE, "authenticated"}


@pytest.fixture()
def admin_conn(database) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        yield conn


@pytest.fixture()
def app_conn(settings) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        yield conn


@pytest.fixture()
def fresh_role(database) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A login role with no grant but CONNECT and USAGE on the schema: any role of the cluster."""
    role = f"oms_t_nogrant_{uuid.uuid4().hex[:10]}"
    ident = sql.Identifier(role)
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN").format(ident))
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(sql.Identifier(database["dbname"]), ident)
        )
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident))
    yield role
    with psycopg.connect(database["admin_url"], autocommit=True) as conn:
        conn.execute(sql.SQL("DROP OWNED BY {}").format(ident))
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(ident))


def _definers(conn: psycopg.Connection) -> list[tuple[str, str, str, str, str]]:
    rows = conn.execute(DEFINERS).fetchall()
    assert len(rows) >= 15  # the resolvers, the token check, the pipeline's functions, the totals trigger
    return rows


def test_no_security_definer_function_is_public(admin_conn, settings) -> None:  # type: ignore[no-untyped-def]
    allowed = MAY_EXECUTE | {settings.app_role}
    for *_, function, owner in _definers(admin_conn):
        grantees = admin_conn.execute(
            "SELECT coalesce(nullif(a.grantee, 0)::regrole::text, 'PUBLIC') FROM pg_proc p, "
            "aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
            "WHERE p.oid = %s::regprocedure AND a.privilege_type = 'EXECUTE'",
            (function,),
        ).fetchall()
        assert {g for (g,) in grantees} - {owner} <= allowed, function


def test_a_role_without_grants_is_refused_every_security_definer_function(  # type: ignore[no-untyped-def]
    admin_conn, database, fresh_role
) -> None:
    definers = _definers(admin_conn)
    url = libpq_url(database["app_url"]).replace(database["role"], fresh_role, 1)
    with psycopg.connect(url, autocommit=True) as conn:
        for schema, name, types, function, _ in definers:
            nulls = sql.SQL(", ").join(sql.SQL("NULL::" + t) for t in types.split(", ") if t)
            call = sql.SQL("SELECT {}.{}({})").format(sql.Identifier(schema), sql.Identifier(name), nulls)
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
                conn.execute(call)
            oid = admin_conn.execute("SELECT %s::regprocedure::oid", (function,)).fetchone()[0]  # type: ignore[index]
            assert conn.execute("SELECT has_function_privilege(%s::oid, 'EXECUTE')", (oid,)).fetchone() == (
                False,
            )


def test_the_app_role_still_calls_them(app_conn, shop) -> None:  # type: ignore[no-untyped-def]
    mid = insert_message(shop.id, "2 cases of coke zero")
    snap = tenant_token.call_as_tenant(
        app_conn, "SELECT content FROM public.oms_message_snapshot(%s::uuid, %s::uuid)", (shop.id, mid)
    ).fetchall()
    assert snap == [("2 cases of coke zero",)]
    assert app_conn.execute("SELECT public.oms_schema_revision()").fetchone() is not None


def _callable(admin_conn: psycopg.Connection, role: str) -> set[str]:
    """The SECURITY DEFINER functions of public that ``role`` may call and does not own."""
    rows = admin_conn.execute(
        "SELECT 'public.' || p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE p.prosecdef AND n.nspname = 'public' AND p.proowner <> %s::regrole "
        "AND has_function_privilege(%s, p.oid, 'EXECUTE')",
        (role, role),
    ).fetchall()
    return {f for (f,) in rows}


def _signatures(admin_conn: psycopg.Connection, functions: tuple[str, ...]) -> set[str]:
    """``functions`` as PostgreSQL spells their signatures."""
    return {
        "public." + admin_conn.execute("SELECT %s::regprocedure::text", (f,)).fetchone()[0]  # type: ignore[index]
        for f in functions
    }


def test_each_role_may_call_only_the_security_definer_functions_it_calls(admin_conn, settings) -> None:  # type: ignore[no-untyped-def]
    """The policies' and audit triggers' functions for both roles, the entry points for the application only;
    no role holds a trigger's function, and the pipeline's role none of the ingress's resolvers."""
    claims = _signatures(admin_conn, CLAIMS_PATH)
    assert _callable(admin_conn, settings.app_role) == claims | _signatures(admin_conn, APP_ENTRY)
    assert _callable(admin_conn, PIPELINE_ROLE) == claims


def test_the_pipelines_role_is_refused_the_resolvers(database) -> None:  # type: ignore[no-untyped-def]
    with psycopg.connect(database["admin_url"]) as conn:
        conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(PIPELINE_ROLE)))
        assert conn.execute("SELECT public.oms_token_tenant()").fetchone() == (None,)  # no token: no tenant
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission denied"):
            conn.execute("SELECT public.oms_resolve_api_key('oms_nokey')")


def _customer(admin_conn: psycopg.Connection, message_id: uuid.UUID) -> tuple[uuid.UUID, int, object]:
    row = admin_conn.execute(
        "SELECT c.id, c.total_orders, c.total_spent FROM messages m JOIN customers c ON c.id = m.customer_id "
        "WHERE m.id = %s",
        (message_id,),
    ).fetchone()
    assert row is not None
    return row[0], row[1], row[2]


def test_an_order_cannot_name_another_tenants_customer(admin_conn, app_conn, shop, other_tenant) -> None:  # type: ignore[no-untyped-def]
    theirs, orders_before, spent_before = _customer(admin_conn, insert_message(other_tenant.id, "hello"))
    mine, _, _ = _customer(admin_conn, insert_message(shop.id, "hello"))
    app_conn.execute(
        "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.tenant_token(shop.id),)
    )
    insert = "INSERT INTO orders (distributor_id, customer_id, status, total_amount) VALUES (%s, %s, 'CONFIRMED', 99)"
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        app_conn.execute(insert, (shop.id, theirs))
    # Nor can one of its own orders be moved onto that customer.
    order = app_conn.execute(insert + " RETURNING id", (shop.id, mine)).fetchone()[0]  # type: ignore[index]
    with pytest.raises(psycopg.errors.ForeignKeyViolation):
        app_conn.execute("UPDATE orders SET customer_id = %s WHERE id = %s", (theirs, order))
    row = admin_conn.execute(
        "SELECT total_orders, total_spent FROM customers WHERE id = %s", (theirs,)
    ).fetchone()
    assert row == (orders_before, spent_before)
    mine_now = admin_conn.execute("SELECT total_orders FROM customers WHERE id = %s", (mine,)).fetchone()
    assert mine_now == (1,)  # the trigger still counts an order of the tenant's own customer


def test_no_function_sets_the_dead_tenant_setting(admin_conn) -> None:  # type: ignore[no-untyped-def]
    rows = admin_conn.execute(
        "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND p.prosrc LIKE '%app.current_distributor_id%'"
    ).fetchall()
    assert rows == []
    gone = admin_conn.execute(
        "SELECT to_regprocedure('public.oms_paid_snapshot(uuid, uuid, text)')"
    ).fetchone()
    assert gone == (None,)
