"""Auto-confirm precision *with* touchless, variant-aware, on every labelled set (issue #10): one line per
set of what `oms eval` reports (jobs/pipeline/evaluation.py), which runs `analyse` as the worker does.

    .venv/bin/python -m benchmarks.trust            # every set in tests/data
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import evaluate

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
# The first sets, on the shop catalogs they were built against; every numbered set after them is found in
# tests/data (below), so a new blind set takes part by its two files alone.
FIRST_SETS = (
    ("corpus", "corpus.jsonl", "catalog.json"),
    ("holdout", "holdout.jsonl", "catalog.json"),
    ("holdout2", "holdout2.jsonl", "catalog.json"),
    ("holdout3", "holdout3.jsonl", "catalog3.json"),
    ("non_orders", "non_orders.jsonl", "catalog3.json"),
)
_NUMBERED = re.compile(r"holdout(\d+)\.jsonl")


def numbered_sets(data: Path = DATA) -> tuple[tuple[str, str, str], ...]:
    """Every ``holdoutN.jsonl`` with its own ``catalogN.json``, N > 3, by N: holdout4 (a set of histories on
    catalog3, benchmarks/history.py) has no catalog of its own and stays out."""
    found = []
    for path in data.glob("holdout*.jsonl"):
        m = _NUMBERED.fullmatch(path.name)
        if m and int(m.group(1)) > 3 and (data / f"catalog{m.group(1)}.json").is_file():
            found.append((int(m.group(1)), (f"holdout{m.group(1)}", path.name, f"catalog{m.group(1)}.json")))
    return tuple(s for _n, s in sorted(found))


SETS = FIRST_SETS + numbered_sets()


def main(argv: list[str]) -> None:
    wanted = set(argv) or {s for s, _, _ in SETS}
    for name, data, catalog in SETS:
        if name not in wanted:
            continue
        rows = [json.loads(x) for x in (DATA / data).read_text(encoding="utf-8").splitlines() if x.strip()]
        index = CatalogIndex.build(load_catalog_json(DATA / catalog))
        rep = evaluate(rows, index)
        print(
            f"{name:<10} intent {rep.intent_accuracy:.3f}  line P/R/F1 {rep.line_precision:.3f}/"
            f"{rep.line_recall:.3f}/{rep.line_f1:.3f}  confirmed {rep.n_auto_confirmed:>3}  precision "
            f"{rep.auto_confirm_precision:.3f} (strict {rep.auto_confirm_precision_strict:.3f})  touchless "
            f"{rep.touchless:.3f}  ORDER share {rep.n_order_predicted / rep.n_messages:.3f}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
