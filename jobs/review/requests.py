"""A customer's CANCEL or CHANGE message becomes a review item on the order it refers to, never a new order.

The order is the one the text names (its id, or the ``#1A2B3C4D`` reference the replies use) among the
customer's orders, else the customer's latest open one (PENDING, REVIEW or CONFIRMED). That order goes
(back) to REVIEW with the request as a review reason and a new version, an ``order_reviews`` row of
action REQUEST links message and order, and ``order.updated`` and ``order.requires_review`` are
recorded. Runs inside the pipeline's transaction for the message; a second run finds the link and
changes nothing.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

import structlog
from sqlalchemy import text
from sqlalchemy.orm import Session

from jobs.replies.suggest import OrderRef
from jobs.review.actions import ORDER_UPDATED
from jobs.webhooks import events

log = structlog.get_logger("oms.review")

ORDER_REQUIRES_REVIEW = "order.requires_review"
OPEN_STATUSES = ("PENDING", "REVIEW", "CONFIRMED")
_UUID = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE)
_REF = re.compile(r"#\s?([0-9a-f]{8})\b", re.IGNORECASE)


def _named(s: Session, customer_id: uuid.UUID, content: str) -> Any:
    for found in _UUID.findall(content):
        row = s.execute(
            text(
                "SELECT id, created_at, status::text AS status, version FROM orders WHERE id = :id AND customer_id = :c"
            ),
            {"id": found, "c": customer_id},
        ).one_or_none()
        if row is not None:
            return row
    for prefix in _REF.findall(content):
        row = s.execute(
            text(
                "SELECT id, created_at, status::text AS status, version FROM orders WHERE customer_id = :c "
                "AND replace(id::text, '-', '') LIKE :p ORDER BY created_at DESC LIMIT 1"
            ),
            {"c": customer_id, "p": prefix.lower() + "%"},
        ).one_or_none()
        if row is not None:
            return row
    return None


def _latest_open(s: Session, customer_id: uuid.UUID) -> Any:
    return s.execute(
        text(
            "SELECT id, created_at, status::text AS status, version FROM orders WHERE customer_id = :c "
            "AND status::text IN ('PENDING', 'REVIEW', 'CONFIRMED') ORDER BY created_at DESC, id DESC LIMIT 1"
        ),
        {"c": customer_id},
    ).one_or_none()


def latest_order(s: Session, tenant: uuid.UUID, customer_id: uuid.UUID | None) -> OrderRef | None:
    """The customer's most recent order of any status (what a complaint most likely refers to), read by
    ``oms_latest_order`` (migration 0038), the one definition the fused pipeline reads too
    (jobs/pipeline/fused.py). In a tenant session, whose token decides the rows it sees."""
    if customer_id is None:
        return None
    row = s.execute(
        text("SELECT id, created_at FROM public.oms_latest_order(CAST(:t AS uuid), CAST(:c AS uuid))"),
        {"t": tenant, "c": customer_id},
    ).one_or_none()
    return OrderRef(str(row.id), row.created_at) if row else None


def link_request(
    s: Session, *, message_id: uuid.UUID, customer_id: uuid.UUID | None, intent: str, content: str
) -> OrderRef | None:
    """Link a CANCEL/CHANGE message to its order and put that order in review; the order, or None when
    the customer has no order to link to (the reply then asks which one)."""
    done = s.execute(
        text(
            "SELECT o.id, o.created_at FROM order_reviews r JOIN orders o ON o.id = r.order_id "
            "WHERE r.message_id = :m AND r.action = 'REQUEST' LIMIT 1"
        ),
        {"m": message_id},
    ).one_or_none()
    if done is not None:
        return OrderRef(str(done.id), done.created_at)
    if customer_id is None:
        return None
    order = _named(s, customer_id, content) or _latest_open(s, customer_id)
    if order is None:
        log.info("request_without_order", message_id=str(message_id), intent=intent)
        return None
    verb = "cancel" if intent == "CANCEL" else "change"
    excerpt = " ".join(content.split())[:200]
    reason = f"customer asked to {verb} this order (message {message_id}): '{excerpt}'"
    version = s.execute(
        text(
            "UPDATE orders SET status = 'REVIEW', requires_review = true, "
            "review_reasons = review_reasons || ARRAY[CAST(:reason AS text)], version = version + 1 "
            "WHERE id = :id RETURNING version"
        ),
        {"id": order.id, "reason": reason},
    ).scalar_one()
    s.execute(
        text(
            "INSERT INTO order_reviews (distributor_id, order_id, message_id, action, actor, from_status, "
            "to_status, from_version, to_version, reason) VALUES ((SELECT get_current_distributor_id()), :o, :m, "
            "'REQUEST', 'customer', :from_st, 'REVIEW', :from_v, :to_v, :reason)"
        ),
        {
            "o": order.id,
            "m": message_id,
            "from_st": order.status,
            "from_v": version - 1,
            "to_v": version,
            "reason": reason,
        },
    )
    data = {
        "order_id": str(order.id),
        "customer_id": str(customer_id),
        "message_id": str(message_id),
        "status": "REVIEW",
        "version": version,
        "action": "REQUEST",
        "request": verb,
        "reason": reason,
    }
    for kind in (ORDER_UPDATED, ORDER_REQUIRES_REVIEW):
        events.record_event(
            s,
            kind,
            f"{order.id}:v{version}",
            data,
            order_id=order.id,
            message_id=message_id,
            customer_id=customer_id,
        )
    log.info(
        "request_linked", message_id=str(message_id), order_id=str(order.id), intent=intent, version=version
    )
    return OrderRef(str(order.id), order.created_at)
