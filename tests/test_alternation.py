"""The cue and noise vocabularies are searched per text with only the alternatives it can match
(jobs/language/alternation.py): every match must be the whole pattern's, on every labelled text, its
lines, its segments as the extractor cleans them, and texts built to trip case-insensitive matching."""

from __future__ import annotations

import json
import re
from pathlib import Path
from re import _parser  # type: ignore[attr-defined]

import pytest

from jobs.language import intent, intent_cues, vietnamese
from jobs.language.alternation import _CHUNKS, DIGIT, Alternation, WordFinder, required
from jobs.language.extraction import changes, patterns
from jobs.language.extraction import segments as segments_module
from jobs.language.extraction.segments import prepare, segments

DATA = Path(__file__).parent / "data"
PATTERNS: dict[str, Alternation] = {}
for module in (intent_cues, patterns, intent, vietnamese, changes, segments_module):
    for name, value in vars(module).items():
        if isinstance(value, Alternation) and all(value is not p for p in PATTERNS.values()):
            PATTERNS[f"{module.__name__}.{name}"] = value
TRAPS = ["Mİssing", "mıssing", "ſhort", "SHORT", "Damaged!!", "µ", "ΜΙSSING", "K", "please ſend", "ſſ"]


def _texts() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(row).get("text") if row.strip() else None
            if isinstance(text, str) and text.strip():
                out.append(text)
    return out


def _inputs() -> list[str]:
    found: set[str] = set(TRAPS)
    for text in _texts():
        found.update((text, text.lower(), *text.split("\n")))
        found.update(s.text.lower() for s in segments(prepare(text)))
    return sorted(found)


INPUTS = _inputs()


def test_the_vocabularies_are_alternations() -> None:
    assert {
        "jobs.language.extraction.patterns.NOISE_RE",
        "jobs.language.intent_cues._COMPLAINT",
        "jobs.language.vietnamese._PLAIN_RE",
    } <= set(PATTERNS)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_match_is_the_whole_patterns(name: str) -> None:
    rx = PATTERNS[name]
    for text in INPUTS:
        # the matches' spans decide search, findall and sub alike
        got = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in rx.full.finditer(text)], (name, text)
        assert bool(rx.match(text)) == bool(rx.full.match(text)), (name, text)
    assert len(rx._reduced) <= 2**_CHUNKS  # compiled patterns: bounded, however varied the texts


def test_the_word_scan_finds_every_word_a_text_holds() -> None:
    """One scan of a text finds the words all vocabularies require (overlapping, nested, one character)."""
    words = {w for rx in PATTERNS.values() for w in rx._keys} | {"ab", "abc", "b", "bca", "cab", "c a"}
    finder = WordFinder(words)
    for text in [*INPUTS, "abcab", "cabca", "c a b", "", "b"]:
        low = text.lower()
        assert finder.present(low) == {w for w in words if w in low}, text


def test_required_words() -> None:
    def words(p: str) -> list[set[str]]:
        return [set(n) for n in required(_parser.parse(p, re.IGNORECASE))]

    assert words(r"\bnever\s+(?:arrived|came)\b") == [{"never"}, {"arrived", "came"}]  # most selective first
    assert words(r"(?<!\btoo\s)\bLATE\b") == [{"late"}]  # lowercase; lookarounds require nothing
    assert words(r"\bdidn'?t\s+come") == [{"didn"}, {"come"}, {"t"}]
    assert words(r"\d{1,2}:\d{2}") == [{DIGIT}, {":"}]  # ties in pattern order
    assert words(r"[ap]m?(?:x|y)?") == []  # nothing required: always searched
    assert words(r"(?:a|\d)x") == [{"x"}]  # a class ([a\d]) requires neither
    assert words(r"(?:ab|\d+)x") == [{"x"}, {"ab", DIGIT}]


def test_compile_all_leaves_nothing_to_compile_on_any_text() -> None:
    """What a worker supervisor compiles before it forks (jobs/language/preload.py) is every pattern a
    text can ask for: afterwards no labelled text compiles one (the matches: the test above)."""
    from jobs.language.preload import compile_patterns

    for rx in PATTERNS.values():
        rx._reduced.clear()  # as in a fresh process (the tests above searched every text already)
        rx._last = ("\x00", rx.full)
    assert compile_patterns() >= len([rx for rx in PATTERNS.values() if not rx.groups])
    made = {name: dict(rx._reduced) for name, rx in PATTERNS.items()}
    for name, rx in PATTERNS.items():
        for text in INPUTS:
            rx._for(text)
        assert rx._reduced == made[name], name  # the same compiled objects: none made on use
    assert compile_patterns() == 0  # all made already


def test_the_preload_makes_the_nordic_reader() -> None:
    """The Nordic reader's pattern, made on first use, is made by the preload too: no worker process pays for it
    with its first Nordic message."""
    from jobs.language import nordic
    from jobs.language.preload import compile_patterns

    nordic.READER.forget()  # as in a fresh process
    assert compile_patterns() >= 1
    assert nordic.READER.made
    assert nordic.READER.make_now() == 0  # made already
