"""The readings of a message's lines that need their neighbours, in order: a closing name is no line
(signature.py), a size inside a name joins two parts (SIZE_IN_NAME), dropped words come back to an
ambiguous line (WORDS_RESTORED), two things around an "and" part (AND_EACH, JOINED_ITEMS), and a line that
says only a variant or a size reads the line before it (VARIANT_NOTE, VARIANT_OF_PREVIOUS, SIZE_FOR_ALL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from jobs.language.matching.coordination import split_coordinated
from jobs.language.matching.ellipsis import read_ellipses
from jobs.language.matching.inner_size import join_inner_sizes
from jobs.language.matching.restore import restore_dropped_words
from jobs.language.matching.signature import signature_start

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex


def read_across(index: CatalogIndex, matches: list[LineMatch]) -> list[LineMatch]:
    """The message's matched lines, each read with its neighbours."""
    joined = join_inner_sizes(index, matches[: signature_start(matches)])
    return read_ellipses(index, split_coordinated(index, restore_dropped_words(index, joined)))
