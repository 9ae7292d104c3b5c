"""Issue #10 classes worked in session 14 from blind set 51 (Ethiopian, Eritrean and Somali restaurant and grocery
supply: Somali, Amharic and Tigrinya in Ge'ez script and romanised), through the worker's own analysis
(`plan_for_text` -> `analyse`). The texts are written for the tests, not taken from the set; CATEGORY_WORD is shown
on a made-up catalog of another trade."""

from __future__ import annotations

import pytest

from jobs.language.horn import is_horn, read_horn
from jobs.language.intent import classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.scripts import fold_message
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def index51() -> CatalogIndex:
    return index_of("catalog51")


def _product(sku: str, name: str, category: str, aliases: list[str] | None = None) -> dict[str, object]:
    return {
        "sku": sku,
        "name": name,
        "category": category,
        "unit": "kg",
        "unit_price": "9.00",
        "aliases": aliases or [],
    }


@pytest.fixture(scope="module")
def fishmonger() -> CatalogIndex:
    """A fishmonger's catalog: one category of one kind ("Fresh Fish") and one of several ("Tubs & Trays")."""
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [
                    {"name": "Fresh Fish", "parent": None, "ai_keywords": ["fish"]},
                    {"name": "Tubs & Trays", "parent": None, "ai_keywords": ["packaging"]},
                ],
                "products": [
                    _product("HAKE-FISH", "Hake Fish Fillets Skin-on", "Fresh Fish"),
                    _product("HAKE-WHOLE", "Hake Whole Gutted", "Fresh Fish"),
                    _product("HAKE-LOIN", "Hake Loin Portions", "Fresh Fish"),
                    _product("COD-LOIN", "Cod Loin Portions", "Fresh Fish"),
                    _product("TUB-BLACK", "Black Tubs 1L", "Tubs & Trays"),
                    _product("TRAY-BLACK", "Black Trays Deep", "Tubs & Trays"),
                ],
            }
        )
    )


# ------------------------------------------------------------------ CATEGORY_WORD (matching/cover.py)
@pytest.mark.parametrize("text", ["12 kg hake fish", "12 kilo de pescado merluza"])
def test_a_category_word_names_no_member_of_the_category(fishmonger: CatalogIndex, text: str) -> None:
    """Only the fillets' name says "fish", but the whole hake and the loins are fish too: "hake fish" is any of
    them (it was confirmed as the fillets)."""
    reasons = review(fishmonger, text)
    assert any("ambiguous" in r and "HAKE-WHOLE" in r and "HAKE-LOIN" in r for r in reasons), reasons


def test_a_word_past_the_category_word_still_names_one(fishmonger: CatalogIndex) -> None:
    assert confirmed(fishmonger, "12 kg hake fish fillets") == [("HAKE-FISH", "12")]
    assert confirmed(fishmonger, "6 kg cod loin") == [("COD-LOIN", "6")]


def test_a_category_of_several_kinds_has_no_category_word(fishmonger: CatalogIndex) -> None:
    """ "Tubs & Trays" says no word of all its products: "black tubs" is the tubs."""
    assert confirmed(fishmonger, "3 kg black tubs") == [("TUB-BLACK", "3")]


# ------------------------------------------------------------------ Somali, Amharic, Tigrinya (jobs/language/horn.py)
def test_somali_units_joints_and_goods_are_read(index51: CatalogIndex) -> None:
    text = "Asc walaal, fadlan noo soo dir 2 kartoon macaroni iyo 5 jawaan sella. Mahadsanid"
    assert confirmed(index51, text) == [("MACARONI-24", "2"), ("SELLA-GOLDEN-20", "5")]


def test_somali_bone_words_name_the_cut(index51: CatalogIndex) -> None:
    assert confirmed(index51, "7 kiilo hilib geel aan laf lahayn") == [("CAMEL-BONELESS", "7")]
    assert confirmed(index51, "Asc, 9 kilo geel laf leh") == [("CAMEL-BONEIN", "9")]


def test_somali_number_words_count_a_spoken_list(index51: CatalogIndex) -> None:
    assert confirmed(index51, "saddex jawaan sella iyo laba kartoon macaroni") == [
        ("MACARONI-24", "2"),
        ("SELLA-GOLDEN-20", "3"),
    ]


def test_an_amharic_order_in_geez_is_read(index51: CatalogIndex) -> None:
    """ "ጆንያ" a sack, "ኪሎ" a kilo, "እና" and, "ላኩልን" send us, and the Ge'ez full stop."""
    text = "ሰላም፣ 3 ጆንያ ሰርገኛ ጤፍ 25 ኪሎ እና 7 ኪሎ ክትፎ ስጋ ላኩልን። አመሰግናለሁ"
    assert confirmed(index51, text) == [("BEEF-KITFO", "7"), ("TEFF-MIXED", "3")]


def test_goat_meat_in_somali_is_any_goat_by_the_kg(index51: CatalogIndex) -> None:
    reasons = review(index51, "15 kilo hilib ari fadlan")
    assert any("ambiguous" in r and "GOAT-LEG" in r for r in reasons), reasons


def test_references_in_somali_and_tigrinya_are_orders() -> None:
    for text in ("sidii todobaadkii hore fadlan", "ከም ወትሩ በጃኹም"):
        assert classify_intent(text).intent.value == "ORDER", text


def test_only_somali_amharic_or_tigrinya_text_is_read_so() -> None:
    assert not is_horn("ena kivotio frape kai 2 dodoni")  # Greek "ena" (one)
    assert read_horn("2 cases of n-butane", "2 cases of n-butane") == "2 cases of n-butane"
    assert fold_message("2 jawaan bariis iyo 1 kartoon") == "2 sack bariis and 1 carton"
