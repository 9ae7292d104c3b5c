"""The compiled catalog: every product string tokenised and IDF-weighted once, with a typo-tolerant
lookup from a phrase's words to the strings that hold them."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz, process

from jobs.language.extraction import OrderLine, extract_lines
from jobs.language.matching.catalog import CatalogProduct, catalog_fingerprint
from jobs.language.matching.evidence import NOT_UNDERSTOOD_REASON, LineMatch
from jobs.language.matching.packs import ProductInfo, product_info
from jobs.language.matching.tokens import is_content, is_number, tokens
from jobs.language.matching.vocabulary import PACK_TOKENS
from jobs.language.matching.weights import WEIGHTS


@dataclass
class Candidate:
    """One catalog string of a product (its name, an alias, a keyword...), tokenised."""

    product: int  # index into products
    field: str
    text: str
    tokens: tuple[str, ...]
    joins: tuple[tuple[str, int, int], ...]  # "cocacola" from tokens i, j
    variant: int | None = None
    sizes: tuple[str, ...] = ()
    content: frozenset[str] = frozenset()
    surface: frozenset[str] | None = None  # content as written, when the string was translated ("olio")
    weights: tuple[float, ...] = ()  # the IDF weight of each token, set once the index is built
    weight_total: float = 0.0


@dataclass
class CatalogIndex:
    """A compiled catalog: build once per tenant catalog, reuse for every message until it changes."""

    products: tuple[CatalogProduct, ...]
    fingerprint: str
    cands: list[Candidate] = field(default_factory=list, repr=False)
    postings: dict[str, list[int]] = field(default_factory=dict, repr=False)
    vocab: list[str] = field(default_factory=list, repr=False)
    idf: dict[str, float] = field(default_factory=dict, repr=False)
    info: list[ProductInfo] = field(default_factory=list, repr=False)
    unknown_weight: float = 4.0
    # candidate retrieval (jobs/language/matching/retrieval.py): token -> products whose strings hold it
    product_postings: dict[str, list[int]] = field(default_factory=dict, repr=False)
    cand_ranges: list[tuple[int, int]] = field(default_factory=list, repr=False)  # product -> its strings
    own_words: frozenset[str] = frozenset()  # every token of a product's own (non-category) strings
    retrieval: bool = True  # False: score every string sharing a word (the full scan, for tests)
    _typo_cache: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)
    _by_sku: dict[str, CatalogProduct] | None = field(default=None, repr=False)

    # ---- construction ---------------------------------------------------------------------------
    @classmethod
    def build(cls, products: Sequence[CatalogProduct]) -> CatalogIndex:
        """Precompute tokens, weights and sizes for every product (O(catalog), milliseconds)."""
        prods = tuple(products)
        index = cls(products=prods, fingerprint=catalog_fingerprint(prods))
        df: dict[str, int] = {}
        df_cat: dict[str, int] = {}
        for pi, p in enumerate(prods):
            seen: set[str] = set()
            seen_cat: set[str] = set()
            own: list[int] = []
            first = len(index.cands)
            for cand in _product_candidates(pi, p):
                index.cands.append(cand)
                if cand.field != "category":
                    seen.update(cand.tokens)
                    own.append(len(index.cands) - 1)
                else:
                    seen_cat.update(cand.tokens)
            index.cand_ranges.append((first, len(index.cands)))
            for tok in seen:
                df[tok] = df.get(tok, 0) + 1
            for tok in seen_cat:
                df_cat[tok] = df_cat.get(tok, 0) + 1
            index.info.append(
                replace(
                    product_info(p),
                    bag=frozenset(seen),
                    cat_bag=frozenset(seen_cat - seen),
                    cand_ids=tuple(own),
                )
            )
        index._weigh(len(prods), df, df_cat)
        return index

    def _weigh(self, n_products: int, df: dict[str, int], df_cat: dict[str, int]) -> None:
        """Postings and IDF weights of every token, once all strings are in."""
        n = max(n_products, 1)
        own: set[str] = set()
        for ci, cand in enumerate(self.cands):
            toks = set(cand.tokens) | {j for j, _a, _b in cand.joins}
            for tok in toks:
                self.postings.setdefault(tok, []).append(ci)
                plist = self.product_postings.setdefault(tok, [])
                if not plist or plist[-1] != cand.product:
                    plist.append(cand.product)
            if cand.field != "category":
                own.update(cand.tokens)
        self.own_words = frozenset(own)
        for tok in self.postings:
            d = df.get(tok, 0) or df_cat.get(tok, 0) or 1
            w = math.log(1 + n / d)
            if tok in PACK_TOKENS:
                w *= WEIGHTS.pack_token_idf
            elif is_number(tok):
                w *= WEIGHTS.number_token_idf
            self.idf[tok] = w
        for ci, cand in enumerate(self.cands):
            cw = tuple(self.idf.get(t, 1.0) for t in cand.tokens)
            self.cands[ci] = replace(cand, weights=cw, weight_total=sum(cw))
        self.unknown_weight = math.log(1 + n / WEIGHTS.unseen_word_doc_freq)
        self.vocab = sorted(self.postings)

    def product_by_sku(self, sku: str) -> CatalogProduct | None:
        """The product with this SKU (a dict built on first use)."""
        if self._by_sku is None:
            self._by_sku = {p.sku: p for p in self.products}
        return self._by_sku.get(sku)

    # ---- matching ---------------------------------------------------------------------------------
    def match_all(self, lines: Iterable[OrderLine]) -> list[LineMatch]:
        """Match every line. A part of the message the extractor did not understand (``understood``
        False) is kept, never resolved, when it looks like a request for goods: it holds a number that
        counts something or a food word, or one of its words names a catalog product; otherwise it was
        only conversation and is left out."""
        out: list[LineMatch] = []
        for line in lines:
            if line.understood:
                out.append(self.match(line))
                continue
            unread = self._match_unread(line)
            if unread is not None:
                out.append(unread)
        return out

    def match(self, line: OrderLine) -> LineMatch:
        """Best product for one line, with confidence, reason and runners-up (jobs/language/matching/score.py)."""
        from jobs.language.matching.score import match_line

        return match_line(self, line)

    def _match_unread(self, line: OrderLine) -> LineMatch | None:
        """The reviewer's line for a part of the message that was not understood, or None when it does
        not look like goods."""
        guess = self.match(line) if line.phrase else None
        product = guess.product if guess is not None else None
        catalog_word = product is not None or self._names_catalog_word(line.phrase)
        if not (line.goods_hint or line.quantity_explicit or catalog_word):
            return None
        reason = f"{NOT_UNDERSTOOD_REASON}: '{line.original_text}'"
        if product is not None:
            reason += f" (best guess {product.sku})"
        alternatives = guess.alternatives if guess is not None else ()
        confidence = min(guess.confidence, WEIGHTS.unread_cap) if guess is not None else 0.0
        return LineMatch(line, product, None, round(confidence, 3), reason, alternatives)

    def _names_catalog_word(self, phrase: str) -> bool:
        """One of the phrase's words is (a typo of) a word of a product's own name, alias or keyword."""
        toks, _ = tokens(phrase)
        for tok in toks:
            if not is_content(tok) or is_number(tok) or len(tok) < WEIGHTS.typo_min_length:
                continue
            for vt, sim in self.token_matches(tok).items():
                named = sim == 1.0 or (sim >= WEIGHTS.catalog_word_similarity and vt[0] == tok[0])
                if named and vt in self.own_words:
                    return True
        return False

    # ---- scoring helpers ----------------------------------------------------------------------------
    def query_weight(self, tok: str, is_size_word: bool) -> float:
        if is_size_word:
            return min(self.idf.get(tok, 1.0), WEIGHTS.size_word_weight_cap)
        if tok in self.idf:
            return self.idf[tok]
        if tok in PACK_TOKENS:
            return WEIGHTS.unseen_pack_weight
        if is_number(tok):
            return WEIGHTS.unseen_number_weight
        # unseen word: as informative as the rarest catalog word (it must be explained by the match)
        return self.unknown_weight

    def token_matches(self, tok: str) -> dict[str, float]:
        """Vocabulary tokens similar to ``tok`` with a similarity in 0..1 (exact 1.0). The typo scan
        reads the whole vocabulary, so its answer is kept per index (order words repeat a lot)."""
        hit = self._typo_cache.get(tok)
        if hit is None:
            if len(self._typo_cache) >= _TYPO_CACHE_SIZE:
                self._typo_cache.clear()
            hit = self._typo_cache[tok] = self._token_matches(tok)
        return dict(hit)

    def _token_matches(self, tok: str) -> dict[str, float]:
        out: dict[str, float] = {}
        if tok in self.postings:
            out[tok] = 1.0
        if is_number(tok) or len(tok) < WEIGHTS.typo_min_length or tok in PACK_TOKENS:
            return out
        for cand_tok, score, _i in process.extract(
            tok,
            self.vocab,
            scorer=fuzz.ratio,
            score_cutoff=WEIGHTS.typo_cutoff,
            limit=WEIGHTS.typo_candidates,
        ):
            if cand_tok == tok or is_number(cand_tok) or len(cand_tok) < WEIGHTS.typo_min_length:
                continue
            if (tok[0] != cand_tok[0] and score < WEIGHTS.typo_other_initial) or abs(
                len(tok) - len(cand_tok)
            ) > WEIGHTS.typo_max_length_diff:
                continue  # a typo, not a different word ("lemon" is not "lemonade")
            out[cand_tok] = max(out.get(cand_tok, 0.0), (score / 100.0) ** WEIGHTS.typo_exponent)
        return out

    def string_score(
        self, query: list[str], weights: list[float], sims: list[dict[str, float]], cand: Candidate
    ) -> float:
        """How well one catalog string explains the phrase: IDF-weighted recall of the phrase's words,
        scaled by the precision of the string's."""
        ctoks = cand.tokens
        info = self.info[cand.product]
        matched_c = [0.0] * len(ctoks)
        got = 0.0
        total = 0.0
        for w, sim in zip(weights, sims, strict=True):
            total += w
            best = 0.0
            best_pos: tuple[int, ...] = ()
            for k, ct in enumerate(ctoks):
                v = sim.get(ct, 0.0)
                if v > best:
                    best, best_pos = v, (k,)
            for joined, a, b in cand.joins:
                v = sim.get(joined, 0.0)
                if v > best:
                    best, best_pos = v, (a, b)
            if best < 1.0:
                # the word is explained by another field of the same product ("heineken beer bottle");
                # a category word only half counts ("sparkling" is the Water category, not every water)
                for vt, v in sim.items():
                    if v * WEIGHTS.own_field_credit > best and vt in info.bag:
                        best, best_pos = v * WEIGHTS.own_field_credit, ()
                    elif v * WEIGHTS.category_credit > best and vt in info.cat_bag:
                        best, best_pos = v * WEIGHTS.category_credit, ()
            got += w * best
            for k in best_pos:
                matched_c[k] = max(matched_c[k], best)
        if total <= 0 or got <= 0:
            return 0.0
        recall = got / total
        ctotal = cand.weight_total
        precision = (
            sum(w * m for w, m in zip(cand.weights, matched_c, strict=True)) / ctotal if ctotal else 0.0
        )
        return recall * (WEIGHTS.recall_share + WEIGHTS.precision_share * precision)


