"""Korean and Japanese read as English words, before the letters left are transliterated (`scripts`).

Korean puts spaces between eojeol, but a particle or the copula attaches to the word before it ("김치를",
"소주는", "두 박스요") and nouns run together ("김밥단무지"); Japanese puts no spaces at all ("アサヒの大瓶を
24本"). So, on the message side and on the catalog side alike:

* a count with its counter ("6봉", "두 박스", "3병이요"; "5本", "一箱", "1ケース") is written in digits with
  the unit's English word, set apart from the words around it, and a date ("6月5日", "6월 5일") in words, so
  that neither is read as goods or a count;
* Korean: the table's phrases of several eojeol ("늘 하던 대로", the usual) are read first; then each word
  the table does not know whole loses its ending (``KOREAN_ENDINGS``) and is cut into the longest words the
  table knows (forward maximum matching), each read as its English;
* Japanese: each run of kana and kanji is cut the same way; a one-letter particle (``JAPANESE_PARTICLES``)
  between words is read as nothing.

A word no row knows stays together as one word and is transliterated, so a catalog's own alias written in
Korean or Japanese ("떡볶이떡", "冷凍うどん") is read the same in a message.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import lru_cache

from anyascii import anyascii

from jobs.language.korean_japanese_words import (
    JAPANESE,
    JAPANESE_COUNTERS,
    JAPANESE_GOODS,
    JAPANESE_NUMBERS,
    JAPANESE_PARTICLES,
    KOREAN,
    KOREAN_COUNTER_NUMBERS,
    KOREAN_COUNTERS,
    KOREAN_ENDINGS,
    KOREAN_GOODS,
    KOREAN_NUMBERS,
    KOREAN_RISKY_ENDINGS,
    KOREAN_WORD_PARTS,
)
from jobs.language.tables import reading, table_rows


def _table(table: str) -> dict[str, str]:
    """Word -> reading of a ``reading: word, word`` table (jobs/language/tables.py)."""
    out: dict[str, str] = {}
    for key, words in table_rows(table, ","):
        for word in words:
            word = unicodedata.normalize("NFKC", word)
            out[word] = reading(key, word)
    return out


HANGUL = re.compile(r"[\uac00-\ud7a3\u3130-\u318f]")
KANA = re.compile(r"[\u3040-\u30ff]")
_CJK_PUNCT = str.maketrans(
    {"、": ", ", "。": ". ", "；": "; ", "：": ": ", "・": " ", "（": " (", "）": ") "}
)
_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

# ------------------------------------------------------------------ counts and dates


def _counter_re(counters: dict[str, str], numbers: str, ending: str) -> re.Pattern[str]:
    """A number (digits or ``numbers``), a counter of ``counters`` and the ``ending`` after it."""
    units = "|".join(re.escape(c) for c in sorted(counters, key=len, reverse=True))
    return re.compile(rf"(\d+(?:\.\d+)?|{numbers})\s?({units})({ending})", re.IGNORECASE)


_KO_COUNTERS = _table(KOREAN_COUNTERS)
_KO_NUMBERS = _table(KOREAN_NUMBERS)
_KO_ENDINGS = sorted(KOREAN_ENDINGS.split(), key=len, reverse=True)
_KO_RISKY = sorted(KOREAN_RISKY_ENDINGS.split(), key=len, reverse=True)
_KO_COUNT = _counter_re(
    _KO_COUNTERS,
    "|".join(re.escape(n) for n in sorted(_KO_NUMBERS, key=len, reverse=True)),
    "(?:" + "|".join(re.escape(e) for e in _KO_ENDINGS + _KO_RISKY) + r")?(?![\uac00-\ud7a3])",
)
_KO_DATE = re.compile(
    r"(\d{1,2})\s?월\s?(\d{1,2})\s?일|(\d{1,2})\s?월(?![\uac00-\ud7a3])|(\d{1,2})\s?일(?=\s|$|[,.])"
)
_HOUR = re.compile(r"(\d{1,2})\s?(?:시|時)(?![\uac00-\ud7a3])")

_JA_COUNTERS = _table(JAPANESE_COUNTERS)
_JA_NUMBERS = _table(JAPANESE_NUMBERS)
_JA_DIGITS = {w: int(n) for w, n in _JA_NUMBERS.items() if len(w) == 1 and not KANA.match(w)}
_JA_COUNT = _counter_re(_JA_COUNTERS, "[一二三四五六七八九十]+", "")
_JA_DATE = re.compile(r"(\d{1,2})\s?月\s?(\d{1,2})\s?日|(\d{1,2})\s?日(?=まで|から|に|の|\s|$|[,.、。])")
_JA_WEEKDAY = re.compile(r"[(（]([月火水木金土日])[)）]")
_WEEKDAYS = dict(
    zip(
        "月火水木金土日",
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        strict=True,
    )
)


def kanji_numeral(chars: str, digits: Mapping[str, int]) -> str | None:
    """Digits of a numeral in Chinese characters up to 99 ("三", "十二", "三十五"), its digits read from
    ``digits``, None when it is not one (Japanese and Chinese write them alike)."""
    if "十" not in chars:
        return str(digits[chars]) if chars in digits else None
    tens, _, ones = chars.partition("十")
    if (tens and tens not in digits) or (ones and ones not in digits):
        return None
    return str((digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0))


def _date(month: str | None, day: str | None) -> str:
    """A date in words ("5 june"); a day alone as days."""
    words = []
    if day:
        words.append(day)
    if month and 1 <= int(month) <= 12:
        words.append(_MONTHS[int(month) - 1])
    elif day:
        words.append("days")  # "10日まで", "30일": a day, never a count of goods
    return f" {' '.join(words)} "


# ------------------------------------------------------------------ longest known words


def longest_words(
    run: str, readings: dict[str, str], longest: int, particles: frozenset[str] = frozenset()
) -> list[str]:
    """``run`` cut into the longest words ``readings`` knows, each as its reading, the letters between them
    kept together; a particle between words is read as nothing. A katakana word is read inside a longer
    katakana word only at its start or end ("トンカツソース": tonkatsu sauce; "ストレート" holds no tray)."""
    out: list[str] = []
    unknown, i = "", 0
    while i < len(run):
        for n in range(min(longest, len(run) - i), 0, -1):
            reading = readings.get(run[i : i + n])
            if reading is not None and _at_katakana_edge(run, i, i + n):
                out.extend((unknown, reading))
                unknown, i = "", i + n
                break
        else:
            if run[i] in particles and _ends_word(run, i + 1, readings, longest):
                out.append(unknown)
                unknown = ""
            else:
                unknown += run[i]
            i += 1
    out.append(unknown)
    return [w for w in out if w]


def _is_katakana(ch: str) -> bool:
    return "\u30a0" <= ch <= "\u30ff"


def _at_katakana_edge(run: str, start: int, end: int) -> bool:
    if not _is_katakana(run[start]):
        return True
    return start == 0 or not _is_katakana(run[start - 1]) or end == len(run) or not _is_katakana(run[end])


def _is_hiragana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u309f"


def _ends_word(run: str, i: int, readings: dict[str, str], longest: int) -> bool:
    """Whether a particle before ``run[i]`` ends a word: a letter of another script, the end or a known word
    follows."""
    if i >= len(run) or not _is_hiragana(run[i]):
        return True
    return any(run[i : i + n] in readings for n in range(min(longest, len(run) - i), 1, -1))


_MEASURE_UNITS = frozenset(["kg", "g", "l"])
_WORD_AFTER = re.compile(r"\s*([^\W\d_]+)")


def _item_follows(text: str, end: int) -> bool:
    """Whether the word after a count starts another item: a word neither table reads as talk ("추가요",
    "お願いします", "깨져서" are no goods)."""
    m = _WORD_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if HANGUL.match(word):
        return not all(w in _KO_TALK_READINGS for w in _korean_word(word))
    if _JA_RUN.match(word):
        words = longest_words(word, _JA, _JA_LONGEST, _JA_PARTICLES)
        return bool(words) and words[0] not in _JA_TALK_READINGS
    return True


def spaced(m: re.Match[str], words: list[str], close: bool = False) -> str:
    """``words`` in place of the match, set apart from the letters around it; ``close``: a count, which
    ends its item where a word follows ("6봉 어묵": 6 bag, fish cake), unless it is a measure ("3kg 2통")."""
    text, start, end = m.string, m.start(), m.end()
    before = " " if start and text[start - 1].isalnum() else ""
    after = " " if end < len(text) and text[end].isalnum() else ""
    if close and words[-1] not in _MEASURE_UNITS and _item_follows(text, end):
        after = ", "
    return before + " ".join(words) + after


# Korean and Japanese put the verb last; the readers find a change where English puts it, first ("목요일 배송을
# 금요일로 변경 가능할까요?": change thursday delivery to friday?).
_VERB_LAST = re.compile(r"(^|[.!?\n])([^.!?\n]*?)\s*\bchange\b")


def verb_first(text: str) -> str:
    """``text`` (read as English) with a change verb at the start of its sentence."""
    return _VERB_LAST.sub(lambda m: f"{m.group(1)} change {m.group(2)}", text) if "change" in text else text


# ------------------------------------------------------------------ Korean

_KO_TALK = _table(KOREAN)
_KO = _KO_TALK | _table(KOREAN_GOODS)
# 하나, 둘, 다섯 stand alone; 한, 두, 세, 네 (also "yes") count only before a counter
_KO_STANDALONE = {w: n for w, n in _KO_NUMBERS.items() if w not in KOREAN_COUNTER_NUMBERS.split()}
_KO_PHRASES = sorted((p for p in _KO if " " in p), key=len, reverse=True)
_KO_PHRASE_KEYS = {p.replace(" ", ""): p for p in reversed(_KO_PHRASES)}  # the longest wins a tie, as before
_KO_PHRASE_RE = re.compile(
    r"(?<![\uac00-\ud7a3])(" + "|".join(re.escape(p).replace(r"\ ", r"\s?") for p in _KO_PHRASES) + r")"
    r"(?![\uac00-\ud7a3])"
)
# inside a longer word only words of two syllables or more are read, and the few one-syllable nouns
# (KOREAN_WORD_PARTS: "한빛쌀", 한 is no count but 쌀 is rice)
_KO_INNER = {w: r for w, r in _KO.items() if " " not in w and (len(w) > 1 or w in KOREAN_WORD_PARTS.split())}
_KO_LONGEST = max(map(len, _KO_INNER))
_KO_WORD = re.compile(r"[\uac00-\ud7a3]+")


# A writer's name: "민지분식입니다" (this is Minji Snacks), "이지은 드림" (yours, Lee Ji-eun): no goods.
_KO_TALK_READINGS = frozenset(_KO_TALK.values())
_KO_READINGS = frozenset(_KO.values()) | frozenset(_KO_STANDALONE.values())
_KO_INTRO = re.compile(r"(^|[.!?,\n])([^.!?,\n]*?)(?:입니다|이에요|예요)(?=[\s.!?~]|$)")
_KO_SIGNED = re.compile(r"[\uac00-\ud7a3]+\s?(?:드림|올림)(?![\uac00-\ud7a3])")


def _introduces(m: re.Match[str]) -> str:
    """A sentence ending in the copula after a word the table does not know is the writer's name, read as
    one word of letters ("포차88입니다": this is pocha)."""
    head, _, name = m.group(2).rpartition(" ")
    words = _KO_WORD.findall(name)
    if not words or any(w in _KO_READINGS for w in _korean_word(words[-1])):
        return m.group(0)
    return f"{m.group(1)} {head} this is {re.sub(r'[^a-z]', '', anyascii(name).lower())}"


def read_korean(text: str) -> str:
    """``text`` with its Korean counts, dates, phrases and known words read as English (module doc)."""
    text = _KO_SIGNED.sub(" kind regards ", _KO_INTRO.sub(_introduces, text))
    text = _HOUR.sub(r" \1:00 ", text)
    text = _KO_DATE.sub(lambda m: _date(m.group(1) or m.group(3), m.group(2) or m.group(4)), text)
    text = _FROM_TO.sub(r"from \1 to \2", _KO_COUNT.sub(_korean_count, text))
    text = _KO_PHRASE_RE.sub(lambda m: spaced(m, [_KO[_phrase_key(m.group(1))]]), text)
    return verb_first(_KO_WORD.sub(lambda m: spaced(m, list(_korean_word(m.group(0)))), text))


# "4박스를 6박스로": a count as the count it becomes ("from 4 box to 6 box", a change of an order).
_TO_ENDINGS = frozenset(["로", "으로", "로요", "으로요", "로는", "으로는"])
_FROM_TO = re.compile(r"(?<!from )\b(\d+(?:\.\d+)? [a-z]+),? to (\d)")


def _korean_count(m: re.Match[str]) -> str:
    words = [_KO_NUMBERS.get(m.group(1), m.group(1)), _KO_COUNTERS[m.group(2).lower()]]
    return spaced(m, ["to", *words] if m.group(3) in _TO_ENDINGS else words, close=True)


def _phrase_key(found: str) -> str:
    return _KO_PHRASE_KEYS[found.replace(" ", "")]


@lru_cache(maxsize=16384)
def _korean_word(word: str) -> tuple[str, ...]:
    """One eojeol as its readings: known whole, or without its ending, or cut into known words."""
    whole = _KO.get(word, _KO_STANDALONE.get(word))
    if whole is not None:
        return (whole,) if whole else ()
    for ending in _KO_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending):
            return _korean_word(word[: -len(ending)])
    for ending in _KO_RISKY:  # cut only where a known word is left ("두부도"), not from "떡볶이"
        stem = word[: -len(ending)]
        if word.endswith(ending) and stem and (stem in _KO or stem in _KO_STANDALONE or _known_end(stem)):
            return _korean_word(stem)
    return tuple(longest_words(word, _KO_INNER, _KO_LONGEST))


def _known_end(stem: str) -> bool:
    return any(stem.endswith(w) for w in _KO_INNER if len(w) > 1 or stem == w)


# ------------------------------------------------------------------ Japanese

_JA_TALK = _table(JAPANESE)
_JA = _JA_TALK | _table(JAPANESE_GOODS) | {w: n for w, n in _JA_NUMBERS.items() if len(w) > 1}
_JA_READINGS = frozenset(_JA.values())
_JA_LONGEST = max(map(len, _JA))
_JA_TALK_READINGS = frozenset(_JA_TALK.values())
_JA_PARTICLES = frozenset(JAPANESE_PARTICLES.split())
_JA_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff5e]+")
_KATAKANA_EDGE = re.compile(
    r"(?<=[\u30a0-\u30ff])(?=[^\u30a0-\u30ff])|(?<=[^\u30a0-\u30ff])(?=[\u30a1-\u30fa])"
)


_JA_INTRO = re.compile(r"(^|[。.!！\n])([^。.!！\n]*?)(?:です|と申します)(?=[。.!！\s]|$)")


def _ja_introduces(m: re.Match[str]) -> str:
    """A sentence ending in the copula after a word the table does not know ("佐藤です": this is Sato)."""
    tail = re.search(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+$", m.group(2))
    if tail is None:
        return m.group(0)
    words = longest_words(tail.group(0), _JA, _JA_LONGEST, _JA_PARTICLES)
    if not words or words[-1] in _JA_READINGS:
        return m.group(0)
    return f"{m.group(1)} this is {m.group(2)}"


def read_japanese(text: str) -> str:
    """``text`` with its Japanese counts, dates and known words read as English (module doc)."""
    text = _JA_INTRO.sub(_ja_introduces, unicodedata.normalize("NFKC", text).translate(_CJK_PUNCT))
    text = _JA_WEEKDAY.sub(lambda m: f" {_WEEKDAYS[m.group(1)]} ", text)
    text = _HOUR.sub(r" \1:00 ", text)
    text = _JA_DATE.sub(lambda m: _date(m.group(1), m.group(2) or m.group(3)), text)
    text = _JA_COUNT.sub(_japanese_count, text)
    return verb_first(_JA_RUN.sub(lambda m: spaced(m, _japanese_run(m.group(0))), text))


def _japanese_count(m: re.Match[str]) -> str:
    number = m.group(1) if m.group(1)[0].isdigit() else kanji_numeral(m.group(1), _JA_DIGITS)
    if number is None:
        return m.group(0)
    return spaced(m, [number, _JA_COUNTERS[m.group(2).lower()]], close=True)


def _japanese_run(run: str) -> list[str]:
    """A run of kana and kanji as known words; the words no row knows are cut where katakana meets another
    script ("煎茶ティーバッグ"), as a reader sees two words, and a small tsu doubles the consonant after it,
    as romaji writes it ("サッポロ": sapporo, "キッコーマン": kikkoman)."""
    return [
        _SMALL_TSU.sub(_doubled, w)
        for word in longest_words(run, _JA, _JA_LONGEST, _JA_PARTICLES)
        for w in _KATAKANA_EDGE.split(word)
        if w
    ]


_SMALL_TSU = re.compile(r"[ッっ]([\u3041-\u30fa])")


def _doubled(m: re.Match[str]) -> str:
    return anyascii(m.group(1))[:1].lower() + m.group(1)
