"""Auto-confirm precision *with* touchless, variant-aware, on every labelled set (issue #10).

`oms eval` scores (sku, quantity). This also counts a confirmed order wrong when it lacks a variant the
label names, or when the row is labelled `expect_review`; touchless is the share of clean ORDER rows
(`expect_review` false or absent) that were auto-confirmed with exactly the right lines. Each message goes
through `analyse` (jobs/pipeline/plan.py), as in the worker and `oms eval`.

    .venv/bin/python -m benchmarks.trust            # every set in tests/data
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from db.enums import OrderStatus
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import _qkey, evaluate, plan_for_text, predicted_pairs

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = (
    ("corpus", "corpus.jsonl", "catalog.json"),
    ("holdout", "holdout.jsonl", "catalog.json"),
    ("holdout2", "holdout2.jsonl", "catalog.json"),
    ("holdout3", "holdout3.jsonl", "catalog3.json"),
    ("non_orders", "non_orders.jsonl", "catalog3.json"),
    ("holdout5", "holdout5.jsonl", "catalog5.json"),
    ("holdout6", "holdout6.jsonl", "catalog6.json"),
)


def score_set(rows: list[dict[str, Any]], index: CatalogIndex, threshold: float = 0.85) -> dict[str, Any]:
    confirmed = ok = ok_strict = clean = touchless = order_pred = 0
    for n, row in enumerate(rows, start=1):
        plan = plan_for_text(str(row.get("text") or ""), index, threshold, n)
        if plan.decision is None:
            if row.get("intent") == "ORDER" and not row.get("expect_review"):
                clean += 1
            continue
        order_pred += 1
        matches = list(plan.decision.matches)
        status = plan.decision.status
        expected = Counter((ln.get("sku"), _qkey(ln.get("quantity"))) for ln in row.get("lines") or [])
        right = row.get("intent") == "ORDER" and Counter(predicted_pairs(matches)) == expected
        want_variants = Counter(
            (ln["sku"], ln["variant"]) for ln in row.get("lines") or [] if ln.get("variant") and ln.get("sku")
        )
        got_variants = Counter(
            (m.product.sku, m.variant.name)
            for m in matches
            if m.product is not None and m.variant is not None
        )
        strict = right and not row.get("expect_review") and not (want_variants - got_variants)
        if row.get("intent") == "ORDER" and not row.get("expect_review"):
            clean += 1
        if status == OrderStatus.CONFIRMED:
            confirmed += 1
            ok += right
            ok_strict += strict
            if row.get("intent") == "ORDER" and not row.get("expect_review"):
                touchless += strict
    return {
        "confirmed": confirmed,
        "precision": ok / confirmed if confirmed else 1.0,
        "precision_strict": ok_strict / confirmed if confirmed else 1.0,
        "touchless": touchless / clean if clean else 0.0,
        "order_share": order_pred / len(rows) if rows else 0.0,
    }


def main(argv: list[str]) -> None:
    wanted = set(argv) or {s for s, _, _ in SETS}
    for name, data, catalog in SETS:
        if name not in wanted:
            continue
        rows = [json.loads(x) for x in (DATA / data).read_text(encoding="utf-8").splitlines() if x.strip()]
        index = CatalogIndex.build(load_catalog_json(DATA / catalog))
        rep = evaluate(rows, index)
        t = score_set(rows, index)
        print(
            f"{name:<10} intent {rep.intent_accuracy:.3f}  line P/R/F1 {rep.line_precision:.3f}/"
            f"{rep.line_recall:.3f}/{rep.line_f1:.3f}  confirmed {t['confirmed']:>3}  precision "
            f"{t['precision']:.3f} (strict {t['precision_strict']:.3f})  touchless {t['touchless']:.3f}  "
            f"ORDER share {t['order_share']:.3f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
