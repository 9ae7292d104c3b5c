"""Numbers, units and pack sizes: ``330 ml`` / ``33cl`` / ``0.33 l`` are all the size ``330ml``."""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation

from jobs.language.extraction.measures import IMPERIAL, MEASURES
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.extraction.patterns import HALF_LITRE_RE, LONE_NUM, SIZE_RE
from jobs.language.rewrites import Step, rewrite

_ENGLISH_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
    ]
)
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+")


def dec(text: str) -> Decimal | None:
    """A number as written, decimal comma or point ("1,5" -> 1.5), or a thousands comma ("1,000" cups,
    "2,500": a comma before exactly three digits groups thousands); None when it is not one."""
    if _THOUSANDS.fullmatch(text):
        text = text.replace(",", "")
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def fmt(d: Decimal) -> str:
    """Decimal without exponent or trailing zeros: 1.50 -> '1.5', 50 -> '50'."""
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def normalize_unit(word: str) -> str | None:
    """Canonical pack or measure unit for a word (``cs`` -> ``case``, ``kilos`` -> ``kg``), else None."""
    w = word.lower().strip(".")
    if w in PACK_UNITS:
        return PACK_UNITS[w]
    if w in MEASURES:
        return MEASURES[w][1]
    return None


def canonical_size(value: Decimal, unit_word: str) -> str | None:
    """Canonical size string: 330 ml / 0.33 l / 33 cl -> '330ml'; 1.5 litre -> '1.5l'; 500 g -> '500g'."""
    m = MEASURES.get(unit_word.lower().strip("."))
    if m is None:
        return None
    dim, unit, factor = m
    base = value * factor
    if dim == "vol":
        return f"{fmt(base)}ml" if base < 1000 else f"{fmt(base / 1000)}l"
    if dim == "wt":
        return f"{fmt(base)}g" if base < 1000 else f"{fmt(base / 1000)}kg"
    return f"{fmt(value)}{unit}"


@functools.lru_cache(maxsize=4096)
def size_value(size: str) -> tuple[str, Decimal] | None:
    """Split a canonical size into (dimension, amount in ml / g / own unit) for comparisons. Kept per
    size (a few hundred distinct ones; the matcher compares each line's size with every size a catalog
    sells, thousands of times a pass at 20,000 products)."""
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", size)
    if not m or m.group(2) not in MEASURES:
        return None
    dim, _unit, factor = MEASURES[m.group(2)]
    amount = Decimal(m.group(1)) * factor
    if dim in IMPERIAL:  # a 4 pint milk is a 2.272 l milk
        dim, per = IMPERIAL[dim]
        amount *= per
    return dim, amount


# 14in, 12" and 12″ are 12 inch (a size, never a count); "in" alone is a preposition
_INCH_RE = re.compile(r"(" + LONE_NUM + r")(?:in\b|\s*[\"″])")


# English number words before a measure: "ten inch pizza boxes", "the fifteen gram ones", "lamb donner
# fifteen kilo" are sizes written out, the same as "10 inch", "15g", "15 kilo".
_EN_NUMBERS = {w: n for w, n in NUMBER_WORDS.items() if w in _ENGLISH_NUMBER_WORDS}
_WORD_SIZE_RE = re.compile(
    r"\b("
    + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True))
    + r")[\s-]+("
    + "|".join(sorted((re.escape(k) for k in MEASURES if len(k) > 1), key=len, reverse=True))
    + r")\b"
)


# spell_sizes's rewrites in order (jobs/language/rewrites.py)
SPELL_STEPS: tuple[Step, ...] = (
    (None, HALF_LITRE_RE, " 500ml "),
    (None, _WORD_SIZE_RE, lambda m: f"{_EN_NUMBERS[m.group(1)]} {m.group(2)}"),
    (("in", '"', "″"), _INCH_RE, r" \1 inch "),
)


def spell_sizes(text: str) -> str:
    """Sizes written in shorthand spelled out for SIZE_RE: "half a litre" -> 500ml, 14in / 12" -> inch,
    "ten inch" -> 10 inch."""
    return rewrite(text, SPELL_STEPS)


def find_sizes(text: str) -> list[str]:
    """Every canonical size mentioned in a text (product names, aliases, variant names)."""
    out: list[str] = []
    for m in SIZE_RE.finditer(spell_sizes(text.lower())):
        value = dec(m.group(1))
        if value is None or value == 0:
            continue
        size = canonical_size(value, m.group(2))
        if size and size not in out:
            out.append(size)
    return out
