"""The per-process catalog cache: bounded by memory (LRU), and a large catalog's change is rebuilt in the
background while messages go on with the previous index (jobs/pipeline/catalog_cache.py)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest

from jobs.language.matching import CatalogIndex, CatalogProduct
from jobs.pipeline import catalog_cache as cc


def _catalog(n: int, tag: str = "") -> CatalogIndex:
    return CatalogIndex.build(
        [
            CatalogProduct(f"p{i}", f"SKU-{i}", f"Brand{i % 37} Cola {tag}{i} 330ml", "case", None)
            for i in range(n)
        ]
    )


@pytest.fixture(autouse=True)
def _fresh() -> Iterator[None]:
    cc.clear()
    yield
    cc.set_budget(None)
    cc.clear()


def test_the_cache_is_bounded_by_memory_and_drops_the_least_recently_used() -> None:
    index = _catalog(200)
    size = index.memory_bytes()
    assert 10_000 < size < 5 * cc.MB
    cc.set_budget(3.5 * size / cc.MB)
    tenants = [uuid.uuid4() for _ in range(6)]
    for t in tenants:
        cc.keep(t, "s1", _catalog(200))
        assert cc.usage()["bytes"] <= cc.budget_bytes()
    assert cc.usage()["tenants"] == 3
    assert cc.cached_index(tenants[0], "s1") is None  # evicted first
    assert cc.cached_index(tenants[3], "s1") is not None  # touched: now the most recent
    cc.keep(uuid.uuid4(), "s1", _catalog(200))
    assert cc.cached_index(tenants[3], "s1") is not None
    assert cc.cached_index(tenants[4], "s1") is None  # the least recently used went instead
    assert cc.usage()["evictions"] == 4


def test_a_changed_small_catalog_is_a_miss() -> None:
    t = uuid.uuid4()
    cc.keep(t, "s1", _catalog(50))
    assert cc.cached_index(t, "s1") is not None
    assert cc.cached_index(t, "s2") is None  # rebuilt at once by the caller


def test_a_changed_large_catalog_keeps_serving_the_previous_index_while_it_rebuilds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cc, "BACKGROUND_REBUILD_PRODUCTS", 100)
    rebuilt: list[uuid.UUID] = []
    t = uuid.uuid4()
    new = _catalog(120, "new")

    def rebuild(tenant: uuid.UUID) -> None:
        rebuilt.append(tenant)
        cc.keep(tenant, "s2", new)
        cc.rebuild_done(tenant)

    monkeypatch.setattr(cc, "_rebuild", rebuild)
    old = _catalog(120, "old")
    cc.keep(t, "s1", old)
    assert cc.cached_index(t, "s2") is old  # no wait: the previous catalog, one build old
    assert cc.wait_for_rebuilds()
    assert rebuilt == [t]
    assert cc.cached_index(t, "s2") is new
