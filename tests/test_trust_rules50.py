"""Issue #10 rule classes worked in session 14 after blind set 50 (Vietnamese and Thai restaurant supply, now a
tuning set), through the worker's own analysis (`plan_for_text` -> `analyse`) against the labelled sets'
catalogs. The texts are made up for the class, not taken from the set."""

from __future__ import annotations

import pytest

from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex
from tests.trust import confirmed, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("", "50")}


def _has(reasons: tuple[str, ...], rule: str) -> bool:
    return any(r.startswith(rule) for r in reasons)


# ------------------------------------------------------------------ DAY_NUMBER
@pytest.mark.parametrize(
    "text",
    [
        "the smirnoff for fri 3 pls",  # Friday the 3rd: how many bottles?
        "el smirnoff para el viernes 3, gracias",
    ],
)
def test_a_count_taken_from_a_day_after_the_goods_goes_to_a_person(
    indexes: dict[str, CatalogIndex], text: str
) -> None:
    assert _has(review(indexes[""], text), "DAY_NUMBER")


def test_a_numbered_vietnamese_weekday_typed_without_accents_is_no_count(
    indexes: dict[str, CatalogIndex],
) -> None:
    # "thu 5" is thứ 5, Thursday: deliver the sweet chilli on Thursday, how many bottles unsaid
    assert _has(review(indexes["50"], "anh oi giao sweet chilli sauce thu 5 nha"), "DAY_NUMBER")


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("friday 3 cases diet coke", [("DIET-COKE-330", "3")]),  # the count opens the goods
        ("Raj: for monday 3 x 4pt whole", [("MILK-WHOLE-4PT", "3")]),  # a marked count
    ],
)
def test_a_count_after_a_day_before_the_goods_still_ships(
    indexes: dict[str, CatalogIndex], text: str, pairs: list[tuple[str, str]]
) -> None:
    assert confirmed(indexes[""], text) == pairs


# ------------------------------------------------------------------ Vietnamese cancel without accents
@pytest.mark.parametrize("text", ["anh oi huy don thu 6 nha, quan nghi le", "Anh ơi huỷ đơn thứ 6 nhé"])
def test_cancelling_an_order_in_vietnamese_with_or_without_accents_is_a_cancel(text: str) -> None:
    assert classify_intent(text).intent == Intent.CANCEL
