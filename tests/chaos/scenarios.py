"""Fault scenarios under a flow of messages, shared by the chaos tests and benchmarks/chaos_report.py.

Each scenario posts messages to a real ingress over HTTP while real `oms worker` processes work them,
injects its faults (kill -9 of worker processes; Redis stopped; PostgreSQL stopped) on the private
services of a `Stack` (tests/chaos/conftest.py), waits a bounded time for everything accepted to end,
and reports what the database says:

* accepted: 202 answers; every one must be stored (a 202 for something not stored is lost);
* processed: accepted messages that reached an outcome (PROCESSED, or FAILED with its error recorded);
* lost: accepted messages not stored, or with no outcome by the deadline (stuck);
* duplicated: messages stored twice for one request, a second order for a message, a second order line
  under one number, or a second webhook delivery of one event to one endpoint;
* recover_s: from the end of the last fault to the last outcome.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.chaos.conftest import Stack
from tests.chaos.webhook_sink import Sink, SinkServer
from tests.processes import OmsProcess, free_port

BODIES = [
    "2 cases of coke zero 330ml and 5kg tomatoes",
    "3 cases coke zero",
    "1 keg of lager pls",
    "5 kg tomatoes",
    "do you deliver on sundays?",
    "4 cases of diet coke cans",
    "2 bags of onions and 1 tray of eggs",
]


@dataclass
class Result:
    scenario: str
    faults: int = 0
    sent: int = 0
    accepted: int = 0
    refused: int = 0  # 503 and transport errors: the client must retry; nothing promised
    processed: int = 0
    lost: int = 0
    duplicated: int = 0
    recover_s: float = 0.0
    notes: list[str] = field(default_factory=list)
    events: int = 0  # webhook events (the webhook scenario): each must be delivered at least once
    redelivered: int = 0  # events the receiver got more than once, deduplicated on webhook-id
    bad_signatures: int = 0


def children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmd = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == pid and b"worker.supervisor" in cmd:
            out.append(int(stat.parent.name))
    return out


def start_worker(stack: Stack, name: str, processes: int = 2) -> OmsProcess:
    proc = OmsProcess(
        ["worker", "--processes", str(processes), "--threads", "4"],
        {**stack.env, "OMS_WORKER_METRICS_PORT": "0", "OMS_PIPELINE_MODE": "fused"},
        stack.tmp / f"{name}.log",
    )
    stack.processes.append(proc)
    return proc


def post_all(
    stack: Stack,
    base: str,
    n: int,
    tag: str,
    during: Callable[[int], None] | None = None,
    interval: float = 0.01,
) -> dict[str, Any]:
    """Post `n` messages (4 at a time); `during(i)` runs in the poster before message i (fault hooks).
    Returns {"accepted": {message_id}, "refused": count}."""
    accepted: set[str] = set()
    refused = 0
    lock = threading.Lock()
    client = httpx.Client(timeout=15)

    def one(i: int) -> None:
        nonlocal refused
        body = f"{BODIES[i % len(BODIES)]} ({tag} {i})"
        try:
            r = client.post(
                f"{base}/v1/messages",
                json={"channel": "SMS", "from": f"+4477009{i % 250:05d}", "body": body},
                headers={"Authorization": f"Bearer {stack.api_key}"},
            )
        except httpx.TransportError:
            with lock:
                refused += 1
            return
        with lock:
            if r.status_code == 202:
                accepted.add(r.json()["message_id"])
            else:
                assert r.status_code == 503, (r.status_code, r.text)  # never a 5xx other than "retry"
                refused += 1

    with ThreadPoolExecutor(4) as pool:
        for i in range(n):
            if during is not None:
                during(i)
            pool.submit(one, i)
            time.sleep(interval)
    client.close()
    return {"accepted": accepted, "refused": refused}


def outcomes(stack: Stack, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = stack.query(
        "SELECT id::text, processing_status::text FROM messages WHERE id = ANY(%s::uuid[])", list(ids)
    )
    return dict(rows)  # type: ignore[arg-type]


def wait_for_outcomes(stack: Stack, ids: set[str], timeout: float) -> tuple[dict[str, str], float]:
    started = time.monotonic()
    while True:
        found = outcomes(stack, ids)
        done = [i for i in ids if found.get(i) in ("PROCESSED", "FAILED")]
        if len(done) == len(ids) or time.monotonic() - started > timeout:
            return found, time.monotonic()
        time.sleep(0.5)


def check(stack: Stack, result: Result, accepted: set[str], tag: str, timeout: float = 150) -> Result:
    found, ended = wait_for_outcomes(stack, accepted, timeout / 2)
    if any(found.get(i) not in ("PROCESSED", "FAILED") for i in accepted):
        # A result written without waiting for the WAL flush (OMS_PIPELINE_SYNC_COMMIT=off) is lost when
        # PostgreSQL crashes right after: the message is RECEIVED again. The scheduler's sweep (every
        # minute) re-sends what is unfinished from before the server's start at once, whatever its age:
        # run it now with its production setting, as the scheduler would.
        stack.cli("sweep")
        result.notes.append("the sweep re-sent messages whose result the crash took")
        found, ended = wait_for_outcomes(stack, accepted, timeout / 2)
    result.accepted = len(accepted)
    result.processed = sum(1 for i in accepted if found.get(i) in ("PROCESSED", "FAILED"))
    stuck = [i for i in accepted if found.get(i) not in ("PROCESSED", "FAILED")]
    result.lost = len(stuck)
    if stuck:
        result.notes.append(f"stuck or missing: {[(i, found.get(i)) for i in stuck[:5]]}")
    dup_messages = stack.query(
        "SELECT count(*) - count(DISTINCT content) FROM messages WHERE content LIKE %s", f"%({tag} %"
    )[0][0]
    dup_orders = stack.query(
        "SELECT count(*) FROM (SELECT source_message_id FROM orders WHERE source_message_id = ANY(%s::uuid[]) "
        "GROUP BY 1 HAVING count(*) > 1) d",
        list(accepted),
    )[0][0]
    dup_lines = stack.query(
        "SELECT count(*) FROM (SELECT op.order_id, op.line_number FROM order_products op JOIN orders o "
        "ON o.id = op.order_id WHERE o.source_message_id = ANY(%s::uuid[]) GROUP BY 1, 2 HAVING count(*) > 1) d",
        list(accepted),
    )[0][0]
    dup_events = stack.query(
        "SELECT count(*) FROM (SELECT endpoint_id, event_id FROM webhook_deliveries "
        "WHERE message_id = ANY(%s::uuid[]) GROUP BY 1, 2 HAVING count(*) > 1) d",
        list(accepted),
    )[0][0]
    result.duplicated = int(dup_messages + dup_orders + dup_lines + dup_events)
    if result.duplicated:
        result.notes.append(
            f"duplicates: messages {dup_messages}, orders {dup_orders}, lines {dup_lines}, events {dup_events}"
        )
    result.recover_s = round(max(0.0, ended - result.recover_s), 1) if result.recover_s else 0.0
    return result


# ----------------------------------------------------------------------------- the scenarios
def kill_workers(stack: Stack, n: int = 300, kills: int = 6, seed: int = 6) -> Result:
    """kill -9 of worker processes at random points while `n` messages flow: children of the supervisor
    (it restarts them), and once the whole `oms worker` (its unacked messages go to the next worker
    after the broker's heartbeat timeout)."""
    rng = random.Random(seed)
    result = Result("kill -9 workers")
    ingress, base = stack.ingress()
    workers = [start_worker(stack, "kill-w0")]
    points = sorted(rng.sample(range(20, n - 20), kills))
    whole = points[len(points) // 2]

    def during(i: int) -> None:
        if i not in points:
            return
        if i == whole:
            old = workers[-1]
            old.kill()  # the process group: supervisor and children, no shutdown
            workers.append(start_worker(stack, f"kill-w{len(workers)}"))
        else:
            kids = children(workers[-1].proc.pid)
            if kids:
                os.kill(rng.choice(kids), signal.SIGKILL)
        result.faults += 1
        result.recover_s = time.monotonic()

    try:
        sent = post_all(stack, base, n, "kill", during)
        result.sent, result.refused = n, sent["refused"]
        check(stack, result, sent["accepted"], "kill")
    finally:
        ingress.stop()
        for w in workers:
            w.stop()
    return result


def redis_stopped(stack: Stack, n: int = 120, seconds: float = 10, seed: int = 7) -> Result:
    """Redis stopped (SIGSTOP: the process is there, it answers nothing) for `seconds` while messages
    flow; the ingress keeps accepting into its outbox, the workers reconnect."""
    result = Result(f"Redis stopped {seconds:.0f} s")
    ingress, base = stack.ingress()
    worker = start_worker(stack, "redis-w")
    start_at, timer = n // 4, None

    def during(i: int) -> None:
        nonlocal timer
        if i == start_at:
            stack.redis.freeze()
            result.faults += 1

            def thaw() -> None:
                stack.redis.thaw()
                result.recover_s = time.monotonic()

            timer = threading.Timer(seconds, thaw)
            timer.start()

    try:
        sent = post_all(stack, base, n, "redis", during, interval=0.2)
        if timer is not None:
            timer.join()
        result.sent, result.refused = n, sent["refused"]
        check(stack, result, sent["accepted"], "redis")
    finally:
        stack.redis.thaw()
        ingress.stop()
        worker.stop()
    return result


def postgres_stopped(stack: Stack, n: int = 120, seconds: float = 10) -> Result:
    """PostgreSQL crashed (immediate stop) for `seconds` while messages flow: the ingress answers 503
    for what it could not store, the workers retry, nothing accepted is lost."""
    result = Result(f"PostgreSQL stopped {seconds:.0f} s")
    ingress, base = stack.ingress()
    worker = start_worker(stack, "pg-w")
    start_at, timer = n // 4, None

    def during(i: int) -> None:
        nonlocal timer
        if i == start_at:
            stack.pg.stop("immediate")
            result.faults += 1

            def back() -> None:
                stack.pg.start()
                result.recover_s = time.monotonic()

            timer = threading.Timer(seconds, back)
            timer.start()

    try:
        sent = post_all(stack, base, n, "pg", during, interval=0.2)
        if timer is not None:
            timer.join()
        result.sent, result.refused = n, sent["refused"]
        check(stack, result, sent["accepted"], "pg")
    finally:
        ingress.stop()
        worker.stop()
    return result


# A retry schedule a down-then-flaky receiver cannot outlast within the test's bounds: 26 attempts over
# about 25 s (production's default spreads 8 over a day).
WEBHOOK_ENV = {
    "OMS_WEBHOOK_ALLOW_NETWORKS": "127.0.0.0/8",
    "OMS_WEBHOOK_RETRY_SCHEDULE": ",".join(["0.5"] + ["1"] * 24),
    "OMS_WEBHOOK_TIMEOUT": "5",
    "OMS_WEBHOOK_CONNECT_TIMEOUT": "1",
}


def webhook_receiver_down_then_flaky(
    stack: Stack, n: int = 60, seconds: float = 10, seed: int = 15
) -> Result:
    """A webhook receiver that is down (connection refused) for `seconds` while messages flow, then
    flaky (500s, 503 with Retry-After, answers lost after the event was handled): every event of every
    accepted message is delivered, verified by `standardwebhooks`, at least once, and every repeat
    carries the same webhook-id, so the receiver acts on each event once. `lost` counts accepted
    messages with no outcome plus events never acknowledged; `duplicated` the usual duplicates plus a
    second delivery row of one event or an event a deduplicating receiver would act on twice."""
    result = Result(f"webhook receiver down {seconds:.0f} s, then flaky")
    port = free_port()
    env = {**stack.env, **WEBHOOK_ENV}
    added = subprocess.run(
        [sys.executable, "-m", "cli", "webhook", "add", "--distributor", stack.tenant,
         "--url", f"http://127.0.0.1:{port}/hook", "--events", "*"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    lines = added.stdout.strip().splitlines()
    endpoint, secret = lines[0].strip(), lines[-1].strip()
    sink = Sink(secret, seed=seed)
    server = SinkServer(sink, port)
    ingress, base = stack.ingress()
    worker = OmsProcess(
        ["worker", "--processes", "2", "--threads", "4"],
        {**env, "OMS_WORKER_METRICS_PORT": "0", "OMS_PIPELINE_MODE": "fused"},
        stack.tmp / "webhook-w.log",
    )
    stack.processes.append(worker)
    timer: threading.Timer | None = None
    up_at: list[float] = []

    def during(i: int) -> None:
        nonlocal timer
        if i == 0:
            result.faults += 1  # down from the first message

            def up() -> None:
                server.start()
                result.faults += 1  # flaky from here on
                up_at.append(time.time())

            timer = threading.Timer(seconds, up)
            timer.start()

    try:
        sent = post_all(stack, base, n, "hook", during, interval=0.25)
        if timer is not None:
            timer.join()
        result.sent, result.refused = n, sent["refused"]
        check(stack, result, sent["accepted"], "hook")
        last = _check_deliveries(stack, result, sent["accepted"], endpoint, sink)
        if last is not None and up_at:
            result.recover_s = round(max(0.0, last - up_at[0]), 1)
    finally:
        stack.cli("webhook", "disable", endpoint)  # the stack is shared: no more events to this port
        server.stop()
        ingress.stop()
        worker.stop()
    return result


def _check_deliveries(
    stack: Stack, result: Result, accepted: set[str], endpoint: str, sink: Sink
) -> float | None:
    """Wait (bounded) for every delivery of the accepted messages' events to end, then compare the
    database's view with the receiver's. Returns when the last one was delivered (epoch seconds)."""
    pending = (
        "SELECT count(*) FROM webhook_deliveries WHERE endpoint_id = %s AND status IN ('PENDING', 'RETRYING')"
    )
    deadline = time.monotonic() + 120
    while stack.query(pending, endpoint)[0][0] and time.monotonic() < deadline:
        time.sleep(0.5)
    rows = stack.query(
        "SELECT event_id, status::text, message_id::text FROM webhook_deliveries WHERE endpoint_id = %s",
        endpoint,
    )
    ended = max(
        (r[0] for r in stack.query(
            "SELECT delivered_at FROM webhook_deliveries WHERE endpoint_id = %s AND delivered_at IS NOT NULL",
            endpoint)),
        default=None,
    )  # fmt: skip
    events = {r[0] for r in rows}
    of_accepted = {r[2] for r in rows if r[2] is not None}
    not_delivered = [r for r in rows if r[1] != "SUCCESS" or r[0] not in sink.acknowledged]
    never_handled = events - set(sink.handled)
    messages_without_events = [m for m in accepted if m not in of_accepted]
    result.lost += len(not_delivered) + len(messages_without_events)
    result.duplicated += (len(rows) - len(events)) + sink.mismatched_ids
    if never_handled or sink.bad_signatures:
        result.lost += len(never_handled)
        result.notes.append(f"never handled: {len(never_handled)}; bad signatures: {sink.bad_signatures}")
    if not_delivered:
        result.notes.append(f"not delivered: {not_delivered[:5]}")
    if messages_without_events:
        result.notes.append(f"accepted messages with no event: {messages_without_events[:5]}")
    result.events = len(events)
    result.redelivered = sink.redelivered()
    result.bad_signatures = sink.bad_signatures
    result.notes.append(
        f"{len(events)} events, each delivered and verified at least once ({sum(sink.received.values())} "
        f"verified POSTs); {result.redelivered} arrived again after the receiver had acted on them (their "
        "answer lost) and were recognised by webhook-id and skipped"
    )
    return ended.timestamp() if ended is not None else None


SCENARIOS: dict[str, Callable[[Stack], Result]] = {
    "kill": kill_workers,
    "redis": redis_stopped,
    "postgres": postgres_stopped,
    "webhooks": webhook_receiver_down_then_flaky,
}
