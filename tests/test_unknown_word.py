"""UNKNOWN_WORD (jobs/language/matching/unknown.py), PART_OF_PAIR (score.py), INFLECTED_ENDING (tokens.py) and
ADD_ON_TAIL (extraction/patterns.py): a product named clearly beside one word nobody taught the system is read without
that word, unless the word may choose or name another product; a line naming one of the two things a product is sold
as together is never sure; a catalog word in another case ending is that word; "on top" after the goods is no word of
them. Through the worker's own analysis (`plan_for_text`), against small made-up catalogs."""

from __future__ import annotations

from decimal import Decimal

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.score import PART_OF_PAIR
from jobs.language.matching.tokens import inflected_ending
from jobs.language.matching.unknown import UNKNOWN_WORD, _before_goods, _look_alike, unknown_word
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs

CATALOG = {
    "products": [
        {
            "sku": "LABNEH",
            "name": "Labneh 1kg Tub",
            "category": "Dairy",
            "unit": "tub",
            "aliases": ["labneh"],
        },
        {
            "sku": "MASA",
            "name": "Fresh Masa 5kg",
            "category": "Mexican",
            "unit": "each",
            "aliases": ["fresh masa"],
        },
        {
            "sku": "SAMBAR",
            "name": "Sambar Powder 1kg",
            "category": "Spices",
            "unit": "bag",
            "aliases": ["sambar powder"],
        },
        {
            "sku": "VINE-BRINE",
            "name": "Vine Leaves in Brine 2kg",
            "category": "Deli",
            "unit": "each",
            "aliases": ["vine leaves"],
        },
        {"sku": "VINE-STUFFED", "name": "Stuffed Vine Leaves 400g", "category": "Deli", "unit": "each"},
        {"sku": "MILK", "name": "Whole Milk 1L", "category": "Dairy", "unit": "each", "aliases": ["milk"]},
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


def _confirmed(index: CatalogIndex, text: str) -> list[tuple[str | None, str | None]]:
    plan = plan_for_text(text, index)
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision
    assert any(UNKNOWN_WORD in m.reason for m in plan.decision.matches)
    return sorted(predicted_pairs(plan.decision.matches), key=str)


def _not_confirmed(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is None or plan.decision.status == OrderStatus.REVIEW, plan.decision
    if plan.decision is not None:
        assert not any(UNKNOWN_WORD in m.reason for m in plan.decision.matches)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 labneh yarina", [("LABNEH", "2")]),  # a day word after the goods
        ("3 tinas de masa fresca", [("MASA", "3")]),  # the container of "X of Y"
        ("2 sambar powder showroom", [("SAMBAR", "2")]),  # a place after the goods
    ],
)
def test_one_unknown_word_beside_a_clear_name_is_dropped(
    index: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _confirmed(index, text) == expected


def test_a_word_before_the_name_without_of_may_be_a_brand(index: CatalogIndex) -> None:
    # "Brahmins sambar powder" is a sambar powder the catalog may not sell
    _not_confirmed(index, "2 brahmins sambar powder")
    assert _before_goods(["brahmins", "sambar", "powder"], 0, "2 brahmins sambar powder")
    assert not _before_goods(["tinas", "masa", "fresca"], 0, "3 tinas de masa fresca")
    assert not _before_goods(["sambar", "powder", "showroom"], 2, "2 sambar powder showroom")


def test_two_unknown_words_are_a_clause_or_a_description(index: CatalogIndex) -> None:
    _not_confirmed(index, "2 labneh venit expirat")


def test_an_unknown_word_never_chooses_between_look_alikes(index: CatalogIndex) -> None:
    # "farcies" (stuffed) may be what tells the vine leaves in brine from the stuffed ones
    _not_confirmed(index, "2 vine leaves farcies")
    assert _look_alike(index, "vine leaves", "VINE-BRINE")
    assert not _look_alike(index, "labneh", "LABNEH")


def test_words_the_system_knows_are_never_unknown(index: CatalogIndex) -> None:
    for word in ("oat", "vinho", "large", "stone", "midum", "cases", "12", "500ml", "shampoo"):
        assert not unknown_word(index, word), word
    assert unknown_word(index, "yarina")
    # "oat" is a word of the trade: an oat milk is no whole milk
    _not_confirmed(index, "2 oat milk")


def test_one_side_of_a_pair_is_not_the_pair(index: CatalogIndex) -> None:
    line = OrderLine(Decimal(2), "box", "30ml", "conditioner", "2 boxes of conditioner 30ml", True)
    m = index.match(line)
    assert m.product is not None and m.product.sku == "TWO-IN-ONE"
    assert m.confidence < 0.85 and PART_OF_PAIR in m.reason
    both = index.match(
        OrderLine(Decimal(2), "box", None, "shampoo conditioner", "2 box shampoo conditioner", True)
    )
    assert both.product is not None and both.product.sku == "TWO-IN-ONE" and PART_OF_PAIR not in both.reason


# ------------------------------------------------------------------ INFLECTED_ENDING
@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("kabanosow", "kabanosy"),
        ("podwawelskiej", "podwawelska"),
        ("mlijeka", "mlijeko"),
        ("cyklamenow", "cyklamen"),
    ],
)
def test_a_catalog_word_in_another_case_ending_is_that_word(typed: str, word: str) -> None:
    assert inflected_ending(typed, word)


@pytest.mark.parametrize(
    ("typed", "word"),
    [("pasta", "paste"), ("latte", "latta"), ("pinto", "pint"), ("fanty", "fanta"), ("salmon", "salami")],
)
def test_a_short_stem_is_no_inflection(typed: str, word: str) -> None:
    # four letters are too often two words: pasta and paste, latte (milk) and latta (tin)
    assert not inflected_ending(typed, word)


def test_an_inflected_alias_is_matched_as_surely_as_a_slip_of_the_keys() -> None:
    index = CatalogIndex.build(
        load_catalog_json(
            {
                "products": [
                    {
                        "sku": "KAB",
                        "name": "Kabanosy Pork 100g (box of 20)",
                        "unit": "box",
                        "aliases": ["kabanosy"],
                    }
                ]
            }
        )
    )
    m = index.match(OrderLine(Decimal(3), "box", None, "kabanosow", "3 pudełka kabanosów", True))
    assert m.product is not None and m.product.sku == "KAB" and m.confidence >= 0.85


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
