"""What a product's own text says about its sizes and packs: read once per product, used to score and
to convert quantities."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from jobs.language.extraction import find_sizes, normalize_unit, size_value
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.tokens import is_number, tokens
from jobs.language.matching.vocabulary import (
    OUTER_ONLY,
    PACK_COUNT_RES,
    PACK_TOKENS,
    VOLUME_UNITS,
    WEIGHT_UNITS,
)


@dataclass
class ProductInfo:
    sizes: tuple[str, ...]
    containers: frozenset[str]
    unit: str | None
    family: tuple[str, ...]
    pack_count: int | None
    variant_sizes: tuple[tuple[str, ...], ...]  # per variant
    bag: frozenset[str] = frozenset()  # every token the product's own fields use
    cat_bag: frozenset[str] = frozenset()  # tokens only its category uses
    cand_ids: tuple[int, ...] = ()  # its own (non-category) catalog strings
    name_content: frozenset[str] = frozenset()  # product words of its name ("oil" of "Sunflower Oil 20L")
    item_units: frozenset[str] = frozenset()  # pack words naming the item, not its pack ("box" of a box)


@lru_cache(maxsize=4096)
def product_info(p: CatalogProduct) -> ProductInfo:
    """Sizes, pack words and pack count of a product, read from its name, keywords and variants."""
    sizes: list[str] = []
    for text in (
        p.name,
        *p.aliases,
        *p.keywords,
        *(v.name for v in p.variants),
        *(a for v in p.variants for a in v.ai_aliases),
    ):
        for s in find_sizes(text):
            if s not in sizes:
                sizes.append(s)
    containers: set[str] = set()
    unit = normalize_unit(p.unit) if p.unit else None
    if unit:
        containers.add(unit)
    name_tokens, _ = tokens(p.name)
    for text in (p.name, *p.keywords):
        toks, _ = tokens(text)
        containers.update(t for t in toks if t in PACK_TOKENS)
    return info_from(p, tuple(sizes), frozenset(containers), unit, name_tokens)


def info_from(
    p: CatalogProduct,
    sizes: tuple[str, ...],
    containers: frozenset[str],
    unit: str | None,
    name_tokens: Sequence[str],
) -> ProductInfo:
    """`product_info` from its sizes, pack words, unit and name tokens, read elsewhere: a catalog index
    holds them from its build (index.py: CatalogIndex.product_info), so a product first scored in a
    20,000-product catalog is not read again from its text."""
    family = tuple(t for t in name_tokens if t not in PACK_TOKENS and not is_number(t))
    pack_count: int | None = None
    pack_word: str | None = None  # the pack the count is of ("case" in "(Case of 300)")
    pack_token: str | None = None  # that pack's word as the name's tokens read it ("carton" of "Karton")
    texts = (p.name, *(v.name for v in p.variants), *(a for v in p.variants for a in v.ai_aliases))
    for rx in PACK_COUNT_RES:
        m = next((mm for t in texts if (mm := rx.search(t))), None)
        if m:
            pack_count = int(m.group("n"))
            pack_word = normalize_unit(m.group("pack")) if m.groupdict().get("pack") else None
            pack_token = next(iter(tokens(m.group("pack"))[0]), None) if pack_word else None
            break
    # pack words of the name that are the item itself, not the pack it is sold in: the "box" of
    # "Takeaway Food Box (Case of 300)", so "600 takeaway boxes" counts boxes, i.e. 2 cases
    item_units = frozenset(
        t
        for t in name_tokens
        if t in PACK_TOKENS
        and t != unit
        and t != pack_word
        and t != pack_token  # the "karton" of "(Karton 100)" is its pack, said in German
        and pack_count
        and t not in OUTER_ONLY
    )
    variant_sizes = tuple(tuple(find_sizes(" ".join((v.name, *v.ai_aliases)))) for v in p.variants)
    return ProductInfo(
        sizes,
        containers,
        unit,
        family,
        pack_count,
        variant_sizes,
        name_content=frozenset(family),
        item_units=item_units,
    )


# The item count a product's name (or a variant's) gives its pack: "(bunch of 20)", "(box of 100 stems)", "bucket
# of 50 stems"; not "(box of 5kg)", a box that weighs 5kg.
_NAMED_PACK = re.compile(
    r"\b(?:bunch|bucket|box|pack|bundle|case|tray|crate|bag|sleeve|tub|tin)\s+of\s+(?P<n>\d+)(?![.,]?\d)"
    r"(?!\s*(?:ml|cl|l|g|kg|cm|mm)\b)",
    re.I,
)


def named_pack_count(name: str) -> int | None:
    """The item count a product's or a variant's name gives its pack ("Avalanche+ White Rose (bunch of 20)"),
    also where `pack_count_of` does not convert by it (the stems of STEMS_OF_A_BUNCH, matching/quantities.py)."""
    found = _NAMED_PACK.search(name)
    return int(found.group("n")) if found else None


def pack_count_of(p: CatalogProduct, variant: CatalogVariant | None) -> int | None:
    """The item count of the pack the line buys: its variant's own ("24 x 20cl Piccolo" of a prosecco
    also sold in cases of 6 bottles), else the product's."""
    if variant is not None:
        count = _pack_count_in((variant.name, *variant.ai_aliases))
        if count is not None:
            return count
    return product_info(p).pack_count


@lru_cache(maxsize=8192)
def _pack_count_in(texts: tuple[str, ...]) -> int | None:
    """The pack count the first PACK_COUNT_RES pattern that matches one of ``texts`` reads (kept per
    variant's texts: every matched line asks it, some several times)."""
    for rx in PACK_COUNT_RES:
        m = next((mm for t in texts if (mm := rx.search(t))), None)
        if m:
            return int(m.group("n"))
    return None


@lru_cache(maxsize=16384)
def same_size(a: str, b: str) -> bool:
    """The two canonical sizes name the same size (kept per pair: a line's size meets the same catalog
    sizes product after product)."""
    if a == b:
        return True
    va, vb = size_value(a), size_value(b)
    if va is None or vb is None or va[0] != vb[0] or vb[1] == 0:
        return False
    off = abs(va[1] - vb[1]) / vb[1]
    # a size said in round figures ("a 7kg tub" of the 7.26kg one) is the same size; 70cl is not 75cl
    return off < Decimal("0.02") or (off < Decimal("0.05") and re.match(r"\d+[a-z]", a) is not None)


def comparable(size: str, sizes: Iterable[str]) -> bool:
    """The product states a size in the same dimension (volume vs volume), so a mismatch is real."""
    v = size_value(size)
    if v is None:
        return True
    return any((w := size_value(s)) is not None and w[0] == v[0] for s in sizes)


def measured_in(unit: str, sizes: Sequence[str], sold_by: str | None) -> bool:
    """ "3kg" of a product sold by the kg, or in 1kg bags: a weight (or volume) it can be counted in."""
    if unit in WEIGHT_UNITS:
        dim, own = "wt", sold_by in WEIGHT_UNITS
    elif unit in VOLUME_UNITS:
        dim, own = "vol", sold_by in VOLUME_UNITS
    else:
        return False
    return own or any((v := size_value(s)) is not None and v[0] == dim for s in sizes)
