"""A real HTTP server on loopback that speaks the OpenAI Chat Completions wire protocol, for driving the
official ``openai`` client end to end without the network.

    with FakeOpenAI(api_key="sk-test") as server:
        server.reply_json({"intent": "ORDER", "confidence": 0.9, "lines": []}, prompt_tokens=120)
        server.fail(500)                        # the next request gets an HTTP 500 with OpenAI's error body
        client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)

Replies are consumed in order, one per request (a retry is a new request). With the queue empty the server
answers 500, so a test that under-scripts fails loudly instead of hanging; or, with `default` set (a
benchmark), every unscripted request gets that reply after `latency` seconds. `hold()` makes the next
request wait on an Event until `release()` (called on close too), for timeout tests without blind sleeps.
`refuse()` answers with a refusal, `schemas=False` makes the server reject ``json_schema`` response
formats as servers without structured outputs do. Every request is recorded (`requests`): method, path,
headers and parsed JSON body; `billed` keeps the server's own count of the replies it delivered with
usage (prompt and completion tokens), which the client's metering must equal. A held reply is never
counted: its client had given up by the time it was sent.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import json
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: Any

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list(self.body.get("messages", [])) if isinstance(self.body, dict) else []

    def message_text(self, role: str) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == role)


@dataclass
class _Scripted:
    status: int = 200
    content: str | None = None  # for 200: the assistant message content, sent verbatim
    raw_body: bytes | None = None  # sent instead of a chat.completion object
    error: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    finish_reason: str = "stop"
    hold: bool = False
    refusal: str | None = None


class _Server(ThreadingHTTPServer):
    request_queue_size = 512  # a benchmark opens many connections at once


_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
}


def error_body(status: int, message: str | None = None) -> dict[str, Any]:
    """OpenAI's error JSON shape: {"error": {"message", "type", "param", "code"}}."""
    etype, code = _ERROR_TYPES.get(status, ("server_error", None))
    return {
        "error": {
            "message": message or f"Fake OpenAI error {status}",
            "type": etype,
            "param": None,
            "code": code,
        }
    }


@dataclass
class Billed:
    """The server's own count of what it delivered and billed."""

    replies: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0


