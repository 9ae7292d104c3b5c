"""Products the phrase names completely ("coke" -> the 330ml can and the 1.5L bottle): which one the line's
evidence singles out, or the products it is ambiguous between (step 4 of the package docstring)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from jobs.language.extraction import size_value
from jobs.language.matching.kin import (
    GENERIC_MAX,
    family_alias,
    keyword_of_one,
    kin_by_category_word,
    kin_by_keyword,
    kin_by_variant_name,
)
from jobs.language.matching.lexicon import ENGLISH
from jobs.language.matching.packs import ProductInfo, same_size
from jobs.language.matching.query import Cover, Query
from jobs.language.matching.reads import Among, Ranked, holders, variant_token
from jobs.language.matching.sizing import measured_in, number_fits, variant_words
from jobs.language.matching.tokens import is_content, is_number, tokens
from jobs.language.matching.vocabulary import (
    CARTON,
    OUTER_PACKS,
    PACK_OR_CASE,
    PACK_TOKENS,
    SINGLE_UNITS,
    SPECIAL_WORDS,
    case_or_box_said,
)
from jobs.language.matching.weights import WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

_DIMENSIONS_RE = re.compile(r"\d+x\d+")

W = WEIGHTS
LOOSE_UNITS = frozenset({"case", "box"})  # the units a carton word names alike (LOOSE_CARTON)
SHRINK_UNITS = frozenset({"pack", "case"})  # ... and a shrink-wrap word (LOOSE_SHRINK)
CRATE_UNITS = frozenset({"case"})  # ... and a crate word (LOOSE_CRATE)
SACK_MIN_KG = 10  # SACK_OR_BAG: a bag this heavy is what the trade calls a sack
_SACK_OR_BAG = frozenset({"sack", "bag"})


def choose(
    index: CatalogIndex, q: Query, by_product: Ranked, best_score: float
) -> tuple[int | None, list[int]]:
    """(the product the line singles out, or None; the products it is ambiguous between).

    Products the phrase names completely ("coke" -> the 330ml can and the 1.5L bottle): evidence in the
    line (size, size number, pack) must single one out, or the line is ambiguous. A catalog string the
    line explains entirely ("tomatoes" alias of the loose tomatoes) beats one that only shares the words
    (the "tomato" keyword of cherry tomatoes), except against a size sibling."""
    line_packs = {t for t in q.words if t in PACK_TOKENS} | ({q.line.unit} if q.line.unit else set())
    cover: list[int] = []
    strong: list[int] = []
    for cpi in by_product:
        kind = cover_kind(index, cpi, q, line_packs)
        if kind is not None:
            cover.append(cpi)
            if kind is Cover.STRONG:
                strong.append(cpi)
    cset = set(q.content)
    by_category: list[int] = []
    if not cover:
        family_by_variant = _family_by_variant_word(index, q, by_product, line_packs)
        if family_by_variant is not None:
            return family_by_variant
    # A generic word that no product's own strings name exactly is every product whose name holds it
    # ("oil" -> olive oil and sunflower oil): all of them are candidates, and the line must pick one.
    if not cover and all(t in index.tok_id for t in cset):
        cover = by_product.best(  # the best-scoring of them
            cset, Among.NAME, lambda cpi: cset <= index.product_info(cpi).name_content, GENERIC_MAX
        )
        cover += kin_by_keyword(index, cset, cover, by_product)
        by_variant = kin_by_variant_name(index, cset, cover, by_product)
        by_category = kin_by_category_word(index, q, cover, by_product)
        cover += by_variant + [c for c in by_category if c not in by_variant]
    cover += keyword_of_one(index, q, cover, strong, by_product)
    if len(cover) == 1 and cover[0] not in strong and names_family(index, cover[0], q, line_packs):
        # FAMILY_WORD: "orange juice" is only weakly covered by the mini glass's "orange juice glass"
        # (its pack word unsaid, and no size to imply it) while the smooth and with-bits cartons of the
        # same category carry the same words in their names: the family word names all of them, and
        # the line must pick one (by its size, when it says one: `_pick_among`)
        lead, cat = cover[0], index.products[cover[0]].category
        members = by_product.best(  # the best-scoring of them
            cset,
            Among.NAME,
            lambda cpi: (
                cpi != lead
                and cset <= index.product_info(cpi).name_content
                and index.products[cpi].category == cat
            ),
            GENERIC_MAX,
            kin_of=lead,
        )
        cover = cover + members
    if (
        len(cover) == 1
        and cover[0] not in strong
        and (others := _in_line_order(index, q, cover[0], by_product))
    ):
        return None, [cover[0], *others]  # HEAD_WORD: "popcorn salt" is no "salted popcorn"
    if len(cover) == 1 and by_product[cover[0]].score >= best_score - W.ambiguous_margin:
        return _unless_unsaid_format(index, q, cover[0], cover, by_product, line_packs)
    if len(cover) < 2:
        return None, []
    said = [pi for pi in cover if _named_literally(index, pi, q)]
    if said and len(said) < len(cover) and not by_category:  # CATEGORY_WORD: said of them all
        # EXACT_OVER_TYPO: "coconut creamer" says the Coconut Creamer's alias word for word; the Coconut
        # Cream only covers it through a near spelling ("creamer" ~ "cream"), so it is no equal name
        cover, strong = said, [pi for pi in strong if pi in said]
        if len(cover) == 1:
            return cover[0], []
    return _pick_among(index, q, cover, strong, by_product, line_packs)


def _pick_among(
    index: CatalogIndex,
    q: Query,
    cover: list[int],
    strong: list[int],
    by_product: Ranked,
    line_packs: set[str],
) -> tuple[int | None, list[int]]:
    """`choose` among two or more products the line names: the line's size, number and pack evidence, the
    one strong cover of a family, the numbers that tell look-alikes apart, the words in the line's order."""
    remaining, by_unit_only = _discriminate(index, cover, q)
    if len(strong) == 1 and strong[0] in remaining:
        lead = strong[0]
        family = index.product_info(lead).family
        sibs = [
            c
            for c in remaining
            if c != lead
            and family
            and index.product_info(c).family == family
            and not _numbers_tell_apart(index, lead, c, q)
        ]
        return (None, [lead, *sibs]) if sibs else (lead, [])
    if len(strong) == 1 and by_unit_only:
        lead_family = index.info[strong[0]].family
        if len(remaining) == 1 and lead_family and index.info[remaining[0]].family == lead_family:
            return remaining[0], []  # same product in another size: the pack picks it ("1 pack coke zero")
        return None, [strong[0], *remaining]  # the name says one product, the pack another
    if len(remaining) == 1:
        if remaining[0] in strong:
            return remaining[0], []
        return _unless_unsaid_format(index, q, remaining[0], cover, by_product, line_packs)
    by_numbers = [
        c
        for c in remaining
        if all(_numbers_tell_apart(index, c, o, q, said=True) for o in remaining if o != c)
    ]
    if len(by_numbers) == 1:  # "koleston special blonde 12/0": the 12/0, not the 12/1
        return by_numbers[0], []
    in_order = _said_in_order(index, remaining, q)  # after size, number and pack evidence
    return (in_order, []) if in_order is not None else (None, remaining)


