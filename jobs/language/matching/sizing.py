"""What the line's size, bare size number and pack say about a product (its score after that evidence),
and which of its variants the line names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction import OrderLine, find_sizes, normalize_unit, size_value
from jobs.language.extraction.codes import CODE_WORD
from jobs.language.extraction.measures import SIZE_CLASSES, SIZE_WORDS
from jobs.language.extraction.number_words import NUMBER_WORDS
from jobs.language.extraction.talk_words import FILLER
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.evidence import Evidence
from jobs.language.matching.packs import ProductInfo, comparable, measured_in, pack_count_of, same_size
from jobs.language.matching.quantities import items_in_pack_word, packet_count
from jobs.language.matching.ranges import CODE_RE, code_numbers
from jobs.language.matching.reads import name_word
from jobs.language.matching.tokens import is_number, tokens
from jobs.language.matching.vocabulary import (
    BOX_OR_CASE,
    CASE_LIKE,
    LETTER_SIZES,
    OUTER_PACKS,
    PACK_FAMILY,
    PACK_TOKENS,
    SIZE_LABELS,
    TWIN_PACKS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
    case_or_box_said,
)
from jobs.language.matching.weights import WEIGHTS
from jobs.language.word_patterns import LATIN_WORD_RE

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex
    from jobs.language.matching.query import Query


W = WEIGHTS


def size_pack_evidence(index: CatalogIndex, pi: int, score: float, q: Query) -> tuple[float, Evidence]:
    """The score after what the line's size, size number and pack say about product pi."""
    info = index.evidence_info(pi)
    ev = Evidence()
    line_size, numbers = q.size, q.numbers
    if line_size is not None and info.sizes:
        if any(same_size(line_size, s) for s in info.sizes):
            score += W.size_agrees_bonus
            ev.size_agrees = True
            ev.notes.append(f"size {line_size} agrees")
        elif comparable(line_size, info.sizes):
            score *= W.size_conflict_factor
            ev.size_conflicts = True
            ev.notes.append(f"size {line_size} conflicts with {'/'.join(info.sizes[:2])}")
    elif line_size is None and numbers and info.sizes:
        # a number the product's own strings hold is part of its name ("havana 7"), not a size
        code = code_numbers(q.line.phrase)  # "majirel 6/0": a shade (VARIANT_BY_CODE)
        sizey = [n for n in numbers if not n.startswith("0") and n not in index.bags(pi)[0] and n not in code]
        if sizey and any(number_fits(index, pi, n) for n in sizey):
            score += W.size_agrees_bonus
            ev.size_agrees = True
            ev.notes.append(f"size {sizey[0]} agrees")
        elif sizey:
            score *= W.size_number_misfit_factor
            ev.size_conflicts = True
            ev.notes.append(f"size {sizey[0]} does not fit")
    u = q.line.unit
    if u is not None:
        if u in info.containers or measured_in(u, info.sizes, info.unit):
            score += W.unit_agrees_bonus
            ev.unit_agrees = True
            ev.notes.append(f"sold by {u}")
        elif u in CASE_LIKE and info.unit in OUTER_PACKS and _counts_its_pack(index, pi, numbers):
            # "water 24pk" of water sold by the case of 24: a pack of 24 is its case, whatever it is called
            score += W.unit_agrees_bonus
            ev.unit_agrees = True
            ev.notes.append(f"a {u} of {index.product_info(pi).pack_count} is its {info.unit}")
        elif (
            u == "pack"
            and info.unit in OUTER_PACKS
            and _packets_of(index.product_info(pi).pack_count, q.line)
        ):
            # PACKETS_OF_A_PACK: "chevdo 24 packet" of a case of 12 packets counts its items (quantities.py)
            score += W.unit_agrees_bonus
            ev.unit_agrees = True
            ev.notes.append(f"packets are the items of its {info.unit}")
        elif u == "crate" and info.unit == "case" and _of_drinks(info.sizes):
            # CRATE_OF_DRINKS: a crate of beer or soda is the case it is sold by ("kreti 5 za tusker", "2 crates
            # stoney plastic" of a case of 12 x 500ml), as a crate of produce is not (its sizes are weights)
            score += W.unit_agrees_bonus
            ev.unit_agrees = True
            ev.notes.append(f"a crate of drinks is its {info.unit}")
        elif u in OUTER_PACKS and u not in info.containers and info.unit in OUTER_PACKS:
            score -= W.wrong_pack_penalty
            pc = index.product_info(pi).pack_count
            family = PACK_FAMILY.get(u, u) == PACK_FAMILY.get(info.unit or "", info.unit)
            if family and BOX_OR_CASE in case_or_box_said(q.line.original_text):
                score += W.wrong_pack_penalty  # LOOSE_CASE_WORD: "caja" names a box as often as a case
                ev.notes.append(f"sold by {info.unit}")
            elif not _counts_items(pc, q.line.quantity) and (family or _same_outer(u, info.unit, pc)):
                if frozenset({u, info.unit}) in TWIN_PACKS:
                    score += W.wrong_pack_penalty  # TWIN_PACK_WORDS: "2 cases" of a box is no other pack
                ev.notes.append(f"sold by {info.unit}, not {u}")  # a sack called a bag
            elif (held := items_in_pack_word(q.line, index.products[pi])) is not None:
                # ITEMS_IN_A_PACK_WORD (quantities.py): "24 cartons" of a pack of 6 x 1L are the items of 4 packs
                ev.notes.append(f"{u}s are the items of its {info.unit} of {held}")
            elif _goods_pack(u, info.unit, pc, q.line.quantity):
                # GOODS_PACK_WORD: "2 bag sukkari dates" of a 3kg box, "4 colis de boeuf" of a 2.5kg pack: fewer
                # than the pack holds, in one pack word of goods for another, count its packs; the score keeps the
                # wrong-pack penalty, and a fuzzy match ("4 bags chips" of chip forks) its cap (score.py)
                ev.other_pack = True
                ev.notes.append(f"sold by {info.unit}, said as {u}")
            else:
                ev.wrong_pack = True
                ev.notes.append(f"not sold by {u}")  # a keg asked for by the case: a different product?
    return score, ev


