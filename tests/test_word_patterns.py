"""The shared letter patterns (jobs/language/word_patterns.py) and the one reader shape (jobs/language/tables.py
`LanguageReader`): pure functions, no database."""

from __future__ import annotations

import re

from jobs.language.tables import LanguageReader, table_of
from jobs.language.word_patterns import LATIN_LETTER_RE, LATIN_WORD_RE


def test_latin_words_hold_accented_letters_but_no_division_sign() -> None:
    assert LATIN_WORD_RE.findall("crème brûlée ×2 naïve") == ["crème", "brûlée", "naïve"]
    # "÷" (U+00F7) stands between "ö" and "ø": it is no letter of a word, and alone no text of words
    assert LATIN_WORD_RE.findall("10÷2 boxes") == ["boxes"]
    assert LATIN_LETTER_RE.search("12 ÷ 3") is None
    assert LATIN_LETTER_RE.search("ÿ") is not None


def test_a_language_reader_reads_only_a_text_with_its_markers() -> None:
    table = "send: padala\n_: po\nthree: tatlo"
    by_words = LanguageReader(table_of(table), frozenset(["padala"]))
    assert by_words.read("padala po tatlo box") == "send  three box"
    assert by_words.read("PADALA tatlo") == "PADALA tatlo"  # a marker in capitals is an acronym
    assert by_words.read("tatlo box") == "tatlo box"
    by_pattern = LanguageReader(table_of(table), re.compile(r"\bpadala\b"), ascii_only=True)
    assert by_pattern.read("padala tatlo") == "send three"
    assert (
        by_pattern.read("padala tatlo café") == "padala tatlo café"
    )  # a romanised language in plain letters
    by_test = LanguageReader(
        table_of(table), lambda text: text.startswith("padala"), before=str.lower, otherwise=str.upper
    )
    assert by_test.read("padala TATLO") == "send three"
    assert by_test.read("tatlo") == "TATLO"  # what it does to a text not in the language
