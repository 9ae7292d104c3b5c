"""What `choose`'s rules read of the scored products, so that retrieval can score exactly that.

`choose` (cover.py) is given the products the line's retrieval scored (score.py: ``by_product``), best
first. Retrieval guarantees the best and the runners-up the decision reads, and every product that may
name the phrase completely; a rule that reads further down ("the best-scoring products whose name holds
the line's words") asks for it through `Ranked.best`, which records the reading. READ_AS_SCANNED: after
`choose`, retrieval scores the best-scoring products of every recorded reading that it had not scored
(in decreasing bound order, as far as one can still be among them) and `choose` runs again, until a run
reads nothing unscored: the answer is the full scan's (tests/test_retrieval_reads.py), at the cost of the
rules that read, not of every line. `Picked` does the scoring: a reading's products that share no word retrieval
kept essential (they score below the runner-up floor, but a rule may read them) from their own postings.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np

from jobs.language.matching.build import FIELD_CODE, NAME
from jobs.language.matching.query import Query, Scored
from jobs.language.matching.retrieval import RUNNER_FLOOR, Segments, Touched, touched
from jobs.language.matching.vocabulary import PACK_TOKENS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex


class Among(Enum):
    """The strings a reading's products hold all the words in (through the postings, no typos): every
    product a reading's ``fits`` accepts holds them there, so retrieval reads only those products."""

    NAME = "name"  # the product's name ("cset <= name_content")
    NAME_OR_ALIAS = "name_or_alias"  # its name or one of its aliases (HEAD_WORD's contiguous words)
    OWN = "own"  # any of its own strings: name, alias, example, keyword or variant (not its category's)
    VARIANT = "variant"  # a variant's name or alias (VARIANT_WORD_FAMILY's variant words)


@dataclass(frozen=True)
class Reading:
    """A rule read the ``n`` best-scoring products that ``fits`` (each holding every one of ``words`` in
    the ``among`` strings)."""

    words: frozenset[str]
    among: Among
    fits: Callable[[int], bool]
    n: int
    kin_of: int | None = None  # every product it fits is of this product's category (FAMILY_ALIAS)
    one_more: bool = False  # ... and its name holds one `name_word` besides ``words`` (FAMILY_ALIAS)
    any_of: bool = False  # each holds one of ``words``, not every one (VARIANT_WORD_FAMILY's covers)
    strings_of: int = 0  # ... in one string of that many distinct product words (0: any string)


class Ranked(dict[int, Scored]):
    """The scored products by product, best first (``by_product``), and the readings rules made of them."""

    def __init__(self, scored: Iterable[Scored]) -> None:
        super().__init__((s.product, s) for s in scored)
        self.readings: list[Reading] = []

    def best(
        self,
        words: Collection[str],
        among: Among,
        fits: Callable[[int], bool],
        n: int,
        kin_of: int | None = None,
        one_more: bool = False,
        any_of: bool = False,
        strings_of: int = 0,
    ) -> list[int]:
        """The ``n`` best-scoring products that ``fits`` (all of product ``kin_of``'s category, when given;
        with names of one `name_word` more than ``words``, when ``one_more``; holding one of ``words``
        rather than all, when ``any_of``, in a string of ``strings_of`` product words when given); recorded, so
        that retrieval scores them all."""
        self.readings.append(Reading(frozenset(words), among, fits, n, kin_of, one_more, any_of, strings_of))
        return list(itertools.islice((pi for pi in self if fits(pi)), n))


def holding(index: CatalogIndex, reading: Reading) -> np.ndarray:
    """The products holding every one of the reading's words (one of them, when ``any_of``) in one of its
    ``among`` strings, ascending, from the postings (a superset of those it ``fits``; every product when it
    has no word)."""
    first, last = _FIELD_SPAN[reading.among]
    found: np.ndarray | None = None
    for w in reading.words:
        t = index.tok_id.get(w)
        if t is None:
            if reading.any_of:
                continue
            return np.zeros(0, dtype=np.int64)
        rows = index.post_row[int(index.post_ptr[t]) : int(index.post_ptr[t + 1])]
        fields = index.s_field[rows]
        among = fields <= last if first == 0 else (fields >= first) & (fields <= last)
        if reading.strings_of:
            among &= index.s_ncontent[rows] == reading.strings_of
        prods = _distinct(index.s_prod[rows[among]])  # the postings ascend
        if found is None:
            found = prods
        elif reading.any_of:
            found = np.union1d(found, prods)
        else:
            found = np.intersect1d(found, prods, assume_unique=True)
        if not len(found) and not reading.any_of:
            break
    if found is None:
        found = np.zeros(0, dtype=np.int64) if reading.any_of else np.arange(len(index.products))
    if reading.kin_of is not None and len(found):
        codes = _category_codes(index)
        found = found[codes[found] == codes[reading.kin_of]]
    if reading.one_more and len(found):
        found = found[_one_more_word(index, found, reading.words)]
    return found


