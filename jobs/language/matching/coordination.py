"""Two things joined by "and" in one line: "No.2 foils and lids 1 box each" names the foil containers and
their lids; "2 boxes each of small and medium blue gloves" names two sizes of the gloves. The extractor,
which does not know the catalog, reads each as one line ("no2 foils lids", the lids' exact alias; "blue
gloves", small), so one of the two things was lost.

AND_EACH: with "each" the count is each one's, so the line becomes two lines with that count. JOINED_ITEMS:
without it ("3 cases of coke and fanta": three in all, or three each?) the line is for a human. Either
way a line that names two products, or two variants of its product, around an "and" is never confirmed
as one of them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction.codes import join_numbered
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.matching.evidence import MatchKind
from jobs.language.matching.sizing import variant_by_words
from jobs.language.matching.tokens import tokens

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

AND_EACH = "AND_EACH"
JOINED_ITEMS = "JOINED_ITEMS"
_AND = r"(?:and|&|\+|y|et|und|e|i|ve|og|och|en|oraz)"
_JOINED = re.compile(rf"([^\W\d_][\w.'-]*)\s+{_AND}\s+([^\W\d_][\w'-]*)", re.IGNORECASE)
_EACH = re.compile(r"\b(?:each|cada|chacun|chacune|je|ciascuno|ciascuna|każdego|her birinden)\b", re.I)


def split_coordinated(index: CatalogIndex, matches: Sequence[LineMatch]) -> list[LineMatch]:
    """Each line naming two things around an "and": two lines (AND_EACH) or one for a human (JOINED_ITEMS)."""
    out: list[LineMatch] = []
    for m in matches:
        out.extend(_split(index, m))
    return out


def _split(index: CatalogIndex, m: LineMatch) -> list[LineMatch]:
    if not m.line.understood:
        return [m]
    text = join_numbered(m.line.original_text.lower())  # "Level 4" is the phrase's "level4"
    each = _EACH.search(text) is not None
    for hit in _JOINED.finditer(text):
        left, right = hit.group(1).lower(), hit.group(2).lower()
        parts = _two_products(index, m, left, right) or _two_variants(m, left, right)
        if parts is None and _pack_word_paired(m, left, right):
            reason = f"{JOINED_ITEMS}: '{hit.group(0)}' names {left} and {right}; which, how many?"
            return [m.for_a_person(reason, (m.product.sku,) if m.product is not None else ())]
        if parts is None:
            continue
        if m.is_ambiguous and not each:
            return [m]  # already for a human
        what = " and ".join(parts[1])
        if each:
            reason = f"{AND_EACH}: '{hit.group(0)}' with a count each ({what})"
            return [replace(x, reason=f"{x.reason}; {reason}") for x in parts[0]]
        reason = f"{JOINED_ITEMS}: '{hit.group(0)}' names {what}; how many of each?"
        skus = tuple(dict.fromkeys(x.product.sku for x in parts[0] if x.product is not None))
        return [m.for_a_person(reason, skus)]
    return [m]


def _pack_word_paired(m: LineMatch, left: str, right: str) -> bool:
    """PACK_WORD_PAIRED (extraction/elements.py): the line keeps a pack word as one of a pair of goods ("2 4oz pots &
    lids"), a product the catalog match cannot name by that word alone (a pack word is a format there): the line
    names two things but was matched as the other one."""
    words = m.line.phrase.split()
    return left in PACK_UNITS and any((words[k - 1], words[k]) == (left, right) for k in range(1, len(words)))


def _two_products(
    index: CatalogIndex, m: LineMatch, left: str, right: str
) -> tuple[list[LineMatch], list[str]] | None:
    """The phrase split where the "and" was, when each side names a different product on its own."""
    words = m.line.phrase.split()
    joins = [k for k in range(1, len(words)) if (words[k - 1], words[k]) == (left, right)]
    if len(joins) != 1:
        return None
    if m.product is not None and _names_joined(m.product.name, m.product.aliases, left, right):
        return None  # "salt and vinegar crisps": the catalog's own name joins them
    k = joins[0]
    first = index.match(replace(m.line, phrase=" ".join(words[:k])))
    second = None
    if k > 1:  # "No.2 foils and lids": the words before both are both's ("no2 lids")
        shared = index.match(replace(m.line, phrase=" ".join(words[: k - 1] + words[k:])))
        second = shared if shared.kind is MatchKind.EXACT and shared.resolved_sku is not None else None
    if second is None:
        second = index.match(replace(m.line, phrase=" ".join(words[k:])))
    sides = [first, second]
    if any(s.product is None or s.is_ambiguous or s.resolved_sku is None for s in sides):
        return None
    skus = [s.resolved_sku or "" for s in sides]
    if skus[0] == skus[1]:
        return None
    return sides, skus


def _names_joined(name: str, aliases: Sequence[str], left: str, right: str) -> bool:
    rx = _joined_rx(left[:4], right[:4])
    return any(rx.search(s) for s in (name, *aliases))


@lru_cache(maxsize=256)
def _joined_rx(left: str, right: str) -> re.Pattern[str]:
    """ "<left>... and <right>", compiled once per pair of word openings."""
    return re.compile(rf"\b{re.escape(left)}\w*\s*{_AND}\s*{re.escape(right)}", re.IGNORECASE)


def _two_variants(m: LineMatch, left: str, right: str) -> tuple[list[LineMatch], list[str]] | None:
    """ "small and medium blue gloves": the line's product in the variant each side of the "and" names."""
    product = m.product
    if product is None or len(product.variants) < 2:
        return None
    named = [variant_by_words(product, tokens(w)[0]) for w in (left, right)]
    first, second = named
    if first is None or second is None or first.id == second.id:
        return None
    if m.variant is not None and m.variant.id not in (first.id, second.id):
        return None
    return [replace(m, variant=v) for v in (first, second)], [
        f"{product.sku} {v.name}" for v in (first, second)
    ]
