"""Touchless and auto-confirm precision with and without the customer's order guide, side by side in one
run (issue #15), on a labelled set whose rows name a `customer` and a `date` and a histories file.

Each row is run twice through the worker's own composition (jobs/pipeline/plan.py `analyse`, the
local provider): without history, scored against `lines` / `expect_review`; with the history of the
customer's orders dated before the row (as the snapshot's history), scored against `lines_with_history` /
`expect_review_with_history` where the row has them (what someone who knows the customer would enter),
else the plain labels. The rows marked * judge both runs by the with-history labels, so both share one
denominator (the ORDER messages someone who knows the customer would ship as written). A confirmed order counts right only with exactly the labelled (sku, quantity)
lines, every labelled variant, and a row not labelled for review (benchmarks/trust.py's strict rule).
Touchless: of the clean ORDER rows (not for review), the share auto-confirmed right.

    .venv/bin/python -m benchmarks.history                      # holdout3 (tuning) and holdout4 (blind)
    .venv/bin/python -m benchmarks.history holdout4 --failures   # and what went wrong, row by row
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from db.enums import OrderStatus
from jobs.ai.providers import local_provider
from jobs.language.history import CustomerHistory, PastLine, PastOrder
from jobs.language.matching import CatalogIndex, LineMatch, load_catalog_json
from jobs.pipeline.evaluation import eval_snapshot, predicted_pairs, quantity_key
from jobs.pipeline.plan import Plan, analyse

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {
    "holdout3": ("holdout3.jsonl", "histories3.jsonl", "catalog3.json"),
    "holdout4": ("holdout4.jsonl", "histories4.jsonl", "catalog3.json"),
    "holdout6": ("holdout6.jsonl", "histories6.jsonl", "catalog6.json"),
}


def load_histories(path: Path) -> dict[str, list[PastOrder]]:
    """customer -> past orders, oldest first."""
    out: dict[str, list[PastOrder]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        c = json.loads(raw)
        orders = [
            PastOrder(
                f"{c['customer']}#{i + 1}",
                date.fromisoformat(o["date"]),
                tuple(PastLine(x["sku"], x.get("variant"), Decimal(str(x["quantity"]))) for x in o["lines"]),
            )
            for i, o in enumerate(sorted(c.get("orders") or [], key=lambda o: o["date"]))
        ]
        out[c["customer"]] = orders
    return out


def history_for(row: dict[str, Any], histories: dict[str, list[PastOrder]]) -> CustomerHistory:
    day = date.fromisoformat(row["date"]) if row.get("date") else None
    past = [o for o in histories.get(str(row.get("customer")), []) if day is None or (o.day and o.day < day)]
    return CustomerHistory.from_orders(past)


def _right(row: dict[str, Any], matches: list[LineMatch], with_history: bool) -> bool:
    labelled = (
        row.get("lines_with_history") if with_history and "lines_with_history" in row else row.get("lines")
    )
    labelled = labelled or []
    expected = Counter((ln.get("sku"), quantity_key(ln.get("quantity"))) for ln in labelled)
    if row.get("intent") != "ORDER" or Counter(predicted_pairs(matches)) != expected:
        return False
    want = Counter((ln["sku"], ln["variant"]) for ln in labelled if ln.get("variant") and ln.get("sku"))
    got = Counter(
        (m.product.sku, m.variant.name) for m in matches if m.product is not None and m.variant is not None
    )
    return not (want - got)


def _review(row: dict[str, Any], with_history: bool) -> bool:
    if with_history and "expect_review_with_history" in row:
        return bool(row["expect_review_with_history"])
    return bool(row.get("expect_review"))


def _plan(row: dict[str, Any], index: CatalogIndex, n: int, history: CustomerHistory | None) -> Plan:
    """What the worker plans for the row (jobs/pipeline/plan.py `analyse`), with the customer's history or
    without (None)."""
    snap = eval_snapshot(str(row.get("text") or ""), 0.85, n, history=history)
    return analyse(snap, (), index, local_provider())


def score(
    rows: list[dict[str, Any]], index: CatalogIndex, histories: dict[str, list[PastOrder]]
) -> dict[str, Any]:
    """Both modes; besides each mode against its own labels, both against the labels of someone who knows
    the customer (`common`: the same denominator for both)."""
    res: dict[str, Any] = {}
    fails: dict[str, list[str]] = {"without": [], "with": []}
    for mode in ("without", "with", "common_without", "common_with"):
        res[mode] = {"clean": 0, "touchless": 0, "confirmed": 0, "confirmed_ok": 0}
    for n, row in enumerate(rows):
        for mode in ("without", "with"):
            wh = mode == "with"
            p = _plan(row, index, n, history_for(row, histories) if wh else None)
            confirmed = p.decision is not None and p.decision.status == OrderStatus.CONFIRMED
            matches = list(p.decision.matches) if p.decision is not None else []
            for judge, key in ((wh, mode), (True, f"common_{mode}")):
                r = res[key]
                clean = row.get("intent") == "ORDER" and not _review(row, judge)
                ok = confirmed and _right(row, matches, judge) and not _review(row, judge)
                r["clean"] += clean
                r["confirmed"] += confirmed
                r["confirmed_ok"] += ok
                r["touchless"] += ok and clean
            if row.get("intent") != "ORDER" and not confirmed:
                continue
            clean = row.get("intent") == "ORDER" and not _review(row, wh)
            if not p.is_order and clean:
                fails[mode].append(f"{row['id']}: not ORDER ({p.intent.intent.value})")
            elif confirmed and not (_right(row, matches, wh) and not _review(row, wh)):
                fails[mode].append(f"{row['id']}: CONFIRMED WRONG {predicted_pairs(matches)}")
            elif not confirmed and clean and p.decision is not None:
                fails[mode].append(f"{row['id']}: review: {'; '.join(p.decision.reasons)[:160]}")
    for r in res.values():
        r["touchless_rate"] = r["touchless"] / r["clean"] if r["clean"] else 0.0
        r["precision"] = r["confirmed_ok"] / r["confirmed"] if r["confirmed"] else 1.0
    res["failures"] = fails
    return res


def main(argv: list[str]) -> None:
    show = "--failures" in argv
    wanted = [a for a in argv if not a.startswith("--")] or list(SETS)
    for name in wanted:
        data, hist, catalog = SETS[name]
        if not (DATA / data).exists():
            print(f"{name}: {data} not found")
            continue
        rows = [json.loads(x) for x in (DATA / data).read_text(encoding="utf-8").splitlines() if x.strip()]
        index = CatalogIndex.build(load_catalog_json(DATA / catalog))
        res = score(rows, index, load_histories(DATA / hist))
        print(f"{name} ({len(rows)} messages)")
        print(f"  {'':<16}{'touchless':>22}{'auto-confirm precision':>28}")
        for mode, label in (
            ("without", "without guide"),
            ("with", "with guide"),
            ("common_without", "without guide*"),
            ("common_with", "with guide*"),
        ):
            r = res[mode]
            print(
                f"  {label:<16}{r['touchless_rate']:>10.3f} ({r['touchless']:>3}/{r['clean']:<3})"
                f"{r['precision']:>16.3f} ({r['confirmed_ok']:>3}/{r['confirmed']:<3})"
            )
        print("  (* both judged by what someone who knows the customer would ship: one denominator)")
        if show:
            for mode in ("without", "with"):
                print(f"  failures {mode} guide:")
                for f in res["failures"][mode]:
                    print("    " + f)


if __name__ == "__main__":
    main(sys.argv[1:])
