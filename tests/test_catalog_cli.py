"""`oms tenant` and `oms catalog import` through the real command line, against the real database."""

from __future__ import annotations

import json
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select

from cli.main import main
from db import models as m
from db.session import tenant_session

CATALOG = {
    "currency": "EUR",
    "categories": [
        {"name": "Beverages", "parent": None, "ai_keywords": ["drinks"]},
        {"name": "Soft Drinks", "parent": "Beverages", "ai_keywords": ["soda", "fizzy"]},
    ],
    "products": [
        {
            "sku": "COKE-ZERO-330",
            "name": "Coca-Cola Zero 330ml Can",
            "category": "Soft Drinks",
            "unit": "case",
            "unit_price": "14.40",
            "aliases": ["coke zero"],
            "keywords": ["cola"],
            "ai_training_examples": ["2 cs coke zero"],
            "variants": [{"name": "24 x 330ml", "variant_type": "SIZE", "ai_aliases": ["24 pack"]}],
        },
        {
            "sku": "COKE-ZERO-1500",
            "name": "Coca-Cola Zero 1.5L",
            "category": "Soft Drinks",
            "unit": "case",
            "unit_price": "9.60",
            "aliases": ["coke zero big"],
            "keywords": [],
            "ai_training_examples": [],
            "variants": [],
        },
    ],
}


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _counts(tenant_id):  # type: ignore[no-untyped-def]
    with tenant_session(tenant_id) as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (m.Product, m.ProductCategory, m.ProductVariant)
        )


def test_tenant_create_prints_id_and_list_shows_it(settings):  # type: ignore[no-untyped-def]
    name = f"Acme Foods {uuid.uuid4().hex[:6]}"
    result = run("tenant", "create", name, "--threshold", "0.9", "--budget-usd", "20")
    assert result.exit_code == 0, result.output
    tenant_id = uuid.UUID(result.output.strip())
    listed = json.loads(run("tenant", "list", "--json").output)
    row = next(r for r in listed if r["id"] == str(tenant_id))
    assert (
        row["name"] == name
        and row["ai_confidence_threshold"] == "0.900"
        and Decimal(row["monthly_ai_budget_usd"]) == Decimal("20")
    )


def test_tenant_create_rejects_bad_threshold(settings):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["tenant", "create", "X", "--threshold", "1.5"])
    assert result.exit_code == 2 and "threshold" in result.output.lower()


def test_json_import_then_reimport_updates_by_sku(tenant, tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "catalog.json"
    f.write_text(json.dumps(CATALOG))
    result = run("catalog", "import", "--distributor", str(tenant.id), str(f))
    assert result.exit_code == 0, result.output
    assert "2 new" in result.output
    assert _counts(tenant.id) == (2, 2, 1)
    changed = json.loads(json.dumps(CATALOG))
    changed["products"][0]["unit_price"] = "15.00"
    changed["products"][0]["variants"] = []
    f.write_text(json.dumps(changed))
    result = run("catalog", "import", "--distributor", str(tenant.id), str(f))
    assert result.exit_code == 0 and "2 updated" in result.output
    assert _counts(tenant.id) == (2, 2, 0)
    with tenant_session(tenant.id) as s:
        p = s.scalars(select(m.Product).where(m.Product.sku == "COKE-ZERO-330")).one()
        assert str(p.unit_price) == "15.00" and p.aliases == ["coke zero"] and p.currency == "EUR"
        cat = s.get(m.ProductCategory, p.category_id)
        parent = s.get(m.ProductCategory, cat.parent_category_id)
        assert (cat.name, parent.name) == ("Soft Drinks", "Beverages")


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda c: c["products"][1].__setitem__("unit_price", "abc"), "products[1].unit_price"),
        (lambda c: c["products"][1].pop("sku"), "products[1].sku"),
        (
            lambda c: c["products"][0]["variants"][0].__setitem__("variant_type", "FLAVOUR"),
            "products[0].variants[0].variant_type",
        ),
        (lambda c: c["products"][1].__setitem__("category", "Nope"), "products[1].category"),
        (lambda c: c["products"][1].__setitem__("sku", "COKE-ZERO-330"), "products[1].sku"),
        (lambda c: c["products"][1].__setitem__("aliases", "coke"), "products[1].aliases"),
        (
            lambda c: c["products"][0]["variants"][0].__setitem__("unit_price", "abc"),
            "products[0].variants[0].unit_price",
        ),
        (
            lambda c: c["products"][0]["variants"][0].__setitem__("sku", 12),
            "products[0].variants[0].sku",
        ),
    ],
)
def test_broken_json_is_rejected_whole_with_its_location(tenant, tmp_path: Path, mutate, where):  # type: ignore[no-untyped-def]
    bad = json.loads(json.dumps(CATALOG))
    mutate(bad)
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad))
    result = CliRunner().invoke(main, ["catalog", "import", "--distributor", str(tenant.id), str(f)])
    assert result.exit_code == 2
    assert where in result.output and "nothing was imported" in result.output
    assert _counts(tenant.id) == (0, 0, 0)


