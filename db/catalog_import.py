"""`oms catalog import`: a distributor's catalog from JSON or CSV, all or nothing.

The whole file is parsed and validated before the database is touched; the first problem is reported
with its location (JSON path or CSV line and column) and nothing is written. A valid file is upserted in
one tenant transaction: products by sku, categories by name, variants by (product, name), so importing
the same file twice changes nothing and a re-import updates in place.
"""

from __future__ import annotations

import csv
import io
import json
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert

from db.catalog_write import write_products, write_variants
from db.enums import VariantType
from db.ids import as_uuid
from db.models import Distributor, ProductCategory
from db.session import tenant_session
from worker.settings import Settings

VARIANT_TYPES = {v.value for v in VariantType}
CSV_LIST_SEPARATOR = "|"
CSV_COLUMNS = (
    "sku",
    "name",
    "category",
    "unit",
    "unit_price",
    "aliases",
    "keywords",
    "ai_training_examples",
    "variants",
    "description",
    "currency",
)


class CatalogError(ValueError):
    """The file is not a valid catalog; `location` says where (e.g. `products[3].unit_price`, `line 7`)."""

    def __init__(self, location: str, problem: str) -> None:
        super().__init__(f"{location}: {problem}")
        self.location = location
        self.problem = problem


@dataclass(frozen=True)
class CategorySpec:
    name: str
    parent: str | None
    ai_keywords: tuple[str, ...]


@dataclass(frozen=True)
class VariantSpec:
    name: str
    variant_type: str
    ai_aliases: tuple[str, ...]
    sku: str | None = None  # the variant's own SKU, when it is sold under one
    unit_price: Decimal | None = None  # the variant's own price, when it differs from the product's


@dataclass(frozen=True)
class ProductSpec:
    sku: str
    name: str
    category: str | None
    unit: str | None
    unit_price: Decimal | None
    aliases: tuple[str, ...]
    keywords: tuple[str, ...]
    ai_training_examples: tuple[str, ...]
    variants: tuple[VariantSpec, ...]
    description: str | None = None


@dataclass
class Catalog:
    currency: str | None
    categories: list[CategorySpec] = field(default_factory=list)
    products: list[ProductSpec] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    categories: int
    products_created: int
    products_updated: int  # already in the catalog (changed or not)
    variants: int
    products_unchanged: int = 0  # of those, identical to the file: not written


# ------------------------------------------------------------------ parsing
def _str(value: Any, loc: str, *, required: bool = True, max_len: int = 300) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise CatalogError(loc, "is required")
        return None
    if not isinstance(value, str):
        raise CatalogError(loc, f"must be a string, got {type(value).__name__}")
    value = value.strip()
    if len(value) > max_len:
        raise CatalogError(loc, f"longer than {max_len} characters")
    return value


