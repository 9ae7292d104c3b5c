"""Issue #10 precision classes found through blind set 55 (session 14, st55), each tried on a made-up catalog of
another trade (cleaning supplies): an x-marked order line that reads as a report by a state word after its
noun, and a count quoted off an invoice or a statement."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, review

CLEANING = {
    "currency": "GBP",
    "categories": ["Cleaning"],
    "products": [
        {
            "sku": "RAGS-TORN-10",
            "name": "Torn Cotton Rags 10kg",
            "category": "Cleaning",
            "unit": "bale",
            "unit_price": "18.00",
            "aliases": ["torn rags", "cotton rags"],
            "keywords": ["rags", "cotton"],
        },
        {
            "sku": "MOP-HEAD",
            "name": "Kentucky Mop Head 16oz",
            "category": "Cleaning",
            "unit": "each",
            "unit_price": "3.20",
            "aliases": ["mop heads", "mop head"],
            "keywords": ["mop", "kentucky"],
        },
        {
            "sku": "CLOTH-FLOOR",
            "name": "Floor Cloth Grey",
            "category": "Cleaning",
            "unit": "each",
            "unit_price": "0.90",
            "aliases": ["floor cloths", "floor cloth", "bayetas", "bayeta"],
            "keywords": ["cloth", "floor"],
        },
    ],
}


@pytest.fixture(scope="module")
def cleaning() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CLEANING))


# ------------------------------------------------------------------ MARKED_REPORT
def test_an_x_marked_line_that_reads_as_a_report_is_never_dropped_from_a_confirmed_order(
    cleaning: CatalogIndex,
) -> None:
    """ "3 x rags torn": "torn" after the noun reads as a report, but "3 x" is an order line's notation; the order
    was confirmed with its other lines only. A person reads it; the same order without it still ships."""
    text = "please send: 2 x mop heads, 3 x rags torn, 4 x floor cloths. thanks"
    assert any("not understood" in r and "rags torn" in r for r in review(cleaning, text))
    assert confirmed(cleaning, "please send: 2 x mop heads, 4 x floor cloths. thanks") == [
        ("CLOTH-FLOOR", "4"),
        ("MOP-HEAD", "2"),
    ]


# ------------------------------------------------------------------ DOCUMENT_COUNT
@pytest.mark.parametrize(
    "text",
    [
        "Our statement ST-4471 shows 12 mop heads, we only ordered and got 10. Please amend.",
        "nuestra factura F-882 muestra 5 bayetas, solo pedimos y recibimos 3. Corrijan por favor.",  # Spanish
    ],
)
def test_a_count_quoted_off_an_invoice_is_never_confirmed_as_an_order(
    cleaning: CatalogIndex, text: str
) -> None:
    assert review(cleaning, text)
    assert confirmed(cleaning, "12 mop heads") == [("MOP-HEAD", "12")]