class Picked:
    """What retrieval scored of a line's products (``scored``; ``scores`` by product; score.py: _bounded) of
    those ``t`` holds (those sharing an essential segment when ``narrowed``), ``score_product`` scoring one
    (product, its strings sharing a word, their bounds); and the best-n reading that adds to them (`best`):
    what `_score_generic` and READ_AS_SCANNED (`read_further`) read."""

    def __init__(
        self,
        index: CatalogIndex,
        q: Query,
        seg: Segments,
        t: Touched,
        narrowed: bool,
        score_product: Callable[[int, list[int], list[float]], Scored],
    ) -> None:
        self.index, self.q, self.seg, self.t, self.narrowed = index, q, seg, t, narrowed
        self.score_product = score_product
        self.scored: list[Scored] = []
        self.scores: dict[int, float] = {}

    def score(self, t: Touched, j: int) -> None:
        """Score the product at position ``j`` of ``t`` (from its strings sharing a word, as the full scan)."""
        s = self.score_product(int(t.products[j]), t.rows_of(j), t.row_bounds_of(j))
        self.scored.append(s)
        self.scores[s.product] = s.score

    def best(
        self,
        held: np.ndarray,
        n: int,
        fits: Callable[[int], bool] | None = None,
        counted: Collection[int] = (),
    ) -> bool:
        """Score the ``n`` best-scoring of the products ``held`` (ascending) that ``fits`` (all, when None): in
        decreasing bound order until the next bound is below the n-th best score so far (a min-heap of the n
        best), the products ``counted`` (scored ones, all of which fit) among them from the start. Those that
        share no essential segment each score below the runner-up floor: unless the n best are all above it,
        they are read too, from their own postings (a rule may read them all the same). True when it scored any."""
        t = self.t
        at = _positions(t, held)
        more, least = self._best([(t, at)], n, fits, counted)
        if not self.narrowed or len(at) == len(held) or least >= RUNNER_FLOOR:
            return more
        outside = np.setdiff1d(held, t.products[at], assume_unique=True)
        more_t = touched(self.index, self.q, self.seg, only=outside)
        return self._best([(t, at), (more_t, np.arange(len(more_t.products)))], n, fits, counted)[0] or more

    def _best(
        self,
        sources: list[tuple[Touched, np.ndarray]],
        n: int,
        fits: Callable[[int], bool] | None,
        counted: Collection[int],
    ) -> tuple[bool, float]:
        """`best` of the products at the positions of each source (a Touched); (whether it scored any, the
        n-th best score, -inf when fewer fit)."""
        scores = self.scores
        if len(sources) == 1:
            t, at = sources[0]
            reads = [(t, j) for j in at[np.argsort(-t.bound[at], kind="stable")].tolist()]
        else:
            bounds = np.concatenate([tt.bound[at] for tt, at in sources])
            pairs = [(tt, j) for tt, at in sources for j in at.tolist()]
            reads = [pairs[k] for k in np.argsort(-bounds, kind="stable").tolist()]
        best = heapq.nlargest(n, (scores[pi] for pi in counted))
        best.reverse()  # ascending: a min-heap
        more = False
        for tt, j in reads:
            if len(best) >= n and tt.bound[j] < best[0]:
                break  # nothing left can be among the n best
            pi = int(tt.products[j])
            if pi in counted or (fits is not None and not fits(pi)):
                continue
            if pi not in scores:
                self.score(tt, j)
                more = True
            if len(best) < n:
                heapq.heappush(best, scores[pi])
            else:
                heapq.heappushpop(best, scores[pi])
        return more, best[0] if best and len(best) >= n else float("-inf")

    def read_further(self, readings: Sequence[Reading]) -> bool:
        """READ_AS_SCANNED: score the best-scoring products each reading of `choose`'s rules may read (`best`,
        of the products `holding` finds), in decreasing bound order until the next bound is below the
        reading's n-th best score; True when any was not scored yet."""
        more = False
        for r in readings:
            if r.n > 0 and self.best(holding(self.index, r), r.n, r.fits):
                more = True
        return more


def _positions(t: Touched, products: np.ndarray) -> np.ndarray:
    """The positions in ``t`` of those of ``products`` (ascending) it holds, ascending: by a binary search
    (``t.products`` ascend too)."""
    tp = t.products
    if not len(tp) or not len(products):
        return np.zeros(0, dtype=np.intp)
    at = np.searchsorted(tp, products).clip(max=len(tp) - 1)
    return at[tp[at] == products]  # type: ignore[no-any-return]


