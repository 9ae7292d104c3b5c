"""Quantities in the catalog's selling unit: 2 kg of 1kg bags is 2 bags, a dozen lemons is 12 each."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from jobs.language.extraction import OrderLine, normalize_unit, size_value
from jobs.language.extraction.pack_units import BOX_OR_CAN_WORDS
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.packs import ProductInfo, named_pack_count, pack_count_of, product_info
from jobs.language.matching.tokens import stem, strip_accents
from jobs.language.matching.vocabulary import (
    BOX_OR_CASE,
    CARTON,
    CASE_OR_BOX_WORDS,
    OUTER_PACKS,
    SINGLE_UNITS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    case_or_box_said,
)
from jobs.language.word_patterns import LETTERS_RE

# Bare counts convert to packs only for packs this big ("60 eggs" -> 2 trays of 30); "12 coke 1.5" sold
# by the 6-pack stays 12 packs.
MIN_CONVERTIBLE_PACK = 10
# "2 cans of diet coke" of a product sold by the case means 2 cases from 2 up to this count ("1 bottle"
# of a case of 6 stays a question).
SMALL_CONTAINER_COUNT = 3
# ... for bottles only in cases this big: wine and spirits come in cases of 6, and "3 bottles of house red"
# is half a case (cans are not sold singly: "3 cans squirty cream" of a case of 6 stays 3 cases).
MIN_CASE_FOR_SMALL_COUNT = 12


# STEMS_OF_A_BUNCH: how many stems a florist's pack holds is the count its name or variant gives the pack ("(bunch
# of 20)", "(box of 100 stems)": packs.named_pack_count); only a count of stems converts by it (a bare "20
# avalanche" is no count of stems: florists count bunches).


# BOX_OR_CAN: a count of a word that names a box and a can ("kutu") of a product sold by the box none of whose
# strings says can or tin is a count of boxes ("1 kutu 4oz burger" is a box of burgers, not a 48th of one); of a
# product sold by the case it stays a count of cans ("48 kutu gazoz" of a case of 24 is 2 cases).
_CAN_WORD = re.compile(r"\b(?:cans?|tins?)\b", re.IGNORECASE)


def _said_unit(line: OrderLine, product: CatalogProduct) -> str | None:
    """The line's unit, a box where its can is a word that also names a box and the product is sold by the box and
    is no can (BOX_OR_CAN)."""
    if line.unit != "can" or normalize_unit(product.unit or "") != "box":
        return line.unit
    if not any(w in BOX_OR_CAN_WORDS for w in LETTERS_RE.findall((line.original_text or "").lower())):
        return line.unit
    texts = (product.name, *product.aliases, *product.keywords, *(v.name for v in product.variants))
    return line.unit if any(_CAN_WORD.search(t) for t in texts) else "box"


def stems_per_pack(product: CatalogProduct, variant: CatalogVariant | None = None) -> int | None:
    """How many stems the product's selling unit holds, or None when its strings do not say: "60 stems naomi" of a
    bunch of 20 is 3 bunches, "30 stems" of it 1.5 (a fraction, never confirmed); stems of a product whose stem
    count is unsaid stay a count of stems (decide: UNIT_MISMATCH)."""
    return named_pack_count(variant.name if variant else "") or named_pack_count(product.name)


def catalog_quantity(
    line: OrderLine, product: CatalogProduct, variant: CatalogVariant | None = None
) -> Decimal:
    """Convert a line quantity into the product's selling unit where the conversion is certain.

    ``2kg coffee beans`` sold as 1kg bags -> 2; ``a dozen lemons`` sold each -> 12; ``6 fanta cans`` sold
    by the case of 24 -> 0.25. Anything not safely convertible is returned unchanged.
    """
    lu = _said_unit(line, product)
    if lu == "stem":  # STEMS_OF_A_BUNCH
        n = stems_per_pack(product, variant)
        return _q(line.quantity / n) if n else line.quantity
    packs = _packets_in_packs(line, lu, product, variant)
    return packs if packs is not None else _in_selling_unit(line, lu, product, variant)


def _packets_in_packs(
    line: OrderLine, lu: str | None, product: CatalogProduct, variant: CatalogVariant | None
) -> Decimal | None:
    """PACKETS_OF_A_PACK: a packet is the item a multi-item pack holds: "24 packets jogoo 2kg" of a bale of 12 x
    2kg is 2 bales, "30 pkts" 2.5 (a fraction, never confirmed). Up to the pack's own count packets are packs
    ("smokies pakiti 10" of a pack of 20, "parotta 20 packet" of a pack of 20 pcs): None, as for other lines. Of a
    product sold by the case or box of packets, packets are items as cans are (CONTAINERS_AS_UNITS): "chevdo 24
    packet" of a case of 12 is 2 cases, "2 packets" 2 cases, "6 packets" half a case (a question)."""
    pu = normalize_unit(product.unit) if product.unit else None
    if pu not in OUTER_PACKS or lu != "pack" or not packet_count(line):
        return None
    pc, q = pack_count_of(product, variant), line.quantity
    if not pc or pc < 2:
        return None
    if pu == "pack":
        return _q(q / pc) if q > pc else None
    return q if q <= SMALL_CONTAINER_COUNT else _q(q / pc)


