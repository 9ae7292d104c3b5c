"""From a segment's elements to its items: which quantity counts which product words."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import NamedTuple

from jobs.language.extraction.elements import Element, Kind, elements, tokenize
from jobs.language.extraction.measures import MEASURE_QTY_UNIT
from jobs.language.extraction.number_words import ARTICLES, NUMBER_WORDS
from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.extraction.patterns import DAY_WORD_RE, EACH_RE, REPORT_RE
from jobs.language.extraction.segments import clean
from jobs.language.extraction.sizes import dec
from jobs.language.extraction.talk_words import (
    FILLER,
    FOOD_STATES,
    INSTRUCTION_WORDS,
    LABEL_WORDS,
    NARRATIVE_WORDS,
    NOTE_STOP,
)
from jobs.language.word_patterns import LATIN_WORD_RE

_SHORT_RE = re.compile(r"\bshort\s+\d")
_VAGUE_RE = re.compile(r"\b(?:some|a\s+few|several|a\s+couple)\b", re.IGNORECASE)


@dataclass
class Item:
    quantity: Decimal
    unit: str | None
    size: str | None
    phrase: str
    explicit: bool
    has_quantity: bool  # a count or a measure was read
    has_count: bool = False  # a count proper (not only a weight/volume)
    article: bool = False  # the count is only "a"/"un"/"ein"
    # words of the phrase written before its count when words follow it too (OrderLine.lead_words)
    lead: int = 0


def counted(item: Item) -> bool:
    return item.has_count and item.explicit


def vague(text: str) -> bool:
    return _VAGUE_RE.search(text) is not None


# "half of them unusable", "3 of those were off", "all of it went": a report about goods received. Only
# at the start of a clause: "3 cases foil containers with lids for all of them" orders the lids.
_OF_THEM_RE = re.compile(
    r"(?:^|[,.;:!]\s*|\b(?:and|but)\s+)(?:\d+|half|some|all|most|none|one|two|three|four|five|a\s+few|"
    r"several)\s+of\s+(?:them|it|(?:those|these)(?!\s+[a-z]))\b",
    re.IGNORECASE,
)


def read(raw: str, cleaned: str | None = None) -> tuple[list[Item], bool]:
    """The items of one part of a message, and whether it was set aside as a report or a non-item count;
    `cleaned` is `clean(raw)` when the caller has it."""
    cleaned = clean(raw) if cleaned is None else cleaned
    if not cleaned:
        return [], False
    words = set(LATIN_WORD_RE.findall(cleaned)) - _named_by_state(cleaned)
    if (
        words & NARRATIVE_WORDS
        or _SHORT_RE.search(cleaned)
        or REPORT_RE.search(raw)
        or _OF_THEM_RE.search(raw)
    ):
        return [], True  # "8 eggs broke", "half of them unusable": a report, not a request
    els, non_item = elements(tokenize(cleaned))
    els = _without_label(els)
    if not els:
        return [], non_item
    return [item(g, cleaned) for g in groups(els)], non_item


def _without_label(els: list[Element]) -> list[Element]:
    """A list's label before its first count is no product ("sunday order 6 cs still water 4 cs monster",
    "Mon top up 3 cs coke"): words that only say when or what the message is."""
    j = 0
    while j < len(els) and els[j].is_word:
        j += 1
    if (
        0 < j < len(els)
        and els[j].is_count
        and all(e.text in LABEL_WORDS or DAY_WORD_RE.fullmatch(e.text) for e in els[:j])
    ):
        return els[j:]
    return els


# A state word said before a noun names the product: "crushed ice", "split peas", "crushed chillies"; after
# it ("4 packs crushed", "8 eggs broke") it reports what happened (FOOD_STATES, talk_words.py). "broken rice 3 bag"
# (com tam, gạo tấm) was set aside as a report and the rest of its order confirmed without it.
_STATE_BEFORE_NOUN_RE = re.compile(r"\b(" + "|".join(sorted(FOOD_STATES)) + r")\s+(?=[a-zà-öø-ÿ]{3,})")


def _named_by_state(cleaned: str) -> set[str]:
    """State words used as a product's adjective in this part ("ten bags crushed ice": "crushed"). "broken" only
    opening the part or after a count or a pack ("broken rice 3 bag", "2 sacks broken rice"): "the rice paper
    was broken almost all of it" reports."""
    return {
        m.group(1)
        for m in _STATE_BEFORE_NOUN_RE.finditer(cleaned)
        if not cleaned[m.end() :].startswith(
            ("and ", "but ", "so ", "in ", "on ", "during ", "when ", "because ", "by ", "again")
        )
        and (m.group(1) != "broken" or _opens_or_counted(cleaned[: m.start()]))
    }


