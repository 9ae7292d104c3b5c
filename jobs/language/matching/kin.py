"""Products a line names as much as the one it covers (step 4 of the package docstring, beside `cover`):
the kin a keyword, a variant's word, a category's word or a one-word keyword adds, so that a family word is
ambiguous rather than one member of the family."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.matching.packs import same_size
from jobs.language.matching.query import Query
from jobs.language.matching.reads import Among, Ranked, Reading, holding, name_word
from jobs.language.matching.tokens import is_content, tokens

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

# A generic word held by more product names than this ("milk" in a 20,000-product catalog) is ambiguous
# between the best-scoring of them only: a reviewer cannot choose among hundreds either.
GENERIC_MAX = 24


def keyword_of_one(
    index: CatalogIndex, q: Query, cover: list[int], strong: list[int], by_product: Ranked
) -> list[int]:
    """KEYWORD_OF_ONE: the same-category products of the line's size that a one-word keyword of the one
    covered product names by their names as well (empty when the rule does not apply)."""
    if not (len(cover) == 1 and cover[0] not in strong and keyword_family(index, cover[0], q)):
        return []
    # KEYWORD_OF_ONE: "rice" is a keyword of the sushi rice only, but a word of the jasmine rice's name, and
    # both are sold in 20kg bags: "4 rice 20kg" names both, and the size picks neither. A keyword that is its
    # product's whole name but the category's word ("skimmed" of Skimmed Milk in Fresh Milk) names it alone.
    # Said without a size, the keyword names no more than the name of a product of another category that holds
    # the word ("salmiakki", a keyword of the Koskenkorva liqueur, is a word of the lozenges' name); in its own
    # category a keyword says which one the trade means by the word ("hazelnut" is the regular syrup, not the
    # sugar-free one)
    cset = set(q.content)
    lead, cat, size, unit = cover[0], index.products[cover[0]].category, q.size, q.line.unit

    def member(cpi: int) -> bool:
        return (
            cpi != lead
            and cset <= index.product_info(cpi).name_content
            and (
                index.products[cpi].category != cat and sold_by(index, cpi, unit)
                if size is None
                else index.products[cpi].category == cat
                and any(same_size(size, sz) for sz in index.product_info(cpi).sizes)
            )
        )

    return by_product.best(cset, Among.NAME, member, GENERIC_MAX, kin_of=None if size is None else lead)


def sold_by(index: CatalogIndex, pi: int, unit: str | None) -> bool:
    """The line says no unit, or product pi is sold by it: "12kg salmon" of the salmon side sold by the kg names
    no jar of salmon roe by its keyword."""
    info = index.product_info(pi)
    return unit is None or info.unit == unit or unit in info.containers


def keyword_family(index: CatalogIndex, pi: int, q: Query) -> bool:
    """The line's one word is only a keyword of product pi, whose name says more than it and its category's
    word: the line names every product whose name holds the word as much (KEYWORD_OF_ONE)."""
    cset = set(q.content)
    return (
        len(cset) == 1
        and keyword_only(index, pi, cset)
        and bool(index.product_info(pi).name_content - cset - category_words(index.products[pi].category))
    )


def kin_by_keyword(index: CatalogIndex, cset: set[str], named: list[int], by_product: Ranked) -> list[int]:
    """FAMILY_KEYWORD: the products of the name-holders' categories whose own alias or keyword ends in the family
    word: "2 vinegar 5L" is Sarson's Malt Vinegar 5L by name and the Non-Brewed Condiment 5L ("chippy vinegar")
    by keyword, so the size does not single out the one whose name says it."""
    if len(named) < 2 or len(cset) != 1:
        return []  # a family by its names already ("malt vinegar", "vinegar sachets"), of a one-word family name
    (word,) = cset
    cats = {index.products[c].category for c in named}

    def kin(cpi: int) -> bool:
        if cpi in named or index.products[cpi].category not in cats:
            return False
        return (
            any(  # the family word is the string's head ("chippy vinegar"), not a modifier ("garlic sausage")
                (cand := index.candidate(ci)).field in ("alias", "keyword")
                and cand.tokens
                and cand.tokens[-1] == word
                for ci in index.product_info(cpi).cand_ids
            )
        )

    return by_product.best(cset, Among.OWN, kin, max(0, GENERIC_MAX - len(named)))


def kin_by_variant_name(
    index: CatalogIndex, cset: set[str], named: list[int], by_product: Ranked
) -> list[int]:
    """VARIANT_OR_NAME_WORD: a colour or size word that one product carries in its name ("Disposable Towels
    Black") and a product of the same category as one of its variants (bleach-safe towels in Black, Grey,
    Burgundy): "black towels" names both, and the one whose name says the word is no better for it."""
    if not named:
        return []
    cats = {index.products[c].category for c in named}

    def kin(cpi: int) -> bool:
        if cpi in named or index.products[cpi].category not in cats:
            return False
        name_words = index.product_info(cpi).name_content
        return any(
            (said := cset & set(tokens(v.name)[0])) and cset <= name_words | said
            for v in index.products[cpi].variants
        )

    return by_product.best(cset, Among.OWN, kin, max(0, GENERIC_MAX - len(named)))


def keyword_only(index: CatalogIndex, pi: int, cset: set[str]) -> bool:
    """A keyword of the product is the line's words, and no name, alias or variant alias is (KEYWORD_OF_ONE)."""
    fields = {
        index.candidate(ci).field
        for ci in index.product_info(pi).cand_ids
        if index.candidate(ci).content == cset
    }
    return fields == {"keyword"}