def _bare_or_items(
    line: OrderLine, lu: str | None, pu: str | None, product: CatalogProduct, variant: CatalogVariant | None
) -> Decimal:
    """`catalog_quantity` of a bare count, or a count of the items a product sold by an outer pack holds."""
    q = line.quantity
    # "60 eggs" sold by the tray of 30 -> 2 trays: a bare count that fills whole packs counts items;
    # so does a count of the item itself ("600 takeaway boxes" sold by the case of 300 -> 2 cases)
    pc = pack_count_of(product, variant)
    if pc and pc >= MIN_CONVERTIBLE_PACK and q >= pc and q % pc == 0 and not _marked_count(line):
        return _q(q / pc)  # ... but "20 x flour tortillas" counts packs: the "x" marks a count of them
    if pc and lu is None and q > pc and q % pc == 0 and not _marked_count(line) and plural_said(line.phrase):
        # PLURAL_ITEMS: "60 kaak rings", "12 oat milks" of a pack of 6 are 10 and 2 packs, the best guess to
        # review (PACK_OR_ITEMS asks); "30 large pitta", "12 semi" of a 6-pack were packs on the tuning sets
        return _q(q / pc)
    if pc and lu is None and q >= pc and q % pc == 0 and _pack_notation(line):
        # PACK_NOTATION: "6 x 2L pepsi max", "40 x 250g butter" of a product sold by the pack of
        # 6 x 2L, the case of 40 x 250g: the count is the items of one pack (a count that fills no
        # whole pack, "4 x 2L", keeps counting packs)
        return _q(q / pc)
    if pc and pc >= 2 and lu is not None and (lu not in OUTER_PACKS or _packs_in_outer(lu, pu)):
        # ITEMS_OF_PACK: the line names the item the pack holds ("18 punnets" of a tray of 9 x 250g
        # punnets): whole packs when it fills them; up to SMALL_CONTAINER_COUNT the trade's usual
        # meaning ("2 punnets": 2 trays); else a fraction, which is never confirmed. A pack word
        # ("1 box of pizza boxes") counts packs, except PACKS_IN_A_BOX: packs that the product's
        # name says its box or case holds ("30 paquetes" of Grissini Mini Twin Packs, box of 200)
        if q % pc == 0:
            return _q(q / pc)
        return q if q <= SMALL_CONTAINER_COUNT else _q(q / pc)
    if pc and pc >= MIN_CONVERTIBLE_PACK and lu is None and q > pc and not _marked_count(line):
        # "100 lemons" of a box of 80: more than a box and not whole boxes is a quantity question,
        # never 100 boxes
        return _q(q / pc)
    return q


