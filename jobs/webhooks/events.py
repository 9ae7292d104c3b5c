"""Domain events recorded for webhook delivery, in the same transaction as the change they describe.

An event becomes one `webhook_deliveries` row (status PENDING) per active endpoint of its tenant
subscribed to its type (exactly, by group as `order.*`, or `*`: jobs/webhooks/types.py); once the
transaction commits, each is sent to the delivery actor (jobs/webhooks/dispatch.py). Event ids are
derived from what happened (`order.created` of order X), so a stage that runs twice records each event
once, and receivers deduplicate on them (the `webhook-id` header).

Code outside the pipeline records an event with :func:`emit_event` (e.g. `customer.status_changed`,
`ai.budget_warning`), in the transaction of the change it announces.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.ids import as_uuid
from jobs.webhooks import dispatch
from jobs.webhooks.types import EVENT_TYPES, EventType

__all__ = ["EVENT_TYPES", "EventType", "build_event", "emit_event", "event_id", "record_event"]

MESSAGE_CREATED = EventType.MESSAGE_CREATED
MESSAGE_CLASSIFIED = EventType.MESSAGE_CLASSIFIED
ORDER_CREATED = EventType.ORDER_CREATED
ORDER_REQUIRES_REVIEW = EventType.ORDER_REQUIRES_REVIEW
ORDER_CONFIRMED = EventType.ORDER_CONFIRMED

_NAMESPACE = uuid.UUID("5d3c1f7e-8a0b-4c57-9a55-0e6a3b6f2c11")

# The fan-out to subscribed endpoints is public.oms_record_events (migration 0007): it returns the ids
# of the deliveries it created; the tenant is the transaction's (or each event's own distributor_id),
# set by tenant_session or resolved from the signed-in user (auth.uid()).
# `oms.new_deliveries` lists every delivery the transaction created so far (triggers' too).
_INSERT = text(
    "SELECT public.oms_record_events(CAST(:events AS jsonb)), public.get_current_distributor_id(), "
    "current_setting('oms.new_deliveries', true)"
)
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
    _, tenant, created = session.execute(_INSERT, {"events": json.dumps(events, default=str)}).one()
    tenant = tenant or events[0].get("distributor_id")
    if created and tenant:  # (no tenant at all: nothing was fanned out; the sweep has the rest)
        dispatch.after_commit(session, tenant, [uuid.UUID(i) for i in created.split(",")])


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
    distributor_id: uuid.UUID | str | None = None,
) -> dict[str, Any]:
    """One event as `oms_record_events` takes it: its id, type, envelope (payload) and subject ids."""
    eid = event_id(event_type, subject_id)
    event_type = str(event_type)
    event = {
        "event_id": eid,
        "event_type": event_type,
        "payload": {"id": eid, "type": event_type, "timestamp": datetime.now(UTC).isoformat(), "data": data},
        "message_id": message_id,
        "order_id": order_id,
        "customer_id": customer_id,
    }
    if distributor_id is not None:
        event["distributor_id"] = str(as_uuid(distributor_id))
    return event


def record_built(session: Session, event: dict[str, Any]) -> str:
    """Record an event `build_event` made (a plan's), as `record_event` does."""
    if _PENDING in session.info:
        session.info[_PENDING].append(event)
    else:
        _insert(session, [event])
    return str(event["event_id"])


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
    return record_built(session, event)


def emit_event(
    session: Session,
    distributor_id: uuid.UUID | str,
    event_type: EventType | str,
    data: dict[str, Any],
    *,
    subject_id: uuid.UUID | str | None = None,
    customer_id: uuid.UUID | None = None,
    order_id: uuid.UUID | None = None,
    message_id: uuid.UUID | None = None,
) -> str:
    """Record an event for `distributor_id` in `session`'s transaction (a tenant or a privileged session);
    its deliveries are enqueued when that transaction commits. Returns the event id.

    `subject_id` names what happened (`customer X became AT_RISK at hour H`): the event id is derived from
    it, so recording the same happening twice delivers it once. Without it every call is a new event.
    """
    if str(event_type) not in EVENT_TYPES:
        raise ValueError(f"unknown event type {event_type!r}")
    event = build_event(
        event_type,
        subject_id if subject_id is not None else uuid.uuid4(),
        data,
        message_id=message_id,
        order_id=order_id,
        customer_id=customer_id,
        distributor_id=distributor_id,
    )
    _insert(session, [event])
    return str(event["event_id"])
