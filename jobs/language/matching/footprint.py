"""What a compiled catalog (`index.CatalogIndex`) costs in memory, and how many of the objects it makes on
demand it keeps. A process holds many tenants' indexes; the per-process cache (jobs/pipeline/catalog_cache.py)
charges each one its `memory_bytes` against the cache's budget, so the charge must bound what the index can
grow to: its arrays and vocabulary, its products, and its caches (Candidates, ProductInfos, typo answers)
full at their caps."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jobs.language.matching.catalog import CatalogProduct
from jobs.language.matching.typos import BUCKETS as TYPO_BUCKETS

if TYPE_CHECKING:
    from jobs.language.matching.index import CatalogIndex

# The objects made on demand and kept per index (Candidate, ProductInfo, typo answers): at most these,
# and fewer for a small catalog, so that a process holding many tenants' indexes stays within its budget.
_SMALL_CATALOG = 400  # products: keeps all (2.5 MB at 67; a smaller cache remade most, line after line)
_CANDIDATES_MAX = 8_192
_INFOS_MAX = 4_096
_TYPOS_MAX = 20_000
# bytes each kept object costs, measured with tracemalloc (a Candidate with its tuples and sets, ...)
_CANDIDATE_BYTES = 900
_INFO_BYTES = 1_400
_TYPO_BYTES = 400
_EVIDENCE_BYTES = 200  # an EvidenceInfo: its sizes and containers are shared


def cache_caps(index: CatalogIndex) -> tuple[int, int, int]:
    """How many Candidates, ProductInfos (and their bags and evidence) and typo answers ``index`` keeps."""
    if len(index.products) <= _SMALL_CATALOG:  # keeps everything it makes
        return (index.n_strings, len(index.products), max(512, len(index.tok_str)))
    return (
        min(_CANDIDATES_MAX, max(256, index.n_strings // 8)),
        min(_INFOS_MAX, max(128, len(index.products) // 8)),
        min(_TYPOS_MAX, max(512, len(index.tok_str) // 4)),
    )


def index_bytes(index: CatalogIndex) -> int:
    """Approximate memory of the compiled index (arrays, vocabulary and string references)."""
    arrays = sum(
        a.nbytes
        for a in (
            index.idf_arr,
            index.tok_content,
            index.own_tok,
            index.s_prod,
            index.s_field,
            index.s_variant,
            index.s_start,
            index.s_toks,
            index.s_ncontent,
            index.s_size,
            index.s_slot,
            index.p_start,
            index.p_sizes,
            index.p_units,
            index.p_measure,
            index.p_outer,
            index.post_ptr,
            index.post_row,
            index.post_imp,
            index.post_join,
        )
    )
    vocab = sum(len(t) + 49 for t in index.tok_str) + 3 * 100 * len(index.tok_str)  # str, dicts, list
    return arrays + vocab + sum(len(t) + 57 for t in index.slot_text)


def memory_bytes(index: CatalogIndex) -> int:
    """What keeping ``index`` costs, at most: its arrays and vocabulary, its products (estimated from a
    sample), and the objects it makes on demand at their caps."""
    cands, infos, typos = cache_caps(index)
    lazy = cands * _CANDIDATE_BYTES + infos * (_INFO_BYTES + _EVIDENCE_BYTES) + typos * _TYPO_BYTES
    near = (TYPO_BUCKETS + 8) * len(index.vocab)  # the typo scan's character counts (typos.py)
    near += 64 * 16 * len(index.product_size_sets)  # retrieval.py's size bounds, 64 line sizes
    near += 16 * index.n_strings  # retrieval.py's two field weights per string
    near += 64 * len(index.products)  # product_by_sku's dict
    return index_bytes(index) + _products_bytes(index.products) + lazy + near


def _products_bytes(products: Sequence[CatalogProduct]) -> int:
    """Estimated memory of the product objects (strings, tuples, decimals), from up to 256 of them."""
    if not products:
        return 0
    step = max(1, len(products) // 256)
    sample = products[::step]
    total = 0
    for p in sample:
        total += sys.getsizeof(p) + sys.getsizeof(p.__dict__) + 64  # object, attributes, price
        for text in (p.id, p.sku, p.name, p.unit or "", p.category or ""):
            total += sys.getsizeof(text)
        for group in (p.aliases, p.keywords, p.ai_training_examples, p.category_keywords):
            total += sys.getsizeof(group) + sum(sys.getsizeof(t) for t in group)
        for v in p.variants:
            total += 400 + sys.getsizeof(v.name) + sum(sys.getsizeof(t) for t in v.ai_aliases)
    return total * len(products) // len(sample)
