"""UNKNOWN_WORD: a line that names a product clearly but carries one word nobody taught the system ("labne yarina",
"3 tinas de masa fresca", "heinz beans pathaben") is read again without that word, when what is left names one
product exactly and no look-alike of it.

A word is *unknown* when no catalog string holds it (not even misspelt), no table of the lexicon reads it, it is
not an English word of the trade, and it is none of the words that change which product or how much of it is meant
(a number, a size or size class, a pack, a negation, an attribute: edges.EDGE_KEEP; a measure: measures.MEASURES and
MORE_MEASURES), nor one of those misspelt ("midum"). Such a word is as likely a filler, a name, a day or a place as
a descriptor or a brand, so the reading is taken only when it cannot choose between products or name one the
catalog lacks:

* the line holds exactly one unknown word: two or more are a clause ("venit expirat", "bu hafta") or a
  description ("fransız kesim") that a person reads;
* the word is not written before the product's words, unless it is the container of "X of Y" ("plaquettes de
  beurre", "tinas de masa"): a word before the name with no "of" is a modifier, often a brand the catalog does not
  sell ("Brahmins sambar powder" is not the house sambar powder);
* what is left is an exact match of one product (not ambiguous, not a resemblance), and no other product's own
  strings (name, aliases, keywords, examples) hold every word left: "feuilles vigne farcies" is not read as the
  vine leaves in brine when the stuffed vine leaves are sold too, since the unknown word may tell them apart.

A word the lexicon or the catalog knows is never dropped: it names another product, an attribute or a pack, and
contradicts or chooses ("oat milk" of a catalog without oat milk stays unmatched, "oat" being a word of the trade).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from jobs.language.extraction.measures import MEASURES, SIZE_WORDS
from jobs.language.extraction.number_words import HALF, NUMBER_WORDS
from jobs.language.matching.build import CATEGORY
from jobs.language.matching.edges import EDGE_KEEP, catalog_word
from jobs.language.matching.evidence import Ambiguity, MatchKind
from jobs.language.matching.lexicon import ENGLISH
from jobs.language.matching.tokens import is_content, tokens
from jobs.language.matching.vocabulary import PACK_TOKENS
from jobs.language.tables import word_set

if TYPE_CHECKING:
    from jobs.language.matching.evidence import LineMatch
    from jobs.language.matching.index import CatalogIndex

UNKNOWN_WORD = "UNKNOWN_WORD"
# Words of measure the size reader does not read (it reads "litro", "kilo", "lb"... : measures.MEASURES): "a stone
# of haddock" is 6.35 kg, never a word to drop.
MORE_MEASURES = word_set("""
    stone stones quart quarts gross bushel bushels peck hundredweight cwt ton tons tonne tonnes
""")
_NEAR = 70  # rapidfuzz ratio of a misspelt kept word ("midum" and "medium": 73)
# "X of Y": the word before one of these is the container or measure of the goods after it.
_OF = r"(?:of|de|di|d'|da|du|des|del|della|delle|dei|van|von|vom|z|ze|od|ng)"


@cache
def _kept_words() -> frozenset[str]:
    return frozenset(
        EDGE_KEEP
        | SIZE_WORDS.keys()
        | NUMBER_WORDS.keys()
        | HALF
        | PACK_TOKENS
        | MEASURES.keys()
        | MORE_MEASURES
    )


@cache
def _attributes() -> tuple[str, ...]:
    """The kept words that are no pack: an unknown word must not be one of them misspelt."""
    return tuple(sorted(w for w in _kept_words() - PACK_TOKENS if len(w) >= 4 and w.isalpha()))


def _misspelt_attribute(tok: str) -> bool:
    """``tok`` (five letters or more) is a kept word misspelt ("midum": medium): the same first letter and a
    similarity of at least _NEAR."""
    return len(tok) >= 5 and any(
        w[0] == tok[0] and fuzz.ratio(tok, w, score_cutoff=_NEAR) for w in _attributes()
    )


def unknown_word(index: CatalogIndex, word: str) -> bool:
    """``word`` (as written in the phrase) is a content word neither the catalog nor the lexicon knows."""
    w = word.lower()
    if re.search(r"\d", w) or w in _kept_words():
        return False
    toks, sizes = tokens(w)
    raw, _ = tokens(w, translate=False)
    if sizes or not toks or toks != raw:
        return False  # a size, a stop word, or a word the lexicon reads ("vinho" -> wine)
    for t in toks:
        if t in ENGLISH or t in _kept_words() or catalog_word(index, t, own=False):
            return False
        if _misspelt_attribute(t):
            return False
    return True


def _holders(index: CatalogIndex, tok: str) -> set[int]:
    """The products whose own strings (not their category) hold ``tok``."""
    tid = index.tok_id.get(tok)
    if tid is None:
        return set()
    rows = index.post_row[index.post_ptr[tid] : index.post_ptr[tid + 1]]
    return set(index.s_prod[rows[index.s_field[rows] != CATEGORY]].tolist())


def _look_alike(index: CatalogIndex, phrase: str, sku: str) -> bool:
    """Another product's own strings hold every product word of ``phrase`` (``sku`` is its match)."""
    content = [t for t in tokens(phrase)[0] if is_content(t)]
    if not content:
        return True
    held: set[int] | None = None
    for t in content:
        h = _holders(index, t)
        held = h if held is None else held & h
    return any(index.products[p].sku != sku for p in held or ())


def _before_goods(words: list[str], k: int, original: str) -> bool:
    """The unknown word ``words[k]`` is written before a product word of the line, not as "X of Y"."""
    after = [w for w in words[k + 1 :] if any(is_content(t) and t not in PACK_TOKENS for t in tokens(w)[0])]
    if not after:
        return False
    return not re.search(rf"(?<!\w){re.escape(words[k])}\s+{_OF}(?:\s|(?<=')\w)", original, re.IGNORECASE)


def match_known(index: CatalogIndex, m: LineMatch) -> LineMatch:
    """``m``, or the match of its line without its one unknown word when ``m`` names nothing or only resembles a
    product, and what is left names one product exactly and no look-alike of it."""
    if (
        (m.product is not None and m.kind is not MatchKind.FUZZY)
        or not m.line.understood
        or not m.line.phrase
    ):
        return m
    words = m.line.phrase.split()
    unknown = [k for k, w in enumerate(words) if unknown_word(index, w)]
    if len(unknown) != 1 or len(words) < 2:
        return m
    k = unknown[0]
    if _before_goods(words, k, m.line.original_text or m.line.phrase):
        return m
    kept = " ".join(words[:k] + words[k + 1 :])
    again = index.match(replace(m.line, phrase=kept))
    if (
        again.product is None
        or again.kind is not MatchKind.EXACT
        or again.ambiguity is Ambiguity.PRODUCTS
        or again.confidence <= m.confidence
        or _look_alike(index, kept, again.product.sku)
    ):
        return m
    note = f"{UNKNOWN_WORD}: '{words[k]}' is no word of the catalog or the lexicon"
    return replace(again, reason=f"{again.reason}; {note}")