def _in_selling_unit(
    line: OrderLine, lu: str | None, product: CatalogProduct, variant: CatalogVariant | None
) -> Decimal:
    """`catalog_quantity` of a line whose unit (``lu``) is no stem."""
    q = line.quantity
    pu = normalize_unit(product.unit) if product.unit else None
    if pu in OUTER_PACKS and (lu is None or counts_items(lu, product_info(product))):
        return _bare_or_items(line, lu, pu, product, variant)
    if (held := items_in_pack_word(line, product)) is not None:
        # ITEMS_IN_A_PACK_WORD: "24 cartons of oatly barista" of a pack of 6 x 1L: 4 packs
        return _q(q / held)
    if lu is None and pu is not None and line.size and line.quantity_explicit:
        # PACKS_OF_A_WEIGHT: "2 x 5kg brown onions" of a product sold by the kg is 10 kg, not 2
        measured = size_value(line.size)
        table = WEIGHT_UNITS if pu in WEIGHT_UNITS else VOLUME_UNITS if pu in VOLUME_UNITS else None
        if (
            table is not None
            and measured is not None
            and measured[0] == ("wt" if table is WEIGHT_UNITS else "vol")
        ):
            return _q(q * measured[1] / table[pu])
    if lu is None or pu is None or lu == pu:
        return q
    if lu == "dozen":
        q, lu = q * 12, "each"
        if pu == "each":
            return q
    info = product_info(product)
    if lu in WEIGHT_UNITS or lu in VOLUME_UNITS:
        table = WEIGHT_UNITS if lu in WEIGHT_UNITS else VOLUME_UNITS
        if pu in table:
            return _q(q * table[lu] / table[pu])
        dim = "wt" if table is WEIGHT_UNITS else "vol"
        # the named variant's own size first ("4kg" of the 1kg bag, not of the 250g one)
        own = info.variant_sizes[product.variants.index(variant)] if variant in product.variants else ()
        for s in (*own, *info.sizes):
            sv = size_value(s)
            if sv and sv[0] == dim and sv[1] > 0:
                # "10kg instant yeast" of a case of 20 x 500g is one case: the size is the item's
                count = pack_count_of(product, variant) if pu in OUTER_PACKS else None
                per_unit = sv[1] * (count or 1)
                return _q(q * table[lu] / per_unit)
        return q
    pack = pack_count_of(product, variant) if pu in OUTER_PACKS else None  # the named variant's own pack
    if lu in SINGLE_UNITS and pack:
        # CONTAINERS_AS_UNITS: "24 bottles" of a case of 12 is 2 cases; "2 cans" (a count below
        # SMALL_CONTAINER_COUNT that fills no whole case) is 2 cases, the trade's usual meaning; any other
        # count stays a fraction, which the order decision never confirms (FRACTION_OF_UNIT), also when
        # the product's own strings do not say "bottle" ("6 bottles ginger beer" of a case of 12, "1
        # bouteille de prosecco" of a case of 6 are quantity questions, not 6 and 1 cases).
        converted = _q(q / pack)
        few = 2 <= q <= SMALL_CONTAINER_COUNT or (q == 1 and _containers_said(line, lu))
        small = few and (lu != "bottle" or pack >= MIN_CASE_FOR_SMALL_COUNT)
        if converted != converted.to_integral_value() and lu != "each" and small:
            return q  # "2 coke cans": 2 cases of 24; "3 bottles of house red" of a case of 6 is half a case
        return converted
    return q


# ITEMS_IN_A_PACK_WORD (session 17): the pack words a multi-item pack's items come in ("96 packs of walkers" of a
# case of 32 x 25g, "60 bags of semki" of a case of 30, "30 pudełek" of a case of 10 boxes); a case only as a
# carton ("24 cartons of oatly barista" of a pack of 6 x 1L): "12 cases of oatly" counts outers. Crates, sacks,
# kegs and pallets hold no items a customer counts.
_ITEM_PACK_WORDS = frozenset({"pack", "bag", "box", "tray", "case"})
MIN_ITEMS_OF_PACK_WORD = 3  # a box of 2 foam rings: "4 kartons" are 4 boxes (a pair is no pack of items)


def items_in_pack_word(line: OrderLine, product: CatalogProduct) -> int | None:
    """ITEMS_IN_A_PACK_WORD: the item count of the product's pack when the line counts its items in a pack word the
    product is not sold by, else None. "24 cartons of oatly barista" of a pack of 6 x 1L: more cartons than the
    pack holds, a whole number of packs of them, are its items (4 packs), not 24 packs of another format (a
    question, sizing.py: "not sold by"). Only a count above the pack's own, of a product whose every variant
    holds the same count, with no pack count written beside it ("48 packs water 24pk") and no word that names a
    box and a case alike ("30 cajas": LOOSE_CASE_WORD)."""
    lu, pu = line.unit, normalize_unit(product.unit) if product.unit else None
    if lu not in _ITEM_PACK_WORDS or pu not in OUTER_PACKS or not line.quantity_explicit:
        return None
    info = product_info(product)
    pc, q = info.pack_count, line.quantity
    said = case_or_box_said(line.original_text or "")
    cartons = lu == pu == "case" and CARTON in said and not _case_word_said(line.original_text or "")
    if (
        (lu in info.containers and not cartons)
        or pc is None
        or pc < MIN_ITEMS_OF_PACK_WORD
        or q <= pc
        or q % pc
    ):
        return (
            None  # ... the case's cartons ("96 orange juice cartons" of a case of 24 x 200ml) count items too
        )
    if BOX_OR_CASE in said or (lu == "case" and CARTON not in said) or packet_count(line):
        return None
    if any(pack_count_of(product, v) != pc for v in product.variants):
        return None
    return None if re.search(rf"(?<![\d.,]){pc}(?![\d.,])", line.original_text or "") else pc


def _case_word_said(text: str) -> bool:
    """A word the extractor reads as a case that names no carton ("5 cases of orange juice cartons")."""
    return any(
        normalize_unit(w) == "case" and w not in CASE_OR_BOX_WORDS[CARTON]
        for w in LETTERS_RE.findall(text.lower())
    )


