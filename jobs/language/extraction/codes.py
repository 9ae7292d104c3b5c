"""Names that carry a number, which is never a count: flour "T55", oysters "No.3", a "size 18" chicken,
"54%" chocolate, "3-ply" rolls, a "2-in-1" shampoo, a "5-compartment" bento, a "1 gang" switch, a "3-way" connector, a cheese "24 months" ("24 mesi"), a whisky "12 year old", a
gastronorm "GN 1/1", vacuum pouches "300 x 400", a Turkish "36'lık" wok. The extractor and both of the matcher's
tokenisers read them the same way."""

from __future__ import annotations

import re

from jobs.language.rewrites import Step, rewrite

# One word each: a letter and 2-4 digits (t55), a joined number name (no3, size18, 3ply, 2in1), a strength (54%).
CODE_WORD = (
    r"\b[a-wyz]\d{2,4}\b|\b(?:no|size|class|level)\d{1,3}\b|\b\d(?:ply|in\d)\b|\b\d{1,3}(?:mo|yo)\b"
    r"|\bco2\b|\ba[3-6]\b"  # CO2 gas, A4 paper
    r"|\bgn\d{2}\b"  # a gastronorm size
    r"|\b\d{2,4}x\d{2,4}\b"  # dimensions: "300x400" vacuum pouches
    r"|\b\d{1,2}(?:compartment)\b"  # "5-compartment" bento
    r"|\bmix\d{4}\b"  # a mix ratio: "60/40" gas
    r"|\bu\d{1,3}\b"  # a count grade: "U/10" squid, "U15" scallops
    r"|\b\d{1,2}vol\b"  # a peroxide's volume strength: "20 vol" developer
)
# MIX_RATIO: two shares of 100 ("mixed gas 60/40", "30/70 guinness gas", a "70/30" blend) name a mix, never a
# date or a count (a share above 31 is no day); one word each: "mix6040".
_RATIO = re.compile(r"(?<![\d/])([1-9]\d)\s?/\s?([1-9]\d)(?![\d/])")


# COUNT_GRADE: seafood graded "under N to the pound" is written "U/10", "U-10" or "U10": one word, "u10", on both
# sides, never a count (the catalog's variant "U/10" was read as a bare 10, and "squid U10" named nothing).
_UNDER = re.compile(r"\b[uU]\s?[/-]\s?(\d{1,3})\b(?!\s*[/-]\s*\d)")


# FISH_SAUCE_GRADE: a fish sauce's degrees of nitrogen ("Red Boat 40°N", "40N", "40 độ đạm") are one word,
# "n40", on both sides: never a count of a product "n" (it was 40 of nothing). "31/40 n 2 msg" is a range and "and".
_NITROGEN = re.compile(r"(?<![\d.,/])([1-6]\d)(?:\s?[°º]\s?)?n(?![\w'])", re.IGNORECASE)


def _ratio(m: re.Match[str]) -> str:
    a, b = int(m.group(1)), int(m.group(2))
    return f"mix{a}{b}" if a + b == 100 and max(a, b) > 31 else m.group(0)


# VOLUME_STRENGTH: a hair developer's strength in volumes ("20 vol", "30 volumes", "ossigeno 20 volumi", Polish
# "30 wolumenów") is one word of its name ("20vol"), never a count of the next word: "welloxon 20 vol 1L x 4"
_VOL = re.compile(
    r"\b(\d{1,2})\s?-?\s?(?:vol|vols|volume|volumes|volumi|volumen|wolumen(?:y|ow|ów)?)\b\.?", re.I
)

# Turkish writes the percent sign first: "oksidan %6", "%9" are the 6% and 9% strengths ("6%", as the catalog says)
_PERCENT_FIRST = re.compile(r"(?<![\w%])%\s?(\d{1,2}(?:[.,]\d{1,2})?)(?![\d%])")

_PREFIX = {
    "no": "no",
    "nr": "no",
    "n°": "no",
    "number": "no",
    "size": "size",
    "taille": "size",
    "größe": "size",
    "grösse": "size",
    "talla": "size",
    "taglia": "size",
    "maat": "size",
    "tamanho": "size",
    "class": "class",
    "clasa": "class",
    "classe": "class",
    "clase": "class",
    "klasse": "class",
    "grade": "class",
    "categoria": "class",
    "kategorie": "class",
    "level": "level",  # IDDSI texture levels of care-home food: "level 4 puree", "level 6 fish pie"
    "poziom": "level",
    "nivel": "level",
    "niveau": "level",
}
# In free text "no 2" may be an answer ("no, 2 cases"): only "no." / "n°" / "nr" / "number" join there.
_OTHERS = "|".join(re.escape(p) for p in _PREFIX if p not in ("no", "nr"))
# never when a pack word follows: "rizla king size 1 tray" is one tray of the king size papers
_NOT_A_COUNT = (
    r"(?!\s*(?:x\b|cases?\b|cs\b|trays?\b|box(?:es)?\b|packs?\b|outers?\b|bags?\b|bottles?\b|cans?\b))"
)
_STRICT = re.compile(rf"\b(no\.|nr\.?|{_OTHERS})\s?(\d{{1,3}})\b{_NOT_A_COUNT}", re.I)
_LOOSE = re.compile(rf"\b(no\.?|nr\.?|{_OTHERS})\s?(\d{{1,3}})\b{_NOT_A_COUNT}", re.I)


# Paper's plies and two-in-one products: "3-ply", "2 ply", "2-in-1" are one word of a name, never a count.
_PLY = re.compile(r"\b(\d)(?:\s?-?\s?(ply)|(?:-in-|in)(\d))\b", re.I)


