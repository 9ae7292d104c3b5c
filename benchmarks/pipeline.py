"""End-to-end pipeline benchmark: real `oms` processes on this machine, numbers printed as a table.

    .venv/bin/python benchmarks/pipeline.py [--messages N] [--rate R] [--processes P] [--threads T] [--json]

What it does (benchmarks/README.md explains every figure):

1. a throwaway PostgreSQL database and app role (`oms_bench_<id>`, migrated with `db.migrate.upgrade`), a
   private Redis namespace, one tenant with the shipped catalog and an `api` integration (API key);
2. `python -m cli ingress` and `python -m cli worker -p P -t T` started exactly as in
   production (tests/processes.py does the same), warmed up through the full pipeline;
3. end-to-end throughput: N realistic messages (tests/data/corpus.jsonl, cycled, unique provider ids)
   POSTed to /v1/messages by ~32 concurrent requests (a lean keep-alive HTTP/1.1 client); messages/s from the first POST until the
   last message is PROCESSED or FAILED (a privileged connection polls `messages` every 50 ms); with the
   ingress acceptance rate and HTTP latency seen during that run;
4. latency at an offered rate: M messages sent open-loop at R/s, latency = messages.processed_at minus
   the wall-clock time the POST was sent, p50/p95/p99/max;
5. components in isolation (skippable): ingress alone (workers stopped) and the worker draining a
   pre-filled queue alone;
6. raw dramatiq baselines with the same broker, P and T: a no-op actor and a one-INSERT actor
   (benchmarks/baseline_actors.py, run as `python -m dramatiq benchmarks.baseline_actors`);
7. a CPU account of every phase (which process used the 2 cores) and PostgreSQL wait states, to say
   where the time goes.

Everything it created is dropped at the end, also on Ctrl-C or an error. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # `python benchmarks/pipeline.py` must import the project and benchmarks.*

CORPUS = ROOT / "tests" / "data" / "corpus.jsonl"
CATALOG = ROOT / "tests" / "data" / "catalog.json"
PG_ADMIN = os.environ.get("OMS_BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("OMS_BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
POLL_INTERVAL_S = 0.05
STALL_TIMEOUT_S = 90.0
CUSTOMERS = 250  # distinct senders: most messages come from a customer the system already knows
TARGET_E2E_RATE = 250.0
TARGET_P99_MS = 500.0


class BenchError(RuntimeError):
    """The benchmark cannot go on (a process died, the pipeline stalled); the message says why."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------- statistics
def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def summary_ms(seconds: list[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "count": len(ms),
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "p99": percentile(ms, 99),
        "max": max(ms) if ms else math.nan,
        "mean": sum(ms) / len(ms) if ms else math.nan,
    }


# --------------------------------------------------------------------------------------------- machine
def machine_info(admin_url: str) -> dict[str, Any]:
    import dramatiq
    import psycopg
    import redis

    model = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    with psycopg.connect(admin_url, autocommit=True) as conn:
        pg = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
        sync_commit = conn.execute("SHOW synchronous_commit").fetchone()[0]  # type: ignore[index]
    info: dict[str, Any] = redis.Redis.from_url(REDIS_URL).info("server")  # type: ignore[assignment]
    redis_version = info.get("redis_version", "?")
    return {
        "cpu_model": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "postgresql": pg,
        "postgresql_synchronous_commit": sync_commit,
        "redis": redis_version,
        "dramatiq": dramatiq.__version__,
        "kernel": platform.release(),
        "loadavg_at_start": os.getloadavg(),
    }


def git_info() -> dict[str, Any]:
    """The commit measured, and whether the work tree differed from it (the code is a moving target)."""

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=10
            ).stdout.rstrip("\n")
        except (OSError, subprocess.SubprocessError):
            return ""

    changed = [line[3:] for line in git("status", "--porcelain", "--untracked-files=no").splitlines()]
    return {"commit": git("rev-parse", "--short", "HEAD"), "modified_files": changed}


# --------------------------------------------------------------------------------------------- CPU account
CLK_TCK = os.sysconf("SC_CLK_TCK")
PG_BACKGROUND = (
    "checkpointer",
    "background writer",
    "walwriter",
    "autovacuum",
    "logical replication",
    "stats collector",
    "archiver",
    "walsender",
)


def _proc_stat(pid: int) -> tuple[int, float] | None:
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = data[data.rindex(")") + 2 :].split()
    return int(rest[1]), (int(rest[11]) + int(rest[12])) / CLK_TCK


def _machine_ticks() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, summed over cores."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    user, nice, system, idle, iowait, irq, softirq, steal = (parts + [0] * 8)[:8]
    busy = user + nice + system + irq + softirq + steal
    return busy / CLK_TCK, (busy + idle + iowait) / CLK_TCK


class CpuAccount:
    """Which process used the CPU during a phase: our ingress, workers, PostgreSQL backends of the
    benchmark database, Redis, this script (load generator and poller), and everything else."""

    def __init__(self, dbname: str, roots: Callable[[], dict[str, list[int]]]) -> None:
        self.dbname = dbname
        self.roots = roots

    def snapshot(self) -> dict[str, Any]:
        procs: dict[int, tuple[int, float]] = {}
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                st = _proc_stat(int(entry))
                if st is not None:
                    procs[int(entry)] = st
        children: dict[int, list[int]] = {}
        for pid, (ppid, _) in procs.items():
            children.setdefault(ppid, []).append(pid)
        groups: dict[int, str] = {}
        for name, pids in self.roots().items():
            stack = list(pids)
            while stack:
                pid = stack.pop()
                if pid in procs and pid not in groups:
                    groups[pid] = name
                    stack.extend(children.get(pid, []))
        groups[os.getpid()] = "load generator + poller (this script)"
        for pid in procs:
            if pid in groups:
                continue
            try:
                comm = Path(f"/proc/{pid}/comm").read_text().strip()
            except OSError:
                continue
            if comm == "postgres":
                try:
                    cmd = (
                        Path(f"/proc/{pid}/cmdline")
                        .read_bytes()
                        .replace(b"\0", b" ")
                        .decode(errors="replace")
                    )
                except OSError:
                    continue
                if f" {self.dbname} " in cmd:
                    groups[pid] = "postgres backends (bench db)"
                elif any(k in cmd for k in PG_BACKGROUND) or " -D " in cmd:
                    groups[pid] = "postgres background (wal, checkpoints)"
            elif comm == "redis-server":
                groups[pid] = "redis"
        busy, total = _machine_ticks()
        return {"t": time.monotonic(), "procs": procs, "groups": groups, "busy": busy, "total": total}

    @staticmethod
    def delta(start: dict[str, Any], end: dict[str, Any]) -> dict[str, Any]:
        wall = end["t"] - start["t"]
        used: Counter[str] = Counter()
        for pid, group in end["groups"].items():
            cpu_end = end["procs"][pid][1]
            before = start["procs"].get(pid)
            used[group] += cpu_end - (before[1] if before and start["groups"].get(pid) == group else 0.0)
        busy = end["busy"] - start["busy"]
        total = end["total"] - start["total"]
        ours = sum(used.values())
        return {
            "wall_s": wall,
            "core_seconds": {k: round(v, 2) for k, v in used.most_common()},
            "other_processes_core_seconds": round(max(0.0, busy - ours), 2),
            "idle_core_seconds": round(max(0.0, total - busy), 2),
            "machine_busy_pct": round(100 * busy / total, 1) if total else math.nan,
        }


