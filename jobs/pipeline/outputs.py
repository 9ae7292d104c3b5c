"""What each pipeline stage writes, built from plain values and no database.

The stage-by-stage path (jobs/pipeline/actors.py, through the ORM session) and the fused path (jobs/pipeline/fused.py,
through one SQL call) write the same rows and the same events because both build them here.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from collections.abc import Sequence
from dataclasses import fields
from decimal import Decimal
from typing import Any

from db.enums import AgentType, OrderStatus, Stage
from db.ids import as_uuid
from jobs.ai.providers import AIUsage
from jobs.language.extraction import OrderLine
from jobs.language.intent import Intent, IntentResult
from jobs.language.matching import LineMatch
from jobs.language.pii import PiiFinding
from jobs.pipeline import bounds
from jobs.webhooks.types import EventType
from worker.settings import get_settings

Row = dict[str, Any]


def confidence(value: float) -> Decimal:
    """A 0..1 score as stored (numeric(4,3))."""
    return Decimal(str(round(float(value), 3)))


def money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


_LINE_FIELDS = tuple(f.name for f in fields(OrderLine))


def line_to_json(line: OrderLine) -> dict[str, Any]:
    """`asdict`'s dict without its deep copies (every field is a plain value)."""
    data = {name: getattr(line, name) for name in _LINE_FIELDS}
    data["quantity"] = str(line.quantity)
    return data


def line_from_json(data: dict[str, Any]) -> OrderLine:
    return OrderLine(**{**data, "quantity": Decimal(data["quantity"])})


# ----------------------------------------------------------------------------- PII
def value_hash(value: str) -> str:
    """A keyed hash of a PII value: equal values can be matched, the value cannot be read back."""
    return hmac.new(get_settings().master_key, value.encode(), hashlib.sha256).hexdigest()


def pii_rows(content: str, findings: list[PiiFinding]) -> list[Row]:
    """pii_detection_results rows (without distributor_id/message_id): where, never what."""
    return [
        {
            "rule_id": as_uuid(f.rule_id) if f.rule_id else None,
            "pii_type": str(f.pii_type),
            "start_offset": f.start,
            "end_offset": f.end,
            "confidence_score": confidence(f.score),
            "recognizer": f.recognizer,
            "value_hash": value_hash(content[f.start : f.end]),
        }
        for f in findings
    ]


# ----------------------------------------------------------------------------- intent
# A photo of a handwritten list is an order a human must read.
MEDIA_ONLY_INTENT = IntentResult(Intent.ORDER, 0.0, ("media-only message",))
MEDIA_ONLY_PROVIDER, MEDIA_ONLY_MODEL = "none", "media-only"


def is_media_only(content: str | None, media: list[dict[str, Any]]) -> bool:
    return not (content or "").strip() and bool(media)


def classification_response(
    result: IntentResult,
    lines: list[OrderLine],
    review_reason: str | None,
    *,
    provider: str,
    model: str,
    usage: AIUsage | None,
    latency_ms: int,
    addresses: Sequence[str] = (),
) -> Row:
    """The classify_intent ai_responses row (without distributor_id/message_id)."""
    return {
        "agent_type": AgentType.MESSAGE_ANALYSIS,
        "stage": Stage.CLASSIFY_INTENT.value,
        "provider": provider,
        "model": model,
        "output": classification_output(result, lines, review_reason, addresses),
        "confidence": confidence(result.confidence),
        "latency_ms": latency_ms,
        "tokens_used": usage.tokens if usage else 0,
        "prompt_tokens": usage.prompt_tokens if usage else 0,
        "completion_tokens": usage.completion_tokens if usage else 0,
        "cost_cents": usage.cost_cents if usage else Decimal(0),
    }


def classification_output(
    result: IntentResult, lines: list[OrderLine], review_reason: str | None, addresses: Sequence[str] = ()
) -> dict[str, Any]:
    """The classify_intent ai_responses.output: the intent, the extracted lines for matching and the street
    addresses the extractor set aside (ADDRESS_OR_GOODS), which a redo reads back."""
    return {
        "intent": result.intent.value,
        "confidence": result.confidence,
        "reasons": list(result.reasons),
        "lines": [line_to_json(x) for x in lines],
        "review_reason": review_reason,
        "addresses": list(addresses),
    }


def classified_data(message_id: uuid.UUID, result: IntentResult) -> dict[str, Any]:
    return {"message_id": str(message_id), "intent": result.intent.value, "confidence": result.confidence}


# ----------------------------------------------------------------------------- matching
def media_only_decision(media: list[dict[str, Any]]) -> tuple[OrderStatus, float, list[str]]:
    return OrderStatus.REVIEW, 0.0, [f"media-only message: {len(media)} attachment(s) need a human to read"]


