"""Issue #10 rule classes found on holdout6's first blind run (a tuning set since), through the worker's
own analysis (`plan_for_text` -> `analyse`)."""

from __future__ import annotations

import pytest

from db.enums import OrderStatus
from jobs.language.matching import CatalogIndex
from jobs.pipeline.decide import REPEATED_PRODUCT
from jobs.pipeline.evaluation import plan_for_text
from tests.trust import index_of


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return index_of("catalog6")


@pytest.mark.parametrize(
    "text",
    [
        # a count with a pack word and a size but no product took the line before's product
        "need 5 x udon, 4 x 16oz boxes, 2x chopsticks for the festival weekend",
        # a repeat or a correction: which quantity?
        "2 udon and 3 udon",
    ],
)
def test_the_same_product_twice_is_for_review(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert plan.decision.status == OrderStatus.REVIEW
    assert any(
        r.startswith(f"{REPEATED_PRODUCT}: lines 1 and 2 are both NOODLE-UDON-30")
        for r in plan.decision.reasons
    )


def test_two_variants_of_one_product_are_two_lines(index: CatalogIndex) -> None:
    plan = plan_for_text("2 cases 12oz hot cups and 3 cases 16oz hot cups", index)
    assert plan.decision is not None
    assert plan.decision.status == OrderStatus.CONFIRMED
    assert [
        (m.resolved_sku, m.variant.name if m.variant else None, int(m.catalog_quantity))
        for m in plan.decision.matches
    ] == [
        ("CUP-HOT-DW", "12oz", 2),
        ("CUP-HOT-DW", "16oz", 3),
    ]


@pytest.mark.parametrize(
    ("text", "sku"),
    [
        ("2 sirop noisette", "MON-HAZ-70"),
        ("2x Litschi Popping", "POP-LYCHEE-3.2"),
        ("3 cajas de leche de avena alpro", "ALPRO-OAT-8"),
    ],
)
def test_foreign_food_words_name_catalog_products(index: CatalogIndex, text: str, sku: str) -> None:
    """The synonyms table (jobs/language/matching/vocabulary.py) reads common café and bar words in
    Spanish, French, German and Italian as the English the catalog uses."""
    plan = plan_for_text(text, index)
    assert plan.decision is not None
    assert [m.resolved_sku for m in plan.decision.matches] == [sku]
    assert plan.decision.status == OrderStatus.CONFIRMED