# --------------------------------------------------------------------------------------------- processes
class Proc:
    """A child process in its own session (Ctrl-C in the terminal reaches only us; we stop it)."""

    def __init__(self, name: str, args: list[str], env: dict[str, str], logdir: Path) -> None:
        self.name = name
        self.log_path = logdir / f"{name}.log"
        self._log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            args,
            env=env,
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def tail(self, chars: int = 3000) -> str:
        self._log.flush()
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def check(self) -> None:
        if not self.alive():
            raise BenchError(f"{self.name} exited with {self.proc.returncode}:\n{self.tail()}")

    def stop(self, timeout: float = 30.0) -> None:
        if self.alive():
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
            except ProcessLookupError:
                pass
        self._log.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --------------------------------------------------------------------------------------------- sandbox
def _with_db(url: str, dbname: str, user: str | None = None) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc
    if user is not None:
        netloc = f"{user}@{parts.hostname}:{parts.port or 5432}"
    return urlunsplit(parts._replace(netloc=netloc, path="/" + dbname))


class Sandbox:
    """The benchmark's own database, app role, Redis namespace, tenant, catalog and API key."""

    def __init__(self, logdir: Path, catalog_size: int = 0) -> None:
        self.catalog_size = catalog_size
        self.run_id = uuid.uuid4().hex[:8]
        self.dbname = f"oms_bench_{self.run_id}"
        self.role = f"oms_bench_app_{self.run_id}"
        self.namespace = f"omsbench_{self.run_id}"
        self.admin_url = _with_db(PG_ADMIN, self.dbname)
        self.logdir = logdir
        self.env = {
            **os.environ,
            "OMS_ADMIN_DATABASE_URL": self.admin_url,
            "DATABASE_URL": _with_db(PG_ADMIN, self.dbname, user=self.role),
            "BROKER_URL": REDIS_URL,
            "OMS_BROKER_NAMESPACE": self.namespace,
            "OMS_LOG_FORMAT": "json",
            "PYTHONUNBUFFERED": "1",
        }
        for inherited in ("OMS_QUEUE_PREFIX", "PORT", "OMS_PUBLIC_BASE_URL"):
            self.env.pop(inherited, None)
        self.created_db = False
        self.api_key = ""

    def setup(self) -> None:
        # The settings of this process (db.session engines, the broker of baseline_actors) come from
        # os.environ, so it must point at the sandbox before any project module reads it.
        os.environ.update(
            {k: v for k, v in self.env.items() if k.startswith(("OMS_", "DATABASE_URL", "BROKER_URL"))}
        )
        from db import migrate
        from db.catalog_import import import_catalog, parse_file
        from db.integrations import add_integration
        from db.tenants import create_tenant
        from worker.settings import get_settings, load_settings

        get_settings.cache_clear()
        settings = load_settings(self.env)
        log(f"setup: database {self.dbname}, role {self.role}, redis namespace {self.namespace}")
        self.created_db = True  # from here on, teardown drops whatever exists
        migrate.upgrade(settings)
        tenant = create_tenant(
            f"Bench Distributor {self.run_id}", threshold=0.85, budget_usd=50, settings=settings
        )
        if self.catalog_size:
            from benchmarks.catalog_scale import synthetic_catalog
            from db.catalog_import import parse_json

            catalog = parse_json(json.dumps(synthetic_catalog(self.catalog_size)))
        else:
            catalog = parse_file(CATALOG)
        started = time.perf_counter()
        result = import_catalog(tenant.id, catalog, settings=settings)
        log(f"setup: catalog import {time.perf_counter() - started:.1f} s")
        added = add_integration(tenant.id, "api", "benchmark", settings=settings)
        assert added.api_key
        self.api_key = added.api_key
        log(
            f"setup: tenant {tenant.id}, catalog {result.products_created} products, api integration {added.id}"
        )

    def teardown(self) -> None:
        import psycopg
        import redis
        from psycopg import sql

        try:
            from db.session import dispose_engines

            dispose_engines()
        except Exception as exc:  # noqa: BLE001 - teardown goes on
            log(f"teardown: disposing engines failed: {exc}")
        if self.created_db:
            try:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()",
                        (self.dbname,),
                    )
                    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(self.dbname)))
                    conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(self.role)))
                log(f"teardown: dropped database {self.dbname} and role {self.role}")
            except Exception as exc:  # noqa: BLE001
                log(f"teardown: could not drop {self.dbname}/{self.role}: {exc}")
        try:
            client = redis.Redis.from_url(REDIS_URL)
            keys = list(client.scan_iter(match=f"{self.namespace}*", count=1000))
            for i in range(0, len(keys), 500):
                client.delete(*keys[i : i + 500])
            log(f"teardown: deleted {len(keys)} redis keys of namespace {self.namespace}")
        except Exception as exc:  # noqa: BLE001
            log(f"teardown: could not clean redis namespace {self.namespace}: {exc}")


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


def make_bodies(corpus: list[dict[str, Any]], n: int, run_id: str, tag: str, offset: int = 0) -> list[bytes]:
    """n API bodies: corpus texts cycled, unique provider_message_id, senders from a pool of customers."""
    bodies = []
    for i in range(n):
        row = corpus[(offset + i) % len(corpus)]
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
                    "body": row["text"],
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
        from urllib.parse import urlsplit

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


