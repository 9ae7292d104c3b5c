"""Matching one line: score the products that share a word with it (in decreasing bound order, as far as
the decision reads), tell apart the products it names completely (cover.py), and set an honest confidence
(steps 1-6 of the package docstring). The phrase as read is query.py's, size and pack evidence sizing.py's."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

import numpy as np

from jobs.language.extraction import OrderLine
from jobs.language.matching.case_endings import case_form
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant
from jobs.language.matching.cover import GENERIC_MAX, choose, cover_kind, names_family
from jobs.language.matching.evidence import NO_MATCH_REASON, Ambiguity, LineMatch, MatchKind
from jobs.language.matching.guards import OUTSCORED_PICK
from jobs.language.matching.kin import keyword_family, sold_by
from jobs.language.matching.lexicon import ENGLISH
from jobs.language.matching.quantities import MIN_CONVERTIBLE_PACK, counts_items, fmt_q
from jobs.language.matching.query import Cover, Query, Scored, read_query
from jobs.language.matching.reads import Among, Picked, Ranked, Reading, every, holding
from jobs.language.matching.retrieval import Segments, essential_segments, segments, touched
from jobs.language.matching.sizing import (
    letter_size_words,
    pick_variant,
    size_pack_evidence,
    variant_by_amount,
    variant_by_code,
    variant_by_distinct_word,
    variant_by_size_class,
    variant_by_unit,
    variant_by_words,
    variant_standard_bottle,
)
from jobs.language.matching.tokens import canon_token, is_content, tokens
from jobs.language.matching.vocabulary import OUTER_PACKS, PACK_TOKENS
from jobs.language.matching.weights import FIELD_WEIGHTS, WEIGHTS

if TYPE_CHECKING:
    from jobs.language.matching.index import Candidate, CatalogIndex

W = WEIGHTS


def match_line(index: CatalogIndex, line: OrderLine, nearest: bool = True) -> LineMatch:
    """Best product for one line, with confidence, reason and runners-up. ``nearest`` False: a line that
    matches nothing comes back without its three nearest products (for a caller that reads only the
    product: the nearest of a 20,000-product catalog cost a second read with every word)."""
    q = read_query(index, line)
    if q is None:
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())
    scored, further = _retrieved(index, q, nearest=nearest)
    if not scored:
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, ())
    if scored[0].score < W.match_floor:
        near = (
            tuple((index.products[s.product].sku, round(s.score, 3)) for s in scored[:3]) if nearest else ()
        )
        return LineMatch(line, None, None, 0.0, NO_MATCH_REASON, near)
    by_product = Ranked(scored)
    chosen, ambiguous_with = _choose(index, q, by_product, scored[0].score)
    while further is not None and further(by_product.readings):  # READ_AS_SCANNED (reads.py)
        scored.sort(key=lambda x: (-x.score, index.products[x.product].sku))  # none above what was read
        by_product = Ranked(scored)
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
    variant = (
        q.ranged.get(pi)
        or pick_variant(index, pi, q.size, q.numbers, q.words)
        or variant_by_words(index.products[pi], q.words)
        or variant_by_code(index.products[pi], line.phrase)
        or variant_by_amount(index, pi, line)
        or variant_by_unit(index.products[pi], line.unit)
        or variant_by_size_class(index, pi, line.size)
        or variant_standard_bottle(index.products[pi], line)
        or variant_by_distinct_word(index.products[pi], q.words)
    )
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
    if variant is not None:
        lifted = _variant_words_said(index, q, best, variant, runners, chosen is not None, margin)
        if lifted > confidence:
            confidence = lifted
            best.evidence.notes.append(f"VARIANT_WORDS_SAID: the variant {variant.name}'s words")
    if chosen is not None and (over := _outscored_by(q, chosen, runners, top)) is not None:
        confidence = min(confidence, W.outscored_cap)
        best.evidence.notes.append(
            f"{OUTSCORED_PICK}: {index.products[over[1]].sku} scores {over[0]:.2f} above {product.sku}'s {top:.2f}"
        )
    kind = (
        MatchKind.EXACT
        if top >= W.exact_score
        else (MatchKind.CLOSE if top >= W.close_score else MatchKind.FUZZY)
    )
    reason = f"{kind.value} {best.cand.field} match '{best.cand.text}'"
    if best.evidence.notes:
        reason += "; " + ", ".join(best.evidence.notes)
    return LineMatch(line, product, variant, round(confidence, 3), reason, alternatives, kind=kind)


def _choose(
    index: CatalogIndex, q: Query, by_product: Ranked, best_score: float
) -> tuple[int | None, list[int]]:
    """`choose`, then RANGE_VARIANT: of the products named (or the best-scoring AMBIGUOUS_MAX, whatever they
    hold: a reading of every product), the one sold in the line's range."""
    chosen, ambiguous_with = choose(index, q, by_product, best_score)
    if q.ranged and chosen is None:
        named = ambiguous_with or by_product.best((), Among.NAME, every, AMBIGUOUS_MAX)
        fits = [p for p in named if p in q.ranged]
        if len(fits) == 1:
            chosen, ambiguous_with = fits[0], []
    return chosen, ambiguous_with


