"""The readers' vocabulary tables, as data: rows of ``key: words``, read here for every table of
jobs/language. A key may repeat, its words are added in order. Words are separated by whitespace, or,
in a table whose words may be phrases of several words, by commas (the phrase's spaces then count once).
Blank lines and lines starting with ``#`` are no rows. A list of phrases (`phrase_list`) is comma-separated too,
and may write a word's spellings apart by ``/``: "we can/could send" is "we can send" and "we could send".

In a table of readings (a word -> what the readers read it as), the key is the reading: ``_`` reads as
nothing, ``=`` as the word itself."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from jobs.language.word_patterns import WORD_RE


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


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of a vocabulary row, as a set."""
    return frozenset(text.split())


def phrase_list(text: str) -> tuple[str, ...]:
    """The comma-separated phrases of a vocabulary, in order, each word's ``/``-separated spellings spelled out
    ("that's/thats all fine" -> "that's all fine", "thats all fine"), so a list says each choice once."""
    phrases: list[str] = []
    for item in text.split(","):
        if words := item.split():
            phrases.extend(" ".join(p) for p in itertools.product(*(w.split("/") for w in words)))
    return tuple(phrases)


def phrase_pattern(phrases: Iterable[str]) -> str:
    """A regular-expression alternation (no group, no word boundaries: the pattern that uses it says those) of
    ``phrases`` as written, the longest first; the space between two words matches any run of white space."""
    ordered = sorted(dict.fromkeys(" ".join(p.split()) for p in phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def fold_accents(text: str) -> str:
    """``text`` as typed without its accents ("fľaše" -> "flase", "csütörtökre" -> "csutortokre")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def with_folded(
    rows: Sequence[tuple[str, Sequence[str]]], fold: Callable[[str], str] = fold_accents
) -> list[tuple[str, list[str]]]:
    """A reader's rows with every phrase also as ``fold`` types it (without its accents), each phrase once: the
    first row that says it keeps it (the readers' tables are written most specific first)."""
    seen: set[str] = set()
    out = []
    for key, words in rows:
        kept = []
        for w in (*words, *(fold(w) for w in words)):
            if w.lower() not in seen:
                seen.add(w.lower())
                kept.append(w)
        if kept:
            out.append((key, kept))
    return out


def unit_count_rows(
    numbers: Sequence[tuple[str, Sequence[str]]], units: Sequence[tuple[str, Sequence[str]]]
) -> list[tuple[str, list[str]]]:
    """Every number word said before every unit word ("to esker": "2 box"), for the number words a reader takes as
    numbers only before a unit."""
    return [(f"{n} {unit}", [f"{w} {u}" for w in ws for u in us]) for n, ws in numbers for unit, us in units]


def writes_a_marker(text: str, markers: frozenset[str]) -> bool:
    """Whether ``text`` holds a word of ``markers``, a language's words no other language writes; a word in
    capitals is no marker ("OG milk tea" is English)."""
    return not markers.isdisjoint(w.lower() for w in WORD_RE.findall(text) if not w.isupper())


def reading(key: str, word: str) -> str:
    """What a word of a table of readings reads as, on its row of ``key``."""
    return word if key == "=" else "" if key == "_" else key


def word_readings(table: str, name: str) -> dict[str, str]:
    """Each word of a table of readings (whitespace-separated words) -> its reading; a word on two rows that read
    differently is an error in the table, named by ``name``."""
    out: dict[str, str] = {}
    for key, words in table_rows(table):
        for word in words:
            said = reading(key, word)
            if out.setdefault(word, said) != said:
                raise ValueError(f"{name}: {word!r} read as {out[word]!r} and {said!r}")
    return out


class PhraseReader:
    """A table of readings whose words are phrases (comma-separated rows), read over a text: each phrase said
    as a whole word (apostrophes and hyphens are part of a word; its words apart by any run of spaces) becomes
    its reading, the longest phrase first. The one mechanism of the readers that turn a language's words into
    English: a `LanguageReader` holds one (the languages typed in Latin letters), and the readers of a text's
    folded letters (Somali/Amharic/Tigrinya, Gujarati, Swahili/Luganda/Kinyarwanda) use one directly."""

    def __init__(self, table: str | Sequence[tuple[str, Sequence[str]]]) -> None:
        """``table``: the table's text, or its rows already built (``(reading, phrases)``, as `table_rows` gives
        them: a reader that makes its rows does not write them out to be read back)."""
        rows = table_rows(table, ",") if isinstance(table, str) else table
        self._readings = {phrase.lower(): reading(key, phrase) for key, phrases in rows for phrase in phrases}
        self._pattern = re.compile(
            r"(?<![\w'-])("
            + "|".join(
                re.escape(p).replace(r"\ ", r"\s+") for p in sorted(self._readings, key=len, reverse=True)
            )
            + r")(?![\w'-])",
            re.IGNORECASE,
        )

    def read(self, text: str) -> str:
        """``text`` with every phrase of the table replaced by its reading."""
        return self._pattern.sub(lambda m: self._readings[" ".join(m.group(1).lower().split())], text)


Rows = list[tuple[str, list[str]]]
# What tells a text writes a language: a set of words only it writes (`writes_a_marker`), a pattern only it
# matches, or the reader's own test.
Markers = frozenset[str] | re.Pattern[str] | Callable[[str], bool]


def _same(text: str) -> str:
    return text


def _marker_test(markers: Markers) -> Callable[[str], bool]:
    """The test a reader's ``markers`` make of a text (see `Markers`)."""
    if isinstance(markers, frozenset):
        return lambda text: writes_a_marker(text, markers)
    if isinstance(markers, re.Pattern):
        return lambda text: markers.search(text) is not None
    return markers


def table_of(text: str) -> Callable[[], Rows]:
    """A table's text as a `LanguageReader` takes its table: the comma-separated rows, read when they are needed."""
    return lambda: table_rows(text, ",")


class LanguageReader:
    """One language's (or language family's) reader: a text that writes the language (one of its ``markers``:
    `Markers`) has its phrases read through the `PhraseReader` of ``table()``; any other text is unchanged, or
    read by ``otherwise`` (a notation of the language that can be no other thing). ``before`` and ``after`` are the
    language's own steps around the table (a joint to drop first, a day's full stop after). A language typed in
    plain Latin letters (``ascii_only``) is not read in a text with any other letter.

    The `PhraseReader` is made on first use: a pattern of thousands of phrases costs a process tenths of a second
    of CPU, which a worker supervisor pays once before it forks (`make_now`, jobs/language/preload.py) rather than
    each worker process with its first message in the language."""

    def __init__(
        self,
        table: Callable[[], Rows],
        markers: Markers,
        *,
        ascii_only: bool = False,
        before: Callable[[str], str] = _same,
        after: Callable[[str], str] = _same,
        otherwise: Callable[[str], str] = _same,
    ) -> None:
        self._table = table
        self._writes = _marker_test(markers)
        self._ascii_only = ascii_only
        self._before = before
        self._after = after
        self._otherwise = otherwise
        self._phrases: PhraseReader | None = None

    @property
    def made(self) -> bool:
        """Whether the phrase reader was made already."""
        return self._phrases is not None

    def phrases(self) -> PhraseReader:
        """The table's phrase reader, made now if it was not (two threads may both make it: the same reader)."""
        found = self._phrases
        if found is None:
            found = self._phrases = PhraseReader(self._table())
        return found

    def make_now(self) -> int:
        """Make the phrase reader now: 1 when it was made now, 0 when it was made already."""
        made = not self.made
        self.phrases()
        return int(made)

    def forget(self) -> None:
        """Drop the phrase reader, as a fresh process has none (tests)."""
        self._phrases = None

    def writes(self, text: str) -> bool:
        """Whether ``text`` writes the language: one of its markers (a marker word not in capitals: "OG milk tea"
        is English)."""
        return self._writes(text)

    def read(self, text: str) -> str:
        """``text`` with the language's phrases as English when it writes the language; any other text unchanged
        (but for ``otherwise``)."""
        if self._ascii_only and not text.isascii():
            return text
        if not self.writes(text):
            return self._otherwise(text)
        return self._after(self.phrases().read(self._before(text)))