def matched_lines(matches: list[LineMatch]) -> list[dict[str, Any]]:
    """The match_products output lines: only a resolved match names a product on the order; a guess
    stays a hint for the reviewer."""
    out = []
    for match in matches:
        resolved = match.resolved_sku is not None
        p = match.product if resolved else None
        v = match.variant if resolved else None
        qty = match.catalog_quantity if resolved else match.line.quantity
        if qty <= 0:
            qty = match.line.quantity
        price = v.unit_price if v is not None and v.unit_price is not None else (p.unit_price if p else None)
        reason = match.reason
        if not resolved and match.product is not None:
            reason += f" (best guess {match.product.sku})"
        out.append(
            {
                "line": line_to_json(match.line),
                "product_id": p.id if p else None,
                "sku": p.sku if p else None,
                "product_name": p.name if p else None,
                "quantity": str(qty),
                "unit": p.unit if p else match.line.unit,
                "unit_price": str(price) if price is not None else None,
                "variant_id": v.id if v else None,
                "variant_name": v.name if v else None,
                "variant_sku": v.sku if v else None,
                "confidence": match.confidence,
                "reason": reason,
                "ambiguity": match.ambiguity.value,  # none | products | variant
                "alternatives": [list(a) for a in match.alternatives],
            }
        )
    return out


def match_response(decided: dict[str, Any], latency_ms: int) -> Row:
    """The match_products ai_responses row (without distributor_id/message_id), from match_output."""
    return {
        "agent_type": AgentType.ORDER_PROCESSING,
        "stage": Stage.MATCH_PRODUCTS.value,
        "provider": "local",
        "model": "catalog-index",
        "output": decided,
        "confidence": confidence(decided["confidence"]),
        "latency_ms": latency_ms,
    }


def match_output(
    status: str,
    score: float,
    reasons: list[str],
    lines: list[dict[str, Any]],
    threshold: float,
    note: str | None = None,
) -> dict[str, Any]:
    """The match_products ai_responses.output: the gating decision and the matched lines; `note` (only
    when there is one) is what the order says of itself: "repeat of order X with changes: ..." (#15)."""
    output = {
        "status": status,
        "confidence": score,
        "reasons": list(reasons),
        "lines": lines,
        "threshold": threshold,
    }
    if note:
        output["note"] = note
    return output


# ----------------------------------------------------------------------------- order
_ORDERS = uuid.UUID("0b9e7f52-3c1d-4d8a-9f0e-6a2b5c7d8e91")


def order_id_for(message_id: uuid.UUID) -> uuid.UUID:
    """The id of the one order a message can make: derived, so a redo (a replay, a commit lost in a
    crash) makes the same order and the same event ids, which webhook consumers dedupe on."""
    return uuid.uuid5(_ORDERS, str(message_id))


def _catalog_id(value: Any) -> uuid.UUID | str | None:
    """A catalog id as stored (a UUID); a catalog read from a file (`oms eval`) keeps its SKU ids."""
    if not value:
        return None
    try:
        return as_uuid(value)
    except ValueError:
        return str(value)


def order_rows(
    decided: dict[str, Any],
    *,
    order_id: uuid.UUID,
    currency: str,
) -> tuple[Row, list[Row]]:
    """The order's priced fields and its order_products rows (without distributor/message ids), from
    the match_products output. Totals go in with the order: one INSERT, one run of the totals trigger."""
    lines: list[Row] = []
    total = Decimal(0)
    for n, line in enumerate(decided["lines"], start=1):
        # Clamped to what the columns hold (its review reason says so: jobs/pipeline/bounds.py), so an
        # unstorable quantity is an order in review, never a failed write retried for ever.
        qty = bounds.storable(Decimal(line["quantity"]))
        price = Decimal(line["unit_price"]) if line["unit_price"] is not None else None
        line_price = bounds.money_storable(money(qty * price)) if price is not None else None
        total += line_price or Decimal(0)
        lines.append(
            {
                "order_id": order_id,
                "line_number": n,
                "product_id": _catalog_id(line["product_id"]),
                "variant_id": _catalog_id(line["variant_id"]),
                "product_name": line["product_name"]
                or line["line"]["phrase"]
                or line["line"]["original_text"],
                "sku": line.get("variant_sku") or line["sku"],  # a variant sold under its own SKU
                "quantity": qty,
                "unit": line["unit"],
                "unit_price": price,
                "line_price": line_price,
                "currency": currency,
                "ai_extracted": True,
                "ai_original_text": line["line"]["original_text"],
                "ai_confidence": confidence(line["confidence"]),
                "match_reason": line["reason"],
            }
        )
    total = bounds.money_storable(money(total))
    status = decided["status"]
    order = {
        "id": order_id,
        "status": status,
        "ai_generated": True,
        "ai_confidence": confidence(decided["confidence"]),
        "requires_review": status == OrderStatus.REVIEW,
        "review_reasons": list(decided["reasons"]),
        "subtotal": total,
        "total_amount": total,
        "currency": currency,
        "notes": decided.get("note"),
    }
    return order, lines


def attachment_rows(order_id: uuid.UUID, media: list[dict[str, Any]]) -> list[Row]:
    return [
        {
            "order_id": order_id,
            "file_url": item["url"],
            "content_type": item.get("content_type"),
        }
        for item in media
    ]


def order_events(order: Row) -> list[EventType]:
    """What a new order announces: always order.created; order.confirmed when it was auto-confirmed,
    order.requires_review when it waits for a human."""
    kinds = [EventType.ORDER_CREATED]
    kinds.append(EventType.ORDER_REQUIRES_REVIEW if order["requires_review"] else EventType.ORDER_CONFIRMED)
    return kinds
