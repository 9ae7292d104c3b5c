"""Other scripts read as Latin letters. A customer may write in Arabic, Persian, Greek, Russian or with a
Chinese counter ("٦ أكياس زعتر", "۲ کیسه عدس", "2 κούτες κουπέπια", "batter 2包"), and a catalog may list
such names as aliases. The readers' word patterns cover Latin letters; rather than a second set of patterns
per script, every letter and digit of another script is transliterated (`anyascii`: a table, no model), on
the message side by the extractor and on the catalog side by the matcher's tokenisers, so both read the
same letters: "كعك" is "kak" in the message and in the catalog alias. Vocabulary written in those
scripts (units, request words) is folded the same way where it is defined. Chinese and Thai, written without
spaces, are first cut into the words `script_words` knows, each read as its English word; Arabic, Urdu
and Persian words, which the readers would not know without their vowels, are read as English words first
(`arabic_words`); Korean and Japanese counts, endings and words likewise (`korean_japanese`); Vietnamese
words are read as English before their accents go (`vietnamese`); the Indian scripts and Sinhala are spelt as their
typists write those languages in Latin letters (`indic`: Hindi, Punjabi, Gujarati, Bengali; `south_indic`: Tamil,
Malayalam, Telugu, Kannada, Sinhala)."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from anyascii import anyascii

from jobs.language import (
    cantonese,
    central_european,
    dravidian_roman,
    gaelic,
    iberian,
    kurmanji,
    nordic,
    sinhala_roman,
    tagalog,
    thai_roman,
)
from jobs.language.arabic_words import ARABIC, URDU
from jobs.language.east_african import read_east_african
from jobs.language.gujarati_roman import read_gujarati
from jobs.language.horn import read_horn
from jobs.language.indic import INDIC_RUN, read_indic
from jobs.language.korean_japanese import (
    HANGUL,
    KANA,
    kanji_numeral,
    longest_words,
    read_japanese,
    read_korean,
    spaced,
)
from jobs.language.persian_words import PASHTO, PERSIAN, SORANI
from jobs.language.pinyin import read_pinyin
from jobs.language.script_words import CHINESE, THAI, TRADITIONAL_MARKS
from jobs.language.south_indic import SOUTH_RUN, read_south_indic
from jobs.language.tables import LanguageReader, reading, table_rows
from jobs.language.vietnamese import is_vietnamese, read_plain, read_vietnamese

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
        "۔": ".",  # the Urdu full stop
        "ـ": "",
        "\u200c": " ",  # Persian zero-width non-joiner between the parts of a word
        # Ge'ez punctuation (Amharic, Tigrinya): the wordspace, full stop, comma, semicolon, colons, question mark
        "፡": " ",
        "።": ".",
        "፣": ",",
        "፤": ";",
        "፥": ":",
        "፦": ":",
        "፧": "?",
        "፨": ".",
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
    Latin text, accents included, is returned unchanged, but for Vietnamese (`jobs.language.vietnamese`)."""
    if text.isascii():
        return text
    text = read_vietnamese(text)
    if all(ord(ch) < _LATIN_END for ch in text):
        return text
    if HANGUL.search(text):
        text = read_korean(text)
    if KANA.search(text):  # Japanese: kanji among kana are read as Japanese words, not Chinese ones
        text = read_japanese(text)
    else:
        if _HAN.search(text):
            text = chinese_counts(text)
        if _UNSPACED.search(text):
            text = _UNSPACED.sub(_segment, text)
    if _ARABIC_RUN.search(text):
        text = _ARABIC_RUN.sub(_read_arabic, text)
    if INDIC_RUN.search(text):
        text = read_indic(text)
    if SOUTH_RUN.search(text):
        text = read_south_indic(text)
    if _GREEK_QUESTION.search(text):
        text = _GREEK_QUESTION.sub("?", text)
    return "".join(_fold_char(ch) for ch in text.translate(_FIRST))


# GREEK_QUESTION: Greek writes its question mark as ";" (U+037E, or the plain semicolon a keyboard types): "Φέρνετε
# κάρβουνα για την ψησταριά;" asks. After a Greek word it is read as "?" (Greek's semicolon is the raised dot "·").
_GREEK_QUESTION = re.compile(r"(?<=[\u0370-\u03ff\u1f00-\u1fff])\s*[;\u037e]")


