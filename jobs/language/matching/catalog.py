"""A tenant's catalog as the matcher sees it: products and variants, loaded from rows or JSON."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class CatalogVariant:
    id: str
    name: str
    variant_type: str
    ai_aliases: tuple[str, ...] = ()
    sku: str | None = None  # the variant's own SKU (catalog import `variants[].sku`), carried in lines
    unit_price: Decimal | None = None  # the variant's own price, when it has one


@dataclass(frozen=True)
class CatalogProduct:
    id: str
    sku: str
    name: str
    unit: str | None
    unit_price: Decimal | None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    ai_training_examples: tuple[str, ...] = ()
    category: str | None = None
    category_keywords: tuple[str, ...] = ()
    variants: tuple[CatalogVariant, ...] = ()


def catalog_fingerprint(products: Sequence[CatalogProduct]) -> str:
    """Stable hash of the catalog content (order-independent), to key per-catalog caches: the products'
    reprs (frozen dataclasses of strings, decimals and tuples), sorted by SKU."""
    rows = sorted((p.sku, p.id, repr(p)) for p in products)
    digest = hashlib.sha256(b"catalog v2")
    for _sku, _id, text in rows:
        digest.update(text.encode())
        digest.update(b"\x00")
    return digest.hexdigest()


def _tuple(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def load_catalog_json(
    source: str | Path | Mapping[str, Any] | Sequence[Mapping[str, Any]],
) -> list[CatalogProduct]:
    """Products from the catalog JSON used by tests and `oms eval` (a path, a dict or a product list).

    Shape: ``{"categories": [{"name", "parent", "ai_keywords"}], "products": [{"sku", "name", "category",
    "unit", "unit_price", "aliases", "keywords", "ai_training_examples", "variants": [{"name",
    "variant_type", "ai_aliases", "sku", "unit_price"}]}]}``. Ids default to the SKU (variants: ``SKU:variant name``). A
    category's keywords include its parent's, as a child category inherits its parent's vocabulary.
    """
    data: Any = (
        json.loads(Path(source).read_text(encoding="utf-8")) if isinstance(source, str | Path) else source
    )
    if isinstance(data, Mapping):
        raw_products = list(data.get("products", []))
        categories = {c["name"]: c for c in data.get("categories", []) if isinstance(c, Mapping)}
    else:
        raw_products = list(data)
        categories = {}

    def category_keywords(name: str | None) -> tuple[str, ...]:
        out: list[str] = []
        seen: set[str] = set()
        while name and name in categories and name not in seen:
            seen.add(name)
            out.extend(_tuple(categories[name].get("ai_keywords")))
            name = categories[name].get("parent")
        return tuple(out)

    products: list[CatalogProduct] = []
    for raw in raw_products:
        sku = str(raw["sku"])
        price = raw.get("unit_price")
        cat = raw.get("category")
        cat_name = cat.get("name") if isinstance(cat, Mapping) else cat
        variants = tuple(
            CatalogVariant(
                id=str(v.get("id") or f"{sku}:{v.get('name')}"),
                name=str(v.get("name") or ""),
                variant_type=str(v.get("variant_type") or "SIZE"),
                ai_aliases=_tuple(v.get("ai_aliases")),
                sku=str(v["sku"]) if v.get("sku") else None,
                unit_price=Decimal(str(v["unit_price"])) if v.get("unit_price") is not None else None,
            )
            for v in raw.get("variants") or ()
        )
        products.append(
            CatalogProduct(
                id=str(raw.get("id") or sku),
                sku=sku,
                name=str(raw["name"]),
                unit=raw.get("unit"),
                unit_price=Decimal(str(price)) if price is not None else None,
                aliases=_tuple(raw.get("aliases")),
                keywords=_tuple(raw.get("keywords")),
                ai_training_examples=_tuple(raw.get("ai_training_examples")),
                category=cat_name,
                category_keywords=_tuple(raw.get("category_keywords")) or category_keywords(cat_name),
                variants=variants,
            )
        )
    return products
