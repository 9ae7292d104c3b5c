"""Webhook delivery benchmark: real `oms` processes and a real receiver on this machine, figures printed.

    .venv/bin/python benchmarks/webhooks.py [--deliveries N] [--messages M] [--rate R] [-p P] [-t T] [--json]

1. a throwaway database, app role and Redis namespace (as benchmarks/pipeline.py), tenants with the
   shipped catalog, an `api` key and an endpoint on a local receiver (uvicorn, its own process, answers
   204 at once and notes when each request arrived);
2. **raw**: the same signed body POSTed N times by one httpx client in a loop (keep-alive), the
   ceiling a sequential sender reaches against this receiver;
3. **delivery throughput**: `oms worker -p P -t T -Q webhooks -Q webhooks_retry`; N events recorded in one
   transaction, each a delivery; deliveries/s from the commit (their enqueue included) until the
   receiver has them all. Every delivery is claimed, signed, POSTed and recorded as in production
   (OMS_WEBHOOK_ENDPOINT_CONCURRENCY as set, default 4 in flight per endpoint);
4. **message to delivery latency**: ingress and workers on every queue; M order messages POSTed to
   /v1/messages at R/s (open loop); latency = arrival of the order's `order.created` at the receiver
   minus the time its POST was sent (the fused pipeline, the WAL-flush wait and the delivery included);
5. the same while another tenant's endpoint hangs (never answers; a backlog of its deliveries queued
   first): the figure that shows one dead endpoint does not delay the others.

Everything it created is dropped at the end. The machine is shared: figures are noisy, re-run to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.pipeline_load import load_corpus  # noqa: E402
from benchmarks.pipeline_setup import (  # noqa: E402
    CATALOG,
    Sandbox,
    free_port,
    git_info,
    log,
    machine_info,
    percentile,
)

RECEIVER_APP = r"""
import json, sys, time
records = []
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    body = b""
    while True:
        m = await receive()
        body += m.get("body", b"")
        if not m.get("more_body"):
            break
    path = scope["path"]
    if scope["method"] == "GET":
        start = int(dict(p.split("=") for p in scope["query_string"].decode().split("&") if p).get("from", 0))
        out = json.dumps(records[start:]).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": out})
        return
    if path == "/hang":
        import asyncio
        await asyncio.sleep(3600)
    at = time.time()
    if path != "/raw":
        event = json.loads(body)
        data = event.get("data") or {}
        records.append([at, path, event["type"], data.get("source_message_id")])
    else:
        records.append([at, path, None, None])
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})
import uvicorn
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""