def kin_by_category_word(index: CatalogIndex, q: Query, named: list[int], by_product: Ranked) -> list[int]:
    """CATEGORY_WORD: a word of a one-kind category's name ("meat" of Red Meat, "water" of Water) is true of every
    product of the category, whether its name says it or not: "goat meat" is held only by the name of Goat Meat
    Bone-in Diced, but Goat Leg Whole and the whole goat carcass are goat meat too. When one product holds the
    line's words only through such a word, the products of its category whose names hold the line's other words
    are named as much. A category of several kinds ("Towels & Capes") says no word of them all, and a word the
    line writes as the product's own name writes it ("rende kaşar" of Kasar Cheese Grated, read as cheese) is no
    category word there."""
    if len(named) != 1:
        return []
    cat = index.products[named[0]].category
    cat_words = category_words(cat)
    cset = set(q.content)
    rest = cset - cat_words
    if not rest or rest == cset:
        return []
    lead = named[0]

    def kin(cpi: int) -> bool:
        return (
            cpi != lead
            and index.products[cpi].category == cat
            and rest <= index.product_info(cpi).name_content
        )

    # ... of all of them, whatever their scores: read from the postings, as a full scan would score them all
    every = [
        cpi
        for cpi in holding(index, Reading(frozenset(rest), Among.NAME, kin, 0, kin_of=lead)).tolist()
        if kin(cpi)
    ]
    own = surface_words(index.products[lead].name)
    others = set().union(*(surface_words(index.products[c].name) for c in every))
    if any(w in own and w not in others for w in q.surface - cat_words):
        return []  # the line says a word only the one product's name says
    return by_product.best(rest, Among.NAME, kin, GENERIC_MAX - 1, kin_of=lead)  # the best-scoring of them


@lru_cache(maxsize=1024)
def category_words(category: str | None) -> frozenset[str]:
    """The content words of a category's name when it names one kind ("Red Meat": red, meat); none for a name
    of several ("Towels & Capes", "Crisps, Nuts and Cards")."""
    if not category or re.search(r"[&,/+]|\band\b", category, re.IGNORECASE):
        return frozenset()
    return frozenset(t for t in tokens(category)[0] if is_content(t))


@lru_cache(maxsize=8192)
def surface_words(name: str) -> frozenset[str]:
    """A name's content words as written (untranslated)."""
    return frozenset(t for t in tokens(name, translate=False)[0] if is_content(t))


def family_alias(index: CatalogIndex, q: Query, pick: int, by_product: Ranked) -> list[int]:
    """FAMILY_ALIAS: the products of pick's category whose names are the line's words plus one other word,
    when pick's own name is the line's words plus one word the line does not say either: "sugar sticks"
    (an alias of White Sugar Sticks) when Brown Sugar Sticks exist. The alias does not choose between two
    names that differ only in a word the customer left out. The best-scoring `GENERIC_MAX` of them."""
    cset = set(q.content)

    def unsaid(pi: int) -> set[str]:
        return {t for t in index.product_info(pi).name_content - cset if name_word(t)}

    own = unsaid(pick)
    if len(own) != 1:
        return []
    cat = index.products[pick].category

    def sibling(c: int) -> bool:
        return (
            c != pick
            and index.products[c].category == cat
            and cset <= index.product_info(c).name_content
            and len(other := unsaid(c)) == 1
            and other != own
        )

    return by_product.best(cset, Among.NAME, sibling, GENERIC_MAX, kin_of=pick, one_more=True)
