"""The batch tokeniser's text (``tokens.tokens_many``: every distinct catalog text, joined by a separator
no rule reads across) rewritten by each rule only where the rule can match.

A rule's alternatives each need words (``alternation.required``: one word of each need is in every match
of the alternative). An alternative with a need of which the batch holds no word cannot match anywhere
in it; the rule is applied to the texts holding a word of the others' most selective needs, each text on
its own, instead of being searched for at every position of the whole batch (a megabyte at 20,000
products, 15-30 ms a rule in Python's ``re``, most of them matching nowhere), and not at all when no
alternative can match. Each text is rewritten exactly as it would be alone, which is what the batch
stands for (``tokens_many`` of each text is ``tokens`` of it); a rule with an alternative needing only a
digit, or nothing known, is applied to the whole batch.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from jobs.language.alternation import DIGIT, has_traps, required, top_level_ways
from jobs.language.rewrites import Repl, Step, needs_digit, opens

SEP = "\x00"  # joins the texts: not a word, space, digit or punctuation any rule reads

# A text rewritten on its own costs about what searching this many characters of the batch does.
_CHARS_PER_TEXT_READ = 512


# Characters re.IGNORECASE matches to an ASCII letter (found by matching every code point against [a-z]).
_ASCII_TWINS = frozenset([0x130, 0x131, 0x17F, 0x212A])
_UPPER = (0x41, 0x5A)


def _caseless(items: Any) -> bool:
    """No capital letter and no character IGNORECASE matches to an ASCII letter, anywhere in the parsed
    pattern: on an ASCII text without capitals it matches the same with and without IGNORECASE."""
    for op, av in items:
        if op in (sre_c.LITERAL, sre_c.NOT_LITERAL):
            if _UPPER[0] <= av <= _UPPER[1] or av in _ASCII_TWINS:
                return False
        elif op is sre_c.IN:
            for mop, mav in av:
                lo, hi = (mav, mav) if mop is sre_c.LITERAL else mav if mop is sre_c.RANGE else (0, -1)
                if mop not in (sre_c.LITERAL, sre_c.RANGE, sre_c.NEGATE, sre_c.CATEGORY):
                    return False
                if lo <= _UPPER[1] and hi >= _UPPER[0] or any(lo <= t <= hi for t in _ASCII_TWINS):
                    return False
        elif op is sre_c.SUBPATTERN:
            if not _caseless(av[3]):
                return False
        elif op is sre_c.BRANCH:
            if not all(_caseless(alt) for alt in av[1]):
                return False
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            if not _caseless(av[2]):
                return False
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            if not _caseless(av[1]):
                return False
        elif op is sre_c.ATOMIC_GROUP:
            if not _caseless(av):
                return False
        elif op not in (sre_c.AT, sre_c.ANY, sre_c.GROUPREF):
            return False  # (a conditional group, anything else: not looked into)
    return True


@functools.lru_cache(maxsize=256)
def cased(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` without IGNORECASE when it matches an ASCII text without capitals the same way (faster:
    Python's ``re`` compares each character case-insensitively otherwise), else ``rx``."""
    if not rx.flags & re.IGNORECASE or not _caseless(sre_parse.parse(rx.pattern, rx.flags)):
        return rx
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


Needs = tuple[tuple[str, ...], ...]  # one word of each in every match, the most selective first


@functools.lru_cache(maxsize=256)
def _alternatives(rx: re.Pattern[str]) -> tuple[Needs, ...] | None:
    """The needs of each alternative of ``rx`` (its first top-level branch, with what stands before and
    after it: "\\bpm\\b|\\bprice" needs "pm" or "price"); None when an alternative needs no word known."""
    ways = top_level_ways(rx)
    if ways is None:
        return None
    out: list[Needs] = []
    for way in ways:
        needs = tuple(tuple(sorted(need)) for need in required(way) if DIGIT not in need)
        if not needs:
            return None
        out.append(needs)
    return tuple(out)


_DIGIT_RE = re.compile(r"\d")


def _holding_digit(text: str, most: int) -> dict[int, int] | None:
    """Start -> end of each text of the batch holding a digit; None when more than ``most`` do."""

    def digit_at(pos: int) -> int:
        m = _DIGIT_RE.search(text, pos)
        return -1 if m is None else m.start()

    return _texts_at(text, (digit_at,), most)


