"""Auto-confirm precision *with* touchless, variant-aware, on every labelled set (issue #10): one line per
set of what `oms eval` reports (jobs/pipeline/evaluation.py), which runs `analyse` as the worker does.

    .venv/bin/python -m benchmarks.trust            # every set in tests/data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline.evaluation import evaluate

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
SETS = (
    ("corpus", "corpus.jsonl", "catalog.json"),
    ("holdout", "holdout.jsonl", "catalog.json"),
    ("holdout2", "holdout2.jsonl", "catalog.json"),
    ("holdout3", "holdout3.jsonl", "catalog3.json"),
    ("non_orders", "non_orders.jsonl", "catalog3.json"),
    ("holdout5", "holdout5.jsonl", "catalog5.json"),
    ("holdout6", "holdout6.jsonl", "catalog6.json"),
    ("holdout7", "holdout7.jsonl", "catalog7.json"),
    ("holdout8", "holdout8.jsonl", "catalog8.json"),
    ("holdout9", "holdout9.jsonl", "catalog9.json"),
    ("holdout10", "holdout10.jsonl", "catalog10.json"),
    ("holdout11", "holdout11.jsonl", "catalog11.json"),
    ("holdout12", "holdout12.jsonl", "catalog12.json"),
    ("holdout13", "holdout13.jsonl", "catalog13.json"),
    ("holdout14", "holdout14.jsonl", "catalog14.json"),
    ("holdout15", "holdout15.jsonl", "catalog15.json"),
    ("holdout16", "holdout16.jsonl", "catalog16.json"),
    ("holdout17", "holdout17.jsonl", "catalog17.json"),
    ("holdout18", "holdout18.jsonl", "catalog18.json"),
    ("holdout19", "holdout19.jsonl", "catalog19.json"),
    ("holdout20", "holdout20.jsonl", "catalog20.json"),
    ("holdout21", "holdout21.jsonl", "catalog21.json"),
    ("holdout22", "holdout22.jsonl", "catalog22.json"),
    ("holdout23", "holdout23.jsonl", "catalog23.json"),
    ("holdout24", "holdout24.jsonl", "catalog24.json"),
    ("holdout25", "holdout25.jsonl", "catalog25.json"),
    ("holdout26", "holdout26.jsonl", "catalog26.json"),
    ("holdout27", "holdout27.jsonl", "catalog27.json"),
    ("holdout28", "holdout28.jsonl", "catalog28.json"),
    ("holdout29", "holdout29.jsonl", "catalog29.json"),
    ("holdout30", "holdout30.jsonl", "catalog30.json"),
    ("holdout31", "holdout31.jsonl", "catalog31.json"),
    ("holdout32", "holdout32.jsonl", "catalog32.json"),
    ("holdout33", "holdout33.jsonl", "catalog33.json"),
    ("holdout34", "holdout34.jsonl", "catalog34.json"),
    ("holdout35", "holdout35.jsonl", "catalog35.json"),
    ("holdout36", "holdout36.jsonl", "catalog36.json"),
    ("holdout37", "holdout37.jsonl", "catalog37.json"),
    ("holdout38", "holdout38.jsonl", "catalog38.json"),
    ("holdout39", "holdout39.jsonl", "catalog39.json"),
    ("holdout40", "holdout40.jsonl", "catalog40.json"),
    ("holdout41", "holdout41.jsonl", "catalog41.json"),
    ("holdout42", "holdout42.jsonl", "catalog42.json"),
    ("holdout43", "holdout43.jsonl", "catalog43.json"),
    ("holdout44", "holdout44.jsonl", "catalog44.json"),
    ("holdout45", "holdout45.jsonl", "catalog45.json"),
    ("holdout46", "holdout46.jsonl", "catalog46.json"),
    ("holdout47", "holdout47.jsonl", "catalog47.json"),
    ("holdout48", "holdout48.jsonl", "catalog48.json"),
    ("holdout49", "holdout49.jsonl", "catalog49.json"),
    ("holdout50", "holdout50.jsonl", "catalog50.json"),
    ("holdout51", "holdout51.jsonl", "catalog51.json"),
    ("holdout52", "holdout52.jsonl", "catalog52.json"),
    ("holdout53", "holdout53.jsonl", "catalog53.json"),
    ("holdout54", "holdout54.jsonl", "catalog54.json"),
    ("holdout55", "holdout55.jsonl", "catalog55.json"),
    ("holdout56", "holdout56.jsonl", "catalog56.json"),
    ("holdout57", "holdout57.jsonl", "catalog57.json"),
    ("holdout58", "holdout58.jsonl", "catalog58.json"),
    ("holdout59", "holdout59.jsonl", "catalog59.json"),
    ("holdout60", "holdout60.jsonl", "catalog60.json"),
)


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
