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

Repl = str | Callable[[re.Match[str]], str]
Gate = str | tuple[str, ...] | None
Step = tuple[Gate, re.Pattern[str], Repl]


def opens(gate: Gate, text: str) -> bool:
    """Whether a step behind ``gate`` is tried on ``text``."""
    return gate is None or any(g in text for g in gate)


def rewrite(text: str, steps: Iterable[Step]) -> str:
    """``text`` with each step applied in order; a step every match of which holds a digit is not tried on
    a text without one (most order lines, and the parts of a line, hold none)."""
    digit: bool | None = None  # unread
    for gate, rx, repl in steps:
        if opens(gate, text):
            if needs_digit(rx):
                if digit is None:
                    digit = _DIGIT.search(text) is not None
                if not digit:
                    continue
            new = rx.sub(repl, text)
            if new is not text:
                text, digit = new, None
    return text


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
