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


def test_threads_missing_together_wait_for_one_build(tenant):  # type: ignore[no-untyped-def]
    """A cold process's threads (or a small catalog's change) build the tenant's index once, not once
    per thread: the others wait for that build and share it."""
    import threading

    from jobs.pipeline import catalog_cache as cc
    from jobs.pipeline.fused import catalog

    import_shipped_catalog(tenant.id)
    with tenant_session(tenant.id) as s:
        stamp = s.execute(text("SELECT public.oms_catalog_stamp()")).scalar_one()
    cc.clear()
    start = threading.Barrier(8)
    got: list[object] = []

    def one() -> None:
        start.wait()
        got.append(catalog(tenant.id, stamp))

    threads = [threading.Thread(target=one) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 8 and all(x is got[0] for x in got)
    assert cc.stats["builds"] == 1
    assert cc.usage()["build_locks"] == 0  # the last of the eight dropped the tenant's lock


def test_a_tenants_build_lock_lasts_only_as_long_as_its_build(tenant, other_tenant, monkeypatch):  # type: ignore[no-untyped-def]
    """A long-running worker that has served many tenants keeps no build lock for each of them (they
    grew by one per tenant, forever): a tenant's lock lives while a build of its catalog is under way or
    awaited. Meanwhile other tenants build freely, and a caller that holds a connection builds its own
    rather than wait."""
    import threading

    from jobs.pipeline import catalog_cache as cc
    from jobs.pipeline.fused import catalog

    stamps = {}
    for t in (tenant, other_tenant):
        import_shipped_catalog(t.id)
        with tenant_session(t.id) as s:
            stamps[t.id] = s.execute(text("SELECT public.oms_catalog_stamp()")).scalar_one()
    cc.clear()
    load = cc.load_products
    entered, release = threading.Event(), threading.Event()

    def held_load(session):  # type: ignore[no-untyped-def]
        entered.set()
        assert release.wait(120)
        return load(session)

    monkeypatch.setattr(cc, "load_products", held_load)
    slow = threading.Thread(target=catalog, args=(tenant.id, stamps[tenant.id]))
    slow.start()
    try:
        assert entered.wait(120)
        monkeypatch.setattr(cc, "load_products", load)
        assert cc.usage()["build_locks"] == 1  # the build under way
        catalog(other_tenant.id, stamps[other_tenant.id])  # another tenant's build does not wait for it
        assert cc.usage()["build_locks"] == 1
        built: list[object] = []

        def own_build() -> None:
            with tenant_session(tenant.id) as s:
                built.append(catalog_index(s, tenant.id))

        own = threading.Thread(target=own_build)
        own.start()
        own.join(120)
        assert built, "a caller holding a connection waited for another thread's build"
    finally:
        release.set()
        slow.join()
    assert cc.stats["builds"] == 3
    assert cc.usage()["build_locks"] == 0
