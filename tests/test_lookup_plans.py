"""Lookups by id read one row, with or without table statistics; a message's conversation update is HOT
(migration 0049, issue #12); the ingest's lookups of a customer and of a provider's message id read one entry
each (migration 0053).

The test database has no statistics (nothing analyzes it; this machine's PostgreSQL runs without
autovacuum), the state in which a tenant-first index ties with the primary key and, being newer, used to win.
Index entries are counted with PostgreSQL's per-transaction statistics, which are exact and immediate.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import text

from db import tenant_token
from db.session import privileged_session
from ingress.inbound import INGEST_SQL, _params, store_inbound
from ingress.payloads import InboundMessage
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
    assert f"pk_{table}" in plan or "_id_distributor_id" in plan or f"ux_{table}_id" in plan, plan


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


def _inbound(sender: str, provider_id: str, channel: str = "SMS") -> InboundMessage:
    return InboundMessage(channel, sender, "", "2 cases of cola", "api", provider_id, None)


def _index_blocks(conn: psycopg.Connection, table: str) -> int:
    """Index pages the transaction read of `table`'s indexes, all of them."""
    row = conn.execute(
        "SELECT sum(pg_stat_get_xact_blocks_fetched(indexrelid)) FROM pg_index WHERE indrelid = %s::regclass",
        (table,),
    ).fetchone()
    assert row is not None
    return int(row[0])


@pytest.mark.parametrize("channel", ["SMS", "EMAIL"])
def test_the_ingest_finds_its_customer_without_a_scan_of_the_tenant(app_conn, tenant, channel) -> None:  # type: ignore[no-untyped-def]
    def sender(i: int) -> str:
        return f"buyer{i}@shop.example.com" if channel == "EMAIL" else f"+4477009{i:05d}"

    for i in range(30):  # a tenant with 30 customers, which a scan of the tenant reads
        store_inbound(_inbound(sender(i), f"seed-{channel}-{i}", channel), distributor_id=tenant.id)
    again = _inbound(sender(17), f"again-{channel}", channel)
    with app_conn.transaction():
        row = tenant_token.call_as_tenant(app_conn, INGEST_SQL, _params(tenant.id, again, None)).fetchone()
        tenant_scans = sum(_returned(app_conn, index) for index in TENANT_FIRST["customers"])
        tenant_scans += _returned(app_conn, "uq_customers_distributor_id_customer_code")
    assert row is not None and row[3] is True
    assert tenant_scans == 0


def test_the_ingests_duplicate_check_reads_one_entry_of_many(app_conn, tenant) -> None:  # type: ignore[no-untyped-def]
    first = store_inbound(_inbound("+447700900001", "first"), distributor_id=tenant.id)
    with privileged_session() as s:  # 3,000 more provider ids of the tenant (the check read them all)
        s.execute(
            text(
                "INSERT INTO external_message_mappings (distributor_id, channel, provider, external_message_id, "
                "message_id) SELECT :t, 'SMS', 'api', 'bulk-' || i, :m FROM generate_series(1, 3000) i"
            ),
            {"t": tenant.id, "m": first.message_id},
        )
    msg = _inbound("+447700900001", "bulk-2999x")
    with app_conn.transaction():
        row = tenant_token.call_as_tenant(app_conn, INGEST_SQL, _params(tenant.id, msg, None)).fetchone()
        blocks = _index_blocks(app_conn, "external_message_mappings")
    assert row is not None and row[3] is True
    assert blocks <= 24  # the lookup's and the inserts' descents: 18 (0053); 48 when the check read them all
