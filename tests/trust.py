"""What the trust-rule tests (tests/test_trust_rules*.py) ask of a text: a shipped test catalog's index,
the rules' decision on the text's lines alone, and the worker's own decision (`plan_for_text`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from db.enums import MessageIntent, OrderStatus
from jobs.language.extraction import extract_lines
from jobs.language.intent import classify_intent
from jobs.language.matching import CatalogIndex, LineMatch, load_catalog_json
from jobs.pipeline.decide import decide_order
from jobs.pipeline.evaluation import plan_for_text, predicted_pairs
from jobs.pipeline.plan import Decision

DATA = Path(__file__).parent / "data"


def catalog_product(
    sku: str, name: str, unit: str, aliases: list[str], variants: tuple[str, ...] = (), category: str = "Deli"
) -> dict[str, Any]:
    """One product of a made-up test catalog, in the catalog JSON's shape (variants by name only)."""
    return {
        "sku": sku,
        "name": name,
        "category": category,
        "unit": unit,
        "unit_price": 10,
        "aliases": aliases,
        "variants": [{"name": v} for v in variants],
    }


def index_of(catalog: str) -> CatalogIndex:
    """The index of tests/data/`catalog`.json (e.g. "catalog13")."""
    return CatalogIndex.build(load_catalog_json(DATA / f"{catalog}.json"))


def decide(index: CatalogIndex, text: str) -> tuple[str, list[str], list[LineMatch]]:
    """(status, reasons, matches) of the rules on the text's lines, without the worker's plan around them."""
    lines = extract_lines(text)
    intent = classify_intent(text, lines=lines)
    matches = index.match_all(lines)
    status, _, reasons = decide_order(intent, matches, 0.85)
    return status, reasons, matches


def decision_for(index: CatalogIndex, text: str, status: OrderStatus | None = None) -> Decision:
    """The worker's decision on the text; the test fails when it makes none, or (given) not `status`."""
    plan = plan_for_text(text, index)
    assert plan.decision is not None, plan.intent
    assert status is None or plan.decision.status == status, plan.decision.reasons
    return plan.decision


def confirmed(index: CatalogIndex, text: str) -> list[tuple[str | None, str | None]]:
    """The (SKU, quantity) pairs of an ORDER the worker confirms (the test fails when it does not)."""
    plan = plan_for_text(text, index)
    assert plan.message_intent == MessageIntent.ORDER, plan.intent
    assert plan.decision is not None and plan.decision.status == OrderStatus.CONFIRMED, plan.decision
    return sorted(predicted_pairs(plan.decision.matches), key=str)


def review(index: CatalogIndex, text: str) -> tuple[str, ...]:
    """The reasons a text's order goes to review (the test fails when it does not)."""
    return decision_for(index, text, OrderStatus.REVIEW).reasons
