"""Other scripts read as Latin letters. A customer may write in Arabic, Persian, Greek, Russian or with a
Chinese counter ("٦ أكياس زعتر", "۲ کیسه عدس", "2 κούτες κουπέπια", "batter 2包"), and a catalog may list
such names as aliases. The readers' word patterns cover Latin letters; rather than a second set of patterns
per script, every letter and digit of another script is transliterated (`anyascii`: a table, no model), on
the message side by the extractor and on the catalog side by the matcher's tokenisers, so both read the
same letters: "زعتر" is "zatr" in the message and in the catalog alias. Vocabulary written in those
scripts (units, request words) is folded the same way where it is defined."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Before the table: Arabic letters it would write as an apostrophe or a backtick (which split a word in the
# readers' patterns) get a letter, hamza seats their vowel, and Arabic punctuation its Latin form.
_FIRST = str.maketrans(
    {
        "ع": "a",
        "ء": "",
        "أ": "a",
        "إ": "i",
        "آ": "a",
        "ؤ": "w",
        "ئ": "y",
        "٫": ".",
        "٬": ",",
        "،": ",",
        "؛": ";",
        "؟": "?",
        "ـ": "",
        "\u200c": " ",  # Persian zero-width non-joiner between the parts of a word
    }
)
_LATIN_END = 0x370  # Latin, IPA and spacing modifiers end here; Greek starts
# Latin letters that do not decompose into a base letter and an accent ("masła", "yağı", "đ").
UNDECOMPOSED = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "œ": "oe",
    }
)


def plain_letters(text: str) -> str:
    """``text`` with the Latin letters that carry no separable accent as their base letter ("ł" -> "l",
    Turkish dotless "ı" -> "i"): NFKD would keep them, and a tokeniser reading [a-z] would split the word."""
    return text if text.isascii() else text.translate(UNDECOMPOSED)


def fold_scripts(text: str) -> str:
    """``text`` with every letter and digit of a non-Latin script in Latin letters (marks dropped);
    Latin text, accents included, is returned unchanged."""
    if text.isascii() or all(ord(ch) < _LATIN_END for ch in text):
        return text
    return "".join(_fold_char(ch) for ch in text.translate(_FIRST))


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ord(ch) < _LATIN_END:
        return ch
    kind = unicodedata.category(ch)
    if kind == "Mn":
        return ""  # Arabic vowel marks, Greek accents given as marks
    if kind[0] != "L" and kind != "Nd":
        return ch
    return anyascii(ch).replace("`", "").replace("'", "").lower()
