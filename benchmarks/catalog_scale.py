"""How the language stages scale with the catalog: index build time, index memory and per-message cost.

    .venv/bin/python benchmarks/catalog_scale.py [--sizes 1000,20000,100000] [--repeat 2] [--json]
        [--cpu [--builds 3]]
    .venv/bin/python benchmarks/catalog_scale.py --tenants 1000 [--tenant-products 1000] [--messages 3000]
        [--cache-mb 512] [--skew 1.0]

For each size, generates a realistic synthetic catalog (the shipped test catalog's products plus
generated ones: brands, descriptors, sizes, pack formats and near-duplicates of the real products), builds
the ``CatalogIndex`` (timed; memory is the traced allocation growth), then runs the shipped corpus
messages through the in-process language stages (PII, extraction + intent, matching + decision) and
prints p50/p99 per message after one untimed warm-up pass (a worker keeps its index, and the index its
typo answers, between messages). The machine is shared: figures taken under load are noisy; ``--cpu``
reads this process's CPU time instead, the least of ``--builds`` builds and each message's least over the
``--repeat`` passes, the figures the README quotes.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.ai.providers import LocalProvider  # noqa: E402
from jobs.language.matching import CatalogIndex, load_catalog_json  # noqa: E402
from jobs.language.pii import detect, redact  # noqa: E402
from jobs.pipeline.decide import decide_order  # noqa: E402

DATA = ROOT / "tests" / "data"

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ve",
    "no",
    "tu",
    "sa",
    "ber",
    "gol",
    "den",
    "fri",
    "ma",
    "xi",
    "ol",
    "va",
    "tor",
    "ren",
    "li",
    "qua",
    "bel",
    "mon",
    "ro",
    "sta",
]
_DESCRIPTORS = [
    "original",
    "classic",
    "light",
    "zero",
    "premium",
    "organic",
    "extra",
    "smoked",
    "mild",
    "spicy",
    "sweet",
    "dry",
    "red",
    "white",
    "sparkling",
    "still",
    "lemon",
    "lime",
    "orange",
    "apple",
    "berry",
    "vanilla",
    "cocoa",
    "garlic",
    "herb",
    "salted",
    "unsalted",
    "wholegrain",
    "plain",
    "free-range",
    "fresh",
    "frozen",
    "chilled",
    "aged",
    "mature",
    "creamy",
    "crunchy",
    "fine",
    "coarse",
]
_NOUNS = [
    "cola",
    "lemonade",
    "juice",
    "water",
    "lager",
    "ale",
    "cider",
    "stout",
    "wine",
    "vodka",
    "gin",
    "rum",
    "whisky",
    "coffee",
    "tea",
    "milk",
    "cream",
    "butter",
    "cheese",
    "mozzarella",
    "cheddar",
    "yoghurt",
    "flour",
    "sugar",
    "rice",
    "pasta",
    "spaghetti",
    "penne",
    "oil",
    "vinegar",
    "ketchup",
    "mayonnaise",
    "mustard",
    "tomatoes",
    "onions",
    "potatoes",
    "chips",
    "fries",
    "bacon",
    "ham",
    "sausages",
    "chicken",
    "beef",
    "salmon",
    "prawns",
    "bread",
    "rolls",
    "buns",
    "napkins",
    "cups",
    "lids",
    "straws",
    "gloves",
    "foil",
    "cling",
    "film",
    "bags",
]
_SIZES = [
    "250ml",
    "330ml",
    "500ml",
    "750ml",
    "1l",
    "1.5l",
    "2l",
    "5l",
    "70cl",
    "1kg",
    "2.5kg",
    "5kg",
    "10kg",
    "25kg",
    "200g",
    "500g",
]
_PACKS = [
    ("case", "24 x"),
    ("pack", "6 x"),
    ("box", "12 x"),
    ("tray", "12 x"),
    ("sack", "1 x"),
    ("keg", "1 x"),
]


def _brand(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def synthetic_catalog(size: int, seed: int = 7) -> dict[str, Any]:
    """The test catalog's products, then generated products up to ``size``: about one in five a
    near-duplicate of a real product (another size, pack or descriptor of it), the rest new brands."""
    rng = random.Random(seed)
    real = json.loads((DATA / "catalog.json").read_text())
    base: list[dict[str, Any]] = list(real["products"])
    categories = [c["name"] for c in real["categories"]]
    out = [dict(p) for p in base][:size]
    brands = [_brand(rng) for _ in range(max(50, size // 25))]
    n = len(out)
    while len(out) < size:
        n += 1
        size_s = rng.choice(_SIZES)
        unit, fmt = rng.choice(_PACKS)
        if rng.random() < 0.2:  # a near-duplicate of a real product: another size / descriptor
            src = rng.choice(base)
            stem = " ".join(w for w in src["name"].split() if not any(c.isdigit() for c in w))
            name = f"{stem} {rng.choice(_DESCRIPTORS).capitalize()} {size_s}"
            aliases = [f"{a} {rng.choice(_DESCRIPTORS)}" for a in src.get("aliases", [])[:2]]
            category = src.get("category")
        else:
            brand, desc, noun = rng.choice(brands), rng.choice(_DESCRIPTORS), rng.choice(_NOUNS)
            name = f"{brand} {desc.capitalize()} {noun.capitalize()} {size_s}"
            aliases = [f"{brand.lower()} {noun}", f"{brand.lower()} {desc} {size_s}"]
            category = rng.choice(categories)
        out.append(
            {
                "sku": f"SYN-{n:06d}",
                "name": name,
                "category": category,
                "unit": unit,
                "unit_price": f"{rng.uniform(2, 90):.2f}",
                "aliases": aliases,
                "keywords": [size_s, unit],
                "variants": [{"name": f"{fmt} {size_s}", "variant_type": "SIZE", "ai_aliases": []}],
            }
        )
    return {"categories": real["categories"], "products": out}


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(size: int, texts: list[str], repeat: int, cpu: bool = False, builds: int = 1) -> dict[str, Any]:
    """Build time, traced index memory and per-message language-stage p50/p99 for one catalog size.
    ``cpu``: this process's CPU time instead of wall-clock, the least of ``builds`` builds, and each
    message's least over the ``repeat`` passes (the figures to read on a shared, loaded machine)."""
    clock = time.process_time if cpu else time.perf_counter
    products = load_catalog_json(synthetic_catalog(size))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = CatalogIndex.build(products)
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del index
    build_s = float("inf")
    for _ in range(max(1, builds)):  # timed without tracemalloc's overhead
        gc.collect()
        started = clock()
        index = CatalogIndex.build(products)
        build_s = min(build_s, clock() - started)
    provider = LocalProvider()
    for text in texts:  # warm-up, not timed: a worker's index keeps its typo answers between messages
        analysis = provider.analyze(redact(text, detect(text)))
        index.match_all(analysis.lines)
    passes: list[list[float]] = []
    for _ in range(repeat):
        passes.append([])
        for text in texts:
            t0 = clock()
            analysis = provider.analyze(redact(text, detect(text)))
            decide_order(analysis.intent, index.match_all(analysis.lines), 0.85)
            passes[-1].append(clock() - t0)
    per_message = [min(ts) for ts in zip(*passes, strict=True)] if cpu else [t for ts in passes for t in ts]
    return {
        "products": size,
        "clock": "cpu" if cpu else "wall",
        "build_s": round(build_s, 3),
        "index_mb": round(memory / 1e6, 1),
        "messages": len(per_message),
        "p50_ms": round(statistics.median(per_message) * 1000, 2),
        "p99_ms": round(_pct(per_message, 0.99) * 1000, 2),
    }


