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


def test_an_import_writes_each_table_in_a_few_statements(tenant):  # type: ignore[no-untyped-def]
    """Set-based, not a statement per row: every statement on a catalog table bumps the tenant's catalog
    version once (a statement trigger), so 6,000 products with their variants move it by a handful,
    where a statement per row moved it by thousands (and took minutes: each bump rewrites one row)."""

    def version() -> int:
        with tenant_session(tenant.id) as s:
            return int(
                s.execute(
                    text("SELECT coalesce(max(catalog_version), 0) FROM tenant_config_versions")
                ).scalar_one()
            )

    before = version()
    data = synthetic_catalog(6_000)
    for p in data["products"][::2]:
        p["variants"].append({"name": "single", "variant_type": "SIZE", "ai_aliases": ["one"]})
    result = import_catalog(tenant.id, parse_json(json.dumps(data)))
    assert (result.products_created, result.variants) == (6_000, 9_000)
    assert version() - before < 60  # 24 categories one by one, then a few statements per table
    with tenant_session(tenant.id) as s:
        counts = s.execute(
            text("SELECT (SELECT count(*) FROM products), (SELECT count(*) FROM product_variants)")
        ).one()
    assert tuple(counts) == (6_000, 9_000)
    for p in data["products"]:
        p["unit_price"] = "1.00"
    data["products"][0]["variants"] = []
    again = import_catalog(tenant.id, parse_json(json.dumps(data)))
    assert again.products_unchanged == 0
    assert version() - before < 80
    with tenant_session(tenant.id) as s:
        prices = s.execute(text("SELECT DISTINCT unit_price::text FROM products")).scalars().all()
        first = s.execute(
            text(
                "SELECT count(*) FROM product_variants v JOIN products p ON p.id = v.product_id WHERE p.sku = :s"
            ),
            {"s": data["products"][0]["sku"]},
        ).scalar_one()
    assert (prices, first) == (["1.00"], 0)