def _opens_or_counted(before: str) -> bool:
    """Nothing, a count or a pack word before a word of the part."""
    words = before.split()
    return not words or words[-1][0].isdigit() or words[-1] in PACK_UNITS or words[-1] == "x"


def each_quantity(text: str) -> tuple[Decimal, str | None] | None:
    """ "(1 case each)", "a case of each: coke, fanta": one quantity for every listed product."""
    m = EACH_RE.search(text)
    if not m:
        return None
    raw = m.group(1).lower()
    value = dec(raw) if raw[0].isdigit() else Decimal(NUMBER_WORDS.get(raw, 1))
    unit = PACK_UNITS.get((m.group(2) or "").lower())
    if value is None or value <= 0 or (m.group(2) and unit is None):
        return None
    return value, unit


class _EachMark(NamedTuple):
    start: int
    end: int
    opens: bool  # the list follows it ("3 each of: coke, fanta", "2 each coke and fanta"); else it ends one
    value: tuple[Decimal, str | None]


@dataclass(frozen=True)
class EachScopes:
    """EACH_SCOPE: the "N each" of a message, where each is said. Of one count (however often said) every listed
    product takes it, as ever; of several different ones ("coke, fanta 2 each; sprite, water 5 each", "3 each of:
    ... 2 each of: ...") a part takes the one whose list it is in: the count that opened the list it follows, else
    the count that closes the list it is in. The first said was every part's (sprite and water were 2 each)."""

    text: str
    marks: tuple[_EachMark, ...]

    def around(self, at: int) -> tuple[Decimal, str | None] | None:
        """The count each of the part found at offset ``at`` of the text (-1: not found), or None: no list's."""
        if len({m.value for m in self.marks}) < 2:
            return self.marks[0].value
        if at < 0:
            return None
        before = [m for m in self.marks if m.end <= at]
        after = [m for m in self.marks if m.start >= at]
        if before and before[-1].opens:
            return before[-1].value
        if after and not after[0].opens:
            return after[0].value
        return None


def each_scopes(text: str) -> EachScopes | None:
    """The EACH_SCOPE marks of ``text``, or None when it says no count each."""
    marks = []
    for m in EACH_RE.finditer(text):
        value = each_quantity(m.group(0))
        if value is not None:
            tail = re.split(r"[,;\n)]", text[m.end() :], maxsplit=1)[0].strip(" .!")
            marks.append(_EachMark(m.start(), m.end(), bool(tail), value))
    return EachScopes(text, tuple(marks)) if marks else None


# ----------------------------------------------------------------------------- several items per segment
class _Side(Enum):
    """Which run of product words a quantity counts: the one before it or the one after it."""

    LEFT = "left"
    RIGHT = "right"


