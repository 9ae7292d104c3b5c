"""The character-class patterns the language stages share, compiled once: a run of letters of any script, a
run of Latin letters (with the accented ones of Western Europe), a digit, a number."""

from __future__ import annotations

import re

LETTERS_RE = re.compile(r"[^\W\d_]+")  # letters of any script, no digit or underscore
LATIN_WORD_RE = re.compile(r"[a-zà-ÿ]+")  # a lower-case Latin word (accents of Western Europe included)
DIGIT_RE = re.compile(r"\d")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")  # "12", "1.5", "0,75"
