"""INFLECTED_ALIAS, the one home of the rule: a message word that is a catalog word in a case ending is that word,
as sure as a slip of the keys (tokens.py `single_edit`). The matcher (index.py `_token_matches`) asks
`inflected_form` of the words a typo's score found near, and `CaseStems.of` for those beyond a typo's reach.

Finnish: "lonkeroa", the partitive of the alias "lonkero"; "kaurahiutaleita" of kaurahiutale, "lappia" of lappi.
Both words share their first four letters and their Finnish stem, and the catalog word has five letters or more; the
message word may be three letters longer.

The languages that decline a product's own name: Czech, Slovak, Slovenian, Polish, Croatian and Hungarian orders put the catalog's word in the case the sentence asks for ("2 krabice hermelínu" of Hermelín,
"4 prepravky Kozla" of Kozel, "8 gajb Laškega" of Laško, "3 kg tepertőt" of tepertő, "2 pytle hladké mouky" of
hladká mouka). Read as a typo, such a word scored below the resolve floor, or not at all.

A message word is a catalog word in a case ending when both come to the same stem: the message word without one of
``OBLIQUE`` (the endings of the other cases, as typed without accents) and the catalog word without one of
``NOMINATIVE`` (the endings a name is listed with, none included), or without the mobile "e"/"o" of its last syllable
that the other cases drop ("kozel" -> "kozla", "ostiepok" -> "ostiepkov", "cviček" -> "cvička"). The stem keeps four
letters or more and the first three letters of both words; the message word is no English word of the trade
("pasta" stays no "paste"), and no shorter than the catalog word but by a vowel a case drops (SHORT_CASE_FORM).
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from jobs.language.matching.lexicon import ENGLISH
from jobs.language.tables import word_set

# endings of the cases a name is put in (genitive, accusative, dative, locative, instrumental; singular and plural)
OBLIQUE = word_set(
    """
    a u y e i o ou em om am ov ej ie ia iu ych ich ym im eho ega emu ymi ami ach ih ev ek iek ok ku ky ki ko
    ja je ju jo ij ove ovi
    t ot et at ut it ra re ba be ban ben bol val vel nak nek hoz ert
    ow iej ego
    """
)
# ... "ow" the Polish genitive plural ("kabanosów" of kabanosy, "oscypków" of oscypek), "iej" and "ego" its adjectives'
# genitive ("śląskiej" of śląska, "litrowego" of litrowy)
# endings a name is listed with in a catalog (its nominative), and none; "ie" of Polish plural adjectives ("ruskie",
# whose genitive is "ruskich")
NOMINATIVE = word_set("a o e y i u ka ky ko ek ok ie")
_MOBILE = frozenset("eo")
_ZERO_ENDED = frozenset("aeo")  # names whose genitive plural drops their last vowel (kiełbasa, krabice, piwo)
_MIN_STEM = 4


def _stems(word: str, endings: frozenset[str]) -> set[str]:
    return {
        word[: len(word) - len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= _MIN_STEM
    }


@lru_cache(maxsize=16384)
def _name_stems(word: str) -> frozenset[str]:
    """The stems a catalog word may be declined from: itself, without a nominative ending, without its mobile
    vowel ("kozel" -> "kozl")."""
    out = {word} | _stems(word, NOMINATIVE)
    if (
        len(word) >= _MIN_STEM + 1
        and word[-2] in _MOBILE
        and word[-1] not in "aeiouy"
        and word[-3] not in "aeiouy"
    ):
        out.add(word[:-2] + word[-1])
    if len(word) >= _MIN_STEM + 2 and word.endswith("iec"):
        out.add(word[:-3] + "c")  # the Polish mobile "ie": "żywiec" -> "żywca"
    return frozenset(s for s in out if len(s) >= _MIN_STEM)


_FINNISH = snowballstemmer.stemmer("finnish")


@lru_cache(maxsize=16384)
def _finnish_stem(word: str) -> str:
    return str(_FINNISH.stemWord(word))


def inflected_form(typed: str, word: str) -> bool:
    """INFLECTED_ALIAS (module docstring): the message word ``typed`` is the catalog word ``word`` in a Finnish case
    ending, or in a Czech, Slovak, Slovenian, Polish or Hungarian one (`case_form`)."""
    return (
        len(typed) >= len(word) >= 5
        and typed[:4] == word[:4]
        and typed != word
        and _finnish_stem(typed) == _finnish_stem(word)
    ) or case_form(typed, word, ENGLISH)


def case_form(typed: str, word: str, english: frozenset[str] | set[str]) -> bool:
    """Whether the message word ``typed`` is the catalog word ``word`` in a case ending (module docstring)."""
    if typed == word or typed[:3] != word[:3] or typed in english:
        return False
    if len(typed) >= len(word):
        return not _stems(typed, OBLIQUE).isdisjoint(_name_stems(word))
    # SHORT_CASE_FORM: shorter than the name only by the vowel a case drops ("żywca" of żywiec, "kozla" being as
    # long as kozel) or by the name's last vowel, the genitive plural with no ending ("krabic" of krabice,
    # "kiełbas" of kiełbasa): never a word cut short ("salam" of salami keeps its stem's four letters too)
    mobile = {m for m in _name_stems(word) if not word.startswith(m)}
    if not _stems(typed, OBLIQUE).isdisjoint(mobile):
        return True
    return len(typed) == len(word) - 1 >= _MIN_STEM + 1 and word[-1] in _ZERO_ENDED and word.startswith(typed)


class CaseStems:
    """A catalog vocabulary by the stems its words are declined from: the catalog words a message word is in a
    case ending of (`case_form`), found by its stems, whatever a typo's score says of the pair ("laskega" of
    "lasko" is no typo)."""

    def __init__(self, vocab: list[str], english: frozenset[str] | set[str]) -> None:
        self._english = english
        self._by_stem: dict[str, list[str]] = {}
        for word in vocab:
            if len(word) >= _MIN_STEM and word.isalpha():
                for s in _name_stems(word):
                    self._by_stem.setdefault(s, []).append(word)

    def of(self, typed: str) -> list[str]:
        """The catalog words ``typed`` is one of in a case ending."""
        if typed in self._english or not typed.isalpha():
            return []
        found = {w for s in _stems(typed, OBLIQUE) | {typed} for w in self._by_stem.get(s, ())}
        return sorted(w for w in found if case_form(typed, w, self._english))
