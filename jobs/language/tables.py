"""The readers' vocabulary tables, as data: rows of ``key: words``, read here for every table of
jobs/language. A key may repeat, its words are added in order. Words are separated by whitespace, or,
in a table whose words may be phrases of several words, by commas (the phrase's spaces then count once).
Blank lines and lines starting with ``#`` are no rows.

In a table of readings (a word -> what the readers read it as), the key is the reading: ``_`` reads as
nothing, ``=`` as the word itself."""

from __future__ import annotations


def table_rows(text: str, sep: str | None = None) -> list[tuple[str, list[str]]]:
    """The ``key: words`` rows of a vocabulary table (``sep``: the words' separator, else whitespace)."""
    rows = []
    for line in text.strip().splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, _, words = line.partition(":")
        items = words.split() if sep is None else [" ".join(w.split()) for w in words.split(sep)]
        rows.append((key.strip(), [w for w in items if w]))
    return rows


def reading(key: str, word: str) -> str:
    """What a word of a table of readings reads as, on its row of ``key``."""
    return word if key == "=" else "" if key == "_" else key
