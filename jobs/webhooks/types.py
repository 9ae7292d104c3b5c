"""The event types a tenant can subscribe to, and how subscriptions name them.

A subscription is an exact type (``order.created``), a group wildcard (``order.*``: every type whose name
starts with ``order.``) or ``*`` (everything). The database matches them the same way when it fans an
event out to endpoints (``oms_record_events``, migration 0007); this module validates what operators type.
"""

from __future__ import annotations

import enum


class EventType(enum.StrEnum):
    MESSAGE_CREATED = "message.created"
    MESSAGE_CLASSIFIED = "message.classified"
    ORDER_CREATED = "order.created"
    ORDER_REQUIRES_REVIEW = "order.requires_review"
    ORDER_CONFIRMED = "order.confirmed"
    ORDER_UPDATED = "order.updated"
    ORDER_REJECTED = "order.rejected"
    CUSTOMER_STATUS_CHANGED = "customer.status_changed"
    AI_BUDGET_WARNING = "ai.budget_warning"
    AI_BUDGET_EXCEEDED = "ai.budget_exceeded"
    ENDPOINT_DISABLED = "endpoint.disabled"
    WEBHOOK_TEST = "webhook.test"


EVENT_TYPES: tuple[str, ...] = tuple(t.value for t in EventType)
GROUPS: frozenset[str] = frozenset(t.split(".", 1)[0] for t in EVENT_TYPES)
ALL = "*"


class SubscriptionError(ValueError):
    """An --events value names no event type."""


def parse_subscriptions(raw: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """Validated, de-duplicated subscription patterns from `a,b` or a list; default `*`."""
    items = raw.split(",") if isinstance(raw, str) else list(raw or [])
    out: list[str] = []
    for item in (i.strip() for i in items):
        if not item:
            continue
        if item != ALL and item not in EVENT_TYPES:
            group, _, star = item.partition(".")
            if star != "*" or group not in GROUPS:
                known = ", ".join(EVENT_TYPES)
                raise SubscriptionError(
                    f"unknown event type {item!r}: use one of {known}, a group wildcard such as "
                    f"'order.*', or '*'"
                )
        if item not in out:
            out.append(item)
    return out or [ALL]


def subscribed(patterns: list[str], event_type: str) -> bool:
    """Whether an endpoint with these patterns receives `event_type` (as oms_record_events decides)."""
    group = event_type.split(".", 1)[0] + ".*"
    return event_type in patterns or ALL in patterns or group in patterns
