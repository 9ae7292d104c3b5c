"""How long `oms catalog import` takes for a large catalog, and what a re-import writes.

    .venv/bin/python -m benchmarks.catalog_import [--products 20000]

In a throwaway database (the pipeline benchmark's sandbox: its own database, app role and tenant,
dropped at the end): parses and imports a generated catalog (benchmarks/catalog_scale.py), then imports
the same file again (nothing should be written), then a copy with 10 prices changed (10 products
should be written). Prints, for each, the wall time, this process's CPU time and the rows rewritten
(products whose `xmin` moved). The machine is shared: mark wall figures with the load average.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any


def _timed(label: str, fn: Any) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    print(
        f"{label:<34} wall {time.perf_counter() - wall:6.2f} s   client CPU {time.process_time() - cpu:5.2f} s",
        flush=True,
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--products", type=int, default=20_000)
    args = parser.parse_args()
    from benchmarks.pipeline_setup import Sandbox

    box = Sandbox(Path(tempfile.mkdtemp(prefix="oms-import-")))
    os.environ.update(
        {k: v for k, v in box.env.items() if k.startswith(("OMS_", "DATABASE_URL", "BROKER_URL"))}
    )
    try:
        from sqlalchemy import text

        from benchmarks.catalog_scale import synthetic_catalog
        from db import migrate
        from db.catalog_import import import_catalog, parse_json
        from db.session import tenant_session
        from db.tenants import create_tenant
        from worker.settings import get_settings

        get_settings.cache_clear()
        box.created_db = True
        migrate.upgrade(get_settings())
        tenant = create_tenant(f"Import bench {box.run_id}", threshold=0.85, budget_usd=50)
        data = synthetic_catalog(args.products)
        raw = json.dumps(data)

        def versions() -> dict[str, str]:
            with tenant_session(tenant.id) as s:
                return dict(s.execute(text("SELECT sku, xmin::text FROM products")).all())  # type: ignore[arg-type]

        catalog = _timed(f"parse {args.products:,} products", lambda: parse_json(raw))
        first = _timed("first import", lambda: import_catalog(tenant.id, catalog))
        print(f"  created {first.products_created:,} products, {first.variants:,} variants")
        before = versions()
        _timed("same file again", lambda: import_catalog(tenant.id, catalog))
        print(f"  rows rewritten: {sum(before[k] != v for k, v in versions().items())}")
        for p in data["products"][100:110]:
            p["unit_price"] = "99.99"
        changed = parse_json(json.dumps(data))
        before = versions()
        _timed("10 prices changed", lambda: import_catalog(tenant.id, changed))
        print(f"  rows rewritten: {sum(before[k] != v for k, v in versions().items())}")
        print(f"load average: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    finally:
        box.teardown()


if __name__ == "__main__":
    main()
