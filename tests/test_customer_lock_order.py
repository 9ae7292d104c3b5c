"""One customer's orders written at once do not deadlock (issue #11, migration 0025).

An order's insert checks its foreign key to the customer (a KEY SHARE lock on the customer row) and then
its customer-totals trigger locks that row to update it. With ``FOR UPDATE`` there, two concurrent
inserts for one customer each held KEY SHARE and each waited for the other to release it: a deadlock for
every pair that overlapped (742 in one benchmark run of one customer's messages). The trigger now takes
``FOR NO KEY UPDATE``, the lock its own UPDATE of the customer takes, which KEY SHARE does not block, so
concurrent orders for one customer queue on the row instead.
"""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal

import psycopg
from sqlalchemy import text

from db.session import tenant_session
from db.tenant_token import tenant_token
from jobs.pipeline import actors as pipeline
from tests.seed import insert_message
from worker.settings import libpq_url

ORDERS = [
    "2 cases of coke zero please",
    "3 boxes of crisps and 1 case of water",
    "can I get 4 cases of diet coke",
    "1 case of orange juice",
]


def _run_all_at_once(jobs: list[object], threads: int) -> list[BaseException]:
    """Run every job, `threads` at a time, all starting together; the exceptions they raised."""
    errors: list[BaseException] = []
    todo = list(jobs)
    lock = threading.Lock()
    start = threading.Barrier(threads)

    def work() -> None:
        start.wait()
        while True:
            with lock:
                if not todo:
                    return
                job = todo.pop()
            try:
                job()  # type: ignore[operator]
            except BaseException as exc:  # reported by the test
                with lock:
                    errors.append(exc)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join(120)
    return errors


def _deadlocks(settings) -> int:  # type: ignore[no-untyped-def]
    with psycopg.connect(libpq_url(settings.admin_database_url), autocommit=True) as conn:
        conn.execute("SELECT pg_stat_clear_snapshot()")
        row = conn.execute(
            "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"
        ).fetchone()
    return int(row[0]) if row else 0


def test_one_customers_messages_processed_at_once_never_deadlock(shop, settings):  # type: ignore[no-untyped-def]
    phone = f"+4477001{uuid.uuid4().int % 100000:05d}"
    mids = [insert_message(shop.id, ORDERS[i % len(ORDERS)], phone=phone) for i in range(32)]
    before = _deadlocks(settings)
    errors = _run_all_at_once([lambda mid=mid: pipeline.run_pipeline_fused(mid, shop.id) for mid in mids], 8)
    assert [type(e).__name__ for e in errors] == []
    with tenant_session(shop.id) as s:
        done = s.execute(
            text("SELECT count(*) FROM messages WHERE id = ANY(:ids) AND processing_status = 'PROCESSED'"),
            {"ids": mids},
        ).scalar_one()
        orders, total = s.execute(
            text(
                "SELECT count(*), coalesce(sum(total_amount), 0) FROM orders WHERE source_message_id = ANY(:ids)"
            ),
            {"ids": mids},
        ).one()
        customer = s.execute(
            text("SELECT total_orders, total_spent FROM customers WHERE phone = :p"), {"p": phone}
        ).one()
    assert done == len(mids)
    assert orders > 0
    # The totals trigger counted every order once, whatever the interleaving.
    assert (customer.total_orders, Decimal(customer.total_spent)) == (orders, Decimal(total))
    assert _deadlocks(settings) == before


def test_an_order_beside_a_key_share_lock_waits_instead_of_deadlocking(tenant, settings):  # type: ignore[no-untyped-def]
    """The interleaving, step by step: A holds KEY SHARE on the customer (what a foreign key check takes);
    B inserts an order (KEY SHARE, then the totals lock); A inserts an order. With FOR UPDATE in the
    trigger, B waited for A's KEY SHARE and A for B's: a deadlock. Now B's insert passes A's KEY SHARE and
    A's order waits for B's commit."""
    with tenant_session(tenant.id) as s:
        cid = s.execute(
            text(
                "INSERT INTO customers (distributor_id, business_name, customer_code) "
                "VALUES (:d, 'Bella', :c) RETURNING id"
            ),
            {"d": tenant.id, "c": uuid.uuid4().hex[:10]},
        ).scalar_one()
    a, b = (psycopg.connect(libpq_url(settings.database_url)) for _ in range(2))
    insert = (
        "INSERT INTO orders (distributor_id, customer_id, status, subtotal, total_amount) "
        "VALUES (%s, %s, 'CONFIRMED', 5, 5)"
    )
    try:
        for conn in (a, b):
            conn.execute("SELECT set_config('app.tenant_token', %s, false)", (tenant_token(tenant.id),))
            conn.execute("SET lock_timeout = '10s'")
            conn.commit()
        a.execute("SELECT 1 FROM customers WHERE id = %s FOR KEY SHARE", (cid,))  # as a foreign key check
        b.execute(insert, (tenant.id, cid))  # does not wait: KEY SHARE and NO KEY UPDATE are compatible
        errors: list[BaseException] = []

        def a_orders() -> None:
            try:
                a.execute(insert, (tenant.id, cid))
                a.commit()
            except BaseException as exc:  # reported below
                errors.append(exc)

        thread = threading.Thread(target=a_orders)
        thread.start()
        from tests.test_triggers import _wait_until_blocked

        _wait_until_blocked(settings, a.info.backend_pid)  # A queues behind B's lock
        b.commit()
        thread.join(30)
        assert errors == []
    finally:
        a.close()
        b.close()
    with tenant_session(tenant.id) as s:
        assert (
            s.execute(text("SELECT total_orders FROM customers WHERE id = :c"), {"c": cid}).scalar_one() == 2
        )
