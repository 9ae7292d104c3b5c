"""Matching one line: score every product, weigh size and pack evidence, tell apart the products the
phrase names completely, and set an honest confidence (steps 1-6 of the package docstring)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from jobs.language.extraction import SIZE_WORDS, OrderLine
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.evidence import NO_MATCH_REASON, Ambiguity, Evidence, LineMatch
from jobs.language.matching.index import NAME
from jobs.language.matching.packs import comparable, same_size
from jobs.language.matching.quantities import MIN_CONVERTIBLE_PACK, counts_items, fmt_q
from jobs.language.matching.retrieval import Segments, Touched, essential_words, segments, touched
from jobs.language.matching.tokens import is_content, is_number, tokens
from jobs.language.matching.vocabulary import OUTER_PACKS, PACK_FAMILY, PACK_TOKENS, WEIGHT_UNITS
from jobs.language.matching.weights import FIELD_WEIGHTS, WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import Candidate, CatalogIndex

W = WEIGHTS


@dataclass(frozen=True)
class Query:
    """An order line's phrase as the matcher reads it."""

    line: OrderLine
    words: list[str]  # every token, size words last
    size_words: list[str]  # "big", "small": a size class, not a measured size
    size: str | None  # the measured size: the line's, or the first one in its phrase
    content: list[str]  # the words that name the product
    numbers: list[str]  # bare numbers ("coke 1.5")
    surface: frozenset[str]  # the product words as written, untranslated
    weights: list[float]
    sims: list[dict[str, float]]  # per word: catalog tokens it may be, with a similarity
    # the products retrieval found may name the phrase completely (None: not narrowed); the others
    # have no cover kind, so `_cover_kind` need not read their strings
    may_cover: set[int] | None = field(default=None, compare=False, repr=False)
    cover_kinds: dict[int, Cover | None] = field(default_factory=dict, compare=False, repr=False)


@dataclass
class Scored:
    score: float
    product: int
    cand: Candidate
    evidence: Evidence


class Cover(Enum):
    """How completely one of a product's own strings is named by the line."""

    WEAK = "weak"  # a string with exactly the line's product words
    STRONG = "strong"  # a name, alias or example the line explains entirely, size and pack included


def match_line(index: CatalogIndex, line: OrderLine) -> LineMatch:
    """Best product for one line, with confidence, reason and runners-up."""
    q = _query(index, line)
    if q is None:
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())
    scored = _scored(index, q)
    if not scored:
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())
    if scored[0].score < W.match_floor:
        near = tuple((index.products[s.product].sku, round(s.score, 3)) for s in scored[:3])
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, near)
    by_product = {s.product: s for s in scored}
    chosen, ambiguous_with = _choose(index, q, by_product, scored[0].score)
    best = by_product[chosen] if chosen is not None else scored[0]
    top, pi = best.score, best.product
    runners = [
        (s.score, s.product)
        for s in scored
        if s.product != pi and s.score >= W.match_floor * W.runner_up_share
    ]
    margin = top - (runners[0][0] if runners else 0.0)
    if not ambiguous_with and chosen is None:
        close = (p for s, p in runners if s >= top - W.ambiguous_margin)
        ambiguous_with = list(itertools.islice(close, AMBIGUOUS_MAX))  # the best-scoring of them
        if ambiguous_with:
            ambiguous_with = [pi] + ambiguous_with
    alternatives = tuple((index.products[p].sku, round(s, 3)) for s, p in runners[:3])
    variant = _pick_variant(index, pi, q.size, q.numbers) or _variant_by_words(index.products[pi], q.words)
    if ambiguous_with:
        return _ambiguous(index, q, pi, top, ambiguous_with, by_product, variant, alternatives)
    product = index.products[pi]
    if variant is None and len(product.variants) >= 2:
        # VARIANT_REQUIRED: the product is clear but not which of its variants ("olive oil" sold in 1L
        # and 5L, "napkins" in white, black and burgundy): a human chooses
        names = "/".join(v.name for v in product.variants)
        reason = f"ambiguous variant: '{line.phrase}' is {product.sku} but which one ({names})"
        confidence = round(min(top, W.ambiguous_cap), 3)
        return LineMatch(line, product, None, confidence, reason, alternatives, Ambiguity.VARIANT)
    confidence = _confidence(index, q, best, chosen is not None, margin)
    kind = "exact" if top >= W.exact_score else ("close" if top >= W.close_score else "fuzzy")
    reason = f"{kind} {best.cand.field} match '{best.cand.text}'"
    if best.evidence.notes:
        reason += "; " + ", ".join(best.evidence.notes)
    return LineMatch(line, product, variant, round(confidence, 3), reason, alternatives)


