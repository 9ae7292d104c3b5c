"""Swahili, Luganda, Kinyarwanda and Gujarati orders read as the customer meant them (jobs/language/east_african.py,
gujarati_roman.py; session 15, from tuning set 58), on a made-up catalog of a drinks and dry-goods wholesaler: units,
numbers and "and"/"of" read as words of the order, and references to an earlier order seen in each language."""

from __future__ import annotations

import pytest

from jobs.language.east_african import is_east_african
from jobs.language.gujarati_roman import is_gujarati
from jobs.language.matching import CatalogIndex, load_catalog_json
from tests.trust import confirmed, review

DRINKS = {
    "currency": "GBP",
    "categories": ["Drinks", "Dry Goods"],
    "products": [
        {
            "sku": "WATER-12",
            "name": "Spring Water 12 x 1.5L",
            "category": "Drinks",
            "unit": "case",
            "unit_price": "4.00",
            "aliases": ["spring water", "water"],
            "keywords": ["water"],
        },
        {
            "sku": "SODA-24",
            "name": "Lemon Soda 24 x 330ml Can",
            "category": "Drinks",
            "unit": "case",
            "unit_price": "9.00",
            "aliases": ["lemon soda", "soda"],
            "keywords": ["soda"],
        },
        {
            "sku": "RICE-10",
            "name": "Basmati Rice 10kg",
            "category": "Dry Goods",
            "unit": "bag",
            "unit_price": "14.00",
            "aliases": ["basmati rice", "basmati"],
            "keywords": ["rice"],
        },
        {
            "sku": "SUGAR-2",
            "name": "White Sugar 2kg",
            "category": "Dry Goods",
            "unit": "bag",
            "unit_price": "2.10",
            "aliases": ["white sugar", "sugar"],
            "keywords": ["sugar"],
        },
    ],
}


@pytest.fixture(scope="module")
def drinks() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(DRINKS))


@pytest.mark.parametrize(
    "text",
    [
        "Tafadhali tuletee boksi mbili za water na kreti 3 za soda kesho. Asante",  # Swahili: unit, count, "of"
        "Tusaba otuweereze water kkeesi bbiri ne soda kkeesi ssatu. Webale",  # Luganda: units after the goods
        "Mutwoherereze amakesi abiri ya water n'amakesi atatu ya soda ku wa Gatanu. Murakoze",  # Kinyarwanda
    ],
)
def test_an_east_african_order_is_read_as_its_lines(drinks: CatalogIndex, text: str) -> None:
    """Read as nothing, "tuletee", "kkeesi" and "amakesi" were words of the product and "ku wa Gatanu" (Friday,
    "the fifth") a count."""
    assert confirmed(drinks, text) == [("SODA-24", "3"), ("WATER-12", "2")]


def test_units_and_counts_after_the_goods_and_a_weekday_with_its_for(drinks: CatalogIndex) -> None:
    assert confirmed(drinks, "basmati mifuko mitatu na sukari mifuko 2 kwa Ijumaa") == [
        ("RICE-10", "3"),
        ("SUGAR-2", "2"),
    ]


def test_a_kilo_said_before_its_count_is_the_lines_weight(drinks: CatalogIndex) -> None:
    """ "sukari kilo 4" (sugar, kilo four) of 2kg bags is 2 bags, as "4 kilo sugar" is."""
    assert confirmed(drinks, "tuletee sukari kilo 4") == [("SUGAR-2", "2")]


@pytest.mark.parametrize(
    "text",
    [
        "be beg basmati ane tran kes soda kale mokaljo",  # romanised Gujarati: two bags, three cases
        "બે બેગ basmati અને ત્રણ કેસ soda",  # Gujarati script
    ],
)
def test_a_gujarati_order_is_read_as_its_lines(drinks: CatalogIndex, text: str) -> None:
    assert confirmed(drinks, text) == [("RICE-10", "2"), ("SODA-24", "3")]


@pytest.mark.parametrize(
    "text",
    [
        "kama kawaida, lakini ongeza soda kreti 2",  # Swahili: as usual, but add
        "same kama last week bana, ila soda kreti 2",  # Sheng
        "Nga wiiki ewedde, naye soda kkeesi 2",  # Luganda: like last week, but
        "Nk'ibisanzwe, ariko mwongeremo soda amakesi 2",  # Kinyarwanda: as usual, but add
        "gaya athvadiya jevu j, pan soda 2 kes",  # Gujarati: like last week, but
        "roj jevu order, pan soda 2 kes",  # Gujarati: the usual order, but
    ],
)
def test_a_reference_to_an_earlier_order_is_never_confirmed_as_its_extras(
    drinks: CatalogIndex, text: str
) -> None:
    """Set 58 confirmed "gaya athvadiya jevu j, pan mogo chips 6 box" as six boxes of chips alone."""
    assert any(r.startswith("HISTORY_REFERENCE") for r in review(drinks, text))


def test_other_languages_are_not_read_as_east_african_or_gujarati() -> None:
    """ "na" is Polish, Czech and Slovak too, "be" English, "vado" Italian, "bana" Hindi: no marker."""
    texts = (
        "2 skrzynki wody na wtorek",
        "4 cases soda, be quick",
        "das Wasser bitte, 2 Kisten",
        "vado io a prendere 2 casse, ma non oggi",
        "2 kilo paneer bana ke bhejo",
    )
    for text in texts:
        assert not is_east_african(text) and not is_gujarati(text)
