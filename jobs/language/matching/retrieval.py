"""Candidate retrieval: which products are worth scoring for one phrase, so that matching cost follows
what the decision reads instead of the catalog's size.

Every string that shares a word (or a typo of one) with the phrase is read from the postings, and each
product gets an *upper bound* of the score the exact rules (score.py) can give it, computed for all of
them at once with array operations:

- recall: per phrase word, the best similarity the string holds, or the own-field / category credit of
  the product's other strings (score.py: string_score), IDF-weighted;
- precision: the string's weight share of the tokens the phrase can match (each counted at its best
  similarity, so never less than what the greedy matching credits);
- times the field weight, plus the most the line's size and pack evidence can add.

The scorer then runs the exact rules product by product in decreasing bound order and stops when the
next bound is below everything the decision still reads: the fourth best score (the best and three
runners-up, or the three nearest of a line that matches nothing) and the best score minus the ambiguity
margin. Products a rule reads whatever their score (a string with exactly the phrase's product words,
cover.py: cover_kind) are always scored. The outcome is the full scan's, not an approximation:
tests/test_retrieval.py checks every line of every set in tests/data/ against both test catalogs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from jobs.language.matching.packs import comparable, same_size
from jobs.language.matching.vocabulary import (
    BOX_OR_CASE,
    CASE_LIKE,
    OUTER_PACKS,
    TWIN_PACK_WORDS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    case_or_box_said,
)
from jobs.language.matching.weights import FIELD_WEIGHTS, WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex
    from jobs.language.matching.query import Query

W = WEIGHTS
_FIELD_W = np.array(
    [FIELD_WEIGHTS[f] for f in ("name", "alias", "example", "keyword", "variant", "category")],
    dtype=np.float64,
)
_CATEGORY = 5
SLACK = 1e-6  # bounds are computed in float32/float64 sums in another order than the exact rules


@dataclass
class Touched:
    """The strings sharing a word with a phrase, grouped by product (ascending), with bounds."""

    rows: np.ndarray  # string ids, ascending (so grouped by product)
    products: np.ndarray  # the distinct products, ascending
    starts: np.ndarray  # products[j]'s strings are rows[starts[j]:starts[j+1]]
    bound: np.ndarray  # per product: the most the exact rules can score it
    cover: np.ndarray  # per product: it holds a string that may name the phrase completely
    row_bound: np.ndarray  # per string: the most its score can be, before size and pack evidence

    def rows_of(self, j: int) -> list[int]:
        return self.rows[self.starts[j] : self.starts[j + 1]].tolist()

    def row_bounds_of(self, j: int) -> list[float]:
        return self.row_bound[self.starts[j] : self.starts[j + 1]].tolist()

    def order(self) -> Iterator[int]:
        """Product positions by decreasing bound (ties: ascending product). The scorer usually stops
        after a few dozen: the first ones are sorted alone, the rest only if it reads on."""
        bound = self.bound
        n = len(bound)
        if n <= 4 * _HEAD:
            yield from np.argsort(-bound, kind="stable").tolist()
            return
        threshold = np.partition(bound, n - _HEAD)[n - _HEAD]
        head = np.flatnonzero(bound >= threshold)
        yield from head[np.argsort(-bound[head], kind="stable")].tolist()
        rest = np.flatnonzero(bound < threshold)
        yield from rest[np.argsort(-bound[rest], kind="stable")].tolist()


_HEAD = 64


@dataclass
class Segments:
    """The postings a phrase reads: per (word, similar vocabulary token), a slice of the postings."""

    a: list[int]
    b: list[int]
    word: list[int]
    sim: list[float]
    tok: list[int]

    @property
    def pairs(self) -> int:
        return sum(self.b) - sum(self.a)

    def rows(self, index: CatalogIndex) -> list[int]:
        """The strings sharing a word with the phrase, ascending (the full scan's)."""
        post_row = index.post_row
        out: set[int] = set()
        for a, b in zip(self.a, self.b, strict=True):
            out.update(post_row[a:b].tolist())
        return sorted(out)


def segments(index: CatalogIndex, q: Query) -> Segments:
    ptr = index.post_ptr
    tid = index.tok_id
    seg = Segments([], [], [], [], [])
    for i, sim in enumerate(q.sims):
        for vt, v in sim.items():
            t = tid.get(vt)
            if t is None:
                continue
            a, b = int(ptr[t]), int(ptr[t + 1])
            if b > a:
                seg.a.append(a)
                seg.b.append(b)
                seg.word.append(i)
                seg.sim.append(v)
                seg.tok.append(t)
    return seg


def essential_segments(q: Query, seg: Segments) -> list[bool] | None:
    """Which of the phrase's postings segments (a word, one token it may be) a product must share to
    score at least the runner-up floor (the least a matched line reads, score.py: _enough), or None when
    every one may be needed (MaxScore): a product sharing only the lightest ones ("milk" of "semi skimmed
    milk", the typo "orange" of "range") has at most their weight times similarity of the recall, times
    the best field weight, plus the most the size and pack evidence adds. Every segment of one product
    word at the cover similarity or more stays essential, so that every product the phrase may name
    completely, or whose name holds all its product words (cover.py and score.py read those whatever
    their score),
    is found."""
    weights = q.weights
    total = sum(weights)
    n = len(seg.a)
    if total <= 0 or n < 2:
        return None
    bonus = W.unit_agrees_bonus if q.line.unit is not None else 0.0
    if q.size is not None or any(not x.startswith("0") for x in q.numbers):
        bonus += W.size_agrees_bonus
    floor = RUNNER_FLOOR - 2 * SLACK - bonus

    def reach(best: dict[int, float]) -> float:  # the most a product sharing only those can score
        return sum(weights[i] * v for i, v in best.items()) / total * _MAX_FIELD_W * (1 + SLACK) * (1 + SLACK)

    # two greedy ways to choose what to skip, lightest first: whole words, or single segments
    by_word: set[int] = set()
    best: dict[int, float] = {}
    for i in sorted(set(seg.word), key=lambda i: weights[i]):
        trial = {**best, i: max((v for w, v in zip(seg.word, seg.sim, strict=True) if w == i), default=0.0)}
        if reach(trial) >= floor:
            break
        best = trial
        by_word.update(k for k in range(n) if seg.word[k] == i)
    by_segment: set[int] = set()
    best = {}
    for k in sorted(range(n), key=lambda k: weights[seg.word[k]] * seg.sim[k]):
        trial = {**best, seg.word[k]: max(best.get(seg.word[k], 0.0), seg.sim[k])}
        if reach(trial) >= floor:
            break
        best = trial
        by_segment.add(k)
    content = {i for i, t in enumerate(q.words) if t in q.content}
    cover_sim = min(W.cover_similarity, 1.0)
    options = [
        skip
        for skip in (by_word, by_segment)
        if skip
        and any(
            any(seg.word[k] == i for k in range(n))
            and all(k not in skip for k in range(n) if seg.word[k] == i and seg.sim[k] >= cover_sim)
            for i in content
        )
    ]
    if not options:
        return None
    skip = max(options, key=lambda sk: sum(seg.b[k] - seg.a[k] for k in sk))
    return [k not in skip for k in range(n)]


RUNNER_FLOOR = W.match_floor * W.runner_up_share  # a product sharing no essential segment scores below it
_MAX_FIELD_W = float(_FIELD_W.max())


def touched(
    index: CatalogIndex,
    q: Query,
    seg: Segments | None = None,
    essential: list[bool] | None = None,
    only: np.ndarray | None = None,
) -> Touched:
    """Every string sharing a word with the phrase, and per product the bound of its score; with
    ``essential`` (per segment), only the products sharing an essential segment, with ``only`` (products),
    only those (with all their strings that share any word, so that their bounds are the same)."""
    if seg is None:
        seg = segments(index, q)
    found = _postings(index, seg, essential, only)
    if found is None:
        empty = np.zeros(0, dtype=np.int32)
        return Touched(
            empty, empty, np.zeros(1, dtype=np.int64), np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0)
        )
    idx, rows, lengths = found
    urows, inv = _unique(rows)
    # the strings are laid out by product, so the distinct strings' products are already sorted
    prods_of = index.s_prod.take(urows)
    new_product = np.empty(len(urows), dtype=bool)
    new_product[0] = True
    np.not_equal(prods_of[1:], prods_of[:-1], out=new_product[1:])
    first = np.flatnonzero(new_product)
    products = prods_of[first]
    pinv = np.cumsum(new_product) - 1  # string -> its product's position
    starts = np.append(first, len(urows)).astype(np.int64)
    own = index.s_field.take(rows) != _CATEGORY
    word = np.repeat(np.array(seg.word, dtype=np.int64), lengths)
    simv = np.repeat(np.array(seg.sim, dtype=np.float64), lengths)
    key = word * len(urows) + inv  # (phrase word, string) of each posting
    best = _best_similarities(key, word, simv, inv, pinv, own, len(q.words), len(urows), len(products))
    string_bound, bound = _string_bounds(index, q, best, idx, key, simv, pinv, urows, first)
    factor, bonus = _evidence_bounds(index, q, products)
    bound = bound * (1 + SLACK) * factor + SLACK + bonus
    cover = _cover_candidates(index, q, seg, lengths, rows, own, inv, index.post_join.take(idx), urows, pinv)
    return Touched(urows, products, starts, bound, cover, string_bound * (1 + SLACK) + SLACK)


