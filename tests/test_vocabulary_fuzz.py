"""Property test (robustness, blind set 72's crash): short texts built from the vocabulary tables
themselves (number words of every language, measure words, pack/unit words, size words, a few product
words, digits, "x", "of/de/di") never make `analyse` (the worker's one analysis path) raise. The crash
it guards against: one table looked up by a key taken from another (MEASURES -> MEASURE_QTY_UNIT for
"dos mm", d06b33b). Fixed seed, derandomised, bounded example count: it runs in seconds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from jobs.language.extraction import extract_lines
from jobs.language.extraction.measures import MEASURES, SIZE_WORDS
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import plan_for_text

CATALOG = Path(__file__).parent / "data" / "catalog.json"
VOCAB = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck), database=None
)

NUMBER = st.sampled_from(sorted(NUMBER_WORDS)) | st.sampled_from(["2", "12", "1.5", "0.5", "330"])
UNIT = (
    st.sampled_from(sorted(MEASURES))
    | st.sampled_from(sorted(PACK_UNITS))
    | st.sampled_from(sorted(SIZE_WORDS))
)
JOIN = st.sampled_from(["", "x", "of", "de", "di", "2", "2 x", "-"])
GOODS = st.sampled_from(["broca", "tomates", "coke", "milk", "still water", "pizza boxes", "lager"])
PHRASE = st.tuples(NUMBER, JOIN, UNIT, JOIN, NUMBER | UNIT, GOODS).map(lambda p: " ".join(w for w in p if w))
TEXT = st.lists(PHRASE, min_size=1, max_size=3).map("\n".join)


@pytest.fixture(scope="module")
def index() -> CatalogIndex:
    return CatalogIndex.build(load_catalog_json(CATALOG))


@seed(72)
@VOCAB
@given(text=TEXT)
def test_vocabulary_texts_never_fail_the_analysis(index: CatalogIndex, text: str) -> None:
    plan = plan_for_text(text, index)
    assert plan is not None


@pytest.mark.parametrize("number", sorted(NUMBER_WORDS))
def test_every_number_word_before_every_measure_word_reads(number: str) -> None:
    """Every number word before every measure word: the cross-table lookup d06b33b fixed, exhaustively,
    through the extractor alone (cheap: no matching)."""
    for measure in MEASURES:
        extract_lines(f"{number} {measure} de broca")
