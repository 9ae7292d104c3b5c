"""Database-maintained facts: customer totals, conversation counters, updated_at, the audit trail."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select, text

from db import models as m
from db.enums import Channel, OrderStatus
from db.session import tenant_session


def _customer_and_conversation(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        c = m.Customer(
            distributor_id=tenant_id, business_name="Cafe Uno", customer_code="C-1", phone="+447700900001"
        )
        s.add(c)
        s.flush()
        conv = m.Conversation(distributor_id=tenant_id, customer_id=c.id, channel=Channel.WHATSAPP)
        s.add(conv)
        s.flush()
        return c.id, conv.id


def _order(tenant_id, customer_id, amount: str, status=OrderStatus.CONFIRMED):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        o = m.Order(
            distributor_id=tenant_id,
            customer_id=customer_id,
            status=status,
            subtotal=Decimal(amount),
            total_amount=Decimal(amount),
        )
        s.add(o)
        s.flush()
        return o.id


def _totals(tenant_id, customer_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        c = s.get(m.Customer, customer_id)
        return c.total_orders, c.total_spent, c.last_order_at


def test_customer_totals_follow_order_insert_update_delete(tenant):  # type: ignore[no-untyped-def]
    cid, _ = _customer_and_conversation(tenant.id)
    assert _totals(tenant.id, cid)[:2] == (0, Decimal("0"))
    o1 = _order(tenant.id, cid, "28.80")
    _order(tenant.id, cid, "10.00")
    n, spent, last = _totals(tenant.id, cid)
    assert (n, spent) == (2, Decimal("38.80")) and last is not None
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE orders SET total_amount = 30 WHERE id = :id"), {"id": o1})
    assert _totals(tenant.id, cid)[:2] == (2, Decimal("40.00"))
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE orders SET status = 'CANCELLED' WHERE id = :id"), {"id": o1})
    assert _totals(tenant.id, cid)[:2] == (1, Decimal("10.00"))
    with tenant_session(tenant.id) as s:
        s.execute(text("DELETE FROM orders WHERE customer_id = :c"), {"c": cid})
    assert _totals(tenant.id, cid) == (0, Decimal("0"), None)


def test_conversation_unread_and_last_message(tenant):  # type: ignore[no-untyped-def]
    cid, conv = _customer_and_conversation(tenant.id)
    with tenant_session(tenant.id) as s:
        for body in ("hi", "2 cases coke"):
            s.add(m.Message(distributor_id=tenant.id, conversation_id=conv, customer_id=cid, content=body))
        s.add(
            m.Message(
                distributor_id=tenant.id, conversation_id=conv, content="on its way", is_from_customer=False
            )
        )
    with tenant_session(tenant.id) as s:
        c = s.get(m.Conversation, conv)
        assert c.unread_count == 2 and c.last_message_at is not None
        first = s.scalars(
            select(m.Message).where(m.Message.conversation_id == conv, m.Message.is_from_customer)
        ).first()
        first.read_at = text("now()")
    with tenant_session(tenant.id) as s:
        assert s.get(m.Conversation, conv).unread_count == 1
        s.execute(text("UPDATE messages SET read_at = now() WHERE conversation_id = :c"), {"c": conv})
    with tenant_session(tenant.id) as s:
        assert s.get(m.Conversation, conv).unread_count == 0


def test_updated_at_moves_on_update(tenant):  # type: ignore[no-untyped-def]
    cid, _ = _customer_and_conversation(tenant.id)
    with tenant_session(tenant.id) as s:
        before = s.get(m.Customer, cid).updated_at
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE customers SET notes = 'vip' WHERE id = :id"), {"id": cid})
        after = s.execute(text("SELECT updated_at FROM customers WHERE id = :id"), {"id": cid}).scalar_one()
    assert after > before


def test_audit_trail_records_writes_without_values(tenant):  # type: ignore[no-untyped-def]
    cid, conv = _customer_and_conversation(tenant.id)
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE customers SET contact_name = 'Mario' WHERE id = :id"), {"id": cid})
    o = _order(tenant.id, cid, "5.00")
    with tenant_session(tenant.id) as s:
        rows = s.execute(
            text(
                "SELECT table_name, operation, contains_pii, changed_fields, record_id, db_role "
                "FROM data_access_audit ORDER BY id"
            )
        ).all()
    ops = [(r.table_name, r.operation) for r in rows]
    assert ("customers", "INSERT") in ops and ("customers", "UPDATE") in ops and ("orders", "INSERT") in ops
    update = next(
        r
        for r in rows
        if r.table_name == "customers" and r.operation == "UPDATE" and "contact_name" in r.changed_fields
    )
    assert update.contains_pii is True and update.record_id == cid
    assert "Mario" not in str(rows)
    order_row = next(r for r in rows if r.table_name == "orders")
    assert order_row.contains_pii is False and order_row.record_id == o


def test_customer_totals_skip_cancelled_inserts_and_follow_uncancelling(tenant):  # type: ignore[no-untyped-def]
    cid, _ = _customer_and_conversation(tenant.id)
    cancelled = _order(tenant.id, cid, "12.50", status=OrderStatus.CANCELLED)
    assert _totals(tenant.id, cid) == (0, Decimal("0"), None)
    review = _order(tenant.id, cid, "7.25", status=OrderStatus.REVIEW)
    with tenant_session(tenant.id) as s:  # REVIEW -> CONFIRMED changes no total
        s.execute(text("UPDATE orders SET status = 'CONFIRMED' WHERE id = :id"), {"id": review})
    assert _totals(tenant.id, cid)[:2] == (1, Decimal("7.25"))
    with tenant_session(tenant.id) as s:  # a cancelled order taken back counts again
        s.execute(text("UPDATE orders SET status = 'REVIEW' WHERE id = :id"), {"id": cancelled})
    assert _totals(tenant.id, cid)[:2] == (2, Decimal("19.75"))


def _versions(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return tuple(s.execute(text("SELECT oms_catalog_stamp(), oms_pii_rules_stamp()")).one())


def test_catalog_and_rule_changes_bump_only_their_tenants_version(tenant, settings):  # type: ignore[no-untyped-def]
    from db.tenants import create_tenant

    other = create_tenant("Other Foods")
    start, other_start = _versions(tenant.id), _versions(other.id)
    seen = [start]

    def changed(sql: str, **params):  # type: ignore[no-untyped-def]
        with tenant_session(tenant.id) as s:
            s.execute(text(sql), {"d": tenant.id, **params})
        now = _versions(tenant.id)
        seen.append(now)
        return now

    after = changed("INSERT INTO product_categories (distributor_id, name) VALUES (:d, 'Dairy')")
    assert after[0] != start[0] and after[1] == start[1]
    steps = [
        "INSERT INTO products (distributor_id, sku, name) VALUES (:d, 'MILK-1', 'Milk 1L')",
        "INSERT INTO product_variants (distributor_id, product_id, name, variant_type) "
        "SELECT :d, id, '6 x 1L', 'SIZE' FROM products WHERE sku = 'MILK-1'",
        "UPDATE products SET unit_price = 1.10 WHERE sku = 'MILK-1'",
        "DELETE FROM product_variants",
        "UPDATE products SET is_active = false",
    ]
    for sql in steps:
        before = seen[-1]
        now = changed(sql)
        assert now[0] != before[0] and now[1] == before[1], sql
    before = seen[-1]
    now = changed(
        "INSERT INTO pii_detection_rules (distributor_id, name, pii_type, pattern) VALUES (:d, 'r', 'SSN', 'x')"
    )
    assert now[0] == before[0] and now[1] != before[1]
    before = now
    now = changed("UPDATE products SET name = name WHERE false")  # touched nothing: same catalog
    assert now == before
    assert _versions(other.id) == other_start  # the other tenant's caches stay valid


def test_deleting_a_tenant_with_its_data_still_works(settings):  # type: ignore[no-untyped-def]
    from db.session import privileged_session
    from db.tenants import create_tenant
    from jobs.pipeline.actors import run_pipeline_fused
    from tests.seed import import_shipped_catalog, insert_message

    gone = create_tenant("Closing Down Ltd")
    import_shipped_catalog(gone.id)  # catalog rows: the config-version triggers
    run_pipeline_fused(insert_message(gone.id, "2 cases of coke zero 330ml"), gone.id)  # audited rows
    with privileged_session() as s:
        s.execute(text("DELETE FROM distributors WHERE id = :d"), {"d": gone.id})
        left = s.execute(
            text(
                "SELECT (SELECT count(*) FROM products WHERE distributor_id = :d) "
                "+ (SELECT count(*) FROM orders WHERE distributor_id = :d) "
                "+ (SELECT count(*) FROM messages WHERE distributor_id = :d) "
                "+ (SELECT count(*) FROM data_access_audit WHERE distributor_id = :d) "
                "+ (SELECT count(*) FROM tenant_config_versions WHERE distributor_id = :d)"
            ),
            {"d": gone.id},
        ).scalar_one()
    assert left == 0


# ------------------------------------------------------------------ concurrency (two real sessions)
def _app_connection(settings, tenant_id):  # type: ignore[no-untyped-def]
    import psycopg

    from worker.settings import libpq_url

    conn = psycopg.connect(libpq_url(settings.database_url))
    from db.tenant_token import tenant_token

    conn.execute("SELECT set_config('app.tenant_token', %s, false)", (tenant_token(tenant_id),))
    conn.commit()
    return conn


def _wait_until_blocked(settings, pid: int) -> None:  # type: ignore[no-untyped-def]
    """Until backend `pid` waits for a lock (observed in pg_stat_activity, not assumed after a sleep)."""
    import psycopg

    from tests.processes import wait_until
    from worker.settings import libpq_url

    with psycopg.connect(libpq_url(settings.admin_database_url), autocommit=True) as watcher:

        def waiting() -> bool:
            row = watcher.execute(
                "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", (pid,)
            ).fetchone()
            return bool(row and row[0] == "Lock")

        wait_until(waiting, timeout=15, what=f"backend {pid} to wait for a lock")


def _in_thread(fn):  # type: ignore[no-untyped-def]
    import threading

    errors: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # reported to the test below
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors


def test_customer_totals_stay_right_when_an_update_races_an_insert(tenant, settings):  # type: ignore[no-untyped-def]
    cid, _ = _customer_and_conversation(tenant.id)
    reviewed = _order(tenant.id, cid, "10.00", status=OrderStatus.REVIEW)
    inserting = _app_connection(settings, tenant.id)
    cancelling = _app_connection(settings, tenant.id)
    try:
        inserting.execute(  # holds the customer row (its totals increment) until commit
            "INSERT INTO orders (distributor_id, customer_id, status, subtotal, total_amount) "
            "VALUES (%s, %s, 'CONFIRMED', 5, 5)",
            (tenant.id, cid),
        )

        def cancel() -> None:
            cancelling.execute("UPDATE orders SET status = 'CANCELLED' WHERE id = %s", (reviewed,))
            cancelling.commit()

        thread, errors = _in_thread(cancel)
        _wait_until_blocked(settings, cancelling.info.backend_pid)
        inserting.commit()
        thread.join(30)
        assert errors == []
    finally:
        inserting.close()
        cancelling.close()
    assert _totals(tenant.id, cid)[:2] == (1, Decimal("5.00"))  # the new order, not the cancelled one
    _order(tenant.id, cid, "1.00")
    assert _totals(tenant.id, cid)[:2] == (2, Decimal("6.00"))


def test_concurrent_catalog_writers_queue_instead_of_deadlocking(tenant, settings):  # type: ignore[no-untyped-def]
    with tenant_session(tenant.id) as s:
        s.execute(
            text(
                "INSERT INTO products (distributor_id, sku, name) VALUES (:d, 'A', 'Apple'), (:d, 'B', 'Bean')"
            ),
            {"d": tenant.id},
        )
    first = _app_connection(settings, tenant.id)
    second = _app_connection(settings, tenant.id)
    try:
        first.execute("UPDATE products SET unit_price = 1 WHERE sku = 'A'")

        def edit_b() -> None:
            second.execute("UPDATE products SET unit_price = 2 WHERE sku = 'B'")
            second.commit()

        thread, errors = _in_thread(edit_b)
        _wait_until_blocked(settings, second.info.backend_pid)  # queued before it locked B
        first.execute("UPDATE products SET unit_price = 3 WHERE sku = 'B'")  # so this cannot deadlock
        first.commit()
        thread.join(30)
        assert errors == []
    finally:
        first.close()
        second.close()
    with tenant_session(tenant.id) as s:
        prices = dict(s.execute(text("SELECT sku, unit_price FROM products ORDER BY sku")).all())
    assert prices == {"A": Decimal("1.00"), "B": Decimal("2.00")}  # both applied, the later one last