# GOODS_PACK_WORD: the packs goods come in, one said for another; kegs, sacks and pallets are other products' packs
# ("2 cases of guinness" of a keg is the bottles, maybe not in the catalog)
_GOODS_PACKS = frozenset({"case", "box", "pack", "bag", "tray"})


def _goods_pack(u: str, unit: str | None, pack_count: int | None, quantity: Decimal) -> bool:
    """GOODS_PACK_WORD: a count of one goods pack word of a product sold by another, below its pack's item count
    (none when the catalog does not say it)."""
    return u in _GOODS_PACKS and unit in _GOODS_PACKS and (pack_count is None or quantity < pack_count)


def _packets_of(pack_count: int | None, line: OrderLine) -> bool:
    """The line counts more packets than the product's pack holds (PACKETS_OF_A_PACK)."""
    return pack_count is not None and pack_count >= 2 and line.quantity > pack_count and packet_count(line)


def _of_drinks(sizes: Sequence[str]) -> bool:
    """The product's sizes are volumes only: bottles or cans of a drink (CRATE_OF_DRINKS)."""
    values = [size_value(s) for s in sizes]
    return bool(values) and all(v is not None and v[0] == "vol" for v in values)


def _counts_its_pack(index: CatalogIndex, pi: int, numbers: Sequence[str]) -> bool:
    """The line's bare number is the product's pack count (the 24 of "24pk" for a case of 24)."""
    count = index.product_info(pi).pack_count
    return count is not None and count > 1 and any(_decimal(n) == count for n in numbers)


def _decimal(number: str) -> Decimal | None:
    try:
        return Decimal(number)
    except InvalidOperation:
        return None


def _counts_items(pack_count: int | None, quantity: Decimal) -> bool:
    """A count of "30 boxes" of a case of 10 boxes counts what the case holds: the word is the item."""
    return pack_count is not None and pack_count >= 2 and quantity >= pack_count


def _same_outer(u: str, unit: str | None, pack_count: int | None) -> bool:
    """OUTER_OF_ITEMS: the words a trade uses for one outer of several items ("2 cases of oatly" sold by the
    pack of 6, "1 pack brightwater cans" sold by the case of 24): the same pack under another name, for a
    count below the pack's items (`_counts_items`: "24 cartons" or "20 packs" of a case of 10 count items)."""
    return u in CASE_LIKE and unit in CASE_LIKE and pack_count is not None and pack_count >= 2


def number_fits(index: CatalogIndex, pi: int, number: str) -> bool:
    """A bare number of the line is the product's size or pack count ("coke 1.5", "33" for 33cl)."""
    return info_fits_number(index.product_info(pi), number)


