"""Counts of packs of many (issue #10): number words that multiply ("five hundred", "two thousand") count what they
say; a bare count of a multi-item pack stays a PACK_OR_ITEMS question ("4 chicken gyoza" of a box of 50 as well:
reading it as packs cost a blind set a wrong confirmation)."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.pipeline.pack_or_items import PACK_OR_ITEMS
from tests.trust import index_of, review


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


@pytest.mark.parametrize(
    ("catalog", "text"),
    [
        ("catalog36", "4 oat milks with tomorrow's pls"),  # a 6-pack: four cartons or four packs?
        ("catalog20", "6 diet coke for friday"),  # six cans of a case of 24, or six cases?
        ("catalog37", "24 chicken gyoza"),  # half a box, or 24 boxes?
        ("catalog37", "4 chicken gyoza"),  # four boxes of 50 as the trade counts them, but not always
    ],
)
def test_a_bare_count_of_a_multi_item_pack_stays_a_question(catalog: str, text: str) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(index_of(catalog), text))
