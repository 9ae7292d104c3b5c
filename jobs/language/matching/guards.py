"""First-contact guards (issue #10): readings the matcher could act on although a new trade's catalog easily
breaks them. Each is a named rule; its note goes into the line's reason and the order's review reason
(`guard_notes`), so an operator reads why the line was not confirmed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from jobs.language.matching.catalog import CatalogProduct
from jobs.language.matching.evidence import LineMatch, MatchKind
from jobs.language.matching.query import read_query
from jobs.language.matching.tokens import is_content, tokens
from jobs.language.matching.vocabulary import LETTER_SIZES
from jobs.language.matching.weights import WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

# SECOND_LOOK_UNSAID: a line read again without words the customer wrote (EDGE_WORDS: function words at its
# edges; LEAD_WORDS: the words before its count) and then named only in part, every string of the product it
# reads holding a word the line does not say. On the blind sets' first runs: "levrek 10 kg daha" read as "levrek",
# the alias "bütün levrek" (whole sea bass; the label: not identifiable), "2 case dates hm" as "dates", the alias
# "bam dates" (one of three dates), "huy don thu 3" as "huy", the alias "huy fong" (a cancellation). Two steps from
# what was written, one dropping words and one adding them, are a guess: of such confirmations on the first runs
# half were wrong (3 of 6), against 1 in 20 of all. The product stays the line's (a right line still counts as
# right), never confirmed as it stands.
SECOND_LOOK_UNSAID = "SECOND_LOOK_UNSAID"
# OUTSCORED_PICK (score.py `_outscored_by`): the product `choose` singled out scores below a runner-up.
OUTSCORED_PICK = "OUTSCORED_PICK"
GUARDS = (SECOND_LOOK_UNSAID, OUTSCORED_PICK)


def second_look_unsaid(index: CatalogIndex, again: LineMatch, dropped: str) -> LineMatch:
    """SECOND_LOOK_UNSAID: ``again`` (the match of a line read without the words ``dropped``), capped below any
    threshold when it names its product only in part (still its product, for the reviewer), else unchanged."""
    if again.product is None or again.kind is MatchKind.EXACT or again.is_ambiguous:
        return again
    if dropped_letter_read(dropped, again):
        return again  # LETTER_SIZE: "dorashka blu L" dropped its size letter only to read it as the variant
    q = read_query(index, again.line)
    if q is None:
        return again
    # what the line says, its typos and case endings read as the catalog's words ("maski" of "mask")
    said = set(q.words) | {t for sim in q.sims for t, v in sim.items() if v >= WEIGHTS.cover_similarity}
    if _fully_said(again.product, said):
        return again
    note = f"{SECOND_LOOK_UNSAID}: read without '{dropped}', it names {again.product.sku} only in part"
    return replace(
        again, confidence=min(again.confidence, WEIGHTS.second_look_cap), reason=f"{again.reason}; {note}"
    )


def dropped_letter_read(dropped: str, again: LineMatch) -> bool:
    """The words dropped were a size letter ("L") that the match reads as its variant (edges.py LETTER_SIZE)."""
    words = dropped.lower().split()
    return again.variant is not None and bool(words) and all(w in LETTER_SIZES for w in words)


def _fully_said(product: CatalogProduct, said: set[str]) -> bool:
    """One of the product's own strings (name, alias, training example, variant alias) has no product word the
    line does not say."""
    texts = (product.name, *product.aliases, *product.ai_training_examples)
    texts += tuple(a for v in product.variants for a in v.ai_aliases)  # not "No.2", a variant's name alone
    for text in texts:
        toks = tokens(text)[0]
        words = {t for t in toks if is_content(t) or _code(t)}  # "6a foil": the 6a is no word of "foil no2"
        if words and words <= said:
            return True
    return False


def _code(tok: str) -> bool:
    """A token of letters and digits ("6a", "no2", "t55"): a code that names one member, said or not."""
    return any(c.isdigit() for c in tok) and any(c.isalpha() for c in tok)


def guard_notes(reason: str) -> str:
    """The guards' notes in a line's reason, each after "; " (empty when none), for the order's review reason."""
    return "".join(f"; {part}" for part in reason.split("; ")[1:] if part.startswith(GUARDS))
