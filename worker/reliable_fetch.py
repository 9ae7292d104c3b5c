"""Reliable fetch on Redis: messages a fetch took but never delivered go back to their queue.

dramatiq's Redis broker fetches with one Lua call that pops message ids off the queue and adds them to
this process's set of unacknowledged messages (``NS:__acks__.BROKER_ID.QUEUE``) before it replies. If
the reply is never read, the messages sit in that set and nobody works them:

* a read that timed out (Redis frozen, stalled or cut off mid-call): Redis ran the fetch, or runs it
  when it answers again, and the reply goes to a connection redis-py already closed; each retry of a
  consumer during an outage leaves one more such fetch behind;
* a consumer that dramatiq restarts after an error drops what it had prefetched, and a connection
  error makes it drop the messages it was holding until their eta (delayed retries).

The broker gives unacknowledged messages back only when their process stops heartbeating (maintenance
run by other processes), so for a live worker they waited for its next restart, and the message row
in PostgreSQL stayed ``RECEIVED`` until the scheduler's sweep, minutes later (the chaos test's "Redis
stopped 10 s" lost one this way).

Here each consumer, when it starts and then every ``RECOVER_SECONDS``, compares that set with what the
process really holds for the queue (messages handed to the worker and not yet acknowledged, the
prefetch cache of its live consumers, and the messages its consumer thread keeps until their eta) and
gives the rest back with the broker's own ``requeue`` command, which only moves an id still in the set
(one acknowledged meanwhile stays acknowledged). The only other writer of the set is this process's one
consumer of the queue, which is not fetching while it recovers, so anything else in it is an orphan.
A message given back twice, or worked after a stale fetch of it was also answered, is harmless: the
pipeline writes one outcome per message.

A Redis read timeout counts as a lost connection here (dramatiq only treats ``ConnectionError`` so): a
consumer restarts quietly and an acknowledgement that timed out is retried until Redis answers, rather
than given up (which left the message to be worked again after the worker's restart).

Fetches in batches: dramatiq's consumer fetches whenever fewer than its prefetch (twice the worker's
threads) are prefetched or unfinished, so a busy worker fetched the one or two messages each
acknowledgement made room for: a fetch (a Lua call) for every message or so, about 3% of a busy worker's
CPU and a third of Redis's commands. Here a consumer whose prefetched, queued and running messages still
fill more than three quarters of its prefetch waits for them to drain (polling every few ms, as dramatiq
does when it is full) and then fetches a quarter or more at once; at 8 threads, 4 or more messages stay
queued for the threads, so none waits on a fetch. Below that (a worker that is not busy) it fetches as
before, and a delay queue's consumer (holding messages until their eta, not working them) always does.

Idle polls: an idle consumer polls Redis with a back-off up to the worker timeout (100 ms under `oms
worker`, for the pipeline's latency at low load): a Lua call every 100 ms or so for each queue and its
delay queue, in each worker process, however busy the others are; about 0.3-0.4 ms of CPU each on this
project's machine (redis-py packing the script's dozen arguments), some 120 polls a second for a
two-process worker, whose pipeline queue alone was busy. The delay queues (a message due in a second is
moved to its queue within about another second) and the queues `poll_slowly` names (maintenance,
webhook retries: jobs/queues.py) back off up to a second instead (worker/polling.py).
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterable
from typing import Any

import redis
import structlog
from dramatiq.broker import MessageProxy
from dramatiq.brokers.redis import RedisBroker, _RedisConsumer
from dramatiq.errors import ConnectionClosed
from dramatiq.message import Message

from worker.metrics import BROKER_ORPHANS
from worker.polling import idle_poll_ms
from worker.queue_names import is_delay_queue

__all__ = ["ReliableRedisBroker", "ReliableRedisConsumer"]

log = structlog.get_logger("oms.broker")

_REDIS_DOWN = (redis.ConnectionError, redis.TimeoutError)
# A busy consumer looks this often whether its queued work has drained enough to fetch a batch.
_DRAIN_POLL_SECONDS = 0.005


def _redis_id(message: MessageProxy | Message[Any]) -> str | None:
    value = message.options.get("redis_message_id")
    return value if isinstance(value, str) else None


class Held:
    """Per queue, the Redis ids of messages this process's consumers handed to dramatiq (without an
    eta) and that are not yet acknowledged, rejected or given back; and the live consumers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids: dict[str, set[str]] = {}
        self._consumers: dict[str, weakref.WeakSet[ReliableRedisConsumer]] = {}

    def add(self, queue: str, redis_id: str) -> None:
        with self._lock:
            self._ids.setdefault(queue, set()).add(redis_id)

    def discard(self, queue: str, redis_ids: Iterable[str]) -> None:
        with self._lock:
            self._ids.get(queue, set()).difference_update(redis_ids)

    def join(self, consumer: ReliableRedisConsumer) -> None:
        with self._lock:
            self._consumers.setdefault(consumer.queue_name, weakref.WeakSet()).add(consumer)

    def leave(self, consumer: ReliableRedisConsumer) -> None:
        with self._lock:
            self._consumers.get(consumer.queue_name, weakref.WeakSet()).discard(consumer)

    def of(self, queue: str) -> set[str]:
        """What the process holds of `queue` right now, consumer threads' delayed messages aside."""
        with self._lock:
            held = set(self._ids.get(queue, ()))
            consumers = list(self._consumers.get(queue, ()))
        for consumer in consumers:
            held.update(consumer.cached_ids())
        return held


