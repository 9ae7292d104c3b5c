"""The read API: what became of a message, and a tenant's orders.

- ``GET /v1/messages/{id}``: processing status (and error), intent and confidence, the PII found (types
  and positions, never values), the redacted text, and the order if there is one;
- ``GET /v1/orders/{id}``: the order as its webhooks carry it (jobs/webhooks/payloads.py);
- ``GET /v1/orders?status=REVIEW&since=2026-11-01T00:00:00Z&limit=50&cursor=...``: oldest first from
  ``since``, ``next_cursor`` while more remain.

Authorised by the tenant's API key; every read runs in that tenant's session, so another tenant's id is
a 404 exactly like an id that does not exist. `oms message show` / `oms order show` print the same.
"""

from __future__ import annotations

import base64
import binascii
import uuid
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from db import models as m
from db.enums import OrderStatus
from db.session import tenant_session
from ingress.tenant_auth import bad_request, not_found, path_id, tenant_of
from jobs.webhooks.payloads import order_data

MAX_LIMIT, DEFAULT_LIMIT = 200, 50

_LINE_COLUMNS = (
    "line_number",
    "sku",
    "product_name",
    "product_id",
    "variant_id",
    "quantity",
    "unit",
    "unit_price",
    "line_price",
    "currency",
    "ai_confidence",
)


def _lines(s: Session, order_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[dict[str, Any]]]:
    rows = s.execute(
        select(m.OrderProduct)
        .where(m.OrderProduct.order_id.in_(order_ids))
        .order_by(m.OrderProduct.order_id, m.OrderProduct.line_number)
    ).scalars()
    out: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r.order_id, []).append({c: getattr(r, c) for c in _LINE_COLUMNS})
    return out


