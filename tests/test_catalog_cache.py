"""The tenant's catalog index is built once, reused, and rebuilt as soon as the catalog changes."""

from __future__ import annotations

from sqlalchemy import text

from db.session import tenant_session
from jobs.language.extraction import extract_lines
from jobs.pipeline.catalog_cache import catalog_index
from tests.seed import import_shipped_catalog


def test_index_is_reused_until_the_catalog_changes(tenant, other_tenant):  # type: ignore[no-untyped-def]
    import_shipped_catalog(tenant.id)
    with tenant_session(tenant.id) as s:
        first = catalog_index(s, tenant.id)
    with tenant_session(tenant.id) as s:
        assert catalog_index(s, tenant.id) is first
    line = extract_lines("3 crates of dragon fruit")[0]
    assert first.match(line).product is None
    with tenant_session(tenant.id) as s:
        s.execute(
            text(
                "INSERT INTO products (distributor_id, sku, name, unit, aliases) "
                "VALUES (:d, 'DRAGON-1', 'Dragon Fruit', 'crate', ARRAY['dragon fruit', 'pitaya'])"
            ),
            {"d": tenant.id},
        )
    with tenant_session(tenant.id) as s:
        second = catalog_index(s, tenant.id)
    assert second is not first and second.match(line).product.sku == "DRAGON-1"
    with tenant_session(tenant.id) as s:
        s.execute(text("UPDATE products SET is_active = false WHERE sku = 'DRAGON-1'"))
    with tenant_session(tenant.id) as s:
        assert catalog_index(s, tenant.id).match(line).product is None
    # Another tenant never sees this catalog.
    with tenant_session(other_tenant.id) as s:
        assert catalog_index(s, other_tenant.id).match(line).product is None
