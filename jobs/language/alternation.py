"""A large alternation of regular expressions (a cue or noise vocabulary) searched at the speed of what
one text can match: what each alternative requires of a text (a word, one of a few words, a digit) is
read from its parse once, and a text is searched with only the alternatives whose requirements it meets
(and those sharing a chunk with them: a bounded number of compiled patterns). The others cannot match
anywhere in it, so every result (search, findall, sub...) is the whole pattern's. Which required words
a text holds is read by one scan for every alternation's words (`WordFinder`), kept for the last texts:
a message's text is searched by a dozen vocabularies. Which pattern a text gets depends only on which of
the alternation's own words it holds (and whether it has a digit), so that answer is kept per word set:
texts differ far more than the few cue words they hold.

Sound by construction: a required word is a run of literal characters every match of the alternative
holds, compared lowercased (the patterns are case-insensitive); a text with a character that matches a
letter case-insensitively without being it lowercased (dotless i, dotted capital I, long s) is searched
with the whole pattern, and so is a pattern with groups (their numbers would move) once any alternative
may match. tests/test_alternation.py checks every pattern against the whole one on every labelled text.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from jobs.language.word_patterns import DIGIT_RE

# Text characters re.IGNORECASE matches to a Latin letter that str.lower() does not turn into that letter,
# and pattern characters that match what their lowercase is not (those, and the micro sign: Greek mu).
# Found by matching every code point against every Latin one.
_TEXT_TRAPS = ("ı", "ſ", "İ")
_PATTERN_TRAPS = frozenset("ıſİµ")
DIGIT = "\x00digit"  # the requirement "a character \d matches" (never a substring of a text)
# A text is searched with the alternatives of the chunks holding one it can match (a superset: the same
# results), so that an alternation compiles at most 2**_CHUNKS patterns in a process's life, however
# varied the texts (compiling one per distinct set of alternatives would cost more than it saves).
_CHUNKS = 6
_KEEP = 3  # requirements checked per alternative (the most selective)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)

Need = frozenset[str]  # one of these words (or DIGIT) is in every match
_BY_WORDS_KEPT = 4096  # an alternation's patterns kept by the words a text holds (then forgotten at once)
_UNKNOWN: Any = object()
_MADE: weakref.WeakSet[Alternation] = weakref.WeakSet()  # every Alternation of the process (compile_all)


def _literal_char(code: int) -> str | None:
    """A pattern character usable in a required word: one of the Latin blocks whose lowercase is one
    character (case-insensitive matching then equals comparing lowercased text)."""
    ch = chr(code)
    if code > 0x24F or ch in _PATTERN_TRAPS:
        return None
    low = ch.lower()
    return low if len(low) == 1 else None


def _digits_only(members: Any) -> bool:
    """A character class every member of which \\d matches."""
    for op, av in members:
        if op is sre_c.CATEGORY and av is sre_c.CATEGORY_DIGIT:
            continue
        if op is sre_c.LITERAL and 0x30 <= av <= 0x39:
            continue
        if op is sre_c.RANGE and 0x30 <= av[0] <= av[1] <= 0x39:
            continue
        return False
    return bool(members)


def _minimal(words: frozenset[str]) -> Need:
    """The same requirement without the words that hold another of them ("tmrw" holds "tmr": a text
    with "tmrw" has "tmr")."""
    kept: list[str] = []
    for w in sorted(words, key=len):
        if w == DIGIT or not any(k != DIGIT and k in w for k in kept):
            kept.append(w)
    return frozenset(kept)


def _rank(need: Need) -> tuple[int, int]:
    """How selective a requirement is: its shortest word (a digit counts one), then fewer words."""
    return min(1 if w == DIGIT else len(w) for w in need), -len(need)


def required(items: Any) -> list[Need]:
    """What every match of this parsed sequence holds: each Need of the list (one of its words), most
    selective first; empty when nothing is known."""
    needs: list[Need] = []
    run: list[str] = []
    for op, av in items:
        ch = _literal_char(av) if op is sre_c.LITERAL else None
        if ch is not None:
            run.append(ch)
            continue
        if run:
            needs.append(frozenset(["".join(run)]))
            run = []
        if op is sre_c.SUBPATTERN:
            needs += required(av[3])
        elif op is sre_c.ATOMIC_GROUP:
            needs += required(av)
        elif op in _REPEATS and av[0] >= 1:
            needs += required(av[2])
        elif op is sre_c.IN and _digits_only(av):
            needs.append(frozenset([DIGIT]))
        elif op is sre_c.BRANCH:
            alts = [required(alt) for alt in av[1]]
            if alts and all(alts):
                needs.append(_minimal(frozenset().union(*(alt[0] for alt in alts))))  # each one's best
    if run:
        needs.append(frozenset(["".join(run)]))
    return sorted(dict.fromkeys(needs), key=_rank, reverse=True)  # stable: ties in pattern order


def top_level_ways(rx: re.Pattern[str]) -> list[Any] | None:
    """The parsed alternatives of ``rx``'s first top-level branch, each with what stands before and after it
    ("\\bpm\\b|\\bprice": two ways), or the whole pattern as one way; None when it does not parse. What a
    text must hold to match is read from these (rewrites.STEP_WORDS, batch's finders)."""
    try:
        items = list(sre_parse.parse(rx.pattern, rx.flags))
    except re.error:
        return None
    at = next((i for i, (op, _av) in enumerate(items) if op is sre_c.BRANCH), None)
    return [items] if at is None else [[*items[:at], *alt, *items[at + 1 :]] for alt in items[at][1][1]]


def has_traps(text: str) -> bool:
    """A character that re.IGNORECASE matches to a Latin letter its lowercase is not."""
    return not text.isascii() and any(c in text for c in _TEXT_TRAPS)


def _needs(alternative: str, flags: int) -> list[Need]:
    """The alternative's most selective requirements, the cheapest to check first (a digit, then the
    fewest words)."""
    try:
        needs = required(sre_parse.parse(alternative, flags))[:_KEEP]
    except re.error:  # not a pattern on its own (a fragment the prefix and suffix complete): always read
        return []
    return sorted(needs, key=lambda n: (DIGIT not in n, len(n)))


class WordFinder:
    """Which of a set of words occur in a text (as substrings), by one regular-expression scan instead of a
    substring test per word: a trie of the words, tried at every position of the text inside a lookahead,
    finds the longest word starting there; the words that start there are that word's prefixes among
    the words (read once here). One-character words are the text's own characters (a set: most positions
    would start one). The same set as ``{w for w in words if w in text}``."""

    def __init__(self, words: Iterable[str]) -> None:
        ordered = sorted(set(words))
        self.words = frozenset(ordered)
        self._chars = frozenset(w for w in ordered if len(w) == 1)
        longer = [w for w in ordered if len(w) > 1]
        self._prefixes = {w: frozenset(w[:k] for k in range(2, len(w) + 1)) & self.words for w in longer}
        self._rx = re.compile(f"(?=({_trie(longer)}))") if longer else None

    def present(self, text: str) -> frozenset[str]:
        found = self._chars.intersection(text)
        if self._rx is not None:
            prefixes = self._prefixes
            found = found.union(*(prefixes[w] for w in set(self._rx.findall(text))))
        return found


class _Vocabulary:
    """Every Alternation's words, found in a text by one scan that all of them share (a message's text is
    searched by a dozen vocabularies, each segment by two): what a text holds, kept for the last texts."""

    _KEPT = 64  # texts: a message's body, lines and segments

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._finder: WordFinder | None = None
        self._seen: dict[str, tuple[frozenset[str], bool]] = {}
        self._lock = threading.Lock()

    def add(self, words: frozenset[str]) -> None:
        with self._lock:
            if not words <= self._words:
                self._words |= words
                self._finder = None
                self._seen = {}

    def read(self, text: str) -> tuple[frozenset[str], bool]:
        """(the words ``text`` lowercased holds, whether it has a digit)."""
        seen = self._seen
        hit = seen.get(text)
        if hit is not None:
            return hit
        finder = self._finder
        if finder is None:
            with self._lock:
                finder = self._finder
                if finder is None:
                    finder = self._finder = WordFinder(self._words)
                seen = self._seen
        hit = (finder.present(text.lower()), DIGIT_RE.search(text) is not None)
        if len(seen) >= self._KEPT:
            seen.clear()
        seen[text] = hit
        return hit


_VOCABULARY = _Vocabulary()


def _trie(words: Sequence[str]) -> str:
    """A pattern matching, at a position, the longest of ``words`` (sorted, distinct, non-empty) that
    starts there: the branches first (one character each, so at most one goes on), the word's end last."""
    ends = bool(words) and words[0] == ""
    rest = words[1:] if ends else words
    branches: list[str] = []
    k = 0
    while k < len(rest):
        first = rest[k][0]
        e = k
        while e < len(rest) and rest[e][0] == first:
            e += 1
        branches.append(re.escape(first) + _trie([w[1:] for w in rest[k:e]]))
        k = e
    if ends:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" if branches else ""


class Alternation:
    """``re.compile(prefix + "|".join(wrapped alternatives) + suffix, flags)``, searched per text with
    the alternatives it can match (the same results, module docstring)."""

    def __init__(
        self,
        alternatives: Sequence[str],
        flags: int = 0,
        prefix: str = "",
        suffix: str = "",
        wrap: bool = True,
    ) -> None:
        self.parts = [f"(?:{a})" if wrap else a for a in alternatives]
        self._prefix, self._suffix, self.flags = prefix, suffix, flags
        self.full = re.compile(prefix + "|".join(self.parts) + suffix, flags)
        self.pattern = self.full.pattern
        self.groups = self.full.groups
        needs = [_needs(a, flags) for a in alternatives]
        self._always = tuple(i for i, alt in enumerate(needs) if not alt)
        # each alternative is found by its most selective requirement's words, then its others checked
        by_word: dict[str, list[int]] = {}
        for i, alt in enumerate(needs):
            for w in alt[0] if alt else ():
                by_word.setdefault(w, []).append(i)
        self._digit_alts = tuple(by_word.pop(DIGIT, ()))
        self._ids = {w: tuple(ids) for w, ids in by_word.items()}
        self._rest = {
            i: tuple((DIGIT in n, frozenset(w for w in n if w != DIGIT)) for n in alt[1:])
            for i, alt in enumerate(needs)
            if len(alt) > 1
        }
        self._keys = frozenset(self._ids)
        # every word a requirement names, found in a text by the scan all alternations share
        self._words = frozenset(
            {*self._ids, *(w for rest in self._rest.values() for _d, ws in rest for w in ws)}
        )
        _VOCABULARY.add(self._words)
        # the pattern by what of its words a text holds (and whether a digit): `_active` reads nothing else,
        # and texts repeat these few words far more than themselves
        self._by_words: dict[tuple[frozenset[str], bool], re.Pattern[str] | None] = {}
        n = len(self.parts)
        self._chunk = [i * _CHUNKS // n for i in range(n)] if n else []
        self._reduced: dict[int, re.Pattern[str]] = {}  # by chunk mask
        self._compiling = threading.Lock()  # a worker's threads meeting one new mask compile it once
        self._last: tuple[str, re.Pattern[str] | None] = ("\x00", self.full)  # the last text's pattern
        _MADE.add(self)

    def _active(self, present: frozenset[str], digit: bool) -> tuple[int, ...]:
        """The alternatives whose requirements a text meets (holding the words ``present``, and a digit
        or not), in order."""
        found = set(self._always)
        if digit:
            found.update(self._digit_alts)
        ids = self._ids
        for w in present & self._keys:
            found.update(ids[w])
        rest = self._rest
        for i in [i for i in found if i in rest]:
            for by_digit, words in rest[i]:
                if not (by_digit and digit) and present.isdisjoint(words):
                    found.discard(i)
                    break
        return tuple(sorted(found))

    def _for(self, text: str) -> re.Pattern[str] | None:
        """The pattern to search ``text`` with; None when no alternative can match in it."""
        last = self._last
        if last[0] is text:
            return last[1]
        if len(self._always) == len(self.parts) or has_traps(text):
            return self.full
        present, digit = _VOCABULARY.read(text)
        key = (present & self._words, digit)
        by_words = self._by_words
        found = by_words.get(key, _UNKNOWN)
        if found is _UNKNOWN:
            found = self._pattern(self._active(present, digit))
            if len(by_words) >= _BY_WORDS_KEPT:
                by_words.clear()
            by_words[key] = found
        self._last = (text, found)
        return found

    def _pattern(self, active: tuple[int, ...]) -> re.Pattern[str] | None:
        """The pattern searching these alternatives (and those sharing a chunk with them)."""
        if not active:
            return None
        if self.groups or len(active) == len(self.parts):  # (a pattern with groups: their numbers)
            return self.full
        chunk = self._chunk
        mask = 0
        for i in active:
            mask |= 1 << chunk[i]
        found = self._reduced.get(mask)
        return found if found is not None else self._compile(mask)

    def _compile(self, mask: int) -> re.Pattern[str]:
        """The pattern of the alternatives in the chunks of ``mask`` (compiled once per process)."""
        with self._compiling:
            found = self._reduced.get(mask)
            if found is None:
                chunk = self._chunk
                kept = "|".join(part for i, part in enumerate(self.parts) if mask >> chunk[i] & 1)
                found = self._reduced[mask] = re.compile(self._prefix + kept + self._suffix, self.flags)
            return found

    def compile_all(self) -> int:
        """Every pattern ``_for`` can ask for, compiled now; how many were new."""
        if self.groups or len(self._always) == len(self.parts):
            return 0  # searched with the whole pattern only
        occupied = 0  # the chunks holding an alternative (fewer than six alternatives leave some empty)
        for c in self._chunk:
            occupied |= 1 << c
        new = 0
        for mask in range(1, occupied + 1):
            if mask & occupied == mask and mask not in self._reduced:
                self._compile(mask)
                new += 1
        return new

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        rx = self._for(text)
        return rx.search(text, *args) if rx is not None else None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        rx = self._for(text)
        return rx.match(text, *args) if rx is not None else None

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        rx = self._for(text)
        return rx.fullmatch(text, *args) if rx is not None else None

    def findall(self, text: str, *args: Any) -> list[Any]:
        rx = self._for(text)
        return rx.findall(text, *args) if rx is not None else []

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        rx = self._for(text)
        return rx.finditer(text, *args) if rx is not None else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        rx = self._for(text)
        return rx.sub(repl, text, count) if rx is not None else text

    def split(self, text: str, maxsplit: int = 0) -> list[str | Any]:
        rx = self._for(text)
        return rx.split(text, maxsplit) if rx is not None else [text]


def compile_all() -> int:
    """Every reduced pattern of every Alternation made so far, compiled now (a worker supervisor does this
    before it forks, so its worker processes share them instead of each compiling them on first use, in
    the middle of its messages); how many were compiled."""
    return sum(a.compile_all() for a in list(_MADE))
