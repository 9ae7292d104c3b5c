"""Issue #10 classes worked in session 15 from blind set 56 (Nordic restaurant, hotel and canteen supply: Swedish,
Norwegian, Danish, Finnish and Icelandic), through the worker's own analysis (`plan_for_text` -> `analyse`). The texts
are written for the tests, not taken from the set; the precision classes are shown on made-up catalogs of other
trades."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.intent import HISTORY_REFERENCE_RX, classify_intent
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.case_endings import inflected_form
from jobs.language.nordic import is_nordic, read_nordic
from tests.trust import confirmed, review


def _product(
    sku: str, name: str, category: str, aliases: list[str], keywords: list[str] | None = None
) -> dict[str, object]:
    return {
        "sku": sku,
        "name": name,
        "category": category,
        "unit": "each",
        "unit_price": "9.00",
        "aliases": aliases,
        "keywords": keywords or [],
    }


@pytest.fixture(scope="module")
def decorator() -> CatalogIndex:
    """A decorators' merchant: two gloss paints told apart by a word and a number, a chilli vodka whose keyword is
    a word of a spice's name."""
    return CatalogIndex.build(
        load_catalog_json(
            {
                "categories": [
                    {"name": "Paint", "parent": None, "ai_keywords": []},
                    {"name": "Spirits", "parent": None, "ai_keywords": []},
                    {"name": "Spices", "parent": None, "ai_keywords": []},
                ],
                "products": [
                    _product(
                        "GLOSS-10", "Gloss Trade 10 Year White 2.5L", "Paint", ["trade gloss", "gloss 10"]
                    ),
                    _product("GLOSS-QD", "Gloss Quick Dry 2 Year White 2.5L", "Paint", ["quick dry gloss"]),
                    _product(
                        "VODKA-CH", "Harbour Chilli Vodka 70cl", "Spirits", ["harbour chilli"], ["chilli"]
                    ),
                    _product("CHILLI-FL", "Dried Chilli Flakes 1kg Tub", "Spices", ["chilli flakes"]),
                ],
            }
        )
    )


# ------------------------------------------------------------------ NUMBER_UNSAID (matching/cover.py, FAMILY_WORD)
def test_an_alias_that_says_a_number_the_line_does_not_names_no_member(decorator: CatalogIndex) -> None:
    """ "gloss 10" is the ten-year gloss's alias; "gloss" alone is either gloss ("4 prästost" was confirmed as the
    12-month one through its alias "prästost 12")."""
    reasons = review(decorator, "4 gloss please")
    assert any("ambiguous" in r and "GLOSS-10" in r and "GLOSS-QD" in r for r in reasons), reasons


@pytest.mark.parametrize(("text", "sku"), [("4 gloss 10", "GLOSS-10"), ("4 quick dry gloss", "GLOSS-QD")])
def test_the_number_or_the_word_still_names_one(decorator: CatalogIndex, text: str, sku: str) -> None:
    assert confirmed(decorator, text) == [(sku, "4")]


# ------------------------------------------------------------------ KEYWORD_OF_ONE without a size (matching/kin.py)
def test_a_keyword_is_no_better_name_than_another_products_name_word(decorator: CatalogIndex) -> None:
    """ "chilli" is a keyword of the vodka, but a word of the flakes' name in another category ("2 salmiakki" was
    confirmed as the salmiakki liqueur, whose keyword it is, though the lozenges are named salmiakki)."""
    reasons = review(decorator, "2 chilli")
    assert any("ambiguous" in r and "VODKA-CH" in r and "CHILLI-FL" in r for r in reasons), reasons


def test_the_keyword_products_own_alias_still_names_it(decorator: CatalogIndex) -> None:
    assert confirmed(decorator, "2 harbour chilli") == [("VODKA-CH", "2")]


