"""A bare count of a pack of many small items (issue #10): "4 chicken gyoza" of a box of 50 is four boxes, as the
trade counts them, while "4 oat milks" of a 6-pack or "6 diet coke" of a case of 24 stay PACK_OR_ITEMS questions;
number words that multiply ("five hundred", "two thousand") count what they say. Through the worker's own analysis
(`plan_for_text`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.pipeline.decide import PACK_OR_ITEMS
from tests.trust import confirmed, index_of, review


@pytest.mark.parametrize(
    ("catalog", "text", "pairs"),
    [
        ("catalog37", "4 chicken gyoza and 2 veg gyoza pls", [("GYOZA-CHKN", "4"), ("GYOZA-VEG", "2")]),
        ("catalog20", "5 diet coke for friday", [("DIET-COKE-CAN", "5")]),
    ],
)
def test_a_few_of_a_pack_of_many_counts_packs(catalog: str, text: str, pairs: list[tuple[str, str]]) -> None:
    assert confirmed(index_of(catalog), text) == pairs


@pytest.mark.parametrize(
    ("catalog", "text"),
    [
        ("catalog36", "4 oat milks with tomorrow's pls"),  # a 6-pack: four cartons or four packs?
        ("catalog20", "6 diet coke for friday"),  # six cans of a case of 24, or six cases?
        ("catalog37", "24 chicken gyoza"),  # half a box, or 24 boxes?
    ],
)
def test_more_of_a_pack_of_many_or_a_few_of_a_small_pack_stays_a_question(catalog: str, text: str) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(index_of(catalog), text))


@pytest.mark.parametrize(
    ("text", "quantity", "phrase"),
    [
        ("five hundred tartare sachets cheers", 500, "tartare sachets"),
        ("we need two thousand slush cups", 2000, "slush cups"),
        ("a hundred napkins please", 100, "napkins"),
    ],
)
def test_hundreds_and_thousands_multiply_the_count(text: str, quantity: int, phrase: str) -> None:
    assert [(ln.quantity, ln.phrase) for ln in extract_lines(text)] == [(quantity, phrase)]
