"""Parts of a message that were not read as order lines but may still ask for goods.

Such a part comes back as an `OrderLine` with ``understood`` False, so the order goes to review instead
of looking complete; a part that is plainly not about goods (a time, a note to the driver) does not.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from jobs.language.extraction.goods_words import GOODS_WORDS
from jobs.language.extraction.items import Item
from jobs.language.extraction.number_words import ARTICLES
from jobs.language.extraction.order_line import OrderLine
from jobs.language.extraction.patterns import (
    NEGATION_RE,
    NOISE_RE,
    NON_ITEM_COUNT_RE,
    POSTCODE_RE,
    PRICE_RE,
    REF_NUMBER_RE,
    SCORE_OR_RANGE_RE,
)
from jobs.language.extraction.segments import clean
from jobs.language.extraction.talk_words import FILLER, INSTRUCTION_WORDS, LOGISTICS, NOTE_STOP
from jobs.language.word_patterns import DIGIT_RE, LETTERS_RE, NUMBER_RE

_LATIN_WORD_SS_RE = re.compile(r"[a-zà-öø-ÿß]+")
_NOTE_WORD_RE = re.compile(r"[a-zà-öø-ÿß][a-zà-öø-ÿß'-]*|\d+(?:[.,]\d+)?[a-z]*")


def unexplained_number(text: str) -> bool:
    """A number that may count goods: not a time, date, phone, postcode, price, reference or head count."""
    if not DIGIT_RE.search(text):
        return False
    t = NOISE_RE.sub(" ", text)
    t = NON_ITEM_COUNT_RE.sub(" ", t)
    for rx in (PRICE_RE, POSTCODE_RE, SCORE_OR_RANGE_RE, REF_NUMBER_RE):
        t = rx.sub(" ", t)
    return DIGIT_RE.search(t) is not None


def _goods_word(words: list[str]) -> bool:
    for w in words:
        w = unicodedata.normalize("NFKD", w)
        w = "".join(c for c in w if not unicodedata.combining(c))
        stem = w[:-2] if w.endswith("es") and w[:-2] in GOODS_WORDS else w.rstrip("s") or w
        if w in GOODS_WORDS or stem in GOODS_WORDS:
            return True
    return False


def names_goods(text: str) -> bool:
    """Whether a text holds a food, drink or catering-supply noun (numbers do not count)."""
    return _goods_word(_LATIN_WORD_SS_RE.findall(text.lower()))


def looks_like_goods(text: str) -> bool:
    """Whether a part of a message may ask for goods: a number that counts something, or a food, drink or
    catering-supply noun."""
    return unexplained_number(text) or _goods_word(_LATIN_WORD_SS_RE.findall(text.lower()))


def _note_words(cleaned: str) -> list[str]:
    """The content words of a part of a message, from its `clean` text."""
    return [
        w
        for w in _NOTE_WORD_RE.findall(cleaned)
        if w not in FILLER and w not in INSTRUCTION_WORDS and w not in NOTE_STOP and w not in ARTICLES
    ]


def asked_line(raw: str) -> OrderLine:
    """A question beside the order (SIDE_QUESTION): kept for the order's notes, not an order line."""
    words = [w for w in _note_words(clean(raw)) if not NUMBER_RE.fullmatch(w)]
    return OrderLine(
        quantity=Decimal(1),
        unit=None,
        size=None,
        phrase=" ".join(words),
        original_text=raw.strip(),
        quantity_explicit=False,
        understood=False,
        goods_hint=_goods_word(words),
        question=True,
    )


def unread_line(
    raw: str, item: Item | None, *, numbers_only: bool = False, listed: bool = False
) -> OrderLine | None:
    """A line for a part of the message that was not read as an order line, or None when it is plainly
    not about goods (no number that counts anything, and no content word left). ``listed``: the part is a
    line of its own in the list of items (UNREAD_LIST_ITEM)."""
    cleaned = clean(raw)
    words = _note_words(cleaned)
    number = unexplained_number(cleaned)
    if numbers_only and not number:
        return None
    if not number and (NEGATION_RE.match(raw) or LOGISTICS & set(_LATIN_WORD_SS_RE.findall(raw.lower()))):
        return None  # "NOT the big bottles this time", "kitchen door round back": a constraint or a note
    phrase = " ".join(w for w in words if not NUMBER_RE.fullmatch(w))
    if not phrase and not number:
        return None
    hint = number or _goods_word(words)
    if item is not None and item.has_quantity and item.explicit:
        quantity, unit, size, explicit = item.quantity, item.unit, item.size, True
        phrase = item.phrase or phrase
    else:
        quantity, unit, size, explicit = Decimal(1), None, None, False
    return OrderLine(
        quantity=quantity,
        unit=unit,
        size=size,
        phrase=phrase,
        original_text=raw.strip(),
        quantity_explicit=explicit,
        understood=False,
        goods_hint=hint,
        listed=listed and _item_like(raw, phrase),
    )


def _item_like(raw: str, phrase: str) -> bool:
    """UNREAD_LIST_ITEM: a part reads as an item of a list, not as a sentence or a sign-off, when its content
    words are at most four, at least half its words ("黄油", "bulk hawaij pls"; not "Please confirm by return",
    "We have 240 pupils back on the 3rd"), and not initials alone ("P.N", "J.M.")."""
    content = phrase.split()
    words = LETTERS_RE.findall(raw.lower())
    return 0 < len(content) <= 4 and 2 * len(content) >= len(words) and any(len(w) > 1 for w in content)
