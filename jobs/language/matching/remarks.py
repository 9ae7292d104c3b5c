"""Parts of a message around the order that name no goods (rule `NO_GOODS_REMARK`), and the catalog-word test
that tells them from goods the catalog lacks."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from jobs.language.extraction import names_goods
from jobs.language.extraction.talk_words import INSTRUCTION_WORDS, NOTE_STOP, ORDER_CONTEXT_WORDS
from jobs.language.matching.edges import catalog_word
from jobs.language.matching.tokens import is_content, is_number, tokens
from jobs.language.matching.weights import WEIGHTS
from jobs.language.tables import word_set
from jobs.language.word_patterns import LETTERS_RE

# Words that make a part read as talk, not as an item: instructions, discourse words and pronouns.
_TALK = INSTRUCTION_WORDS | NOTE_STOP | word_set("me my your our us his their at with about")

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex


def is_remark(index: CatalogIndex, m: LineMatch) -> bool:
    """NO_GOODS_REMARK: a part with no count of its own that matched nothing and names no goods, neither a
    catalog word nor a food, drink or supply noun ("Lydia gave me your number", "Bar Operations", "big
    weekend at Harbour Days"), is a remark around the order, not a line a reviewer must read. A part that
    refers to an earlier order or to terms ("wohi usual", "jak w zeszłym tygodniu", "RE: First order") is
    never one: a person reads what it refers to; nor is a short lower-case part that may be an item the
    catalog lacks ("bin liners")."""
    line = m.line
    return (
        m.product is None
        and not line.quantity_explicit
        and ORDER_CONTEXT_WORDS.isdisjoint(re.findall(r"\w+", line.original_text.lower()))
        and _reads_as_talk(line.original_text)
        and not names_goods(line.original_text)
        and not names_catalog_word(index, line.phrase)  # the fuzzy test last: the dearest
    )


def _reads_as_talk(text: str) -> bool:
    """Names and talk, not an item the catalog lacks ("bin liners" stays a line a person reads): capitalised
    words alone ("Owen Pritchard", "Bar Operations"), a talk word ("big weekend at Harbour Days"), or four
    words or more."""
    words = LETTERS_RE.findall(text)
    return bool(words) and (
        all(w[0].isupper() for w in words) or any(w.lower() in _TALK for w in words) or len(words) >= 4
    )


def names_catalog_word(index: CatalogIndex, phrase: str) -> bool:
    """One of the phrase's words is (a typo of) a word of a product's own name, alias or keyword."""
    return any(
        is_content(t)
        and not is_number(t)
        and len(t) >= WEIGHTS.typo_min_length
        and catalog_word(index, t, own=True)
        for t in tokens(phrase)[0]
    )
