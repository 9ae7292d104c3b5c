"""A customer correcting themselves inside one message (rule `SELF_CORRECTION`).

"3 cases seeded buns no wait make it 4", "2 cs coke zero, sorry 3", "6 tubs of jam - actually make that
8 not 6", "3 no 4 sacks of flour", "2L soy... sorry 2 x 1L kikkoman": what follows the cue replaces the
line just before it (its count, or the whole line when it names goods); it is not a second line, and not
an amendment of an order already placed (CHANGE). After a bare cue ("sorry", "actually") only a part that
starts with a number is a correction: "sorry, and 3 cases of fanta" is a line of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jobs.language.extraction.number_words import ARTICLES, NUMBER_WORDS

_FIRST_WORD_RE = re.compile(r"\d|[a-zà-öø-ÿ]+")

# Cues that take back what was just said. `replace` cues may also swap the product.
_BARE_CUES = (
    r"no\s*,?\s*wait|wait\s*,?\s*no|sorry|oops|whoops|actually|correction|my\s+bad|scratch\s+that|"
    r"perd[oó]n|mejor|pardon|plut[ôo]t|en\s+fait|non\s+en\s+fait|anzi|scusa(?:te)?|no\s+aspetta|"
    r"desculpa|ali[aá]s|quer\s+dizer|nee\s+wacht|sorry\s+nee|doch\s+lieber|lieber|korrektur|nein\s+warte|"
    r"nahi[n]?|nai\s+nai|yok\s+yok|pardon\s+pardon|nie\s*,?\s*czekaj|przepraszam|poprawka|"
    r"nu(?=\s*(?:,|$))"  # Romanian "3 bax pringles... nu, 4 bax" (Punjabi "nu", to, follows a word of its part)
)
_REPLACE_CUES = (
    r"(?:make|change)\s+(?:it|that|this|am)(?:\s+to)?|i\s+mean(?:t)?|should\s+be|i\s+meant\s+to\s+say|"
    r"mejor\s+que\s+sean|que\s+sean|disons|mettons|machen\s+wir|mach\s+(?:es|das)|facciamo|fa(?:ça|ca)m?\s+"
)
# A cue, optionally followed by a replace cue: "no wait make it", "sorry i mean", "actually make that".
SELF_CORRECTION_RE = re.compile(
    rf"(?<![\w'])(?:(?:no\s*,?\s+)?(?P<bare>{_BARE_CUES})\b[\s,:;.!-]*(?P<then>{_REPLACE_CUES})?|(?P<replace>{_REPLACE_CUES}))"
    r"\b[\s,:;.!-]*",
    re.IGNORECASE,
)
# Cues that always take something back ("no sorry", "no wait", "scratch that"), unlike a bare "sorry" ("sorry
# for the short notice") or "actually": one the reader could not apply leaves the order to a person.
TAKE_BACK_RE = re.compile(
    r"(?<![\w'])(?:no\s*,?\s*sorry|sorry\s*,?\s*no|no\s*,?\s*wait|wait\s*,?\s*no|scratch\s+that|no\s+no|"
    r"nee\s+wacht|no\s+aspetta|nein\s+warte)\b",
    re.IGNORECASE,
)
# "4 not 3", "8 instead of 6": the number taken back.
_TAKEN_BACK_RE = re.compile(
    r"\b(?:not|instead\s+of|rather\s+than|statt|au\s+lieu\s+de)\s+\d+(?:[.,]\d+)?\b", re.I
)
# Spoken self-repair, "3 no 4 sacks", "2 sorry 3 cases": the second number stands.
_REPAIR_RE = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*,?\s+(?:no|sorry|i\s+mean|err?m?|uh+|um+)\s*,?\s+(?=\d+(?:[.,]\d+)?\b)", re.I
)


@dataclass(frozen=True)
class Correction:
    before: str  # the part of the segment before the cue ("3 cases seeded buns"), may be empty
    after: str  # what the customer says instead ("4"), without the cue and the number taken back


def without_corrections(text: str) -> str:
    """The text without its correction cues and the numbers they take back (for the intent's CHANGE cues:
    "no wait make it 4" inside a new order does not amend an order already placed)."""
    return _TAKEN_BACK_RE.sub(" ", SELF_CORRECTION_RE.sub(" ", text))


def spoken_repairs(text: str) -> str:
    """ "3 no 4 sacks of flour" -> "4 sacks of flour"."""
    return _REPAIR_RE.sub("", text)


def _starts_with_count(text: str) -> bool:
    first = _FIRST_WORD_RE.match(text.lower())
    return first is not None and (
        first.group(0).isdigit() or first.group(0) in NUMBER_WORDS or first.group(0) in ARTICLES
    )


def _correction(before: str, rest: str, replace: bool) -> Correction | None:
    """What follows a cue, when it corrects: after a bare cue only a part that starts with a count ("sorry,
    and 2 cases of fanta" is a line of its own)."""
    after = _TAKEN_BACK_RE.sub(" ", rest).strip(" ,.;:!-")
    if not after or (not replace and not _starts_with_count(after)):
        return None
    return Correction(before.strip(" ,.;:!-"), after)


def find_correction(raw: str) -> Correction | None:
    """The correction in a segment: a cue followed by something with a number (or a product after a
    replace cue). None when the segment holds no correction."""
    m = SELF_CORRECTION_RE.search(raw)
    if m is None:
        return None
    return _correction(raw[: m.start()], raw[m.end() :], bool(m.group("then") or m.group("replace")))


def correction_after_cue(raw: str) -> Correction | None:
    """The correction in a part that follows a part holding nothing but a bare cue ("..., no wait, 4")."""
    return _correction("", raw, replace=False)


def cue_only(raw: str) -> bool:
    """The part is nothing but a correction cue ("nee wacht", "sorry", "no wait"): what follows corrects."""
    m = SELF_CORRECTION_RE.match(raw.strip())
    return m is not None and not raw.strip()[m.end() :].strip(" ,.;:!-")