def _str_list(value: Any, loc: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CatalogError(loc, f"must be a list of strings, got {type(value).__name__}")
    out = []
    for i, item in enumerate(value):
        s = _str(item, f"{loc}[{i}]")
        assert s is not None
        out.append(s)
    return tuple(dict.fromkeys(out))


def _price(value: Any, loc: str) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise CatalogError(loc, f"must be a decimal number, got {type(value).__name__}")
    try:
        price = Decimal(str(value).strip())
    except InvalidOperation:
        raise CatalogError(loc, f"{value!r} is not a decimal number") from None
    if not price.is_finite() or price < 0:
        raise CatalogError(loc, f"{value!r} must be a non-negative amount")
    if price != price.quantize(Decimal("0.01")):
        raise CatalogError(loc, f"{value!r} has more than 2 decimal places")
    return price


def _variant(raw: Any, loc: str) -> VariantSpec:
    if not isinstance(raw, dict):
        raise CatalogError(loc, "must be an object")
    name = _str(raw.get("name"), f"{loc}.name", max_len=200)
    vtype = _str(raw.get("variant_type"), f"{loc}.variant_type")
    assert name is not None and vtype is not None
    if vtype.upper() not in VARIANT_TYPES:
        raise CatalogError(
            f"{loc}.variant_type", f"{vtype!r} is not one of {', '.join(sorted(VARIANT_TYPES))}"
        )
    sku = _str(raw.get("sku"), f"{loc}.sku", required=False, max_len=100)
    return VariantSpec(
        name,
        vtype.upper(),
        _str_list(raw.get("ai_aliases"), f"{loc}.ai_aliases"),
        sku=sku,
        unit_price=_price(raw.get("unit_price"), f"{loc}.unit_price"),
    )


def _product(raw: Any, loc: str) -> ProductSpec:
    if not isinstance(raw, dict):
        raise CatalogError(loc, "must be an object")
    sku = _str(raw.get("sku"), f"{loc}.sku", max_len=100)
    name = _str(raw.get("name"), f"{loc}.name")
    assert sku is not None and name is not None
    variants_raw = raw.get("variants") or []
    if not isinstance(variants_raw, list):
        raise CatalogError(f"{loc}.variants", "must be a list")
    variants = tuple(_variant(v, f"{loc}.variants[{i}]") for i, v in enumerate(variants_raw))
    names = [v.name.lower() for v in variants]
    if len(set(names)) != len(names):
        raise CatalogError(f"{loc}.variants", "variant names must be unique within a product")
    return ProductSpec(
        sku=sku,
        name=name,
        category=_str(raw.get("category"), f"{loc}.category", required=False, max_len=200),
        unit=_str(raw.get("unit"), f"{loc}.unit", required=False, max_len=32),
        unit_price=_price(raw.get("unit_price"), f"{loc}.unit_price"),
        aliases=_str_list(raw.get("aliases"), f"{loc}.aliases"),
        keywords=_str_list(raw.get("keywords"), f"{loc}.keywords"),
        ai_training_examples=_str_list(raw.get("ai_training_examples"), f"{loc}.ai_training_examples"),
        variants=variants,
        description=_str(raw.get("description"), f"{loc}.description", required=False, max_len=5000),
    )


def _check(catalog: Catalog, first_location: dict[str, str]) -> Catalog:
    seen: dict[str, int] = {}
    for i, p in enumerate(catalog.products):
        if p.sku in seen:
            raise CatalogError(
                first_location.get(f"p{i}", f"products[{i}]") + ".sku",
                f"duplicate sku {p.sku!r} (first at {first_location.get(f'p{seen[p.sku]}')})",
            )
        seen[p.sku] = i
    variant_skus: dict[str, str] = {}
    for i, p in enumerate(catalog.products):
        for j, v in enumerate(p.variants):
            if v.sku is None:
                continue
            loc = f"products[{i}].variants[{j}].sku"
            if v.sku in variant_skus:
                raise CatalogError(loc, f"duplicate variant sku {v.sku!r} (first at {variant_skus[v.sku]})")
            variant_skus[v.sku] = loc
    names = {c.name for c in catalog.categories}
    for i, c in enumerate(catalog.categories):
        if c.parent is not None and c.parent not in names:
            raise CatalogError(f"categories[{i}].parent", f"unknown category {c.parent!r}")
    # Cycles in the hierarchy would make the tree unreadable.
    parent = {c.name: c.parent for c in catalog.categories}
    for c in catalog.categories:
        seen_names: set[str] = set()
        cur: str | None = c.name
        while cur is not None:
            if cur in seen_names:
                raise CatalogError(f"category {c.name!r}", "parent chain forms a cycle")
            seen_names.add(cur)
            cur = parent.get(cur)
    return catalog


def parse_json(data: str | bytes) -> Catalog:
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        raise CatalogError(f"line {exc.lineno} column {exc.colno}", f"invalid JSON: {exc.msg}") from None
    if not isinstance(doc, dict):
        raise CatalogError("$", "top level must be an object with 'products'")
    unknown = set(doc) - {"currency", "categories", "products"}
    if unknown:
        raise CatalogError("$", f"unknown field(s): {', '.join(sorted(unknown))}")
    currency = _str(doc.get("currency"), "currency", required=False, max_len=3)
    if currency is not None and (len(currency) != 3 or not currency.isalpha()):
        raise CatalogError("currency", f"{currency!r} is not a 3-letter ISO currency code")
    cats_raw = doc.get("categories") or []
    if not isinstance(cats_raw, list):
        raise CatalogError("categories", "must be a list")
    categories = []
    for i, c in enumerate(cats_raw):
        loc = f"categories[{i}]"
        if not isinstance(c, dict):
            raise CatalogError(loc, "must be an object")
        name = _str(c.get("name"), f"{loc}.name", max_len=200)
        assert name is not None
        categories.append(
            CategorySpec(
                name,
                _str(c.get("parent"), f"{loc}.parent", required=False),
                _str_list(c.get("ai_keywords"), f"{loc}.ai_keywords"),
            )
        )
    if len({c.name for c in categories}) != len(categories):
        raise CatalogError("categories", "category names must be unique")
    products_raw = doc.get("products")
    if not isinstance(products_raw, list):
        raise CatalogError("products", "is required and must be a list")
    products = [_product(p, f"products[{i}]") for i, p in enumerate(products_raw)]
    known = {c.name for c in categories}
    for i, p in enumerate(products):
        if p.category is not None and p.category not in known:
            raise CatalogError(
                f"products[{i}].category", f"unknown category {p.category!r} (declare it in 'categories')"
            )
    locations = {f"p{i}": f"products[{i}]" for i in range(len(products))}
    return _check(Catalog(currency.upper() if currency else None, categories, products), locations)


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(CSV_LIST_SEPARATOR) if part.strip()]