class Receiver:
    def __init__(self, logdir: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", RECEIVER_APP, str(self.port)],
            stdout=(logdir / "receiver.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        self.seen = 0
        self.records: list[list[Any]] = []
        import httpx

        self.client = httpx.Client(timeout=10)
        deadline = time.monotonic() + 30
        while True:
            try:
                self.client.get(f"{self.base}/stats")
                return
            except httpx.TransportError:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("the receiver did not start") from None
                time.sleep(0.1)

    def poll(self) -> list[list[Any]]:
        new = self.client.get(f"{self.base}/stats", params={"from": self.seen}).json()
        self.seen += len(new)
        self.records += new
        return self.records

    def stop(self) -> None:
        self.proc.terminate()  # graceful: uvicorn waits for the /hang requests still open...
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:  # ...which never end
            self.proc.kill()
            self.proc.wait(10)


def oms(env: dict[str, str], logdir: Path, name: str, *args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "cli", *args],
        env=env,
        stdout=(logdir / f"{name}.log").open("wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def stop(proc: subprocess.Popen[bytes]) -> None:
    import signal

    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(10)


_watched: list[Any] = []  # the `oms` processes a wait depends on: one that exits ends the wait at once


def wait_for(predicate: Any, what: str, timeout: float = 300) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        for proc in _watched:
            if proc.poll() is not None:
                raise RuntimeError(f"waiting for {what}: {proc.args[1:3]} exited with {proc.returncode}")
        time.sleep(0.05)


# ----------------------------------------------------------------------------- phases
def raw_loop(receiver: Receiver, n: int) -> float:
    import httpx

    from jobs.webhooks import signing

    body = json.dumps({"id": "evt_raw", "type": "order.created", "data": {"n": "x" * 600}}).encode()
    secret = signing.new_secret()
    with httpx.Client(timeout=10) as client:
        started = time.perf_counter()
        for i in range(n):
            headers = signing.headers([secret], f"evt_{i}", _now(), body)
            client.post(f"{receiver.base}/raw", content=body, headers=headers)
        return n / (time.perf_counter() - started)


def _now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def delivery_throughput(receiver: Receiver, tenant: uuid.UUID, n: int, path: str) -> float:
    from db.session import tenant_session
    from jobs.webhooks import events

    data = {"order_id": str(uuid.uuid4()), "lines": [{"sku": "X", "name": "x" * 40}] * 6}
    before = len([r for r in receiver.poll() if r[1] == path])
    with tenant_session(tenant) as s:
        events.defer_events(s)
        for _ in range(n):
            events.record_event(s, "order.updated", uuid.uuid4(), data)
        events.flush_events(s)
        started = time.time()
    wait_for(lambda: len([r for r in receiver.poll() if r[1] == path]) >= before + n, "deliveries")
    last = max(r[0] for r in receiver.records if r[1] == path)
    return n / (last - started)


def message_latency(
    receiver: Receiver, base: str, api_key: str, bodies: list[str], rate: float, path: str
) -> dict[str, float]:
    import httpx

    sent: dict[str, float] = {}
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {api_key}"}, timeout=30) as client:
        started = time.perf_counter()
        for i, body in enumerate(bodies):
            due = started + i / rate
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            at = time.time()
            r = client.post(
                "/v1/messages", json={"channel": "SMS", "from": f"+4477009{i % 90000:05d}", "body": body}
            )
            sent[r.json()["message_id"]] = at

    def arrived() -> dict[str, float]:
        return {
            r[3]: r[0] for r in receiver.poll() if r[1] == path and r[2] == "order.created" and r[3] in sent
        }

    wait_for(lambda: len(arrived()) == len(sent), "order.created of every message")
    latencies = [(t - sent[mid]) * 1000 for mid, t in arrived().items()]
    return {
        "n": len(latencies),
        **{f"p{p}": percentile(latencies, p) for p in (50, 95, 99)},
        "max": max(latencies),
    }


# ----------------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--deliveries", "-n", type=int, default=2000, help="deliveries in the throughput phase (2000)"
    )
    p.add_argument("--messages", "-m", type=int, default=300, help="messages in each latency phase (300)")
    p.add_argument(
        "--rate", "-r", type=float, default=20.0, help="offered messages/s in the latency phases (20)"
    )
    p.add_argument("--processes", "-p", type=int, default=2)
    p.add_argument("--threads", "-t", type=int, default=8)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    logdir = Path(__import__("tempfile").mkdtemp(prefix="oms-webhook-bench-"))
    box = Sandbox(logdir)
    box.env["OMS_WEBHOOK_ALLOW_NETWORKS"] = "127.0.0.0/8"
    box.env["OMS_WEBHOOK_TIMEOUT"] = "15"
    procs: list[subprocess.Popen[bytes]] = _watched  # a wait ends at once if one of them exits
    receiver: Receiver | None = None
    report: dict[str, Any] = {
        "machine": machine_info(box.admin_url.rsplit("/", 1)[0] + "/postgres"),
        "git": git_info(),
    }
    try:
        box.setup()
        from db.catalog_import import import_catalog, parse_file
        from db.integrations import add_integration
        from db.tenants import create_tenant
        from jobs.webhooks.endpoints import add_endpoint
        from worker.settings import get_settings

        get_settings.cache_clear()
        receiver = Receiver(logdir)
        bulk = create_tenant(f"Webhook bench bulk {box.run_id}")
        add_endpoint(bulk.id, f"{receiver.base}/bulk", events="order.updated")

        log(f"raw: {args.deliveries} POSTs from one httpx client")
        report["raw_posts_per_s"] = raw_loop(receiver, args.deliveries)

        log("delivery throughput: webhook workers only")
        worker = oms(
            box.env,
            logdir,
            "webhook-worker",
            "worker",
            "-p",
            str(args.processes),
            "-t",
            str(args.threads),
            "-Q",
            "webhooks",
            "-Q",
            "webhooks_retry",
        )
        procs.append(worker)
        delivery_throughput(receiver, bulk.id, 50, "/bulk")  # warm-up (workers up, connections open)
        report["deliveries_per_s"] = delivery_throughput(receiver, bulk.id, args.deliveries, "/bulk")
        stop(worker)
        procs.remove(worker)

        log(f"latency: {args.messages} order messages at {args.rate}/s, ingress and workers on every queue")
        shop = create_tenant(f"Webhook bench shop {box.run_id}")
        import_catalog(shop.id, parse_file(CATALOG))
        key = add_integration(shop.id, "api", "bench").api_key or ""
        add_endpoint(shop.id, f"{receiver.base}/shop", events="order.created")
        port = free_port()
        ingress = oms({**box.env, "PORT": str(port)}, logdir, "ingress", "ingress", "--port", str(port))
        procs += [
            ingress,
            oms(box.env, logdir, "worker", "worker", "-p", str(args.processes), "-t", str(args.threads)),
        ]
        base = f"http://127.0.0.1:{port}"
        import httpx

        wait_for(lambda: _up(httpx, base), "ingress", 60)
        orders = [r["text"] for r in load_corpus() if r.get("intent") == "ORDER"]
        bodies = [orders[i % len(orders)] for i in range(args.messages)]
        message_latency(receiver, base, key, bodies[:20], args.rate, "/shop")  # warm-up
        report["latency_ms"] = message_latency(receiver, base, key, bodies, args.rate, "/shop")

        log("latency with another tenant's endpoint hanging (a backlog of 200 of its deliveries first)")
        dead = create_tenant(f"Webhook bench dead {box.run_id}")
        add_endpoint(dead.id, f"{receiver.base}/hang", events="*")
        from db.session import tenant_session
        from jobs.webhooks import events

        with tenant_session(dead.id) as s:
            for n in range(200):
                events.emit_event(s, dead.id, "order.updated", {"n": n})
        report["latency_ms_with_dead_endpoint"] = message_latency(
            receiver, base, key, bodies, args.rate, "/shop"
        )
    finally:
        for proc in procs:
            stop(proc)
        if receiver:
            receiver.stop()
        box.teardown()
    print(json.dumps(report, indent=2) if args.json else render(report, args))
    return 0


def _up(httpx: Any, base: str) -> bool:
    try:
        return bool(httpx.get(f"{base}/healthz", timeout=1).status_code == 200)
    except httpx.TransportError:
        return False


def render(r: dict[str, Any], args: argparse.Namespace) -> str:
    lat, dead = r["latency_ms"], r["latency_ms_with_dead_endpoint"]
    ratio = r["deliveries_per_s"] / r["raw_posts_per_s"]
    return "\n".join(
        [
            f"webhook delivery, {args.deliveries} deliveries, workers -p {args.processes} -t {args.threads}, "
            f"{r['machine'].get('cores', '?')} CPUs (shared: figures are noisy)",
            f"  raw httpx POST loop (one client, keep-alive)    {r['raw_posts_per_s']:8.0f} req/s",
            f"  deliveries (claim, sign, POST, record)          {r['deliveries_per_s']:8.0f} /s  "
            f"({ratio:.0%} of raw; target >= 50%)",
            f"  message -> order.created delivered, {args.rate:g} msg/s  p50 {lat['p50']:.0f} ms, "
            f"p95 {lat['p95']:.0f} ms, p99 {lat['p99']:.0f} ms, max {lat['max']:.0f} ms",
            f"  the same, another tenant's endpoint hanging   p50 {dead['p50']:.0f} ms, "
            f"p95 {dead['p95']:.0f} ms, p99 {dead['p99']:.0f} ms, max {dead['max']:.0f} ms",
        ]
    )


if __name__ == "__main__":
    sys.exit(main())