_TYPO_CACHE_SIZE = 20_000


def _candidate(pi: int, fieldname: str, text: str, variant: int | None = None) -> Candidate | None:
    toks, sizes = tokens(text)
    content = frozenset(t for t in toks if is_content(t))
    if not content:
        return None  # "24 pack", "330ml can": format only, says nothing about the product
    joins = tuple(
        (toks[i] + toks[i + 1], i, i + 1)
        for i in range(len(toks) - 1)
        if toks[i].isalpha() and toks[i + 1].isalpha()
    )
    raw_toks, _ = tokens(text, translate=False)
    surface = frozenset(t for t in raw_toks if is_content(t))
    translated = surface if surface != content else None
    return Candidate(pi, fieldname, text, tuple(toks), joins, variant, tuple(sizes), content, translated)


def _product_candidates(pi: int, p: CatalogProduct) -> Iterable[Candidate]:
    """Every distinct catalog string of one product, with the field it came from."""
    texts: list[tuple[str, str, int | None]] = [("name", p.name, None)]  # (field, text, variant)
    texts += [("alias", a, None) for a in p.aliases]
    for ex in p.ai_training_examples:
        lines = extract_lines(ex)
        if lines:
            texts += [("example", f"{ln.phrase} {ln.size or ''}".strip(), None) for ln in lines if ln.phrase]
        else:
            texts.append(("example", ex, None))
    texts += [("keyword", k, None) for k in p.keywords]
    for vi, v in enumerate(p.variants):
        texts.append(("variant", v.name, vi))
        texts += [("variant", a, vi) for a in v.ai_aliases]
    if p.category:
        texts.append(("category", p.category, None))
    texts += [("category", k, None) for k in p.category_keywords]
    seen: set[tuple[str, tuple[str, ...]]] = set()
    for fieldname, text, variant_index in texts:
        cand = _candidate(pi, fieldname, text, variant_index)
        if cand is None:
            continue
        key = (fieldname, cand.tokens)
        if key in seen:
            continue
        seen.add(key)
        yield cand