def _query(index: CatalogIndex, line: OrderLine) -> Query | None:
    """The line's words, size and weights; None when no word names a product."""
    toks, phrase_sizes = tokens(line.phrase)
    size_words: list[str] = []
    line_size = line.size
    if line_size is not None and line_size in SIZE_WORDS.values():
        size_words.append(line_size)
        line_size = None
    if line_size is None and phrase_sizes:
        line_size = phrase_sizes[0]
    words = [t for t in toks if t not in size_words] + size_words
    content = [t for t in words if is_content(t) and t not in size_words]
    if not content:
        return None
    raw, _ = tokens(line.phrase, translate=False)
    return Query(
        line=line,
        words=words,
        size_words=size_words,
        size=line_size,
        content=content,
        numbers=[t for t in words if is_number(t)],
        surface=frozenset(t for t in raw if is_content(t)),
        weights=[index.query_weight(t, t in size_words) for t in words],
        sims=[_not_negated(t, index.token_matches(t)) for t in words],
    )


# NEGATED_WORD: "unsalted" is not a typo of "salted", nor "non-alcoholic" of "alcoholic": a negating
# prefix makes a look-alike product, never the same word misspelt.
_NEGATING_PREFIXES = ("un", "non", "non-", "de", "sans", "sin", "senza", "ohne")


def _not_negated(tok: str, sims: dict[str, float]) -> dict[str, float]:
    def negated(a: str, b: str) -> bool:
        return any(b == p + a or a == p + b for p in _NEGATING_PREFIXES)

    return {c: v for c, v in sims.items() if v == 1.0 or not negated(tok, c)}


def _scored(index: CatalogIndex, q: Query, full: bool = False) -> list[Scored]:
    """Each product that shares a word with the line, at its best string's score after size and pack
    evidence, best first (ties by SKU), as far as the decision reads it: products are scored in
    decreasing order of their score's upper bound (retrieval.py) until the next bound is below the
    fourth best score and the best minus the ambiguity margin; products a string of which may name the
    phrase completely are always scored. ``full`` (or ``index.retrieval`` False) scores every product
    sharing a word: the same outcome, for tests."""
    scored: list[Scored] = []
    seg = segments(index, q)
    if (
        full
        or not index.retrieval
        or seg.pairs <= _SCORE_ALL_BELOW
        or len(index.products) <= _SCORE_ALL_PRODUCTS
    ):
        # few strings (or the full scan): score every product sharing a word, no bounds needed
        object.__setattr__(q, "may_cover", None)
        rows = seg.rows(index)
        prods = index.s_prod[rows].tolist() if rows else []
        k = 0
        while k < len(rows):
            e = k
            while e < len(rows) and prods[e] == prods[k]:
                e += 1
            scored.append(_score_product(index, q, prods[k], rows[k:e]))
            k = e
    else:
        essential = essential_words(q)
        scored = _bounded(index, q, seg, essential)
        if essential is not None and (not scored or max(s.score for s in scored) < W.match_floor):
            # a line that matches nothing reads its three nearest, whatever they share: every word
            scored = _bounded(index, q, seg, None)
    scored.sort(key=lambda x: (-x.score, index.products[x.product].sku))
    return scored


_SCORE_ALL_BELOW = 48  # so few postings: score every product, the bounds cost more than they save
# A catalog this small is scored whole: the bounds' numpy work on tiny arrays costs more than scoring its
# few products (67 products: about 20% less matching time per line, benchmarks/language.py).
_SCORE_ALL_PRODUCTS = 200


