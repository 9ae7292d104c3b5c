"""Rewrite steps: regular expressions applied to a text in order, each behind a gate, what the text must
hold for the step to be tried (a string of characters, or a tuple of strings, one of which it holds; None:
always tried). The gate is a cheap look that skips a rule which cannot match; it never changes a result.
The extractor (`join_numbered`, `spell_sizes`) and the matcher's tokenisers (one text, or the batch of a
catalog's texts: jobs/language/matching/batch.py) read their steps the same way."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

Repl = str | Callable[[re.Match[str]], str]
Gate = str | tuple[str, ...] | None
Step = tuple[Gate, re.Pattern[str], Repl]


def opens(gate: Gate, text: str) -> bool:
    """Whether a step behind ``gate`` is tried on ``text``."""
    return gate is None or any(g in text for g in gate)


def rewrite(text: str, steps: Iterable[Step]) -> str:
    """``text`` with each step applied in order."""
    for gate, rx, repl in steps:
        if opens(gate, text):
            text = rx.sub(repl, text)
    return text