def _codes(s: Session, customer_ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not customer_ids:
        return {}
    rows = s.execute(select(m.Customer.id, m.Customer.customer_code).where(m.Customer.id.in_(customer_ids)))
    return {r.id: r.customer_code for r in rows}


def _order_views(s: Session, orders: list[m.Order]) -> list[dict[str, Any]]:
    lines = _lines(s, [o.id for o in orders]) if orders else {}
    codes = _codes(s, {o.customer_id for o in orders})
    out = []
    for o in orders:
        row = {
            c: getattr(o, c)
            for c in ("id", "ai_confidence", "requires_review", "review_reasons", "currency", "notes")
        }
        row.update(status=o.status.value, subtotal=o.subtotal, total_amount=o.total_amount)
        view = order_data(
            row,
            lines.get(o.id, []),
            customer_id=o.customer_id,
            message_id=o.source_message_id,
            conversation_id=o.conversation_id,
            channel=o.channel.value if o.channel else None,
        )
        view["customer"] = {"id": str(o.customer_id), "customer_code": codes.get(o.customer_id)}
        view.update(created_at=o.created_at.isoformat(), updated_at=o.updated_at.isoformat())
        out.append(view)
    return out


def order_view(distributor_id: uuid.UUID, order_id: uuid.UUID) -> dict[str, Any] | None:
    with tenant_session(distributor_id) as s:
        order = s.get(m.Order, order_id)
        return _order_views(s, [order])[0] if order is not None else None


def message_view(distributor_id: uuid.UUID, message_id: uuid.UUID) -> dict[str, Any] | None:
    with tenant_session(distributor_id) as s:
        msg = s.get(m.Message, message_id)
        if msg is None:
            return None
        pii = s.execute(
            select(m.PiiDetectionResult)
            .where(m.PiiDetectionResult.message_id == message_id)
            .order_by(m.PiiDetectionResult.start_offset)
        ).scalars()
        order = s.scalar(select(m.Order).where(m.Order.source_message_id == message_id))
        channel = s.scalar(select(m.Conversation.channel).where(m.Conversation.id == msg.conversation_id))
        return {
            "message_id": str(msg.id),
            "conversation_id": str(msg.conversation_id),
            "customer": {"id": str(msg.customer_id)} if msg.customer_id else None,
            "channel": channel.value if channel else None,
            "received_at": msg.created_at.isoformat(),
            "processing": {
                "status": msg.processing_status.value,
                "stage": msg.processing_stage,
                "error": msg.processing_error,
                "processed_at": msg.processed_at.isoformat() if msg.processed_at else None,
            },
            "intent": (
                {"type": msg.ai_extracted_intent.value, "confidence": float(msg.ai_intent_confidence or 0)}
                if msg.ai_extracted_intent
                else None
            ),
            "pii": [
                {
                    "type": p.pii_type.value,
                    "start": p.start_offset,
                    "end": p.end_offset,
                    "recognizer": p.recognizer,
                }
                for p in pii
            ],
            "text": msg.redacted_content,  # None until PII detection ran: the raw text is never served
            "media": msg.media,
            "order": _order_views(s, [order])[0] if order is not None else None,
        }


def _encode_cursor(created_at: datetime, order_id: uuid.UUID) -> str:
    return base64.urlsafe_b64encode(f"{created_at.isoformat()}|{order_id}".encode()).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        when, _, oid = raw.partition("|")
        return datetime.fromisoformat(when), uuid.UUID(oid)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_request("invalid cursor", "cursor") from None


def list_orders(
    distributor_id: uuid.UUID,
    *,
    status: OrderStatus | None = None,
    since: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    cursor: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """A page of orders, oldest first, and the cursor of the next page (None at the end)."""
    query = select(m.Order)
    if status is not None:
        query = query.where(m.Order.status == status)
    if since is not None:
        query = query.where(m.Order.created_at >= since)
    if cursor:
        after, after_id = _decode_cursor(cursor)
        query = query.where(
            or_(m.Order.created_at > after, and_(m.Order.created_at == after, m.Order.id > after_id))
        )
    with tenant_session(distributor_id) as s:
        orders = list(s.scalars(query.order_by(m.Order.created_at, m.Order.id).limit(limit + 1)))
        more = len(orders) > limit
        orders = orders[:limit]
        nxt = _encode_cursor(orders[-1].created_at, orders[-1].id) if more and orders else None
        return _order_views(s, orders), nxt


# ----------------------------------------------------------------------------- query parameters
def _status(value: str | None) -> OrderStatus | None:
    if not value:
        return None
    try:
        return OrderStatus(value.upper())
    except ValueError:
        choices = ", ".join(x.value for x in OrderStatus)
        raise bad_request(f"status must be one of {choices}", "status") from None


def _since(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise bad_request("since must be an ISO 8601 time, e.g. 2026-11-01T00:00:00Z", "since") from None
    if when.tzinfo is None:
        raise bad_request("since needs a time zone (e.g. a trailing Z for UTC)", "since")
    return when


def _limit(value: str | None) -> int:
    if not value:
        return DEFAULT_LIMIT
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise bad_request(f"limit must be 1 to {MAX_LIMIT}", "limit")
    return int(value)


def customer_guide_view(distributor_id: uuid.UUID, customer_id: uuid.UUID) -> dict[str, Any] | None:
    """A customer's order guide (issue #15; jobs/customers/guide.py), None when the tenant has no such
    customer."""
    from jobs.customers.guide import guide_rows

    with tenant_session(distributor_id) as s:
        customer = s.get(m.Customer, customer_id)
        if customer is None:
            return None
        return {
            "customer_id": str(customer_id),
            "customer_code": customer.customer_code,
            "business_name": customer.business_name,
            "data": guide_rows(s, customer_id),
        }


# ----------------------------------------------------------------------------- routes
async def get_message(request: Request) -> Response:
    tenant = await tenant_of(request)
    view = await run_in_threadpool(message_view, tenant, path_id(request, "id", "message"))
    if view is None:
        raise not_found("no such message")
    return JSONResponse(view)


async def get_order(request: Request) -> Response:
    tenant = await tenant_of(request)
    view = await run_in_threadpool(order_view, tenant, path_id(request, "id", "order"))
    if view is None:
        raise not_found("no such order")
    return JSONResponse(view)


async def get_orders(request: Request) -> Response:
    tenant = await tenant_of(request)
    q = request.query_params
    status, since, limit = _status(q.get("status")), _since(q.get("since")), _limit(q.get("limit"))
    page, nxt = await run_in_threadpool(
        partial(list_orders, tenant, status=status, since=since, limit=limit, cursor=q.get("cursor") or None)
    )
    return JSONResponse({"data": page, "next_cursor": nxt})


async def get_customer_guide(request: Request) -> Response:
    tenant = await tenant_of(request)
    view = await run_in_threadpool(customer_guide_view, tenant, path_id(request, "id", "customer"))
    if view is None:
        raise not_found("no such customer")
    return JSONResponse(view)


ROUTES = [
    Route("/v1/customers/{id}/guide", get_customer_guide, methods=["GET"]),
    Route("/v1/messages/{id}", get_message, methods=["GET"]),
    Route("/v1/orders/{id}", get_order, methods=["GET"]),
    Route("/v1/orders", get_orders, methods=["GET"]),
]