class FakeOpenAI:
    def __init__(
        self,
        api_key: str = "sk-fake-test-key",
        *,
        model: str | None = None,
        schemas: bool = True,
        latency: float = 0.0,
        default: dict[str, Any] | None = None,
        record: bool = True,
        port: int = 0,
    ) -> None:
        self.api_key = api_key
        self.model = model  # None: echo the requested model
        self.schemas = schemas
        self.latency = latency
        self.default = default  # the reply (JSON payload) to unscripted requests, instead of a 500
        self.record = record
        self.billed = Billed()
        self.request_count = 0
        self.requests: list[Recorded] = []
        self._queue: deque[_Scripted] = deque()
        self._lock = threading.Lock()
        self._release = threading.Event()
        self._ids = itertools.count(1)
        self._server = _Server(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-openai", daemon=True
        )

    # ---- lifecycle ---------------------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def close(self) -> None:
        self.release()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- scripting ---------------------------------------------------------------------------------------

    def _push(self, item: _Scripted) -> None:
        with self._lock:
            self._queue.append(item)

    def reply(
        self,
        content: str,
        *,
        prompt_tokens: int = 100,
        completion_tokens: int = 20,
        finish_reason: str = "stop",
        hold: bool = False,
    ) -> None:
        """Queue a 200 chat.completion whose assistant message content is `content`, verbatim."""
        self._push(
            _Scripted(
                content=content,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                finish_reason=finish_reason,
                hold=hold,
            )
        )

    def reply_json(self, payload: Any, **kw: Any) -> None:
        self.reply(json.dumps(payload), **kw)

    def fail(self, status: int, *, message: str | None = None, headers: dict[str, str] | None = None) -> None:
        """Queue an HTTP error with OpenAI's error body. Retryable statuses get ``retry-after-ms: 1`` by
        default so the SDK's retries do not slow the tests down."""
        default = {"retry-after-ms": "1"} if status in (408, 409, 429) or status >= 500 else {}
        self._push(_Scripted(status=status, error=error_body(status, message), headers=headers or default))

    def raw(self, body: bytes, *, status: int = 200, content_type: str = "application/json") -> None:
        """Queue a raw body (e.g. something that is not a chat.completion at all)."""
        self._push(_Scripted(status=status, raw_body=body, headers={"Content-Type": content_type}))

    def refuse(self, message: str = "I can't help with that.", *, prompt_tokens: int = 100) -> None:
        """Queue a 200 whose assistant message is a refusal (structured outputs' ``refusal`` field)."""
        self._push(
            _Scripted(content=None, refusal=message, prompt_tokens=prompt_tokens, completion_tokens=10)
        )

    def hold(self, content: str = '{"intent": "OTHER", "confidence": 0.5, "lines": []}') -> None:
        """Queue a reply that is only sent once `release()` is called: the client times out first."""
        self.reply(content, hold=True)

    def release(self) -> None:
        self._release.set()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    # ---- serving -----------------------------------------------------------------------------------------

    def _next(self) -> _Scripted | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def _completion(self, item: _Scripted, model: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-fake{next(self._ids):06d}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": self.model or model,
            "system_fingerprint": "fp_fake",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": item.content, "refusal": item.refusal},
                    "logprobs": None,
                    "finish_reason": item.finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": item.prompt_tokens,
                "completion_tokens": item.completion_tokens,
                "total_tokens": item.prompt_tokens + item.completion_tokens,
            },
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed-ACK stall

            def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
                pass

            def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
                hdrs = {"Content-Type": "application/json", **(headers or {})}
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
                    self.send_response(status)
                    for k, v in hdrs.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def _json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
                self._send(status, json.dumps(payload).encode(), headers)

            def do_GET(self) -> None:
                self._json(404, error_body(404, "Unknown path"))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body: Any = json.loads(raw) if raw else None
                except ValueError:
                    body = raw.decode("utf-8", "replace")
                with fake._lock:
                    fake.request_count += 1
                    if fake.record:
                        fake.requests.append(
                            Recorded("POST", self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                        )

                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._json(404, error_body(404, f"Unknown path {self.path}"))
                    return
                if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                    self._json(401, error_body(401, "Incorrect API key provided."))
                    return
                if not isinstance(body, dict) or "messages" not in body or "model" not in body:
                    self._json(400, error_body(400, "messages and model are required"))
                    return

                fmt = body.get("response_format")
                if not fake.schemas and isinstance(fmt, dict) and fmt.get("type") == "json_schema":
                    self._json(
                        400,
                        {
                            "error": {
                                "message": "response_format json_schema is not supported",
                                "type": "invalid_request_error",
                                "param": "response_format",
                                "code": None,
                            }
                        },
                    )
                    return
                item = fake._next()
                if item is None and fake.default is not None:
                    item = _Scripted(
                        content=json.dumps(fake.default), prompt_tokens=200, completion_tokens=40
                    )
                if item is None:
                    self._json(500, error_body(500, "FakeOpenAI: no scripted reply queued"))
                    return
                if fake.latency:
                    time.sleep(fake.latency)  # the model "thinking": a benchmark's server latency
                if item.hold:
                    fake._release.wait(timeout=30)
                if item.raw_body is not None:
                    self._send(item.status, item.raw_body, item.headers)
                elif item.status != 200:
                    self._json(item.status, item.error, item.headers)
                else:
                    if not item.hold:
                        with fake._lock:
                            fake.billed.replies += 1
                            fake.billed.prompt_tokens += item.prompt_tokens
                            fake.billed.completion_tokens += item.completion_tokens
                    self._json(200, fake._completion(item, str(body["model"])), item.headers)

        return Handler


def main() -> None:  # pragma: no cover - a benchmark's server process
    """`python -m tests.fake_openai PORT LATENCY`: serve a fixed order reply after LATENCY seconds."""
    import sys

    port, latency = int(sys.argv[1]), float(sys.argv[2])
    reply = {
        "intent": "ORDER",
        "confidence": 0.95,
        "lines": [
            {
                "quantity": 2,
                "unit": "case",
                "size": "330ml",
                "phrase": "coke zero",
                "original_text": "2 cases coke zero",
            }
        ],
    }
    server = FakeOpenAI(api_key="sk-bench", latency=latency, default=reply, record=False, port=port)
    server.start()
    print(f"fake openai on {server.base_url}, latency {latency}s", flush=True)
    try:
        threading.Event().wait()
    finally:
        server.close()


if __name__ == "__main__":  # pragma: no cover
    main()


def paid_settings(settings: Any, server: FakeOpenAI, **overrides: Any) -> Any:
    """`settings` pointed at `server` as the paid provider, with waits short enough for a test."""
    opts: dict[str, Any] = {
        "ai_provider": "openai",
        "openai_api_key": "sk-test",
        "openai_base_url": server.base_url,
        "openai_model": "gpt-4o-mini",
        "ai_timeout_seconds": 5.0,
        "ai_max_attempts": 4,
        "ai_max_wait_seconds": 20.0,
        "ai_backoff_seconds": 0.01,
    }
    opts.update(overrides)
    return dataclasses.replace(settings, **opts)
