"""EDGE_WORDS: a line that names nothing because a function word of some language stuck to its edge
("so 24 rioja", "aussi 18 bouteilles de rosé maison", "40 butelek kalinka na piatek", a writer's first
name after the last line: "1 x croissants please - Paul") is matched again without those words, if what
is left names a product (an exact or close match).

The words come from the `stop-words` package (the languages customers write in), never a word the
catalog itself uses (nor a typo of one), and never a word that changes which product is meant: a size
class, a number, a negation, a unit or pack, or an attribute (EDGE_KEEP). Only the edges are trimmed,
at most MAX_EDGE_WORDS a side, and only for a line that matched nothing as written or only resembles a
product (a fuzzy match).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from stop_words import get_stop_words

from jobs.language.extraction import OrderLine
from jobs.language.extraction.measures import SIZE_WORDS
from jobs.language.extraction.number_words import HALF, NUMBER_WORDS
from jobs.language.matching.evidence import Ambiguity, MatchKind
from jobs.language.matching.guards import second_look_unsaid
from jobs.language.matching.tokens import is_number, tokens
from jobs.language.matching.vocabulary import LETTER_SIZES, PACK_TOKENS, SIGNING_NAMES
from jobs.language.matching.weights import WEIGHTS
from jobs.language.personal import FIRST_NAMES
from jobs.language.tables import word_set
from jobs.language.word_patterns import DIGIT_RE

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex


EDGE_WORDS = "EDGE_WORDS"
MAX_EDGE_WORDS = 2
# The stop-word lists of the languages orders are written in (the package's names).
_LANGUAGES = (
    "english spanish french german italian portuguese dutch polish turkish swedish romanian danish norwegian "
    "catalan czech"
)
# Romanised Hindi/Urdu function words (no list of the package is in Latin script), Turkish requests, and the
# ways a customer addresses the distributor ("mate", "team": trimmed only where the catalog does not use them).
# (The extractor's FILLER already drops the request words both share: bhej, chahiye, lütfen, gönder...)
_ROMANISED = (
    "aur bhi ke ki ka ko liye kal aaj hai hain mujhe humein hume hamein wala wali wale karna kar zaroor shukriya "
    "abla kardesim hocam teslimat vi paa nu mate pal hun love darling chief lads guys team folks mornin hiya "
    # Punjabi and Gujarati: also, more, that's all, enough, greetings, "how" (kem cho), for (k liye), morning
    "hor bas sri akal kem cho k jai shree shri krishna ram subah savare kale pehla bhaji veerji mela aa"
)
# Words of those lists that change which product, or how much of it, is meant, and placeholders that say the
# customer did not name it ("the green thing"): never trimmed.
EDGE_KEEP = word_set(
    """no not non without none nothing never sin sans ohne kein keine senza bez zonder sem utan nie nicht fara
    fără uden uten sense ne niet geen não nao ingen inte ikke siz değil degil yok nahi nahin
    nada zero full free thick thin light dark big small large little long short high low hot cold old new
    young fresh dry sweet plain double single whole extra more less most least half only same other own
    first second third last next best better top bottom white black red green blue brown yellow clear
    diet lite strong mild medium hard soft raw sugar fat thing things stuff item items product products kind
    kinds type types sort sorts"""
)


@cache
def edge_words() -> frozenset[str]:
    """The function words that may be trimmed from a line's edges."""
    # "1 x croissants please - Paul", "1 bunch statice ta Bev" (SIGNING_NAMES)
    words: set[str] = set(word_set(_ROMANISED)) | FIRST_NAMES | SIGNING_NAMES
    for language in word_set(_LANGUAGES):
        words.update(w.lower() for w in get_stop_words(language))
    keep = EDGE_KEEP | SIZE_WORDS.keys() | NUMBER_WORDS.keys() | HALF | PACK_TOKENS
    return frozenset(w for w in words if w not in keep and not DIGIT_RE.search(w))


def _trimmable(index: CatalogIndex, word: str) -> bool:
    """A function word the catalog does not use, not even misspelt."""
    if word not in edge_words():
        return False
    toks, sizes = tokens(word)
    if sizes:
        return False
    return not any(is_number(t) or catalog_word(index, t, own=False) for t in toks)


def catalog_word(index: CatalogIndex, tok: str, *, own: bool) -> bool:
    """``tok`` is a word of the catalog's strings (``own``: of a product's own name, alias or keyword), or a
    close typo of one with the same first letter. Unread parts (`CatalogIndex`) and edges read words so."""
    return any(
        (sim == 1.0 or (sim >= WEIGHTS.catalog_word_similarity and vt[0] == tok[0]))
        and (not own or bool(index.own_tok[index.tok_id[vt]]))
        for vt, sim in index.token_matches(tok).items()
    )


def trimmed_line(index: CatalogIndex, line: OrderLine) -> OrderLine | None:
    """The line without the function words on its edges, None when there are none to trim."""
    words = line.phrase.split()
    start, end = 0, len(words)
    while start < min(MAX_EDGE_WORDS, end - 1) and _trimmable(index, words[start].lower()):
        start += 1
    while end - 1 > start and len(words) - end < MAX_EDGE_WORDS and _trimmable(index, words[end - 1].lower()):
        end -= 1
    if (start, end) == (0, len(words)):
        return None
    return replace(line, phrase=" ".join(words[start:end]))


def only_function_words(index: CatalogIndex, line: OrderLine) -> bool:
    """A part with no stated quantity made of function words alone ("sure", "ok so"): not a line."""
    words = line.phrase.lower().split()
    return not line.quantity_explicit and bool(words) and all(_trimmable(index, w) for w in words)


def match_trimmed(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or the match of its line without edge function words when ``m`` names nothing or only
    resembles a product (a fuzzy match)."""
    if (
        (m.product is not None and m.kind is not MatchKind.FUZZY)
        or not m.line.understood
        or not m.line.phrase
    ):
        return m  # a line that names a product (an exact or close match) keeps its words
    line = trimmed_line(index, m.line)
    if line is None:
        return m
    again = index.match(line)
    if again.product is None or again.kind is MatchKind.FUZZY or again.confidence <= m.confidence:
        return m  # what is left must name a product, not merely resemble one
    dropped = [w for w in m.line.phrase.split() if w not in line.phrase.split()]
    if again.ambiguity is Ambiguity.VARIANT:
        again = _with_size_letter(index, line, again, dropped)
    again = replace(again, reason=f"{again.reason}; {EDGE_WORDS}: '{' '.join(dropped)}' ignored")
    return second_look_unsaid(index, again, " ".join(dropped))


# LETTER_SIZE: a clothing size by letter trimmed as a function word ("black gloves L", "siyah eldiven M") is still
# the size of a product sold in Small/Medium/Large (vocabulary.LETTER_SIZES)


def _with_size_letter(index: CatalogIndex, line: OrderLine, m: LineMatch, dropped: list[str]) -> LineMatch:
    """``m`` (its variant unnamed), or the same product read with the size a dropped letter says."""
    letters = [LETTER_SIZES[w.lower()] for w in dropped if w.lower() in LETTER_SIZES]
    if len(letters) != 1 or m.product is None:
        return m
    again = index.match(replace(line, phrase=f"{line.phrase} {letters[0]}"))
    if (
        again.product is not m.product
        or again.variant is None
        or again.is_ambiguous
        or again.kind is MatchKind.FUZZY
    ):
        return m  # the size must name the variant of the product read without it, and read as well
    return again