def info_fits_number(info: ProductInfo, number: str) -> bool:
    """`number_fits` of a product's `ProductInfo` (for a caller that holds the product, not its index)."""
    return _fits_number(info.sizes, info.pack_count, number)


@lru_cache(maxsize=16384)
def _fits_number(sizes: tuple[str, ...], pack_count: int | None, number: str) -> bool:
    """Kept per (sizes, pack count, number): a catalog has a few hundred size sets, and the size evidence
    asks this for every product a line with a bare number scores."""
    value = _decimal(number)
    if value is None:
        return False
    if pack_count == value:
        return True  # "3 x 1000 sugar sticks": the box of 1000
    for s in sizes:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", s)
        if m and Decimal(m.group(1)) == value:
            return True
        if m and m.group(2) == "ml" and Decimal(m.group(1)) == value * 10:  # "33" for 33cl
            return True
    return False


def pick_variant(
    index: CatalogIndex, pi: int, line_size: str | None, numbers: list[str], words: Sequence[str] = ()
) -> CatalogVariant | None:
    """The only variant, or the one whose size the line names (by size or bare number)."""
    product = index.products[pi]
    if not product.variants:
        return None
    if len(product.variants) == 1:
        return product.variants[0]
    sized = [
        v
        for v, sizes in zip(product.variants, index.product_info(pi).variant_sizes, strict=True)
        if (line_size is not None and any(same_size(line_size, s) for s in sizes))
        or any(_number_names_size(n, s) for n in numbers for s in sizes)
    ]
    if len(sized) > 1:
        # "bagasse 9in 3 compartment" of the 9in and the 9in 3-Compartment: the words decide, and a line
        # that says none of the others' words is the plain one
        return _plain_or_named(sized, words)
    if sized:
        return sized[0]
    return _variant_by_count(product.variants, numbers) or variant_by_pack_count(product, numbers, words)


def _number_names_size(n: str, size: str) -> bool:
    """A bare number of the line names a variant's size: "16" of "16oz", "75" of 75cl (750ml), "5" of 5kg, "0.5" of
    500ml (DECIMAL_LITRES)."""
    if re.fullmatch(rf"{re.escape(n)}[a-z]+", size):
        return True
    value = size_value(size)
    try:
        said = Decimal(n)
    except InvalidOperation:
        return False
    if value is None or said <= 0:
        return False
    dim, base = value
    if dim == "vol" and "." in n and 0 < said < 10 and said * 1000 == base:
        return True  # DECIMAL_LITRES: "kofola 0,5", "fanta 1.5": a decimal under ten beside a drink is its litres
    return dim == "vol" and said >= 10 and said * 10 == base  # "la marca 75s", "da 75": 75cl


def variant_by_pack_count(
    product: CatalogProduct, numbers: Sequence[str], words: Sequence[str]
) -> CatalogVariant | None:
    """VARIANT_BY_PACK: "house red sixes", "jardin rouge en 12": the one variant whose pack holds the count
    the line says beside the product (a number word or a number), when the variants differ by pack."""
    said = {int(n) for n in numbers if n.isdigit()} | {NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS}
    if not said:
        return None
    counts = {v.id: pack_count_of(product, v) for v in product.variants}
    if len(set(counts.values())) != len(counts) or None in counts.values():
        return None  # the variants are not told apart by their packs
    named = [v for v in product.variants if counts[v.id] in said]
    return named[0] if len(named) == 1 else None


_CODE = re.compile(CODE_WORD)


def _plain_or_named(variants: Sequence[CatalogVariant], words: Sequence[str]) -> CatalogVariant | None:
    """Of variants sharing the line's size, the one whose other words the line says, else the one with no
    other words (the plain one); None when neither decides."""
    said = set(words)
    # a size ("9in") is what the variants share; a code word ("3compartment") names one
    extra = {v.id: {t for t in tokens(v.name)[0] if not is_number(t) or _CODE.fullmatch(t)} for v in variants}
    named = [v for v in variants if extra[v.id] and extra[v.id] <= said]
    if len(named) == 1:
        return named[0]
    plain = [v for v in variants if not extra[v.id]]
    return plain[0] if len(plain) == 1 and not named else None


