"""Candidate retrieval (jobs/language/matching/retrieval.py) decides exactly as the full scan does: every
line of every message of every labelled set, against both test catalogs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobs.ai.providers import LocalProvider
from jobs.language.extraction import OrderLine
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.retrieval import retrieve
from jobs.language.matching.score import _query

DATA = Path(__file__).parent / "data"
SETS = ("corpus", "holdout", "holdout2", "holdout3", "non_orders")


def _lines() -> list[OrderLine]:
    provider = LocalProvider()
    out: list[OrderLine] = []
    for name in SETS:
        for row in (DATA / f"{name}.jsonl").read_text().splitlines():
            if row.strip():
                out.extend(provider.analyze(json.loads(row)["text"]).lines)
    return out


LINES = _lines()


@pytest.mark.parametrize("catalog", ["catalog.json", "catalog3.json"])
def test_retrieval_matches_the_full_scan(catalog: str) -> None:
    retrieving = CatalogIndex.build(load_catalog_json(DATA / catalog))
    scanning = CatalogIndex.build(load_catalog_json(DATA / catalog))
    scanning.retrieval = False
    assert len(LINES) > 500
    assert retrieving.match_all(LINES) == scanning.match_all(LINES)


def test_retrieval_leaves_out_products_of_common_words() -> None:
    """Not vacuous: on the test catalog, retrieval scores fewer strings than the full scan for many lines."""
    index = CatalogIndex.build(load_catalog_json(DATA / "catalog.json"))
    narrower = 0
    for line in LINES:
        q = _query(index, line)
        if q is None:
            continue
        some, bound = retrieve(index, q.words, q.weights, q.sims, q.content)
        every, _ = retrieve(index, q.words, q.weights, q.sims, q.content, full=True)
        assert set(some) <= set(every)
        narrower += bound >= 0 and len(some) < len(every)
    assert narrower > 50
