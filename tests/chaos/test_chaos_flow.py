"""The chaos suite (#6): faults injected while a few hundred messages flow through a real ingress and
real workers on private PostgreSQL and Redis (tests/chaos/scenarios.py). For each: every accepted
message ends with exactly one outcome, nothing is duplicated, nothing is stuck after a bounded time,
and a 202 is only ever given for what was stored."""

from __future__ import annotations

from tests.chaos import scenarios
from tests.chaos.conftest import Stack


def _assert_clean(result: scenarios.Result) -> None:
    assert result.faults >= 1, result
    assert result.accepted > 0, result
    assert result.lost == 0, result
    assert result.duplicated == 0, result
    assert result.processed == result.accepted, result


def test_kill_9_of_workers_while_messages_flow(stack: Stack) -> None:
    result = scenarios.kill_workers(stack, n=300, kills=6)
    _assert_clean(result)
    assert result.refused == 0  # the ingress never depended on the workers


def test_redis_stopped_10_s_while_messages_flow(stack: Stack) -> None:
    result = scenarios.redis_stopped(stack, n=120, seconds=10)
    _assert_clean(result)


def test_postgres_stopped_10_s_while_messages_flow(stack: Stack) -> None:
    result = scenarios.postgres_stopped(stack, n=120, seconds=10)
    _assert_clean(result)
    assert result.refused > 0  # the outage was seen: 503s, and nothing stored for them
