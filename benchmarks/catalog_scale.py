"""How the language stages scale with the catalog: index build time, index memory and per-message cost.

    .venv/bin/python benchmarks/catalog_scale.py [--sizes 1000,20000,100000] [--repeat 2] [--json]

For each size, generates a realistic synthetic catalog (the shipped test catalog's products plus
generated ones: brands, descriptors, sizes, pack formats and near-duplicates of the real products), builds
the ``CatalogIndex`` (timed; memory is the traced allocation growth), then runs the shipped corpus
messages through the in-process language stages (PII, extraction + intent, matching + decision) and
prints p50/p99 per message. The machine is shared: figures taken under load are noisy.
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


def measure(size: int, texts: list[str], repeat: int) -> dict[str, Any]:
    """Build time, traced index memory and per-message language-stage p50/p99 for one catalog size."""
    products = load_catalog_json(synthetic_catalog(size))
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = CatalogIndex.build(products)
    memory = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del index
    gc.collect()
    started = time.perf_counter()
    index = CatalogIndex.build(products)  # timed without tracemalloc's overhead
    build_s = time.perf_counter() - started
    provider = LocalProvider()
    per_message: list[float] = []
    for _ in range(repeat):
        for text in texts:
            t0 = time.perf_counter()
            analysis = provider.analyze(redact(text, detect(text)))
            decide_order(analysis.intent, index.match_all(analysis.lines), 0.85)
            per_message.append(time.perf_counter() - t0)
    return {
        "products": size,
        "build_s": round(build_s, 3),
        "index_mb": round(memory / 1e6, 1),
        "messages": len(per_message),
        "p50_ms": round(statistics.median(per_message) * 1000, 2),
        "p99_ms": round(_pct(per_message, 0.99) * 1000, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1000,20000,100000")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = [json.loads(x)["text"] for x in (DATA / "corpus.jsonl").read_text().splitlines() if x.strip()]
    sizes = [int(s) for s in args.sizes.split(",")]
    if args.json:
        print(json.dumps([measure(s, texts, args.repeat) for s in sizes], indent=2))
        return
    print(f"{'products':>9} {'build s':>8} {'index MB':>9} {'p50 ms':>8} {'p99 ms':>8}  (per message)")
    for size in sizes:  # a row as soon as it is measured (the large sizes take a while)
        r = measure(size, texts, args.repeat)
        row = f"{r['products']:>9} {r['build_s']:>8} {r['index_mb']:>9} {r['p50_ms']:>8} {r['p99_ms']:>8}"
        print(row, flush=True)


if __name__ == "__main__":
    main()
