"""Issue #10 classes worked in session 16 from the wrong confirmations left on the studied sets, through the worker's
own analysis (`plan_for_text` -> `analyse`). The texts and catalogs are written for the tests, not taken from a set."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.offers import accepted_offer
from tests.trust import confirmed, review


def _product(
    sku: str,
    name: str,
    category: str,
    aliases: list[str],
    unit: str = "bag",
    keywords: list[str] | None = None,
    variants: list[dict[str, str]] | None = None,
) -> dict[str, object]:
    return {
        "sku": sku,
        "name": name,
        "category": category,
        "unit": unit,
        "unit_price": "9.00",
        "aliases": aliases,
        "keywords": keywords or [],
        "variants": variants or [],
    }


@pytest.fixture(scope="module")
def grocer() -> CatalogIndex:
    """A dry-goods wholesaler: two couscous sold in 10kg, one named by a grade number; breadsticks in twin packs
    by the box; wafer cones; kennel feed."""
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [
                    {"name": "Grains", "parent": None, "ai_keywords": []},
                    {"name": "Bakery", "parent": None, "ai_keywords": []},
                    {"name": "Cones", "parent": None, "ai_keywords": []},
                    {"name": "Pet Food", "parent": None, "ai_keywords": []},
                    {"name": "Sundries", "parent": None, "ai_keywords": []},
                    {"name": "Soft Drinks", "parent": None, "ai_keywords": []},
                    {"name": "Soft Drinks", "parent": None, "ai_keywords": []},
                ],
                "products": [
                    _product(
                        "CSC-FINE",
                        "Fine Couscous",
                        "Grains",
                        ["fine couscous", "707 couscous"],
                        variants=[
                            {"name": "10kg", "variant_type": "WEIGHT"},
                            {"name": "2kg", "variant_type": "WEIGHT"},
                        ],
                    ),
                    _product(
                        "CSC-GIANT", "Giant Pearl Couscous 10kg Sack", "Grains", ["pearl couscous"], "sack"
                    ),
                    _product("BARLEY-5", "Pot Barley 5kg", "Grains", ["pot barley"]),
                    _product(
                        "STICKS-MINI",
                        "Breadsticks Mini Twin Packs (box of 150)",
                        "Bakery",
                        ["mini sticks"],
                        "box",
                    ),
                    _product(
                        "CONE-W", "Waffle Cones (case of 200)", "Cones", ["waffle cones"], "case", ["cone"]
                    ),
                    _product(
                        "CONE-S", "Sugar Cones (case of 300)", "Cones", ["sugar cones"], "case", ["cone"]
                    ),
                    _product("FEED-LAMB", "Kennel Lamb & Rice 15kg", "Pet Food", ["lamb and rice"]),
                    _product(
                        "WATER-STILL-15",
                        "Spring Still Water 6 x 1.5L",
                        "Soft Drinks",
                        ["big waters"],
                        "pack",
                        ["water"],
                    ),
                    _product(
                        "WATER-SPARK-500",
                        "Spring Sparkling Water 24 x 500ml",
                        "Soft Drinks",
                        ["fizzy water"],
                        "case",
                        ["water"],
                    ),
                    _product(
                        "POO-BAGS", "Poop Bags Tie Handle (box of 300)", "Sundries", ["tie handles"], "box"
                    ),
                ],
            }
        )
    )


# ------------------------------------------------------------------ NUMBER_UNSAID_SIZED (matching/cover.py)
def test_a_size_does_not_single_out_the_member_named_through_an_unsaid_number(grocer: CatalogIndex) -> None:
    """ "3 x 20kg basmati" was confirmed as the basmati whose alias is "1121 basmati" though the golden sella
    basmati comes in 20kg too: the size fits both, so the family word names both."""
    reasons = review(grocer, "3 x 10kg couscous")
    assert any("ambiguous" in r and "CSC-FINE" in r and "CSC-GIANT" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("text", "sku"), [("3 x 2kg couscous", "CSC-FINE"), ("3 x 10kg pearl couscous", "CSC-GIANT")]
)
def test_a_size_only_one_member_comes_in_still_names_it(grocer: CatalogIndex, text: str, sku: str) -> None:
    assert [s for s, _ in confirmed(grocer, text)] == [sku]


# ------------------------------------------------------------------ PACKS_IN_A_BOX (matching/quantities.py)
def test_packs_a_box_holds_are_counted_as_its_items(grocer: CatalogIndex) -> None:
    """ "30 paquetes de grissini" of the mini twin packs (box of 200) was confirmed as 30 boxes."""
    reasons = review(grocer, "30 packs mini sticks")
    assert any(r.startswith("FRACTION_OF_UNIT") and "STICKS-MINI" in r for r in reasons), reasons


@pytest.mark.parametrize(("text", "boxes"), [("2 packs mini sticks", "2"), ("300 packs mini sticks", "2")])
def test_a_small_count_or_whole_boxes_of_packs(grocer: CatalogIndex, text: str, boxes: str) -> None:
    assert confirmed(grocer, text) == [("STICKS-MINI", boxes)]


def test_boxes_of_a_box_product_are_boxes(grocer: CatalogIndex) -> None:
    assert confirmed(grocer, "5 boxes mini sticks") == [("STICKS-MINI", "5")]


# ------------------------------------------------------------------ cones in Italian and Spanish (lexicon)
@pytest.mark.parametrize("text", ["3 coni", "3 conos"])
def test_cones_in_other_languages_name_every_cone(grocer: CatalogIndex, text: str) -> None:
    """ "3 coni" was confirmed as the waffle cones through their alias "cialde coni"."""
    reasons = review(grocer, text)
    assert any("ambiguous" in r and "CONE-W" in r and "CONE-S" in r for r in reasons), reasons


# ------------------------------------------------------------------ LOOSE_SHRINK (matching/cover.py)
def test_a_shrink_wrap_word_names_a_pack_and_a_case_alike(grocer: CatalogIndex) -> None:
    """ "3 zgrzewki wody" was confirmed as the still 1.5L sold by the pack, though the 500ml sold by the case
    comes shrink-wrapped too."""
    reasons = review(grocer, "Proszę 3 zgrzewki wody")
    assert any("ambiguous" in r and "WATER-STILL-15" in r and "WATER-SPARK-500" in r for r in reasons), (
        reasons
    )


def test_a_pack_word_still_chooses_the_product_sold_by_the_pack(grocer: CatalogIndex) -> None:
    assert confirmed(grocer, "3 packs of water") == [("WATER-STILL-15", "3")]


# ------------------------------------------------------------------ ACCEPTED_OFFER (jobs/language/offers.py)
OFFER = (
    "Subject: Re: Your order\n\nYes please go ahead, and add 2 boxes of tie handles as well.\n\nJenny\n\n"
    "> On 12 June, Kennel Supplies wrote:\n> We are out of the turkey this week. We can send 4 x lamb and rice "
    "15kg instead - shall we?"
)
CONFIRMATION = (
    "Yes please go ahead, and add 2 boxes of tie handles.\n\nMaggie\n\n> On 1 Jul 2026, Kennel Supplies wrote:\n"
    "> Your order 40117 for Wednesday: 4 x lamb and rice 15kg.\n> Reply YES to confirm."
)


def test_a_reply_accepting_a_quoted_offer_goes_to_review(grocer: CatalogIndex) -> None:
    """The four sacks offered are part of the order, but no line: it was confirmed as the two boxes alone."""
    reasons = review(grocer, OFFER)
    assert any(r.startswith("ACCEPTED_OFFER") and "Yes please go ahead" in r for r in reasons), reasons


def test_a_reply_to_an_order_confirmation_orders_its_own_lines(grocer: CatalogIndex) -> None:
    assert confirmed(grocer, CONFIRMATION) == [("POO-BAGS", "2")]


@pytest.mark.parametrize(
    "text",
    [
        # the acceptance restates what it takes: those are lines
        "Yes please, go ahead with 4 bags of the lamb and rice.\n\n> We can send 4 x lamb and rice instead?",
        # no offer in the quotation
        "That's fine, send 2 boxes of tie handles.\n\n> On Mon, X wrote:\n> The 3 trays of figs are unavailable.",
        # no quotation
        "Yes please go ahead, we can send 4 x lamb and rice instead",
        # the reply names the offered goods after the quotation
        "Yes please go ahead.\n\n> On Mon, X wrote:\n> We can offer lamb and rice at 9.20 a bag for 4 or more.\n\n"
        "So 4 lamb and rice then. Tom",
        # declined
        "Thanks, we'll pass this week.\n\n> On Mon, X wrote:\n> We can do 10% off if you take 3 cases.",
    ],
)
def test_no_accepted_offer(text: str) -> None:
    assert accepted_offer(text) is None, text
