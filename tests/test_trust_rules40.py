"""Issue #10 rule classes worked in session 12 (after blind sets 39-42), through the worker's own analysis
(`plan_for_text` -> `analyse`) against the labelled sets' catalogs."""

from __future__ import annotations

import pytest

from jobs.language.extraction import extract_lines
from jobs.language.matching import CatalogIndex
from tests.trust import confirmed, decision_for, index_of, review


@pytest.fixture(scope="module")
def indexes() -> dict[str, CatalogIndex]:
    return {n: index_of(f"catalog{n}") for n in ("31",)}


# ------------------------------------------------------------------ LEAD_WORDS
def test_words_before_a_count_that_opens_its_product_are_no_part_of_it(
    indexes: dict[str, CatalogIndex],
) -> None:
    text = "Speedway meeting Fri night 🏍️ 4 box beef dogs, 2 cs hot dog trays"
    assert confirmed(indexes["31"], text) == [("HD-BEEF", "4"), ("PK-HDTRAY", "2")]
    beef = decision_for(indexes["31"], text).matches[0]
    assert "LEAD_WORDS: 'speedway meeting night' is no part of it" in beef.reason


def test_the_extractor_says_how_many_words_came_before_the_count() -> None:
    (line,) = extract_lines("please reserve 48 fruit shoots apple & blackcurrant")
    assert (line.phrase, line.lead_words, line.quantity) == ("reserve fruit shoots apple blackcurrant", 1, 48)
    (line,) = extract_lines("beef dogs 4 box")
    assert line.lead_words == 0  # the product is before its count: nothing follows it


def test_a_catalog_word_before_the_count_keeps_the_line_whole(indexes: dict[str, CatalogIndex]) -> None:
    """ "chicken" is one of the catalog's words: the product may be named across the count, a human reads it."""
    reasons = review(indexes["31"], "chicken 4 box beef dogs")
    assert reasons == ("line 1 'chicken beef dogs' confidence 0.70 below threshold 0.85",)
