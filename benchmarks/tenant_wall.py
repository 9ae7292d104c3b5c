"""Per-statement cost of the tenant wall: the setting-based tenant (migration 0007's
`get_current_distributor_id`) against the signed tenant token (0013), on the same data.

    .venv/bin/python benchmarks/tenant_wall.py [--statements 3000] [--rounds 3]

Creates a scratch database and application role on OMS_TEST_PG_ADMIN_URL's server (default
postgres@127.0.0.1:5432), loads one tenant with the shipped catalog, then alternates: schema at 0007
(tenant by `set_config('app.current_distributor_id')`) and at 0013 (tenant by token), each round
timing, as the application role in one transaction per statement like the app's sessions:

* `point`: a primary-key read of a product (RLS: one initplan call of `get_current_distributor_id`);
* `scan`: count(*) over the tenant's products;
* `call`: 10,000 calls of `get_current_distributor_id()` in one statement (the function's own cost).

Prints the medians per round of the **backend's CPU time** per statement (utime + stime of the
PostgreSQL backend from /proc, so a loaded machine inflates it far less than wall time) and the
difference. Drops the database and role at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import uuid
from pathlib import Path

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cpu(pid: int) -> float:
    """Seconds of CPU the process has used (user + system)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--statements", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    admin = os.environ.get("OMS_TEST_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
    run = uuid.uuid4().hex[:8]
    db, role = f"oms_bench_wall_{run}", f"oms_bench_wall_app_{run}"
    base = admin.rsplit("/", 1)[0]
    os.environ.update(
        {
            "OMS_ADMIN_DATABASE_URL": f"{base}/{db}",
            "DATABASE_URL": f"{base.replace('postgres@', role + '@')}/{db}",
            "OMS_ENV": "test",
            "OMS_MASTER_KEY": os.environ.get("OMS_MASTER_KEY")
            or __import__("base64").urlsafe_b64encode(os.urandom(32)).decode(),
        }
    )
    from db import migrate
    from db.tenant_token import tenant_token
    from db.tenants import create_tenant
    from tests.seed import import_shipped_catalog
    from worker.settings import get_settings, libpq_url

    settings = get_settings()
    results: dict[str, dict[str, list[float]]] = {"0007": {}, "0013": {}}
    try:
        migrate.upgrade(settings)
        tenant = create_tenant("Bench Wall", settings=settings).id
        import_shipped_catalog(tenant)
        from db.session import dispose_engines

        dispose_engines()
        with psycopg.connect(libpq_url(settings.admin_database_url)) as conn:
            pid = conn.execute(
                "SELECT id FROM products WHERE distributor_id = %s LIMIT 1", (tenant,)
            ).fetchone()[0]  # type: ignore[index]
        for _ in range(args.rounds):
            for rev in ("0007", "0013"):
                if rev == "0007":
                    migrate.downgrade(settings, "0007")
                    setter = ("SELECT set_config('app.current_distributor_id', %s, true)", str(tenant))
                else:
                    migrate.upgrade(settings)
                    setter = ("SELECT set_config('app.tenant_token', %s, true)", tenant_token(tenant))
                with psycopg.connect(libpq_url(settings.database_url)) as conn:
                    timings = results[rev]
                    for name, stmt, n in (
                        ("point", "SELECT name FROM products WHERE id = %s", args.statements),
                        ("scan", "SELECT count(*) FROM products WHERE %s IS NOT NULL", args.statements // 3),
                        (
                            "call",
                            "SELECT count(*) FROM generate_series(1, 10000) g "
                            "WHERE public.get_current_distributor_id() IS NOT NULL AND %s IS NOT NULL",
                            20,
                        ),
                    ):
                        for _ in range(50):  # warm the plan cache
                            with conn.transaction():
                                conn.execute(setter[0], (setter[1],))
                                conn.execute(stmt, (pid,))
                        bpid = conn.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
                        started = _cpu(bpid)
                        for _ in range(n):
                            with conn.transaction():
                                conn.execute(setter[0], (setter[1],))
                                row = conn.execute(stmt, (pid,)).fetchone()
                        elapsed = _cpu(bpid) - started
                        assert row is not None and row[0], (rev, name, row)  # the tenant is visible
                        timings.setdefault(name, []).append(elapsed / n * 1e6)
        print(f"{'statement':<8} {'0007 CPU us':>14} {'0013 CPU us':>14} {'diff':>8}")
        for name in ("point", "scan", "call"):
            before = statistics.median(results["0007"][name])
            after = statistics.median(results["0013"][name])
            unit = "us/stmt" if name != "call" else "us/10k calls"
            print(
                f"{name:<8} {before:>14.1f} {after:>14.1f} {after - before:>+8.1f}  ({unit}; rounds: "
                f"{[round(x, 1) for x in results['0007'][name]]} vs {[round(x, 1) for x in results['0013'][name]]})"
            )
    finally:
        from db.session import dispose_engines

        dispose_engines()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (db,),
            )
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(db)))
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


if __name__ == "__main__":
    main()