def _scored(index: CatalogIndex, q: Query, full: bool = False, nearest: bool = True) -> list[Scored]:
    """`_retrieved`'s products (for tests)."""
    return _retrieved(index, q, full, nearest)[0]


# Scores what `choose`'s rules read beyond the retrieved products (reads.py); True when it scored any
Further = Callable[[Sequence[Reading]], bool]


def _retrieved(
    index: CatalogIndex, q: Query, full: bool = False, nearest: bool = True
) -> tuple[list[Scored], Further | None]:
    """Each product that shares a word with the line, at its best string's score after size and pack
    evidence, best first (ties by SKU), as far as the decision reads it: products are scored in
    decreasing order of their score's upper bound (retrieval.py) until the next bound is below the
    fourth best score and the best minus the ambiguity margin; products a string of which may name the
    phrase completely are always scored. ``full`` (or ``index.retrieval`` False) scores every product
    sharing a word: the same outcome, for tests. With what scores the products `choose`'s rules read
    beyond those (READ_AS_SCANNED, reads.py), None after the full scan."""
    scored: list[Scored] = []
    further: Further | None = None
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
        essential = essential_segments(q, seg)
        scored, further = _bounded(index, q, seg, essential, nearest)
        if nearest and essential is not None and (not scored or max(s.score for s in scored) < W.match_floor):
            # a line that matches nothing reads its three nearest, whatever they share: every word
            scored, further = _bounded(index, q, seg, None)
    scored.sort(key=lambda x: (-x.score, index.products[x.product].sku))
    return scored, further


_SCORE_ALL_BELOW = 48  # so few postings: score every product, the bounds cost more than they save
# A catalog this small is scored whole: the bounds' numpy work on tiny arrays costs more than scoring its
# few products (67 products: about 20% less matching time per line, benchmarks/language.py).
_SCORE_ALL_PRODUCTS = 200


def _bounded(
    index: CatalogIndex, q: Query, seg: Segments, essential: list[bool] | None, nearest: bool = True
) -> tuple[list[Scored], Further]:
    """The products the decision reads, in decreasing bound order (``_scored``), among those sharing
    one of the ``essential`` segments (retrieval.py: essential_segments) or, when None, any word; and
    what scores, of those, the ones `choose`'s rules read further down (`Picked.read_further`)."""
    t = touched(index, q, seg, essential)
    object.__setattr__(q, "may_cover", set(t.products[t.cover].tolist()))  # a frozen field, set here
    picked = Picked(
        index,
        q,
        seg,
        t,
        essential is not None,
        lambda pi, rows, bounds: _score_product(index, q, pi, rows, bounds),
    )
    for j in np.flatnonzero(t.cover).tolist():
        picked.score(t, j)
    scored = picked.scored
    top: list[float] = sorted((s.score for s in scored), reverse=True)[: AMBIGUOUS_MAX + 1]
    for j in t.order():
        if int(t.products[j]) in picked.scores:
            continue
        if _enough(top, float(t.bound[j]), nearest):
            break  # nothing left can reach what the decision reads
        picked.score(t, j)
        top = sorted([*top, scored[-1].score], reverse=True)[: AMBIGUOUS_MAX + 1]
    _score_generic(index, q, picked)
    return scored, picked.read_further


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
    adjusted, evidence = size_pack_evidence(index, pi, best_s, q)
    return Scored(adjusted, pi, index.candidate(rows[best_k]), evidence)