# ------------------------------------------------------------------ history references in the Nordic languages
@pytest.mark.parametrize(
    "text",
    [
        "Vanliga ordern till fredag tack, plus 3 kartonger mjölk",  # sv: the usual order
        "Samma som förra veckan men 4 lådor äpplen",  # sv: same as last week
        "Samme som forrige uke, og 2 kasser epler",  # no
        "Vår vanlige bestilling til torsdag takk",  # no: our usual order
        "Det sædvanlige til fredag, plus 2 kasser æbler",  # da: the usual
        "Samme som sidste ordre men med 5 kasser mælk",  # da: same as the last order
        "Sama kuin viime viikolla, lisäksi 2 laatikkoa omenoita",  # fi: same as last week
        "tavallinen tilaus perjantaiksi kiitos",  # fi: the usual order
        "Sama pöntun og venjulega, en 4 kassar af mjólk",  # is: the same order as usual
        "sama og sidast takk",  # is, without its letters: same as last time
    ],
)
def test_nordic_references_to_an_earlier_order(text: str) -> None:
    """ "Vanliga ordern … plus 2 kartonger lingonportioner" was confirmed as its extra line alone."""
    assert HISTORY_REFERENCE_RX.search(text), text
    assert classify_intent(text).intent.value == "ORDER", text


# ------------------------------------------------------------------ the Nordic reader (jobs/language/nordic.py)
@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "hei 10 kasser epler og 4 esker pærer til fredag",
            "hello 10 cases epler and 4 boxes pærer for friday",
        ),
        ("tolv poser kaffe to esker gafler", "12 bags kaffe 2 boxes gafler"),  # "to" is two before a unit
        ("kolme ämpäriä hilloa ja kaksi säkkiä jauhoja", "3 buckets hilloa and 2 sacks jauhoja"),
        ("tveir kassar af snúðum fyrir föstudag", "2 cases of snúðum for friday"),
        (
            "2 floskur og 3 kassar til lordag takk",
            "2 bottles and 3 cases for saturday thanks",
        ),  # without its letters
        ("trettiotre flaskor och en hink senap", "33 bottles and 1 buckets senap"),
    ],
)
def test_nordic_joints_are_read_as_english(text: str, read: str) -> None:
    assert is_nordic(text)
    assert read_nordic(text) == read


@pytest.mark.parametrize(
    "text",
    [
        "hi pls cancel tomorrows order, closed til monday",  # English "til"
        "Hallo, 2 Kisten Peroni bitte",  # German "hallo"
        "restock pls: OG milk tea powder 3, pearls 4 bags",  # "OG" in capitals
        "Hej, poproszę 2 kartony mleka, tak",  # Polish "hej", "tak"
    ],
)
def test_other_languages_are_not_read_as_nordic(text: str) -> None:
    assert not is_nordic(text)
    assert read_nordic(text) == text


def test_a_nordic_order_of_catalog_aliases_is_confirmed(decorator: CatalogIndex) -> None:
    """ "kasser ringnes" matched nothing: the unit was read as a word of the product."""
    assert confirmed(
        decorator, "Hej! 2 stk quick dry gloss og 3 flasker harbour chilli til torsdag. Mvh Per"
    ) == [
        ("GLOSS-QD", "2"),
        ("VODKA-CH", "3"),
    ]


# ------------------------------------------------------------------ INFLECTED_ALIAS (matching/case_endings.py)
@pytest.mark.parametrize(
    ("typed", "word", "same"),
    [
        ("lonkeroa", "lonkero", True),  # partitive
        ("kaurahiutaleita", "kaurahiutale", True),  # plural partitive, three letters longer
        ("lämminsavulohta", "lämminsavulohi", True),
        ("lemonade", "lemon", False),  # another word
        ("cocoa", "coco", False),  # too short to tell
    ],
)
def test_a_finnish_case_ending_on_a_catalog_word(typed: str, word: str, same: bool) -> None:
    assert inflected_form(typed, word) is same


# ------------------------------------------------------------------ SIZE_INSIDE (extraction/items.py)
@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("2 cases still 500ml water", [(2, "case", "500ml", "still water")]),
        ("1 box white 8oz cups, 2 boxes lids", [(1, "box", "8oz", "white cups"), (2, "box", None, "lids")]),
        ("6 cs still 500ml 4 cs monster", [(6, "case", "500ml", "still"), (4, "case", None, "monster")]),
        (
            "5 boxes tomatoes 10kg onions",
            [(5, "box", None, "tomatoes"), (10, "kg", None, "onions")],
        ),  # a weight counts
    ],
)
def test_a_volume_between_an_items_words_is_its_size(
    text: str, lines: list[tuple[int, str, str, str]]
) -> None:
    """ "1 låda vita 8oz muggar" (1 box of white 8oz cups) was a line "white" and a line "8oz cups" of quantity 1."""
    assert [(ln.quantity, ln.unit, ln.size, ln.phrase) for ln in extract_lines(text)] == lines