def _postings(
    index: CatalogIndex, seg: Segments, essential: list[bool] | None, only: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(the postings' positions, their strings, each segment's length) of the phrase's segments; with
    ``essential``, only the postings of products sharing an essential segment, with ``only``, of those
    products. None when nothing is left. A phrase reads a few segments: one ``arange`` each costs less than building the positions
    with array operations (NumPy's per-call overhead dominates at these sizes)."""
    if not seg.a:
        return None
    lengths = np.array([b - a for a, b in zip(seg.a, seg.b, strict=True)], dtype=np.int64)
    if len(seg.a) == 1:
        idx = np.arange(seg.a[0], seg.b[0], dtype=np.int64)
    else:
        idx = np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in zip(seg.a, seg.b, strict=True)])
    # the strings as NumPy's index type: every gather by them would convert the int32 postings again
    rows = index.post_row.take(idx).astype(np.intp)
    if essential is not None or only is not None:
        seg_ids = np.repeat(np.arange(len(seg.a)), lengths)
        pair_prod = index.s_prod.take(rows)
        wanted = np.zeros(len(index.products), dtype=bool)
        if only is not None:
            wanted[only] = True
        else:
            wanted[pair_prod[np.repeat(np.array(essential, dtype=bool), lengths)]] = True
        keep = wanted[pair_prod]
        idx, rows = idx[keep], rows[keep]
        lengths = np.bincount(seg_ids[keep], minlength=len(seg.a)).astype(np.int64)
        if not len(rows):
            return None
    return idx, rows, lengths