def _string_value(index: CatalogIndex, q: Query, cand: Candidate) -> float:
    s = index.string_score(q.words, q.weights, q.sims, cand) * FIELD_WEIGHTS[cand.field]
    if cand.sizes and q.size is None and not q.numbers:
        s *= W.sized_string_unsized_line  # "sparkling 1.5l" says more than the line "sparkling"
    return s


_RUNNER_FLOOR = W.match_floor * W.runner_up_share  # match_line reads no runner-up below this


def _enough(top: list[float], bound: float, nearest: bool = True) -> bool:
    """Whether products scoring at most ``bound`` can change what match_line reads, given the best
    scores so far (up to AMBIGUOUS_MAX + 1): a matched line reads the best, the runners-up above the
    runner floor (the first three, and up to AMBIGUOUS_MAX within the ambiguity margin of the best); a
    line that matches nothing reads its three nearest (unless not ``nearest``: then nothing below the
    match floor)."""
    if top and top[0] >= W.match_floor:
        # the best, three runners-up, and up to AMBIGUOUS_MAX runners-up within the margin
        close = top[0] - W.ambiguous_margin
        if len(top) > AMBIGUOUS_MAX:
            close = max(close, top[AMBIGUOUS_MAX])
        needed = max(_RUNNER_FLOOR, min(top[3] if len(top) >= 4 else -1.0, close))
        return bound < needed
    return bound < W.match_floor and (not nearest or (len(top) >= 3 and bound < top[2]))


# A line is ambiguous between at most this many runners-up within the margin of the best (a 20,000-product
# catalog can hold hundreds of near-equal "milk"s; a reviewer is shown the best-scoring ones).
AMBIGUOUS_MAX = 24


def _score_generic(index: CatalogIndex, q: Query, picked: Picked) -> None:
    """When no product names the phrase completely, `choose` reads every product whose name holds all
    its product words ("oil" -> olive oil and sunflower oil): score those too."""
    t = picked.t
    line_packs = {w for w in q.words if w in PACK_TOKENS} | ({q.line.unit} if q.line.unit else set())
    # only the products retrieval flagged can name the phrase completely (and all of them were scored)
    covers = [
        (pi, k)
        for pi in t.products[t.cover].tolist()
        if (k := cover_kind(index, pi, q, line_packs)) is not None
    ]
    family_word = (
        len(covers) == 1 and covers[0][1] is Cover.WEAK and names_family(index, covers[0][0], q, line_packs)
    )  # FAMILY_WORD (`choose`) reads the name holders too
    keyword_word = (
        len(covers) == 1
        and covers[0][1] is Cover.WEAK
        and q.size is None
        and keyword_family(index, covers[0][0], q)
    )  # ... and so does KEYWORD_OF_ONE said without a size, in the other categories
    if (covers and not (family_word or keyword_word)) or not q.content:
        return
    held = holding(index, Reading(frozenset(q.content), Among.NAME, every, GENERIC_MAX))
    if len(held) and covers:  # `choose` reads the name holders of pick's category (FAMILY_WORD)
        pick, cat = covers[0][0], index.products[covers[0][0]].category  # or of the others (KEYWORD_OF_ONE)
        held = np.fromiter(
            (
                p
                for p in held.tolist()
                if p != pick
                and (index.products[p].category == cat) == family_word
                and (family_word or sold_by(index, p, q.line.unit))  # KEYWORD_OF_ONE reads only those
            ),
            dtype=np.int64,
        )
    if not len(held):
        return
    # the best GENERIC_MAX of them by score, from those scored
    holders = set(held.tolist())
    picked.best(held, GENERIC_MAX, counted={p for p in picked.scores if p in holders})


