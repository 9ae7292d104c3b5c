"""Building a CatalogIndex's compact arrays: the catalog strings of every product, the interned
tokens, the row arrays gathered from distinct texts and token tuples, the IDF weights and the CSR
postings (token -> rows). ``index.py`` holds the CatalogIndex that reads them.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from jobs.language.extraction import extract_lines, normalize_unit
from jobs.language.matching.catalog import CatalogProduct
from jobs.language.matching.packs import measured_in
from jobs.language.matching.tokens import is_content, is_number, tokens_many
from jobs.language.matching.vocabulary import OUTER_PACKS, PACK_TOKENS
from jobs.language.matching.weights import WEIGHTS
from jobs.language.scripts import fold_scripts

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

FIELDS = ("name", "alias", "example", "keyword", "variant", "category")
FIELD_CODE = {f: i for i, f in enumerate(FIELDS)}
CATEGORY = FIELD_CODE["category"]
NAME = FIELD_CODE["name"]

_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)


def _joins(toks: Sequence[str]) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (toks[i] + toks[i + 1], i, i + 1)
        for i in range(len(toks) - 1)
        if toks[i].isalpha() and toks[i + 1].isalpha()
    )


def _own_texts(p: CatalogProduct) -> list[tuple[int, str, int]]:
    """Every own catalog string of one product with its field code and variant (-1: none), in scoring
    order (its category strings follow: `_category_texts`)."""
    texts: list[tuple[int, str, int]] = [(0, p.name, -1)]
    if p.aliases:
        texts += [(1, a, -1) for a in p.aliases]
    for ex in p.ai_training_examples:
        texts += [(2, t, -1) for t in _example_texts(ex)]
    if p.keywords:
        texts += [(3, k, -1) for k in p.keywords]
    for vi, v in enumerate(p.variants):
        texts.append((4, v.name, vi))
        texts += [(4, a, vi) for a in v.ai_aliases]
    return texts


@lru_cache(maxsize=65_536)
def _example_texts(example: str) -> tuple[str, ...]:
    """The catalog strings a training example gives: the phrases (and sizes) of its lines, or itself
    (cached: rebuilding a catalog reads the same examples again). A part the extractor could not read as a
    line gives its own words: its phrase may have lost the word that names the product ("restock request:
    lunch napkins" would give "napkins", every napkin's family word)."""
    lines = extract_lines(example)
    if lines:
        return tuple(
            f"{ln.phrase} {ln.size or ''}".strip() if ln.understood else ln.original_text
            for ln in lines
            if ln.phrase
        )
    return (example,)


def _translations_of_family_words(
    prods: Sequence[CatalogProduct], own_texts: list[list[tuple[int, str, int]]]
) -> list[list[tuple[int, str, int]]]:
    """An alias in another script whose reading is only a word several products' names hold ("わさび", read
    "wasabi", for the wasabi paste when wasabi powder is sold too) is a translation of the family word, not
    of the product's name: it is kept as a keyword, which alone never names the product exactly."""
    foreign = [
        (pi, k)
        for pi, texts in enumerate(own_texts)
        for k, (f, t, _) in enumerate(texts)
        if f == 1 and not t.isascii()
    ]
    foreign = [(pi, k) for pi, k in foreign if fold_scripts(own_texts[pi][k][1]) != own_texts[pi][k][1]]
    if not foreign:
        return own_texts
    names, _ = tokens_many([p.name for p in prods])
    holders: dict[str, set[int]] = {}
    for pi, toks in enumerate(names):
        for t in toks:
            holders.setdefault(t, set()).add(pi)
    aliases, _ = tokens_many([own_texts[pi][k][1] for pi, k in foreign])
    for (pi, k), toks in zip(foreign, aliases, strict=True):
        if toks and all(len(holders.get(t, ())) >= 2 for t in toks):
            _, text, variant = own_texts[pi][k]
            own_texts[pi][k] = (3, text, variant)
    return own_texts


def _category_texts(p: CatalogProduct) -> tuple[str, ...]:
    return ((p.category,) if p.category else ()) + tuple(p.category_keywords)


class _Builder:
    """Fills a CatalogIndex's arrays from its products.

    Three levels, so that the Python work is per distinct text, not per product string: the distinct
    texts (slots) are tokenised in one batch; the distinct token tuples are interned with their token
    ids, joins and product-word counts; each product then only lists its rows as (slot, field, variant),
    its category's rows coming as one precomputed block. The row arrays are gathered from those with
    numpy."""

    def __init__(self, index: CatalogIndex) -> None:
        self.index = index
        self.tok_id: dict[str, int] = {}
        self.tok_str: list[str] = []

    def _id(self, tok: str) -> int:
        i = self.tok_id.get(tok)
        if i is None:
            i = self.tok_id[tok] = len(self.tok_str)
            self.tok_str.append(tok)
        return i

    def run(self) -> None:
        prods = self.index.products
        own_texts = _translations_of_family_words(prods, [_own_texts(p) for p in prods])
        cat_keys = [_category_texts(p) for p in prods]
        slots = _Slots.of(own_texts, cat_keys)
        tuples = self._intern(slots.toks)
        cat_block = _category_blocks(cat_keys, slots.slot, tuples.slot_tup)
        rows = _Rows()
        slot_packs = [tuple(t for t in toks if t in PACK_TOKENS) for toks in slots.toks]
        units: dict[str | None, str | None] = {}
        for pi, texts in enumerate(own_texts):
            rows.add_product(
                prods[pi], texts, cat_block[cat_keys[pi]], slots, slot_packs, tuples.slot_tup, units
            )
        self._store(slots, tuples, rows)

    def _intern(self, toks_by_slot: Sequence[tuple[str, ...]]) -> _Tuples:
        """The distinct token tuples: ids, joins, product-word count (-1 for a slot with no product word)."""
        tup_of: dict[tuple[str, ...], int] = {}
        out = _Tuples()
        content_of: dict[str, bool] = {}
        tok_id = self.tok_id
        new_id = self._id
        slot_tup = out.slot_tup
        tj_tok, tj_a, tj_b = out.tj_tok, out.tj_a, out.tj_b
        for toks in toks_by_slot:
            tup = tup_of.get(toks)
            if tup is None:
                for t in toks:
                    if t not in content_of:
                        content_of[t] = is_content(t)
                n_content = len({t for t in toks if content_of[t]})
                if not n_content:
                    tup = -1  # "24 pack", "330ml can": format only, says nothing of the product
                else:
                    tup = len(out.tup_len)
                    ids = [tok_id[t] if t in tok_id else new_id(t) for t in toks]
                    out.tup_len.append(len(ids))
                    out.tup_toks.extend(ids)
                    out.tup_ncontent.append(n_content)
                    n_joins = 0  # _joins(toks), inline: two adjacent words, both alphabetic
                    prev_alpha = False
                    for b, t in enumerate(toks):
                        alpha = t.isalpha()
                        if alpha and prev_alpha:
                            j = toks[b - 1] + t
                            tj_tok.append(tok_id[j] if j in tok_id else new_id(j))
                            tj_a.append(ids[b - 1])
                            tj_b.append(ids[b])
                            n_joins += 1
                        prev_alpha = alpha
                    out.tj_len.append(n_joins)
                tup_of[toks] = tup
            slot_tup.append(tup)
        return out

    def _store(self, slots: _Slots, tuples: _Tuples, rows: _Rows) -> None:
        """The index's row arrays, gathered from the rows' slots and the slots' token tuples."""
        index = self.index
        rows_slot = _arr(rows.r_slot, np.int32)
        slot_tup_a = np.array(tuples.slot_tup, dtype=np.int32)
        r_tup = slot_tup_a[rows_slot] if len(rows_slot) else np.zeros(0, dtype=np.int32)
        tl = _arr(tuples.tup_len, np.int32)
        tup_ptr = np.zeros(len(tl) + 1, dtype=np.int64)
        np.cumsum(tl, out=tup_ptr[1:])
        s_len = tl[r_tup] if len(r_tup) else np.zeros(0, dtype=np.int32)
        s_toks = _arr(tuples.tup_toks, np.int32)[_gather(tup_ptr, r_tup, s_len)]
        jl = _arr(tuples.tj_len, np.int32)
        tj_ptr = np.zeros(len(jl) + 1, dtype=np.int64)
        np.cumsum(jl, out=tj_ptr[1:])
        row_jl = jl[r_tup] if len(r_tup) else np.zeros(0, dtype=np.int32)
        jidx = _gather(tj_ptr, r_tup, row_jl)
        j_row = np.repeat(np.arange(len(r_tup), dtype=np.int32), row_jl)
        index.slot_text = slots.text
        index.s_slot = rows_slot
        index.s_size = np.array(slots.size, dtype=np.int32)[rows_slot] if len(rows_slot) else _EMPTY_I
        index.size_sets = list(slots.size_id)
        p_count = _arr(rows.p_count, np.int32)
        index.s_prod = np.repeat(np.arange(len(index.products), dtype=np.int32), p_count)
        index.s_field = _arr(rows.r_field, np.int8)
        index.s_variant = _arr(rows.r_variant, np.int32)
        ncontent = _arr(tuples.tup_ncontent, np.int16)
        index.s_ncontent = ncontent[r_tup] if len(r_tup) else np.zeros(0, dtype=np.int16)
        index._ncontent_mv = memoryview(index.s_ncontent.data)
        p_start = np.zeros(len(index.products) + 1, dtype=np.int32)
        np.cumsum(p_count, out=p_start[1:])
        index.p_start = p_start
        index.p_sizes = _arr(rows.p_sizes, np.int32)
        index.product_size_sets = list(rows.psize_id)
        index.p_units = _arr(rows.p_units, np.int64)
        index.p_measure = _arr(rows.p_measure, np.int8)
        index.p_outer = _arr(rows.p_outer, np.int8).astype(bool)
        index.unit_bit = rows.unit_bit
        self._weigh(
            s_len.astype(np.int32),
            s_toks,
            j_row,
            _arr(tuples.tj_tok, np.int32)[jidx],
            _arr(tuples.tj_a, np.int32)[jidx],
            _arr(tuples.tj_b, np.int32)[jidx],
        )

    def _weigh(
        self,
        s_len: np.ndarray,
        s_toks: np.ndarray,
        j_row: np.ndarray,
        j_tok: np.ndarray,
        j_a: np.ndarray,
        j_b: np.ndarray,
    ) -> None:
        """IDF weights of every token, and the postings."""
        index = self.index
        s_prod, s_field = index.s_prod, index.s_field
        n_products = len(index.products)
        n_vocab = len(self.tok_str)
        n_rows = len(s_prod)
        s_start = np.zeros(n_rows + 1, dtype=np.int32)
        np.cumsum(s_len, out=s_start[1:])
        row_of_tok = np.repeat(np.arange(n_rows, dtype=np.int32), s_len)
        own_row = s_field != CATEGORY
        own_pos = own_row[row_of_tok]

        # document frequencies: products whose own strings (else whose category) hold the token
        def df_of(mask: np.ndarray) -> list[int]:
            vocab = max(n_vocab, 1)
            pairs = np.sort(s_prod[row_of_tok[mask]].astype(np.int64) * vocab + s_toks[mask])
            pairs = pairs[np.append(True, pairs[1:] != pairs[:-1])] if len(pairs) else pairs  # distinct
            return np.bincount(pairs % vocab, minlength=n_vocab).tolist()  # type: ignore[no-any-return]

        df = df_of(own_pos)
        df_cat = df_of(~own_pos)
        n = max(n_products, 1)
        idf_list: list[float] = []
        log = math.log
        for t, tok in enumerate(self.tok_str):
            d = df[t] or df_cat[t] or 1
            w = log(1 + n / d)
            if tok in PACK_TOKENS:
                w *= WEIGHTS.pack_token_idf
            elif is_number(tok):
                w *= WEIGHTS.number_token_idf
            idf_list.append(w)
        idf_arr = np.array(idf_list, dtype=np.float64)
        ctotal = np.add.reduceat(idf_arr[s_toks], s_start[:-1]) if n_rows else np.zeros(0)

        # postings: every (token, row) of the strings' tokens and joins, by token
        pair_tok = np.concatenate([s_toks, j_tok])
        pair_row = np.concatenate([row_of_tok, j_row])
        pair_w = np.concatenate([idf_arr[s_toks], idf_arr[j_a] + idf_arr[j_b]])
        pair_join = np.concatenate([np.zeros(len(s_toks), dtype=bool), np.ones(len(j_tok), dtype=bool)])
        order = np.argsort(pair_tok, kind="stable")
        post_ptr = np.zeros(n_vocab + 1, dtype=np.int32)
        np.cumsum(np.bincount(pair_tok, minlength=n_vocab), out=post_ptr[1:])
        post_row = pair_row[order].astype(np.int32)
        post_imp = (pair_w[order] / ctotal[post_row]).astype(np.float32) if n_rows else _EMPTY_F

        own_tok = np.zeros(n_vocab, dtype=bool)
        own_tok[s_toks[own_pos]] = True
        index.tok_str = self.tok_str
        index.tok_id = self.tok_id
        index.vocab = sorted(self.tok_str)
        index.idf = dict(zip(self.tok_str, idf_list, strict=True))
        index.idf_arr = idf_arr.astype(np.float32)
        index.tok_content = np.fromiter(map(is_content, self.tok_str), dtype=bool, count=n_vocab)
        index.own_tok = own_tok
        index.unknown_weight = math.log(1 + n / WEIGHTS.unseen_word_doc_freq)
        index.s_start = s_start
        index.s_toks = s_toks
        index.post_ptr = post_ptr
        index.post_row = post_row
        index.post_imp = post_imp
        index.post_join = pair_join[order]


def _gather(ptr: np.ndarray, which: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Indices of the concatenation of the CSR segments ``which`` (segment k is [ptr[k], ptr[k+1]))."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = ptr[which]
    out_start = np.zeros(len(lengths), dtype=np.int64)
    np.cumsum(lengths[:-1], out=out_start[1:])
    return np.arange(total, dtype=np.int64) + np.repeat(starts - out_start, lengths)


def _arr(a: array[Any], dtype: Any) -> np.ndarray:
    return np.frombuffer(a, dtype=dtype).copy() if len(a) else np.zeros(0, dtype=dtype)


@dataclass
class _Slots:
    """The distinct texts of the catalog (slots), tokenised in one batch, with their size sets."""

    slot: dict[str, int]  # text -> slot
    text: list[str]
    toks: list[tuple[str, ...]]
    sizes: list[tuple[str, ...]]
    size: list[int]  # per slot: its size set's id
    size_id: dict[tuple[str, ...], int]

    @classmethod
    def of(
        cls, own_texts: Sequence[list[tuple[int, str, int]]], cat_keys: Sequence[tuple[str, ...]]
    ) -> _Slots:
        slot: dict[str, int] = {}
        for texts in own_texts:
            for _f, text, _v in texts:
                if text not in slot:
                    slot[text] = len(slot)
        for key in set(cat_keys):
            for text in key:
                if text not in slot:
                    slot[text] = len(slot)
        slot_text = list(slot)
        toks_by_slot, sizes_by_slot = tokens_many(slot_text)
        size_id: dict[tuple[str, ...], int] = {(): 0}
        slot_size = [size_id.setdefault(sz, len(size_id)) for sz in sizes_by_slot]
        return cls(slot, slot_text, list(toks_by_slot), list(sizes_by_slot), slot_size, size_id)


@dataclass
class _Tuples:
    """The distinct token tuples, interned: per slot its tuple (-1: no product word), per tuple its token
    ids, product-word count and joins (CSR by lengths)."""

    slot_tup: list[int] = field(default_factory=list)
    tup_len: array[int] = field(default_factory=lambda: array("i"))
    tup_toks: array[int] = field(default_factory=lambda: array("i"))
    tup_ncontent: array[int] = field(default_factory=lambda: array("h"))
    tj_len: array[int] = field(default_factory=lambda: array("i"))
    tj_tok: array[int] = field(default_factory=lambda: array("i"))
    tj_a: array[int] = field(default_factory=lambda: array("i"))
    tj_b: array[int] = field(default_factory=lambda: array("i"))


def _category_blocks(
    cat_keys: Sequence[tuple[str, ...]], slot: dict[str, int], slot_tup: list[int]
) -> dict[tuple[str, ...], list[int]]:
    """The rows every product of a category gets, deduplicated once per category."""
    cat_block: dict[tuple[str, ...], list[int]] = {}
    for key in set(cat_keys):
        seen_t: set[int] = set()
        block: list[int] = []
        for text in key:
            sl = slot[text]
            tup = slot_tup[sl]
            if tup >= 0 and tup not in seen_t:
                seen_t.add(tup)
                block.append(sl)
        cat_block[key] = block
    return cat_block


@dataclass
class _Rows:
    """Each product's rows as (slot, field, variant), and what the evidence rules read of the product
    (packs.py: product_info) for the bounds: its size set, pack words, kg and outer-pack flags."""

    r_slot: array[int] = field(default_factory=lambda: array("i"))
    r_field: array[int] = field(default_factory=lambda: array("b"))
    r_variant: array[int] = field(default_factory=lambda: array("i"))
    p_count: array[int] = field(default_factory=lambda: array("i"))
    p_sizes: array[int] = field(default_factory=lambda: array("i"))
    p_units: array[int] = field(default_factory=lambda: array("q"))
    p_measure: array[int] = field(default_factory=lambda: array("b"))  # 1: by weight, 2: by volume
    p_outer: array[int] = field(default_factory=lambda: array("b"))  # sold by an outer pack (case, box...)
    unit_bit: dict[str, int] = field(default_factory=dict)
    psize_id: dict[tuple[str, ...], int] = field(default_factory=lambda: {(): 0})
    measure_of: dict[tuple[tuple[str, ...], str | None], int] = field(default_factory=dict)

    def add_product(
        self,
        p: CatalogProduct,
        texts: list[tuple[int, str, int]],
        block: list[int],
        slots: _Slots,
        slot_packs: list[tuple[str, ...]],
        slot_tup: list[int],
        units: dict[str | None, str | None],
    ) -> None:
        """Product p's own rows (one per distinct token tuple and field), then its category's block."""
        seen: set[int] = set()
        n_rows = 0
        raw_unit = p.unit
        unit = units.get(raw_unit, "")
        if unit == "":
            unit = units[raw_unit] = normalize_unit(raw_unit) if raw_unit else None
        containers: set[str] = {unit} if unit else set()
        slot_of, slot_size = slots.slot, slots.size
        sized: list[tuple[int, int]] = []  # (order key, slot) of its texts with a size
        last_variant = -1
        for fcode, text, variant in texts:
            sl = slot_of[text]
            if slot_size[sl] and fcode != 2:
                # name and aliases, keywords, variant names, variant aliases (training examples: none)
                group = 0 if fcode < 3 else 1 if fcode == 3 else 2 if variant != last_variant else 3
                sized.append((group, sl))
            if fcode == 4:
                last_variant = variant
            if (fcode == 0 or fcode == 3) and slot_packs[sl]:
                containers.update(slot_packs[sl])
            tup = slot_tup[sl]
            if tup < 0:
                continue
            row_key = tup * 8 + fcode
            if row_key in seen:
                continue
            seen.add(row_key)
            self.r_slot.append(sl)
            self.r_field.append(fcode)
            self.r_variant.append(variant)
            n_rows += 1
        if block:
            self.r_slot.extend(block)
            self.r_field.extend([CATEGORY] * len(block))
            self.r_variant.extend([-1] * len(block))
            n_rows += len(block)
        self.p_count.append(n_rows)
        sizes = _sizes_in_order(sized, slots) if sized else ()
        measure = self.measure_of.get((sizes, unit))
        if measure is None:
            measure = measured_in("kg", sizes, unit) | measured_in("l", sizes, unit) << 1
            self.measure_of[(sizes, unit)] = measure
        self.p_measure.append(measure)
        self.p_outer.append(unit in OUTER_PACKS)
        self.p_sizes.append(self.psize_id.setdefault(sizes, len(self.psize_id)) if sizes else 0)
        mask = 0
        for pack in containers:
            mask |= 1 << min(self.unit_bit.setdefault(pack, len(self.unit_bit)), 62)
        self.p_units.append(mask)


def _sizes_in_order(sized: list[tuple[int, int]], slots: _Slots) -> tuple[str, ...]:
    """The sizes of a product's name, aliases, keywords, variant names and variant aliases, in that
    order, each once (``sized``: (group, slot) of those texts that hold a size, in the texts' order)."""
    sizes: list[str] = []
    for _group, sl in sorted(sized, key=lambda gs: gs[0]):  # stable: the texts' order within a group
        for sz in slots.sizes[sl]:
            if sz not in sizes:
                sizes.append(sz)
    return tuple(sizes)
