"""Second looks at a matched line whose phrase holds words that are not the product's: function words stuck
to its edges (EDGE_WORDS, edges.py) and the pack's item count said beside the count of packs
(PACK_COUNT_SAID: "2 x 24 peroni" of a case of 24 is two cases, the 24 no part of the name)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.language.matching.edges import match_trimmed, only_function_words
from jobs.language.matching.packs import product_info

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

PACK_COUNT_SAID = "PACK_COUNT_SAID"
__all__ = ["PACK_COUNT_SAID", "match_pack_count", "only_function_words", "second_look"]


def second_look(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or a better reading of its line without the words that are not the product's."""
    return match_pack_count(index, match_trimmed(index, m))


def match_pack_count(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or the same product read without the pack count the line says as "N x <count>"."""
    if m.product is None or not m.line.quantity_explicit or not m.line.understood:
        return m
    count = product_info(m.product).pack_count
    words = m.line.phrase.split()
    if not count or words.count(str(count)) != 1:
        return m
    if not re.search(rf"\d\s*[x×*]\s*{count}\b", m.line.original_text or "", re.IGNORECASE):
        return m
    line = replace(m.line, phrase=" ".join(w for w in words if w != str(count)))
    again = index.match(line)
    same = again.product is not None and again.product.sku == m.product.sku
    if not same or again.is_ambiguous or again.confidence <= m.confidence:
        return m
    if m.variant is not None and again.variant != m.variant:
        return m
    return replace(again, reason=f"{again.reason}; {PACK_COUNT_SAID}: {count} is its pack count")
