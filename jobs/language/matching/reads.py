"""What `choose`'s rules read of the scored products, so that retrieval can score exactly that.

`choose` (cover.py) is given the products the line's retrieval scored (score.py: ``by_product``), best
first. Retrieval guarantees the best and the runners-up the decision reads, and every product that may
name the phrase completely; a rule that reads further down ("the best-scoring products whose name holds
the line's words") asks for it through `Ranked.best`, which records the reading. READ_AS_SCANNED: after
`choose`, retrieval scores the best-scoring products of every recorded reading that it had not scored
(in decreasing bound order, as far as one can still be among them) and `choose` runs again, until a run
reads nothing unscored: the answer is the full scan's (tests/test_retrieval_reads.py), at the cost of the
rules that read, not of every line.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

import numpy as np

from jobs.language.matching.build import FIELD_CODE, NAME
from jobs.language.matching.query import Scored
from jobs.language.matching.vocabulary import PACK_TOKENS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex


class Among(Enum):
    """The strings a reading's products hold all the words in (through the postings, no typos): every
    product a reading's ``fits`` accepts holds them there, so retrieval reads only those products."""

    NAME = "name"  # the product's name ("cset <= name_content")
    NAME_OR_ALIAS = "name_or_alias"  # its name or one of its aliases (HEAD_WORD's contiguous words)


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
    ) -> list[int]:
        """The ``n`` best-scoring products that ``fits`` (all of product ``kin_of``'s category, when given;
        with names of one `name_word` more than ``words``, when ``one_more``); recorded, so that retrieval
        scores them all."""
        self.readings.append(Reading(frozenset(words), among, fits, n, kin_of, one_more))
        return list(itertools.islice((pi for pi in self if fits(pi)), n))


def holding(index: CatalogIndex, reading: Reading) -> np.ndarray:
    """The products holding every one of the reading's words in one of its ``among`` strings, ascending,
    from the postings (a superset of those it ``fits``; every product sharing a word when it has none)."""
    last = _LAST_FIELD[reading.among]
    found: np.ndarray | None = None
    for w in reading.words:
        t = index.tok_id.get(w)
        if t is None:
            return np.zeros(0, dtype=np.int64)
        rows = index.post_row[int(index.post_ptr[t]) : int(index.post_ptr[t + 1])]
        prods = _distinct(index.s_prod[rows[index.s_field[rows] <= last]])  # the postings ascend
        found = prods if found is None else np.intersect1d(found, prods, assume_unique=True)
        if not len(found):
            break
    if found is None:
        found = np.arange(len(index.products))
    if reading.kin_of is not None and len(found):
        codes = _category_codes(index)
        found = found[codes[found] == codes[reading.kin_of]]
    if reading.one_more and len(found):
        found = found[_one_more_word(index, found, reading.words)]
    return found


def name_word(token: str) -> bool:
    """A word of a product's name that tells it from its kin (FAMILY_ALIAS: "brown" of Brown Sugar Sticks):
    alphabetic, of three letters or more, no pack word (not a code, unit or number)."""
    return token.isalpha() and len(token) > 2 and token not in PACK_TOKENS


def _one_more_word(index: CatalogIndex, products: np.ndarray, words: frozenset[str]) -> np.ndarray:
    """Per product, whether its name holds exactly one distinct `name_word` not among ``words`` (or its first
    string is no name: then it is kept), from the name strings' token ids: each product's first string is
    its name's (build.py: _own_texts), whose tokens its ProductInfo's name words are."""
    rows = index.p_start[products].astype(np.intp)
    named = index.s_field[rows] == NAME
    starts = index.s_start[rows].astype(np.intp)
    lengths = index.s_start[rows + 1].astype(np.intp) - starts
    owner = np.repeat(np.arange(len(rows)), lengths)
    offsets = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    toks = index.s_toks[np.repeat(starts, lengths) + offsets].astype(np.int64)
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


# the field codes a reading's strings have (name and alias are the first two: build.FIELDS)
_LAST_FIELD = {Among.NAME: FIELD_CODE["name"], Among.NAME_OR_ALIAS: FIELD_CODE["alias"]}
assert FIELD_CODE["name"] == 0 and FIELD_CODE["alias"] == 1
