"""Issue #10 rule classes worked in session 13 after blind set 48 (yacht provisioning, now a tuning set), through
the worker's own analysis (`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from jobs.language.matching import CatalogIndex
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("22", "30", "48")}


def _has(reasons: tuple[str, ...], rule: str) -> bool:
    return any(r.startswith(rule) for r in reasons)


# ------------------------------------------------------------------ UNIT_MISMATCH: a case of a bottle
@pytest.mark.parametrize(
    "text",
    [
        "Ellie/Marisol: a case of moet 75 and 6 bottles of Ruinart pls",
        "2 cases of moet 75cl please",
        "1 caisse de moet 75cl stp",
    ],
)
def test_a_case_of_a_product_sold_by_the_bottle_asks_how_many_to_the_case(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    reasons = review(indexes["48"], text)
    assert _has(reasons, "UNIT_MISMATCH (CASE_OF_ITEMS)") and "how many to the case" in " ".join(reasons)


def test_bottles_of_a_product_sold_by_the_bottle_ship(indexes: dict[str, CatalogIndex]) -> None:
    assert confirmed(indexes["48"], "6 bottles of moet 75cl please") == [("MOET-IMPERIAL", "6")]


# ------------------------------------------------------------------ UNIT_MISMATCH: a roll of a pack of rolls
@pytest.mark.parametrize("text", ["1 anguria 1 rotolo scottex e 1kg limoni", "2 rolls of scottex please"])
def test_a_roll_of_a_product_sold_by_the_pack_of_rolls_goes_to_a_person(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    reasons = review(indexes["48"], text)
    assert _has(reasons, "UNIT_MISMATCH (ROLL_OF_PACK)") and "KITCHEN-ROLL" in " ".join(reasons)


def test_a_roll_that_is_the_product_name_or_its_pack_is_not_a_unit_question(
    indexes: dict[str, CatalogIndex],
) -> None:
    # "blue roll" is the product's name (a pack of 6), not one roll; "a roll of aprons" of "(roll of 200)" is the pack
    assert confirmed(indexes["30"], "Quayside: 3 bx large vinyl, 2 blue roll, 1 blue cloths. Tue. Thx") == [
        ("BLUE-ROLL", "2"),
        ("CLOTHS-AP", "1"),
        ("GLOVE-VIN", "3"),
    ]
    assert ("APR-PE", "1") in confirmed(
        indexes["22"],
        "Could you add 2 cases of ambrosia custard and a roll of blue aprons to tomorrow? Cheers",
    )


# ------------------------------------------------------------------ MOORING
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "2 packs eau Cristaline 5L et 2 sacs glaçons pour ce soir 19h, ponton C",
            [("ICE-CUBES", "2"), ("WATER-5L", "2")],
        ),
        (
            "Need 2 packs marine toilet roll, 2kg bananas and 1 case UHT. Leaving 7am sat, pontoon F9",
            [("BANANA", "2"), ("MILK-UHT", "1"), ("TP-MARINE", "2")],
        ),
        (
            "Asunto: Agua\n\n12 cajas de Evian de 1,5 L y 4 cajas de Perrier, amarre 31. Lucía",
            [("EVIAN", "12"), ("PERRIER", "4")],
        ),
    ],
)
def test_where_the_boat_lies_is_a_place_not_a_line(
    indexes: dict[str, CatalogIndex], text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes["48"], text) == pairs


# ------------------------------------------------------------------ Croatian and Indonesian units
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("beras jasmine 2 karung dan telur organik 3 box", [("EGGS-ORGANIC", "3"), ("RICE-JASMINE", "2")]),
        (
            "minggu: ayam utuh 8 ekor, dada ayam 5 kg, bawang putih 1 kg",
            [("CHICKEN-BREAST", "5"), ("CHICKEN-WHOLE", "8"), ("GARLIC", "1")],
        ),
    ],
)
def test_croatian_and_indonesian_units_count_their_goods(
    indexes: dict[str, CatalogIndex], text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes["48"], text) == pairs
