"""The compiled catalog: every product string tokenised and IDF-weighted once, with a typo-tolerant
lookup from a phrase's words to the strings that hold them.

Compact: the strings are rows of flat numpy arrays (product, field, variant, token ids), the tokens are
interned once, the postings (token -> strings, with each string's share of weight) are one CSR array
pair. The objects the scorer reads (``Candidate``, ``ProductInfo``) are made on demand for the few
products a line scores, in small bounded caches: a 20,000-product build is a batch tokenisation plus a
few array operations, not a Python object per string.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from jobs.language.extraction import OrderLine, normalize_unit
from jobs.language.matching import footprint
from jobs.language.matching.across import read_across
from jobs.language.matching.build import (  # FIELD_CODE, NAME: re-exported (score.py reads NAME here)
    _EMPTY_F,
    _EMPTY_I,
    CATEGORY,
    FIELDS,
    _Builder,
    _joins,
)
from jobs.language.matching.build import FIELD_CODE as FIELD_CODE
from jobs.language.matching.build import NAME as NAME
from jobs.language.matching.case_endings import CaseStems, inflected_form
from jobs.language.matching.catalog import CatalogProduct, CatalogVariant, catalog_fingerprint
from jobs.language.matching.edges import only_function_words
from jobs.language.matching.evidence import NOT_UNDERSTOOD_REASON, UNREAD_LIST_ITEM, LineMatch, Unread
from jobs.language.matching.joined import split_joined
from jobs.language.matching.lexicon import ENGLISH
from jobs.language.matching.packs import ProductInfo, info_from, product_info
from jobs.language.matching.remarks import is_remark, names_catalog_word
from jobs.language.matching.rematch import second_look
from jobs.language.matching.tokens import is_content, is_number, single_edit, tokens
from jobs.language.matching.typos import TypoScan, same_digits
from jobs.language.matching.vocabulary import PACK_TOKENS
from jobs.language.matching.weights import WEIGHTS

_T = TypeVar("_T")


class Candidate:
    """One catalog string of a product (its name, an alias, a keyword...), tokenised."""

    __slots__ = (
        "product",
        "field",
        "text",
        "tokens",
        "joins",
        "variant",
        "sizes",
        "content",
        "weights",
        "weight_total",
        "_surface",
    )

    def __init__(
        self,
        product: int,
        field: str,
        text: str,
        tokens: tuple[str, ...],
        joins: tuple[tuple[str, int, int], ...],
        variant: int | None,
        sizes: tuple[str, ...],
        content: frozenset[str],
        weights: tuple[float, ...],
        weight_total: float,
    ) -> None:
        self.product = product  # index into products
        self.field = field
        self.text = text
        self.tokens = tokens
        self.joins = joins  # "cocacola" from tokens i, j
        self.variant = variant
        self.sizes = sizes
        self.content = content
        self.weights = weights  # the IDF weight of each token
        self.weight_total = weight_total
        self._surface: frozenset[str] | None | bool = False  # False: not read yet

    @property
    def surface(self) -> frozenset[str] | None:
        """The content as written, when the string was translated ("olio"); None when it was not."""
        if self._surface is False:
            raw, _ = tokens(self.text, translate=False)
            surface = frozenset(t for t in raw if is_content(t))
            self._surface = surface if surface != self.content else None
        return self._surface  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"Candidate({self.product}, {self.field!r}, {self.text!r})"


@dataclass
class CatalogIndex:
    """A compiled catalog: build once per tenant catalog, reuse for every message until it changes."""

    products: tuple[CatalogProduct, ...]
    # the vocabulary: token id -> token, token -> id, sorted tokens (the typo scan), IDF weights
    tok_str: list[str] = field(default_factory=list, repr=False)
    tok_id: dict[str, int] = field(default_factory=dict, repr=False)
    vocab: list[str] = field(default_factory=list, repr=False)
    idf: dict[str, float] = field(default_factory=dict, repr=False)
    idf_arr: np.ndarray = field(default_factory=lambda: _EMPTY_F, repr=False)
    tok_content: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool), repr=False)
    own_tok: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool), repr=False)
    unknown_weight: float = 4.0
    # the strings (rows): product, field code, variant (-1: none), token ids [s_start[r], s_start[r+1])
    s_prod: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)
    s_field: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8), repr=False)
    s_variant: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)
    s_start: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int32), repr=False)
    s_toks: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)
    s_ncontent: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int16), repr=False)
    s_slot: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)  # into slot_text
    slot_text: list[str] = field(default_factory=list, repr=False)  # the distinct texts
    s_size: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)  # into size_sets
    size_sets: list[tuple[str, ...]] = field(default_factory=lambda: [()], repr=False)
    p_start: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int32), repr=False)
    # per product, what the size and pack evidence reads (for the score bounds): sizes, pack words
    p_sizes: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)  # into product_size_sets
    product_size_sets: list[tuple[str, ...]] = field(default_factory=lambda: [()], repr=False)
    p_units: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64), repr=False)
    p_measure: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8), repr=False)
    p_outer: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool), repr=False)
    unit_bit: dict[str, int] = field(default_factory=dict, repr=False)
    # postings: token -> rows holding it (tokens and joins), with the row's weight share for the token
    post_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int32), repr=False)
    post_row: np.ndarray = field(default_factory=lambda: _EMPTY_I, repr=False)
    post_imp: np.ndarray = field(default_factory=lambda: _EMPTY_F, repr=False)
    post_join: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool), repr=False)
    retrieval: bool = True  # False: score every string sharing a word (the full scan, for tests)
    _typo_cache: dict[str, dict[str, float]] = field(default_factory=dict, repr=False)
    _size_bounds: dict[tuple[str | None, bool], tuple[np.ndarray, np.ndarray]] = field(
        default_factory=dict, repr=False
    )  # retrieval.py: per line size, the bounds' factor and bonus of each product size set
    _ranges: dict[tuple[int, int], list[tuple[int, CatalogVariant]]] | None = field(
        default=None, repr=False
    )  # ranges.py
    _cands: dict[int, Candidate] = field(default_factory=dict, repr=False)
    _infos: dict[int, ProductInfo] = field(default_factory=dict, repr=False)
    _bags: dict[int, tuple[frozenset[str], frozenset[str], tuple[int, ...]]] = field(
        default_factory=dict, repr=False
    )
    _containers: dict[int, frozenset[str]] = field(default_factory=dict, repr=False)
    _evidence: dict[int, EvidenceInfo] = field(default_factory=dict, repr=False)
    _ncontent_mv: memoryview = field(default_factory=lambda: memoryview(b""), repr=False)
    cands: _Rows = field(init=False, repr=False, compare=False)  # index.cands[ci]: a Candidate
    info: _Infos = field(init=False, repr=False, compare=False)  # index.info[pi]: a ProductInfo
    _by_sku: dict[str, CatalogProduct] | None = field(default=None, repr=False)

    # ---- construction ---------------------------------------------------------------------------
    @classmethod
    def build(cls, products: Sequence[CatalogProduct]) -> CatalogIndex:
        """Tokenise every product string (in one batch), intern the tokens, weigh them and lay out the
        rows and postings as arrays: O(catalog), about a second for 20,000 products."""
        prods = tuple(products)
        index = cls(products=prods)
        _Builder(index).run()
        return index

    @property
    def fingerprint(self) -> str:
        """Stable hash of the catalog content (computed on first use, then kept)."""
        found = self.__dict__.get("_fingerprint")
        if found is None:
            found = self.__dict__["_fingerprint"] = catalog_fingerprint(self.products)
        return found  # type: ignore[no-any-return]

    @property
    def n_strings(self) -> int:
        return len(self.s_slot)

    def __post_init__(self) -> None:
        self.cands = _Rows(self)
        self.info = _Infos(self)

    @property
    def nbytes(self) -> int:
        """Approximate memory of the compiled index (arrays, vocabulary and string references)."""
        return footprint.index_bytes(self)

    def _caps(self) -> tuple[int, int, int]:
        caps = self.__dict__.get("_caps_v")
        if caps is None:
            caps = self.__dict__["_caps_v"] = footprint.cache_caps(self)
        return caps  # type: ignore[no-any-return]

    def memory_bytes(self) -> int:
        """What keeping this index costs, at most (footprint.py); the per-process cache
        (jobs/pipeline/catalog_cache.py) counts this against its budget."""
        found = self.__dict__.get("_memory")
        if found is None:
            found = self.__dict__["_memory"] = footprint.memory_bytes(self)
        return found  # type: ignore[no-any-return]

    def candidate(self, ci: int) -> Candidate:
        """The string ``ci`` as the scorer reads it (made on demand, cached)."""
        hit = self._cands.get(ci)
        if hit is None:
            if len(self._cands) >= self._caps()[0]:
                self._cands.clear()
            hit = self._cands[ci] = self._make_candidate(ci)
        return hit

    def n_content(self, ci: int) -> int:
        """How many distinct product words string ``ci`` has (read without making the Candidate)."""
        return self._ncontent_mv[ci]  # type: ignore[no-any-return]

    def product_info(self, pi: int) -> ProductInfo:
        """What product ``pi``'s own text says (sizes, packs, family) and its token bags (cached)."""
        hit = self._infos.get(pi)
        if hit is None:
            if len(self._infos) >= self._caps()[1]:
                self._infos.clear()
            hit = self._infos[pi] = self._make_info(pi)
        return hit

    def rows_of(self, pi: int) -> range:
        return range(int(self.p_start[pi]), int(self.p_start[pi + 1]))

    def _row_tokens(self, ci: int) -> tuple[str, ...]:
        ts = self.tok_str
        return tuple(ts[t] for t in self.s_toks[self.s_start[ci] : self.s_start[ci + 1]].tolist())

    def _make_candidate(self, ci: int) -> Candidate:
        toks = self._row_tokens(ci)
        cw = tuple(self.idf.get(t, 1.0) for t in toks)
        variant = int(self.s_variant[ci])
        return Candidate(
            int(self.s_prod[ci]),
            FIELDS[int(self.s_field[ci])],
            self.slot_text[int(self.s_slot[ci])],
            toks,
            _joins(toks),
            variant if variant >= 0 else None,
            self.size_sets[int(self.s_size[ci])],
            frozenset(t for t in toks if is_content(t)),
            cw,
            sum(cw),
        )

    def _make_info(self, pi: int) -> ProductInfo:
        """From the sizes, pack words, unit and name tokens the build read (the same values as its text's:
        tests/test_retrieval.py), not from its texts tokenised again (most of a cold line's cost)."""
        bag, cat_bag, own_ids = self.bags(pi)
        p, texts = self.products[pi], self.slot_text
        if len(self.unit_bit) > 62:  # not every pack word is in the mask (evidence_info)
            return replace(product_info(p), bag=bag, cat_bag=cat_bag, cand_ids=own_ids)
        ev = self.evidence_info(pi)  # the name's tokens: its string's row's (none: pack words only)
        name = next((self._row_tokens(c) for c in own_ids if texts[int(self.s_slot[c])] == p.name), None)
        info = info_from(p, ev.sizes, ev.containers, ev.unit, tokens(p.name)[0] if name is None else name)
        return replace(info, bag=bag, cat_bag=cat_bag, cand_ids=own_ids)

    def bags(self, pi: int) -> tuple[frozenset[str], frozenset[str], tuple[int, ...]]:
        """(every token of product pi's own strings, the tokens only its category uses, its own
        strings), read from the arrays (cached)."""
        hit = self._bags.get(pi)
        if hit is None:
            own: set[str] = set()
            cat: set[str] = set()
            own_ids: list[int] = []
            fields = self.s_field
            for ci in self.rows_of(pi):
                toks = self._row_tokens(ci)
                if fields[ci] != CATEGORY:
                    own.update(toks)
                    own_ids.append(ci)
                else:
                    cat.update(toks)
            if len(self._bags) >= self._caps()[1]:
                self._bags.clear()
            hit = self._bags[pi] = (frozenset(own), frozenset(cat - own), tuple(own_ids))
        return hit

    def evidence_info(self, pi: int) -> EvidenceInfo:
        """What the size and pack evidence reads of product pi (its sizes, pack words, selling unit), from
        the build's arrays: the same values as its ProductInfo, without reading its text again."""
        hit = self._evidence.get(pi)
        if hit is None:
            if len(self._evidence) >= self._caps()[1]:
                self._evidence.clear()
            hit = self._evidence[pi] = self._read_evidence_info(pi)
        return hit

    def _read_evidence_info(self, pi: int) -> EvidenceInfo:
        if len(self.unit_bit) > 62:
            info = self.product_info(pi)
            return EvidenceInfo(info.sizes, info.containers, info.unit)
        mask = int(self.p_units[pi])
        containers = self._containers.get(mask)
        if containers is None:
            containers = self._containers[mask] = frozenset(
                u for u, bit in self.unit_bit.items() if mask & (1 << bit)
            )
        raw = self.products[pi].unit
        return EvidenceInfo(self.product_size_sets[int(self.p_sizes[pi])], containers, _unit(raw))

    def product_by_sku(self, sku: str) -> CatalogProduct | None:
        """The product with this SKU (a dict built on first use)."""
        if self._by_sku is None:
            self._by_sku = {p.sku: p for p in self.products}
        return self._by_sku.get(sku)

    def named_with(self, words: Iterable[str]) -> list[int]:
        """The products whose name holds one of ``words`` (tokens), ascending: read from the postings of
        the words' name strings, not by reading every product (a superset when a word is also a join of
        two name words: callers check the name itself)."""
        found: set[int] = set()
        for w in words:
            t = self.tok_id.get(w)
            if t is None:
                continue
            rows = self.post_row[int(self.post_ptr[t]) : int(self.post_ptr[t + 1])]
            found.update(self.s_prod[rows[self.s_field[rows] == NAME]].tolist())
        return sorted(found)

    # ---- matching ---------------------------------------------------------------------------------
    def match_all(self, lines: Iterable[OrderLine], time_limit: float | None = None) -> list[LineMatch]:
        """Match every line. A not-understood part is kept, never resolved, when it looks like goods (a
        counting number, a food word, a catalog word), else left out; so is a closing name (signature.py).
        Bounded in time: after ``time_limit`` s (default ``OMS_ANALYSIS_TIME_LIMIT_MS``) the rest are kept
        unmatched (TIME_LIMIT_REASON), for a reviewer."""
        todo = list(lines)
        limit = analysis_time_limit() if time_limit is None else time_limit
        deadline = time.monotonic() + limit
        out: list[LineMatch] = []
        for k, line in enumerate(todo):
            if k and time.monotonic() > deadline:
                reason = (
                    f"{TIME_LIMIT_REASON}: matching stopped after {limit * 1000:,.0f} ms, "
                    f"{k} of {len(todo)} lines matched"
                )
                out.extend(LineMatch(rest, None, None, 0.0, reason, ()) for rest in todo[k:])
                break
            if line.understood:  # a part of function words alone ("sure, ...") is not a line
                if not only_function_words(self, line):
                    out.append(split_joined(self, second_look(self, self.match(line))))
            elif (unread := self._match_unread(line)) is not None:
                out.append(unread)
        # remarks go once the neighbours are read: ", Größe M" is the size of the line before, not a remark
        return [m for m in read_across(self, out) if not (m.line.understood and is_remark(self, m))]

    def match(self, line: OrderLine, nearest: bool = True) -> LineMatch:
        """Best product for one line, with confidence, reason and runners-up (jobs/language/matching/score.py;
        ``nearest`` False: without the three nearest of a line that matches nothing)."""
        from jobs.language.matching.score import match_line

        return match_line(self, line, nearest)

    def _match_unread(self, line: OrderLine) -> LineMatch | None:
        """The reviewer's line for a part of the message that was not understood, or None when it does
        not look like goods."""
        hinted = bool(line.goods_hint or line.quantity_explicit or line.listed)
        # a part that names nothing and says nothing of goods is left out: its nearest products are read
        # only when it is kept (a matched line is the same match without them)
        guess = self.match(line, nearest=hinted) if line.phrase else None
        product = guess.product if guess is not None else None
        catalog_word = product is not None or names_catalog_word(self, line.phrase)
        if not (hinted or catalog_word):
            return None
        if guess is not None and product is None and not hinted:
            guess = self.match(line)  # kept for a catalog word: with its nearest, for the reviewer
        unread = Unread.PART
        reason = f"{NOT_UNDERSTOOD_REASON}: '{line.original_text}'"
        if not (line.goods_hint or line.quantity_explicit or catalog_word):
            unread = Unread.LIST_ITEM
            reason = f"{UNREAD_LIST_ITEM}: a line of the list names nothing known: '{line.original_text}'"
        if product is not None:
            reason += f" (best guess {product.sku})"
        alternatives = guess.alternatives if guess is not None else ()
        confidence = min(guess.confidence, WEIGHTS.unread_cap) if guess is not None else 0.0
        return LineMatch(line, product, None, round(confidence, 3), reason, alternatives, unread=unread)

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
        reads the vocabulary of feasible lengths, so its answer is kept per index (order words repeat)."""
        hit = self._typo_cache.get(tok)
        if hit is None:
            if len(self._typo_cache) >= self._caps()[2]:
                self._typo_cache.clear()
            hit = self._typo_cache[tok] = self._token_matches(tok)
        return dict(hit)

    def _token_matches(self, tok: str) -> dict[str, float]:
        out: dict[str, float] = {}
        if tok in self.tok_id:
            out[tok] = 1.0
        if is_number(tok) or len(tok) < WEIGHTS.typo_min_length or tok in PACK_TOKENS:
            return out
        for cand_tok, score, _i in process.extract(
            tok,
            self._typos().candidates(tok, WEIGHTS.typo_cutoff),
            scorer=fuzz.ratio,
            score_cutoff=WEIGHTS.typo_cutoff,
            limit=WEIGHTS.typo_candidates,
        ):
            if cand_tok == tok or is_number(cand_tok) or len(cand_tok) < WEIGHTS.typo_min_length:
                continue
            if not same_digits(cand_tok, tok):
                continue  # a code with other digits is another code ("gn16" for "gn11", "t65" for "t55")
            # INFLECTED_ALIAS (case_endings.py): "lonkeroa" of "lonkero"
            inflected = inflected_form(tok, cand_tok)
            if (tok[0] != cand_tok[0] and score < WEIGHTS.typo_other_initial) or abs(
                len(tok) - len(cand_tok)
            ) > WEIGHTS.typo_max_length_diff + inflected:
                continue  # a typo, not a different word ("lemon" is not "lemonade")
            sim = (score / 100.0) ** WEIGHTS.typo_exponent
            sim = WEIGHTS.single_edit_similarity if inflected or single_edit(tok, cand_tok) else sim
            out[cand_tok] = max(out.get(cand_tok, 0.0), sim)
        for cand_tok in (
            () if tok in self.tok_id else self._declined().of(tok)
        ):  # INFLECTED_ALIAS beyond a typo's reach (case_endings.py): "laskega" of "lasko"
            out[cand_tok] = max(out.get(cand_tok, 0.0), WEIGHTS.single_edit_similarity)
        return out

    def _declined(self) -> CaseStems:
        """The vocabulary by the stems its words are declined from (case_endings.py), made on the first lookup."""
        return self._made_once("_case_stems", lambda: CaseStems(self.vocab, ENGLISH))

    def _typos(self) -> TypoScan:
        """The typo scan's first cut over the vocabulary (typos.py), made on the first lookup."""
        return self._made_once("_typo_scan", lambda: TypoScan(self.vocab))

    def _made_once(self, name: str, make: Callable[[], _T]) -> _T:
        """MADE_ONCE: a structure of the index made on first use, by one thread: a worker's threads that meet
        a new index at once (its first messages, and after every catalog change) waited for the index, then
        each made the typo scan and the case stems itself (8 of each at 8 threads, 20,000 products: 1.8 s
        of CPU for 0.3 s of work). The others wait for the one making it (the index's own lock)."""
        found = self.__dict__.get(name)
        if found is None:
            with self.__dict__.setdefault("_making", threading.Lock()):  # setdefault: one lock, atomically
                found = self.__dict__.get(name)
                if found is None:
                    found = self.__dict__[name] = make()
        return found  # type: ignore[no-any-return]

    def string_score(
        self, query: list[str], weights: list[float], sims: list[dict[str, float]], cand: Candidate
    ) -> float:
        """How well one catalog string explains the phrase: IDF-weighted recall of the phrase's words,
        scaled by the precision of the string's."""
        ctoks = cand.tokens
        bag, cat_bag, _own = self.bags(cand.product)
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
                    if v * WEIGHTS.own_field_credit > best and vt in bag:
                        best, best_pos = v * WEIGHTS.own_field_credit, ()
                    elif v * WEIGHTS.category_credit > best and vt in cat_bag:
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


