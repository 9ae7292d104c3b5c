"""Lookups by id read one row, with or without table statistics; a message's conversation update is HOT
(migration 0049, issue #12).

The test database has no statistics (nothing analyzes it; this machine's PostgreSQL runs without
autovacuum), the state in which a tenant-first index ties with the primary key and, being newer, used to win.
Index entries are counted with PostgreSQL's per-transaction statistics, which are exact and immediate.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest

from db import tenant_token
from tests.seed import insert_message
from worker.settings import libpq_url

TENANT_FIRST = {
    "customers": ("ix_customers_distributor_status", "uq_customers_distributor_phone"),
    "orders": (
        "ix_orders_distributor_source_message",
        "ix_orders_distributor_status_created",
        "ix_orders_distributor_customer_created",
        "ix_orders_requires_review",
    ),
}


@pytest.fixture()
def app_conn(settings) -> Iterator[psycopg.Connection]:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.database_url), autocommit=True) as conn:
        yield conn


def _returned(conn: psycopg.Connection, index: str) -> int:
    row = conn.execute("SELECT pg_stat_get_xact_tuples_returned(%s::regclass)", (index,)).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("table", ["customers", "orders"])
def test_a_generic_lookup_by_id_takes_an_id_first_index(app_conn, shop, table) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):  # a tenant with a few customers and orders
        insert_message(shop.id, f"hello {i}")
    with app_conn.transaction():
        app_conn.execute(
            "SELECT set_config('app.tenant_token', %s, true)", (tenant_token.tenant_token(shop.id),)
        )
        app_conn.execute("SET LOCAL plan_cache_mode = force_generic_plan")
        app_conn.execute(f"PREPARE by_id (uuid) AS SELECT * FROM {table} WHERE id = $1")
        explained = app_conn.execute(f"EXPLAIN EXECUTE by_id('{uuid.uuid4()}')")
        plan = "\n".join(r[0] for r in explained)
        app_conn.execute("DEALLOCATE by_id")
    assert not any(index in plan for index in TENANT_FIRST[table]), plan
    assert f"pk_{table}" in plan or "_id_distributor_id" in plan, plan


def test_the_snapshot_reads_its_customer_by_id(app_conn, shop) -> None:  # type: ignore[no-untyped-def]
    for i in range(4):  # other customers of the tenant, which a scan of the tenant would read too
        insert_message(shop.id, f"hello {i}")
    mid = insert_message(shop.id, "2 cases of coke zero")
    with app_conn.transaction():
        rows = tenant_token.call_as_tenant(
            app_conn,
            "SELECT content, customer_orders FROM public.oms_message_snapshot(%s::uuid, %s::uuid)",
            (shop.id, mid),
        ).fetchall()
        tenant_scans = sum(_returned(app_conn, index) for index in TENANT_FIRST["customers"])
    assert rows == [("2 cases of coke zero", 0)]
    assert tenant_scans == 0


def test_a_messages_conversation_update_is_hot(app_conn, shop) -> None:  # type: ignore[no-untyped-def]
    first = insert_message(shop.id, "hello", phone="+447700900123")
    with app_conn.transaction():
        app_conn.execute(
            "SELECT set_config('app.tenant_token', %s, true)", (tenant_token.tenant_token(shop.id),)
        )
        conversation = app_conn.execute(
            "SELECT conversation_id, customer_id FROM messages WHERE id = %s", (first,)
        ).fetchone()
        assert conversation is not None
        app_conn.execute(
            "INSERT INTO messages (distributor_id, conversation_id, customer_id, content, is_from_customer) "
            "VALUES (%s, %s, %s, 'again', true)",
            (shop.id, *conversation),
        )
        updated, hot = app_conn.execute(
            "SELECT pg_stat_get_xact_tuples_updated('conversations'::regclass), "
            "pg_stat_get_xact_tuples_hot_updated('conversations'::regclass)"
        ).fetchone()  # type: ignore[misc]
    assert updated == 1 and hot == 1