_LETTERS = re.compile(r"[a-z]+")


def plural_said(phrase: str, named: CatalogProduct | None = None) -> bool:
    """A word of the line's goods is an English-style plural ("milks", "shampoos", "laits"; tokens.stem), one the
    ``named`` product's name and aliases do not write ("chips" of Chunky Chips) when it is given."""
    plurals = {w for w in _LETTERS.findall(strip_accents(phrase).lower()) if stem(w) != w}
    if plurals and named is not None:
        plurals -= set(_LETTERS.findall(strip_accents(" ".join((named.name, *named.aliases))).lower()))
    return bool(plurals)


def _containers_said(line: OrderLine, unit: str) -> bool:
    """ONE_OF_CONTAINERS (session 17): "1 coke cans", "1 remedy original bottles": one of the containers in
    their plural is one case of them, as "2 coke cans" is two ("1 can" of a case of 24 stays a 24th)."""
    return any(
        normalize_unit(w) == unit and w.endswith("s") and normalize_unit(w[:-1]) == unit
        for w in LETTERS_RE.findall((line.original_text or "").lower())
    )


def _packs_in_outer(lu: str, pu: str | None) -> bool:
    """PACKS_IN_A_BOX (session 16): a count of packs of a product sold by the box or case whose name says the box
    holds packs (`counts_items`: "Grissini Mini Twin Packs (box of 200)") counts those packs, as ITEMS_OF_PACK counts
    punnets: "30 paquetes" is 0.15 of a box (a quantity question), never 30 boxes; "2 packs" stays 2 boxes (the
    trade's usual meaning of a small count) and "400 packs" 2 boxes. A box of boxes ("1 box of pizza boxes")
    still counts boxes: a box is no smaller than the box it is counted against."""
    return lu == "pack" and pu in ("box", "case")


def _marked_count(line: OrderLine) -> bool:
    """The line's count is written "N x" or "x N" before or after its product ("20 x flour tortillas")."""
    return _marked_count_rx(fmt_q(line.quantity)).search(line.original_text or "") is not None


@lru_cache(maxsize=256)
def _marked_count_rx(count: str) -> re.Pattern[str]:
    """The "N x" / "x N" pattern of one written count, compiled once per count (not in re's shared cache, which
    a pattern per message would churn)."""
    n = re.escape(count)
    return re.compile(rf"(?<![\d.,]){n}\s*[x×*]\s*[a-zà-öø-ÿ]|[x×*]\s*{n}(?![\d.,])", re.I)


_PACKET = r"(?:packets?|pkts?)"


def packet_count(line: OrderLine) -> bool:
    """The line's count is of packets ("24 packets", "pkts 30"), the retail item rather than the outer pack."""
    return _packet_count_rx(fmt_q(line.quantity)).search(line.original_text or "") is not None


@lru_cache(maxsize=256)
def _packet_count_rx(count: str) -> re.Pattern[str]:
    """ "N packets" / "packets N" of one written count, compiled once per count (as `_marked_count_rx`)."""
    n = re.escape(count)
    return re.compile(rf"(?<![\d.,]){n}\s*{_PACKET}\b|\b{_PACKET}\s*(?:x\s*)?{n}(?![\d.,])", re.IGNORECASE)


def _pack_notation(line: OrderLine) -> bool:
    """The line's count is written "N x SIZE" ("6 x 2L", "5 x 8oz")."""
    n = re.escape(fmt_q(line.quantity))
    pattern = rf"(?<![\d.,]){n}\s*[x×*]\s*\d+(?:[.,]\d+)?\s*(?:ml|cl|l|lt|ltr|litres?|g|kg|oz)\b"
    text = line.original_text or ""
    m = re.search(pattern, text, re.IGNORECASE)
    # "6 x chopped tomatoes 6x2.5kg": a count of its own before the product counts the packs
    return m is not None and not re.search(r"(?<![\d.,])\d+\s*[x×*]?\s+[a-zà-öø-ÿ]", text[: m.start()], re.I)


def counts_items(unit: str, info: ProductInfo) -> bool:
    """The line's unit is the item the product's pack holds ("boxes" of a case of 300 boxes); cans and
    bottles convert by `catalog_quantity`'s single-unit rule instead."""
    return unit in info.item_units and unit not in SINGLE_UNITS


def fmt_q(d: Decimal) -> str:
    return format(d.normalize(), "f")


def _q(d: Decimal) -> Decimal:
    return d.quantize(Decimal("0.0001")).normalize()