def _bounded(index: CatalogIndex, q: Query, seg: Segments, essential: list[bool] | None) -> list[Scored]:
    """The products the decision reads, in decreasing bound order (``_scored``), among those sharing
    one of the ``essential`` words (retrieval.py: essential_words) or, when None, any word."""
    scored: list[Scored] = []
    t = touched(index, q, seg, essential)
    object.__setattr__(q, "may_cover", set(t.products[t.cover].tolist()))  # a frozen field, set here
    done: set[int] = set()

    def score(j: int) -> None:
        scored.append(_score_product(index, q, int(t.products[j]), t.rows_of(j), t.row_bounds_of(j)))
        done.add(j)

    for j in np.flatnonzero(t.cover).tolist():
        score(j)
    top: list[float] = sorted((s.score for s in scored), reverse=True)[: AMBIGUOUS_MAX + 1]
    for j in t.order():
        if j in done:
            continue
        if _enough(top, float(t.bound[j])):
            break  # nothing left can reach what the decision reads
        score(j)
        top = sorted([*top, scored[-1].score], reverse=True)[: AMBIGUOUS_MAX + 1]
    _score_generic(index, q, t, scored, done, score)
    return scored


def _score_product(
    index: CatalogIndex, q: Query, pi: int, rows: Sequence[int], bounds: Sequence[float] | None = None
) -> Scored:
    """Product pi at its best string's score (of ``rows``, its strings sharing a word with the line,
    ascending; the first of equal ones), after size and pack evidence. With the strings' score bounds
    (retrieval.py), they are read in decreasing bound order until the next bound is below the best
    score: the same string wins."""
    best_s, best_k = -1.0, -1
    order = range(len(rows)) if bounds is None else sorted(range(len(rows)), key=lambda k: -bounds[k])
    for k in order:
        if bounds is not None and bounds[k] < best_s:
            break
        s = _string_value(index, q, index.candidate(rows[k]))
        if s > best_s or (s == best_s and k < best_k):
            best_s, best_k = s, k
    adjusted, evidence = _evidence(index, pi, best_s, q)
    return Scored(adjusted, pi, index.candidate(rows[best_k]), evidence)


def _string_value(index: CatalogIndex, q: Query, cand: Candidate) -> float:
    s = index.string_score(q.words, q.weights, q.sims, cand) * FIELD_WEIGHTS[cand.field]
    if cand.sizes and q.size is None and not q.numbers:
        s *= W.sized_string_unsized_line  # "sparkling 1.5l" says more than the line "sparkling"
    return s


_RUNNER_FLOOR = W.match_floor * W.runner_up_share  # match_line reads no runner-up below this


def _enough(top: list[float], bound: float) -> bool:
    """Whether products scoring at most ``bound`` can change what match_line reads, given the best
    scores so far (up to AMBIGUOUS_MAX + 1): a matched line reads the best, the runners-up above the
    runner floor (the first three, and up to AMBIGUOUS_MAX within the ambiguity margin of the best); a
    line that matches nothing reads its three nearest."""
    if top and top[0] >= W.match_floor:
        # the best, three runners-up, and up to AMBIGUOUS_MAX runners-up within the margin
        close = top[0] - W.ambiguous_margin
        if len(top) > AMBIGUOUS_MAX:
            close = max(close, top[AMBIGUOUS_MAX])
        needed = max(_RUNNER_FLOOR, min(top[3] if len(top) >= 4 else -1.0, close))
        return bound < needed
    return bound < W.match_floor and len(top) >= 3 and bound < top[2]


# A line is ambiguous between at most this many runners-up within the margin of the best (a 20,000-product
# catalog can hold hundreds of near-equal "milk"s; a reviewer is shown the best-scoring ones).
AMBIGUOUS_MAX = 24
# A generic word held by more product names than this ("milk" in a 20,000-product catalog) is ambiguous
# between the best-scoring of them only: a reviewer cannot choose among hundreds either.
GENERIC_MAX = 24


