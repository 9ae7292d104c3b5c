"""RANGE_VARIANT: variants named by a range ("4-6oz", "8-10oz" fish fillets, "16/20" prawns, "3/8" chips): the
same range said in the line ("2 x haddock 8-10", "cod 10/12", "three boxes of the six to eight haddock")
names that variant, and its two numbers are neither a count, a size nor words of the product's name. Only
ranges some variant of the catalog is named by are read so: "10-12kg tomatoes" stays a quantity range.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction.number_words import NUMBER_WORDS, RISKY_NUMBER_WORDS

if TYPE_CHECKING:
    from jobs.language.extraction import OrderLine
    from jobs.language.matching.catalog import CatalogVariant
    from jobs.language.matching.index import CatalogIndex

RANGE_VARIANT = "RANGE_VARIANT"
Range = tuple[int, int]
_NAME_RE = re.compile(r"^\s*(\d{1,3})\s*[-/–]\s*(\d{1,3})\s*[a-z\"]{0,4}\s*$", re.IGNORECASE)
_SAID_RE = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:-|–|/|to|a|à)\s*(\d{1,3})(?![\d.,])", re.IGNORECASE)
# VARIANT_BY_CODE (sizing.py): two numbers about a slash, point or hyphen with no unit after them ("7/0", "5.35",
# "6-68": a hair colour's shade) may be a variant's code: its numbers are no words of a name
CODE_RE = re.compile(r"(?<![\d.,/-])(\d{1,2})\s?[/.-]\s?(\d{1,3})(?![\d.,/-]|\s?(?:ml|cl|l|g|kg|oz|cm|mm)\b)")
_WORD_RE = re.compile(
    r"\b("
    + "|".join(sorted((w for w in NUMBER_WORDS if w not in RISKY_NUMBER_WORDS), key=len, reverse=True))
    + r")\b"
)


def range_variants(index: CatalogIndex) -> dict[Range, list[tuple[int, CatalogVariant]]]:
    """(low, high) -> the (product, variant) pairs named by that range, built on first use per index."""
    if index._ranges is not None:
        return index._ranges
    out: dict[Range, list[tuple[int, CatalogVariant]]] = {}
    for pi, product in enumerate(index.products):
        for v in product.variants:
            for text in (v.name, *v.ai_aliases):
                m = _NAME_RE.match(text)
                if m and int(m.group(1)) < int(m.group(2)):
                    pairs = out.setdefault((int(m.group(1)), int(m.group(2))), [])
                    if (pi, v) not in pairs:
                        pairs.append((pi, v))
    index._ranges = out
    return out


def said_ranges(text: str) -> list[Range]:
    """The ranges a text says, in digits or in words ("8-10", "10/12", "six to eight")."""
    low = _WORD_RE.sub(lambda m: str(NUMBER_WORDS[m.group(1)]), text.lower())
    return [(int(a), int(b)) for a, b in _SAID_RE.findall(low) if int(a) < int(b)]


def ranged(index: CatalogIndex, line: OrderLine) -> tuple[dict[int, CatalogVariant], frozenset[str]]:
    """(product -> the variant the line's range names, the range's numbers) for ranges some variant has."""
    by_range = range_variants(index)
    if not by_range:
        return {}, frozenset()
    variants: dict[int, CatalogVariant] = {}
    numbers: set[str] = set()
    for r in said_ranges(line.original_text or line.phrase):
        for pi, v in by_range.get(r, ()):
            variants.setdefault(pi, v)
            numbers.update(str(n) for n in r)
    return variants, frozenset(numbers)


@lru_cache(maxsize=2048)
def code_numbers(phrase: str) -> frozenset[str]:
    """The numbers of the codes a phrase says ("koleston 7/0 and 9/03" -> 7, 0, 9, 03). Kept per phrase:
    the size evidence asks it for every product a line scores (sizing.py)."""
    return frozenset(n for pair in CODE_RE.findall(phrase) for n in pair)
