"""Rewrite steps: regular expressions applied to a text in order, each behind a gate, what the text must
hold for the step to be tried (a string of characters, or a tuple of strings, one of which it holds; None:
always tried). The gate is a cheap look that skips a rule which cannot match; it never changes a result.
The extractor (`join_numbered`, `spell_sizes`) and the matcher's tokenisers (one text, or the batch of a
catalog's texts: jobs/language/matching/batch.py) read their steps the same way."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from jobs.language.alternation import DIGIT, has_traps, required, top_level_ways

Repl = str | Callable[[re.Match[str]], str]
Gate = str | tuple[str, ...] | None
Step = tuple[Gate, re.Pattern[str], Repl]


def opens(gate: Gate, text: str) -> bool:
    """Whether a step behind ``gate`` is tried on ``text``."""
    return gate is None or any(g in text for g in gate)


def rewrite(text: str, steps: Iterable[Step]) -> str:
    """``text`` with each step applied in order; a step every match of which holds a digit is not tried on
    a text without one (most order lines, and the parts of a line, hold none), nor a step on a text without
    one of the words each of its matches holds (STEP_WORDS, `_prepared`)."""
    digit: bool | None = None  # unread
    low: str | None = None  # the text lowercased, when a step's words were read; "" : it has traps
    for gate, rx, repl, by_digit, words in _prepared(steps):
        if gate is not None:
            for g in gate:
                if g in text:
                    break
            else:
                continue
        if by_digit:
            if digit is None:
                digit = _DIGIT.search(text) is not None
            if not digit:
                continue
        if words is not None:
            if low is None:
                low = "" if has_traps(text) else text.lower()
            if low:
                for w in words:
                    if w in low:
                        break
                else:
                    continue
        new = rx.sub(repl, text)
        if new is not text:
            text, digit, low = new, None, None
    return text


# A step as `rewrite` reads it: its gate, pattern and replacement, whether every match holds a digit, and
# the words one of which every match holds (None: none known)
_Prepared = tuple[Gate, re.Pattern[str], Repl, bool, frozenset[str] | None]
_PREPARED: dict[int, tuple[Iterable[Step], tuple[_Prepared, ...]]] = {}  # by id of a module's steps


def _prepared(steps: Iterable[Step]) -> tuple[_Prepared, ...]:
    """The steps with what `rewrite` reads of each, made once per tuple of steps (module constants)."""
    hit = _PREPARED.get(id(steps))
    if hit is not None and hit[0] is steps:
        return hit[1]
    made = tuple((gate, rx, repl, needs_digit(rx), step_words(rx)) for gate, rx, repl in steps)
    if isinstance(steps, tuple):  # kept (the tuple with it, so that its id is never another's)
        _PREPARED[id(steps)] = (steps, made)
    return made


def step_words(rx: re.Pattern[str]) -> frozenset[str] | None:
    """STEP_WORDS: words (lowercase) one of which every match of ``rx`` holds, read from its parse as the
    alternations read theirs (jobs/language/alternation.py `required`): of each top-level alternative, its
    most selective requirement. A text lowercased that holds none of them cannot match, unless it has a
    character case-insensitive matching reads as another letter (`has_traps`: then it is searched). None
    when an alternative requires no word (or only a digit, which `needs_digit` reads)."""
    ways = top_level_ways(rx)
    if ways is None:
        return None
    words: set[str] = set()
    for way in ways:
        needs = [need for need in required(way) if DIGIT not in need]
        if not needs:
            return None
        words |= needs[0]
    return frozenset(words)


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)  # the steps are module constants: a few dozen
def needs_digit(rx: re.Pattern[str]) -> bool:
    """Every match of ``rx`` holds a character ``\\d`` matches: a text without a digit is left as it is."""
    try:
        return _holds_digit(sre_parse.parse(rx.pattern, rx.flags))
    except re.error:
        return False


def _holds_digit(items: Any) -> bool:
    """Whether every match of this parsed sequence holds a digit (a digit class or literal outside any
    optional part, or one in every alternative of a branch)."""
    for op, av in items:
        if op is sre_c.LITERAL and 0x30 <= av <= 0x39:
            return True
        if (
            op is sre_c.IN
            and av
            and all(
                (mop is sre_c.CATEGORY and mav is sre_c.CATEGORY_DIGIT)
                or (mop is sre_c.LITERAL and 0x30 <= mav <= 0x39)
                or (mop is sre_c.RANGE and 0x30 <= mav[0] <= mav[1] <= 0x39)
                for mop, mav in av
            )
        ):
            return True
        if op is sre_c.SUBPATTERN and _holds_digit(av[3]):
            return True
        if op is sre_c.ATOMIC_GROUP and _holds_digit(av):
            return True
        repeat = op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
        if repeat and av[0] >= 1 and _holds_digit(av[2]):
            return True
        if op is sre_c.BRANCH and all(_holds_digit(alt) for alt in av[1]):
            return True
    return False