class _Rows:
    """``index.cands[ci]``: the string ``ci`` as a Candidate."""

    __slots__ = ("_index",)

    def __init__(self, index: CatalogIndex) -> None:
        self._index = index

    def __getitem__(self, ci: int) -> Candidate:
        return self._index.candidate(int(ci))

    def __len__(self) -> int:
        return self._index.n_strings


class _Infos:
    """``index.info[pi]``: product ``pi``'s ProductInfo."""

    __slots__ = ("_index",)

    def __init__(self, index: CatalogIndex) -> None:
        self._index = index

    def __getitem__(self, pi: int) -> ProductInfo:
        return self._index.product_info(int(pi))

    def __len__(self) -> int:
        return len(self._index.products)


TIME_LIMIT_REASON = "ANALYSIS_TIME_LIMIT"
_DEFAULT_TIME_LIMIT = 2.0


def analysis_time_limit() -> float:
    """Seconds one message's matching may take (``OMS_ANALYSIS_TIME_LIMIT_MS``; 2 s without settings)."""
    try:
        from worker.settings import get_settings

        return get_settings().analysis_time_limit_ms / 1000.0
    except Exception:  # a library use without the worker's environment
        return _DEFAULT_TIME_LIMIT


@dataclass(frozen=True)
class EvidenceInfo:
    sizes: tuple[str, ...]
    containers: frozenset[str]
    unit: str | None


_units: dict[str, str | None] = {}


def _unit(raw: str | None) -> str | None:
    """normalize_unit of a product's unit, cached (a catalog uses a handful)."""
    if not raw:
        return None
    found = _units.get(raw, "")
    if found == "":
        if len(_units) > 4096:
            _units.clear()
        found = _units[raw] = normalize_unit(raw)
    return found
