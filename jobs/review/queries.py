"""What a review screen reads: the REVIEW queue (filtered, cursor-paginated) and one order in full.

Reads run as the actor (`actor_session`), so a user sees only their own tenant by row-level security.
Shapes are plain dicts of JSON-ready values: the API and `oms review --json` print them as they are.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from jobs.review.actor import Actor, actor_session


class NotFound(Exception):
    """No such order for this tenant."""


class BadCursor(ValueError):
    pass


@dataclass(frozen=True)
class ReviewFilter:
    reason: str | None = None  # substring of one of the review reasons, case-insensitive
    customer_id: uuid.UUID | None = None
    older_than: timedelta | None = None
    newer_than: timedelta | None = None
    limit: int = 50
    cursor: str | None = None


def encode_cursor(created_at: datetime, order_id: uuid.UUID) -> str:
    raw = json.dumps([created_at.isoformat(), str(order_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created, oid = json.loads(raw)
        return datetime.fromisoformat(created), uuid.UUID(oid)
    except (ValueError, TypeError) as exc:
        raise BadCursor(f"invalid cursor {cursor!r}") from exc


_LIST = """
SELECT o.id, o.customer_id, c.business_name, o.created_at, o.ai_confidence, o.review_reasons,
       o.total_amount, o.currency, o.version, o.status::text AS status, o.source_message_id,
       (SELECT count(*) FROM order_products op WHERE op.order_id = o.id) AS lines
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'REVIEW' {where}
ORDER BY o.created_at, o.id
LIMIT :limit
"""


def list_review(actor: Actor, flt: ReviewFilter) -> dict[str, Any]:
    """The oldest REVIEW orders first, `limit` per page; `next_cursor` continues after the last one."""
    where: list[str] = []
    params: dict[str, Any] = {"limit": flt.limit + 1}
    now = datetime.now(UTC)
    if flt.reason:
        where.append("EXISTS (SELECT 1 FROM unnest(o.review_reasons) r WHERE r ILIKE :reason)")
        params["reason"] = "%" + flt.reason.replace("%", r"\%").replace("_", r"\_") + "%"
    if flt.customer_id:
        where.append("o.customer_id = :customer")
        params["customer"] = flt.customer_id
    if flt.older_than is not None:
        where.append("o.created_at <= :older")
        params["older"] = now - flt.older_than
    if flt.newer_than is not None:
        where.append("o.created_at >= :newer")
        params["newer"] = now - flt.newer_than
    if flt.cursor:
        created, oid = decode_cursor(flt.cursor)
        where.append("(o.created_at, o.id) > (:c_created, :c_id)")
        params.update(c_created=created, c_id=oid)
    sql = _LIST.format(where="".join(f" AND {w}" for w in where))
    with actor_session(actor) as s:
        rows = s.execute(text(sql), params).all()
    page = rows[: flt.limit]
    items = [
        {
            "order_id": str(r.id),
            "customer_id": str(r.customer_id),
            "customer": r.business_name,
            "created_at": r.created_at.isoformat(),
            "age_seconds": int((now - r.created_at).total_seconds()),
            "confidence": float(r.ai_confidence) if r.ai_confidence is not None else None,
            "reasons": list(r.review_reasons),
            "total_amount": str(r.total_amount),
            "currency": r.currency,
            "lines": r.lines,
            "version": r.version,
            "status": r.status,
            "message_id": str(r.source_message_id) if r.source_message_id else None,
        }
        for r in page
    ]
    more = len(rows) > flt.limit
    return {
        "items": items,
        "next_cursor": encode_cursor(page[-1].created_at, page[-1].id) if more and page else None,
    }


def show_order(actor: Actor, order_id: uuid.UUID) -> dict[str, Any]:
    with actor_session(actor) as s:
        return order_detail(s, order_id)


def order_detail(s: Session, order_id: uuid.UUID) -> dict[str, Any]:
    """One order with its lines, source message (text and PII-redacted text), each line's candidate
    products with scores as the matcher saw them, the review reasons and the review history."""
    o = s.execute(
        text(
            "SELECT o.*, o.status::text AS status_text, c.business_name FROM orders o "
            "JOIN customers c ON c.id = o.customer_id WHERE o.id = :id"
        ),
        {"id": order_id},
    ).one_or_none()
    if o is None:
        raise NotFound(f"order {order_id} not found")
    lines = s.execute(
        text(
            "SELECT op.line_number, op.product_id, op.variant_id, op.product_name, op.sku, op.quantity, "
            "op.unit, op.unit_price, op.line_price, op.ai_extracted, op.ai_original_text, op.ai_confidence, "
            "op.match_reason, v.name AS variant_name FROM order_products op "
            "LEFT JOIN product_variants v ON v.id = op.variant_id "
            "WHERE op.order_id = :id ORDER BY op.line_number"
        ),
        {"id": order_id},
    ).all()
    message, matched = _source_message(s, o.source_message_id)
    history = _history(s, order_id)
    return {
        "order_id": str(o.id),
        "status": o.status_text,
        "version": o.version,
        "customer_id": str(o.customer_id),
        "customer": o.business_name,
        "channel": o.channel.value if hasattr(o.channel, "value") else o.channel,
        "confidence": float(o.ai_confidence) if o.ai_confidence is not None else None,
        "requires_review": o.requires_review,
        "reasons": list(o.review_reasons),
        "subtotal": str(o.subtotal),
        "total_amount": str(o.total_amount),
        "currency": o.currency,
        "created_at": o.created_at.isoformat(),
        "reviewed_by": str(o.reviewed_by) if o.reviewed_by else None,
        "reviewed_at": o.reviewed_at.isoformat() if o.reviewed_at else None,
        "message": message,
        "lines": [_line(x, matched) for x in lines],
        "history": history,
    }


def _source_message(
    s: Session, message_id: uuid.UUID | None
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The order's source message as the review shows it, and the matcher's lines for it."""
    message = None
    matched: list[dict[str, Any]] = []
    if message_id is not None:
        msg = s.execute(
            text(
                "SELECT id, content, redacted_content, ai_extracted_intent::text AS intent, "
                "ai_intent_confidence, ai_suggested_responses, created_at FROM messages WHERE id = :id"
            ),
            {"id": message_id},
        ).one_or_none()
        if msg is not None:
            message = {
                "message_id": str(msg.id),
                "content": msg.content,
                "redacted_content": msg.redacted_content,
                "intent": msg.intent,
                "intent_confidence": float(msg.ai_intent_confidence)
                if msg.ai_intent_confidence is not None
                else None,
                "suggested_responses": msg.ai_suggested_responses,
                "received_at": msg.created_at.isoformat(),
            }
        output = s.execute(
            text(
                "SELECT output FROM ai_responses WHERE message_id = :m AND stage = 'match_products' LIMIT 1"
            ),
            {"m": message_id},
        ).scalar_one_or_none()
        matched = list((output or {}).get("lines", []))
    return message, matched


