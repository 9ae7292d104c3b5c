"""TWO_PRODUCTS: "3 cases foil containers with lids" names the containers and their lids, two products of
the catalog: a line whose words before and after "with" each name a different product is for a human."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.language.matching.evidence import Ambiguity, LineMatch

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

TWO_PRODUCTS = "TWO_PRODUCTS"
_WITH = re.compile(r"\s+(?:with|w/|mit|avec|con|met|com|plus)\s+", re.IGNORECASE)


def split_joined(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or ``m`` made ambiguous when each side of its "with" names another product on its own
    ("orange juice with bits": "bits" names nothing, so the line stands)."""
    if m.product is None or m.is_ambiguous or not m.line.understood:
        return m
    raw = _WITH.split(m.line.original_text.lower(), maxsplit=1)
    if len(raw) != 2:
        return m
    before = set(re.findall(r"[\wà-öø-ÿ]+", raw[0]))
    words = m.line.phrase.split()  # the extractor drops "with": its words, by side of the original
    parts = [" ".join(w for w in words if w in before), " ".join(w for w in words if w not in before)]
    if not all(parts):
        return m
    skus = set()
    for part in parts:
        side = index.match(replace(m.line, phrase=part))
        if side.product is None or side.ambiguity is Ambiguity.PRODUCTS or side.resolved_sku is None:
            return m  # a side that names a product but not its variant still names it
        skus.add(side.product.sku)
    if len(skus) < 2:
        return m
    reason = f"{TWO_PRODUCTS}: '{m.line.phrase}' names {' and '.join(sorted(skus))}"
    cands = tuple(sorted(skus))
    return m.for_a_person(reason, cands)
