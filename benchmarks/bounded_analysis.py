"""Issue #12: one message's analysis is bounded in time whatever its text, at a large catalog.

    .venv/bin/python benchmarks/bounded_analysis.py [--products 20000] [--limit-ms 2000]

Builds a generated catalog (``catalog_scale.synthetic_catalog``), then plans pathological messages the
way the worker does (``jobs.pipeline.evaluation.plan_for_text``: PII, extraction + intent, matching +
decision): a 100 KB order e-mail of distinct order lines, of which the analysis reads the most it reads
(its first 12,000 characters), and a 2,000-line order of a few lines repeated. Prints each one's wall and CPU time, lines read, the decision and its first
reasons. What bounds them: the text is cut at ``MAX_ANALYSED_CHARS`` (``TEXT_TOO_LONG``), the matching
stops after ``OMS_ANALYSIS_TIME_LIMIT_MS`` (``ANALYSIS_TIME_LIMIT``), and either reason sends the order to
review; the pipeline actor's time limit (30 s) is never reached.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.catalog_scale import synthetic_catalog  # noqa: E402
from jobs.language.matching import CatalogIndex, load_catalog_json  # noqa: E402

_WORDS = [
    "coke zero",
    "still water 1.5l",
    "heineken",
    "whole milk",
    "tomatoes",
    "basil",
    "olive oil",
    "fanta",
]


def _lines(n: int, catalog: dict[str, object], distinct: bool) -> list[str]:
    """Order lines: the shipped words cycled, or (distinct) the generated catalog's names in turn."""
    products = catalog["products"]
    assert isinstance(products, list)
    names = [str(p["name"]).lower() for p in products] if distinct else _WORDS
    return [f"{i % 9 + 1} x {names[(i * 7919) % len(names)]}" for i in range(n)]


def cases(catalog: dict[str, object]) -> dict[str, str]:
    """The pathological texts, by name."""
    head = "Hello, please deliver tomorrow morning:\n"
    big = head
    lines = _lines(20_000, catalog, distinct=True)
    while len(big) < 100_000:
        big += "\n".join(lines[:2000]) + "\n"
    return {
        "100 KB order e-mail": big[:100_000],
        "2,000-line order": head + "\n".join(_lines(2000, catalog, distinct=False)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--products", type=int, default=20_000)
    parser.add_argument("--limit-ms", type=int, default=None, help="OMS_ANALYSIS_TIME_LIMIT_MS for this run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.limit_ms is not None:
        os.environ["OMS_ANALYSIS_TIME_LIMIT_MS"] = str(args.limit_ms)
    from jobs.language.matching.index import TIME_LIMIT_REASON, analysis_time_limit
    from jobs.pipeline.evaluation import plan_for_text

    catalog = synthetic_catalog(args.products)
    index = CatalogIndex.build(load_catalog_json(catalog))
    plan_for_text("2 x coke zero", index)  # the process's one-off compilations, as a running worker has
    rows = []
    for name, text in cases(catalog).items():
        wall, cpu = time.perf_counter(), time.process_time()
        plan = plan_for_text(text, index)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        decision = plan.decision
        reasons = [
            *(decision.reasons if decision else ()),
            *([plan.review_reason] if plan.review_reason else []),
        ]
        stopped = sum(m.reason.startswith(TIME_LIMIT_REASON) for m in (decision.matches if decision else ()))
        rows.append(
            {
                "message": name,
                "chars": len(text),
                "lines_read": len(plan.lines),
                "wall_ms": round(wall * 1000),
                "cpu_ms": round(cpu * 1000),
                "status": decision.status.value if decision else "no order",
                "lines_left_by_the_time_limit": stopped,
                "reasons": sorted({r.split(":")[0] for r in reasons if not r.startswith("line ")}),
                "line_reasons": sum(r.startswith("line ") for r in reasons),
            }
        )
    limit = analysis_time_limit()
    if args.json:
        print(json.dumps({"products": args.products, "matching_limit_s": limit, "messages": rows}, indent=2))
        return
    print(f"{args.products:,} products, matching limit {limit:g} s")
    for r in rows:
        print(
            f"{r['message']:>36}: {r['chars']:>7,} chars, {r['lines_read']:>5} lines read, {r['wall_ms']:>5} ms wall"
            f" ({r['cpu_ms']} CPU), {r['lines_left_by_the_time_limit']} left unmatched by the time limit,"
            f" {r['status']}: {', '.join(r['reasons'])} (+{r['line_reasons']} line reasons)"
        )


if __name__ == "__main__":
    main()
