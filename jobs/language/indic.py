"""Devanagari, Gurmukhi, Gujarati, Bengali and Odia script read as customers type Hindi, Punjabi, Gujarati, Bengali
and Odia in Latin letters.

Letter by letter, a table writes only the consonants a word spells ("किलो" k-l, "बेसन" b-s-n): the vowel each
consonant carries unless a sign says otherwise (the inherent "a") and the vowel signs themselves were lost, so no
reader knew "ਕਿੱਲੋ" as a kilo or "बेसन" as besan. Each word is written here as a Roman Hindi or Punjabi typist
writes it: the inherent "a" where it is spoken, and not at the end of a word nor between a vowel and a consonant
that a vowel follows ("हलवा" halva, "कतरन" katran, "नमस्ते" namaste, "बेसन" besan); a nasal sign is "n" ("खंड"
khand), Gurmukhi's addak doubles the consonant after it ("ਲੱਡੂ" laddu, "ਕਿੱਲੋ" killo); a vowel written after i or e
takes a y ("लिए" liye, "ਬੋਰੀਆਂ" boriyan). The five scripts share the layout of their letters, so Gurmukhi,
Gujarati, Bengali and Odia are read through the Devanagari letters at the same place.

Words whose Latin form is not the one the readers know (units written as English loanwords, "बैग" bag, "ਘਿਓ"
ghee; number words; weekdays; words that say nothing about goods) are read through `indic_words` rows first.
Catalog strings go through the same reading, so a catalog's alias "जलेबी" and a message's "जलेबी" or "ਜਲੇਬੀ" are
one word, "jalebi", which is also how the catalog's Latin alias spells it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.indic_words import INDIC

__all__ = ["INDIC_RUN", "read_indic"]

# A word of Devanagari, Bengali, Gurmukhi, Gujarati or Odia letters and signs (digits are left to the
# transliteration table).
INDIC_RUN = re.compile(
    r"[\u0900-\u0963\u0970-\u097f\u0980-\u09e3\u09f0-\u09f1\u0a00-\u0a65\u0a70-\u0a7f\u0a80-\u0ae5"
    r"\u0af0-\u0aff\u0b00-\u0b63\u0b70-\u0b71]+"
)

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "ऩ": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ऱ": "r", "ल": "l",
    "ळ": "l", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h", "क़": "q", "ख़": "kh", "ग़": "gh", "ज़": "z",
    "ड़": "r", "ढ़": "rh", "फ़": "f", "य़": "y",
}  # fmt: skip
_NUKTA = {"k": "q", "kh": "kh", "g": "gh", "j": "z", "d": "r", "dh": "rh", "ph": "f", "s": "sh", "l": "l"}
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ऑ": "o",
    "ओ": "o", "औ": "au", "ऎ": "e", "ऒ": "o",
}  # fmt: skip
_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ri", "े": "e", "ै": "ai", "ॉ": "o", "ो": "o",
    "ौ": "au", "ॆ": "e", "ॊ": "o",
}  # fmt: skip
_NASALS = (
    "\u0901\u0902\u0a70"  # candrabindu, anusvara, Gurmukhi tippi (Gurmukhi bindi is at anusvara's place)
)
_VIRAMA = "\u094d"
_NUKTA_SIGN = "\u093c"
_ADDAK = "\u0a71"
_BENGALI_OWN = {"\u09ce": "त", "\u09f0": "र", "\u09f1": "व"}  # khanda ta; Assamese ra, wa
_GURMUKHI_OWN = frozenset("\u0a70\u0a71\u0a72\u0a73")  # tippi, addak; the vowel bearers ੲ ੳ (no letter)


def _as_devanagari(ch: str) -> str:
    """A Bengali, Gurmukhi, Gujarati or Odia letter as the Devanagari letter at its place (their own signs kept;
    Bengali and Assamese "r" and "w", and Bengali's final "t" as the Devanagari letters of their sounds)."""
    code = ord(ch)
    if ch in _BENGALI_OWN:
        return _BENGALI_OWN[ch]
    if 0x0980 <= code < 0x0A00:
        return chr(code - 0x80)
    if 0x0A00 <= code < 0x0A80 and ch not in _GURMUKHI_OWN:
        return chr(code - 0x100)
    if 0x0A80 <= code < 0x0B00:
        return chr(code - 0x180)
    if 0x0B00 <= code < 0x0B80:
        return chr(code - 0x200)
    return ch


def _units(word: str) -> list[list[str]]:
    """The word as [kind, letters] units: "C" a consonant, "V" a written vowel, "a" an inherent vowel."""
    units: list[list[str]] = []
    double = False
    chars = [_as_devanagari(c) for c in word]
    for i, ch in enumerate(chars):
        if ch in _CONSONANTS:
            letters = _CONSONANTS[ch]
            units.append(["C", letters[0] + letters if double else letters])
            double = False
            following = chars[i + 1] if i + 1 < len(chars) else ""
            if following == _NUKTA_SIGN:
                following = chars[i + 2] if i + 2 < len(chars) else ""
            if following not in _SIGNS and following != _VIRAMA:
                units.append(["a", "a"])
        elif ch == _NUKTA_SIGN and units:
            consonant = next((u for u in reversed(units) if u[0] == "C"), None)
            if consonant is not None:
                consonant[1] = _NUKTA.get(consonant[1], consonant[1])
        elif ch in _SIGNS:
            units.append(["V", _SIGNS[ch]])
        elif ch in _VOWELS:
            after_vowel = bool(units) and units[-1][0] != "C" and units[-1][1][-1:] in ("i", "e")
            units.append(["V", ("y" if after_vowel else "") + _VOWELS[ch]])
        elif ch in _NASALS:
            units.append(["N", "n"])
        elif ch == _ADDAK:
            double = True
    return units


def _drop_inherent(units: list[list[str]]) -> None:
    """Drop the inherent vowels Hindi and Punjabi do not speak: at the end of a word of two syllables or more, and
    between a vowel and one consonant that a vowel follows (left to right)."""
    vowels = [i for i, u in enumerate(units) if u[0] in ("V", "a")]
    if len(vowels) > 1 and units[-1][0] == "a":
        units[-1][0] = "-"
    for i, unit in enumerate(units):
        if unit[0] != "a" or i < 2 or i + 2 >= len(units):
            continue
        before, after = units[i - 2 : i], units[i + 1 : i + 3]
        if (
            before[0][0] in ("V", "a", "N")
            and before[1][0] == "C"
            and after[0][0] == "C"
            and after[1][0] in "Va"
        ):
            unit[0] = "-"


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    reading = INDIC.get(word)
    if reading is not None:
        return reading
    units = _units(word)
    _drop_inherent(units)
    return "".join(letters for kind, letters in units if kind != "-")


def read_indic(text: str) -> str:
    """``text`` with every Devanagari, Bengali, Gurmukhi, Gujarati or Odia word in Latin letters, as a Roman Hindi,
    Punjabi, Gujarati or Bengali typist writes it, or as its `indic_words` reading."""
    return INDIC_RUN.sub(lambda m: _word(m.group(0)), text)
