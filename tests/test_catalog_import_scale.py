"""The catalog import is set-based: a large catalog imports in seconds, and a re-import writes only the
products (and variants) that changed, so the catalog stamp moves only when the catalog does."""

from __future__ import annotations

import json
import time

from sqlalchemy import text

from benchmarks.catalog_scale import synthetic_catalog
from db.catalog_import import import_catalog, parse_json
from db.session import tenant_session


def _stamp_and_rows(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        stamp = s.execute(text("SELECT public.oms_catalog_stamp()")).scalar_one()
        rows = dict(s.execute(text("SELECT sku, xmin::text FROM products")).all())
    return stamp, rows


def test_a_reimport_writes_only_what_changed(tenant):  # type: ignore[no-untyped-def]
    data = synthetic_catalog(3000)
    started = time.perf_counter()
    first = import_catalog(tenant.id, parse_json(json.dumps(data)))
    elapsed = time.perf_counter() - started
    assert first.products_created == 3000
    assert elapsed < 60  # seconds on a loaded machine; the benchmark README row has the figure
    stamp, rows = _stamp_and_rows(tenant.id)

    same = import_catalog(tenant.id, parse_json(json.dumps(data)))
    assert (same.products_created, same.products_updated, same.products_unchanged) == (0, 3000, 3000)
    assert _stamp_and_rows(tenant.id) == (stamp, rows)  # nothing written: the indexes stay valid

    changed = json.loads(json.dumps(data))
    for p in changed["products"][100:110]:
        p["unit_price"] = "99.99"
    changed["products"][200]["variants"] = []
    again = import_catalog(tenant.id, parse_json(json.dumps(changed)))
    assert again.products_unchanged == 3000 - 10  # product 200 only lost its variant
    new_stamp, new_rows = _stamp_and_rows(tenant.id)
    assert new_stamp != stamp
    rewritten = {sku for sku in rows if rows[sku] != new_rows[sku]}
    assert rewritten == {p["sku"] for p in changed["products"][100:110]}
