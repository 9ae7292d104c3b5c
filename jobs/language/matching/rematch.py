"""Second looks at a matched line whose phrase holds words that are not the product's: function words stuck
to its edges (EDGE_WORDS, edges.py), the pack's item count said beside the count of packs (PACK_COUNT_SAID:
"2 x 24 peroni" of a case of 24 is two cases, the 24 no part of the name), and two items run together
(RUN_TOGETHER: "two rolls cling film a foil" read as "cling film foil", a close match of the cling film,
while "cling film" and "foil" each name a product exactly: a human says which), and words written before the
count when the product follows it (LEAD_WORDS: "speedway meeting fri night 4 box beef dogs" is 4 boxes of beef
dogs when "beef dogs" names a product and no word before the count is one of the catalog's)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction.talk_words import DOCUMENT_WORDS
from jobs.language.matching.edges import catalog_word, match_trimmed
from jobs.language.matching.evidence import MatchKind
from jobs.language.matching.guards import second_look_unsaid
from jobs.language.matching.packs import pack_count_of, product_info
from jobs.language.matching.sizing import info_fits_number
from jobs.language.word_patterns import NUMBER_RE

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex


LEAD_WORDS = "LEAD_WORDS"
SIZE_NUMBER_SAID = "SIZE_NUMBER_SAID"
PACK_COUNT_SAID = "PACK_COUNT_SAID"
RUN_TOGETHER = "RUN_TOGETHER"
MAX_RUN_WORDS = 6  # two items of up to three words each; longer phrases are not split (bounded cost)


def second_look(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or a better reading of its line without the words that are not the product's."""
    m = match_after_count(index, match_trimmed(index, m))
    return run_together(index, match_pack_count(index, match_size_number(index, m)))


def match_size_number(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """SIZE_NUMBER_SAID: ``m``, or the same product read without a bare number that is its own size when the
    number kept the line a fuzzy match ("kenco rich 750" of Kenco Rich 750g, "coke zero 500" of the 500ml)."""
    if m.product is None or m.kind is not MatchKind.FUZZY or not m.line.understood or m.line.size:
        return m
    words = m.line.phrase.split()
    numbers = [w for w in words if NUMBER_RE.fullmatch(w)]
    if len(numbers) != 1 or len(words) < 2:
        return m
    if not info_fits_number(product_info(m.product), numbers[0].replace(",", ".")):
        return m
    again = index.match(replace(m.line, phrase=" ".join(w for w in words if w != numbers[0])))
    if (
        again.product is None
        or again.product.sku != m.product.sku
        or again.is_ambiguous
        or again.kind is MatchKind.FUZZY
        or (m.variant is not None and again.variant != m.variant)
    ):
        return m
    return replace(
        again,
        variant=again.variant or m.variant,
        reason=f"{again.reason}; {SIZE_NUMBER_SAID}: {numbers[0]} is its size",
    )


def match_after_count(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or the match of the words after the line's count when ``m`` names nothing or only resembles a
    product, those words name one product exactly or closely, and the words before the count are none of
    the catalog's (a label, an event or a person: "big night tonight 4 box beef dogs")."""
    lead = m.line.lead_words
    if not lead or not m.line.understood or (m.product is not None and m.kind is not MatchKind.FUZZY):
        return m
    words = m.line.phrase.split()
    before, after = words[:lead], words[lead:]
    if not after or any(catalog_word(index, w.lower(), own=False) for w in before):
        return m
    if any(w.lower() in DOCUMENT_WORDS for w in before):
        # DOCUMENT_COUNT: "our invoice inv 55120 shows 9 ...": the count is the document's, not asked
        return m
    again = index.match(replace(m.line, phrase=" ".join(after), lead_words=0))
    if again.product is None or again.is_ambiguous or again.kind is MatchKind.FUZZY:
        return m
    again = replace(again, reason=f"{again.reason}; {LEAD_WORDS}: '{' '.join(before)}' is no part of it")
    return second_look_unsaid(index, again, " ".join(before))


@lru_cache(maxsize=256)
def _times_count_rx(count: int) -> re.Pattern[str]:
    """ "N x <count>", compiled once per count (not in re's shared cache, which a pattern per message churns)."""
    return re.compile(rf"\d\s*[x×*]\s*{count}\b", re.IGNORECASE)


def match_pack_count(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or the same product read without the pack count the line says as "N x <count>"."""
    if m.product is None or not m.line.quantity_explicit or not m.line.understood:
        return m
    count = pack_count_of(m.product, m.variant)  # the named variant's own pack ("400g (case of 24)") first
    words = m.line.phrase.split()
    if not count or words.count(str(count)) != 1:
        return m
    if not _times_count_rx(count).search(m.line.original_text or ""):
        return m
    line = replace(m.line, phrase=" ".join(w for w in words if w != str(count)))
    again = index.match(line)
    same = again.product is not None and again.product.sku == m.product.sku
    if not same or again.is_ambiguous or again.confidence <= m.confidence:
        return m
    if m.variant is not None and again.variant != m.variant:
        return m
    return replace(again, reason=f"{again.reason}; {PACK_COUNT_SAID}: {count} is its pack count")


def _exact_sides(index: CatalogIndex, m: LineMatch, parts: tuple[list[str], ...]) -> list[LineMatch] | None:
    """Each part of ``m``'s phrase matched, when every one names one product exactly; None as soon as one
    does not (the parts after it are not matched)."""
    sides: list[LineMatch] = []
    for part in parts:
        x = index.match(replace(m.line, phrase=" ".join(part)))
        if x.product is None or x.is_ambiguous or x.kind is not MatchKind.EXACT:
            return None
        sides.append(x)
    return sides


def run_together(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or ``m`` made ambiguous when its phrase is not an exact match but splits into two parts that
    each name a different product exactly."""
    if m.product is None or m.is_ambiguous or m.kind is MatchKind.EXACT or not m.line.understood:
        return m
    words = m.line.phrase.split()
    if len(words) > MAX_RUN_WORDS:
        return m
    for k in range(1, len(words)):
        sides = _exact_sides(index, m, (words[:k], words[k:]))
        if sides is None:
            continue
        skus = tuple(sorted({x.product.sku for x in sides if x.product is not None}))
        if len(skus) == 2:
            reason = f"{RUN_TOGETHER}: '{m.line.phrase}' may be two items, {' and '.join(skus)}"
            return m.for_a_person(reason, skus)
    return m