def _variant_by_count(variants: Sequence[CatalogVariant], numbers: list[str]) -> CatalogVariant | None:
    """The one variant whose name opens with a count the line says ("andrex 9 roll": the "9 Roll (case of
    5)") or counts that many pieces ("croquetas 40" of "Caja 40 uds (1.2kg)"), None when no variant, or several,
    do."""
    named = [
        v
        for v in variants
        if any(
            re.match(rf"{re.escape(n)}\s*[a-z]", v.name.lower()) or _counts_pieces(n, v.name.lower())
            for n in numbers
        )
    ]
    return named[0] if len(named) == 1 else None


def _counts_pieces(n: str, name: str) -> bool:
    """The variant's name counts ``n`` pieces anywhere ("Caja 40 uds (1.2kg)", "Box 100 pcs"): a word the
    extractor reads as "each" after the count."""
    return any(
        normalize_unit(w) == "each" for w in re.findall(rf"(?<![\d.,]){re.escape(n)}\s*([^\W\d_]+)", name)
    )


def variant_by_size_class(index: CatalogIndex, pi: int, size_class: str | None) -> CatalogVariant | None:
    """SIZE_CLASS_ORDER: "1 small co2" of cylinders of 6.35kg and 10kg is the 6.35kg, "3 big co2" the 10kg:
    when the variants differ by one measured size each, "small" is the smallest and "large" the largest
    (and "medium" the middle one of three); None when their sizes are not comparable or overlap."""
    product = index.products[pi]
    if size_class not in ("small", "large", "medium") or len(product.variants) < 2:
        return None
    spans = _size_spans(index, pi, first=False)
    if spans is None:  # "1.9L" named, "64oz" in an alias: the sizes the variants are named by
        spans = _size_spans(index, pi, first=True)
    if spans is None or any(spans[k][1] >= spans[k + 1][0] for k in range(len(spans) - 1)):
        return None  # sizes of another kind, or variants whose sizes overlap: no order
    measured = [(lo, v) for lo, _, v in spans]
    measured.sort(key=lambda m: m[0])
    if size_class == "medium":
        return measured[1][1] if len(measured) == 3 else None
    return measured[0][1] if size_class == "small" else measured[-1][1]


def _size_spans(
    index: CatalogIndex, pi: int, *, first: bool
) -> list[tuple[Decimal, Decimal, CatalogVariant]] | None:
    """Each variant's smallest and largest size, smallest first (``first``: only the size it is named by);
    None when a variant has none or the sizes are of two kinds (a weight and a volume)."""
    spans: list[tuple[Decimal, Decimal, CatalogVariant]] = []
    dims: set[str] = set()
    for v, sizes in zip(index.products[pi].variants, index.product_info(pi).variant_sizes, strict=True):
        own = [x for sz in (sizes[:1] if first else sizes) if (x := size_value(sz)) is not None]
        if not own:
            return None
        dims.update(d for d, _ in own)
        spans.append((min(x for _, x in own), max(x for _, x in own), v))
    return sorted(spans, key=lambda sp: sp[0]) if len(dims) == 1 else None


def variant_by_amount(index: CatalogIndex, pi: int, line: OrderLine) -> CatalogVariant | None:
    """VARIANT_BY_AMOUNT: "4kg espresso" of beans in 1kg and 250g bags is four 1kg bags: the largest
    variant that the weight (or volume) fills a whole number of times; None when none does. Grades of a
    product sold by the kg ("8kg dover sole" of 300-400g, 400-500g and 500-700g fish) are no pack size:
    the amount names none of them."""
    fits = amount_fits(index.products[pi], index.product_info(pi).variant_sizes, line)
    return max(fits, key=lambda f: f[0])[1] if fits else None


def amount_fits(
    product: CatalogProduct, variant_sizes: tuple[tuple[str, ...], ...], line: OrderLine
) -> list[tuple[Decimal, CatalogVariant]]:
    """(size, variant) of each variant of ``product`` (``variant_sizes``: their sizes, ProductInfo's) that the
    line's weight or volume fills a whole number of times; none when the line says no amount, the product has
    fewer than two variants or is itself sold by that measure."""
    measured = _line_amount(line)
    return [] if measured is None else _amount_fits(product, variant_sizes, measured)