def parse_csv(data: str) -> Catalog:
    reader = csv.DictReader(io.StringIO(data))
    header = reader.fieldnames
    if not header:
        raise CatalogError("line 1", "empty file: expected a header row")
    header = [h.strip() for h in header]
    reader.fieldnames = header
    missing = {"sku", "name"} - set(header)
    if missing:
        raise CatalogError("line 1", f"missing column(s): {', '.join(sorted(missing))}")
    unknown = set(header) - set(CSV_COLUMNS)
    if unknown:
        raise CatalogError("line 1", f"unknown column(s): {', '.join(sorted(unknown))}")
    products: list[ProductSpec] = []
    categories: dict[str, CategorySpec] = {}
    locations: dict[str, str] = {}
    currency: str | None = None
    for row in reader:
        line = reader.line_num
        loc = f"line {line}"
        if None in row:
            raise CatalogError(loc, f"has more fields than the header's {len(header)}")
        if not any((v or "").strip() for v in row.values()):
            continue
        variants = []
        for _j, item in enumerate(_split(row.get("variants"))):
            vname, _, vtype = item.partition(":")
            variants.append({"name": vname.strip(), "variant_type": (vtype.strip() or "SIZE")})
        raw = {
            "sku": row.get("sku"),
            "name": row.get("name"),
            "category": row.get("category") or None,
            "unit": row.get("unit") or None,
            "unit_price": (row.get("unit_price") or "").strip() or None,
            "aliases": _split(row.get("aliases")),
            "keywords": _split(row.get("keywords")),
            "ai_training_examples": _split(row.get("ai_training_examples")),
            "variants": variants,
            "description": row.get("description") or None,
        }
        try:
            spec = _product(raw, loc)
        except CatalogError as exc:
            column = exc.location.split(".", 1)[1] if "." in exc.location else ""
            raise CatalogError(
                f"{loc}, column {column.split('[')[0]}" if column else loc, exc.problem
            ) from None
        row_currency = (row.get("currency") or "").strip().upper() or None
        if row_currency:
            if len(row_currency) != 3 or not row_currency.isalpha():
                raise CatalogError(f"{loc}, column currency", f"{row_currency!r} is not a 3-letter ISO code")
            if currency and currency != row_currency:
                raise CatalogError(
                    f"{loc}, column currency", f"mixed currencies {currency} and {row_currency}"
                )
            currency = row_currency
        if spec.category:
            categories.setdefault(spec.category, CategorySpec(spec.category, None, ()))
        locations[f"p{len(products)}"] = loc
        products.append(spec)
    if not products:
        raise CatalogError("file", "no products")
    return _check(Catalog(currency, list(categories.values()), products), locations)


