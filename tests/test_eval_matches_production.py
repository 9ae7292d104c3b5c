"""`oms eval` runs what production runs: the same messages through the worker's paths (the fused fast
path and the stage-by-stage path, against the real database) and through `oms eval`'s `analyse` give the
same intent, decision, confidence, reasons and order lines. And the evaluation and benchmarks compose
nothing themselves: they call `analyse`."""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from db import models as m
from db.session import tenant_session
from jobs.language.matching import CatalogIndex, load_catalog_json
from jobs.pipeline import actors as pipeline
from jobs.pipeline import outputs as out
from jobs.pipeline.evaluation import plan_for_text
from tests.seed import insert_message, order_for

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
# Every 7th corpus row: orders clear and ambiguous, questions, complaints, cancels, other.
ROWS = [json.loads(x) for x in (DATA / "corpus.jsonl").read_text().splitlines() if x.strip()][::7]


def _from_eval(text: str, index: CatalogIndex) -> dict[str, Any]:
    plan = plan_for_text(text, index, 0.85)
    result: dict[str, Any] = {
        "intent": plan.message_intent.value,
        "intent_confidence": out.confidence(plan.intent.confidence),
        "redacted": plan.redacted,
        "order": None,
    }
    if plan.order is not None:
        order = plan.order.order
        result["order"] = (
            str(order["status"]),
            order["ai_confidence"],
            list(order["review_reasons"]),
            [(x["sku"], x["quantity"], x["product_name"], x["match_reason"]) for x in plan.order.lines],
        )
    return result


def _from_worker(tenant_id: Any, mid: Any) -> dict[str, Any]:
    with tenant_session(tenant_id) as s:
        msg = s.get(m.Message, mid)
        assert msg is not None and msg.processing_status.value == "PROCESSED"
        result: dict[str, Any] = {
            "intent": msg.ai_extracted_intent.value if msg.ai_extracted_intent else None,
            "intent_confidence": msg.ai_intent_confidence,
            "redacted": msg.redacted_content,
            "order": None,
        }
    order, lines = order_for(tenant_id, mid)
    if order is not None:
        result["order"] = (
            order.status.value,
            order.ai_confidence,
            list(order.review_reasons),
            [(x.sku, Decimal(x.quantity), x.product_name, x.match_reason) for x in lines],
        )
    return result


@pytest.mark.parametrize(
    "run", [pipeline.run_pipeline_fused, pipeline.run_pipeline_inline], ids=["fused", "chained"]
)
def test_eval_plans_what_the_worker_writes(shop, run):  # type: ignore[no-untyped-def]
    index = CatalogIndex.build(load_catalog_json(DATA / "catalog.json"))
    mismatches = []
    for row in ROWS:
        mid = insert_message(shop.id, row["text"])
        run(mid, shop.id)
        worker, evaluated = _from_worker(shop.id, mid), _from_eval(row["text"], index)
        if worker != evaluated:
            mismatches.append((row["id"], worker, evaluated))
    assert not mismatches, mismatches[:3]
    assert len(ROWS) >= 40


# ----------------------------------------------------------------------------- the guard
LANGUAGE_STAGES = {
    "detect",
    "redact",
    "classify_intent",
    "extract_lines",
    "decide_order",
    "match_all",
    "analyze",
}
COMPOSERS = ["jobs/pipeline/evaluation.py", "benchmarks/language.py", "benchmarks/trust.py", "cli/eval.py"]


@pytest.mark.parametrize("path", COMPOSERS)
def test_evaluation_and_benchmarks_call_analyse_not_the_stages(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text())
    called = {
        node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
    }
    imported = {a.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) for a in node.names}
    assert not (called & LANGUAGE_STAGES), f"{path} composes the language stages itself"
    assert {"analyse", "plan_for_text", "evaluate"} & (called | imported), (
        f"{path} does not go through analyse"
    )
