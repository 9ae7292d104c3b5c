"""WORDS_RESTORED: the extractor drops words it reads as size, filler or count words ("jumbo" is a size
class, "extra" a request for more), without the catalog. When such a word is part of a product's own name
("jumbo sausages", "mini jumbo rolls"), a line left ambiguous without it is read again with the words of
its segment that no other line took. The reading only counts when it chooses among the products the line
already fitted, so a restored word can settle an ambiguity, never bring in another product; or when the
line only resembled its product ("oats", close to "porridge oats") and the restored reading names one
exactly ("1 jumbo oats 25kg sack")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.language.extraction.measures import MEASURES, SIZE_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.matching.edges import catalog_word
from jobs.language.matching.evidence import Ambiguity, MatchKind
from jobs.language.word_patterns import WORD_RE

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

WORDS_RESTORED = "WORDS_RESTORED"
MAX_RESTORED = 2  # a word or two of a name; more is another item the extractor split off


def restore_dropped_words(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """Each line ambiguous between products read again with the catalog words its segment dropped."""
    taken: dict[str, set[str]] = {}
    for m in matches:
        taken.setdefault(m.line.original_text, set()).update(m.line.phrase.lower().split())
    return [_restored(index, m, taken[m.line.original_text]) for m in matches]


def _restored(index: CatalogIndex, m: LineMatch, taken: set[str]) -> LineMatch:
    fitted = m.candidates if m.ambiguity is Ambiguity.PRODUCTS else ()
    if m.product is None:  # matched nothing: its nearest products
        fitted = tuple(sku for sku, _ in m.alternatives)
    # a line that only resembles its product ("oats", close to "porridge oats") may name another exactly
    # with a dropped word ("jumbo oats"): then only an exact reading counts
    resembles = m.resolved_sku is not None and not m.is_ambiguous and m.kind is not MatchKind.EXACT
    if not (fitted or resembles) or not m.line.understood:
        return m
    words = WORD_RE.findall(m.line.original_text.lower())
    dropped = [
        w
        for w in dict.fromkeys(words)
        if w not in taken
        and w not in PACK_UNITS
        and w not in MEASURES
        and (w in SIZE_WORDS or catalog_word(index, w, own=True))  # a size word is no token of the index
    ]
    if not dropped or len(dropped) > MAX_RESTORED:
        return m
    own = m.line.phrase.lower().split()
    if set(own) <= set(words):  # in the segment's order: "mini jumbo rolls"
        phrase = " ".join(dict.fromkeys(w for w in words if w in set(own) | set(dropped)))
    else:
        phrase = " ".join([*dropped, *own])
    size = None if any(SIZE_WORDS.get(w) == m.line.size for w in dropped) else m.line.size
    again = index.match(replace(m.line, phrase=phrase, size=size))
    if again.is_ambiguous or again.resolved_sku is None:
        return m
    if again.resolved_sku not in fitted and not (resembles and again.kind is MatchKind.EXACT):
        return m
    if again.kind is not MatchKind.EXACT and any(w in SIZE_WORDS for w in dropped):
        return m  # "360 large free range eggs": a size word may be the eggs' size, not a word of a name
    reason = (
        f"{again.reason}; {WORDS_RESTORED}: {', '.join(repr(w) for w in dropped)} read back into '{phrase}'"
    )
    return replace(again, reason=reason)
