"""Reliable fetch (worker/reliable_fetch.py) on a private Redis: a message a fetch took whose reply nobody
read (Redis frozen while the fetch was in flight, the chaos suite's "Redis stopped 10 s") reaches a live
worker again, without that worker restarting; what a worker holds is never handed out twice."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from queue import PriorityQueue

import dramatiq
import pytest
import redis
from dramatiq.common import dq_name
from dramatiq.errors import ConnectionClosed
from dramatiq.worker import ConsumerThread
from prometheus_client import REGISTRY

from tests.chaos.services import PrivateRedis
from tests.processes import wait_until
from worker.broker import build_broker
from worker.settings import load_settings

QUEUE = "rf"


@pytest.fixture()
def private_redis() -> Iterator[PrivateRedis]:
    server = PrivateRedis().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture()
def broker(private_redis: PrivateRedis) -> Iterator[dramatiq.Broker]:
    env = {
        **os.environ,
        "OMS_ENV": "test",
        "BROKER_URL": private_redis.url,
        "OMS_BROKER_NAMESPACE": "rf",
        "OMS_REDIS_TIMEOUT_MS": "300",
    }
    built = build_broker(load_settings(env))
    built.declare_queue(QUEUE)
    try:
        yield built
    finally:
        built.client.close()


def send(broker: dramatiq.Broker, body: str) -> str:
    """Enqueue a message; its Redis id."""
    message = dramatiq.Message(queue_name=QUEUE, actor_name="probe", args=(body,), kwargs={}, options={})
    return str(broker.enqueue(message).options["redis_message_id"])


def take(consumer: dramatiq.Consumer, polls: int = 40) -> dramatiq.MessageProxy | None:
    """The next message, or None if `polls` polls (each at most the consumer's 100 ms idle wait) found none."""
    for _ in range(polls):
        message = next(consumer)
        if message is not None:
            return message
    return None


def unacked(broker: dramatiq.Broker) -> set[str]:
    key = f"{broker.namespace}:__acks__.{broker.broker_id}.{QUEUE}"
    return {m.decode() for m in broker.client.smembers(key)}


def ready(broker: dramatiq.Broker) -> list[str]:
    return [m.decode() for m in broker.client.lrange(f"{broker.namespace}:{QUEUE}", 0, -1)]


def test_a_fetch_whose_reply_was_lost_in_a_freeze_is_delivered_again(
    private_redis: PrivateRedis, broker: dramatiq.Broker
) -> None:
    consumer = broker.consume(QUEUE, prefetch=2, timeout=100)
    assert next(consumer) is None  # started against an empty queue
    lost = send(broker, "enqueued just before Redis froze")

    private_redis.freeze()
    try:  # the fetch is written, Redis runs it only when it wakes: its reply goes to a closed socket
        with pytest.raises((ConnectionClosed, redis.RedisError)):
            next(consumer)
    finally:
        private_redis.thaw()
    # The window: the message is off the queue, taken by this live process, and nobody has it.
    wait_until(lambda: lost in unacked(broker) and not ready(broker), timeout=10, what="the stale fetch")

    restarted = broker.consume(QUEUE, prefetch=2, timeout=100)  # as dramatiq restarts a failed consumer
    message = take(restarted)
    assert message is not None and message.args == ("enqueued just before Redis froze",)
    restarted.ack(message)
    assert unacked(broker) == set() and ready(broker) == []


def test_a_running_consumer_gives_back_an_orphaned_fetch_and_keeps_what_it_holds(
    broker: dramatiq.Broker,
) -> None:
    broker.recover_seconds = 0  # every poll (production: every few seconds)
    consumer = broker.consume(QUEUE, prefetch=1, timeout=100)
    send(broker, "held")
    held = take(consumer)
    assert held is not None and held.args == ("held",)

    orphan = send(broker, "orphan")
    # A fetch of this process whose reply nobody reads (as a timed-out one Redis ran later).
    broker.do_fetch(QUEUE, 1)
    assert orphan in unacked(broker) and ready(broker) == []

    consumer.ack(held)  # room in the prefetch again
    again = take(consumer)
    assert again is not None and again.args == ("orphan",)
    assert take(consumer, polls=5) is None  # the one it holds is not given back while it holds it
    consumer.ack(again)
    assert unacked(broker) == set() and ready(broker) == []


def test_an_acknowledgement_that_timed_out_is_retried_not_given_up(
    private_redis: PrivateRedis, broker: dramatiq.Broker, monkeypatch: pytest.MonkeyPatch
) -> None:
    broker.recover_seconds = 0
    consumer = broker.consume(QUEUE, prefetch=1, timeout=100)
    rid = send(broker, "done")
    message = take(consumer)
    assert message is not None

    def timed_out(*_args: object) -> None:  # the ack never reached Redis (a frozen Redis may run it later)
        raise redis.TimeoutError("Timeout reading from socket")

    with monkeypatch.context() as patch:
        patch.setattr(broker, "do_ack", timed_out)
        with pytest.raises(ConnectionClosed):  # a lost connection: dramatiq's worker retries the ack
            consumer.ack(message)
    assert rid in unacked(broker)  # the message is still taken...
    assert take(consumer, polls=5) is None  # ...and still held: not given back to be worked twice
    consumer.ack(message)
    assert unacked(broker) == set() and ready(broker) == []


def test_a_consumer_threads_delayed_message_is_held_not_given_back(broker: dramatiq.Broker) -> None:
    """A message with an eta (a retry's back-off) waits in dramatiq's consumer thread, in its private
    delay queue, taken but unacknowledged until the eta passes: the process holds it (`_delayed_ids`),
    so recovery must not give it back to be fetched, and kept, a second time."""
    broker.recover_seconds = 0  # every poll
    queue = dq_name(QUEUE)
    delayed = dramatiq.Message(queue_name=QUEUE, actor_name="probe", args=("later",), kwargs={}, options={})
    rid = str(broker.enqueue(delayed, delay=600_000).options["redis_message_id"])

    def orphans() -> float:
        return REGISTRY.get_sample_value("oms_broker_orphans_requeued_total", {"queue": queue}) or 0.0

    given_back = orphans()
    thread = ConsumerThread(
        broker=broker, queue_name=queue, prefetch=2, work_queue=PriorityQueue(), worker_timeout=100
    )
    thread.start()
    try:
        wait_until(lambda: thread.delay_queue.qsize() >= 1, timeout=10, what="the delayed message kept")
        kept_at = time.monotonic()
        consumer = thread.consumer
        wait_until(
            lambda: (consumer.recovered_at or 0) > kept_at, timeout=10, what="a recovery while it is kept"
        )
        assert orphans() == given_back
        assert rid in {m.decode() for m in broker.client.smembers(consumer.acks_key)}
        assert thread.delay_queue.qsize() == 1
    finally:
        thread.stop()
        thread.join(10)


def test_a_busy_consumer_fetches_in_batches_not_one_message_an_acknowledgement(
    broker: dramatiq.Broker,
) -> None:
    """dramatiq's consumer fetched whenever its prefetched and unfinished messages were fewer than its
    prefetch: a busy worker made a fetch for each acknowledgement. Here it waits until a quarter of the
    prefetch is free, then fetches that many at once; a consumer that is not busy fetches as before."""
    consumer = broker.consume(QUEUE, prefetch=8, timeout=100)
    for n in range(12):
        send(broker, f"m{n}")
    taken = [take(consumer) for _ in range(8)]  # one fetch of 8, handed out one by one
    assert all(m is not None for m in taken) and len(ready(broker)) == 4
    consumer.ack(taken[0])  # 7 of 8 still held: no fetch for the one freed
    assert take(consumer, polls=3) is None and len(ready(broker)) == 4
    consumer.ack(taken[1])  # 6 of 8: a quarter free, so a fetch of 2
    fetched = [take(consumer), take(consumer)]
    assert len(ready(broker)) == 2
    for m in [*taken[2:], *fetched]:
        assert m is not None
        consumer.ack(m)
    assert [m.args for m in (take(consumer), take(consumer))] == [("m10",), ("m11",)]  # not busy: as before


def test_a_delay_queue_consumer_fetches_whenever_it_has_room(broker: dramatiq.Broker) -> None:
    """A delay queue's consumer holds its messages until their eta instead of working them: it keeps
    fetching whatever its prefetch has room for (waiting for them to drain could hold a due message
    behind ones due in hours)."""
    consumer = broker.consume(dq_name(QUEUE), prefetch=8, timeout=100)
    assert consumer.refill_below == 0
    assert broker.consume(QUEUE, prefetch=8, timeout=100).refill_below == 6


def test_idle_delay_queues_and_slow_queues_poll_redis_every_second_not_every_100_ms(
    broker: dramatiq.Broker,
) -> None:
    """An idle consumer polls Redis with a back-off up to its timeout (100 ms under `oms worker`): for the
    delay queues and the queues jobs/queues.py names slow (maintenance, webhook retries) that is a Lua
    call ten times a second per queue per worker process for work that may wait a second."""
    from jobs.queues import MAINTENANCE_QUEUE, PIPELINE_QUEUE, WEBHOOK_QUEUE, WEBHOOK_RETRY_QUEUE

    for name in (PIPELINE_QUEUE, WEBHOOK_QUEUE):
        assert broker.consume(name, prefetch=2, timeout=100).timeout == 100
    for name in (MAINTENANCE_QUEUE, WEBHOOK_RETRY_QUEUE, dq_name(PIPELINE_QUEUE), dq_name(QUEUE)):
        assert broker.consume(name, prefetch=2, timeout=100).timeout == 1000
    assert (
        broker.consume(dq_name(QUEUE), prefetch=2, timeout=5000).timeout == 5000
    )  # never shorter than asked