def _delayed_ids() -> set[str]:
    """The messages the calling dramatiq consumer thread keeps until their eta (its `delay_queue`)."""
    waiting = getattr(threading.current_thread(), "delay_queue", None)
    if waiting is None:
        return set()
    with waiting.mutex:
        items = list(waiting.queue)
    return {rid for item in items if (rid := _redis_id(item.message)) is not None}


class ReliableRedisConsumer(_RedisConsumer):  # type: ignore[misc]
    """dramatiq's Redis consumer, plus the recovery of orphaned fetches (see the module doc)."""

    broker: ReliableRedisBroker

    def __init__(self, broker: ReliableRedisBroker, queue_name: str, prefetch: int, timeout: int) -> None:
        super().__init__(broker, queue_name, prefetch, idle_poll_ms(queue_name, timeout))
        self.recovered_at: float | None = None
        # fetch in batches (module doc); not on a delay queue, whose messages are held until their eta
        self.refill_below = 0 if is_delay_queue(queue_name) else prefetch * 3 // 4
        broker.held.join(self)

    @property
    def acks_key(self) -> str:
        return f"{self.broker.namespace}:__acks__.{self.broker.broker_id}.{self.queue_name}"

    @property
    def outstanding(self) -> int:
        """Prefetched, queued for the worker's threads or being worked, and not yet acknowledged."""
        return int(self.outstanding_message_count)

    def cached_ids(self) -> set[str]:
        """Prefetched and not yet handed out."""
        ids = set()
        for data in list(self.message_cache):
            if data is not None:
                rid = _redis_id(Message.decode(data))
                if rid is not None:
                    ids.add(rid)
        return ids

    def recover(self) -> int:
        """Give back what this process's acks set of the queue holds that the process does not; how many.
        Read the set before what is held: an id acknowledged in between is not in the set any more when
        `requeue` runs, and `requeue` leaves it alone."""
        members: set[bytes] = self.broker.client.smembers(self.acks_key)  # type: ignore[assignment]
        taken = {m.decode() for m in members}
        if not taken:
            return 0
        orphans = sorted(taken - self.broker.held.of(self.queue_name) - _delayed_ids())
        if orphans:
            job_ids = self._job_ids(orphans[:10])
            self.broker.do_requeue(self.queue_name, *orphans)
            BROKER_ORPHANS.labels(queue=self.queue_name).inc(len(orphans))
            log.warning("broker_orphans_requeued", queue=self.queue_name, count=len(orphans), job_ids=job_ids)
        return len(orphans)

    def _job_ids(self, redis_ids: list[str]) -> list[str]:
        """dramatiq's ids of these messages (the `job_id` of their log lines), for the log."""
        key = f"{self.broker.namespace}:{self.queue_name}.msgs"
        found: list[bytes | None] = self.broker.client.hmget(key, redis_ids)  # type: ignore[assignment]
        return [Message.decode(data).message_id for data in found if data is not None]

    def __next__(self) -> MessageProxy | None:
        try:
            now = time.monotonic()
            if self.recovered_at is None or now - self.recovered_at >= self.broker.recover_seconds:
                self.recover()
                self.recovered_at = now
            if (
                self.refill_below
                and not self.message_cache
                and self.refill_below < self.outstanding < self.prefetch
            ):
                time.sleep(_DRAIN_POLL_SECONDS)  # enough work queued: fetch when it has drained (module doc)
                return None
            message = super().__next__()
        except _REDIS_DOWN as exc:
            raise ConnectionClosed(exc) from None
        if message is not None and "eta" not in message.options and (rid := _redis_id(message)):
            self.broker.held.add(self.queue_name, rid)
        return message

    def ack(self, message: MessageProxy) -> None:
        self._settle(super().ack, message)

    def nack(self, message: MessageProxy) -> None:
        self._settle(super().nack, message)

    def _settle(self, call: Any, message: MessageProxy) -> None:
        """Ack or nack; a timeout is a lost connection (dramatiq retries it); any other failure lets the
        message go (recovery gives it back, and it is worked again: what dramatiq promises then)."""
        rid = _redis_id(message)
        try:
            call(message)
        except ConnectionClosed:
            raise
        except redis.TimeoutError as exc:
            raise ConnectionClosed(exc) from None
        except BaseException:
            if rid is not None:
                self.broker.held.discard(self.queue_name, [rid])
            raise
        if rid is not None:
            self.broker.held.discard(self.queue_name, [rid])

    def requeue(self, messages: Iterable[MessageProxy]) -> None:
        messages = list(messages)
        try:
            super().requeue(messages)
        except _REDIS_DOWN as exc:  # still in the set: recovery gives them back later
            raise ConnectionClosed(exc) from None
        finally:
            self.broker.held.discard(self.queue_name, [r for m in messages if (r := _redis_id(m))])

    def close(self) -> None:
        """Its prefetched messages are orphans from now on: the next recovery gives them back."""
        self.broker.held.leave(self)
        super().close()


class ReliableRedisBroker(RedisBroker):  # type: ignore[misc]
    """dramatiq's Redis broker with `ReliableRedisConsumer`s."""

    #: How often a consumer looks for orphaned fetches (also once when it starts).
    recover_seconds = 5.0

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.held = Held()

    @property
    def consumer_class(self) -> type[ReliableRedisConsumer]:
        return ReliableRedisConsumer
