"""What each event carries: the whole entity an integrator needs, and never raw PII.

Every payload is the Standard Webhooks envelope ``{"id", "type", "timestamp", "data"}`` (built by
jobs/webhooks/events.py). Message text is always the redacted text; customers appear by id and code (their
names and numbers are what they signed up with, often a phone number: personal data stays home).
An order's ``data.customer.customer_code`` is filled in by the database when the event is fanned out.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from jobs.webhooks import events
from jobs.webhooks.types import EventType


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _quantity(value: Any) -> str:
    """A quantity as the same text whether it comes from the pipeline (2) or the database (2.000)."""
    text = format(Decimal(str(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def message_data(
    message_id: uuid.UUID,
    conversation_id: uuid.UUID,
    customer_id: uuid.UUID | None,
    channel: str | None,
    redacted_text: str | None,
    media: list[dict[str, Any]],
    received_at: datetime,
) -> dict[str, Any]:
    """message.created: the message as the pipeline sees it, PII masked."""
    return {
        "message_id": str(message_id),
        "conversation_id": str(conversation_id),
        "customer": {"id": _str(customer_id)} if customer_id else None,
        "channel": channel,
        "text": redacted_text,
        "media": media,
        "received_at": received_at.isoformat(),
    }


def order_line(row: dict[str, Any]) -> dict[str, Any]:
    """One order line (an order_products row as stage_outputs.order_rows builds it, or read back)."""
    return {
        "line_number": row["line_number"],
        "sku": row.get("sku"),
        "name": row.get("product_name"),
        "product_id": _str(row.get("product_id")),
        "variant_id": _str(row.get("variant_id")),
        "quantity": _quantity(row["quantity"]),
        "unit": row.get("unit"),
        "unit_price": _str(row.get("unit_price")),
        "line_price": _str(row.get("line_price")),
        "currency": row.get("currency"),
        "confidence": float(row["ai_confidence"]) if row.get("ai_confidence") is not None else None,
        "matched": row.get("product_id") is not None,
    }


def order_data(
    order: dict[str, Any],
    lines: list[dict[str, Any]],
    *,
    customer_id: uuid.UUID | None,
    message_id: uuid.UUID | None,
    conversation_id: uuid.UUID | None = None,
    channel: str | None = None,
) -> dict[str, Any]:
    """order.*: the order with its lines and prices, its customer and its source message."""
    confidence = order.get("ai_confidence")
    return {
        "order_id": str(order["id"]),
        "status": str(order["status"]),
        "confidence": float(confidence) if confidence is not None else None,
        "requires_review": bool(order.get("requires_review")),
        "review_reasons": list(order.get("review_reasons") or []),
        "notes": order.get("notes"),  # e.g. "repeat of order X of DATE with changes: ..." (#15)
        "customer": {"id": _str(customer_id)} if customer_id else None,
        "source_message_id": _str(message_id),
        "conversation_id": _str(conversation_id),
        "channel": channel,
        "currency": order.get("currency"),
        "subtotal": _str(order.get("subtotal", Decimal(0))),
        "total_amount": _str(order.get("total_amount", Decimal(0))),
        "lines": [order_line(x) for x in lines],
    }


def endpoint_disabled_event(
    distributor_id: uuid.UUID, endpoint_id: uuid.UUID, reason: str, at: datetime
) -> dict[str, Any]:
    """endpoint.disabled, as oms_record_events takes it (for the tenant's other endpoints)."""
    event = events.build_event(
        EventType.ENDPOINT_DISABLED,
        f"{endpoint_id}:{at.isoformat()}",
        {"endpoint_id": str(endpoint_id), "reason": reason, "disabled_at": at.isoformat()},
    )
    return {**event, "distributor_id": str(distributor_id)}


def test_event(endpoint_id: uuid.UUID, at: datetime) -> dict[str, Any]:
    """webhook.test: sent to one endpoint on demand (`oms webhook test`)."""
    return events.build_event(
        EventType.WEBHOOK_TEST,
        f"{endpoint_id}:{at.isoformat()}",
        {"endpoint_id": str(endpoint_id), "message": "test event from oms-worker", "sent_at": at.isoformat()},
    )