# The readers of languages typed in Latin letters, in their one order (the message's segments and `fold_message`
# both read so): romanised Cantonese (`cantonese`: "m goi") first, its "ng" five or a "not", never Tagalog's "of";
# Tagalog (`tagalog`: "pakisend", "dalawang"); romanised Thai (`thai_roman`: "2 lang", "krub"), after Tagalog, whose
# "lang" is "only"; romanised Sinhala (`sinhala_roman`: "2k", "ewanna"), Tamil and Malayalam (`dravidian_roman`:
# "anuppunga", "onnu"); Kurmanji (`kurmanji`: "qutî", "û"); Nordic (`nordic`: "kasser", "og", "til fredag"); Czech,
# Slovak, Slovenian, Hungarian (`central_european`: "bedny", "na sobotu"); Catalan, Basque, Galician (`iberian`:
# "caixes", "kutxa", "eta"); Irish, Scottish Gaelic (`gaelic`: "phaca", "agus").
READERS: tuple[LanguageReader, ...] = (
    cantonese.READER,
    tagalog.READER,
    thai_roman.READER,
    sinhala_roman.READER,
    dravidian_roman.READER,
    kurmanji.READER,
    nordic.READER,
    central_european.READER,
    iberian.READER,
    gaelic.READER,
)


@lru_cache(maxsize=64)
def read_typed(text: str) -> str:
    """``text`` through the readers of languages typed in Latin letters (`READERS`), in their one order, after its
    pinyin counts (`pinyin`: "3 xiang", "liang gong jin"), which no reader's words meet."""
    text = read_pinyin(text)
    for reader in READERS:
        text = reader.read(text)
    return text


def read_folded(text: str, folded: str) -> str:
    """The readers that read a text once its letters are folded (``folded``: ``text`` as `fold_scripts` wrote
    it), in their one order: Somali, Amharic and Tigrinya (`horn`: "jawaan", "ላኩልን"), Gujarati (`gujarati_roman`:
    "moklajo", "ane", "beg"), then Swahili, Luganda and Kinyarwanda (`east_african`: "tuletee", "kkeesi",
    "amakesi")."""
    return read_east_african(read_gujarati(text, read_horn(text, folded)))


def fold_message(text: str) -> str:
    """A whole message as the readers read it (kept for the last texts: the intent and the history
    reference each read a message's folded text): `read_typed`, then `fold_scripts`, with Vietnamese typed
    without accents read too (`vietnamese.read_plain`: "nhu moi khi" is the usual; `fold_scripts` reads it in
    Vietnamese), then `read_folded`."""
    text = read_typed(text)
    return read_folded(text, fold_scripts(text if is_vietnamese(text) else read_plain(text)))


# Chinese counts: a numeral before a measure word ("两箱" two cases, "十二包" twelve bags, "半箱" half a case)
# is written in digits with its unit's English word, set apart from the words around it, which the table would
# otherwise join into one word ("要三箱炸鱼油": "yao 3 case zhayuyou"); "大号/中号/小号" are the size classes.
# A counter read alone is left to the table: as "bao", "he" or "tong" it would be a bun, a pronoun or tongs.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "俩": 2,
    "倆": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {
    "公斤": "kg",
    "箱": "case",
    "包": "bag",
    "袋": "bag",
    "盒": "box",
    "桶": "bucket",
    "瓶": "bottle",
    "罐": "can",
    # WHOLESALE_JIAN: in the wholesale trade a 件 is a packed case ("菜心 3件": three 5 kg cases of choi sum), not
    # a single piece
    "件": "case",
    "条": "each",
    "條": "each",
    "只": "each",
    "隻": "each",
    "个": "each",
    "個": "each",
    "支": "bottle",
    "盤": "tray",
    "盘": "tray",
    "打": "dozen",
    "卷": "roll",
    # CATTY: a jin (600g in Hong Kong, 500g on the mainland) is no kilogram and no unit the catalog sells by: the
    # count stays the line's, for a person ("豬腩肉二十斤" ran on into one word, dropped as a remark, and the rest of
    # the order was confirmed without it); REGIONAL_CATTY (`_catty`) reads the mainland's in kg
    "斤": "catty",
}
_MEASURE = r"(?:公斤|[箱包袋盒桶瓶罐件条條只隻个個支盤盘打卷斤])"
_COUNT = re.compile(r"([一二两兩俩倆三四五六七八九十半]+|\d+(?:\.\d+)?)\s*(" + _MEASURE + ")")
_SIZE_CLASS = {
    "大号": " large ",
    "中号": " medium ",
    "小号": " small ",
    "大號": " large ",
    "中號": " medium ",
    "小號": " small ",
}
# A number before 号/號 is a size number ("2號錫紙盒" a No.2 foil container), written as an English one.
_SIZE_NUMBER = re.compile(r"(\d+[a-zA-Z]?)\s*[号號]")
_CJK_PUNCT = str.maketrans({"、": ",", "。": ".", "；": ";", "：": ":"})