def cover_kind(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> Cover | None:
    """STRONG when one of the product's own strings is fully explained by the line, WEAK when one has
    exactly the line's product words, None otherwise (typos allowed, one word exact)."""
    if q.may_cover is not None and pi not in q.may_cover:
        return None
    if pi in q.cover_kinds:  # read once per line (`_score_generic`, then `choose`)
        return q.cover_kinds[pi]
    kind = q.cover_kinds[pi] = _read_cover_kind(index, pi, q, line_packs)
    return kind


def _read_cover_kind(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> Cover | None:
    qsims = [q.sims[i] for i, t in enumerate(q.words) if t in q.content]
    kind: Cover | None = None
    for ci in index.bags(pi)[2]:  # its own strings
        if index.n_content(ci) != len(qsims):
            continue  # read from the arrays: most strings are left without being made
        cand = index.candidate(ci)
        if cand.surface is not None and cand.surface != q.surface:
            continue  # a translated string ("olio") names the product only in its own language
        cover = cand.content
        if len(cover) != len(qsims) or not any(sim.get(c) == 1.0 for sim in qsims for c in cover):
            continue
        if not (
            all(any(sim.get(c, 0.0) >= W.cover_similarity for sim in qsims) for c in cover)
            and all(any(sim.get(c, 0.0) >= W.cover_similarity for c in cover) for sim in qsims)
        ):
            continue
        if any(_unsaid_code(t, q) for t in cand.tokens):
            continue  # "tawny 10 anos" for "tawny": an age, ply or code the line does not say names a special one
        kind = Cover.WEAK
        if cand.field not in ("name", "alias", "example"):
            continue
        cand_packs = [t for t in cand.tokens if t in PACK_TOKENS]
        packs_ok = all(t in line_packs for t in cand_packs)
        if cand_packs and cand_packs[-1] == cand.tokens[-1] and not any(t in PACK_TOKENS for t in q.words):
            # "hot dogs x2 boxes" against "hot dog boxes": the boxes the line counts by are no words of its
            # name; a string ending in that pack word is a product made of them (clamshells), only weakly said
            continue
        nums_ok = all(t in q.numbers for t in cand.tokens if is_number(t) and not is_content(t))
        sizes_ok = all(q.size is not None and same_size(q.size, sz) for sz in cand.sizes)
        if packs_ok and nums_ok and sizes_ok:
            return Cover.STRONG
    return kind


def _unsaid_code(tok: str, q: Query) -> bool:
    """An age, ply or strength of a name ("10yo", "3ply") the line does not say; dimensions ("200x300") are
    sizes, which the size words choose among."""
    return (
        tok[0].isdigit()
        and not tok.isdigit()
        and _DIMENSIONS_RE.fullmatch(tok) is None
        and tok not in q.numbers
        and tok not in q.words
    )


def _family_by_variant_word(
    index: CatalogIndex, q: Query, by_product: Ranked, line_packs: set[str]
) -> tuple[int | None, list[int]] | None:
    """VARIANT_WORD_FAMILY: "black napkins", where "napkins" names the dinner and the cocktail napkins and
    "black" is a variant of both, is ambiguous; "burgundy napkins" is the one product sold in burgundy.
    None when the line's words minus its variant words name no two products. It reads every product that
    shares a word, as a full scan would: through `Ranked.best` (reads.py), the products the line's words
    without its variant words name, and a product of each word a variant's (`reads.variant_token`)."""
    said = set(q.words)

    def variant_words_of(cpi: int) -> set[str]:
        # a variant alias that repeats the product's name ("20kg lamb & beef cone") names no variant by it
        own = _name_tokens(index.products[cpi].name)
        return {w for _v, ws in variant_words(index.products[cpi]) for w in ws if w in said and w not in own}

    def family_without(words: set[str]) -> list[int]:
        if not words or not (set(q.content) - words):
            return []
        keep = [i for i, t in enumerate(q.words) if t not in words]
        bare = Query(
            line=q.line,
            words=[q.words[i] for i in keep],
            size_words=[t for t in q.size_words if t not in words],
            size=q.size,
            content=[t for t in q.content if t not in words],
            numbers=q.numbers,
            surface=q.surface - words,
            weights=[q.weights[i] for i in keep],
            sims=[q.sims[i] for i in keep],
        )

        def covered(cpi: int) -> bool:
            return cover_kind(index, cpi, bare, line_packs) is not None

        # of every product, as a full scan reads them (from the postings): a string of as many product words as
        # the line's, one of them as the line says it (`cover_kind`); the best-scoring first
        exact, k = bare.exact_content(), sum(1 for w in bare.words if w in bare.content)
        found = {p for p in holders(index, exact, Among.OWN, any_of=True, strings_of=k) if covered(p)}
        family = by_product.best(exact, Among.OWN, found.__contains__, len(found), any_of=True, strings_of=k)
        return _discriminate(index, family, bare)[0] if len(family) >= 2 else family

    def names_variant(w: str) -> bool:
        """Of every product, as a full scan reads them, one has ``w`` as a variant's word."""
        return variant_token(index, w) and any(
            w in variant_words_of(c) for c in holders(index, [w], Among.VARIANT)
        )

    any_variant = set().union(*(variant_words_of(cpi) for cpi in by_product)) if by_product else set()
    any_variant |= {w for w in said - any_variant if names_variant(w)}
    family = family_without(any_variant)
    if len(family) < 2:
        return None
    # only the family's own variant words were variant words ("large" of the gloves is not the napkins')
    words = set().union(*(variant_words_of(cpi) for cpi in family))
    if words != any_variant:
        family = family_without(words)
        if len(family) < 2:
            return None
    sold = [cpi for cpi in family if variant_words_of(cpi) >= words]
    if len(sold) == 1:
        return sold[0], []
    return None, sold or family


def _in_line_order(index: CatalogIndex, q: Query, pi: int, by_product: Ranked) -> list[int]:
    """HEAD_WORD: the products whose name or alias says the line's words in the line's order ("Superfine Popcorn
    Salt" for "popcorn salt") when the one product that covers the line does so only weakly and only in another
    order ("salted popcorn bags"): the last word names what the thing is, so the line names those at least as
    much (it was confirmed as the salted popcorn). Empty when a covering string keeps the line's order."""
    words = list(q.content)
    if len(words) < 2 or len(set(words)) != len(words) or not all(w in ENGLISH for w in words):
        return []  # English puts its head word last; Vietnamese ("bánh phở") and others first
    sims = {t: q.sims[i] for i, t in enumerate(q.words)}
    for ci in index.product_info(pi).cand_ids:
        cand = index.candidate(ci)
        if len(cand.content) == len(words) and _in_order(cand.tokens, words, sims):
            return []

    def says_them(cpi: int) -> bool:
        return cpi != pi and any(
            index.candidate(ci).field in ("name", "alias") and _contiguous(index.candidate(ci).tokens, words)
            for ci in index.product_info(cpi).cand_ids
        )

    return by_product.best(words, Among.NAME_OR_ALIAS, says_them, GENERIC_MAX - 1)


def _in_order(tokens_: Sequence[str], words: list[str], sims: dict[str, dict[str, float]]) -> bool:
    """The line's words are found in the string's tokens in the line's order (typos allowed; ``sims``: each
    line word's similarities, as `Query.sims`)."""
    at = -1
    for w in words:
        near = sims.get(w, {})
        spot = next(
            (k for k, t in enumerate(tokens_) if k > at and near.get(t, 0.0) >= W.cover_similarity), None
        )
        if spot is None:
            return False
        at = spot
    return True


def _contiguous(tokens_: Sequence[str], words: list[str]) -> bool:
    """The string says the words one after the other, as the line does."""
    n = len(words)
    return any(list(tokens_[k : k + n]) == words for k in range(len(tokens_) - n + 1))


def _unless_unsaid_format(
    index: CatalogIndex,
    q: Query,
    pick: int,
    cover: list[int],
    by_product: Ranked,
    line_packs: set[str],
) -> tuple[int | None, list[int]]:
    """UNSAID_FORMAT: "12oz cups" is covered by the PET cups only through "pet cups", whose format word
    the line does not say; the single and double wall hot cups hold "cups" in their names and come in
    12oz too. The line names all of them: (None, them) when its evidence fits several, else (pick, [])."""
    implied = line_packs | (SINGLE_UNITS if q.line.unit in OUTER_PACKS else set())  # a case of cans
    if not _only_through_unsaid_format(index, pick, q, implied):
        sibs = family_alias(index, q, pick, by_product)
        if not sibs:
            return pick, []
        fits, _ = _discriminate(index, [pick, *sibs], q)
        return (None, fits) if len(fits) > 1 else (pick, [])
    cset = set(q.content)
    named = by_product.best(
        cset,
        Among.NAME,
        lambda cpi: cpi not in cover and cset <= index.product_info(cpi).name_content,
        GENERIC_MAX,
    )
    if not named:
        return pick, []
    fits, _ = _discriminate(index, [pick, *named], q)
    return (None, fits) if len(fits) > 1 else (pick, [])


def _only_through_unsaid_format(index: CatalogIndex, pi: int, q: Query, said_packs: set[str]) -> bool:
    """Every string of product pi with exactly the line's product words carries a format word the line
    does not say ("pet cups" for "cups"); False when one names it without ("chopped tomatoes")."""
    cset = set(q.content)
    found = False
    for ci in index.product_info(pi).cand_ids:
        cand = index.candidate(ci)
        if cand.field not in ("name", "alias", "example") or set(cand.content) != cset:
            continue
        if not any(t in PACK_TOKENS and t not in said_packs for t in cand.tokens):
            return False
        found = True
    return found


def _numbers_tell_apart(index: CatalogIndex, lead: int, sib: int, q: Query, said: bool = False) -> bool:
    """Two products of one family whose names differ by their numbers ("Special Blonde 12/0" and "12/1", "Circle
    Hooks 1" and "1/0"): a line that says the lead's string fully and none of the numbers only the other's name
    holds names the lead ("circle hooks 1" is not the 1/0). ``said``: the line must also say the numbers only
    the lead's name holds ("koleston special blonde 12/0", which covers neither name's strings)."""
    if not q.numbers:
        return False

    def numbers(pi: int) -> set[str]:
        return {t for t in tokens(index.products[pi].name)[0] if is_number(t) and not is_content(t)}

    mine, theirs = numbers(lead), numbers(sib)
    if said and not (mine - theirs and mine - theirs <= set(q.numbers)):
        return False
    return (said or bool(theirs - mine)) and (theirs - mine).isdisjoint(q.numbers)


def _named_literally(index: CatalogIndex, pi: int, q: Query) -> bool:
    """Every product word of the line is a word of the product's own strings, none read through a typo."""
    bag = index.info[pi].bag
    return all(t in bag for t in q.content)


def _said_in_order(index: CatalogIndex, cover: list[int], q: Query) -> int | None:
    """WORD_ORDER: the one product of ``cover`` one of whose own strings says the line's words in the line's order,
    when every other one only holds them in another order ("besan laddoo", the Besan Laddoo's alias, against
    the Coarse Besan's "laddoo besan"), else None."""
    words = tuple(t for t in q.words if t in q.content)
    if len(set(words)) < 2:
        return None
    said: list[int] = []
    for pi in cover:
        strings = [
            tuple(t for t in c.tokens if t in c.content)
            for ci in index.product_info(pi).cand_ids
            if (c := index.candidate(ci)).field in ("name", "alias", "example")
        ]
        if words in strings:
            said.append(pi)
        elif not any(sorted(s) == sorted(words) for s in strings):
            return None  # named some other way: word order does not choose
    return said[0] if len(said) == 1 else None


def names_family(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> bool:
    """FAMILY_WORD: the one product that covers the line does so only through a string of the line's product words
    plus a pack word (said with no size, which may imply the pack) or a number the line does not say: the line
    names its family, not it. `NUMBER_UNSAID_SIZED` (session 16): a size the line says does not imply an unsaid
    number ("3 x 20kg basmati" of the "1121 basmati" 20kg when the golden sella basmati comes in 20kg too): the
    members are read, and the size chooses among them as it would among any family."""
    if q.numbers:
        return False
    return (q.size is None and pack_word_unsaid(index, pi, q, line_packs)) or number_unsaid(index, pi, q)


def pack_word_unsaid(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> bool:
    """Product pi is named by a string of the line's product words plus a pack word or a number the line
    does not say ("orange juice glass" for "orange juice"; `NUMBER_UNSAID`: "prästost 12", an alias of the
    12-month Prästost, for "prästost", when the 6-month one is a Prästost too): the line names its family,
    not it (FAMILY_WORD)."""
    cset = set(q.content)
    for ci in index.product_info(pi).cand_ids:
        cand = index.candidate(ci)
        if cand.field not in ("name", "alias", "example") or set(cand.content) != cset:
            continue
        if any(t in PACK_TOKENS and t not in line_packs for t in cand.tokens):
            return True
        if any(is_number(t) and not is_content(t) and t not in q.numbers for t in cand.tokens):
            return True
    return False


def number_unsaid(index: CatalogIndex, pi: int, q: Query) -> bool:
    """Every string of product pi with exactly the line's product words also holds a number the line does not
    say ("1121 basmati" for "basmati"), and one does (NUMBER_UNSAID_SIZED)."""
    cset = set(q.content)
    found = False
    for ci in index.product_info(pi).cand_ids:
        cand = index.candidate(ci)
        if cand.field not in ("name", "alias", "example") or set(cand.content) != cset:
            continue
        if not any(is_number(t) and not is_content(t) and t not in q.numbers for t in cand.tokens):
            return False
        found = True
    return found


def _discriminate(index: CatalogIndex, cover: list[int], q: Query) -> tuple[list[int], bool]:
    """Narrow equally-named products by the line's size word, size, size number and pack; (left, only
    by pack)."""
    info = index.info
    remaining = list(cover)
    narrowed_by_other = False
    sizey = [n for n in q.numbers if not n.startswith("0")]
    # CONTAINER_WORD: "diet coke cans" names the can, not the glass bottle, when both are sold by the case
    phrase_packs = {t for t in q.words if t in PACK_TOKENS} - {q.line.unit}
    # ... and "48 asahi bottles" the bottled beer, not the keg: the line's single-item unit is one a
    # product is sold in (its name, keywords or a variant say it)
    item = q.line.unit if q.line.unit in SINGLE_UNITS - {"each"} else None  # "10 Stück": items of a case too
    tests = (
        (bool(phrase_packs), lambda pi: phrase_packs <= info[pi].containers),
        (item is not None, lambda pi: _sold_in(index, pi, item or "")),
        # "the small cups", "big sparkling": the product described by that size word
        (bool(q.size_words), lambda pi: all(sw in info[pi].bag for sw in q.size_words)),
        (q.size is not None, lambda pi: any(same_size(q.size or "", s) for s in info[pi].sizes)),
        (bool(sizey), lambda pi: any(number_fits(index, pi, n) for n in sizey)),
        # NUMBER_IN_STRINGS: "barolo 2018" of the 2018 and the 2019, "cup carriers 4" of the 2- and 4-cup:
        # the member whose own strings hold the line's number
        (bool(q.numbers), lambda pi: any(n in index.bags(pi)[0] for n in q.numbers)),
    )
    for applies, fits in tests:
        if applies:
            fit = [pi for pi in remaining if fits(pi)]
            if fit and len(fit) < len(remaining):
                remaining, narrowed_by_other = fit, True
    if len(remaining) > 1:
        # REGULAR_OVER_SPECIAL (vocabulary.py): the one member without an unsaid special word
        said = set(q.words)
        plain = [pi for pi in remaining if not _unsaid_special(index.products[pi].name, said)]
        if len(plain) == 1:
            remaining, narrowed_by_other = plain, True
    by_unit = False
    unit = q.line.unit
    if unit is not None and len(remaining) > 1:
        # "10 Stück" of yeast: the fresh block sold each, or 10 of the dried case's 20 packets? A single
        # "each" also counts the items of an outer pack, so it does not rule that product out
        # LOOSE_CARTON: "2 cartons dates" is a case or a box: of Mazafati by the case and Medjool and Piarom by
        # the box it names none (the reader maps carton words to "case"). LOOSE_SHRINK: "3 zgrzewki wody" is a pack
        # or a case: of still water 1.5L by the pack and still and sparkling 500ml by the case it names none.
        # LOOSE_CRATE: "5 Kasten Radler" is a crate or a case: of a Radler in a crate of bottles and one in a case
        # of cans, both sold by the case, it names neither (a name's crate word does not pick its product)
        said_kinds = case_or_box_said(q.line.original_text)
        loose = (
            LOOSE_UNITS
            if unit == "case" and CARTON in said_kinds
            else SHRINK_UNITS
            if unit in SHRINK_UNITS and PACK_OR_CASE in said_kinds
            else CRATE_UNITS
            if unit == "crate"
            else frozenset()
        )
        # ... unless a name tells sack from bag itself ("Maris Piper Potatoes 25kg Sack" and "... 10kg Bag")
        sack_named = unit == "sack" and any(
            _SACK_OR_BAG & _name_tokens(index.products[pi].name) for pi in remaining
        )
        fit = [
            pi
            for pi in remaining
            if _sold_in(index, pi, unit)  # its name, keywords or a variant ("ghee" of 2kg and 15kg Tins)
            or measured_in(unit, info[pi].sizes, info[pi].unit)
            or (unit == "each" and info[pi].unit in OUTER_PACKS and info[pi].pack_count)
            or info[pi].unit in loose
            or (unit == "sack" and _sack_sized_bag(info[pi]) and not sack_named)
        ]
        if fit and len(fit) < len(remaining):
            remaining, by_unit = fit, True
    if len(remaining) == 2 and (pair := _single_and_case(index, remaining)) is not None:
        # CASE_OF_SINGLES: "black pearls 3kg x 4" of the 3kg bag and the case of 6 x 3kg bags is the bag;
        # "2 cs black pearls" the case. The case is named by the line's unit, never by its words alone
        single, case = pair
        said = {t for t in q.words if t in PACK_TOKENS} | ({unit} if unit else set())
        case_unit = info[case].unit
        remaining, narrowed_by_other = ([case] if case_unit in said else [single]), True
    return remaining, by_unit and not narrowed_by_other


def _sack_sized_bag(info: ProductInfo) -> bool:
    """SACK_OR_BAG: a sack is a big bag. "nadu 3 sack" does not rule out the rice sold by the bag in 5kg and
    25kg when a sister rice is sold by the sack: a bag product with a size of at least `SACK_MIN_KG` is sold in
    what the trade calls sacks, so the unit names neither (the line stays ambiguous). Where a candidate's name
    says "Sack" or "Bag" the catalog tells them apart itself, and the unit chooses as before."""
    if info.unit != "bag":
        return False
    kilos = (size_value(s) for s in info.sizes)
    return any(v is not None and v[0] == "wt" and v[1] >= SACK_MIN_KG * 1000 for v in kilos)


def _single_and_case(index: CatalogIndex, pair: list[int]) -> tuple[int, int] | None:
    """(the product sold singly, the product sold as an outer of it) when one name is the other's plus
    only pack words, counts and sizes ("Thai Tea Mix 400g" and "Thai Tea Mix Case 20 x 400g")."""
    a, b = pair
    for single, case in ((a, b), (b, a)):
        ts, tc = _name_tokens(index.products[single].name), _name_tokens(index.products[case].name)
        extra = tc - ts
        if (
            ts < tc
            and index.info[case].unit != index.info[single].unit
            and any(t in ("case", "crate", "tray", "outer", "carton") for t in extra)
            and all(t in PACK_TOKENS or t == "x" or t[0].isdigit() for t in extra)
        ):
            return single, case
    return None


def _sold_in(index: CatalogIndex, pi: int, unit: str) -> bool:
    """Product pi comes in that container: its name, keywords or one of its variants says so."""
    if unit in index.info[pi].containers:
        return True
    return any(unit in _name_tokens(v.name) for v in index.products[pi].variants)


@lru_cache(maxsize=4096)
def _name_tokens(name: str) -> frozenset[str]:
    return frozenset(tokens(name)[0])


def _unsaid_special(name: str, said: set[str]) -> bool:
    """The product's name carries a special word ("vegan", "less salt") that the line does not say."""
    words = _name_tokens(name)
    return any(set(sw) <= words and not set(sw) <= said for sw in SPECIAL_WORDS)
