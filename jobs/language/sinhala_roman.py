"""Sinhala typed in Latin letters read as English words. Sri Lankan grocers and kottu shops text their orders in
English and brand names with Sinhala joints as they sound: a count written with the ending "-k" (the script's
"-ක්": "Thums up case 2k", two cases; "Maggi 300g 24k"; "rampe 10 ekak", ten), number words ("vissa pahak",
twenty-five; "sunflower oil ekak", one), request words ("ewanna", "denna", "yawapan": send), "saha" (and), "eka"
(the one: "kilo eka", the kilo), "heta" (tomorrow) and words of address ("aiye", "machan"). Read as they were, "2k"
was a size no product is sold in ("size 2k does not fit") and "machan green chilli" matched nothing.

So a text that writes Sinhala (one of `_MARKERS`: a request or joint word only Sinhala writes, a Sinhala number
word, or a trade word of Sri Lankan cooking) has its counts written "x N" (SINHALA_COUNT, as the script's are in
`jobs.language.south_indic`) and its words read through ``TABLE`` (rows ``reading: words``, comma-separated, the
longest phrase first; ``_`` reads as nothing), on the message side only. Any other text is unchanged ("1k small
bread bags" is a thousand, "5k" a distance) but for a count that can be nothing else, after a size or a pack word
("Maggi 300g 24k", "soya meat case 2k"), and then the other counts written so that end an item of the text.
"""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of

# Sinhala number words: the units with their count ending ("pahak", five of them) and alone, and the tens that
# join them ("wisi pahak", twenty-five; "tis thunak", thirty-three).
_UNITS = (
    ("ekak", "eka"),
    ("dekak", "deka"),
    ("thunak", "thuna", "tunak"),
    ("hatharak", "hathara", "hatarak"),
    ("pahak", "paha"),
    ("hayak", "haya"),
    ("hathak", "hatha"),
    ("atak", "ata"),
    ("namayak", "nawayak", "namaya"),
)
_TENS = {20: ("wisi", "visi", "vissa", "wissa"), 30: ("tis", "this"), 40: ("hathalis",), 50: ("panas",)}
_TEENS = "x10: dahayak\nx12: dolahak\nx15: pahalowak\nx20: wissak, vissak\nx50: panahak\n10: dahaya\n12: dolaha\n50: panaha"


def _number_rows() -> str:
    """The number words' rows: a unit's counted form alone ("pahak", five of them; "eka" alone is "the one",
    `TABLE`) and each ten with each unit after it ("tis thunak", thirty-three of them), each a count marked "x N"
    as the ending "-k" marks it (SINHALA_COUNT)."""
    rows = [f"x{n}: {forms[0]}" for n, forms in enumerate(_UNITS, start=1)]
    for ten, prefixes in _TENS.items():
        phrases = [f"{p} {form}" for p in prefixes for forms in _UNITS for form in forms[:1]]
        rows += [f"x{ten + (i % len(_UNITS)) + 1}: {ph}" for i, ph in enumerate(phrases)]
    return "\n".join(rows) + "\n" + _TEENS


TABLE = f"""
send: ewanna, evanna, ewwanna, evvanna, yawanna, yawapan, ewapan, evapan, denna, dennako
add: danna
please: karunakarala, karuna karala
thanks: sthuthi, sthuthiyi, isthuthi, sthuti, thanks machan
and: saha
tomorrow: heta, heta ganna
today: ada
without: nathuwa
head on: oluwa ekka, oluwath ekka
headless: oluwa nathi, oluwa nathuwa
sorry: ne ne, nae nae, naha naha
head on: oluwa thiyena eka, oluwa thiyena
sprats: haal masso, hal masso, halmasso
coconut milk powder: pol kiri kudu
the usual: kalin wage, hamadama wage, hamadama ganna eka
1kg: kilo eka
_: eka, aiye, ayye, machan, ganna
{_number_rows()}
"""

# Words only Sinhala writes: one of them makes a text Sinhala.
_MARKERS = re.compile(
    r"(?<![\w'-])(?:ewanna|evanna|ewwanna|yawanna|yawapan|ewapan|evapan|denna|dennako|karunakarala|sthuthi|"
    r"sthuthiyi|isthuthi|nathuwa|aiye|ayye|machan|puluwanda|puluwan|thiyenawa\w*|ekka|ikmanata|"
    r"dekak|thunak|hatharak|pahak|hayak|hathak|atak|namayak|karawala|umbalakada|badapu|thuna\s+paha|hakuru|masso|lunu|miris|"
    r"kudu|pol\s+(?:thel|kiri))(?![\w'-])",
    re.IGNORECASE,
)
# SINHALA_COUNT: a count written "2k", "24k" or "10 ekak" is the count "x 2" of the things ordered.
_COUNT = re.compile(r"(?<![\w.,])(\d{1,3})(?:\s?k|\s+ekak)(?![\w'-])", re.IGNORECASE)
# "kilo" with no count before it is the kilo one ("amu thuna paha kilo 3k", three of the 1kg packs)
_KILO = re.compile(r"(?<![\d.,])(?<![\d.,]\s)\bkilo\b(?!\s+eka\b)", re.IGNORECASE)


def _counts(text: str) -> str:
    """A Sinhala text's counts as "x N" (SINHALA_COUNT) and its lone "kilo" as the 1kg pack, before its table."""
    return _KILO.sub("1kg", _COUNT.sub(r"x\1", text))


# ... and in a text with no other Sinhala word, where the count can be nothing else: after a size or a pack word
# ("Maggi 300g 24k", "Delmege soya meat case 2k": neither 24 thousand grams nor 2 kg of cases), and then every
# count that ends an item of that text ("thums up 2k,"), the text's one notation.
_SIZED_COUNT = re.compile(
    r"(\b(?:\d+(?:[.,]\d+)?\s?(?:kg|g|gm|ml|cl|l|ltr|litres?|lb|oz|inch|cm|mm)|cases?|packets?|packs?|box(?:es)?|"
    r"bags?|tins?|bottles?)\s+)(\d{1,3})k(?![\w'-])",
    re.IGNORECASE,
)
_ITEM_END_COUNT = re.compile(r"(?<![\w.,])(\d{1,3})k(?=\s*(?:[,;.!]|$))", re.IGNORECASE | re.MULTILINE)


def _sized_counts(text: str) -> str:
    """In a plain Latin text that writes no Sinhala, only the counts the notation can be no other thing
    (`_SIZED_COUNT`), and then those that end an item."""
    sized = _SIZED_COUNT.sub(r"\1x\2", text)
    return text if sized == text else _ITEM_END_COUNT.sub(r"x\1", sized)


# Sinhala in Latin letters (jobs/language/tables.py `LanguageReader`): its counts as "x N" and its words as English
READER = LanguageReader(table_of(TABLE), _MARKERS, ascii_only=True, before=_counts, otherwise=_sized_counts)
is_sinhala_roman = READER.writes
read_sinhala_roman = READER.read