def chinese_counts(text: str) -> str:
    """``text`` with each Chinese count in digits and its counter as the unit's English word."""
    for word, size in _SIZE_CLASS.items():
        text = text.replace(word, size)
    text = _SIZE_NUMBER.sub(r" No.\1 ", text)
    regional = not TRADITIONAL_MARKS.isdisjoint(text)
    return _COUNT.sub(lambda m: _count(m, regional), text.translate(_CJK_PUNCT))


def _count(m: re.Match[str], regional: bool) -> str:
    value = _numeral(m.group(1))
    if m.group(2) == "斤" and not regional and value is not None:
        return _mainland_catty(value)
    return f" {m.group(1) if value is None else value} {_UNITS[m.group(2)]} "


def _mainland_catty(value: str) -> str:
    """REGIONAL_CATTY, a refinement of CATTY: a weight in 斤 written in simplified characters is the mainland's 市斤
    of exactly 500 g, read in kg ("五花肉 40斤" is 20 kg). Written in traditional characters or Cantonese
    (`TRADITIONAL_MARKS`) it is the catty of Hong Kong, Macau, Taiwan or Malaysia (600-605 g), which no catalog's
    kg gives as the weight the customer meant: it stays in catties, for a person ("豬腩肉二十斤")."""
    return f" {format((Decimal(value) / 2).normalize(), 'f')} kg "


def _numeral(chars: str) -> str | None:
    """Arabic digits of a Chinese numeral up to 99 (or the digits as written), None when not one."""
    if chars[0].isdigit():
        return chars
    return "0.5" if chars == "半" else kanji_numeral(chars, _DIGITS)


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


# Chinese and Thai write no spaces between words: a run of either script is cut into the longest words
# `script_words` knows (forward maximum matching), each read as its reading; the letters between known words
# stay together as one word, transliterated below ("透明封口膜" -> " clear 封口膜", the catalog's own word).
_UNSPACED = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\u0e01-\u0e4f]+")


def _readings() -> dict[str, str]:
    out: dict[str, str] = {}
    for table in (CHINESE, THAI):
        for key, words in table_rows(table):
            for word in words:
                for form in {word, unicodedata.normalize("NFKC", word)}:  # Thai ำ is two letters in NFKC
                    out[form] = reading(key, form)
    return out


_READINGS = _readings()
_LONGEST = max(map(len, _READINGS))


def _segment(m: re.Match[str]) -> str:
    """One run of Chinese or Thai letters as its known words' readings and the words between them, set
    apart from the letters around it."""
    return spaced(m, longest_words(m.group(0), _READINGS, _LONGEST))


# Arabic script: a run of words (letters and vowel marks, spaces between them) is read through the rows of
# `arabic_words`, the longest phrase first, each word as written or without its article; a word no phrase
# starts with is read without one attached conjunction or preposition when the rest is a known word; what
# is left is the words as written without their article, transliterated by the table.
# A Persian word's parts may be joined by a zero-width non-joiner ("دم‌سیاه", "مهمان‌ها"): one word of the run.
_ARABIC_LETTER = "\u0620-\u065f\u0670-\u06d3\u06d5"
_AR_WORD = f"[{_ARABIC_LETTER}]+(?:\u200c+[{_ARABIC_LETTER}]+)*"
_ARABIC_RUN = re.compile(f"{_AR_WORD}(?:[ \t\u00a0]+{_AR_WORD})*")
_ZWNJ = "\u200c"
_UNIFY = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ۃ": "ہ", "ە": "ه"})
# Persian letters for Arabic ones and back: a Persian word typed on an Arabic keyboard, a Pashto final ي.
_TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک"})
_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})
# Endings taken off a word no row knows when what is left is a word a row holds: Persian ezafe and plurals
# ("برنجی", "نان‌ها", "کارتنش"), Sorani definite plural and indefinite ("ماستەکان", "گۆنییەک"), Pashto plural
# ("سیخونه"). Longest first; written as `_UNIFY` leaves them (Sorani ە as ه).
_ENDINGS = ("هایی", "های", "هکان", "یهک", "ونه", "ها", "کان", "هکه", "ێک", "اش", "ی", "ي", "ش")
_ARTICLES = ("بال", "فال", "كال", "لل", "ال")  # the article, alone or after a one-letter word (و: _CLITICS)
# One-letter words written onto the next (and, so, with, for, like) and the shortest word they are taken off:
# after ب ل ك ف a word of three letters is too often a word of its own ("بسته", Persian for a pack, is no
# "ب" and "ستة" six).
_CLITICS = {"و": "and", "ف": "", "ب": "", "ل": "", "ك": ""}
_CLITIC_REST = {"و": 2, "ف": 4, "ب": 4, "ل": 4, "ك": 4}


