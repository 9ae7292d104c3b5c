"""Speech-to-text homophones of small numbers (rule `SPOKEN_NUMBER`).

A voice note transcribed by a phone writes "can I get for sacks of flour and to boxes of tomatoes" or "won
box of mushrooms": "for", "to" and "won" are four, two and one; "coke one point five" is coke 1.5 (SPOKEN_DECIMAL). Read as numbers only where nothing else fits: right before a plural
selling unit ("for cases", "to tubs of jam"), never after a verb or noun that takes "for"/"to" ("looking
for boxes", "switch to cases", "room for kegs"), and never before a number ("for 2 cases").
"""

from __future__ import annotations

import re

from jobs.language.extraction.number_words import NUMBER_WORDS

# The homophone and the number it stands for.
HOMOPHONES: dict[str, str] = {"for": "4", "fore": "4", "to": "2", "too": "2", "won": "1"}

# Plural selling units a count can precede (English: speech-to-text homophones are an English habit).
_PLURAL_UNITS = """
    cases boxes crates packs packets bottles cans tins sacks bags kegs trays tubs jars bunches punnets loaves
    buckets cartons kilos rolls sleeves blocks logs wheels pots
"""
PLURAL_UNITS = tuple(_PLURAL_UNITS.split())
# "won box of mushrooms": one, before a selling unit in the singular.
SINGULAR_UNITS = (
    "case",
    "box",
    "crate",
    "pack",
    "bottle",
    "sack",
    "bag",
    "keg",
    "tray",
    "tub",
    "punnet",
    "bunch",
)

# Words after which "for"/"to" is the preposition, not a number.
_PREPOSITION_AFTER = """
    ask asked asking look looking looked search searching pay paid paying charge charged charging room space
    deposit deposits thanks thank price prices cost costs used use using swap swapped switch switched change
    changed changing move moved go going went up down back reduce reduced increase increased cut bump
    bumped from return returned refund credit credited it them these those ready listed list only limit
    limited same similar compared prefer preferred
"""
PREPOSITION_AFTER = frozenset(_PREPOSITION_AFTER.split())

_SPOKEN_RE = re.compile(
    r"(?<![\w'])(?:(?P<word>for|fore|to|too)\s+(?=(?:" + "|".join(PLURAL_UNITS) + r")\b)"
    r"|(?P<one>won)\s+(?=(?:" + "|".join(SINGULAR_UNITS) + r")\b))",
    re.IGNORECASE,
)
_PREVIOUS_WORD_RE = re.compile(r"([a-zà-öø-ÿ']+)\W*$", re.IGNORECASE)


def spoken_numbers(text: str) -> str:
    """The text with "for"/"to" before a plural selling unit read as 4/2 where it can only be a count."""

    def number(m: re.Match[str]) -> str:
        before = _PREVIOUS_WORD_RE.search(text[: m.start()])
        if before is not None and before.group(1).lower() in PREPOSITION_AFTER:
            return m.group(0)
        return f"{HOMOPHONES[(m.group('word') or m.group('one')).lower()]} "

    return _SPOKEN_RE.sub(number, text)


# English digits said aloud (the number words are the vocabulary's; "zero" and "oh" are no counts there)
_SPOKEN_DIGITS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_DIGIT = rf"(?:{'|'.join(w for w in _SPOKEN_DIGITS if w != 'oh')}|\d)"
_SPOKEN_DECIMAL_RE = re.compile(rf"(?<![\w.,])({_DIGIT})\s+point\s+({_DIGIT}|oh)(?![\w.,])", re.IGNORECASE)


def spoken_decimals(text: str) -> str:
    """SPOKEN_DECIMAL: "two cases of coke one point five" -> "... coke 1.5" (a size said aloud)."""

    def digit(word: str) -> str:
        return word if word.isdigit() else str(NUMBER_WORDS.get(word.lower(), 0))

    return _SPOKEN_DECIMAL_RE.sub(lambda m: f"{digit(m.group(1))}.{digit(m.group(2))}", text)


# Hindi, Punjabi and Gujarati fractions said before a weight or volume: "aadha kilo wala" is the 500g one,
# "dhai kilo" 2.5 kg, "dedh kilo" 1.5 kg, "paav kilo" 250 g (SPOKEN_FRACTION)
FRACTION_WORDS: dict[str, str] = {
    "aadha": "0.5", "adha": "0.5", "aadhe": "0.5", "adhe": "0.5", "aadhi": "0.5", "ardho": "0.5", "adadhu": "0.5",
    "dhai": "2.5", "dhaai": "2.5", "adhai": "2.5", "dedh": "1.5", "derh": "1.5", "dodh": "1.5", "sawa": "1.25",
    "paav": "0.25", "pav": "0.25", "pao": "0.25",
}  # fmt: skip
_FRACTION_RE = re.compile(
    r"(?<![\w.,])("
    + "|".join(FRACTION_WORDS)
    + r")\s+(?=(?:kilo|kilos|kg|kgs|killo|litre|litres|liter|l)\b)",
    re.IGNORECASE,
)


# "printed box 1 kilo wala", "besan 20 kilo vadu": a weight or volume with "wala" (the one of) is the size of the
# item before it, never a count of what follows ("... 1 kilo wala Diwali ke liye")
_WALA_SIZE_RE = re.compile(
    r"(?<![\w.,])(\d+(?:\.\d+)?)\s*(kilo|kilos|kg|kgs|killo|g|gm|gram|grams|ml|litre|litres|liter|l)\s+"
    r"(?:wala|wale|wali|waala|waale|vala|vale|vali|vadu|valu|vado|vali)\b",
    re.IGNORECASE,
)
_GLUED_UNIT = {"kilo": "kg", "kilos": "kg", "kgs": "kg", "killo": "kg", "gm": "g", "gram": "g", "grams": "g"}


def spoken_fractions(text: str) -> str:
    """SPOKEN_FRACTION: "4 pack aadha kilo wale" -> "4 pack 0.5kg"; "1 kilo wala" -> "1kg"."""
    text = _FRACTION_RE.sub(lambda m: f"{FRACTION_WORDS[m.group(1).lower()]} ", text)
    return _WALA_SIZE_RE.sub(lambda m: f"{m.group(1)}{_GLUED_UNIT.get(m.group(2).lower(), m.group(2))}", text)
