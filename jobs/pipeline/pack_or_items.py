"""PACK_OR_ITEMS: does the line's count name the pack or its contents? One question, asked of a matched line in
three ways, each a sub-reason an operator reads after the rule's name:

* ``COUNT_OF_ITEMS``: a bare count (no pack word, no "x") above SMALL_CONTAINER_COUNT and up to a small pack's
  item count ("4 oat milks", "6 pepsi max 2L" of a 6-pack), below a big pack's ("96 potato waffles" of a box of
  100), or a whole number of a small case's items ("12 picpoul" of a case of 6), or more of a small case's items
  in their plural than it holds ("10 fox poo shampoos" of a case of 6); "4 orange juice cartons" of a case of 12 x
  1L Carton: that many packs, or that many items? Not a few packs said as the catalog names them
  (FEW_PACKS_AS_NAMED: "4 peroni" of a case of 24 is 4 cases).
* ``ONE_PACK``: a bare count equal to the item count a product's name gives its pack ("20 avalanche 60" of a
  bunch of 20), read as that many packs or as the one pack it fills ("catering parotta 20" of a pack of 20
  pcs): packs, or the items of one?
* ``COUNT_OF_CONTENTS``: a bare count or a count of items converted into whole packs ("200 stems naomi 60" -> 10
  bunches of 20 by STEMS_OF_A_BUNCH, "100 naomi" -> 1 box of 100 stems by the "60 eggs" rule of
  matching/quantities.py) of goods a runner-up of the same category sells in another format whose packs the
  count also fills: 200 stems are 2 boxes or 10 bunches, and only the customer knows which ("60 stelen naomi",
  no whole box, stays 3 bunches; a count that names its pack, "2 boxes naomi", converts as before).

A count of stems whose stems per pack the catalog does not say is UNIT_MISMATCH (STEMS_UNCOUNTED, decide.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction.pack_units import PACK_UNITS
from jobs.language.matching import LineMatch
from jobs.language.matching.catalog import CatalogProduct
from jobs.language.matching.evidence import MatchKind
from jobs.language.matching.packs import named_pack_count, pack_count_of, product_info
from jobs.language.matching.quantities import MIN_CONVERTIBLE_PACK, SMALL_CONTAINER_COUNT, plural_said
from jobs.language.matching.tokens import tokens
from jobs.language.matching.vocabulary import (
    CARTON,
    CASE_OR_BOX_WORDS,
    NAMED_PACK_WORDS,
    OUTER_PACKS,
    PACK_TOKENS,
    case_or_box_said,
)

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

PACK_OR_ITEMS = "PACK_OR_ITEMS"
COUNT_OF_ITEMS, ONE_PACK, COUNT_OF_CONTENTS = "COUNT_OF_ITEMS", "ONE_PACK", "COUNT_OF_CONTENTS"

# the words the extractor reads as a case, box, tray or crate ("cases", "cs", "outers", "cajas"), carton
# words aside: "5 cases of orange juice cartons" says the case
_CASE_WORDS = [
    w
    for w, u in PACK_UNITS.items()
    if u in {"case", "box", "tray", "crate"} and w not in CASE_OR_BOX_WORDS[CARTON]
]
_CASE_WORD = re.compile(
    r"\b(?:" + "|".join(map(re.escape, sorted(_CASE_WORDS, key=len, reverse=True))) + r")\b", re.I
)
# Any count of the line marked with an x ("x 2", "2 x", "6x2L"): a count the customer marked is not a bare
# count. Broader than quantities._marked_count (the line's own count before a word or after the x), which
# decides pack conversion; either notion in both places measured worse (session 11: fewer right confirmations).
_MARKED_COUNT = re.compile(r"\bx\s*\d|\d\s*x\b|\d\s*[x×*]\s*\d", re.IGNORECASE)


def pack_or_items(i: int, label: str, m: LineMatch, index: CatalogIndex | None = None) -> str | None:
    """The PACK_OR_ITEMS reason of line ``i`` (``label``), None when its count names the pack or the items
    unambiguously. COUNT_OF_CONTENTS is asked only with the ``index`` (the runners-up's products)."""
    p = m.product
    if p is None or m.resolved_sku is None:
        return None
    unit = (p.unit or "").lower()
    pc = pack_count_of(p, m.variant) if unit in OUTER_PACKS else None
    q0 = m.line.quantity.normalize()

    def says(sub: str, n: int) -> str:
        return (
            f"{PACK_OR_ITEMS} ({sub}): line {i} '{label}' says {q0:f} of {p.sku}, sold by the pack of {n}: "
        )

    if pc and _packs_or_items(m, unit, pc):
        return says(COUNT_OF_ITEMS, pc) + f"{q0:f} packs or {q0:f} items?"
    if (named := pc or named_pack_count(p.name)) and _one_pack_of_items(m, named, index):
        return says(ONE_PACK, named) + f"{q0:f} packs or the {named} items of one?"
    other = _other_format(index, m, p) if index is not None else None
    if other is not None:
        return (
            f"{PACK_OR_ITEMS} ({COUNT_OF_CONTENTS}): line {i} '{m.line.phrase}' counts {q0:f}, read as "
            f"{m.catalog_quantity.normalize():f} of {p.sku}; {other.sku} sells the same in another format"
        )
    return None


def _packs_or_items(m: LineMatch, unit: str, pc: int) -> bool:
    """COUNT_OF_ITEMS: a count that may be of packs or of the items they hold: a bare count above the small
    count, up to a small pack's items ("4 oat milks" of a 6-pack), or a whole number of a small case's ("12
    picpoul" of a case of 6: twelve cases or two?); "12 oatly cartons" of a case of 6 cartons, "carton" being a
    case too."""
    q0 = m.line.quantity
    if (
        not m.line.quantity_explicit
        or q0 != q0.to_integral_value()
        or _MARKED_COUNT.search(m.line.original_text)
        or str(pc) in m.line.phrase.split()  # "8 still water 24": the line names the pack of 24 it counts
        or _pack_word_said(m)
    ):
        return False
    if m.line.unit == unit == "case" and CARTON in case_or_box_said(m.line.original_text):
        # ... and "4 orange juice cartons" of a case of 12 x 1L Carton: when the catalog says the carton is
        # the item, more than a few of them may be cartons (a third of a case) as well as cases
        names = (m.product.name if m.product else "", m.variant.name if m.variant else "")
        said_case = _CASE_WORD.search(m.line.original_text) is not None  # "5 cases of orange juice cartons"
        item_cartons = not said_case and any(CARTON in case_or_box_said(n) for n in names)
        # (whole cases of cartons beyond one, "96 orange juice cartons" of a case of 24, are read as cases:
        # ITEMS_IN_A_PACK_WORD, quantities.py)
        unread = m.catalog_quantity == q0
        return unread and ((q0 >= pc and q0 % pc == 0) or (item_cartons and q0 > SMALL_CONTAINER_COUNT))
    if m.line.unit is not None or not (unit == "pack" or pc >= MIN_CONVERTIBLE_PACK or unit == "case"):
        return False
    if q0 <= FEW_PACKS and _said_as_named(m):
        return False  # FEW_PACKS_AS_NAMED: "4 peroni 330", "4 oatly barista" are 4 cases ("4 oat milks" asks)
    if pc < MIN_CONVERTIBLE_PACK:
        # ... and "10 fox poo shampoos" of a case of 6: the item's plural, more than a case and no whole cases
        # ("6 coated fries" names the Coated Fries as the catalog writes them)
        return q0 > SMALL_CONTAINER_COUNT and (q0 <= pc or q0 % pc == 0 or _plural_said(m, m.product))
    return SMALL_CONTAINER_COUNT < q0 < pc


# The word a product's or variant's name puts to its pack's count: "Bale 12 x 2kg", "(bundle of 50)"; not the "Mini
# Bale 1kg (pack of 12)", whose bales are the items of a pack
_PACK_WORD_OF_NAME = re.compile(r"\b([a-z]+)\s*\(?\s*(?:of\s+\d+|\d+\s*[x×]\s*\d)", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def _pack_word_said(m: LineMatch) -> bool:
    """PACK_WORD_SAID: the line says the word the catalog's name puts to the pack's count, one the reader knows as no
    unit (NAMED_PACK_WORDS: "4 jogoo bales" of the "Jogoo Maize Meal Bale 12 x 2kg", "vaazhai ilai cut 6 bundle" of
    the "Cut 30cm (bundle of 50)"): the count counts that pack, as "4 cases" would (on the tuning sets every such
    count was of packs), not the 2kg bags or the leaves it holds."""
    names = [m.product.name if m.product else "", m.variant.name if m.variant else ""]
    named = {w.lower() for n in names for w in _PACK_WORD_OF_NAME.findall(n)} & NAMED_PACK_WORDS
    if not named:
        return False
    said = set(_WORD.findall(m.line.original_text.lower()))
    return any(w in said or f"{w}s" in said for w in named)


# FEW_PACKS_AS_NAMED (session 17): a bare count just above SMALL_CONTAINER_COUNT of goods said exactly as a catalog
# string names them, no word made plural and no size ("4 peroni 330", "4 chicken gyoza", "four country filo" of a
# case of 24, a box of 50, a case of 10 x 500g), counts packs as "2 cans" does: on the tuning sets such counts were
# packs every time, while "4 oat milks", "4 kefirs", "4 feta 200g" (the item's plural or its size) were questions,
# and from 6 up singular counts were questions too ("6 diet coke" of a case of 24).
FEW_PACKS = 4


def _said_as_named(m: LineMatch) -> bool:
    """FEW_PACKS_AS_NAMED: the line names a string of the product exactly (not "scraped coconut" of the alias
    "scraped coconut 400g", beside a grated coconut), no word of its goods is a plural (`stem`) and no size is
    written with it."""
    return m.kind is MatchKind.EXACT and m.line.size is None and not _plural_said(m)


def _plural_said(m: LineMatch, named: CatalogProduct | None = None) -> bool:
    """A word of the line's goods is a plural (quantities.plural_said), of the ``named`` product's own words."""
    return plural_said(m.line.phrase, named)


_PIECES = r"(?:pcs|pc|pieces?|ct|count)\b"  # "20 pcs": a count of pieces in a name


def _one_pack_of_items(m: LineMatch, n: int, index: CatalogIndex | None) -> bool:
    """ONE_PACK: a bare count that equals the items of one pack, read as that many packs or, by the "60 eggs"
    rule, as the one pack it fills when that pack's count is what tells the product from a sibling sold by
    another count ("catering parotta 20" of the 20 pcs pack beside the 5 pcs: twenty packs, or the 20s?)."""
    q0 = m.line.quantity
    if (
        not m.line.quantity_explicit
        or m.line.unit is not None
        or not q0 == n > SMALL_CONTAINER_COUNT
        or _MARKED_COUNT.search(m.line.original_text)
    ):
        return False
    if m.catalog_quantity == q0:
        return True
    return (
        m.catalog_quantity == 1
        and index is not None
        and m.product is not None
        and _counted_sibling(index, m, n)
    )


_ANY_PIECES = re.compile(rf"\b(\d+)\s*{_PIECES}", re.I)


@lru_cache(maxsize=256)
def _pieces_rx(n: int) -> re.Pattern[str]:
    """ "<n> pcs", compiled once per count (re's shared cache would churn on a pattern a message)."""
    return re.compile(rf"\b{n}\s*{_PIECES}", re.I)


def _counted_sibling(index: CatalogIndex, m: LineMatch, n: int) -> bool:
    """The product's name counts its pieces ("Catering 20 pcs") and a product of the same category, named with a
    word the line says, is sold by another stated count (the "5 pcs"): the line's number may name its product
    rather than count it."""
    p = m.product
    assert p is not None
    if not _pieces_rx(n).search(p.name):
        return False  # "(tray of 20)" names the pack; "20 pcs" names the format, as "5 pcs" its sibling's
    own = product_info(p).name_content & set(tokens(m.line.phrase)[0])
    for pi in index.named_with(own):  # not every product of the catalog: those whose name holds such a word
        other = index.products[pi]
        if other.sku == p.sku or other.category != p.category or not own & product_info(other).name_content:
            continue
        pieces = _ANY_PIECES.search(other.name)
        theirs = {
            product_info(other).pack_count,
            named_pack_count(other.name),
            pieces and int(pieces.group(1)),
        }
        if theirs - {None, n}:
            return True
    return False


def _other_format(index: CatalogIndex, m: LineMatch, p: CatalogProduct) -> CatalogProduct | None:
    """COUNT_OF_CONTENTS: the runner-up of the same category that sells the same goods in another format whose
    packs the line's count, converted into packs of ``p``, also fills; None when there is none."""
    line = m.line
    if not line.quantity_explicit or line.unit in OUTER_PACKS or m.catalog_quantity == line.quantity:
        return None  # a count of packs, or nothing converted
    items = PACK_TOKENS | {line.unit or ""}  # "stem" of "(box of 100 stems)" is the item the line counts
    said = {t for t in tokens(line.phrase)[0] if t.isalpha() and t not in items}
    own = product_info(p).name_content
    for sku, _ in m.alternatives:
        other = index.product_by_sku(sku)
        if other is None or other.sku == p.sku or other.category != p.category:
            continue
        theirs = product_info(other).name_content
        # the line's words name both ("naomi"), its other words only the one it took ("stems" of 100 stems), and
        # the other's name says nothing the one taken does not: the same goods (not the hot cup's lid)
        same_goods = bool(said & own & theirs) and said <= own | theirs and theirs - items <= own
        theirs_pc = pack_count_of(other, None) or named_pack_count(other.name)
        # ... and the count fills the other's packs too ("60 stelen" fill 3 bunches of 20, no box of 100; "48
        # asahi bottles" no keg)
        fills = theirs_pc is not None and line.quantity % theirs_pc == 0
        if same_goods and fills and theirs_pc != pack_count_of(p, m.variant):
            return other
    return None
