"""Candidate retrieval (jobs/language/matching/retrieval.py) decides exactly as the full scan does: every
line of every message of every labelled set, against both test catalogs and a generated large one."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from benchmarks.catalog_scale import synthetic_catalog
from jobs.ai.providers import LocalProvider
from jobs.language.extraction import OrderLine
from jobs.language.matching import CatalogIndex, load_catalog_json, score
from jobs.language.matching.packs import product_info
from jobs.language.matching.query import read_query
from jobs.language.matching.retrieval import touched
from jobs.language.matching.score import _scored

DATA = Path(__file__).parent / "data"
SETS = ("corpus", "holdout", "holdout2", "holdout3", "holdout5", "non_orders")


def _lines() -> list[OrderLine]:
    provider = LocalProvider()
    out: list[OrderLine] = []
    for name in SETS:
        for row in (DATA / f"{name}.jsonl").read_text().splitlines():
            if row.strip():
                out.extend(provider.analyze(json.loads(row)["text"]).lines)
    return out


LINES = _lines()


@pytest.fixture(autouse=True)
def _always_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small catalogs are normally scored whole; here every line goes through the bounds."""
    monkeypatch.setattr(score, "_SCORE_ALL_BELOW", 0)
    monkeypatch.setattr(score, "_SCORE_ALL_PRODUCTS", 0)  # the test catalogs are small: bound them too


@pytest.mark.parametrize("catalog", ["catalog.json", "catalog3.json", "catalog5.json"])
def test_retrieval_matches_the_full_scan(catalog: str) -> None:
    retrieving = CatalogIndex.build(load_catalog_json(DATA / catalog))
    scanning = CatalogIndex.build(load_catalog_json(DATA / catalog))
    scanning.retrieval = False
    assert len(LINES) > 500
    no_limit = float("inf")  # one call with every line of every set: no time limit here
    assert retrieving.match_all(LINES, no_limit) == scanning.match_all(LINES, no_limit)


def test_retrieval_matches_the_full_scan_on_a_large_generated_catalog() -> None:
    """1,500 products with brands, sizes, packs and near-duplicates of the test catalog's (the scale
    benchmark's generator): many products tie on the common words, the bounds must still be exact."""
    index = CatalogIndex.build(load_catalog_json(synthetic_catalog(1500)))
    lines = LINES[::3]
    retrieved = index.match_all(lines, float("inf"))
    index.retrieval = False
    assert retrieved == index.match_all(lines, float("inf"))


def test_keyword_of_one_reads_the_same_products_with_and_without_retrieval() -> None:
    """KEYWORD_OF_ONE: "tinto" is a keyword of the house red only, and "red" a word of names in other
    categories; `choose` reads those sold by the line's unit (bottles), so retrieval must score those, not
    the best-scoring name holders whatever they are sold by."""
    index = CatalogIndex.build(load_catalog_json(synthetic_catalog(1500)))
    lines = [ln for ln in LINES if ln.original_text == "12 botellas de tinto"]
    assert lines
    retrieved = index.match_all(lines, float("inf"))
    index.retrieval = False
    scanned = index.match_all(lines, float("inf"))
    assert retrieved == scanned
    assert len(scanned[0].candidates) > 2  # the line is ambiguous between the wine and bottles of "red"


@pytest.mark.parametrize("source", ["catalog.json", "generated"])
def test_a_match_without_the_nearest_is_the_same_match(source: str) -> None:
    """``nearest=False`` (a caller that reads only the product: a question's answer) stops as soon as
    nothing left can reach the match floor: every matched line is the same, an unmatched one has no
    alternatives. Whole questions are read as phrases too (their many words tie hundreds of products)."""
    index = CatalogIndex.build(
        load_catalog_json(synthetic_catalog(1500) if source == "generated" else DATA / source)
    )
    texts = [
        json.loads(row)["text"] for row in (DATA / "corpus.jsonl").read_text().splitlines() if row.strip()
    ]
    lines = [*LINES[::2], *(OrderLine(Decimal(1), None, None, t, t, False) for t in texts[::4])]
    unmatched = 0
    for line in lines:
        full, quick = index.match(line), index.match(line, nearest=False)
        if full.product is None:
            unmatched += 1
            assert quick == replace(full, alternatives=())
        else:
            assert quick == full
    assert unmatched > 20


def test_retrieval_scores_few_products() -> None:
    """Not vacuous: on the generated catalog, most lines score a small share of the products sharing a
    word with them, and the bound of every product is at least its exact score."""
    index = CatalogIndex.build(load_catalog_json(synthetic_catalog(1500)))
    narrower = 0
    for line in LINES[::7]:
        q = read_query(index, line)
        if q is None:
            continue
        t = touched(index, q)
        some = _scored(index, q)
        every = _scored(index, q, full=True)
        assert {s.product for s in some} <= {s.product for s in every}
        bound = dict(zip(t.products.tolist(), t.bound.tolist(), strict=True))
        assert all(s.score <= bound[s.product] for s in every)
        narrower += len(some) * 4 < len(every)
    assert narrower > 100


@pytest.mark.parametrize("source", ["catalog.json", "catalog3.json", "catalog5.json", "generated"])
def test_what_the_bounds_read_of_a_product_is_its_product_info(source: str) -> None:
    """The build keeps each product's sizes, pack words and unit in arrays (for the bounds and the
    evidence): the same values packs.product_info reads from its text."""
    products = load_catalog_json(synthetic_catalog(1500) if source == "generated" else DATA / source)
    index = CatalogIndex.build(products)
    for pi, p in enumerate(products):
        info, light = product_info(p), index.evidence_info(pi)
        assert (light.sizes, light.containers, light.unit) == (info.sizes, info.containers, info.unit), p.sku
        # the index's ProductInfo is made from those and its name string's tokens: the same values
        held = index.product_info(pi)
        assert replace(held, bag=info.bag, cat_bag=info.cat_bag, cand_ids=info.cand_ids) == info, p.sku