# ----------------------------------------------------------------------------- confidence
def _variant_words_said(
    index: CatalogIndex,
    q: Query,
    best: Scored,
    variant: CatalogVariant,
    runners: Sequence[tuple[float, int]],
    chosen: bool,
    margin: float,
) -> float:
    """VARIANT_WORDS_SAID: the words that chose the line's variant ("pink" of "pink straws", sold in black,
    clear, pink and green) are what the line says of the variant, not words the product's string fails to
    explain: the product is as sure as the rest of the phrase names it ("straws", the wide straws' alias),
    unless a product the rest names about as well holds those words too ("green boards" of the standard and
    the large board, "orange roe" of the tobiko sold in orange and the orange masago): then the variant's
    words did not single the product out. 0.0 when no word of the phrase is the variant's alone, or every
    product word is."""
    product = index.products[best.product]
    said = letter_size_words(q.words, _variant_tokens(variant)) - _own_tokens(product)
    if not said or set(q.content) <= said:
        return 0.0
    rest = replace(q, weights=[0.0 if w in said else x for w, x in zip(q.words, q.weights, strict=True)])
    mine = _score_product(index, rest, best.product, index.rows_of(best.product))
    for _, rp in runners[:AMBIGUOUS_MAX]:
        if said.isdisjoint(index.bags(rp)[0]):
            continue  # the runner-up is not sold in that variant
        if mine.score - _score_product(index, rest, rp, index.rows_of(rp)).score < W.near_runner_up:
            return 0.0
    return _confidence(index, rest, mine, chosen, margin)


def _outscored_by(
    q: Query, chosen: int, runners: Sequence[tuple[float, int]], top: float
) -> tuple[float, int] | None:
    """OUTSCORED_PICK (issue #10, first contact): `choose` singled out a product another candidate scores above
    by more than a small margin ("4 oil" -> the rapeseed oil while the palm fat scores higher; "large chip
    boxes" -> the chip bag while the large chip box's alias scores 1.04). The pick may be right, but it rests on
    a rule reading past the scores, which a new trade's catalog easily breaks: a person confirms it. Not when
    one of the pick's own strings has exactly the line's product words (a cover: "guaraná" of the Guaraná
    while the Guaraná Zero scores higher, "asahi" of the bottle beside the keg) and the runner-up's strings
    are not explained by the line entirely (no STRONG cover): the plain product the line names word for word
    was chosen on purpose over one with a word the line does not say. (score, product) of the runner-up, or
    None."""
    if not runners or runners[0][0] <= top + W.outscored_margin:
        return None
    score, rp = runners[0]
    mine, theirs = q.cover_kinds.get(chosen), q.cover_kinds.get(rp)
    if mine is not None and (theirs is not Cover.STRONG or mine is Cover.STRONG):
        return None
    return score, rp


def _variant_tokens(variant: CatalogVariant) -> set[str]:
    return {t for text in (variant.name, *variant.ai_aliases) for t in tokens(text)[0]}


def _own_tokens(product: CatalogProduct) -> set[str]:
    """The tokens of the product's own name and aliases (not its variants')."""
    return {t for text in (product.name, *product.aliases) for t in tokens(text)[0]}


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


DECLINED_IN_PART = "DECLINED_IN_PART"


def _declined_in_part(q: Query, best: Scored, typo: list[str]) -> bool:
    """DECLINED_IN_PART: a line of one word read as a catalog word in a case ending ("desítky" of the alias "kozel
    desítka", case_endings.py) is a guess about the word; a string it names only in part (a word of the string,
    the brand here, unsaid) is a second guess: a look-alike of the same name may lack that word in the catalog.
    An unsaid English word of the trade ("beer", "ketchup") names the kind of goods, no look-alike's name."""
    ctoks = best.cand.tokens
    if len(q.content) != 1 or not any(case_form(t, ct, ENGLISH) for t in typo for ct in ctoks):
        return False
    said = {vt for sim in q.sims for vt, v in sim.items() if v > 0}
    # ... a name's word the line leaves unsaid: a brand or a name of its own ("kozel"), not an English word of the
    # trade that says what the goods are ("beer" of "żywiec beer", "ketchup" of "ketchup pikantny": session 17)
    return any(
        ct not in said and not ct[0].isdigit() and ct not in PACK_TOKENS and ct not in ENGLISH for ct in ctoks
    )