def _amount_fits(
    product: CatalogProduct,
    variant_sizes: tuple[tuple[str, ...], ...],
    measured: tuple[dict[str, Decimal], str, Decimal],
) -> list[tuple[Decimal, CatalogVariant]]:
    """`amount_fits` of the line's amount as `_line_amount` reads it."""
    table, dim, amount = measured
    if len(product.variants) < 2 or normalize_unit(product.unit or "") in table:
        return []
    fits: list[tuple[Decimal, CatalogVariant]] = []
    for v, sizes in zip(product.variants, variant_sizes, strict=True):
        own = [x for s in sizes if (x := size_value(s)) is not None and x[0] == dim]
        if len(own) == 1 and own[0][1] > 0 and amount >= own[0][1] and amount % own[0][1] == 0:
            fits.append((own[0][1], v))
    return fits


def _line_amount(line: OrderLine) -> tuple[dict[str, Decimal], str, Decimal] | None:
    """(the unit table, "wt" or "vol", the amount in grams or millilitres) of a line counted by weight or volume
    ("6 kg": 6000 g), else None."""
    unit = line.unit
    if unit in WEIGHT_UNITS:
        return WEIGHT_UNITS, "wt", line.quantity * WEIGHT_UNITS[unit]
    if unit in VOLUME_UNITS:
        return VOLUME_UNITS, "vol", line.quantity * VOLUME_UNITS[unit]
    return None


# AMOUNT_FITS_SEVERAL: up to this many of a smaller size is as likely a way to buy the amount as the largest
# size ("10 kg" of 1kg and 5kg bags); more is not how the trade buys it ("50 kg" of 2kg and 25kg sacks, "3kg
# espresso" of 1kg and 250g bags: three 1kg bags, set 6).
PLAUSIBLE_SMALL_COUNT = 10


def amount_fits_several(
    product: CatalogProduct, variant_sizes: tuple[tuple[str, ...], ...], line: OrderLine
) -> bool:
    """AMOUNT_FITS_SEVERAL: the line's weight or volume, its only word for a variant (no size, no variant's own
    word), fills whole numbers of the largest size it fits and of a smaller one a customer would buy as many of
    (up to PLAUSIBLE_SMALL_COUNT): "6 kg Leberkäs" of 1,5kg and 3kg loaves is two loaves or four, "冬菇 10公斤"
    of 1kg and 5kg bags two bags or ten. VARIANT_BY_AMOUNT's largest is then a guess a person confirms."""
    measured = _line_amount(line)
    if line.size is not None or measured is None:
        return False
    fits = _amount_fits(product, variant_sizes, measured)
    if len(fits) < 2:
        return False
    amount = measured[2]
    largest = max(size for size, _v in fits)
    if not any(size < largest and amount / size <= PLAUSIBLE_SMALL_COUNT for size, _v in fits):
        return False
    said = set(tokens(line.phrase)[0])
    shared = _shared_variant_words(product)
    return not any(said & (words - shared) for _v, words in variant_words(product))


@lru_cache(maxsize=1024)
def variant_words(product: CatalogProduct) -> tuple[tuple[CatalogVariant, frozenset[str]], ...]:
    """Each variant's word sets (its name and aliases, as the matcher normalises them): the size words
    and colours ("large", "black", "big bottle") that name it, and sizes the size rules do not measure
    ("5mm" rice sticks). Single letters ("l", "s") and bare numbers are left to the size rules."""
    out: list[tuple[CatalogVariant, frozenset[str]]] = []
    for v in product.variants:
        for text in (v.name, *v.ai_aliases):
            toks, _ = tokens(text)
            words = frozenset(t for t in toks if len(t) > 1 and (not is_number(t) or not t.isdigit()))
            if words:
                out.append((v, words))
    return tuple(out)


@lru_cache(maxsize=1024)
def _shared_variant_words(product: CatalogProduct) -> frozenset[str]:
    """Words every variant has ("chicken" of "1.4kg chicken" and "1.8kg chicken"): they name none of them."""
    per_variant: dict[str, set[str]] = {}
    for v, w in variant_words(product):
        per_variant.setdefault(v.id, set()).update(w)
    if len(per_variant) < len(product.variants):
        return frozenset()
    return frozenset(set.intersection(*per_variant.values()))


# Clothing sizes by letter (vocabulary.LETTER_SIZES), read as the size classes of variants named Small/Medium/Large
# ("black gloves L", "Größe M"): only for such products, so "l" stays a litre elsewhere. Not "xl": it is also the size
# class of "jumbo" ("medjool jumbo" is no X-Large).
_SIZE_LETTERS = {letter: size for letter, size in LETTER_SIZES.items() if letter != "xl"}
_LETTER_CLASSES = frozenset(_SIZE_LETTERS.values())


