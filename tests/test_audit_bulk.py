"""The customers audit trail, written once per statement (migration 0023), says what the per-row trigger said.

Each scenario runs twice in a rolled-back transaction of the owner: once with the statement-level triggers
the migration installed, once with them disabled and the per-row trigger (`oms_audit_write`, which
`messages` and `orders` still use) put back on `customers`. The audit rows they write must be the same,
column for column but the serial id and the transaction's timestamp: a bulk status change by the recompute,
bulk updates by a user of the application role through its signed token (row-level security on), an
update that changes nothing, multi-row inserts and deletes. Then single writes, as the pipeline and the API
make them, are still audited; a customer's id cannot change; and the function names every column of
`customers`, so a column added later is not silently left out of `changed_fields`.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest

from db import tenant_token
from db.enums import UserRole
from tests.reviewers import make_user
from worker.settings import libpq_url

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
STATEMENT_TRIGGERS = ("audit_insert", "audit_update", "audit_delete")
AUDIT_COLUMNS = (
    "distributor_id, user_id, db_role, table_name, record_id, operation::text, contains_pii, changed_fields"
)

Scenario = Callable[[psycopg.Connection[Any]], None]


@pytest.fixture()
def owner(database) -> Iterator[psycopg.Connection[Any]]:  # type: ignore[no-untyped-def]
    with psycopg.connect(database["admin_url"]) as conn:
        yield conn


def _customers(conn: psycopg.Connection[Any], tenant_id: uuid.UUID, n: int) -> list[uuid.UUID]:
    """`n` customers whose last orders are 0..n-1 days before NOW (every status the rules give)."""
    ids = [uuid.uuid4() for _ in range(n)]
    with conn.transaction():
        conn.execute(
            "INSERT INTO customers (id, distributor_id, business_name, customer_code, last_order_at, "
            "order_gaps, usual_order_gap, total_orders) "
            "SELECT c.id, %s, 'Customer ' || c.k, 'B' || c.k, %s - make_interval(days => c.k::int), "
            "CASE WHEN c.k %% 3 = 0 THEN '{}'::smallint[] ELSE '{7,7}' END, "
            "CASE WHEN c.k %% 3 = 0 THEN NULL ELSE 7 END, 2 "
            "FROM unnest(%s::uuid[]) WITH ORDINALITY c(id, k)",
            (tenant_id, NOW, ids),
        )
    return ids


def _audit_rows(conn: psycopg.Connection[Any], tenant_id: uuid.UUID, after: int) -> Counter[tuple[Any, ...]]:
    rows = conn.execute(
        f"SELECT {AUDIT_COLUMNS} FROM data_access_audit "
        "WHERE distributor_id = %s AND table_name = 'customers' AND id > %s",
        (tenant_id, after),
    ).fetchall()
    return Counter(tuple(tuple(v) if isinstance(v, list) else v for v in r) for r in rows)


def _run(
    conn: psycopg.Connection[Any], tenant_id: uuid.UUID, scenario: Scenario, *, per_row: bool
) -> Counter[tuple[Any, ...]]:
    """The audit rows `scenario` writes, with the statement triggers or the per-row one; rolled back."""
    tx = conn.transaction(force_rollback=True)
    with tx:
        if per_row:
            for name in STATEMENT_TRIGGERS:
                conn.execute(f"ALTER TABLE customers DISABLE TRIGGER {name}")
            conn.execute(
                "CREATE TRIGGER audit_write AFTER INSERT OR UPDATE OR DELETE ON customers "
                "FOR EACH ROW EXECUTE FUNCTION oms_audit_write('true')"
            )
        (after,) = conn.execute("SELECT coalesce(max(id), 0) FROM data_access_audit").fetchone()  # type: ignore[misc]
        scenario(conn)
        conn.execute("RESET ROLE")
        return _audit_rows(conn, tenant_id, after)


def _as_app_user(conn: psycopg.Connection[Any], role: str, token: str) -> None:
    conn.execute(f'SET LOCAL ROLE "{role}"')
    conn.execute("SELECT set_config('app.tenant_token', %s, true)", (token,))


def _same_audit(conn: psycopg.Connection[Any], tenant_id: uuid.UUID, scenario: Scenario) -> Counter[Any]:
    by_statement = _run(conn, tenant_id, scenario, per_row=False)
    by_row = _run(conn, tenant_id, scenario, per_row=True)
    assert by_statement == by_row
    return by_statement


def test_a_bulk_status_change_is_audited_as_the_per_row_trigger_did(tenant, owner) -> None:  # type: ignore[no-untyped-def]
    ids = _customers(owner, tenant.id, 150)
    claimed = uuid.uuid4()  # the owner's session, behind PostgREST: the claims' subject is who

    def recompute(conn: psycopg.Connection[Any]) -> None:
        conn.execute("SELECT set_config('request.jwt.claims', %s, true)", (f'{{"sub": "{claimed}"}}',))
        (changed,) = conn.execute(
            "SELECT changed FROM oms_recompute_customer_statuses(%s, %s, false)", ([tenant.id], NOW)
        ).fetchone()  # type: ignore[misc]
        assert changed == len(ids)

    rows = _same_audit(owner, tenant.id, recompute)
    assert sum(rows.values()) == len(ids)
    assert {r[1] for r in rows} == {claimed} and {r[7] for r in rows} == {("status",)}
    assert {r[4] for r in rows} == set(ids)


def test_bulk_writes_of_an_app_user_are_audited_as_before(tenant, owner, database) -> None:  # type: ignore[no-untyped-def]
    ids = _customers(owner, tenant.id, 40)
    manager = make_user(tenant.id, UserRole.MANAGER)
    token = tenant_token.user_token(manager.user_id)  # type: ignore[arg-type]
    new_ids = [uuid.uuid4() for _ in range(5)]

    def writes(conn: psycopg.Connection[Any]) -> None:
        _as_app_user(conn, database["role"], token)
        conn.execute("UPDATE customers SET notes = 'called ' || customer_code")
        conn.execute("UPDATE customers SET notes = notes")  # nothing changes: no audit row
        conn.execute("UPDATE customers SET updated_at = now() - interval '1 day'")  # updated_at only: none
        conn.execute(
            "UPDATE customers SET contact_name = 'Ana', email = customer_code || '@example.test', "
            "metadata = '{\"vip\": true}', order_gaps = '{1}' WHERE customer_code < 'B2'"
        )
        conn.execute(
            "INSERT INTO customers (id, distributor_id, business_name, customer_code) "
            "SELECT i, %s, 'New', 'N' || i FROM unnest(%s::uuid[]) i",
            (tenant.id, new_ids),
        )
        conn.execute(
            "INSERT INTO customers (distributor_id, business_name, customer_code) VALUES (%s, 'Dup', 'N' || %s) "
            "ON CONFLICT (distributor_id, customer_code) DO UPDATE SET phone = '+447700900123'",
            (tenant.id, str(new_ids[0])),
        )
        conn.execute("DELETE FROM customers WHERE id = ANY(%s)", (new_ids[1:3],))
        conn.execute(
            "INSERT INTO orders (distributor_id, customer_id, status, total_amount, created_at) "
            "VALUES (%s, %s, 'CONFIRMED', 10, %s)",
            (tenant.id, new_ids[3], NOW),
        )  # the orders trigger's update of the customer, as the owner

    rows = _same_audit(owner, tenant.id, writes)
    assert {r[1] for r in rows} == {manager.user_id}
    assert {r[2] for r in rows} == {database["role"], urlsplit(database["admin_url"]).username}
    multi = ("contact_name", "email", "metadata", "order_gaps")
    assert Counter((r[5], r[7]) for r in rows.elements()) == {
        ("UPDATE", ("notes",)): len(ids),
        ("UPDATE", multi): 11,  # B1, B10..B19
        ("INSERT", ()): 5,
        ("UPDATE", ("phone",)): 1,  # the upsert's update
        ("DELETE", ()): 2,
        ("UPDATE", ("last_order_at", "status", "total_orders", "total_spent")): 1,
    }


def test_single_writes_are_still_audited(tenant, database) -> None:  # type: ignore[no-untyped-def]
    manager = make_user(tenant.id, UserRole.MANAGER)
    with psycopg.connect(libpq_url(database["app_url"]), autocommit=True) as app:
        app.execute(
            "SELECT set_config('app.tenant_token', %s, false)", (tenant_token.user_token(manager.user_id),)
        )  # type: ignore[arg-type]
        (cid,) = app.execute(
            "INSERT INTO customers (distributor_id, business_name, customer_code) VALUES (%s, 'Solo', 'S1') RETURNING id",
            (tenant.id,),
        ).fetchone()  # type: ignore[misc]
        app.execute("UPDATE customers SET status = 'AT_RISK' WHERE id = %s", (cid,))
        app.execute("UPDATE customers SET status = status WHERE id = %s", (cid,))  # no change: no row
        app.execute(
            "INSERT INTO orders (distributor_id, customer_id, status, total_amount, created_at) "
            "VALUES (%s, %s, 'CONFIRMED', 10, %s)",
            (tenant.id, cid, NOW - timedelta(days=1)),
        )  # the orders trigger updates the customer: totals, rhythm, status back to ORDERING
        rows = app.execute(
            "SELECT user_id, db_role, operation::text, contains_pii, changed_fields FROM data_access_audit "
            "WHERE record_id = %s ORDER BY id",
            (cid,),
        ).fetchall()
    role, owner_role = database["role"], urlsplit(database["admin_url"]).username
    assert rows == [
        (manager.user_id, role, "INSERT", True, []),
        (manager.user_id, role, "UPDATE", True, ["status"]),
        # by the orders trigger, which runs as the owner (SECURITY DEFINER), as before
        (
            manager.user_id,
            owner_role,
            "UPDATE",
            True,
            ["last_order_at", "status", "total_orders", "total_spent"],
        ),
    ]


def test_a_customers_id_cannot_change(tenant, owner) -> None:  # type: ignore[no-untyped-def]
    (cid,) = _customers(owner, tenant.id, 1)
    with (
        pytest.raises(psycopg.errors.IntegrityConstraintViolation, match="audit trail"),
        owner.transaction(),
    ):
        owner.execute("UPDATE customers SET id = gen_random_uuid() WHERE id = %s", (cid,))


def test_the_audit_function_compares_every_column_of_customers(owner) -> None:  # type: ignore[no-untyped-def]
    (source,) = owner.execute("SELECT prosrc FROM pg_proc WHERE proname = 'oms_audit_customers'").fetchone()  # type: ignore[misc]
    columns = [
        c
        for (c,) in owner.execute(
            "SELECT attname::text FROM pg_attribute WHERE attrelid = 'public.customers'::regclass "
            "AND attnum > 0 AND NOT attisdropped AND attname <> 'updated_at'"
        )
    ]
    missing = [c for c in columns if f"n.{c} IS DISTINCT FROM o.{c} THEN '{c}'" not in source]
    assert not missing, (
        f"oms_audit_customers does not compare {missing}: recreate it (migration 0023's function_sql)"
    )
