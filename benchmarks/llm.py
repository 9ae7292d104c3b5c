"""Paid-AI throughput and latency against an OpenAI-compatible server on loopback (issue #11).

    python benchmarks/llm.py [--latency 0.3 1.0] [--messages 1500] [--rate 50] [--processes 2]
                             [--threads 48] [--pool 5] [--provider openai|hybrid|local] [--customers 50]
                             [--tenants 1]

For each server latency it starts the fake server (tests/fake_openai.py, its own process: every reply
after `latency` seconds, tokens counted from the request as a tokenizer roughly would), a sandbox
database with the shipped catalog, and `oms worker` with the paid provider, then:

1. burst: `--messages` corpus messages inserted, all enqueued at once; throughput is messages
   processed per second from the first enqueue to the last message processed, and the CPU each process
   group used per message (from /proc: the workers, the bench database's PostgreSQL backends, the fake
   server, Redis, this script, everything else), which is what a shared machine cannot distort much;
2. open loop (unless `--rate 0`): messages enqueued at `--rate` per second for 20 s; latency is
   enqueue -> processed_at (p50/p95/p99/max);

and samples PostgreSQL connections of the benchmark's app role every 100 ms (the peak is reported: the
worker host's, and with this script's own, which inserts the messages),
the deadlocks PostgreSQL counted in the bench database (pg_stat_database), and the metered cost
(ai_usage_metrics) per 1,000 messages. `--provider local` is the same run without a model (the CPU a
paid message adds is the difference); `--customers 1` sends every message from one customer;
`--tenants N` spreads the same messages over N tenants in turn (each with the catalog and a $50 budget:
what one tenant's rows serialise shows as the difference). It also reports, without a server, the
share of the corpus that `hybrid` answers locally (the calls it saves).

Prints one JSON document. The machine is shared: figures are noisy; re-run with the same command.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.pipeline_cpu import CpuAccount  # noqa: E402
from benchmarks.pipeline_setup import Proc, Sandbox, free_port, percentile  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"
CATALOG = ROOT / "tests" / "data" / "catalog.json"


def corpus_texts() -> list[str]:
    return [json.loads(x)["text"] for x in CORPUS.read_text().splitlines() if x.strip()]


def hybrid_share() -> dict[str, Any]:
    """The share of corpus messages whose local reading is sure (hybrid makes no call for them)."""
    from jobs.ai.providers import local_provider
    from jobs.language.matching import CatalogIndex, load_catalog_json
    from jobs.pipeline.evaluation import eval_snapshot
    from jobs.pipeline.paid import local_is_sure

    index = CatalogIndex.build(load_catalog_json(CATALOG))
    texts = corpus_texts()
    sure = sum(local_is_sure(local_provider().analyze(t), eval_snapshot(t, 0.85), t, index) for t in texts)
    return {"messages": len(texts), "answered_locally": sure, "share_saved": round(sure / len(texts), 3)}


# This script's own connections as the app role (it inserts the messages) carry this name, so that the
# peak counts the worker host's connections only (issue #11: at most 20), and this script's apart.
APP_NAME = "oms-bench-driver"


class ConnectionSampler(threading.Thread):
    def __init__(self, admin_url: str, role: str) -> None:
        super().__init__(daemon=True)
        import psycopg

        self.conn = psycopg.connect(admin_url, autocommit=True)
        self.role, self.stop_flag = role, threading.Event()
        self.peak, self.peak_with_driver = 0, 0

    def run(self) -> None:
        while not self.stop_flag.wait(0.1):
            row = self.conn.execute(
                "SELECT count(*) FILTER (WHERE application_name IS DISTINCT FROM %s), count(*) "
                "FROM pg_stat_activity WHERE usename = %s",
                (APP_NAME, self.role),
            ).fetchone()
            workers, everything = (int(row[0]), int(row[1])) if row else (0, 0)
            self.peak = max(self.peak, workers)
            self.peak_with_driver = max(self.peak_with_driver, everything)


def insert_messages(tenant: uuid.UUID, texts: list[str], customers: int = 50) -> list[uuid.UUID]:
    """The messages, from `customers` customers in turn (as real traffic: an order locks its customer's
    row for the customer-status trigger, so one customer's messages serialise on it)."""
    from db import models as m
    from db.session import tenant_session

    ids: list[uuid.UUID] = []
    with tenant_session(tenant) as s:
        convs: list[tuple[uuid.UUID, uuid.UUID]] = []
        for _ in range(max(1, min(customers, len(texts)))):
            customer = m.Customer(
                distributor_id=tenant,
                business_name="bench",
                customer_code=f"B-{uuid.uuid4().hex[:8]}",
                phone=f"+4477{uuid.uuid4().int % 10**9:09d}",
            )
            s.add(customer)
            s.flush()
            conv = m.Conversation(distributor_id=tenant, customer_id=customer.id, channel="SMS")
            s.add(conv)
            s.flush()
            convs.append((customer.id, conv.id))
        for i, t in enumerate(texts):
            customer_id, conv_id = convs[i % len(convs)]
            msg = m.Message(
                distributor_id=tenant, conversation_id=conv_id, customer_id=customer_id, content=t
            )
            s.add(msg)
            s.flush()
            ids.append(msg.id)
    return ids


def insert_spread(
    tenants: list[uuid.UUID], texts: list[str], customers: int = 50
) -> list[tuple[uuid.UUID, uuid.UUID]]:
    """The messages spread over `tenants` in turn (message i to tenant i mod N), each tenant's from
    `customers` customers in all; (message, tenant) pairs in the order they are to be enqueued."""
    each = max(1, customers // len(tenants))  # the same customers in all, whatever N
    per = [insert_messages(t, texts[i :: len(tenants)], each) for i, t in enumerate(tenants)]
    out: list[tuple[uuid.UUID, uuid.UUID]] = []
    for i in range(len(texts)):
        out.append((per[i % len(tenants)][i // len(tenants)], tenants[i % len(tenants)]))
    return out


def extra_tenants(n: int) -> list[uuid.UUID]:
    """`n` more tenants like the sandbox's: the shipped catalog, a $50 budget, threshold 0.85."""
    from db.catalog_import import import_catalog, parse_file
    from db.tenants import create_tenant

    made = []
    for i in range(n):
        tenant = create_tenant(f"Bench Distributor extra {i}", threshold=0.85, budget_usd=50)
        import_catalog(tenant.id, parse_file(CATALOG))
        made.append(tenant.id)
    return made


def wait_processed(admin_url: str, ids: list[uuid.UUID], deadline: float) -> dict[uuid.UUID, float]:
    """processed_at (epoch seconds) of each message, polling until all are done or the deadline."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        while True:
            rows = conn.execute(
                "SELECT id, extract(epoch FROM processed_at)::float8, processing_status::text FROM messages "
                "WHERE id = ANY(%s) AND processing_status IN ('PROCESSED', 'FAILED')",
                (ids,),
            ).fetchall()
            if len(rows) == len(ids) or time.time() > deadline:
                return {r[0]: (r[1] or time.time()) for r in rows}
            time.sleep(0.05)


def deadlocks(admin_url: str, dbname: str) -> int:
    """pg_stat_database.deadlocks of the sandbox database (a counter: compare before and after)."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        row = conn.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = %s", (dbname,)).fetchone()
    return int(row[0]) if row else 0


def statement_counts(admin_url: str, dbname: str) -> dict[str, int]:
    """Transactions committed in the sandbox database, and calls of each of its SQL functions (with
    `--count-calls`: track_functions is on for it), once the backends' pending statistics are flushed
    (PostgreSQL reports them at most every second: read until two reads a second apart agree)."""
    import psycopg

    def read() -> dict[str, int]:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute("SELECT pg_stat_clear_snapshot()")
            xacts = conn.execute(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = %s", (dbname,)
            ).fetchone()
            calls = conn.execute("SELECT funcname, calls FROM pg_stat_user_functions").fetchall()
        return {"transactions": int(xacts[0]) if xacts else 0, **{str(f): int(c) for f, c in calls}}

    last = read()
    for _ in range(10):
        time.sleep(1.0)
        now = read()
        if now == last:
            break
        last = now
    return last


def per_message(before: dict[str, int], after: dict[str, int], messages: int) -> dict[str, float]:
    """What `statement_counts` counted per message over a phase, largest first. The transactions include
    this script's polling for the processed messages (about 20 a second, a few hundredths per message)."""
    out = {k: round((v - before.get(k, 0)) / messages, 2) for k, v in after.items() if messages}
    return {k: v for k, v in sorted(out.items(), key=lambda kv: -kv[1]) if v}


def cpu_per_message(delta: dict[str, Any], messages: int) -> dict[str, float]:
    """CPU ms per message of each process group over a phase (from `CpuAccount.delta`)."""
    used = dict(delta["core_seconds"])
    used["other processes (not ours)"] = delta["other_processes_core_seconds"]
    return {k: round(v * 1000 / messages, 2) for k, v in used.items() if messages}


def run_latency(
    args: argparse.Namespace, latency: float, sb: Sandbox, tenants: list[uuid.UUID]
) -> dict[str, Any]:
    from jobs.pipeline.actors import start_pipeline

    env = {
        **sb.env,
        "OMS_AI_PROVIDER": args.provider,
        "OPENAI_API_KEY": "sk-bench",
        "OMS_PIPELINE_MODE": "fused",
        "OMS_DB_POOL_SIZE": str(args.pool),
        "OMS_AI_MAX_IN_FLIGHT": str(args.threads * 2),
    }
    port = free_port()
    env["OPENAI_BASE_URL"] = f"http://127.0.0.1:{port}/v1"
    server = Proc(
        f"fake-openai-{latency}",
        [sys.executable, "-m", "tests.fake_openai", str(port), str(latency)],
        env,
        sb.logdir,
    )
    worker = Proc(
        f"worker-{latency}",
        [
            sys.executable,
            "-m",
            "cli",
            "worker",
            "--processes",
            str(args.processes),
            "--threads",
            str(args.threads),
        ],
        env,
        sb.logdir,
    )
    sampler = ConnectionSampler(sb.admin_url, sb.role)
    sampler.start()
    cpu = CpuAccount(
        sb.dbname,
        lambda: {
            f"workers (-p {args.processes} -t {args.threads})": [worker.pid],
            "fake model server": [server.pid],
        },
    )
    deadlocks0 = deadlocks(sb.admin_url, sb.dbname)
    try:
        texts = corpus_texts()
        warm = insert_spread(tenants, texts[: 40 * len(tenants)])
        for mid, tenant in warm:
            start_pipeline(mid, tenant)
        wait_processed(sb.admin_url, [m for m, _ in warm], time.time() + 120)
        # 1. burst
        burst_texts = [texts[i % len(texts)] for i in range(args.messages)]
        pairs = insert_spread(tenants, burst_texts, args.customers)
        ids = [m for m, _ in pairs]
        counts0 = statement_counts(sb.admin_url, sb.dbname) if args.count_calls else {}
        cpu0 = cpu.snapshot()
        started = time.time()
        for mid, tenant in pairs:
            start_pipeline(mid, tenant)
        done = wait_processed(sb.admin_url, ids, time.time() + 600)
        cpu1 = cpu.snapshot()
        burst = {
            "messages": len(ids),
            "processed": len(done),
            "seconds": round(max(done.values()) - started, 2) if done else None,
            "msg_per_s": round(len(done) / (max(done.values()) - started), 1) if done else 0,
            "loadavg_at_end": os.getloadavg(),
            "cpu_ms_per_message": cpu_per_message(CpuAccount.delta(cpu0, cpu1), len(done)),
            "machine_busy_pct": CpuAccount.delta(cpu0, cpu1)["machine_busy_pct"],
        }
        if args.count_calls:
            counted = statement_counts(sb.admin_url, sb.dbname)
            burst["per_message"] = per_message(counts0, counted, len(done))
        if not args.rate:
            return {
                "server_latency_s": latency,
                "burst": burst,
                "peak_connections": sampler.peak,
                "peak_connections_with_this_script": sampler.peak_with_driver,
                "deadlocks": deadlocks(sb.admin_url, sb.dbname) - deadlocks0,
            }
        # 2. open loop at a fixed rate
        n = int(args.rate * 20)
        pairs = insert_spread(tenants, [texts[i % len(texts)] for i in range(n)], args.customers)
        ids = [m for m, _ in pairs]
        sent: dict[uuid.UUID, float] = {}
        t0 = time.time()
        for i, (mid, tenant) in enumerate(pairs):
            delay = t0 + i / args.rate - time.time()
            if delay > 0:
                time.sleep(delay)
            sent[mid] = time.time()
            start_pipeline(mid, tenant)
        done = wait_processed(sb.admin_url, ids, time.time() + 600)
        lat = [done[k] - sent[k] for k in done]
        open_loop = {
            "offered_msg_per_s": args.rate,
            "messages": n,
            "processed": len(done),
            "latency_s": {
                "p50": round(percentile(lat, 50), 3),
                "p95": round(percentile(lat, 95), 3),
                "p99": round(percentile(lat, 99), 3),
                "max": round(max(lat), 3),
            },
        }
        return {
            "server_latency_s": latency,
            "burst": burst,
            "open_loop": open_loop,
            "peak_connections": sampler.peak,
            "peak_connections_with_this_script": sampler.peak_with_driver,
            "deadlocks": deadlocks(sb.admin_url, sb.dbname) - deadlocks0,
        }
    finally:
        sampler.stop_flag.set()
        worker.stop()
        server.stop()


def cost_summary(sb: Sandbox, tenants: list[uuid.UUID]) -> dict[str, Any]:
    import psycopg

    with psycopg.connect(sb.admin_url, autocommit=True) as conn:
        row = conn.execute(
            "SELECT sum(requests_count), sum(attempts_count), sum(cost_cents), sum(tokens_used) "
            "FROM ai_usage_metrics WHERE distributor_id = ANY(%s) AND provider = 'openai'",
            (tenants,),
        ).fetchone()
        messages = conn.execute(
            "SELECT count(*) FROM messages WHERE distributor_id = ANY(%s)", (tenants,)
        ).fetchone()
    requests, attempts, cents, tokens = row or (0, 0, 0, 0)
    msgs = int(messages[0]) if messages else 0
    cents = Decimal(cents or 0)
    return {
        "messages": msgs,
        "requests": int(requests or 0),
        "attempts": int(attempts or 0),
        "tokens": int(tokens or 0),
        "usd_per_1000_messages": str((cents / 100 / msgs * 1000).quantize(Decimal("0.0001")))
        if msgs
        else None,
        "usd_per_1000_calls": str((cents / 100 / int(requests) * 1000).quantize(Decimal("0.0001")))
        if requests
        else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, nargs="+", default=[0.3, 1.0])
    parser.add_argument("--messages", type=int, default=1500)
    parser.add_argument("--rate", type=float, default=50, help="open-loop rate; 0: burst only")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--threads", type=int, default=48)
    parser.add_argument(
        "--pool", type=int, default=5, help="OMS_DB_POOL_SIZE: connections per pool per process"
    )
    parser.add_argument(
        "--provider",
        choices=["openai", "hybrid", "local"],
        default="openai",
        help="local: no model calls (the same run without paid AI, to compare CPU per message)",
    )
    parser.add_argument(
        "--customers",
        type=int,
        default=50,
        help="customers the messages come from, in turn (1: one customer)",
    )
    parser.add_argument(
        "--tenants",
        type=int,
        default=1,
        help="tenants the messages are spread over, in turn (each with its own budget month row)",
    )
    parser.add_argument(
        "--count-calls",
        action="store_true",
        help="count transactions and SQL function calls per message of the burst (track_functions on "
        "in the sandbox database, which costs a little CPU: not for throughput figures)",
    )
    args = parser.parse_args(argv)
    logdir = Path(os.environ.get("OMS_BENCH_LOGDIR", "/tmp/oms-llm-bench"))
    logdir.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"args": vars(args), "loadavg_at_start": os.getloadavg()}
    sb = Sandbox(logdir)
    os.environ["PGAPPNAME"] = APP_NAME  # this process only: the workers get sb.env, copied before
    try:
        sb.setup()  # first: it points this process's settings (and so its broker) at the sandbox
        if args.count_calls:
            import psycopg
            from psycopg import sql

            with psycopg.connect(sb.admin_url, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("ALTER DATABASE {} SET track_functions = 'pl'").format(sql.Identifier(sb.dbname))
                )
        report["hybrid_corpus"] = hybrid_share()
        from sqlalchemy import text

        from db.session import privileged_session

        with privileged_session() as s:
            tenant = s.execute(text("SELECT id FROM distributors LIMIT 1")).scalar_one()
        tenants = [tenant, *extra_tenants(max(0, args.tenants - 1))]
        report["runs"] = [run_latency(args, latency, sb, tenants) for latency in args.latency]
        report["cost"] = cost_summary(sb, tenants)
        report["loadavg_at_end"] = os.getloadavg()
    finally:
        sb.teardown()
    print(json.dumps(report, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