def parse_file(path: str | Path) -> Catalog:
    p = Path(path)
    if not p.is_file():
        raise CatalogError(str(p), "no such file")
    try:
        data = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(str(p), f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    suffix = p.suffix.lower()
    if suffix == ".json":
        return parse_json(data)
    if suffix == ".csv":
        return parse_csv(data)
    stripped = data.lstrip()
    return parse_json(data) if stripped.startswith("{") else parse_csv(data)


# ------------------------------------------------------------------ writing
def import_catalog(
    distributor_id: uuid.UUID | str, catalog: Catalog, settings: Settings | None = None
) -> ImportResult:
    """Upsert the parsed catalog in one tenant transaction (RLS-walled to `distributor_id`), all or
    nothing. Set-based: the tenant's products, variants and categories are read once, compared with the
    file, and only the rows that differ are written (bulk inserts and updates), so importing 20,000
    products takes seconds and a re-import that changes 10 products writes those 10 (and their
    variants): the catalog stamp, and so every worker's index, changes only when the catalog does."""
    tenant = as_uuid(distributor_id)
    with tenant_session(tenant, settings) as session:
        distributor = session.get(Distributor, tenant)
        if distributor is None:
            raise CatalogError("--distributor", f"no distributor {tenant}")
        currency = catalog.currency or distributor.currency
        category_ids = _import_categories(session, tenant, catalog.categories)
        specs = {p.sku: p for p in catalog.products}  # a repeated sku: the last one, as upserts gave
        products = write_products(session, tenant, specs, category_ids, currency)
        variant_count = write_variants(session, tenant, specs, products.product_ids)
        return ImportResult(
            len(catalog.categories),
            products.created,
            len(specs) - products.created,
            variant_count,
            products_unchanged=len(specs) - products.created - products.updated,
        )


def _import_categories(
    session: Any, tenant: uuid.UUID, categories: list[CategorySpec]
) -> dict[str, uuid.UUID]:
    """Categories by name: new ones inserted, changed keywords or parents updated, the rest untouched."""
    rows = session.execute(
        select(
            ProductCategory.id,
            ProductCategory.name,
            ProductCategory.ai_keywords,
            ProductCategory.parent_category_id,
        ).where(ProductCategory.distributor_id == tenant)
    ).all()
    current = {r.name: r for r in rows}
    ids = {r.name: r.id for r in rows}
    for c in categories:
        row = current.get(c.name)
        if row is None:
            ids[c.name] = session.execute(
                insert(ProductCategory)
                .values(distributor_id=tenant, name=c.name, ai_keywords=list(c.ai_keywords))
                .returning(ProductCategory.id)
            ).scalar_one()
        elif list(row.ai_keywords or []) != list(c.ai_keywords):
            session.execute(
                update(ProductCategory)
                .where(ProductCategory.id == row.id)
                .values(ai_keywords=list(c.ai_keywords))
            )
    for c in categories:
        parent = ids[c.parent] if c.parent else None
        row = current.get(c.name)
        if row is None or row.parent_category_id != parent:
            session.execute(
                update(ProductCategory)
                .where(ProductCategory.id == ids[c.name])
                .values(parent_category_id=parent)
            )
    return ids