# --------------------------------------------------------------------------------------------- profiling
class Profiler:
    """py-spy sampling of our processes during one phase (`--profile`): where their CPU goes.

    Only the thread holding the GIL is sampled (`--gil`), so the samples are the Python CPU time of each
    process (a thread waiting for PostgreSQL, Redis or the GIL is not counted). py-spy runs outside the
    sampled processes (`--nonblocking`) but uses CPU itself on a 2-core box (its own row in the CPU
    table): the throughput of a profiled run is lower than that of an unprofiled one.
    """

    def __init__(self, py_spy: str, outdir: Path) -> None:
        self.py_spy, self.outdir = py_spy, outdir
        self.running: list[tuple[str, subprocess.Popen[bytes], Path]] = []

    def wait_attached(self, timeout: float = 15.0) -> None:
        """Until every py-spy has printed that it is sampling (or one of them has exited)."""
        deadline = time.monotonic() + timeout
        for name, proc, _ in self.running:
            log_path = self.outdir / f"py-spy-{name}.log"
            while b"Sampling process" not in log_path.read_bytes():
                if proc.poll() is not None:
                    raise BenchError(
                        f"py-spy for {name} exited: {log_path.read_text(errors='replace')[-500:]}"
                    )
                if time.monotonic() > deadline:
                    raise BenchError(f"py-spy for {name} did not start sampling within {timeout:.0f}s")
                time.sleep(0.05)

    def start(self, name: str, pid: int, subprocesses: bool = False) -> None:
        out = self.outdir / f"profile-{name}.txt"
        args = [
            self.py_spy,
            "record",
            "--pid",
            str(pid),
            "--rate",
            "97",
            "--nonblocking",
            "--gil",
            "--format",
            "raw",
            "--full-filenames",
            "-o",
            str(out),
        ]
        if subprocesses:
            args.append("--subprocesses")
        log_file = (self.outdir / f"py-spy-{name}.log").open("wb")
        proc = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True)
        self.running.append((name, proc, out))

    def stop(self) -> dict[str, Any]:
        summaries: dict[str, Any] = {}
        for name, proc, out in self.running:
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()
            if out.exists():
                summaries[name] = summarize_profile(out)
            else:
                summaries[name] = {"error": f"py-spy wrote nothing (see {self.outdir}/py-spy-{name}.log)"}
        self.running.clear()
        return summaries


def _frame_package(path: str) -> str:
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    root = str(ROOT) + "/"
    if path.startswith(root):
        return path[len(root) :]
    if "/lib/python3" in path:
        return "stdlib " + path.rsplit("/", 1)[-1].removesuffix(".py")
    return path


def summarize_profile(path: Path, top: int = 15) -> dict[str, Any]:
    """Self time by package/module, inclusive time by package and by project function (raw py-spy data)."""
    import re

    frame_re = re.compile(r"^(?P<func>.*) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")
    total = 0
    self_pkg: Counter[str] = Counter()
    incl_pkg: Counter[str] = Counter()
    incl_fn: Counter[str] = Counter()
    self_fn: Counter[str] = Counter()
    project = ("db/", "jobs/", "ingress/", "worker/", "scheduler/")
    for raw in path.read_text(errors="replace").splitlines():
        stack, _, count = raw.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [m for m in (frame_re.match(f) for f in stack.split(";")) if m]
        if not frames:
            continue
        total += n
        leaf = frames[-1]
        self_pkg[_frame_package(leaf["file"])] += n
        self_fn[f"{leaf['func']} ({_frame_package(leaf['file'])})"] += n
        seen_pkg: set[str] = set()
        seen_fn: set[str] = set()
        for f in frames:
            pkg = _frame_package(f["file"])
            top_pkg = pkg.split("/", 1)[0] + "/" if pkg.startswith(project) else pkg
            seen_pkg.add(top_pkg if not pkg.startswith("stdlib ") else "stdlib")
            if pkg.startswith(project):
                seen_fn.add(f"{pkg.removesuffix('.py').replace('/', '.')}.{f['func']}")
        for k in seen_pkg:
            incl_pkg[k] += n
        for k in seen_fn:
            incl_fn[k] += n

    def pct(c: Counter[str], k: int) -> dict[str, float]:
        return {name: round(100 * v / total, 1) for name, v in c.most_common(k)} if total else {}

    return {
        "samples": total,
        "self_by_module": pct(self_pkg, top),
        "self_by_function": pct(self_fn, top),
        "inclusive_by_package": pct(incl_pkg, top),
        "inclusive_by_project_function": pct(incl_fn, 25),
    }


# --------------------------------------------------------------------------------------------- the benchmark
@dataclass
class Options:
    messages: int
    rate: float
    latency_messages: int
    processes: int
    threads: int
    concurrency: int
    warmup: int
    components: bool
    baseline: bool
    latency: bool
    as_json: bool
    keep_logs: bool
    profile: bool = False
    py_spy: str | None = None
    worker_module: str | None = (
        None  # what-if experiments: `python -m dramatiq MODULE` instead of `oms worker`
    )
    pg_settings: tuple[str, ...] = ()  # what-if experiments: ALTER DATABASE <bench db> SET name = value
    pg_sql: tuple[str, ...] = ()  # what-if experiments: SQL run as the owner in the bench db before starting
    catalog_size: int = 0  # 0: the shipped catalog; N: a generated one (benchmarks/catalog_scale.py)


