"""Touchless and auto-confirm precision with and without the customer's order guide, side by side in one
run (issue #15), on a labelled set whose rows name a `customer` and a `date` and a histories file.

Each row is run twice through the production functions (extract_lines -> classify_intent -> match_all
-> [apply_history] -> decide_order): without history, scored against `lines` / `expect_review`; with the
history of the customer's orders dated before the row, scored against `lines_with_history` /
`expect_review_with_history` where the row has them (what someone who knows the customer would enter),
else the plain labels. A confirmed order counts right only with exactly the labelled (sku, quantity)
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

from jobs.language.extraction import extract_lines
from jobs.language.history import CustomerHistory, PastLine, PastOrder, apply_history, reference_intent
from jobs.language.intent import Intent, classify_intent
from jobs.language.matching import CatalogIndex, LineMatch, load_catalog_json
from jobs.pipeline.decide import decide_order
from jobs.pipeline.evaluation import _qkey, predicted_pairs

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = {
    "holdout3": ("holdout3.jsonl", "histories3.jsonl", "catalog3.json"),
    "holdout4": ("holdout4.jsonl", "histories4.jsonl", "catalog3.json"),
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
    expected = Counter((ln.get("sku"), _qkey(ln.get("quantity"))) for ln in labelled)
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


def score(
    rows: list[dict[str, Any]], index: CatalogIndex, histories: dict[str, list[PastOrder]]
) -> dict[str, Any]:
    res: dict[str, Any] = {}
    fails: dict[str, list[str]] = {"without": [], "with": []}
    for mode in ("without", "with"):
        res[mode] = {"clean": 0, "touchless": 0, "confirmed": 0, "confirmed_ok": 0}
    for row in rows:
        text = str(row.get("text") or "")
        lines = extract_lines(text)
        intent = classify_intent(text, lines=lines)
        matches = index.match_all(lines) if intent.intent == Intent.ORDER else []
        for mode in ("without", "with"):
            wh = mode == "with"
            r = res[mode]
            clean = row.get("intent") == "ORDER" and not _review(row, wh)
            r["clean"] += clean
            it, ms, extra = intent, matches, []
            if wh:  # as the pipeline: the intent hook after classification, the history hook after matching
                history = history_for(row, histories)
                it = reference_intent(text, intent, history.orders)
                ms = (
                    matches if it is intent else (index.match_all(lines) if it.intent == Intent.ORDER else [])
                )
                out = apply_history(text, it, ms, index, history)
                it, ms, extra = out.intent, out.matches, out.reasons
            if it.intent != Intent.ORDER:
                if clean:
                    fails[mode].append(f"{row['id']}: not ORDER ({it.intent.value})")
                continue
            status, _, reasons = decide_order(it, ms, 0.85, extra)
            ok = _right(row, ms, wh) and not _review(row, wh)
            if status == "CONFIRMED":
                r["confirmed"] += 1
                r["confirmed_ok"] += ok
                r["touchless"] += ok and clean
                if not ok:
                    fails[mode].append(f"{row['id']}: CONFIRMED WRONG {predicted_pairs(ms)}")
            elif clean:
                fails[mode].append(f"{row['id']}: review: {'; '.join(reasons)[:160]}")
    for mode in ("without", "with"):
        r = res[mode]
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
        for mode in ("without", "with"):
            r = res[mode]
            print(
                f"  {mode + ' guide':<16}{r['touchless_rate']:>10.3f} ({r['touchless']:>3}/{r['clean']:<3})"
                f"{r['precision']:>16.3f} ({r['confirmed_ok']:>3}/{r['confirmed']:<3})"
            )
        if show:
            for mode in ("without", "with"):
                print(f"  failures {mode} guide:")
                for f in res["failures"][mode]:
                    print("    " + f)


if __name__ == "__main__":
    main(sys.argv[1:])
