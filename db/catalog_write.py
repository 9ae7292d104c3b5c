"""Writing a parsed catalog, set-based: the tenant's products and variants are read once, compared with
the file in Python, and only the rows that differ are written, each kind in one statement per 5,000 rows
(``jsonb_to_recordset`` over one JSON parameter).

Why one statement per table and not one per row: the catalog tables carry statement-level triggers (the
tenant's catalog version, db/migrations 0005) and every statement bumps the same version row, so 20,000
single-row INSERTs rewrote that row 20,000 times in one transaction (minutes, growing with the square of
the count); and a statement with 20,000 bound parameters costs the driver seconds to prepare. One JSON
parameter is parsed by PostgreSQL at C speed. Row-level security applies as to any statement of the
tenant's session (every row carries the tenant's id, and the policies check it).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from db.catalog_import import ProductSpec

CHUNK = 5_000

# the product columns the file sets, in the order of the tuples compared below
_PRODUCT_COLS = (
    "name",
    "description",
    "category_id",
    "unit",
    "unit_price",
    "currency",
    "aliases",
    "keywords",
    "ai_training_examples",
    "is_active",
)
_PRODUCT_TYPES = (
    "name text, description text, category_id uuid, unit text, unit_price numeric, currency text, "
    "aliases text[], keywords text[], ai_training_examples text[], is_active boolean"
)
_VARIANT_COLS = ("variant_type", "ai_aliases", "sku", "unit_price", "is_active")
_VARIANT_TYPES = (
    "variant_type public.variant_type, ai_aliases text[], sku text, unit_price numeric, is_active boolean"
)


@dataclass(frozen=True)
class ProductWrites:
    product_ids: dict[str, uuid.UUID]  # every product of the file, by sku
    created: int
    updated: int  # rows rewritten because they differed


def _json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(rows, default=str)  # UUID and Decimal as strings: PostgreSQL parses them back


def _chunks(rows: Sequence[dict[str, Any]]) -> Iterable[Sequence[dict[str, Any]]]:
    return (rows[i : i + CHUNK] for i in range(0, len(rows), CHUNK))


def write_products(
    session: Session,
    tenant: uuid.UUID,
    specs: dict[str, ProductSpec],
    category_ids: dict[str, uuid.UUID],
    currency: str,
) -> ProductWrites:
    """Insert the file's new products, rewrite those that differ, leave the rest untouched."""
    existing = {
        r[0]: (r[1], tuple(r[2:]))
        for r in session.execute(
            text(f"SELECT sku, id, {', '.join(_PRODUCT_COLS)} FROM products WHERE distributor_id = :t"),
            {"t": tenant},
        ).all()  # one fetch, not a round of the driver per row
    }
    to_insert: list[dict[str, Any]] = []
    to_update: list[dict[str, Any]] = []
    for p in specs.values():
        wanted = (
            p.name,
            p.description,
            category_ids.get(p.category) if p.category else None,
            p.unit,
            p.unit_price,
            currency,
            list(p.aliases),
            list(p.keywords),
            list(p.ai_training_examples),
            True,
        )
        row = existing.get(p.sku)
        if row is None:
            to_insert.append({"sku": p.sku, **dict(zip(_PRODUCT_COLS, wanted, strict=True))})
        elif not _same(row[1], wanted):
            to_update.append({"id": row[0], **dict(zip(_PRODUCT_COLS, wanted, strict=True))})
    ids = {sku: row[0] for sku, row in existing.items()}
    cols = ", ".join(_PRODUCT_COLS)
    for chunk in _chunks(to_insert):
        inserted = session.execute(
            text(
                f"INSERT INTO products (distributor_id, sku, {cols}) SELECT :t, r.sku, {_r(_PRODUCT_COLS)} "
                f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(sku text, {_PRODUCT_TYPES}) "
                "RETURNING id, sku"
            ),
            {"t": tenant, "rows": _json(chunk)},
        )
        ids.update((sku, pid) for pid, sku in inserted)
    for chunk in _chunks(to_update):
        session.execute(
            text(
                f"UPDATE products AS p SET {_set(_PRODUCT_COLS)} "
                f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, {_PRODUCT_TYPES}) "
                "WHERE p.id = r.id AND p.distributor_id = :t"
            ),
            {"t": tenant, "rows": _json(chunk)},
        )
    return ProductWrites(ids, len(to_insert), len(to_update))


