"""Reading the extractor's vocabulary tables: rows of ``key: words`` (a key may repeat, its words are added in
order), word lists whitespace-separated."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary row, as a set."""
    return frozenset(text.split())


def rows(text: str) -> list[tuple[str, list[str]]]:
    """The ``key: words`` rows of a table."""
    out = []
    for line in text.strip().splitlines():
        key, _, words = line.partition(":")
        out.append((key.strip(), words.split()))
    return out