class Bench:
    def __init__(self, opts: Options, sandbox: Sandbox) -> None:
        self.o = opts
        self.sb = sandbox
        self.ingress: Proc | None = None
        self.worker: Proc | None = None
        self.baseline_worker: Proc | None = None
        self.base = ""
        self.corpus = load_corpus()
        self.cpu = CpuAccount(sandbox.dbname, self._roots)
        self.results: dict[str, Any] = {}
        self.profiler: Profiler | None = None

    def _roots(self) -> dict[str, list[int]]:
        roots: dict[str, list[int]] = {}
        if self.ingress and self.ingress.alive():
            roots["ingress (uvicorn, 1 process)"] = [self.ingress.pid]
        if self.worker and self.worker.alive():
            roots[f"pipeline workers (dramatiq -p {self.o.processes} -t {self.o.threads})"] = [
                self.worker.pid
            ]
        if self.baseline_worker and self.baseline_worker.alive():
            roots["baseline workers (dramatiq)"] = [self.baseline_worker.pid]
        if self.profiler is not None:
            roots["py-spy (profiler)"] = [p.pid for _, p, _ in self.profiler.running]
        return roots

    def procs(self) -> list[Proc]:
        return [p for p in (self.ingress, self.worker, self.baseline_worker) if p is not None]

    # ------------------------------------------------------------------ processes
    def start_ingress(self) -> None:
        import httpx

        port = free_port()
        env = {**self.sb.env, "PORT": str(port), "OMS_PUBLIC_BASE_URL": f"http://127.0.0.1:{port}"}
        self.ingress = Proc(
            "ingress",
            [sys.executable, "-m", "cli", "ingress", "--host", "127.0.0.1", "--port", str(port)],
            env,
            self.sb.logdir,
        )
        self.base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            self.ingress.check()
            try:
                if httpx.get(f"{self.base}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise BenchError(f"ingress did not answer /healthz in 60s:\n{self.ingress.tail()}")
            time.sleep(0.1)

    def start_worker(self) -> None:
        p, t = str(self.o.processes), str(self.o.threads)
        if self.o.worker_module:
            # The arguments `oms worker` passes to dramatiq (cli/worker.py), with another module.
            args = [sys.executable, "-m", "dramatiq", self.o.worker_module, "--skip-logging", "--processes", p,
                    "--threads", t, "--worker-shutdown-timeout", "30000"]  # fmt: skip
        else:
            args = [sys.executable, "-m", "cli", "worker", "--processes", p, "--threads", t]
        self.worker = Proc("worker", args, self.sb.env, self.sb.logdir)

    def stop_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    # ------------------------------------------------------------------ phases
    def _send(
        self, phase: str, bodies: list[bytes], *, rate: float | None = None, track: bool = True
    ) -> tuple[list[Sent], LoadStats, Poller | None]:
        stats = LoadStats()
        poller = Poller(self.sb.admin_url, self.sb.dbname) if track else None
        if poller:
            poller.sent_hint = lambda: stats.accepted
            poller.start()
        progress = Progress(phase, len(bodies), stats, poller, started=stats.started)
        progress.start()
        try:
            if rate is None:
                sent = run_async(closed_loop(self.base, self.sb.api_key, bodies, self.o.concurrency, stats))
            else:
                sent = run_async(open_loop(self.base, self.sb.api_key, bodies, rate, stats))
        finally:
            progress.close()
        if stats.errors and stats.errors == len(bodies):
            first = next((s.error for s in sent if s.error), "?")
            raise BenchError(f"{phase}: every request failed, e.g. {first}")
        return sent, stats, poller

    def _finish(self, phase: str, poller: Poller, stats: LoadStats, sent_count: int) -> float:
        poller.set_target(poller.base_finished + stats.accepted)
        progress = Progress(phase, sent_count, stats, poller, started=stats.started)
        progress.start()
        try:
            return poller.wait(self.procs(), phase)
        finally:
            progress.close()
            progress.line()

    def _checkpoint(self) -> None:
        """Start each measured phase right after a CHECKPOINT: otherwise whether the server's own
        checkpoint (or the one the previous run's DROP DATABASE requested) lands inside a phase decides
        up to 15% of its figures, run to run."""
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            conn.execute("CHECKPOINT")

    def warm_up(self) -> None:
        if self.o.warmup <= 0:
            return
        log(f"warm-up: {self.o.warmup} messages through the whole pipeline (not measured)")
        bodies = make_bodies(self.corpus, self.o.warmup, self.sb.run_id, "warm", offset=137)
        _, stats, poller = self._send("warm-up", bodies)
        assert poller is not None
        try:
            self._finish("warm-up", poller, stats, len(bodies))
        finally:
            poller.close()

    def throughput(self) -> None:
        n = self.o.messages
        log(f"end-to-end throughput: {n} messages, {self.o.concurrency} concurrent requests")
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "tp")
        profiler = None
        if self.o.profile and self.o.py_spy:
            assert self.ingress and self.worker
            profiler = self.profiler = Profiler(self.o.py_spy, self.sb.logdir)
            profiler.start("ingress", self.ingress.pid)
            profiler.start("workers", self.worker.pid, subprocesses=True)
            profiler.wait_attached()  # before the clock starts
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, poller = self._send("e2e", bodies)
        assert poller is not None
        try:
            done_at = self._finish("e2e", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
            if profiler is not None:
                self.results["profile"] = profiler.stop()
                self.profiler = None
        first = min(s.sent_at for s in sent)
        last_answer = max(s.sent_at + s.latency for s in sent)
        ok = [s for s in sent if s.status == 202]
        ids = [s.message_id for s in ok if s.created and s.message_id]
        db_end, failed = self._finish_times_end(ids)
        self.results["e2e"] = {
            "messages": n,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "failed": failed,
            "seconds": done_at - first,
            "msgs_per_s": stats.accepted / (done_at - first),
            "msgs_per_s_db_clock": stats.accepted / (db_end - first) if db_end else None,
            "ingress_req_per_s": len(sent) / (last_answer - first),
            "ingress_seconds": last_answer - first,
            "http_latency_ms": summary_ms([s.latency for s in ok]),
            "backlog_peak": poller.backlog_peak,
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def _finish_times_end(self, ids: list[str]) -> tuple[float | None, int]:
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            row = conn.execute(
                "SELECT extract(epoch FROM max(coalesce(processed_at, updated_at))), "
                "count(*) FILTER (WHERE processing_status = 'FAILED') FROM messages WHERE id = ANY(%s::uuid[])",
                (ids,),
            ).fetchone()
        assert row is not None
        return (float(row[0]) if row[0] is not None else None), int(row[1])

    def latency(self) -> None:
        n, rate = self.o.latency_messages, self.o.rate
        log(f"latency: {n} messages open-loop at {rate:g}/s")
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "lat", offset=61)
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, poller = self._send("latency", bodies, rate=rate)
        assert poller is not None
        try:
            self._finish("latency", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
        ok = {s.message_id: s for s in sent if s.status == 202 and s.created and s.message_id}
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            rows = conn.execute(
                "SELECT id::text, processing_status::text, ai_extracted_intent::text, "
                "extract(epoch FROM coalesce(processed_at, updated_at)) FROM messages WHERE id = ANY(%s::uuid[])",
                (list(ok),),
            ).fetchall()
        e2e: list[float] = []
        pipeline: list[float] = []
        by_intent: dict[str, list[float]] = {}
        failed = 0
        for mid, status, intent, finished in rows:
            s = ok[mid]
            failed += status == "FAILED"
            e2e.append(float(finished) - s.sent_at)
            pipeline.append(float(finished) - (s.sent_at + s.latency))
            by_intent.setdefault(intent or "none", []).append(float(finished) - s.sent_at)
        sends = sorted(s.sent_at for s in sent)
        achieved = (len(sends) - 1) / (sends[-1] - sends[0]) if len(sends) > 1 else math.nan
        self.results["latency"] = {
            "messages": n,
            "offered_rate": rate,
            "achieved_rate": achieved,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "failed": failed,
            "end_to_end_ms": summary_ms(e2e),
            "http_ms": summary_ms([s.latency for s in ok.values()]),
            "after_http_response_ms": summary_ms(pipeline),
            "by_intent_ms": {k: summary_ms(v) for k, v in sorted(by_intent.items())},
            "send_schedule_lag_ms": summary_ms(stats.schedule_lag),
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def components(self) -> None:
        """Ingress alone (no workers), then the workers alone draining what the ingress stored."""
        n = self.o.messages
        log(f"components: ingress alone ({n} messages, workers stopped)")
        self.stop_worker()
        bodies = make_bodies(self.corpus, n, self.sb.run_id, "iso", offset=211)
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        sent, stats, _ = self._send("ingress-only", bodies, track=False)
        cpu1 = self.cpu.snapshot()
        first = min(s.sent_at for s in sent)
        last = max(s.sent_at + s.latency for s in sent)
        ok = [s for s in sent if s.status == 202]
        self.results["ingress_only"] = {
            "requests": n,
            "accepted": stats.accepted,
            "http_errors": stats.errors,
            "http_error_samples": error_samples(sent),
            "req_per_s": len(sent) / (last - first),
            "http_latency_ms": summary_ms([s.latency for s in ok]),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }
        log(f"components: workers alone draining {stats.accepted} queued messages")
        poller = Poller(self.sb.admin_url, self.sb.dbname)  # the stored ones are all RECEIVED
        poller.start()
        self._checkpoint()
        cpu0 = self.cpu.snapshot()
        self.start_worker()
        try:
            done_at = self._finish("drain", poller, stats, n)
            cpu1 = self.cpu.snapshot()
        finally:
            poller.close()
        start = poller.first_pickup_at or done_at
        self.results["worker_only"] = {
            "messages": stats.accepted,
            "seconds": done_at - start,
            "msgs_per_s": stats.accepted / (done_at - start) if done_at > start else math.nan,
            "pg_activity_avg_backends": poller.activity_summary(),
            "pg_activity_by_statement": poller.statement_summary(),
            "cpu": CpuAccount.delta(cpu0, cpu1),
        }

    def baselines(self) -> None:
        import psycopg
        import redis

        from benchmarks import baseline_actors as ba

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            conn.execute(ba.SCRATCH_DDL)
            conn.execute(f"GRANT SELECT, INSERT ON {ba.SCRATCH_TABLE} TO {self.sb.role}")
            conn.execute(f"GRANT USAGE ON SEQUENCE {ba.SCRATCH_TABLE}_id_seq TO {self.sb.role}")
        client = redis.Redis.from_url(REDIS_URL)
        out: dict[str, Any] = {}
        for actor, queue, label in (
            (ba.noop, ba.QUEUE_NOOP, "noop"),
            (ba.insert_row, ba.QUEUE_INSERT, "insert"),
        ):
            n = self.o.messages
            log(
                f"baseline: {label} actor, {n} messages pre-enqueued, dramatiq -p {self.o.processes} "
                f"-t {self.o.threads}"
            )
            for i in range(n):
                actor.send(i)
            self._checkpoint()
            cpu0 = self.cpu.snapshot()
            self.baseline_worker = Proc(
                f"baseline-{label}",
                [
                    sys.executable,
                    "-m",
                    "dramatiq",
                    "benchmarks.baseline_actors",
                    "-p",
                    str(self.o.processes),
                    "-t",
                    str(self.o.threads),
                    "--queues",
                    queue,
                ],
                self.sb.env,
                self.sb.logdir,
            )
            try:
                count, first, last, errors = self._wait_baseline(client, actor.actor_name, n, label)
                cpu1 = self.cpu.snapshot()
            finally:
                self.baseline_worker.stop()
                self.baseline_worker = None
            out[label] = {
                "messages": n,
                "completed": count,
                "errors": errors,
                "seconds": last - first,
                "msgs_per_s": count / (last - first) if last > first else math.nan,
                "cpu": CpuAccount.delta(cpu0, cpu1),
            }
            if label == "insert":
                with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                    rows = conn.execute(f"SELECT count(*) FROM {ba.SCRATCH_TABLE}").fetchone()
                out[label]["rows_in_table"] = int(rows[0]) if rows else 0
        self.results["baseline"] = out

    def _wait_baseline(self, client: Any, actor: str, n: int, label: str) -> tuple[int, float, float, int]:
        from benchmarks.baseline_actors import STATS_KEY_PREFIX

        started = time.monotonic()
        last_line = 0.0
        while True:
            assert self.baseline_worker is not None
            self.baseline_worker.check()
            count, errors, firsts, lasts = 0, 0, [], []
            for key in client.scan_iter(match=f"{STATS_KEY_PREFIX}*", count=100):
                h = {k.decode(): v.decode() for k, v in client.hgetall(key).items()}
                if f"{actor}:count" in h:
                    count += int(h[f"{actor}:count"])
                    errors += int(h[f"{actor}:errors"])
                    if float(h[f"{actor}:first"]):
                        firsts.append(float(h[f"{actor}:first"]))
                    if float(h[f"{actor}:last"]):
                        lasts.append(float(h[f"{actor}:last"]))
            now = time.monotonic()
            if now - last_line >= 1.0:
                log(f"  [baseline {label}] {now - started:5.1f}s  done {count}/{n}")
                last_line = now
            if count >= n:
                return count, min(firsts), max(lasts), errors
            if now - started > max(STALL_TIMEOUT_S, n / 20):
                raise BenchError(
                    f"baseline {label}: only {count} of {n} done after {now - started:.0f}s:\n"
                    f"{self.baseline_worker.tail()}"
                )
            time.sleep(POLL_INTERVAL_S)

    def db_profile(self) -> None:
        """Whole-run PostgreSQL counters of the benchmark database, per inbound message."""
        import psycopg

        with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
            msgs = conn.execute(
                "SELECT count(*), count(*) FILTER (WHERE ai_extracted_intent = 'ORDER') FROM messages"
            ).fetchone()
            stage = conn.execute(
                "SELECT stage, count(*), avg(latency_ms), percentile_cont(0.99) WITHIN GROUP (ORDER BY latency_ms) "
                "FROM ai_responses GROUP BY stage ORDER BY stage"
            ).fetchall()
        assert msgs is not None
        total, orders = int(msgs[0]), int(msgs[1])
        self.results["pipeline_shape"] = {
            "messages_in_db": total,
            "order_share": orders / total if total else math.nan,
            # Fused mode (the default with the local provider) runs one actor per message; chained mode runs
            # detect_pii + classify_intent for every message and two more stages for orders.
            "actor_runs_per_message": (
                1.0 if _fused_mode() else (2 + 2 * (orders / total) if total else math.nan)
            ),
            "ai_stage_compute_ms": {
                s: {"count": int(c), "mean": float(a or 0), "p99": float(p or 0)} for s, c, a, p in stage
            },
        }

    # ------------------------------------------------------------------ driver
    def apply_experiments(self) -> None:
        import psycopg
        from psycopg import sql

        for item in self.o.pg_settings:
            name, _, value = item.partition("=")
            with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                conn.execute(
                    sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                        sql.Identifier(self.sb.dbname),
                        sql.Identifier(name.strip()),
                        sql.Literal(value.strip()),
                    )
                )
            log(f"experiment: ALTER DATABASE {self.sb.dbname} SET {name.strip()} = {value.strip()}")
        for statement in self.o.pg_sql:
            with psycopg.connect(self.sb.admin_url, autocommit=True) as conn:
                conn.execute(statement)  # type: ignore[arg-type]  # the operator's own what-if SQL
            log(f"experiment: ran in {self.sb.dbname}: {statement}")

    def run(self) -> dict[str, Any]:
        self.apply_experiments()
        self.start_ingress()
        self.start_worker()
        self.warm_up()
        self.throughput()
        if self.o.latency:
            self.latency()
        if self.o.components:
            self.components()
        self.db_profile()
        self.stop_worker()
        if self.ingress:
            self.ingress.stop()
            self.ingress = None
        if self.o.baseline:
            self.baselines()
        return self.results

    def stop_all(self) -> None:
        for p in self.procs():
            try:
                p.stop(timeout=15)
            except Exception as exc:  # noqa: BLE001
                log(f"stopping {p.name} failed: {exc}")
        self.ingress = self.worker = self.baseline_worker = None


# --------------------------------------------------------------------------------------------- report
def _f(x: Any, digits: int = 0) -> str:
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return "-"
    return f"{x:,.{digits}f}"


def render(report: dict[str, Any]) -> str:
    m, c, r = report["machine"], report["config"], report["results"]
    out: list[str] = []
    out.append(f"oms-worker pipeline benchmark   run {report['run_id']}   {report['started']}")
    out.append(
        f"machine  {m['cpu_model']}, {m['cores']} cores | Python {m['python']} | PostgreSQL "
        f"{m['postgresql']} (synchronous_commit={m['postgresql_synchronous_commit']}) | Redis {m['redis']} "
        f"| dramatiq {m['dramatiq']} | load avg at start {m['loadavg_at_start'][0]:.2f}"
    )
    g = report.get("git") or {}
    if g:
        mod = g.get("modified_files") or []
        out.append(
            f"code     commit {g.get('commit') or '?'}"
            + (f" + uncommitted changes in {', '.join(mod)}" if mod else "")
        )
    out.append(
        f"config   ingress: 1 uvicorn process | worker: -p {c['processes']} -t {c['threads']} | "
        f"client: raw keep-alive HTTP/1.1, {c['concurrency']} concurrent | N={c['messages']} | "
        f"latency: {c['latency_messages']} msgs at {c['rate']:g}/s | warm-up {c['warmup']}"
    )
    if c.get("experiment"):
        x = c["experiment"]
        what = []
        if x.get("worker_module"):
            what.append(f"workers run `python -m dramatiq {x['worker_module']}`")
        if x.get("pg_settings"):
            what.append("PostgreSQL " + ", ".join(x["pg_settings"]))
        for statement in x.get("pg_sql") or []:
            what.append(f"SQL `{statement}`")
        out.append(f"EXPERIMENT (not production's configuration): {'; '.join(what)}")
    out.append("")
    rows: list[tuple[str, str, str]] = []
    e2e = r["e2e"]
    base = r.get("baseline", {})
    noop = base.get("noop", {}).get("msgs_per_s")
    ins = base.get("insert", {}).get("msgs_per_s")
    ok = e2e["msgs_per_s"] >= TARGET_E2E_RATE
    rows.append(
        (
            "end-to-end throughput (first POST -> last PROCESSED)",
            f"{_f(e2e['msgs_per_s'], 1)} msg/s",
            f">= {TARGET_E2E_RATE:.0f}: {'met' if ok else 'NOT met'}",
        )
    )
    rows.append(
        (
            "  messages / seconds / failed / HTTP errors",
            f"{e2e['accepted']} / {e2e['seconds']:.2f}s / {e2e['failed']} / {e2e['http_errors']}",
            "",
        )
    )
    if noop:
        rows.append(
            (
                f"  ratio to raw dramatiq no-op ({_f(noop)} msg/s)",
                f"{100 * e2e['msgs_per_s'] / noop:.1f} %",
                "",
            )
        )
    if ins:
        rows.append(
            (
                f"  ratio to raw dramatiq one-INSERT ({_f(ins)} msg/s)",
                f"{100 * e2e['msgs_per_s'] / ins:.1f} %",
                "",
            )
        )
    shape = r.get("pipeline_shape", {})
    if shape:
        runs = shape["actor_runs_per_message"]
        rows.append(
            (
                "  pipeline actor runs per message (ORDER share)",
                f"{runs:.2f} ({100 * shape['order_share']:.0f}% orders)",
                "",
            )
        )
        rows.append(("  = pipeline actor runs/s", f"{_f(e2e['msgs_per_s'] * runs)} runs/s", ""))
    h = e2e["http_latency_ms"]
    rows.append(
        (
            "ingress acceptance during e2e (POST /v1/messages)",
            f"{_f(e2e['ingress_req_per_s'], 1)} req/s",
            f"p50 {_f(h['p50'], 1)} ms, p99 {_f(h['p99'], 1)} ms",
        )
    )
    rows.append(("  peak backlog (accepted, not yet finished)", f"{e2e['backlog_peak']} msgs", ""))
    if "latency" in r:
        lat = r["latency"]
        q = lat["end_to_end_ms"]
        met = q["p99"] < TARGET_P99_MS
        rows.append(
            (
                f"latency at {lat['offered_rate']:g} msg/s offered (achieved {lat['achieved_rate']:.1f}/s)",
                f"p50 {_f(q['p50'])}  p95 {_f(q['p95'])}  p99 {_f(q['p99'])}  max {_f(q['max'])} ms",
                f"p99 < {TARGET_P99_MS:.0f} ms: {'met' if met else 'NOT met'}",
            )
        )
        hq, pq = lat["http_ms"], lat["after_http_response_ms"]
        rows.append(
            (
                "  of which HTTP accept / after the response",
                f"p50 {_f(hq['p50'], 1)} / {_f(pq['p50'])} ms, p99 {_f(hq['p99'], 1)} / {_f(pq['p99'])} ms",
                "",
            )
        )
        for intent, s in lat["by_intent_ms"].items():
            rows.append(
                (f"  {intent} messages ({s['count']})", f"p50 {_f(s['p50'])}  p99 {_f(s['p99'])} ms", "")
            )
        if lat["failed"] or lat["http_errors"]:
            rows.append(("  failed / HTTP errors", f"{lat['failed']} / {lat['http_errors']}", ""))
    for phase in ("e2e", "latency", "ingress_only"):
        for err, count in (r.get(phase) or {}).get("http_error_samples", {}).items():
            rows.append((f"  HTTP error in {phase} (x{count})", err[:60], ""))
    if "ingress_only" in r:
        io = r["ingress_only"]
        ing = sum(v for k, v in io["cpu"]["core_seconds"].items() if k.startswith("ingress"))
        rows.append(
            (
                "ingress alone (workers stopped)",
                f"{_f(io['req_per_s'], 1)} req/s",
                f"p50 {_f(io['http_latency_ms']['p50'], 1)} ms, p99 {_f(io['http_latency_ms']['p99'], 1)} ms; "
                f"ingress {1000 * ing / max(1, io['requests']):.1f} CPU ms/request",
            )
        )
    if "worker_only" in r:
        wo = r["worker_only"]
        wcpu = wo["cpu"]["core_seconds"]
        wk = sum(v for k, v in wcpu.items() if k.startswith("pipeline workers"))
        pg = sum(v for k, v in wcpu.items() if k.startswith("postgres"))
        per = max(1, wo["messages"])
        rows.append(
            (
                "workers alone (draining a pre-filled queue)",
                f"{_f(wo['msgs_per_s'], 1)} msg/s",
                f"{wo['messages']} msgs in {wo['seconds']:.2f}s; CPU ms/msg: workers {1000 * wk / per:.1f}, "
                f"postgres {1000 * pg / per:.1f}",
            )
        )
    for label, name in (
        ("noop", "raw dramatiq: no-op actor"),
        ("insert", "raw dramatiq: one INSERT per message"),
    ):
        if label in base:
            b = base[label]
            rows.append(
                (
                    f"{name} (pre-filled queue)",
                    f"{_f(b['msgs_per_s'])} msg/s",
                    f"{b['completed']} in {b['seconds']:.2f}s"
                    + (f", {b['errors']} errors" if b["errors"] else ""),
                )
            )
    w1 = max(len(a) for a, _, _ in rows)
    w2 = max(len(b) for _, b, _ in rows)
    out.append(f"{'figure':<{w1}}  {'value':<{w2}}  notes")
    out.append(f"{'-' * w1}  {'-' * w2}  {'-' * 30}")
    out.extend(f"{a:<{w1}}  {b:<{w2}}  {n}".rstrip() for a, b, n in rows)

    def cpu_block(title: str, cpu: dict[str, Any], messages: int) -> None:
        out.append("")
        wall = cpu["wall_s"]
        share = cpu["other_processes_core_seconds"] / (wall * (m["cores"] or 1)) if wall else 0.0
        if share > 0.05:
            out.append(
                f"WARNING: processes outside the benchmark used {100 * share:.0f}% of the machine during "
                f"{title}; its figures are pessimistic (rerun on a quiet machine)"
            )
        out.append(
            f"CPU during {title} ({wall:.1f}s wall, {m['cores']} cores = {wall * (m['cores'] or 1):.1f} "
            f"core-seconds; machine busy {cpu['machine_busy_pct']}%)"
        )
        items = list(cpu["core_seconds"].items()) + [
            ("other processes on the machine", cpu["other_processes_core_seconds"]),
            ("idle", cpu["idle_core_seconds"]),
        ]
        per = max(1, messages)
        out.append(f"  {'':<52} {'core-s':>7}  {'cores':>5}  {'CPU ms/message':>14}")
        for name, sec in items:
            out.append(f"  {name:<52} {sec:7.2f}  {sec / wall:5.2f}  {1000 * sec / per:14.2f}")
        sut = sum(v for k, v in cpu["core_seconds"].items() if not k.startswith(("load generator", "py-spy")))
        if sut:
            ms = 1000 * sut / per
            out.append(
                f"  system under test (all but the load generator): {ms:.1f} CPU ms per message, so "
                f"{m['cores']} cores cap it near {1000 * (m['cores'] or 1) / ms:.0f} msg/s at this efficiency"
            )

    cpu_block("end-to-end throughput", e2e["cpu"], e2e["accepted"])
    if "latency" in r:
        cpu_block(
            f"latency at {r['latency']['offered_rate']:g}/s", r["latency"]["cpu"], r["latency"]["accepted"]
        )
    act = e2e["pg_activity_avg_backends"]
    if act:
        out.append("")
        out.append(
            "PostgreSQL backends of the bench db during end-to-end throughput (average number in each state)"
        )
        for k, v in act.items():
            out.append(f"  {k:<60} {v:6.2f}")
        for k, v in e2e.get("pg_activity_by_statement", {}).items():
            out.append(f"    {k:<58} {v:6.2f}")
    for name, prof in r.get("profile", {}).items():
        out.append("")
        if "error" in prof:
            out.append(f"py-spy profile of {name}: {prof['error']}")
            continue
        out.append(
            f"py-spy profile of {name} during end-to-end throughput ({prof['samples']} CPU samples; % of them)"
        )
        out.append(
            "  self time by module:  "
            + ", ".join(f"{k} {v}%" for k, v in list(prof["self_by_module"].items())[:10])
        )
        out.append(
            "  inclusive by package: "
            + ", ".join(f"{k} {v}%" for k, v in list(prof["inclusive_by_package"].items())[:12])
        )
        out.append("  inclusive by project function:")
        for k, v in list(prof["inclusive_by_project_function"].items())[:15]:
            out.append(f"    {v:5.1f}%  {k}")
    stages = shape.get("ai_stage_compute_ms") if shape else None
    if stages:
        out.append("")
        out.append(
            "in-stage compute recorded in ai_responses.latency_ms (classification / matching, no DB time)"
        )
        for s, v in stages.items():
            out.append(f"  {s:<20} n={v['count']:<6} mean {v['mean']:.2f} ms  p99 {v['p99']:.1f} ms")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------- main
def parse_args(argv: list[str] | None = None) -> Options:
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--messages", "-n", type=int, default=3000, help="messages for the throughput phases (3000)"
    )
    p.add_argument(
        "--rate", "-r", type=float, default=100.0, help="offered rate of the latency phase, msg/s (100)"
    )
    p.add_argument(
        "--latency-messages", "-m", type=int, default=1000, help="messages of the latency phase (1000)"
    )
    p.add_argument("--processes", "-p", type=int, default=2, help="worker processes (2)")
    p.add_argument("--threads", "-t", type=int, default=8, help="threads per worker process (8)")
    p.add_argument("--concurrency", "-c", type=int, default=32, help="concurrent HTTP requests (32)")
    p.add_argument("--warmup", type=int, default=50, help="warm-up messages, not measured (50)")
    p.add_argument("--no-latency", action="store_true", help="skip the fixed-rate latency phase")
    p.add_argument("--no-components", action="store_true", help="skip ingress-alone / workers-alone phases")
    p.add_argument("--no-baseline", action="store_true", help="skip the raw dramatiq baselines")
    p.add_argument(
        "--profile",
        action="store_true",
        help="sample the ingress and workers with py-spy during the end-to-end phase",
    )
    p.add_argument(
        "--py-spy",
        default=os.environ.get("OMS_BENCH_PY_SPY") or shutil.which("py-spy"),
        help="path of the py-spy binary (default: $OMS_BENCH_PY_SPY or py-spy on PATH)",
    )
    p.add_argument(
        "--worker-module",
        default=None,
        help="what-if experiments only: run the workers as `python -m dramatiq MODULE` (same arguments as "
        "`oms worker`) instead of `python -m cli worker`",
    )
    p.add_argument(
        "--pg-setting",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="what-if experiments only: ALTER DATABASE <bench db> SET NAME = VALUE before starting (repeatable)",
    )
    p.add_argument(
        "--pg-sql",
        action="append",
        default=[],
        metavar="SQL",
        help="what-if experiments only: run SQL as the owner in the bench db before starting (repeatable), "
        "e.g. 'ALTER TABLE messages DISABLE TRIGGER audit_write'",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON instead of a table")
    p.add_argument(
        "--catalog-size",
        type=int,
        default=0,
        help="a generated catalog of N products (brands, sizes, packs, near-duplicates of the shipped "
        "ones: benchmarks/catalog_scale.py) instead of the shipped 67",
    )
    p.add_argument("--keep-logs", action="store_true", help="keep the process logs (kept anyway on failure)")
    a = p.parse_args(argv)
    for name in ("messages", "latency_messages", "processes", "threads", "concurrency"):
        if getattr(a, name) < 1:
            p.error(f"--{name.replace('_', '-')} must be at least 1")
    if a.rate <= 0:
        p.error("--rate must be positive")
    for item in a.pg_setting:
        if "=" not in item:
            p.error(f"--pg-setting {item!r}: expected NAME=VALUE")
    if a.profile and not (a.py_spy and Path(a.py_spy).exists()):
        p.error(
            "--profile needs py-spy: `pip install --target /tmp/bench-tools py-spy` and pass "
            "--py-spy /tmp/bench-tools/bin/py-spy (or put it on PATH)"
        )
    return Options(
        a.messages,
        a.rate,
        a.latency_messages,
        a.processes,
        a.threads,
        a.concurrency,
        max(0, a.warmup),
        not a.no_components,
        not a.no_baseline,
        not a.no_latency,
        a.json,
        a.keep_logs,
        a.profile,
        a.py_spy,
        a.worker_module,
        tuple(a.pg_setting),
        tuple(a.pg_sql),
        max(0, a.catalog_size),
    )


def _fused_mode() -> bool:
    from worker.settings import load_settings

    return load_settings().fused_pipeline


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    logdir = Path(tempfile.mkdtemp(prefix="oms-bench-"))
    sandbox = Sandbox(logdir, opts.catalog_size)
    bench: Bench | None = None
    ok = False

    def on_term(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    signal.signal(
        signal.SIGINT, signal.default_int_handler
    )  # also when started with SIGINT ignored (`cmd &`)
    report: dict[str, Any] = {
        "run_id": sandbox.run_id,
        "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"),
        "config": {
            "messages": opts.messages,
            "rate": opts.rate,
            "latency_messages": opts.latency_messages,
            "processes": opts.processes,
            "threads": opts.threads,
            "concurrency": opts.concurrency,
            "warmup": opts.warmup,
            "experiment": {
                "worker_module": opts.worker_module,
                "pg_settings": list(opts.pg_settings),
                "pg_sql": list(opts.pg_sql),
            }
            if (opts.worker_module or opts.pg_settings or opts.pg_sql)
            else None,
        },
    }
    try:
        report["machine"] = machine_info(PG_ADMIN)
        report["git"] = git_info()
        sandbox.setup()
        bench = Bench(opts, sandbox)
        report["results"] = bench.run()
        ok = True
    except KeyboardInterrupt:
        log("interrupted: cleaning up")
    except BenchError as exc:
        log(f"error: {exc}")
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not skip the cleanup
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if bench is not None:
            bench.stop_all()
        sandbox.teardown()
        if ok and not opts.keep_logs:
            shutil.rmtree(logdir, ignore_errors=True)
        else:
            log(f"process logs kept in {logdir}")
    if not ok:
        return 1
    if opts.as_json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print(render(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
