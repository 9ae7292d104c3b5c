"""A name alone after the last item signs the message off; it is not a line that matched nothing."""

from __future__ import annotations

import re

from jobs.language.extraction import names_goods
from jobs.language.extraction.vocabulary import NUMBER_WORDS
from jobs.language.matching.evidence import LineMatch

# "... and 1 tub of machine tablets. Priya", "Thanks. S. Huber": a message that ends in a name alone
# signs off. One to three capitalised words, no number (digits or words), that match nothing, after other
# lines ("one each" may have given it a quantity), and no food or drink word: a capitalised word the
# catalog does not know and no goods vocabulary names is read as a name.
_NAME_RE = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]*\.?)(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){0,2}")


def is_signature(m: LineMatch) -> bool:
    line = m.line
    return (
        m.product is None
        and not m.alternatives
        and _NAME_RE.fullmatch(line.original_text.strip()) is not None
        and not any(w.lower().strip(".") in NUMBER_WORDS for w in line.original_text.split())
        and not names_goods(line.original_text)
    )
