"""The typo scan's first cut (jobs/language/matching/typos.py) keeps the whole vocabulary scan's answer:
the same tokens, scores and order for every word of the labelled sets and for typos of catalog words."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from rapidfuzz import fuzz, process

from benchmarks.catalog_scale import synthetic_catalog
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.language.matching.typos import TypoScan
from jobs.language.matching.weights import WEIGHTS

DATA = Path(__file__).parent / "data"


def _words(vocab: list[str]) -> list[str]:
    words: set[str] = set()
    for path in sorted(DATA.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if row.strip():
                words.update(re.findall(r"[\wà-ÿ]+", str(json.loads(row).get("text", "")).lower()))
    rng = random.Random(12)
    for tok in rng.sample(vocab, min(1500, len(vocab))):  # one letter changed, one dropped
        i = rng.randrange(len(tok))
        words.update((tok[:i] + rng.choice("aeiostrnlé") + tok[i + 1 :], tok[:i] + tok[i + 1 :]))
    # another case, too long to cut, non-Latin, a size, a lone surrogate (no UnicodeEncodeError)
    words.update(("MILK", "x" * 300, "ßüñ", "0.5l", "mi\ud800lk"))
    return sorted(w for w in words if w)


@pytest.mark.parametrize("source", ["catalog.json", "generated"])
def test_the_first_cut_keeps_the_whole_scans_answer(source: str) -> None:
    products = load_catalog_json(synthetic_catalog(1500) if source == "generated" else DATA / source)
    vocab = [*CatalogIndex.build(products).vocab, "wa\udc00ter"]
    scan = TypoScan(vocab)
    found = 0
    for word in _words(vocab):
        for cutoff in (WEIGHTS.typo_cutoff, WEIGHTS.typo_other_initial):
            args = {"scorer": fuzz.ratio, "score_cutoff": cutoff, "limit": WEIGHTS.typo_candidates}
            cut = scan.candidates(word, cutoff)
            whole = process.extract(word, vocab, **args)
            assert [x[:2] for x in process.extract(word, cut, **args)] == [x[:2] for x in whole], word
            assert {
                x[0] for x in process.extract(word, vocab, scorer=fuzz.ratio, score_cutoff=cutoff)
            } <= set(cut)
            found += bool(whole)
    assert found > 1000
    assert len(scan.candidates("lemonade", WEIGHTS.typo_cutoff)) * 20 < len(vocab)  # not vacuous