def _score_generic(
    index: CatalogIndex,
    q: Query,
    t: Touched,
    scored: list[Scored],
    done: set[int],
    score: Callable[[int], None],
) -> None:
    """When no product names the phrase completely, `_choose` reads every product whose name holds all
    its product words ("oil" -> olive oil and sunflower oil): score those too."""
    line_packs = {w for w in q.words if w in PACK_TOKENS} | ({q.line.unit} if q.line.unit else set())
    # only the products retrieval flagged can name the phrase completely (and all of them were scored)
    covers = [
        (pi, k)
        for pi in t.products[t.cover].tolist()
        if (k := _cover_kind(index, pi, q, line_packs)) is not None
    ]
    family_word = (
        len(covers) == 1
        and covers[0][1] is Cover.WEAK
        and q.size is None
        and not q.numbers
        and _pack_word_unsaid(index, covers[0][0], q, line_packs)
    )  # FAMILY_WORD (`_choose`) reads the name holders too
    if covers and not family_word:
        return
    cset = set(q.content)
    if not cset or not all(w in index.tok_id for w in cset):
        return
    holders: set[int] | None = None
    for w in cset:
        tid = index.tok_id[w]
        rows = index.post_row[index.post_ptr[tid] : index.post_ptr[tid + 1]]
        prods = set(index.s_prod[rows[index.s_field[rows] == NAME]].tolist())
        holders = prods if holders is None else holders & prods
    if holders and family_word:  # `_choose` reads the name holders of the covered product's category
        cat = index.products[covers[0][0]].category
        holders = {p for p in holders if p != covers[0][0] and index.products[p].category == cat}
    if not holders:
        return
    held = np.flatnonzero(np.isin(t.products, np.fromiter(holders, dtype=np.int64)))
    # the best GENERIC_MAX of them by score: in decreasing bound order until the next bound is below
    # the GENERIC_MAX-th best score
    best = sorted((s.score for s in scored if s.product in holders), reverse=True)[:GENERIC_MAX]
    for j in held[np.argsort(-t.bound[held], kind="stable")].tolist():
        if len(best) >= GENERIC_MAX and t.bound[j] < best[-1]:
            break
        if j not in done:
            score(j)
            best = sorted([*best, scored[-1].score], reverse=True)[:GENERIC_MAX]


# ----------------------------------------------------------------------------- size and pack evidence
def _evidence(index: CatalogIndex, pi: int, score: float, q: Query) -> tuple[float, Evidence]:
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
        sizey = [n for n in numbers if not n.startswith("0")]
        if sizey and any(_number_fits(index, pi, n) for n in sizey):
            score += W.size_agrees_bonus
            ev.size_agrees = True
            ev.notes.append(f"size {sizey[0]} agrees")
        elif sizey:
            score *= W.size_number_misfit_factor
            ev.size_conflicts = True
            ev.notes.append(f"size {sizey[0]} does not fit")
    u = q.line.unit
    if u is not None:
        if u in info.containers or (u in WEIGHT_UNITS and info.unit == "kg"):
            score += W.unit_agrees_bonus
            ev.unit_agrees = True
            ev.notes.append(f"sold by {u}")
        elif u in OUTER_PACKS and u not in info.containers and info.unit in OUTER_PACKS:
            score -= W.wrong_pack_penalty
            if PACK_FAMILY.get(u, u) == PACK_FAMILY.get(info.unit or "", info.unit):
                ev.notes.append(f"sold by {info.unit}, not {u}")  # a sack called a bag
            else:
                ev.wrong_pack = True
                ev.notes.append(f"not sold by {u}")  # a keg asked for by the case: a different product?
    return score, ev


def _number_fits(index: CatalogIndex, pi: int, number: str) -> bool:
    """A bare number of the line is the product's size or pack count ("coke 1.5", "33" for 33cl)."""
    try:
        value = Decimal(number)
    except InvalidOperation:
        return False
    if index.product_info(pi).pack_count == value:
        return True  # "3 x 1000 sugar sticks": the box of 1000
    for s in index.product_info(pi).sizes:
        m = re.fullmatch(r"(\d+(?:\.\d+)?)([a-z]+)", s)
        if m and Decimal(m.group(1)) == value:
            return True
        if m and m.group(2) == "ml" and Decimal(m.group(1)) == value * 10:  # "33" for 33cl
            return True
    return False


