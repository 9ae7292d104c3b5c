"""The character-class patterns the language stages share, compiled once: a run of letters of any script, a
run of Latin letters (with the accented ones of Western Europe), a run of plain Latin letters in either case,
a single Latin letter, a word with its apostrophes and hyphens, a digit, a number."""

from __future__ import annotations

import re

LETTERS_RE = re.compile(r"[^\W\d_]+")  # letters of any script, no digit or underscore
# the accented lower-case letters of Latin-1 (U+00E0-U+00FF) without the division sign "÷" (U+00F7) among them
LATIN1_LOWER = "à-öø-ÿ"
# a lower-case Latin word (accents of Western Europe included)
LATIN_WORD_RE = re.compile(rf"[a-z{LATIN1_LOWER}]+")
# a word of plain Latin letters in either case, as written: the marker words of a romanised language (the
# readers look at the text before its letters are folded, so an acronym can be told by its capitals)
ASCII_WORD_RE = re.compile(r"[a-z]+", re.IGNORECASE)
# one Latin letter, either case: a text has words at all
LATIN_LETTER_RE = re.compile(rf"[a-zA-Z{LATIN1_LOWER}]")
# a word of any script as written: a letter, then letters, digits, apostrophes and hyphens ("qutî", "paki-send",
# "nk'ibisanzwe"), as `tables.writes_a_marker` and Kurmanji tell a marker and the matcher a dropped word
WORD_RE = re.compile(r"[^\W\d_][\w'-]*")
DIGIT_RE = re.compile(r"\d")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")  # "12", "1.5", "0,75"
