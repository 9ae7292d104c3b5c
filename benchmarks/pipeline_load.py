"""DB poller, progress line and the HTTP load generator of benchmarks/pipeline.py."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from benchmarks.pipeline_setup import (
    CORPUS,
    CUSTOMERS,
    POLL_INTERVAL_S,
    STALL_TIMEOUT_S,
    BenchError,
    Proc,
    log,
)
from benchmarks.texts import variant

# --------------------------------------------------------------------------------------------- DB poller
_COUNTS = """
    SELECT count(*) FILTER (WHERE processing_status IN ('PROCESSED', 'FAILED')),
           count(*) FILTER (WHERE processing_status = 'FAILED'),
           count(*) FILTER (WHERE processing_status = 'RECEIVED')
    FROM messages
"""
_ACTIVITY = """
    SELECT state, wait_event_type, wait_event, left(regexp_replace(query, '\\s+', ' ', 'g'), 200), count(*)
    FROM pg_stat_activity
    WHERE datname = %s AND pid <> pg_backend_pid() AND backend_type = 'client backend'
    GROUP BY 1, 2, 3, 4
"""


def _statement(query: str) -> str:
    """A short, stable label of a statement: verb and table, without values."""
    import re

    q = (query or "").strip()
    q = re.sub(r"\(.*", "", q) if q.upper().startswith("SELECT SET_CONFIG") else q
    m = re.match(
        r"(?is)(insert\s+into|update|delete\s+from|select\s.*?\sfrom|commit|begin|rollback|select)\s*"
        r"(\w+)?",
        q,
    )
    if not m:
        return q[:40]
    verb = m.group(1).split()[0].upper()
    table = m.group(2) or ""
    if verb == "SELECT" and "FOR UPDATE" in q.upper():
        verb = "SELECT ... FOR UPDATE"
    return f"{verb} {table}".strip()


class Poller(threading.Thread):
    """Polls `messages` (as the owner, across RLS) every 50 ms: finished/failed/received counts; every
    other tick also samples pg_stat_activity of the benchmark database (what the backends are doing)."""

    def __init__(self, admin_url: str, dbname: str) -> None:
        super().__init__(name="poller", daemon=True)
        import psycopg

        self.conn = psycopg.connect(admin_url, autocommit=True)
        self.backend_pid = self.conn.info.backend_pid  # the benchmark's own backend, not the system's
        self.dbname = dbname
        self.finished = self.failed = self.received = 0
        self._read()
        self.base_finished = self.finished
        self.target: int | None = None
        self.done_at: float | None = None
        self.first_pickup_at: float | None = None  # first time `received` dropped below its start value
        self._received_start = self.received
        self.done = threading.Event()
        self.stop_flag = threading.Event()
        self.activity: Counter[str] = Counter()
        self.activity_statements: Counter[str] = Counter()
        self.activity_samples = 0
        self.backlog_peak = 0
        self.last_progress = time.monotonic()
        self.sent_hint: Callable[[], int] = lambda: 0  # accepted so far, for the backlog figure
        self.error: BaseException | None = None

    def _read(self) -> None:
        row = self.conn.execute(_COUNTS).fetchone()
        assert row is not None
        self.finished, self.failed, self.received = (int(x) for x in row)

    def set_target(self, finished: int) -> None:
        self.target = finished
        if self.finished >= finished and self.done_at is None:
            self.done_at = time.time()
            self.done.set()

    def run(self) -> None:
        tick = 0
        try:
            while not self.stop_flag.is_set():
                started = time.monotonic()
                before = self.finished
                self._read()
                now = time.time()
                if self.finished != before:
                    self.last_progress = time.monotonic()
                if self.first_pickup_at is None and self.received < self._received_start:
                    self.first_pickup_at = now
                self.backlog_peak = max(
                    self.backlog_peak, self.sent_hint() - (self.finished - self.base_finished)
                )
                if self.target is not None and self.finished >= self.target and self.done_at is None:
                    self.done_at = now
                    self.done.set()
                if tick % 2 == 0:
                    self._sample_activity()
                tick += 1
                self.stop_flag.wait(max(0.0, POLL_INTERVAL_S - (time.monotonic() - started)))
        except BaseException as exc:  # noqa: BLE001 - reported by wait()
            self.error = exc
            self.done.set()
        finally:
            self.conn.close()

    def _sample_activity(self) -> None:
        self.activity_samples += 1
        for state, wtype, wevent, query, n in self.conn.execute(_ACTIVITY, (self.dbname,)):
            if state == "active":
                key = "active, on CPU" if wtype is None else f"active, waiting {wtype}:{wevent}"
            elif state == "idle in transaction":
                key = "idle in transaction (app holds a transaction open)"
            else:
                key = state or "unknown"
            self.activity[key] += n
            if state == "active" and wtype == "Lock":
                self.activity_statements[f"waiting for a lock in: {_statement(query)}"] += n
            elif state == "idle in transaction":
                self.activity_statements[f"idle in transaction after: {_statement(query)}"] += n

    def wait(self, procs: Iterable[Proc], what: str) -> float:
        """Block until the target is reached; raise on a dead process, a poller error or a stall."""
        while not self.done.wait(0.2):
            for p in procs:
                p.check()
            if time.monotonic() - self.last_progress > STALL_TIMEOUT_S:
                raise BenchError(
                    f"{what}: no message finished for {STALL_TIMEOUT_S:.0f}s "
                    f"({self.finished - self.base_finished} of {(self.target or 0) - self.base_finished} finished)"
                )
        if self.error is not None:
            raise BenchError(f"poller failed: {self.error}")
        assert self.done_at is not None
        return self.done_at

    def activity_summary(self) -> dict[str, float]:
        n = max(1, self.activity_samples)
        return {k: round(v / n, 2) for k, v in self.activity.most_common() if k != "idle" and v / n >= 0.005}

    def statement_summary(self, top: int = 8) -> dict[str, float]:
        n = max(1, self.activity_samples)
        return {k: round(v / n, 2) for k, v in self.activity_statements.most_common(top)}

    def close(self) -> None:
        self.stop_flag.set()
        self.join(5)


class Progress(threading.Thread):
    """One line a second on stderr: sent / answered / finished."""

    def __init__(
        self, phase: str, total: int, stats: LoadStats, poller: Poller | None, started: float | None = None
    ) -> None:
        super().__init__(name="progress", daemon=True)
        self.phase, self.total, self.stats, self.poller = phase, total, stats, poller
        self.stop_flag = threading.Event()
        self.started = started if started is not None else time.monotonic()

    def run(self) -> None:
        while not self.stop_flag.wait(1.0):
            self.line()

    def line(self) -> None:
        finished = ""
        if self.poller is not None:
            finished = f"  finished {self.poller.finished - self.poller.base_finished}"
            if self.poller.failed:
                finished += f" (failed {self.poller.failed})"
        errors = f"  errors {self.stats.errors}" if self.stats.errors else ""
        log(
            f"  [{self.phase}] {time.monotonic() - self.started:5.1f}s  sent {self.stats.sent}/{self.total}  "
            f"answered {self.stats.answered}{errors}{finished}"
        )

    def close(self) -> None:
        self.stop_flag.set()
        self.join(2)


# --------------------------------------------------------------------------------------------- load
@dataclass
class Sent:
    index: int
    sent_at: float  # wall clock (time.time()) just before the request was handed to the client
    latency: float  # seconds until the response
    status: int
    message_id: str | None = None
    created: bool = False
    error: str | None = None


@dataclass
class LoadStats:
    started: float = field(default_factory=time.monotonic)
    sent: int = 0
    answered: int = 0
    errors: int = 0
    accepted: int = 0
    schedule_lag: list[float] = field(default_factory=list)


def error_samples(sent: list[Sent], limit: int = 5) -> dict[str, int]:
    """The distinct failed answers (status and the start of the body or exception), with counts."""
    counts: Counter[str] = Counter()
    for s in sent:
        if s.status != 202:
            counts[f"{s.status or 'no response'}: {(s.error or '').strip()[:120]}"] += 1
    return dict(counts.most_common(limit))


def load_corpus() -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not rows:
        raise BenchError(f"{CORPUS} holds no messages")
    return rows


def make_bodies(
    corpus: list[dict[str, Any]],
    n: int,
    run_id: str,
    tag: str,
    offset: int = 0,
    unique_from: int | None = None,
) -> list[bytes]:
    """n API bodies: corpus texts cycled, unique provider_message_id, senders from a pool of customers.
    ``unique_from``: no text twice, the k-th reuse of a text its `benchmarks.texts.variant` k + unique_from
    (each phase its own range of k, so no phase sends another's texts)."""
    bodies = []
    for i in range(n):
        row = corpus[(offset + i) % len(corpus)]
        text = row["text"]
        if unique_from is not None:
            text = variant(text, unique_from + (offset + i) // len(corpus))
        customer = (offset + i) % CUSTOMERS
        channel = row.get("channel") or "WHATSAPP"
        sender = (
            f"buyer{customer:03d}@shop{customer:03d}.example.com"
            if channel == "EMAIL"
            else f"+447700900{customer:03d}"
        )  # Ofcom's drama range: never a real line
        bodies.append(
            json.dumps(
                {
                    "channel": channel,
                    "from": sender,
                    "body": text,
                    "provider_message_id": f"bench-{run_id}-{tag}-{i:06d}",
                    "sender_name": f"Shop {customer:03d}",
                }
            ).encode()
        )
    return bodies


KEEPALIVE_REUSE_S = 3.0


class LoadClient:
    """A lean HTTP/1.1 keep-alive client for the load generator.

    httpx costs about 2.7 CPU ms per request, which on a two-core machine is CPU taken from the system
    under test. This client sends pre-built request bytes on pooled connections and reads the status,
    the Content-Length and the body: about a tenth of that. Only what our ingress answers is parsed.
    """

    def __init__(self, base: str, api_key: str, connections: int) -> None:

        url = urlsplit(base)
        self.host, self.port = url.hostname or "127.0.0.1", url.port or 80
        self.max_connections = connections
        self.opened = 0
        self.idle: asyncio.LifoQueue[tuple[asyncio.StreamReader, asyncio.StreamWriter, float]] = (
            asyncio.LifoQueue()
        )
        self.head = (
            f"Host: {self.host}:{self.port}\r\nAuthorization: Bearer {api_key}\r\n"
            "Content-Type: application/json\r\n"
        ).encode()

    async def __aenter__(self) -> LoadClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        while not self.idle.empty():
            _, writer, _ = self.idle.get_nowait()
            writer.close()

    async def _connection(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        while True:
            if self.idle.empty() and self.opened < self.max_connections:
                self.opened += 1
                try:
                    return await asyncio.open_connection(self.host, self.port)
                except OSError:
                    self.opened -= 1
                    raise
            reader, writer, idle_since = await self.idle.get()
            # The server closes keep-alive connections idle for 5 s (uvicorn's default): never send on
            # one that may be closing, as browsers and httpx's pool do not.
            if reader.at_eof() or time.monotonic() - idle_since > KEEPALIVE_REUSE_S:
                writer.close()
                self.opened -= 1
                continue
            return reader, writer

    async def post(self, path: str, body: bytes) -> tuple[int, bytes]:
        reader, writer = await self._connection()
        try:
            writer.write(
                b"POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s"
                % (path.encode(), self.head, len(body), body)
            )
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            data = await reader.readexactly(length) if length else b""
        except BaseException:
            writer.close()
            self.opened -= 1
            raise
        self.idle.put_nowait((reader, writer, time.monotonic()))
        return status, data


async def _post(client: LoadClient, index: int, body: bytes, stats: LoadStats) -> Sent:
    sent_at = time.time()
    t0 = time.perf_counter()
    stats.sent += 1
    try:
        status, data = await client.post("/v1/messages", body)
        latency = time.perf_counter() - t0
        result = Sent(index, sent_at, latency, status)
        if status == 202:
            answer = json.loads(data)
            result.message_id = answer.get("message_id")
            result.created = answer.get("status") == "accepted"
            stats.accepted += result.created
        else:
            result.error = data[:200].decode(errors="replace")
            stats.errors += 1
    except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as exc:
        result = Sent(index, sent_at, time.perf_counter() - t0, 0, error=f"{type(exc).__name__}: {exc}")
        stats.errors += 1
    stats.answered += 1
    return result


async def closed_loop(
    base: str, api_key: str, bodies: list[bytes], concurrency: int, stats: LoadStats
) -> list[Sent]:
    """As fast as possible with `concurrency` requests in flight."""
    results: list[Sent | None] = [None] * len(bodies)
    indices = iter(range(len(bodies)))
    async with LoadClient(base, api_key, concurrency) as client:

        async def lane() -> None:
            for i in indices:  # one iterator shared by every lane: each index is sent once
                results[i] = await _post(client, i, bodies[i], stats)

        await asyncio.gather(*(lane() for _ in range(concurrency)))
    return [r for r in results if r is not None]


async def open_loop(
    base: str, api_key: str, bodies: list[bytes], rate: float, stats: LoadStats
) -> list[Sent]:
    """Request i is sent at start + i/rate whatever happened to earlier ones (no coordinated omission)."""
    loop = asyncio.get_running_loop()
    async with LoadClient(base, api_key, 512) as client:
        start = loop.time() + 0.1
        tasks = []
        for i, body in enumerate(bodies):
            due = start + i / rate
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            stats.schedule_lag.append(max(0.0, loop.time() - due))
            tasks.append(asyncio.create_task(_post(client, i, body, stats)))
        return list(await asyncio.gather(*tasks))


def run_async(coro: Any) -> Any:
    try:
        import uvloop

        return uvloop.run(coro)
    except ImportError:  # pragma: no cover
        return asyncio.run(coro)
