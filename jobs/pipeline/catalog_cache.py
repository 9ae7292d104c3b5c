"""The tenants' CatalogIndexes in this process: an LRU bounded by memory, rebuilt when a catalog changes.

The freshness check is a single aggregate query (row counts and newest updated_at of products, variants
and categories: `oms_catalog_stamp()`), so an unchanged catalog is never re-indexed.

- Bounded by memory, not by count: each index is charged what it can cost (`CatalogIndex.memory_bytes`:
  arrays, products, the objects it makes on demand at their caps) and the least recently used indexes
  are dropped while the total is above `OMS_CATALOG_CACHE_MB`. A miss is cheap because the build is
  (about 1 s for 20,000 products, 50 ms for 1,000).
- One build per tenant at a time (single flight): the threads of a process that miss together (a cold
  process's first messages, a small catalog's change) wait for one build instead of each making its own
  (eight worker threads building a 20,000-product index at once cost eight seconds of CPU and eight
  copies of its memory). A tenant's build lock exists only while a thread holds or waits for it, so a
  long-running process that has served many tenants keeps none.
- A catalog change does not stall messages: when the tenant's catalog has `BACKGROUND_REBUILD_PRODUCTS`
  products or more (a build of a quarter of a second and up), the new index is built on a background
  thread and swapped in when ready; until then messages are matched against the previous catalog (at
  most one build old). A smaller catalog is rebuilt at once, so the next message sees the change.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

from jobs.language.matching import CatalogIndex, CatalogProduct, CatalogVariant
from jobs.learning.phrases import learned_aliases

log = structlog.get_logger("oms.pipeline")

# Row counts and newest updated_at of products, variants and categories (migration 0004).
_FRESHNESS = text("SELECT public.oms_catalog_stamp()")
_PRODUCTS = text(
    """
    SELECT p.id, p.sku, p.name, p.unit, p.unit_price, p.aliases, p.keywords, p.ai_training_examples,
           c.name AS category, coalesce(c.ai_keywords, '{}') AS category_keywords
    FROM products p LEFT JOIN product_categories c ON c.id = p.category_id
    WHERE p.is_active
    ORDER BY p.sku
    """
)
_VARIANTS = text(
    "SELECT id, product_id, name, variant_type::text, ai_aliases, sku, unit_price FROM product_variants "
    "WHERE is_active ORDER BY name"
)

# A tenant whose catalog has this many products is rebuilt in the background (5,000: about 0.25 s).
BACKGROUND_REBUILD_PRODUCTS = 5_000
MB = 1024 * 1024


@dataclass
class _Entry:
    stamp: str
    index: CatalogIndex
    size: int  # bytes charged against the budget
    build_seconds: float


@dataclass
class _BuildLock:
    lock: threading.Lock = field(default_factory=threading.Lock)
    users: int = 0  # threads holding or waiting for `lock` (changed under `_lock`); at 0 it is dropped


_lock = threading.Lock()
_rebuilt = threading.Condition(_lock)  # notified when the last background rebuild is done
_entries: OrderedDict[uuid.UUID, _Entry] = OrderedDict()
_total = 0  # bytes charged by the entries
_building: set[uuid.UUID] = set()  # tenants with a background rebuild queued or running
_build_locks: dict[uuid.UUID, _BuildLock] = {}  # per tenant with a build held or awaited: one at a time
_builder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog-build")
_budget_override: int | None = None  # bytes, for tests and benchmarks (else the setting)
stats = {"hits": 0, "misses": 0, "stale": 0, "evictions": 0, "builds": 0}


def budget_bytes() -> int:
    if _budget_override is not None:
        return _budget_override
    from worker.settings import get_settings

    return get_settings().catalog_cache_mb * MB


def set_budget(mb: float | None) -> None:
    """Override the budget (MB; None: back to `OMS_CATALOG_CACHE_MB`), evicting down to it."""
    global _budget_override
    with _lock:
        _budget_override = None if mb is None else int(mb * MB)
        _evict()


def clear() -> None:
    global _total
    with _lock:
        _entries.clear()
        _total = 0
        for k in stats:
            stats[k] = 0


def usage() -> dict[str, Any]:
    """Tenants cached, bytes charged, the budget, and hit / miss / eviction counts."""
    with _lock:
        return {
            "tenants": len(_entries),
            "bytes": _total,
            "budget": budget_bytes(),
            "build_locks": len(_build_locks),
            **stats,
        }


def load_products(session: Session) -> list[CatalogProduct]:
    """The tenant's active catalog, with the phrasings learned from reviewers' corrections added as
    aliases of their product (and variant): see jobs/learning."""
    learned = learned_aliases(session)
    learned_variants: dict[Any, list[str]] = {}
    for phrases in learned.values():
        for phrase, variant_id in phrases:
            if variant_id is not None:
                learned_variants.setdefault(variant_id, []).append(phrase)
    variants: dict[Any, list[CatalogVariant]] = {}
    for v in session.execute(_VARIANTS):
        variants.setdefault(v.product_id, []).append(
            CatalogVariant(
                str(v.id),
                v.name,
                v.variant_type,
                (*v.ai_aliases, *learned_variants.get(v.id, ())),
                sku=v.sku,
                unit_price=Decimal(v.unit_price) if v.unit_price is not None else None,
            )
        )
    return [
        CatalogProduct(
            id=str(p.id),
            sku=p.sku,
            name=p.name,
            unit=p.unit,
            unit_price=Decimal(p.unit_price) if p.unit_price is not None else None,
            aliases=(*p.aliases, *(phrase for phrase, _v in learned.get(p.id, ()))),
            keywords=tuple(p.keywords),
            ai_training_examples=tuple(p.ai_training_examples),
            category=p.category,
            category_keywords=tuple(p.category_keywords),
            variants=tuple(variants.get(p.id, ())),
        )
        for p in session.execute(_PRODUCTS)
    ]


def catalog_index(session: Session, distributor_id: uuid.UUID) -> CatalogIndex:
    """The tenant's index; `session` must be a tenant session for `distributor_id`."""
    stamp = session.execute(_FRESHNESS).scalar_one()
    index = cached_index(distributor_id, stamp)
    if index is None:
        # this caller holds a connection: it does not wait for another thread's build (which may need
        # one from the pool): it builds its own if another build is under way
        with _single_build(distributor_id, wait=False) as mine:
            if mine:
                return _current(distributor_id, stamp) or build_index(session, distributor_id, stamp)
        return build_index(session, distributor_id, stamp)
    return index