def _holding(low: str, words: tuple[str, ...], most: int) -> dict[int, int] | None:
    """Start -> end of each text of the batch ``low`` holding one of ``words``; None when more than
    ``most`` do."""
    return _texts_at(low, [functools.partial(low.find, w) for w in words], most)


def _texts_at(text: str, finders: Iterable[Callable[[int], int]], most: int) -> dict[int, int] | None:
    """Start -> end of each text of the batch holding what one of ``finders`` finds (the position of its
    next hit from a position, -1 when none), reading on from the end of each text found; None when more
    than ``most`` do."""
    find, rfind, n = text.find, text.rfind, len(text)
    ends: dict[int, int] = {}
    for at in finders:
        i = at(0)
        while i >= 0:
            start = rfind(SEP, 0, i) + 1
            end = find(SEP, i)
            end = n if end < 0 else end
            ends[start] = end
            if len(ends) > most:
                return None
            i = at(end)
    return ends


class Batch:
    """Separator-joined texts and their lowercase (for finding the texts a rule needs)."""

    __slots__ = ("text", "_lower", "_plain", "_no_capitals", "_digits")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: str | None = None
        self._plain = not has_traps(text)
        self._no_capitals: bool | None = None
        self._digits: list[tuple[int, int]] | None | bool = False  # False: not read yet

    def pattern(self, rx: re.Pattern[str]) -> re.Pattern[str]:
        """The pattern to search the batch with: ``rx``'s cased twin on an ASCII batch without capitals."""
        if self._no_capitals is None:
            low = self._lowered()
            self._no_capitals = self.text.isascii() and low == self.text
        return cased(rx) if self._no_capitals else rx

    def _lowered(self) -> str | None:
        if self._lower is None:
            low = self.text.lower()
            self._lower = low if len(low) == len(self.text) else ""
        return self._lower or None

    def _spans(self, alternatives: tuple[Needs, ...]) -> list[tuple[int, int]] | None:
        """(start, end) of each text a rule of these alternatives can match in, in order: the texts holding
        a word of each alternative's first need (an alternative held by too many is left out when the
        batch holds no word of one of its other needs); None when they are so many that one search of
        the whole batch costs less."""
        low = self._lowered()
        if low is None:
            return None
        most = len(low) // _CHARS_PER_TEXT_READ
        ends: dict[int, int] = {}
        for needs in alternatives:
            found = _holding(low, needs[0], most)
            if found is None:
                if all(any(w in low for w in need) for need in needs[1:]):
                    return None
                continue  # (it cannot match anywhere)
            ends.update(found)
            if len(ends) > most:
                return None
        return sorted(ends.items())

    def _digit_spans(self) -> list[tuple[int, int]] | None:
        """(start, end) of each text holding a digit, in order; None when they are so many that one search
        of the whole batch costs less. Kept until the text changes: once the sizes are stripped, a few
        hundred of a 20,000-product catalog's texts hold one, and most rules after need one."""
        if self._digits is False:
            found = _holding_digit(self.text, len(self.text) // _CHARS_PER_TEXT_READ)
            self._digits = sorted(found.items()) if found is not None else None
        return self._digits  # type: ignore[return-value]

    def sub(self, rx: re.Pattern[str], repl: Repl) -> None:
        """``rx.sub(repl, text)`` of each text."""
        alternatives = _alternatives(rx) if self._plain else None
        digit = needs_digit(rx)
        rx = self.pattern(rx)
        # a rule every match of which holds a digit: the texts with one (kept), else those with its words
        spans = self._digit_spans() if digit else None
        if spans is None and alternatives is not None:
            spans = self._spans(alternatives)
        if spans is None:
            new = rx.sub(repl, self.text)
            if new != self.text:  # (an equal copy when nothing matched)
                self._set(new)
            return
        if not spans:
            return
        text = self.text
        pieces: list[str] = []
        last = 0
        changed = False
        for start, end in spans:
            part = text[start:end]
            new = rx.sub(repl, part)
            if new != part:
                pieces.append(text[last:start])
                pieces.append(new)
                last = end
                changed = True
        if changed:
            pieces.append(text[last:])
            self._set("".join(pieces))

    def _set(self, text: str) -> None:
        self.text = text
        self._lower = None
        self._plain = not has_traps(text)
        self._no_capitals = None
        self._digits = False

    def apply(self, steps: Iterable[Step]) -> None:
        """`rewrites.rewrite` of each text: the steps in order, a step's gate read on the whole batch."""
        for gate, rx, repl in steps:
            if opens(gate, self.text):
                self.sub(rx, repl)
