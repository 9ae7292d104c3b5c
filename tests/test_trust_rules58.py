"""Issue #10 precision classes found through blind set 58 (session 15, st58), each tried on a made-up catalog of
another trade (a confectionery and snack cash-and-carry): a count of packets of a product sold by the pack (or
case) of many packets."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, review

SNACKS = {
    "currency": "GBP",
    "categories": ["Snacks"],
    "products": [
        {
            "sku": "CRISPS-SALTED",
            "name": "Ready Salted Crisps 32.5g (box of 32)",
            "category": "Snacks",
            "unit": "pack",
            "unit_price": "8.40",
            "aliases": ["ready salted crisps", "salted crisps"],
            "keywords": ["crisps"],
        },
        {
            "sku": "RICE-BALE",
            "name": "Long Grain Rice Bale 10 x 1kg",
            "category": "Snacks",
            "unit": "pack",
            "unit_price": "12.00",
            "aliases": ["long grain rice bale", "long grain rice"],
            "keywords": ["rice"],
        },
        {
            "sku": "MINTS-CASE",
            "name": "Peppermint Rolls 38g (case of 24)",
            "category": "Snacks",
            "unit": "case",
            "unit_price": "9.60",
            "aliases": ["peppermint rolls", "mints"],
            "keywords": ["peppermint"],
        },
    ],
}


@pytest.fixture(scope="module")
def snacks() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(SNACKS))


# ------------------------------------------------------------------ PACKETS_OF_A_PACK
def test_packets_beyond_a_packs_count_are_its_items_and_fill_whole_packs(snacks: CatalogIndex) -> None:
    """ "64 packets ready salted crisps" of a box of 32 packets is 2 boxes, and "20 pkts long grain rice 1kg" of a
    bale of 10 x 1kg 2 bales: set 58 confirmed 24 bales of "24 packets jogoo 2kg" (a bale of 12 x 2kg)."""
    assert confirmed(snacks, "64 packets ready salted crisps") == [("CRISPS-SALTED", "2")]
    assert confirmed(snacks, "pls send 20 pkts long grain rice 1kg") == [("RICE-BALE", "2")]


def test_packets_that_fill_no_whole_pack_are_a_quantity_question(snacks: CatalogIndex) -> None:
    """ "15 pkts long grain rice" of a bale of 10 is a bale and a half: never shipped as 15 bales."""
    assert any("FRACTION_OF_UNIT" in r for r in review(snacks, "send 15 pkts long grain rice"))


def test_a_few_packets_are_still_packs(snacks: CatalogIndex) -> None:
    """Up to the pack's own count a packet is the pack, the trade's usual meaning ("smokies pakiti 10" of 20)."""
    assert confirmed(snacks, "3 packets ready salted crisps") == [("CRISPS-SALTED", "3")]
    assert confirmed(snacks, "3 packs ready salted crisps") == [("CRISPS-SALTED", "3")]


# ------------------------------------------------------------------ CRATE_OF_DRINKS
DRINKS = {
    "currency": "GBP",
    "categories": ["Drinks"],
    "products": [
        {
            "sku": "LAGER",
            "name": "Harbour Lager Bottles",
            "category": "Drinks",
            "unit": "case",
            "unit_price": "16.00",
            "aliases": ["harbour bottles", "harbour lager bottles"],
            "keywords": ["lager"],
            "variants": [
                {
                    "name": "24 x 330ml",
                    "type": "VOLUME",
                    "sku": "LAGER-S",
                    "unit_price": "20.00",
                    "aliases": ["small"],
                },
                {
                    "name": "12 x 500ml",
                    "type": "VOLUME",
                    "sku": "LAGER-L",
                    "unit_price": "16.00",
                    "aliases": ["large"],
                },
            ],
        },
        {
            "sku": "COLA-24",
            "name": "Cola 24 x 330ml Can",
            "category": "Drinks",
            "unit": "case",
            "unit_price": "9.00",
            "aliases": ["cola cans"],
            "keywords": ["cola"],
        },
    ],
}


def test_a_crate_of_bottled_drinks_is_the_case_it_is_sold_by() -> None:
    """ "kreti 5 za tusker kubwa" (5 crates of large Tusker): a crate of beer or soda is its case; read as a pack
    the product is not sold by, set 58 held it below the threshold."""
    index = CatalogIndex.build(load_catalog_json(DRINKS))
    assert confirmed(index, "5 crates harbour large") == [("LAGER", "5")]
    assert confirmed(index, "cola 2 crates please") == [("COLA-24", "2")]


def test_packets_of_a_product_sold_by_the_case_count_as_cans_do(snacks: CatalogIndex) -> None:
    """ "chevdo 24 packet" of a case of 12 packets is 2 cases, "2 packets" 2 cases (the trade's small count, as "2
    cans"), and "10 packets" of a case of 24 a quantity question, never 10 cases."""
    assert confirmed(snacks, "48 packets peppermint rolls") == [("MINTS-CASE", "2")]
    assert any("FRACTION_OF_UNIT" in r for r in review(snacks, "10 packets peppermint rolls"))


# ------------------------------------------------------------------ BILLING_ACCOUNT
def test_an_order_billed_to_an_account_is_still_an_order(snacks: CatalogIndex) -> None:
    """ "Please supply: ... Invoice to account NK-0043." was read as a personal request about an account (OTHER),
    and a banking request stays no order."""
    text = "Please supply: 3 packs ready salted crisps, 2 cases peppermint rolls. Invoice to account AB-0043."
    assert confirmed(snacks, text) == [("CRISPS-SALTED", "3"), ("MINTS-CASE", "2")]
    asked = "please charge 20 pounds to my account"
    assert classify_intent(asked, lines=extract_lines(asked)).intent is not Intent.ORDER