def holders(
    index: CatalogIndex, words: Iterable[str], among: Among, *, any_of: bool = False, strings_of: int = 0
) -> list[int]:
    """`holding` of a reading of ``words``, ascending: for a rule that reads all of them, whatever their scores
    (as a full scan reads them), not the best-scoring."""
    return holding(
        index, Reading(frozenset(words), among, every, 0, any_of=any_of, strings_of=strings_of)
    ).tolist()  # type: ignore[no-any-return]


def every(_pi: int) -> bool:
    """A reading's ``fits`` that keeps every product it holds."""
    return True


def name_word(token: str) -> bool:
    """A word of a product's name that tells it from its kin (FAMILY_ALIAS: "brown" of Brown Sugar Sticks):
    alphabetic, of three letters or more, no pack word (not a code, unit or number)."""
    return token.isalpha() and len(token) > 2 and token not in PACK_TOKENS


def variant_token(index: CatalogIndex, word: str) -> bool:
    """Whether a variant's name or alias holds the token (VARIANT_WORD_FAMILY reads a product of each such word
    the line says); per vocabulary token, computed on first use and kept with the index."""
    flags = index.__dict__.get("_variant_tokens")
    if flags is None:
        rows = np.flatnonzero(index.s_field == FIELD_CODE["variant"])
        flags = index.__dict__["_variant_tokens"] = np.zeros(len(index.tok_str), dtype=bool)
        flags[_row_tokens(index, rows)[0]] = True
    t = index.tok_id.get(word)
    return t is not None and bool(flags[t])


def _row_tokens(index: CatalogIndex, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the token ids of the strings ``rows``, one after the other; how many each string has)."""
    starts = index.s_start[rows].astype(np.intp)
    lengths = index.s_start[rows + 1].astype(np.intp) - starts
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return index.s_toks[np.repeat(starts, lengths) + offsets].astype(np.int64), lengths


def _one_more_word(index: CatalogIndex, products: np.ndarray, words: frozenset[str]) -> np.ndarray:
    """Per product, whether its name holds exactly one distinct `name_word` not among ``words`` (or its first
    string is no name: then it is kept), from the name strings' token ids: each product's first string is
    its name's (build.py: _own_texts), whose tokens its ProductInfo's name words are."""
    rows = index.p_start[products].astype(np.intp)
    named = index.s_field[rows] == NAME
    toks, lengths = _row_tokens(index, rows)
    owner = np.repeat(np.arange(len(rows)), lengths)
    flags = _name_word_flags(index).copy()
    flags[[index.tok_id[w] for w in words if w in index.tok_id]] = False  # the words it reads are said
    other = flags[toks]
    n_tok = len(index.tok_str) + 1
    pairs = owner[other] * n_tok + toks[other]
    pairs.sort()  # distinct (product, word) pairs: a name may say a word twice
    pairs = _distinct(pairs)
    count = np.bincount(pairs // n_tok, minlength=len(rows))
    return (count == 1) | ~named  # type: ignore[no-any-return]


def _distinct(ascending: np.ndarray) -> np.ndarray:
    """The distinct values of an ascending array, ascending (``np.unique`` without its sort)."""
    if not len(ascending):
        return ascending
    return ascending[np.append(True, ascending[1:] != ascending[:-1])]  # type: ignore[no-any-return]


def _name_word_flags(index: CatalogIndex) -> np.ndarray:
    """Per vocabulary token, whether it is a `name_word` (computed on first use, kept with the index)."""
    kept = index.__dict__.get("_name_word_flags")
    if kept is None:
        kept = index.__dict__["_name_word_flags"] = np.fromiter(
            (name_word(t) for t in index.tok_str), dtype=bool, count=len(index.tok_str)
        )
    return kept  # type: ignore[no-any-return]


def _category_codes(index: CatalogIndex) -> np.ndarray:
    """Per product, a number of its category (the same for the same category): computed on first use and
    kept with the index, so that a reading of one category's products is one comparison."""
    kept = index.__dict__.get("_category_codes")
    if kept is None:
        names: dict[str | None, int] = {}
        kept = index.__dict__["_category_codes"] = np.fromiter(
            (names.setdefault(p.category, len(names)) for p in index.products),
            dtype=np.int32,
            count=len(index.products),
        )
    return kept  # type: ignore[no-any-return]


# the field codes a reading's strings have, first and last (build.FIELDS: name, alias, example, keyword,
# variant, category)
_FIELD_SPAN = {
    Among.NAME: (FIELD_CODE["name"], FIELD_CODE["name"]),
    Among.NAME_OR_ALIAS: (FIELD_CODE["name"], FIELD_CODE["alias"]),
    Among.OWN: (FIELD_CODE["name"], FIELD_CODE["variant"]),
    Among.VARIANT: (FIELD_CODE["variant"], FIELD_CODE["variant"]),
}
assert (
    FIELD_CODE["name"] == 0
    and FIELD_CODE["alias"] == 1
    and FIELD_CODE["variant"] == FIELD_CODE["category"] - 1
)
