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

from jobs.language.matching.build import FIELD_CODE
from jobs.language.matching.query import Scored

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
    ) -> list[int]:
        """The ``n`` best-scoring products that ``fits`` (all of product ``kin_of``'s category, when given);
        recorded, so that retrieval scores them all."""
        self.readings.append(Reading(frozenset(words), among, fits, n, kin_of))
        return list(itertools.islice((pi for pi in self if fits(pi)), n))


def holding(index: CatalogIndex, reading: Reading) -> np.ndarray:
    """The products holding every one of the reading's words in one of its ``among`` strings, ascending,
    from the postings (a superset of those it ``fits``; every product sharing a word when it has none)."""
    fields = np.array([FIELD_CODE[f] for f in _FIELDS[reading.among]], dtype=index.s_field.dtype)
    found: np.ndarray | None = None
    for w in reading.words:
        t = index.tok_id.get(w)
        if t is None:
            return np.zeros(0, dtype=np.int64)
        rows = index.post_row[int(index.post_ptr[t]) : int(index.post_ptr[t + 1])]
        prods = np.unique(index.s_prod[rows[np.isin(index.s_field[rows], fields)]])
        found = prods if found is None else np.intersect1d(found, prods, assume_unique=True)
        if not len(found):
            break
    if found is None:
        found = np.arange(len(index.products))
    if reading.kin_of is not None and len(found):
        codes = _category_codes(index)
        found = found[codes[found] == codes[reading.kin_of]]
    return found


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


_FIELDS = {Among.NAME: ("name",), Among.NAME_OR_ALIAS: ("name", "alias")}
