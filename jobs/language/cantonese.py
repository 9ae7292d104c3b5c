"""Cantonese typed in Latin letters, read as English words. Customers of Chinese takeaways write Cantonese as it
sounds ("yiu sam bau maris piper tung mai yat box pork 6s, m goi": want three bags of Maris Piper and one box of
pork 6s, please). Its syllables are short words other languages write too ("sam" a name, "ng" a consonant,
"tung" an oil, "chat" English), so a text is read here only when it holds a phrase only Cantonese writes (the
markers below: "m goi", "yiu", "tung mai", "ngo dei"...); then its phrases are read as English (``TABLE``), its
number words before a unit as digits ("sap yi bau" 12 bags; ``NUMBERS``), and "tung" as a tub after a count (桶,
"leung tung curry": two tubs of curry) and as "and" elsewhere (同: "1 box gloves tung 1 box prawns"). Cantonese in
Chinese characters is read by `jobs.language.script_words` and `scripts.chinese_counts`.

Rows are ``english: phrase, phrase`` (``_`` reads as nothing); the longest phrase wins.
"""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of

# Phrases read as English in a Cantonese text (markers included).
TABLE = """
thanks: m goi sai, mgoi sai, mm goi sai, dor je, do je, dor jeh, do jeh
please: m goi, mgoi, mm goi, m4 goi, ng goi, m gai
_: yiu, ngo yiu, ngo dei yiu, ah, la, lah, wor, ga, ge, aa, bei ngo
and: tung mai, tung, gung mai
we: ngo dei
i: ngo
this: lei ge, nei ge, ni ge
do you have: yau mo, yau mou
tomorrow: ting yat, ting yut
today: gam yat
no need: ng sai, m sai, mm sai
wrong: mm ngam, m ngam, ng ngam
bag: bau
case: seung
box: hap
tray: pun
each: gin, tiu
"""

# Number words, read before a unit only ("ng box": five boxes; "ng sai" is no five).
NUMBERS = {
    "yat": 1,
    "yi": 2,
    "ji": 2,
    "leung": 2,
    "sam": 3,
    "saam": 3,
    "sei": 4,
    "ng": 5,
    "mm": 5,
    "luk": 6,
    "chat": 7,
    "cat": 7,
    "baat": 8,
    "bat": 8,
    "gau": 9,
}
_TEN = "sap"
_UNITS = (
    "bau box boxes bx case cases cs ctn ctns carton cartons bag bags sack sacks tub tubs tung seung hap jug jugs "
    "bottle bottles btl pack packs pk tin tins can cans kg kilo kilos pc pcs gin tiu tray trays roll rolls pun"
)
_DIGIT_WORDS = "|".join(sorted(NUMBERS, key=len, reverse=True))
_NUMBER = re.compile(
    rf"(?<![\w-])((?:(?:{_DIGIT_WORDS})\s+)?{_TEN}(?:\s+(?:{_DIGIT_WORDS}))?|{_DIGIT_WORDS})"
    rf"(?=\s+(?:{'|'.join(_UNITS.split())})(?![\w-]))",
    re.IGNORECASE,
)
# Phrases that tell a text is Cantonese: none is a word of English or of another language the readers know
# ("ngo", I, alone is none: it is Vietnamese ngò, coriander, typed without accents; "ngo dei", we, is one; nor is
# "leung" alone, a family name: "leung box", two boxes, is one).
_MARKERS = re.compile(
    r"(?<![\w-])(?:m|mm|ng|m4)\s?goi(?!\w)|(?<![\w-])(?:yiu|ngo\s+dei|tung\s+mai|dor\s+je|do\s+je|lei\s+ge"
    r"|yau\s+mo|ting\s+yat|gam\s+yat|ng\s+sai|mm\s+sai|mm\s+ngam)(?![\w-])"
    r"|(?<![\w-])tung\s+(?:\d[\w.]*|yat|yi|leung|sam|sei|ng|luk|chat|baat|gau|sap)(?![\w-])"
    rf"|(?<![\w-])leung\s+(?:{'|'.join(_UNITS.split())})(?![\w-])"
    # a count of trays, cases or bags as only Cantonese writes them (盤, 箱, 包): "4 pun dan tat", "1 seung hoi sin"
    r"|(?<![\w.,])\d+\s*(?:pun|seung|bau)(?![\w-])",
    re.IGNORECASE,
)

_TUB = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s+tung(?![\w-])", re.IGNORECASE)


def _numbers(text: str) -> str:
    """A Cantonese text's number words before a unit as digits, and a tub after a count, before its table."""
    text = _NUMBER.sub(lambda m: str(_value(m.group(1).lower().split())), text)
    return _TUB.sub(r"\1 tub", text)


def _value(words: list[str]) -> int:
    """The number a Cantonese number phrase says ("sap yi" 12, "yi sap" 20, "yi sap ng" 25)."""
    if _TEN not in words:
        return NUMBERS[words[0]]
    at = words.index(_TEN)
    tens = NUMBERS[words[0]] if at else 1
    ones = NUMBERS[words[at + 1]] if at + 1 < len(words) else 0
    return tens * 10 + ones


# Romanised Cantonese (jobs/language/tables.py `LanguageReader`): read when it holds a phrase only Cantonese writes
READER = LanguageReader(table_of(TABLE), _MARKERS, before=_numbers)
is_cantonese = READER.writes
read_cantonese = READER.read
