"""Issue #10 precision classes found through blind set 54 (session 14, st54), each tried on a made-up catalog of
another trade: a sack that is also a big bag, a count equal to the pack a name counts, and references to an
earlier order in romanised Tamil and Sinhala."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, index_of, review

FEED = {
    "currency": "GBP",
    "categories": ["Poultry Feed", "Bakery"],
    "products": [
        {
            "sku": "LAYERS-ORG",
            "name": "Organic Layers Pellets",
            "category": "Poultry Feed",
            "unit": "bag",
            "unit_price": "9.50",
            "aliases": ["organic layers"],
            "keywords": ["organic", "layers", "pellets"],
            "variants": [
                {"sku": "LAYERS-ORG-5", "name": "5kg", "variant_type": "WEIGHT", "unit_price": "9.50"},
                {"sku": "LAYERS-ORG-20", "name": "20kg", "variant_type": "WEIGHT", "unit_price": "29.00"},
            ],
        },
        {
            "sku": "LAYERS-ECO",
            "name": "Economy Layers Pellets 20kg",
            "category": "Poultry Feed",
            "unit": "sack",
            "unit_price": "16.00",
            "aliases": ["economy layers"],
            "keywords": ["layers", "pellets", "20kg"],
        },
        {
            "sku": "CHICK-CRUMB",
            "name": "Chick Crumbs 2kg",
            "category": "Poultry Feed",
            "unit": "bag",
            "unit_price": "4.20",
            "aliases": ["chick crumbs"],
            "keywords": ["chick", "crumbs"],
        },
        {
            "sku": "TORT-12",
            "name": "Flour Tortillas Catering 12 pcs",
            "category": "Bakery",
            "unit": "pack",
            "unit_price": "3.10",
            "aliases": ["catering tortillas"],
            "keywords": ["flour", "tortillas", "catering"],
        },
        {
            "sku": "TORT-6",
            "name": "Flour Tortillas Retail 6 pcs",
            "category": "Bakery",
            "unit": "pack",
            "unit_price": "1.40",
            "aliases": ["retail tortillas"],
            "keywords": ["flour", "tortillas", "retail"],
        },
        {
            "sku": "TOSTADA-24",
            "name": "Corn Tostadas (case of 24)",
            "category": "Bakery",
            "unit": "case",
            "unit_price": "8.00",
            "aliases": ["tostadas"],
            "keywords": ["corn", "tostadas"],
        },
    ],
}


@pytest.fixture(scope="module")
def feed() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(FEED))


# ------------------------------------------------------------------ SACK_OR_BAG
def test_a_sack_does_not_choose_between_a_sack_and_a_big_bag(feed: CatalogIndex) -> None:
    """The organic pellets come in a 20kg bag, the economy ones by the 20kg sack: "layers pellets 2 sack" names
    either; the product named outright still ships."""
    assert any("ambiguous" in r for r in review(feed, "layers pellets 2 sack"))
    assert confirmed(feed, "economy layers 2 sack") == [("LAYERS-ECO", "2")]


def test_a_sack_still_chooses_where_the_names_say_sack_and_bag() -> None:
    """Maris Piper Potatoes 25kg Sack and ... 10kg Bag: the catalog tells them apart by name."""
    assert confirmed(index_of("catalog11"), "4 sacks maris piper") == [("POT-MP-25", "4")]


# ------------------------------------------------------------------ PACK_OR_ITEMS (ONE_PACK)
def test_a_count_equal_to_the_pack_a_name_counts_is_packs_or_one_pack(feed: CatalogIndex) -> None:
    """ "catering tortillas 12" of the Catering 12 pcs pack beside the Retail 6 pcs: twelve packs, or the 12s? It
    was confirmed as one pack; a count that is not the pack's own ships, and so does "24 tostadas", the items of
    the one case of 24 (the "60 eggs" rule: no sibling is told apart by its count)."""
    for text in ("catering tortillas 12", "12 catering tortillas"):
        assert any(r.startswith("PACK_OR_ITEMS (ONE_PACK)") for r in review(feed, text))
    assert confirmed(feed, "catering tortillas 3") == [("TORT-12", "3")]
    assert confirmed(feed, "24 tostadas") == [("TOSTADA-24", "1")]


# ------------------------------------------------------------------ HISTORY_REFERENCE
@pytest.mark.parametrize(
    "text",
    [
        "pona vaaram maadhiri, chick crumbs 3 extra",  # Tamil: like last week
        "vazhakkam pola, plus chick crumbs 3",  # Tamil: as usual
        "giya sathiye wage, chick crumbs 3 ekak wadiyen",  # Sinhala: like last week
    ],
)
def test_last_weeks_order_in_tamil_or_sinhala_is_never_confirmed_as_its_extras(
    feed: CatalogIndex, text: str
) -> None:
    assert any(r.startswith("HISTORY_REFERENCE") for r in review(feed, text))
