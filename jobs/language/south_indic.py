"""Tamil, Malayalam, Telugu, Kannada and Sinhala script read as customers type those languages in Latin letters.

The transliteration table (`anyascii`) wrote only a word's consonants and left its vowel signs as they were
("ஏலக்காய்" "elkkாy", "രതු" "rt"), so no reader knew "കൊടംപുളി" as the catalog's "kodampuli" nor "ஐந்து" as five.
Each word is written here as a Roman Tamil, Malayalam or Sinhala typist writes it (the catalog's aliases are
spelt so: "kodampuli", "pappadam", "idli arisi", "rathu samba", "kithul hakuru"):

* the vowel each consonant carries unless a sign says otherwise (the inherent "a") is always spoken: these
  languages, unlike Hindi (`jobs.language.indic`), do not drop it ("മട്ട" matta, "ගොරකා" goraka);
* a long "i" or "u" is written "ee", "oo" ("சீரகம்" seeragam, "தூள்" thool), a long "a", "e" or "o" once;
* a consonant written twice is written twice ("பப்பு", "kk"), but a letter of two ("th", "ch", "zh") once
  ("பத்து" pathu, "കുത്തരി" kuthari, "கொத்து" kothu);
* Tamil writes k, ch, t and p with one letter each for the voiced sounds as well: "k" is "g" after a vowel or
  "n" ("மிளகாய்" milagai, "அனுப்புங்க" anuppunga), "ch" is "s" at the start or after a vowel and "j" after "ñ"
  ("சாம்பார்" sambar, "அரிசி" arisi, "மஞ்சள்" manjal), "p" is "b" after "m" ("சாம்பார்"); Tamil and Malayalam
  "ṭ" is "d" after a vowel or a nasal ("இட்லி" idli, "പൊടി" podi, "രണ്ട്" randu) and "tt" doubled;
* Malayalam sounds a "u" after a consonant that ends a word ("ചാക്ക്" chakku, "കുരുമുളക്" kurumulaku) and
  writes a bare consonant with its own letter (the chillu: "ൻ", "ർ", "ൽ"); a nasal dot ("ം") is "m" at the end
  of a word or before p, b, m, v, else "n" ("പപ്പടം" pappadam).

The four Indian scripts share Devanagari's layout of letters (each block at its own offset), so one table serves
them; Sinhala has its own. Words whose Latin form is not the one the readers know (number words, units, request
words, weekdays, the words of an order reference) are read through `south_indic_words` rows first, a word the
rows hold with a case ending ("வியாழக்கிழமைக்கு" to Thursday, "සිකුරාදාට") as the word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.south_indic_words import ENDINGS, SOUTH

__all__ = ["SOUTH_RUN", "read_south_indic"]

_LETTERS = (
    "\u0b80-\u0be5"  # Tamil (its digits and number signs are left to the transliteration table)
    "\u0c00-\u0c65"  # Telugu
    "\u0c80-\u0ce5\u0cf1\u0cf2"  # Kannada
    "\u0d00-\u0d65\u0d7a-\u0d7f"  # Malayalam, with its chillu letters
    "\u0d80-\u0de5\u0df2\u0df3"  # Sinhala
)
# A word of those letters; zero-width joiners inside a word (Sinhala's yansaya, Malayalam's old chillu) belong to it.
SOUTH_RUN = re.compile(f"[{_LETTERS}]+(?:[\u200c\u200d]+[{_LETTERS}]*)*")

_OFFSETS = ((0x0B80, "ta"), (0x0C00, "te"), (0x0C80, "kn"), (0x0D00, "ml"))
# Letters at their Devanagari places: consonants, then vowels (written alone) and vowel signs.
_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "nj",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "th", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "ऩ": "n", "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ऱ": "r", "ल": "l",
    "ळ": "l", "ऴ": "zh", "व": "v", "श": "sh", "ष": "sh", "स": "s", "ह": "h",
}  # fmt: skip
_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "ee", "उ": "u", "ऊ": "oo", "ऋ": "ru", "ऎ": "e", "ए": "e", "ऐ": "ai",
    "ऒ": "o", "ओ": "o", "औ": "au",
}  # fmt: skip
_SIGNS = {
    "ा": "a", "ि": "i", "ी": "ee", "ु": "u", "ू": "oo", "ृ": "ru", "ॆ": "e", "े": "e", "ै": "ai", "ॊ": "o",
    "ो": "o", "ौ": "au", "\u0957": "au",
}  # fmt: skip
_VIRAMA, _NASAL, _VISARGA = "\u094d", "\u0902", "\u0903"
_CHILLU = {"ൺ": "n", "ൻ": "n", "ർ": "r", "ൽ": "l", "ൾ": "l", "ൿ": "k", "ൎ": "r"}
# Sinhala letters at the Devanagari place of their sound; its prenasalised letters and "æ" as typed.
_SINHALA = dict(zip(
    "අආඇඈඉඊඋඌඍඑඒඓඔඕඖකඛගඝඞචඡජඣඤටඨඩඪණතථදධනපඵබභමයරලවශෂසහළාැෑිීුූෘෙේෛොෝෞ්ංඃ",
    "अआअआइईउऊऋऎएऐऒओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळाााििुूृॆेैॊोौ्ंः",
    strict=True,
))  # fmt: skip
_SINHALA_OWN = {"ඟ": "ng", "ඦ": "nj", "ඬ": "nd", "ඳ": "nd", "ඹ": "mb", "ඥ": "gn", "ෆ": "f"}
_NASALS = frozenset("ङञणनऩम")
_LABIAL = ("p", "b", "m", "v")
_SONORANTS = frozenset("लळरऱमनऩणयव")


def _place(ch: str) -> tuple[str, str]:
    """(script, the letter at its Devanagari place) of one letter; Sinhala's own letters are kept."""
    code = ord(ch)
    if 0x0D80 <= code < 0x0E00:
        return "si", _SINHALA.get(ch, ch)
    for start, script in reversed(_OFFSETS):
        if code >= start:
            return script, ch if ch in _CHILLU else chr(code - start + 0x0900)
    return "", ch