def _unmarked(word: str) -> str:
    """The word without vowel marks and tatweel."""
    return "".join(c for c in word if unicodedata.category(c) != "Mn" and c != "ـ")


def _bare(word: str) -> str:
    """The word without its definite article ("الخبز" -> "خبز", "بالعظم" -> "عظم", "للسبت" -> "سبت")."""
    for article in _ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    return word


def _arabic_readings() -> dict[str, str]:
    """Phrase (words unmarked, alef and taa unified, one space apart) -> reading, over the three tables; a phrase
    two rows read differently is an error in the data."""
    out: dict[str, str] = {}
    for table in (ARABIC, URDU, PERSIAN, PASHTO, SORANI):
        for row, phrases in table_rows(table, ","):
            for phrase in phrases:
                key, said = (
                    " ".join(_unmarked(w).translate(_UNIFY) for w in phrase.split()),
                    reading(row, phrase),
                )
                if out.setdefault(key, said) != said:
                    raise ValueError(f"arabic_words: {phrase!r} read as {out[key]!r} and {said!r}")
    return out


_AR_READINGS = _arabic_readings()
_AR_LONGEST = max(len(k.split()) for k in _AR_READINGS)
_AR_WORDS = frozenset(w for k in _AR_READINGS for w in k.split())
# The stems an ending is taken off to: words of the rows that read as something ("محلی", local, is no "محل", an
# Arabic shop read as nothing; Sorani "نانی" is "نان", naan).
_FA_STEMS = frozenset(
    key
    for table in (ARABIC, URDU, PERSIAN, PASHTO, SORANI)
    for row, phrases in table_rows(table, ",")
    if row != "_"
    for key in (_unmarked(phrase).translate(_UNIFY) for phrase in phrases)
    if " " not in key
)


def _known_form(word: str) -> str:
    """``word`` as a row writes it: as written, else in Persian or Arabic letters, else without an ending
    (`_ENDINGS`) when what is left is a word a row holds; a word no row holds is returned as written."""
    unified = word.translate(_UNIFY)
    if unified in _AR_WORDS or _bare(unified) in _AR_WORDS:
        return word
    for form in (unified.translate(_TO_PERSIAN), unified.translate(_TO_ARABIC)):
        if form in _AR_WORDS:
            return form
    for ending in _ENDINGS:
        stem = unified[: -len(ending)]
        if unified.endswith(ending) and len(stem) >= 2:
            for form in (stem, stem.translate(_TO_PERSIAN)):
                if form in _FA_STEMS:
                    return form
    return word


def _run_words(run: str) -> list[str]:
    """The words of a run, unmarked; a word joined by a non-joiner is one word when a row holds it so, else
    its parts ("دم‌سیاه": "دم", "سیاه"), a part that is only an ending ("ها") dropped."""
    out: list[str] = []
    for word in map(_unmarked, run.split()):
        if _ZWNJ not in word:
            out.append(_known_form(word))
            continue
        joined = word.replace(_ZWNJ, "")
        if _known_form(joined) != joined or joined.translate(_UNIFY) in _AR_WORDS:
            out.append(_known_form(joined))
            continue
        parts = [p for p in word.split(_ZWNJ) if p and p.translate(_UNIFY) not in _ENDINGS]
        out.extend(_known_form(p) for p in parts)
    return out


def _phrase(words: list[str]) -> tuple[int, str] | None:
    """(how many words, reading) of the longest phrase ``words`` start with, as written or without their
    articles, or None."""
    for n in range(min(_AR_LONGEST, len(words)), 0, -1):
        part = [w.translate(_UNIFY) for w in words[:n]]
        reading = _AR_READINGS.get(" ".join(part))
        if reading is None:
            reading = _AR_READINGS.get(" ".join(map(_bare, part)))
        if reading is not None:
            return n, reading
    return None


def _read_arabic(m: re.Match[str]) -> str:
    """One run of Arabic-script words as their readings and the words no row knows (without article)."""
    words = _run_words(m.group(0))
    out: list[str] = []
    i = 0
    while i < len(words):
        word, rest = words[i], words[i][1:]
        found = _phrase(words[i:])
        clitic = word[:1] if word[:1] in _CLITICS and len(rest) >= _CLITIC_REST[word[:1]] else ""
        if found is None and clitic:
            found = _phrase([rest, *words[i + 1 :]])
            out.append(_CLITICS[clitic] if found else "")
        if found is not None:
            out.append(found[1])
            i += found[0]
            continue
        if clitic == "و" and _bare(rest) != rest:  # "والمطعم": and, "مطعم"
            out.extend(("and", _bare(rest)))
        else:
            out.append(_bare(word))
        i += 1
    return " ".join(w for w in out if w)
