"""Issue #10 rule classes worked in session 10 (pack counts the line names, NUMBER_IN_STRINGS, OUTER_OF_ITEMS,
grades of a product sold by the kg, tins of an unknown count, places with numbers), through the worker's own
analysis (`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.enums import OrderStatus
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.decide import PACK_OR_ITEMS, UNIT_MISMATCH, VARIANT_REQUIRED
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from jobs.pipeline.plan import Decision

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {
        n: CatalogIndex.build(load_catalog_json(DATA / f"catalog{n}.json"))
        for n in ("3", "20", "22", "23", "25", "27")
    }


def _plan(indexes: dict[str, CatalogIndex], catalog: str, text: str) -> Decision:
    plan = plan_for_text(text, indexes[catalog])
    assert plan.decision is not None, plan.intent
    return plan.decision


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
    decision = _plan(indexes, "22", text)
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert [s for s, _ in predicted_pairs(decision.matches)] == [sku]


def test_a_bare_count_of_a_big_case_is_still_a_question(indexes: dict[str, CatalogIndex]) -> None:
    decision = _plan(indexes, "22", "8 still water")
    assert decision.status == OrderStatus.REVIEW
    assert any(r.startswith(PACK_OR_ITEMS) for r in decision.reasons), decision.reasons


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
    decision = _plan(indexes, catalog, text)
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert [s for s, _ in predicted_pairs(decision.matches)] == [sku]


def test_without_the_number_the_products_stay_ambiguous(indexes: dict[str, CatalogIndex]) -> None:
    decision = _plan(indexes, "23", "6 barolo")
    assert decision.status == OrderStatus.REVIEW
    assert predicted_pairs(decision.matches) == [(None, "6")]


# ------------------------------------------------------------------ OUTER_OF_ITEMS
def test_a_case_of_a_product_sold_by_the_six_pack_is_its_pack(indexes: dict[str, CatalogIndex]) -> None:
    decision = _plan(indexes, "3", "2 cases oatly barista")
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert predicted_pairs(decision.matches) == [("OAT-BARISTA-6", "2")]


@pytest.mark.parametrize("text", ["24 cartons oatly barista", "12 cases oatly barista"])
def test_a_count_of_a_packs_items_is_not_read_as_outers(indexes: dict[str, CatalogIndex], text: str) -> None:
    decision = _plan(indexes, "3", text)
    assert decision.status == OrderStatus.REVIEW, decision.matches


# ------------------------------------------------------------------ grades, tins
@pytest.mark.parametrize("text", ["8kg dover sole", "pulpo 6 kg"])
def test_a_weight_names_no_grade_of_a_product_sold_by_the_kg(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    decision = _plan(indexes, "25", text)
    assert decision.status == OrderStatus.REVIEW
    assert any(r.startswith(VARIANT_REQUIRED) for r in decision.reasons), decision.reasons


def test_tins_of_a_case_of_a10_tins_are_whole_cases(indexes: dict[str, CatalogIndex]) -> None:
    decision = _plan(indexes, "25", "12 tins mushy peas")
    assert decision.status == OrderStatus.CONFIRMED, decision.reasons
    assert predicted_pairs(decision.matches) == [("PEAS-MUSHY", "2")]


def test_cans_of_a_case_of_unknown_count_are_a_question() -> None:
    """No pack count in the catalog: "12 tins" is 12 cases or 12 tins, never confirmed as either."""
    index = CatalogIndex.build(
        load_catalog_json(
            [
                {
                    "sku": "PEAS",
                    "name": "Mushy Peas A10 Tin",
                    "category": "Tins",
                    "unit": "case",
                    "unit_price": "20.00",
                    "aliases": ["mushy peas"],
                },
                {
                    "sku": "BEANS",
                    "name": "Baked Beans A10 Tin",
                    "category": "Tins",
                    "unit": "case",
                    "unit_price": "20.00",
                    "aliases": ["baked beans"],
                },
            ]
        )
    )
    decision = plan_for_text("12 tins mushy peas", index).decision
    assert decision is not None
    assert decision.status == OrderStatus.REVIEW
    assert any(r.startswith(UNIT_MISMATCH) for r in decision.reasons), decision.reasons
    small = plan_for_text("2 tins mushy peas", index).decision  # the trade's usual meaning: 2 cases
    assert small is not None and predicted_pairs(small.matches) == [("PEAS", "2")]


# ------------------------------------------------------------------ places with numbers
@pytest.mark.parametrize("text", ["van 5 needs a 70mm scoop", "kiosk 3 needs a 70mm scoop"])
def test_a_place_with_its_number_is_no_quantity(indexes: dict[str, CatalogIndex], text: str) -> None:
    decision = _plan(indexes, "27", text)
    assert predicted_pairs(decision.matches) == [("SCOOP-PORTION", "1")], decision.matches
