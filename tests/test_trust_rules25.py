"""Issue #10 rule classes worked in session 10 (pack counts the line names, NUMBER_IN_STRINGS, OUTER_OF_ITEMS,
grades of a product sold by the kg, tins of an unknown count, places with numbers), through the worker's own
analysis (`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.decide import UNIT_MISMATCH, VARIANT_REQUIRED
from jobs.pipeline.evaluation import predicted_pairs
from jobs.pipeline.pack_or_items import PACK_OR_ITEMS
from tests.trust import confirmed, decision_for, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("3", "20", "22", "23", "25", "27")}


# ------------------------------------------------------------------ a pack count the line names
@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("8 x still water 24pk", "WA-STL-24"),  # a 24-pack of water sold by the case of 24 is its case
        ("8 still water 24", "WA-STL-24"),  # the line names the pack it counts: 8 cases, no question
        ("5 x apple juice cartons 24pk", "DR-AJC-24"),
    ],
)
def test_a_pack_count_the_line_names_is_the_selling_unit(
    indexes: dict[str, CatalogIndex], text: str, sku: str
) -> None:
    assert [s for s, _ in confirmed(indexes["22"], text)] == [sku]


def test_a_bare_count_of_a_big_case_is_still_a_question(indexes: dict[str, CatalogIndex]) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(indexes["22"], "8 still water"))


# ------------------------------------------------------------------ NUMBER_IN_STRINGS
@pytest.mark.parametrize(
    ("catalog", "text", "sku"),
    [
        ("23", "6 barolo 2018", "HR-BAROLO-18"),  # of the 2018 and the 2019
        ("23", "6 barolo 19", "HR-BAROLO-19"),
        ("20", "2 foil 450", "FOIL-ROLL-450"),  # of the 450 and the 300 rolls
        ("20", "1 cup carriers 4", "CARRIER-4"),  # of the 2-cup and the 4-cup
    ],
)
def test_a_number_the_strings_hold_tells_equally_named_products_apart(
    indexes: dict[str, CatalogIndex], catalog: str, text: str, sku: str
) -> None:
    assert [s for s, _ in confirmed(indexes[catalog], text)] == [sku]


def test_without_the_number_the_products_stay_ambiguous(indexes: dict[str, CatalogIndex]) -> None:
    decision = decision_for(indexes["23"], "6 barolo", OrderStatus.REVIEW)
    assert predicted_pairs(decision.matches) == [(None, "6")]


# ------------------------------------------------------------------ OUTER_OF_ITEMS
def test_a_case_of_a_product_sold_by_the_six_pack_is_its_pack(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["3"], "2 cases oatly barista") == [("OAT-BARISTA-6", "2")]


def test_a_count_of_a_packs_items_is_not_read_as_outers(indexes: dict[str, CatalogIndex]) -> None:
    review(indexes["3"], "12 cases oatly barista")


def test_cartons_beyond_the_pack_are_its_items(indexes: dict[str, CatalogIndex]) -> None:
    # ITEMS_IN_A_PACK_WORD (session 17): 24 cartons of a pack of 6 x 1L are 4 packs, not 24 of another format
    assert confirmed(indexes["3"], "24 cartons oatly barista") == [("OAT-BARISTA-6", "4")]


# ------------------------------------------------------------------ grades, tins
@pytest.mark.parametrize("text", ["8kg dover sole", "pulpo 6 kg"])
def test_a_weight_names_no_grade_of_a_product_sold_by_the_kg(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    assert any(r.startswith(VARIANT_REQUIRED) for r in review(indexes["25"], text))


def test_tins_of_a_case_of_a10_tins_are_whole_cases(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["25"], "12 tins mushy peas") == [("PEAS-MUSHY", "2")]


def test_cans_of_a_case_of_unknown_count_are_a_question() -> None:
    """No pack count in the catalog: "12 tins" is 12 cases or 12 tins, never confirmed as either."""
    tins = {"category": "Tins", "unit": "case", "unit_price": "20.00"}
    index = CatalogIndex.build(
        load_catalog_json(
            [
                {"sku": "PEAS", "name": "Mushy Peas A10 Tin", "aliases": ["mushy peas"], **tins},
                {"sku": "BEANS", "name": "Baked Beans A10 Tin", "aliases": ["baked beans"], **tins},
            ]
        )
    )
    assert any(r.startswith(UNIT_MISMATCH) for r in review(index, "12 tins mushy peas"))
    assert confirmed(index, "2 tins mushy peas") == [("PEAS", "2")]  # the trade's usual meaning: 2 cases


# ------------------------------------------------------------------ places with numbers
@pytest.mark.parametrize("text", ["van 5 needs a 70mm scoop", "kiosk 3 needs a 70mm scoop"])
def test_a_place_with_its_number_is_no_quantity(indexes: dict[str, CatalogIndex], text: str) -> None:
    decision = decision_for(indexes["27"], text)
    assert predicted_pairs(decision.matches) == [("SCOOP-PORTION", "1")], decision.matches


# ------------------------------------------------------------------ blind set 29
@pytest.fixture(scope="module")
def hotel() -> CatalogIndex:
    return index_of("catalog29")


def test_bottles_count_in_the_named_variants_own_case(hotel: CatalogIndex) -> None:
    # 24 bottles of the 12 x 750ml are two cases (the product's first variant holds 24 x 330ml)
    assert confirmed(hotel, "24 bottles of large sparkling please") == [("WATER-SPARK", "2")]


def test_cartons_the_catalog_sells_as_items_of_a_case_are_a_question(hotel: CatalogIndex) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(hotel, "4 orange juice cartons (1L) please"))
    assert confirmed(hotel, "2 orange juice cartons (1L) please") == [("OJ", "2")]  # the small count: cases
    assert confirmed(hotel, "5 cases of orange juice cartons (1L)") == [("OJ", "5")]  # cases said: cases


def test_a_take_back_the_reader_cannot_apply_goes_to_a_person(hotel: CatalogIndex) -> None:
    text = (
        "3 boxes of mini pain au choc, no sorry, the standard ones, 3 boxes. And 1 case corn flakes portions"
    )
    assert any("no sorry" in r for r in review(hotel, text))
    assert confirmed(hotel, "3 boxes mini pain au choc, no wait, 4") == [("PAC", "4")]  # applied: confirmed


# ------------------------------------------------------------------ blind set 30: gastronorm sizes, codes
@pytest.fixture(scope="module")
def kitchen() -> CatalogIndex:
    return index_of("catalog30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 x 1/9 gastro", [("GN19-SS-65", "2")]),  # a gastronorm size is a word of the name, not a date
        ("4 clear 1/1 lids", [("LID-GN11-PC", "4")]),  # nor a count; and gn11 is no typo of gn16
        ("6 perforated 1/1 inserts please", [("GN11-PERF-65", "6")]),
    ],
)
def test_gastronorm_sizes_name_their_containers(
    kitchen: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert confirmed(kitchen, text) == expected


def test_a_date_and_half_a_case_stay_what_they_were() -> None:
    assert [(ln.phrase, ln.quantity) for ln in extract_lines("delivery on 1/9 please, 2 cases coke")] == [
        ("coke", 2)
    ]
    assert [(ln.phrase, str(ln.quantity)) for ln in extract_lines("1/2 case of coke")] == [("coke", "0.5")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vacuum pouches 300 x 400 x 1 box", [("VAC-300400", "1")]),  # dimensions are no count
        ("12 x paring knives", [("KN-PARING8", "12")]),  # "knives" is the catalog's "knife"
        ("8 x 40cm tongs", [("TONGS-40", "8")]),  # a count before the size stays a count
    ],
)
def test_dimensions_plurals_and_counts(
    kitchen: CatalogIndex, text: str, expected: list[tuple[str, str]]
) -> None:
    assert confirmed(kitchen, text) == expected


def test_a_count_marked_with_x_counts_packs() -> None:
    tortillas = index_of("catalog26")
    # the variant is the pack of 10: "20 x" is twenty packs, not two
    assert confirmed(tortillas, "20 x flour tortillas 14 inch") == [("TORT-FLOUR", "20")]


def test_a_size_class_then_a_measured_size_in_brackets_is_one_item(hotel: CatalogIndex) -> None:
    assert confirmed(hotel, "72 mini tomato juices (the 200ml glass)") == [("TOMATO-200", "3")]


def test_a_pack_described_after_the_name_is_not_a_second_count(hotel: CatalogIndex) -> None:
    index = index_of("catalog")
    assert confirmed(hotel, "Orange juice 12x1L – 12 cases") == [("OJ", "12")]
    assert confirmed(index, "coke 24x330ml - 5 cases") == [("COKE-330", "5")]
    # an "N x" that is not the product's pack is two counts: a person reads them
    review(index, "coke 12x330ml - 5 cases")


def test_the_pack_a_line_counts_by_is_no_word_of_its_name() -> None:
    venue = index_of("catalog31")
    # "x2 boxes" of hot dogs is no "hot dog boxes" (clamshells): the hot dogs and the boxes are candidates
    assert review(venue, "hot dogs x2 boxes")
    assert confirmed(venue, "2 boxes hot dog boxes") == [("PK-HDCLAM", "2")]  # said as the name: the boxes


def test_an_unsaid_age_names_a_special_one_not_the_plain_word() -> None:
    wines = index_of("catalog32")
    # "tawny" is the plain tawny or the 10-year-old: the alias "tawny 10 anos" does not single it out
    assert review(wines, "6 bottles of tawny")
    assert confirmed(wines, "6 bottles of tawny 10 anos") == [("PORTO-10", "6")]