def _translated_whole(q: Query, best: Scored) -> bool:
    """TRANSLATED_WHOLE: every word of the line's translation is a word of the catalog string's ("bakailao
    kroketa" of "croquetas de bacalao": cod, croquette; "kabanosów wieprzowych" of "kabanosy wieprzowe";
    "calamares" of "calamari rings"): the string names the whole line, as an English line's words would be named,
    not two translations meeting in one word of a longer line ("vinho verde", wine + green, of the alias "gruner"
    read as green), which stays in part."""
    named = best.cand.content
    return all(
        word in named or any(t in named for t in sim)
        for word, sim in zip(q.words, q.sims, strict=True)
        if word in q.content
    )


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
    if ev.wrong_pack or (ev.other_pack and top < W.close_score):
        confidence = min(confidence, W.resolve_floor - W.below_resolve)
    unexplained = [sw for sw in q.size_words if sw not in info.bag]
    if (
        unexplained
        and len(product.variants) == 2
        and variant_by_size_class(index, best.product, q.line.size) is not None
    ):
        # SIZE_CLASS_ORDER: of two variants that differ by size, "small" is the one and "big" the other
        # (of three, "large" may be either of the two larger: a person chooses)
        unexplained = []
    if unexplained:
        # "big sprite" when no Sprite is big: maybe a product the catalog lacks; never a confident pick
        confidence = min(confidence, W.ambiguous_cap)
        ev.notes.append(f"no '{unexplained[0]}' size of {product.sku}")
    if ev.size_conflicts:
        confidence = min(confidence, W.ambiguous_cap)  # "1.5 sprite": a size the product is not sold in
    cand_surface = best.cand.surface
    if (
        not exact
        and cand_surface is not None
        and cand_surface.isdisjoint(q.surface)
        and not q.surface >= set(q.content)
        and any(w not in ENGLISH and canon_token(w) != canon_token(w, translate=False) for w in cand_surface)
        and not _translated_whole(q, best)
    ):
        # TRANSLATED_IN_PART: a translated line ("vinho verde", wine + green) shares no written word with
        # a catalog string that is itself a translation (the alias "gruner" of a Grüner Veltliner, read as
        # green) and names it only in part: two translations meeting in one word are a look-alike
        confidence = min(confidence, W.ambiguous_cap)
        ev.notes.append(f"only a translation of '{best.cand.text}' in part")
    if not exact and _declined_in_part(q, best, typo):
        confidence = min(confidence, W.ambiguous_cap)
        ev.notes.append(f"{DECLINED_IN_PART}: a declined word names '{best.cand.text}' in part")
    if not exact and _one_side_of_pair(q, best.cand.text):
        # PART_OF_PAIR: "conditioner 30ml" of the "shampoo and conditioner": the line names one of the two things
        # the product is sold as together, maybe the one alone the catalog lacks; a person reads it
        confidence = min(confidence, W.ambiguous_cap)
        ev.notes.append(f"{PART_OF_PAIR}: one side of '{best.cand.text}'")
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


PART_OF_PAIR = "PART_OF_PAIR"
_PAIR_SIDE = 2  # product words a side of a pair holds at most
_PAIR = re.compile(r"\s+(?:&|and|n|\+)\s+", re.IGNORECASE)


def _one_side_of_pair(q: Query, text: str) -> bool:
    """PART_OF_PAIR: ``text`` joins two things of a word or two each ("shampoo and conditioner", "salt & vinegar")
    and the line's product words are all of one side, none of the other."""
    sides = _PAIR.split(text)
    if len(sides) != 2:
        return False
    said = set(q.content)
    a, b = ({t for t in tokens(side)[0] if is_content(t)} for side in sides)
    if not 0 < len(a) <= _PAIR_SIDE or not 0 < len(b) <= _PAIR_SIDE:
        return False  # "pastéis de nata baked thaw & serve": a name with an "&" in it, not two things
    return (said <= a and not said & b) or (said <= b and not said & a)