def _pick_variant(
    index: CatalogIndex, pi: int, line_size: str | None, numbers: list[str]
) -> CatalogVariant | None:
    """The only variant, or the one whose size the line names (by size or bare number)."""
    product = index.products[pi]
    if not product.variants:
        return None
    if len(product.variants) == 1:
        return product.variants[0]
    for v, sizes in zip(product.variants, index.product_info(pi).variant_sizes, strict=True):
        if line_size is not None and any(same_size(line_size, s) for s in sizes):
            return v
        for n in numbers:
            if any(re.fullmatch(rf"{re.escape(n)}[a-z]+", s) for s in sizes):
                return v
    return None


@lru_cache(maxsize=1024)
def _variant_words(product: CatalogProduct) -> tuple[tuple[CatalogVariant, frozenset[str]], ...]:
    """Each variant's word sets (its name and aliases, as the matcher normalises them): the size words
    and colours ("large", "black", "big bottle") that name it. Single letters ("l", "s") and bare numbers
    are left to the size rules."""
    out: list[tuple[CatalogVariant, frozenset[str]]] = []
    for v in product.variants:
        for text in (v.name, *v.ai_aliases):
            toks, _ = tokens(text)
            words = frozenset(t for t in toks if len(t) > 1 and not is_number(t))
            if words:
                out.append((v, words))
    return tuple(out)


def _variant_by_words(product: CatalogProduct, words: Sequence[str]) -> CatalogVariant | None:
    """VARIANT_BY_WORDS: the one variant whose size word or colour the line says ("two large iced
    teas", "black straws"); None when no variant, or more than one, is named."""
    if len(product.variants) < 2:
        return None
    said = set(words)
    hits = [(len(w), v) for v, w in _variant_words(product) if w <= said]
    if not hits:
        return None
    best = max(n for n, _ in hits)
    named = {v.id: v for n, v in hits if n == best}
    if len(named) > 1:
        # "gloves large": Large, not X-Large, whose name says more than the line ("x")
        whole = {vid: v for vid, v in named.items() if set(re.findall(r"[a-z0-9]+", v.name.lower())) <= said}
        named = whole or named
    return next(iter(named.values())) if len(named) == 1 else None