def _history(s: Session, order_id: uuid.UUID) -> list[dict[str, Any]]:
    """The order's review history, oldest first."""
    rows = s.execute(
        text(
            "SELECT action, actor, reviewer_id, from_status, to_status, from_version, to_version, changes, "
            "reason, message_id, created_at FROM order_reviews WHERE order_id = :id ORDER BY created_at, id"
        ),
        {"id": order_id},
    ).all()
    return [
        {
            "action": h.action,
            "actor": h.actor,
            "reviewer_id": str(h.reviewer_id) if h.reviewer_id else None,
            "from_status": h.from_status,
            "to_status": h.to_status,
            "from_version": h.from_version,
            "to_version": h.to_version,
            "changes": h.changes,
            "reason": h.reason,
            "message_id": str(h.message_id) if h.message_id else None,
            "at": h.created_at.isoformat(),
        }
        for h in rows
    ]


def _line(x: Any, matched: list[dict[str, Any]]) -> dict[str, Any]:
    ai = matched[x.line_number - 1] if x.ai_extracted and 0 < x.line_number <= len(matched) else None
    candidates: list[dict[str, Any]] = []
    if ai is not None:
        if ai.get("sku"):
            candidates.append({"sku": ai["sku"], "score": ai.get("confidence")})
        candidates += [
            {"sku": sku, "score": score} for sku, score in ai.get("alternatives", []) if sku != ai.get("sku")
        ]
    return {
        "line": x.line_number,
        "product_id": str(x.product_id) if x.product_id else None,
        "sku": x.sku,
        "product_name": x.product_name,
        "variant": x.variant_name,
        "quantity": str(x.quantity),
        "unit": x.unit,
        "unit_price": str(x.unit_price) if x.unit_price is not None else None,
        "line_price": str(x.line_price) if x.line_price is not None else None,
        "original_text": x.ai_original_text,
        "confidence": float(x.ai_confidence) if x.ai_confidence is not None else None,
        "reason": x.match_reason,
        "candidates": candidates,
    }