def _word_runs(els: list[Element]) -> list[tuple[int, int]]:
    """(first, last) element index of each run of product and size words."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(els):
        if els[i].is_word:
            j = i
            while j + 1 < len(els) and els[j + 1].is_word:
                j += 1
            runs.append((i, j))
            i = j + 1
        else:
            i += 1
    return runs


def _side(els: list[Element], p: int, sides: dict[int, _Side]) -> _Side:
    """The side of the quantity at p, when product words stand on both sides of it."""
    e = els[p]
    leading = els[0].is_count
    if e.kind == Kind.QUANTITY and e.x_before:
        x_prefix_style = els[0].kind == Kind.QUANTITY and els[0].x_before  # "x3 gin x2 rum"
        return _Side.RIGHT if x_prefix_style else _Side.LEFT
    if e.kind == Kind.QUANTITY and e.x_after:
        return _Side.RIGHT
    if e.kind == Kind.MEASURE:
        nxt = els[p + 1] if p + 1 < len(els) else None
        if p - 1 in sides:
            return _Side.RIGHT  # after a count that closed an item, or continuing the next item
        if nxt is not None and nxt.kind == Kind.QUANTITY and (nxt.x_after or (leading and not nxt.x_before)):
            return _Side.LEFT
        if nxt is not None and nxt.kind == Kind.MEASURE and leading and _opened_by_count(els, p, sides):
            return (
                _Side.LEFT
            )  # "3 bags tilda 20kg 15 kg goat leg": the first weight is the size (SIZE_CLOSES)
        if leading and e.unit in _VOLUME_UNITS and els[p - 1].is_word and _goods_run(els, p + 1):
            # SIZE_INSIDE: "2 cases still 500ml water", "1 box white 8oz cups": a volume between the words of an
            # item opened by its count is that item's size, not the count of another ("500ml water" was a line)
            return _Side.LEFT
        return _Side.RIGHT if leading else _Side.LEFT
    if leading and _size_before_count(els, p) is not None:
        # SIZE_BEFORE_COUNT: in a list that opens with counts, two bare numbers between two items' words ("3
        # freedom 50 2 playa blanca") are the first item's size (its 50cm) and the next item's count
        return _size_before_count(els, p) or _Side.RIGHT
    previous = sides.get(p - 1)
    if (
        previous is _Side.LEFT
        and leading
        and els[p - 1].kind == Kind.MEASURE
        and (e.strong or _opened_by_count(els, p - 1, sides))
    ):
        # "6 cs still 500ml 4 cs monster": the size closed its item, the count opens one; so does a bare count
        # when the item before the size was opened by its own ("10 nech teff 5 kilo 6 key teff 5 kilo": SIZE_CLOSES)
        return _Side.RIGHT
    if previous is not None:
        return previous
    return _Side.RIGHT if leading else _Side.LEFT


_TALK = FILLER | INSTRUCTION_WORDS | NOTE_STOP


def _goods_run(els: list[Element], i: int) -> bool:
    """The run of words from i holds a word that is no talk ("moet 75cl stp": "stp" is please)."""
    run = itertools.takewhile(lambda e: e.is_word, els[i:])
    return any(e.text.lower() not in _TALK for e in run)


def _opened_by_count(els: list[Element], m: int, sides: dict[int, _Side]) -> bool:
    """The run of words just before the size at m was opened by a count read as its own (SIZE_CLOSES)."""
    a = m - 1
    if a < 0 or not els[a].is_word:
        return False
    while a - 1 >= 0 and els[a - 1].is_word:
        a -= 1
    return a - 1 >= 0 and sides.get(a - 1) is _Side.RIGHT


_LENGTH_UNITS = frozenset(("inch", "mm", "cm"))
_VOLUME_UNITS = frozenset(("ml", "cl", "l", "oz", "pint"))


def _dimension(e: Element) -> bool:
    return e.kind == Kind.MEASURE and e.unit in _LENGTH_UNITS


def _size_before_count(els: list[Element], p: int) -> _Side | None:
    """LEFT for the first of two bare numbers in a row after a word, RIGHT for the second (SIZE_BEFORE_COUNT), None
    for any other element."""

    def bare(i: int) -> bool:
        return 0 <= i < len(els) and _bare_number(els[i]) and not els[i].range_start

    if bare(p) and bare(p + 1) and p >= 1 and els[p - 1].kind == Kind.WORD:
        return _Side.LEFT
    if bare(p) and bare(p - 1) and p >= 2 and els[p - 2].kind == Kind.WORD:
        return _Side.RIGHT
    return None


def _bare_number(e: Element) -> bool:
    return (
        e.kind == Kind.QUANTITY and e.numeric and e.unit is None and not (e.strong or e.x_before or e.x_after)
    )


def _grade_range(els: list[Element], i: int) -> bool:
    """The element at i is one end of a range of two bare numbers ("6-8") after a word, the first below the second
    (GRADE_RANGE)."""
    first = i if i + 1 < len(els) and _bare_number(els[i + 1]) else i - 1
    if first < 1 or not (
        els[first].range_start and _bare_number(els[first]) and _bare_number(els[first + 1])
    ):
        return False
    low, high = els[first].value, els[first + 1].value
    return els[first - 1].kind == Kind.WORD and low is not None and high is not None and 0 < low < high < 100


def _decimal_spec(els: list[Element], i: int, qpos: list[int]) -> bool:
    """DECIMAL_SPEC: a bare number with a fraction, after the words of an item its own count opened ("30 plyt 12.5
    2400x1200", "2 bębny T&E 2.5 50m", "20 sheets 12.5 full size"), is the item's thickness, cable section or grade,
    never the count of another item: goods are counted whole, and a weight or volume says its unit ("2.5kg")."""
    e = els[i]
    return (
        _bare_number(e)
        and e.value is not None
        and e.value != e.value.to_integral_value()
        and i >= 2
        and els[i - 1].is_word
        and qpos[0] < i
        and els[qpos[0]].kind == Kind.QUANTITY
        and els[qpos[0]].explicit
    )


def groups(els: list[Element]) -> list[list[Element]]:
    """Split a segment holding several items ("12 lemons 20 limes", "chicken 15kg mince 10kg")."""
    qpos = [i for i, e in enumerate(els) if e.is_count]
    if len(qpos) > 1:
        # DIMENSION_IN_NAME: a length ("12\" bases", "pepperoni 35mm", "kraft 10 inch") is a size of the item,
        # never what counts it: "par-baked 12\" bases 10 boxes" is one item, "6 pepperoni 35mm 4 diced ham" two
        qpos = [i for i in qpos if not _dimension(els[i])] or qpos
        # GRADE_RANGE: a range of two bare numbers after a product word, the second the larger ("cod 6-8 skinless",
        # "tony 2 boxes haddock 8-10"), are the item's grade, never what counts it nor the next item's count
        qpos = [i for i in qpos if not _grade_range(els, i)] or qpos
        qpos = [i for i in qpos if not _decimal_spec(els, i, qpos)] or qpos
    if len(qpos) < 2 or not any(e.kind == Kind.WORD for e in els):
        return [els]
    runs = _word_runs(els)
    if len(runs) < 2:
        return [els]
    owner: dict[int, int] = {}  # element index -> run index
    sides: dict[int, _Side] = {}
    for p in qpos:
        left = max((r for r, (_a, b) in enumerate(runs) if b < p), default=None)
        right = min((r for r, (a, _b) in enumerate(runs) if a > p), default=None)
        if left is None:
            side = _Side.RIGHT
        elif right is None:
            side = _Side.LEFT
        else:
            side = _side(els, p, sides)
        sides[p] = side
        target = right if side == _Side.RIGHT else left
        assert target is not None
        owner[p] = target
    # a run that got no quantity joins the group before it ("4 pints milk x 6 whole")
    has_q = {r: any(o == r for o in owner.values()) for r in range(len(runs))}
    run_group: dict[int, int] = {}
    g = -1
    for r in range(len(runs)):
        if g < 0 or has_q[r]:
            g += 1
        run_group[r] = g
    out: list[list[Element]] = [[] for _ in range(g + 1)]
    for idx, e in enumerate(els):
        if idx in owner:
            out[run_group[owner[idx]]].append(e)
        elif not e.is_count:
            r = next(r for r, (a, b) in enumerate(runs) if a <= idx <= b)
            out[run_group[r]].append(e)
        else:  # a dimension goes with the run it follows (or, first, the one it precedes)
            r = max((r for r, (_a, b) in enumerate(runs) if b < idx), default=0)
            out[run_group[r]].append(e)
    return [grp for grp in out if grp]


# ----------------------------------------------------------------------------- one item
# Which quantity of a group counts the item: the first that is marked and stated, then stated, then
# marked, then any.
_PICKS: tuple[Callable[[Element], bool], ...] = (
    lambda e: e.strong and e.explicit,
    lambda e: e.explicit,
    lambda e: e.strong,
    lambda e: True,
)


def _chosen_quantity(qs: list[Element]) -> Element | None:
    chosen: Element | None = None
    for pick in _PICKS:
        chosen = next((e for e in qs if pick(e)), None)
        if chosen is not None:
            break
    marked = [e for e in qs if (e.x_before or e.x_after) and e.explicit]
    if chosen is not None and chosen.unit == "pack" and not (chosen.x_before or chosen.x_after) and marked:
        chosen = marked[0]  # "12 pack of coke x 2": two 12-packs
    return chosen


def item(els: list[Element], seg: str) -> Item:
    """The item of one group of elements: its quantity, unit, size and product phrase."""
    qs = [e for e in els if e.kind == Kind.QUANTITY]
    ms = [e for e in els if e.kind == Kind.MEASURE]
    words = [e.text for e in els if e.kind == Kind.WORD]
    size_words = [e.size for e in els if e.kind == Kind.SIZE]
    chosen = _chosen_quantity(qs)
    if chosen is not None and _pack_notation(els, chosen):
        # PACK_NOTATION: "8x125g" describes the pack; another count in the line counts the packs
        # ("fior di latte 8x125g x 3" is 3 packs). Alone ("6 x 2L pepsi max") the matcher reads it
        # against the product's pack (quantities.py).
        other = [
            e
            for e in qs
            if e is not chosen and e.explicit and e.value is not None and not _pack_notation(els, e)
        ]
        if other:
            chosen = other[0]
    fallback_unit = None
    for q in qs:
        if q is chosen:
            continue
        nxt = els[els.index(q) + 1] if els.index(q) + 1 < len(els) else None
        if q.x_after and q.unit is None and nxt is not None and nxt.kind == Kind.MEASURE:
            continue  # "2 cases 24x330ml": the 24 is what a case holds
        if q.numeric and q.value is not None:
            words.append(q.text)  # a stray number is a size hint for matching ("coke 1.5")
        if q.unit and fallback_unit is None:
            fallback_unit = q.unit
    pack_words = [PACK_UNITS[w] for w in words if w in PACK_UNITS]
    last_pack = pack_words[-1] if pack_words else None
    size: str | None = None
    if chosen is not None and chosen.value is not None:
        quantity, unit, explicit = chosen.value, chosen.unit, chosen.explicit
        if unit is None:
            unit = next((m.pack for m in ms if m.pack), None) or fallback_unit or last_pack
        if ms:
            size = ms[0].size
    elif ms:
        quantity, unit, explicit, size = _measured(ms, seg, last_pack)
    else:
        quantity, unit, explicit = Decimal(1), last_pack, False
    if size is None and size_words:
        size = size_words[0]
    if size is None and chosen is not None and chosen.size:
        size = chosen.size  # "2 big bags of ice"
    phrase = " ".join(words).strip(" -'")
    article = chosen is not None and chosen.text in ARTICLES
    lead = _lead_words(els, chosen) if chosen is not None and chosen.explicit else 0
    return Item(quantity, unit, size, phrase, explicit, bool(qs or ms), bool(qs), article, lead)


def _lead_words(els: list[Element], chosen: Element) -> int:
    """How many product words stand before the count when product words follow it too ("big night
    tonight 4 box beef dogs": "night"); 0 otherwise."""
    at = next(k for k, e in enumerate(els) if e is chosen)
    before = [e.text for e in els[:at] if e.kind == Kind.WORD]
    if not before or not any(e.kind == Kind.WORD for e in els[at + 1 :]):
        return 0
    return len(" ".join(before).strip(" -'").split())


def _pack_notation(els: list[Element], q: Element) -> bool:
    """The count is written "N x SIZE" with no pack word: N items of that size."""
    i = next(k for k, e in enumerate(els) if e is q)
    nxt = els[i + 1] if i + 1 < len(els) else None
    return q.x_after and q.unit is None and nxt is not None and nxt.kind == Kind.MEASURE and nxt.pack is None


def _measured(
    ms: list[Element], seg: str, last_pack: str | None
) -> tuple[Decimal, str | None, bool, str | None]:
    """(quantity, unit, explicit, size) of an item with a weight or volume and no count: "5kg tomatoes"
    is 5 kg; "coke 1.5l" is one bottle of size 1.5l."""
    first = ms[0]
    weightish = first.unit in ("kg", "g", "lb")
    litres_of = first.unit == "l" and _litres_as_quantity(seg)
    if first.pack is None and (weightish or litres_of) and first.value is not None:
        return first.value, MEASURE_QTY_UNIT[first.unit or "kg"], True, ms[1].size if len(ms) > 1 else None
    return Decimal(1), first.pack or last_pack, False, first.size


def _litres_as_quantity(seg: str) -> bool:
    """``10 litres of milk`` and ``6 Liter Schlagsahne`` (a whole number of the spelled-out word before the
    product) are amounts; ``1.5l coke`` and ``cold brew 5L`` are bottle sizes."""
    return (
        re.search(r"\d\s*(?:l|lt|ltr|ltrs|litres?|liters?|litros?|litri)\s+(?:of|de|di)\b", seg) is not None
        or re.search(r"(?<![\d.,])\d+\s+(?:litres?|liters?|litros?|litri|litrov)\s+[a-zà-öø-ÿ]", seg)
        is not None
    )