def _unique(rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(rows, return_inverse=True)``, by a stable argsort: the rows are the concatenation of
    a few ascending postings segments, which a stable sort merges as runs (several times faster)."""
    order = np.argsort(rows, kind="stable")
    ordered = rows[order]
    new = np.empty(len(ordered), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inv = np.empty(len(rows), dtype=np.intp)
    inv[order] = np.cumsum(new) - 1
    return ordered[new], inv


def _best_similarities(
    key: np.ndarray,
    word: np.ndarray,
    simv: np.ndarray,
    inv: np.ndarray,
    pinv: np.ndarray,
    own: np.ndarray,
    nw: int,
    nu: int,
    npr: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Per phrase word: its best similarity in each string, in each product's own strings, and in each
    product's category strings (None when no posting is a category string's), one flat ``maximum.at``
    each: the 1-d form is the fast one."""
    direct = np.zeros(nw * nu)
    np.maximum.at(direct, key, simv)
    own_best = np.zeros(nw * npr)
    pkey = word * npr + pinv.take(inv)
    if own.all():
        np.maximum.at(own_best, pkey, simv)
        return direct.reshape(nw, nu), own_best.reshape(nw, npr), None
    cat_best = np.zeros(nw * npr)
    np.maximum.at(own_best, pkey[own], simv[own])
    cat = ~own
    np.maximum.at(cat_best, pkey[cat], simv[cat])
    return direct.reshape(nw, nu), own_best.reshape(nw, npr), cat_best.reshape(nw, npr)


def _string_bounds(
    index: CatalogIndex,
    q: Query,
    best: tuple[np.ndarray, np.ndarray, np.ndarray | None],
    idx: np.ndarray,
    key: np.ndarray,
    simv: np.ndarray,
    pinv: np.ndarray,
    urows: np.ndarray,
    first: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """(per string, per product) the most the exact rules can score it before size and pack evidence:
    recall (each word's best similarity in the string, or the product's credits) times recall and
    precision shares times the field weight."""
    direct, own_best, cat_best = best
    weights = np.array(q.weights, dtype=np.float64)
    total = float(weights.sum())
    if total <= 0:
        return np.zeros(len(urows)), np.zeros(len(first))
    credit = W.own_field_credit * own_best
    if cat_best is not None:  # (else the category credit is 0, never more than the own one)
        np.maximum(credit, W.category_credit * cat_best, out=credit)
    best_sim = np.maximum(direct, credit.take(pinv, axis=1))  # take: several times a 2-d fancy index
    best_sim *= weights[:, None]
    recall = best_sim.sum(axis=0) / total
    # precision: each phrase word credits one position of the string (or the two of a join), at
    # most its best pair's weight share times similarity (a row may hold a token twice, or as a
    # token and a join, with different shares: ufunc.at takes the max)
    best_share = np.zeros(len(q.words) * len(urows))
    np.maximum.at(best_share, key, index.post_imp.take(idx) * simv)
    precision = np.minimum(best_share.reshape(len(q.words), len(urows)).sum(axis=0), 1.0)
    field_w = _field_weights(index, q.size is None and not q.numbers).take(urows)
    string_bound = recall * (W.recall_share + W.precision_share * precision) * field_w
    return string_bound, np.maximum.reduceat(string_bound, first)


def _field_weights(index: CatalogIndex, unsized: bool) -> np.ndarray:
    """Per string, its field's weight, and for an unsized line (``unsized``) less for a string with a
    size (score.py: _score_product): computed on first use and kept with the index, one gather a phrase
    instead of four array operations."""
    kept = index.__dict__.get("_field_w")
    if kept is None:
        plain = _FIELD_W[index.s_field]
        kept = index.__dict__["_field_w"] = (
            plain,
            np.where(index.s_size != 0, plain * W.sized_string_unsized_line, plain),
        )
    return kept[1] if unsized else kept[0]  # type: ignore[no-any-return]


def _evidence_bounds(index: CatalogIndex, q: Query, products: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per product, (the factor, the most) the line's size and pack evidence can apply to (add to) its
    score (sizing.py: size_pack_evidence), from the product's sizes and pack words kept at build."""
    bonus = np.zeros(len(products))
    factor = np.ones(len(products))
    products = products.astype(np.intp)  # once: each gather by the int32 products would convert them
    u = q.line.unit
    if u is not None:
        bit = index.unit_bit.get(u)
        agrees = np.zeros(len(products), dtype=bool)
        if bit is not None:
            agrees |= (index.p_units.take(products) & (1 << min(bit, 62))) != 0
        if u in WEIGHT_UNITS or u in VOLUME_UNITS:  # packs.measured_in, kept at build
            agrees |= (index.p_measure.take(products) & (1 if u in WEIGHT_UNITS else 2)) != 0
        bonus += np.where(agrees, W.unit_agrees_bonus, 0.0)
        if u in CASE_LIKE and q.numbers:
            # "water 24pk": a number may be the pack count of a product sold by another outer (sizing.py)
            bonus += np.where(~agrees & index.p_outer.take(products), W.unit_agrees_bonus, 0.0)
        elif (
            u in OUTER_PACKS
            and u not in TWIN_PACK_WORDS
            and BOX_OR_CASE not in case_or_box_said(q.line.original_text)
        ):
            # "3 bags" of a product sold by the box: the wrong pack's penalty (none for "caja", a box or a
            # case alike: LOOSE_CASE_WORD, sizing.py; none for a pack word with a twin, "sack" or "bag", which
            # a product sold by the other keeps no penalty for: TWIN_PACK_WORDS, whose unit the index does not
            # keep per product; a bound may only be too high, never too low)
            bonus -= np.where(~agrees & index.p_outer.take(products), W.wrong_pack_penalty, 0.0)
    sizey = [n for n in q.numbers if not n.startswith("0")]
    if q.size is None and not sizey:
        return factor, bonus
    lookup_f, lookup_b = _size_bounds(index, q.size, bool(sizey))
    size_ids = index.p_sizes.take(products)
    return factor * lookup_f[size_ids], bonus + lookup_b[size_ids]


def _size_bounds(index: CatalogIndex, size: str | None, sizey: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per distinct product size set, (the factor, the bonus) the line's size (or a bare number) can
    give: a catalog has a few hundred size sets and lines repeat their sizes, so the answer is kept
    per index (a few dozen keys)."""
    key = (size, sizey)
    cache = index._size_bounds
    hit = cache.get(key)
    if hit is None:
        sets = index.product_size_sets
        lookup_f = np.ones(len(sets))
        lookup_b = np.zeros(len(sets))
        for sid, sizes in enumerate(sets):
            if sizes and size is not None:
                if any(same_size(size, s) for s in sizes):
                    lookup_b[sid] = W.size_agrees_bonus
                elif comparable(size, sizes):
                    lookup_f[sid] = W.size_conflict_factor
            elif sizes:
                lookup_b[sid] = W.size_agrees_bonus  # a bare number may be a size or the pack count
        if len(cache) >= _SIZE_BOUNDS_MAX:
            cache.clear()
        hit = cache[key] = (lookup_f, lookup_b)
    return hit


_SIZE_BOUNDS_MAX = 64


def _cover_candidates(
    index: CatalogIndex,
    q: Query,
    seg: Segments,
    lengths: np.ndarray,
    rows: np.ndarray,
    own: np.ndarray,
    inv: np.ndarray,
    join: np.ndarray,
    urows: np.ndarray,
    pinv: np.ndarray,
) -> np.ndarray:
    """Products with an own string whose product words may be exactly the phrase's (cover.py:
    cover_kind reads them whatever their score): as many distinct product words as the phrase has,
    each similar to one of them, one exactly. What a posting must be (a product word of the phrase, a
    product token, at the cover similarity) is the same for a whole segment: read once per segment."""
    cover = np.zeros(int(pinv[-1]) + 1 if len(pinv) else 0, dtype=bool)  # pinv ascends
    content_word = [t in q.content for t in q.words]
    k = sum(content_word)
    if k == 0:
        return cover
    tok_content, cover_sim = index.tok_content, W.cover_similarity
    seg_ok = [
        content_word[w] and bool(tok_content[t]) and v >= cover_sim
        for w, t, v in zip(seg.word, seg.tok, seg.sim, strict=True)
    ]
    if not any(seg_ok):
        return cover
    keep = (index.s_ncontent.take(rows) == k) & own  # most strings have another number of product words
    if not keep.any():
        return cover
    keep &= np.repeat(np.array(seg_ok, dtype=bool), lengths) & ~join
    if not keep.any():
        return cover
    inv_kept = inv[keep]
    if k == 1:  # a string with one product word holds one distinct such token
        per_row = np.bincount(inv_kept, minlength=len(urows)).clip(max=1)
    else:  # distinct (string, token) pairs among them, counted per string
        toks = np.repeat(np.array(seg.tok, dtype=np.int64), lengths)[keep]
        key = inv_kept.astype(np.int64) * (len(index.tok_str) + 1) + toks
        key.sort()  # distinct keys by sort and compare (np.unique's hashing costs more on small arrays)
        distinct = key[np.append(True, key[1:] != key[:-1])]
        per_row = np.bincount(distinct // (len(index.tok_str) + 1), minlength=len(urows))
    exact = np.zeros(len(urows), dtype=bool)
    exact_pair = np.repeat(np.array([v >= 1.0 for v in seg.sim], dtype=bool), lengths)[keep]
    exact[inv_kept[exact_pair]] = True
    ok = (per_row == k) & (index.s_ncontent.take(urows) == k) & exact
    cover[pinv[ok]] = True
    return cover
