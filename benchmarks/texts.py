"""Message texts for the benchmarks: the shipped corpus, cycled, or (``unique``) never the same text twice.

The corpus holds 280 texts, so a benchmark of 3,000 messages shows each worker process each text about
five times, and every cache keyed by a text or a phrase (a phrase's tokens, a text's folded script, its
reference kind) answers from the second time on. Real traffic repeats the products, not the texts.
``variant`` makes the k-th reuse of a text a new text that says the same: its counts (a number of one or
two digits that starts a line or is marked with an x: "6 cs", "3x", "x 12"; not a size, "4 pint", "50cl",
nor part of a number, "1.5", "10:30") shifted by k (within 1-99), and
a few of its words (chosen by a generator seeded with the text and k) with the case of their first
letter flipped, as people type "Still water" one day and "still Water" the next. The words, the product
phrases and the languages stay the corpus's; the caches keyed by a lowercased word still answer.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus.jsonl"

_NOT_A_SIZE = r"(?!\s*(?i:[mcd]?l|lit(?:re|er|ro|ri)s?|kg|g|gr|grams?|oz|lbs?|pints?|cm|mm|%)\b)(?![.,/:]\d)"
# A count: a number of one or two digits at the start of a line ("6 cs", "- 2 trays"; not a list's "1.") or
# marked with an x ("3x", "x 12"), not a size ("4 pint", "x 1 litre") and not part of one ("1.5", "10:30").
_QUANTITY = re.compile(
    rf"(?m)(?:(?<=^)|(?<=^[-*•]\s)|(?<=^\s))([1-9]\d?)\b(?![.)]){_NOT_A_SIZE}"
    rf"|(?<=\b[xX])\s*([1-9]\d?)\b{_NOT_A_SIZE}"
    rf"|(?<![\d.,/:\-])\b([1-9]\d?)(?=\s*[xX]\b){_NOT_A_SIZE}"
)
_WORD = re.compile(r"[^\W\d_]{2,}")


def corpus_texts() -> list[str]:
    return [json.loads(x)["text"] for x in CORPUS.read_text(encoding="utf-8").splitlines() if x.strip()]


def variant(text: str, k: int) -> str:
    """The k-th reuse of ``text`` (k = 0: the text itself), a new text for every k of any text with a
    quantity or a few words."""
    if k <= 0:
        return text
    rng = random.Random(f"{k}:{text}")
    text = _QUANTITY.sub(lambda m: _shifted(m, k), text)

    def flip(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if rng.random() >= 0.34 else w[0].swapcase() + w[1:]

    return _WORD.sub(flip, text)


def _shifted(m: re.Match[str], k: int) -> str:
    whole = m.group(0)
    n = next(g for g in m.groups() if g)
    return whole.replace(n, str((int(n) - 1 + k) % 99 + 1), 1)


def message_text(texts: list[str], i: int, unique: bool) -> str:
    """The i-th message's text: the corpus cycled, each reuse a `variant` when ``unique``."""
    text = texts[i % len(texts)]
    return variant(text, i // len(texts)) if unique else text
