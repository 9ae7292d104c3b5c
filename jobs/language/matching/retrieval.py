"""Candidate retrieval: which catalog strings are worth scoring for one phrase, so that matching cost
follows the phrase's rare words instead of the catalog's size.

A product's final score is at most the IDF-weighted share of the phrase's words its strings (or its
category) hold, plus the size and pack bonuses (score.py: recall times a factor <= 1, field weights <= 1).
So the phrase's common words (a size, "case", a frequent noun) can be left out of the lookup as long as
their share plus those bonuses stays below the lowest score the decision reads (a runner-up's), and only
the products holding one of the remaining words are scored: the result is the full scan's. The product
that names the phrase completely always holds its weightiest product word, which is never left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from jobs.language.matching.weights import WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

W = WEIGHTS
# the most a product's evidence adds to its string score (score.py: _evidence)
EVIDENCE_BONUS = W.size_agrees_bonus + W.unit_agrees_bonus
# the lowest score the decision reads beyond the first three (a runner-up: score.py: match_line)
RUNNER_UP_FLOOR = W.match_floor * W.runner_up_share
_EPS = 1e-9


def retrieve(
    index: CatalogIndex,
    words: Sequence[str],
    weights: Sequence[float],
    sims: Sequence[dict[str, float]],
    content: Sequence[str],
    full: bool = False,
) -> tuple[list[int], float]:
    """(ids of the strings to score, the most a product left out can score). With ``full`` every
    string sharing a word with the phrase (the bound is then -1: nobody is left out)."""
    total = sum(weights)
    postings = index.product_postings
    sizes = [sum(len(postings.get(vt, ())) for vt in sim) for sim in sims]
    skipped = [False] * len(words)
    bound = -1.0
    if not full and total > 0:
        keep = _weightiest_content(words, weights, content)
        left_out = 0.0
        # leave out the words with the longest posting lists first, while the bound allows it
        for i in sorted(range(len(words)), key=lambda k: -sizes[k]):
            if i == keep or sizes[i] == 0:
                continue
            share = (left_out + weights[i]) / total
            if share + EVIDENCE_BONUS < RUNNER_UP_FLOOR - _EPS:
                left_out += weights[i]
                skipped[i] = True
        bound = left_out / total + EVIDENCE_BONUS if any(skipped) else -1.0
    products: set[int] = set()
    vocab: set[str] = set()
    for i, sim in enumerate(sims):
        vocab.update(sim)
        if not skipped[i]:
            for vt in sim:
                products.update(postings.get(vt, ()))
    if bound < 0:  # nothing left out: the strings that share a word, straight from the postings
        cand_ids: set[int] = set()
        for vt in vocab:
            cand_ids.update(index.postings.get(vt, ()))
        return sorted(cand_ids), bound
    out: list[int] = []
    cands = index.cands
    for pi in sorted(products):
        start, end = index.cand_ranges[pi]
        for ci in range(start, end):
            cand = cands[ci]
            if any(t in vocab for t in cand.tokens) or any(j in vocab for j, _a, _b in cand.joins):
                out.append(ci)
    return out, bound


def _weightiest_content(words: Sequence[str], weights: Sequence[float], content: Sequence[str]) -> int:
    """The position of the phrase's weightiest product word (never left out of the lookup)."""
    cset = set(content)
    best, best_w = -1, -1.0
    for i, (word, w) in enumerate(zip(words, weights, strict=True)):
        if word in cset and w > best_w:
            best, best_w = i, w
    return best
