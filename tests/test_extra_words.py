"""PART_OF_PAIR (jobs/language/matching/score.py), ADD_ON_TAIL (extraction/patterns.py) and containers of more
languages (extraction/pack_units.py): a line naming one of the two things a product is sold as together is never sure;
"on top" after the goods is no word of them; a container word of another language is the line's unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.score import PART_OF_PAIR

CATALOG = {
    "products": [
        {
            "sku": "TWO-IN-ONE",
            "name": "Guest Shampoo & Conditioner 30ml (box of 250)",
            "category": "Amenities",
            "unit": "box",
            "aliases": ["shampoo and conditioner"],
            "keywords": ["conditioner", "30ml"],
        },
        {
            "sku": "SOFTENER",
            "name": "Fabric Softener 5L",
            "category": "Laundry",
            "unit": "each",
            "keywords": ["conditioner"],
        },
    ]
}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CATALOG))


def test_one_side_of_a_pair_is_not_the_pair(index: CatalogIndex) -> None:
    line = OrderLine(Decimal(2), "box", "30ml", "conditioner", "2 boxes of conditioner 30ml", True)
    m = index.match(line)
    assert m.product is not None and m.product.sku == "TWO-IN-ONE"
    assert m.confidence < 0.85 and PART_OF_PAIR in m.reason
    both = index.match(
        OrderLine(Decimal(2), "box", None, "shampoo conditioner", "2 box shampoo conditioner", True)
    )
    assert both.product is not None and both.product.sku == "TWO-IN-ONE" and PART_OF_PAIR not in both.reason


# ------------------------------------------------------------------ ADD_ON_TAIL
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("need 1 curry mix on top of thurs", [("1", "curry mix")]),
        ("3 cases of diet cola on top of PO 55187 please", [("3", "diet cola")]),
        (
            "2 cases masala crackers and 2 cases jeera crackers on top.",
            [("2", "masala crackers"), ("2", "jeera crackers")],
        ),
        ("4 muffin tops", [("4", "muffin tops")]),  # a word of the goods, not an add-on
    ],
)
def test_on_top_after_the_goods_says_an_add_on_not_a_product(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(str(x.quantity), x.phrase) for x in extract_lines(text)] == expected


# ------------------------------------------------------------------ containers of more languages
@pytest.mark.parametrize(
    ("text", "unit", "phrase"),
    [
        ("3 tinas de masa fresca", "tub", "masa fresca"),  # Spanish tub
        ("3 fardos de feijão carioca", "pack", "feijão carioca"),  # Portuguese shrink-wrapped pack
        ("chakki atta 10kg 4 moottai", "sack", "chakki atta"),  # Tamil sack
        ("2 garrafões óleo colza", "bottle", "óleo colza"),  # Portuguese large bottle
    ],
)
def test_a_container_word_of_another_language_is_the_lines_unit(text: str, unit: str, phrase: str) -> None:
    [line] = extract_lines(text)
    assert (line.unit, line.phrase) == (unit, phrase)
