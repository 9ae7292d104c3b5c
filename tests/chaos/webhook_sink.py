"""A webhook receiver for the chaos suite that behaves like a real, unreliable one (#6).

It verifies every POST with the `standardwebhooks` library and the endpoint's secret, as the README tells
a tenant to, and deduplicates on `webhook-id` as the README's receiver does. It can be down (nothing
listens on its port: connections are refused) and then flaky: per request, from a seeded random source,
it answers 500, or 503 with `Retry-After: 1`, or handles the event and then drops the connection without
an answer (the sender cannot know it arrived: the case that makes delivery "at least once"), or 200.
It records what it saw: every verified event id, how many times, and any signature that failed.
"""

from __future__ import annotations

import random
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError


@dataclass
class Sink:
    """What the receiver saw; `handled` is the deduplicated set a receiver would act on once each."""

    secret: str
    seed: int = 15
    fail_share: float = 0.25  # 500
    retry_after_share: float = 0.05  # 503 with Retry-After: 1
    drop_share: float = 0.10  # handled, then the connection dropped without an answer
    received: Counter[str] = field(default_factory=Counter)  # verified POSTs per webhook-id
    handled: dict[str, str] = field(default_factory=dict)  # webhook-id -> event type, acted on once
    acknowledged: set[str] = field(default_factory=set)  # answered 200 at least once
    skipped: Counter[str] = field(default_factory=Counter)  # repeats of handled events, not acted on
    bad_signatures: int = 0
    mismatched_ids: int = 0  # a body whose "id" is not its webhook-id header
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._hook = Webhook(self.secret)
        self._rng = random.Random(self.seed)

    def verdict(self, body: bytes, headers: dict[str, str]) -> str:
        """Verify, deduplicate, then pick this request's behaviour: "bad", "500", "503", "drop" or "200"."""
        try:
            event = self._hook.verify(body, headers)
        except WebhookVerificationError:
            with self.lock:
                self.bad_signatures += 1
            return "bad"
        webhook_id = headers.get("webhook-id", "")
        with self.lock:
            if event.get("id") != webhook_id:
                self.mismatched_ids += 1
            self.received[webhook_id] += 1
            if webhook_id in self.handled:
                self.skipped[webhook_id] += 1  # a repeat of an event already acted on: deduplicated
            roll = self._rng.random()
            if roll < self.fail_share:
                return "500"
            if roll < self.fail_share + self.retry_after_share:
                return "503"
            self.handled.setdefault(webhook_id, str(event.get("type")))  # at most once per id
            if roll < self.fail_share + self.retry_after_share + self.drop_share:
                return "drop"
            self.acknowledged.add(webhook_id)
            return "200"

    def redelivered(self) -> int:
        """Events that arrived again after the receiver had acted on them (their answer was lost): each
        repeat recognised by its webhook-id and skipped."""
        with self.lock:
            return len(self.skipped)


def _handler(sink: Sink) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            pass

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            headers = {k.lower(): v for k, v in self.headers.items()}
            verdict = sink.verdict(body, headers)
            if verdict == "drop":
                self.close_connection = True  # no status line: the sender sees a broken connection
                return
            status = {"bad": 400, "500": 500, "503": 503, "200": 200}[verdict]
            self.send_response(status)
            if verdict == "503":
                self.send_header("retry-after", "1")
            self.send_header("content-length", "0")
            self.end_headers()

    return Handler


class SinkServer:
    """The sink on a fixed loopback port, started when the scenario brings the receiver up."""

    def __init__(self, sink: Sink, port: int) -> None:
        self.sink = sink
        self.port = port
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        server = ThreadingHTTPServer(("127.0.0.1", self.port), _handler(self.sink))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(10)
            self._thread = None