def test_invalid_json_syntax_names_line(tenant, tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "bad.json"
    f.write_text('{"products": [\n  {"sku": "A", "name": "x",}\n]}')
    result = CliRunner().invoke(main, ["catalog", "import", "--distributor", str(tenant.id), str(f)])
    assert result.exit_code == 2 and "line 2" in result.output


CSV = """sku,name,category,unit,unit_price,aliases,keywords,ai_training_examples,variants
TOM-KG,Tomatoes (per kg),Produce,kg,2.10,tomato|toms,veg,5kg tomatoes,
MILK-WHOLE-2L,Whole Milk 2L,Dairy,bottle,1.80,full fat milk|blue milk,,,2L:VOLUME
"""


def test_csv_import(tenant, tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "catalog.csv"
    f.write_text(CSV)
    result = run("catalog", "import", "--distributor", str(tenant.id), str(f))
    assert result.exit_code == 0, result.output
    assert _counts(tenant.id) == (2, 2, 1)
    with tenant_session(tenant.id) as s:
        p = s.scalars(select(m.Product).where(m.Product.sku == "TOM-KG")).one()
        assert p.aliases == ["tomato", "toms"] and p.ai_training_examples == ["5kg tomatoes"]


def test_broken_csv_names_line_and_column(tenant, tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "catalog.csv"
    f.write_text(CSV + "BAD-1,Bad thing,Produce,kg,-3,,,,\n")
    result = CliRunner().invoke(main, ["catalog", "import", "--distributor", str(tenant.id), str(f)])
    assert result.exit_code == 2
    assert "line 4, column unit_price" in result.output
    assert _counts(tenant.id) == (0, 0, 0)


def test_import_into_unknown_distributor_fails_cleanly(settings, tmp_path: Path):  # type: ignore[no-untyped-def]
    f = tmp_path / "catalog.json"
    f.write_text(json.dumps(CATALOG))
    result = CliRunner().invoke(main, ["catalog", "import", "--distributor", str(uuid.uuid4()), str(f)])
    assert result.exit_code == 2 and "no distributor" in result.output


def test_shipped_eval_catalog_imports(tenant):  # type: ignore[no-untyped-def]
    path = Path(__file__).parent / "data" / "catalog.json"
    result = run("catalog", "import", "--distributor", str(tenant.id), str(path))
    assert result.exit_code == 0, result.output
    assert _counts(tenant.id)[0] >= 50


def test_variant_sku_and_unit_price_are_stored(tenant):  # type: ignore[no-untyped-def]
    """catalog3.json gives every variant its own sku and unit_price (issue #10): they are stored."""
    path = Path(__file__).parent / "data" / "catalog3.json"
    result = run("catalog", "import", "--distributor", str(tenant.id), str(path))
    assert result.exit_code == 0, result.output
    with tenant_session(tenant.id) as s:
        rows = s.execute(select(m.ProductVariant.sku, m.ProductVariant.unit_price)).all()
    assert rows and all(sku and price is not None for sku, price in rows)


def test_duplicate_variant_sku_is_rejected(tenant, tmp_path: Path):  # type: ignore[no-untyped-def]
    bad = json.loads(json.dumps(CATALOG))
    bad["products"][0]["variants"] = [
        {"name": "24 x 330ml", "variant_type": "SIZE", "sku": "V-1"},
        {"name": "12 x 330ml", "variant_type": "SIZE", "sku": "V-1"},
    ]
    f = tmp_path / "bad.json"
    f.write_text(json.dumps(bad))
    result = CliRunner().invoke(main, ["catalog", "import", "--distributor", str(tenant.id), str(f)])
    assert result.exit_code == 2 and "products[0].variants[1].sku" in result.output
