"""Counts of packs of many (issue #10): number words that multiply ("five hundred", "two thousand") count what they
say; a bare count of a multi-item pack stays a PACK_OR_ITEMS question ("4 chicken gyoza" of a box of 50 as well:
reading it as packs cost a blind set a wrong confirmation)."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.pipeline.pack_or_items import PACK_OR_ITEMS
from tests.trust import confirmed, index_of, review


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
        ("catalog36", "12 oat milks"),  # twelve cartons of a 6-pack are 2 packs, or 12 packs?
    ],
)
def test_a_bare_count_of_a_multi_item_pack_stays_a_question(catalog: str, text: str) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(index_of(catalog), text))


@pytest.mark.parametrize(
    ("catalog", "text", "pairs"),
    [
        ("catalog37", "4 chicken gyoza", [("GYOZA-CHKN", "4")]),  # four boxes of 50, as the trade counts them
        ("catalog24", "4 oatly barista", [("PLT-OATLY-BAR-6X1L", "4")]),  # four 6-packs
    ],
)
def test_a_few_packs_said_as_named_are_packs(catalog: str, text: str, pairs: list[tuple[str, str]]) -> None:
    # FEW_PACKS_AS_NAMED (session 17): no plural, no size: the count is of packs
    assert confirmed(index_of(catalog), text) == pairs


@pytest.mark.parametrize(
    ("catalog", "text"),
    [
        ("catalog38", "4 oat milks too pls"),  # the item's plural: cartons or packs?
        ("catalog33", "4 feta 200g pls"),  # the item's size: four 200g packs of a case of 12?
        ("catalog20", "5 diet coke"),  # more than a few
    ],
)
def test_a_few_items_said_as_items_stay_a_question(catalog: str, text: str) -> None:
    assert any(r.startswith(PACK_OR_ITEMS) for r in review(index_of(catalog), text))


def test_bags_beyond_the_case_are_its_items() -> None:
    # ITEMS_IN_A_PACK_WORD (session 17): 60 bags of a case of 30 x 100g are 2 cases, and confirmed
    assert confirmed(index_of("catalog28"), "60 bags of semki please") == [("SEMKI", "2")]