def index_for(
    distributor_id: uuid.UUID, stamp: str, open_session: Callable[[], AbstractContextManager[Session]]
) -> CatalogIndex:
    """The tenant's index for the catalog `stamp` names: cached, or built once (`open_session()` opens a
    tenant session only then); threads missing together wait for that one build (holding no
    connection meanwhile)."""
    index = cached_index(distributor_id, stamp)
    if index is None:
        with _single_build(distributor_id):
            index = _current(distributor_id, stamp)  # built by another thread while this one waited
            if index is None:
                with open_session() as s:
                    index = build_index(s, distributor_id, stamp)
    return index


@contextmanager
def _single_build(distributor_id: uuid.UUID, *, wait: bool = True) -> Iterator[bool]:
    """Hold the tenant's build lock: True once held; False at once, without waiting, when `wait` is False
    and another thread holds it. The lock is made by its first user and dropped by its last, so
    `_build_locks` holds only tenants being built (not one lock for every tenant the process ever saw)."""
    with _lock:
        entry = _build_locks.get(distributor_id)
        if entry is None:
            entry = _build_locks[distributor_id] = _BuildLock()
        entry.users += 1
    try:
        held = entry.lock.acquire(blocking=wait)
        try:
            yield held
        finally:
            if held:
                entry.lock.release()
    finally:
        with _lock:
            entry.users -= 1
            if entry.users == 0:
                del _build_locks[distributor_id]


def _current(distributor_id: uuid.UUID, stamp: str) -> CatalogIndex | None:
    """The cached index if it was built from `stamp` (no statistics, no background rebuild)."""
    with _lock:
        hit = _entries.get(distributor_id)
        return hit.index if hit is not None and hit.stamp == stamp else None


def cached_index(distributor_id: uuid.UUID, stamp: str) -> CatalogIndex | None:
    """The tenant's index if it was built from the catalog `stamp` (`oms_catalog_stamp()`) names; or,
    when the catalog changed and its index is slow to build, the previous index while the new one is
    built in the background. None: build it now (`build_index`)."""
    with _lock:
        hit = _entries.get(distributor_id)
        if hit is None:
            stats["misses"] += 1
            return None
        _entries.move_to_end(distributor_id)
        if hit.stamp == stamp:
            stats["hits"] += 1
            return hit.index
        if len(hit.index.products) < BACKGROUND_REBUILD_PRODUCTS:
            stats["misses"] += 1
            return None
        stats["stale"] += 1
        if distributor_id not in _building:
            _building.add(distributor_id)
            _builder.submit(_rebuild, distributor_id)
        return hit.index


def build_index(session: Session, distributor_id: uuid.UUID, stamp: str) -> CatalogIndex:
    """Index the catalog `session` (a tenant session) sees, and keep it under `stamp`."""
    started = time.perf_counter()
    index = CatalogIndex.build(load_products(session))
    keep(distributor_id, stamp, index, time.perf_counter() - started)
    return index


def keep(distributor_id: uuid.UUID, stamp: str, index: CatalogIndex, build_seconds: float = 0.0) -> None:
    """Cache `index` as the tenant's, built from the catalog `stamp`; evict down to the budget."""
    global _total
    size = index.memory_bytes()
    with _lock:
        old = _entries.pop(distributor_id, None)
        if old is not None:
            _total -= old.size
        _entries[distributor_id] = _Entry(stamp, index, size, build_seconds)
        _total += size
        stats["builds"] += 1
        _evict()


def _evict() -> None:
    """Drop least recently used indexes while over budget (the newest one always stays). Holds _lock."""
    global _total
    budget = budget_bytes()
    while _total > budget and len(_entries) > 1:
        _tenant, entry = _entries.popitem(last=False)
        _total -= entry.size
        stats["evictions"] += 1


def _rebuild(distributor_id: uuid.UUID) -> None:
    """Background: build the tenant's current catalog and swap it in."""
    try:
        from db.session import tenant_session

        with _single_build(distributor_id), tenant_session(distributor_id) as s:
            stamp = s.execute(_FRESHNESS).scalar_one()
            if _current(distributor_id, stamp) is None:
                build_index(s, distributor_id, stamp)
    except Exception:  # the next message retries; matching goes on with the previous index
        log.exception("catalog_rebuild_failed", distributor_id=str(distributor_id))
    finally:
        rebuild_done(distributor_id)


def rebuild_done(distributor_id: uuid.UUID) -> None:
    """The tenant's background rebuild is over (built or failed): wake `wait_for_rebuilds` when it was the last."""
    with _lock:
        _building.discard(distributor_id)
        if not _building:
            _rebuilt.notify_all()


def wait_for_rebuilds(timeout: float = 30.0) -> bool:
    """Block until no background rebuild is queued or running (tests, benchmarks); False when ``timeout``
    seconds passed first."""
    with _rebuilt:
        return _rebuilt.wait_for(lambda: not _building, timeout)
