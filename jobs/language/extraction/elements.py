"""Reading one cleaned segment: tokens, then elements (quantities, measures, product and size words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from jobs.language.extraction.measures import MEASURE_QTY_UNIT, MEASURES, SIZE_WORDS
from jobs.language.extraction.number_words import (
    ARTICLES,
    HALF,
    MEASURE_NUMBER_WORDS,
    NUMBER_WORDS,
    RISKY_NUMBER_WORDS,
    VAGUE,
)
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.extraction.patterns import TOKEN_RE
from jobs.language.extraction.sizes import canonical_size, dec
from jobs.language.extraction.talk_words import FILLER, NON_ITEM_NOUNS
from jobs.language.tables import word_set

# Number words that multiply the count before them ("five hundred", "two thousand", "a hundred").
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}

# Words after "a"/"un" that make it a preposition or part of a phrase, not an article opening an item.
_ARTICLE_NOT_ITEM = frozenset(
    [
        "la",
        "le",
        "les",
        "los",
        "el",
        "il",
        "lo",
        "pezzi",
        "fette",
        "cubetti",
        "base",
        "go",
        "bit",
        "little",
        "lot",
        "few",
        "couple",
        "pair",
        "half",
        "dozen",
        "week",
        "day",
        "time",
        "moment",
        "part",
        "side",
    ]
)


_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
# Verbs and prepositions an English article follows as their object ("took a record", "on a new diet"),
# not a new item.
_VERBS_BEFORE_ARTICLE = word_set(
    """took got get had have has need want is was did made make run ran put give gave send sent bring brought
    do found find left lost hit won on in for of at with from than as per into onto about like what such
    half quite bit lot"""
)


def _ends_an_english_item(word: str, written_before: str | None) -> bool:
    """After this product word (and the word written right before the article, which the reader may have
    dropped as talk), English "a"/"an" may open the next item of a spoken list."""
    if word.endswith("s"):
        return True  # "two lemonades a water"
    return all(
        w is not None and w[-1:] in _CONSONANTS and not w.endswith("ing") and w not in _VERBS_BEFORE_ARTICLE
        for w in (word, written_before)
    )


@dataclass
class Token:
    number: bool  # digits (or a fraction) rather than a word
    text: str
    value: Decimal | None = None
    attached: str | None = None  # letters glued to a number ("330ml", "3x")
    hyphen_after: bool = False  # a number written before a hyphen and another number ("6-8")


class Kind(Enum):
    QUANTITY = "quantity"  # a count: "2", "two", "a couple", "half"
    MEASURE = "measure"  # a weight or volume: "5kg", "330ml"
    WORD = "word"  # a product word (or a number that is part of a name: "kronenbourg 1664")
    SIZE = "size"  # a size word: "large", "petit"


@dataclass
class Element:
    kind: Kind
    text: str = ""
    value: Decimal | None = None
    unit: str | None = None  # QUANTITY: pack unit; MEASURE: canonical measure unit
    size: str | None = None  # MEASURE: canonical size; SIZE: size class; QUANTITY: size word before its unit
    pack: str | None = None  # MEASURE: pack unit right after the measure ("25kg sack")
    explicit: bool = True  # QUANTITY: stated, not assumed ("a few" is not)
    strong: bool = False  # QUANTITY: marked as a count by a unit or an "x"
    x_before: bool = False  # QUANTITY: written "x3"
    x_after: bool = False  # QUANTITY: written "3x" / "3 x"
    numeric: bool = False  # QUANTITY: read from digits (not a word or article)
    range_start: bool = False  # QUANTITY: the first number of a range written "6-8"

    @property
    def is_count(self) -> bool:
        return self.kind in (Kind.QUANTITY, Kind.MEASURE)

    @property
    def is_word(self) -> bool:
        return self.kind in (Kind.WORD, Kind.SIZE)


_HYPHEN_NUMBER = re.compile(r"\s*[-–]\s*\d")


def tokenize(text: str) -> list[Token]:
    toks: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        if m.group("frac"):
            a, b = re.split(r"\s*/\s*", m.group("frac"))
            toks.append(Token(True, m.group("frac"), Decimal(a) / Decimal(b)))
        elif m.group("code"):
            toks.append(Token(False, m.group("code").lower()))
        elif m.group("num"):
            raw = m.group("num")
            suffix = (m.group("suffix") or "").lower()
            if suffix and suffix not in MEASURES and suffix not in PACK_UNITS and suffix != "x":
                if suffix in ("st", "nd", "rd", "th"):
                    continue  # ordinal
                toks.append(Token(False, (raw + suffix).lower()))  # "7up", "330s"
                continue
            hyphen = not suffix and _HYPHEN_NUMBER.match(text, m.end()) is not None
            toks.append(Token(True, raw, dec(raw), suffix or None, hyphen))
            if suffix:
                toks.append(Token(False, suffix))
        elif m.group("word"):
            toks.append(Token(False, m.group("word").lower()))
    return toks


def elements(toks: list[Token]) -> tuple[list[Element], bool]:
    """Group tokens into quantity / measure / word elements. Second value: a non-item count was seen
    ("150 guests", "40 mins")."""
    reader = _Reader(toks)
    i = 0
    while i < len(toks):
        i = reader.number(i) if toks[i].number else reader.word_token(i)
    return reader.els, reader.non_item


# Counting words that take an "of" before their unit or product ("a couple of", "half of").
_OF_AFTER = ("a couple", "couple", "pair", "a few", "few", "a half", "half")


class _Reader:
    """The elements read so far from one segment's tokens."""

    def __init__(self, toks: list[Token]) -> None:
        self.toks = toks
        self.els: list[Element] = []
        self.non_item = False
        self.seen_word = False  # a product word has been read (so "a" is an article, not "one")

    # ---- looking at tokens
    def word(self, i: int) -> str | None:
        return self.toks[i].text if 0 <= i < len(self.toks) and not self.toks[i].number else None

    def is_unit(self, i: int) -> bool:
        w = self.word(i)
        return w is not None and w in PACK_UNITS

    def x_follows(self, i: int) -> bool:
        """An "x" follows the number at token i, glued to it ("3x") or a word of its own ("3 x")."""
        return self.word(i + 1) == "x" or self.toks[i].attached == "x"

    def prev_is_word(self) -> bool:
        return bool(self.els) and self.els[-1].is_word

    def add_word(self, text: str) -> None:
        self.els.append(Element(Kind.WORD, text=text))
        self.seen_word = True

    # ---- digits
    def number(self, i: int) -> int:
        """Read the number at token i (a count, a measure, or part of a name); return the next index."""
        t = self.toks[i]
        value = t.value
        nxt = self.word(i + 1)
        leading_zero = t.text.startswith("0") and len(t.text) > 1 and "." not in t.text and "," not in t.text
        if value is None or value == 0 or leading_zero:
            self.add_word(t.text)  # "00" flour, "0.0" beer
            return i + 1
        if nxt is not None and nxt in MEASURES:
            return self.measure(i, value, nxt)
        if nxt is not None and nxt in NON_ITEM_NOUNS:
            self.non_item = True
            return i + 2
        x_before = (
            i > 0
            and self.word(i - 1) == "x"
            and (not self.els or self.els[-1].kind != Kind.QUANTITY or not self.els[-1].x_after)
        )
        if not x_before and self.prev_is_word() and self.names_a_product(i, value):
            self.add_word(t.text)
            return i + 1
        if not self.els and self.only_decimal_times_count(i, value):
            # ELLIPTIC_DECIMAL: "majirel 6.0 x4, 7.1 x2", "coke 1.5 x2, 0.5 x3": a part that is only a decimal and a
            # count after an "x" is the size or shade of the line before, and the count is the number after the "x"
            self.add_word(t.text)
            return i + 1
        return self.count(i, value, x_before)

    def only_decimal_times_count(self, i: int, value: Decimal) -> bool:
        """The part is "<decimal> x<whole number>" and nothing else."""
        if value == value.to_integral_value() or not self.x_follows(i):
            return False
        k = i + 2
        return (
            k == len(self.toks) - 1
            and (n := self.toks[k]).number
            and n.value is not None
            and n.value == n.value.to_integral_value()
        )

    def names_a_product(self, i: int, value: Decimal) -> bool:
        """A number after a product word that is part of its name or size, not a count."""
        follows_x = self.x_follows(i)
        num_after_x = follows_x and i + 2 < len(self.toks) and self.toks[i + 2].number
        if not self.is_unit(i + 1) and value >= 100 and (not follows_x or num_after_x):
            return True  # "kronenbourg 1664", "coke 330"
        # "still water 1.5 x 6": 1.5 is the bottle size; "Havana 7 x 2", "absolut 70 x 4": a number of the
        # name, then the count (a smaller number after the "x": "coke 2 x 24" counts cases of 24)
        if num_after_x and value == value.to_integral_value():
            after = self.toks[i + 2]
            measured = after.attached is not None or self.word(i + 3) in MEASURES  # "6 x 2L": pack notation
            return not measured and after.value is not None and 0 < after.value < value
        return value != value.to_integral_value() and num_after_x

    def measure(self, i: int, value: Decimal, unit_word: str) -> int:
        """ "5kg", "330 ml", "25kg sack of": a weight or volume, with the pack right after it."""
        t = self.toks[i]
        el = Element(
            Kind.MEASURE,
            text=f"{t.text}{unit_word}",
            value=value,
            unit=MEASURES[unit_word][1],
            size=canonical_size(value, unit_word),
        )
        j = i + 2
        if self.word(j) in PACK_UNITS:
            el.pack = PACK_UNITS[self.word(j) or ""]
            j += 1
            if self.word(j) == "of":
                j += 1
        self.els.append(el)
        return j

    def count(self, i: int, value: Decimal, x_before: bool) -> int:
        """A count in digits, with its "x" marks and the unit after it."""
        t = self.toks[i]
        q = Element(Kind.QUANTITY, text=t.text, value=value, numeric=True, x_before=x_before, strong=x_before)
        q.range_start = t.hyphen_after
        j = i + 1
        if self.x_follows(i):  # "3x" (its glued 'x' a word token of its own) or "3 x"
            q.x_after = q.strong = True
            j += 1
        if q.x_after and x_before:
            q.x_after = False
        j = self.read_unit(j, q)
        self.els.append(q)
        return j

    def read_unit(self, j: int, q: Element) -> int:
        """Read an optional unit after a count starting at token j; return the next index."""
        word = self.word
        if word(j) == "of" and (word(j + 1) in PACK_UNITS or word(j + 1) == "dozen"):
            j += 1
        k = j
        skipped_size: str | None = None
        while word(k) in SIZE_WORDS or word(k) in ("extra", "more", "additional"):
            if self.is_unit(k + 1) or word(k + 1) == "dozen":
                skipped_size = SIZE_WORDS.get(word(k) or "", skipped_size)
                k += 1
            else:
                break
        q.size = skipped_size
        w = word(k)
        if w == "latte" and word(k + 1) == "di":
            w = "latta"  # Italian "6 latte di pomodori": tins (not milk) when "di" follows
        if w is not None and w in PACK_UNITS:
            q.unit = PACK_UNITS[w]
            q.strong = True
            k += 1
            return k + 1 if word(k) == "of" else k
        if w == "dozen":
            q.unit = "dozen"
            q.strong = True
            k += 1
            return k + 1 if word(k) == "of" else k
        return j

    # ---- words
    def word_token(self, i: int) -> int:
        """Read the word at token i: a quantity word, a size word, a filler or a product word."""
        j = self.word_quantity(i)
        if j is not None:
            return j
        w = self.word(i) or ""
        nxt = self.word(i + 1)
        if w in SIZE_WORDS:
            self.els.append(Element(Kind.SIZE, text=w, size=SIZE_WORDS[w]))
        elif w == "x" or (w in FILLER and w not in PACK_UNITS):
            pass
        elif w == "can" and (nxt in ("i", "we", "you", "u") or not self.prev_is_word()):
            pass  # the verb
        else:
            self.add_word(w)
        return i + 1

    def quantity_word(self, i: int) -> tuple[Element | None, int]:
        """The quantity a word (or a two-word phrase) at token i stands for, and the index after it."""
        w = self.word(i) or ""
        nxt = self.word(i + 1)
        if w in HALF:
            return Element(Kind.QUANTITY, text=w, value=Decimal("0.5")), i + (2 if nxt in ARTICLES else 1)
        if w == "a" and nxt in ("couple", "pair"):
            return Element(Kind.QUANTITY, text="a couple", value=Decimal(2)), i + 2
        if w in ("couple", "pair"):
            return Element(Kind.QUANTITY, text=w, value=Decimal(2)), i + 1
        if w == "a" and nxt == "few":
            return Element(Kind.QUANTITY, text="a few", value=Decimal(3), explicit=False), i + 2
        if w == "a" and nxt == "half":
            return Element(Kind.QUANTITY, text="a half", value=Decimal("0.5")), i + 2
        if w == "a" and nxt == "dozen":
            return Element(Kind.QUANTITY, text="a", value=Decimal(1)), i + 1
        if w in VAGUE and not (w == "some" and self.prev_is_word()):
            return Element(Kind.QUANTITY, text=w, value=VAGUE[w], explicit=False), i + 1
        if w in NUMBER_WORDS and w not in ARTICLES:
            if w in RISKY_NUMBER_WORDS and not (nxt and (nxt in PACK_UNITS or nxt in MEASURES)):
                return None, i + 1
            if w in MEASURE_NUMBER_WORDS and nxt not in MEASURES:
                return None, i + 1
            if nxt in _MULTIPLIERS:  # "five hundred tartare sachets" is 500, not 5
                return Element(
                    Kind.QUANTITY, text=w, value=Decimal(NUMBER_WORDS[w] * _MULTIPLIERS[nxt])
                ), i + 2
            return Element(Kind.QUANTITY, text=w, value=Decimal(NUMBER_WORDS[w])), i + 1
        if w in ("a", "one") and nxt in _MULTIPLIERS and not self.seen_word:  # "a hundred napkins"
            return Element(Kind.QUANTITY, text=w, value=Decimal(_MULTIPLIERS[nxt])), i + 2
        # an article is "one" when it opens the line or comes right before a unit or size ("a case of")
        opens = (w == "one" and nxt != "of") or not self.seen_word or self.is_unit(i + 1) or nxt in SIZE_WORDS
        # SPOKEN_ITEMS: in a spoken list with no commas ("three lemonades a water and two iced teas",
        # "dos cajas de limonada una de ginger beer") an article after a counted item's words starts the
        # next item; English "a" only after a plural or a word ending in a consonant ("two lemonades a
        # water", "2 firkins golden a porter"), so Italian "mozzarelle a blocco", "glassa a specchio" keep
        # their preposition, and never after a verb ("took a record", "we're doing an oat latte special")
        opens = opens or (
            w in ARTICLES
            and self.prev_is_word()
            and any(e.kind == Kind.QUANTITY for e in self.els)
            and nxt is not None
            and nxt not in _ARTICLE_NOT_ITEM
            and (w not in ("a", "an") or _ends_an_english_item(self.els[-1].text, self.word(i - 1)))
        )
        if (w in ARTICLES or w == "one") and opens:
            return Element(Kind.QUANTITY, text=w, value=Decimal(1)), i + 1
        return None, i + 1

    def word_quantity(self, i: int) -> int | None:
        """Read a quantity word with its "x", measure or unit; the next index, or None if it is no quantity."""
        wq, j = self.quantity_word(i)
        if wq is None:
            return None
        word = self.word
        if word(j) == "of" and wq.text in _OF_AFTER:
            j += 1
        if word(j) == "x":
            wq.x_after = wq.strong = True
            j += 1
        mw = word(j)
        counted = mw is not None and mw in MEASURES and MEASURES[mw][1] in MEASURE_QTY_UNIT
        if mw in MEASURES and not counted and j == i + 1 and wq.value is not None:
            return self.measure(i, wq.value, mw)  # "dos mm de broca": a length is a size, as "2mm" is
        if mw is not None and counted:  # "cinco kilos de tomates"
            wq.unit = MEASURE_QTY_UNIT[MEASURES[mw][1]]
            wq.strong = True
            j += 1
            if word(j) in ("of", "de", "di", "d"):
                j += 1
        else:
            j = self.read_unit(j, wq)
        if word(j) in NON_ITEM_NOUNS and wq.unit is None:
            self.non_item = True
            return j + 1
        self.els.append(wq)
        return j
