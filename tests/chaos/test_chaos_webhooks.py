"""The chaos suite (#6), webhooks: a receiver that is down, then flaky, while messages flow through a real
ingress and real workers on private PostgreSQL and Redis. Every event of every accepted message is
delivered at least once, verified with `standardwebhooks`, and deduplicable (every repeat carries the
event's webhook-id, which is also the body's id)."""

from __future__ import annotations

from tests.chaos import scenarios
from tests.chaos.conftest import Stack


def test_webhook_receiver_down_then_flaky_every_event_delivered_at_least_once(stack: Stack) -> None:
    result = scenarios.webhook_receiver_down_then_flaky(stack, n=60, seconds=10)
    assert result.faults == 2, result  # down, then flaky
    assert result.accepted == result.sent == result.processed, result
    assert result.lost == 0, result  # every event acknowledged by the receiver, every message processed
    assert result.duplicated == 0, result  # one delivery per event and endpoint, ids stable
    assert result.bad_signatures == 0, result
    assert result.events >= 3 * result.accepted, result  # created, classified, and the order's or the reply's
    assert result.redelivered > 0, (
        result
    )  # the flaky receiver made at-least-once visible, and it was deduplicated
