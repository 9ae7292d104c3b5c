"""Mandarin typed in pinyin without tones, its counts read as English. A customer who writes pinyin counts with
the Chinese counter after the number ("mifen 3 xiang, douya 3 bao": three cases of rice vermicelli, three bags
of bean sprouts; "liang gong jin jiucai": two kilos of chives). The counters are short words other languages
write too ("bao" a bun, "he" a pronoun, "ping" a sound), so a text is read here only when a count is followed by
a counter only pinyin writes (``MARKERS``: xiang, gongjin, dai; after a pinyin number word, ``WORD_MARKERS``:
xiang, gongjin: PINYIN_WORD_COUNT); then each count's counter is read as the unit's
English word (``COUNTERS``) and a number word before a counter as digits (``NUMBERS``). Pinyin in the catalog's
aliases ("wuhuarou", "roumo") needs no reading: both sides match as written.
"""

from __future__ import annotations

import re

from jobs.language.tables import table_rows

# Counter -> the unit's English word (箱 case, 包/袋 bag, 盒 box, 桶 bucket, 瓶 bottle, 罐 can, 公斤 kg, 盘 tray).
COUNTERS: dict[str, str] = {
    word: unit
    for unit, words in table_rows("""
    case: xiang
    bag: bao dai
    box: he
    bucket: tong
    bottle: ping
    can: guan
    kg: gongjin
    tray: pan
    """)
    for word in words
}
MARKERS = ("xiang", "gongjin", "gong jin", "dai")
WORD_MARKERS = ("xiang", "gongjin", "gong jin")
NUMBERS = {
    "yi": 1,
    "liang": 2,
    "er": 2,
    "san": 3,
    "si": 4,
    "wu": 5,
    "liu": 6,
    "qi": 7,
    "ba": 8,
    "jiu": 9,
    "shi": 10,
}

_COUNTER = r"(?:gong\s+jin|" + "|".join(sorted(COUNTERS, key=len, reverse=True)) + r")"
_NUMBER = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_MARKED = re.compile(
    r"(?<![\w.,])\d+\s*(?:" + "|".join(m.replace(" ", r"\s+") for m in MARKERS) + r")(?![\w-])"
    # PINYIN_WORD_COUNT: a count in pinyin words marks the text as well ("liang gong jin jiucai", "san xiang
    # mifen"), with the markers no other language writes after a number word ("dai" is Italian after "si")
    r"|(?<![\w-])(?:"
    + "|".join(sorted(NUMBERS, key=len, reverse=True))
    + r")\s+(?:"
    + "|".join(m.replace(" ", r"\s+") for m in WORD_MARKERS)
    + r")(?![\w-])",
    re.I,
)
_COUNT = re.compile(r"(?<![\w.,-])(" + _NUMBER + r")\s*(" + _COUNTER + r")(?![\w-])", re.IGNORECASE)


def is_pinyin_counted(text: str) -> bool:
    """Whether ``text`` counts with a counter only pinyin writes ("3 xiang", "2 gongjin", "4 dai")."""
    return _MARKED.search(text) is not None


def read_pinyin(text: str) -> str:
    """``text`` with its pinyin counts read as digits and English units when it is counted in pinyin (see the
    module doc); any other text unchanged."""
    if not is_pinyin_counted(text):
        return text
    return _COUNT.sub(_count, text)


def _count(m: re.Match[str]) -> str:
    number = m.group(1).lower()
    return f"{NUMBERS.get(number, number)} {COUNTERS[''.join(m.group(2).lower().split())]}"