# Parts a product is made with: "5-compartment bento" is one word; so are the trade counter's gangs and ways
# (PARTS_NUMBER, session 18): "1 gang switch", "2 gang back box", "3-way wago", "10 way consumer unit" ("6 white 1 gang
# switches" was 6 white and 1 "gang switches"; "100 wagos 3 way" 3 of "way"). Never "ways" ("split the bill 4 ways"),
# nor a muffin tray's holes ("5 x 12 hole ones" names the variant after an ellipsis, VARIANT_OF_PREVIOUS).
_PARTS = re.compile(
    r"\b(\d{1,2})\s?-?\s?(compartments?|gang|way)\b(?!\s*(?:x\b|of\b))",
    re.I,
)


# An age is one word of a name: "parmigiano 24 mesi" -> "24mo", "glenfiddich 12 year old" -> "12yo".
_MONTHS = re.compile(
    r"\b(?:aged\s+)?(\d{1,3})\s?-?\s?(?:months?|mths?|mesi|meses|mois|monate|monaten|miesiecy|miesięcy|ay)\b"
    r"(?:\s*-?\s*old)?",
    re.I,
)
_YEARS = re.compile(
    r"\b(?:aged\s+)?(\d{1,2})\s?-?\s?(?:years?\s*-?\s*old|yrs?\s*-?\s*old|y\.?o\.?|anni|años|anos|ans|jahre)(?!\w)",
    re.I,
)


# Gastronorm sizes (EN 631), the catering container standard: "GN 1/1", "2 x 1/9 gastro", "4 clear 1/1 lids"
# are one word each ("gn11"), never a count nor a date. The sizes that are no everyday fraction always are;
# 1/2, 1/3, 2/3 and 1/4 only beside "gn"/"gastro(norm)" ("1/2 a case" stays half a case).
_GN_ALWAYS = r"(?:1/1|2/1|1/6|1/9|2/4|2/8)"
_GN = re.compile(
    rf"\b(?:(?:gn|gastro(?:norm)?s?)\s*(?P<a>[12]/[1-9])\b|(?P<b>{_GN_ALWAYS})\b(?!\s*(?:of|x)\b)"
    r"|(?P<c>[12]/[2-4])(?=\s*(?:gn|gastro)))",
    re.I,
)


_DATE_BEFORE = re.compile(
    r"\b(?:on|by|for|before|until|till|from|the|delivery|deliver|due|dated?|w/c)\s*$", re.I
)


def _gn(m: re.Match[str]) -> str:
    said = m.group("a") or m.group("b") or m.group("c")
    if m.group("a") is None and _DATE_BEFORE.search(m.string[max(0, m.start() - 12) : m.start()]):
        return m.group(0)  # "delivery on 1/9": a date
    return m.group(0).replace(said, f"gn{said.replace('/', '')}")


# Dimensions after a name ("vacuum pouches 300 x 400 x 1 box", "baking paper 40 x 60cm") are one word, never
# a count; a count comes first ("20 x 40cm tongs"), so only a pair that follows a word is joined.
_DIMENSIONS = re.compile(
    r"(?<=[^\W\d]\s)(\d{2,4})\s*[x×*]\s*(\d{2,4})(?:\s*(?:mm|cm))?\b(?!\s*(?:ml|cl|l|g|kg|oz)\b)", re.I
)
# Turkish size suffixes: "36'lık wok", "40'lik süzgeç" are the 36 and 40 sizes.
_TR_SIZE = re.compile(r"\b(\d{1,3})\s?'\s?(?:l[ıiuü]k|l[ıiuü])\b", re.I)


def _prefixed(m: re.Match[str]) -> str:
    return f"{_PREFIX[m.group(1).lower().rstrip('.')]}{m.group(2)}"


_COMMON: tuple[Step, ...] = (
    ("/", _GN, _gn),  # the cheap look first: most names hold none of these
    ("/", _RATIO, _ratio),  # MIX_RATIO: "mixed gas 60/40"
    ("/-", _UNDER, r"u\1"),  # COUNT_GRADE: "U/10" squid
    ("nN", _NITROGEN, r"n\1"),  # FISH_SAUCE_GRADE: "40°N"
    ("x×*", _DIMENSIONS, r"\1x\2"),
    ("'", _TR_SIZE, r"\1"),
    (None, _VOL, r"\1vol"),
    ("%", _PERCENT_FIRST, r"\1%"),
    (None, _PLY, lambda m: f"{m.group(1)}{'ply' if m.group(3) is None else 'in' + m.group(3)}"),
    (None, _PARTS, lambda m: f"{m.group(1)}{m.group(2).lower().removesuffix('s')}"),
    (None, _MONTHS, lambda m: f"{m.group(1)}mo"),
    (None, _YEARS, lambda m: f"{m.group(1)}yo"),
)
# join_numbered's rewrites in order (jobs/language/rewrites.py: a gate is characters one of which the text needs)
STEPS: tuple[Step, ...] = (*_COMMON, (None, _STRICT, _prefixed))
CATALOG_STEPS: tuple[Step, ...] = (*_COMMON, (None, _LOOSE, _prefixed))


def join_numbered(text: str, *, catalog: bool = False) -> str:
    """ "No.3 oysters" -> "no3 oysters", "size 18 chickens" -> "size18 chickens" (``catalog``: also "no 3"),
    "3-ply rolls" -> "3ply rolls", "2-in-1" -> "2in1". Every step needs a digit (tests/test_batch_tokens.py):
    a text without one is read once (rewrites.py)."""
    return rewrite(text, CATALOG_STEPS if catalog else STEPS)
