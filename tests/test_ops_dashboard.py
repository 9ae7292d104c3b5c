"""The Grafana dashboard in the repository is valid JSON and only charts metrics the system exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

DASHBOARD = Path(__file__).resolve().parent.parent / "dashboards" / "grafana.json"
EXPORTED_PREFIXES = ("oms_", "dramatiq_")


def test_dashboard_panels_chart_exported_metrics() -> None:
    from worker import metrics

    dash = json.loads(DASHBOARD.read_text())
    exprs = [t["expr"] for p in dash["panels"] for t in p["targets"]]
    assert len(dash["panels"]) >= 16 and len({p["id"] for p in dash["panels"]}) == len(dash["panels"])
    names = {n for e in exprs for n in re.findall(r"\b((?:oms|dramatiq)_[a-z_]+)", e)}
    ours = {
        m._name for m in vars(metrics).values() if hasattr(m, "_name")
    }  # prometheus_client metric objects
    for name in names:
        base = re.sub(r"_(bucket|count|sum|total)$", "", name)
        assert name.startswith(EXPORTED_PREFIXES)
        assert base in ours or name.startswith(
            ("dramatiq_", "oms_queue_", "oms_ai_budget", "oms_review_backlog", "oms_ingress_")
        ), name
