"""Session 18 rules for clean orders of new trades sent to review (issue #10): VARIANT_BY_DISTINCT_WORD (a variant named
by the word that tells it apart, not by every word of its name) and PACK_WORD_SAID (a count said with the word the
catalog puts to its pack, "4 bales", counts packs), TWIN_PACK_WORDS (a sack said for a bag) and SIGNING_NAMES (a first
name signing a line is trimmed from its edge). Small catalogs of the trades' own names."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import catalog_product, decision_for

_CATALOG = {
    "categories": [{"name": "Deli", "parent": None, "ai_keywords": []}],
    "products": [
        catalog_product(
            "PK-SAMG",
            "Pork Belly Samgyeopsal",
            "kg",
            ["samgyeopsal"],
            ("Sliced 1cm", "Thick Cut 2cm", "Whole Slab"),
        ),
        catalog_product(
            "LEAF",
            "Banana Leaves (bundle)",
            "pack",
            ["banana leaves"],
            ("Cut 30cm (bundle of 50)", "Full Leaf 1m (bundle of 10)"),
        ),
        catalog_product(
            "CUPS",
            "Coffee Cups Porcelain (box of 12)",
            "box",
            ["coffee cups"],
            ("White", "Gold Rim", "Blue Pattern"),
        ),
        catalog_product(
            "BAGS",
            "Sulphite Chip Bags (box of 1000)",
            "box",
            ["chip bags"],
            ("Small 7x9in", "Medium 8x10in", "Large 10x12in"),
        ),
        catalog_product("RICE", "Basmati Rice", "bag", ["basmati"], ("5kg", "20kg")),
        catalog_product("MEAL-BALE", "Maize Meal Bale 12 x 2kg", "pack", ["maize meal bale", "maize meal"]),
        catalog_product("SHAVINGS", "Shavings Mini Bale 1kg (pack of 12)", "pack", ["mini shavings"]),
        catalog_product("FLOUR", "Hladka Mouka Flour 25kg", "bag", ["hladka mouka"]),
        catalog_product("TEA", "Tealights (box of 100)", "box", ["tealights"]),
        catalog_product("LIMONIUM", "Limonium Blue", "bunch", ["statice"]),
        catalog_product("GROUSE", "Famous Grouse Whisky 70cl", "bottle", ["grouse"]),
    ],
}


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(_CATALOG))


@pytest.mark.parametrize(
    ("text", "sku", "variant"),
    [
        ("25kg thick cut samgyeopsal", "PK-SAMG", "Thick Cut 2cm"),
        ("6 bundles banana leaves cut", "LEAF", "Cut 30cm (bundle of 50)"),
        ("4 bundles full banana leaves", "LEAF", "Full Leaf 1m (bundle of 10)"),
        ("2 boxes coffee cups gold", "CUPS", "Gold Rim"),
    ],
)
def test_a_variant_is_named_by_its_distinct_word(
    index: CatalogIndex, text: str, sku: str, variant: str
) -> None:
    decision = decision_for(index, text)
    [m] = decision.matches
    assert m.product is not None and m.product.sku == sku
    assert m.variant is not None and m.variant.name == variant


@pytest.mark.parametrize(
    "text",
    [
        "2 boxes large chip bags",  # "large" of three sizes chooses by SIZE_CLASS_ORDER only
        "2 boxes coffee cups gold and blue",  # words of two variants
        "3 bags basmati",  # no variant word at all
    ],
)
def test_no_distinct_word_leaves_the_variant_to_a_person(index: CatalogIndex, text: str) -> None:
    decision = decision_for(index, text, OrderStatus.REVIEW)
    assert any(m.variant is None for m in decision.matches)


def test_a_count_said_with_the_pack_word_of_the_name_counts_packs(index: CatalogIndex) -> None:
    decision = decision_for(index, "4 maize meal bales", OrderStatus.CONFIRMED)
    assert [(m.product.sku if m.product else None, m.catalog_quantity) for m in decision.matches] == [
        ("MEAL-BALE", 4)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "6 maize meal",  # no pack word: 6 bales or 6 of the 2kg bags?
        "6 mini shavings bales",  # the bale is the item of the "(pack of 12)"
    ],
)
def test_a_count_without_the_pack_word_still_asks(index: CatalogIndex, text: str) -> None:
    decision = decision_for(index, text, OrderStatus.REVIEW)
    assert any(r.startswith("PACK_OR_ITEMS") for r in decision.reasons), decision.reasons


def _confidence(index: CatalogIndex, text: str) -> float:
    [line] = extract_lines(text)
    return index.match(line).confidence


def test_a_sack_said_for_a_bag_costs_nothing(index: CatalogIndex) -> None:
    """TWIN_PACK_WORDS: "3 sacks" of flour sold by the bag reads as well as "3 bags" (above the threshold, where the
    wrong-pack penalty took it below); a tray or a case for a box keeps the penalty."""
    assert _confidence(index, "3 sacks hladka flour") >= 0.85
    assert _confidence(index, "3 trays tealight") < _confidence(index, "3 boxes tealight")
    assert _confidence(index, "3 cases tealight") < _confidence(index, "3 boxes tealight")


@pytest.mark.parametrize(
    ("text", "sku"),
    [("1 bunch statice ta Bev", "LIMONIUM"), ("2 grouse ken", "GROUSE"), ("kwame: 3 statice", "LIMONIUM")],
)
def test_a_first_name_signing_a_line_is_no_part_of_its_goods(
    index: CatalogIndex, text: str, sku: str
) -> None:
    decision = decision_for(index, text, OrderStatus.CONFIRMED)
    assert [m.product.sku if m.product else None for m in decision.matches] == [sku]


# ------------------------------------------------------------------ trade shorthand read as counts (holdout66)
def _read(text: str) -> list[tuple[str, str]]:
    return [(str(line.quantity), line.phrase) for line in extract_lines(text)]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("30 plyt 12.5 2400x1200", [("30", "plyt 2400x1200 12.5")]),  # DECIMAL_SPEC: a board's thickness
        ("2 drums T&E 2.5 50m", [("2", "drums t 50m 2.5")]),  # ... a cable's section
        ("20 sheets 12.5 full size", [("20", "sheets full size 12.5")]),
        ("6 white 1 gang switches", [("6", "white 1gang switches")]),  # PARTS_NUMBER
        ("100 wagos 3 way", [("100", "wagos 3way")]),
        ("4 chrome 2 gang sockets", [("4", "chrome 2gang sockets")]),
        ("5 bento 3 compartments", [("5", "bento 3compartment")]),
    ],
)
def test_a_trade_number_inside_a_line_is_no_count(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2 coke 1.5 3 fanta 1.5", [("2", "coke 1.5"), ("3", "fanta 1.5")]),  # whole counts still open items
        ("6 lemons 4 limes", [("6", "lemons"), ("4", "limes")]),
        ("2.5 kg chicken 3 kg beef", [("2.5", "chicken"), ("3", "beef")]),
    ],
)
def test_whole_counts_and_weights_still_open_items(text: str, read: list[tuple[str, str]]) -> None:
    assert _read(text) == read