def letter_size_words(words: Sequence[str], variant_words: set[str]) -> set[str]:
    """LETTER_SIZE_SAID: the words a line says of its chosen variant (score.py VARIANT_WORDS_SAID): the variant's
    own words it says, its size letters ("l" of "black nitrile gloves L", "m" of "gants nitrile taille m") whose
    size class is a word of the variant ("Large", "Medium"), and, with either, the size or colour label said with
    them ("taille", "talla", "tamanho", "größe", "rozmiar"): not words the product's name fails to explain. Empty
    when the line says no word of the variant."""
    said = variant_words.intersection(words) | {
        w for w in words if w in _SIZE_LETTERS and _SIZE_LETTERS[w] in variant_words
    }
    return said | {w for w in words if w in SIZE_LABELS} if said else set()


def variant_by_code(product: CatalogProduct, phrase: str) -> CatalogVariant | None:
    """VARIANT_BY_CODE: the one variant whose name is the code the line says, in any of the trade's notations
    ("majirel 6/0" of the 6.0, "koleston 9/03", "igora 8-0"); None when the line says no such code, or when
    it fits no variant or several."""
    said = {(a, b) for a, b in CODE_RE.findall(phrase)}
    if not said:
        return None
    named = [
        v
        for v in product.variants
        if (m := CODE_RE.fullmatch(v.name.strip())) is not None and m.groups() in said
    ]
    return named[0] if len(named) == 1 else None


def variant_by_words(product: CatalogProduct, words: Sequence[str]) -> CatalogVariant | None:
    """VARIANT_BY_WORDS: the one variant whose size word or colour the line says ("two large iced
    teas", "black straws"); None when no variant, or more than one, is named."""
    if len(product.variants) < 2:
        return None
    said = set(words)
    sets = variant_words(product)
    if said & _SIZE_LETTERS.keys() and any(w & _LETTER_CLASSES for _, w in sets):
        said.update(_SIZE_LETTERS[k] for k in said & _SIZE_LETTERS.keys())  # "gloves L"
    shared = _shared_variant_words(product)
    # OWN_WORDS_NO_VARIANT: a variant alias made of the product's own words ("floor cleaner 169oz" of the 5L, the
    # 750ml having none) names no variant by them: "2 floor cleaner" is either size ("granulado chocolate" of the
    # Chocolate says its name)
    own = set(tokens(product.name)[0]) | set().union(*(tokens(a)[0] for a in product.aliases))
    hits = [
        (len(w), v)
        for v, w in sets
        if w <= said and w - shared and (not w <= own or w & set(tokens(v.name)[0]))
    ]
    if not hits:  # "6 hole": the whole name decides below; never words that only name the product
        hits = [(len(w), v) for v, w in sets if w <= said and not w <= own and not w <= shared]
    if not hits:
        return None
    best = max(n for n, _ in hits)
    named = {v.id: v for n, v in hits if n == best}
    if len(named) > 1:
        # "gloves large": Large, not X-Large, whose name says more than the line ("x")
        whole = {vid: v for vid, v in named.items() if set(re.findall(r"[a-z0-9]+", v.name.lower())) <= said}
        named = whole or named
    return next(iter(named.values())) if len(named) == 1 else None


def variant_by_distinct_word(product: CatalogProduct, words: Sequence[str]) -> CatalogVariant | None:
    """VARIANT_BY_DISTINCT_WORD: when no variant has all its words said (VARIANT_BY_WORDS), the one variant a word of
    the line belongs to alone among the variants ("cups blue" of the White, Gold Rim and Blue Pattern cups; "thick
    cut samgyeopsal" of the Sliced 1cm, Thick Cut 2cm and Whole Slab; "vazhai ilai cut" of the Cut 30cm (bundle of
    50) and the Full Leaf 1m): a customer names a variant by the word that tells it apart, not by every word of its
    name. A word of the product's own name or aliases, a pack word, a filler or a number names no variant; None when
    the line says such words of no variant or of two."""
    if len(product.variants) < 2:
        return None
    said = set(words)
    named = [v for v, distinct in _distinct_words(product) if not distinct.isdisjoint(said)]
    return named[0] if len(named) == 1 else None


