"""A real HTTP webhook receiver on loopback for the delivery tests.

Each path answers from a script: a list of behaviours used in order (the last one repeats):
``200``/``500``/``410``... a status code; ``"429:30"`` a status with ``Retry-After: 30``;
``"redirect"`` a 302 to ``/moved``; ``"hang"`` holds the request until the receiver closes (longer than
any delivery timeout). Every request is recorded (path, headers, body, and what `on_request` returned)
before it is answered, so a test can check what arrived and in which state the world was at that moment.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float
    observed: Any = None


@dataclass
class Receiver:
    base: str
    scripts: dict[str, list[Any]] = field(default_factory=dict)
    requests: list[Received] = field(default_factory=list)
    on_request: Callable[[str], Any] | None = None
    in_flight: dict[str, int] = field(default_factory=dict)
    max_in_flight: dict[str, int] = field(default_factory=dict)
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def script(self, path: str, *behaviours: Any) -> str:
        self.scripts[path] = list(behaviours)
        return self.url(path)

    def to(self, path: str) -> list[Received]:
        with self.lock:
            return [r for r in self.requests if r.path == path]

    def _next(self, path: str) -> Any:
        with self.lock:
            script = self.scripts.get(path, [200])
            return script.pop(0) if len(script) > 1 else script[0]


def _handler(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            pass

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = self.rfile.read(int(self.headers.get("content-length", "0")))
            observed = receiver.on_request(self.path) if receiver.on_request else None
            behaviour = receiver._next(self.path)
            with receiver.lock:
                receiver.requests.append(
                    Received(self.path, dict(self.headers), body, time.monotonic(), observed)
                )
                n = receiver.in_flight[self.path] = receiver.in_flight.get(self.path, 0) + 1
                receiver.max_in_flight[self.path] = max(receiver.max_in_flight.get(self.path, 0), n)
            try:
                self._answer(behaviour)
            finally:
                with receiver.lock:
                    receiver.in_flight[self.path] -= 1

        def _answer(self, behaviour: Any) -> None:
            if behaviour == "hang":
                receiver.release.wait(120)
                self.close_connection = True  # released (the receiver is closing): drop the connection
                return
            headers: dict[str, str] = {}
            if behaviour == "redirect":
                status = 302
                headers["location"] = receiver.url("/moved")
            else:
                status, _, retry_after = str(behaviour).partition(":")
                status = int(status)
                if retry_after:
                    headers["retry-after"] = retry_after
            payload = f'{{"status": {status}}}'.encode()
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


@contextmanager
def receiver_running() -> Iterator[Receiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Receiver("")))
    server.daemon_threads = True
    receiver = Receiver(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(receiver)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        receiver.release.set()
        server.shutdown()
        server.server_close()
        thread.join(10)