def _consonant(letter: str, script: str, before: str, dead_before: str) -> str:
    """A consonant's Latin letters where it stands: ``before`` the kind of unit before it ("" at the start, "V" a
    vowel, "D" a bare consonant, "N" a nasal dot), ``dead_before`` that bare consonant's letter."""
    twice = dead_before == letter
    after_nasal = dead_before in _NASALS or before == "N"
    if script == "ta":
        if letter == "क" and (before == "V" or dead_before == "ङ"):
            return "g"
        if letter == "च":
            return "j" if dead_before == "ञ" else "s" if before in ("", "V") else "ch"
        if letter == "प" and dead_before == "म":
            return "b"
        if letter == "त" and dead_before == "न":
            return "d"  # "உளுந்து" ulundu
        if letter == "ऱ" and dead_before == "ऩ":
            return "dr"
    if script == "ml" and letter == "ऱ" and (twice or dead_before in ("न", "ऩ")):
        return "t"
    if script in ("ta", "ml") and letter == "ट" and not twice and (before == "V" or after_nasal):
        return "d"
    return _CONSONANTS[letter]


def _dead(letter: str, following: str, script: str, before: str) -> str:
    """A bare consonant's letters before ``following`` (the letter after its virama): doubled, a letter of two is
    written once ("th", not "thth") and Tamil or Malayalam "ṟṟ" is "t" first ("tr", "tt"); "ñ" before "c" is "n";
    a Tamil "y" after a vowel is "i" ("மிளகாய்" milagai); Tamil "ṭ" before l, r, m, n, y, v is "d"."""
    said = _SINHALA_OWN.get(letter) or _CONSONANTS[letter]
    if following == letter:
        if script in ("ta", "ml") and letter == "ऱ":
            return "t"
        return "" if len(said) > 1 else said
    if letter == "ञ" and following in ("च", "ज"):
        return "n"
    if script == "ta" and letter == "य" and before == "V":
        return "i"
    if script in ("ta", "ml") and letter == "ट" and before == "V" and following in _SONORANTS:
        return "d"  # "இட்லி" idli
    return said


def _spell(word: str) -> str:
    """``word`` letter by letter as its typists write it."""
    places = [_place(ch) for ch in word if ch not in "\u200c\u200d"]
    out: list[str] = []
    # per unit: "D" a bare consonant, "V" a vowel (or a consonant with its vowel), "N" a nasal dot
    kinds: list[str] = []
    dead: list[str] = []  # the letter of each bare consonant ("" for other units)
    for i, (script, ch) in enumerate(places):
        following = places[i + 1][1] if i + 1 < len(places) else ""
        before = kinds[-1] if kinds else ""
        dead_before = dead[-1] if dead else ""
        if ch == _VIRAMA:
            continue  # read with the consonant before it
        if ch in _CHILLU:
            out.append(_CHILLU[ch])
            kinds.append("D")
            dead.append("")
        elif ch in _SINHALA_OWN or ch in _CONSONANTS:
            said = _SINHALA_OWN.get(ch) or _consonant(ch, script, before, dead_before)
            if following == _VIRAMA:
                after = places[i + 2][1] if i + 2 < len(places) else ""
                if not after and script == "ml":  # Malayalam sounds a "u" after a word's last consonant
                    out.append(said + "u")
                    kinds.append("V")
                    dead.append("")
                    continue
                out.append(_dead(ch, after, script, before))
                kinds.append("D")
                dead.append(ch)
            else:
                out.append(said + ("" if following in _SIGNS else "a"))
                kinds.append("V")
                dead.append("")
        else:
            out.append(
                _SIGNS.get(ch) or _VOWELS.get(ch) or ("N" if ch == _NASAL else "h" if ch == _VISARGA else "")
            )
            kinds.append("N" if ch == _NASAL else "V" if out[-1] else before)
            dead.append("")
    for i, part in enumerate(out):
        if kinds[i] == "N" and part == "N":
            nxt = "".join(out[i + 1 :])
            out[i] = "m" if not nxt or nxt.startswith(_LABIAL) else "n"
    return "".join(out)


@lru_cache(maxsize=4096)
def _word(word: str) -> str:
    """One word as its `south_indic_words` reading, as that of the word without a case ending, or spelt."""
    bare = word.replace("\u200d", "").replace("\u200c", "")
    for form in (word, bare):
        if form in SOUTH:
            return SOUTH[form]
    for ending in ENDINGS:
        stem = bare[: -len(ending)]
        if bare.endswith(ending) and len(stem) >= 2 and stem in SOUTH:
            return SOUTH[stem]
    return _spell(word)


# SINHALA_COUNT: Sinhala writes a count of the things ordered with the ending -ක් ("ගෝදම්බ 30ක්", thirty godamba;
# "sunflower oil 20L 2ක්"): the count marked as "x 30" marks it (a count of what the catalog sells, not of the
# pieces a pack holds).
_SINHALA_COUNT = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?ක්(?![\u0d80-\u0dff])")


def read_south_indic(text: str) -> str:
    """``text`` with every Tamil, Malayalam, Telugu, Kannada or Sinhala word in Latin letters, as its typists write
    it, or as its `south_indic_words` reading; a Sinhala count as "x N" (SINHALA_COUNT)."""
    text = _SINHALA_COUNT.sub(r"x\1", text)
    return SOUTH_RUN.sub(lambda m: _word(m.group(0)), text)
