"""One CatalogIndex per tenant per process, rebuilt only when the tenant's catalog changes.

The freshness check is a single aggregate query (row counts and newest updated_at of products, variants
and categories), so a stale index is never used and an unchanged catalog is never re-indexed.
"""

from __future__ import annotations

import threading
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jobs.language.matching import CatalogIndex, CatalogProduct, CatalogVariant
from jobs.learning.phrases import learned_aliases

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

_lock = threading.Lock()
_cache: dict[uuid.UUID, tuple[str, CatalogIndex]] = {}


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
    return cached_index(distributor_id, stamp) or build_index(session, distributor_id, stamp)


def cached_index(distributor_id: uuid.UUID, stamp: str) -> CatalogIndex | None:
    """The tenant's index if it was built from the catalog `stamp` (`oms_catalog_stamp()`) names."""
    with _lock:
        hit = _cache.get(distributor_id)
    return hit[1] if hit is not None and hit[0] == stamp else None


def build_index(session: Session, distributor_id: uuid.UUID, stamp: str) -> CatalogIndex:
    """Index the catalog `session` (a tenant session) sees, and keep it under `stamp`."""
    index = CatalogIndex.build(load_products(session))
    with _lock:
        _cache[distributor_id] = (stamp, index)
    return index
