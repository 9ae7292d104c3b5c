"""Pausing a queue: workers stop taking from it within seconds, producers keep enqueuing.

dramatiq has no notion of a paused queue, so each consumer the broker hands a worker is wrapped: while
its queue is paused the wrapper gives the messages it had prefetched back to the broker and fetches no
more (Redis: they go back on the queue's list; RabbitMQ: the consumer is cancelled, so the server
requeues them, and the connection keeps serving acks and heartbeats). Messages already being
processed finish normally. The paused set comes from a source the jobs layer registers (the
`ops_queue_pauses` table), read at most once per `REFRESH_SECONDS` per process; if the source fails,
the last known set stays in force.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import structlog
from dramatiq.broker import Consumer, MessageProxy
from dramatiq.common import q_name
from dramatiq.message import Message

from worker.queue_names import is_delay_queue

log = structlog.get_logger("oms.queues")

REFRESH_SECONDS = 1.0
PauseSource = Callable[[], frozenset[str]]


class PauseBoard:
    """The set of paused queue names, cached for a second per process."""

    def __init__(self) -> None:
        self._source: PauseSource | None = None
        self._paused: frozenset[str] = frozenset()
        self._read_at = 0.0
        self._lock = threading.Lock()
        self._failing = False

    def set_source(self, source: PauseSource | None) -> None:
        with self._lock:
            self._source, self._read_at = source, 0.0

    def paused(self) -> frozenset[str]:
        now = time.monotonic()
        if self._source is None or now - self._read_at < REFRESH_SECONDS:
            return self._paused
        with self._lock:
            if now - self._read_at < REFRESH_SECONDS or self._source is None:
                return self._paused
            try:
                fresh = self._source()
            except Exception as exc:  # a database blip must not stop (or start) consumption
                if not self._failing:
                    log.warning("queue_pause_source_failed", error_type=type(exc).__name__)
                self._failing = True
            else:
                if fresh != self._paused:
                    log.info("queue_pauses_changed", paused=sorted(fresh))
                self._paused, self._failing = fresh, False
            self._read_at = now
            return self._paused

    def is_paused(self, queue_name: str) -> bool:
        return q_name(queue_name) in self.paused()


board = PauseBoard()


class PausableConsumer(Consumer):
    """Delegates to the broker's consumer unless its queue is paused (delay queues are never paused:
    they only move due messages to the main queue, where the pause holds them)."""

    def __init__(self, inner: Consumer, queue_name: str, timeout_ms: int, pauses: PauseBoard) -> None:
        self.inner, self.queue_name, self.pauses = inner, queue_name, pauses
        self.idle_seconds = max(0.05, min(timeout_ms / 1000, REFRESH_SECONDS))
        self.pausable = not is_delay_queue(queue_name)
        self.holding = False

    def __next__(self) -> MessageProxy | None:
        if self.pausable and self.pauses.is_paused(self.queue_name):
            if not self.holding:
                self._give_back()
                self.holding = True
                log.info("queue_paused_consumer_idle", queue=self.queue_name)
            self._idle()
            return None
        if self.holding:
            self._take_again()
            self.holding = False
            log.info("queue_resumed_consumer_active", queue=self.queue_name)
        return next(self.inner)  # type: ignore[call-overload,no-any-return]

    def _give_back(self) -> None:
        cache = getattr(self.inner, "message_cache", None)
        if isinstance(cache, list):  # Redis: prefetched, not yet handed out; back on the queue's list
            messages = [MessageProxy(Message.decode(data)) for data in cache if data is not None]
            self.inner.message_cache = []  # type: ignore[attr-defined]
            if messages:
                self.inner.requeue(messages)
            return
        channel = getattr(self.inner, "channel", None)
        if channel is not None:  # RabbitMQ: cancelling the consumer requeues what it had buffered
            channel.cancel()

    def _take_again(self) -> None:
        channel = getattr(self.inner, "channel", None)
        if channel is not None and hasattr(self.inner, "iterator"):
            timeout = getattr(self.inner, "_oms_timeout_s", self.idle_seconds)
            self.inner.iterator = channel.consume(self.inner.queue_name, inactivity_timeout=timeout)  # type: ignore[attr-defined]

    def _idle(self) -> None:
        connection = getattr(self.inner, "connection", None)
        if connection is not None:  # RabbitMQ: keep acks of running messages and heartbeats flowing
            connection.process_data_events(time_limit=self.idle_seconds)
        else:
            time.sleep(self.idle_seconds)

    def ack(self, message: MessageProxy) -> None:
        self.inner.ack(message)

    def nack(self, message: MessageProxy) -> None:
        self.inner.nack(message)

    def requeue(self, messages: Any) -> None:
        self.inner.requeue(messages)

    def close(self) -> None:
        self.inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def pausable(broker_class: type) -> type:
    """A subclass of a dramatiq broker class whose consumers honour queue pauses."""

    class Pausable(broker_class):  # type: ignore[valid-type,misc]
        def consume(self, queue_name: str, prefetch: int = 1, timeout: int = 5000) -> Consumer:
            inner = super().consume(queue_name, prefetch, timeout)
            inner._oms_timeout_s = timeout / 1000
            return PausableConsumer(inner, queue_name, timeout, board)

    Pausable.__name__ = Pausable.__qualname__ = f"Pausable{broker_class.__name__}"
    return Pausable
