"""Messages committed while the broker could not take them, sent again as soon as it answers.

The ingress commits a message before it enqueues it. When the enqueue fails (the broker is down,
frozen past its socket timeout, or restarting), the message is safe in PostgreSQL but nobody would
start its pipeline before the scheduler's sweep, minutes later. The outbox notes it instead: one
background thread per ingress process re-sends noted messages in order, retrying every
``retry_interval`` seconds while the broker keeps failing, so a message accepted during an outage is
enqueued within about a second of the broker coming back. While a send is failing the broker is
*known down*, and new messages go straight to the outbox without waiting on it.

The outbox lives in the process's memory: if the ingress itself dies with messages in it, they are
still ``RECEIVED`` in PostgreSQL and the sweeper (``oms scheduler``) enqueues them as before. A message
sent twice (an enqueue that timed out but did arrive) is harmless: the pipeline writes one outcome per
message. Logs carry ids only.
"""

from __future__ import annotations

import threading
import uuid
from collections import deque
from collections.abc import Callable

import structlog
from prometheus_client import Gauge

__all__ = ["Outbox"]

log = structlog.get_logger("oms.ingress")

OUTBOX_SIZE = Gauge("oms_ingress_outbox_messages", "Committed messages waiting for the broker to come back")

Send = Callable[[uuid.UUID, uuid.UUID], None]


class Outbox:
    """A bounded FIFO of (message id, tenant) with one thread that sends them (see the module doc)."""

    def __init__(self, send: Send, *, retry_interval: float = 0.5, max_items: int = 100_000) -> None:
        self.send, self.retry_interval, self.max_items = send, retry_interval, max_items
        self._items: deque[tuple[uuid.UUID, uuid.UUID]] = deque()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.broker_down = False

    def __len__(self) -> int:
        return len(self._items)

    def add(self, message_id: uuid.UUID, tenant: uuid.UUID) -> bool:
        """Note a committed message for sending; False when the outbox is full (the sweeper has it)."""
        with self._lock:
            if len(self._items) >= self.max_items:
                log.error("outbox_full", message_id=str(message_id), distributor_id=str(tenant))
                return False
            self._items.append((message_id, tenant))
            OUTBOX_SIZE.set(len(self._items))
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="oms-outbox", daemon=True)
                self._thread.start()
        self._wake.set()
        return True

    def _run(self) -> None:
        while True:
            self._wake.wait(self.retry_interval)
            self._wake.clear()
            self.drain()

    def drain(self) -> int:
        """Send what is noted, in order, until the outbox is empty or a send fails; how many were sent."""
        sent = 0
        while True:
            with self._lock:
                if not self._items:
                    OUTBOX_SIZE.set(0)
                    return sent
                message_id, tenant = self._items[0]
            try:
                self.send(message_id, tenant)
            except Exception as exc:
                if not self.broker_down:
                    log.warning("outbox_broker_down", error_type=type(exc).__name__, waiting=len(self))
                self.broker_down = True
                return sent
            with self._lock:
                self._items.popleft()
                OUTBOX_SIZE.set(len(self._items))
            sent += 1
            if self.broker_down:
                self.broker_down = False
                log.info("outbox_broker_up", waiting=len(self))
            log.info("outbox_sent", message_id=str(message_id), distributor_id=str(tenant))
