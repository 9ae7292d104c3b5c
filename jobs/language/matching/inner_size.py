"""SIZE_IN_NAME: "2 cs Coke 500ml PMP" is one item whose name goes on after its size, not two ("2 cs coke"
and "500ml of pmp"); so is "Coca-Cola 500ml PMP x 3 cs" and "1 outer dairy milk 110g pmp". The extractor,
which does not know the catalog, reads the words after a size as a new item; "2 cases coke 5kg tomatoes"
is two. The catalog tells them apart: the two parts of one segment are read as one line when that line
names a product on its own and the part after the size names none. NUMBER_IN_NAME and PACK_DESCRIBED ("Orange
juice 12x1L – 12 cases") join two lines the same way (their docstrings below)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.order_line import OrderLine
from jobs.language.extraction.sizes import canonical_size, size_value
from jobs.language.matching.evidence import MatchKind
from jobs.language.matching.packs import pack_count_of

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

SIZE_IN_NAME = "SIZE_IN_NAME"
NUMBER_IN_NAME = "NUMBER_IN_NAME"
PACK_DESCRIBED = "PACK_DESCRIBED"
_MEASURES = ("g", "kg", "ml", "l", "cl")


def join_inner_sizes(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """Each pair of neighbouring lines of one segment that is one item with a size inside its name, as one."""
    out: list[LineMatch] = []
    for m in matches:
        joined = (
            (
                _joined(index, out[-1], m)
                or _number_in_name(index, out[-1], m)
                or _pack_described(index, out[-1], m)
            )
            if out
            else None
        )
        if joined is None:
            out.append(m)
        else:
            out[-1] = joined
    return out


def _one_part(first: OrderLine, second: OrderLine) -> bool:
    """Two lines the extractor read from one part of the message, both understood."""
    return first.original_text == second.original_text and first.understood and second.understood


def _joined(index: CatalogIndex, a: LineMatch, b: LineMatch) -> LineMatch | None:
    first, second = a.line, b.line
    if not _one_part(first, second) or first.corrected or second.corrected or b.resolved_sku is not None:
        return None
    unmeasured = first.size is None or size_value(first.size) is None  # none, or a size class ("mini")
    if unmeasured and second.size is not None and not second.quantity_explicit:
        size, counted = second.size, first  # "2 cs Coke 500ml PMP", "72 mini tomato juices (the 200ml glass)"
    elif first.size is not None and not first.quantity_explicit and second.size is None:
        size, counted = first.size, second  # "Coca-Cola 500ml PMP x 3 cs"
    elif first.size is None and (measure := _measure_as_size(second)) is not None:
        size, counted = measure, first  # "1 outer dairy milk 110g pmp"
    else:
        return None
    phrase = f"{first.phrase} {second.phrase}"
    line = replace(counted, size=size, phrase=phrase, original_text=first.original_text)
    again = index.match(line)
    if again.resolved_sku is None or again.is_ambiguous:
        return None
    if again.kind is MatchKind.FUZZY or (a.resolved_sku is not None and again.resolved_sku != a.resolved_sku):
        return None  # "three lamb donner fifteen kilo a chicken one": two items, the second not a name's end
    if a.resolved_sku is not None and not a.is_ambiguous and again.confidence < a.confidence:
        return None
    reason = (
        f"{again.reason}; {SIZE_IN_NAME}: '{size}' is inside the name '{first.phrase} {size} {second.phrase}'"
    )
    return replace(again, reason=reason)


def _pack_described(index: CatalogIndex, a: LineMatch, b: LineMatch) -> LineMatch | None:
    """PACK_DESCRIBED: "Orange juice 12x1L – 12 cases", "coke 24x330ml - 5 cases": the "N x SIZE" after the
    name describes the pack; the count with its unit that follows is the order's. One line, not two."""
    first, second = a.line, b.line
    inherited = second.phrase not in second.original_text.lower()  # "12 cases" after the dash took the name
    if not (
        (_one_part(first, second) or (inherited and first.understood and second.understood))
        and first.phrase == second.phrase
        and first.unit is None
        and first.size is not None
        and second.unit is not None
        and second.size is None
        and _count_times_rx(str(first.quantity)).search(first.original_text)
    ):
        return None
    again = index.match(replace(second, size=first.size))
    product = again.product
    if again.resolved_sku is None or again.is_ambiguous or again.kind is MatchKind.FUZZY or product is None:
        return None
    if pack_count_of(product, again.variant) != first.quantity:
        return None  # the "N x" is not the pack the product is sold in: two counts, a person reads them
    return replace(
        again, reason=f"{again.reason}; {PACK_DESCRIBED}: '{first.quantity} x {first.size}' is the pack"
    )


@lru_cache(maxsize=256)
def _count_times_rx(count: str) -> re.Pattern[str]:
    """ "<count> x <number>", compiled once per count (re's shared cache would churn on a pattern a message)."""
    return re.compile(rf"(?<![\d.,]){re.escape(count)}\s*[x×]\s*\d", re.I)


@lru_cache(maxsize=256)
def _word_between_rx(last: str, nxt: str) -> re.Pattern[str]:
    """One word between ``last`` and ``nxt``, compiled once per pair."""
    return re.compile(rf"\b{re.escape(last)}\s+([^\W\d_]+)\s+{re.escape(nxt)}\b")


def _number_in_name(index: CatalogIndex, a: LineMatch, b: LineMatch) -> LineMatch | None:
    """NUMBER_IN_NAME: "2 Pukka three mint" is two of the Pukka Three Mint tea, not two Pukka and three
    mint: a number word between two parts of one segment is a word of the name when the whole names a
    product (exactly, or closely one the parts already named) and the part after it names none exactly."""
    first, second = a.line, b.line
    if (
        not _one_part(first, second)
        or not (first.phrase and second.phrase)
        or b.kind is MatchKind.EXACT
        or first.size
        or second.size
    ):
        return None
    last, nxt = first.phrase.split()[-1], second.phrase.split()[0]
    said = _word_between_rx(last, nxt).search(first.original_text.lower())
    if said is None or NUMBER_WORDS.get(said.group(1)) != second.quantity:
        return None
    phrase = f"{first.phrase} {said.group(1)} {second.phrase}"
    again = index.match(replace(first, phrase=phrase))
    if again.kind is MatchKind.FUZZY or again.resolved_sku is None or again.is_ambiguous:
        return None
    if again.kind is not MatchKind.EXACT and again.resolved_sku not in (a.resolved_sku, *b.candidates):
        return None  # a close reading counts only for a product one of the two parts already named
    return replace(
        again, reason=f"{again.reason}; {NUMBER_IN_NAME}: '{said.group(1)}' is a word of '{phrase}'"
    )


def _measure_as_size(line: OrderLine) -> str | None:
    """ "110g pmp" read as 110 g of "pmp": the measure is the size of the item before it."""
    if line.size is not None or line.unit not in _MEASURES or not line.quantity_explicit:
        return None
    return canonical_size(line.quantity, line.unit)
