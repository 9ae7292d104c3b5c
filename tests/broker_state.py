"""A known broker state built with dramatiq's own operations, for the ops tests: on QUEUE, 3 ready,
2 delayed, 1 in flight (taken by a consumer that has not acknowledged it) and 2 dead (taken and
rejected, as a worker does when retries run out)."""

from __future__ import annotations

from typing import Any

import dramatiq


def build_state(broker: dramatiq.Broker, queue: str) -> Any:
    """Returns the consumer holding the in-flight message (close it to give the message back)."""

    def ops_probe(n: int) -> None:  # never run: nothing consumes this queue but the test
        pass

    actor = dramatiq.Actor(
        ops_probe, broker=broker, actor_name=f"ops_probe_{queue}", queue_name=queue, priority=0, options={}
    )
    for n in range(6):
        actor.send(n)
    for n in range(2):
        actor.send_with_options(args=(100 + n,), delay=3_600_000)
    # Two dead: taken and rejected (a worker whose retries ran out), by a consumer that then stops.
    killer = broker.consume(queue, prefetch=2, timeout=1000)
    for message in _take(killer, 2):
        killer.nack(message)
    killer.close()
    # One in flight: taken by a consumer that has not acknowledged it yet.
    holder = broker.consume(queue, prefetch=1, timeout=1000)
    _take(holder, 1)
    return holder


def _take(consumer, n: int) -> list:  # type: ignore[no-untyped-def]
    taken = []
    while len(taken) < n:
        message = next(consumer)
        if message is not None:
            taken.append(message)
    return taken


def drop_redis_queue(broker: Any, queue: str) -> None:
    suffixes = ("", ".msgs", ".DQ", ".DQ.msgs", ".XQ", ".XQ.msgs")
    broker.client.delete(*[f"{broker.namespace}:{queue}{s}" for s in suffixes])
    for key in broker.client.scan_iter(match=f"{broker.namespace}:__acks__.*.{queue}*"):
        broker.client.delete(key)
