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


def test_a_new_indexs_typo_scan_and_case_stems_are_made_once_by_threads_meeting_it_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """MADE_ONCE (index.py `_made_once`): a worker's threads that meet a new index at once wait for the one
    making its typo scan and case stems; each made its own before (8 of each at 8 threads)."""
    import threading

    from jobs.language.matching import index as index_module

    index = CatalogIndex.build(load_catalog_json(DATA / "catalog.json"))
    made: list[str] = []
    threads = 8
    started = threading.Barrier(threads)
    real_scan, real_stems = index_module.TypoScan, index_module.CaseStems

    def making(kind: str, real: type) -> type:
        class Counted(real):  # type: ignore[misc,valid-type]
            def __init__(self, *args: object) -> None:
                # the maker holds the index's lock while it makes (the others wait on it)
                assert index.__dict__["_making"].locked()
                made.append(kind)
                super().__init__(*args)

        return Counted

    monkeypatch.setattr(index_module, "TypoScan", making("scan", real_scan))
    monkeypatch.setattr(index_module, "CaseStems", making("stems", real_stems))
    found: list[tuple[object, object]] = []

    def meet() -> None:
        started.wait()
        found.append((index._typos(), index._declined()))

    workers = [threading.Thread(target=meet) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sorted(made) == ["scan", "stems"]
    assert (
        len(found) == threads and len({id(a) for a, _ in found}) == 1 and len({id(b) for _, b in found}) == 1
    )