# ----------------------------------------------------------------------------- products named completely
def _choose(
    index: CatalogIndex, q: Query, by_product: dict[int, Scored], best_score: float
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
        kind = _cover_kind(index, cpi, q, line_packs)
        if kind is not None:
            cover.append(cpi)
            if kind is Cover.STRONG:
                strong.append(cpi)
    cset = set(q.content)
    if not cover:
        family_by_variant = _family_by_variant_word(index, q, by_product, line_packs)
        if family_by_variant is not None:
            return family_by_variant
    # A generic word that no product's own strings name exactly is every product whose name holds it
    # ("oil" -> olive oil and sunflower oil): all of them are candidates, and the line must pick one.
    if not cover and all(t in index.tok_id for t in cset):
        named = (cpi for cpi in by_product if cset <= index.product_info(cpi).name_content)
        cover = list(itertools.islice(named, GENERIC_MAX))  # the best-scoring of them
    if (
        len(cover) == 1
        and cover[0] not in strong
        and q.size is None
        and not q.numbers
        and _pack_word_unsaid(index, cover[0], q, line_packs)
    ):
        # FAMILY_WORD: "orange juice" is only weakly covered by the mini glass's "orange juice glass"
        # (its pack word unsaid, and no size to imply it) while the smooth and with-bits cartons of the
        # same category carry the same words in their names: the family word names all of them, and
        # the line must pick one
        cat = index.products[cover[0]].category
        members = (
            cpi
            for cpi in by_product
            if cpi != cover[0]
            and cset <= index.product_info(cpi).name_content
            and index.products[cpi].category == cat
        )
        cover = cover + list(itertools.islice(members, GENERIC_MAX))  # the best-scoring of them
    if len(cover) == 1 and by_product[cover[0]].score >= best_score - W.ambiguous_margin:
        return cover[0], []  # the only product the phrase names completely
    if len(cover) < 2:
        return None, []
    remaining, by_unit_only = _discriminate(index, cover, q)
    if len(strong) == 1 and strong[0] in remaining:
        lead = strong[0]
        family = index.product_info(lead).family
        sibs = [c for c in remaining if c != lead and family and index.product_info(c).family == family]
        return (None, [lead, *sibs]) if sibs else (lead, [])
    if len(strong) == 1 and by_unit_only:
        lead_family = index.info[strong[0]].family
        if len(remaining) == 1 and lead_family and index.info[remaining[0]].family == lead_family:
            return remaining[0], []  # same product in another size: the pack picks it ("1 pack coke zero")
        return None, [strong[0], *remaining]  # the name says one product, the pack another
    if len(remaining) == 1:
        return remaining[0], []
    return None, remaining


def _cover_kind(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> Cover | None:
    """STRONG when one of the product's own strings is fully explained by the line, WEAK when one has
    exactly the line's product words, None otherwise (typos allowed, one word exact)."""
    if q.may_cover is not None and pi not in q.may_cover:
        return None
    if pi in q.cover_kinds:  # read once per line (`_score_generic`, then `_choose`)
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
        kind = Cover.WEAK
        if cand.field not in ("name", "alias", "example"):
            continue
        packs_ok = all(t in line_packs for t in cand.tokens if t in PACK_TOKENS)
        nums_ok = all(t in q.numbers for t in cand.tokens if is_number(t) and not is_content(t))
        sizes_ok = all(q.size is not None and same_size(q.size, sz) for sz in cand.sizes)
        if packs_ok and nums_ok and sizes_ok:
            return Cover.STRONG
    return kind


def _family_by_variant_word(
    index: CatalogIndex, q: Query, by_product: dict[int, Scored], line_packs: set[str]
) -> tuple[int | None, list[int]] | None:
    """VARIANT_WORD_FAMILY: "black napkins", where "napkins" names the dinner and the cocktail napkins and
    "black" is a variant of both, is ambiguous; "burgundy napkins" is the one product sold in burgundy.
    None when the line's words minus its variant words name no two products."""
    said = set(q.words)

    def variant_words_of(cpi: int) -> set[str]:
        return {w for _v, ws in _variant_words(index.products[cpi]) for w in ws if w in said}

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
        family = [cpi for cpi in by_product if _cover_kind(index, cpi, bare, line_packs) is not None]
        return _discriminate(index, family, bare)[0] if len(family) >= 2 else family

    any_variant = set().union(*(variant_words_of(cpi) for cpi in by_product)) if by_product else set()
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


def _pack_word_unsaid(index: CatalogIndex, pi: int, q: Query, line_packs: set[str]) -> bool:
    """Product pi is named by a string of the line's product words plus a pack word the line does not
    say ("orange juice glass" for "orange juice"): the line names its family, not it (FAMILY_WORD)."""
    cset = set(q.content)
    for ci in index.product_info(pi).cand_ids:
        cand = index.candidate(ci)
        if cand.field not in ("name", "alias", "example") or set(cand.content) != cset:
            continue
        if any(t in PACK_TOKENS and t not in line_packs for t in cand.tokens):
            return True
    return False


def _discriminate(index: CatalogIndex, cover: list[int], q: Query) -> tuple[list[int], bool]:
    """Narrow equally-named products by the line's size word, size, size number and pack; (left, only
    by pack)."""
    info = index.info
    remaining = list(cover)
    narrowed_by_other = False
    sizey = [n for n in q.numbers if not n.startswith("0")]
    # CONTAINER_WORD: "diet coke cans" names the can, not the glass bottle, when both are sold by the case
    phrase_packs = {t for t in q.words if t in PACK_TOKENS} - {q.line.unit}
    tests = (
        (bool(phrase_packs), lambda pi: phrase_packs <= info[pi].containers),
        # "the small cups", "big sparkling": the product described by that size word
        (bool(q.size_words), lambda pi: all(sw in info[pi].bag for sw in q.size_words)),
        (q.size is not None, lambda pi: any(same_size(q.size or "", s) for s in info[pi].sizes)),
        (bool(sizey), lambda pi: any(_number_fits(index, pi, n) for n in sizey)),
    )
    for applies, fits in tests:
        if applies:
            fit = [pi for pi in remaining if fits(pi)]
            if fit and len(fit) < len(remaining):
                remaining, narrowed_by_other = fit, True
    by_unit = False
    unit = q.line.unit
    if unit is not None and len(remaining) > 1:
        fit = [
            pi
            for pi in remaining
            if unit in info[pi].containers or (unit in WEIGHT_UNITS and info[pi].unit == "kg")
        ]
        if fit and len(fit) < len(remaining):
            remaining, by_unit = fit, True
    return remaining, by_unit and not narrowed_by_other


# ----------------------------------------------------------------------------- confidence
def _ambiguous(
    index: CatalogIndex,
    q: Query,
    pi: int,
    top: float,
    ambiguous_with: Sequence[int],
    by_product: dict[int, Scored],
    variant: CatalogVariant | None,
    alternatives: tuple[tuple[str, float], ...],
) -> LineMatch:
    """A line several products fit: the best one as a guess, the others as alternatives, low confidence."""
    product = index.products[pi]
    others = [p for p in ambiguous_with if p != pi]
    skus = ", ".join([product.sku] + [index.products[p].sku for p in others])
    confidence = min(top, W.ambiguous_cap) - W.ambiguous_step * min(len(others) - 1, 2)
    reason = f"ambiguous: '{q.line.phrase}' fits {skus}"
    alt = tuple((index.products[p].sku, round(by_product[p].score, 3)) for p in others)
    alternatives = alt + tuple(a for a in alternatives if a[0] not in {x[0] for x in alt})
    confidence = round(max(confidence, W.ambiguous_min), 3)
    fits = (product.sku, *(index.products[p].sku for p in others))
    return LineMatch(q.line, product, variant, confidence, reason, alternatives[:4], Ambiguity.PRODUCTS, fits)


def _confidence(index: CatalogIndex, q: Query, best: Scored, chosen: bool, margin: float) -> float:
    """The confidence of a resolved product: its score, lowered for typos, a close runner-up, missing
    or contradicting size and pack evidence, and a count that is not a whole number of packs."""
    top, info, ev = best.score, index.info[best.product], best.evidence
    product = index.products[best.product]
    exact = top >= W.exact_score
    confidence = min(top, W.confidence_max)
    typo = [
        t
        for t, sim in zip(q.words, q.sims, strict=True)
        if t in q.content
        and not any(v == 1.0 and (vt in best.cand.tokens or vt in info.bag) for vt, v in sim.items())
    ]
    if typo:
        confidence = min(confidence, W.typo_cap)  # read through a typo: likely, not certain
    if not chosen and margin < W.near_runner_up:
        confidence = min(confidence, W.near_base + margin * W.near_slope)
    if q.size is None and not q.numbers and q.line.unit is None and info.sizes and not exact:
        confidence = min(confidence, W.unsized_cap)
    if ev.wrong_pack:
        confidence = min(confidence, W.resolve_floor - W.below_resolve)
    unexplained = [sw for sw in q.size_words if sw not in info.bag]
    if unexplained:
        # "big sprite" when no Sprite is big: maybe a product the catalog lacks; never a confident pick
        confidence = min(confidence, W.ambiguous_cap)
        ev.notes.append(f"no '{unexplained[0]}' size of {product.sku}")
    if ev.size_conflicts:
        confidence = min(confidence, W.ambiguous_cap)  # "1.5 sprite": a size the product is not sold in
    pc, quantity, unit = info.pack_count, q.line.quantity, q.line.unit
    if (
        pc
        and pc >= MIN_CONVERTIBLE_PACK
        and (unit is None or counts_items(unit, info))
        and info.unit in OUTER_PACKS
        and quantity >= pc
        and quantity % pc != 0
    ):
        # "30 heineken" sold by the case of 24: items or cases? a human decides
        confidence = min(confidence, W.loose_count_cap)
        ev.notes.append(f"{fmt_q(quantity)} is not a whole number of {info.unit}s of {pc}")
    return confidence