@lru_cache(maxsize=1024)
def _distinct_words(product: CatalogProduct) -> tuple[tuple[CatalogVariant, frozenset[str]], ...]:
    """Per variant, the words that name it in VARIANT_BY_DISTINCT_WORD (read once per product, not per line): the
    `name_word`s of its own name ("red" of the Burgundy's alias "wine red" is no red napkin) that no other variant
    has, none of the product's own name or aliases, nor of `_NOT_VARIANT_WORDS`."""
    owners: dict[str, set[str]] = {}
    for v, ws in variant_words(product):
        for w in ws:
            owners.setdefault(w, set()).add(v.id)
    own = set(tokens(product.name)[0]).union(*(tokens(a)[0] for a in product.aliases))
    return tuple(
        (
            v,
            frozenset(
                w
                for w in tokens(v.name)[0]
                if owners.get(w) == {v.id} and name_word(w) and w not in own and w not in _NOT_VARIANT_WORDS
            ),
        )
        for v in product.variants
    )


# VARIANT_BY_DISTINCT_WORD reads none of these: "bundle" of "(bundle of 50)" tells nothing, and a size word ("large" of
# the Small, Medium and Large) chooses only by SIZE_CLASS_ORDER, which leaves "large" of three sizes to a person
_NOT_VARIANT_WORDS = PACK_TOKENS | FILLER | frozenset(SIZE_WORDS) | SIZE_CLASSES


_PACK_OF_ITEMS = re.compile(r"\d+\s*[x×]\s*\S", re.IGNORECASE)


# ITEM_CONTAINER_VARIANT (session 17): the containers a multi-item variant's items come in ("24 x 330ml Can" beside
# "6 x 2L Bottle"): "120 cans of guaraná", "2 bottles of coke zero" name the variant whose items they are
_ITEM_CONTAINERS = frozenset({"can", "bottle", "jar", "tub"})


def variant_by_unit(product: CatalogProduct, unit: str | None) -> CatalogVariant | None:
    """VARIANT_BY_UNIT: variants named by how they are sold ("Bunch" / "1kg Bag"): the line's unit ("20
    bunch coriander") names the one variant whose name holds that unit; None when none or several do. A
    container names a multi-item variant by its items (ITEM_CONTAINER_VARIANT)."""
    if unit is None or len(product.variants) < 2 or unit in WEIGHT_UNITS or unit in VOLUME_UNITS:
        return None  # a weight or volume is an amount (VARIANT_BY_AMOUNT), not how a variant is sold
    named = [
        v
        for v in product.variants
        # "6 x 1L Carton": the carton is the item, the case holds six ("2 cartons" count cases, not cartons)
        if (unit in _ITEM_CONTAINERS or not _PACK_OF_ITEMS.search(v.name))
        and any(normalize_unit(w) == unit for w in LATIN_WORD_RE.findall(v.name.lower()))
    ]
    return named[0] if len(named) == 1 else None


# STANDARD_BOTTLE (session 17): the wine formats a variant's name calls by name beside the standard 75cl bottle
_FORMAT_WORDS = re.compile(
    r"\b(?:magnum|half|halves|demi|piccolo|quarter|split|jeroboam|benjam[ií]n|mini|miniature)s?\b", re.I
)
_STANDARD_CL = Decimal("750")
_DIGITS = re.compile(r"\d+")


def variant_standard_bottle(product: CatalogProduct, line: OrderLine) -> CatalogVariant | None:
    """STANDARD_BOTTLE: bottles said with no size or format word ("6 btl whispering angel", "6 botellas de
    prosecco") are the 75cl bottles of a wine whose every other variant is a named format (a magnum, a half, a
    piccolo): None when the line says a format or a size, or the variants differ otherwise."""
    if line.unit != "bottle" or line.size is not None or len(product.variants) < 2:
        return None
    text = line.original_text or ""
    if _FORMAT_WORDS.search(text) or any(Decimal(n) != line.quantity for n in _DIGITS.findall(text)):
        return None  # ... nor a number beside its count, maybe a size unread ("12 chablis bottles (75)")
    standard = []
    for v in product.variants:
        if _FORMAT_WORDS.search(v.name):
            continue
        if not any(
            (sv := size_value(sz)) is not None and sv == ("vol", _STANDARD_CL)
            for sz in find_sizes(v.name.lower())
        ):
            return None  # another variant no format names ("24 x 50cl PET"): the line does not say which
        standard.append(v)
    return standard[0] if len(standard) == 1 else None
