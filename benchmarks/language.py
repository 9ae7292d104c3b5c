"""Per-message cost of the local language stages, on the shipped labelled corpus.

    .venv/bin/python benchmarks/language.py [--repeat 5] [--json]

Times `analyse` (jobs/pipeline/plan.py: PII detection and redaction, line extraction + intent, catalog
matching + the order decision, the order's rows, events and replies), the function the worker runs in
process for one message, over every corpus message, and prints messages/s and p50/p99, for order
messages and the rest, next to a raw baseline: a regex scan of the same text (the cheapest thing that
reads every character), measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jobs.language.matching import CatalogIndex, load_catalog_json  # noqa: E402
from jobs.pipeline.evaluation import plan_for_text  # noqa: E402

DATA = ROOT / "tests" / "data"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    texts = [json.loads(x)["text"] for x in (DATA / "corpus.jsonl").read_text().splitlines() if x.strip()]
    started = time.perf_counter()
    index = CatalogIndex.build(load_catalog_json(DATA / "catalog.json"))
    build_ms = (time.perf_counter() - started) * 1000
    word = re.compile(r"\w+")
    stages: dict[str, list[float]] = {
        "baseline regex scan": [],
        "analyse: orders": [],
        "analyse: the rest": [],
        "analyse: all": [],
    }
    for _ in range(args.repeat):
        for n, text in enumerate(texts):
            t0 = time.perf_counter()
            word.findall(text)
            t1 = time.perf_counter()
            plan = plan_for_text(text, index, 0.85, n)
            t2 = time.perf_counter()
            stages["baseline regex scan"].append(t1 - t0)
            stages["analyse: orders" if plan.decision else "analyse: the rest"].append(t2 - t1)
            stages["analyse: all"].append(t2 - t1)
    result = {
        "messages": len(texts) * args.repeat,
        "catalog_products": len(index.products) if hasattr(index, "products") else None,
        "index_build_ms": round(build_ms, 1),
        "stages": {
            name: {
                "msgs_per_s": round(len(v) / sum(v), 1),
                "p50_ms": round(statistics.median(v) * 1000, 3),
                "p99_ms": round(_pct(v, 0.99) * 1000, 3),
            }
            for name, v in stages.items()
        },
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{result['messages']} messages (corpus x {args.repeat}); catalog index built in {build_ms:.1f} ms")
    print(f"{'stage':22} {'msgs/s':>10} {'p50 ms':>9} {'p99 ms':>9}")
    for name, r in result["stages"].items():
        print(f"{name:22} {r['msgs_per_s']:>10} {r['p50_ms']:>9} {r['p99_ms']:>9}")


if __name__ == "__main__":
    main()
