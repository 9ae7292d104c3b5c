"""Domain events recorded for webhook delivery, in the same transaction as the change they describe.

An event becomes one `webhook_deliveries` row (status PENDING) per active endpoint subscribed to its
type (or to "*"), for a delivery actor to send (none is built yet: the rows wait as PENDING). Event ids are derived from what happened
(`order.created` of order X), so a stage that runs twice records each event once.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

MESSAGE_CREATED = "message.created"
MESSAGE_CLASSIFIED = "message.classified"
ORDER_CREATED = "order.created"
ORDER_REQUIRES_REVIEW = "order.requires_review"
EVENT_TYPES = (MESSAGE_CREATED, MESSAGE_CLASSIFIED, ORDER_CREATED, ORDER_REQUIRES_REVIEW)

_NAMESPACE = uuid.UUID("5d3c1f7e-8a0b-4c57-9a55-0e6a3b6f2c11")

# The fan-out to subscribed endpoints is public.oms_record_events (migration 0004).
_INSERT = text("SELECT public.oms_record_events(CAST(:events AS jsonb))")
_PENDING = "pending_events"


def defer_events(session: Session) -> None:
    """From now on, `record_event` on this session collects events; `flush_events` writes them at once."""
    session.info[_PENDING] = []


def flush_events(session: Session) -> None:
    """Write the collected events in one statement (still inside the caller's transaction)."""
    pending = session.info.pop(_PENDING, None)
    if pending:
        _insert(session, pending)


def _insert(session: Session, events: list[dict[str, Any]]) -> None:
    session.execute(_INSERT, {"events": json.dumps(events, default=str)})


def event_id(event_type: str, subject_id: uuid.UUID | str) -> str:
    return "evt_" + uuid.uuid5(_NAMESPACE, f"{event_type}:{subject_id}").hex


def build_event(
    event_type: str,
    subject_id: uuid.UUID | str,
    data: dict[str, Any],
    *,
    message_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """One event as `oms_record_events` takes it: its id, type, envelope (payload) and subject ids."""
    eid = event_id(event_type, subject_id)
    return {
        "event_id": eid,
        "event_type": event_type,
        "payload": {"id": eid, "type": event_type, "timestamp": datetime.now(UTC).isoformat(), "data": data},
        "message_id": message_id,
        "order_id": order_id,
        "customer_id": customer_id,
    }


def record_event(
    session: Session,
    event_type: str,
    subject_id: uuid.UUID | str,
    data: dict[str, Any],
    *,
    message_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    customer_id: uuid.UUID | None = None,
) -> str:
    """Queue `event_type` for every subscribed endpoint of the session's tenant; returns the event id."""
    event = build_event(
        event_type, subject_id, data, message_id=message_id, order_id=order_id, customer_id=customer_id
    )
    if _PENDING in session.info:
        session.info[_PENDING].append(event)
    else:
        _insert(session, [event])
    return str(event["event_id"])