def tenants(
    n_tenants: int, n_products: int, messages: int, cache_mb: float, skew: float, texts: list[str]
) -> dict[str, Any]:
    """Many tenants in one process: messages from ``n_tenants`` tenants (Zipf-distributed with exponent
    ``skew``; 0: uniform) go through the per-process catalog cache (jobs/pipeline/catalog_cache.py)
    bounded to ``cache_mb``. A miss generates the tenant's catalog (standing in for the database read,
    timed apart) and builds its index. Reports hits, misses, evictions, the cache's charged bytes
    against the budget, the process's peak RSS, and the per-message cost with and without misses."""
    import resource
    import uuid

    from jobs.pipeline import catalog_cache as cc

    cc.clear()
    cc.set_budget(cache_mb)
    rng = random.Random(11)
    ids = [uuid.UUID(int=i + 1) for i in range(n_tenants)]
    weights = [1.0 / (i + 1) ** skew for i in range(n_tenants)]
    provider = LocalProvider()
    load_s: list[float] = []
    build_s: list[float] = []
    hit_ms: list[float] = []
    miss_ms: list[float] = []
    peak_bytes = 0
    for k in range(messages):
        ti = rng.choices(range(n_tenants), weights)[0]
        text = texts[k % len(texts)]
        t0 = time.perf_counter()
        index = cc.cached_index(ids[ti], "v1")
        missed = index is None
        if index is None:
            products = load_catalog_json(synthetic_catalog(n_products, seed=ti))
            t1 = time.perf_counter()
            index = CatalogIndex.build(products)
            t2 = time.perf_counter()
            cc.keep(ids[ti], "v1", index, t2 - t1)
            load_s.append(t1 - t0)
            build_s.append(t2 - t1)
            t0 += t1 - t0  # the catalog generation stands in for the database read: not counted
        analysis = provider.analyze(redact(text, detect(text)))
        decide_order(analysis.intent, index.match_all(analysis.lines), 0.85)
        (miss_ms if missed else hit_ms).append((time.perf_counter() - t0) * 1000)
        peak_bytes = max(peak_bytes, cc.usage()["bytes"])
    use = cc.usage()
    cc.set_budget(None)
    cc.clear()
    every = hit_ms + miss_ms
    return {
        "tenants": n_tenants,
        "products_each": n_products,
        "messages": messages,
        "budget_mb": cache_mb,
        "cached_tenants_end": use["tenants"],
        "peak_charged_mb": round(peak_bytes / cc.MB, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "hits": use["hits"],
        "misses": use["misses"],
        "evictions": use["evictions"],
        "build_p50_ms": round(statistics.median(build_s) * 1000, 1) if build_s else None,
        "hit_p50_ms": round(statistics.median(hit_ms), 2) if hit_ms else None,
        "message_p50_ms": round(statistics.median(every), 2),
        "message_p99_ms": round(_pct(every, 0.99), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument(
        "--cpu",
        action="store_true",
        help="CPU time (time.process_time), least of --builds builds, each message's least over the passes",
    )
    parser.add_argument("--builds", type=int, default=1, help="builds timed (the least is reported)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--tenants", type=int, default=0, help="many-tenants mode: this many tenants")
    parser.add_argument("--tenant-products", type=int, default=1000)
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--cache-mb", type=float, default=512.0)
    parser.add_argument(
        "--skew", type=float, default=1.0, help="Zipf exponent of tenant traffic (0: uniform)"
    )
    args = parser.parse_args()
    texts = [json.loads(x)["text"] for x in (DATA / "corpus.jsonl").read_text().splitlines() if x.strip()]
    if args.tenants:
        r = tenants(args.tenants, args.tenant_products, args.messages, args.cache_mb, args.skew, texts)
        print(json.dumps(r, indent=2) if args.json else "\n".join(f"{k:>20}: {v}" for k, v in r.items()))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.json:
        print(json.dumps([measure(s, texts, args.repeat, args.cpu, args.builds) for s in sizes], indent=2))
        return
    clock = "CPU" if args.cpu else "wall"
    print(
        f"{'products':>9} {'build s':>8} {'index MB':>9} {'p50 ms':>8} {'p99 ms':>8}  (per message, {clock})"
    )
    for size in sizes:  # a row as soon as it is measured (the large sizes take a while)
        r = measure(size, texts, args.repeat, args.cpu, args.builds)
        row = f"{r['products']:>9} {r['build_s']:>8} {r['index_mb']:>9} {r['p50_ms']:>8} {r['p99_ms']:>8}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