def write_variants(
    session: Session, tenant: uuid.UUID, specs: dict[str, ProductSpec], product_ids: dict[str, uuid.UUID]
) -> int:
    """Each imported product's variants by name: the ones the file no longer lists deleted, new ones
    inserted, changed ones updated (and reactivated), unchanged ones untouched. Returns how many the
    file lists."""
    by_product: dict[uuid.UUID, dict[str, tuple[uuid.UUID, tuple[Any, ...]]]] = {}
    for r in session.execute(
        text(
            "SELECT product_id, name, id, variant_type::text, ai_aliases, sku, unit_price, is_active "
            "FROM product_variants WHERE distributor_id = :t"
        ),
        {"t": tenant},
    ).all():
        by_product.setdefault(r[0], {})[r[1]] = (r[2], tuple(r[3:]))
    to_delete: list[str] = []
    to_insert: list[dict[str, Any]] = []
    to_update: list[dict[str, Any]] = []
    count = 0
    for sku, p in specs.items():
        pid = product_ids[sku]
        current = by_product.get(pid, {})
        names = {v.name for v in p.variants}
        to_delete.extend(str(vid) for name, (vid, _) in current.items() if name not in names)
        for v in p.variants:
            count += 1
            wanted = (v.variant_type, list(v.ai_aliases), v.sku, v.unit_price, True)
            row = current.get(v.name)
            if row is None:
                to_insert.append(
                    {"product_id": pid, "name": v.name, **dict(zip(_VARIANT_COLS, wanted, strict=True))}
                )
            elif not _same(row[1], wanted):
                to_update.append({"id": row[0], **dict(zip(_VARIANT_COLS, wanted, strict=True))})
    for i in range(0, len(to_delete), CHUNK):
        session.execute(
            text("DELETE FROM product_variants WHERE id = ANY(CAST(:ids AS uuid[])) AND distributor_id = :t"),
            {"t": tenant, "ids": to_delete[i : i + CHUNK]},
        )
    cols = ", ".join(_VARIANT_COLS)
    for chunk in _chunks(to_insert):
        session.execute(
            text(
                f"INSERT INTO product_variants (distributor_id, product_id, name, {cols}) "
                f"SELECT :t, r.product_id, r.name, {_r(_VARIANT_COLS)} "
                f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(product_id uuid, name text, {_VARIANT_TYPES})"
            ),
            {"t": tenant, "rows": _json(chunk)},
        )
    for chunk in _chunks(to_update):
        session.execute(
            text(
                f"UPDATE product_variants AS v SET {_set(_VARIANT_COLS)} "
                f"FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS r(id uuid, {_VARIANT_TYPES}) "
                "WHERE v.id = r.id AND v.distributor_id = :t"
            ),
            {"t": tenant, "rows": _json(chunk)},
        )
    return count


def _r(cols: Sequence[str]) -> str:
    return ", ".join(f"r.{c}" for c in cols)


def _set(cols: Sequence[str]) -> str:
    return ", ".join(f"{c} = r.{c}" for c in cols)


def _same(current: tuple[Any, ...], wanted: tuple[Any, ...]) -> bool:
    """The stored row equals the file's (arrays as lists, NULL arrays as empty, prices as decimals)."""
    for a, b in zip(current, wanted, strict=True):
        if isinstance(b, list):
            a = list(a or [])
        if a != b:
            return False
    return True
