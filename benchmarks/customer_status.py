"""Customer-status recompute at scale: 1,000,000 customers, 20,000,000 orders, 1,000 tenants.

Builds the data set-based in SQL in its own database (`oms_bench_status`, migrated by
`db.migrate.upgrade`), then times the hourly job's work: `oms_recompute_customer_statuses` over every
tenant in batches of `--batch` tenants, `--parallel` batches at a time (as `oms worker` processes
would take the scheduler's messages). Phases:

1. first recompute: every customer still NO_ORDERS_YET (the data was bulk-loaded), so nearly all 1M
   rows change: the worst case, every change audited by the customers trigger;
2. a day later: the customers whose thresholds a day of silence crosses;
3. an hour after that: the steady hourly run, when almost nothing changes.

It also measures what the rhythm bookkeeping adds to an order insert (the orders trigger of migration
0008 against 0005's, same rows, same transaction) in microseconds per order.

The load is deliberate about triggers: orders and customers are inserted with
`session_replication_role = replica` (no per-row triggers, as a bulk import would), and what the
triggers keep (totals, last order, rhythm) is then derived set-based: `oms_rebuild_customer_rhythm`,
the same function as the migration's backfill. About 9 GB of disk while it runs; dropped at the end
unless `--keep` (and `--reuse` skips the build when the database is there).

    .venv/bin/python benchmarks/customer_status.py [--tenants 1000 --customers 1000 --orders 20]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg

PG_ADMIN = os.environ.get("OMS_BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DB_NAME = "oms_bench_status"
ROLE = "oms_bench_status_app"
TIMEZONES = (
    "UTC",
    "Europe/London",
    "America/New_York",
    "Asia/Tokyo",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "Australia/Sydney",
    "America/Los_Angeles",
)


def _with_db(url: str, dbname: str, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc if user is None else f"{user}@{parts.hostname}:{parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc, path="/" + dbname))


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _exists() -> bool:
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,)).fetchone() is not None


def _drop() -> None:
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)")
        conn.execute(f"DROP ROLE IF EXISTS {ROLE}")


def build(
    conn: psycopg.Connection[Any], tenants: int, customers: int, orders: int, batch: int
) -> dict[str, float]:
    """Tenants, customers and orders, generated in SQL; totals and rhythm derived set-based."""
    timings: dict[str, float] = {}
    conn.execute("SET session_replication_role = replica")  # bulk load: per-row triggers off, on purpose
    t0 = time.perf_counter()
    conn.execute(
        """
        INSERT INTO distributors (name, slug, timezone, settings)
        SELECT 'Bench ' || g, 'bench-' || g, (%(tz)s::text[])[1 + g %% cardinality(%(tz)s::text[])],
               CASE WHEN g %% 10 = 0
                    THEN '{"customer_status": {"ordering_multiplier": 2, "at_risk_floor_days": 30}}'::jsonb
                    ELSE '{}'::jsonb END
        FROM generate_series(1, %(n)s) g
        """,
        {"tz": list(TIMEZONES), "n": tenants},
    )
    conn.execute(
        "INSERT INTO customers (distributor_id, business_name, customer_code) "
        "SELECT d.id, 'Customer ' || c, 'C' || c FROM distributors d CROSS JOIN generate_series(1, %s) c",
        (customers,),
    )
    conn.commit()
    timings["tenants and customers"] = time.perf_counter() - t0
    ids = [r[0] for r in conn.execute("SELECT id FROM distributors ORDER BY id")]
    t0 = time.perf_counter()
    # Indexes too: built once after the load (sorted, in parallel) instead of 20M random inserts each.
    indexes = [
        (name, ddl)
        for name, ddl in conn.execute(
            "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.tablename = 'orders' "
            "AND i.indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'orders'::regclass)"
        )
    ]
    for name, _ in indexes:
        conn.execute(f"DROP INDEX {name}")
    conn.execute(
        "ALTER TABLE orders DROP CONSTRAINT uq_orders_source_message_id"
    )  # the key stays: FKs need it
    conn.commit()
    # Each customer orders every p days (1..28), last l days ago (0..149), at varying hours (so some
    # orders share a local day); one customer in five cancels one order.
    for i in range(0, len(ids), batch):
        conn.execute(
            """
            INSERT INTO orders (distributor_id, customer_id, status, total_amount, subtotal, currency,
                                created_at, updated_at)
            SELECT c.distributor_id, c.id,
                   CASE WHEN k = 7 AND r.p %% 5 = 0 THEN 'CANCELLED' ELSE 'CONFIRMED' END::order_status,
                   10 + k, 10 + k, 'EUR', x.t, x.t
            FROM customers c
            CROSS JOIN LATERAL (SELECT 1 + abs(hashtext(c.id::text)) %% 28 AS p,
                                       abs(hashtext(c.id::text || 'l')) %% 150 AS l) r
            CROSS JOIN LATERAL generate_series(0, %(orders)s - 1) k
            CROSS JOIN LATERAL (SELECT now() - make_interval(days => r.l + k * r.p, hours => (k * 5) %% 11) AS t) x
            WHERE c.distributor_id = ANY(%(ids)s)
            """,
            {"orders": orders, "ids": ids[i : i + batch]},
        )
        conn.commit()
        _log(f"orders: {min(i + batch, len(ids))}/{len(ids)} tenants")
    timings["orders"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute("ALTER TABLE orders ADD CONSTRAINT uq_orders_source_message_id UNIQUE (source_message_id)")
    for _, ddl in indexes:
        conn.execute(ddl)
    conn.commit()
    timings["orders indexes"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn.execute(
        """
        UPDATE customers c SET total_orders = s.n, total_spent = s.spent, last_order_at = s.last_at
        FROM (SELECT customer_id, count(*)::int AS n, sum(total_amount) AS spent, max(created_at) AS last_at
              FROM orders WHERE status <> 'CANCELLED' GROUP BY customer_id) s
        WHERE c.id = s.customer_id
        """
    )
    conn.commit()
    timings["totals from orders"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for i in range(0, len(ids), batch):
        conn.execute("SELECT oms_rebuild_customer_rhythm(%s)", (ids[i : i + batch],))
        conn.commit()
    timings["rhythm rebuilt from orders (oms_rebuild_customer_rhythm)"] = time.perf_counter() - t0
    conn.execute("SET session_replication_role = DEFAULT")
    conn.commit()
    conn.autocommit = True
    conn.execute("VACUUM ANALYZE customers")
    conn.execute("VACUUM ANALYZE orders")
    conn.autocommit = False
    return timings


def recompute_all(ids: list[str], at: datetime, batch: int, parallel: int) -> tuple[float, int]:
    """Every tenant's statuses at `at`, batch by batch on `parallel` threads; (seconds, rows changed)."""
    from jobs.customers.status import recompute_statuses

    batches = [ids[i : i + batch] for i in range(0, len(ids), batch)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(parallel) as pool:
        changed = sum(r.changed for r in pool.map(lambda b: recompute_statuses(b, at), batches))
    return time.perf_counter() - t0, changed


def trigger_cost(conn: psycopg.Connection[Any], n: int) -> dict[str, float]:
    """Microseconds per order insert with migration 0008's orders trigger and with 0005's."""
    spec = importlib.util.spec_from_file_location(
        "m0008", Path(__file__).parents[1] / "db/migrations/versions/0008_maintenance.py"
    )
    assert spec and spec.loader
    m0008 = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(m0008)
    new_body = m0008.RHYTHM[
        m0008.RHYTHM.index("CREATE OR REPLACE FUNCTION public.oms_orders_customer_totals") :
    ]
    tenant, customers = conn.execute(
        "SELECT distributor_id, array_agg(id) FROM (SELECT distributor_id, id FROM customers "
        "WHERE distributor_id = (SELECT id FROM distributors ORDER BY id LIMIT 1) LIMIT 200) c "
        "GROUP BY distributor_id"
    ).fetchone()  # type: ignore[misc]
    conn.commit()
    # One transaction per order, as the pipeline writes them; every order a new order day for its
    # customer (the trigger's most expensive insert path). Variants alternate, three runs each.
    insert = (
        "INSERT INTO orders (distributor_id, customer_id, status, total_amount, created_at) "
        "VALUES (%s, %s, 'CONFIRMED', 12, %s)"
    )
    out: dict[str, list[float]] = {"0005 trigger": [], "0008 trigger": []}
    day = datetime.now(UTC)
    with psycopg.connect(conn.info.dsn, autocommit=True) as client:
        for _ in range(3):
            for name, body in (("0005 trigger", m0008.OLD_TRIGGER), ("0008 trigger", new_body)):
                client.execute(body)
                t0 = time.perf_counter()
                for i in range(n):
                    if i % len(customers) == 0:
                        day += timedelta(days=1)
                    client.execute(insert, (tenant, customers[i % len(customers)], day), prepare=True)
                out[name].append((time.perf_counter() - t0) * 1e6 / n)
    conn.execute(new_body)
    conn.commit()
    return {k: round(sorted(v)[1], 1) for k, v in out.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tenants", type=int, default=1000)
    p.add_argument("--customers", type=int, default=1000, help="per tenant")
    p.add_argument("--orders", type=int, default=20, help="per customer")
    p.add_argument("--batch", type=int, default=100, help="tenants per recompute batch (the job's batch)")
    p.add_argument("--parallel", type=int, default=2, help="batches recomputed at once (worker processes)")
    p.add_argument("--trigger-orders", type=int, default=5000, help="orders inserted per trigger-cost run")
    p.add_argument("--keep", action="store_true", help="keep the database afterwards")
    p.add_argument("--reuse", action="store_true", help="use the kept database if it is there")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    admin_url = _with_db(PG_ADMIN, DB_NAME)
    os.environ.update(
        {"OMS_ADMIN_DATABASE_URL": admin_url, "DATABASE_URL": _with_db(PG_ADMIN, DB_NAME, ROLE)}
    )
    from db import migrate
    from worker.settings import get_settings

    get_settings.cache_clear()
    report: dict[str, Any] = {"load_before": os.getloadavg(), "cpus": os.cpu_count()}
    reuse = args.reuse and _exists()
    if not reuse:
        _drop()
    try:
        migrate.upgrade(get_settings())
        with psycopg.connect(admin_url) as conn:
            if not reuse:
                _log("building the data set (several minutes)")
                report["build_seconds"] = build(conn, args.tenants, args.customers, args.orders, args.batch)
            counts = conn.execute(
                "SELECT (SELECT count(*) FROM distributors), (SELECT count(*) FROM customers), "
                "(SELECT count(*) FROM orders), pg_size_pretty(pg_database_size(current_database()))"
            ).fetchone()
            report["data"] = dict(
                zip(("tenants", "customers", "orders", "database size"), counts or (), strict=False)
            )
            ids = [str(r[0]) for r in conn.execute("SELECT id FROM distributors ORDER BY id")]
            conn.execute("UPDATE customers SET status = 'NO_ORDERS_YET' WHERE status <> 'NO_ORDERS_YET'")
            conn.commit()
            conn.autocommit = True
            conn.execute("VACUUM customers")
            conn.execute("CHECKPOINT")
            conn.autocommit = False
            now = datetime.now(UTC)
            phases: dict[str, Any] = {}
            for name, at in (
                ("first recompute (all NO_ORDERS_YET)", now),
                ("a day later", now + timedelta(days=1)),
                ("an hour after that", now + timedelta(days=1, hours=1)),
            ):
                _log(f"recompute: {name}")
                seconds, changed = recompute_all(ids, at, args.batch, args.parallel)
                phases[name] = {"seconds": round(seconds, 2), "changed": changed}
            report["recompute"] = phases
            report["statuses"] = dict(conn.execute("SELECT status::text, count(*) FROM customers GROUP BY 1"))
            _log("trigger cost")
            report["order_insert_us"] = trigger_cost(conn, args.trigger_orders)
    finally:
        report["load_after"] = os.getloadavg()
        from db.session import dispose_engines

        dispose_engines()
        if not args.keep:
            _drop()
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        for key, value in report.items():
            print(f"{key}: {json.dumps(value, default=str)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
