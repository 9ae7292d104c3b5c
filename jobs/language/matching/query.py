"""An order line's phrase as the matcher reads it (its words, size, weights and the catalog tokens each
word may be), and the records the scorer keeps per product."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from jobs.language.extraction import SIZE_WORDS, OrderLine
from jobs.language.matching.evidence import Evidence
from jobs.language.matching.ranges import code_numbers, ranged
from jobs.language.matching.tokens import is_content, is_number, tokens
from jobs.language.matching.vocabulary import PACK_TOKENS, case_or_box_said

if TYPE_CHECKING:
    from jobs.language.matching.catalog import CatalogVariant
    from jobs.language.matching.index import Candidate, CatalogIndex

_SIZE_NUMBER_RE = re.compile(r"(\d+)[a-z\"]*$")


@dataclass(frozen=True)
class Query:
    """An order line's phrase as the matcher reads it."""

    line: OrderLine
    words: list[str]  # every token, size words last
    size_words: list[str]  # "big", "small": a size class, not a measured size
    size: str | None  # the measured size: the line's, or the first one in its phrase
    content: list[str]  # the words that name the product
    numbers: list[str]  # bare numbers ("coke 1.5")
    surface: frozenset[str]  # the product words as written, untranslated
    weights: list[float]
    sims: list[dict[str, float]]  # per word: catalog tokens it may be, with a similarity
    # the products retrieval found may name the phrase completely (None: not narrowed); the others
    # have no cover kind, so `cover_kind` (cover.py) need not read their strings
    may_cover: set[int] | None = field(default=None, compare=False, repr=False)
    cover_kinds: dict[int, Cover | None] = field(default_factory=dict, compare=False, repr=False)
    ranged: dict[int, CatalogVariant] = field(default_factory=dict, compare=False, repr=False)  # ranges.py

    def exact_content(self) -> frozenset[str]:
        """The catalog tokens the product words are as the line says them (similarity 1, no typo)."""
        return frozenset(
            vt
            for w, sim in zip(self.words, self.sims, strict=True)
            if w in self.content
            for vt in sim
            if sim[vt] == 1.0
        )


@dataclass
class Scored:
    score: float
    product: int
    cand: Candidate
    evidence: Evidence


class Cover(Enum):
    """How completely one of a product's own strings is named by the line."""

    WEAK = "weak"  # a string with exactly the line's product words
    STRONG = "strong"  # a name, alias or example the line explains entirely, size and pack included


def read_query(index: CatalogIndex, line: OrderLine) -> Query | None:
    """The line's words, size and weights; None when no word names a product."""
    toks, phrase_sizes = tokens(line.phrase)
    variants, range_numbers = ranged(index, line)
    if range_numbers:  # RANGE_VARIANT: "haddock 8-10" names the 8-10oz fillets; 8 and 10 are not words of it
        toks = [t for t in toks if t not in range_numbers]
        phrase_sizes = [s for s in phrase_sizes if not _range_end(s, range_numbers)]
    size_words: list[str] = []
    line_size = None if line.size and _range_end(line.size, range_numbers) else line.size
    if line_size is not None and line_size in SIZE_WORDS.values():
        size_words.append(line_size)
        line_size = None
    if line_size is None and phrase_sizes:
        line_size = phrase_sizes[0]
    words = [t for t in toks if t not in size_words] + size_words
    content = [t for t in words if is_content(t) and t not in size_words]
    if not content:
        return None
    raw, _ = tokens(line.phrase, translate=False)
    code = code_numbers(line.phrase)
    return Query(
        line=line,
        words=words,
        size_words=size_words,
        size=line_size,
        content=content,
        numbers=[t for t in words if is_number(t)],
        surface=frozenset(t for t in raw if is_content(t)),
        weights=[0.0 if _unit_said(t, line) else _weight(index, t, t in size_words, code) for t in words],
        sims=[_not_negated(t, index.token_matches(t)) for t in words],
        ranged=variants,
    )


def _weight(index: CatalogIndex, tok: str, is_size_word: bool, code: frozenset[str]) -> float:
    """A word's weight; the numbers of a code the line says ("majirel 6/0") weigh nothing: they choose the
    variant (VARIANT_BY_CODE) or tell numbered look-alikes apart, as a range's numbers do, and another
    product's aliases ("koleston 6/0") make no words of a name of them."""
    return 0.0 if tok in code else index.query_weight(tok, is_size_word)


def _unit_said(tok: str, line: OrderLine) -> bool:
    """UNIT_WORD_SAID: a pack word after the goods ("calrose sack", "kvass bottles", "hummus tins") is the line's
    unit, read as such (a sack of a product sold by the sack agrees, a sack of one sold by the bag does not), as
    the same word before the goods is ("2 sack calrose"): it names no product, and weighs nothing among the
    product's words. Not a carton word: "milk cartons" are a product of their own beside the milk portions."""
    return tok == line.unit and tok in PACK_TOKENS and not case_or_box_said(line.phrase)


def _range_end(size: str, numbers: frozenset[str]) -> bool:
    """The size is the high end of a variant's range ("8-10oz" read as the size 10oz)."""
    m = _SIZE_NUMBER_RE.match(size)
    return m is not None and m.group(1) in numbers


# NEGATED_WORD: "unsalted" is not a typo of "salted", nor "non-alcoholic" of "alcoholic": a negating
# prefix makes a look-alike product, never the same word misspelt.
_NEGATING_PREFIXES = ("un", "non", "non-", "de", "sans", "sin", "senza", "ohne")


def _not_negated(tok: str, sims: dict[str, float]) -> dict[str, float]:
    def negated(a: str, b: str) -> bool:
        return any(b == p + a or a == p + b for p in _NEGATING_PREFIXES)

    return {c: v for c, v in sims.items() if v == 1.0 or not negated(tok, c)}
